import Foundation

/// The demo towns' coaching: an external coach who works for both towns coaching the
/// management group, an internal coach with one new manager, and a coach's proposal waiting
/// for the programme owner — with sessions held and planned, notes of every kind and actions.
public struct DemoCoaching: Sendable {
    /// Who wrote a note: the coach, or the participant with this person key.
    public enum Author: Sendable, Hashable {
        case coach
        case participant(String)
    }

    public struct SessionSeed: Sendable {
        /// Days from the demo's "now" (negative: past), at `hour` o'clock.
        public let inDays: Int
        public let hour: Int
        public let minutes: Int
        public let form: CoachingSessionForm
        public let place: String
        public let status: CoachingSessionStatus
        /// Coachees of a group who were away from a held session.
        public var absentKeys: [String] = []
    }

    public struct NoteSeed: Sendable {
        public let kind: CoachingNoteKind
        public let author: Author
        public let text: String
        public let daysAgo: Int
    }

    public struct ActionSeed: Sendable {
        public let text: String
        public let dueInDays: Int
        public let done: Bool
    }

    public struct EngagementSeed: Sendable {
        public let coachEmail: String
        public let purpose: LocalizedText
        public let participantKeys: [String]
        public let agreedSessions: Int
        public let state: EngagementState
        public let startedDaysAgo: Int
        public let lengthInDays: Int
        public let sessions: [SessionSeed]
        public let notes: [NoteSeed]
        public let actions: [ActionSeed]
    }

    public let engagements: [EngagementSeed]

    public static let empty = DemoCoaching(engagements: [])

    /// The consultant who coaches in both demo towns.
    public static let externalCoach = DemoTown.AccountSeed(
        email: "konsult@ledarcoach.example", name: "Jonas Berglund", password: "demo-coach-2026", roles: [.coach], isProgrammeOperator: false,
        personKey: nil)

    public static func sjobacka(domain: String) -> DemoCoaching {
        // The management group's monthly sessions: one missed, and one member away at another.
        let monthly = [-110, -82, -54, -26].enumerated().map { index, day in
            SessionSeed(
                inDays: day, hour: 13, minutes: 120, form: .inPerson, place: "Stadshuset, sammanträdesrum 2", status: index == 2 ? .missed : .held,
                absentKeys: index == 1 ? ["sector-technical"] : [])
        }
        return DemoCoaching(engagements: [
            EngagementSeed(
                coachEmail: externalCoach.email,
                purpose: LocalizedText(
                    sv: "Ledningsgruppen som team: gemensam riktning och tydligare beslut",
                    fi: "Johtoryhmä tiiminä: yhteinen suunta ja selkeämmät päätökset"),
                participantKeys: ["director", "sector-admin", "sector-social", "sector-education", "sector-technical", "hr-director"],
                agreedSessions: 8, state: .active, startedDaysAgo: 120, lengthInDays: 240,
                sessions: monthly + [
                    SessionSeed(inDays: 9, hour: 13, minutes: 120, form: .inPerson, place: "Stadshuset, sammanträdesrum 2", status: .planned),
                    SessionSeed(inDays: 37, hour: 13, minutes: 120, form: .online, place: "Teams", status: .planned),
                ],
                notes: [
                    NoteSeed(
                        kind: .coachPrivate, author: .coach,
                        text: "Gruppen undviker konflikten om budgetramarna. Ta upp den försiktigt nästa gång, börja med sektorernas gemensamma mål.",
                        daysAgo: 25),
                    NoteSeed(
                        kind: .shared, author: .coach,
                        text: "Vi kom överens om att varje ledningsgruppsmöte slutar med ett beslut som skrivs ner och följs upp nästa gång.",
                        daysAgo: 26),
                    NoteSeed(
                        kind: .reflection, author: .participant("hr-director"),
                        text: "Jag märker att jag tar ordet för tidigt. Prova att vänta in sektorcheferna först.", daysAgo: 24),
                ],
                actions: [
                    ActionSeed(text: "Skriv ner ledningsgruppens beslut i en gemensam beslutslogg", dueInDays: -30, done: true),
                    ActionSeed(text: "Varje sektorchef presenterar ett resultatmål och dess mätetal", dueInDays: 9, done: false),
                ]),
            EngagementSeed(
                coachEmail: "coach@\(domain)",
                purpose: LocalizedText(sv: "Stöd under första året som avdelningschef", fi: "Tukea ensimmäisenä vuotena osastopäällikkönä"),
                participantKeys: ["head-admin-2"], agreedSessions: 6, state: .active, startedDaysAgo: 60, lengthInDays: 300,
                sessions: [
                    SessionSeed(inDays: -55, hour: 9, minutes: 60, form: .inPerson, place: "Servicepunkten", status: .held),
                    SessionSeed(inDays: -20, hour: 9, minutes: 60, form: .online, place: "Teams", status: .held),
                    SessionSeed(inDays: 6, hour: 9, minutes: 60, form: .inPerson, place: "Servicepunkten", status: .planned),
                ],
                notes: [
                    NoteSeed(
                        kind: .coachPrivate, author: .coach, text: "Stark på sakfrågor, osäker i svåra samtal. Öva på samtalsstruktur.", daysAgo: 20),
                    NoteSeed(
                        kind: .shared, author: .coach, text: "Fokus till nästa gång: förbereda utvecklingssamtalen med enhetscheferna.",
                        daysAgo: 20),
                    NoteSeed(
                        kind: .reflection, author: .participant("head-admin-2"),
                        text: "Det hjälpte att skriva ner vad jag vill att varje samtal ska leda till.", daysAgo: 12),
                ],
                actions: [
                    ActionSeed(text: "Boka utvecklingssamtal med alla enhetschefer", dueInDays: -3, done: false),
                    ActionSeed(text: "Läsa igenom arbetsrättsguiden inför svåra samtal", dueInDays: 14, done: false),
                ]),
            EngagementSeed(
                coachEmail: "coach@\(domain)",
                purpose: LocalizedText(
                    sv: "Grupphandledning för avdelningscheferna inom bildning", fi: "Ryhmätyönohjaus sivistystoimen osastopäälliköille"),
                participantKeys: ["head-education-1", "head-education-2"], agreedSessions: 4, state: .proposed, startedDaysAgo: -14,
                lengthInDays: 120, sessions: [], notes: [], actions: []),
        ])
    }

    public static func bergvik() -> DemoCoaching {
        DemoCoaching(engagements: [
            EngagementSeed(
                coachEmail: externalCoach.email,
                purpose: LocalizedText(fi: "Kunnanjohtajan johtajuusvalmennus", en: "Leadership coaching for the municipal director"),
                participantKeys: ["director"], agreedSessions: 5, state: .active, startedDaysAgo: 40, lengthInDays: 200,
                sessions: [
                    SessionSeed(inDays: -30, hour: 10, minutes: 90, form: .online, place: "Teams", status: .held),
                    SessionSeed(inDays: 12, hour: 10, minutes: 90, form: .inPerson, place: "Kunnantalo", status: .planned),
                ],
                notes: [
                    NoteSeed(kind: .shared, author: .coach, text: "Sovimme, että johtoryhmän kokouksiin tulee selkeä päätöslista.", daysAgo: 30)
                ],
                actions: [ActionSeed(text: "Laadi johtoryhmän vuosikello", dueInDays: 12, done: false)])
        ])
    }
}
