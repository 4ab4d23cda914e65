import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// `roder benchmark-strategy [--database-url postgres://…] [--goals 200] [--requests 50]`
///
/// The figure the strategy issue names: the management-group view for a programme of
/// 5 areas, 200 goals, 1,000 indicators and 50,000 measurements. Measured on a throw-away
/// SQLite file, or on the PostgreSQL database given (its own organisation, removed after),
/// both in process (query, model, render) and over HTTP on loopback.
struct StrategyBenchmarkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "database-url", help: "A PostgreSQL database to measure on (default: a temporary SQLite file).")
        var databaseURL: String?
        @Option(name: "goals", help: "Result goals in the programme (default 200; 5 indicators each, 50 measurements each).")
        var goals: Int?
        @Option(name: "requests", help: "Timed requests (default 50).")
        var requests: Int?
        @Option(name: "port", help: "Loopback port for the benchmark server (default 18298).")
        var port: Int?
        @Flag(name: "keep", help: "Leave the synthetic organisation in the database, to look at its query plans.")
        var keep: Bool
    }

    var help: String { "Measures the management-group view on a large synthetic programme." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let goalCount = signature.goals ?? 200, requests = signature.requests ?? 50, port = signature.port ?? 18_298
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-benchmark-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database: AppConfig.Database = signature.databaseURL.map { .postgres(url: $0) } ?? .sqliteFile(path: folder + "/benchmark.sqlite")
        let config = AppConfig(database: database, host: "127.0.0.1", port: port, dataDirectory: folder, bcryptCost: 4)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let app = try await makeBenchmarkApplication(config)
        var organisation: Organisation?
        do {
            let seeded = try await SyntheticProgramme.seed(app.db, goals: goalCount)
            organisation = seeded
            try await measure(
                app, organisation: seeded, goals: goalCount, requests: requests, port: port,
                databaseName: signature.databaseURL == nil ? "SQLite (file, WAL)" : "PostgreSQL", console: context.console)
        } catch {
            context.console.error("Benchmark failed: \(error)")
            try? await organisation?.delete(on: app.db)
            try? await app.asyncShutdown()
            throw error
        }
        // On PostgreSQL the database outlives the run: the organisation's rows go with it.
        if !signature.keep { try await organisation?.delete(on: app.db) }
        try await app.asyncShutdown()
    }

    private func measure(
        _ app: Application, organisation: Organisation, goals: Int, requests: Int, port: Int, databaseName: String,
        console: any Console
    ) async throws {
        let clock = ContinuousClock()
        let tenant = TenantDatabase(organisationID: try organisation.requireID(), database: app.db)
        guard let programme = try await StrategyQuery.programme(tenant) else { throw CommandError("No programme") }
        let counts = (
            goals: try await tenant.query(ResultGoal.self).count(), indicators: try await tenant.query(Indicator.self).count(),
            measurements: try await tenant.query(MeasurementRecord.self).count()
        )
        console.info(
            "Synthetic programme on \(databaseName): 5 areas, \(counts.goals) goals, \(counts.indicators) indicators, \(counts.measurements) measurements.")

        var queryTimes: [Duration] = [], renderTimes: [Duration] = []
        let context = PageContext(localizer: Localizer(language: .swedish), principal: nil, userName: nil, organisation: nil, csrfToken: "x", currentPath: "/")
        var bytes = 0
        for _ in 0..<20 {
            var model: ManagementGroupPage.Model!
            queryTimes.append(
                try await clock.measure {
                    let overview = try await StrategyQuery.overview(
                        tenant, programme: programme, now: Date(), timeZone: TimeZone(identifier: "Europe/Helsinki")!)
                    model = StrategyQuery.managementGroupModel(overview, programme: programme, canManage: true)
                })
            renderTimes.append(clock.measure { bytes = ManagementGroupPage.render(model, context: context).utf8.count })
        }

        app.http.client.configuration.redirectConfiguration = .disallow
        try await app.server.start(address: .hostname("127.0.0.1", port: port))
        var http = HTTPBenchmark(app: app, port: port, requests: requests)
        let health: [Duration], view: [Duration]
        do {
            try await http.signIn(email: SyntheticProgramme.ownerEmail(organisation), password: SyntheticProgramme.password)
            health = try await http.timings("/health")
            view = try await http.timings("/strategy")
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()

        let ms = HTTPBenchmark.milliseconds, row = HTTPBenchmark.row
        console.print("")
        console.print("Management-group view in process (median of 20), \(bytes / 1024) KiB of HTML")
        console.print("  read and roll up (SQL)        \(ms(queryTimes.sorted()[10]))")
        console.print("  render HTML                   \(ms(renderTimes.sorted()[10]))")
        console.print("")
        console.print("Over HTTP on loopback, \(requests) requests after 5 to warm up (includes session, sign-in check and layout)")
        console.print("  " + row("GET /health (baseline)", health))
        console.print("  " + row("GET /strategy", view))
    }
}

