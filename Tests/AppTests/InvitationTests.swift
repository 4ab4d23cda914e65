import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

/// Inviting groups (management levels, units with the units below) and single people, on
/// the new-event form and later from the event page.
@Suite("Invitations", .serialized)
struct InvitationTests {
    @Test("A unit brings everyone in it and below; a picked person comes too; each once; 'invite more' adds only the new")
    func unitsAndPeople() async throws {
        try await withRoderApp { app, clock in
            _ = try await ProgrammeTests.programme(app)
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let organisation = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first())
            let people = try await Person.query(on: app.db).filter(\.$organisation.$id == organisation.id!).all()
            let units = try await OrganisationUnit.query(on: app.db).filter(\.$organisation.$id == organisation.id!).all()
            // A unit with a sub-unit that has people of its own.
            let parents = Dictionary(uniqueKeysWithValues: units.compactMap { u in u.$parent.id.map { (u.id!, $0) } })
            let unit = try #require(
                units.first { candidate in
                    units.contains { sub in sub.$parent.id == candidate.id && people.contains { $0.unitID == sub.id } } && candidate.$parent.id != nil
                })
            let expectedFromUnit = Set(
                InvitationChoice(unitIDs: [unit.id!]).invitees(
                    from: people.map { .init(id: $0.id!, level: ManagementLevel(rawValue: $0.managementLevel) ?? .staff, unitID: $0.unitID) },
                    unitParents: parents))
            #expect(expectedFromUnit.count >= 2)
            let outsider = try #require(people.first { !expectedFromUnit.contains($0.id!) && $0.managementLevel != "top" })
            let inside = try #require(expectedFromUnit.first)

            let form = try await owner.get(SiteRoute.newEvent.path).body.string
            #expect(form.contains("Vilka bjuds in?") && form.contains(#"name="invite-unit[]""#) && form.contains(#"name="invite-person[]""#))
            let day = EventController.day(clock.now.addingTimeInterval(7 * 24 * 3600), .helsinki)
            // No title: the form comes back with the choice kept.
            let refused = try await owner.post(
                SiteRoute.newEvent.path,
                [
                    ("kind", "forum"), ("title-sv", ""), ("date", day), ("start", "09:00"), ("end", "11:00"), ("capacity", "12"),
                    ("invite-unit[]", unit.id!.uuidString.lowercased()), ("invite-person[]", outsider.id!.uuidString.lowercased()),
                ])
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(body.contains(#"value="\#(unit.id!.uuidString.lowercased())" checked"#))
            #expect(body.contains(#"value="\#(outsider.id!.uuidString.lowercased())" checked"#))
            #expect(body.contains(#"name="capacity" id="capacity" value="12""#))
            #expect(!body.contains(#"value="top" checked"#))

            let created = try await owner.post(
                SiteRoute.newEvent.path,
                [
                    ("kind", "forum"), ("title-sv", "Enhetens forum"), ("date", day), ("start", "09:00"), ("end", "11:00"),
                    ("invite-unit[]", unit.id!.uuidString.lowercased()), ("invite-person[]", outsider.id!.uuidString.lowercased()),
                    ("invite-person[]", inside.uuidString.lowercased()),
                ])
            #expect(created.status == .seeOther)
            let event = try #require(try await EventRecord.query(on: app.db).all().first { $0.title[.swedish] == "Enhetens forum" })
            let invited = try await EventParticipant.query(on: app.db).filter(\.$event.$id == event.id!).all().map { $0.$person.id }
            #expect(Set(invited) == expectedFromUnit.union([outsider.id!]))
            #expect(invited.count == Set(invited).count)

            // Later the host adds top management: only the new ones are added.
            let path = SiteRoute.event(event.id!).path
            let page = try await owner.get(path).body.string
            #expect(page.contains("Bjud in fler"))
            let nothing = try await owner.post(path + "/invitations", [])
            #expect(nothing.status == .unprocessableEntity && nothing.body.string.contains("Välj minst en grupp"))
            #expect(try await owner.post(path + "/invitations", [("invite-level[]", "top")]).status == .seeOther)
            let top = Set(people.filter { $0.managementLevel == "top" }.map { $0.id! })
            let after = try await EventParticipant.query(on: app.db).filter(\.$event.$id == event.id!).all().map { $0.$person.id }
            #expect(Set(after) == expectedFromUnit.union([outsider.id!]).union(top))
            #expect(after.count == Set(after).count)
        }
    }

    @Test("Choosing a unit walks down the tree, not up; a cyclic import cannot hang it")
    func domain() {
        let root = UUID(), child = UUID(), grandchild = UUID(), sibling = UUID()
        let parents = [child: root, grandchild: child, sibling: root]
        let people = [(UUID(), grandchild), (UUID(), child), (UUID(), sibling), (UUID(), root)].map {
            InvitationChoice.Candidate(id: $0.0, level: .supervisor, unitID: $0.1)
        }
        #expect(InvitationChoice(unitIDs: [child]).invitees(from: people, unitParents: parents) == [people[0].id, people[1].id])
        let cyclic = [child: grandchild, grandchild: child]
        #expect(InvitationChoice(unitIDs: [sibling]).invitees(from: people, unitParents: cyclic) == [people[2].id])
        #expect(InvitationChoice(levels: [.supervisor]).invitees(from: people, unitParents: parents).count == 4)
    }
}
