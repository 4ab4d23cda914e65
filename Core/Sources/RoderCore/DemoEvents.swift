import Foundation

/// The demo town's forums and seminars over two years: who was invited, who came, and the
/// anonymous feedback given afterwards — including one small group below the threshold.
public struct DemoEvents: Sendable {
    public struct EventSeed: Sendable {
        public let kind: EventKind
        public let title: LocalizedText
        /// Year, month, day, hour (Helsinki).
        public let start: (year: Int, month: Int, day: Int, hour: Int)
        public let hours: Int
        public let place: String
        /// 1-based development area, if the topic belongs to one.
        public let area: Int?
        /// Only the core team (the first people of top management) or all management.
        public let coreTeamOnly: Bool
    }

    public let events: [EventSeed]

    public static let empty = DemoEvents(events: [])

    /// Who is invited to `seed`: the core team (the first four of top management) or all of
    /// top and middle management, in the order of `people`.
    public static func invited(to seed: EventSeed, among people: [DemoTown.PersonSeed]) -> [DemoTown.PersonSeed] {
        let management = people.filter { ["top", "middle"].contains($0.managementLevel) }
        return seed.coreTeamOnly ? Array(management.filter { $0.managementLevel == "top" }.prefix(4)) : management
    }

    /// The indices (in the order invited) of those who answered event number `event` once it
    /// was held: the attendees who answered.
    public static func respondents(event: Int, invited: Int) -> [Int] {
        let attendees = (0..<invited).filter { attended(person: $0, event: event) }
        return attendees.indices.filter { answered(event: event, index: $0) }.map { attendees[$0] }
    }

    /// Whether person number `person` (in the order invited) came to event number `event`:
    /// most come, some less and less often, so attendance rates and a falling trend show.
    public static func attended(person: Int, event: Int) -> Bool {
        if person % 7 == 3 { return event < 3 }  // stopped coming
        if person % 5 == 4 { return event % 2 == 0 }  // every other time
        return (person * 31 + event * 17) % 10 != 0  // nearly always
    }

    /// A deterministic 1–5 answer for respondent `index` to question `question` of an event.
    /// Deterministic scores. From 2026 (event 4 on) "how suitable the way it was dealt with"
    /// rises: the demo's summary for 7–12/2025 promised shorter talks and more group work.
    public static func score(event: Int, index: Int, question: Int) -> Int {
        let base = [4, 4, event >= 4 ? 4 : 3, 4][question % 4]
        return min(5, max(1, base + ((event * 7 + index * 3 + question) % 5) / 2 - (index % 4 == 3 ? 2 : 0)))
    }

    /// Whether attendee `index` answered the feedback of event `event` (about 70 %).
    public static func answered(event: Int, index: Int) -> Bool { (event * 13 + index * 7) % 10 < 7 }

    /// Forums the programme operator runs for both demo towns: one held (its feedback pooled),
    /// one coming.
    public static let shared: [EventSeed] = [
        EventSeed(
            kind: .leadershipForum,
            title: LocalizedText(sv: "Regionalt ledarforum: tillit och styrning", fi: "Alueellinen johtajafoorumi: luottamus ja ohjaus"),
            start: (2026, 4, 22, 9), hours: 6, place: "Kulturhuset, Sjöbacka", area: nil, coreTeamOnly: false),
        EventSeed(
            kind: .seminar, title: LocalizedText(sv: "Regionalt seminarium: kompetensförsörjning", fi: "Alueellinen seminaari: osaamisen turvaaminen"),
            start: (2027, 2, 17, 13), hours: 3, place: "Bergviks kommunhus", area: nil, coreTeamOnly: false),
    ]

    /// The programme owner's summary for participants of 7–12/2025 ("closing the loop").
    public static let loopSummary = (
        period: HalfYear(year: 2025, half: 2),
        heard: LocalizedText(
            sv:
                "Ni tycker att forumen tar upp rätt frågor och att det är värdefullt att höra hur andra sektorer gör.\nMånga tycker att upplägget är för långt och att det blir för lite tid för samtal i mindre grupper.",
            fi:
                "Foorumit käsittelevät mielestänne oikeita kysymyksiä, ja muiden toimialojen kokemusten kuuleminen on arvokasta.\nMonen mielestä ohjelma on liian pitkä ja pienryhmäkeskusteluille jää liian vähän aikaa."
        ),
        actions: LocalizedText(
            sv:
                "Från och med februari 2026 är inledningarna högst 20 minuter och minst halva tiden går till samtal i grupper.\nVi skickar underlaget en vecka före varje forum.",
            fi:
                "Helmikuusta 2026 alkaen alustukset ovat enintään 20 minuuttia ja vähintään puolet ajasta käytetään ryhmäkeskusteluihin.\nLähetämme materiaalin viikkoa ennen kutakin foorumia."
        )
    )

