import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// `roder benchmark-report [--database-url postgres://…] [--requests 50]`
///
/// The figure the report issue names: the annual report page over HTTP, p50 under 100 ms, for
/// the demo's first year and for a national-scale programme (200 goals, 50,000 measurements,
/// 500 events, 20,000 attendances, 10,000 time entries). On a throw-away SQLite file, or on the
/// PostgreSQL database given.
struct ReportBenchmarkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "database-url", help: "A PostgreSQL database to measure on (default: a temporary SQLite file).")
        var databaseURL: String?
        @Option(name: "requests", help: "Timed requests (default 50).")
        var requests: Int?
        @Option(name: "port", help: "Loopback port for the benchmark server (default 18299).")
        var port: Int?
    }

    var help: String { "Measures the annual report page for the demo and for a national-scale programme." }

    static let year = 2025

    func run(using context: CommandContext, signature: Signature) async throws {
        let requests = signature.requests ?? 50, port = signature.port ?? 18_299
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-benchmark-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database: AppConfig.Database = signature.databaseURL.map { .postgres(url: $0) } ?? .sqliteFile(path: folder + "/benchmark.sqlite")
        let config = AppConfig(database: database, host: "127.0.0.1", port: port, dataDirectory: folder, bcryptCost: 4)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let app = try await makeBenchmarkApplication(config)
        let databaseName = signature.databaseURL == nil ? "SQLite (file, WAL)" : "PostgreSQL"
        var organisation: Organisation?
        do {
            if try await Organisation.query(on: app.db).filter(\.$slug == "sjobacka").count() == 0 {
                _ = try await DemoSeeder.seed(app.db, now: Date(), bcryptCost: 4)
            }
            let seeded = try await SyntheticProgramme.seed(app.db, goals: 200)
            organisation = seeded
            let counts = try await SyntheticReportYear.seed(app.db, organisation: seeded, year: Self.year)
            context.console.info(
                "National-scale programme on \(databaseName): 200 goals, 50,000 measurements, \(counts.events) events, "
                    + "\(counts.attendances) attendances, \(counts.entries) time entries, \(counts.costs) invoices in \(Self.year).")
            if let sql = app.db as? any SQLDatabase, sql.dialect.name == "postgresql" { try await sql.raw("ANALYZE").run() }

            app.http.client.configuration.redirectConfiguration = .disallow
            try await app.server.start(address: .hostname("127.0.0.1", port: port))
            let path = SiteRoute.report(year: Self.year).path
            var demo = HTTPBenchmark(app: app, port: port, requests: requests)
            var national = HTTPBenchmark(app: app, port: port, requests: requests)
            let demoOwner = DemoTown.sjobacka().accounts.first { $0.roles == [.programmeOwner] }!
            let timings: (health: [Duration], demo: [Duration], national: [Duration])
            let sizes: (demo: Int, national: Int)
            do {
                try await demo.signIn(email: demoOwner.email, password: demoOwner.password)
                try await national.signIn(email: SyntheticProgramme.ownerEmail(seeded), password: SyntheticProgramme.password)
                timings = (try await demo.timings("/health"), try await demo.timings(path), try await national.timings(path))
                sizes = (try await demo.kilobytes(path), try await national.kilobytes(path))
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()
            let row = HTTPBenchmark.row
            context.console.print("")
            context.console.print("Over HTTP on loopback, \(requests) requests after 5 to warm up (includes session, sign-in check and layout)")
            context.console.print("  " + row("GET /health (baseline)", timings.health))
            context.console.print("  " + row("GET /reports, the demo", timings.demo) + "  (\(sizes.demo) kB)")
            context.console.print("  " + row("GET /reports, national", timings.national) + "  (\(sizes.national) kB)")
        } catch {
            context.console.error("Benchmark failed: \(error)")
            try? await organisation?.delete(on: app.db)
            try? await app.asyncShutdown()
            throw error
        }
        try await organisation?.delete(on: app.db)
        try await app.asyncShutdown()
    }
}

