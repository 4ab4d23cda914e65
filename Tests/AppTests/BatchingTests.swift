import Fluent
import Foundation
import LoadClient
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import RoderCore
import RoderViews
import Testing
import VaporTesting

@testable import App

/// Requests that arrive together share their queries (`Batcher`): the session of every
/// request (`SessionLoader`) and the feedback checks (`FeedbackGate`). Sharing must never
/// mix up whose result is whose, and never let one organisation see another's rows.
@Suite("Requests that arrive together share queries", .serialized)
struct BatchingTests {
    /// Records the size of every batch the work function sees.
    actor BatchSizes {
        var sizes: [Int] = []
        func add(_ size: Int) { sizes.append(size) }
    }

    struct Refused: Error {}

    @Test("What arrives while a batch runs goes into the next one; everyone gets their own result")
    func sharing() async throws {
        let recorded = BatchSizes()
        let batcher = Batcher<Int, Int>(largestBatch: 8) { inputs in
            await recorded.add(inputs.count)
            try await Task.sleep(for: .milliseconds(20))
            return inputs.map { $0 * 10 }
        }
        let results = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            for input in 0..<40 { group.addTask { (input, try await batcher.run(input)) } }
            return try await group.reduce(into: [(Int, Int)]()) { $0.append($1) }
        }
        #expect(results.count == 40)
        #expect(results.allSatisfy { $0.1 == $0.0 * 10 })
        let sizes = await recorded.sizes
        #expect(sizes.reduce(0, +) == 40)
        #expect(sizes.allSatisfy { $0 <= 8 })
        #expect(sizes.count < 40, "nothing was shared: \(sizes)")