    public static let comments = [
        "Bra att få höra hur de andra sektorerna har gjort.",
        "Frågan om enhetsstorlek borde ha fått mer tid.",
        "Nyttigt, men för långt upplägg.",
        "Hyvä keskustelu, enemmän aikaa ryhmätöille.",
        "Relevant för min enhet.",
    ]
}

extension DemoEvents {
    static func sjobacka() -> DemoEvents {
        DemoEvents(events: [
            EventSeed(
                kind: .leadershipForum,
                title: LocalizedText(
                    sv: "Ledarforum: strategin i praktiken", fi: "Johtamisfoorumi: strategia käytäntöön", en: "Leadership forum: the strategy in practice"),
                start: (2025, 2, 12, 9), hours: 6, place: "Stadshuset", area: 2, coreTeamOnly: false),
            EventSeed(
                kind: .seminar,
                title: LocalizedText(
                    sv: "Seminarium: organisationsstrukturen", fi: "Seminaari: organisaatiorakenne", en: "Seminar: the organisation structure"),
                start: (2025, 4, 9, 13), hours: 3, place: "Stadshuset", area: 1, coreTeamOnly: false),
            EventSeed(
                kind: .leadershipForum,
                title: LocalizedText(sv: "Ledarforum: produktivitet", fi: "Johtamisfoorumi: tuottavuus", en: "Leadership forum: productivity"),
                start: (2025, 9, 17, 9), hours: 6, place: "Kulturhuset", area: 4, coreTeamOnly: false),
            EventSeed(
                kind: .seminar,
                title: LocalizedText(
                    sv: "Seminarium: nya arbetssätt i kundservicen", fi: "Seminaari: asiakaspalvelun uudet toimintatavat",
                    en: "Seminar: new ways of working in customer service"),
                start: (2025, 11, 5, 13), hours: 3, place: "Stadshuset", area: 3, coreTeamOnly: false),
            EventSeed(
                kind: .leadershipForum,
                title: LocalizedText(
                    sv: "Ledarforum: kompetens och roller", fi: "Johtamisfoorumi: osaaminen ja roolit", en: "Leadership forum: competence and roles"),
                start: (2026, 2, 11, 9), hours: 6, place: "Kulturhuset", area: 5, coreTeamOnly: false),
            EventSeed(
                kind: .coachingGroup,
                title: LocalizedText(
                    sv: "Coachningsgrupp för sektorcheferna", fi: "Toimialajohtajien valmennusryhmä", en: "Coaching group for the sector directors"),
                start: (2026, 3, 18, 14), hours: 2, place: "Stadshuset, rum 3", area: nil, coreTeamOnly: true),
            EventSeed(
                kind: .seminar, title: LocalizedText(sv: "Seminarium: det nya intranätet", fi: "Seminaari: uusi intranet", en: "Seminar: the new intranet"),
                start: (2026, 5, 20, 13), hours: 3, place: "Stadshuset", area: 3, coreTeamOnly: false),
            EventSeed(
                kind: .leadershipForum,
                title: LocalizedText(
                    sv: "Ledarforum: uppföljning av resultatmålen", fi: "Johtamisfoorumi: tulostavoitteiden seuranta",
                    en: "Leadership forum: following up the result goals"),
                start: (2026, 10, 7, 9), hours: 6, place: "Kulturhuset", area: 2, coreTeamOnly: false),
            EventSeed(
                kind: .seminar, title: LocalizedText(sv: "Seminarium: arbetshälsa", fi: "Seminaari: työhyvinvointi", en: "Seminar: well-being at work"),
                start: (2027, 1, 20, 13), hours: 3, place: "Stadshuset", area: 4, coreTeamOnly: false),
        ])
    }
}
