import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// `roder benchmark-coaching [--database-url postgres://…] [--requests 50]`
///
/// The figure the coaching issue names: the coach's start page and the competence overview
/// for an organisation of 2,000 managers, 300 engagements, 5,000 sessions and two rounds of
/// self-assessment, timed over HTTP on loopback (SQLite file, or the PostgreSQL given).
struct CoachingBenchmarkCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "database-url", help: "A PostgreSQL database to measure on (default: a temporary SQLite file).")
        var databaseURL: String?
        @Option(name: "requests", help: "Timed requests per page (default 50).")
        var requests: Int?
        @Option(name: "port", help: "Loopback port for the benchmark server (default 18297).")
        var port: Int?
    }

    var help: String { "Measures the coach's start page and the competence overview on a large synthetic organisation." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let requests = signature.requests ?? 50, port = signature.port ?? 18_297
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-benchmark-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database: AppConfig.Database = signature.databaseURL.map { .postgres(url: $0) } ?? .sqliteFile(path: folder + "/benchmark.sqlite")
        let config = AppConfig(database: database, host: "127.0.0.1", port: port, dataDirectory: folder, bcryptCost: 4)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let app = try await makeBenchmarkApplication(config)
        var seeded: SyntheticCoaching.Seeded?
        do {
            let clock = ContinuousClock()
            var loaded: SyntheticCoaching.Seeded!
            let loading = try await clock.measure { loaded = try await SyntheticCoaching.seed(app.db) }
            seeded = loaded
            context.console.info(
                "Synthetic organisation on \(signature.databaseURL == nil ? "SQLite (file, WAL)" : "PostgreSQL") in \(HTTPBenchmark.milliseconds(loading)): "
                    + loaded.summary)
            app.http.client.configuration.redirectConfiguration = .disallow
            try await app.server.start(address: .hostname("127.0.0.1", port: port))
            do {
                var coach = HTTPBenchmark(app: app, port: port, requests: requests)
                try await coach.signIn(email: loaded.coachEmail, password: SyntheticProgramme.password)
                var owner = HTTPBenchmark(app: app, port: port, requests: requests)
                try await owner.signIn(email: loaded.ownerEmail, password: SyntheticProgramme.password)
                let health = try await coach.timings("/health")
                let start = try await coach.timings("/")
                let coaching = try await coach.timings("/coaching")
                let overview = try await owner.timings(SiteRoute.assessmentRound(loaded.latestRoundID).path)
                let row = HTTPBenchmark.row
                context.console.print("")
                context.console.print("Over HTTP on loopback, \(requests) requests after 5 to warm up (\(memoryAllocator))")
                context.console.print("  " + row("GET /health (baseline)", health))
                context.console.print("  " + row("GET / (coach's start page)", start))
                context.console.print("  " + row("GET /coaching (coach)", coaching))
                context.console.print("  " + row("GET /competence/rounds/… (overview)", overview))
            } catch {
                await app.server.shutdown()
                throw error
            }
            await app.server.shutdown()
        } catch {
            context.console.error("Benchmark failed: \(error)")
        }
        // On PostgreSQL the database outlives the run: the organisation's rows go with it.
        if let organisation = seeded?.organisation { try? await organisation.delete(on: app.db) }
        try await app.asyncShutdown()
    }
}

/// A large organisation for the coaching benchmark: deterministic, written in batches.
enum SyntheticCoaching {
    struct Seeded {
        let organisation: Organisation
        let ownerEmail: String
        let coachEmail: String
        let latestRoundID: UUID
        let summary: String
    }

    static let managers = 2_000, engagements = 300, sessions = 5_000, coaches = 10, competences = 8