        // Quiet: one request is a batch of one, at once.
        #expect(try await batcher.run(7) == 70)
        #expect(await recorded.sizes.last == 1)
    }

    @Test("A batch that fails fails for everyone in it, and the next batch works again")
    func failing() async throws {
        let batcher = Batcher<Int, Int> { inputs in
            if inputs.contains(-1) { throw Refused() }
            return inputs
        }
        await #expect(throws: Refused.self) { try await batcher.run(-1) }
        #expect(try await batcher.run(5) == 5)

        let short = Batcher<Int, Int> { _ in [] }
        await #expect(throws: BatcherError.self) { try await short.run(1) }
    }

    /// Which event loop each batch was given, with its inputs.
    actor LoopsSeen {
        var batches: [(eventLoop: ObjectIdentifier, inputs: [Int])] = []
        func add(_ eventLoop: any EventLoop, _ inputs: [Int]) { batches.append((ObjectIdentifier(eventLoop), inputs)) }
    }

    @Test("Each event loop batches its own requests and works on its own connection; requests from elsewhere are served too")
    func eventLoopLanes() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let loops = Array(group.makeIterator())
        let seen = LoopsSeen()
        let batchers = EventLoopBatchers<Int, Int>(group: group) { eventLoop, inputs in
            await seen.add(eventLoop, inputs)
            return inputs.map { $0 * 10 }
        }
        let results = try await withThrowingTaskGroup(of: (Int, Int).self) { tasks in
            for input in 0..<20 { tasks.addTask { (input, try await batchers.run(input, on: loops[input % 2])) } }
            return try await tasks.reduce(into: [Int: Int]()) { $0[$1.0] = $1.1 }
        }
        #expect(results == Dictionary(uniqueKeysWithValues: (0..<20).map { ($0, $0 * 10) }))
        let batches = await seen.batches
        // Even inputs came from the first loop's requests and were worked there, odd ones on the second.
        #expect(
            batches.allSatisfy { batch in
                batch.inputs.allSatisfy { $0.isMultiple(of: 2) } && batch.eventLoop == ObjectIdentifier(loops[0])
                    || batch.inputs.allSatisfy { !$0.isMultiple(of: 2) } && batch.eventLoop == ObjectIdentifier(loops[1])
            }, "\(batches.map(\.inputs))")

        // An event loop of another group: one of this group's loops does the work.
        let other = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        #expect(try await batchers.run(7, on: other.next()) == 70)
        try await other.shutdownGracefully()
        let last = try #require(await seen.batches.last)
        #expect(last.inputs == [7] && loops.contains { ObjectIdentifier($0) == last.eventLoop })
        try await group.shutdownGracefully()
    }

    @Test("The load benchmark's wave over real HTTP: every answer stored once, the same answers again all refused")
    func loadWave() async throws {
        try await withRoderApp { app, _ in
            let setup = try await FeedbackLoadCommand.seed(app, count: 40, events: 1)
            let eventID = try #require(setup.eventIDs.first)
            let port = 18_300 + Int.random(in: 0..<600)
            try await app.server.start(address: .hostname("127.0.0.1", port: port))
            let wave = try await FeedbackLoadCommand.load(setup, eventID: eventID, port: port, spread: 0.05, cookieName: "roder_session")
            let again = try await FeedbackLoadCommand.load(setup, eventID: eventID, port: port, spread: 0, cookieName: "roder_session")
            // Each connection's untimed first request must have been answered, or the wave would not start.
            await #expect(throws: LoopbackLoad.LoadClientError.self) {
                try await LoopbackLoad.wave([.init(path: "/health")], delays: [.zero], port: port, connectFirst: true, warmUpPath: "/no-such-page")
            }
            await app.server.shutdown()
            #expect(wave.accepted == 40 && wave.other == 0)
            #expect(again.refused == 40 && again.accepted == 0)
            #expect(wave.percentile(99) >= wave.percentile(50) && wave.cpu > .zero)
            let tenant = TenantDatabase(organisationID: try setup.organisation.requireID(), database: app.db)
            #expect(try await tenant.query(FeedbackAnswerRecord.self).filter(\.$event.$id == eventID).count() == 40)
            #expect(try await tenant.query(FeedbackReceipt.self).filter(\.$event.$id == eventID).count() == 40)
        }
    }

    @Test("The load benchmark's stage timing reads every stage and writes each answer once, on the seminar kept for it")
    func stageTiming() async throws {
        try await withRoderApp { app, _ in
            let setup = try await FeedbackLoadCommand.seed(app, count: 12, events: 2)
            let console = Terminal()
            try await FeedbackLoadCommand.printStages(setup, app: app, context: CommandContext(console: console, input: CommandInput(arguments: ["roder"])))
            let tenant = TenantDatabase(organisationID: try setup.organisation.requireID(), database: app.db)
            #expect(try await tenant.query(FeedbackAnswerRecord.self).filter(\.$event.$id == setup.eventIDs[1]).count() == 12)
            #expect(try await tenant.query(FeedbackReceipt.self).filter(\.$event.$id == setup.eventIDs[1]).count() == 12)
            #expect(try await tenant.query(FeedbackAnswerRecord.self).filter(\.$event.$id == setup.eventIDs[0]).count() == 0)
        }
    }

    @Test("Sessions in use are touched together in one write, in the writer's line")
    func touching() async throws {
        try await withRoderApp { app, clock in
            let owner = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.programmeOwner).email).first())
            var sessions: [UserSession] = []
            for _ in 0..<3 { sessions.append(try await SessionStore.create(userID: owner.id, organisationID: nil, on: app.db, now: clock.now).0) }
            clock.advance(by: 120)
            let touched = try await FeedbackWriter.write(
                [
                    .touch(.init(sessionID: sessions[0].id!, at: clock.now.addingTimeInterval(-1))), .touch(.init(sessionID: sessions[1].id!, at: clock.now)),
                    .touch(.init(sessionID: sessions[0].id!, at: clock.now)),
                ],
                to: app.feedbackWriter.destination)
            #expect(touched == [nil, nil, nil])
            func lastSeen(_ session: UserSession) async throws -> Date { try #require(try await UserSession.find(session.id, on: app.db)).lastSeenAt }
            #expect(abs(try await lastSeen(sessions[0]).timeIntervalSince(clock.now)) < 0.01)
            #expect(abs(try await lastSeen(sessions[1]).timeIntervalSince(clock.now)) < 0.01)
            #expect(abs(try await lastSeen(sessions[2]).timeIntervalSince(clock.now.addingTimeInterval(-120))) < 0.01)
        }
    }

    @Test("A reading connection of its own: used by many at once from the start, it reads what was committed; it refuses to write")
    func readerConnection() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roder-reader-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let eventLoop = MultiThreadedEventLoopGroup.singleton.next(), path = folder + "/reader.sqlite"
        let writer = DedicatedSQLiteConnection(path: path, use: .writer, eventLoop: eventLoop, logger: Logger(label: "test"))
        let reader = DedicatedSQLiteConnection(path: path, use: .reader, eventLoop: eventLoop, logger: Logger(label: "test"))
        try await writer.transaction { connection in
            _ = try await connection.query("CREATE TABLE notes (text TEXT NOT NULL)")
            _ = try await connection.query("INSERT INTO notes (text) VALUES ('hej')")
        }
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 { group.addTask { try await reader.read { try await $0.query("SELECT count(*) AS n FROM notes")[0].column("n")?.integer ?? -1 } } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 1, count: 20))
        await #expect(throws: (any Error).self) {
            try await reader.read { _ = try await $0.query("INSERT INTO notes (text) VALUES ('nej')") }
        }
        await reader.close()
        await writer.close()
    }

    @Test("On SQLite the writer has a connection of its own: reads go on while its transaction is open, and a failed group leaves nothing")
    func writerOwnConnection() async throws {
        try await withRoderApp { app, clock in
            // PostgreSQL: the writer takes a connection from Fluent's pool, like everyone.
            guard case .sqlite(let writer) = app.feedbackWriter.destination else { return }
            let session = try await SessionStore.create(userID: nil, organisationID: nil, on: app.db, now: clock.now).0
            let seen = session.lastSeenAt

            // A transaction held open until released, at the latest after five seconds.
            let eventLoop = app.eventLoopGroup.next(), release = eventLoop.makePromise(of: Void.self)
            let released = NIOLockedValueBox(false)
            let timeout = eventLoop.scheduleTask(in: .seconds(5)) {
                released.withLockedValue { $0 = true }; release.succeed()
            }
            let held = Task {
                try await writer.transaction { connection in
                    _ = try await connection.query("UPDATE sessions SET last_seen_at = 0")
                    try await release.futureResult.get()
                }
            }
            // Readers on the event loops' connections are not held up by it, and do not see it.
            for eventLoop in app.eventLoopGroup.makeIterator() {
                let read = try #require(
                    try await UserSession.query(on: app.databases.database(logger: app.logger, on: eventLoop)!).filter(\.$id == session.id!).first())
                #expect(read.lastSeenAt == seen)
            }
            #expect(released.withLockedValue { $0 } == false, "a read waited for the writer's transaction")
            timeout.cancel()
            release.succeed()
            try await held.value

            // A transaction's statements follow one another on the writer's one thread.
            let threads = try await writer.transaction { connection in
                let before = pthread_self()
                _ = try await connection.query("SELECT 1")
                return [UInt(before), UInt(pthread_self())]
            }
            #expect(threads[0] == threads[1])

            // A group that fails half way is rolled back, and the connection writes again after it.
            struct Failed: Error {}
            await #expect(throws: Failed.self) {
                try await writer.transaction { connection in
                    _ = try await connection.query("UPDATE sessions SET last_seen_at = 1")
                    throw Failed()
                }
            }
            #expect(try await UserSession.find(session.id, on: app.db)?.lastSeenAt.timeIntervalSince1970 == 0)
            _ = try await FeedbackWriter.write([.touch(.init(sessionID: session.id!, at: clock.now))], to: app.feedbackWriter.destination)
            #expect(abs(try #require(try await UserSession.find(session.id, on: app.db)).lastSeenAt.timeIntervalSince(clock.now)) < 0.01)
        }
    }

    @Test("A request touches its session when it was last seen over a minute ago, not otherwise")
    func touchedByRequests() async throws {
        try await withRoderApp { app, clock in
            let browser = TestBrowser(app)
            _ = try await browser.signIn(Account.with(.programmeOwner))
            func newest() async throws -> UserSession {
                try #require(try await UserSession.query(on: app.db).filter(\.$user.$id != nil).sort(\.$createdAt, .descending).first())
            }
            let signedIn = try await newest().lastSeenAt
            clock.advance(by: 30)
            #expect(try await browser.get("/").status == .ok)
            #expect(app.sessionTouches.pendingSessions.isEmpty)
            await app.sessionTouches.flush()
            #expect(try await newest().lastSeenAt == signedIn)
            clock.advance(by: 60)
            #expect(try await browser.get("/").status == .ok)
            // Noted, written a moment later (or when flushed), not in the request's way.
            #expect(app.sessionTouches.pendingSessions == [try await newest().requireID()])
            await app.sessionTouches.flush()
            #expect(abs(try await newest().lastSeenAt.timeIntervalSince(clock.now)) < 0.01)
        }
    }

    @Test("A session due for its touch is touched after the request that answers, whether the answer is stored or refused")
    func answerTouchesSession() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            let browser = try await EventTests.attendee(app, email: EventTests.managers[0], event: event, path: path)
            let userID = try #require(try await User.query(on: app.db).filter(\.$email == EventTests.managers[0]).first()?.id)
            func lastSeen() async throws -> Date {
                try #require(try await UserSession.query(on: app.db).filter(\.$user.$id == userID).sort(\.$createdAt, .descending).first()).lastSeenAt
            }
            // The form is opened, then sent a minute and a half later: the answer's request is due.
            try await browser.get(path + "/feedback")
            clock.advance(by: 90)
            #expect(try await browser.post(path + "/feedback", EventTests.answerFields()).status == .seeOther)
            await app.sessionTouches.flush()
            #expect(abs(try await lastSeen().timeIntervalSince(clock.now)) < 0.01)
            try await browser.get(path + "/feedback")
            clock.advance(by: 90)
            #expect(try await browser.post(path + "/feedback", EventTests.answerFields()).status == .conflict)
            await app.sessionTouches.flush()
            #expect(abs(try await lastSeen().timeIntervalSince(clock.now)) < 0.01)
        }
    }

    @Test("Touches noted are written together a moment later, with the latest moment: at once when flushed, none after shutdown")
    func sessionTouchesWaitAndGoTogether() async throws {
        let written = NIOLockedValueBox<[FeedbackWriter.Touch]>([])
        func touches(delay: Duration) -> SessionTouches {
            SessionTouches(delay: delay, logger: Logger(label: "test")) { touch in written.withLockedValue { $0.append(touch) } }
        }
        let (first, second) = (UUID(), UUID()), moment = Date(timeIntervalSince1970: 1_800_000_000)

        // Flushed: everything noted so far in one write, at the latest moment; then nothing more.
        let flushed = touches(delay: .seconds(3600))
        flushed.note(first, at: moment)
        flushed.note(second, at: moment.addingTimeInterval(2))
        flushed.note(first, at: moment.addingTimeInterval(1))
        #expect(written.withLockedValue { $0 }.isEmpty)
        await flushed.flush()
        await flushed.flush()
        let one = try #require(written.withLockedValue { $0 }.first)
        #expect(written.withLockedValue { $0.count } == 1)
        #expect(Set(one.sessionIDs) == [first, second] && one.sessionIDs.count == 2 && one.at == moment.addingTimeInterval(2))

        // Left alone: written once, after the delay.
        written.withLockedValue { $0 = [] }
        let timed = touches(delay: .milliseconds(50))
        timed.note(first, at: moment)
        timed.note(second, at: moment)
        let deadline = ContinuousClock.now + .seconds(10)
        while written.withLockedValue({ $0.isEmpty }) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(written.withLockedValue { $0.map { Set($0.sessionIDs) } } == [[first, second]])
        #expect(timed.pendingSessions.isEmpty)

        // At shutdown the last are written, and none is taken after it.
        written.withLockedValue { $0 = [] }
        let app = try await Application.make(.testing)
        let closing = touches(delay: .seconds(3600))
        closing.note(first, at: moment)
        await closing.shutdownAsync(app)
        closing.note(second, at: moment)
        await closing.flush()
        #expect(written.withLockedValue { $0.map(\.sessionIDs) } == [[first]])
        try await app.asyncShutdown()
    }

    @Test("A flush returns only once every touch noted before it is written, even one the timer's write has under way")
    func flushWaitsForTheWriteUnderWay() async throws {
        let written = NIOLockedValueBox<[UUID]>([]), started = NIOLockedValueBox(false)
        let touches = SessionTouches(delay: .milliseconds(1), logger: Logger(label: "test")) { touch in
            started.withLockedValue { $0 = true }
            try await Task.sleep(for: .milliseconds(200))
            written.withLockedValue { $0 += touch.sessionIDs }
        }
        let session = UUID()
        touches.note(session, at: Date())
        // The timer's flush takes the touch and starts writing it …
        let deadline = ContinuousClock.now + .seconds(10)
        while !started.withLockedValue({ $0 }) && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(2)) }
        #expect(started.withLockedValue { $0 })
        // … and a flush now, with nothing new to write, still waits for that write.
        await touches.flush()
        #expect(written.withLockedValue { $0 } == [session])
    }

    @Test("The session loader reads every field of the models it writes by hand")
    func columnsCoverModels() {
        func keys(_ fields: [FieldKey]) -> Set<String> { Set(fields.map(\.description)) }
        #expect(keys(UserSession.keys) == Set(SessionLoader.sessionColumns))
        #expect(keys(User.keys) == Set(SessionLoader.userColumns))
        #expect(keys(Membership.keys) == Set(SessionLoader.membershipColumns))
        #expect(keys(Organisation.keys) == Set(SessionLoader.organisationColumns))
    }

    @Test("Sessions loaded together: each token its own session, user and memberships; unknown tokens none; saving updates")
    func sessionsTogether() async throws {
        try await withRoderApp { app, clock in
            let owner = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.programmeOwner).email).first())
            let operatorUser = try #require(try await User.query(on: app.db).filter(\.$email == Account.programmeOperator.email).first())
            let memberships = try await Membership.query(on: app.db).filter(\.$user.$id == owner.id!).count()
            let (ownerSession, ownerToken) = try await SessionStore.create(userID: owner.id, organisationID: nil, on: app.db, now: clock.now)
            let (_, anonymousToken) = try await SessionStore.create(userID: nil, organisationID: nil, on: app.db, now: clock.now)
            let (_, operatorToken) = try await SessionStore.create(userID: operatorUser.id, organisationID: nil, on: app.db, now: clock.now)
            let hashes = [ownerToken, anonymousToken, "no-such-token", ownerToken, operatorToken].map(SessionStore.hash)

            let loaded = try await SessionLoader.load(hashes, on: app.db)
            let first = try #require(loaded[0]), again = try #require(loaded[3])
            #expect(first.session.id == ownerSession.id && first.session.csrfToken == ownerSession.csrfToken)
            #expect(first.user?.email == owner.email && first.user?.isActive == true)
            #expect(first.memberships.count == memberships && memberships > 0)
            #expect(first.memberships.allSatisfy { $0.organisation.id == $0.organisationID && !$0.organisation.slug.isEmpty })
            #expect(first.memberships.contains { $0.roles.contains(.programmeOwner) })
            #expect(again.session.id == first.session.id && again.memberships.count == first.memberships.count)
            let anonymous = try #require(loaded[1])
            #expect(anonymous.user == nil && anonymous.memberships.isEmpty)
            #expect(loaded[2] == nil)
            #expect(loaded[4]?.user?.isProgrammeOperator == true && loaded[4]?.memberships.isEmpty == true)

            // Models made from the values are stored ones: saving updates, never inserts.
            let sessions = try await UserSession.query(on: app.db).count()
            let session = first.session.model
            session.notice = Notice.organisationSwitched.rawValue
            try await session.save(on: app.db)
            let organisationModel = first.memberships[0].organisation.model
            organisationModel.spanTargetMaximum = 12
            try await organisationModel.save(on: app.db)
            #expect(try await UserSession.query(on: app.db).count() == sessions)
            #expect(try await UserSession.find(ownerSession.id, on: app.db)?.notice == Notice.organisationSwitched.rawValue)
            let organisation = try #require(try await Organisation.find(first.memberships[0].organisationID, on: app.db))
            #expect(organisation.spanTargetMaximum == 12 && organisation.name == first.memberships[0].organisation.name)
        }
    }

    @Test("A request's state answers from the loaded values until a model is made, and from the model after; each request its own models")
    func stateFromValues() async throws {
        try await withRoderApp { app, clock in
            let owner = try #require(try await User.query(on: app.db).filter(\.$email == Account.with(.programmeOwner).email).first())
            let (_, token) = try await SessionStore.create(userID: owner.id, organisationID: nil, on: app.db, now: clock.now)
            let loaded = try #require(try await SessionLoader.load([SessionStore.hash(token)], on: app.db)[0])
            let chosen = try #require(loaded.memberships.firstIndex { $0.roles.contains(.programmeOwner) })
            func adopted() -> RequestState {
                let state = RequestState(language: .swedish)
                state.adopt(loaded, membership: chosen)
                return state
            }

            // From the values: who, where, as whom, with which token.
            let state = adopted()
            let principal = try #require(state.principal)
            #expect(principal.userID == owner.id && principal.organisationID == loaded.memberships[chosen].organisationID)
            #expect(principal.roles.contains(.programmeOwner) && !principal.isProgrammeOperator)
            #expect(state.csrfToken == loaded.session.csrfToken && state.personID == loaded.memberships[chosen].personID)
            // The models say the same, and the organisation is the chosen membership's.
            #expect(state.user?.id == owner.id && state.session?.csrfToken == loaded.session.csrfToken)
            #expect(state.organisation === state.membership?.organisation && state.organisation?.id == principal.organisationID)
            #expect(state.memberships.count == loaded.memberships.count)
            // Once made, a model is what counts: signed out, nobody is anybody.
            state.user = nil
            state.membership = nil
            state.organisation = nil
            state.session = nil
            #expect(state.principal == nil && state.organisationID == nil && state.personID == nil && state.csrfToken == nil)
            // Another request with the same session gets models of its own.
            let other = adopted()
            #expect(other.user != nil && other.user !== adopted().user)
            #expect(other.principal?.roles == principal.roles)
        }
    }

    @Test("Feedback checks made together: attendance and receipts per person, event and organisation — never another organisation's")
    func feedbackChecksTogether() async throws {
        try await withRoderApp { app, clock in
            let (path, event) = try await EventTests.seminar(app, clock: clock)
            let browser = try await EventTests.attendee(app, email: EventTests.managers[0], event: event, path: path)
            _ = try await EventTests.attendee(app, email: EventTests.managers[1], event: event, path: path)
            #expect(try await EventTests.answer(browser, path: path).status == .seeOther)
            let organisationID = event.$organisation.id, eventID = try event.requireID()
            func person(_ email: String) async throws -> UUID {
                let user = try #require(try await User.query(on: app.db).filter(\.$email == email).first())
                let membership = try #require(try await Membership.query(on: app.db).filter(\.$user.$id == user.id!).first())
                return try #require(membership.$person.id)
            }
            let answered = try await person(EventTests.managers[0]), attended = try await person(EventTests.managers[1])
            let absent = try await person(EventTests.managers[2])
            let bergvik = try #require(try await Organisation.query(on: app.db).filter(\.$slug == Account.bergvik.slug).first()?.id)
            let keys = [
                FeedbackGate.Key(organisationID: organisationID, eventID: eventID, personID: answered),
                FeedbackGate.Key(organisationID: organisationID, eventID: eventID, personID: attended),
                FeedbackGate.Key(organisationID: organisationID, eventID: eventID, personID: absent),
                FeedbackGate.Key(organisationID: bergvik, eventID: eventID, personID: attended),
            ]
            let verdicts = try await FeedbackGate.check(keys, on: app.db)
            #expect(verdicts.map(\.attended) == [true, true, false, false])
            #expect(verdicts.map(\.answered) == [true, false, false, false])
            #expect(verdicts[0].questions.map(\.key) == QuestionSet.standard.map(\.key))
        }
    }
}

