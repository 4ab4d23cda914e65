import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// The programme owner's settings: programmes and their years, colour thresholds and
/// roll-up, development areas, locked years and carry-over, and the archive.
struct ProgrammeController: Sendable {
    func settings(_ request: Request) async throws -> Response {
        let programme = try await loadProgramme(request)
        return try await page(request, programme: programme, model: try Self.settingsModel(programme, request.localizer()))
    }

    /// The settings form filled with what is saved.
    static func settingsModel(_ programme: Programme, _ localizer: Localizer) throws -> ProgrammePage.Model {
        let settings = programme.settings
        return ProgrammePage.Model(
            id: try programme.requireID(), name: programme.name, startYear: String(programme.startYear), endYear: String(programme.endYear),
            green: localizer.number(settings.thresholds.green * 100), amber: localizer.number(settings.thresholds.amber * 100),
            rollUp: settings.rollUp, areas: [], years: [], anonymityK: String(programme.anonymityThreshold.k))
    }

    /// Saves name, years, thresholds and roll-up; a refused form comes back as typed.
    func update(_ request: Request) async throws -> Response {
        let programme = try await loadProgramme(request)
        let localizer = request.localizer()
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let name = request.form.localized("name", languages: languages)
        let startText = request.formField("start") ?? ""
        let endText = request.formField("end") ?? ""
        let green = request.formField("green"), amber = request.formField("amber")
        let rollUp = request.formField("rollUp").flatMap(RollUpMethod.init(rawValue:)) ?? .average
        var errors: [String] = []
        if name[languages[0]] == nil { errors.append(localizer(.programmeNameRequired(language: languages[0].nativeName))) }
        let years = Self.years(startText, endText)
        if years == nil { errors.append(localizer(.programmeYearsInvalid)) }
        let thresholds = ProgrammeSettings.parse(green: green, amber: amber)
        if thresholds == nil { errors.append(localizer(.programmeThresholdsInvalid)) }
        let kText = (request.formField("anonymityK") ?? "").trimmingCharacters(in: .whitespaces)
        let anonymity = Int(kText).flatMap { try? AnonymityThreshold($0) }
        if anonymity == nil { errors.append(localizer(.programmeAnonymityInvalid)) }
        guard errors.isEmpty, let years, let thresholds, let anonymity else {
            let model = ProgrammePage.Model(
                id: try programme.requireID(), name: name, startYear: startText, endYear: endText,
                green: green ?? "", amber: amber ?? "", rollUp: rollUp, areas: [], years: [], errors: errors,
                anonymityK: kText)
            return try await page(request, programme: programme, model: model, status: .unprocessableEntity)
        }
        let before = Self.auditSummary(programme.years, programme.settings.thresholds, programme.settings.rollUp, programme.anonymityThreshold)
        programme.name = name
        programme.startYear = years.lowerBound
        programme.endYear = years.upperBound
        programme.greenThreshold = thresholds.green
        programme.amberThreshold = thresholds.amber
        programme.rollUp = rollUp.rawValue
        programme.anonymityK = anonymity.k
        try await programme.save(on: request.db)
        try await request.audit(
            .programmeChanged, subject: localizer.text(name)?.text ?? "–", subjectID: programme.id, before: before,
            after: Self.auditSummary(years, thresholds, rollUp, anonymity))
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.programme(programme.id!).path)
    }

    /// A new programme starts with the article's five development areas, to edit freely.
    func create(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let name = request.form.localized("name", languages: languages)
        let start = request.formField("start") ?? "", end = request.formField("end") ?? ""
        guard name[languages[0]] != nil, let years = Self.years(start, end) else {
            // Back to the page the form was on, with what was typed.
            let form = NewProgrammeForm(name: name, start: start, end: end, error: localizer(.noticeProgrammeInvalid))
            guard let current = try await StrategyQuery.programme(tenant) else {
                var model = ManagementGroupPage.Model(programmeName: nil, years: "", areas: [], canCreateGoals: true)
                model.newProgramme = form
                return request.html(ManagementGroupPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
            }
            var model = try Self.settingsModel(current, localizer)
            model.newProgramme = form
            return try await page(request, programme: current, model: model, status: .unprocessableEntity)
        }
        let programme = Programme(organisationID: tenant.organisationID, name: name, startYear: years.lowerBound, endYear: years.upperBound)
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            try await tenant.create(programme)
            for (index, title) in DemoTown.fiveDevelopmentAreas.enumerated() {
                try await tenant.create(
                    DevelopmentArea(organisationID: organisationID, programmeID: try programme.requireID(), position: index + 1, title: title))
            }
        }
        try await request.audit(
            .programmeCreated, subject: localizer.text(name)?.text ?? "–", subjectID: programme.id,
            after: "\(years.lowerBound)–\(years.upperBound)")
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.programme(programme.id!).path)
    }

    func createArea(_ request: Request) async throws -> Response {
        let programme = try await loadProgramme(request)
        let tenant = try request.tenant
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let title = request.form.localized("title", languages: languages)
        guard title[languages[0]] != nil else {
            try await request.setNotice(.areaTitleMissing)
            return request.redirect(to: SiteRoute.programme(programme.id!).path + "#areas")
        }
        let position = (try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).max(\.$position) ?? 0) + 1
        let area = DevelopmentArea(organisationID: tenant.organisationID, programmeID: try programme.requireID(), position: position, title: title)
        try await tenant.create(area)
        try await request.audit(.areaChanged, subject: request.localizer().text(title)?.text ?? "–", subjectID: area.id, after: "+")
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.programme(programme.id!).path + "#areas")
    }

    func updateArea(_ request: Request) async throws -> Response {
        let area = try await loadArea(request)
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let title = request.form.localized("title", languages: languages)
        guard title[languages[0]] != nil else {
            try await request.setNotice(.areaTitleMissing)
            return request.redirect(to: SiteRoute.programme(area.$programme.id).path + "#areas")
        }
        let localizer = request.localizer()
        let before = localizer.text(area.title)?.text
        area.title = title
        try await area.save(on: request.db)
        try await request.audit(
            .areaChanged, subject: localizer.text(title)?.text ?? "–", subjectID: area.id, before: before, after: localizer.text(title)?.text)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.programme(area.$programme.id).path + "#areas")
    }

    /// Swaps the area with its neighbour (archived areas keep their place out of sight).
    func moveArea(_ request: Request) async throws -> Response {
        let area = try await loadArea(request)
        let tenant = try request.tenant
        let offset = request.formField("offset").flatMap { Int($0) }.map { $0 < 0 ? -1 : 1 } ?? 1
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == area.$programme.id).filter(\.$archivedAt == nil)
            .sort(\.$position).all()
        let order = Reordering.move(try area.requireID(), by: offset, in: areas.map { $0.id! })
        let positions = areas.map(\.position).sorted()
        try await request.db.transaction { database in
            for (id, position) in zip(order, positions) {
                guard let moved = areas.first(where: { $0.id == id }), moved.position != position else { continue }
                moved.position = position
                try await moved.save(on: database)
            }
        }
        return request.redirect(to: SiteRoute.programme(area.$programme.id).path + "#areas")
    }

    /// Unlocks an ended year so its measurements can be corrected, or locks it again.
    func setPeriodLock(_ request: Request) async throws -> Response {
        let programme = try await loadProgramme(request)
        let tenant = try request.tenant
        guard let year = request.parameters.get("year", as: Int.self), programme.years.contains(year) else { throw Abort(.notFound) }
        let unlock = request.formField("action") == "unlock"
        let existing = try await tenant.query(PeriodUnlock.self).filter(\.$programme.$id == programme.requireID()).filter(\.$year == year).first()
        let subject = (request.localizer().text(programme.name)?.text ?? "–") + " \(year)"
        if unlock, existing == nil {
            try await tenant.create(
                PeriodUnlock(
                    organisationID: tenant.organisationID, programmeID: try programme.requireID(), year: year,
                    unlockedBy: request.state.user?.name ?? "–", unlockedAt: request.now))
            try await request.audit(.periodUnlocked, subject: subject, subjectID: programme.id)
        } else if !unlock, let existing {
            try await existing.delete(on: request.db)
            try await request.audit(.periodLocked, subject: subject, subjectID: programme.id)
        }
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.programme(programme.id!).path + "#years")
    }

    /// Copies the unfinished goals ending in `year` into the next year, each with its
    /// responsible persons and its indicators (starting from their last value).
    func carryOver(_ request: Request) async throws -> Response {
        let programme = try await loadProgramme(request)
        guard let year = request.parameters.get("year", as: Int.self), programme.years.contains(year) else { throw Abort(.notFound) }
        guard programme.years.contains(year + 1) else {
            try await request.setNotice(.carryOverNeedsYear)
            return request.redirect(to: SiteRoute.programme(programme.id!).path + "#years")
        }
        let tenant = try request.tenant
        let timeZone = request.application.config.timeZone
        let candidates = try await Self.carryCandidates(tenant, programme: programme, timeZone: timeZone)
        let goals = candidates.goals
        let indicators = try await tenant.query(Indicator.self).filter(\.$goal.$id ~~ goals.compactMap(\.id)).all()
        let measurements =
            indicators.isEmpty
            ? []
            : try await tenant.query(MeasurementRecord.self)
                .filter(\.$indicator.$id ~~ indicators.compactMap(\.id)).filter(\.$replacedAt == nil).all()
        let valuesByIndicator = Dictionary(grouping: measurements, by: { $0.$indicator.id })
        let indicatorsByGoal = Dictionary(grouping: indicators, by: { $0.$goal.id })
        let plan = CarryOver.plan(
            goals.map { goal in
                CarryOver.Goal(
                    id: goal.id!, status: goal.status, isArchived: goal.archivedAt != nil,
                    indicators: (indicatorsByGoal[goal.id!] ?? []).map {
                        CarryOver.Indicator(id: $0.id!, definition: $0.definition, measurements: (valuesByIndicator[$0.id!] ?? []).map(\.measurement))
                    },
                    endYear: goal.endDate.map { Self.year(of: $0, timeZone) }, hasBeenCarriedOver: candidates.carried.contains(goal.id!))
            }, endingIn: year)
        let responsibles = Dictionary(
            grouping: try await tenant.query(GoalResponsible.self).filter(\.$goal.$id ~~ plan.map(\.sourceGoalID)).all(),
            by: { $0.$goal.id })
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            try await Self.writeCopies(
                plan, of: goals, indicators: indicators, responsibles: responsibles, into: year + 1, timeZone: timeZone,
                tenant: TenantDatabase(organisationID: organisationID, database: database))
        }
        try await request.audit(
            .goalsCarriedOver, subject: (request.localizer().text(programme.name)?.text ?? "–") + " \(year) → \(year + 1)",
            subjectID: programme.id, after: String(plan.count))
        try await request.setNotice(.carriedOver)
        return request.redirect(to: SiteRoute.programme(programme.id!).path + "#years")
    }

    /// The carried-over goals in `nextYear`, with their responsible persons and their indicators'
    /// definitions (not their measurements), inside the caller's transaction.
    private static func writeCopies(
        _ plan: [CarryOver.Copy], of goals: [ResultGoal], indicators: [Indicator], responsibles: [UUID: [GoalResponsible]], into nextYear: Int,
        timeZone: TimeZone, tenant: TenantDatabase
    ) async throws {
        let organisationID = tenant.organisationID
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        for copy in plan {
            guard let source = goals.first(where: { $0.id == copy.sourceGoalID }) else { continue }
            let goal = ResultGoal(organisationID: organisationID, areaID: source.$area.id, position: source.position, title: source.title)
            goal.goalDescription = source.goalDescription
            goal.startDate = calendar.date(from: DateComponents(year: nextYear, month: 1, day: 1, hour: 12))
            goal.endDate = source.endDate.flatMap { calendar.date(byAdding: .year, value: 1, to: $0) }
            goal.carriedFromID = source.id
            try await tenant.create(goal)
            for responsible in responsibles[copy.sourceGoalID] ?? [] {
                try await tenant.create(GoalResponsible(organisationID: organisationID, goalID: try goal.requireID(), personID: responsible.$person.id))
            }
            for copied in copy.indicators {
                guard let old = indicators.first(where: { $0.id == copied.sourceIndicatorID }) else { continue }
                let indicator = Indicator(
                    organisationID: organisationID, goalID: try goal.requireID(), name: old.name, unit: old.unit,
                    baseline: copied.definition.baseline, target: copied.definition.target, direction: copied.definition.direction)
                indicator.weight = copied.definition.weight
                indicator.frequencyCode = old.frequencyCode
                try await tenant.create(indicator)
            }
        }
    }

    // MARK: - Archive

    func archive(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let areas = try await tenant.query(DevelopmentArea.self).all()
        let areaTitles = Dictionary(uniqueKeysWithValues: areas.map { ($0.id!, $0.title) })
        let goals = try await tenant.query(ResultGoal.self).all()
        let goalTitles = Dictionary(uniqueKeysWithValues: goals.map { ($0.id!, $0.title) })
        var items: [ArchivePage.Item] = []
        items += areas.compactMap { area in
            area.archivedAt.map { ArchivePage.Item(kind: "area", id: area.id!, title: area.title, context: nil, archivedAt: $0) }
        }
        items += goals.compactMap { goal in
            goal.archivedAt.map { ArchivePage.Item(kind: "goal", id: goal.id!, title: goal.title, context: areaTitles[goal.$area.id], archivedAt: $0) }
        }
        items += try await tenant.query(Indicator.self).filter(\.$archivedAt != nil).all().map { indicator in
            ArchivePage.Item(
                kind: "indicator", id: indicator.id!, title: indicator.name, context: goalTitles[indicator.$goal.id], archivedAt: indicator.archivedAt!)
        }
        items += try await tenant.query(Initiative.self).filter(\.$archivedAt != nil).all().map { initiative in
            ArchivePage.Item(kind: "initiative", id: initiative.id!, title: initiative.title, context: nil, archivedAt: initiative.archivedAt!)
        }
        return request.html(ArchivePage.render(items.sorted { $0.archivedAt > $1.archivedAt }, context: try await request.pageContext()))
    }

    /// Archives or restores one area, goal, indicator or initiative. Nothing is deleted.
    func archiveItem(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let kind = request.formField("kind") ?? ""
        let id = request.form.id("id")
        let restore = request.formField("action") == "restore"
        let localizer = request.localizer()
        var state: ArchiveState, title: LocalizedText, back: String
        let apply: (Date?) async throws -> Void
        switch kind {
        case "area":
            guard let area = try await tenant.find(DevelopmentArea.self, id) else { throw Abort(.notFound) }
            (state, title, back) = (ArchiveState(archivedAt: area.archivedAt), area.title, SiteRoute.programme(area.$programme.id).path + "#areas")
            apply = {
                area.archivedAt = $0; try await area.save(on: request.db)
            }
        case "goal":
            guard let goal = try await tenant.find(ResultGoal.self, id) else { throw Abort(.notFound) }
            (state, title, back) = (ArchiveState(archivedAt: goal.archivedAt), goal.title, SiteRoute.goal(goal.id!).path)
            apply = {
                goal.archivedAt = $0; try await goal.save(on: request.db)
            }
        case "indicator":
            guard let indicator = try await tenant.find(Indicator.self, id) else { throw Abort(.notFound) }
            (state, title, back) = (ArchiveState(archivedAt: indicator.archivedAt), indicator.name, SiteRoute.goal(indicator.$goal.id).path + "#indicators")
            apply = {
                indicator.archivedAt = $0; try await indicator.save(on: request.db)
            }
        case "initiative":
            guard let initiative = try await tenant.find(Initiative.self, id) else { throw Abort(.notFound) }
            (state, title, back) = (ArchiveState(archivedAt: initiative.archivedAt), initiative.title, SiteRoute.initiative(initiative.id!).path)
            apply = {
                initiative.archivedAt = $0; try await initiative.save(on: request.db)
            }
        default:
            throw Abort(.badRequest)
        }
        do {
            if restore { try state.restore() } else { try state.archive(at: request.now, by: request.state.user?.name ?? "–") }
        } catch {
            // Archived twice (two tabs): nothing to do, show where it is now.
            return request.redirect(to: restore ? back : SiteRoute.strategyArchive.path)
        }
        try await apply(state.archivedAt)
        try await request.audit(restore ? .itemRestored : .itemArchived, subject: localizer.text(title)?.text ?? "–", subjectID: id, after: kind)
        try await request.setNotice(restore ? .restored : .archived)
        return request.redirect(to: restore ? back : SiteRoute.strategyArchive.path)
    }

    // MARK: -

    private func page(_ request: Request, programme: Programme, model: ProgrammePage.Model, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let programmeID = try programme.requireID()
        let localizer = request.localizer()
        let timeZone = request.application.config.timeZone
        var model = model
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programmeID).filter(\.$archivedAt == nil).sort(\.$position).all()
        let goals = try await tenant.query(ResultGoal.self).filter(\.$area.$id ~~ areas.compactMap(\.id)).filter(\.$archivedAt == nil).all()
        let goalCounts = Dictionary(grouping: goals, by: { $0.$area.id }).mapValues(\.count)
        model.areas = areas.map { ProgrammePage.AreaRow(id: $0.id!, title: $0.title, goalCount: goalCounts[$0.id!] ?? 0) }
        let unlocks = Dictionary(
            uniqueKeysWithValues: try await tenant.query(PeriodUnlock.self).filter(\.$programme.$id == programmeID).all().map { ($0.year, $0) })
        let candidates = try await Self.carryCandidates(tenant, programme: programme, timeZone: timeZone)
        let carryCounts = Dictionary(
            grouping: candidates.goals.filter { !candidates.carried.contains($0.id!) && $0.status != .done },
            by: { Self.year(of: $0.endDate!, timeZone) }
        ).mapValues(\.count)
        model.years = programme.years.map { year in
            let period = ProgrammePeriod(year: year)
            let state: ProgrammePage.YearState =
                !period.hasEnded(at: request.now, in: timeZone)
                ? .open
                : unlocks[year].map { .unlocked(by: $0.unlockedBy, at: $0.unlockedAt) } ?? .locked
            return ProgrammePage.YearRow(year: year, state: state, goalsToCarry: carryCounts[year] ?? 0, canCarry: programme.years.contains(year + 1))
        }
        model.otherProgrammes = try await tenant.query(Programme.self).filter(\.$id != programmeID).sort(\.$startYear, .descending).all()
            .map { SelectChoice(id: $0.id!, label: (localizer.text($0.name)?.text ?? "–") + " \($0.startYear)–\($0.endYear)") }
        return request.html(ProgrammePage.render(model, context: try await request.pageContext()), status: status)
    }

    /// The programme's goals with an end date (only those can be carried), and which of
    /// them already have a copy.
    static func carryCandidates(_ tenant: TenantDatabase, programme: Programme, timeZone: TimeZone) async throws -> (goals: [ResultGoal], carried: Set<UUID>) {
        let areaIDs = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).all().compactMap(\.id)
        let goals = try await tenant.query(ResultGoal.self).filter(\.$area.$id ~~ areaIDs).all()
        let carried = Set(goals.compactMap(\.carriedFromID))
        return (goals.filter { $0.endDate != nil && $0.archivedAt == nil }, carried)
    }

    static func year(of date: Date, _ timeZone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.component(.year, from: date)
    }

    /// "2025–2027, 70/40 %, average, k=5": what the audit log shows of a programme's settings
    /// (the roll-up code is translated there).
    static func auditSummary(_ years: ClosedRange<Int>, _ thresholds: ColourThresholds, _ rollUp: RollUpMethod, _ anonymity: AnonymityThreshold) -> String {
        "\(years.lowerBound)–\(years.upperBound), \(Int((thresholds.green * 100).rounded()))/\(Int((thresholds.amber * 100).rounded())) %, \(rollUp.rawValue), k=\(anonymity.k)"
    }

    /// "2025" and "2027" → 2025...2027; a programme of 1–10 years between 2000 and 2100.
    static func years(_ start: String, _ end: String) -> ClosedRange<Int>? {
        guard let first = Int(start.trimmingCharacters(in: .whitespaces)), let last = Int(end.trimmingCharacters(in: .whitespaces)),
            (2000...2100).contains(first), first <= last, last - first < 10
        else { return nil }
        return first...last
    }

    private func loadProgramme(_ request: Request) async throws -> Programme {
        guard let programme = try await request.tenant.find(Programme.self, request.parameters.uuid("programmeID")) else { throw Abort(.notFound) }
        return programme
    }

    private func loadArea(_ request: Request) async throws -> DevelopmentArea {
        guard let area = try await request.tenant.find(DevelopmentArea.self, request.parameters.uuid("areaID")) else { throw Abort(.notFound) }
        return area
    }
}
