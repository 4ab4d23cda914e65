import Foundation

/// The bands the issue asks for: how many managers lead 1, 2–3, 4–7, 8–12, 13–16 or 17 and
/// more people. A distribution says more than an average: a town can average 9 and still
/// have a dozen managers of one or two.
public enum SpanBand: Int, CaseIterable, Sendable, Hashable, Comparable {
    case none, one, twoToThree, fourToSeven, eightToTwelve, thirteenToSixteen, seventeenOrMore

    public init(span: Int) {
        switch span {
        case ..<1: self = .none
        case 1: self = .one
        case 2...3: self = .twoToThree
        case 4...7: self = .fourToSeven
        case 8...12: self = .eightToTwelve
        case 13...16: self = .thirteenToSixteen
        default: self = .seventeenOrMore
        }
    }

    public var label: String {
        switch self {
        case .none: "0"
        case .one: "1"
        case .twoToThree: "2–3"
        case .fourToSeven: "4–7"
        case .eightToTwelve: "8–12"
        case .thirteenToSixteen: "13–16"
        case .seventeenOrMore: "17+"
        }
    }

    public static func < (lhs: SpanBand, rhs: SpanBand) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Unit sizes (a unit's own staff), from the very small units the programme wants to merge
/// to the large ones.
public enum UnitSizeBand: Int, CaseIterable, Sendable, Hashable, Comparable {
    case empty, oneToFour, fiveToNine, tenToNineteen, twentyToFortyNine, fiftyOrMore

    public init(headcount: Int) {
        switch headcount {
        case ..<1: self = .empty
        case 1...4: self = .oneToFour
        case 5...9: self = .fiveToNine
        case 10...19: self = .tenToNineteen
        case 20...49: self = .twentyToFortyNine
        default: self = .fiftyOrMore
        }
    }

    public var label: String {
        switch self {
        case .empty: "0"
        case .oneToFour: "1–4"
        case .fiveToNine: "5–9"
        case .tenToNineteen: "10–19"
        case .twentyToFortyNine: "20–49"
        case .fiftyOrMore: "50+"
        }
    }

    public static func < (lhs: UnitSizeBand, rhs: UnitSizeBand) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How much personnel management one manager carries.
public struct ManagerLoad: Sendable, Hashable {
    public let personID: UUID
    /// The units the person manages.
    public let unitIDs: [UUID]
    /// Span of control: the people this manager leads directly (see `OrganisationAnalytics`).
    public let span: Int
    /// Everyone in the line below this manager: all staff of their units and the units
    /// beneath, sub-managers included.
    public let peopleInLine: Int
}

/// The figures the HR director and the management group look at.
public struct OrganisationReport: Sendable, Hashable {
    public let managers: [ManagerLoad]
    public let spanDistribution: [SpanBand: Int]
    public let unitSizeDistribution: [UnitSizeBand: Int]
    /// Management layers: the longest chain of managers from the top of the tree down.
    public let layers: Int
    public let unitCount: Int
    public let totalHeadcount: Int
    public let targetBand: ClosedRange<Int>
    public let belowTarget: [ManagerLoad]
    public let aboveTarget: [ManagerLoad]
    public let averageSpan: Double
    public let medianSpan: Double

    public var managerCount: Int { managers.count }
}

/// Span-of-control analytics as pure functions over an `OrganisationStructure`.
///
/// **Span of control** of a manager M is the number of people M leads directly:
/// - the staff (headcount) of every unit whose *responsible* manager is M — M's own units,
///   and units below them that have no manager of their own (their staff report to the
///   nearest manager above);
/// - plus each distinct person who manages a unit directly below one of those units.
/// A manager is not counted in their own span, and a person who manages two of M's
/// sub-units counts once.
public enum OrganisationAnalytics {
    public static let defaultTargetBand = 8...16

    public static func analyse(_ structure: OrganisationStructure, targetBand: ClosedRange<Int> = defaultTargetBand) -> OrganisationReport {
        // Units by position in one array, their children by position too: every organisation
        // page analyses the whole tree (thousands of units in a large town), and walking it by
        // position hashes nothing and copies no unit.
        let units = Array(structure.units.values)
        var position: [UUID: Int] = [:]
        position.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() { position[unit.id] = index }
        var children = [[Int]](repeating: [], count: units.count)
        var roots: [Int] = []
        for (index, unit) in units.enumerated() {
            if let parentID = unit.parentID {
                // A unit whose parent is missing is in no one's line (it is reached from no root).
                if let parent = position[parentID] { children[parent].append(index) }
            } else {
                roots.append(index)
            }
        }
        // The responsible manager of every unit, from the top down in one pass.
        var responsible = [UUID?](repeating: nil, count: units.count)
        var depthInManagers = [Int?](repeating: nil, count: units.count)
        var queue: [(unit: Int, inherited: UUID?, depth: Int)] = roots.map { ($0, nil, 0) }
        var head = 0
        while head < queue.count {
            let (index, inherited, inheritedDepth) = queue[head]
            head += 1
            guard depthInManagers[index] == nil else { continue }
            let managerID = units[index].managerID
            let manager = managerID ?? inherited
            let depth = managerID != nil && managerID != inherited ? inheritedDepth + 1 : inheritedDepth
            responsible[index] = manager
            depthInManagers[index] = depth
            for child in children[index] { queue.append((child, manager, depth)) }
        }

        var span: [UUID: Int] = [:]
        var subManagers: [UUID: Set<UUID>] = [:]
        var unitsOf: [UUID: [Int]] = [:]
        for (index, unit) in units.enumerated() {
            if let own = unit.managerID { unitsOf[own, default: []].append(index) }
            guard let manager = responsible[index] else { continue }
            span[manager, default: 0] += unit.headcount
            for child in children[index] {
                if let childManager = units[child].managerID, childManager != manager {
                    subManagers[manager, default: []].insert(childManager)
                }
            }
        }

        // People in line: headcount of the subtrees of a manager's units, plus the managers
        // of units inside those subtrees (other than the manager). `seenBy[unit]` marks the
        // units already counted for the manager being counted (their number in `unitsOf`).
        var seenBy = [Int](repeating: -1, count: units.count)
        var stack: [Int] = []
        var loads: [ManagerLoad] = []
        loads.reserveCapacity(unitsOf.count)
        for (number, (personID, unitIndices)) in unitsOf.enumerated() {
            var staff = 0
            var managersBelow: Set<UUID> = []
            for top in unitIndices {
                stack.append(top)
                while let index = stack.popLast() {
                    guard seenBy[index] != number else { continue }
                    seenBy[index] = number
                    staff += units[index].headcount
                    if let manager = units[index].managerID, manager != personID { managersBelow.insert(manager) }
                    stack += children[index]
                }
            }
            loads.append(
                ManagerLoad(
                    personID: personID,
                    unitIDs: unitIndices.map { units[$0].id }.sorted { $0.orderKey < $1.orderKey },
                    span: (span[personID] ?? 0) + (subManagers[personID]?.count ?? 0),
                    peopleInLine: staff + managersBelow.count
                ))
        }
        // Largest span first; ties in a stable order by id.
        loads.sort { $0.span != $1.span ? $0.span > $1.span : $0.personID.orderKey < $1.personID.orderKey }

        var spanDistribution = Dictionary(uniqueKeysWithValues: SpanBand.allCases.map { ($0, 0) })
        for load in loads { spanDistribution[SpanBand(span: load.span), default: 0] += 1 }
        var sizeDistribution = Dictionary(uniqueKeysWithValues: UnitSizeBand.allCases.map { ($0, 0) })
        for unit in structure.units.values { sizeDistribution[UnitSizeBand(headcount: unit.headcount), default: 0] += 1 }

        let spans = loads.map(\.span).sorted()
        let median: Double =
            spans.isEmpty
            ? 0
            : spans.count % 2 == 1
                ? Double(spans[spans.count / 2])
                : Double(spans[spans.count / 2 - 1] + spans[spans.count / 2]) / 2

        return OrganisationReport(
            managers: loads,
            spanDistribution: spanDistribution,
            unitSizeDistribution: sizeDistribution,
            layers: depthInManagers.compactMap { $0 }.max() ?? 0,
            unitCount: structure.units.count,
            totalHeadcount: structure.totalHeadcount + Set(structure.units.values.compactMap(\.managerID)).count,
            targetBand: targetBand,
            belowTarget: loads.filter { $0.span < targetBand.lowerBound }.sorted { $0.span < $1.span },
            aboveTarget: loads.filter { $0.span > targetBand.upperBound },
            averageSpan: spans.isEmpty ? 0 : Double(spans.reduce(0, +)) / Double(spans.count),
            medianSpan: median
        )
    }
}

extension UUID {
    /// Orders UUIDs without building strings (sorting thousands of managers stays cheap).
    var orderKey: (UInt64, UInt64) {
        withUnsafeBytes(of: uuid) { raw in (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) }
    }

    /// The order of `uuidString` (its bytes from the first, as hexadecimal digits), without
    /// building it: Foundation writes each byte with `sprintf`, and a sort of 2,000 people
    /// that broke ties by `uuidString` spent a fifth of the attendance page in it.
    var textOrder: (UInt64, UInt64) {
        withUnsafeBytes(of: uuid) { raw in
            (UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self)), UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }
}
