import Foundation
import Testing

@testable import RoderCore

@Suite("Progress of indicators")
struct ProgressTests {
    @Test("Upward: distance from baseline to target", arguments: [(40.0, 0.0), (55.0, 0.5), (70.0, 1.0), (90.0, 1.0), (30.0, 0.0)])
    func upward(value: Double, expected: Double) {
        let satisfaction = IndicatorDefinition(baseline: 40, target: 70, direction: .up)
        #expect(abs(satisfaction.progress(of: value) - expected) < 0.0001)
    }

    @Test("Downward: sick leave from 6 % to 4 %", arguments: [(6.0, 0.0), (5.0, 0.5), (4.0, 1.0), (3.0, 1.0), (7.0, 0.0)])
    func downward(value: Double, expected: Double) {
        let sickLeave = IndicatorDefinition(baseline: 6, target: 4, direction: .down)
        #expect(abs(sickLeave.progress(of: value) - expected) < 0.0001)
    }

    @Test("Neutral: closeness to the target either way")
    func neutral() {
        let budget = IndicatorDefinition(baseline: 120, target: 100, direction: .neutral)
        #expect(budget.progress(of: 100) == 1)
        #expect(abs(budget.progress(of: 110) - 0.5) < 0.0001)
        #expect(abs(budget.progress(of: 90) - 0.5) < 0.0001)
        #expect(budget.progress(of: 140) == 0)
    }

    @Test(
        "Progress is a number from 0 to 1 whatever the values, at the ends of Double's range too",
        arguments: [
            (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude), (Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude),
            (0.0, Double.greatestFiniteMagnitude), (-1e308, 1e308), (0.0, 1e-320),
        ] as [(Double, Double)])
    func extremes(baseline: Double, target: Double) {
        for direction in [PreferredDirection.up, .down, .neutral] {
            let definition = IndicatorDefinition(baseline: baseline, target: target, direction: direction)
            for value in [-Double.greatestFiniteMagnitude, -1e308, 0, 1e-320, 1e308, Double.greatestFiniteMagnitude] {
                let progress = definition.progress(of: value)
                #expect(progress.isFinite && (0...1).contains(progress), "\(direction) \(baseline)→\(target) at \(value): \(progress)")
            }
        }
    }

    @Test("Baseline equal to target: met or not")
    func equalBaselineAndTarget() {
        #expect(IndicatorDefinition(baseline: 5, target: 5, direction: .up).progress(of: 6) == 1)
        #expect(IndicatorDefinition(baseline: 5, target: 5, direction: .up).progress(of: 4) == 0)
        #expect(IndicatorDefinition(baseline: 5, target: 5, direction: .down).progress(of: 4) == 1)
    }

    @Test("The latest measurement counts, whatever order they were recorded in")
    func latestCounts() {
        let definition = IndicatorDefinition(baseline: 0, target: 10, direction: .up)
        let measurements = [MeasuredValue(date: Date(timeIntervalSince1970: 200), value: 8), MeasuredValue(date: Date(timeIntervalSince1970: 100), value: 2)]
        #expect(definition.progress(of: measurements) == 0.8)
        #expect(definition.progress(of: []) == nil)
    }
}

@Suite("Roll-up and colours")
struct RollUpTests {
    let up = IndicatorDefinition(baseline: 0, target: 10, direction: .up, weight: 3)
    let light = IndicatorDefinition(baseline: 0, target: 10, direction: .up, weight: 1)

    @Test("A goal averages its indicators, or weighs them when the programme says so")
    func goal() {
        #expect(RollUp.goal([(up, 1.0), (light, 0.0)], method: .average) == 0.5)
        #expect(RollUp.goal([(up, 1.0), (light, 0.0)], method: .weighted) == 0.75)
    }

    @Test("Indicators without values and archived ones are left out; none at all gives nothing")
    func leftOut() {
        let archived = IndicatorDefinition(baseline: 0, target: 10, direction: .up, isArchived: true)
        #expect(RollUp.goal([(up, 0.6), (light, nil), (archived, 0.0)], method: .average) == 0.6)
        #expect(RollUp.goal([(light, nil)], method: .average) == nil)
    }

    @Test("Areas and the programme average the parts that have a figure")
    func areas() {
        #expect(RollUp.average([0.2, nil, 0.8]) == 0.5)
        #expect(RollUp.average([nil, nil]) == nil)
    }

    @Test("Colours follow the programme's thresholds", arguments: [(0.9, ProgressColour.green), (0.7, .green), (0.5, .amber), (0.4, .amber), (0.1, .red)])
    func colours(progress: Double, colour: ProgressColour) {
        #expect(ColourThresholds.standard.colour(for: progress) == colour)
    }

