import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Organisation structure", .serialized)
struct OrganisationTests {
    @Test("The org chart shows every unit with its manager; managers and viewers read it, coaches do not")
    func chart() async throws {
        try await withRoderApp { app, _ in
            let viewer = TestBrowser(app, acceptLanguage: "fi")
            try await viewer.signIn(Account.with(.viewer))
            let page = try await viewer.get("/organisation")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Sosiaali- ja terveystoimi"))
            #expect(page.body.string.contains("Kaupungin johto"))
            #expect(!page.body.string.contains("/organisation/import\""), "viewers get no import tab")
            let coach = TestBrowser(app)
            try await coach.signIn(Account.with(.coach))
            #expect(try await coach.get("/organisation").status == .forbidden)
        }
    }

    @Test("A unit's page draws its sub-units as SVG; another organisation's unit is not found")
    func unitPage() async throws {
        try await withRoderApp { app, _ in
            let unit = try #require(try await OrganisationUnit.query(on: app.db).filter(\.$code == "3000").first())
            let bergvikUnit = try #require(try await OrganisationUnit.query(on: app.db).filter(\.$code == "100").first())
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.manager))
            let page = try await browser.get("/organisation/units/\(unit.id!.uuidString.lowercased())")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("<svg class=\"org-chart\""))
            #expect(page.body.string.contains("Elderly care"))
            #expect(try await browser.get("/organisation/units/\(bergvikUnit.id!.uuidString.lowercased())").status == .notFound)
        }
    }

    @Test("Search finds units by name in any language and people by name")
    func search() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.signIn(Account.with(.programmeOwner))
            let byUnit = try await browser.get("/organisation?q=kirjasto").body.string
            #expect(byUnit.contains("Biblioteket"))
            let byPerson = try await browser.get("/organisation?q=helena").body.string
            #expect(byPerson.contains("Helena Lindqvist"))
        }
    }

    @Test("The analytics page shows the span bands and the managers outside the target")
    func analytics() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.programmeOwner))
            let body = try await browser.get("/organisation/analytics").body.string
            #expect(body.contains("Managers by span of control"))
            #expect(body.contains("<svg class=\"chart\""))
            #expect(body.contains("Managers outside the target 8–16"))
            #expect(body.contains("Below the target:"))
            // The organisation sets its own target band.
            try await browser.post("/organisation/analytics/target", [("minimum", "4"), ("maximum", "12")])
            #expect(try await browser.get("/organisation/analytics").body.string.contains("Managers outside the target 4–12"))
            let refused = try await browser.post("/organisation/analytics/target", [("minimum", "12"), ("maximum", "4")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("the first not larger than the second"))
            // As typed, not as stored.
            #expect(refused.body.string.contains(#"id="target-min" value="12""#) && refused.body.string.contains(#"id="target-max" value="4""#))
            let csv = try await browser.get(SiteRoute.export(.exportManagers, .csv).path)
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.string.components(separatedBy: "\r\n").count > 40)
        }
    }
}

@Suite("Importing the organisation over the web", .serialized)
struct OrganisationImportWebTests {
    static let demoFile = Data(DemoTown.sjobacka().organisationExport().utf8)

    /// Uploads `content` and returns the draft page's path.
    static func uploadDraft(_ browser: TestBrowser, _ content: Data, name: String = "export.csv") async throws -> String {
        try await browser.get("/organisation/import")
        let response = try await browser.upload("/organisation/import", field: "file", fileName: name, content: content)
        let location = try #require(response.location)
        #expect(location.hasPrefix("/organisation/import/"))
        return location
    }

    /// The mapping the draft page proposes, as form fields.
    static func proposedMapping(_ body: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        for part in body.components(separatedBy: "<select name=\"column-").dropFirst() {
            let index = String(part.prefix { $0 != "\"" })
            let selected =
                part.components(separatedBy: "</select>")[0].components(separatedBy: "<option value=\"")
                .first { $0.contains("selected") }.map { String($0.prefix { $0 != "\"" }) } ?? ""
            fields.append(("column-\(index)", selected))
        }
        return fields
    }

