import Foundation

/// A result goal's status, as its responsible person reports it.
public enum GoalStatus: String, CaseIterable, Codable, Sendable, Hashable {
    case notStarted = "not_started"
    case onTrack = "on_track"
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case done

    /// At risk and off track need a comment: the management group must know why.
    public var requiresComment: Bool { self == .atRisk || self == .offTrack }
}

/// Which way an indicator should move.
public enum PreferredDirection: String, CaseIterable, Codable, Sendable, Hashable {
    case up, down
    /// Stay at the target (e.g. a budget): progress is closeness to it.
    case neutral
}

/// One recorded value of an indicator.
public struct MeasuredValue: Sendable, Hashable, Codable {
    public let date: Date
    public let value: Double

    public init(date: Date, value: Double) {
        self.date = date
        self.value = value
    }
}

/// What progress means for one indicator: from baseline to target, clamped to 0–100 %.
public struct IndicatorDefinition: Sendable, Hashable {
    public let baseline: Double
    public let target: Double
    public let direction: PreferredDirection
    /// Relative weight in its goal's roll-up when the programme weighs indicators.
    public let weight: Double
    public let isArchived: Bool

    public init(baseline: Double, target: Double, direction: PreferredDirection, weight: Double = 1, isArchived: Bool = false) {
        self.baseline = baseline
        self.target = target
        self.direction = direction
        self.weight = weight
        self.isArchived = isArchived
    }

    /// Progress of `value` from the baseline towards the target, 0...1.
    ///
    /// Up and down use the same distance: (value − baseline) / (target − baseline), so a
    /// "down" indicator (sick leave from 6 % to 4 %) counts 5 % as half way. Neutral counts
    /// how close the value is to the target, relative to the baseline's distance from it.
    /// When baseline and target are equal, the target is either met (1) or not (0).
    public func progress(of value: Double) -> Double {
        let span = target - baseline
        let raw: Double
        switch direction {
        case .up, .down:
            if span == 0 {
                raw = direction == .up ? (value >= target ? 1 : 0) : (value <= target ? 1 : 0)
            } else {
                raw = (value - baseline) / span
            }
        case .neutral:
            let allowed = abs(span)
            raw = allowed == 0 ? (value == target ? 1 : 0) : 1 - abs(value - target) / allowed
        }
        // Values near the ends of Double's range make the span infinite and the ratio NaN:
        // progress stays a number from 0 to 1 whatever was stored.
        guard raw.isFinite else { return raw == .infinity ? 1 : 0 }
        return min(1, max(0, raw))
    }

    /// Progress by the latest measurement, or nil before the first one.
    public func progress(of measurements: [MeasuredValue]) -> Double? {
        measurements.max { $0.date < $1.date }.map { progress(of: $0.value) }
    }
}

/// How a programme rolls indicators up into goals.
public enum RollUpMethod: String, CaseIterable, Codable, Sendable, Hashable {
    case average
    case weighted
}

public enum RollUp {
    /// A goal's progress from its indicators' (archived indicators and those without
    /// measurements left out); nil when none has a value yet.
    public static func goal(_ indicators: [(definition: IndicatorDefinition, progress: Double?)], method: RollUpMethod) -> Double? {
        let counted = indicators.filter { !$0.definition.isArchived }.compactMap { item in item.progress.map { (item.definition.weight, $0) } }
        guard !counted.isEmpty else { return nil }
        switch method {
        case .average:
            return counted.map(\.1).reduce(0, +) / Double(counted.count)
        case .weighted:
            let totalWeight = counted.map(\.0).reduce(0, +)
            guard totalWeight > 0 else { return counted.map(\.1).reduce(0, +) / Double(counted.count) }
            return counted.map { $0.0 * $0.1 }.reduce(0, +) / totalWeight
        }
    }

    /// An area's (or the programme's) progress: the plain average of its parts that have one.
    public static func average(_ parts: [Double?]) -> Double? {
        let known = parts.compactMap { $0 }
        return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
    }
}

/// The colour a progress figure is shown in, by thresholds set per programme.
public enum ProgressColour: String, Sendable, Hashable {
    case green, amber, red
    /// No measurement yet.
    case grey
}

public struct ColourThresholds: Sendable, Hashable, Codable {
    /// At or above: green.
    public let green: Double
    /// At or above (and below green): amber; below: red.
    public let amber: Double

    public init(green: Double, amber: Double) throws(ThresholdError) {
        guard (0...1).contains(green), (0...1).contains(amber), amber <= green else { throw ThresholdError() }
        self.green = green
        self.amber = amber
    }

    public static let standard = try! ColourThresholds(green: 0.7, amber: 0.4)

    public func colour(for progress: Double?) -> ProgressColour {
        guard let progress else { return .grey }
        return progress >= green ? .green : progress >= amber ? .amber : .red
    }

    public struct ThresholdError: Error, Hashable {}
}

/// How often an indicator is measured; a value is due when the last one is older than that.
public enum MeasurementFrequency: String, CaseIterable, Codable, Sendable, Hashable {
    case monthly
    case quarterly
    case halfYearly = "half_yearly"
    case yearly

    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .halfYearly: 6
        case .yearly: 12
        }
    }

    /// Whether a new value is due: none yet, or the latest is more than one period old
    /// (counted in calendar months in `timeZone`).
    public func isDue(latest: Date?, at now: Date, in timeZone: TimeZone) -> Bool {
        guard let latest else { return true }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let next = calendar.date(byAdding: .month, value: months, to: latest) else { return false }
        return calendar.startOfDay(for: next) < calendar.startOfDay(for: now)
    }
}
