/// Working time: logged programme work and the time derived from events and coaching.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let workingTimeIntro = Str(
        sv:
            "Den tid programmet tar av chefernas arbetstid. Det mesta räknas fram: forum och seminarier (längd × närvarande), coachning (hållna träffar × deltagare) och värdarnas förberedelser. Annat programarbete loggar du själv här.",
        fi:
            "Ohjelmaan käytetty esimiesten työaika. Suurin osa lasketaan valmiiksi: foorumit ja seminaarit (kesto × läsnäolijat), valmennus (pidetyt tapaamiset × osallistujat) ja vetäjien valmistelu. Muun ohjelmatyön kirjaat itse tässä.",
        en:
            "The managers' working time the programme takes. Most of it is worked out for you: forums and seminars (length × those present), coaching (held sessions × participants) and the hosts' preparation. Other programme work you log yourself here."
    )
    public static let timeLogTitle = Str(sv: "Logga programarbete", fi: "Kirjaa ohjelmatyötä", en: "Log programme work")
    public static let timeDate = Str(sv: "Dag", fi: "Päivä", en: "Day")
    public static let timeHours = Str(sv: "Timmar", fi: "Tunnit", en: "Hours")
    public static let timeHoursHint = Str(sv: "Till exempel 1,5 eller 1:30", fi: "Esimerkiksi 1,5 tai 1:30", en: "For example 1.5 or 1:30")
    public static let timePurpose = Str(sv: "För vad", fi: "Mihin", en: "For what")
    public static let timePurposeProgramme = Str(sv: "Programmet i allmänhet", fi: "Ohjelma yleisesti", en: "The programme in general")
    public static let timeNote = Str(sv: "Kort anteckning (frivillig)", fi: "Lyhyt huomautus (vapaaehtoinen)", en: "Short note (optional)")
    public static let timeLogButton = Str(sv: "Spara tiden", fi: "Tallenna aika", en: "Save the time")
    public static func timeHoursInvalid(highest: String) -> Str {
        Str(
            sv: "Ange timmar från 0,25 till \(highest), till exempel 1,5.", fi: "Anna tunnit väliltä 0,25–\(highest), esimerkiksi 1,5.",
            en: "Give hours from 0.25 to \(highest), for example 1.5.")
    }
    public static let timeDateInvalid = Str(
        sv: "Ange en dag som inte är i framtiden.", fi: "Anna päivä, joka ei ole tulevaisuudessa.", en: "Give a day that is not in the future.")
    public static func timeYearLocked(year: String) -> Str {
        Str(
            sv: "År \(year) är låst: tiden kan inte längre ändras.", fi: "Vuosi \(year) on lukittu: aikaa ei voi enää muuttaa.",
            en: "The year \(year) is locked: its time can no longer be changed.")
    }
    public static let timeNoPerson = Str(
        sv: "Ditt konto är inte kopplat till en person i organisationen, så du har ingen egen programtid att logga.",
        fi: "Tiliäsi ei ole liitetty organisaation henkilöön, joten sinulla ei ole omaa ohjelma-aikaa kirjattavaksi.",
        en: "Your account is not linked to a person of the organisation, so you have no programme time of your own to log.")
    public static func timeMine(year: String) -> Str {
        Str(sv: "Min programtid \(year)", fi: "Oma ohjelma-aikani \(year)", en: "My programme time in \(year)")
    }
    public static let timeMineNone = Str(
        sv: "Ingen programtid det här året ännu.", fi: "Ei vielä ohjelma-aikaa tänä vuonna.", en: "No programme time this year yet.")
    public static let timeWhat = Str(sv: "Vad", fi: "Mitä", en: "What")
    public static let timeSource = Str(sv: "Slag", fi: "Laji", en: "Kind")
    public static let timeSourceEvents = Str(sv: "Forum och seminarier", fi: "Foorumit ja seminaarit", en: "Forums and seminars")
    public static let timeSourceCoaching = Str(sv: "Coachning", fi: "Valmennus", en: "Coaching")
    public static let timeSourcePreparation = Str(sv: "Förberedelser", fi: "Valmistelu", en: "Preparation")
    public static let timeSourceLogged = Str(sv: "Loggat programarbete", fi: "Kirjattu ohjelmatyö", en: "Logged programme work")
    public static let timeTotal = Str(sv: "Totalt", fi: "Yhteensä", en: "Total")
    public static let timeEdit = Str(sv: "Ändra", fi: "Muokkaa", en: "Edit")
    public static let timeEditTitle = Str(sv: "Ändra loggad tid", fi: "Muokkaa kirjattua aikaa", en: "Edit logged time")
    public static let timeSaveButton = Str(sv: "Spara ändringen", fi: "Tallenna muutos", en: "Save the change")
    public static let timeDeleteButton = Str(sv: "Ta bort", fi: "Poista", en: "Delete")
    public static let timeLocked = Str(sv: "Låst", fi: "Lukittu", en: "Locked")
    public static func timeProgramme(year: String) -> Str {
        Str(sv: "Programmets arbetstid \(year)", fi: "Ohjelman työaika \(year)", en: "The programme's working time in \(year)")
    }
    public static let timeProgrammeNone = Str(
        sv: "Ingen arbetstid registrerad det här året.", fi: "Tälle vuodelle ei ole kirjattu työaikaa.", en: "No working time recorded for this year.")
    public static let timeByArea = Str(sv: "Per utvecklingsområde", fi: "Kehittämisalueittain", en: "By development area")
    public static let timeByMonth = Str(sv: "Per månad", fi: "Kuukausittain", en: "By month")
    public static let timeNoArea = Str(sv: "Inte kopplat till ett område", fi: "Ei liitetty alueeseen", en: "Not tied to an area")
    public static let timeMonth = Str(sv: "Månad", fi: "Kuukausi", en: "Month")
    public static let timeYear = Str(sv: "År", fi: "Vuosi", en: "Year")
    public static let timeShowYear = Str(sv: "Visa", fi: "Näytä", en: "Show")
    public static func timeChartDescription(year: String) -> Str {
        Str(
            sv: "Programmets arbetstid per månad \(year) i timmar; siffrorna finns i tabellen.",
            fi: "Ohjelman työaika kuukausittain \(year) tunteina; luvut ovat taulukossa.",
            en: "The programme's working time per month in \(year), in hours; the figures are in the table.")
    }
    public static let timeLogged = Str(sv: "Tiden är sparad.", fi: "Aika on tallennettu.", en: "The time is saved.")
    public static let timeDeleted = Str(sv: "Tiden är borttagen.", fi: "Aika on poistettu.", en: "The time is deleted.")
    public static let eventPreparation = Str(
        sv: "Förberedelser, timmar (värdar och experter tillsammans)", fi: "Valmistelu, tunnit (vetäjät ja asiantuntijat yhteensä)",
        en: "Preparation, hours (hosts and experts together)")
    public static func eventPreparationInvalid(highest: String) -> Str {
        Str(
            sv: "Ange förberedelsetiden i timmar, från 0 till \(highest).", fi: "Anna valmisteluaika tunteina väliltä 0–\(highest).",
            en: "Give the preparation time in hours, from 0 to \(highest).")
    }

    /// Short month names for tables and charts, January first.
    private static let monthAbbreviations: [Str] = zip(
        zip(
            ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
            ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"]),
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    ).map { Str(sv: $0.0, fi: $0.1, en: $1) }

    /// The short name of month 1–12; "–" for anything else.
    public static func month(_ month: Int) -> Str {
        (1...12).contains(month) ? monthAbbreviations[month - 1] : Str(sv: "–", fi: "–", en: "–")
    }

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let workingTimeStrings: [Str] = [
        workingTimeIntro, timeLogTitle, timeDate, timeHours, timeHoursHint, timePurpose, timePurposeProgramme, timeNote, timeLogButton,
        timeHoursInvalid(highest: "{highest}"), timeDateInvalid, timeYearLocked(year: "{year}"), timeNoPerson, timeMine(year: "{year}"),
        timeMineNone, timeWhat, timeSource, timeSourceEvents, timeSourceCoaching, timeSourcePreparation, timeSourceLogged, timeTotal, timeEdit,
        timeEditTitle, timeSaveButton, timeDeleteButton, timeLocked, timeProgramme(year: "{year}"), timeProgrammeNone, timeByArea, timeByMonth,
        timeNoArea, timeMonth, timeYear, timeShowYear, timeChartDescription(year: "{year}"), timeLogged, timeDeleted, eventPreparation,
        eventPreparationInvalid(highest: "{highest}"), month(1),
    ]
}

extension TimeSource {
    public var titleKey: Str {
        switch self {
        case .events: .timeSourceEvents
        case .coaching: .timeSourceCoaching
        case .preparation: .timeSourcePreparation
        case .logged: .timeSourceLogged
        }
    }
}