    @Test("The demo export is previewed, applied once, and a second import changes nothing")
    func importDemoFile() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.programmeOwner))
            let unitsBefore = try await OrganisationUnit.query(on: app.db).count()
            let draftPath = try await Self.uploadDraft(browser, Self.demoFile)

            // The draft page: mapping guessed from Swedish and Finnish headers, and the preview.
            let draft = try await browser.get(draftPath)
            #expect(draft.status == .ok)
            let mapping = Self.proposedMapping(draft.body.string)
            #expect(
                mapping.map(\.1) == [
                    "unit_code", "unit_name_sv", "unit_name_fi", "parent_unit_code", "person_id", "person_name",
                    "person_title", "person_email", "manages_unit", "unit_headcount",
                ])
            #expect(draft.body.string.contains("Units: 2 new, 2 changed"))
            #expect(try await OrganisationUnit.query(on: app.db).count() == unitsBefore, "nothing written before applying")

            // Apply.
            let applied = try await browser.post(draftPath, mapping + [("action", "apply")])
            #expect(applied.location == "/organisation")
            #expect(try await browser.follow(applied).body.string.contains("The organisation has been imported."))
            #expect(try await OrganisationUnit.query(on: app.db).count() == unitsBefore + 2)
            let library = try #require(try await OrganisationUnit.query(on: app.db).filter(\.$code == "4301").with(\.$manager).first())
            #expect(library.manager?.name == "Ronja Westerlund")
            let intranet = try #require(try await OrganisationUnit.query(on: app.db).filter(\.$code == "2351").with(\.$parent).first())
            #expect(intranet.parent?.code == "2350")
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.organisationImported.rawValue).count() == 1)

            // The same file again: matched by codes and employee numbers, nothing duplicated.
            let again = try await browser.get(try await Self.uploadDraft(browser, Self.demoFile)).body.string
            #expect(again.contains("Units: 0 new, 0 changed"))
            #expect(again.contains("People: 0 new, 0 changed"))
        }
    }

    @Test("A file with errors imports nothing and lists every error with its line, in the user's language")
    func importWithErrors() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "fi")
            try await browser.signIn(Account.with(.administrator))
            let file = """
                Kostnadsställe;Enhet;Överordnad enhet;Anställningsnummer;Namn;E-post;Chef
                9100;Nya enheten;1000;X1;Kim Nyberg;kim@;ja
                9200;Andra enheten;8888;X2;Lea Berg;lea@town.fi;kanske
                ;Tredje;1000;;;;
                """
            let draftPath = try await Self.uploadDraft(browser, Data(file.utf8))
            let draft = try await browser.get(draftPath)
            #expect(draft.status == .unprocessableEntity)
            let body = draft.body.string
            #expect(body.contains("Tiedostossa on 4 virhettä"))
            #expect(body.contains("Rivi 2, sarake E-post: ”kim@” ei ole sähköpostiosoite"))
            #expect(body.contains("Rivi 3, sarake Överordnad enhet: yläyksikköä 8888 ei ole tiedostossa eikä Roderissa"))
            #expect(body.contains("Rivi 3, sarake Chef: ”kanske” ei ole kyllä eikä ei"))
            #expect(body.contains("Rivi 4, sarake Kostnadsställe: ”Yksikön koodi” puuttuu"))
            #expect(!body.contains("value=\"apply\""))
            // Even a forced apply with the guessed mapping writes nothing.
            let forced = try await browser.post(draftPath, Self.proposedMapping(body) + [("action", "apply")])
            #expect(forced.status == .unprocessableEntity)
            #expect(try await OrganisationUnit.query(on: app.db).filter(\.$code == "9100").count() == 0)
        }
    }

    @Test("The column mapping chosen is remembered for the next import")
    func rememberedMapping() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.programmeOwner))
            let file = Data("Org;Benämning\n1000;Stadsledningen\n".utf8)
            let draftPath = try await Self.uploadDraft(browser, file)
            try await browser.get(draftPath)
            let applied = try await browser.post(draftPath, [("column-0", "unit_code"), ("column-1", "unit_name_sv"), ("action", "apply")])
            #expect(applied.location == "/organisation")
            let next = try await browser.get(try await Self.uploadDraft(browser, file)).body.string
            #expect(Self.proposedMapping(next).map(\.1) == ["unit_code", "unit_name_sv"])
        }
    }

    @Test("An empty upload is refused with a message")
    func emptyUpload() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.signIn(Account.with(.programmeOwner))
            try await browser.get("/organisation/import")
            let response = try await browser.upload("/organisation/import", field: "file", fileName: "empty.csv", content: Data())
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Välj en CSV- eller Excel-fil att läsa in."))
        }
    }
}

@Suite("Restructuring scenarios over the web", .serialized)
struct ScenarioWebTests {
    static func unit(_ app: Application, english name: String) async throws -> OrganisationUnit {
        let units = try await OrganisationUnit.query(on: app.db).all()
        return try #require(units.first { $0.name[.english] == name })
    }