@Suite("Random identifiers")
struct RandomUUIDTests {
    @Test("Version 4, RFC 4122 variant, and all different")
    func random() {
        let identifiers = (0..<1_000).map { _ in UUID.random() }
        #expect(Set(identifiers).count == 1_000)
        for identifier in identifiers {
            let text = identifier.uuidString
            #expect(Array(text)[14] == "4")
            #expect("89AB".contains(Array(text)[19]))
        }
    }

    /// Random identifiers, and the lowest and highest there are.
    static let sampleIdentifiers =
        (0..<200).map { _ in UUID() }
        + [
            UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255)),
        ]

    @Test("Identifiers are written as Foundation writes them")
    func writing() {
        for identifier in Self.sampleIdentifiers {
            #expect(identifier.uuidText == identifier.uuidString)
        }
    }

    @Test("An answer's scores are stored as JSON that reads back the same, whatever the questions' keys")
    func scoresJSON() throws {
        for scores in [["relevance": 4, "importance": 5, "suitability": 3, "worth_time": 4], [:], ["a\"b\\c": 1, "rad\nbrott": 2, "åäö": 3, "tab\t": 5]] {
            let json = FeedbackWriter.scoresJSON(scores)
            #expect(try JSONDecoder().decode([String: Int].self, from: Data(json.utf8)) == scores, "\(json)")
        }
        #expect(FeedbackWriter.scoresJSON(["b": 2, "a": 1]) == #"{"a":1,"b":2}"#)
    }

    @Test("Identifiers read back from their text in either case; anything else is refused")
    func parsing() {
        for identifier in Self.sampleIdentifiers {
            #expect(UUID(hyphenated: identifier.uuidString) == identifier)
            #expect(UUID(hyphenated: identifier.uuidString.lowercased()) == identifier)
        }
        for bad in [
            "", "E621E1F8C36C495A93FC0C247A3E6E5F", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5FF",
            "G621E1F8-C36C-495A-93FC-0C247A3E6E5F", "E621E1F8+C36C-495A-93FC-0C247A3E6E5F", "E621E1F8-C36C-495A-93FC-0C247A3E6E5Å",
        ] {
            #expect(UUID(hyphenated: bad) == nil, "\(bad)")
        }
    }
}
