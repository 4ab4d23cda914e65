/// Lists downloaded as CSV or Excel: the links, the sheets' names, the columns not named elsewhere.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static func exportDownload(list: String) -> Str {
        Str(sv: "Ladda ner \(list):", fi: "Lataa \(list):", en: "Download \(list):")
    }
    public static let exportCSV = Str(sv: "CSV", fi: "CSV", en: "CSV")
    public static let exportExcel = Str(sv: "Excel (.xlsx)", fi: "Excel (.xlsx)", en: "Excel (.xlsx)")
    public static let exportUnits = Str(sv: "Enheter", fi: "Yksiköt", en: "Units")
    public static let exportPeople = Str(sv: "Personer", fi: "Henkilöt", en: "People")
    public static let exportManagers = Str(sv: "Chefer", fi: "Esihenkilöt", en: "Managers")
    public static let exportGoals = Str(sv: "Resultatmål", fi: "Tulostavoitteet", en: "Result goals")
    public static let exportIndicators = Str(sv: "Indikatorer", fi: "Mittarit", en: "Indicators")
    public static let exportMeasurements = Str(sv: "Mätvärden", fi: "Mittaustulokset", en: "Measurements")
    public static let exportInitiatives = Str(sv: "Initiativ", fi: "Toimenpiteet", en: "Initiatives")
    public static let exportEvents = Str(sv: "Forum och seminarier", fi: "Foorumit ja seminaarit", en: "Forums and seminars")
    public static let exportAttendance = Str(sv: "Närvaro", fi: "Läsnäolo", en: "Attendance")
    public static let exportRegistrations = Str(sv: "Anmälningar", fi: "Ilmoittautumiset", en: "Registrations")
    public static let exportFeedback = Str(sv: "Respons per forum", fi: "Palaute foorumeittain", en: "Feedback by forum")
    public static let exportTime = Str(sv: "Arbetstid", fi: "Työaika", en: "Working time")
    public static let exportCosts = Str(sv: "Externa kostnader", fi: "Ulkoiset kustannukset", en: "External costs")
    public static let exportAuditLog = Str(sv: "Ändringslogg", fi: "Muutosloki", en: "Audit log")
    public static let exportUsers = Str(sv: "Användare", fi: "Käyttäjät", en: "Users")
    public static let columnUnit = Str(sv: "Enhet", fi: "Yksikkö", en: "Unit")
    public static let columnPerson = Str(sv: "Person", fi: "Henkilö", en: "Person")
    public static let columnArea = Str(sv: "Utvecklingsområde", fi: "Kehittämisalue", en: "Development area")
    public static let columnEnds = Str(sv: "Slutar", fi: "Päättyy", en: "Ends")
    public static let columnInvited = Str(sv: "Inbjudna", fi: "Kutsutut", en: "Invited")
    public static let columnRegistered = Str(sv: "Anmälda", fi: "Ilmoittautuneet", en: "Registered")
    public static let columnAttended = Str(sv: "Närvarande", fi: "Läsnä", en: "Attended")
    public static let columnRegisteredAt = Str(sv: "Anmäld", fi: "Ilmoittautui", en: "Registered at")
    public static let columnCheckedInAt = Str(sv: "Incheckad", fi: "Kirjautui", en: "Checked in at")
    public static let columnRegistration = Str(sv: "Anmälan", fi: "Ilmoittautuminen", en: "Registration")
    public static let columnMilestones = Str(sv: "Delmål", fi: "Välitavoitteet", en: "Milestones")
    public static let columnMilestonesDone = Str(sv: "Delmål klara", fi: "Välitavoitteita valmiina", en: "Milestones done")
    public static let columnNextDue = Str(sv: "Nästa delmål", fi: "Seuraava välitavoite", en: "Next milestone due")
    public static let columnGoals = Str(sv: "Resultatmål", fi: "Tulostavoitteet", en: "Result goals")
    public static let columnLatest = Str(sv: "Senaste värde", fi: "Viimeisin arvo", en: "Latest value")
    public static let columnLatestDate = Str(sv: "Senast mätt", fi: "Viimeksi mitattu", en: "Last measured")
    public static let columnRoles = Str(sv: "Roller", fi: "Roolit", en: "Roles")
    public static let columnActive = Str(sv: "Aktiv", fi: "Aktiivinen", en: "Active")
    public static let columnLastSignIn = Str(sv: "Senast inloggad", fi: "Viimeksi kirjautunut", en: "Last signed in")
    public static let columnYes = Str(sv: "ja", fi: "kyllä", en: "yes")
    public static let columnNo = Str(sv: "nej", fi: "ei", en: "no")
    public static let columnDescription = Str(sv: "Beskrivning", fi: "Kuvaus", en: "Description")
    public static let columnParticipants = Str(sv: "Deltagare", fi: "Osallistujat", en: "Participants")
    public static let columnStateInvited = Str(sv: "inbjuden", fi: "kutsuttu", en: "invited")
    public static let columnStateRegistered = Str(sv: "anmäld", fi: "ilmoittautunut", en: "registered")
    public static let columnStateWaitlisted = Str(sv: "på väntelistan", fi: "jonossa", en: "on the waiting list")
    public static let columnStateCancelled = Str(sv: "avbokad", fi: "peruttu", en: "cancelled")

    static let exportsStrings: [Str] = [
        exportDownload(list: "{list}"), exportCSV, exportExcel, exportUnits, exportPeople, exportManagers, exportGoals, exportIndicators,
        exportMeasurements, exportInitiatives, exportEvents, exportAttendance, exportRegistrations, exportFeedback, exportTime, exportCosts,
        exportAuditLog, exportUsers, columnUnit, columnPerson, columnArea, columnEnds, columnInvited, columnRegistered, columnAttended,
        columnRegisteredAt, columnCheckedInAt, columnRegistration, columnMilestones, columnMilestonesDone, columnNextDue, columnGoals,
        columnLatest, columnLatestDate, columnRoles, columnActive, columnLastSignIn, columnYes, columnNo, columnDescription, columnParticipants,
        columnStateInvited,
        columnStateRegistered, columnStateWaitlisted, columnStateCancelled,
    ]
}
