import Foundation

/// Who of the imported organisation can get an account in one step, and why the others cannot:
/// the rules of "Accounts from the organisation", apart from the database.
public enum AccountCandidates {
    /// A person as the HR data has them.
    public struct Person: Sendable, Hashable {
        public var id: UUID
        public var name: String
        public var title: String?
        /// Normalised (trimmed, lower case); nil or empty when the HR data has none.
        public var email: String?
        public var level: ManagementLevel
        public var unitID: UUID?

        public init(id: UUID, name: String, title: String?, email: String?, level: ManagementLevel, unitID: UUID?) {
            self.id = id
            self.name = name
            self.title = title
            self.email = email
            self.level = level
            self.unitID = unitID
        }
    }

    /// Which people the page lists: management levels, a unit with everything under it, a search.
    public struct Filter: Sendable, Hashable {
        /// The managers, by default: staff have no part in the programme's forums and goals.
        public static let managers = Filter(levels: [.top, .middle, .supervisor])

        public var levels: Set<ManagementLevel>
        public var unitID: UUID?
        public var search: String

        public init(levels: Set<ManagementLevel>, unitID: UUID? = nil, search: String = "") {
            self.levels = levels
            self.unitID = unitID
            self.search = search
        }
    }

    public enum State: Sendable, Hashable {
        case available
        /// A Roder user with this address exists, without a membership here: they get one.
        case existingUser
        /// Linked already to this account of the organisation.
        case hasAccount(String)
        case noEmail
        /// An account of the organisation, not linked to this person, has the address.
        case emailInUse(String)
        /// Another person of the organisation has the same address: which of them is it?
        case emailShared

        public var canGetAccount: Bool { self == .available || self == .existingUser }
    }

    /// The people `filter` finds, top management first, then by name. `parents`: every unit's parent.
    public static func matching(_ people: [Person], filter: Filter, parents: [UUID: UUID?]) -> [Person] {
        let units = filter.unitID.map { subtree(of: $0, parents: parents) }
        let words = filter.search.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        return people.filter { person in
            guard filter.levels.contains(person.level) else { return false }
            if let units, !(person.unitID.map(units.contains) ?? false) { return false }
            let text = [person.name, person.title ?? "", person.email ?? ""].joined(separator: " ").lowercased()
            return words.allSatisfy { text.localizedStandardContains($0) }
        }
        .sorted { (levelOrder($0.level), $0.name.lowercased()) < (levelOrder($1.level), $1.name.lowercased()) }
    }

    /// Each person's state. `everyone`: all the organisation's people (an address two of them
    /// share is nobody's); `linkedAccounts`: the account linked to a person, by person;
    /// `members`: the organisation's accounts by address; `usersElsewhere`: addresses of Roder
    /// users without a membership here.
    public static func states(
        of people: [Person], everyone: [Person], linkedAccounts: [UUID: String], members: [String: String], usersElsewhere: Set<String>
    ) -> [UUID: State] {
        var addressCount: [String: Int] = [:]
        for person in everyone { if let email = person.email, !email.isEmpty { addressCount[email, default: 0] += 1 } }
        var states: [UUID: State] = [:]
        for person in people {
            states[person.id] =
                if let account = linkedAccounts[person.id] {
                    .hasAccount(account)
                } else if let email = person.email, !email.isEmpty {
                    if (addressCount[email] ?? 0) > 1 {
                        .emailShared
                    } else if let account = members[email] {
                        .emailInUse(account)
                    } else if usersElsewhere.contains(email) {
                        .existingUser
                    } else {
                        .available
                    }
                } else {
                    .noEmail
                }
        }
        return states
    }

    /// The roles a new account gets: manager, and viewer too for top management when asked.
    public static func roles(for level: ManagementLevel, topAlsoViewer: Bool) -> Set<Role> {
        level == .top && topAlsoViewer ? [.manager, .viewer] : [.manager]
    }

    static func subtree(of root: UUID, parents: [UUID: UUID?]) -> Set<UUID> {
        var children: [UUID: [UUID]] = [:]
        for (unit, parent) in parents { if let parent { children[parent, default: []].append(unit) } }
        var found: Set<UUID> = [root], queue = [root]
        while let unit = queue.popLast() {
            for child in children[unit] ?? [] where found.insert(child).inserted { queue.append(child) }
        }
        return found
    }

    private static func levelOrder(_ level: ManagementLevel) -> Int {
        ManagementLevel.allCases.firstIndex(of: level) ?? 0
    }
}
