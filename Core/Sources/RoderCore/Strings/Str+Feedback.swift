/// Anonymous feedback: questions, answers, results, the overview and the half-year summary.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let feedbackResultsTitle = Str(sv: "Respons", fi: "Palaute", en: "Feedback")
    public static let feedbackGive = Str(sv: "Ge respons", fi: "Anna palautetta", en: "Give feedback")
    public static func feedbackAnonymityNote(k: String) -> Str {
        Str(
            sv: "Ditt svar sparas utan ditt namn och utan klockslag. Resultaten visas först när minst \(k) har svarat, och ingen kan se vad just du svarade.",
            fi:
                "Vastauksesi tallennetaan ilman nimeäsi ja kellonaikaa. Tulokset näytetään vasta, kun vähintään \(k) on vastannut, eikä kukaan näe, mitä juuri sinä vastasit.",
            en:
                "Your answer is stored without your name and without a time. Results show only once at least \(k) have answered, and no one can see what you answered."
        )
    }
    public static let feedbackScaleHint = Str(
        sv: "1 = inte alls, 5 = i hög grad", fi: "1 = ei lainkaan, 5 = erittäin paljon", en: "1 = not at all, 5 = very much")
    public static let feedbackSend = Str(sv: "Skicka svaret", fi: "Lähetä vastaus", en: "Send the answer")
    public static let feedbackRespondents = Str(sv: "har svarat", fi: "on vastannut", en: "have answered")
    public static let feedbackEligible = Str(sv: "var närvarande", fi: "oli läsnä", en: "attended")
    public static let feedbackResponseRate = Str(sv: "svarsfrekvens", fi: "vastausprosentti", en: "response rate")
    public static let feedbackDistribution = Str(
        sv: "Svaren per fråga (antal svar för varje värde 1–5)", fi: "Vastaukset kysymyksittäin (vastausten määrä kullekin arvolle 1–5)",
        en: "Answers per question (number of answers for each value 1–5)")
    public static let feedbackQuestion = Str(sv: "Fråga", fi: "Kysymys", en: "Question")
    public static let feedbackMean = Str(sv: "Medeltal", fi: "Keskiarvo", en: "Mean")
    public static let feedbackComments = Str(sv: "Kommentarer", fi: "Kommentit", en: "Comments")
    public static let feedbackNoComments = Str(sv: "Inga kommentarer.", fi: "Ei kommentteja.", en: "No comments.")
    public static func feedbackBelowThreshold(k: String, count: String) -> Str {
        Str(
            sv: "Resultaten visas när minst \(k) har svarat. Hittills har \(count) svarat.",
            fi: "Tulokset näytetään, kun vähintään \(k) on vastannut. Tähän mennessä vastanneita: \(count).",
            en: "Results show once at least \(k) have answered. So far \(count) have answered.")
    }
    public static let feedbackNotAttended = Str(
        sv: "Respons kan ges av dem som var närvarande.", fi: "Palautetta voivat antaa ne, jotka olivat läsnä.",
        en: "Feedback can be given by those who attended.")
    public static let feedbackAlreadyGiven = Str(
        sv: "Du har redan gett respons på det här evenemanget. Varje deltagare svarar en gång.",
        fi: "Olet jo antanut palautetta tästä tapahtumasta. Kukin osallistuja vastaa kerran.",
        en: "You have already given feedback on this event. Each participant answers once.")
    public static let feedbackIncomplete = Str(
        sv: "Välj ett värde 1–5 för varje fråga. Kommentaren får vara högst 2 000 tecken.",
        fi: "Valitse arvo 1–5 jokaiseen kysymykseen. Kommentti saa olla enintään 2 000 merkkiä.",
        en: "Choose a value 1–5 for every question. The comment may be at most 2,000 characters.")
    public static func overviewIntro(k: String) -> Str {
        Str(
            sv:
                "Så har forumen och seminarierna tagits emot, över hela programmet, per halvår och per utvecklingsområde. Medeltal räknas bara från evenemang där minst \(k) har svarat – annars kunde ett litet evenemangs svar räknas ut genom subtraktion. Antal svar visas alltid.",
            fi:
                "Näin foorumit ja seminaarit on otettu vastaan koko ohjelmassa, puolivuosittain ja kehittämisalueittain. Keskiarvot lasketaan vain tapahtumista, joissa vähintään \(k) on vastannut – muuten pienen tapahtuman vastaukset voisi laskea vähennyslaskulla. Vastausten määrä näytetään aina.",
            en:
                "How the forums and seminars have been received, across the programme, per half-year and per development area. Means count only events where at least \(k) answered – otherwise a small event's answers could be worked out by subtraction. Numbers of answers always show."
        )
    }
    public static let overviewProgramme = Str(sv: "Hela programmet", fi: "Koko ohjelma", en: "The whole programme")
    public static let overviewEventsHeld = Str(sv: "Evenemang med respons", fi: "Tapahtumia, joista on palautetta", en: "Events with feedback")
    public static let overviewAnswers = Str(sv: "Svar", fi: "Vastauksia", en: "Answers")
    public static func overviewLeftOut(count: String, k: String) -> Str {
        Str(
            sv: "\(count) svar från evenemang under \(k) svarande ingår i antalen men inte i medeltalen.",
            fi: "\(count) vastausta tapahtumista, joissa alle \(k) vastaajaa, sisältyy määriin mutta ei keskiarvoihin.",
            en: "\(count) answers from events with fewer than \(k) respondents are in the counts but not in the means.")
    }
    public static let overviewOverallScore = Str(sv: "Helhetsbetyg", fi: "Kokonaisarvio", en: "Overall score")
    public static let overviewOverallHint = Str(
        sv: "Helhetsbetyget är medeltalet av frågornas medeltal, 1–5.", fi: "Kokonaisarvio on kysymysten keskiarvojen keskiarvo, 1–5.",
        en: "The overall score is the mean of the questions' means, 1–5.")
    public static let overviewByHalfYear = Str(sv: "Per halvår", fi: "Puolivuosittain", en: "By half-year")
    public static let overviewChartDescription = Str(
        sv: "Helhetsbetyget 1–5 per halvår; samma siffror finns i tabellen nedan.",
        fi: "Kokonaisarvio 1–5 puolivuosittain; samat luvut ovat alla olevassa taulukossa.",
        en: "The overall score 1–5 per half-year; the same figures are in the table below.")
    public static let overviewByArea = Str(
        sv: "Per utvecklingsområde och halvår (helhetsbetyg, antal svar)", fi: "Kehittämisalueittain ja puolivuosittain (kokonaisarvio, vastausten määrä)",
        en: "By development area and half-year (overall score, answers)")
    public static let overviewNoArea = Str(sv: "Utan utvecklingsområde", fi: "Ilman kehittämisaluetta", en: "No development area")
    public static let overviewPeriod = Str(sv: "Halvår", fi: "Puolivuosi", en: "Half-year")
    public static let overviewNoFeedback = Str(
        sv: "Ingen respons ännu. Resultaten syns här när deltagarna har svarat efter de första evenemangen.",
        fi: "Ei vielä palautetta. Tulokset näkyvät täällä, kun osallistujat ovat vastanneet ensimmäisten tapahtumien jälkeen.",
        en: "No feedback yet. Results appear here once participants have answered after the first events.")
    public static func overviewCellAnswers(score: String, count: String) -> Str {
        Str(sv: "\(score) (\(count) svar)", fi: "\(score) (\(count) vast.)", en: "\(score) (\(count) answers)")
    }
    public static func overviewCellOnlyCount(count: String) -> Str {
        Str(sv: "\(count) svar", fi: "\(count) vast.", en: "\(count) answers")
    }
    public static let overviewSummaryLink = Str(sv: "Sammanfattning för deltagarna", fi: "Yhteenveto osallistujille", en: "Summary for participants")
    public static func loopTitle(period: String) -> Str {
        Str(sv: "Vad ni sa och vad vi gör: \(period)", fi: "Mitä kerroitte ja mitä teemme: \(period)", en: "What you said and what we do: \(period)")
    }
    public static let loopIntro = Str(
        sv: "En sammanfattning av responsen från programmets evenemang under halvåret, att dela med deltagarna. Tack till alla som svarade.",
        fi: "Yhteenveto ohjelman tapahtumien palautteesta puolivuoden ajalta, jaettavaksi osallistujille. Kiitos kaikille vastanneille.",
        en: "A summary of the feedback from the programme's events in the half-year, to share with the participants. Thank you to everyone who answered.")
    public static let loopFigures = Str(sv: "I siffror", fi: "Lukuina", en: "In figures")
    public static let loopEvents = Str(sv: "Evenemang", fi: "Tapahtumat", en: "Events")
    public static let loopAttendance = Str(sv: "Närvaro", fi: "Läsnäolo", en: "Attendance")
    public static let loopHeard = Str(sv: "Vad vi hörde", fi: "Mitä kuulimme", en: "What we heard")
    public static let loopActions = Str(sv: "Vad vi gör härnäst", fi: "Mitä teemme seuraavaksi", en: "What we will do next")
    public static let loopNotWritten = Str(
        sv: "Programägaren har inte skrivit något här ännu.", fi: "Ohjelman omistaja ei ole vielä kirjoittanut tähän mitään.",
        en: "The programme owner has not written anything here yet.")
    public static let loopEdit = Str(sv: "Skriv sammanfattningen", fi: "Kirjoita yhteenveto", en: "Write the summary")
    public static let loopEditHint = Str(
        sv: "Skriv med egna ord vad responsen visade och vad ni tänker göra. Citera inte enskilda kommentarer ordagrant om någon kan kännas igen av dem.",
        fi:
            "Kirjoita omin sanoin, mitä palaute osoitti ja mitä aiotte tehdä. Älä lainaa yksittäisiä kommentteja sanatarkasti, jos niistä voi tunnistaa kirjoittajan.",
        en:
            "Write in your own words what the feedback showed and what you intend to do. Do not quote single comments word for word if someone could be recognised by them."
    )
    public static let loopSaved = Str(sv: "Sammanfattningen är sparad.", fi: "Yhteenveto on tallennettu.", en: "The summary has been saved.")
    public static let loopOtherPeriods = Str(sv: "Andra halvår", fi: "Muut puolivuodet", en: "Other half-years")
    public static func loopUpdated(date: String, name: String) -> Str {
        Str(sv: "Senast ändrad \(date) av \(name)", fi: "Viimeksi muokattu \(date), \(name)", en: "Last changed \(date) by \(name)")
    }
    public static func auditLoopSaved(subject: String) -> Str {
        Str(
            sv: "Skrev sammanfattningen för deltagarna: \(subject)", fi: "Kirjoitti yhteenvedon osallistujille: \(subject)",
            en: "Wrote the summary for participants: \(subject)")
    }
    public static let pooledTitle = Str(sv: "Respons sammanslagen", fi: "Palaute yhdistettynä", en: "Feedback pooled")
    public static let pooledByOrganisation = Str(sv: "Per organisation", fi: "Organisaatioittain", en: "By organisation")
    public static let pooledHidden = Str(sv: "visas inte", fi: "ei näytetä", en: "not shown")
    public static func pooledHiddenHint(k: String) -> Str {
        Str(
            sv:
                "En organisations resultat visas bara när den har minst \(k) svarande och inte kan räknas ut ur helheten minus de andra. Antal svar visas alltid.",
            fi:
                "Organisaation tulokset näytetään vain, kun vastaajia on vähintään \(k) eikä niitä voi laskea kokonaisuudesta vähentämällä muut. Vastausten määrä näytetään aina.",
            en:
                "An organisation's results show only when it has at least \(k) respondents and cannot be worked out as the whole minus the others. Numbers of answers always show."
        )
    }
    public static func pooledThresholdNote(k: String) -> Str {
        Str(sv: "Operatörens gräns k är \(k) svarande.", fi: "Operaattorin raja k on \(k) vastaajaa.", en: "The operator's threshold k is \(k) respondents.")
    }
    public static let questionsTitle = Str(sv: "Frågorna efter evenemangen", fi: "Tapahtumien jälkeiset kysymykset", en: "The questions after events")
    public static let questionsIntro = Str(
        sv:
            "Deltagarna svarar på de här frågorna efter varje evenemang, på en skala 1–5, och kan lämna en kommentar. Ändringar gäller svar som ges från och med nu; tidigare svar på en borttagen fråga finns kvar men visas inte.",
        fi:
            "Osallistujat vastaavat näihin kysymyksiin jokaisen tapahtuman jälkeen asteikolla 1–5 ja voivat jättää kommentin. Muutokset koskevat tästä eteenpäin annettavia vastauksia; aiemmat vastaukset poistettuun kysymykseen säilyvät mutta eivät näy.",
        en:
            "Participants answer these questions after every event, on a 1–5 scale, and may leave a comment. Changes apply to answers given from now on; earlier answers to a removed question are kept but not shown."
    )
    public static func questionNumber(number: String) -> Str {
        Str(sv: "Fråga \(number) (skala 1–5)", fi: "Kysymys \(number) (asteikko 1–5)", en: "Question \(number) (scale 1–5)")
    }
    public static let questionCommentField = Str(sv: "Den öppna kommentaren", fi: "Avoin kommentti", en: "The open comment")
    public static let questionRemove = Str(sv: "Ta bort frågan", fi: "Poista kysymys", en: "Remove the question")
    public static let questionNew = Str(
        sv: "Ny fråga (skala 1–5, frivillig)", fi: "Uusi kysymys (asteikko 1–5, vapaaehtoinen)", en: "New question (scale 1–5, optional)")
    public static let questionText = Str(sv: "Frågan", fi: "Kysymys", en: "The question")
    public static let questionsNeedOne = Str(
        sv: "Behåll minst en fråga med skala 1–5.", fi: "Säilytä vähintään yksi asteikon 1–5 kysymys.", en: "Keep at least one question on the 1–5 scale.")
    public static func questionsTooMany(count: String) -> Str {
        Str(
            sv: "Högst \(count) frågor med skala: fler gör enkäten långsam att svara på en telefon.",
            fi: "Enintään \(count) asteikkokysymystä: useampi tekee kyselystä hitaan vastata puhelimella.",
            en: "At most \(count) scale questions: more make the questionnaire slow to answer on a phone.")
    }
    public static func questionsTextMissing(number: String, language: String) -> Str {
        Str(sv: "Skriv fråga \(number) på \(language).", fi: "Kirjoita kysymys \(number) kielellä \(language).", en: "Write question \(number) in \(language).")
    }
    public static let questionsLink = Str(
        sv: "Ändra frågorna efter evenemangen", fi: "Muokkaa tapahtumien jälkeisiä kysymyksiä", en: "Change the questions after events")
    public static func auditQuestionsChanged(after: String) -> Str {
        Str(
            sv: "Ändrade frågorna efter evenemangen (\(after) frågor)", fi: "Muutti tapahtumien jälkeisiä kysymyksiä (\(after) kysymystä)",
            en: "Changed the questions after events (\(after) questions)")
    }
    public static func feedbackQuestionBelowThreshold(count: String, k: String) -> Str {
        Str(
            sv: "\(count) har svarat på frågan: svaren visas från \(k).", fi: "\(count) on vastannut kysymykseen: vastaukset näytetään, kun vastaajia on \(k).",
            en: "\(count) answered this question: answers show from \(k).")
    }
    public static func feedbackPublishedPart(shown: String, count: String, needed: String) -> Str {
        Str(
            sv: "Resultaten bygger på \(shown) av \(count) svar. De uppdateras när \(needed) till har svarat, så att ingen enskild persons svar kan urskiljas.",
            fi:
                "Tulokset perustuvat \(shown) vastaukseen \(count):stä. Ne päivittyvät, kun \(needed) lisää on vastannut, jottei kenenkään yksittäistä vastausta voi erottaa.",
            en:
                "The results are drawn from \(shown) of \(count) answers. They are updated when \(needed) more have answered, so that no one person's answer can be told apart."
        )
    }

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let feedbackStrings: [Str] = [
        feedbackResultsTitle, feedbackGive, feedbackAnonymityNote(k: "{k}"), feedbackScaleHint, feedbackSend, feedbackRespondents, feedbackEligible,
        feedbackResponseRate, feedbackDistribution, feedbackQuestion, feedbackMean, feedbackComments, feedbackNoComments,
        feedbackBelowThreshold(k: "{k}", count: "{count}"), feedbackNotAttended, feedbackAlreadyGiven, feedbackIncomplete,
        overviewIntro(k: "{k}"), overviewProgramme, overviewEventsHeld, overviewAnswers, overviewLeftOut(count: "{count}", k: "{k}"), overviewOverallScore,
        overviewOverallHint, overviewByHalfYear, overviewChartDescription, overviewByArea, overviewNoArea, overviewPeriod, overviewNoFeedback,
        overviewCellAnswers(score: "{score}", count: "{count}"), overviewCellOnlyCount(count: "{count}"), overviewSummaryLink, loopTitle(period: "{period}"),
        loopIntro, loopFigures, loopEvents, loopAttendance, loopHeard, loopActions, loopNotWritten, loopEdit, loopEditHint, loopSaved, loopOtherPeriods,
        loopUpdated(date: "{date}", name: "{name}"), auditLoopSaved(subject: "{subject}"), pooledTitle, pooledByOrganisation, pooledHidden,
        pooledHiddenHint(k: "{k}"), pooledThresholdNote(k: "{k}"), questionsTitle, questionsIntro, questionNumber(number: "{number}"), questionCommentField,
        questionRemove, questionNew, questionText, questionsNeedOne, questionsTooMany(count: "{count}"),
        questionsTextMissing(number: "{number}", language: "{language}"), questionsLink, auditQuestionsChanged(after: "{after}"),
        feedbackQuestionBelowThreshold(count: "{count}", k: "{k}"), feedbackPublishedPart(shown: "{shown}", count: "{count}", needed: "{needed}"),
    ]
}
