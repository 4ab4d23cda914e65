import Foundation

/// An amount in euro cents. Whole cents, never floating point: costs are added up across
/// thousands of rows and compared with a budget to the cent. Arithmetic saturates, so no stored
/// or typed amount can trap.
public struct Money: Hashable, Comparable, Sendable {
    public let cents: Int

    public init(cents: Int) {
        self.cents = cents
    }

    public static let zero = Money(cents: 0)
    /// The largest amount a form takes: a hundred million euros.
    public static let largestTyped = Money(cents: 10_000_000_000)

    public static func + (lhs: Money, rhs: Money) -> Money {
        let (sum, overflow) = lhs.cents.addingReportingOverflow(rhs.cents)
        return Money(cents: overflow ? (rhs.cents > 0 ? Int.max : Int.min) : sum)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        let (difference, overflow) = lhs.cents.subtractingReportingOverflow(rhs.cents)
        return Money(cents: overflow ? (rhs.cents < 0 ? Int.max : Int.min) : difference)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The cost of `minutes` at this hourly rate, to the nearest cent (half a cent up).
    public func forMinutes(_ minutes: Int) -> Money {
        let (product, overflow) = cents.multipliedReportingOverflow(by: max(0, minutes))
        guard !overflow else { return Money(cents: cents < 0 ? Int.min : Int.max) }
        // Half a cent up, in the division's remainder: adding it first could overflow near Int.max.
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: 60)
        return Money(cents: remainder >= 30 ? quotient + 1 : remainder <= -30 ? quotient - 1 : quotient)
    }

    public var euros: Double { Double(cents) / 100 }

    /// An amount as people type it in Finland and Sweden or in English: "1 234,50", "1234.5",
    /// "1 234 €", "€1,234.50", "12". Nil for anything else, for negative amounts, for more than two
    /// decimals and for more than `largestTyped`.
    public init?(typed text: String) {
        var text = text.lowercased()
        guard text.count <= 40 else { return nil }
        for noise in ["€", "euroa", "euro", "eur", "\u{00A0}", "\u{202F}", " ", "'"] { text = text.replacingOccurrences(of: noise, with: "") }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else { return nil }
        let separators = text.filter { $0 == "," || $0 == "." }
        var whole = text, fraction = ""
        // The last separator is the decimal one when one to two digits follow it and it is the
        // only one of its kind (or the other kind groups the thousands before it).
        if let last = text.lastIndex(where: { $0 == "," || $0 == "." }) {
            let after = text[text.index(after: last)...]
            let kind = text[last]
            let sameKind = separators.filter { $0 == kind }.count
            if (1...2).contains(after.count) && sameKind == 1 {
                whole = String(text[..<last])
                fraction = String(after)
            }
        }
        // What is left of the separators groups thousands: all one kind, groups of three.
        let groupSeparators = whole.filter { $0 == "," || $0 == "." }
        if !groupSeparators.isEmpty {
            guard Set(groupSeparators).count == 1 else { return nil }
            let groups = whole.split(separator: groupSeparators.first!, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count), first.first != "0", groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            whole = groups.joined()
        }
        guard !whole.isEmpty || !fraction.isEmpty, whole.count <= 12, let euros = Int(whole.isEmpty ? "0" : whole) else { return nil }
        let cents = Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        let total = euros * 100 + cents
        guard total <= Money.largestTyped.cents else { return nil }
        self.cents = total
    }
}

/// The organisation's average hourly cost per management level, with side costs: what turns
/// the programme's hours into euros. No individual salaries; a level without its own rate
/// uses `standard`.
public struct HourlyRates: Sendable, Equatable {
    public var standard: Money
    public var byLevel: [ManagementLevel: Money]

    public init(standard: Money, byLevel: [ManagementLevel: Money] = [:]) {
        self.standard = standard
        self.byLevel = byLevel
    }

    public func rate(for level: ManagementLevel?) -> Money {
        level.flatMap { byLevel[$0] } ?? standard
    }

    public func cost(minutes: Int, level: ManagementLevel?) -> Money {
        rate(for: level).forMinutes(minutes)
    }
}

/// Spent against planned, for a year or an area: what is left, or how much over.
public struct BudgetComparison: Sendable, Equatable {
    public let budget: Money?
    public let spent: Money

    public init(budget: Money?, spent: Money) {
        self.budget = budget
        self.spent = spent
    }

    /// Positive: still to spend; negative: over budget; nil without a budget.
    public var remaining: Money? { budget.map { $0 - spent } }
    public var isOver: Bool { remaining.map { $0 < .zero } ?? false }

    /// The share of the budget spent (1 = all of it); nil without a budget or with a zero one.
    public var share: Double? {
        guard let budget, budget.cents > 0 else { return nil }
        return Double(spent.cents) / Double(budget.cents)
    }
}

extension Localizer {
    /// An amount as the language writes it: "1 234 €" (sv, fi), "€1,234" (en); with cents
    /// ("1 234,50 €") when asked, for an invoice.
    public func money(_ money: Money, cents: Bool = false) -> String {
        let number = self.number(money.euros, fractionDigits: cents ? 2 : 0)
        return language == .english ? (money.cents < 0 ? "-€" + number.dropFirst() : "€" + number) : number + "\u{00A0}€"
    }

    /// An amount for a form field, as it reads back (`Money(typed:)`): "1234,50", no grouping.
    public func moneyInput(_ money: Money) -> String {
        let cents = abs(money.cents % 100)
        let whole = String(money.cents / 100)
        guard cents > 0 else { return whole }
        return whole + (language == .english ? "." : ",") + String(format: "%02d", cents)
    }
}