/// A large programme for the benchmark: deterministic, written in batches.
enum SyntheticProgramme {
    static let password = "benchmark-password"
    static func ownerEmail(_ organisation: Organisation) -> String { "owner@\(organisation.slug).example" }

    static func seed(_ database: any Database, goals goalCount: Int) async throws -> Organisation {
        var random = SplitMix(seed: 2026)
        let slug = "benchmark-\(UUID().uuidString.prefix(8).lowercased())"
        let organisation = Organisation(name: LocalizedText(sv: "Benchmark"), slug: slug, contentLanguages: [.swedish, .finnish], createdAt: Date())
        try await organisation.create(on: database)
        let organisationID = try organisation.requireID()
        let tenant = TenantDatabase(organisationID: organisationID, database: database)
        let user = User(
            email: ownerEmail(organisation), name: "Benchmark Owner", passwordHash: try Bcrypt.hash(password, cost: 4),
            language: .swedish, createdAt: Date())
        try await user.create(on: database)
        try await Membership(organisationID: organisationID, userID: user.requireID(), roles: [.programmeOwner, .viewer]).create(on: database)

        let people = (1...50).map {
            Person(id: UUID(), organisationID: organisationID, name: "Chef \($0)", title: "Avdelningschef", email: nil, managementLevel: "middle")
        }
        try await people.create(on: database)
        _ = try await seedStrategy(
            tenant, people: people, goals: goalCount, years: 2025...2027, from: Date(timeIntervalSince1970: 1_735_700_000),  // early January 2025
            measurementsPerIndicator: 50, random: &random)
        // A PostgreSQL server in use has analysed its tables (autovacuum does so after bulk
        // writes); a benchmark right after loading would otherwise plan without statistics.
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("ANALYZE").run()
        }
        return organisation
    }

    /// A programme of `goals` result goals for the people given: five areas, two responsible
    /// people and three status reports a goal, five indicators a goal with a value a fortnight
    /// from `start`, and twenty initiatives with milestones.
    static func seedStrategy(
        _ tenant: TenantDatabase, people: [Person], goals goalCount: Int, years: ClosedRange<Int>, from start: Date, until end: Date? = nil,
        measurementsPerIndicator: Int, reportsPerGoal: Int = 3, random: inout SplitMix
    ) async throws -> (programme: Programme, areas: [DevelopmentArea], goals: [ResultGoal]) {
        // Values a fortnight apart and reports 120 days apart from `start`; with `end`, both
        // spread evenly up to it (a town's history reaches today).
        let valueStep = end.map { $0.timeIntervalSince(start) / Double(max(1, measurementsPerIndicator)) } ?? 14 * 86_400
        let reportStep = end.map { $0.timeIntervalSince(start) / Double(max(1, reportsPerGoal)) } ?? 120 * 86_400
        let organisationID = tenant.organisationID, database = tenant.database
        let programme = Programme(
            id: UUID(), organisationID: organisationID, name: LocalizedText(sv: "Programmet", fi: "Ohjelma"), startYear: years.lowerBound,
            endYear: years.upperBound)
        try await tenant.create(programme)
        let areas = DemoTown.fiveDevelopmentAreas.enumerated().map {
            DevelopmentArea(id: UUID(), organisationID: organisationID, programmeID: programme.id!, position: $0.offset + 1, title: $0.element)
        }
        try await areas.create(on: database)
        let goals = (0..<goalCount).map { index in
            let goal = ResultGoal(
                id: UUID(), organisationID: organisationID, areaID: areas[index % 5].id!, position: index + 1,
                title: LocalizedText(sv: "Resultatmål \(index + 1) med en titel av vanlig längd", fi: "Tulostavoite \(index + 1)"))
            goal.statusCode = GoalStatus.allCases[Int(random.next() % 5)].rawValue
            return goal
        }
        try await goals.create(on: database)
        let responsibles = goals.enumerated().flatMap { index, goal in
            [0, 7].map { GoalResponsible(id: UUID(), organisationID: organisationID, goalID: goal.id!, personID: people[(index + $0) % people.count].id!) }
        }
        try await responsibles.create(on: database)
        let reports = goals.flatMap { goal in
            (0..<reportsPerGoal).map { step in
                GoalStatusUpdate(
                    organisationID: organisationID, goalID: goal.id!, status: goal.status, comment: "Läget enligt rapporten nummer \(step + 1).",
                    authorUserID: nil, authorName: "Chef 1", at: start.addingTimeInterval(Double(step) * reportStep + Double(random.next() % 86_400)))
            }
        }
        for chunk in stride(from: 0, to: reports.count, by: 500) { try await Array(reports[chunk..<min(chunk + 500, reports.count)]).create(on: database) }
        let indicators = goals.flatMap { goal in
            (0..<5).map { number in
                Indicator(
                    organisationID: organisationID, goalID: goal.id!, name: LocalizedText(sv: "Indikator \(number + 1)"), unit: "%",
                    baseline: 20, target: 80, direction: number % 2 == 0 ? .up : .down)
            }
        }
        for indicator in indicators { indicator.id = UUID() }
        for chunk in stride(from: 0, to: indicators.count, by: 500) {
            try await Array(indicators[chunk..<min(chunk + 500, indicators.count)]).create(on: database)
        }
        // `measurementsPerIndicator` values per indicator.
        let measurements = indicators.flatMap { indicator in
            (0..<measurementsPerIndicator).map { step in
                let date = start.addingTimeInterval(Double(step) * valueStep)
                return MeasurementRecord(
                    organisationID: organisationID, indicatorID: indicator.id!, date: date, value: Double(20 + random.next() % 60),
                    comment: nil, recordedBy: "Chef 1", recordedAt: date)
            }
        }
        try await database.transaction { database in
            for chunk in stride(from: 0, to: measurements.count, by: 1_000) {
                try await Array(measurements[chunk..<min(chunk + 1_000, measurements.count)]).create(on: database)
            }
        }
        // Twenty initiatives with four milestones each, linked to ten goals each.
        for number in 0..<20 {
            let initiative = Initiative(
                id: UUID(), organisationID: organisationID, programmeID: programme.id!, title: LocalizedText(sv: "Initiativ \(number + 1)"),
                ownerID: people[number].id, status: .underway)
            try await tenant.create(initiative)
            try await (0..<10).map {
                InitiativeGoal(organisationID: organisationID, initiativeID: initiative.id!, goalID: goals[(number * 10 + $0) % goals.count].id!)
            }
            .create(on: database)
            try await (0..<4).map { step in
                MilestoneRecord(
                    organisationID: organisationID, initiativeID: initiative.id!, title: LocalizedText(sv: "Delmål \(step + 1)"),
                    due: start.addingTimeInterval(Double(step + number) * 60 * 86_400))
            }.create(on: database)
        }
        return (programme, areas, goals)
    }
}
