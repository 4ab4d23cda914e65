import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

/// The files under `Tests/Fixtures/`, shared with the domain and browser tests.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var finnishExport: Data { get throws { try Data(contentsOf: folder.appendingPathComponent("kivikoski-henkilosto.csv")) } }

    /// The same export as older Excel saves it: Windows-1252, no byte-order mark.
    static var finnishExportWindows1252: Data {
        get throws {
            let text = try #require(String(data: try finnishExport, encoding: .utf8)).replacingOccurrences(of: "\u{FEFF}", with: "")
            return try #require(text.data(using: .windowsCP1252))
        }
    }

    /// The same export as an Excel workbook, numbers as numbers.
    static var finnishExportWorkbook: Data {
        get throws {
            let table = try ImportFileReader.read(try finnishExport)
            let rows = ([table.header] + table.rows.map(\.fields)).map { row in
                row.map { Int($0).map { XLSXWriter.Cell.number(Double($0)) } ?? ($0.isEmpty ? .empty : .text($0)) }
            }
            return try XLSXWriter.workbook([.init(name: "Henkilöstö", rows: rows), .init(name: "Ohjeet", rows: [[.text("Lue minut")]])])
        }
    }
}

/// A new town, as `roder create-admin` makes one: Finnish first, no units yet, one administrator.
struct NewTown {
    static let email = "hallinto@kivikoski.example"
    static let password = "kivikoski-hallinto-2026"

    let organisationID: UUID

    static func make(_ app: Application, clock: TestClock) async throws -> NewTown {
        let organisation = Organisation(
            name: LocalizedText(sv: "Stenfors stad", fi: "Kivikosken kaupunki"), slug: "kivikoski",
            contentLanguages: [.finnish, .swedish], createdAt: clock.now)
        try await organisation.create(on: app.db)
        let user = User(email: email, name: "Sari Koski", passwordHash: try Bcrypt.hash(password, cost: 4), language: nil, createdAt: clock.now)
        try await user.create(on: app.db)
        try await Membership(organisationID: try organisation.requireID(), userID: try user.requireID(), roles: [.administrator]).create(on: app.db)
        return NewTown(organisationID: try organisation.requireID())
    }

    func units(_ app: Application) async throws -> [OrganisationUnit] {
        try await OrganisationUnit.query(on: app.db).filter(\.$organisation.$id == organisationID).all()
    }

    func unit(_ app: Application, code: String) async throws -> OrganisationUnit {
        try #require(try await OrganisationUnit.query(on: app.db).filter(\.$organisation.$id == organisationID).filter(\.$code == code).first())
    }

    func person(_ app: Application, _ externalID: String) async throws -> Person {
        try #require(try await Person.query(on: app.db).filter(\.$organisation.$id == organisationID).filter(\.$externalID == externalID).first())
    }

    func snapshots(_ app: Application) async throws -> [StructureSnapshotRecord] {
        try await StructureSnapshotRecord.query(on: app.db).filter(\.$organisation.$id == organisationID).sort(\.$takenAt).all()
    }
}

@Suite("Real HR exports over the web and the command line", .serialized)
struct HRExportWebTests {
    typealias Web = OrganisationImportWebTests

    static func signedIn(_ app: Application, language: String = "fi") async throws -> TestBrowser {
        let browser = TestBrowser(app, acceptLanguage: language)
        try await browser.signIn(email: NewTown.email, password: NewTown.password)
        return browser
    }

