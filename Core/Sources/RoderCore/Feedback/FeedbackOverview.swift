import Foundation

/// January–June or July–December of a year: the periods the programme reports feedback and
/// attendance by.
public struct HalfYear: Sendable, Hashable, Comparable {
    public let year: Int
    /// 1 or 2.
    public let half: Int

    public init(year: Int, half: Int) {
        self.year = year
        self.half = half
    }

    public init(_ date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.init(year: calendar.component(.year, from: date), half: calendar.component(.month, from: date) <= 6 ? 1 : 2)
    }

    public static func < (a: HalfYear, b: HalfYear) -> Bool { (a.year, a.half) < (b.year, b.half) }

    /// "2026-1": for links and stored keys.
    public var key: String { "\(year)-\(half)" }

    public init?(key: String) {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let half = Int(parts[1]), (1...2).contains(half), (2000...2100).contains(year) else { return nil }
        self.init(year: year, half: half)
    }

    /// "1–6/2026" or "7–12/2026": read the same in Swedish, Finnish and English.
    public var label: String { half == 1 ? "1–6/\(year)" : "7–12/\(year)" }

    /// From the first moment of the half-year to the first of the next, in `timeZone`.
    public func dates(in timeZone: TimeZone) -> Range<Date> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = calendar.date(from: DateComponents(year: year, month: half == 1 ? 1 : 7, day: 1)) ?? .distantPast
        let end = calendar.date(from: DateComponents(year: year + (half == 1 ? 0 : 1), month: half == 1 ? 7 : 1, day: 1)) ?? .distantFuture
        return start..<max(start, end)
    }

    /// The half-years of dates in ascending order, each once: the calendar is asked once per
    /// half-year rather than once per date (thousands of events' dates cost a comparison each).
    public static func periods(ofAscending dates: some Sequence<Date>, timeZone: TimeZone) -> [HalfYear] {
        var periods: [HalfYear] = []
        var current: Range<Date>?
        for date in dates where !(current?.contains(date) ?? false) {
            let period = HalfYear(date, timeZone: timeZone)
            let range = period.dates(in: timeZone)
            // A date outside its own half-year's range (out of order, or beyond the calendar) is still counted, once.
            current = range.contains(date) ? range : nil
            if !periods.contains(period) { periods.append(period) }
        }
        return periods
    }
}

/// Feedback across events: the whole programme, per half-year, per development area, and per
/// area and half-year — what the programme owner and the management group follow over time.
///
/// No back-calculation: an event whose respondents are below k shows no results on its own
/// page, so it is left out of every average here as well. Were it included, the difference
/// between an average with it and the events shown on their own would give its answers away.
/// Counts (answers, eligible, response rate) include every event: counts are always shown.
public struct FeedbackOverview: Sendable {
    public struct EventInput: Sendable {
        public let areaID: UUID?
        public let start: Date
        /// Attendees, who could answer.
        public let eligible: Int
        /// The scores of the answers the results may use (as released: `ResultRelease`).
        public let totals: ScoreTotals
        /// How many answered in all; the ones not yet released are counted, not averaged.
        public let respondents: Int

        public init(areaID: UUID?, start: Date, eligible: Int, totals: ScoreTotals, respondents: Int? = nil) {
            self.areaID = areaID
            self.start = start
            self.eligible = eligible
            self.totals = totals
            self.respondents = max(respondents ?? totals.answers, totals.answers)
        }

        public init(areaID: UUID?, start: Date, eligible: Int, answers: [FeedbackAnswer], respondents: Int? = nil) {
            self.init(areaID: areaID, start: start, eligible: eligible, totals: ScoreTotals(answers), respondents: respondents)
        }
    }

    /// One group of events.
    public struct Cell: Sendable, Hashable {
        public var events = 0
        public var eligible = 0
        public var respondents = 0
        /// Answers in events below k: counted above, not in the means.
        public var leftOut = 0
        /// Mean per scale question over the events at or above k; empty when there are none.
        public var means: [String: Double] = [:]

        public var responseRate: Double? { eligible > 0 ? Double(respondents) / Double(eligible) : nil }

        /// The mean of the question means: one figure for "how was it received".
        public var overall: Double? {
            means.isEmpty ? nil : means.values.reduce(0, +) / Double(means.count)
        }
    }

    public let overall: Cell
    public let byHalfYear: [(period: HalfYear, cell: Cell)]
    /// Areas in the order they were first met; `nil` for events without an area.
    public let byArea: [UUID?: Cell]
    public let byAreaAndHalfYear: [UUID?: [HalfYear: Cell]]
    public let periods: [HalfYear]

    public init(events: [EventInput], questions: [FeedbackQuestion], threshold: AnonymityThreshold, timeZone: TimeZone) {
        let scaleKeys = questions.filter { $0.kind == .scale }.map(\.key)
        func cell(_ group: [EventInput]) -> Cell {
            var cell = Cell()
            var sums: [String: (total: Int, count: Int)] = [:]
            for event in group {
                cell.events += 1
                cell.eligible += event.eligible
                cell.respondents += event.respondents
                guard threshold.allows(event.totals.answers) else {
                    cell.leftOut += event.respondents
                    continue
                }
                cell.leftOut += event.respondents - event.totals.answers
                // A question counts from an event only where k answered it there.
                for key in scaleKeys {
                    guard let scores = event.totals.byQuestion[key], threshold.allows(scores.answered) else { continue }
                    sums[key, default: (0, 0)].total += scores.sum
                    sums[key, default: (0, 0)].count += scores.answered
                }
            }
            cell.means = sums.compactMapValues { $0.count > 0 ? Double($0.total) / Double($0.count) : nil }
            return cell
        }
        let periodOf = { (event: EventInput) in HalfYear(event.start, timeZone: timeZone) }
        overall = cell(events)
        let byPeriod = Dictionary(grouping: events, by: periodOf)
        periods = byPeriod.keys.sorted()
        byHalfYear = periods.map { ($0, cell(byPeriod[$0]!)) }
        let byAreaEvents = Dictionary(grouping: events, by: \.areaID)
        byArea = byAreaEvents.mapValues(cell)
        byAreaAndHalfYear = byAreaEvents.mapValues { group in Dictionary(grouping: group, by: periodOf).mapValues(cell) }
    }
}

/// What the means across events are made of: for one event's released answers, how many there
/// are and, per question, the sum and number of its scores. Kept with each release
/// (`FeedbackRelease`), so that an overview of hundreds of events reads one row per event
/// instead of every answer; built from answers here, the one way to make it.
public struct ScoreTotals: Sendable, Hashable, Codable {
    public struct Question: Sendable, Hashable, Codable {
        public var sum: Int
        public var answered: Int

        public init(sum: Int = 0, answered: Int = 0) {
            self.sum = sum
            self.answered = answered
        }
    }

    /// Answers counted.
    public var answers: Int
    /// Question key → the scores given to it.
    public var byQuestion: [String: Question]

    public init(answers: Int = 0, byQuestion: [String: Question] = [:]) {
        self.answers = answers
        self.byQuestion = byQuestion
    }

    public init(_ answers: [FeedbackAnswer]) {
        self.init(answers: answers.count)
        for answer in answers {
            for (key, score) in answer.scores {
                byQuestion[key, default: Question()].sum &+= score
                byQuestion[key, default: Question()].answered += 1
            }
        }
    }
}
