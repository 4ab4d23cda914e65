/// Costs: working time in euros, external costs, hourly costs and budgets.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let costsTitle = Str(sv: "Kostnader och budget", fi: "Kustannukset ja budjetti", en: "Costs and budget")
    public static let costsIntro = Str(
        sv:
            "Vad programmet kostar: chefernas arbetstid i euro (timmar × organisationens timkostnad per chefsnivå) och de externa kostnaderna, som konsultfakturor, lokaler och resor. Budgeten jämförs med hela kostnaden.",
        fi:
            "Mitä ohjelma maksaa: esihenkilöiden työaika euroina (tunnit × organisaation tuntikustannus johtotasoittain) ja ulkoiset kustannukset, kuten konsulttien laskut, tilat ja matkat. Budjettia verrataan koko kustannukseen.",
        en:
            "What the programme costs: the managers' working time in euros (hours × the organisation's hourly cost per management level) and the external costs such as consultants' invoices, venues and travel. The budget is compared with the whole cost."
    )
    public static let costsLink = Str(sv: "Kostnader och budget", fi: "Kustannukset ja budjetti", en: "Costs and budget")
    public static let costsSettingsLink = Str(sv: "Timkostnader och budget", fi: "Tuntikustannukset ja budjetti", en: "Hourly costs and budget")
    public static let costsTotal = Str(sv: "Kostnad totalt", fi: "Kustannukset yhteensä", en: "Total cost")
    public static let costsWorkingTime = Str(sv: "Arbetstid i euro", fi: "Työaika euroina", en: "Working time in euros")
    public static let costsExternal = Str(sv: "Externa kostnader", fi: "Ulkoiset kustannukset", en: "External costs")
    public static let costsBudget = Str(sv: "Budget", fi: "Budjetti", en: "Budget")
    public static let costsRemaining = Str(sv: "Kvar av budgeten", fi: "Budjettia jäljellä", en: "Left of the budget")
    public static let costsOverBadge = Str(sv: "över budget", fi: "yli budjetin", en: "over budget")
    public static let costsNoBudget = Str(sv: "Ingen budget angiven", fi: "Budjettia ei ole annettu", en: "No budget set")
    public static let costsPerParticipantHour = Str(
        sv: "Kostnad per deltagartimme", fi: "Kustannus osallistujatuntia kohden", en: "Cost per participant hour")
    public static let costsPerParticipantHourHint = Str(
        sv: "Hela kostnaden delad med timmarna som deltagarna var på forum, seminarier och coachning.",
        fi: "Koko kustannus jaettuna tunneilla, jotka osallistujat olivat foorumeissa, seminaareissa ja valmennuksessa.",
        en: "The whole cost divided by the hours participants spent in forums, seminars and coaching.")
    public static func costsShares(workingTime: String, external: String) -> Str {
        Str(
            sv: "\(workingTime) egen arbetstid, \(external) externa kostnader", fi: "\(workingTime) omaa työaikaa, \(external) ulkoisia kustannuksia",
            en: "\(workingTime) own working time, \(external) external costs")
    }
    public static let costsSharesLabel = Str(sv: "Fördelning", fi: "Jakauma", en: "Split")
    public static let costsNoRates = Str(
        sv: "Timkostnaderna är inte angivna ännu, så arbetstiden räknas inte i euro. Ange dem under Timkostnader och budget.",
        fi: "Tuntikustannuksia ei ole vielä annettu, joten työaikaa ei lasketa euroina. Anna ne kohdassa Tuntikustannukset ja budjetti.",
        en: "The hourly costs are not set yet, so working time is not counted in euros. Set them under Hourly costs and budget.")
    public static let costsNone = Str(
        sv: "Inga kostnader det här året ännu.", fi: "Ei vielä kustannuksia tänä vuonna.", en: "No costs this year yet.")
    public static let costsByArea = Str(sv: "Per utvecklingsområde", fi: "Kehittämisalueittain", en: "By development area")
    public static let costsByMonth = Str(sv: "Per månad", fi: "Kuukausittain", en: "By month")
    public static let costsByEvent = Str(sv: "Per forum och seminarium", fi: "Foorumeittain ja seminaareittain", en: "By forum and seminar")
    public static let costsByGoal = Str(sv: "Per resultatmål", fi: "Tulostavoitteittain", en: "By result goal")
    public static let costsByGoalHint = Str(
        sv: "Ett forum som hör till flera mål räknas fullt för vart och ett, så tabellen summeras inte.",
        fi: "Useaan tavoitteeseen kuuluva foorumi lasketaan kokonaan jokaiselle, joten taulukkoa ei summata.",
        en: "A forum serving several goals counts in full for each of them, so the table is not summed.")
    public static let costsByCategory = Str(sv: "Externa kostnader per slag", fi: "Ulkoiset kustannukset lajeittain", en: "External costs by kind")
    public static let costsHours = Str(sv: "Timmar", fi: "Tunnit", en: "Hours")
    public static let costsParticipantHours = Str(sv: "Deltagartimmar", fi: "Osallistujatunnit", en: "Participant hours")
    public static let costsBudgetChartTitle = Str(
        sv: "Använt av budgeten per område", fi: "Budjetista käytetty alueittain", en: "Budget used by area")
    public static func costsBudgetChartDescription(year: String) -> Str {
        Str(
            sv: "Hur stor del av varje områdes budget för \(year) som har använts. Siffrorna finns i tabellen nedan.",
            fi: "Kuinka suuri osa kunkin alueen vuoden \(year) budjetista on käytetty. Luvut ovat alla olevassa taulukossa.",
            en: "How much of each area's budget for \(year) has been used. The figures are in the table below.")
    }
    public static func costsMonthChartDescription(year: String) -> Str {
        Str(
            sv: "Programmets kostnad i euro per månad \(year). Siffrorna finns i tabellen nedan.",
            fi: "Ohjelman kustannukset euroina kuukausittain \(year). Luvut ovat alla olevassa taulukossa.",
            en: "The programme's cost in euros per month in \(year). The figures are in the table below.")
    }
    public static func costsExternalList(year: String) -> Str {
        Str(sv: "Externa kostnader \(year)", fi: "Ulkoiset kustannukset \(year)", en: "External costs in \(year)")
    }
    public static let costsExternalNone = Str(
        sv: "Inga externa kostnader det här året.", fi: "Ei ulkoisia kustannuksia tänä vuonna.", en: "No external costs this year.")
    public static let costDate = Str(sv: "Datum", fi: "Päivämäärä", en: "Date")
    public static let costSupplier = Str(sv: "Leverantör", fi: "Toimittaja", en: "Supplier")
    public static let costCategory = Str(sv: "Slag", fi: "Laji", en: "Kind")
    public static let costTarget = Str(sv: "Hör till", fi: "Kohdistus", en: "For")
    public static let costDescription = Str(sv: "Beskrivning (frivillig)", fi: "Kuvaus (vapaaehtoinen)", en: "Description (optional)")
    public static let costAmount = Str(sv: "Belopp utan moms (€)", fi: "Summa ilman arvonlisäveroa (€)", en: "Amount excluding VAT (€)")
    public static let costAmountShort = Str(sv: "Exkl. moms", fi: "Veroton", en: "Excl. VAT")
    public static let costVAT = Str(sv: "Moms (€)", fi: "Arvonlisävero (€)", en: "VAT (€)")
    public static let costAmountHint = Str(sv: "Till exempel 1 250,50", fi: "Esimerkiksi 1 250,50", en: "For example 1,250.50")
    public static let costVATHint = Str(
        sv: "Frivillig. Momsen sparas för sig och räknas inte in i programmets kostnad.",
        fi: "Vapaaehtoinen. Arvonlisävero tallennetaan erikseen, eikä sitä lasketa ohjelman kustannukseen.",
        en: "Optional. VAT is kept separately and not counted in the programme's cost.")
    public static let costTargetProgramme = Str(sv: "Programmet som helhet", fi: "Ohjelma kokonaisuutena", en: "The programme as a whole")
    public static func costTargetArea(_ title: String) -> Str { Str(sv: "Område: \(title)", fi: "Alue: \(title)", en: "Area: \(title)") }
    public static func costTargetEvent(_ title: String) -> Str { Str(sv: "Forum: \(title)", fi: "Foorumi: \(title)", en: "Forum: \(title)") }
    public static func costTargetEngagement(_ title: String) -> Str {
        Str(sv: "Coachning: \(title)", fi: "Valmennus: \(title)", en: "Coaching: \(title)")
    }
    public static let costAddTitle = Str(sv: "Lägg till en kostnad", fi: "Lisää kustannus", en: "Add a cost")
    public static let costAddButton = Str(sv: "Spara kostnaden", fi: "Tallenna kustannus", en: "Save the cost")
    public static let costSaveButton = Str(sv: "Spara ändringarna", fi: "Tallenna muutokset", en: "Save the changes")
    public static let costDeleteButton = Str(sv: "Ta bort kostnaden", fi: "Poista kustannus", en: "Delete the cost")
    public static let costEditTitle = Str(sv: "Ändra kostnad", fi: "Muuta kustannusta", en: "Change a cost")
    public static let costEdit = Str(sv: "Ändra", fi: "Muuta", en: "Change")
    public static let costAmountInvalid = Str(
        sv: "Ange beloppet utan moms i euro, till exempel 1 250,50.", fi: "Anna veroton summa euroina, esimerkiksi 1 250,50.",
        en: "Give the amount excluding VAT in euros, for example 1,250.50.")
    public static let costVATInvalid = Str(
        sv: "Ange momsen i euro, till exempel 312,50, eller lämna fältet tomt.",
        fi: "Anna arvonlisävero euroina, esimerkiksi 312,50, tai jätä kenttä tyhjäksi.",
        en: "Give the VAT in euros, for example 312.50, or leave the field empty.")
    public static let costSupplierMissing = Str(sv: "Ange leverantören.", fi: "Anna toimittaja.", en: "Give the supplier.")
    public static let costDateInvalid = Str(sv: "Ange ett datum.", fi: "Anna päivämäärä.", en: "Give a date.")
    public static func costYearLocked(year: String) -> Str {
        Str(
            sv: "År \(year) är låst: dess kostnader och budget kan inte längre ändras.",
            fi: "Vuosi \(year) on lukittu: sen kustannuksia ja budjettia ei voi enää muuttaa.",
            en: "The year \(year) is locked: its costs and budget can no longer be changed.")
    }
    public static let costSaved = Str(sv: "Kostnaden är sparad.", fi: "Kustannus on tallennettu.", en: "The cost is saved.")
    public static let costDeleted = Str(sv: "Kostnaden är borttagen.", fi: "Kustannus on poistettu.", en: "The cost is deleted.")
    public static let categoryConsultant = Str(sv: "Konsulter och föreläsare", fi: "Konsultit ja luennoitsijat", en: "Consultants and speakers")
    public static let categoryVenue = Str(sv: "Lokaler och servering", fi: "Tilat ja tarjoilu", en: "Venues and catering")
    public static let categoryTravel = Str(sv: "Resor", fi: "Matkat", en: "Travel")
    public static let categoryMaterials = Str(sv: "Material och licenser", fi: "Materiaalit ja lisenssit", en: "Materials and licences")
    public static let categoryOther = Str(sv: "Övrigt", fi: "Muut", en: "Other")
    public static let categorySharedEvent = Str(sv: "Gemensamma forum", fi: "Yhteiset foorumit", en: "Shared forums")

    public static func costSettingsTitle(year: String) -> Str {
        Str(sv: "Timkostnader och budget \(year)", fi: "Tuntikustannukset ja budjetti \(year)", en: "Hourly costs and budget for \(year)")
    }
    public static let ratesTitle = Str(sv: "Timkostnad per chefsnivå", fi: "Tuntikustannus johtotasoittain", en: "Hourly cost per management level")
    public static let ratesIntro = Str(
        sv:
            "Organisationens genomsnittliga kostnad för en arbetstimme, med bikostnader (lön, arbetsgivaravgifter, pension). Inga individuella löner. En nivå utan eget belopp räknas med standardbeloppet; förberedelser räknas alltid med standardbeloppet.",
        fi:
            "Organisaation keskimääräinen työtunnin kustannus sivukuluineen (palkka, työnantajamaksut, eläke). Ei yksittäisiä palkkoja. Taso ilman omaa summaa lasketaan perussummalla; valmistelu lasketaan aina perussummalla.",
        en:
            "The organisation's average cost of an hour's work, with side costs (salary, employer's contributions, pension). No individual salaries. A level without its own amount is counted at the standard amount; preparation is always counted at the standard amount."
    )
    public static let ratesStandard = Str(sv: "Standard (€ per timme)", fi: "Perussumma (€ tunnilta)", en: "Standard (€ per hour)")
    public static func rateForLevel(_ level: String) -> Str {
        Str(sv: "\(level) (€ per timme)", fi: "\(level) (€ tunnilta)", en: "\(level) (€ per hour)")
    }
    public static let rateLevelHint = Str(
        sv: "Lämna tomt för standardbeloppet.", fi: "Jätä tyhjäksi, niin käytetään perussummaa.", en: "Leave empty for the standard amount.")
    public static func ratesFrom(year: String) -> Str {
        Str(
            sv: "Beloppen gäller från \(year) tills de ändras.", fi: "Summat ovat voimassa vuodesta \(year), kunnes niitä muutetaan.",
            en: "The amounts apply from \(year) until they are changed.")
    }
    public static let ratesSave = Str(sv: "Spara timkostnaderna", fi: "Tallenna tuntikustannukset", en: "Save the hourly costs")
    public static let ratesSaved = Str(sv: "Timkostnaderna är sparade.", fi: "Tuntikustannukset on tallennettu.", en: "The hourly costs are saved.")
    public static func rateInvalid(field: String) -> Str {
        Str(
            sv: "\(field): ange ett belopp i euro, till exempel 52,50.", fi: "\(field): anna summa euroina, esimerkiksi 52,50.",
            en: "\(field): give an amount in euros, for example 52.50.")
    }
    public static let ratesStandardMissing = Str(
        sv: "Ange standardbeloppet: det används för alla nivåer utan eget belopp.",
        fi: "Anna perussumma: sitä käytetään kaikille tasoille, joilla ei ole omaa summaa.",
        en: "Give the standard amount: it is used for every level without its own.")
    public static func budgetTitle(year: String) -> Str { Str(sv: "Budget \(year)", fi: "Budjetti \(year)", en: "Budget for \(year)") }
    public static let budgetIntro = Str(
        sv:
            "Budgeten jämförs med hela kostnaden: arbetstiden i euro och de externa kostnaderna. Lämna ett fält tomt för ingen budget. Utan en budget för hela programmet räknas områdenas budgetar ihop.",
        fi:
            "Budjettia verrataan koko kustannukseen: työaikaan euroina ja ulkoisiin kustannuksiin. Jätä kenttä tyhjäksi, jos budjettia ei ole. Jos koko ohjelmalla ei ole budjettia, alueiden budjetit lasketaan yhteen.",
        en:
            "The budget is compared with the whole cost: working time in euros and the external costs. Leave a field empty for no budget. Without a budget for the whole programme, the areas' budgets are added together."
    )
    public static let budgetWhole = Str(sv: "Hela programmet (€)", fi: "Koko ohjelma (€)", en: "The whole programme (€)")
    public static func budgetArea(_ title: String) -> Str { Str(sv: "\(title) (€)", fi: "\(title) (€)", en: "\(title) (€)") }
    public static let budgetSave = Str(sv: "Spara budgeten", fi: "Tallenna budjetti", en: "Save the budget")
    public static let budgetSaved = Str(sv: "Budgeten är sparad.", fi: "Budjetti on tallennettu.", en: "The budget is saved.")
    public static func budgetInvalid(field: String) -> Str {
        Str(
            sv: "\(field): ange ett belopp i euro, till exempel 40 000, eller lämna fältet tomt.",
            fi: "\(field): anna summa euroina, esimerkiksi 40 000, tai jätä kenttä tyhjäksi.",
            en: "\(field): give an amount in euros, for example 40,000, or leave the field empty.")
    }
    public static let budgetNoProgramme = Str(
        sv: "Områdenas budgetar kan anges när programmet har utvecklingsområden.",
        fi: "Alueiden budjetit voi antaa, kun ohjelmalla on kehittämisalueita.",
        en: "Area budgets can be set once the programme has development areas.")

    public static func auditExternalCostChanged(subject: String, after: String) -> Str {
        Str(sv: "Extern kostnad \(subject): \(after)", fi: "Ulkoinen kustannus \(subject): \(after)", en: "External cost \(subject): \(after)")
    }
    public static func auditHourlyRatesChanged(subject: String, after: String) -> Str {
        Str(
            sv: "Timkostnaderna från \(subject) ändrade (\(after))", fi: "Tuntikustannukset vuodesta \(subject) muutettu (\(after))",
            en: "Hourly costs from \(subject) changed (\(after))")
    }
    public static func auditBudgetChanged(subject: String, after: String) -> Str {
        Str(
            sv: "Budgeten för \(subject) ändrad (\(after))", fi: "Vuoden \(subject) budjetti muutettu (\(after))",
            en: "Budget for \(subject) changed (\(after))")
    }

    public static let sharedEventCost = Str(
        sv: "Kostnad utan moms (€, frivillig)", fi: "Kustannus ilman arvonlisäveroa (€, vapaaehtoinen)", en: "Cost excluding VAT (€, optional)")
    public static let sharedEventCostHint = Str(
        sv:
            "Det ni betalar för forumet, till exempel föreläsare och lokal. Kostnaden delas mellan organisationerna efter hur många från var och en som var närvarande.",
        fi: "Mitä maksatte foorumista, esimerkiksi luennoitsijat ja tila. Kustannus jaetaan organisaatioiden kesken sen mukaan, montako kustakin oli läsnä.",
        en: "What you pay for the forum, such as speakers and the venue. The cost is divided among the organisations by how many of each attended.")
    public static let sharedEventCostInvalid = Str(
        sv: "Ange kostnaden i euro, till exempel 4 800, eller lämna fältet tomt.", fi: "Anna kustannus euroina, esimerkiksi 4 800, tai jätä kenttä tyhjäksi.",
        en: "Give the cost in euros, for example 4,800, or leave the field empty.")
    public static let sharedEventCostTitle = Str(sv: "Kostnad och fördelning", fi: "Kustannus ja sen jako", en: "Cost and its split")
    public static let sharedEventCostNone = Str(
        sv: "Ingen kostnad angiven. Ange den under Ändra, så delas den mellan organisationerna.",
        fi: "Kustannusta ei ole annettu. Anna se kohdassa Muokkaa, niin se jaetaan organisaatioiden kesken.",
        en: "No cost given. Give it under Edit and it is divided among the organisations.")
    public static func sharedEventCostSplit(amount: String) -> Str {
        Str(
            sv: "\(amount) utan moms, fördelat efter närvaro. Varje organisation ser sin andel bland sina externa kostnader.",
            fi: "\(amount) ilman arvonlisäveroa, jaettu läsnäolon mukaan. Kukin organisaatio näkee osuutensa ulkoisissa kustannuksissaan.",
            en: "\(amount) excluding VAT, divided by attendance. Each organisation sees its share among its external costs.")
    }
    public static let sharedEventCostShare = Str(sv: "Andel", fi: "Osuus", en: "Share")
    public static let costSharedSupplier = Str(
        sv: "Det gemensamma programmet (andel efter närvaro)", fi: "Yhteinen ohjelma (osuus läsnäolon mukaan)",
        en: "The shared programme (share by attendance)")

    static let costsStrings: [Str] = [
        costsTitle, costsIntro, costsLink, costsSettingsLink, costsTotal, costsWorkingTime, costsExternal, costsBudget, costsRemaining,
        costsOverBadge, costsNoBudget, costsPerParticipantHour, costsPerParticipantHourHint,
        costsShares(workingTime: "{workingTime}", external: "{external}"), costsSharesLabel, costsNoRates, costsNone, costsByArea, costsByMonth,
        costsByEvent, costsByGoal, costsByGoalHint, costsByCategory, costsHours, costsParticipantHours, costsBudgetChartTitle,
        costsBudgetChartDescription(year: "{year}"), costsMonthChartDescription(year: "{year}"), costsExternalList(year: "{year}"), costsExternalNone,
        costDate, costSupplier, costCategory, costTarget, costDescription, costAmount, costAmountShort, costVAT, costAmountHint, costVATHint,
        costTargetProgramme, costTargetArea("{title}"), costTargetEvent("{title}"), costTargetEngagement("{title}"),
        costAddTitle, costAddButton, costSaveButton, costDeleteButton, costEditTitle, costEdit, costAmountInvalid, costVATInvalid,
        costSupplierMissing, costDateInvalid, costYearLocked(year: "{year}"), costSaved, costDeleted, categoryConsultant, categoryVenue,
        categoryTravel, categoryMaterials, categoryOther, categorySharedEvent, costSettingsTitle(year: "{year}"), ratesTitle, ratesIntro,
        ratesStandard, rateForLevel("{level}"), rateLevelHint, ratesFrom(year: "{year}"), ratesSave, ratesSaved, rateInvalid(field: "{field}"),
        ratesStandardMissing, budgetTitle(year: "{year}"), budgetIntro, budgetWhole, budgetArea("{title}"), budgetSave, budgetSaved,
        budgetInvalid(field: "{field}"), budgetNoProgramme, auditExternalCostChanged(subject: "{subject}", after: "{after}"),
        auditHourlyRatesChanged(subject: "{subject}", after: "{after}"), auditBudgetChanged(subject: "{subject}", after: "{after}"), sharedEventCost,
        sharedEventCostHint, sharedEventCostInvalid, sharedEventCostTitle, sharedEventCostNone, sharedEventCostSplit(amount: "{amount}"),
        sharedEventCostShare, costSharedSupplier,
    ]
}

extension CostCategory {
    public var titleKey: Str {
        switch self {
        case .consultant: .categoryConsultant
        case .venue: .categoryVenue
        case .travel: .categoryTravel
        case .materials: .categoryMaterials
        case .other: .categoryOther
        case .sharedEvent: .categorySharedEvent
        }
    }
}
