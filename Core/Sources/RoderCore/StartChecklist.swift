/// The first steps of a new organisation, in the order they are taken, each ticked when the
/// organisation's data shows it done: what the administrator's and the programme owner's start
/// pages show until the programme has held its first event.
public struct StartChecklist: Sendable, Equatable {
    public enum Step: String, CaseIterable, Sendable {
        case importOrganisation, chooseProgrammeOwner, inviteManagers, startProgramme, addGoals, planForum

        /// Who takes the step: the administrator sets the organisation and its people up, the
        /// programme owner the programme.
        public var takenBy: Role {
            switch self {
            case .importOrganisation, .chooseProgrammeOwner, .inviteManagers: .administrator
            case .startProgramme, .addGoals, .planForum: .programmeOwner
            }
        }
    }

    /// What the checklist is worked out from: counts of the organisation's own data.
    public struct Facts: Sendable, Equatable {
        public var units: Int
        /// People with a management level and an e-mail address (those who can be invited).
        public var managers: Int
        /// Of those, people linked to an account of the organisation.
        public var managersWithAccounts: Int
        public var programmeOwners: Int
        public var hasProgramme: Bool
        public var goals: Int
        public var events: Int
        public var heldEvents: Int

        public init(
            units: Int = 0, managers: Int = 0, managersWithAccounts: Int = 0, programmeOwners: Int = 0, hasProgramme: Bool = false, goals: Int = 0,
            events: Int = 0, heldEvents: Int = 0
        ) {
            self.units = units
            self.managers = managers
            self.managersWithAccounts = managersWithAccounts
            self.programmeOwners = programmeOwners
            self.hasProgramme = hasProgramme
            self.goals = goals
            self.events = events
            self.heldEvents = heldEvents
        }
    }

    public let done: Set<Step>
    /// Managers still without an account, for the invitation step's text.
    public let managersWithoutAccounts: Int

    public init(_ facts: Facts) {
        var done: Set<Step> = []
        if facts.units > 0 { done.insert(.importOrganisation) }
        if facts.programmeOwners > 0 { done.insert(.chooseProgrammeOwner) }
        // Every manager of the imported organisation can sign in; none imported, nothing to do yet.
        if facts.managers > 0 && facts.managersWithAccounts >= facts.managers { done.insert(.inviteManagers) }
        if facts.hasProgramme { done.insert(.startProgramme) }
        if facts.goals > 0 { done.insert(.addGoals) }
        if facts.events > 0 { done.insert(.planForum) }
        self.done = done
        managersWithoutAccounts = max(0, facts.managers - facts.managersWithAccounts)
    }

    /// The first step not yet taken; nil when all are.
    public var next: Step? { Step.allCases.first { !done.contains($0) } }

    /// Whether the start pages show the checklist: until every step is taken, and never once the
    /// programme has held an event (an organisation under way has its own pages to follow).
    public static func isShown(for facts: Facts) -> Bool {
        facts.heldEvents == 0 && StartChecklist(facts).next != nil
    }
}
