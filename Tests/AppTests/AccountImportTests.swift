import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Accounts from the organisation", .serialized)
struct AccountImportTests {
    typealias Web = OrganisationImportWebTests
    static let page = "/admin/accounts-from-organisation"

    /// The new town with its Finnish HR export imported: eight managers with addresses, three staff without.
    private static func importedTown(_ app: Application, _ clock: TestClock, file: Data? = nil) async throws -> (NewTown, TestBrowser) {
        let town = try await NewTown.make(app, clock: clock)
        let browser = try await HRExportWebTests.signedIn(app)
        try await importFile(file ?? (try Fixtures.finnishExport), browser)
        return (town, browser)
    }

    private static func importFile(_ file: Data, _ browser: TestBrowser) async throws {
        let draftPath = try await Web.uploadDraft(browser, file, name: "henkilosto.csv")
        let draft = try await browser.get(draftPath)
        let applied = try await browser.post(draftPath, Web.proposedMapping(draft.body.string) + [("action", "apply")])
        #expect(applied.status == .seeOther, "the import was refused: \(applied.body.string.prefix(600))")
    }

    private static func managers(_ app: Application, _ town: NewTown) async throws -> [Person] {
        try await Person.query(on: app.db).filter(\.$organisation.$id == town.organisationID).filter(\.$managementLevel != "staff").all()
    }

    private static func memberships(_ app: Application, _ town: NewTown) async throws -> [Membership] {
        try await Membership.query(on: app.db).filter(\.$organisation.$id == town.organisationID).with(\.$user).all()
    }