    @Test("A new town's Finnish export imports through the web page with no column chosen by hand")
    func finnishExport() async throws {
        try await withRoderApp { app, clock in
            // setup
            let town = try await NewTown.make(app, clock: clock)
            let browser = try await Self.signedIn(app)

            // act: upload, look, apply what was proposed
            let draftPath = try await Web.uploadDraft(browser, try Fixtures.finnishExport, name: "henkilosto.csv")
            let draft = try await browser.get(draftPath)
            let mapping = Web.proposedMapping(draft.body.string)
            let applied = try await browser.post(draftPath, mapping + [("action", "apply")])

            // check
            #expect(draft.status == .ok)
            #expect(
                mapping.map(\.1) == [
                    "unit_code", "unit_name_fi", "unit_name_sv", "parent_unit_code", "person_id", "person_surname",
                    "person_first_name", "person_title", "person_email", "unit_manager_id", "unit_headcount",
                ])
            #expect(draft.body.string.contains("Yksiköt: 9 uutta, 0 muuttunutta"))
            #expect(applied.location == "/organisation")
            #expect(try await town.units(app).count == 9)
            #expect(try await town.unit(app, code: "3100").$manager.id == (try await town.person(app, "10006")).id)
            let head = try await town.person(app, "10004")
            #expect((head.name, head.firstName, head.surname) == ("Anna-Liisa Nyström", "Anna-Liisa", "Nyström"))
            #expect(try await town.person(app, "10007").title == "Kehittämispäällikkö; \"digi\" ja asiakaspalvelu")
            #expect(try await town.unit(app, code: "4100").name == LocalizedText(fi: "Asiakaspalvelu"))
            #expect(try await town.snapshots(app).map(\.cause) == ["imported"])
            // The unit named in one language only says so on its page, in the reader's language.
            let unitPage = try await browser.get("/organisation/units/" + (try await town.unit(app, code: "4100")).id!.uuidString.lowercased())
            #expect(unitPage.body.string.contains("nimi puuttuu: Svenska"))
        }
    }

    @Test("A new town's start page lists its first steps; the import ticks the first; a town under way has no list")
    func startChecklist() async throws {
        try await withRoderApp { app, clock in
            let town = try await NewTown.make(app, clock: clock)
            let browser = try await Self.signedIn(app)
            let fresh = try await browser.get("/").body.string
            #expect(fresh.contains("Näin pääset alkuun") && fresh.components(separatedBy: "Tekemättä: ").count - 1 == 6)
            // The administrator's own steps link to where they are taken; the owner's say who takes them.
            #expect(fresh.contains(#"<a href="/organisation/import">Tee tämä"#) && fresh.contains(#"<a href="/admin/users">Tee tämä"#))
            #expect(fresh.components(separatedBy: "Tekijä: ").count - 1 == 3 && !fresh.contains(#"<a href="/events/new">"#))
            // The strategy page says who starts a programme and where the administrator gives that role.
            let strategy = try await browser.get("/strategy").body.string
            #expect(strategy.contains("Ohjelman käynnistää ohjelman omistaja") && strategy.contains(#"<a href="/admin/users">Anna rooli"#))
            // The empty events and feedback pages say what is missing and who adds it, or link on.
            let events = try await browser.get("/events").body.string
            #expect(events.contains("Ei vielä foorumeita tai seminaareja.") && events.contains(#"<p class="hint">Tekijä: "#))
            let feedback = try await browser.get("/feedback").body.string
            #expect(feedback.contains("Ei vielä palautetta.") && feedback.contains(#"href="/events">Foorumeihin ja seminaareihin"#))

            let draftPath = try await Web.uploadDraft(browser, try Fixtures.finnishExport, name: "henkilosto.csv")
            let draft = try await browser.get(draftPath)
            #expect(try await browser.post(draftPath, Web.proposedMapping(draft.body.string) + [("action", "apply")]).status == .seeOther)
            let managers = try await Person.query(on: app.db).filter(\.$organisation.$id == town.organisationID)
                .filter(\.$managementLevel ~~ ["top", "middle", "supervisor"]).count()
            let imported = try await browser.get("/").body.string
            #expect(imported.contains("Tehty: ") && imported.components(separatedBy: "Tekemättä: ").count - 1 == 5)
            #expect(managers == 0 || imported.contains("\(managers) esihenkilöllä ei ole vielä tunnusta"))

            // The demo town has held events: its administrator and owner see no list.
            let demo = TestBrowser(app, acceptLanguage: "fi")
            try await demo.signIn(Account.with(.administrator))
            #expect(!(try await demo.get("/").body.string.contains("Näin pääset alkuun")))
            let owner = TestBrowser(app, acceptLanguage: "fi")
            try await owner.signIn(Account.with(.programmeOwner))
            #expect(!(try await owner.get("/").body.string.contains("Näin pääset alkuun")))
        }
    }

    @Test("The same export as Windows-1252 and as an Excel workbook is read alike", arguments: ["cp1252", "xlsx"])
    func otherFormats(format: String) async throws {
        try await withRoderApp { app, clock in
            let town = try await NewTown.make(app, clock: clock)
            let browser = try await Self.signedIn(app, language: "en")
            let (data, name) =
                format == "xlsx" ? (try Fixtures.finnishExportWorkbook, "henkilosto.xlsx") : (try Fixtures.finnishExportWindows1252, "henkilosto.csv")

            let draftPath = try await Web.uploadDraft(browser, data, name: name)
            let draft = try await browser.get(draftPath).body.string
            let applied = try await browser.post(
                draftPath, Web.proposedMapping(draft) + [("action", "apply")] + (format == "xlsx" ? [("sheet", "Henkilöstö")] : []))

            #expect(draft.contains(format == "xlsx" ? "from the sheet “Henkilöstö” of the Excel file" : "encoding Windows-1252"))
            #expect(draft.contains("Units: 9 new"))
            if format == "xlsx" { #expect(draft.contains(#"<option value="Ohjeet">Ohjeet</option>"#), "the other sheet can be chosen") }
            #expect(applied.location == "/organisation")
            #expect(try await town.person(app, "10004").surname == "Nyström")
        }
    }

    @Test("Another sheet of a workbook is read on request, its columns guessed anew")
    func chooseSheet() async throws {
        try await withRoderApp { app, clock in
            _ = try await NewTown.make(app, clock: clock)
            let browser = try await Self.signedIn(app, language: "en")
            let draftPath = try await Web.uploadDraft(browser, try Fixtures.finnishExportWorkbook, name: "henkilosto.xlsx")
            try await browser.get(draftPath)
            let other = try await browser.post(draftPath, [("sheet", "Ohjeet"), ("action", "sheet")])
            #expect(other.body.string.contains("from the sheet “Ohjeet”"))
            #expect(other.body.string.contains("Lue minut"))
        }
    }

    @Test("Every error of a file is listed in one pass, grouped by kind, an unterminated quote among them")
    func everyError() async throws {
        try await withRoderApp { app, clock in
            _ = try await NewTown.make(app, clock: clock)
            let browser = try await Self.signedIn(app, language: "en")
            var lines = ["Kustannuspaikka;Yksikkö (fi);Ylempi yksikkö;Henkilönumero;Sukunimi;Etunimi;Yksikön esimies (hlönro);Henkilöstömäärä"]
            lines.append("1;Johto;;E1;Aalto;Maija;E1;tolv")  // 2: headcount
            lines.append("2;\"Sivistys;1;E2;Lind;Erik;E2;3")  // 3: quote never closes
            for line in 4...11 { lines.append("\(line);Yksikkö \(line);1;E\(line);Berg;Anna;X\(line);2") }  // 4–11: unknown manager
            let draftPath = try await Web.uploadDraft(browser, Data(lines.joined(separator: "\r\n").utf8))

            let page = try await browser.get(draftPath)

            let body = page.body.string
            #expect(page.status == .unprocessableEntity)
            #expect(body.contains("The file has 10 errors"))
            #expect(body.contains("Line 2, column Henkilöstömäärä: “tolv” is not a number of people"))
            #expect(body.contains("Line 3: a quotation mark opens but never closes"))
            #expect(body.contains("8 lines in the column Yksikön esimies (hlönro): unknown manager employee number"))
            #expect(
                body.contains("Line 4, column Yksikön esimies (hlönro): the manager&#39;s employee number X4 is neither in the file nor in Roder")
                    || body.contains("Line 4, column Yksikön esimies (hlönro): the manager's employee number X4 is neither in the file nor in Roder"))
            #expect(body.contains("… and 3 more lines like these."))
        }
    }

    @Test("The command line: the same file with no mapping given, a dry run, the mapping shown, and usage errors")
    func commandLine() async throws {
        try await withRoderApp { app, clock in
            // setup
            let town = try await NewTown.make(app, clock: clock)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("kivikoski-\(UUID().uuidString).csv")
            try Fixtures.finnishExport.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let command = ImportOrganisationCommand()
            func arguments(_ extra: [String]) throws -> ImportOrganisationCommand.Arguments {
                try ImportOrganisationCommand.Arguments.parse([file.path, "--organisation", "kivikoski"] + extra).get()
            }

            // act and check: the mapping as options to copy
            let shown = RecordingConsole()
            try await command.run(try arguments(["--show-mapping"]), app: app, console: shown)
            #expect(shown.text.contains("--map 'Yksikön esimies (hlönro)=unit_manager_id'"))
            #expect(shown.text.contains("--map 'Sukunimi=person_surname'"))

            // a dry run changes nothing
            let dry = RecordingConsole()
            try await command.run(try arguments(["--dry-run"]), app: app, console: dry)
            #expect(dry.text.contains("Units: 9 new"))
            #expect(try await town.units(app).isEmpty)

            // a column mapped by hand: the headcount ignored, so headcounts come from people listed
            try await command.run(try arguments(["--map", "Henkilöstömäärä=ignore"]), app: app, console: RecordingConsole())
            #expect(try await town.units(app).count == 9)
            #expect(try await town.unit(app, code: "1000").headcount == 0)
            #expect(try await town.snapshots(app).count == 1)

            // a file with errors: exit status 1, each error printed
            let faulty = FileManager.default.temporaryDirectory.appendingPathComponent("faulty-\(UUID().uuidString).csv")
            try Data("Kustannuspaikka;Yksikkö (fi);Henkilöstömäärä\n5;Uusi;tolv\n6;Toinen;-1\n".utf8).write(to: faulty)
            defer { try? FileManager.default.removeItem(at: faulty) }
            let refused = RecordingConsole()
            await #expect(throws: CommandError("2 errors; nothing was imported.")) {
                try await command.run(
                    try ImportOrganisationCommand.Arguments.parse([faulty.path, "--organisation", "kivikoski", "--language", "fi"]).get(),
                    app: app, console: refused)
            }
            #expect(refused.text.contains("Rivi 2, sarake Henkilöstömäärä") && refused.text.contains("Rivi 3, sarake Henkilöstömäärä"))

            // usage errors: exit status 2
            for wrong in [
                [file.path], ["--organisation", "kivikoski"], [file.path, "--organisation", "kivikoski", "--map", "NoEquals"],
                [file.path, "--organisation", "kivikoski", "--map", "A=no_such_field"], [file.path, "--organisation", "kivikoski", "--colour"],
            ] {
                guard case .failure(let error) = ImportOrganisationCommand.Arguments.parse(wrong) else { Issue.record("accepted \(wrong)"); continue }
                #expect(error.exitCode == 2)
            }
            await #expect(throws: CommandError(usage: "The file has no column Nope.")) {
                try await command.run(try arguments(["--map", "Nope=unit_code"]), app: app, console: RecordingConsole())
            }
        }
    }
}