    @Test("No measurement is grey; thresholds must be in order")
    func greyAndInvalid() throws {
        #expect(ColourThresholds.standard.colour(for: nil) == .grey)
        let strict = try ColourThresholds(green: 0.9, amber: 0.6)
        #expect(strict.colour(for: 0.8) == .amber)
        #expect(throws: ColourThresholds.ThresholdError.self) { try ColourThresholds(green: 0.3, amber: 0.5) }
        #expect(throws: ColourThresholds.ThresholdError.self) { try ColourThresholds(green: 1.2, amber: 0.5) }
    }

    @Test("At risk and off track need a comment")
    func comments() {
        #expect(GoalStatus.allCases.filter(\.requiresComment) == [.atRisk, .offTrack])
    }
}

@Suite("Periods, carry-over and archiving")
struct PeriodTests {
    let helsinki = TimeZone.helsinki
    func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: helsinki, year: year, month: month, day: day, hour: 12).date!
    }

    @Test("A period locks when its year ends, and an owner can unlock it")
    func locking() {
        var period = ProgrammePeriod(year: 2025)
        #expect(period.acceptsMeasurements(at: date(2025, 12, 31), in: helsinki))
        #expect(!period.acceptsMeasurements(at: date(2026, 1, 1), in: helsinki))
        period.isUnlocked = true
        #expect(period.acceptsMeasurements(at: date(2026, 3, 1), in: helsinki))
        #expect(period.contains(date(2025, 6, 1), in: helsinki))
        #expect(!period.contains(date(2026, 6, 1), in: helsinki))
    }

    @Test("Carry-over copies unfinished goals, their indicators starting where they ended")
    func carryOver() {
        let definition = IndicatorDefinition(baseline: 6, target: 4, direction: .down)
        let measured = CarryOver.Indicator(
            id: UUID(), definition: definition,
            measurements: [MeasuredValue(date: date(2025, 3, 1), value: 5.6), MeasuredValue(date: date(2025, 11, 1), value: 5.1)])
        let unmeasured = CarryOver.Indicator(id: UUID(), definition: definition, measurements: [])
        let archived = CarryOver.Indicator(
            id: UUID(), definition: IndicatorDefinition(baseline: 0, target: 1, direction: .up, isArchived: true), measurements: [])
        let open = CarryOver.Goal(id: UUID(), status: .atRisk, isArchived: false, indicators: [measured, unmeasured, archived])
        let done = CarryOver.Goal(id: UUID(), status: .done, isArchived: false, indicators: [measured])
        let shelved = CarryOver.Goal(id: UUID(), status: .onTrack, isArchived: true, indicators: [])
        let copies = CarryOver.plan([open, done, shelved])
        #expect(copies.map(\.sourceGoalID) == [open.id])
        #expect(copies[0].indicators.map(\.sourceIndicatorID) == [measured.id, unmeasured.id])
        #expect(copies[0].indicators[0].definition.baseline == 5.1)
        #expect(copies[0].indicators[0].definition.target == 4)
        #expect(copies[0].indicators[1].definition.baseline == 6)
    }

    @Test("Archiving and restoring")
    func archive() throws {
        var state = ArchiveState()
        try state.archive(at: date(2026, 5, 1), by: "Helena")
        #expect(state.isArchived)
        #expect(throws: ArchiveState.Problem.alreadyArchived) { try state.archive(at: date(2026, 5, 2), by: "Helena") }
        try state.restore()
        #expect(!state.isArchived)
        #expect(state.archivedBy == nil)
        #expect(throws: ArchiveState.Problem.notArchived) { try state.restore() }
    }
}

@Suite("Initiatives, milestones and programme settings")
struct InitiativeTests {
    let helsinki = TimeZone(identifier: "Europe/Helsinki")!
    func day(_ text: String, hour: Int = 12) -> Date {
        var components = DateComponents()
        let parts = text.split(separator: "-").map { Int($0)! }
        (components.year, components.month, components.day, components.hour) = (parts[0], parts[1], parts[2], hour)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = helsinki
        return calendar.date(from: components)!
    }

    @Test("A milestone is overdue from the day after its due day, and never once done")
    func overdue() {
        let milestone = Milestone(id: UUID(), title: LocalizedText(sv: "Pilot"), due: day("2026-03-31"))
        #expect(!milestone.isOverdue(at: day("2026-03-31", hour: 23), in: helsinki))
        #expect(milestone.isOverdue(at: day("2026-04-01", hour: 0), in: helsinki))
        let done = Milestone(id: milestone.id, title: milestone.title, due: milestone.due, doneAt: day("2026-04-10"))
        #expect(!done.isOverdue(at: day("2026-05-01"), in: helsinki))
    }

