import Foundation
import Testing

@testable import RoderCore

@Suite("Development plans")
struct DevelopmentPlanTests {
    let anna = UUID(), annaUser = UUID(), boss = UUID(), bossUser = UUID(), coach = UUID(), someone = UUID(), someoneUser = UUID()

    private func reader(person: UUID?, user: UUID, shared: Bool) -> PlanReader {
        PlanReader(
            viewerPersonID: person, viewerUserID: user, ownerPersonID: anna, coachUserIDs: [coach], ownerManagerPersonID: boss, sharedWithManager: shared)
    }

    @Test("The owner writes; the coach reads; the own manager reads only when shared; nobody else reads")
    func readers() {
        #expect(reader(person: anna, user: annaUser, shared: false) == .owner)
        #expect(reader(person: nil, user: coach, shared: false) == .coach)
        #expect(reader(person: boss, user: bossUser, shared: true) == .ownManager)
        #expect(reader(person: boss, user: bossUser, shared: false) == .outsider)
        #expect(reader(person: someone, user: someoneUser, shared: true) == .outsider)
        #expect(reader(person: nil, user: someoneUser, shared: true) == .outsider)
        #expect(PlanReader.owner.mayWrite && !PlanReader.coach.mayWrite && !PlanReader.ownManager.mayWrite)
        #expect(!PlanReader.outsider.mayRead)
    }

    @Test("A person's own manager is their unit's manager, or the next one up when they lead the unit")
    func ownManager() {
        let town = UUID(), division = UUID(), unit = UUID(), director = UUID(), head = UUID(), unitManager = UUID()
        let units: [UUID: (parentID: UUID?, managerID: UUID?)] = [
            town: (nil, director), division: (town, head), unit: (division, unitManager),
        ]
        #expect(DevelopmentPlanRules.manager(of: unitManager, unitID: unit, units: units) == head)
        #expect(DevelopmentPlanRules.manager(of: someone, unitID: unit, units: units) == unitManager)
        #expect(DevelopmentPlanRules.manager(of: director, unitID: town, units: units) == nil)
        #expect(DevelopmentPlanRules.manager(of: someone, unitID: nil, units: units) == nil)
        // A unit without a manager is passed over; a loop in a damaged structure ends.
        let vacant = UUID()
        #expect(DevelopmentPlanRules.manager(of: someone, unitID: vacant, units: [vacant: (division, nil), division: (town, head)]) == head)
        let a = UUID(), b = UUID()
        #expect(DevelopmentPlanRules.manager(of: someone, unitID: a, units: [a: (b, nil), b: (a, nil)]) == nil)
    }
}
