import Foundation

/// The smallest number of respondents whose answers may be shown (k). Set per programme;
/// 5 unless changed, never below 3: with two respondents each knows the other's answer.
public struct AnonymityThreshold: Sendable, Hashable, Codable {
    public static let minimum = 3
    public static let standard = AnonymityThreshold(unchecked: 5)

    public let k: Int

    public init(_ k: Int) throws(ThresholdTooLow) {
        guard k >= Self.minimum else { throw ThresholdTooLow() }
        self.k = k
    }

    private init(unchecked k: Int) { self.k = k }

    /// Whether a group of `respondents` may show its answers.
    public func allows(_ respondents: Int) -> Bool { respondents >= k }

    public struct ThresholdTooLow: Error, Hashable {}
}

/// Which parts of a breakdown may show. A breakdown splits a total (every respondent of an
/// event) into groups (organisations, management levels) that add up to it.
///
/// Hiding only the groups below k is not enough: with the total and the other groups shown,
/// a hidden group is the total minus the rest. So groups are hidden until the hidden ones
/// together are at least k respondents (what can be worked out is then only their union,
/// itself at or above k) — hiding the smallest visible groups first, so as much as possible
/// stays visible — and the total itself shows only from k.
public struct Suppression: Sendable, Hashable {
    public let totalVisible: Bool
    public let hidden: Set<String>

    public func isVisible(_ key: String) -> Bool { !hidden.contains(key) }

    /// `groups`: each group's key and respondents; together they are the total. Empty groups
    /// reveal nothing and stay "visible" (with nothing to show).
    public static func plan(groups: [(key: String, respondents: Int)], threshold: AnonymityThreshold) -> Suppression {
        let total = groups.reduce(0) { $0 + $1.respondents }
        var hidden = Set(groups.filter { $0.respondents > 0 && !threshold.allows($0.respondents) }.map(\.key))
        func hiddenCount() -> Int { groups.filter { hidden.contains($0.key) }.reduce(0) { $0 + $1.respondents } }
        // Smallest visible non-empty group first; ties by key, so the result is stable.
        let candidates = groups.filter { $0.respondents > 0 }.sorted { ($0.respondents, $0.key) < ($1.respondents, $1.key) }
        while !hidden.isEmpty, hiddenCount() < threshold.k,
            let next = candidates.first(where: { !hidden.contains($0.key) })
        {
            hidden.insert(next.key)
        }
        return Suppression(totalVisible: threshold.allows(total), hidden: hidden)
    }
}
