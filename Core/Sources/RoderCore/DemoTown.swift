import Foundation

/// A fictional bilingual town half-way through its leadership programme, for the demo and
/// for tests. No real place and no real persons: names are combined from common first
/// names and surnames.
public struct DemoTown: Sendable {
    public struct UnitSeed: Sendable {
        public let key: String
        public let parentKey: String?
        public let kind: String
        public let name: LocalizedText
        public let code: String
        public let headcount: Int
        public let managerKey: String?
    }

    public struct PersonSeed: Sendable {
        public let key: String
        public let name: String
        public let title: String
        public let email: String
        /// top, middle or supervisor.
        public let managementLevel: String
        /// The HR system's employee number, as the demo import file has it.
        public let externalID: String
    }

    public struct GoalSeed: Sendable {
        /// 1-based index of the development area.
        public let area: Int
        public let title: LocalizedText
        public let responsibleKeys: [String]
    }

    public struct AccountSeed: Sendable {
        public let email: String
        public let name: String
        public let password: String
        public let roles: Set<Role>
        public let isProgrammeOperator: Bool
        /// The person of the town this account is (a manager's own account).
        public let personKey: String?
    }

    public let name: LocalizedText
    public let slug: String
    public let contentLanguages: [Language]
    public let units: [UnitSeed]
    public let people: [PersonSeed]
    public let programmeName: LocalizedText
    public let programmeYears: ClosedRange<Int>
    public let areas: [LocalizedText]
    public let goals: [GoalSeed]
    public let accounts: [AccountSeed]
    /// Harmonised manager roles, each given to the managers of one kind of unit.
    public var roleProfiles: [RoleProfileSeed] = []
    /// Indicators, values, reports and initiatives of the programme so far.
    public var strategy: DemoStrategy = .empty
    /// Forums and seminars with attendance and feedback.
    public var events: DemoEvents = .empty
    /// The competence framework, what each role expects, and self-assessment rounds.
    public var competence: DemoCompetence = .empty
    /// Coaching engagements with sessions, notes and actions.
    public var coaching: DemoCoaching = .empty

    public struct RoleProfileSeed: Sendable {
        public let name: LocalizedText
        public let responsibilities: LocalizedText
        public let competences: LocalizedText
        /// The managers of units of this kind hold the role.
        public let unitKind: String
    }

    /// The five development areas of the article, in the order it lists them.
    public static let fiveDevelopmentAreas: [LocalizedText] = [
        LocalizedText(sv: "Justering av organisationsstrukturen", fi: "Organisaatiorakenteen tarkistaminen", en: "Adjusting the organisation structure"),
        LocalizedText(sv: "Uppdatering av strategin", fi: "Strategian päivittäminen", en: "Updating the strategy"),
        LocalizedText(sv: "Revidering av arbetssätten", fi: "Toimintatapojen uudistaminen", en: "Revising the ways of working"),
        LocalizedText(sv: "Förbättring av produktiviteten", fi: "Tuottavuuden parantaminen", en: "Improving productivity"),
        LocalizedText(sv: "Kompetensutveckling", fi: "Osaamisen kehittäminen", en: "Competence development"),
    ]
}

