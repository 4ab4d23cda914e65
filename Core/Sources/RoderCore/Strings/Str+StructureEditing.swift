/// Editing units and people by hand, and the structure's history.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static func unitEditTitle(name: String) -> Str {
        Str(sv: "Ändra enheten \(name)", fi: "Muokkaa yksikköä \(name)", en: "Change the unit \(name)")
    }
    public static let unitNewTitle = Str(sv: "Ny enhet", fi: "Uusi yksikkö", en: "New unit")
    public static let unitEditIntro = Str(
        sv: "Ändringar du gör här syns genast i schemat och analysen och sparas i historiken. Nästa import visar vad den skulle skriva över.",
        fi: "Tässä tekemäsi muutokset näkyvät heti kaaviossa ja analyysissä ja tallentuvat historiaan. Seuraava tuonti näyttää, mitä se korvaisi.",
        en: "What you change here shows at once in the chart and the analytics and is kept in the history. The next import shows what it would overwrite.")
    public static func unitNameIn(language: String) -> Str {
        Str(sv: "Namn på \(language)", fi: "Nimi: \(language)", en: "Name in \(language)")
    }
    public static let unitNamesHint = Str(
        sv: "Ett namn på minst ett språk. Saknas ett språk visas namnet på det andra.",
        fi: "Nimi vähintään yhdellä kielellä. Jos kieli puuttuu, nimi näytetään toisella kielellä.",
        en: "A name in at least one language. Where one is missing, the other is shown.")
    public static func unitNameMissingIn(language: String) -> Str {
        Str(sv: "saknar namn på \(language)", fi: "nimi puuttuu: \(language)", en: "no name in \(language)")
    }
    public static let unitParentField = Str(sv: "Överordnad enhet", fi: "Yläyksikkö", en: "Parent unit")
    public static let unitParentHint = Str(
        sv: "Skriv kod eller namn. Lämna tomt för en enhet högst upp i organisationen.",
        fi: "Kirjoita koodi tai nimi. Jätä tyhjäksi, jos yksikkö on organisaation ylimpänä.",
        en: "Type a code or a name. Leave empty for a unit at the top of the organisation.")
    public static let unitManagerField = Str(sv: "Chef", fi: "Esimies", en: "Manager")
    public static let unitManagerHint = Str(
        sv: "Skriv anställningsnummer eller namn. Lämna tomt om enheten leds av chefen ovanför.",
        fi: "Kirjoita henkilönumero tai nimi. Jätä tyhjäksi, jos yksikköä johtaa ylemmän tason esimies.",
        en: "Type an employee number or a name. Leave empty if the manager above leads the unit.")
    public static let unitHeadcountField = Str(sv: "Antal anställda i enheten", fi: "Yksikön henkilöstömäärä", en: "Headcount of the unit")
    public static let unitHeadcountHint = Str(
        sv: "Personalen i själva enheten, chefen och underenheterna oräknade.", fi: "Yksikön oma henkilöstö ilman esimiestä ja alayksiköitä.",
        en: "The unit's own staff, without its manager and its sub-units.")
    public static let unitCodeField = Str(sv: "Kod (kostnadsställe)", fi: "Koodi (kustannuspaikka)", en: "Code (cost centre)")
    public static let unitCodeHint = Str(
        sv: "Samma kod som i personalsystemet, så att nästa import hittar enheten.",
        fi: "Sama koodi kuin henkilöstöjärjestelmässä, jotta seuraava tuonti löytää yksikön.",
        en: "The same code as in the HR system, so that the next import finds the unit.")
    public static let unitSave = Str(sv: "Spara enheten", fi: "Tallenna yksikkö", en: "Save the unit")
    public static let unitCreate = Str(sv: "Lägg till enheten", fi: "Lisää yksikkö", en: "Add the unit")
    public static func pickerSeveral(text: String) -> Str {
        Str(sv: "Flera matchar ”\(text)”. Välj en:", fi: "Useampi vastaa hakua ”\(text)”. Valitse yksi:", en: "Several match “\(text)”. Choose one:")
    }
    public static func pickerNoMatch(text: String) -> Str {
        Str(sv: "Ingenting matchar ”\(text)”.", fi: "Mikään ei vastaa hakua ”\(text)”.", en: "Nothing matches “\(text)”.")
    }
    public static let pickerFind = Str(sv: "Sök", fi: "Hae", en: "Find")
    public static func unitCodeTaken(code: String) -> Str {
        Str(
            sv: "Koden \(code) används redan av en annan enhet.", fi: "Koodi \(code) on jo toisen yksikön käytössä.",
            en: "The code \(code) is already used by another unit.")
    }
    public static let unitNameRequiredAny = Str(
        sv: "Ge enheten ett namn på minst ett språk.", fi: "Anna yksikölle nimi vähintään yhdellä kielellä.",
        en: "Give the unit a name in at least one language.")
    public static let unitHeadcountInvalid = Str(
        sv: "Antalet anställda är ett heltal från 0 till 1 000 000.", fi: "Henkilöstömäärä on kokonaisluku väliltä 0–1 000 000.",
        en: "The headcount is a whole number from 0 to 1,000,000.")
    public static let unitParentCycle = Str(
        sv: "En enhet kan inte ligga under sig själv eller sina egna underenheter.", fi: "Yksikkö ei voi olla itsensä tai omien alayksikköjensä alla.",
        en: "A unit cannot be placed under itself or its own sub-units.")
    public static let unitRetireTitle = Str(sv: "Avveckla enheten", fi: "Lakkauta yksikkö", en: "Retire the unit")
    public static func unitRetireHint(parent: String) -> Str {
        Str(
            sv: "En avvecklad enhet försvinner ur schemat och analysen men finns kvar i historiken. Personerna i enheten flyttas till \(parent).",
            fi: "Lakkautettu yksikkö poistuu kaaviosta ja analyysistä mutta säilyy historiassa. Yksikön henkilöt siirretään yksikköön \(parent).",
            en: "A retired unit leaves the chart and the analytics but stays in the history. The people of the unit move to \(parent).")
    }
    public static let unitRetireTop = Str(sv: "organisationens topp", fi: "organisaation ylimmälle tasolle", en: "the top of the organisation")
    public static let unitRetireButton = Str(sv: "Avveckla enheten", fi: "Lakkauta yksikkö", en: "Retire the unit")
    public static func unitRetireHasSubUnits(count: String) -> Str {
        Str(
            sv: "Enheten har \(count) underenheter. Flytta eller avveckla dem först.", fi: "Yksiköllä on \(count) alayksikköä. Siirrä tai lakkauta ne ensin.",
            en: "The unit has \(count) sub-units. Move or retire them first.")
    }
    public static let noticeUnitSaved = Str(sv: "Enheten har sparats.", fi: "Yksikkö on tallennettu.", en: "The unit has been saved.")
    public static let noticeUnitCreated = Str(sv: "Enheten har lagts till.", fi: "Yksikkö on lisätty.", en: "The unit has been added.")
    public static let noticeUnitRetired = Str(sv: "Enheten har avvecklats.", fi: "Yksikkö on lakkautettu.", en: "The unit has been retired.")
    public static let noticePersonSaved = Str(
        sv: "Personens uppgifter har sparats.", fi: "Henkilön tiedot on tallennettu.", en: "The person's details have been saved.")
    public static let unitEditLink = Str(sv: "Ändra enheten", fi: "Muokkaa yksikköä", en: "Change the unit")
    public static let unitAddSubUnit = Str(sv: "Lägg till en underenhet", fi: "Lisää alayksikkö", en: "Add a sub-unit")
    public static let unitAddTop = Str(sv: "Lägg till en enhet", fi: "Lisää yksikkö", en: "Add a unit")
    public static func personEditTitle(name: String) -> Str {
        Str(sv: "Ändra uppgifterna för \(name)", fi: "Muokkaa henkilön \(name) tietoja", en: "Change the details of \(name)")
    }
    public static func personEditLink(name: String) -> Str {
        Str(sv: "Ändra \(name)", fi: "Muokkaa: \(name)", en: "Change \(name)")
    }
    public static let personEditShort = Str(sv: "Ändra", fi: "Muokkaa", en: "Change")
    public static let personUnitField = Str(sv: "Enhet", fi: "Yksikkö", en: "Unit")
    public static let personUnitHint = Str(sv: "Skriv enhetens kod eller namn.", fi: "Kirjoita yksikön koodi tai nimi.", en: "Type the unit's code or name.")
    public static let personNameRequired = Str(sv: "Skriv förnamn eller efternamn.", fi: "Kirjoita etu- tai sukunimi.", en: "Type a first name or a surname.")
    public static let personSave = Str(sv: "Spara uppgifterna", fi: "Tallenna tiedot", en: "Save the details")
    public static let levelStaff = Str(sv: "Personal (ingen chef)", fi: "Henkilöstö (ei esimies)", en: "Staff (no manager)")
    public static let historyTitle = Str(sv: "Strukturen över tid", fi: "Rakenne ajan mittaan", en: "The structure over time")
    public static let historyIntro = Str(
        sv:
            "Varje import, tillämpat scenario och ändring för hand sparar organisationens nyckeltal. Målet ”större enheter, färre chefer” syns som färre enheter och chefer och ett större spann.",
        fi:
            "Jokainen tuonti, käyttöön otettu skenaario ja käsin tehty muutos tallentaa organisaation tunnusluvut. Tavoite ”suuremmat yksiköt, vähemmän esimiehiä” näkyy yksiköiden ja esimiesten määrän laskuna ja johtamisjänteen kasvuna.",
        en:
            "Every import, applied scenario and change by hand keeps the organisation's figures. The goal “larger units, fewer managers” shows as fewer units and managers and a larger span."
    )
    public static func historyChartDescription(first: String, last: String) -> Str {
        Str(
            sv: "Antal enheter och chefer vid varje sparad tidpunkt, från \(first) till \(last).",
            fi: "Yksiköiden ja esimiesten määrä kullakin tallennushetkellä \(first)–\(last).",
            en: "Number of units and managers at each point kept, from \(first) to \(last).")
    }
    public static let historyNone = Str(
        sv: "Ingen historik ännu. Den börjar med nästa import, scenario eller ändring.",
        fi: "Historiaa ei vielä ole. Se alkaa seuraavasta tuonnista, skenaariosta tai muutoksesta.",
        en: "No history yet. It starts with the next import, scenario or change.")
    public static let historyCompare = Str(sv: "Jämför två tidpunkter", fi: "Vertaa kahta ajankohtaa", en: "Compare two points in time")
    public static let historyFrom = Str(sv: "Från", fi: "Mistä", en: "From")
    public static let historyTo = Str(sv: "Till", fi: "Mihin", en: "To")
    public static let historyShow = Str(sv: "Visa", fi: "Näytä", en: "Show")
    public static let historyChange = Str(sv: "Förändring", fi: "Muutos", en: "Change")
    public static let historyFigure = Str(sv: "Nyckeltal", fi: "Tunnusluku", en: "Figure")
    public static let historyWhen = Str(sv: "Tidpunkt", fi: "Ajankohta", en: "When")
    public static let historyCause = Str(sv: "Orsak", fi: "Syy", en: "Cause")
    public static let historyCauseImported = Str(sv: "import", fi: "tuonti", en: "import")
    public static let historyCauseScenario = Str(sv: "scenario", fi: "skenaario", en: "scenario")
    public static let historyCauseHandEdit = Str(sv: "ändring för hand", fi: "käsin tehty muutos", en: "change by hand")
    public static let historyPoints = Str(sv: "Sparade tidpunkter", fi: "Tallennetut ajankohdat", en: "Points kept")
    public static let historySmallUnits = Str(sv: "Enheter med färre än 5 anställda", fi: "Alle 5 hengen yksiköt", en: "Units with fewer than 5 staff")
    public static let historySmallSpans = Str(sv: "Chefer med spann under 4", fi: "Esimiehet, joiden jänne alle 4", en: "Managers with a span under 4")
    public static let historyUnitsSeries = Str(sv: "Enheter", fi: "Yksiköt", en: "Units")
    public static let historyManagersSeries = Str(sv: "Chefer", fi: "Esimiehet", en: "Managers")
    public static func auditUnitCreated(subject: String) -> Str {
        Str(sv: "Lade till enheten \(subject)", fi: "Lisäsi yksikön \(subject)", en: "Added the unit \(subject)")
    }
    public static func auditUnitChanged(subject: String, after: String) -> Str {
        Str(sv: "Ändrade enheten \(subject): \(after)", fi: "Muutti yksikköä \(subject): \(after)", en: "Changed the unit \(subject): \(after)")
    }
    public static func auditUnitRetired(subject: String) -> Str {
        Str(sv: "Avvecklade enheten \(subject)", fi: "Lakkautti yksikön \(subject)", en: "Retired the unit \(subject)")
    }
    public static func auditPersonChanged(subject: String, after: String) -> Str {
        Str(
            sv: "Ändrade uppgifterna för \(subject): \(after)", fi: "Muutti henkilön \(subject) tietoja: \(after)",
            en: "Changed the details of \(subject): \(after)")
    }
    public static func auditLateCheckIn(subject: String, after: String) -> Str {
        Str(
            sv: "Markerade \(subject) närvarande efter evenemanget: \(after)", fi: "Merkitsi henkilön \(subject) läsnäolevaksi tapahtuman jälkeen: \(after)",
            en: "Marked \(subject) present after the event: \(after)")
    }
    public static func auditAccountLinkChanged(subject: String, before: String, after: String) -> Str {
        Str(
            sv: "Kopplade kontot \(subject) till en person: \(before) → \(after)", fi: "Yhdisti tilin \(subject) henkilöön: \(before) → \(after)",
            en: "Linked the account \(subject) to a person: \(before) → \(after)")
    }
    public static let eventLateCheckInReason = Str(sv: "Varför i efterhand?", fi: "Miksi jälkikäteen?", en: "Why afterwards?")
    public static let eventLateCheckInHint = Str(
        sv: "Evenemanget är över. Den som markeras närvarande nu kan svara på responsen, så ange varför; det syns i ändringsloggen.",
        fi: "Tapahtuma on päättynyt. Nyt läsnäolevaksi merkitty voi vastata palautteeseen, joten kerro syy; se näkyy muutoslokissa.",
        en: "The event is over. Someone marked present now can answer its feedback, so say why; it shows in the audit log.")
    public static let eventLateCheckInReasonMissing = Str(
        sv: "Ange varför personen markeras närvarande i efterhand.", fi: "Kerro, miksi henkilö merkitään läsnäolevaksi jälkikäteen.",
        en: "Say why the person is marked present afterwards.")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let structureEditingStrings: [Str] = [
        unitEditTitle(name: "{name}"), unitNewTitle, unitEditIntro, unitNameIn(language: "{language}"), unitNamesHint,
        unitNameMissingIn(language: "{language}"), unitParentField, unitParentHint, unitManagerField, unitManagerHint, unitHeadcountField, unitHeadcountHint,
        unitCodeField, unitCodeHint, unitSave, unitCreate, pickerSeveral(text: "{text}"), pickerNoMatch(text: "{text}"), pickerFind,
        unitCodeTaken(code: "{code}"), unitNameRequiredAny, unitHeadcountInvalid, unitParentCycle, unitRetireTitle, unitRetireHint(parent: "{parent}"),
        unitRetireTop, unitRetireButton, unitRetireHasSubUnits(count: "{count}"), noticeUnitSaved, noticeUnitCreated, noticeUnitRetired, noticePersonSaved,
        unitEditLink, unitAddSubUnit, unitAddTop, personEditTitle(name: "{name}"), personEditLink(name: "{name}"), personEditShort, personUnitField,
        personUnitHint, personNameRequired, personSave, levelStaff, historyTitle, historyIntro, historyChartDescription(first: "{first}", last: "{last}"),
        historyNone, historyCompare, historyFrom, historyTo, historyShow, historyChange, historyFigure, historyWhen, historyCause, historyCauseImported,
        historyCauseScenario, historyCauseHandEdit, historyPoints, historySmallUnits, historySmallSpans, historyUnitsSeries, historyManagersSeries,
        auditUnitCreated(subject: "{subject}"), auditUnitChanged(subject: "{subject}", after: "{after}"), auditUnitRetired(subject: "{subject}"),
        auditPersonChanged(subject: "{subject}", after: "{after}"), auditLateCheckIn(subject: "{subject}", after: "{after}"),
        auditAccountLinkChanged(subject: "{subject}", before: "{before}", after: "{after}"), eventLateCheckInReason, eventLateCheckInHint,
        eventLateCheckInReasonMissing,
    ]
}