    @Test("A scenario merges two small units, shows before and after, and changes the organisation only when applied")
    func mergeAndApply() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.programmeOwner))
            try await browser.get("/organisation/scenarios")
            let created = try await browser.post("/organisation/scenarios", [("name", "Larger family units")])
            let path = try #require(created.location)

            let small = try await Self.unit(app, english: "Family counselling")
            let target = try await Self.unit(app, english: "Child welfare")
            try await browser.get(path)
            let added = try await browser.post(
                path + "/changes",
                [
                    ("kind", "merge"), ("merge-unit", small.id!.uuidString.lowercased()), ("merge-into", target.id!.uuidString.lowercased()),
                ])
            #expect(added.status == .seeOther)
            let page = try await browser.get(path).body.string
            #expect(page.contains("Family counselling is merged into Child welfare"))
            #expect(page.contains("Before and after"))
            #expect(page.contains("Managers whose span changes"))
            #expect(try await OrganisationUnit.find(small.id, on: app.db) != nil, "nothing changes before applying")

            // Several scenarios side by side.
            let list = try await browser.get("/organisation/scenarios").body.string
            #expect(list.contains("The scenarios side by side"))
            #expect(list.contains("Larger family units"))

            let applied = try await browser.post(path + "/apply", [("confirm", "yes")])
            #expect(applied.location == path)
            #expect(try await browser.follow(applied).body.string.contains("The scenario has been applied to the organisation."))
            #expect(try await OrganisationUnit.find(small.id, on: app.db) == nil)
            let merged = try #require(try await OrganisationUnit.find(target.id, on: app.db))
            #expect(merged.headcount == target.headcount + small.headcount + 1)
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.scenarioApplied.rawValue).count() == 1)
        }
    }

    @Test("An impossible change is refused with a message and not added")
    func impossibleChange() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.signIn(Account.with(.administrator))
            try await browser.get("/organisation/scenarios")
            let path = try #require(try await browser.post("/organisation/scenarios", [("name", "Test")]).location)
            let unit = try await Self.unit(app, english: "Library")
            try await browser.get(path)
            let response = try await browser.post(
                path + "/changes",
                [
                    ("kind", "merge"), ("merge-unit", unit.id!.uuidString.lowercased()), ("merge-into", unit.id!.uuidString.lowercased()),
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("en enhet kan inte slås ihop med sig själv"))
            // Both of the merge's choices come back as made; the other forms' selects as they were.
            let chosen = #"<option value="\#(unit.id!.uuidString.lowercased())" selected>"#
            #expect(response.body.string.components(separatedBy: chosen).count - 1 == 2)
            // A split without a name for the new unit: refused, with the headcount typed.
            let unnamed = try await browser.post(
                path + "/changes",
                [
                    ("kind", "split"), ("split-unit", unit.id!.uuidString.lowercased()),
                    ("split-name", " "), ("split-headcount", "7"),
                ])
            #expect(unnamed.status == .unprocessableEntity)
            #expect(unnamed.body.string.contains(#"id="split-headcount" value="7""#))
            let scenario = try #require(try await ScenarioRecord.query(on: app.db).first())
            #expect(scenario.changes.isEmpty)
        }
    }

    @Test("A scenario cannot be applied without confirming, and a name is required")
    func confirmAndName() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.programmeOwner))
            try await browser.get("/organisation/scenarios")
            let unnamed = try await browser.post("/organisation/scenarios", [("name", "  ")])
            #expect(unnamed.status == .unprocessableEntity)
            #expect(unnamed.body.string.contains("Give the scenario a name."))
            let path = try #require(try await browser.post("/organisation/scenarios", [("name", "Move")]).location)
            let unit = try await Self.unit(app, english: "Youth work")
            let parent = try await Self.unit(app, english: "Family services")
            try await browser.get(path)
            try await browser.post(
                path + "/changes", [("kind", "move"), ("move-unit", unit.id!.uuidString.lowercased()), ("move-parent", parent.id!.uuidString.lowercased())])
            try await browser.get(path)
            let refused = try await browser.post(path + "/apply", [])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await OrganisationUnit.find(unit.id, on: app.db)?.$parent.id != parent.id)
        }
    }
}

