import Fluent
import Foundation
import LoadClient
import NIOCore
import RoderCore
import Vapor

/// `roder benchmark-feedback [--submissions 500] [--spread 2] [--rounds 5] [--cold] [--database-url …]`
///
/// The load the feedback issue names: 500 people answering an event's feedback at the same
/// time, each from their own signed-in session and connection, over real HTTP on loopback.
/// Each sends its answer at a random moment within `spread` seconds (0: all at once). After
/// each wave it checks that every answer was stored, none twice, and that a second round of
/// the same 500 is refused. `rounds` waves after one that warms the server up, each to a
/// seminar of its own: one wave's p99 on two shared cores varies by a fifth from run to run,
/// so the median is the figure.
struct FeedbackLoadCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "submissions", help: "People answering (default 500).")
        var submissions: Int?
        @Option(name: "spread", help: "Seconds over which the answers arrive (default 2; 0 = all at once).")
        var spread: Double?
        @Option(name: "database-url", help: "A PostgreSQL database (default: a temporary SQLite file).")
        var databaseURL: String?
        @Option(name: "port", help: "Loopback port (default 18297).")
        var port: Int?
        @Option(name: "rounds", help: "Waves, each to a seminar of its own (default 5): figures for each and their median.")
        var rounds: Int?
        @Flag(name: "cold", help: "Open each connection inside the timed request (default: opened before, as a phone that loaded the form has).")
        var cold: Bool
    }

    var help: String { "Sends many concurrent feedback answers and checks none is lost or doubled." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let count = signature.submissions ?? 500, spread = signature.spread ?? 2, port = signature.port ?? 18_297, rounds = max(1, signature.rounds ?? 5)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-load-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database: AppConfig.Database = signature.databaseURL.map { .postgres(url: $0) } ?? .sqliteFile(path: folder + "/load.sqlite")
        let config = AppConfig(database: database, host: "127.0.0.1", port: port, dataDirectory: folder, bcryptCost: 4)
        let app = try await makeBenchmarkApplication(config)
        var organisation: Organisation?
        do {
            // Two seminars more than waves: the warm-up's and the one `printStages` writes into.
            let setup = try await Self.seed(app, count: count, events: rounds + 2)
            organisation = setup.organisation
            try await app.server.start(address: .hostname("127.0.0.1", port: port))
            let cookieName = config.secureCookies ? "__Host-roder_session" : "roder_session"
            let warm = !signature.cold
            let tenant = TenantDatabase(organisationID: try setup.organisation.requireID(), database: app.db)
            let ms = HTTPBenchmark.milliseconds
            func microseconds(_ cpu: Duration) -> String { "\(Int((cpu / count) / .microseconds(1))) µs" }
            context.console.print("")
            context.console.print(
                "\(count) answers per wave, one connection each (\(signature.cold ? "opened in the timed request" : "open already")), "
                    + "sent within \(spread) s (\(signature.databaseURL == nil ? "SQLite, WAL" : "PostgreSQL"), \(memoryAllocator)); \(rounds) waves after one to warm up, each to a seminar of its own"
            )
            var waves: [Report] = [], floors: [Report] = []
            // Round 0 warms the server up and is not counted: a server that has just started
            // meets every code path, cache and allocator arena for the first time, and one
            // that is in use after a seminar has served pages for hours. It is checked all the
            // same, and printed.
            for (round, eventID) in setup.eventIDs.dropLast().enumerated() {
                // As after a real seminar: everyone opened the form a couple of minutes before
                // sending it, so every answer's session is due to be touched.
                try await UserSession.query(on: app.db).filter(\.$id ~~ setup.sessionIDs).set(\.$lastSeenAt, to: Date().addingTimeInterval(-120)).update()
                // The floor: the same wave against an endpoint that does nothing.
                let floor = try await Self.load(setup, eventID: eventID, port: port, spread: spread, cookieName: cookieName, answer: false, warm: warm)
                let wave = try await Self.load(setup, eventID: eventID, port: port, spread: spread, cookieName: cookieName, warm: warm)
                let again = try await Self.load(setup, eventID: eventID, port: port, spread: 0, cookieName: cookieName, warm: warm)
                // The touches the answers noted, written now rather than a second later, in the
                // next round's waves.
                await app.sessionTouches.flush()
                let touched = try await UserSession.query(on: app.db).filter(\.$id ~~ setup.sessionIDs).filter(\.$lastSeenAt > Date().addingTimeInterval(-60))
                    .count()
                let answers = try await tenant.query(FeedbackAnswerRecord.self).filter(\.$event.$id == eventID).count()
                let receipts = try await tenant.query(FeedbackReceipt.self).filter(\.$event.$id == eventID).all()
                let distinct = Set(receipts.map { $0.$person.id }).count
                context.console.print(
                    "  \(round == 0 ? "warm-up (not counted)" : "wave \(round)"): p50 \(ms(wave.percentile(50)))  p95 \(ms(wave.percentile(95)))  p99 \(ms(wave.percentile(99)))  "
                        + "max \(ms(wave.percentile(100))); CPU \(microseconds(wave.cpu)) per answer (server and load client) | "
                        + "GET /health: p99 \(ms(floor.percentile(99))), CPU \(microseconds(floor.cpu)) | stored \(answers), again: refused \(again.refused)")
                guard answers == count, receipts.count == count, distinct == count, wave.accepted == count, again.refused == count, touched == count else {
                    throw CommandError(
                        "Lost or doubled answers in wave \(round): \(answers) answers, \(receipts.count) receipts for \(distinct) people, "
                            + "\(wave.accepted) accepted, \(again.refused) refused the second time, \(touched) sessions touched")
                }
                guard round > 0 else { continue }
                waves.append(wave)
                floors.append(floor)
            }
            await app.server.shutdown()
            try await Self.printStages(setup, app: app, context: context)
            func median(_ values: [Duration]) -> Duration { values.sorted()[values.count / 2] }
            let p99s = waves.map { $0.percentile(99) }
            context.console.print(
                "p99 median \(ms(median(p99s))), best \(ms(p99s.min()!)), worst \(ms(p99s.max()!)); "
                    + "CPU per answer median \(microseconds(median(waves.map(\.cpu)))); GET /health p99 median \(ms(median(floors.map { $0.percentile(99) })))")
            context.console.print("Every answer stored once; every second answer refused; every session touched.")
        } catch {
            context.console.error("Load test failed: \(error)")
            await app.server.shutdown()
            if signature.databaseURL != nil { try? await organisation?.delete(on: app.db) }
            try? await app.asyncShutdown()
            throw error
        }
        if signature.databaseURL != nil { try await organisation?.delete(on: app.db) }
        try await app.asyncShutdown()
    }

    /// What Roder's own stages cost per answer, in process, with no HTTP: where a wave's CPU
    /// goes that is not the web server's (`GET /health` shows that). Each stage in one batch of
    /// all, best of five after one to warm up.
    static func printStages(_ setup: Setup, app: Application, context: CommandContext) async throws {
        let count = setup.sessions.count, clock = ContinuousClock()
        func best(_ body: () async throws -> Void) async throws -> Duration {
            try await body()
            var fastest = Duration.seconds(3600)
            for _ in 0..<5 { fastest = min(fastest, try await clock.measure(body)) }
            return fastest
        }
        func row(_ name: String, _ duration: Duration, per items: Int) {
            let microseconds = Double(duration.components.attoseconds) / 1e12 + Double(duration.components.seconds) * 1e6
            context.console.print("  \(name.padding(toLength: 50, withPad: " ", startingAt: 0)) \(String(format: "%5.1f", microseconds / Double(items))) µs")
        }
        guard let eventID = setup.eventIDs.last else { return }
        let organisationID = try setup.organisation.requireID()
        let people = try await Membership.query(on: app.db).filter(\.$organisation.$id == organisationID).all().compactMap { $0.$person.id }
        let keys = people.map { FeedbackKey(organisationID: organisationID, eventID: eventID, personID: $0) }
        let hashes = setup.sessions.map { SessionStore.hash($0.token) }
        let answer = FeedbackAnswer(scores: ["relevance": 4, "importance": 5, "suitability": 3, "worth_time": 4], comment: nil)
        let body = answerForm(csrf: setup.sessions[0].csrf)
        context.console.print("Roder's own stages per answer, in process (best of 5):")
        row("session, user, memberships (\(count) together)", try await best { _ = try await SessionLoader.load(hashes, on: app.db) }, per: count)
        row("attended? answered? questions? (\(keys.count) together)", try await best { _ = try await FeedbackGate.check(keys, on: app.db) }, per: keys.count)
        row(
            "the form read (FormFields)", try await best { for _ in 0..<count { _ = try URLEncodedFormDecoder().decode(FormFields.self, from: body) } },
            per: count)
        // Timed once, on the seminar kept for it: a second time, every receipt would be refused.
        row(
            "receipt and answer (\(keys.count) in one write)",
            try await clock.measure {
                _ = try await FeedbackWriter.write(keys.map { .answer(.init(key: $0, day: "2026-11-30", answer: answer)) }, to: app.feedbackWriter.destination)
            }, per: keys.count)
        // As `SessionTouches` writes them a second after a burst: all in one statement.
        row(
            "the sessions' touches (\(count) in one write)",
            try await best {
                _ = try await FeedbackWriter.write([.touch(.init(sessionIDs: setup.sessionIDs, at: Date()))], to: app.feedbackWriter.destination)
            }, per: count)
    }

    struct Setup {
        let organisation: Organisation
        /// One seminar per wave, all running now, attended by everyone.
        let eventIDs: [UUID]
        /// Session token and CSRF token per person.
        let sessions: [(token: String, csrf: String)]
        let sessionIDs: [UUID]
    }

    /// An organisation with `events` seminars running now, `count` managers who attended them,
    /// and a signed-in session for each.
    static func seed(_ app: Application, count: Int, events: Int) async throws -> Setup {
        let now = Date()
        let organisation = Organisation(
            name: LocalizedText(sv: "Last"), slug: "load-\(UUID().uuidString.prefix(8).lowercased())",
            contentLanguages: [.swedish], createdAt: now)
        try await organisation.create(on: app.db)
        let organisationID = try organisation.requireID()
        let tenant = TenantDatabase(organisationID: organisationID, database: app.db)
        try await tenant.create(Programme(organisationID: organisationID, name: LocalizedText(sv: "Program"), startYear: 2026, endYear: 2027))
        let seminars = (0..<events).map { number in
            EventRecord(
                organisationID: organisationID, kind: .seminar, title: LocalizedText(sv: "Seminarium \(number + 1)"),
                startsAt: now.addingTimeInterval(-3600), endsAt: now.addingTimeInterval(3600), checkInCode: "LOAD\(number)")
        }
        for seminar in seminars { try await tenant.create(seminar) }
        let people = (0..<count).map {
            Person(id: UUID(), organisationID: organisationID, name: "Chef \($0)", title: nil, email: nil, managementLevel: "middle")
        }
        try await people.create(on: app.db)
        let hash = try Bcrypt.hash("load-test-password", cost: 4)
        let users = (0..<count).map {
            User(email: "chef\($0)@\(organisation.slug).example", name: "Chef \($0)", passwordHash: hash, language: .swedish, createdAt: now)
        }
        try await users.create(on: app.db)
        var memberships: [Membership] = [], participants: [EventParticipant] = []
        for (user, person) in zip(users, people) {
            memberships.append(Membership(organisationID: organisationID, userID: try user.requireID(), roles: [.manager], personID: person.id))
            for seminar in seminars {
                let participant = EventParticipant(organisationID: organisationID, eventID: try seminar.requireID(), personID: person.id!)
                participant.checkedInAt = now
                participant.checkedInBy = "self"
                participants.append(participant)
            }
        }
        try await memberships.create(on: app.db)
        try await participants.create(on: app.db)
        var sessions: [(String, String)] = [], sessionIDs: [UUID] = []
        for user in users {
            let (session, token) = try await SessionStore.create(userID: user.id, organisationID: organisationID, on: app.db, now: now)
            sessions.append((token, session.csrfToken))
            sessionIDs.append(try session.requireID())
        }
        return Setup(organisation: organisation, eventIDs: try seminars.map { try $0.requireID() }, sessions: sessions, sessionIDs: sessionIDs)
    }

    struct Report {
        var durations: [Duration] = []
        var accepted = 0, refused = 0, other = 0
        var wall: Duration = .zero
        /// CPU time of server and load client together while the wave was under way.
        var cpu: Duration = .zero

        func percentile(_ p: Int) -> Duration {
            let sorted = durations.sorted()
            return sorted[min(sorted.count - 1, max(0, (sorted.count * p + 99) / 100 - 1))]
        }
    }

    /// The answer every benchmark person sends, as the feedback form posts it.
    static func answerForm(csrf: String) -> String {
        "relevance=4&importance=5&suitability=3&worth_time=4&comment=&_csrf=" + (csrf.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }

    /// One connection per person (opened first when `warm`: someone who loaded the form has
    /// it open), then every answer at its moment.
    static func load(
        _ setup: Setup, eventID: UUID, port: Int, spread: Double, cookieName: String, answer: Bool = true, warm: Bool = true
    ) async throws -> Report {
        let path = answer ? "/events/\(eventID.uuidString.lowercased())/feedback" : "/health"
        let requests = setup.sessions.map { session in
            guard answer else { return LoopbackLoad.Request(path: path) }
            return LoopbackLoad.Request(
                method: .POST, path: path,
                headers: [("Cookie", "\(cookieName)=\(session.token)"), ("Content-Type", "application/x-www-form-urlencoded")],
                body: answerForm(csrf: session.csrf))
        }
        var generator = SplitMix(seed: 500)
        let delays = requests.map { _ in
            spread <= 0 ? Duration.zero : .microseconds(Int64(generator.next() % 1_000_000) * Int64(spread * 1_000_000) / 1_000_000)
        }
        let clock = ContinuousClock(), started = clock.now
        let wave = try await LoopbackLoad.wave(requests, delays: delays, port: port, connectFirst: warm)
        var report = Report()
        report.wall = clock.now - started
        report.cpu = wave.cpu
        for result in wave.results {
            report.durations.append(result.duration)
            switch result.status {
            case 303: report.accepted += 1
            case 409: report.refused += 1
            default: report.other += 1
            }
        }
        return report
    }
}