extension DemoTown {
    /// Sjöbacka stad – Järvenmäen kaupunki: about 40 units and 60 managers.
    public static func sjobacka() -> DemoTown {
        var names = NameGenerator()
        var people: [PersonSeed] = []
        var units: [UnitSeed] = []
        let domain = "sjobacka.example"

        func person(_ key: String, title: String, level: String) -> String {
            let name = names.next()
            people.append(
                PersonSeed(
                    key: key, name: name, title: title, email: names.email(for: name, domain: domain), managementLevel: level,
                    externalID: String(format: "SB%04d", people.count + 1)))
            return key
        }

        // Top management: the town director and four sector directors.
        let director = person("director", title: "Stadsdirektör", level: "top")
        units.append(
            UnitSeed(
                key: "town", parentKey: nil, kind: "sector", name: LocalizedText(sv: "Stadsledningen", fi: "Kaupungin johto", en: "Town management"),
                code: "1000", headcount: 6, managerKey: director))

        struct Sector {
            let key: String; let sv: String; let fi: String; let en: String;
            let divisions: [(sv: String, fi: String, en: String, units: [(sv: String, fi: String, en: String, staff: Int)])]
        }
        let sectors: [Sector] = [
            Sector(
                key: "admin", sv: "Centralförvaltningen", fi: "Keskushallinto", en: "Central administration",
                divisions: [
                    ("Ekonomi", "Talous", "Finance", [("Redovisning", "Kirjanpito", "Accounting", 7), ("Upphandling", "Hankinnat", "Procurement", 3)]),
                    (
                        "Personal", "Henkilöstö", "Human resources",
                        [("Löner", "Palkat", "Payroll", 4), ("Arbetshälsa", "Työhyvinvointi", "Occupational health", 2)]
                    ),
                    (
                        "Kundservice", "Asiakaspalvelu", "Customer service",
                        [("Servicepunkten", "Palvelupiste", "Service point", 8), ("Kommunikation", "Viestintä", "Communications", 3)]
                    ),
                ]),
            Sector(
                key: "social", sv: "Social- och hälsovård", fi: "Sosiaali- ja terveystoimi", en: "Social and health care",
                divisions: [
                    (
                        "Äldreomsorg", "Vanhustenhuolto", "Elderly care",
                        [
                            ("Hemvården norr", "Kotihoito pohjoinen", "Home care north", 24),
                            ("Servicehuset Solgläntan", "Palvelutalo Aurinkorinne", "Solgläntan care home", 31),
                        ]
                    ),
                    (
                        "Familjetjänster", "Perhepalvelut", "Family services",
                        [("Barnskydd", "Lastensuojelu", "Child welfare", 9), ("Familjerådgivning", "Perheneuvola", "Family counselling", 2)]
                    ),
                    ("Hälsovård", "Terveydenhuolto", "Health care", [("Hälsocentralen", "Terveysasema", "Health centre", 28)]),
                ]),
            Sector(
                key: "education", sv: "Bildningssektorn", fi: "Sivistystoimi", en: "Education and culture",
                divisions: [
                    (
                        "Småbarnspedagogik", "Varhaiskasvatus", "Early childhood education",
                        [("Daghemmet Ekorren", "Päiväkoti Orava", "Ekorren day-care centre", 14), ("Familjedagvård", "Perhepäivähoito", "Family day care", 3)]
                    ),
                    (
                        "Grundläggande utbildning", "Perusopetus", "Basic education",
                        [
                            ("Sjöbacka skola", "Järvenmäen koulu", "Sjöbacka school", 38), ("Byskolan", "Kyläkoulu", "Village school", 5),
                            ("Finska skolan", "Suomenkielinen koulu", "Finnish-language school", 33),
                        ]
                    ),
                    (
                        "Kultur och fritid", "Kulttuuri ja vapaa-aika", "Culture and leisure",
                        [("Biblioteket", "Kirjasto", "Library", 7), ("Ungdomsarbete", "Nuorisotyö", "Youth work", 2)]
                    ),
                ]),
            Sector(
                key: "technical", sv: "Tekniska sektorn", fi: "Tekninen toimi", en: "Technical services",
                divisions: [
                    (
                        "Infrastruktur", "Infrastruktuuri", "Infrastructure",
                        [("Gator och parker", "Kadut ja puistot", "Streets and parks", 16), ("Vatten", "Vesihuolto", "Water", 9)]
                    ),
                    (
                        "Lokaler", "Tilapalvelut", "Premises",
                        [("Fastighetsskötsel", "Kiinteistönhoito", "Property maintenance", 13), ("Städning", "Siivous", "Cleaning", 22)]
                    ),
                    (
                        "Planering och byggande", "Kaavoitus ja rakentaminen", "Planning and building",
                        [("Byggnadstillsyn", "Rakennusvalvonta", "Building control", 3), ("Planläggning", "Kaavoitus", "Town planning", 1)]
                    ),
                ]),
        ]
        var code = 2000
        for (sectorIndex, sector) in sectors.enumerated() {
            let sectorManager = person("sector-\(sector.key)", title: "Sektorchef", level: "top")
            code = 2000 + sectorIndex * 1000
            units.append(
                UnitSeed(
                    key: sector.key, parentKey: "town", kind: "sector", name: LocalizedText(sv: sector.sv, fi: sector.fi, en: sector.en),
                    code: String(code), headcount: 2, managerKey: sectorManager))
            for (divisionIndex, division) in sector.divisions.enumerated() {
                let divisionKey = "\(sector.key)-\(divisionIndex)"
                let divisionManager = person("head-\(divisionKey)", title: "Avdelningschef", level: "middle")
                units.append(
                    UnitSeed(
                        key: divisionKey, parentKey: sector.key, kind: "division",
                        name: LocalizedText(sv: division.sv, fi: division.fi, en: division.en),
                        code: String(code + (divisionIndex + 1) * 100), headcount: 1, managerKey: divisionManager))
                for (unitIndex, unit) in division.units.enumerated() {
                    let unitKey = "\(divisionKey)-\(unitIndex)"
                    // Titles differ between sectors, as they do before roles are harmonised.
                    let title =
                        unit.sv.contains("skola")
                        ? "Rektor"
                        : unit.sv.hasPrefix("Daghemmet")
                            ? "Daghemsföreståndare"
                            : unit.sv == "Biblioteket" ? "Bibliotekschef" : unit.sv == "Hälsocentralen" ? "Ledande läkare" : "Enhetschef"
                    let manager = person("manager-\(unitKey)", title: title, level: "supervisor")
                    units.append(
                        UnitSeed(
                            key: unitKey, parentKey: divisionKey, kind: "unit",
                            name: LocalizedText(sv: unit.sv, fi: unit.fi, en: unit.en),
                            code: String(code + (divisionIndex + 1) * 100 + unitIndex + 1), headcount: unit.staff, managerKey: manager))
                }
            }
        }
        // The biggest units have deputy managers who share the personnel management.
        for unit in units where unit.kind == "unit" && unit.headcount >= 20 {
            _ = person("deputy-\(unit.key)", title: "Biträdande enhetschef", level: "supervisor")
        }
        // The HR director is part of the central administration, outside the line units.
        people.append(
            PersonSeed(
                key: "hr-director", name: "Helena Lindqvist", title: "Personalchef", email: "helena.lindqvist@\(domain)",
                managementLevel: "middle", externalID: String(format: "SB%04d", people.count + 1)))
        // Development managers and specialists in management positions without a unit of their own.
        while people.count < 62 {
            _ = person("specialist-\(people.count)", title: "Utvecklingschef", level: "middle")
        }

        let goals: [GoalSeed] = [
            GoalSeed(
                area: 1,
                title: LocalizedText(
                    sv: "Färre och större enheter inom äldreomsorgen", fi: "Vähemmän ja suurempia yksiköitä vanhustenhuoltoon",
                    en: "Fewer, larger units in elderly care"), responsibleKeys: ["sector-social", "head-social-0"]),
            GoalSeed(
                area: 1,
                title: LocalizedText(
                    sv: "Enhetliga chefsroller i alla sektorer", fi: "Yhtenäiset esimiesroolit kaikilla toimialoilla",
                    en: "Harmonised manager roles in every sector"), responsibleKeys: ["hr-director"]),
            GoalSeed(
                area: 2,
                title: LocalizedText(
                    sv: "Stadsstrategin uppdaterad och godkänd av fullmäktige", fi: "Kaupunkistrategia päivitetty ja valtuuston hyväksymä",
                    en: "Town strategy updated and approved by the council"), responsibleKeys: ["director"]),
            GoalSeed(
                area: 2,
                title: LocalizedText(
                    sv: "Varje sektor har bundit sina mål till strategin", fi: "Jokainen toimiala on sitonut tavoitteensa strategiaan",
                    en: "Every sector has tied its goals to the strategy"), responsibleKeys: ["sector-admin", "sector-education"]),
            GoalSeed(
                area: 3,
                title: LocalizedText(
                    sv: "Nytt kundservicekoncept i bruk", fi: "Uusi asiakaspalvelukonsepti käytössä", en: "New customer-service concept in use"),
                responsibleKeys: ["head-admin-2", "sector-admin"]),
            GoalSeed(
                area: 3, title: LocalizedText(sv: "Nytt interaktivt intranät", fi: "Uusi vuorovaikutteinen intranet", en: "New interactive intranet"),
                responsibleKeys: ["head-admin-2"]),
            GoalSeed(
                area: 4,
                title: LocalizedText(
                    sv: "Kostnaden per invånare för lokalerna sjunker med 5 %", fi: "Tilojen kustannukset asukasta kohden laskevat 5 %",
                    en: "Premises cost per inhabitant down 5 %"), responsibleKeys: ["sector-technical", "head-technical-1"]),
            GoalSeed(
                area: 4,
                title: LocalizedText(sv: "Sjukfrånvaron minskar till under 4 %", fi: "Sairauspoissaolot laskevat alle 4 %:n", en: "Sickness absence below 4 %"),
                responsibleKeys: ["hr-director", "head-admin-1"]),
            GoalSeed(
                area: 5,
                title: LocalizedText(
                    sv: "Alla chefer har en personlig utvecklingsplan", fi: "Kaikilla esimiehillä on henkilökohtainen kehittämissuunnitelma",
                    en: "Every manager has a personal development plan"), responsibleKeys: ["hr-director"]),
            GoalSeed(
                area: 5,
                title: LocalizedText(
                    sv: "Mellanledningen deltar i varje ledarforum", fi: "Keskijohto osallistuu jokaiseen johtamisfoorumiin",
                    en: "Middle management attends every leadership forum"), responsibleKeys: ["sector-education", "head-education-1"]),
        ]

        let accounts: [AccountSeed] = [
            AccountSeed(
                email: "admin@\(domain)", name: "Mikael Forsman", password: "demo-admin-2026", roles: [.administrator], isProgrammeOperator: false,
                personKey: nil),
            AccountSeed(
                email: "hr@\(domain)", name: "Helena Lindqvist", password: "demo-owner-2026", roles: [.programmeOwner], isProgrammeOperator: false,
                personKey: "hr-director"),
            AccountSeed(
                email: "chef@\(domain)", name: people.first { $0.key == "head-admin-2" }!.name, password: "demo-manager-2026", roles: [.manager],
                isProgrammeOperator: false, personKey: "head-admin-2"),
            // Two more managers, so a seminar's feedback can reach a threshold in the demo.
            AccountSeed(
                email: "chef2@\(domain)", name: people.first { $0.key == "head-admin-1" }!.name, password: "demo-manager-2026", roles: [.manager],
                isProgrammeOperator: false, personKey: "head-admin-1"),
            AccountSeed(
                email: "chef3@\(domain)", name: people.first { $0.key == "head-education-1" }!.name, password: "demo-manager-2026", roles: [.manager],
                isProgrammeOperator: false, personKey: "head-education-1"),
            AccountSeed(
                email: "coach@\(domain)", name: "Petra Aalto", password: "demo-coach-2026", roles: [.coach], isProgrammeOperator: false, personKey: nil),
            // An external consultant who coaches in both towns: one account, a membership in each.
            DemoCoaching.externalCoach,
            AccountSeed(
                email: "ledningsgrupp@\(domain)", name: "Tomas Grönroos", password: "demo-viewer-2026", roles: [.viewer], isProgrammeOperator: false,
                personKey: nil),
            AccountSeed(
                email: "operator@program.example", name: "Kaisa Rinne", password: "demo-operator-2026", roles: [], isProgrammeOperator: true, personKey: nil),
        ]

        var town = DemoTown(
            name: LocalizedText(sv: "Sjöbacka stad", fi: "Järvenmäen kaupunki", en: "Town of Sjöbacka"),
            slug: "sjobacka",
            contentLanguages: [.swedish, .finnish],
            units: units,
            people: people,
            programmeName: LocalizedText(sv: "Ledarskap i praktiken", fi: "Johtaminen käytäntöön", en: "Leadership in practice"),
            programmeYears: 2025...2027,
            areas: fiveDevelopmentAreas,
            goals: goals,
            accounts: accounts
        )
        town.roleProfiles = [
            RoleProfileSeed(
                name: LocalizedText(sv: "Sektorchef", fi: "Toimialajohtaja", en: "Sector director"),
                responsibilities: LocalizedText(
                    sv: "Leder sektorn mot stadens strategi, är medlem i ledningsgruppen och ansvarar för sektorns ekonomi och resultatmål.",
                    fi: "Johtaa toimialaa kaupunkistrategian mukaisesti, on johtoryhmän jäsen ja vastaa toimialan taloudesta ja tulostavoitteista."),
                competences: LocalizedText(
                    sv: "Strategiskt ledarskap, ekonomistyrning, förändringsledning.", fi: "Strateginen johtaminen, talouden ohjaus, muutosjohtaminen."),
                unitKind: "sector"),
            RoleProfileSeed(
                name: LocalizedText(sv: "Avdelningschef", fi: "Osastopäällikkö", en: "Head of division"),
                responsibilities: LocalizedText(
                    sv: "Leder avdelningens enhetschefer, samordnar verksamheten och följer upp resultatmålen.",
                    fi: "Johtaa osaston yksiköiden esimiehiä, yhteensovittaa toimintaa ja seuraa tulostavoitteita."),
                competences: LocalizedText(
                    sv: "Personalledning, verksamhetsplanering, uppföljning.", fi: "Henkilöstöjohtaminen, toiminnan suunnittelu, seuranta."),
                unitKind: "division"),
            RoleProfileSeed(
                name: LocalizedText(sv: "Enhetschef", fi: "Yksikön esimies", en: "Unit manager"),
                responsibilities: LocalizedText(
                    sv: "Personalledning i enheten: arbetsfördelning, utvecklingssamtal, arbetshälsa och rekrytering.",
                    fi: "Yksikön henkilöstöjohtaminen: työnjako, kehityskeskustelut, työhyvinvointi ja rekrytointi."),
                competences: LocalizedText(sv: "Coachande ledarskap, arbetsrätt, svåra samtal.", fi: "Valmentava johtaminen, työoikeus, vaikeat keskustelut."),
                unitKind: "unit"),
        ]
        town.strategy = .sjobacka()
        town.events = .sjobacka()
        town.competence = .sjobacka()
        town.coaching = .sjobacka(domain: domain)
        return town
    }

