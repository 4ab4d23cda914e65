import Fluent
import RoderCore
import Vapor

/// Writes the demo towns into an empty database.
enum DemoSeeder {
    /// The demo always starts from a fresh file, so every visitor sees the same town.
    static func removeDemoDatabase(config: AppConfig) throws {
        guard case .sqliteFile(let path) = config.database else { return }
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    /// Seeds both demo towns and returns the accounts a visitor can sign in with.
    @discardableResult
    static func seed(_ database: any Database, now: Date, bcryptCost: Int) async throws -> [DemoTown.AccountSeed] {
        var accounts: [DemoTown.AccountSeed] = []
        for town in [DemoTown.sjobacka(), DemoTown.bergvik()] {
            accounts += town.accounts
            // Seeding a database that has the town already (PostgreSQL keeps it) is a no-op.
            if try await Organisation.query(on: database).filter(\.$slug == town.slug).first() != nil { continue }
            try await database.transaction { database in
                try await seed(town, on: database, now: now, bcryptCost: bcryptCost)
            }
        }
        try await database.transaction { try await seedSharedEvents($0, now: now) }
        return accounts
    }

    static func seed(_ town: DemoTown, on database: any Database, now: Date, bcryptCost: Int) async throws {
        let organisation = Organisation(name: town.name, slug: town.slug, contentLanguages: town.contentLanguages, createdAt: now)
        try await organisation.create(on: database)
        let tenant = TenantDatabase(organisationID: try organisation.requireID(), database: database)
        let organisationID = tenant.organisationID

        var personIDs: [String: UUID] = [:]
        for seed in town.people {
            let person = Person(
                organisationID: organisationID, name: seed.name, title: seed.title, email: seed.email,
                managementLevel: seed.managementLevel, externalID: seed.externalID)
            try await tenant.create(person)
            personIDs[seed.key] = person.id
        }
        var unitIDs: [String: UUID] = [:]
        for seed in town.units {
            let unit = OrganisationUnit(
                organisationID: organisationID, parentID: seed.parentKey.flatMap { unitIDs[$0] },
                kind: seed.kind, name: seed.name, code: seed.code, headcount: seed.headcount,
                managerID: seed.managerKey.flatMap { personIDs[$0] })
            try await tenant.create(unit)
            unitIDs[seed.key] = unit.id
        }
        // A manager works in the first unit they lead.
        for seed in town.units.reversed() {
            guard let managerKey = seed.managerKey, let person = try await tenant.find(Person.self, personIDs[managerKey]) else { continue }
            person.unitID = unitIDs[seed.key]
            try await person.save(on: database)
        }

        // The structure's history: fewer, larger units over the programme's two years.
        for point in town.structureHistory(endingAt: now) {
            try await tenant.create(StructureSnapshotRecord(organisationID: organisationID, takenAt: point.takenAt, cause: point.cause, figures: point.figures))
        }

        // Harmonised roles, each for the managers of one kind of unit; deputies and
        // specialists are left without, for the harmonisation view to show.
        var roleIDs: [String: UUID] = [:]
        for seed in town.roleProfiles {
            let role = RoleProfile(organisationID: organisationID, name: seed.name, responsibilities: seed.responsibilities, competences: seed.competences)
            try await tenant.create(role)
            roleIDs[seed.unitKind] = role.id
            for unit in town.units where unit.kind == seed.unitKind {
                guard let managerKey = unit.managerKey, let person = try await tenant.find(Person.self, personIDs[managerKey]) else { continue }
                person.roleProfileID = role.id
                try await person.save(on: database)
            }
        }

        let programme = Programme(
            organisationID: organisationID, name: town.programmeName,
            startYear: town.programmeYears.lowerBound, endYear: town.programmeYears.upperBound)
        try await tenant.create(programme)
        var areaIDs: [UUID] = []
        for (index, title) in town.areas.enumerated() {
            let area = DevelopmentArea(organisationID: organisationID, programmeID: try programme.requireID(), position: index + 1, title: title)
            try await tenant.create(area)
            areaIDs.append(try area.requireID())
        }
        var goals: [ResultGoal] = []
        for (index, seed) in town.goals.enumerated() {
            let goal = ResultGoal(organisationID: organisationID, areaID: areaIDs[seed.area - 1], position: index + 1, title: seed.title)
            try await tenant.create(goal)
            goals.append(goal)
            for key in seed.responsibleKeys {
                guard let personID = personIDs[key] else { continue }
                try await tenant.create(GoalResponsible(organisationID: organisationID, goalID: try goal.requireID(), personID: personID))
            }
        }
        try await seedStrategy(
            town.strategy, goals: goals, programmeID: try programme.requireID(), people: town.people, personIDs: personIDs,
            tenant: tenant, now: now)
        try await seedEvents(town.events, areaIDs: areaIDs, people: town.people, personIDs: personIDs, tenant: tenant, now: now)
        // After the goals: development plans link to them.
        try await seedCompetence(town, roleIDs: roleIDs, personIDs: personIDs, tenant: tenant, now: now)

        for seed in town.accounts {
            // A consultant working for both towns has one account with a membership in each.
            let user: User
            if let existing = try await User.query(on: database).filter(\.$email == seed.email).first() {
                user = existing
            } else {
                user = User(
                    email: seed.email, name: seed.name, passwordHash: try Bcrypt.hash(seed.password, cost: bcryptCost),
                    language: nil, isProgrammeOperator: seed.isProgrammeOperator, createdAt: now)
                try await user.create(on: database)
            }
            if !seed.roles.isEmpty {
                try await tenant.create(
                    Membership(
                        organisationID: organisationID, userID: try user.requireID(), roles: seed.roles,
                        personID: seed.personKey.flatMap { personIDs[$0] }))
            }
        }
        try await seedCoaching(town.coaching, personIDs: personIDs, tenant: tenant, now: now)
        // The managers' own logged programme work (events and coaching count by themselves).
        let managers = town.people.filter { $0.managementLevel != ManagementLevel.supervisor.rawValue }.map(\.key)
        let entries = DemoWorkingTime.entries(personKeys: managers, areaCount: areaIDs.count, now: now, timeZone: .helsinki).compactMap { seed in
            personIDs[seed.personKey].map {
                TimeEntry(
                    organisationID: organisationID, personID: $0, date: seed.date, minutes: seed.minutes, areaID: seed.area.map { areaIDs[$0 - 1] },
                    goalID: nil, note: seed.note, at: seed.date)
            }
        }
        if !entries.isEmpty { try await entries.create(on: database) }
        try await seedCosts(areaIDs: areaIDs, tenant: tenant, now: now)
        if !areaIDs.isEmpty {
            try await tenant.create(
                ReportText(organisationID: organisationID, year: DemoReport.year, areaID: nil, text: DemoReport.summary, at: now, by: "Helena Lindqvist"))
            for (area, text) in DemoReport.areas where area <= areaIDs.count {
                try await tenant.create(
                    ReportText(organisationID: organisationID, year: DemoReport.year, areaID: areaIDs[area - 1], text: text, at: now, by: "Helena Lindqvist"))
            }
        }
        try await AuditRecord(
            organisationID: organisationID, actorUserID: nil, actorName: nil, action: .demoDataLoaded,
            subject: town.name[.swedish] ?? town.slug, subjectID: organisationID, before: nil, after: nil, at: now
        )
        .create(on: database)
    }

    /// The framework, each role's expected levels, and two rounds of self-assessments. The
    /// demo accounts' own people have not answered the open round, so a visitor has one to do.
    static func seedCompetence(
        _ town: DemoTown, roleIDs: [String: UUID], personIDs: [String: UUID], tenant: TenantDatabase, now: Date
    ) async throws {
        let demo = town.competence
        guard !demo.competences.isEmpty else { return }
        let organisationID = tenant.organisationID
        var competenceIDs: [UUID] = []
        for (index, seed) in demo.competences.enumerated() {
            let competence = CompetenceRecord(
                id: UUID(), organisationID: organisationID, group: seed.group, name: seed.name, levels: seed.levels, position: index + 1)
            try await tenant.create(competence)
            competenceIDs.append(competence.id!)
        }
        var expectations: [ProfileCompetence] = []
        for (kind, levels) in demo.expected {
            guard let roleID = roleIDs[kind] else { continue }
            for (competenceID, level) in zip(competenceIDs, levels) {
                guard let level = CompetenceLevel(level) else { continue }
                expectations.append(ProfileCompetence(organisationID: organisationID, profileID: roleID, competenceID: competenceID, expected: level))
            }
        }
        try await expectations.create(on: tenant.database)

        let day: TimeInterval = 24 * 60 * 60
        let resultGoals = try await tenant.query(ResultGoal.self).sort(\.$position).all()
        for plan in demo.plans {
            guard let personID = personIDs[plan.personKey] else { continue }
            try await tenant.create(DevelopmentPlanSetting(organisationID: organisationID, personID: personID, sharedWithManager: plan.sharedWithManager))
            for (index, seed) in plan.goals.enumerated() {
                let goal = DevelopmentGoal(
                    organisationID: organisationID, personID: personID, text: seed.text,
                    competenceID: seed.competence.flatMap { competenceIDs.indices.contains($0) ? competenceIDs[$0] : nil },
                    resultGoalID: seed.resultGoal.flatMap { resultGoals.indices.contains($0) ? resultGoals[$0].id : nil },
                    createdAt: now.addingTimeInterval(-Double(60 - index) * day))
                try await tenant.create(goal)
                for action in seed.actions {
                    try await tenant.create(
                        DevelopmentAction(
                            organisationID: organisationID, goalID: try goal.requireID(), text: action.text,
                            due: now.addingTimeInterval(Double(action.dueInDays) * day), status: action.status))
                }
            }
        }
        let visitors = Set(town.accounts.compactMap(\.personKey))
        let kindByRole = Dictionary(uniqueKeysWithValues: roleIDs.map { ($1, $0) })
        let holders = try await tenant.query(Person.self).filter(\.$roleProfileID != nil).all()
        let indexByPerson = Dictionary(uniqueKeysWithValues: town.people.enumerated().compactMap { index, seed in personIDs[seed.key].map { ($0, index) } })
        for (roundIndex, seed) in demo.rounds.enumerated() {
            let lastDay = now.addingTimeInterval(Double(seed.lastDayInDays) * day)
            let round = AssessmentRound(
                id: UUID(), organisationID: organisationID, name: seed.name, openedAt: now.addingTimeInterval(-Double(seed.openedDaysAgo) * day),
                closesOn: lastDay)
            try await tenant.create(round)
            let isOpenRound = seed.lastDayInDays >= 0
            var invitees: [AssessmentInvitee] = [], answers: [SelfAssessmentRecord] = []
            for person in holders {
                guard let roleID = person.roleProfileID, let kind = kindByRole[roleID], let index = indexByPerson[person.id!] else { continue }
                let invitee = AssessmentInvitee(organisationID: organisationID, roundID: round.id!, personID: person.id!, profileID: roleID)
                let isVisitor = town.people.indices.contains(index) && visitors.contains(town.people[index].key)
                if DemoCompetence.answered(person: index, round: roundIndex) && !(isOpenRound && isVisitor) {
                    invitee.answeredAt = round.openedAt.addingTimeInterval(Double(index % 9 + 1) * day)
                    for (competenceIndex, expected) in (demo.expected[kind] ?? []).enumerated() where competenceIndex < competenceIDs.count {
                        answers.append(
                            SelfAssessmentRecord(
                                organisationID: organisationID, roundID: round.id!, personID: person.id!, profileID: roleID,
                                competenceID: competenceIDs[competenceIndex],
                                level: DemoCompetence.level(person: index, competence: competenceIndex, round: roundIndex, expected: expected), comment: ""))
                    }
                }
                invitees.append(invitee)
            }
            try await invitees.create(on: tenant.database)
            try await answers.create(on: tenant.database)
        }
    }

    /// Engagements with their participants, sessions, notes and actions. Notes and actions are
    /// written through `CoachingNotebook`, as their authors would write them.
    static func seedCoaching(_ demo: DemoCoaching, personIDs: [String: UUID], tenant: TenantDatabase, now: Date) async throws {
        let organisationID = tenant.organisationID
        let day: TimeInterval = 24 * 60 * 60
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki")!
        for seed in demo.engagements {
            guard let coach = try await User.query(on: tenant.database).filter(\.$email == seed.coachEmail).first(), let coachID = coach.id else { continue }
            let start = calendar.startOfDay(for: now.addingTimeInterval(-Double(seed.startedDaysAgo) * day))
            let engagement = CoachingEngagement(
                organisationID: organisationID, coachUserID: coachID, purpose: seed.purpose, agreedSessions: seed.agreedSessions,
                startsOn: start, endsOn: start.addingTimeInterval(Double(seed.lengthInDays) * day), state: seed.state)
            try await tenant.create(engagement)
            let engagementID = try engagement.requireID()
            let participants = seed.participantKeys.compactMap { personIDs[$0] }
            for personID in participants {
                try await tenant.create(CoachingParticipant(organisationID: organisationID, engagementID: engagementID, personID: personID))
            }
            for session in seed.sessions {
                let day = calendar.startOfDay(for: now.addingTimeInterval(Double(session.inDays) * day))
                let record = CoachingSessionRecord(
                    organisationID: organisationID, engagementID: engagementID,
                    startsAt: calendar.date(bySettingHour: session.hour, minute: 0, second: 0, of: day) ?? day, minutes: session.minutes,
                    form: session.form, place: session.place)
                record.status = session.status.rawValue
                try await tenant.create(record)
                if session.status == .held {
                    let absent = Set(session.absentKeys.compactMap { personIDs[$0] })
                    for personID in participants where !absent.contains(personID) {
                        try await tenant.create(CoachingSessionAttendee(organisationID: organisationID, sessionID: try record.requireID(), personID: personID))
                    }
                }
            }
            let coachNotebook = CoachingNotebook(tenant: tenant, engagementID: engagementID, reader: .coach)
            for note in seed.notes {
                let at = now.addingTimeInterval(-Double(note.daysAgo) * day)
                switch note.author {
                case .coach:
                    try await coachNotebook.add(note.kind, text: note.text, authorUserID: coachID, at: at)
                case .participant(let key):
                    guard let personID = personIDs[key] else { continue }
                    // The author's account, if they have one; the note is theirs either way.
                    let authorUserID =
                        try await tenant.query(Membership.self).filter(\.$person.$id == personID).first()?.$user.id ?? coachID
                    try await CoachingNotebook(tenant: tenant, engagementID: engagementID, reader: .participant(personID: personID))
                        .add(note.kind, text: note.text, authorUserID: authorUserID, at: at)
                }
            }
            for action in seed.actions {
                let due = calendar.startOfDay(for: now.addingTimeInterval(Double(action.dueInDays) * day)).addingTimeInterval(12 * 3600)
                try await coachNotebook.addAction(text: action.text, due: due, at: now.addingTimeInterval(-Double(seed.startedDaysAgo) * day / 2))
                if action.done, let added = try await coachNotebook.actions().first(where: { $0.text == action.text }) {
                    _ = try await coachNotebook.setAction(added.id, done: true, at: due)
                }
            }
        }
    }

    static func printWelcome(accounts: [DemoTown.AccountSeed], arguments: [String]) {
        let roleNames: (DemoTown.AccountSeed) -> String = { account in
            account.isProgrammeOperator
                ? "programme operator" : account.roles.map(\.rawValue).sorted().joined(separator: ", ").replacingOccurrences(of: "_", with: " ")
        }
        var lines = ["", "Roder demo: two fictional towns are loaded. Sign in as any of these:", ""]
        var listed = Set<String>()
        // The consultant who works for both towns is one account, listed once.
        for account in accounts where listed.insert(account.email).inserted {
            lines.append(
                "  \(roleNames(account).padding(toLength: 32, withPad: " ", startingAt: 0)) \(account.email.padding(toLength: 34, withPad: " ", startingAt: 0)) \(account.password)"
            )
        }
        lines.append("")
        lines.append("Open http://127.0.0.1:8080 (or the host and port you gave). Stop with Ctrl-C.")
        lines.append("")
        print(lines.joined(separator: "\n"))
    }

    /// Indicators with their quarterly values, status reports and initiatives. Only what
    /// lies before `now` is written, so the demo never shows values from the future.
    static func seedStrategy(
        _ strategy: DemoStrategy, goals: [ResultGoal], programmeID: UUID, people: [DemoTown.PersonSeed],
        personIDs: [String: UUID], tenant: TenantDatabase, now: Date
    ) async throws {
        let organisationID = tenant.organisationID
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func date(_ day: DemoStrategy.Day, hour: Int = 12) -> Date {
            calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour))!
        }
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.key, $0.name) })
        for details in strategy.goalDetails {
            let goal = goals[details.goal]
            goal.startDate = date(details.start)
            goal.endDate = date(details.end)
            goal.goalDescription = details.description
            try await goal.save(on: tenant.database)
        }
        for seed in strategy.indicators {
            let indicator = Indicator(
                organisationID: organisationID, goalID: try goals[seed.goal].requireID(), name: seed.name, unit: seed.unit,
                baseline: seed.baseline, target: seed.target, direction: seed.direction)
            indicator.frequencyCode = MeasurementFrequency.quarterly.rawValue
            try await tenant.create(indicator)
            let author = names[goals[seed.goal].id.flatMap { _ in strategy.reports.first { $0.goal == seed.goal }?.authorKey } ?? ""] ?? "–"
            for (index, value) in seed.quarterly.enumerated() where date(DemoStrategy.quarterEnd(index)) < now {
                let day = date(DemoStrategy.quarterEnd(index))
                try await tenant.create(
                    MeasurementRecord(
                        organisationID: organisationID, indicatorID: try indicator.requireID(), date: day, value: value,
                        comment: nil, recordedBy: author, recordedAt: day.addingTimeInterval(3 * 24 * 3600)))
            }
        }
        for seed in strategy.reports where date(seed.on) < now {
            let goal = goals[seed.goal]
            try await tenant.create(
                GoalStatusUpdate(
                    organisationID: organisationID, goalID: try goal.requireID(), status: seed.status, comment: seed.comment,
                    authorUserID: nil, authorName: names[seed.authorKey] ?? "–", at: date(seed.on, hour: 9)))
            goal.statusCode = seed.status.rawValue
            try await goal.save(on: tenant.database)
        }
        for seed in strategy.initiatives {
            let initiative = Initiative(
                organisationID: organisationID, programmeID: programmeID, title: seed.title, ownerID: personIDs[seed.ownerKey],
                status: seed.status)
            initiative.initiativeDescription = seed.description
            try await tenant.create(initiative)
            for goal in seed.goals {
                try await tenant.create(
                    InitiativeGoal(organisationID: organisationID, initiativeID: try initiative.requireID(), goalID: try goals[goal].requireID()))
            }
            for milestone in seed.milestones {
                let done = milestone.done.map { date($0) }.flatMap { $0 < now ? $0 : nil }
                try await tenant.create(
                    MilestoneRecord(
                        organisationID: organisationID, initiativeID: try initiative.requireID(), title: milestone.title,
                        due: date(milestone.due), doneAt: done))
            }
        }
    }

    /// Events with invitations; for those already held, attendance and anonymous feedback
    /// (answers keep the day only, receipts say who answered, never what).
    static func seedEvents(
        _ seeds: DemoEvents, areaIDs: [UUID], people: [DemoTown.PersonSeed], personIDs: [String: UUID],
        tenant: TenantDatabase, now: Date
    ) async throws {
        let organisationID = tenant.organisationID
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .helsinki
        var random = SplitMix(seed: 2025)
        for (number, seed) in seeds.events.enumerated() {
            let start = calendar.date(from: DateComponents(year: seed.start.year, month: seed.start.month, day: seed.start.day, hour: seed.start.hour))!
            let event = EventRecord(
                organisationID: organisationID, kind: seed.kind, title: seed.title, startsAt: start,
                endsAt: start.addingTimeInterval(Double(seed.hours) * 3600), checkInCode: CheckInCode.generate(using: &random))
            event.place = seed.place
            event.areaID = seed.area.map { areaIDs[$0 - 1] }
            // The hosts and experts prepare about twice the event's length.
            event.preparationMinutes = seed.hours * 2 * 60
            try await tenant.create(event)
            let invited = DemoEvents.invited(to: seed, among: people).compactMap { personIDs[$0.key] }
            try await seedParticipation(event, invited: invited, pattern: number, tenant: tenant, now: now)
        }
        let loop = FeedbackLoopNote(organisationID: organisationID, period: DemoEvents.loopSummary.period)
        loop.heard = DemoEvents.loopSummary.heard
        loop.actions = DemoEvents.loopSummary.actions
        loop.updatedAt = calendar.date(from: DateComponents(year: 2026, month: 1, day: 14, hour: 10))!
        loop.updatedBy = "Helena Lindqvist"
        try await tenant.create(loop)
    }

    /// Invitations; for an event already held, who came (a fixed pattern per event) and
    /// their anonymous answers (answers keep the day only, receipts say who answered, never what).
    static func seedParticipation(_ event: EventRecord, invited: [UUID], pattern number: Int, tenant: TenantDatabase, now: Date) async throws {
        let organisationID = tenant.organisationID, eventID = try event.requireID()
        var attendees: [UUID] = []
        for (index, personID) in invited.enumerated() {
            let participant = EventParticipant(organisationID: organisationID, eventID: eventID, personID: personID)
            if event.endsAt < now, DemoEvents.attended(person: index, event: number) {
                participant.checkedInAt = event.startsAt.addingTimeInterval(Double(index % 10) * 60)
                participant.checkedInBy = index % 3 == 0 ? "host" : "self"
                attendees.append(personID)
            }
            try await tenant.create(participant)
        }
        let day = EventController.day(event.startsAt, .helsinki)
        for (index, personID) in attendees.enumerated() where DemoEvents.answered(event: number, index: index) {
            try await FeedbackReceipt(organisationID: organisationID, eventID: eventID, personID: personID).create(on: tenant.database)
            let scores = Dictionary(
                uniqueKeysWithValues: ["relevance", "importance", "suitability", "worth_time"].enumerated().map {
                    ($1, DemoEvents.score(event: number, index: index, question: $0))
                })
            let comment = index % 4 == 1 ? DemoEvents.comments[(number + index) % DemoEvents.comments.count] : nil
            try await FeedbackAnswerRecord(
                organisationID: organisationID, eventID: eventID, answeredOn: day,
                answer: FeedbackAnswer(scores: scores, comment: comment)
            ).create(on: tenant.database)
        }
    }

    /// Hourly costs, budgets and invoices (`DemoCosts`), for the town's own events and areas.
    static func seedCosts(areaIDs: [UUID], tenant: TenantDatabase, now: Date) async throws {
        let organisationID = tenant.organisationID
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .helsinki
        for rates in DemoCosts.rates {
            try await tenant.create(
                HourlyRateRecord(organisationID: organisationID, year: rates.year, level: HourlyRateRecord.standardLevel, cents: rates.standard * 100, at: now))
            for (level, euros) in rates.byLevel {
                try await tenant.create(HourlyRateRecord(organisationID: organisationID, year: rates.year, level: level.rawValue, cents: euros * 100, at: now))
            }
        }
        for budget in DemoCosts.budgets {
            try await tenant.create(BudgetRecord(organisationID: organisationID, year: budget.year, areaID: nil, cents: budget.whole * 100, at: now))
            for (area, euros) in budget.byArea where area <= areaIDs.count {
                try await tenant.create(BudgetRecord(organisationID: organisationID, year: budget.year, areaID: areaIDs[area - 1], cents: euros * 100, at: now))
            }
        }
        let events = try await tenant.query(EventRecord.self).filter(\.$sharedEventID == nil).sort(\.$startsAt).all()
        let engagement = try await tenant.query(CoachingEngagement.self).sort(\.$createdAt).first()
        for invoice in DemoCosts.invoices {
            guard let date = calendar.date(from: DateComponents(year: invoice.date.year, month: invoice.date.month, day: invoice.date.day, hour: 12)),
                date < now
            else { continue }
            let cost = ExternalCost()
            switch invoice.target {
            case .programme: break
            case .area(let index):
                guard index <= areaIDs.count else { continue }
                cost.areaID = areaIDs[index - 1]
            case .event(let index):
                guard index < events.count else { continue }
                cost.eventID = events[index].id
            case .coaching:
                guard let engagement else { continue }
                cost.engagementID = engagement.id
            }
            cost.date = date
            cost.amountCents = invoice.euros * 100
            cost.vatCents = invoice.vat.cents
            cost.supplier = invoice.supplier
            cost.category = invoice.category.rawValue
            cost.costDescription = invoice.description
            cost.updatedAt = now
            try await tenant.create(cost)
        }
    }

    /// The operator's shared forums, once both towns are there: a part in each town with that
    /// town's own management invited, attendance and answers.
    static func seedSharedEvents(_ database: any Database, now: Date) async throws {
        guard try await SharedEvent.query(on: database).count() == 0 else { return }
        let towns = try await Organisation.query(on: database).filter(\.$slug ~~ ["sjobacka", "bergvik"]).sort(\.$slug).all()
        guard towns.count == 2 else { return }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .helsinki
        var random = SplitMix(seed: 2026)
        for (offset, seed) in DemoEvents.shared.enumerated() {
            let start = calendar.date(from: DateComponents(year: seed.start.year, month: seed.start.month, day: seed.start.day, hour: seed.start.hour))!
            let end = start.addingTimeInterval(Double(seed.hours) * 3600)
            let shared = SharedEvent(
                kind: seed.kind, title: seed.title, startsAt: start, endsAt: end, checkInCode: CheckInCode.generate(using: &random),
                createdAt: now)
            shared.place = seed.place
            shared.costCents = DemoCosts.sharedEventCosts.indices.contains(offset) ? DemoCosts.sharedEventCosts[offset] * 100 : nil
            try await shared.create(on: database)
            for town in towns {
                let tenant = TenantDatabase(organisationID: try town.requireID(), database: database)
                let part = EventRecord(
                    organisationID: tenant.organisationID, kind: seed.kind, title: seed.title, startsAt: start, endsAt: end,
                    checkInCode: shared.checkInCode)
                part.place = seed.place
                part.sharedEventID = shared.id
                try await tenant.create(part)
                let management = try await tenant.query(Person.self).filter(\.$managementLevel ~~ ["top", "middle"]).sort(\.$name).all()
                try await seedParticipation(part, invited: management.compactMap(\.id), pattern: 40 + offset, tenant: tenant, now: now)
            }
        }
    }
}