@Suite("Keeping the structure up to date by hand, and its history", .serialized)
struct StructureEditingTests {
    static func importFinnishExport(_ app: Application, clock: TestClock) async throws -> (NewTown, TestBrowser) {
        let town = try await NewTown.make(app, clock: clock)
        let browser = try await HRExportWebTests.signedIn(app, language: "en")
        let draftPath = try await OrganisationImportWebTests.uploadDraft(browser, try Fixtures.finnishExport)
        let draft = try await browser.get(draftPath).body.string
        try await browser.post(draftPath, OrganisationImportWebTests.proposedMapping(draft) + [("action", "apply")])
        return (town, browser)
    }

    static func path(_ unit: OrganisationUnit, _ suffix: String = "") -> String {
        "/organisation/units/" + unit.id!.uuidString.lowercased() + suffix
    }

    @Test("A unit is changed by hand with pickers that search by code or name; the next import flags the change it would overwrite")
    func editUnit() async throws {
        try await withRoderApp { app, clock in
            // setup
            let (town, browser) = try await Self.importFinnishExport(app, clock: clock)
            let daycare = try await town.unit(app, code: "2110")
            let form = try await browser.get(Self.path(daycare, "/edit"))
            #expect(form.body.string.contains(#"value="2100 Varhaiskasvatus""#), "the parent as code and name")
            clock.advance(by: 3_600)
            let fields: [(String, String)] = [
                ("name-fi", "Päiväkoti Satakieli ja Peippo"), ("name-sv", "Daghemmen Näktergalen och Bofinken"),
                ("code", "2110"), ("kind", "unit"), ("headcount", "5"),
            ]

            // act: a parent typed as a name that matches several units
            let ambiguous = try await browser.post(Self.path(daycare, "/edit"), fields + [("parent", "toimi"), ("manager", "10004")])
            let choice = try #require(
                ambiguous.body.string.components(separatedBy: #"name="parent-choice" id="parent-choice-"#).dropFirst()
                    .first { $0.contains("Sivistystoimi") }.map { String($0.prefix(36)) })
            let saved = try await browser.post(Self.path(daycare, "/edit"), fields + [("parent", "toimi"), ("parent-choice", choice), ("manager", "Järvinen")])

            // check
            #expect(ambiguous.status == .unprocessableEntity)
            #expect(ambiguous.body.string.contains("Several match “toimi”. Choose one:"))
            #expect(ambiguous.body.string.contains(#"value="Päiväkoti Satakieli ja Peippo""#), "what was typed is kept")
            #expect(saved.location == Self.path(daycare))
            let changed = try await town.unit(app, code: "2110")
            #expect(changed.name[.finnish] == "Päiväkoti Satakieli ja Peippo")
            #expect(changed.$parent.id == (try await town.unit(app, code: "2000")).id)
            #expect(changed.$manager.id == (try await town.person(app, "10008")).id)
            #expect(changed.headcount == 5)
            #expect(changed.handEdit?.fields == [.name, .parent, .manager, .headcount])
            #expect(
                try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.unitChanged.rawValue).first()?.after
                    == "name, parent, manager, headcount")
            #expect(try await town.snapshots(app).map(\.cause) == ["imported", "hand_edit"])

