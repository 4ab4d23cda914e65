/// The organisation tree, units and analytics.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let breadcrumbs = Str(sv: "Du är här", fi: "Olet tässä", en: "You are here")
    public static let search = Str(sv: "Sök", fi: "Hae", en: "Search")
    public static let unitKindSector = Str(sv: "Sektor", fi: "Toimiala", en: "Sector")
    public static let unitKindDivision = Str(sv: "Avdelning", fi: "Osasto", en: "Division")
    public static let unitKindUnit = Str(sv: "Enhet", fi: "Yksikkö", en: "Unit")
    public static let unitKindTeam = Str(sv: "Team", fi: "Tiimi", en: "Team")
    public static let orgChart = Str(sv: "Organisationsschema", fi: "Organisaatiokaavio", en: "Org chart")
    public static let orgAnalytics = Str(
        sv: "Kontrollspann och enhetsstorlekar", fi: "Johtamisjänteet ja yksiköiden koot", en: "Spans of control and unit sizes")
    public static let orgImport = Str(sv: "Importera från personalsystemet", fi: "Tuo henkilöstöjärjestelmästä", en: "Import from the HR system")
    public static func orgChartIntro(units: String, managers: String, people: String) -> Str {
        Str(
            sv: "\(units) enheter, \(managers) chefer och \(people) personer. Öppna en enhet för att se dess underenheter och personal.",
            fi: "\(units) yksikköä, \(managers) esimiestä ja \(people) henkilöä. Avaa yksikkö nähdäksesi sen alayksiköt ja henkilöstön.",
            en: "\(units) units, \(managers) managers and \(people) people. Open a unit to see its sub-units and staff.")
    }
    public static let orgSearchLabel = Str(sv: "Sök enhet eller person", fi: "Hae yksikköä tai henkilöä", en: "Search for a unit or person")
    public static func orgSearchResults(query: String, count: String) -> Str {
        Str(sv: "Träffar för ”\(query)”: \(count)", fi: "Hakutulokset ”\(query)”: \(count)", en: "Results for “\(query)”: \(count)")
    }
    public static let orgSearchNothing = Str(
        sv: "Inga enheter eller personer hittades.", fi: "Yksiköitä tai henkilöitä ei löytynyt.", en: "No units or people found.")
    public static let orgEmpty = Str(
        sv: "Organisationen har inga enheter i Roder ännu.", fi: "Organisaatiolla ei ole vielä yksiköitä Roderissa.",
        en: "The organisation has no units in Roder yet.")
    public static let orgEmptyCanImport = Str(
        sv: "Organisationen har inga enheter i Roder ännu. Importera dem från personalsystemet.",
        fi: "Organisaatiolla ei ole vielä yksiköitä Roderissa. Tuo ne henkilöstöjärjestelmästä.",
        en: "The organisation has no units in Roder yet. Import them from the HR system.")
    public static func orgManagerIs(name: String) -> Str {
        Str(sv: "chef \(name)", fi: "esimies \(name)", en: "manager \(name)")
    }
    public static let orgNoManager = Str(sv: "ingen chef", fi: "ei esimiestä", en: "no manager")
    public static func orgHeadcountIs(count: String) -> Str {
        Str(sv: "anställda \(count)", fi: "henkilöstö \(count)", en: "staff \(count)")
    }
    public static func orgSpanIs(count: String) -> Str {
        Str(sv: "spann \(count)", fi: "jänne \(count)", en: "span \(count)")
    }
    public static func orgChartOf(unit: String) -> Str {
        Str(sv: "Schema över \(unit) och dess underenheter", fi: "Kaavio: \(unit) ja sen alayksiköt", en: "Chart of \(unit) and its sub-units")
    }
    public static let orgKind = Str(sv: "Typ", fi: "Tyyppi", en: "Kind")
    public static let orgCode = Str(sv: "Kod (kostnadsställe)", fi: "Koodi (kustannuspaikka)", en: "Code (cost centre)")
    public static let orgManager = Str(sv: "Chef", fi: "Esimies", en: "Manager")
    public static let orgHeadcount = Str(sv: "Anställda", fi: "Henkilöstö", en: "Staff")
    public static let orgSpan = Str(sv: "Kontrollspann", fi: "Johtamisjänne", en: "Span of control")
    public static let orgPeopleInLine = Str(sv: "Personer i linjen", fi: "Henkilöitä linjassa", en: "People in line")
    public static let orgNoSubUnits = Str(sv: "Inga underenheter", fi: "Ei alayksiköitä", en: "No sub-units")
    public static func orgSubUnits(count: String) -> Str {
        Str(sv: "Underenheter (\(count))", fi: "Alayksiköt (\(count))", en: "Sub-units (\(count))")
    }
    public static func orgPeopleListed(count: String) -> Str {
        Str(sv: "Personer i enheten (\(count))", fi: "Yksikön henkilöt (\(count))", en: "People in the unit (\(count))")
    }
    public static let orgNoPeopleListed = Str(
        sv: "Enhetens personal är bara räknad, inte listad med namn.", fi: "Yksikön henkilöstö on vain laskettu, ei lueteltu nimeltä.",
        en: "The unit's staff are only counted, not listed by name.")
    public static let orgUnits = Str(sv: "Enheter", fi: "Yksiköt", en: "Units")
    public static let orgFigureManagers = Str(sv: "chefer", fi: "esimiestä", en: "managers")
    public static let orgFigureUnits = Str(sv: "enheter", fi: "yksikköä", en: "units")
    public static let orgFigurePeople = Str(sv: "personer", fi: "henkilöä", en: "people")
    public static let orgFigureLayers = Str(sv: "ledningsnivåer", fi: "johtamistasoa", en: "management layers")
    public static let orgFigureMedianSpan = Str(sv: "kontrollspann, median", fi: "johtamisjänne, mediaani", en: "median span of control")
    public static let orgFigureAverageSpan = Str(sv: "kontrollspann, medeltal", fi: "johtamisjänne, keskiarvo", en: "average span of control")
    public static let orgSpanDistribution = Str(sv: "Chefer per kontrollspann", fi: "Esimiehet johtamisjänteen mukaan", en: "Managers by span of control")
    public static let orgSpanDefinition = Str(
        sv:
            "Kontrollspannet är antalet personer en chef leder direkt: de anställda i chefens egna enheter (och i underenheter utan egen chef) samt cheferna för enheterna närmast under.",
        fi:
            "Johtamisjänne on esimiehen suoraan johtamien henkilöiden määrä: esimiehen omien yksiköiden henkilöstö (ja alayksiköiden, joilla ei ole omaa esimiestä) sekä välittömästi alempien yksiköiden esimiehet.",
        en:
            "The span of control is the number of people a manager leads directly: the staff of their own units (and of sub-units without a manager of their own) and the managers of the units just below."
    )
    public static func orgSpanChartDescription(target: String) -> Str {
        Str(
            sv: "Antal chefer i varje spannklass. Målet är \(target) personer per chef; de klasserna är markerade.",
            fi: "Esimiesten määrä kussakin jänneluokassa. Tavoite on \(target) henkilöä esimiestä kohden; ne luokat on korostettu.",
            en: "Number of managers in each span band. The target is \(target) people per manager; those bands are highlighted.")
    }
    public static let orgSpanBand = Str(sv: "Kontrollspann", fi: "Johtamisjänne", en: "Span of control")
    public static func orgOutsideTarget(target: String) -> Str {
        Str(sv: "Chefer utanför målet \(target)", fi: "Tavoitteen \(target) ulkopuoliset esimiehet", en: "Managers outside the target \(target)")
    }
    public static func orgBelowTarget(count: String) -> Str {
        Str(sv: "Under målet: \(count) chefer", fi: "Alle tavoitteen: \(count) esimiestä", en: "Below the target: \(count) managers")
    }
    public static func orgAboveTarget(count: String) -> Str {
        Str(sv: "Över målet: \(count) chefer", fi: "Yli tavoitteen: \(count) esimiestä", en: "Above the target: \(count) managers")
    }
    public static let orgUnitSizes = Str(sv: "Enheter per storlek", fi: "Yksiköt koon mukaan", en: "Units by size")
    public static let orgUnitSizesDescription = Str(
        sv: "Antal enheter efter hur många anställda de har (chefen inte medräknad).", fi: "Yksiköiden määrä henkilöstön koon mukaan (esimiestä ei lasketa).",
        en: "Number of units by how many staff they have (the manager not counted).")
    public static let orgManagersOrUnits = Str(sv: "Antal", fi: "Määrä", en: "Number")
    public static func orgListShortened(shown: String, count: String) -> Str {
        Str(
            sv: "Visar \(shown) av \(count); alla finns i CSV-filen nedan.", fi: "Näytetään \(shown)/\(count); kaikki ovat alla olevassa CSV-tiedostossa.",
            en: "Showing \(shown) of \(count); all are in the CSV file below.")
    }
    public static let orgTargetMinimum = Str(
        sv: "Målet för kontrollspann, minst", fi: "Johtamisjänteen tavoite, vähintään", en: "Target span of control, at least")
    public static let orgTargetMaximum = Str(sv: "högst", fi: "enintään", en: "at most")
    public static let orgSetTarget = Str(sv: "Spara målet", fi: "Tallenna tavoite", en: "Save the target")
    public static let orgTargetInvalid = Str(
        sv: "Målet ska vara två heltal mellan 1 och 100, det första inte större än det andra.",
        fi: "Tavoitteen on oltava kaksi kokonaislukua väliltä 1–100, ensimmäinen enintään yhtä suuri kuin toinen.",
        en: "The target must be two whole numbers from 1 to 100, the first not larger than the second.")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let organisationStrings: [Str] = [
        breadcrumbs, search, unitKindSector, unitKindDivision, unitKindUnit, unitKindTeam, orgChart, orgAnalytics, orgImport,
        orgChartIntro(units: "{units}", managers: "{managers}", people: "{people}"), orgSearchLabel, orgSearchResults(query: "{query}", count: "{count}"),
        orgSearchNothing, orgEmpty, orgEmptyCanImport, orgManagerIs(name: "{name}"), orgNoManager, orgHeadcountIs(count: "{count}"),
        orgSpanIs(count: "{count}"), orgChartOf(unit: "{unit}"), orgKind, orgCode, orgManager, orgHeadcount, orgSpan, orgPeopleInLine, orgNoSubUnits,
        orgSubUnits(count: "{count}"), orgPeopleListed(count: "{count}"), orgNoPeopleListed, orgUnits, orgFigureManagers, orgFigureUnits, orgFigurePeople,
        orgFigureLayers, orgFigureMedianSpan, orgFigureAverageSpan, orgSpanDistribution, orgSpanDefinition, orgSpanChartDescription(target: "{target}"),
        orgSpanBand, orgOutsideTarget(target: "{target}"), orgBelowTarget(count: "{count}"), orgAboveTarget(count: "{count}"), orgUnitSizes,
        orgUnitSizesDescription, orgManagersOrUnits, orgListShortened(shown: "{shown}", count: "{count}"),
        orgTargetMinimum, orgTargetMaximum, orgSetTarget, orgTargetInvalid,
    ]
}
