/// Result goals, indicators, measurements and the management-group view.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let statusNotStarted = Str(sv: "Inte påbörjat", fi: "Ei aloitettu", en: "Not started")
    public static let statusOnTrack = Str(sv: "Enligt plan", fi: "Suunnitelman mukaan", en: "On track")
    public static let statusAtRisk = Str(sv: "I riskzonen", fi: "Vaarassa", en: "At risk")
    public static let statusOffTrack = Str(sv: "Avviker", fi: "Poikkeaa", en: "Off track")
    public static let statusDone = Str(sv: "Klart", fi: "Valmis", en: "Done")
    public static let mgIntro = Str(
        sv: "Ledningsgruppens översikt: varje utvecklingshelhet, dess resultatmål, ansvarspersoner, status och senaste rapport.",
        fi: "Johtoryhmän yleiskuva: jokainen kehittämiskokonaisuus, sen tulostavoitteet, vastuuhenkilöt, tila ja viimeisin raportti.",
        en: "The management group's overview: every development area, its result goals, responsible persons, status and latest report.")
    public static let mgLastReport = Str(sv: "Senaste rapport", fi: "Viimeisin raportti", en: "Latest report")
    public static let mgNoReport = Str(sv: "Ingen rapport ännu", fi: "Ei vielä raporttia", en: "No report yet")
    public static let goalUpdateTitle = Str(sv: "Rapportera status", fi: "Raportoi tila", en: "Report the status")
    public static let goalComment = Str(sv: "Kommentar", fi: "Kommentti", en: "Comment")
    public static let goalCommentHint = Str(
        sv: "Obligatorisk när målet är i riskzonen eller avviker: vad har hänt och vad görs?",
        fi: "Pakollinen, kun tavoite on vaarassa tai poikkeaa: mitä on tapahtunut ja mitä tehdään?",
        en: "Required when the goal is at risk or off track: what has happened and what is being done?")
    public static let goalSaveStatus = Str(sv: "Spara statusen", fi: "Tallenna tila", en: "Save the status")
    public static let goalHistory = Str(sv: "Statushistorik", fi: "Tilahistoria", en: "Status history")
    public static let goalCommentRequired = Str(
        sv: "Skriv en kommentar: ledningsgruppen behöver veta varför målet är i riskzonen eller avviker.",
        fi: "Kirjoita kommentti: johtoryhmän on tiedettävä, miksi tavoite on vaarassa tai poikkeaa.",
        en: "Write a comment: the management group needs to know why the goal is at risk or off track.")
    public static func auditGoalStatus(subject: String, after: String) -> Str {
        Str(
            sv: "Rapporterade statusen för \(subject): \(after)", fi: "Raportoi tavoitteen \(subject) tilan: \(after)",
            en: "Reported the status of \(subject): \(after)")
    }
    public static let noticeStatusSaved = Str(sv: "Statusen har sparats.", fi: "Tila on tallennettu.", en: "The status has been saved.")
    public static let homeReportStatusHint = Str(
        sv: "Mätvärden, rättelser och statushistorik finns på målets egen sida.",
        fi: "Mittaukset, korjaukset ja tilahistoria löytyvät tavoitteen omalta sivulta.",
        en: "Measurements, corrections and the status history are on the goal's own page.")
    public static let progress = Str(sv: "Framsteg", fi: "Edistyminen", en: "Progress")
    public static let indicatorsTitle = Str(sv: "Indikatorer", fi: "Mittarit", en: "Indicators")
    public static let indicatorsNone = Str(
        sv: "Målet har inga indikatorer ännu.", fi: "Tavoitteella ei ole vielä mittareita.", en: "The goal has no indicators yet.")
    public static func indicatorFromTo(baseline: String, target: String, unit: String) -> Str {
        Str(sv: "Från \(baseline) till \(target) \(unit)", fi: "Lähtötaso \(baseline), tavoite \(target) \(unit)", en: "From \(baseline) to \(target) \(unit)")
    }
    public static let indicatorNoValues = Str(sv: "Inga mätvärden ännu.", fi: "Ei vielä mittauksia.", en: "No measurements yet.")
    public static func indicatorChartDescription(target: String, unit: String) -> Str {
        Str(
            sv: "Mätvärdena över tid; den streckade linjen är målet \(target) \(unit).",
            fi: "Mittaukset ajan mittaan; katkoviiva on tavoite \(target) \(unit).",
            en: "The measurements over time; the dashed line is the target \(target) \(unit).")
    }
    public static func indicatorValues(count: String) -> Str {
        Str(sv: "Mätvärden (\(count))", fi: "Mittaukset (\(count))", en: "Measurements (\(count))")
    }
    public static let measurementDate = Str(sv: "Datum", fi: "Päivämäärä", en: "Date")
    public static func measurementValue(unit: String) -> Str {
        Str(sv: "Värde (\(unit))", fi: "Arvo (\(unit))", en: "Value (\(unit))")
    }
    public static let measurementRecord = Str(sv: "Spara mätvärdet", fi: "Tallenna mittaus", en: "Save the measurement")
    public static let indicatorNew = Str(sv: "Ny indikator", fi: "Uusi mittari", en: "New indicator")
    public static let indicatorName = Str(sv: "Namn", fi: "Nimi", en: "Name")
    public static let indicatorUnit = Str(sv: "Enhet (t.ex. %, dagar, €)", fi: "Yksikkö (esim. %, päivää, €)", en: "Unit (e.g. %, days, €)")
    public static let indicatorBaseline = Str(sv: "Utgångsläge", fi: "Lähtötaso", en: "Baseline")
    public static let indicatorTarget = Str(sv: "Mål", fi: "Tavoite", en: "Target")
    public static let indicatorDirection = Str(sv: "Önskad riktning", fi: "Toivottu suunta", en: "Preferred direction")
    public static let directionUp = Str(sv: "Uppåt", fi: "Ylöspäin", en: "Up")
    public static let directionDown = Str(sv: "Nedåt", fi: "Alaspäin", en: "Down")
    public static let directionNeutral = Str(sv: "Hålla sig vid målet", fi: "Pysyä tavoitteessa", en: "Stay at the target")
    public static let indicatorCreate = Str(sv: "Lägg till indikatorn", fi: "Lisää mittari", en: "Add the indicator")
    public static let indicatorInvalid = Str(
        sv: "Ge indikatorn ett namn, ett utgångsläge och ett mål (tal).", fi: "Anna mittarille nimi, lähtötaso ja tavoite (lukuja).",
        en: "Give the indicator a name, a baseline and a target (numbers).")
    public static let measurementInvalid = Str(
        sv: "Ange ett datum och ett tal, till exempel 4,5.", fi: "Anna päivämäärä ja luku, esimerkiksi 4,5.", en: "Enter a date and a number, such as 4.5.")
    public static func periodLocked(year: String) -> Str {
        Str(
            sv: "Året \(year) är avslutat och dess mätvärden är låsta. Programansvarig kan låsa upp det.",
            fi: "Vuosi \(year) on päättynyt ja sen mittaukset on lukittu. Ohjelman omistaja voi avata lukituksen.",
            en: "The year \(year) has ended and its measurements are locked. The programme owner can unlock it.")
    }
    public static func auditIndicatorCreated(subject: String) -> Str {
        Str(sv: "Lade till indikatorn \(subject)", fi: "Lisäsi mittarin \(subject)", en: "Added the indicator \(subject)")
    }
    public static func auditMeasurementRecorded(subject: String, after: String) -> Str {
        Str(
            sv: "Sparade ett mätvärde för \(subject): \(after)", fi: "Tallensi mittauksen mittarille \(subject): \(after)",
            en: "Recorded a measurement of \(subject): \(after)")
    }
    public static let noticeMeasurementSaved = Str(sv: "Mätvärdet har sparats.", fi: "Mittaus on tallennettu.", en: "The measurement has been saved.")
    public static let indicatorEdit = Str(sv: "Ändra indikatorn", fi: "Muokkaa mittaria", en: "Edit the indicator")
    public static let indicatorEditHint = Str(
        sv: "Mätvärdena finns kvar. Ett nytt utgångsläge, mål eller en ny riktning räknar om framstegen för dem alla.",
        fi: "Mittaukset säilyvät. Uusi lähtötaso, tavoite tai suunta laskee edistymisen uudelleen kaikille mittauksille.",
        en: "The measurements stay. A new baseline, target or direction recalculates the progress of all of them.")
    public static func auditIndicatorChanged(subject: String, before: String, after: String) -> Str {
        Str(
            sv: "Ändrade indikatorn \(subject): \(before) → \(after)", fi: "Muokkasi mittaria \(subject): \(before) → \(after)",
            en: "Changed the indicator \(subject): \(before) → \(after)")
    }
    public static let goalNew = Str(sv: "Nytt resultatmål", fi: "Uusi tulostavoite", en: "New result goal")
    public static let goalTitle = Str(sv: "Resultatmål", fi: "Tulostavoite", en: "Result goal")
    public static let goalDescription = Str(sv: "Beskrivning", fi: "Kuvaus", en: "Description")
    public static let goalResponsibleHint = Str(
        sv: "Ansvarspersonerna kommer från högsta ledningen och mellanledningen.", fi: "Vastuuhenkilöt ovat ylimmästä johdosta ja keskijohdosta.",
        en: "Responsible persons come from top and middle management.")
    public static let goalStart = Str(sv: "Börjar", fi: "Alkaa", en: "Starts")
    public static let goalEnd = Str(sv: "Slutar", fi: "Päättyy", en: "Ends")
    public static let goalCreate = Str(sv: "Skapa resultatmålet", fi: "Luo tulostavoite", en: "Create the result goal")
    public static func goalTitleRequired(language: String) -> Str {
        Str(sv: "Skriv målet på \(language).", fi: "Kirjoita tavoite kielellä \(language).", en: "Write the goal in \(language).")
    }
    public static let goalResponsibleRequired = Str(
        sv: "Välj minst en ansvarsperson.", fi: "Valitse vähintään yksi vastuuhenkilö.", en: "Choose at least one responsible person.")
    public static let goalDatesInvalid = Str(
        sv: "Slutdatumet kan inte vara före startdatumet.", fi: "Päättymispäivä ei voi olla ennen alkamispäivää.", en: "The end cannot be before the start.")
    public static func auditGoalCreated(subject: String) -> Str {
        Str(sv: "Skapade resultatmålet \(subject)", fi: "Loi tulostavoitteen \(subject)", en: "Created the result goal \(subject)")
    }
    public static let noticeGoalCreated = Str(sv: "Resultatmålet har skapats.", fi: "Tulostavoite on luotu.", en: "The result goal has been created.")
    public static let indicatorColumn = Str(sv: "Indikator", fi: "Mittari", en: "Indicator")
    public static let measurementColumn = Str(sv: "Mätvärde", fi: "Mittaus", en: "Measurement")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let strategyStrings: [Str] = [
        statusNotStarted, statusOnTrack, statusAtRisk, statusOffTrack, statusDone, mgIntro, mgLastReport, mgNoReport, goalUpdateTitle, goalComment,
        goalCommentHint, goalSaveStatus, goalHistory, goalCommentRequired, auditGoalStatus(subject: "{subject}", after: "{after}"), noticeStatusSaved,
        homeReportStatusHint, progress, indicatorsTitle, indicatorsNone, indicatorFromTo(baseline: "{baseline}", target: "{target}", unit: "{unit}"),
        indicatorNoValues, indicatorChartDescription(target: "{target}", unit: "{unit}"), indicatorValues(count: "{count}"), measurementDate,
        measurementValue(unit: "{unit}"), measurementRecord, indicatorNew, indicatorName, indicatorUnit, indicatorBaseline, indicatorTarget, indicatorDirection,
        directionUp, directionDown, directionNeutral, indicatorCreate, indicatorInvalid, measurementInvalid, periodLocked(year: "{year}"),
        auditIndicatorCreated(subject: "{subject}"), auditMeasurementRecorded(subject: "{subject}", after: "{after}"), noticeMeasurementSaved, indicatorEdit,
        indicatorEditHint, auditIndicatorChanged(subject: "{subject}", before: "{before}", after: "{after}"), goalNew, goalTitle, goalDescription,
        goalResponsibleHint, goalStart, goalEnd, goalCreate, goalTitleRequired(language: "{language}"), goalResponsibleRequired, goalDatesInvalid,
        auditGoalCreated(subject: "{subject}"), noticeGoalCreated, indicatorColumn, measurementColumn,
    ]
}
