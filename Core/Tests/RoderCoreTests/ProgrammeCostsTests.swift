import Foundation
import Testing

@testable import RoderCore

@Suite("Programme costs: hours in euros, external costs, budgets, shared events")
struct ProgrammeCostsTests {
    let areaA = UUID(), areaB = UUID(), event = UUID(), goal = UUID(), otherGoal = UUID()
    let rates = HourlyRates(standard: Money(cents: 4_000), byLevel: [.top: Money(cents: 8_000), .middle: Money(cents: 6_000)])

    @Test("Working time is costed at each level's rate and rolled up by area, month, event and goal")
    func rollUp() {
        let time: [WorkingTimeSummary.Record] = [
            // A three-hour seminar attended by two top managers and four middle managers.
            .init(.events, month: 3, areaID: areaA, minutes: 2 * 180, level: .top, eventID: event, goalIDs: [goal, otherGoal]),
            .init(.events, month: 3, areaID: areaA, minutes: 4 * 180, level: .middle, eventID: event, goalIDs: [goal, otherGoal]),
            // Its preparation: no level known, the standard rate.
            .init(.preparation, month: 3, areaID: areaA, minutes: 120, eventID: event, goalIDs: [goal, otherGoal]),
            // Coaching in area B, logged work on the goal.
            .init(.coaching, month: 5, areaID: areaB, minutes: 90, level: .middle),
            .init(.logged, month: 5, areaID: areaA, minutes: 60, level: .supervisor, goalIDs: [goal]),
        ]
        let costs = ProgrammeCosts(time: time, rates: rates, external: [], budget: YearBudget())
        // 6 h × 80 € + 12 h × 60 € + 2 h × 40 € + 1,5 h × 60 € + 1 h × 40 €
        #expect(costs.total.workingTime == Money(cents: 48_000 + 72_000 + 8_000 + 9_000 + 4_000))
        #expect(costs.total.minutes == 360 + 720 + 120 + 90 + 60)
        #expect(costs.total.participantMinutes == 360 + 720 + 90)
        #expect(costs.byArea[areaA]?.workingTime == Money(cents: 48_000 + 72_000 + 8_000 + 4_000))
        #expect(costs.byArea[areaB]?.minutes == 90)
        #expect(costs.byMonth[3]?.minutes == 1_200 && costs.byMonth[5]?.minutes == 150 && costs.byMonth[4] == nil)
        #expect(costs.byEvent[event]?.workingTime == Money(cents: 128_000))
        // The event counts in full for both its goals; the logged hour only for its own.
        #expect(costs.byGoal[goal]?.workingTime == Money(cents: 132_000))
        #expect(costs.byGoal[otherGoal]?.workingTime == Money(cents: 128_000))
        #expect(costs.workingTimeBySource[.preparation] == Money(cents: 8_000))
    }

    @Test("External costs add to their area, month, event and category; the total is time plus external")
    func external() {
        let time: [WorkingTimeSummary.Record] = [.init(.events, month: 2, areaID: areaA, minutes: 600, level: .middle, eventID: event)]
        let external = [
            ExternalCostItem(month: 2, amount: Money(cents: 250_000), category: .consultant, areaID: areaA, eventID: event),
            ExternalCostItem(month: 2, amount: Money(cents: 40_000), category: .venue, areaID: areaA, eventID: event),
            ExternalCostItem(month: 9, amount: Money(cents: 10_000), category: .materials),
        ]
        let costs = ProgrammeCosts(time: time, rates: rates, external: external, budget: YearBudget())
        #expect(costs.total.external == Money(cents: 300_000))
        #expect(costs.total.total == Money(cents: 300_000 + 60_000))
        #expect(costs.byEvent[event]?.total == Money(cents: 350_000))
        #expect(costs.byArea[nil]?.external == Money(cents: 10_000))
        #expect(costs.byMonth[9]?.external == Money(cents: 10_000))
        #expect(costs.externalByCategory[.consultant] == Money(cents: 250_000))
        // 3 600 € over 10 participant hours: 360 € an hour; a sixth of it is working time.
        #expect(costs.total.costPerParticipantHour == Money(cents: 36_000))
        #expect(costs.total.workingTimeShare.map { abs($0 - 1.0 / 6) < 0.0001 } == true)
    }