    @Test("Every manager of the HR export gets an account linked to them and an invitation in one step; the checklist ticks the step")
    func everyManager() async throws {
        try await withRoderApp { app, clock in
            let (town, browser) = try await Self.importedTown(app, clock)
            let managers = try await Self.managers(app, town)
            #expect(managers.count == 8 && managers.allSatisfy { $0.email?.isEmpty == false })

            let page = try await browser.get(Self.page).body.string
            #expect(page.contains("Valintaa vastaa 8 henkilöä; heistä 8 voi saada tilin nyt."))
            #expect(page.contains("Maija Aaltonen") && !page.contains("Jari Korhonen"), "staff are not listed by default")
            let response = try await browser.post(
                Self.page,
                [("level", "top"), ("level", "middle"), ("level", "supervisor"), ("q", ""), ("top_viewer", "1")]
                    + managers.map { ("person", $0.id!.uuidString.lowercased()) })
            #expect(response.location == "/admin/users")
            #expect(try await browser.follow(response).body.string.contains("Tilit on luotu, ja kutsut ovat matkalla sähköpostitse."))

            // One account per manager, linked to them; top management can read the management group's view too.
            let made = try await Self.memberships(app, town).filter { $0.$person.id != nil }
            #expect(made.count == 8)
            for membership in made {
                let person = try #require(managers.first { $0.id == membership.$person.id })
                #expect(membership.user.email == person.email && membership.user.name == person.name && !membership.user.hasPassword)
                #expect(membership.roles == (person.managementLevel == "top" ? [.manager, .viewer] : [.manager]), "\(person.name)")
            }
            // One invitation each, in the organisation's first language.
            for manager in managers {
                let mails = try await OutboxMail.query(on: app.db).filter(\.$recipient == manager.email!).all()
                #expect(mails.count == 1 && mails.first?.subject == "Tervetuloa Roderiin – Kivikosken kaupunki", "\(manager.name)")
            }
            #expect(try await browser.get("/").body.string.contains("Tehty: </span>Luo esihenkilöille tunnukset"))

            // They have their accounts now: listed as such, not to be ticked again, and a second post makes nothing.
            let again = try await browser.get(Self.page).body.string
            #expect(again.contains("Valintaa vastaa 8 henkilöä; heistä 0 voi saada tilin nyt.") && again.contains("Tili: Maija Aaltonen"))
            #expect(!again.contains(#"name="person""#))
            let twice = try await browser.post(Self.page, managers.prefix(2).map { ("person", $0.id!.uuidString.lowercased()) })
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("ei voi saada tiliä nyt (katso rivi). Mitään ei tallennettu."))
            #expect(try await Self.memberships(app, town).count == 9)

            // Each invitation sets that manager's password once.
            let maija = TestBrowser(app, acceptLanguage: "fi")
            let start = try await maija.choosePassword(email: "maija.aaltonen@kivikoski.fi", password: "kivikosken kaupunginjohtaja")
            #expect(start.body.string.contains("Salasanasi on tallennettu"))
        }
    }

    @Test("A unit with everything under it, a search, staff on request; people without an address or sharing one cannot be ticked")
    func filtersAndStates() async throws {
        try await withRoderApp { app, clock in
            // Two people share an address in this export.
            let text = try #require(String(data: try Fixtures.finnishExport, encoding: .utf8))
                .replacingOccurrences(of: "petri.holmstrom@kivikoski.fi", with: "sanna.virtanen@kivikoski.fi")
            let (town, browser) = try await Self.importedTown(app, clock, file: Data(text.utf8))
            let education = try await town.unit(app, code: "2000")
            let unit = try await browser.get(Self.page + "?unit=\(education.id!.uuidString.lowercased())").body.string
            // Sivistystoimi and everything under it: Erik, Sanna, Anna-Liisa, Petri.
            #expect(unit.contains("Valintaa vastaa 4 henkilöä; heistä 2 voi saada tilin nyt."))
            #expect(unit.contains("Erik Lindholm") && unit.contains("Anna-Liisa Nyström") && !unit.contains("Maija Aaltonen"))
            #expect(unit.contains("Sama sähköpostiosoite kuin toisella henkilöllä"))

            let staff = try await browser.get(Self.page + "?level=staff&q=korhonen").body.string
            #expect(staff.contains("Valintaa vastaa 1 henkilöä; heistä 0 voi saada tilin nyt."))
            #expect(staff.contains("Jari Korhonen") && staff.contains("Ei sähköpostiosoitetta henkilöstötiedoissa"))

            // A person of another organisation, or one without an address, makes nothing, and the form keeps the list.
            let stranger = try #require(try await Person.query(on: app.db).filter(\.$organisation.$id != town.organisationID).first())
            let jari = try await town.person(app, "10010")
            try await browser.get(Self.page)
            let refused = try await browser.post(
                Self.page, [("level", "staff"), ("q", "korhonen"), ("person", stranger.id!.uuidString), ("person", jari.id!.uuidString)])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Jari Korhonen ei voi saada tiliä nyt"))
            #expect(!refused.body.string.contains(stranger.name) && refused.body.string.contains(#"value="korhonen""#))
            #expect(try await Self.memberships(app, town).count == 1)
        }
    }

    @Test("The accounts of people missing from a later import are listed for deactivation; a deactivated one cannot sign in")
    func leavers() async throws {
        try await withRoderApp { app, clock in
            let (town, browser) = try await Self.importedTown(app, clock)
            let managers = try await Self.managers(app, town)
            try await browser.get(Self.page)
            try await browser.post(Self.page, managers.map { ("person", $0.id!.uuidString.lowercased()) })
            let linnea = TestBrowser(app)
            try await linnea.choosePassword(email: "linnea.ohman@kivikoski.fi", password: "konsernipalvelut 2026")
            #expect(!(try await browser.get(Self.page).body.string.contains("Tilit henkilöille, joita ei enää ole henkilöstötiedoissa")))

            // Linnea has left: the next export has her unit without her.
            clock.advance(by: 60)
            let original = try #require(String(data: try Fixtures.finnishExport, encoding: .utf8))
            // (Lines end in CR LF, one Character in Swift: split on the character, not on "\n".)
            let without = original.split(whereSeparator: \.isNewline).map { line in
                line.hasPrefix("4000;") ? "4000;Konsernipalvelut;Koncerntjänster;1000;;;;;;;2" : String(line)
            }.joined(separator: "\n")
            try await Self.importFile(Data(without.utf8), browser)
            let since = try #require(try await town.person(app, "10007").absentSince)
            #expect(abs(since.timeIntervalSince(clock.now)) < 1)
            let listed = try await browser.get(Self.page).body.string
            #expect(listed.contains("Tilit henkilöille, joita ei enää ole henkilöstötiedoissa") && listed.contains("Linnea Öhman (linnea.ohman@kivikoski.fi)"))
            #expect(listed.components(separatedBy: "Puuttunut ").count - 1 == 1)

            let user = try #require(try await User.query(on: app.db).filter(\.$email == "linnea.ohman@kivikoski.fi").first())
            let done = try await browser.post(Self.page + "/leavers", [("user", user.id!.uuidString.lowercased())])
            #expect(done.location == Self.page)
            #expect(try await browser.follow(done).body.string.contains("Valitut tilit on poistettu käytöstä."))
            #expect(try await User.find(user.id, on: app.db)?.isActive == false)
            #expect(try await linnea.get("/").location?.hasPrefix("/sign-in") == true, "her session ended")
            #expect(try await TestBrowser(app).signIn(email: "linnea.ohman@kivikoski.fi", password: "konsernipalvelut 2026").status == .unauthorized)
            #expect(!(try await browser.get(Self.page).body.string.contains("Linnea Öhman (")))

            // Back in the HR data: no longer missing.
            try await Self.importFile(try Fixtures.finnishExport, browser)
            #expect(try await town.person(app, "10007").absentSince == nil)
        }
    }
}
