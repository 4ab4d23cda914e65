import Foundation

/// Where an hour of the programme's working time comes from. Most of it is derived, not typed:
/// the article's town ran its programme on the managers' own time and had to show what it cost.
public enum TimeSource: String, CaseIterable, Sendable {
    /// An event's length times those who attended it.
    case events
    /// A held coaching session's length times the coachees who took part.
    case coaching
    /// Hosts' and experts' preparation, entered per event.
    case preparation
    /// Other programme work a person logged themselves.
    case logged
}

/// The limits of what the working-time forms accept.
public enum WorkingTimeLimits {
    /// A logged entry: a quarter of an hour to a long working day.
    public static let entryMinutes = 15...(16 * 60)
    /// An event's preparation, all hosts and experts together.
    public static let preparationMinutes = 0...(1_000 * 60)
    public static let noteLength = 200
    /// An event counts for at most a day: a mistyped end cannot make it a month.
    public static let eventMinutes = 0...(24 * 60)
}

/// The time an event took of those who attended it: its length (at most a day) times the
/// number who attended. Total for any input: negative lengths count as nothing, products saturate.
public enum EventTime {
    public static func lengthInMinutes(from start: Date, to end: Date) -> Int {
        let seconds = end.timeIntervalSince(start)
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return min(WorkingTimeLimits.eventMinutes.upperBound, Int(seconds / 60))
    }

    public static func participantMinutes(from start: Date, to end: Date, attended: Int) -> Int {
        TimeArithmetic.product(lengthInMinutes(from: start, to: end), attended)
    }
}

/// Sums and products that saturate instead of trapping: stored figures are bounded where they
/// are entered, and this keeps every total defined whatever a database holds.
public enum TimeArithmetic {
    public static func sum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = max(0, a).addingReportingOverflow(max(0, b))
        return overflow ? Int.max : sum
    }

    public static func product(_ a: Int, _ b: Int) -> Int {
        let (product, overflow) = max(0, a).multipliedReportingOverflow(by: max(0, b))
        return overflow ? Int.max : product
    }
}

/// A year's working time of the programme, summed by source, development area and month.
/// Built from records that the database has already grouped (one per event, session or
/// area-and-month of logged time), so its size does not grow with the number of attendances.
public struct WorkingTimeSummary: Sendable, Equatable {
    /// Minutes of one source in one month (1–12), for one area (nil: the programme as a whole).
    public struct Record: Sendable, Equatable {
        public var source: TimeSource
        public var month: Int
        public var areaID: UUID?
        public var minutes: Int
        /// The management level of those whose time it is (nil: not known, e.g. preparation),
        /// which sets its hourly cost.
        public var level: ManagementLevel?
        /// The event the time was spent in or for, and the result goals it served.
        public var eventID: UUID?
        public var goalIDs: [UUID]

        public init(
            _ source: TimeSource, month: Int, areaID: UUID? = nil, minutes: Int, level: ManagementLevel? = nil, eventID: UUID? = nil, goalIDs: [UUID] = []
        ) {
            self.source = source
            self.month = month
            self.areaID = areaID
            self.minutes = minutes
            self.level = level
            self.eventID = eventID
            self.goalIDs = goalIDs
        }
    }

    public private(set) var totalMinutes = 0
    public private(set) var bySource: [TimeSource: Int] = [:]
    /// nil: time not tied to a development area.
    public private(set) var byArea: [UUID?: [TimeSource: Int]] = [:]
    /// Month 1–12; records of other months are left out of the months (never of the totals).
    public private(set) var byMonth: [Int: [TimeSource: Int]] = [:]

    public init(_ records: [Record] = []) {
        for record in records { add(record) }
    }

    public mutating func add(_ record: Record) {
        let minutes = max(0, record.minutes)
        totalMinutes = TimeArithmetic.sum(totalMinutes, minutes)
        bySource[record.source] = TimeArithmetic.sum(bySource[record.source] ?? 0, minutes)
        byArea[record.areaID, default: [:]][record.source] = TimeArithmetic.sum(byArea[record.areaID]?[record.source] ?? 0, minutes)
        if (1...12).contains(record.month) {
            byMonth[record.month, default: [:]][record.source] = TimeArithmetic.sum(byMonth[record.month]?[record.source] ?? 0, minutes)
        }
    }

    public func minutes(in area: UUID?) -> Int {
        (byArea[area] ?? [:]).values.reduce(0, TimeArithmetic.sum)
    }

    public func minutes(inMonth month: Int) -> Int {
        (byMonth[month] ?? [:]).values.reduce(0, TimeArithmetic.sum)
    }

    public static func hours(_ minutes: Int) -> Double { Double(minutes) / 60 }
}

/// Reading hours as people type them: "1,5", "1.5", "1 h", "90 min", "1:30". Nil for anything
/// else, for zero or less, and for more than `WorkingTimeLimits.entryMinutes` allows.
public enum HoursInput {
    public static func minutes(_ text: String, limits: ClosedRange<Int> = WorkingTimeLimits.entryMinutes) -> Int? {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !text.isEmpty, text.count <= 20 else { return nil }
        var unit = 60.0
        for suffix in ["min", "m"] where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            unit = 1
            break
        }
        if unit == 60 {
            for suffix in ["tuntia", "tunti", "timmar", "timme", "hours", "hour", "h", "t"] where text.hasSuffix(suffix) {
                text = String(text.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        let minutes: Double
        if unit == 60, let colon = text.firstIndex(of: ":") {
            guard let hours = Int(text[..<colon]), let rest = Int(text[text.index(after: colon)...]), (0..<60).contains(rest), (0...24).contains(hours)
            else { return nil }
            minutes = Double(hours * 60 + rest)
        } else {
            let number = text.replacingOccurrences(of: ",", with: ".")
            guard number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(number), value.isFinite else { return nil }
            minutes = (value * unit).rounded()
        }
        guard minutes <= Double(limits.upperBound) else { return nil }
        let whole = Int(minutes)
        return limits.contains(whole) ? whole : nil
    }

    /// Minutes written back as hours for a form, as few decimals as needed: "2", "1,5", "1,25".
    /// No thousands grouping, so what is written reads back the same (`minutes(_:)`).
    public static func text(minutes: Int, _ localizer: Localizer) -> String {
        let minutes = max(0, minutes)
        let whole = minutes / 60, hundredths = (minutes % 60 * 100 + 30) / 60
        guard hundredths > 0 else { return String(whole) }
        let separator = localizer.language == .english ? "." : ","
        let fraction = hundredths % 10 == 0 ? String(hundredths / 10) : String(format: "%02d", hundredths)
        return String(whole) + separator + fraction
    }
}