    @Test("Each area against its own budget; the year against the whole budget or, without one, the areas' together")
    func budgets() {
        let external = [
            ExternalCostItem(month: 1, amount: Money(cents: 120_000), category: .consultant, areaID: areaA),
            ExternalCostItem(month: 1, amount: Money(cents: 30_000), category: .venue, areaID: areaB),
        ]
        let byArea = [areaA: Money(cents: 100_000), areaB: Money(cents: 50_000)]
        let costs = ProgrammeCosts(time: [], rates: rates, external: external, budget: YearBudget(byArea: byArea))
        #expect(costs.budgetComparison(area: areaA).isOver)
        #expect(costs.budgetComparison(area: areaB).remaining == Money(cents: 20_000))
        #expect(costs.areasOverBudget == [areaA])
        #expect(costs.budgetComparison.budget == Money(cents: 150_000) && !costs.budgetComparison.isOver)
        let withWhole = ProgrammeCosts(time: [], rates: rates, external: external, budget: YearBudget(total: Money(cents: 140_000), byArea: byArea))
        #expect(withWhole.budgetComparison.isOver)
        #expect(ProgrammeCosts(time: [], rates: rates, external: external, budget: YearBudget()).budgetComparison.budget == nil)
    }

    @Test("Without participant hours there is no cost per hour; without costs no share; nothing traps on extreme figures")
    func edges() {
        let empty = ProgrammeCosts(time: [], rates: rates, external: [], budget: YearBudget())
        #expect(empty.total.costPerParticipantHour == nil && empty.total.workingTimeShare == nil && empty.total.total == .zero)
        let huge = ProgrammeCosts(
            time: [.init(.events, month: 13, minutes: Int.max, level: .top), .init(.logged, month: 0, minutes: -50)],
            rates: HourlyRates(standard: Money(cents: Int.max)),
            external: [ExternalCostItem(month: -1, amount: Money(cents: Int.max), category: .other)], budget: YearBudget())
        #expect(huge.total.total.cents == Int.max)
        #expect(huge.byMonth.isEmpty)
        #expect(huge.total.costPerParticipantHour != nil)
    }

    @Test("A shared event's cost is split by attendance, to the cent, and evenly when nobody has attended")
    func sharedSplit() {
        let a = UUID(), b = UUID(), c = UUID()
        let shares = SharedCostSplit.shares(of: Money(cents: 100_000), attendedByOrganisation: [a: 1, b: 1, c: 1])
        #expect(shares.values.reduce(.zero, +) == Money(cents: 100_000))
        #expect(Set(shares.values.map(\.cents)) == [33_333, 33_334])
        let weighted = SharedCostSplit.shares(of: Money(cents: 90_000), attendedByOrganisation: [a: 20, b: 10, c: 0])
        #expect(weighted[a] == Money(cents: 60_000) && weighted[b] == Money(cents: 30_000) && weighted[c] == .zero)
        let nobody = SharedCostSplit.shares(of: Money(cents: 100), attendedByOrganisation: [a: 0, b: 0])
        #expect(nobody[a] == Money(cents: 50) && nobody[b] == Money(cents: 50))
        #expect(SharedCostSplit.shares(of: .zero, attendedByOrganisation: [a: 3]).isEmpty)
        #expect(SharedCostSplit.shares(of: Money(cents: 7), attendedByOrganisation: [a: Int.max, b: Int.max]).values.reduce(.zero, +) == Money(cents: 7))
    }

    @Test("Amounts are written in the reader's language and read back from a form as written")
    func formatting() {
        let amount = Money(cents: 123_450)
        #expect(Localizer(language: .finnish).money(amount) == "1\u{00A0}235\u{00A0}€")
        #expect(Localizer(language: .english).money(amount, cents: true) == "€1,234.50")
        for language in Language.allCases {
            let localizer = Localizer(language: language)
            for cents in [0, 5, 100, 123_450, 999_999_99] {
                #expect(Money(typed: localizer.moneyInput(Money(cents: cents)))?.cents == cents)
            }
        }
    }
}
