import Fluent
import Foundation
import RoderCore
import SQLKit
import Vapor

/// The "large town" of the page benchmark: 2,000 units with a manager each and 40,000 staff
/// counted in them, and five years of programme per `history` — 400 events with 110
/// invitations, 100 check-ins and 50 answers each (40,000 attendances and 20,000 answers), 200
/// goals with 100,000 measurements, time entries, invoices, coaching and an audit trail.
/// `history: 5` is the same town after 25 years: five times the rows, the same current year,
/// which is what a page that "costs what it shows" must not notice. Deterministic.
enum LargeTown {
    static let password = "benchmark-password"

    struct Seeded {
        let organisation: Organisation
        let owner: DemoPages.Account
        let administrator: DemoPages.Account
        let manager: DemoPages.Account
        let viewer: DemoPages.Account
        let coach: DemoPages.Account
        let counts: String
    }

    static let unitCount = 2_000, staff = 40_000
    static let eventsPerFiveYears = 400, invitedPerEvent = 110, attendedPerEvent = 100, answersPerEvent = 50

    static func seed(_ database: any Database, history: Int, now: Date) async throws -> Seeded {
        let history = max(1, history)
        var random = SplitMix(seed: 2027)
        let slug = "large-town-\(history)x"
        let organisation = Organisation(
            name: LocalizedText(sv: "Storstad (\(history)× historia)", fi: "Suurkaupunki"), slug: slug, contentLanguages: [.swedish, .finnish],
            createdAt: now)
        try await organisation.create(on: database)
        let organisationID = try organisation.requireID()
        let tenant = TenantDatabase(organisationID: organisationID, database: database)

        // The organisation: a town management, 13 sectors, 80 divisions, the rest units; staff
        // counted, most units small and some large, 40,000 in all.
        let people = (0..<unitCount).map { index in
            Person(
                id: UUID(), organisationID: organisationID, name: "Chef \(index + 1)", title: index < 94 ? "Direktör" : "Enhetschef",
                email: "chef\(index + 1)@\(slug).example",
                managementLevel: (index == 0 ? ManagementLevel.top : index < 94 ? .middle : .supervisor).rawValue, externalID: "P\(index + 1)")
        }
        try await createInChunks(people, on: database)
        var units: [OrganisationUnit] = []
        var headcounts = (0..<unitCount).map { _ in 4 + Int(random.next() % 24) }
        headcounts[unitCount - 1] += staff - headcounts.reduce(0, +)
        for index in 0..<unitCount {
            let parent: UUID? =
                switch index {
                case 0: nil
                case 1...13: units[0].id
                case 14...93: units[1 + (index - 14) % 13].id
                default: units[14 + Int(random.next() % 80)].id
                }
            units.append(
                OrganisationUnit(
                    id: UUID(), organisationID: organisationID, parentID: parent, kind: index < 14 ? "sector" : index < 94 ? "division" : "unit",
                    name: LocalizedText(sv: "Enhet \(index)", fi: "Yksikkö \(index)"), code: String(10_000 + index),
                    headcount: max(1, headcounts[index]), managerID: people[index].id))
            people[index].unitID = units[index].id
        }
        // Parents first: each chunk is inserted after the units it refers to.
        try await createInChunks(units, on: database)
        try await database.transaction { database in for person in people { try await person.save(on: database) } }

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .helsinki
        let years = calendar.component(.year, from: now)
        let firstYear = years - 5 * history + 1
        let start = calendar.date(from: DateComponents(year: firstYear, month: 1, day: 5, hour: 9))!
        // The programme is the current five years; with more history, earlier years lie before it.
        let (programme, areas, goals) = try await SyntheticProgramme.seedStrategy(
            tenant, people: people, goals: 200, years: (years - 4)...years, from: start, until: now,
            measurementsPerIndicator: 100 * history, reportsPerGoal: 3 * history, random: &random)
        _ = programme
        _ = goals

        // Accounts: the manager is the person of a unit of the third level.
        let hash = try Bcrypt.hash(password, cost: 4)
        func account(_ name: String, _ roles: Set<Role>, person: Person? = nil) async throws -> DemoPages.Account {
            let email = "\(name)@\(slug).example"
            let user = User(email: email, name: name.capitalized, passwordHash: hash, language: .swedish, createdAt: now)
            try await user.create(on: database)
            try await Membership(organisationID: organisationID, userID: user.requireID(), roles: roles, personID: person?.id).create(on: database)
            return DemoPages.Account(email: email, password: password)
        }
        let owner = try await account("owner", [.programmeOwner])
        let administrator = try await account("administrator", [.administrator])
        let manager = try await account("manager", [.manager], person: people[500])
        let viewer = try await account("viewer", [.viewer])
        let coach = try await account("coach", [.coach])
        let coachUser = try await User.query(on: database).filter(\.$email == coach.email).first()!

        // Events: four a fortnight or so, all held, plus ten to come.
        let eventCount = eventsPerFiveYears * history
        let span = now.timeIntervalSince(start) - 14 * 86_400
        var participants: [EventParticipant] = [], receipts: [FeedbackReceipt] = [], answers: [FeedbackAnswerRecord] = []
        var releases: [FeedbackRelease] = []
        var events: [EventRecord] = []
        let scaleKeys = QuestionSet.standard.filter { $0.kind == .scale }.map(\.key)
        for number in 0..<(eventCount + 10) {
            let held = number < eventCount
            let startsAt =
                held
                ? start.addingTimeInterval((span * Double(number) / Double(eventCount)).rounded(.down))
                : now.addingTimeInterval(Double(number - eventCount + 1) * 7 * 86_400)
            let event = EventRecord(
                organisationID: organisationID, kind: number % 4 == 0 ? .seminar : .leadershipForum,
                title: LocalizedText(sv: "Ledarforum \(number + 1)", fi: "Johtajafoorumi \(number + 1)"), startsAt: startsAt,
                endsAt: startsAt.addingTimeInterval(3 * 3_600), checkInCode: String(format: "%06d", number))
            event.id = UUID()
            event.areaID = areas[number % areas.count].id
            event.preparationMinutes = 240
            event.place = "Stadshuset"
            events.append(event)
            let first = number * 37 % unitCount
            var answered: [(id: UUID, answer: FeedbackAnswer)] = []
            for index in 0..<invitedPerEvent {
                let person = people[(first + index) % unitCount]
                let participant = EventParticipant(organisationID: organisationID, eventID: event.id!, personID: person.id!)
                participant.id = UUID()
                if held, index < attendedPerEvent {
                    participant.checkedInAt = startsAt.addingTimeInterval(Double(index % 10) * 60)
                    participant.checkedInBy = "self"
                    if index < answersPerEvent {
                        receipts.append(FeedbackReceipt(organisationID: organisationID, eventID: event.id!, personID: person.id!))
                        let scores = Dictionary(uniqueKeysWithValues: scaleKeys.map { ($0, 1 + Int(random.next() % 5)) })
                        let answer = FeedbackAnswerRecord(
                            organisationID: organisationID, eventID: event.id!, answeredOn: EventController.day(startsAt, .helsinki),
                            answer: FeedbackAnswer(scores: scores, comment: index % 5 == 0 ? "Bra samtal i gruppen, mer tid till övningar." : nil))
                        answer.id = UUID()
                        answers.append(answer)
                        answered.append((answer.id!, answer.answer))
                    }
                }
                participants.append(participant)
            }
            if held { releases.append(FeedbackRelease(organisationID: organisationID, eventID: event.id!, answers: answered)) }
        }
        try await createInChunks(events, on: database)
        try await createInChunks(participants, on: database)
        try await createInChunks(receipts, on: database)
        try await createInChunks(answers, on: database)
        try await createInChunks(releases, on: database, size: 50)

        // Working time: 4,000 entries a year; hourly rates, budgets and 40 invoices a year.
        let entries = (0..<(20_000 * history)).map { index in
            TimeEntry(
                organisationID: organisationID, personID: people[index * 7 % unitCount].id!,
                date: start.addingTimeInterval(span * Double(index) / Double(20_000 * history)), minutes: 30 * (1 + index % 6),
                areaID: areas[index % areas.count].id, goalID: nil, note: "Programarbete", at: start)
        }
        try await createInChunks(entries, on: database)
        var costs: [ExternalCost] = []
        for year in firstYear...years {
            for (level, euros) in [("top", 95), ("middle", 70), ("supervisor", 57), ("staff", 45)] {
                try await HourlyRateRecord(organisationID: organisationID, year: year, level: level, cents: euros * 100, at: start).create(on: database)
            }
            try await BudgetRecord(organisationID: organisationID, year: year, areaID: nil, cents: 150_000_000, at: start).create(on: database)
            for number in 0..<40 {
                costs.append(
                    SyntheticReportYear.invoice(
                        number, organisationID: organisationID, date: calendar.date(from: DateComponents(year: year, month: 1 + number % 12, day: 10))!,
                        cents: 100_000 + number * 2_500, areaID: areas[number % areas.count].id, at: start))
            }
        }
        try await createInChunks(costs, on: database)

        // Coaching: 40 engagements every five years, three managers and six sessions each.
        for number in 0..<(40 * history) {
            let begins = start.addingTimeInterval(span * Double(number) / Double(40 * history))
            let engagement = CoachingEngagement(
                organisationID: organisationID, coachUserID: try coachUser.requireID(), purpose: LocalizedText(sv: "Grupphandledning \(number + 1)"),
                agreedSessions: 6, startsOn: begins, endsOn: begins.addingTimeInterval(180 * 86_400),
                state: begins.addingTimeInterval(180 * 86_400) < now ? .ended : .active)
            try await engagement.create(on: database)
            let coached = (0..<3).map { people[(number * 3 + $0 + 100) % unitCount].id! }
            try await coached.map { CoachingParticipant(organisationID: organisationID, engagementID: engagement.id!, personID: $0) }.create(on: database)
            let sessions = (0..<6).map { step in
                CoachingSessionRecord(
                    organisationID: organisationID, engagementID: engagement.id!, startsAt: begins.addingTimeInterval(Double(step) * 30 * 86_400),
                    minutes: 90, form: .inPerson, place: "Stadshuset")
            }
            try await sessions.create(on: database)
        }

        // The audit trail: 4,000 entries a year.
        let audit = (0..<(20_000 * history)).map { index in
            AuditRecord(
                organisationID: organisationID, actorUserID: nil, actorName: "Benchmark", action: index % 2 == 0 ? .eventCreated : .goalStatusReported,
                subject: "Post \(index)", subjectID: nil, before: nil, after: nil, at: start.addingTimeInterval(span * Double(index) / Double(20_000 * history))
            )
        }
        try await createInChunks(audit, on: database)

        let counts =
            "\(unitCount) units (\(staff) staff), \(eventCount) held events, \(eventCount * attendedPerEvent) attendances, "
            + "\(answers.count) answers, \(200 * 5 * 100 * history) measurements, \(entries.count) time entries, \(audit.count) audit entries"
        return Seeded(
            organisation: organisation, owner: owner, administrator: administrator, manager: manager, viewer: viewer, coach: coach, counts: counts)
    }

    /// Inserts in multi-row statements of `size`, in one transaction: what a bulk load is.
    static func createInChunks<M: Model>(_ models: [M], on database: any Database, size: Int = 500) async throws {
        try await database.transaction { database in
            for chunk in stride(from: 0, to: models.count, by: size) {
                try await Array(models[chunk..<min(chunk + size, models.count)]).create(on: database)
            }
        }
    }
}
