/// Coaching: engagements, sessions, notes and agreed actions.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let coachingIntro = Str(
        sv:
            "Coachning av chefer och ledningsgrupper: överenskomna uppdrag, träffar och åtgärder. Anteckningar läses bara av coachen och de coachade – programmet ser antal och timmar, aldrig vad som står.",
        fi:
            "Esimiesten ja johtoryhmien valmennus: sovitut valmennukset, tapaamiset ja toimenpiteet. Muistiinpanoja lukevat vain valmentaja ja valmennettavat – ohjelma näkee määrät ja tunnit, ei koskaan sisältöä.",
        en:
            "Coaching of managers and management groups: agreed engagements, sessions and actions. Notes are read only by the coach and those coached — the programme sees counts and hours, never what they say."
    )
    public static let coachingMine = Str(sv: "Min coachning", fi: "Oma valmennukseni", en: "My coaching")
    public static let coachingMineNone = Str(
        sv: "Du har ingen coachning just nu.", fi: "Sinulla ei ole valmennusta juuri nyt.", en: "You have no coaching at the moment.")
    public static let coachingProgramme = Str(sv: "Programmets coachning", fi: "Ohjelman valmennukset", en: "Coaching in the programme")
    public static let coachingProgrammeNone = Str(
        sv: "Inga coachningsuppdrag ännu.", fi: "Ei vielä valmennuksia.", en: "No coaching engagements yet.")
    public static func coachingEndedShowing(shown: String, total: String) -> Str {
        Str(
            sv: "Avslutade uppdrag: de senaste \(shown) av \(total) visas.", fi: "Päättyneet valmennukset: näytetään viimeisimmät \(shown)/\(total).",
            en: "Ended engagements: the latest \(shown) of \(total) are shown.")
    }
    public static let coachingTotals = Str(sv: "Totalt", fi: "Yhteensä", en: "In total")
    public static let engagementColumn = Str(sv: "Uppdrag", fi: "Valmennus", en: "Engagement")
    public static let engagementCoach = Str(sv: "Coach", fi: "Valmentaja", en: "Coach")
    public static let engagementParticipants = Str(sv: "Deltagare", fi: "Osallistujat", en: "Participants")
    public static let engagementState = Str(sv: "Läge", fi: "Tila", en: "State")
    public static let engagementSessions = Str(sv: "Träffar", fi: "Tapaamiset", en: "Sessions")
    public static func engagementSessionFigures(held: String, agreed: String, missed: String, planned: String) -> Str {
        Str(
            sv: "\(held) av \(agreed) hållna, \(missed) inställda, \(planned) planerade",
            fi: "\(held)/\(agreed) pidetty, \(missed) peruttu, \(planned) suunniteltu",
            en: "\(held) of \(agreed) held, \(missed) missed, \(planned) planned")
    }
    public static func engagementHours(hours: String) -> Str {
        Str(sv: "\(hours) h", fi: "\(hours) t", en: "\(hours) h")
    }
    public static let engagementHoursColumn = Str(sv: "Timmar", fi: "Tunnit", en: "Hours")
    public static func engagementNotesExist(count: String) -> Str {
        Str(
            sv: "\(count) anteckningar (innehållet visas bara för coachen och de coachade)",
            fi: "\(count) muistiinpanoa (sisällön näkevät vain valmentaja ja valmennettavat)",
            en: "\(count) notes (only the coach and those coached see what they say)")
    }
    public static let engagementNextSession = Str(sv: "Nästa träff", fi: "Seuraava tapaaminen", en: "Next session")
    public static let engagementNoNextSession = Str(sv: "Ingen träff planerad", fi: "Ei suunniteltua tapaamista", en: "No session planned")
    public static func engagementOpenActions(count: String) -> Str {
        Str(sv: "\(count) öppna åtgärder", fi: "\(count) avointa toimenpidettä", en: "\(count) open actions")
    }
    public static let engagementStateProposed = Str(sv: "Föreslaget", fi: "Ehdotettu", en: "Proposed")
    public static let engagementStatePlanned = Str(sv: "Planerat", fi: "Suunniteltu", en: "Planned")
    public static let engagementStateActive = Str(sv: "Pågår", fi: "Käynnissä", en: "Active")
    public static let engagementStateEnded = Str(sv: "Avslutat", fi: "Päättynyt", en: "Ended")
    public static let engagementNew = Str(sv: "Nytt coachningsuppdrag", fi: "Uusi valmennus", en: "New coaching engagement")
    public static let engagementPropose = Str(sv: "Föreslå ett uppdrag", fi: "Ehdota valmennusta", en: "Propose an engagement")
    public static let engagementProposeHint = Str(
        sv: "Programägaren godkänner förslaget innan det börjar.", fi: "Ohjelman omistaja hyväksyy ehdotuksen ennen sen alkamista.",
        en: "The programme owner approves the proposal before it starts.")
    public static let engagementPurpose = Str(sv: "Syfte", fi: "Tarkoitus", en: "Purpose")
    public static let engagementParticipantsHint = Str(
        sv: "En person för individuell coachning, flera för en grupp (till exempel ledningsgruppen).",
        fi: "Yksi henkilö yksilövalmennukseen, useampi ryhmään (esimerkiksi johtoryhmä).",
        en: "One person for individual coaching, several for a group (the management group, say).")
    public static let engagementAgreedSessions = Str(sv: "Överenskomna träffar", fi: "Sovitut tapaamiset", en: "Sessions agreed")
    public static let engagementStarts = Str(sv: "Börjar", fi: "Alkaa", en: "Starts")
    public static let engagementEnds = Str(sv: "Slutar", fi: "Päättyy", en: "Ends")
    public static let engagementCreate = Str(sv: "Skapa uppdraget", fi: "Luo valmennus", en: "Create the engagement")
    public static let engagementNoCoaches = Str(
        sv: "Det finns ingen användare med rollen coach. Administratören kan ge rollen under Användare.",
        fi: "Yhdelläkään käyttäjällä ei ole valmentajan roolia. Pääkäyttäjä voi antaa roolin Käyttäjät-sivulla.",
        en: "No user has the coach role. The administrator can give it under Users.")
    public static func engagementPurposeRequired(language: String) -> Str {
        Str(sv: "Skriv syftet på \(language).", fi: "Kirjoita tarkoitus kielellä \(language).", en: "Write the purpose in \(language).")
    }
    public static let engagementCoachRequired = Str(sv: "Välj en coach.", fi: "Valitse valmentaja.", en: "Choose a coach.")
    public static let engagementParticipantsRequired = Str(
        sv: "Välj minst en deltagare.", fi: "Valitse vähintään yksi osallistuja.", en: "Choose at least one participant.")
    public static func engagementAgreedSessionsInvalid(lowest: String, highest: String) -> Str {
        Str(
            sv: "Antalet träffar ska vara ett heltal från \(lowest) till \(highest).",
            fi: "Tapaamisten määrän on oltava kokonaisluku \(lowest)–\(highest).",
            en: "The number of sessions must be a whole number from \(lowest) to \(highest).")
    }
    public static let engagementDatesInvalid = Str(
        sv: "Ange start och slut som datum, slutet efter starten.", fi: "Anna alku ja loppu päivämäärinä, loppu alun jälkeen.",
        en: "Give the start and end as dates, the end after the start.")
    public static let engagementChangeState = Str(sv: "Ändra läge", fi: "Muuta tilaa", en: "Change the state")
    public static let engagementApprove = Str(sv: "Godkänn förslaget", fi: "Hyväksy ehdotus", en: "Approve the proposal")
    public static let engagementStart = Str(sv: "Markera som påbörjat", fi: "Merkitse alkaneeksi", en: "Mark as started")
    public static let engagementEnd = Str(sv: "Avsluta uppdraget", fi: "Päätä valmennus", en: "End the engagement")
    public static let engagementPeriod = Str(sv: "Period", fi: "Ajanjakso", en: "Period")
    public static let engagementFiguresOnly = Str(
        sv: "Du ser uppdragets träffar och timmar. Anteckningar och åtgärder läses bara av coachen och de coachade.",
        fi: "Näet valmennuksen tapaamiset ja tunnit. Muistiinpanoja ja toimenpiteitä lukevat vain valmentaja ja valmennettavat.",
        en: "You see the engagement's sessions and hours. Notes and actions are read only by the coach and those coached.")
    public static let sessionsTitle = Str(sv: "Träffar", fi: "Tapaamiset", en: "Sessions")
    public static let sessionsNone = Str(sv: "Inga träffar ännu.", fi: "Ei vielä tapaamisia.", en: "No sessions yet.")
    public static let sessionWhen = Str(sv: "När", fi: "Milloin", en: "When")
    public static let sessionLength = Str(sv: "Längd (minuter)", fi: "Kesto (minuuttia)", en: "Length (minutes)")
    public static let sessionForm = Str(sv: "Form", fi: "Muoto", en: "Form")
    public static let sessionFormInPerson = Str(sv: "På plats", fi: "Paikan päällä", en: "In person")
    public static let sessionFormOnline = Str(sv: "På distans", fi: "Etänä", en: "Online")
    public static let sessionPlace = Str(sv: "Plats eller länk", fi: "Paikka tai linkki", en: "Place or link")
    public static let sessionDate = Str(sv: "Datum", fi: "Päivämäärä", en: "Date")
    public static let sessionTime = Str(sv: "Klockslag", fi: "Kellonaika", en: "Time")
    public static let sessionPlan = Str(sv: "Planera en träff", fi: "Suunnittele tapaaminen", en: "Plan a session")
    public static let sessionPlanButton = Str(sv: "Lägg till träffen", fi: "Lisää tapaaminen", en: "Add the session")
    public static let sessionStatusPlanned = Str(sv: "Planerad", fi: "Suunniteltu", en: "Planned")
    public static let sessionStatusHeld = Str(sv: "Hållen", fi: "Pidetty", en: "Held")
    public static let sessionStatusMissed = Str(sv: "Inställd", fi: "Peruttu", en: "Missed")
    public static let sessionMarkHeld = Str(sv: "Markera som hållen", fi: "Merkitse pidetyksi", en: "Mark as held")
    public static let sessionMarkMissed = Str(sv: "Markera som inställd", fi: "Merkitse perutuksi", en: "Mark as missed")
    public static func sessionInvalid(lowest: String, highest: String) -> Str {
        Str(
            sv: "Ange datum och klockslag, och en längd från \(lowest) till \(highest) minuter.",
            fi: "Anna päivämäärä ja kellonaika sekä kesto \(lowest)–\(highest) minuuttia.",
            en: "Give a date and time, and a length from \(lowest) to \(highest) minutes.")
    }
    public static let sessionWhoTookPart = Str(sv: "Vem deltog", fi: "Ketkä osallistuivat", en: "Who took part")
    public static let sessionWhoTookPartHint = Str(
        sv: "Kryssa för dem i gruppen som var med.", fi: "Valitse ryhmästä ne, jotka olivat mukana.", en: "Tick those in the group who were there.")
    public static func sessionTookPart(names: String) -> Str {
        Str(sv: "Deltog: \(names)", fi: "Osallistuivat: \(names)", en: "Took part: \(names)")
    }
    public static func sessionTookPartCount(count: String, of: String) -> Str {
        Str(sv: "\(count) av \(of) deltog", fi: "\(count)/\(of) osallistui", en: "\(count) of \(of) took part")
    }
    public static let sessionChangeWhoTookPart = Str(sv: "Ändra vem som deltog", fi: "Muuta osallistujia", en: "Change who took part")
    public static let sessionSaveWhoTookPart = Str(sv: "Spara deltagarna", fi: "Tallenna osallistujat", en: "Save who took part")
    public static let sessionTookPartRequired = Str(
        sv: "Kryssa för minst en som deltog, eller markera träffen som inställd.",
        fi: "Valitse vähintään yksi osallistuja tai merkitse tapaaminen perutuksi.",
        en: "Tick at least one person who took part, or mark the session as missed.")
    public static let engagementAttendance = Str(sv: "Närvaro", fi: "Läsnäolo", en: "Attendance")
    public static func engagementAttendanceFigures(percent: String, taken: String, possible: String) -> Str {
        Str(
            sv: "\(percent) av platserna på hållna träffar (\(taken) av \(possible))",
            fi: "\(percent) paikoista pidetyissä tapaamisissa (\(taken)/\(possible))",
            en: "\(percent) of the places at held sessions (\(taken) of \(possible))")
    }
    public static let engagementParticipantHours = Str(sv: "Deltagartimmar", fi: "Osallistujatunnit", en: "Participant hours")
    public static let engagementParticipantHoursHint = Str(
        sv: "Träffarnas längd gånger dem som deltog: de coachades egen arbetstid.",
        fi: "Tapaamisten kesto kertaa osallistujat: valmennettavien oma työaika.",
        en: "Length of the sessions times those who took part: the coachees' own working time.")
    public static let notesTitle = Str(sv: "Anteckningar", fi: "Muistiinpanot", en: "Notes")
    public static let notesNone = Str(sv: "Inga anteckningar ännu.", fi: "Ei vielä muistiinpanoja.", en: "No notes yet.")
    public static let noteKindPrivate = Str(
        sv: "Privat – bara jag (coachen)", fi: "Yksityinen – vain minä (valmentaja)", en: "Private — only me (the coach)")
    public static let noteKindShared = Str(
        sv: "Delad – coachen och de coachade", fi: "Jaettu – valmentaja ja valmennettavat", en: "Shared — the coach and those coached")
    public static let noteKindReflection = Str(
        sv: "Egen reflektion – bara jag", fi: "Oma pohdinta – vain minä", en: "My own reflection — only me")
    public static let noteText = Str(sv: "Anteckning", fi: "Muistiinpano", en: "Note")
    public static let noteWho = Str(sv: "Vem ser den", fi: "Kuka näkee sen", en: "Who sees it")
    public static let noteAdd = Str(sv: "Spara anteckningen", fi: "Tallenna muistiinpano", en: "Save the note")
    public static let noteRequired = Str(sv: "Skriv anteckningen.", fi: "Kirjoita muistiinpano.", en: "Write the note.")
    public static let actionsTitle = Str(sv: "Överenskomna åtgärder", fi: "Sovitut toimenpiteet", en: "Agreed actions")
    public static let actionsNone = Str(sv: "Inga åtgärder ännu.", fi: "Ei vielä toimenpiteitä.", en: "No actions yet.")
    public static let actionText = Str(sv: "Åtgärd", fi: "Toimenpide", en: "Action")
    public static let actionDue = Str(sv: "Klar senast", fi: "Valmis viimeistään", en: "Due")
    public static let actionAdd = Str(sv: "Lägg till åtgärden", fi: "Lisää toimenpide", en: "Add the action")
    public static let actionRequired = Str(
        sv: "Skriv åtgärden och ett datum då den ska vara klar.", fi: "Kirjoita toimenpide ja päivämäärä, johon mennessä se on tehty.",
        en: "Write the action and a date it is due.")
    public static let actionMarkDone = Str(sv: "Markera som klar", fi: "Merkitse tehdyksi", en: "Mark as done")
    public static let actionReopen = Str(sv: "Öppna igen", fi: "Avaa uudelleen", en: "Reopen")
    public static let actionDone = Str(sv: "Klar", fi: "Tehty", en: "Done")
    public static let actionOverdue = Str(sv: "Försenad", fi: "Myöhässä", en: "Overdue")
    public static func auditEngagementChanged(subject: String, after: String) -> Str {
        Str(
            sv: "Coachningsuppdraget \(subject): \(after)", fi: "Valmennus \(subject): \(after)",
            en: "Coaching engagement \(subject): \(after)")
    }
    public static func auditCoachingSessionChanged(subject: String, after: String) -> Str {
        Str(
            sv: "Coachningsträff i uppdraget \(subject): \(after)", fi: "Valmennuksen \(subject) tapaaminen: \(after)",
            en: "Coaching session of \(subject): \(after)")
    }

    public static func auditCoachingNotesDeleted(subject: String, after: String) -> Str {
        Str(
            sv: "Anteckningarna i coachningsuppdraget \(subject) raderade (\(after))", fi: "Valmennuksen \(subject) muistiinpanot poistettu (\(after))",
            en: "Notes of coaching engagement \(subject) deleted (\(after))")
    }
    public static let ratingTitle = Str(sv: "Hur användbar var coachningen?", fi: "Kuinka hyödyllistä valmennus oli?", en: "How useful was the coaching?")
    public static func ratingHintK(k: String) -> Str {
        Str(
            sv: "1 = inte alls, 5 = mycket. Programmet ser bara medelvärden från minst \(k) coachade, aldrig ditt enskilda svar.",
            fi: "1 = ei lainkaan, 5 = erittäin. Ohjelma näkee vain keskiarvot vähintään \(k) valmennettavalta, ei koskaan yksittäistä vastaustasi.",
            en: "1 = not at all, 5 = very. The programme sees only means from at least \(k) coachees, never your own answer.")
    }
    public static let ratingComment = Str(sv: "Kommentar (frivillig)", fi: "Kommentti (vapaaehtoinen)", en: "Comment (optional)")
    public static let ratingSubmit = Str(sv: "Skicka betyget", fi: "Lähetä arvio", en: "Send the rating")
    public static func ratingGiven(rating: String) -> Str {
        Str(
            sv: "Du gav coachningen \(rating) av 5. Tack!", fi: "Annoit valmennukselle \(rating)/5. Kiitos!",
            en: "You rated the coaching \(rating) of 5. Thank you!")
    }
    public static let ratingRequired = Str(sv: "Välj ett betyg från 1 till 5.", fi: "Valitse arvio 1–5.", en: "Choose a rating from 1 to 5.")
    public static let usefulnessTitle = Str(sv: "Hur användbar coachningen var", fi: "Valmennuksen hyödyllisyys", en: "How useful the coaching was")
    public static func usefulnessShown(mean: String, count: String) -> Str {
        Str(sv: "\(mean) av 5 (\(count) coachade)", fi: "\(mean)/5 (\(count) valmennettavaa)", en: "\(mean) of 5 (\(count) coachees)")
    }
    public static let usefulnessHidden = Str(
        sv: "Dolt: för få svar för att visas", fi: "Piilotettu: liian vähän vastauksia", en: "Hidden: too few answers to show")
    public static let usefulnessNone = Str(sv: "Inga betyg ännu", fi: "Ei vielä arvioita", en: "No ratings yet")
    public static let usefulnessAll = Str(sv: "Alla coacher", fi: "Kaikki valmentajat", en: "All coaches")
    public static let notesDeleteTitle = Str(sv: "Radera anteckningarna", fi: "Poista muistiinpanot", en: "Delete the notes")
    public static let notesDeleteHint = Str(
        sv: "Uppdraget är avslutat. Anteckningarna kan raderas för gott; det loggas att de raderades, inte vad de sa.",
        fi: "Valmennus on päättynyt. Muistiinpanot voi poistaa pysyvästi; lokiin jää tieto poistosta, ei sisällöstä.",
        en: "The engagement has ended. The notes can be deleted for good; the log keeps that they were deleted, not what they said.")
    public static let notesDeleteConfirm = Str(
        sv: "Jag förstår att anteckningarna inte kan återställas", fi: "Ymmärrän, ettei muistiinpanoja voi palauttaa",
        en: "I understand the notes cannot be restored")
    public static let notesDeleteButton = Str(sv: "Radera anteckningarna", fi: "Poista muistiinpanot", en: "Delete the notes")
    public static let notesDeleteNeedsConfirm = Str(
        sv: "Kryssa i rutan för att bekräfta raderingen.", fi: "Vahvista poisto rastittamalla ruutu.", en: "Tick the box to confirm the deletion.")

    public static let engagementLinks = Str(sv: "Stöder", fi: "Tukee", en: "Supports")
    public static let engagementLinksOptional = Str(
        sv: "Koppla till utvecklingshelheter och resultatmål (frivilligt)", fi: "Kytke kehittämiskokonaisuuksiin ja tulostavoitteisiin (vapaaehtoinen)",
        en: "Link to development areas and result goals (optional)")
    public static let engagementLinksHint = Str(
        sv: "Vad coachningen ska stödja i programmet.", fi: "Mitä valmennuksen on tarkoitus tukea ohjelmassa.",
        en: "What the coaching is meant to support in the programme.")
    public static let actionGoal = Str(sv: "Resultatmål (frivilligt)", fi: "Tulostavoite (vapaaehtoinen)", en: "Result goal (optional)")

    public static func sessionCalendarTitle(purpose: String) -> Str {
        Str(sv: "Coachning: \(purpose)", fi: "Valmennus: \(purpose)", en: "Coaching: \(purpose)")
    }

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let coachingStrings: [Str] = [
        coachingIntro, coachingMine, coachingMineNone, coachingProgramme, coachingProgrammeNone, coachingEndedShowing(shown: "{shown}", total: "{total}"),
        coachingTotals, engagementColumn,
        engagementCoach, engagementParticipants, engagementState, engagementSessions,
        engagementSessionFigures(held: "{held}", agreed: "{agreed}", missed: "{missed}", planned: "{planned}"), engagementHours(hours: "{hours}"),
        engagementHoursColumn, engagementNotesExist(count: "{count}"), engagementNextSession, engagementNoNextSession,
        engagementOpenActions(count: "{count}"), engagementStateProposed, engagementStatePlanned, engagementStateActive, engagementStateEnded,
        engagementNew, engagementPropose, engagementProposeHint, engagementPurpose, engagementParticipantsHint, engagementAgreedSessions,
        engagementStarts, engagementEnds, engagementCreate, engagementNoCoaches, engagementPurposeRequired(language: "{language}"),
        engagementCoachRequired, engagementParticipantsRequired, engagementAgreedSessionsInvalid(lowest: "{lowest}", highest: "{highest}"),
        engagementDatesInvalid, engagementChangeState, engagementApprove, engagementStart, engagementEnd, engagementPeriod,
        engagementFiguresOnly, sessionsTitle, sessionsNone, sessionWhen, sessionLength, sessionForm, sessionFormInPerson, sessionFormOnline,
        sessionPlace, sessionDate, sessionTime, sessionPlan, sessionPlanButton, sessionStatusPlanned, sessionStatusHeld, sessionStatusMissed,
        sessionMarkHeld, sessionMarkMissed, sessionInvalid(lowest: "{lowest}", highest: "{highest}"), notesTitle, notesNone, noteKindPrivate,
        noteKindShared, noteKindReflection, noteText, noteWho, noteAdd, noteRequired, actionsTitle, actionsNone, actionText, actionDue,
        actionAdd, actionRequired, actionMarkDone, actionReopen, actionDone, actionOverdue,
        auditEngagementChanged(subject: "{subject}", after: "{after}"), auditCoachingSessionChanged(subject: "{subject}", after: "{after}"),
        sessionCalendarTitle(purpose: "{purpose}"), auditCoachingNotesDeleted(subject: "{subject}", after: "{after}"), ratingTitle,
        ratingHintK(k: "{k}"), ratingComment, ratingSubmit, ratingGiven(rating: "{rating}"), ratingRequired, usefulnessTitle,
        usefulnessShown(mean: "{mean}", count: "{count}"), usefulnessHidden, usefulnessNone, usefulnessAll, notesDeleteTitle, notesDeleteHint,
        notesDeleteConfirm, notesDeleteButton, notesDeleteNeedsConfirm, engagementLinks, engagementLinksOptional, engagementLinksHint, actionGoal,
        sessionWhoTookPart, sessionWhoTookPartHint, sessionTookPart(names: "{names}"), sessionTookPartCount(count: "{count}", of: "{of}"),
        sessionChangeWhoTookPart, sessionSaveWhoTookPart, sessionTookPartRequired, engagementAttendance,
        engagementAttendanceFigures(percent: "{percent}", taken: "{taken}", possible: "{possible}"), engagementParticipantHours,
        engagementParticipantHoursHint,
    ]
}
