import Foundation

/// The demo town's competence framework for its harmonised manager roles: eight competences in
/// three groups, the level each role expects, and two self-assessment rounds — the spring one
/// closed, the autumn one open, so a visitor signed in as a manager has one to do and one to
/// compare with.
public struct DemoCompetence: Sendable {
    public struct CompetenceSeed: Sendable {
        public let group: LocalizedText
        public let name: LocalizedText
        public let levels: [LocalizedText]
    }

    public struct RoundSeed: Sendable {
        public let name: LocalizedText
        /// Days before the demo's "now".
        public let openedDaysAgo: Int
        /// The last day, in days from now (negative: passed).
        public let lastDayInDays: Int
    }

    /// A manager's personal development plan.
    public struct PlanSeed: Sendable {
        public struct Goal: Sendable {
            public let text: String
            /// Index into `competences`.
            public let competence: Int?
            /// Index into the town's result goals.
            public let resultGoal: Int?
            public let actions: [(text: String, dueInDays: Int, status: DevelopmentActionStatus)]
        }

        public let personKey: String
        public let sharedWithManager: Bool
        public let goals: [Goal]
    }

    public let competences: [CompetenceSeed]
    /// Per kind of unit whose managers hold a role (`RoleProfileSeed.unitKind`), the level
    /// expected of each competence, in the order of `competences`.
    public let expected: [String: [Int]]
    public let rounds: [RoundSeed]
    public var plans: [PlanSeed] = []

    public static let empty = DemoCompetence(competences: [], expected: [:], rounds: [])

    /// Whether manager number `person` (in the order of the town's people) has answered round
    /// number `round`: most answered in spring, about two in three so far in autumn.
    public static func answered(person: Int, round: Int) -> Bool {
        round == 0 ? person % 7 != 5 : person % 3 != 1
    }

    /// The level manager number `person` gives themself for competence number `competence` in
    /// round number `round`: around what the role expects, somewhat below it on the finances
    /// and change competences (the programme's common needs), a little higher in autumn.
    public static func level(person: Int, competence: Int, round: Int, expected: Int) -> CompetenceLevel {
        let spread = [0, -1, 0, 1, 0, -1, 1, 0][(person * 3 + competence * 5) % 8]
        let need = [1, 6].contains(competence) ? -1 : 0
        let growth = round > 0 && (person + competence) % 3 == 0 ? 1 : 0
        let value = min(max(expected + spread + need + growth, CompetenceLevel.range.lowerBound), CompetenceLevel.range.upperBound)
        return CompetenceLevel(value) ?? CompetenceLevel.all[0]
    }

