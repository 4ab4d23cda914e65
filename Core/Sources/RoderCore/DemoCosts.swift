import Foundation

/// The demo's costs: two years of hourly costs, budgets (one area over its budget in the
/// first year) and invoices for the programme, its areas, events and coaching; and what the
/// operator paid for the shared forums.
public enum DemoCosts {
    public enum Target: Sendable, Equatable {
        case programme
        /// 1-based development area.
        case area(Int)
        /// The town's n-th own event in date order (0-based).
        case event(Int)
        /// The town's first coaching engagement.
        case coaching
    }

    public struct Invoice: Sendable {
        public let date: (year: Int, month: Int, day: Int)
        public let euros: Int
        public let supplier: String
        public let category: CostCategory
        public let target: Target
        public let description: String

        /// Finnish general VAT, 25,5 %, to the cent.
        public var vat: Money { Money(cents: (euros * 100 * 255 + 500) / 1_000) }
    }

    /// Hourly costs with side costs by year: standard, then per level.
    public static let rates: [(year: Int, standard: Int, byLevel: [ManagementLevel: Int])] = [
        (2025, 48, [.top: 92, .middle: 68, .supervisor: 55]),
        (2026, 50, [.top: 95, .middle: 70, .supervisor: 57]),
    ]

    /// Budgets in euros by year: the whole programme, then per 1-based area.
    public static let budgets: [(year: Int, whole: Int, byArea: [Int: Int])] = [
        (2025, 120_000, [1: 15_000, 2: 25_000, 3: 15_000, 4: 25_000, 5: 8_000]),
        (2026, 130_000, [1: 15_000, 2: 30_000, 3: 15_000, 4: 25_000, 5: 12_000]),
    ]

    /// What the operator paid for each shared forum (`DemoEvents.shared`), in euros.
    public static let sharedEventCosts = [5_600, 3_900]

    public static let invoices: [Invoice] = [
        Invoice(
            date: (2025, 1, 20), euros: 6_800, supplier: "Ledarskapsinstitutet Ab", category: .consultant, target: .programme,
            description: "Planering av programmet"),
        Invoice(date: (2025, 2, 14), euros: 1_450, supplier: "Kulturhuset", category: .venue, target: .event(0), description: "Lokal och lunch"),
        Invoice(date: (2025, 2, 28), euros: 2_400, supplier: "Forsman Consulting", category: .consultant, target: .event(0), description: "Föreläsning"),
        Invoice(date: (2025, 4, 15), euros: 1_120, supplier: "Bokförlaget Ledare", category: .materials, target: .area(1), description: "Böcker, 40 st"),
        Invoice(date: (2025, 9, 19), euros: 1_600, supplier: "Kulturhuset", category: .venue, target: .event(2), description: "Lokal och lunch"),
        Invoice(date: (2025, 9, 30), euros: 3_200, supplier: "Forsman Consulting", category: .consultant, target: .event(2), description: "Föreläsning"),
        Invoice(date: (2025, 10, 15), euros: 7_500, supplier: "Ledarcoach Oy", category: .consultant, target: .coaching, description: "Coachning, höst"),
        Invoice(date: (2025, 11, 7), euros: 640, supplier: "Taxi Sjöbacka", category: .travel, target: .event(3), description: ""),
        Invoice(
            date: (2025, 12, 10), euros: 14_900, supplier: "Analysbolaget Ab", category: .consultant, target: .area(2),
            description: "Utredning av enhetsstorlekar"),
        Invoice(date: (2026, 1, 15), euros: 900, supplier: "Enkätverktyg Oy", category: .materials, target: .programme, description: "Licens"),
        Invoice(date: (2026, 2, 12), euros: 1_700, supplier: "Kulturhuset", category: .venue, target: .event(4), description: "Lokal och lunch"),
        Invoice(date: (2026, 2, 20), euros: 2_800, supplier: "Forsman Consulting", category: .consultant, target: .event(4), description: "Föreläsning"),
        Invoice(date: (2026, 5, 22), euros: 950, supplier: "Stadshusets restaurang", category: .venue, target: .event(6), description: "Kaffe"),
        Invoice(date: (2026, 6, 10), euros: 8_200, supplier: "Ledarcoach Oy", category: .consultant, target: .coaching, description: "Coachning, vår"),
        Invoice(date: (2026, 10, 8), euros: 1_650, supplier: "Kulturhuset", category: .venue, target: .event(7), description: "Lokal och lunch"),
        Invoice(date: (2026, 10, 20), euros: 3_400, supplier: "Forsman Consulting", category: .consultant, target: .event(7), description: "Föreläsning"),
        Invoice(date: (2026, 11, 12), euros: 480, supplier: "Taxi Sjöbacka", category: .travel, target: .programme, description: ""),
    ]
}
