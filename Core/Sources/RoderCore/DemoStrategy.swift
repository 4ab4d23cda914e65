import Foundation

/// The demo town's strategy work so far: goal periods, indicators with two years of
/// quarterly values, status reports with comments, and initiatives with milestones
/// (one overdue), so the management-group view has something real to show.
public struct DemoStrategy: Sendable {
    public struct Day: Sendable, Hashable {
        public let year: Int, month: Int, day: Int
        public init(_ year: Int, _ month: Int, _ day: Int) { (self.year, self.month, self.day) = (year, month, day) }
    }

    public struct GoalDetails: Sendable {
        /// 0-based index into the town's goals.
        public let goal: Int
        public let start: Day
        public let end: Day
        public let description: LocalizedText?
    }

    public struct IndicatorSeed: Sendable {
        public let goal: Int
        public let name: LocalizedText
        public let unit: String
        public let baseline: Double
        public let target: Double
        public let direction: PreferredDirection
        /// One value per quarter from the first quarter of 2025 on.
        public let quarterly: [Double]
    }

    public struct ReportSeed: Sendable {
        public let goal: Int
        public let on: Day
        public let status: GoalStatus
        public let comment: String?
        /// The responsible person who wrote it.
        public let authorKey: String
    }

    public struct MilestoneSeed: Sendable {
        public let title: LocalizedText
        public let due: Day
        public let done: Day?
    }

    public struct InitiativeSeed: Sendable {
        public let title: LocalizedText
        public let description: LocalizedText
        public let ownerKey: String
        public let status: InitiativeStatus
        public let goals: [Int]
        public let milestones: [MilestoneSeed]
    }

    public let goalDetails: [GoalDetails]
    public let indicators: [IndicatorSeed]
    public let reports: [ReportSeed]
    public let initiatives: [InitiativeSeed]

    public static let empty = DemoStrategy(goalDetails: [], indicators: [], reports: [], initiatives: [])

    /// The last day of each quarter, 2025 Q1 on.
    public static func quarterEnd(_ index: Int) -> Day {
        let year = 2025 + index / 4, quarter = index % 4
        return [Day(year, 3, 31), Day(year, 6, 30), Day(year, 9, 30), Day(year, 12, 31)][quarter]
    }
}

