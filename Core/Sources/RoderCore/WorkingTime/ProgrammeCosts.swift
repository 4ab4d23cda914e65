import Foundation

/// What an external cost was for. `sharedEvent` is never typed: it is an organisation's share
/// of what the operator paid for a shared event (`SharedCostSplit`).
public enum CostCategory: String, CaseIterable, Sendable {
    case consultant, venue, travel, materials, other
    case sharedEvent = "shared-event"

    /// The categories a person enters an invoice under.
    public static let typed: [CostCategory] = [.consultant, .venue, .travel, .materials, .other]
}

/// An external cost as the roll-up needs it: its amount without VAT (the municipality's cost;
/// VAT is recorded beside it), its month and what it belongs to, resolved to an area.
public struct ExternalCostItem: Sendable, Equatable {
    public var month: Int
    public var amount: Money
    public var category: CostCategory
    public var areaID: UUID?
    public var eventID: UUID?
    public var goalIDs: [UUID]

    public init(month: Int, amount: Money, category: CostCategory, areaID: UUID? = nil, eventID: UUID? = nil, goalIDs: [UUID] = []) {
        self.month = month
        self.amount = amount
        self.category = category
        self.areaID = areaID
        self.eventID = eventID
        self.goalIDs = goalIDs
    }
}

/// A year's budget: for the programme as a whole and per development area. Without a whole
/// figure, the areas' budgets together are the year's budget.
public struct YearBudget: Sendable, Equatable {
    public var total: Money?
    public var byArea: [UUID: Money]

    public init(total: Money? = nil, byArea: [UUID: Money] = [:]) {
        self.total = total
        self.byArea = byArea
    }

    public var effectiveTotal: Money? {
        total ?? (byArea.isEmpty ? nil : byArea.values.reduce(.zero, +))
    }
}

/// Hours and euros of one slice of the programme (an area, a month, an event, a goal).
public struct CostFigures: Sendable, Equatable {
    public var minutes = 0
    /// Minutes spent in events and coaching sessions by those taking part.
    public var participantMinutes = 0
    public var workingTime = Money.zero
    public var external = Money.zero

    public init() {}

    public var total: Money { workingTime + external }

    /// The whole cost of an hour someone spent in the programme's events and sessions.
    public var costPerParticipantHour: Money? {
        guard participantMinutes > 0 else { return nil }
        let (product, overflow) = total.cents.multipliedReportingOverflow(by: 60)
        return Money(cents: overflow ? Int.max / participantMinutes : product / participantMinutes)
    }

    /// The share of the cost that is the managers' own working time (0–1); nil without costs.
    public var workingTimeShare: Double? {
        guard total.cents > 0 else { return nil }
        return Double(workingTime.cents) / Double(total.cents)
    }

    mutating func add(minutes: Int, participant: Bool, cost: Money) {
        self.minutes = TimeArithmetic.sum(self.minutes, minutes)
        if participant { participantMinutes = TimeArithmetic.sum(participantMinutes, minutes) }
        workingTime = workingTime + cost
    }
}

/// A year of the programme in euros: its working time at the hourly rates and its external
/// costs, by area, month, event and goal, against the budget. An event or cost for several
/// goals counts in full for each of them (the goal table is not summed).
public struct ProgrammeCosts: Sendable, Equatable {
    public private(set) var total = CostFigures()
    /// nil: not tied to a development area.
    public private(set) var byArea: [UUID?: CostFigures] = [:]
    /// Month 1–12.
    public private(set) var byMonth: [Int: CostFigures] = [:]
    public private(set) var byEvent: [UUID: CostFigures] = [:]
    public private(set) var byGoal: [UUID: CostFigures] = [:]
    public private(set) var workingTimeBySource: [TimeSource: Money] = [:]
    public private(set) var externalByCategory: [CostCategory: Money] = [:]
    public let budget: YearBudget

    public init(time: [WorkingTimeSummary.Record], rates: HourlyRates, external: [ExternalCostItem], budget: YearBudget) {
        self.budget = budget
        for record in time {
            let minutes = max(0, record.minutes)
            let cost = rates.cost(minutes: minutes, level: record.level)
            let participant = record.source == .events || record.source == .coaching
            workingTimeBySource[record.source] = (workingTimeBySource[record.source] ?? .zero) + cost
            forEachSlice(month: record.month, area: record.areaID, event: record.eventID, goals: record.goalIDs) {
                $0.add(minutes: minutes, participant: participant, cost: cost)
            }
        }
        for item in external {
            let amount = max(.zero, item.amount)
            externalByCategory[item.category] = (externalByCategory[item.category] ?? .zero) + amount
            forEachSlice(month: item.month, area: item.areaID, event: item.eventID, goals: item.goalIDs) { $0.external = $0.external + amount }
        }
    }

    private mutating func forEachSlice(month: Int, area: UUID?, event: UUID?, goals: [UUID], _ change: (inout CostFigures) -> Void) {
        change(&total)
        change(&byArea[area, default: CostFigures()])
        if (1...12).contains(month) { change(&byMonth[month, default: CostFigures()]) }
        if let event { change(&byEvent[event, default: CostFigures()]) }
        for goal in Set(goals) { change(&byGoal[goal, default: CostFigures()]) }
    }

    /// The whole year's cost against the year's budget.
    public var budgetComparison: BudgetComparison {
        BudgetComparison(budget: budget.effectiveTotal, spent: total.total)
    }

    /// An area's cost against its own budget.
    public func budgetComparison(area: UUID) -> BudgetComparison {
        BudgetComparison(budget: budget.byArea[area], spent: byArea[area]?.total ?? .zero)
    }

    /// Areas spending more than their budget.
    public var areasOverBudget: [UUID] {
        budget.byArea.keys.filter { budgetComparison(area: $0).isOver }.sorted { $0.textOrder < $1.textOrder }
    }
}

/// The operator's cost of a shared event divided among the organisations that took part, in
/// proportion to how many of each attended (evenly when nobody has attended yet). Shares are
/// whole cents and add up to the cost exactly: the cents left by rounding go to the largest
/// remainders.
public enum SharedCostSplit {
    public static func shares(of cost: Money, attendedByOrganisation: [UUID: Int]) -> [UUID: Money] {
        guard cost.cents > 0, !attendedByOrganisation.isEmpty else { return [:] }
        // Weights in floating point: their sum cannot overflow, whatever the counts.
        let counts = attendedByOrganisation.mapValues { Double(max(0, $0)) }
        let weights = counts.values.contains { $0 > 0 } ? counts : counts.mapValues { _ in 1 }
        let totalWeight = weights.values.reduce(0, +)
        // Ordered by id, so equal remainders are settled the same way every time.
        let ordered = weights.sorted { $0.key.textOrder < $1.key.textOrder }
        var shares: [UUID: Money] = [:]
        var remainders: [(id: UUID, remainder: Double)] = []
        var given = 0
        for (id, weight) in ordered {
            let exact = Double(cost.cents) * (weight / totalWeight)
            let whole = min(cost.cents - given, Int(exact.rounded(.down)))
            shares[id] = Money(cents: whole)
            given += whole
            remainders.append((id, exact - Double(whole)))
        }
        let left = max(0, cost.cents - given)
        for entry in remainders.sorted(by: { $0.remainder > $1.remainder }).prefix(left) {
            shares[entry.id] = (shares[entry.id] ?? .zero) + Money(cents: 1)
        }
        return shares
    }
}
