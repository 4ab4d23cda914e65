/// The annual programme report: one printable page for the board and the national programme.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static func reportTitle(year: String) -> Str {
        Str(sv: "Programrapport \(year)", fi: "Ohjelmaraportti \(year)", en: "Programme report \(year)")
    }
    public static let reportIntro = Str(
        sv:
            "Årets rapport om ledarutvecklingsprogrammet: mål och resultat, forum, respons, coachning, organisationen, tid och kostnader. Skriv ut den eller spara den som PDF i webbläsaren.",
        fi:
            "Vuoden raportti johtamisen kehittämisohjelmasta: tavoitteet ja tulokset, foorumit, palaute, valmennus, organisaatio, aika ja kustannukset. Tulosta se tai tallenna PDF-tiedostoksi selaimessa.",
        en:
            "The year's report on the leadership development programme: goals and results, forums, feedback, coaching, the organisation, time and cost. Print it or save it as a PDF from the browser."
    )
    public static let reportLanguage = Str(sv: "Språk", fi: "Kieli", en: "Language")
    public static let reportBoth = Str(sv: "Svenska och finska sida vid sida", fi: "Ruotsi ja suomi rinnakkain", en: "Swedish and Finnish side by side")
    public static let reportShow = Str(sv: "Visa rapporten", fi: "Näytä raportti", en: "Show the report")
    public static let reportPrint = Str(sv: "Skriv ut eller spara som PDF", fi: "Tulosta tai tallenna PDF:ksi", en: "Print or save as PDF")
    public static let reportWriteTexts = Str(sv: "Skriv kommentarerna", fi: "Kirjoita kommentit", en: "Write the comments")
    public static func reportLocked(year: String) -> Str {
        Str(
            sv: "År \(year) är låst: rapporten visar det som gällde när året låstes och ändras inte.",
            fi: "Vuosi \(year) on lukittu: raportti näyttää tilanteen lukitushetkellä eikä muutu.",
            en: "The year \(year) is locked: the report shows what stood when it was locked and does not change.")
    }
    public static func reportOpen(year: String) -> Str {
        Str(
            sv: "År \(year) pågår: siffrorna kan ännu ändras.", fi: "Vuosi \(year) on kesken: luvut voivat vielä muuttua.",
            en: "The year \(year) is still open: the figures may still change.")
    }
    public static func reportGenerated(date: String) -> Str {
        Str(sv: "Utskriven \(date)", fi: "Tulostettu \(date)", en: "Produced on \(date)")
    }
    public static let reportContents = Str(sv: "Innehåll", fi: "Sisällys", en: "Contents")
    public static let reportSummary = Str(sv: "Sammanfattning", fi: "Yhteenveto", en: "Summary")
    public static let reportGoals = Str(sv: "Mål och resultat", fi: "Tavoitteet ja tulokset", en: "Goals and results")
    public static let reportInitiatives = Str(sv: "Initiativ och delmål", fi: "Toimenpiteet ja välitavoitteet", en: "Initiatives and milestones")
    public static let reportAttendance = Str(sv: "Närvaro", fi: "Läsnäolo", en: "Attendance")
    public static let reportFeedback = Str(sv: "Respons", fi: "Palaute", en: "Feedback")
    public static let reportCoaching = Str(sv: "Coachning och kompetens", fi: "Valmennus ja osaaminen", en: "Coaching and competence")
    public static let reportStructure = Str(sv: "Organisationen", fi: "Organisaatio", en: "The organisation")
    public static let reportCosts = Str(sv: "Tid och kostnader", fi: "Aika ja kustannukset", en: "Time and cost")
    public static let reportOwnerText = Str(sv: "Programägarens kommentar", fi: "Ohjelman omistajan kommentti", en: "The programme owner's comment")
    public static let reportNoGoals = Str(
        sv: "Programmet har inga resultatmål.", fi: "Ohjelmalla ei ole tulostavoitteita.", en: "The programme has no result goals.")
    public static let reportNoEvents = Str(
        sv: "Inga forum eller seminarier hölls det här året.", fi: "Tänä vuonna ei pidetty foorumeita eikä seminaareja.",
        en: "No forums or seminars were held this year.")
    public static let reportNoInitiatives = Str(sv: "Inga initiativ.", fi: "Ei toimenpiteitä.", en: "No initiatives.")
    public static let reportNoCoaching = Str(sv: "Ingen coachning det här året.", fi: "Ei valmennusta tänä vuonna.", en: "No coaching this year.")
    public static let reportNoStructure = Str(
        sv: "Ingen historik över organisationen ännu: den börjar med första importen.",
        fi: "Organisaatiolla ei ole vielä historiaa: se alkaa ensimmäisestä tuonnista.",
        en: "No history of the organisation yet: it starts with the first import.")
    public static let reportValueAtYearEnd = Str(sv: "Värde vid årets slut", fi: "Arvo vuoden lopussa", en: "Value at the year's end")
    public static let reportProgress = Str(sv: "Framsteg", fi: "Edistyminen", en: "Progress")
    public static func reportAttendanceRate(rate: String, previous: String) -> Str {
        Str(
            sv: "Närvaro \(rate) (året innan \(previous))", fi: "Läsnäolo \(rate) (edellisenä vuonna \(previous))",
            en: "Attendance \(rate) (the year before \(previous))")
    }
    public static func reportAttendanceRateOnly(rate: String) -> Str { Str(sv: "Närvaro \(rate)", fi: "Läsnäolo \(rate)", en: "Attendance \(rate)") }
    public static let reportRate = Str(sv: "Andel", fi: "Osuus", en: "Rate")
    public static let reportScore = Str(sv: "Helhetsbetyg (1–5)", fi: "Kokonaisarvio (1–5)", en: "Overall score (1–5)")
    public static func reportFeedbackHint(k: String) -> Str {
        Str(
            sv: "Resultat visas bara när minst \(k) har svarat; inga enskilda svar finns i rapporten.",
            fi: "Tulokset näytetään vain, kun vähintään \(k) on vastannut; raportissa ei ole yksittäisiä vastauksia.",
            en: "Results are shown only when at least \(k) have answered; no single answer is in the report.")
    }
    public static let reportEngagements = Str(sv: "Coachningsuppdrag", fi: "Valmennustoimeksiannot", en: "Coaching engagements")
    public static let reportSessionsHeld = Str(sv: "Hållna träffar", fi: "Pidetyt tapaamiset", en: "Sessions held")
    public static let reportCoachingHours = Str(sv: "Deltagartimmar i coachning", fi: "Valmennuksen osallistujatunnit", en: "Participant hours in coaching")
    public static let reportAssessments = Str(sv: "Självskattningar", fi: "Itsearvioinnit", en: "Self-assessments")
    public static let reportStructureFrom = Str(sv: "Vid årets början", fi: "Vuoden alussa", en: "At the start of the year")
    public static let reportStructureTo = Str(sv: "Vid årets slut", fi: "Vuoden lopussa", en: "At the end of the year")
    public static let reportMedianSpan = Str(sv: "Kontrollspann (median)", fi: "Johtamisjänne (mediaani)", en: "Span of control (median)")
    public static let reportHeadcount = Str(sv: "Anställda", fi: "Henkilöstö", en: "Staff")
    public static let reportOverdue = Str(sv: "Försenade delmål", fi: "Myöhässä olevat välitavoitteet", en: "Overdue milestones")
    public static func reportTextsTitle(year: String) -> Str {
        Str(sv: "Kommentarer till programrapporten \(year)", fi: "Ohjelmaraportin \(year) kommentit", en: "Comments for the programme report \(year)")
    }
    public static let reportTextsIntro = Str(
        sv: "Några meningar per område om vad som hände och vad ni gör härnäst. De står i rapporten under respektive område.",
        fi: "Muutama lause alueittain siitä, mitä tapahtui ja mitä teette seuraavaksi. Ne näkyvät raportissa kunkin alueen kohdalla.",
        en: "A few sentences per area on what happened and what you do next. They appear in the report under each area.")
    public static let reportTextsSave = Str(sv: "Spara kommentarerna", fi: "Tallenna kommentit", en: "Save the comments")
    public static let reportTextsSaved = Str(sv: "Kommentarerna är sparade.", fi: "Kommentit on tallennettu.", en: "The comments are saved.")
    public static let reportTextTooLong = Str(
        sv: "En kommentar får vara högst 2 000 tecken.", fi: "Kommentti voi olla enintään 2 000 merkkiä.", en: "A comment may be at most 2,000 characters.")
    public static let reportNoProgramme = Str(
        sv: "Det finns inget program ännu: rapporten kan skrivas när programmet har skapats under Strategi och mål.",
        fi: "Ohjelmaa ei ole vielä: raportin voi tehdä, kun ohjelma on luotu kohdassa Strategia ja tavoitteet.",
        en: "There is no programme yet: the report can be made once it is created under Strategy and goals.")
    public static func auditReportTextsChanged(subject: String) -> Str {
        Str(
            sv: "Kommentarerna till programrapporten \(subject) ändrade", fi: "Ohjelmaraportin \(subject) kommentteja muutettu",
            en: "Comments for the programme report \(subject) changed")
    }

    static let reportStrings: [Str] = [
        reportTitle(year: "{year}"), reportIntro, reportLanguage, reportBoth, reportShow, reportPrint, reportWriteTexts, reportLocked(year: "{year}"),
        reportOpen(year: "{year}"), reportGenerated(date: "{date}"), reportContents, reportSummary, reportGoals, reportInitiatives, reportAttendance,
        reportFeedback, reportCoaching, reportStructure, reportCosts, reportOwnerText, reportNoGoals, reportNoEvents, reportNoInitiatives,
        reportNoCoaching, reportNoStructure, reportValueAtYearEnd, reportProgress, reportAttendanceRate(rate: "{rate}", previous: "{previous}"),
        reportAttendanceRateOnly(rate: "{rate}"), reportRate, reportScore, reportFeedbackHint(k: "{k}"), reportEngagements, reportSessionsHeld,
        reportCoachingHours, reportAssessments, reportStructureFrom, reportStructureTo, reportMedianSpan, reportHeadcount, reportOverdue,
        reportTextsTitle(year: "{year}"), reportTextsIntro, reportTextsSave, reportTextsSaved,
        reportTextTooLong, reportNoProgramme, auditReportTextsChanged(subject: "{subject}"),
    ]
}