@Suite("Manager role profiles", .serialized)
struct RoleProfileWebTests {
    @Test("The harmonisation view shows roles held under many titles and managers without a role")
    func harmonisation() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "sv")
            try await browser.signIn(Account.with(.manager))
            let body = try await browser.get("/organisation/roles").body.string
            #expect(body.contains("Enhetschef"))
            #expect(body.contains("olika titlar"))
            #expect(body.contains("Rektor"))
            #expect(body.contains("Chefer utan roll"))
            #expect(body.contains("Biträdande enhetschef"))
            #expect(!body.contains("Ny chefsroll"), "a manager reads but does not create roles")
        }
    }

    @Test("The owner creates a role in Swedish and Finnish and gives it to a manager")
    func createAndAssign() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.programmeOwner))
            try await browser.get("/organisation/roles")
            let missing = try await browser.post("/organisation/roles", [("name-fi", "Kehittämispäällikkö")])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Enter the role&#39;s name.") || missing.body.string.contains("Enter the role's name."))
            #expect(missing.body.string.contains("Kehittämispäällikkö"), "what was typed is kept")
            let created = try await browser.post(
                "/organisation/roles",
                [
                    ("name-sv", "Utvecklingschef"), ("name-fi", "Kehittämispäällikkö"),
                    ("responsibilities-sv", "Leder utvecklingsprojekt."), ("competences-fi", "Projektijohtaminen"),
                ])
            let path = try #require(created.location)
            let specialist = try #require(try await Person.query(on: app.db).filter(\.$title == "Utvecklingschef").first())
            try await browser.get(path)
            try await browser.post(path + "/holders", [("person", specialist.id!.uuidString.lowercased()), ("action", "add")])
            let page = try await browser.get(path).body.string
            #expect(page.contains("Managers with the role (1)"))
            #expect(page.contains(specialist.name))
            #expect(try await Person.find(specialist.id, on: app.db)?.roleProfileID != nil)
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.roleHoldersChanged.rawValue).count() == 1)
        }
    }
}

@Suite("Result goals: status reports and the management-group view", .serialized)
struct GoalStatusTests {
    static func goal(_ app: Application, english title: String) async throws -> ResultGoal {
        try #require(try await ResultGoal.query(on: app.db).all().first { $0.title[.english] == title })
    }

