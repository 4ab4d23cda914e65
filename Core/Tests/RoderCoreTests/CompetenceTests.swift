import Foundation
import Testing

@testable import RoderCore

@Suite("Competence")
struct CompetenceTests {
    let unitManager = UUID(), director = UUID()
    let leading = UUID(), finances = UUID(), change = UUID()
    let k5 = AnonymityThreshold.standard

    private func levels(_ profile: UUID, _ competence: UUID, _ values: [Int]) -> [SelfAssessedLevel] {
        values.map { SelfAssessedLevel(personID: UUID(), profileID: profile, competenceID: competence, level: CompetenceLevel($0)!) }
    }

    @Test("A level is 1 to 4; anything else typed is no level")
    func levelsParse() {
        #expect(CompetenceLevel.all.map(\.value) == [1, 2, 3, 4])
        #expect(CompetenceLevel(parsing: " 3 ")?.value == 3)
        for typed in ["0", "5", "-1", "", "three", "9223372036854775808", "2.5", nil] as [String?] {
            #expect(CompetenceLevel(parsing: typed) == nil, "\(typed ?? "nil")")
        }
    }

    @Test("A distribution counts each level and gives the mean")
    func distribution() {
        let distribution = LevelDistribution([1, 2, 2, 4].map { CompetenceLevel($0)! })
        #expect(distribution.counts == [1, 2, 0, 1] && distribution.respondents == 4 && distribution.mean == 2.25)
        #expect(LevelDistribution().mean == nil)
        // Counts from the database are added without a trap, whatever they are.
        var huge = LevelDistribution()
        huge.add(CompetenceLevel(4)!, times: Int.max)
        huge.add(CompetenceLevel(4)!, times: Int.max)
        huge.add(CompetenceLevel(1)!, times: Int.max)
        huge.add(CompetenceLevel(2)!, times: -5)
        #expect(huge.respondents == Int.max && huge.count(CompetenceLevel(2)!) == 0 && huge.mean.map { $0 > 2 && $0 < 3 } == true)
    }

    @Test("Counts from the database give the same overview as the individual levels")
    func fromCounts() {
        let answers = levels(unitManager, leading, [1, 2, 3, 4, 4, 2]) + levels(director, leading, [3, 3, 3, 3, 4])
        let fromLevels = CompetenceOverview(competenceIDs: [leading], current: answers, previous: [], threshold: k5)
        // Written out as the database's GROUP BY would give them.
        let level = { CompetenceLevel($0)! }
        let counted = [
            LevelCount(profileID: unitManager, competenceID: leading, level: level(1), count: 1),
            LevelCount(profileID: unitManager, competenceID: leading, level: level(2), count: 2),
            LevelCount(profileID: unitManager, competenceID: leading, level: level(3), count: 1),
            LevelCount(profileID: unitManager, competenceID: leading, level: level(4), count: 2),
            LevelCount(profileID: director, competenceID: leading, level: level(3), count: 4),
            LevelCount(profileID: director, competenceID: leading, level: level(4), count: 1),
        ]
        let fromCounts = CompetenceOverview(competenceIDs: [leading], current: counted, previous: [], threshold: k5)
        #expect(fromLevels.rows[0].total == fromCounts.rows[0].total && fromLevels.rows[0].byProfile == fromCounts.rows[0].byProfile)
        #expect(fromCounts.rows[0].byProfile[director]?.distribution?.counts == [0, 0, 4, 1])
    }

    @Test("Nothing shows until k people have answered; then the distribution does")
    func nothingBelowK() {
        let four = levels(unitManager, leading, [2, 3, 3, 4])
        let belowK = CompetenceOverview(competenceIDs: [leading], current: four, previous: [], threshold: k5)
        #expect(belowK.rows[0].total == .hidden && belowK.rows[0].byProfile[unitManager] == .hidden)
        #expect(belowK.commonNeeds().isEmpty)

        let five = four + levels(unitManager, leading, [1])
        let atK = CompetenceOverview(competenceIDs: [leading], current: five, previous: [], threshold: k5)
        #expect(atK.rows[0].total.distribution?.counts == [1, 1, 2, 1])
        #expect(atK.rows[0].byProfile[unitManager]?.distribution?.respondents == 5)
    }