    /// A second, small town, so the demo shows that organisations do not see each other.
    public static func bergvik() -> DemoTown {
        let domain = "bergvik.example"
        var town = DemoTown(
            name: LocalizedText(sv: "Bergviks kommun", fi: "Vuorelan kunta", en: "Municipality of Bergvik"),
            slug: "bergvik",
            contentLanguages: [.finnish, .swedish],
            units: [
                UnitSeed(
                    key: "municipality", parentKey: nil, kind: "sector",
                    name: LocalizedText(sv: "Kommunledningen", fi: "Kunnan johto", en: "Municipal management"), code: "100", headcount: 4,
                    managerKey: "director")
            ],
            people: [
                PersonSeed(
                    key: "director", name: "Oskari Mäkelä", title: "Kunnanjohtaja", email: "oskari.makela@\(domain)",
                    managementLevel: "top", externalID: "BV0001"),
                PersonSeed(
                    key: "education", name: "Aino Lahti", title: "Sivistysjohtaja", email: "aino.lahti@\(domain)",
                    managementLevel: "middle", externalID: "BV0002"),
                PersonSeed(
                    key: "social", name: "Eero Salo", title: "Perusturvajohtaja", email: "eero.salo@\(domain)",
                    managementLevel: "middle", externalID: "BV0003"),
                PersonSeed(
                    key: "technical", name: "Linnea Berg", title: "Tekninen johtaja", email: "linnea.berg@\(domain)",
                    managementLevel: "middle", externalID: "BV0004"),
                PersonSeed(
                    key: "finance", name: "Ville Nurmi", title: "Talousjohtaja", email: "ville.nurmi@\(domain)",
                    managementLevel: "middle", externalID: "BV0005"),
            ],
            programmeName: LocalizedText(sv: "Nytt ledarskap", fi: "Uusi johtaminen", en: "New leadership"),
            programmeYears: 2026...2027,
            areas: fiveDevelopmentAreas,
            goals: [
                GoalSeed(
                    area: 2, title: LocalizedText(sv: "Kommunstrategi 2030", fi: "Kuntastrategia 2030", en: "Municipal strategy 2030"),
                    responsibleKeys: ["director"])
            ],
            accounts: [
                AccountSeed(
                    email: "admin@\(domain)", name: "Sanna Heikkilä", password: "demo-bergvik-2026", roles: [.administrator, .programmeOwner],
                    isProgrammeOperator: false, personKey: nil),
                DemoCoaching.externalCoach,
            ]
        )
        town.coaching = .bergvik()
        return town
    }
}