    @Test("A responsible manager reports at risk with a comment; the management-group view shows it")
    func reportAtRisk() async throws {
        try await withRoderApp { app, _ in
            let goal = try await Self.goal(app, english: "New interactive intranet")
            let path = "/strategy/goals/\(goal.id!.uuidString.lowercased())"
            let reportsBefore = try await GoalStatusUpdate.query(on: app.db).count()
            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(path)
            // Without a comment: refused, what was chosen kept.
            let refused = try await manager.post(path + "/status", [("status", "at_risk"), ("comment", " ")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Skriv en kommentar"))
            #expect(refused.body.string.contains(#"value="at_risk" checked"#))
            let saved = try await manager.post(path + "/status", [("status", "at_risk"), ("comment", "Leverantören är försenad.")])
            #expect(saved.location == path)
            let page = try await manager.follow(saved).body.string
            #expect(page.contains("Statusen har sparats."))
            #expect(page.contains("Leverantören är försenad."))

            let viewer = TestBrowser(app, acceptLanguage: "sv")
            try await viewer.signIn(Account.with(.viewer))
            let view = try await viewer.get("/strategy").body.string
            #expect(view.contains(#"<span class="status status-at-risk">I riskzonen</span>"#))
            #expect(view.contains("Leverantören är försenad."))
            #expect(try await GoalStatusUpdate.query(on: app.db).count() == reportsBefore + 1)
        }
    }

    @Test("Only the goal's responsible persons and the programme owner report its status")
    func onlyResponsible() async throws {
        try await withRoderApp { app, _ in
            let notMine = try await Self.goal(app, english: "Town strategy updated and approved by the council")
            let path = "/strategy/goals/\(notMine.id!.uuidString.lowercased())"
            let manager = TestBrowser(app, acceptLanguage: "en")
            try await manager.signIn(Account.with(.manager))
            let page = try await manager.get(path).body.string
            #expect(!page.contains("Report the status"))
            #expect(try await manager.post(path + "/status", [("status", "done")]).status == .forbidden)
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(path)
            #expect(try await owner.post(path + "/status", [("status", "on_track")]).status == .seeOther)
        }
    }
}

@Suite("Indicators and measurements", .serialized)
struct IndicatorTests {
    @Test("The owner adds an indicator; a responsible manager records values; a past year is locked; progress shows")
    func indicatorJourney() async throws {
        try await withRoderApp { app, _ in
            let goal = try await GoalStatusTests.goal(app, english: "New interactive intranet")
            let path = "/strategy/goals/\(goal.id!.uuidString.lowercased())"
            let owner = TestBrowser(app, acceptLanguage: "en")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(path)
            let invalid = try await owner.post(path + "/indicators", [("name-sv", "Användare per vecka"), ("baseline", "x"), ("target", "500")])
            #expect(invalid.status == .unprocessableEntity)
            try await owner.post(
                path + "/indicators",
                [
                    ("name-sv", "Aktiva användare per vecka"), ("name-fi", "Aktiiviset käyttäjät viikossa"),
                    ("unit", "users"), ("baseline", "100"), ("target", "500"), ("direction", "up"),
                    ("frequency", "monthly"),
                ])
            let indicator = try #require(try await Indicator.query(on: app.db).all().first { $0.name[.swedish] == "Aktiva användare per vecka" })
            let measure = "/strategy/indicators/\(indicator.id!.uuidString.lowercased())/measurements"

            let manager = TestBrowser(app, acceptLanguage: "fi")
            try await manager.signIn(Account.with(.manager))
            try await manager.get(path)
            let locked = try await manager.post(measure, [("date", "2025-12-01"), ("value", "150")])
            #expect(locked.status == .unprocessableEntity)
            #expect(locked.body.string.contains("Vuosi 2025 on päättynyt"))
            // The refused value comes back as typed, in its own indicator's form.
            #expect(locked.body.string.contains(#"id="measure-\#(indicator.id!.uuidString.lowercased())-value" required inputmode="decimal" value="150""#))
            #expect(locked.body.string.contains(#"value="2025-12-01""#))
            let saved = try await manager.post(measure, [("date", "2026-06-01"), ("value", "300,0"), ("comment", "Lansering i maj")])
            #expect(saved.status == .seeOther)
            let page = try await manager.follow(saved).body.string
            #expect(page.contains("Mittaus on tallennettu."))
            #expect(page.contains("class=\"chart line-chart\""))
            #expect(page.contains("50 %"))
            // Measured monthly, last in June: a value is due (the test clock is in November).
            #expect(page.contains("mitataan kuukausittain"))
            #expect(page.contains("Uusi arvo olisi pitänyt kirjata."))

            // The goal rolls up its two indicators: the demo's 13 % and this one's 50 %.
            let view = try await owner.get("/strategy").body.string
            #expect(view.contains("<span class=\"progress progress-red\">32 %</span>"))
            let csv = try await owner.get(SiteRoute.export(.exportMeasurements, .csv).path)
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(csv.body.string.contains("Aktiva användare per vecka,2026-06-01,300,Lansering i maj"), "\(csv.body.string.suffix(600))")
            #expect(try await MeasurementRecord.query(on: app.db).filter(\.$indicator.$id == indicator.requireID()).count() == 1)
        }
    }

    @Test("The owner corrects an indicator; a refused form comes back as typed; its values stay; managers and other organisations may not")
    func editIndicator() async throws {
        try await withRoderApp { app, _ in
            let goal = try await GoalStatusTests.goal(app, english: "New interactive intranet")
            let path = SiteRoute.goal(goal.id!).path
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get(path)
            // A new indicator refused keeps what was typed, its form open.
            let refusedNew = try await owner.post(
                path + "/indicators", [("name-sv", "Besök per månad"), ("unit", "besök"), ("baseline", "x"), ("target", "900")])
            #expect(refusedNew.status == .unprocessableEntity)
            #expect(refusedNew.body.string.contains(#"value="Besök per månad""#) && refusedNew.body.string.contains(#"value="900""#))
            #expect(refusedNew.body.string.contains("<details open"))
            try await owner.post(
                path + "/indicators",
                [
                    ("name-sv", "Besök per månad"), ("unit", "besök"), ("baseline", "100"), ("target", "900,5"),
                    ("frequency", "monthly"),
                ])
            let indicator = try #require(try await Indicator.query(on: app.db).all().first { $0.name[.swedish] == "Besök per månad" })
            let edit = SiteRoute.editIndicator(indicator.id!).path
            #expect(try await owner.get(path).body.string.contains(#"href="\#(edit)""#))

            let form = try await owner.get(edit)
            #expect(form.status == .ok)
            #expect(form.body.string.contains(#"value="900,5""#) && form.body.string.contains(#"<option value="monthly" selected>"#))
            let refused = try await owner.post(edit, [("name-sv", "Besök per vecka"), ("baseline", "100"), ("target", "många"), ("unit", "besök")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"value="Besök per vecka""#) && refused.body.string.contains(#"value="många""#))
            #expect(try await Indicator.find(indicator.id, on: app.db)?.name[.swedish] == "Besök per månad")

            let manager = TestBrowser(app, acceptLanguage: "sv")
            try await manager.signIn(Account.with(.manager))
            #expect(try await manager.get(edit).status == .forbidden)
            let bergvik = TestBrowser(app, acceptLanguage: "fi")
            try await bergvik.signIn(Account.bergvikAdministrator)
            #expect(try await bergvik.get(edit).status == .notFound)

            let saved = try await owner.post(
                edit,
                [
                    ("name-sv", "Besök per vecka"), ("name-fi", "Käynnit viikossa"), ("unit", "besök"), ("baseline", "20"),
                    ("target", "250"), ("weight", "2"), ("frequency", "quarterly"), ("direction", "down"),
                ])
            #expect(saved.status == .seeOther)
            let changed = try #require(try await Indicator.find(indicator.id, on: app.db))
            #expect(changed.name == LocalizedText(sv: "Besök per vecka", fi: "Käynnit viikossa"))
            #expect((changed.baseline, changed.target, changed.weight, changed.frequency, changed.direction) == (20, 250, 2, .quarterly, "down"))
            let page = try await owner.follow(saved).body.string
            #expect(page.contains("Från 20 till 250 besök"))
            #expect(
                try await owner.get("/audit").body.string.contains(
                    "Ändrade indikatorn Besök per vecka: Besök per månad: 100–900.5 besök → Besök per vecka: 20–250 besök"))

            // Archived, it is neither changed nor measured any more (until restored).
            try await owner.get(path)
            #expect(
                try await owner.post(SiteRoute.strategyArchive.path, [("kind", "indicator"), ("id", indicator.id!.uuidString), ("action", "archive")]).status
                    == .seeOther)
            #expect(try await owner.get(edit).status == .notFound)
            try await owner.get(path)
            #expect(try await owner.post(SiteRoute.indicatorMeasurements(indicator.id!).path, [("date", "2026-11-01"), ("value", "30")]).status == .notFound)
        }
    }
}

@Suite("Creating result goals", .serialized)
struct GoalCreationTests {
    @Test("The owner creates a goal in Swedish and Finnish with two responsible persons; both see it as theirs")
    func createGoal() async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "sv")
            try await owner.signIn(Account.with(.programmeOwner))
            let form = try await owner.get("/strategy/goals/new").body.string
            #expect(form.contains("Nytt resultatmål"))
            let area = try #require(try await DevelopmentArea.query(on: app.db).filter(\.$position == 3).first())
            let people = try await Person.query(on: app.db).filter(\.$title == "Sektorchef").limit(2).all()
            // Missing Swedish title and responsible persons: refused, Finnish title kept.
            let refused = try await owner.post("/strategy/goals/new", [("area", area.id!.uuidString.lowercased()), ("title-fi", "Uusi palvelumalli")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Skriv målet på Svenska."))
            #expect(refused.body.string.contains("Välj minst en ansvarsperson."))
            #expect(refused.body.string.contains("Uusi palvelumalli"))
            let created = try await owner.post(
                "/strategy/goals/new",
                [
                    ("area", area.id!.uuidString.lowercased()), ("title-sv", "Ny servicemodell"), ("title-fi", "Uusi palvelumalli"),
                    ("responsible[]", people[0].id!.uuidString.lowercased()), ("responsible[]", people[1].id!.uuidString.lowercased()),
                    ("start", "2026-01-01"), ("end", "2026-12-31"),
                ])
            let goalPath = try #require(created.location)
            let page = try await owner.follow(created).body.string
            #expect(page.contains("Resultatmålet har skapats."))
            #expect(page.contains(people[0].name) && page.contains(people[1].name))
            #expect(goalPath.hasPrefix("/strategy/goals/"))
            let view = try await owner.get("/strategy").body.string
            #expect(view.contains("Ny servicemodell"))
            let finnish = TestBrowser(app, acceptLanguage: "fi")
            try await finnish.signIn(Account.with(.viewer))
            #expect(try await finnish.get("/strategy").body.string.contains("Ny servicemodell") == false)
            #expect(try await finnish.get("/strategy").body.string.contains("Uusi palvelumalli"))
        }
    }
}
