import Foundation
import Testing

@testable import RoderCore

@Suite("Restructuring scenarios")
struct ScenarioTests {
    static let id = OrganisationAnalyticsTests.id
    static let structure = OrganisationAnalyticsTests.structure

    @Test("Merging two small units gives one manager more staff and frees the other")
    func merge() throws {
        // U2 (C, 3 staff) into U3 (no manager, 4 staff): C keeps U1, so C does not join the staff.
        let after = try Self.structure.applying([.merge(unit: Self.id(103), into: Self.id(104))])
        #expect(after.units[Self.id(103)] == nil)
        #expect(after.units[Self.id(104)]?.headcount == 7)
        // U1 (C) into U4 (D): C manages nothing any more and joins U4's staff.
        let second = try after.applying([.merge(unit: Self.id(102), into: Self.id(106))])
        #expect(second.units[Self.id(106)]?.headcount == 20 + 10 + 1)
        let comparison = ScenarioComparison.compare(Self.structure, second, targetBand: 8...16)
        #expect(comparison.before.managerCount == 4)
        #expect(comparison.after.managerCount == 3)
        let c = comparison.affected.first { $0.personID == Self.id(3) }
        #expect(c?.spanBefore == 13)
        #expect(c?.spanAfter == nil)
        #expect(comparison.after.spanDistribution[.thirteenToSixteen] == 0)
    }

    @Test("Merging moves the sub-units to the unit merged into")
    func mergeMovesChildren() throws {
        let after = try Self.structure.applying([.merge(unit: Self.id(101), into: Self.id(105))])
        #expect(after.units[Self.id(102)]?.parentID == Self.id(105))
        #expect(after.units[Self.id(104)]?.parentID == Self.id(105))
    }

    @Test("Splitting creates a sibling that takes part of the staff")
    func split() throws {
        let newUnit = Self.id(200)
        let after = try Self.structure.applying([
            .split(unit: Self.id(106), newUnit: newUnit, name: LocalizedText(en: "U4 b"), headcount: 8, managerID: Self.id(2))
        ])
        #expect(after.units[Self.id(106)]?.headcount == 12)
        #expect(after.units[newUnit]?.headcount == 8)
        #expect(after.units[newUnit]?.parentID == Self.id(105))
    }

    @Test("Moving and changing managers")
    func moveAndChangeManager() throws {
        let after = try Self.structure.applying([.move(unit: Self.id(104), newParent: Self.id(105)), .changeManager(unit: Self.id(104), managerID: Self.id(4))])
        #expect(after.units[Self.id(104)]?.parentID == Self.id(105))
        #expect(after.units[Self.id(104)]?.managerID == Self.id(4))
    }

    @Test(
        "Impossible changes are refused with the step they are at",
        arguments: [
            ([ScenarioChange.merge(unit: id(101), into: id(101))], 0, ScenarioError.mergeIntoItself),
            ([.merge(unit: id(101), into: id(102))], 0, .intoOwnSubtree),
            ([.move(unit: id(100), newParent: id(106))], 0, .intoOwnSubtree),
            ([.changeManager(unit: id(104), managerID: id(1)), .merge(unit: id(999), into: id(100))], 1, .unknownUnit(id(999))),
            ([.split(unit: id(103), newUnit: id(201), name: LocalizedText(en: "x"), headcount: 4, managerID: nil)], 0, .invalidSplitHeadcount(available: 3)),
            ([.changeManager(unit: id(104), managerID: id(77))], 0, .unknownPerson(id(77))),
        ])
    func refused(changes: [ScenarioChange], step: Int, error: ScenarioError) {
        #expect(throws: ScenarioStepError(index: step, error: error)) { try Self.structure.applying(changes) }
    }

    @Test("The original structure is never changed by a scenario")
    func original() throws {
        let copy = Self.structure
        _ = try copy.applying([.merge(unit: Self.id(103), into: Self.id(104))])
        #expect(copy == Self.structure)
        #expect(copy.units[Self.id(103)] != nil)
    }
}

@Suite("Role harmonisation")
struct RoleHarmonisationTests {
    static let role = UUID(), other = UUID()
    static let holders: [RoleHarmonisation.Holder] = [
        .init(personID: UUID(), name: "Anna", title: "Enhetschef", level: .supervisor, roleID: role),
        .init(personID: UUID(), name: "Erik", title: "Rektor", level: .supervisor, roleID: role),
        .init(personID: UUID(), name: "Sari", title: "Enhetschef", level: .supervisor, roleID: role),
        .init(personID: UUID(), name: "Timo", title: "Avdelningschef", level: .middle, roleID: nil),
        .init(personID: UUID(), name: "Maria", title: "Lärare", level: .staff, roleID: nil),
        .init(personID: UUID(), name: "Jari", title: "Sektorchef", level: .top, roleID: other),
    ]

    @Test("Managers without a role are listed; staff are not")
    func withoutRole() {
        #expect(RoleHarmonisation.withoutRole(Self.holders).map(\.name) == ["Timo"])
    }

    @Test("A role's titles are counted, most common first")
    func titles() {
        let titles = RoleHarmonisation.titles(Self.holders)
        #expect(titles[Self.role]?.map(\.title) == ["Enhetschef", "Rektor"])
        #expect(titles[Self.role]?.map(\.count) == [2, 1])
        #expect(titles[Self.other]?.count == 1)
    }
}