    @Test("The next milestone is the earliest not done; overdue ones sort oldest first")
    func next() {
        let first = Milestone(id: UUID(), title: LocalizedText(sv: "A"), due: day("2026-01-15"), doneAt: day("2026-01-10"))
        let second = Milestone(id: UUID(), title: LocalizedText(sv: "B"), due: day("2026-06-01"))
        let third = Milestone(id: UUID(), title: LocalizedText(sv: "C"), due: day("2026-03-01"))
        #expect(Milestones.next([first, second, third])?.title == third.title)
        #expect(Milestones.next([first]) == nil)
        #expect(Milestones.overdue([first, second, third], at: day("2026-07-01"), in: helsinki).map(\.title) == [third.title, second.title])
    }

    @Test("Moving an area up or down swaps it with its neighbour, and stops at the ends")
    func reorder() {
        #expect(Reordering.move(3, by: -1, in: [1, 2, 3, 4]) == [1, 3, 2, 4])
        #expect(Reordering.move(3, by: 1, in: [1, 2, 3, 4]) == [1, 2, 4, 3])
        #expect(Reordering.move(1, by: -1, in: [1, 2, 3]) == [1, 2, 3])
        #expect(Reordering.move(3, by: 1, in: [1, 2, 3]) == [1, 2, 3])
        #expect(Reordering.move(9, by: 1, in: [1, 2, 3]) == [1, 2, 3])
    }

    @Test("Thresholds typed as percentages; amber above green or outside 0–100 is refused")
    func thresholds() {
        #expect(ProgrammeSettings.parse(green: "80", amber: "50,5") == (try? ColourThresholds(green: 0.8, amber: 0.505)))
        #expect(ProgrammeSettings.parse(green: "50", amber: "60") == nil)
        #expect(ProgrammeSettings.parse(green: "120", amber: "60") == nil)
        #expect(ProgrammeSettings.parse(green: "", amber: "40") == nil)
        let strict = try! ColourThresholds(green: 0.9, amber: 0.6)
        #expect(strict.colour(for: 0.8) == .amber)
        #expect(ColourThresholds.standard.colour(for: 0.8) == .green)
    }

    @Test("Carrying over a year takes only that year's unfinished goals, and only once")
    func carryOverByYear() {
        let indicator = CarryOver.Indicator(
            id: UUID(), definition: IndicatorDefinition(baseline: 10, target: 20, direction: .up),
            measurements: [MeasuredValue(date: day("2025-06-01"), value: 14)])
        let unfinished = CarryOver.Goal(id: UUID(), status: .atRisk, isArchived: false, indicators: [indicator], endYear: 2025)
        let nextYears = CarryOver.Goal(id: UUID(), status: .onTrack, isArchived: false, indicators: [], endYear: 2026)
        let wholeProgramme = CarryOver.Goal(id: UUID(), status: .onTrack, isArchived: false, indicators: [], endYear: nil)
        let carried = CarryOver.Goal(id: UUID(), status: .offTrack, isArchived: false, indicators: [], endYear: 2025, hasBeenCarriedOver: true)
        let plan = CarryOver.plan([unfinished, nextYears, wholeProgramme, carried], endingIn: 2025)
        #expect(plan.map(\.sourceGoalID) == [unfinished.id])
        #expect(plan.first?.indicators.first?.definition.baseline == 14)
    }
}

@Suite("Measurement frequency")
struct FrequencyTests {
    let helsinki = TimeZone(identifier: "Europe/Helsinki")!
    func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = helsinki
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    @Test("A value is due once a whole period has passed since the latest, or when there is none")
    func due() {
        #expect(MeasurementFrequency.quarterly.isDue(latest: nil, at: day(2026, 1, 1), in: helsinki))
        #expect(!MeasurementFrequency.quarterly.isDue(latest: day(2026, 3, 31), at: day(2026, 6, 30), in: helsinki))
        #expect(MeasurementFrequency.quarterly.isDue(latest: day(2026, 3, 31), at: day(2026, 7, 1), in: helsinki))
        #expect(!MeasurementFrequency.yearly.isDue(latest: day(2025, 12, 31), at: day(2026, 11, 29), in: helsinki))
        #expect(MeasurementFrequency.monthly.isDue(latest: day(2026, 9, 30), at: day(2026, 11, 29), in: helsinki))
    }
}