    public static func sjobacka() -> DemoCompetence {
        let operations = LocalizedText(sv: "Leda verksamhet", fi: "Toiminnan johtaminen", en: "Leading operations")
        let people = LocalizedText(sv: "Leda människor", fi: "Ihmisten johtaminen", en: "Leading people")
        let change = LocalizedText(sv: "Leda förändring", fi: "Muutoksen johtaminen", en: "Leading change")
        func levels(_ texts: [(sv: String, fi: String)]) -> [LocalizedText] {
            texts.map { LocalizedText(sv: $0.sv, fi: $0.fi) }
        }
        let competences = [
            CompetenceSeed(
                group: operations, name: LocalizedText(sv: "Strategi i praktiken", fi: "Strategia käytäntöön", en: "Strategy into practice"),
                levels: levels([
                    ("Känner till stadens strategi och mina resultatmål.", "Tunnen kaupungin strategian ja tulostavoitteeni."),
                    ("Omsätter målen i enhetens planer, med stöd.", "Muutan tavoitteet yksikön suunnitelmiksi tuen avulla."),
                    (
                        "Omsätter målen självständigt och följer upp dem med medarbetarna.",
                        "Vien tavoitteet käytäntöön itsenäisesti ja seuraan niitä työntekijöiden kanssa."
                    ),
                    (
                        "Leder andra chefer i att omsätta strategin och förbättrar arbetssättet.",
                        "Ohjaan muita esihenkilöitä strategian jalkauttamisessa ja kehitän toimintatapaa."
                    ),
                ])),
            CompetenceSeed(
                group: operations,
                name: LocalizedText(sv: "Ekonomi- och resursstyrning", fi: "Talouden ja resurssien ohjaus", en: "Finance and resources"),
                levels: levels([
                    ("Läser enhetens budget och uppföljning.", "Luen yksikön talousarviota ja seurantaa."),
                    ("Håller budgeten med stöd av ekonomen.", "Pysyn talousarviossa talousasiantuntijan tuella."),
                    ("Planerar och prioriterar resurserna själv över året.", "Suunnittelen ja priorisoin resurssit itse koko vuoden."),
                    (
                        "Leder resursfördelningen över enheter och visar vad pengarna ger.",
                        "Johdan resurssien jakoa yli yksiköiden ja osoitan, mitä rahalla saadaan."
                    ),
                ])),
            CompetenceSeed(
                group: operations,
                name: LocalizedText(sv: "Produktivitet och uppföljning", fi: "Tuottavuus ja seuranta", en: "Productivity and follow-up"),
                levels: levels([
                    ("Vet vilka nyckeltal som mäter min enhet.", "Tiedän, millä tunnusluvuilla yksikköäni mitataan."),
                    ("Följer nyckeltalen och reagerar när de avviker.", "Seuraan tunnuslukuja ja reagoin poikkeamiin."),
                    (
                        "Förbättrar arbetssätten utifrån mätningarna tillsammans med personalen.",
                        "Parannan toimintatapoja mittausten pohjalta henkilöstön kanssa."
                    ),
                    ("Driver produktivitetsarbete över enhetsgränserna.", "Vien tuottavuustyötä eteenpäin yli yksikkörajojen."),
                ])),
            CompetenceSeed(
                group: people, name: LocalizedText(sv: "Coachande ledarskap", fi: "Valmentava johtaminen", en: "Coaching leadership"),
                levels: levels([
                    ("Känner till vad coachande ledarskap innebär.", "Tiedän, mitä valmentava johtaminen tarkoittaa."),
                    ("Ställer öppna frågor i utvecklingssamtalen.", "Esitän avoimia kysymyksiä kehityskeskusteluissa."),
                    ("Coachar medarbetarna till egna lösningar i vardagen.", "Valmennan työntekijöitä omiin ratkaisuihin arjessa."),
                    ("Handleder andra chefer i coachande ledarskap.", "Ohjaan muita esihenkilöitä valmentavassa johtamisessa."),
                ])),
            CompetenceSeed(
                group: people, name: LocalizedText(sv: "Kommunikation och dialog", fi: "Viestintä ja vuorovaikutus", en: "Communication and dialogue"),
                levels: levels([
                    ("För vidare information från ledningen.", "Välitän johdon tiedot eteenpäin."),
                    ("Förklarar beslut och tar emot frågor.", "Perustelen päätökset ja otan vastaan kysymyksiä."),
                    ("För dialog om riktningen och tar tillbaka synpunkter.", "Käyn vuoropuhelua suunnasta ja vien palautteen takaisin."),
                    ("Skapar forum för dialog över hela organisationen.", "Luon vuoropuhelun foorumeja koko organisaatioon."),
                ])),
            CompetenceSeed(
                group: people, name: LocalizedText(sv: "Arbetshälsa och arbetsmiljö", fi: "Työhyvinvointi ja työympäristö", en: "Well-being at work"),
                levels: levels([
                    ("Känner till arbetsmiljöansvaret.", "Tunnen työsuojeluvastuuni."),
                    ("Följer upp sjukfrånvaro och tar de tidiga samtalen.", "Seuraan sairauspoissaoloja ja käyn varhaisen tuen keskustelut."),
                    ("Arbetar förebyggande med arbetsmiljön tillsammans med personalen.", "Kehitän työympäristöä ennakoivasti yhdessä henkilöstön kanssa."),
                    ("Leder arbetshälsoarbetet i sektorn och stöder andra chefer.", "Johdan toimialan työhyvinvointityötä ja tuen muita esihenkilöitä."),
                ])),
            CompetenceSeed(
                group: change, name: LocalizedText(sv: "Förändringsledning", fi: "Muutosjohtaminen", en: "Leading change"),
                levels: levels([
                    ("Förstår varför förändringen behövs.", "Ymmärrän, miksi muutosta tarvitaan."),
                    ("Genomför beslutade förändringar i enheten.", "Toteutan päätetyt muutokset yksikössä."),
                    ("Planerar förändringen och tar hand om motståndet.", "Suunnittelen muutoksen ja käsittelen muutosvastarintaa."),
                    ("Initierar och leder förändringar över flera enheter.", "Käynnistän ja johdan muutoksia useissa yksiköissä."),
                ])),
            CompetenceSeed(
                group: change, name: LocalizedText(sv: "Samarbete över gränser", fi: "Yhteistyö yli rajojen", en: "Working across boundaries"),
                levels: levels([
                    ("Känner till de andra sektorernas uppdrag.", "Tunnen muiden toimialojen tehtävät."),
                    ("Samarbetar med andra enheter när det behövs.", "Teen yhteistyötä muiden yksiköiden kanssa tarvittaessa."),
                    ("Bygger gemensamma lösningar med andra sektorer och partner.", "Rakennan yhteisiä ratkaisuja muiden toimialojen ja kumppanien kanssa."),
                    ("Leder samarbete mellan kommuner och organisationer.", "Johdan kuntien ja organisaatioiden välistä yhteistyötä."),
                ])),
        ]
        var demo = DemoCompetence(
            competences: competences,
            expected: ["sector": [4, 4, 3, 3, 4, 3, 4, 4], "division": [3, 3, 3, 3, 3, 3, 3, 3], "unit": [2, 2, 3, 3, 3, 3, 2, 2]],
            rounds: [
                RoundSeed(name: LocalizedText(sv: "Våren 2026", fi: "Kevät 2026", en: "Spring 2026"), openedDaysAgo: 250, lastDayInDays: -220),
                RoundSeed(name: LocalizedText(sv: "Hösten 2026", fi: "Syksy 2026", en: "Autumn 2026"), openedDaysAgo: 20, lastDayInDays: 21),
            ])
        demo.plans = [
            PlanSeed(
                personKey: "head-admin-2", sharedWithManager: true,
                goals: [
                    .init(
                        text: "Hålla budgeten för avdelningen utan att ekonomen behöver gå in", competence: 1, resultGoal: nil,
                        actions: [
                            ("Gå stadens kurs i budgetuppföljning", -10, .done),
                            ("Gå igenom månadsrapporten med varje enhetschef", 20, .underWay),
                        ]),
                    .init(
                        text: "Leda svåra samtal tryggt", competence: 3, resultGoal: nil,
                        actions: [("Öva samtalsstrukturen med coachen", 6, .planned)]),
                ]),
            PlanSeed(
                personKey: "head-admin-1", sharedWithManager: false,
                goals: [
                    .init(
                        text: "Driva det nya kundservicekonceptet över sektorsgränserna", competence: 7, resultGoal: 0,
                        actions: [("Bjuda in bildning och teknik till en gemensam workshop", 30, .planned)])
                ]),
            PlanSeed(
                personKey: "head-education-1", sharedWithManager: true,
                goals: [
                    .init(
                        text: "Förankra förändringen av skolnätet hos personalen", competence: 6, resultGoal: 1,
                        actions: [
                            ("Informationsmöte i varje skola", -5, .done), ("Samla in frågor och svara på intranätet", 15, .underWay),
                        ])
                ]),
        ]
        return demo
    }
}