    static func seed(_ database: any Database) async throws -> Seeded {
        var random = SplitMix(seed: 2027)
        let now = Date()
        let slug = "coaching-\(UUID().uuidString.prefix(8).lowercased())"
        let organisation = Organisation(name: LocalizedText(sv: "Benchmark"), slug: slug, contentLanguages: [.swedish, .finnish], createdAt: now)
        try await organisation.create(on: database)
        let organisationID = try organisation.requireID()
        let tenant = TenantDatabase(organisationID: organisationID, database: database)
        let hash = try Bcrypt.hash(SyntheticProgramme.password, cost: 4)

        func inChunks<M: Model>(_ models: [M], of size: Int = 500) async throws {
            try await database.transaction { database in
                for start in stride(from: 0, to: models.count, by: size) {
                    try await Array(models[start..<min(start + size, models.count)]).create(on: database)
                }
            }
        }

        let owner = User(email: "owner@\(slug).example", name: "Benchmark Owner", passwordHash: hash, language: .swedish, createdAt: now)
        try await owner.create(on: database)
        try await Membership(organisationID: organisationID, userID: owner.requireID(), roles: [.programmeOwner, .viewer]).create(on: database)
        let coachUsers = (0..<coaches).map {
            User(id: UUID(), email: "coach\($0)@\(slug).example", name: "Coach \($0)", passwordHash: hash, language: .swedish, createdAt: now)
        }
        try await inChunks(coachUsers)
        try await inChunks(coachUsers.map { Membership(organisationID: organisationID, userID: $0.id!, roles: [.coach]) })

        let profiles = ["Enhetschef", "Avdelningschef"].map {
            RoleProfile(
                id: UUID(), organisationID: organisationID, name: LocalizedText(sv: $0), responsibilities: LocalizedText(), competences: LocalizedText())
        }
        try await inChunks(profiles)
        let people = (0..<managers).map { index in
            let person = Person(
                id: UUID(), organisationID: organisationID, name: "Chef \(index + 1)", title: "Chef", email: nil,
                managementLevel: index % 5 == 0 ? "middle" : "supervisor")
            person.roleProfileID = profiles[index % 5 == 0 ? 1 : 0].id
            return person
        }
        try await inChunks(people)

        let framework = (0..<competences).map { index in
            CompetenceRecord(
                id: UUID(), organisationID: organisationID, group: LocalizedText(sv: "Grupp \(index / 3 + 1)"),
                name: LocalizedText(sv: "Kompetens \(index + 1)"),
                levels: (1...4).map { LocalizedText(sv: "Nivå \($0) av kompetens \(index + 1)") }, position: index + 1)
        }
        try await inChunks(framework)
        try await inChunks(
            profiles.flatMap { profile in
                framework.map { ProfileCompetence(organisationID: organisationID, profileID: profile.id!, competenceID: $0.id!, expected: CompetenceLevel(3)!) }
            })

        // 300 engagements, 30 per coach; every tenth a group of six, the rest one coachee each.
        let engagementRecords = (0..<engagements).map { index in
            let engagement = CoachingEngagement(
                organisationID: organisationID, coachUserID: coachUsers[index % coaches].id!, purpose: LocalizedText(sv: "Uppdrag \(index + 1)"),
                agreedSessions: 17, startsOn: now.addingTimeInterval(-200 * 86_400), endsOn: now.addingTimeInterval(200 * 86_400), state: .active)
            engagement.id = UUID()
            return engagement
        }
        try await inChunks(engagementRecords)
        var participants: [CoachingParticipant] = []
        for (index, engagement) in engagementRecords.enumerated() {
            for member in 0..<(index % 10 == 0 ? 6 : 1) {
                participants.append(
                    CoachingParticipant(organisationID: organisationID, engagementID: engagement.id!, personID: people[(index * 6 + member) % managers].id!))
            }
        }
        try await inChunks(participants)
        // 5,000 sessions: fortnightly, the past ones held (one in nine missed), the rest planned.
        let sessionRecords = (0..<sessions).map { index in
            let engagement = engagementRecords[index % engagements]
            let startsAt = now.addingTimeInterval(Double(index / engagements * 14 - 150) * 86_400 + Double(random.next() % 28_800))
            let session = CoachingSessionRecord(
                organisationID: organisationID, engagementID: engagement.id!, startsAt: startsAt, minutes: 90, form: .online, place: "Teams")
            if startsAt < now { session.status = (index % 9 == 0 ? CoachingSessionStatus.missed : .held).rawValue }
            return session
        }
        try await inChunks(sessionRecords)
        for engagement in engagementRecords {
            let notebook = CoachingNotebook(tenant: tenant, engagementID: engagement.id!, reader: .coach)
            for step in 0..<2 {
                try await notebook.addAction(text: "Åtgärd \(step + 1)", due: now.addingTimeInterval(Double(step * 20 - 5) * 86_400), at: now)
            }
        }

        // Two rounds: everyone invited, about four in five answered each.
        var latestRoundID = UUID()
        for (number, daysAgo) in [(0, 200), (1, 20)] {
            let round = AssessmentRound(
                id: UUID(), organisationID: organisationID, name: LocalizedText(sv: "Omgång \(number + 1)"),
                openedAt: now.addingTimeInterval(-Double(daysAgo) * 86_400), closesOn: nil)
            try await tenant.create(round)
            latestRoundID = round.id!
            var invitees: [AssessmentInvitee] = [], answers: [SelfAssessmentRecord] = []
            for person in people {
                let invitee = AssessmentInvitee(organisationID: organisationID, roundID: round.id!, personID: person.id!, profileID: person.roleProfileID!)
                if random.next() % 5 != 0 {
                    invitee.answeredAt = round.openedAt.addingTimeInterval(86_400)
                    for competence in framework {
                        answers.append(
                            SelfAssessmentRecord(
                                organisationID: organisationID, roundID: round.id!, personID: person.id!, profileID: person.roleProfileID!,
                                competenceID: competence.id!,
                                level: CompetenceLevel(Int(random.next() % 4) + 1)!, comment: ""))
                    }
                }
                invitees.append(invitee)
            }
            try await inChunks(invitees)
            try await inChunks(answers, of: 1_000)
        }
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            try await sql.raw("ANALYZE").run()
        }
        let answerCount = try await tenant.query(SelfAssessmentRecord.self).count()
        return Seeded(
            organisation: organisation, ownerEmail: owner.email, coachEmail: coachUsers[0].email, latestRoundID: latestRoundID,
            summary: "\(managers) managers, \(engagements) engagements (\(engagements / coaches) per coach), \(sessions) sessions, "
                + "2 rounds with \(answerCount) self-assessed levels.")
    }
}
