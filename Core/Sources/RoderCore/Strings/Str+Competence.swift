/// Competence: the framework, what role profiles expect, self-assessment rounds and the overview.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let coachingTab = Str(sv: "Coachning", fi: "Valmennus", en: "Coaching")
    public static let competenceTab = Str(sv: "Kompetens", fi: "Osaaminen", en: "Competence")
    public static let frameworkTitle = Str(sv: "Kompetensramverk", fi: "Osaamiskehys", en: "Competence framework")
    public static let frameworkIntro = Str(
        sv: "Kompetenserna som chefsrollerna bygger på, i grupper, med vad varje nivå 1–4 betyder. Rollprofilerna anger vilken nivå de förväntar sig.",
        fi: "Esihenkilöroolien osaamiset ryhmittäin ja mitä kukin taso 1–4 tarkoittaa. Roolikuvaukset kertovat, mitä tasoa ne odottavat.",
        en: "The competences the manager roles build on, in groups, with what each level 1–4 means. The role profiles say which level they expect.")
    public static let frameworkEmpty = Str(
        sv: "Ramverket har inga kompetenser ännu.", fi: "Osaamiskehyksessä ei ole vielä osaamisia.", en: "The framework has no competences yet.")
    public static let competenceGroup = Str(sv: "Grupp", fi: "Ryhmä", en: "Group")
    public static let competenceName = Str(sv: "Kompetens", fi: "Osaaminen", en: "Competence")
    public static func competenceLevelLegend(level: String) -> Str {
        Str(sv: "Nivå \(level): vad den betyder", fi: "Taso \(level): mitä se tarkoittaa", en: "Level \(level): what it means")
    }
    public static let competenceLevelDescription = Str(sv: "Beskrivning", fi: "Kuvaus", en: "Description")
    public static func competenceEditNamed(name: String) -> Str {
        Str(sv: "Ändra \(name)", fi: "Muokkaa: \(name)", en: "Change \(name)")
    }
    public static let competenceNotExpected = Str(
        sv: "Ingen rollprofil förväntar sig denna kompetens ännu.", fi: "Mikään roolikuvaus ei vielä odota tätä osaamista.",
        en: "No role profile expects this competence yet.")
    public static let competenceExpectedBy = Str(sv: "Förväntas av", fi: "Odotetaan rooleilta", en: "Expected by")
    public static func levelShort(level: String) -> Str { Str(sv: "Nivå \(level)", fi: "Taso \(level)", en: "Level \(level)") }
    public static func levelInline(level: String) -> Str { Str(sv: "nivå \(level)", fi: "taso \(level)", en: "level \(level)") }
    public static let competenceNew = Str(sv: "Ny kompetens", fi: "Uusi osaaminen", en: "New competence")
    public static let competenceNewHint = Str(
        sv: "Beskriv nivåerna så att en chef kan känna igen sig: 1 = börjar, 4 = leder andra i det.",
        fi: "Kuvaa tasot niin, että esihenkilö tunnistaa itsensä: 1 = alussa, 4 = ohjaa muita siinä.",
        en: "Describe the levels so a manager recognises themself: 1 = getting started, 4 = leads others in it.")
    public static let competenceAdd = Str(sv: "Lägg till kompetensen", fi: "Lisää osaaminen", en: "Add the competence")
    public static func competenceNameRequired(language: String) -> Str {
        Str(
            sv: "Skriv kompetensens namn och grupp på \(language).", fi: "Kirjoita osaamisen nimi ja ryhmä kielellä \(language).",
            en: "Write the competence's name and group in \(language).")
    }
    public static let competenceTooMany = Str(
        sv: "Ramverket är redan fullt: slå ihop eller ta bort kompetenser först.", fi: "Osaamiskehys on jo täynnä: yhdistä tai poista osaamisia ensin.",
        en: "The framework is full: merge or remove competences first.")
    public static let competenceTextTooLong = Str(
        sv: "En beskrivning är för lång (högst 2 000 tecken).", fi: "Kuvaus on liian pitkä (enintään 2 000 merkkiä).",
        en: "A description is too long (at most 2,000 characters).")

    public static let roleExpectedTitle = Str(sv: "Kompetenser och förväntad nivå", fi: "Osaamiset ja odotettu taso", en: "Competences and expected level")
    public static let roleExpectedHint = Str(
        sv: "Välj de kompetenser rollen kräver och vilken nivå som förväntas. Självbedömningen jämför med dessa.",
        fi: "Valitse roolin vaatimat osaamiset ja odotettu taso. Itsearviointia verrataan näihin.",
        en: "Choose the competences the role requires and the level expected. Self-assessments compare against these.")
    public static let roleExpectedNone = Str(
        sv: "Rollen förväntar sig inga kompetenser ännu.", fi: "Rooli ei vielä odota mitään osaamista.", en: "The role expects no competences yet.")
    public static let roleExpectedNotRequired = Str(sv: "Krävs inte", fi: "Ei vaadita", en: "Not required")
    public static let roleExpectedSave = Str(sv: "Spara förväntningarna", fi: "Tallenna odotukset", en: "Save the expectations")
    public static let roleExpectedNoFramework = Str(
        sv: "Kompetensramverket är tomt: lägg först till kompetenser.", fi: "Osaamiskehys on tyhjä: lisää ensin osaamisia.",
        en: "The competence framework is empty: add competences first.")

    public static let competenceIntro = Str(
        sv:
            "Självbedömning mot rollens förväntade nivåer, omgång för omgång. Dina svar ser bara du; programmet ser bara summor för grupper så stora att ingen kan kännas igen.",
        fi:
            "Itsearviointi roolin odotettuja tasoja vasten kierros kerrallaan. Vastauksesi näet vain sinä; ohjelma näkee vain yhteenvedot niin suurista ryhmistä, ettei ketään voi tunnistaa.",
        en:
            "Self-assessment against the role's expected levels, round by round. Only you see your answers; the programme sees only totals of groups large enough that nobody can be recognised."
    )
    public static let selfAssessmentMine = Str(sv: "Min självbedömning", fi: "Oma itsearviointini", en: "My self-assessment")
    public static let selfAssessmentNoneOpen = Str(
        sv: "Ingen självbedömning är öppen för dig just nu.", fi: "Sinulle ei ole nyt avoinna itsearviointia.",
        en: "No self-assessment is open for you at the moment.")
    public static let selfAssessmentStart = Str(sv: "Gör självbedömningen", fi: "Tee itsearviointi", en: "Do the self-assessment")
    public static let selfAssessmentChange = Str(sv: "Ändra dina svar", fi: "Muuta vastauksiasi", en: "Change your answers")
    public static let selfAssessmentResult = Str(sv: "Mitt resultat", fi: "Oma tulokseni", en: "My result")
    public static let selfAssessmentPrivate = Str(
        sv: "Bara du ser detta. Jämför med rollens förväntade nivå och med din förra omgång.",
        fi: "Vain sinä näet tämän. Vertaa roolin odotettuun tasoon ja edelliseen kierrokseesi.",
        en: "Only you see this. Compare with the role's expected level and your previous round.")
    public static let resultYou = Str(sv: "Du", fi: "Sinä", en: "You")
    public static let resultExpected = Str(sv: "Förväntat", fi: "Odotettu", en: "Expected")
    public static let resultPrevious = Str(sv: "Förra omgången", fi: "Edellinen kierros", en: "Previous round")
    public static let resultStatus = Str(sv: "Läge", fi: "Tilanne", en: "Where you are")
    public static let resultMeets = Str(sv: "Som förväntat", fi: "Odotusten mukainen", en: "As expected")
    public static let resultAbove = Str(sv: "Över förväntat", fi: "Yli odotusten", en: "Above expected")
    public static let resultBelowOne = Str(sv: "1 nivå under", fi: "1 taso alle", en: "1 level below")
    public static func resultBelow(levels: String) -> Str {
        Str(sv: "\(levels) nivåer under", fi: "\(levels) tasoa alle", en: "\(levels) levels below")
    }
    public static func selfAssessmentIntro(k: String) -> Str {
        Str(
            sv:
                "Välj för varje kompetens den nivå som bäst beskriver dig i dag. Det tar några minuter. Bara du ser dina svar; programmet ser summor från minst \(k) chefer och aldrig dina kommentarer.",
            fi:
                "Valitse jokaisesta osaamisesta taso, joka kuvaa sinua tänään parhaiten. Se vie muutaman minuutin. Vain sinä näet vastauksesi; ohjelma näkee yhteenvedot vähintään \(k) esihenkilöltä eikä koskaan kommenttejasi.",
            en:
                "For each competence, choose the level that describes you best today. It takes a few minutes. Only you see your answers; the programme sees totals from at least \(k) managers and never your comments."
        )
    }
    public static func selfAssessmentMissing(names: String) -> Str {
        Str(sv: "Välj en nivå för: \(names).", fi: "Valitse taso: \(names).", en: "Choose a level for: \(names).")
    }
    public static let selfAssessmentComment = Str(sv: "Kommentar (frivillig)", fi: "Kommentti (vapaaehtoinen)", en: "Comment (optional)")
    public static let selfAssessmentSubmit = Str(sv: "Spara min självbedömning", fi: "Tallenna itsearviointini", en: "Save my self-assessment")
    public static let selfAssessmentClosed = Str(
        sv: "Omgången är stängd och tar inte emot svar längre.", fi: "Kierros on suljettu eikä ota enää vastauksia.",
        en: "The round is closed and takes no more answers.")
    public static let noticeSelfAssessmentSaved = Str(
        sv: "Tack! Din självbedömning är sparad – ditt resultat står nedan.", fi: "Kiitos! Itsearviointisi on tallennettu – tuloksesi näkyy alla.",
        en: "Thank you! Your self-assessment is saved – your result is below.")

    public static let roundsTitle = Str(sv: "Självbedömningsomgångar", fi: "Itsearviointikierrokset", en: "Self-assessment rounds")
    public static let roundsNone = Str(sv: "Ingen omgång har öppnats ännu.", fi: "Yhtään kierrosta ei ole vielä avattu.", en: "No round has been opened yet.")
    public static let roundName = Str(sv: "Omgång", fi: "Kierros", en: "Round")
    public static let roundOpened = Str(sv: "Öppnad", fi: "Avattu", en: "Opened")
    public static let roundLastDay = Str(sv: "Sista dag", fi: "Viimeinen päivä", en: "Last day")
    public static let roundAnswered = Str(sv: "Har svarat", fi: "Vastanneet", en: "Answered")
    public static func roundAnsweredOf(answered: String, invited: String) -> Str {
        Str(sv: "\(answered) av \(invited)", fi: "\(answered) / \(invited)", en: "\(answered) of \(invited)")
    }
    public static let roundOpen = Str(sv: "Öppen", fi: "Avoinna", en: "Open")
    public static let roundClosed = Str(sv: "Stängd", fi: "Suljettu", en: "Closed")
    public static let roundNew = Str(sv: "Öppna en omgång", fi: "Avaa kierros", en: "Open a round")
    public static let roundNeedsFramework = Str(
        sv: "För att öppna en omgång behövs kompetenser i ramverket och rollprofiler som förväntar sig dem.",
        fi: "Kierroksen avaamiseen tarvitaan osaamisia kehykseen ja roolikuvauksia, jotka odottavat niitä.",
        en: "To open a round, the framework needs competences and role profiles that expect them.")
    public static let roundProfiles = Str(sv: "Vilka chefer", fi: "Ketkä esihenkilöt", en: "Which managers")
    public static let roundProfilesHint = Str(
        sv: "De som har de valda rollprofilerna när omgången öppnas bjuds in.", fi: "Kutsutaan ne, joilla on valitut roolit kierroksen avautuessa.",
        en: "Those who hold the chosen role profiles when the round opens are invited.")
    public static func roundProfileChoice(name: String, holders: String, competences: String) -> Str {
        Str(
            sv: "\(name) – \(holders) chefer, \(competences) kompetenser", fi: "\(name) – \(holders) esihenkilöä, \(competences) osaamista",
            en: "\(name) – \(holders) managers, \(competences) competences")
    }
    public static let roundOpenButton = Str(sv: "Öppna omgången", fi: "Avaa kierros", en: "Open the round")
    public static func roundNameRequired(language: String) -> Str {
        Str(sv: "Skriv omgångens namn på \(language).", fi: "Kirjoita kierroksen nimi kielellä \(language).", en: "Write the round's name in \(language).")
    }
    public static let roundProfilesRequired = Str(
        sv: "Välj minst en rollprofil som har innehavare och förväntade kompetenser.",
        fi: "Valitse vähintään yksi rooli, jolla on haltijoita ja odotettuja osaamisia.",
        en: "Choose at least one role profile that has holders and expected competences.")
    public static let roundDateInvalid = Str(
        sv: "Sista dagen ska vara ett datum, i dag eller senare.", fi: "Viimeisen päivän pitää olla päivämäärä, tänään tai myöhemmin.",
        en: "The last day must be a date, today or later.")
    public static let roundReminders = Str(sv: "Påminnelser skickade", fi: "Muistutuksia lähetetty", en: "Reminders sent")
    public static func roundRemind(count: String) -> Str {
        Str(
            sv: "Påminn dem som inte har svarat (\(count))", fi: "Muistuta vastaamattomia (\(count))",
            en: "Remind those who have not answered (\(count))")
    }
    public static let roundClose = Str(sv: "Stäng omgången", fi: "Sulje kierros", en: "Close the round")
    public static let noticeRoundReminded = Str(
        sv: "En påminnelse går nu till dem som inte har svarat.", fi: "Muistutus lähtee nyt niille, jotka eivät ole vastanneet.",
        en: "A reminder is on its way to those who have not answered.")

    public static let overviewTitle = Str(sv: "Kompetensöversikt", fi: "Osaamisen yleiskuva", en: "Competence overview")
    public static func overviewPrivacy(k: String) -> Str {
        Str(
            sv:
                "Antal chefer per nivå. En grupp visas först när minst \(k) har svarat, och små grupper döljs så att de inte kan räknas fram. Kommentarer visas aldrig.",
            fi:
                "Esihenkilöiden määrä tasoittain. Ryhmä näytetään vasta, kun vähintään \(k) on vastannut, ja pienet ryhmät piilotetaan, jottei niitä voi laskea. Kommentteja ei näytetä koskaan.",
            en:
                "Managers per level. A group shows only once at least \(k) have answered, and small groups are hidden so they cannot be worked out. Comments never show."
        )
    }
    public static let overviewComparedWith = Str(sv: "Förändringen jämförs med:", fi: "Muutosta verrataan kierrokseen:", en: "The change is against:")
    public static let overviewAllProfiles = Str(sv: "Alla rollprofiler", fi: "Kaikki roolit", en: "All role profiles")
    public static func overviewNothingYet(k: String) -> Str {
        Str(
            sv: "Inget visas ännu: det behövs svar från minst \(k) chefer.", fi: "Mitään ei vielä näytetä: tarvitaan vastaukset vähintään \(k) esihenkilöltä.",
            en: "Nothing shows yet: answers from at least \(k) managers are needed.")
    }
    public static func overviewProfileHidden(k: String) -> Str {
        Str(
            sv: "Dolt: färre än \(k) svar i denna roll, eller dold så att en liten grupp inte kan räknas fram.",
            fi: "Piilotettu: alle \(k) vastausta tässä roolissa, tai piilotettu, jottei pientä ryhmää voi laskea.",
            en: "Hidden: fewer than \(k) answers in this role, or hidden so a small group cannot be worked out.")
    }
    public static let overviewHidden = Str(sv: "Dolt (för få svar)", fi: "Piilotettu (liian vähän vastauksia)", en: "Hidden (too few answers)")
    public static let overviewNoAnswers = Str(sv: "Inga svar", fi: "Ei vastauksia", en: "No answers")
    public static let overviewMean = Str(sv: "Medel", fi: "Keskiarvo", en: "Mean")
    public static let overviewChange = Str(sv: "Förändring", fi: "Muutos", en: "Change")
    public static let overviewCommonNeeds = Str(sv: "Gemensamma utvecklingsbehov", fi: "Yhteiset kehittämistarpeet", en: "Common development needs")
    public static let overviewCommonNeedsHint = Str(
        sv: "De kompetenser cheferna själva bedömer lägst – teman för ett gemensamt seminarium.",
        fi: "Osaamiset, jotka esihenkilöt itse arvioivat heikoimmiksi – aiheita yhteiselle seminaarille.",
        en: "The competences the managers rate lowest themselves – themes for a shared seminar.")
    public static let overviewPlanSeminar = Str(sv: "Planera ett seminarium om detta", fi: "Suunnittele seminaari aiheesta", en: "Plan a seminar on this")

    public static func reminderSelfAssessmentSubject(round: String) -> Str {
        Str(sv: "Påminnelse: självbedömning \(round)", fi: "Muistutus: itsearviointi \(round)", en: "Reminder: self-assessment \(round)")
    }
    public static func reminderSelfAssessmentBody(name: String, round: String, link: String) -> Str {
        Str(
            sv:
                "Hej \(name),\n\nDu är inbjuden till självbedömningen \(round) men har inte svarat ännu. Det tar några minuter, och bara du ser dina svar:\n\(link)\n",
            fi:
                "Hei \(name),\n\nSinut on kutsuttu itsearviointiin \(round), mutta et ole vielä vastannut. Se vie muutaman minuutin, ja vain sinä näet vastauksesi:\n\(link)\n",
            en:
                "Hello \(name),\n\nYou are invited to the self-assessment \(round) but have not answered yet. It takes a few minutes, and only you see your answers:\n\(link)\n"
        )
    }

    public static func auditCompetenceSaved(subject: String) -> Str {
        Str(sv: "Kompetensen \(subject) sparad", fi: "Osaaminen \(subject) tallennettu", en: "Competence \(subject) saved")
    }
    public static func auditProfileCompetencesChanged(subject: String, after: String) -> Str {
        Str(
            sv: "Förväntade kompetenser för \(subject): \(after)", fi: "Roolin \(subject) odotettu osaaminen: \(after)",
            en: "Expected competences of \(subject): \(after)")
    }
    public static func auditAssessmentRoundChanged(subject: String, after: String) -> Str {
        Str(sv: "Självbedömningen \(subject): \(after)", fi: "Itsearviointi \(subject): \(after)", en: "Self-assessment \(subject): \(after)")
    }

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let competenceStrings: [Str] = [
        coachingTab, competenceTab, frameworkTitle, frameworkIntro, frameworkEmpty, competenceGroup, competenceName,
        competenceLevelLegend(level: "{level}"), competenceLevelDescription, competenceEditNamed(name: "{name}"), competenceNotExpected,
        competenceExpectedBy, levelShort(level: "{level}"), levelInline(level: "{level}"), competenceNew, competenceNewHint, competenceAdd,
        competenceNameRequired(language: "{language}"), competenceTooMany, competenceTextTooLong, roleExpectedTitle, roleExpectedHint,
        roleExpectedNone, roleExpectedNotRequired, roleExpectedSave, roleExpectedNoFramework, competenceIntro, selfAssessmentMine,
        selfAssessmentNoneOpen, selfAssessmentStart, selfAssessmentChange, selfAssessmentResult, selfAssessmentPrivate, resultYou, resultExpected,
        resultPrevious, resultStatus, resultMeets, resultAbove, resultBelowOne, resultBelow(levels: "{levels}"), selfAssessmentIntro(k: "{k}"),
        selfAssessmentMissing(names: "{names}"), selfAssessmentComment, selfAssessmentSubmit, selfAssessmentClosed, noticeSelfAssessmentSaved,
        roundsTitle, roundsNone, roundName, roundOpened, roundLastDay, roundAnswered, roundAnsweredOf(answered: "{answered}", invited: "{invited}"),
        roundOpen, roundClosed, roundNew, roundNeedsFramework, roundProfiles, roundProfilesHint,
        roundProfileChoice(name: "{name}", holders: "{holders}", competences: "{competences}"),
        roundOpenButton,
        roundNameRequired(language: "{language}"), roundProfilesRequired, roundDateInvalid, roundReminders, roundRemind(count: "{count}"),
        roundClose, noticeRoundReminded, overviewTitle, overviewPrivacy(k: "{k}"), overviewComparedWith, overviewAllProfiles,
        overviewNothingYet(k: "{k}"), overviewProfileHidden(k: "{k}"), overviewHidden, overviewNoAnswers, overviewMean, overviewChange,
        overviewCommonNeeds, overviewCommonNeedsHint, overviewPlanSeminar, reminderSelfAssessmentSubject(round: "{round}"),
        reminderSelfAssessmentBody(name: "{name}", round: "{round}", link: "{link}"), auditCompetenceSaved(subject: "{subject}"),
        auditProfileCompetencesChanged(subject: "{subject}", after: "{after}"), auditAssessmentRoundChanged(subject: "{subject}", after: "{after}"),
    ]
}
