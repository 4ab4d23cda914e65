import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// `roder benchmark-pages [--database-url postgres://…] [--seconds 3] [--connections 32] [--client-cpu 1]`
///
/// What each main page costs beside the cheapest signed-in page: the demo town's pages, each
/// for the role that uses it, under `wrk` at 32 connections, with `/account` (session, layout
/// and one small query) as the floor measured in the same run. Prints requests per second,
/// p50 and p99 per page and its share of the floor's throughput. `./scripts/benchmark pages`
/// runs it pinned to one core with `wrk` on the other (`--client-cpu`), on SQLite and on a
/// throw-away PostgreSQL.
struct PageBenchmarkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "database-url", help: "A PostgreSQL database to measure on (default: a temporary SQLite file).")
        var databaseURL: String?
        @Option(name: "seconds", help: "How long wrk loads each page (default 3).")
        var seconds: Int?
        @Option(name: "connections", help: "wrk's connections (default 32).")
        var connections: Int?
        @Option(name: "client-cpu", help: "The CPU wrk is pinned to with taskset (default: not pinned).")
        var clientCPU: Int?
        @Option(name: "port", help: "Loopback port for the benchmark server (default 18298).")
        var port: Int?
        @Option(name: "sqlite-file", help: "Keep the SQLite database in this file (for a look with sqlite3 afterwards).")
        var sqliteFile: String?
        @Flag(name: "alone", help: "Only one request per page, alone (no wrk): a quick look.")
        var alone: Bool
        @Option(name: "towns", help: "Which towns, comma-separated: demo, large, large-5x (default all three).")
        var towns: String?
    }

    var help: String { "Measures every main page of the demo town with wrk, beside the floor page /account." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let port = signature.port ?? 18_298
        let load = WrkRun(seconds: max(1, signature.seconds ?? 3), connections: max(1, signature.connections ?? 32), cpu: signature.clientCPU)
        guard load.isAvailable else {
            context.console.error("wrk is not installed (Debian: apt-get install wrk; ./scripts/benchmark pages installs it).")
            throw WrkError.missing
        }
        let towns = try (signature.towns ?? "demo,large,large-5x").split(separator: ",").map { name in
            guard let town = Town(rawValue: String(name)) else { throw CommandError("Unknown town \(name): demo, large or large-5x") }
            return town
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-benchmark-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let database: AppConfig.Database =
            signature.databaseURL.map { .postgres(url: $0) } ?? .sqliteFile(path: signature.sqliteFile ?? folder + "/benchmark.sqlite")
        let databaseName = signature.databaseURL == nil ? "SQLite (file, WAL)" : "PostgreSQL"
        let app = try await makeBenchmarkApplication(AppConfig(database: database, host: "127.0.0.1", port: port, dataDirectory: folder, bcryptCost: 4))
        var seededTowns: [Organisation] = []
        do {
            let demoAccounts = try await DemoSeeder.seed(app.db, now: Date(), bcryptCost: 4)
            app.http.client.configuration.redirectConfiguration = .disallow
            try await app.server.start(address: .hostname("127.0.0.1", port: port))
            var tables: [String] = []
            do {
                for town in towns {
                    let cast: DemoPages.Cast
                    let heading: String
                    switch town {
                    case .demo:
                        cast = try DemoPages.Cast(demo: demoAccounts)
                        heading = "Demo town"
                    case .large, .large5x:
                        let clock = ContinuousClock(), begun = clock.now
                        let seeded = try await LargeTown.seed(app.db, history: town == .large ? 1 : 5, now: Date())
                        seededTowns.append(seeded.organisation)
                        cast = try DemoPages.Cast(large: seeded, demo: demoAccounts)
                        heading = "Large town, \(town == .large ? 1 : 5)× history: \(seeded.counts)"
                        context.console.info("\(heading) (seeded in \(clock.now - begun))")
                    }
                    if let sql = app.db as? any SQLDatabase, sql.dialect.name == "postgresql" { try await sql.raw("ANALYZE").run() }
                    let pages = try await DemoPages.list(app.db, cast: cast)
                    context.console.info(
                        "\(heading) on \(databaseName): "
                            + (signature.alone
                                ? "one request a page, alone"
                                : "wrk, \(load.connections) connections, \(load.seconds) s a page" + (load.cpu.map { ", wrk on CPU \($0)" } ?? "")))
                    let results = try await measure(pages, app: app, port: port, load: load, console: context.console, onlyAlone: signature.alone)
                    guard !signature.alone else { continue }
                    let floor = results.first { $0.page.isFloor }?.report
                    tables.append(
                        ([heading + " — " + databaseName, WrkReport.tableHead]
                            + results.map { page, report in report.tableRow(page.name + " (" + page.role + ")", floor: floor) })
                            .joined(separator: "\n"))
                }
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()
            for table in tables { context.console.print("\n" + table) }
        } catch {
            context.console.error("Benchmark failed: \(error)")
            for town in seededTowns { try? await town.delete(on: app.db) }
            try? await app.asyncShutdown()
            throw error
        }
        if signature.sqliteFile == nil { for town in seededTowns { try? await town.delete(on: app.db) } }
        try await app.asyncShutdown()
    }

    enum Town: String {
        case demo, large, large5x = "large-5x"
    }

    /// Signs in once per account, checks that every page answers 200, then loads each with wrk.
    private func measure(
        _ pages: [DemoPages.Page], app: Application, port: Int, load: WrkRun, console: any Console, onlyAlone: Bool
    ) async throws -> [(page: DemoPages.Page, report: WrkReport)] {
        var cookies: [String: String] = [:]
        for account in Set(pages.map(\.account)) {
            var client = HTTPBenchmark(app: app, port: port, requests: 1)
            try await client.signIn(email: account.email, password: account.password)
            cookies[account.email] = client.cookie
        }
        // One request each, alone: that every page answers, and what it costs without a queue.
        let clock = ContinuousClock()
        for page in pages {
            var response: ClientResponse?
            let alone = try await clock.measure {
                response = try await app.client.get(URI(string: "http://127.0.0.1:\(port)" + page.path), headers: ["Cookie": cookies[page.account.email] ?? ""])
            }
            guard let response, response.status == .ok else {
                throw Abort(.internalServerError, reason: "\(page.name) (\(page.path)) answered \(response?.status.code ?? 0)")
            }
            console.info(
                "  \((page.name + " (" + page.role + ")").padding(toLength: 45, withPad: " ", startingAt: 0)) alone \(HTTPBenchmark.milliseconds(alone)), \((response.body?.readableBytes ?? 0) / 1_024) kB"
            )
        }
        guard !onlyAlone else { return [] }
        var results: [(page: DemoPages.Page, report: WrkReport)] = []
        for page in pages {
            let report = try await load.run(url: "http://127.0.0.1:\(port)" + page.path, cookie: cookies[page.account.email] ?? "")
            results.append((page, report))
            // wrk stops with up to one request per connection still queued at the server: let
            // them finish before the next page is measured.
            let drain = 0.5 + 1.5 * Double(load.connections) / max(report.requestsPerSecond, 1)
            try await Task.sleep(for: .milliseconds(Int(min(drain, 60) * 1_000)))
        }
        return results
    }
}

/// A town's main pages, each for the account whose role uses it.
enum DemoPages {
    struct Account: Hashable, Sendable {
        let email: String
        let password: String
    }

    /// Who signs in for which pages, in which town.
    struct Cast {
        let slug: String
        let owner, administrator, manager, viewer, coach, programmeOperator: Account

        init(demo accounts: [DemoTown.AccountSeed]) throws {
            let town = DemoTown.sjobacka()
            func account(_ roles: Set<Role>) throws -> Account {
                let seed = try required(town.accounts.first { $0.roles == roles })
                return Account(email: seed.email, password: seed.password)
            }
            slug = town.slug
            owner = try account([.programmeOwner])
            administrator = try account([.administrator])
            manager = try account([.manager])
            viewer = try account([.viewer])
            let coach = try required(accounts.first { $0.roles == [.coach] })
            self.coach = Account(email: coach.email, password: coach.password)
            programmeOperator = try Self.operatorAccount(accounts)
        }

        init(large town: LargeTown.Seeded, demo accounts: [DemoTown.AccountSeed]) throws {
            slug = town.organisation.slug
            owner = town.owner
            administrator = town.administrator
            manager = town.manager
            viewer = town.viewer
            coach = town.coach
            programmeOperator = try Self.operatorAccount(accounts)
        }

        private static func operatorAccount(_ accounts: [DemoTown.AccountSeed]) throws -> Account {
            let seed = try required(accounts.first { $0.isProgrammeOperator })
            return Account(email: seed.email, password: seed.password)
        }
    }

    struct Page {
        let name: String
        let role: String
        let path: String
        let account: Account
        var isFloor = false
    }

    /// A record the benchmark needs, or an error naming what is missing.
    static func required<Value>(_ value: Value?, line: Int = #line) throws -> Value {
        guard let value else { throw Abort(.internalServerError, reason: "The town lacks what benchmark-pages needs (line \(line))") }
        return value
    }

    static func list(_ database: any Database, cast: Cast) async throws -> [Page] {
        let owner = cast.owner, administrator = cast.administrator, manager = cast.manager, viewer = cast.viewer
        let coach = cast.coach, programmeOperator = cast.programmeOperator
        let organisation = try required(try await Organisation.query(on: database).filter(\.$slug == cast.slug).first())
        let tenant = TenantDatabase(organisationID: try organisation.requireID(), database: database)
        let goal = try required(try await tenant.query(ResultGoal.self).sort(\.$position).first())
        let unit = try required(try await tenant.query(OrganisationUnit.self).filter(\.$parent.$id != nil).first())
        // The held event with the most answers: its results page is the heaviest.
        let answered = try await tenant.select(from: FeedbackAnswerRecord.schema).column("event_id").column(
            SQLFunction("COUNT", args: SQLLiteral.all), as: "answers"
        )
        .groupBy("event_id").orderBy("answers", .descending).limit(1).rows().first
        let event = try required(try answered?.uuid("event_id"))
        let held = try required(try await tenant.find(EventRecord.self, event))
        let period = HalfYear(held.startsAt, timeZone: .helsinki)

        return [
            Page(name: "/account, the floor", role: "owner", path: SiteRoute.account.path, account: owner, isFloor: true),
            Page(name: "start page", role: "owner", path: "/", account: owner),
            Page(name: "start page", role: "administrator", path: "/", account: administrator),
            Page(name: "start page", role: "manager", path: "/", account: manager),
            Page(name: "start page", role: "management group", path: "/", account: viewer),
            Page(name: "start page", role: "coach", path: "/", account: coach),
            Page(name: "management-group view", role: "management group", path: SiteRoute.area(.strategy).path, account: viewer),
            Page(name: "a goal", role: "owner", path: SiteRoute.goal(try goal.requireID()).path, account: owner),
            Page(name: "initiatives", role: "owner", path: SiteRoute.initiatives.path, account: owner),
            Page(name: "organisation tree", role: "administrator", path: SiteRoute.area(.organisation).path, account: administrator),
            Page(name: "analytics", role: "administrator", path: SiteRoute.organisationAnalytics.path, account: administrator),
            Page(name: "a unit", role: "administrator", path: SiteRoute.organisationUnit(try unit.requireID()).path, account: administrator),
            Page(name: "events", role: "manager", path: SiteRoute.area(.events).path, account: manager),
            Page(name: "an event", role: "owner", path: SiteRoute.event(event).path, account: owner),
            Page(name: "its results", role: "owner", path: SiteRoute.eventResults(event).path, account: owner),
            Page(name: "attendance", role: "owner", path: SiteRoute.attendance.path, account: owner),
            Page(name: "feedback overview", role: "owner", path: SiteRoute.area(.feedback).path, account: owner),
            Page(name: "half-year summary", role: "owner", path: SiteRoute.feedbackSummary(period).path, account: owner),
            Page(name: "coaching", role: "coach", path: SiteRoute.area(.coaching).path, account: coach),
            Page(name: "working time", role: "manager", path: SiteRoute.area(.workingTime).path, account: manager),
            Page(name: "costs", role: "owner", path: SiteRoute.costs().path, account: owner),
            Page(name: "audit log", role: "administrator", path: SiteRoute.auditLog().path, account: administrator),
            Page(name: "users", role: "administrator", path: SiteRoute.users.path, account: administrator),
            Page(name: "operator's start page", role: "operator", path: SiteRoute.operatorHome.path, account: programmeOperator),
        ]
    }
}
