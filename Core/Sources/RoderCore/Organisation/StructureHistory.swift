import Foundation

/// The organisation structure's figures at one moment — what its history keeps. Small on
/// purpose: the figures the article's goal is judged by ("larger units, fewer managers"),
/// not a copy of the tree, so every import, scenario and hand edit can keep one for ever.
public struct StructureFigures: Sendable, Hashable, Codable {
    public var units: Int
    public var managers: Int
    public var layers: Int
    public var headcount: Int
    public var medianSpan: Double
    public var averageSpan: Double
    /// Managers per span band, by the band's label ("2–3").
    public var spanBands: [String: Int]
    /// Units per size band, by the band's label ("1–4").
    public var unitSizeBands: [String: Int]

    public init(
        units: Int, managers: Int, layers: Int, headcount: Int, medianSpan: Double, averageSpan: Double,
        spanBands: [String: Int], unitSizeBands: [String: Int]
    ) {
        self.units = units
        self.managers = managers
        self.layers = layers
        self.headcount = headcount
        self.medianSpan = medianSpan
        self.averageSpan = averageSpan
        self.spanBands = spanBands
        self.unitSizeBands = unitSizeBands
    }

    public init(_ report: OrganisationReport) {
        self.init(
            units: report.unitCount, managers: report.managerCount, layers: report.layers, headcount: report.totalHeadcount,
            medianSpan: report.medianSpan, averageSpan: report.averageSpan,
            spanBands: Dictionary(uniqueKeysWithValues: SpanBand.allCases.map { ($0.label, report.spanDistribution[$0] ?? 0) }),
            unitSizeBands: Dictionary(uniqueKeysWithValues: UnitSizeBand.allCases.map { ($0.label, report.unitSizeDistribution[$0] ?? 0) })
        )
    }

    /// Units with fewer than five people of their own: the small units the programme merges.
    public var smallUnits: Int {
        (unitSizeBands[UnitSizeBand.empty.label] ?? 0) + (unitSizeBands[UnitSizeBand.oneToFour.label] ?? 0)
    }

    /// Managers who lead fewer than four people directly.
    public var managersWithSmallSpan: Int {
        [SpanBand.none, .one, .twoToThree].reduce(0) { $0 + (spanBands[$1.label] ?? 0) }
    }
}

/// One dated point of the structure's history and what made it.
public struct StructureSnapshot: Sendable, Hashable, Identifiable {
    public enum Cause: String, Codable, CaseIterable, Sendable {
        case imported, scenario, handEdit = "hand_edit"
    }

    public var id: UUID
    public var takenAt: Date
    public var cause: Cause
    public var figures: StructureFigures

    public init(id: UUID, takenAt: Date, cause: Cause, figures: StructureFigures) {
        self.id = id
        self.takenAt = takenAt
        self.cause = cause
        self.figures = figures
    }
}
