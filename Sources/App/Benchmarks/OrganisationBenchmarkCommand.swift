import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// `roder benchmark-organisation [--units 1500] [--people 10000] [--requests 50]`
///
/// The figures the organisation issue names, measured on a throw-away SQLite database:
/// importing an HR export of `people` people in `units` units, and the server time of the
/// analytics page for that organisation, over real HTTP on loopback. Build with
/// `-c release` for figures worth writing down (scripts/benchmark does).
struct OrganisationBenchmarkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "units", help: "Units in the synthetic organisation (default 1500).")
        var units: Int?
        @Option(name: "people", help: "People in it (default 10000).")
        var people: Int?
        @Option(name: "requests", help: "Timed requests per page (default 50).")
        var requests: Int?
        @Option(name: "port", help: "Loopback port for the benchmark server (default 18299).")
        var port: Int?
    }

    var help: String { "Measures the organisation import and the analytics page on a synthetic organisation." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let unitCount = signature.units ?? 1_500, peopleCount = signature.people ?? 10_000
        let requests = signature.requests ?? 50, port = signature.port ?? 18_299
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-benchmark-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = AppConfig(
            database: .sqliteFile(path: folder + "/benchmark.sqlite"), host: "127.0.0.1", port: port,
            dataDirectory: folder, bcryptCost: 4)
        let app = try await makeBenchmarkApplication(config)
        do {
            try await measure(app, unitCount: unitCount, peopleCount: peopleCount, requests: requests, port: port, console: context.console)
        } catch {
            context.console.error("Benchmark failed: \(error)")
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    private func measure(_ app: Application, unitCount: Int, peopleCount: Int, requests: Int, port: Int, console: any Console) async throws {
        let clock = ContinuousClock()
        console.info("Synthetic organisation: \(unitCount) units, \(peopleCount) people (SQLite, WAL).")
        // As a Finnish payroll system writes it: the headers recognised, who manages which
        // unit derived from each person's supervisor.
        let csv = Data(SyntheticOrganisation.finnishExport(units: unitCount, people: peopleCount).utf8)
        console.info("CSV file: \(csv.count / 1024) KiB (Finnish headers, supervisors by employee number)")

        let organisation = Organisation(name: LocalizedText(sv: "Benchmark"), slug: "benchmark", contentLanguages: [.swedish, .finnish], createdAt: Date())
        try await organisation.create(on: app.db)
        let organisationID = try organisation.requireID()

        // Import: read and check the file, then write it in one transaction.
        let tenant = TenantDatabase(organisationID: organisationID, database: app.db)
        var reading: OrganisationImportService.Reading!
        let readTime = try await clock.measure {
            reading = OrganisationImportService.read(
                csv, mapping: nil, remembered: [:], contentLanguages: [.swedish, .finnish],
                existing: try await OrganisationImportService.existing(tenant))
            guard reading.plan != nil else { throw CommandError("The synthetic file did not plan: \(reading.issues.prefix(3))") }
        }
        let applyTime = try await clock.measure {
            try await OrganisationImportService.apply(reading.plan!, organisationID: organisationID, targetBand: 8...16, at: Date(), on: app.db)
        }
        let reimportTime = try await clock.measure {
            let again = OrganisationImportService.read(
                csv, mapping: nil, remembered: [:], contentLanguages: [.swedish, .finnish],
                existing: try await OrganisationImportService.existing(tenant))
            try await OrganisationImportService.apply(again.plan!, organisationID: organisationID, targetBand: 8...16, at: Date(), on: app.db)
        }
        let units = try await OrganisationUnit.query(on: app.db).count(), people = try await Person.query(on: app.db).count()
        guard units == unitCount, people == peopleCount else { throw CommandError("Imported \(units) units and \(people) people") }

        // Where the analytics page's time goes, in process.
        var loadTimes: [Duration] = [], analyseTimes: [Duration] = [], renderTimes: [Duration] = []
        for _ in 0..<10 {
            var loaded: OrganisationQuery.Loaded!
            loadTimes.append(try await clock.measure { loaded = try await OrganisationQuery.load(tenant, targetBand: 8...16) })
            var report: OrganisationReport!
            analyseTimes.append(clock.measure { report = OrganisationAnalytics.analyse(loaded.structure) })
            let model = OrganisationAnalyticsPage.Model(report: report, managers: [:], canChange: true)
            let context = PageContext(
                localizer: Localizer(language: .swedish), principal: nil, userName: nil, organisation: nil, csrfToken: "x", currentPath: "/")
            renderTimes.append(clock.measure { _ = OrganisationAnalyticsPage.render(model, context: context) })
        }

        // The analytics page over HTTP, signed in as the programme owner.
        let user = User(
            email: "owner@benchmark.example", name: "Benchmark Owner", passwordHash: try Bcrypt.hash("benchmark-password", cost: 4),
            language: .english, createdAt: Date())
        try await user.create(on: app.db)
        try await Membership(organisationID: organisationID, userID: user.requireID(), roles: [.programmeOwner]).create(on: app.db)
        // The client must not follow redirects: sign-in answers with one, and its cookie matters.
        app.http.client.configuration.redirectConfiguration = .disallow
        try await app.server.start(address: .hostname("127.0.0.1", port: port))
        var http = HTTPBenchmark(app: app, port: port, requests: requests)
        let health: [Duration], analytics: [Duration], chart: [Duration]
        do {
            try await http.signIn(email: "owner@benchmark.example", password: "benchmark-password")
            health = try await http.timings("/health")
            analytics = try await http.timings("/organisation/analytics")
            chart = try await http.timings("/organisation")
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()

        let ms = HTTPBenchmark.milliseconds, row = HTTPBenchmark.row
        console.print("")
        console.print("Import of \(peopleCount) people in \(unitCount) units")
        console.print("  read and check the file       \(ms(readTime))")
        console.print("  write (one transaction)       \(ms(applyTime))")
        console.print("  total                         \(ms(readTime + applyTime))")
        console.print("  import again (all unchanged)  \(ms(reimportTime))")
        console.print("")
        console.print("Analytics page in process (median of 10)")
        console.print("  load units and managers, analyse \(ms(loadTimes.sorted()[5]))")
        console.print("  analyse alone                 \(ms(analyseTimes.sorted()[5]))")
        console.print("  render HTML                   \(ms(renderTimes.sorted()[5]))")
        console.print("")
        console.print("Pages over HTTP on loopback, \(requests) requests each after 5 to warm up")
        console.print("  " + row("GET /health (baseline)", health))
        console.print("  " + row("GET /organisation/analytics", analytics))
        console.print("  " + row("GET /organisation (tree)", chart))
    }
}