    @Test("A small profile is not the total minus the shown one: both hide together")
    func noBackCalculation() {
        // Six unit managers and two directors: the total (8) may show, but then the directors
        // would be 8 − 6; so the unit managers hide as well.
        let answers = levels(unitManager, leading, [2, 2, 3, 3, 3, 4]) + levels(director, leading, [1, 4])
        let overview = CompetenceOverview(competenceIDs: [leading], current: answers, previous: [], threshold: k5)
        #expect(overview.rows[0].total.distribution?.respondents == 8)
        #expect(overview.rows[0].byProfile[director] == .hidden)
        #expect(overview.rows[0].byProfile[unitManager] == .hidden)
    }

    @Test("The change is against the previous round's same group, when that one showed")
    func changeSincePrevious() {
        let previous = levels(unitManager, leading, [1, 2, 2, 2, 3]) + levels(unitManager, finances, [1, 1, 2])
        let current = levels(unitManager, leading, [2, 3, 3, 3, 4]) + levels(unitManager, finances, [2, 2, 2, 3, 3])
        let overview = CompetenceOverview(competenceIDs: [leading, finances], current: current, previous: previous, threshold: k5)
        guard case .shown(_, let leadingChange) = overview.rows[0].total, case .shown(_, let financesChange) = overview.rows[1].total else {
            Issue.record("both totals should show")
            return
        }
        #expect(abs((leadingChange ?? 0) - 1.0) < 1e-9)
        // Last round showed no finances figures (3 answers): no change to give.
        #expect(financesChange == nil)
    }

    @Test("Common development needs are the lowest-rated visible competences, lowest first, ties in framework order")
    func commonNeeds() {
        let answers =
            levels(unitManager, leading, [3, 3, 3, 4, 4]) + levels(unitManager, finances, [1, 2, 2, 2, 2])
            + levels(unitManager, change, [2, 2, 2, 2, 1]) + levels(director, UUID(), [1, 1])
        let overview = CompetenceOverview(competenceIDs: [leading, finances, change], current: answers, previous: [], threshold: k5)
        #expect(overview.commonNeeds(limit: 2).map(\.competenceID) == [finances, change])
        #expect(overview.commonNeeds(limit: -1).isEmpty)
    }

    @Test("A person counts once per competence, whatever is stored twice")
    func onePersonOnce() {
        let person = UUID()
        let twice = [1, 4].map { SelfAssessedLevel(personID: person, profileID: unitManager, competenceID: leading, level: CompetenceLevel($0)!) }
        let overview = CompetenceOverview(
            competenceIDs: [leading], current: twice + levels(unitManager, leading, [2, 2, 2]), previous: [], threshold: try! AnonymityThreshold(3))
        #expect(overview.rows[0].total.distribution?.respondents == 4)
    }

    @Test("A manager's result: the gap to the expected level and the change since last round")
    func ownResult() {
        let level = { CompetenceLevel($0)! }
        let result = SelfAssessmentResult(competenceID: leading, level: level(2), expected: level(3), previous: level(1))
        #expect(result.gap == 1 && result.change == 1)
        #expect(SelfAssessmentResult(competenceID: leading, level: level(4), expected: level(3), previous: nil).gap == 0)
        #expect(SelfAssessmentResult(competenceID: leading, level: nil, expected: level(3), previous: level(2)).change == nil)
    }

    @Test("A round takes answers until it is closed or its last day is over")
    func roundWindow() {
        let lastDay = Date(timeIntervalSince1970: 1_800_000_000)
        let window = AssessmentRoundWindow(closesOn: lastDay, closedAt: nil)
        #expect(window.isOpen(at: lastDay.addingTimeInterval(23 * 3600)))
        #expect(!window.isOpen(at: lastDay.addingTimeInterval(24 * 3600)))
        #expect(AssessmentRoundWindow(closesOn: nil, closedAt: nil).isOpen(at: .distantFuture))
        #expect(!AssessmentRoundWindow(closesOn: nil, closedAt: lastDay).isOpen(at: lastDay))
    }
}