extension DemoStrategy {
    static func sjobacka() -> DemoStrategy {
        let programme = (start: Day(2025, 1, 1), end: Day(2027, 12, 31))
        let goalDetails: [GoalDetails] = [
            GoalDetails(
                goal: 0, start: programme.start, end: programme.end,
                description: LocalizedText(
                    sv: "Äldreomsorgens små enheter slås samman till större helheter med en chef var, så att varje chef har en rimlig kontrollspann.",
                    fi:
                        "Vanhustenhuollon pienet yksiköt yhdistetään suuremmiksi kokonaisuuksiksi, joilla kullakin on oma esimies, jotta johtamisjänne on kohtuullinen."
                )),
            GoalDetails(goal: 1, start: programme.start, end: Day(2026, 12, 31), description: nil),
            GoalDetails(goal: 2, start: programme.start, end: Day(2025, 12, 31), description: nil),
            GoalDetails(goal: 3, start: Day(2025, 6, 1), end: programme.end, description: nil),
            GoalDetails(
                goal: 4, start: programme.start, end: programme.end,
                description: LocalizedText(
                    sv: "Invånarna får hjälp på ett ställe, per telefon, chatt eller vid servicepunkten, och de flesta ärenden löses vid första kontakten.",
                    fi:
                        "Asukkaat saavat apua yhdestä paikasta puhelimitse, chatissa tai palvelupisteessä, ja useimmat asiat ratkeavat ensimmäisellä yhteydenotolla."
                )),
            GoalDetails(
                goal: 5, start: programme.start, end: programme.end,
                description: LocalizedText(
                    sv: "Ett intranät där personalen hittar, delar och diskuterar, på båda språken.",
                    fi: "Intranet, jossa henkilöstö löytää, jakaa ja keskustelee molemmilla kielillä.")),
            GoalDetails(goal: 6, start: programme.start, end: programme.end, description: nil),
            GoalDetails(goal: 7, start: programme.start, end: programme.end, description: nil),
            GoalDetails(goal: 8, start: programme.start, end: programme.end, description: nil),
            GoalDetails(goal: 9, start: programme.start, end: programme.end, description: nil),
        ]
        let indicators: [IndicatorSeed] = [
            IndicatorSeed(
                goal: 0, name: LocalizedText(sv: "Enheter inom äldreomsorgen", fi: "Vanhustenhuollon yksiköt", en: "Units in elderly care"),
                unit: "st", baseline: 14, target: 9, direction: .down, quarterly: [14, 14, 13, 13, 12, 12, 11]),
            IndicatorSeed(
                goal: 1,
                name: LocalizedText(sv: "Chefer med harmoniserad roll", fi: "Esimiehet, joilla yhtenäistetty rooli", en: "Managers with a harmonised role"),
                unit: "%", baseline: 35, target: 100, direction: .up, quarterly: [35, 40, 48, 55, 62, 66, 70]),
            IndicatorSeed(
                goal: 2, name: LocalizedText(sv: "Sektorer som lämnat remissvar", fi: "Lausuntonsa antaneet toimialat", en: "Sectors that have commented"),
                unit: "%", baseline: 0, target: 100, direction: .up, quarterly: [20, 60, 100, 100]),
            IndicatorSeed(
                goal: 3,
                name: LocalizedText(
                    sv: "Sektorer med mål kopplade till strategin", fi: "Toimialat, joiden tavoitteet on kytketty strategiaan",
                    en: "Sectors with goals tied to the strategy"),
                unit: "st", baseline: 0, target: 5, direction: .up, quarterly: [0, 0, 1, 2, 3, 3, 4]),
            IndicatorSeed(
                goal: 4, name: LocalizedText(sv: "Kundnöjdhet (1–5)", fi: "Asiakastyytyväisyys (1–5)", en: "Customer satisfaction (1–5)"),
                unit: "", baseline: 3.2, target: 4.2, direction: .up, quarterly: [3.2, 3.2, 3.3, 3.3, 3.5, 3.6, 3.7]),
            IndicatorSeed(
                goal: 4,
                name: LocalizedText(
                    sv: "Ärenden lösta vid första kontakten", fi: "Ensimmäisellä yhteydenotolla ratkaistut asiat", en: "Cases solved at first contact"),
                unit: "%", baseline: 55, target: 80, direction: .up, quarterly: [55, 56, 58, 60, 63, 64, 66]),
            IndicatorSeed(
                goal: 5,
                name: LocalizedText(
                    sv: "Anställda som använder intranätet varje vecka", fi: "Intranetiä viikoittain käyttävät työntekijät",
                    en: "Staff using the intranet every week"),
                unit: "%", baseline: 30, target: 75, direction: .up, quarterly: [30, 31, 30, 32, 33, 35, 36]),
            IndicatorSeed(
                goal: 6, name: LocalizedText(sv: "Lokalkostnad per invånare", fi: "Tilakustannus asukasta kohden", en: "Premises cost per inhabitant"),
                unit: "€", baseline: 412, target: 391, direction: .down, quarterly: [412, 410, 409, 405, 404, 402, 399]),
            IndicatorSeed(
                goal: 7, name: LocalizedText(sv: "Sjukfrånvaro", fi: "Sairauspoissaolot", en: "Sickness absence"),
                unit: "%", baseline: 5.6, target: 4.0, direction: .down, quarterly: [5.6, 5.9, 5.1, 5.4, 5.2, 5.5, 5.3]),
            IndicatorSeed(
                goal: 8,
                name: LocalizedText(sv: "Chefer med utvecklingsplan", fi: "Esimiehet, joilla on kehittämissuunnitelma", en: "Managers with a development plan"),
                unit: "%", baseline: 20, target: 100, direction: .up, quarterly: [20, 30, 45, 60, 70, 78, 85]),
            IndicatorSeed(
                goal: 9,
                name: LocalizedText(
                    sv: "Mellanledningens närvaro i ledarforum", fi: "Keskijohdon osallistuminen johtamisfoorumeihin",
                    en: "Middle management's attendance at leadership forums"),
                unit: "%", baseline: 60, target: 90, direction: .up, quarterly: [62, 70, 68, 75, 74, 80, 78]),
        ]
        let reports: [ReportSeed] = [
            ReportSeed(
                goal: 0, on: Day(2025, 4, 8), status: .onTrack, comment: "Två enheter i norra distriktet slogs samman i mars.", authorKey: "sector-social"),
            ReportSeed(
                goal: 0, on: Day(2026, 10, 14), status: .onTrack, comment: "Elva enheter kvar; nästa sammanslagning i januari.", authorKey: "head-social-0"),
            ReportSeed(goal: 1, on: Day(2025, 9, 2), status: .onTrack, comment: nil, authorKey: "hr-director"),
            ReportSeed(
                goal: 1, on: Day(2026, 10, 20), status: .atRisk, comment: "Tekniska sektorn har ännu inte tagit ställning till rollbeskrivningarna.",
                authorKey: "hr-director"),
            ReportSeed(goal: 2, on: Day(2025, 6, 12), status: .onTrack, comment: nil, authorKey: "director"),
            ReportSeed(goal: 2, on: Day(2025, 11, 26), status: .done, comment: "Fullmäktige godkände strategin den 24 november.", authorKey: "director"),
            ReportSeed(goal: 3, on: Day(2025, 10, 1), status: .onTrack, comment: nil, authorKey: "sector-admin"),
            ReportSeed(
                goal: 3, on: Day(2026, 9, 30), status: .onTrack, comment: "Fyra av fem sektorer klara; bildningssektorn i december.",
                authorKey: "sector-education"),
            ReportSeed(goal: 4, on: Day(2025, 5, 20), status: .onTrack, comment: "Kartläggningen av kundkontakterna är klar.", authorKey: "sector-admin"),
            ReportSeed(goal: 4, on: Day(2026, 4, 16), status: .onTrack, comment: "Piloten vid två servicepunkter gick bra.", authorKey: "head-admin-2"),
            ReportSeed(
                goal: 4, on: Day(2026, 11, 3), status: .atRisk, comment: "Utbildningen av kundservicepersonalen är försenad en månad.",
                authorKey: "head-admin-2"),
            ReportSeed(goal: 5, on: Day(2025, 12, 2), status: .onTrack, comment: "Upphandlingen är klar.", authorKey: "head-admin-2"),
            ReportSeed(goal: 5, on: Day(2026, 9, 22), status: .atRisk, comment: "Användningen ökar långsammare än planerat.", authorKey: "head-admin-2"),
            ReportSeed(goal: 6, on: Day(2026, 3, 10), status: .onTrack, comment: nil, authorKey: "sector-technical"),
            ReportSeed(goal: 6, on: Day(2026, 10, 6), status: .onTrack, comment: "Två skolbyggnader har sålts.", authorKey: "head-technical-1"),
            ReportSeed(goal: 7, on: Day(2025, 9, 15), status: .atRisk, comment: "Sjukfrånvaron steg under våren.", authorKey: "hr-director"),
            ReportSeed(
                goal: 7, on: Day(2026, 10, 27), status: .offTrack, comment: "Ingen tydlig minskning; vi behöver ett program för arbetshälsa.",
                authorKey: "hr-director"),
            ReportSeed(goal: 8, on: Day(2026, 6, 1), status: .onTrack, comment: nil, authorKey: "hr-director"),
            ReportSeed(goal: 9, on: Day(2026, 10, 1), status: .onTrack, comment: "Närvaron vid höstens forum var 78 %.", authorKey: "sector-education"),
        ]
        let initiatives: [InitiativeSeed] = [
            InitiativeSeed(
                title: LocalizedText(sv: "Nytt kundservicekoncept", fi: "Uusi asiakaspalvelukonsepti", en: "New customer-service concept"),
                description: LocalizedText(
                    sv: "En väg in för invånarna: telefon, chatt och servicepunkter med samma rutiner.",
                    fi: "Yksi reitti asukkaille: puhelin, chat ja palvelupisteet samoin toimintatavoin."),
                ownerKey: "head-admin-2", status: .underway, goals: [4],
                milestones: [
                    MilestoneSeed(
                        title: LocalizedText(sv: "Kartläggning av kundkontakterna", fi: "Asiakaskontaktien kartoitus"), due: Day(2025, 5, 31),
                        done: Day(2025, 5, 20)),
                    MilestoneSeed(
                        title: LocalizedText(sv: "Pilot vid två servicepunkter", fi: "Pilotti kahdessa palvelupisteessä"), due: Day(2026, 3, 31),
                        done: Day(2026, 4, 15)),
                    MilestoneSeed(
                        title: LocalizedText(sv: "Utbildning av all kundservicepersonal", fi: "Koko asiakaspalveluhenkilöstön koulutus"),
                        due: Day(2026, 10, 31), done: nil),
                    MilestoneSeed(
                        title: LocalizedText(sv: "Konceptet i bruk i hela staden", fi: "Konsepti käytössä koko kaupungissa"), due: Day(2027, 3, 31), done: nil),
                ]),
            InitiativeSeed(
                title: LocalizedText(sv: "Nytt intranät", fi: "Uusi intranet", en: "New intranet"),
                description: LocalizedText(
                    sv: "Ett interaktivt intranät på svenska och finska som ersätter det gamla.",
                    fi: "Vuorovaikutteinen suomen- ja ruotsinkielinen intranet vanhan tilalle."),
                ownerKey: "head-admin-2", status: .underway, goals: [5],
                milestones: [
                    MilestoneSeed(title: LocalizedText(sv: "Behovsanalys", fi: "Tarveanalyysi"), due: Day(2025, 4, 30), done: Day(2025, 4, 28)),
                    MilestoneSeed(title: LocalizedText(sv: "Upphandling klar", fi: "Hankinta valmis"), due: Day(2025, 11, 30), done: Day(2025, 11, 27)),
                    MilestoneSeed(title: LocalizedText(sv: "Testversion för chefer", fi: "Testiversio esimiehille"), due: Day(2026, 12, 15), done: nil),
                    MilestoneSeed(title: LocalizedText(sv: "Lansering för all personal", fi: "Julkaisu koko henkilöstölle"), due: Day(2027, 2, 28), done: nil),
                ]),
            InitiativeSeed(
                title: LocalizedText(
                    sv: "Utvecklingssamtal för alla chefer", fi: "Kehityskeskustelut kaikille esimiehille", en: "Development talks for every manager"),
                description: LocalizedText(
                    sv: "Varje chef för ett utvecklingssamtal med sin chef och skriver en plan.",
                    fi: "Jokainen esimies käy kehityskeskustelun oman esimiehensä kanssa ja laatii suunnitelman."),
                ownerKey: "hr-director", status: .underway, goals: [8],
                milestones: [
                    MilestoneSeed(
                        title: LocalizedText(sv: "Samtalsmall på båda språken", fi: "Keskustelupohja molemmilla kielillä"), due: Day(2025, 3, 31),
                        done: Day(2025, 3, 25)),
                    MilestoneSeed(title: LocalizedText(sv: "Alla samtal förda", fi: "Kaikki keskustelut käyty"), due: Day(2027, 1, 31), done: nil),
                ]),
        ]
        return DemoStrategy(goalDetails: goalDetails, indicators: indicators, reports: reports, initiatives: initiatives)
    }
}