extension DemoTown {
    /// The demo town as its HR system would export it a few months later: the file a visitor
    /// imports to see the import at work. It has two new units, a new manager, and new
    /// headcounts; its headers are Swedish and Finnish, as a bilingual town's export has them.
    public func organisationExport() -> String {
        var rows: [[String]] = [
            ["Kostnadsställe", "Enhet", "Yksikkö", "Överordnad enhet", "Anställningsnummer", "Namn", "Titel", "Sähköposti", "Esimies", "Henkilöstömäärä"]
        ]
        let people = Dictionary(uniqueKeysWithValues: self.people.map { ($0.key, $0) })
        for unit in units {
            var headcount = unit.headcount
            var manager = unit.managerKey.flatMap { people[$0] }
            // Later in the year: the home care unit has grown, and the library has a new manager.
            if unit.name[.english] == "Home care north" { headcount += 6 }
            if unit.name[.english] == "Library" {
                manager = PersonSeed(
                    key: "new-librarian", name: "Ronja Westerlund", title: "Bibliotekschef",
                    email: "ronja.westerlund@sjobacka.example", managementLevel: "supervisor", externalID: "SB0900")
            }
            rows.append([
                unit.code, unit.name[.swedish] ?? "", unit.name[.finnish] ?? "", unit.parentKey.flatMap { key in units.first { $0.key == key }?.code } ?? "",
                manager?.externalID ?? "", manager?.name ?? "", manager?.title ?? "", manager?.email ?? "", manager == nil ? "" : "ja", String(headcount),
            ])
        }
        // A new digital-services unit under customer service, with its manager.
        let customerService = units.first { $0.name[.english] == "Customer service" }!
        rows.append([
            "2350", "Digitala tjänster", "Digitaaliset palvelut", customerService.code, "SB0901", "Oliver Sundqvist", "Enhetschef",
            "oliver.sundqvist@sjobacka.example", "ja", "4",
        ])
        rows.append(["2351", "Intranätet", "Intranet", "2350", "", "", "", "", "", "2"])
        return CSVWriter.write(rows)
    }
}