            // The next import of the same file says what it would overwrite, and takes the unit over.
            let draftPath = try await OrganisationImportWebTests.uploadDraft(browser, try Fixtures.finnishExport)
            let preview = try await browser.get(draftPath).body.string
            #expect(preview.contains("Changes made by hand in Roder that the import overwrites (1)"))
            #expect(preview.contains("2110 Päiväkoti Satakieli ja Peippo: Name, Parent unit, Manager, Staff (changed"))
            try await browser.post(draftPath, OrganisationImportWebTests.proposedMapping(preview) + [("action", "apply")])
            let reimported = try await town.unit(app, code: "2110")
            #expect(reimported.name[.finnish] == "Päiväkoti Satakieli" && reimported.handEdit == nil)
        }
    }

    @Test("Refused unit forms keep what was typed and say why")
    func refusedUnitForm() async throws {
        try await withRoderApp { app, clock in
            let (town, browser) = try await Self.importFinnishExport(app, clock: clock)
            let education = try await town.unit(app, code: "2000")
            try await browser.get(Self.path(education, "/edit"))
            let refused = try await browser.post(
                Self.path(education, "/edit"),
                [
                    ("name-fi", ""), ("name-sv", ""), ("code", "3000"), ("kind", "sector"), ("headcount", "-2"),
                    ("parent", "2110"), ("manager", "nobody at all"),
                ])
            let body = refused.body.string
            #expect(refused.status == .unprocessableEntity)
            #expect(body.contains("Give the unit a name in at least one language."))
            #expect(body.contains("The code 3000 is already used by another unit."))
            #expect(body.contains("The headcount is a whole number from 0 to 1,000,000."))
            #expect(body.contains("A unit cannot be placed under itself or its own sub-units."))
            #expect(body.contains("Nothing matches “nobody at all”."))
            #expect(body.contains(#"value="nobody at all""#) && body.contains(#"value="-2""#))
            #expect(try await town.unit(app, code: "2000").name[.finnish] == "Sivistystoimi")
        }
    }

    @Test("A unit is added under another and retired again; one with sub-units cannot be retired; another town's unit is not found")
    func addAndRetire() async throws {
        try await withRoderApp { app, clock in
            let (town, browser) = try await Self.importFinnishExport(app, clock: clock)
            try await browser.get("/organisation/units/new")
            let created = try await browser.post(
                "/organisation/units/new",
                [
                    ("name-fi", "Digipalvelut"), ("name-sv", "Digitala tjänster"), ("code", "4200"), ("kind", "unit"), ("parent", "4000"),
                    ("manager", "10007"), ("headcount", "3"),
                ])
            let digital = try await town.unit(app, code: "4200")
            #expect(created.location == Self.path(digital))
            #expect(digital.$parent.id == (try await town.unit(app, code: "4000")).id)

            // A unit with sub-units is refused; a leaf is retired and its people move up.
            let education = try await town.unit(app, code: "2000")
            try await browser.get(Self.path(education, "/edit"))
            #expect(try await browser.post(Self.path(education, "/retire"), []).status == .conflict)
            let daycare = try await town.unit(app, code: "2110")
            let retired = try await browser.post(Self.path(daycare, "/retire"), [])
            #expect(retired.location == Self.path(try await town.unit(app, code: "2100")))
            #expect(try await town.unit(app, code: "2110").retiredAt != nil)
            #expect(try await town.person(app, "10010").unitID == (try await town.unit(app, code: "2100")).id)
            let chart = try await browser.get("/organisation").body.string
            #expect(!chart.contains("Päiväkoti Satakieli") && chart.contains("Digipalvelut"))
            #expect(try await browser.get(Self.path(daycare)).status == .notFound)
            #expect(try await town.snapshots(app).count == 3)

            // Another organisation's unit, to the administrator of this one.
            let sjobackaUnit = try #require(
                try await OrganisationUnit.query(on: app.db).filter(\.$code == "3000").filter(\.$organisation.$id != town.organisationID).first())
            #expect(try await browser.get(Self.path(sjobackaUnit, "/edit")).status == .notFound)
            #expect(try await browser.post(Self.path(sjobackaUnit, "/retire"), []).status == .notFound)
        }
    }

    @Test("A person's details are changed by hand; a refused form keeps what was typed; the unit lists people by surname")
    func editPerson() async throws {
        try await withRoderApp { app, clock in
            let (town, browser) = try await Self.importFinnishExport(app, clock: clock)
            let person = try await town.person(app, "10010")
            let path = "/organisation/people/" + person.id!.uuidString.lowercased() + "/edit"
            let form = try await browser.get(path).body.string
            #expect(form.contains(#"id="first-name" value="Jari""#) && form.contains(#"id="surname" value="Korhonen""#))

            let refused = try await browser.post(
                path, [("first-name", "Jari"), ("surname", "Ahonen"), ("email", "jari@"), ("unit", "2110"), ("level", "staff")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains(#"value="Ahonen""#) && refused.body.string.contains(#"value="jari@""#))

            let saved = try await browser.post(
                path,
                [
                    ("first-name", "Jari"), ("surname", "Ahonen"), ("title", "Varajohtaja"), ("email", "jari.ahonen@kivikoski.fi"),
                    ("unit", "2110"), ("level", "supervisor"),
                ])
            #expect(saved.location == "/organisation/units/" + (try await town.unit(app, code: "2110")).id!.uuidString.lowercased())
            let changed = try await town.person(app, "10010")
            #expect((changed.name, changed.surname, changed.managementLevel) == ("Jari Ahonen", "Ahonen", "supervisor"))
            #expect(changed.handEdit?.fields == [.name, .title, .email, .level])
            let unitPage = try await browser.follow(saved).body.string
            let ahonen = try #require(unitPage.range(of: "Jari Ahonen")), forselles = try #require(unitPage.range(of: "Kim af Forselles"))
            #expect(ahonen.lowerBound < forselles.lowerBound, "Ahonen before af Forselles")
            #expect(try await AuditRecord.query(on: app.db).filter(\.$action == AuditAction.personChanged.rawValue).count() == 1)
        }
    }

    @Test("The analytics page draws the demo town's history and compares two points; an import adds one")
    func history() async throws {
        try await withRoderApp { app, _ in
            let browser = TestBrowser(app, acceptLanguage: "en")
            try await browser.signIn(Account.with(.programmeOwner))
            let page = try await browser.get("/organisation/analytics").body.string
            #expect(page.contains("The structure over time"))
            #expect(page.contains(#"<svg class="chart line-chart history-chart""#))
            #expect(page.contains("Points kept (4)"))
            // First against latest by default: six fewer units and managers over two years.
            #expect(page.contains(#"<th scope="row">Units</th><td class="number">47</td><td class="number">41</td><td class="number">−6</td>"#))

            let town = try #require(try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").first())
            let sjobacka = try await StructureSnapshotRecord.query(on: app.db).filter(\.$organisation.$id == town.id!).sort(\.$takenAt).all()
            let compared = try await browser.get(
                "/organisation/analytics?from=\(sjobacka[1].id!.uuidString.lowercased())&to=\(sjobacka[2].id!.uuidString.lowercased())"
            ).body.string
            #expect(compared.contains(#"<th scope="row">Units</th><td class="number">45</td><td class="number">43</td><td class="number">−2</td>"#))

            let draftPath = try await OrganisationImportWebTests.uploadDraft(browser, OrganisationImportWebTests.demoFile)
            let draft = try await browser.get(draftPath).body.string
            try await browser.post(draftPath, OrganisationImportWebTests.proposedMapping(draft) + [("action", "apply")])
            #expect(try await browser.get("/organisation/analytics").body.string.contains("Points kept (5)"))
        }
    }
}

/// A console that keeps what a command writes, for tests of commands.
final class RecordingConsole: Console, @unchecked Sendable {
    private(set) var text = ""
    var userInfo: [AnySendableHashable: any Sendable] = [:]
    var size: (width: Int, height: Int) { (120, 40) }
    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) { self.text += text.description + (newLine ? "\n" : "") }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) { text += error + (newLine ? "\n" : "") }
}
