import Foundation
import Testing

@testable import RoderCore

@Suite("Money, hourly costs and budgets")
struct MoneyTests {
    @Test(
        "Amounts are read as typed in Finland, Sweden and English",
        arguments: [
            ("12", 1_200), ("12,5", 1_250), ("12.50", 1_250), ("1 234,50", 123_450), ("1\u{00A0}234,50 €", 123_450), ("1.234,50", 123_450),
            ("1,234.50", 123_450), ("1,234", 123_400), ("€ 980", 98_000), ("0,05", 5), (",5", 50), ("2 000 000", 200_000_000), ("450 euroa", 45_000),
            ("100000000", 10_000_000_000),
        ])
    func typed(text: String, cents: Int) {
        #expect(Money(typed: text)?.cents == cents)
    }

    @Test(
        "Anything else is refused, never trapped on",
        arguments: [
            "", "-5", "1e5", "abc", "1.2.3", "1,2.3,4", "12,345,67", "1,23,456", "0,005", "12.", ".", "100000000,01", "999999999999999999999",
            String(repeating: "1", count: 100), "٣", "nan",
        ])
    func refused(text: String) {
        #expect(Money(typed: text) == nil)
    }

    @Test("Sums and differences saturate; an hourly rate costs minutes to the nearest cent")
    func arithmetic() {
        #expect(Money(cents: 150) + Money(cents: 250) == Money(cents: 400))
        #expect((Money(cents: Int.max) + Money(cents: 1)).cents == Int.max)
        #expect((Money(cents: Int.min) - Money(cents: 1)).cents == Int.min)
        #expect((Money(cents: Int.max) - Money(cents: -1)).cents == Int.max)
        let rate = Money(cents: 5_000)  // 50 € an hour
        #expect(rate.forMinutes(90) == Money(cents: 7_500))
        #expect(Money(cents: 4_999).forMinutes(1) == Money(cents: 83))  // 83,3 cents
        #expect(Money(cents: 4_999).forMinutes(-10) == .zero)
        #expect(Money(cents: Int.max).forMinutes(2).cents == Int.max)
        // A product just under the largest Int is divided without overflowing on the rounding.
        #expect(Money(cents: Int.max - 22).forMinutes(1).cents == (Int.max - 22) / 60 + 1)  // 45 sixtieths: up
        #expect(Money(cents: Int.max / 3).forMinutes(3).cents == (Int.max / 3 * 3) / 60)  // 6 sixtieths: down
        #expect(Money(cents: -100).forMinutes(1) == Money(cents: -2))
    }

    @Test("Each level costs its own rate; a level without one costs the standard rate")
    func rates() {
        let rates = HourlyRates(standard: Money(cents: 4_500), byLevel: [.top: Money(cents: 9_000), .middle: Money(cents: 6_500)])
        #expect(rates.cost(minutes: 120, level: .top) == Money(cents: 18_000))
        #expect(rates.cost(minutes: 60, level: .middle) == Money(cents: 6_500))
        #expect(rates.cost(minutes: 60, level: .supervisor) == Money(cents: 4_500))
        #expect(rates.cost(minutes: 60, level: nil) == Money(cents: 4_500))
    }

    @Test("A budget comparison says what is left, or how far over; without a budget it says neither")
    func budget() {
        let under = BudgetComparison(budget: Money(cents: 10_000), spent: Money(cents: 7_500))
        #expect(under.remaining == Money(cents: 2_500) && !under.isOver && under.share == 0.75)
        let over = BudgetComparison(budget: Money(cents: 10_000), spent: Money(cents: 12_000))
        #expect(over.remaining == Money(cents: -2_000) && over.isOver && over.share == 1.2)
        let none = BudgetComparison(budget: nil, spent: Money(cents: 12_000))
        #expect(none.remaining == nil && !none.isOver && none.share == nil)
        #expect(BudgetComparison(budget: .zero, spent: Money(cents: 1)).share == nil)
        #expect(BudgetComparison(budget: .zero, spent: Money(cents: 1)).isOver)
    }
}