/// Deterministic, made-up names from common Finnish and Finland-Swedish first names and
/// surnames, never repeating within one town.
struct NameGenerator {
    private static let firstNames = [
        "Anna", "Erik", "Sofia", "Juha", "Maria", "Mikko", "Linnea", "Timo", "Karin", "Jari",
        "Emma", "Petri", "Johanna", "Henrik", "Sari", "Anders", "Tiina", "Markus", "Eva", "Ville",
        "Elin", "Antti", "Kristina", "Jonas", "Minna", "Lars", "Heidi", "Pekka", "Ulrika", "Kalle",
    ]
    private static let surnames = [
        "Holmström", "Virtanen", "Lindberg", "Korhonen", "Nyström", "Mäkinen", "Björklund", "Nieminen",
        "Sandell", "Laine", "Ekholm", "Heikkinen", "Wikström", "Koskinen", "Grönlund", "Järvinen",
        "Sjöblom", "Lehtonen", "Åberg", "Salminen", "Öhman", "Rantanen", "Fagerström", "Leppänen",
    ]
    private var index = 0
    private var used: Set<String> = []

    mutating func next() -> String {
        while true {
            let first = Self.firstNames[index % Self.firstNames.count]
            let last = Self.surnames[(index * 7 + index / Self.surnames.count) % Self.surnames.count]
            index += 1
            let name = "\(first) \(last)"
            if used.insert(name).inserted { return name }
        }
    }

    func email(for name: String, domain: String) -> String {
        let ascii = name.lowercased()
            .replacingOccurrences(of: "å", with: "a").replacingOccurrences(of: "ä", with: "a")
            .replacingOccurrences(of: "ö", with: "o").replacingOccurrences(of: " ", with: ".")
        return "\(ascii)@\(domain)"
    }
}