/// A national-scale year for the synthetic programme: events with invitations and check-ins,
/// logged working time, hourly costs, invoices and a budget.
enum SyntheticReportYear {
    /// A made-up supplier's invoice, the `number`th of a series.
    static func invoice(_ number: Int, organisationID: UUID, date: Date, cents: Int, areaID: UUID?, at: Date) -> ExternalCost {
        let cost = ExternalCost()
        cost.$organisation.id = organisationID
        cost.date = date
        cost.amountCents = cents
        cost.vatCents = cents / 4
        cost.supplier = "Leverantör \(number % 12 + 1)"
        cost.category = CostCategory.typed[number % CostCategory.typed.count].rawValue
        cost.costDescription = ""
        cost.areaID = areaID
        cost.updatedAt = at
        return cost
    }

    /// Deterministic without a generator: the transaction's closure may not mutate captures.
    static func pseudo(_ a: Int, _ b: Int) -> Int { (a &* 7_919 &+ b &* 104_729) % 1_000 }

    static func seed(
        _ database: any Database, organisation: Organisation, year: Int
    ) async throws -> (events: Int, attendances: Int, entries: Int, costs: Int) {
        let organisationID = try organisation.requireID()
        let tenant = TenantDatabase(organisationID: organisationID, database: database)
        let people = try await tenant.query(Person.self).all()
        let areas = try await tenant.query(DevelopmentArea.self).sort(\.$position).all()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki")!
        let start = calendar.date(from: DateComponents(year: year, month: 1, day: 2, hour: 9))!
        let eventCount = 500, invitedPerEvent = min(40, people.count)
        try await database.transaction { database in
            for number in 0..<eventCount {
                let startsAt = start.addingTimeInterval(Double(number % 360) * 86_400 + Double(number / 360) * 3_600)
                let event = EventRecord(
                    organisationID: organisationID, kind: number % 3 == 0 ? .seminar : .leadershipForum,
                    title: LocalizedText(sv: "Forum \(number + 1)", fi: "Foorumi \(number + 1)"), startsAt: startsAt,
                    endsAt: startsAt.addingTimeInterval(3 * 3_600), checkInCode: String(format: "%06d", number))
                event.areaID = areas[number % areas.count].id
                event.preparationMinutes = 120
                try await event.create(on: database)
                let participants = (0..<invitedPerEvent).map { index in
                    let participant = EventParticipant(
                        organisationID: organisationID, eventID: event.id!, personID: people[(number + index) % people.count].id!)
                    if SyntheticReportYear.pseudo(number, index) < 800 { participant.checkedInAt = startsAt.addingTimeInterval(300) }
                    return participant
                }
                try await participants.create(on: database)
            }
            let entries = (0..<10_000).map { index in
                TimeEntry(
                    organisationID: organisationID, personID: people[index % people.count].id!,
                    date: start.addingTimeInterval(Double(index % 360) * 86_400 + 3 * 3_600), minutes: 30 * (1 + SyntheticReportYear.pseudo(index, 3) % 6),
                    areaID: areas[index % areas.count].id, goalID: nil, note: "Programarbete", at: start)
            }
            for chunk in stride(from: 0, to: entries.count, by: 1_000) {
                try await Array(entries[chunk..<min(chunk + 1_000, entries.count)]).create(on: database)
            }
            for (level, euros) in [("standard", 50), ("top", 95), ("middle", 70), ("supervisor", 57)] {
                try await HourlyRateRecord(organisationID: organisationID, year: year, level: level, cents: euros * 100, at: start).create(on: database)
            }
            try await BudgetRecord(organisationID: organisationID, year: year, areaID: nil, cents: 150_000_000, at: start).create(on: database)
            for area in areas {
                try await BudgetRecord(organisationID: organisationID, year: year, areaID: area.id, cents: 25_000_000, at: start).create(on: database)
            }
            for number in 0..<200 {
                try await invoice(
                    number, organisationID: organisationID, date: start.addingTimeInterval(Double(number % 360) * 86_400),
                    cents: 100_000 + SyntheticReportYear.pseudo(number, 11) * 500, areaID: areas[number % areas.count].id, at: start
                ).create(on: database)
            }
        }
        let attended = try await tenant.query(EventParticipant.self).filter(\.$checkedInAt != nil).count()
        return (eventCount, attended, 10_000, 200)
    }
}
