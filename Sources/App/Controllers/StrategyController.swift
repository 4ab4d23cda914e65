import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// The management-group view and result goals' status reports.
struct StrategyController: Sendable {
    func managementGroup(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let canManage = request.state.membership?.roles.contains(.programmeOwner) == true
        guard let programme = try await StrategyQuery.programme(tenant, id: request.query[UUID.self, at: "programme"]) else {
            let model = ManagementGroupPage.Model(programmeName: nil, years: "", areas: [], canCreateGoals: canManage)
            return request.html(ManagementGroupPage.render(model, context: try await request.pageContext()))
        }
        let overview = try await StrategyQuery.overview(tenant, programme: programme, now: request.now, timeZone: request.application.config.timeZone)
        let model = StrategyQuery.managementGroupModel(overview, programme: programme, canManage: canManage)
        return request.html(ManagementGroupPage.render(model, context: try await request.pageContext()))
    }

    func goal(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        return try await goalPage(request, goal: goal)
    }

    func updateStatus(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        guard try await canUpdate(request, goal: goal) else { throw Abort(.forbidden) }
        let form = request.form
        guard let status = form["status"].flatMap(GoalStatus.init(rawValue:)) else { throw Abort(.badRequest) }
        let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if status.requiresComment && comment.isEmpty {
            return try await goalPage(
                request, goal: goal, draftStatus: status, draftComment: comment,
                error: request.localizer()(.goalCommentRequired), status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        let update = GoalStatusUpdate(
            organisationID: tenant.organisationID, goalID: try goal.requireID(), status: status,
            comment: comment.isEmpty ? nil : String(comment.prefix(2_000)),
            authorUserID: request.state.user?.id, authorName: request.state.user?.name ?? "–", at: request.now)
        goal.statusCode = status.rawValue
        try await request.db.transaction { database in
            try await TenantDatabase(organisationID: tenant.organisationID, database: database).create(update)
            try await goal.save(on: database)
        }
        try await request.audit(
            .goalStatusReported, subject: request.localizer().text(goal.title)?.text ?? "–", subjectID: goal.id,
            after: request.localizer()(status.titleKey))
        try await request.setNotice(.statusSaved)
        // The quick form on the start page returns there.
        if request.formField("return") == "home" { return request.redirect(to: SiteRoute.home.path + "#my-responsibilities") }
        return request.redirect(to: SiteRoute.goal(goal.id!).path)
    }

    func newGoalForm(_ request: Request) async throws -> Response {
        let areaID = request.query[UUID.self, at: "area"]
        return try await goalForm(request, model: GoalFormPage.Model(areas: [], people: [], areaID: areaID))
    }

    /// The programme owner creates a result goal under one of the programme's areas.
    func createGoal(_ request: Request) async throws -> Response {
        try await saveGoal(request, goal: nil)
    }

    func editGoalForm(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        let responsibles = try await request.tenant.query(GoalResponsible.self).filter(\.$goal.$id == goal.requireID()).all()
        let model = GoalFormPage.Model(
            areas: [], people: [], areaID: goal.$area.id, title: goal.title, description: goal.goalDescription ?? LocalizedText(),
            responsibleIDs: Set(responsibles.map { $0.$person.id }), start: Self.dateText(goal.startDate, request),
            end: Self.dateText(goal.endDate, request), goalID: goal.id)
        return try await goalForm(request, model: model)
    }

    func updateGoal(_ request: Request) async throws -> Response {
        try await saveGoal(request, goal: try await loadGoal(request))
    }

    /// Creates a goal (`goal` nil) or changes one: title and description per language,
    /// responsible persons, area, start and end. A refused form comes back as typed.
    private func saveGoal(_ request: Request, goal existing: ResultGoal?) async throws -> Response {
        let tenant = try request.tenant
        let form = request.form
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let title = request.form.localized("title", languages: languages), description = request.form.localized("description", languages: languages)
        let responsibleIDs = Set(form.values("responsible").compactMap(UUID.init(uuidString:)))
        let timeZone = request.application.config.timeZone
        let start = Self.date(form["start"], timeZone: timeZone), end = Self.date(form["end"], timeZone: timeZone)
        let localizer = request.localizer()
        var errors: [String] = []
        if title[languages[0]] == nil { errors.append(localizer(.goalTitleRequired(language: languages[0].nativeName))) }
        let people = try await tenant.query(Person.self).filter(\.$id ~~ responsibleIDs).all()
        if people.isEmpty || people.count != responsibleIDs.count { errors.append(localizer(.goalResponsibleRequired)) }
        if let start, let end, end < start { errors.append(localizer(.goalDatesInvalid)) }
        guard let area = try await tenant.find(DevelopmentArea.self, form.id("area")) else { throw Abort(.badRequest) }
        guard errors.isEmpty else {
            let model = GoalFormPage.Model(
                areas: [], people: [], areaID: form.id("area"), title: title, description: description,
                responsibleIDs: responsibleIDs, start: form["start"] ?? "", end: form["end"] ?? "", errors: errors,
                goalID: existing?.id)
            return try await goalForm(request, model: model, status: .unprocessableEntity)
        }
        let goal: ResultGoal
        if let existing {
            goal = existing
            if goal.$area.id != area.id {
                goal.$area.id = try area.requireID()
                goal.position = (try await tenant.query(ResultGoal.self).filter(\.$area.$id == area.requireID()).max(\.$position) ?? 0) + 1
            }
            goal.title = title
        } else {
            let position = (try await tenant.query(ResultGoal.self).filter(\.$area.$id == area.requireID()).max(\.$position) ?? 0) + 1
            goal = ResultGoal(organisationID: tenant.organisationID, areaID: try area.requireID(), position: position, title: title)
        }
        goal.goalDescription = description.isEmpty ? nil : description
        goal.startDate = start
        goal.endDate = end
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            if existing == nil { try await tenant.create(goal) } else { try await goal.save(on: database) }
            let current = try await tenant.query(GoalResponsible.self).filter(\.$goal.$id == goal.requireID()).all()
            for responsible in current where !responsibleIDs.contains(responsible.$person.id) { try await responsible.delete(on: database) }
            for person in people where !current.contains(where: { $0.$person.id == person.id }) {
                try await tenant.create(GoalResponsible(organisationID: organisationID, goalID: try goal.requireID(), personID: try person.requireID()))
            }
        }
        try await request.audit(
            existing == nil ? .goalCreated : .goalChanged, subject: localizer.text(title)?.text ?? "–", subjectID: goal.id,
            after: people.map(\.name).sorted().joined(separator: ", "))
        try await request.setNotice(existing == nil ? .goalCreated : .saved)
        return request.redirect(to: SiteRoute.goal(goal.id!).path)
    }

    static func dateText(_ date: Date?, _ request: Request) -> String {
        guard let date else { return "" }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = request.application.config.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: date)
    }

    private func goalForm(_ request: Request, model: GoalFormPage.Model, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        var model = model
        let programme = try await StrategyQuery.programme(tenant)
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == (programme?.id ?? UUID())).filter(\.$archivedAt == nil)
            .sort(\.$position).all()
        model.areas = areas.enumerated().map { index, area in
            GoalFormPage.Choice(id: area.id!, label: "\(index + 1). " + (localizer.text(area.title)?.text ?? "–"))
        }
        let levels = [ManagementLevel.top.rawValue, ManagementLevel.middle.rawValue]
        model.people = try await tenant.query(Person.self).filter(\.$managementLevel ~~ levels).sort(\.$name).all()
            .map { person in GoalFormPage.Choice(id: person.id!, label: person.title.map { "\(person.name), \($0)" } ?? person.name) }
        return request.html(GoalFormPage.render(model, context: try await request.pageContext()), status: status)
    }

    /// An indicator's form, as typed and, when it holds, as values.
    private struct IndicatorInput {
        struct Values {
            var name: LocalizedText, unit: String, baseline: Double, target: Double, weight: Double
            var frequency: MeasurementFrequency, direction: PreferredDirection
        }

        let draft: IndicatorDraft
        /// nil when refused: a name in the first language, a baseline and a target are
        /// needed; the weight, when given, lies within 0...1,000.
        let values: Values?

        init(_ request: Request) throws {
            let form = request.form
            let languages = request.state.organisation?.contentLanguages ?? [.swedish]
            let name = request.form.localized("name", languages: languages)
            draft = IndicatorDraft(
                name: name, unit: form["unit"] ?? "", baseline: form["baseline"] ?? "", target: form["target"] ?? "", weight: form["weight"] ?? "",
                frequency: form["frequency"].flatMap(MeasurementFrequency.init(rawValue:)) ?? .quarterly,
                direction: form["direction"].flatMap(PreferredDirection.init(rawValue:)) ?? .up)
            let weight = draft.weight.trimmingCharacters(in: .whitespaces).isEmpty ? 1 : StrategyController.number(draft.weight)
            guard name[languages[0]] != nil, let baseline = StrategyController.number(draft.baseline), let target = StrategyController.number(draft.target),
                let weight, weight >= 0, weight <= 1_000
            else {
                values = nil
                return
            }
            values = Values(
                name: name, unit: String(draft.unit.trimmingCharacters(in: .whitespaces).prefix(20)), baseline: baseline, target: target,
                weight: weight, frequency: draft.frequency, direction: draft.direction)
        }

        func apply(to indicator: Indicator) {
            guard let values else { return }
            indicator.name = values.name
            indicator.unit = values.unit
            indicator.baseline = values.baseline
            indicator.target = values.target
            indicator.weight = values.weight
            indicator.frequencyCode = values.frequency.rawValue
            indicator.direction = values.direction.rawValue
        }
    }

    /// The programme owner adds an indicator to a goal; a refused one comes back as typed.
    func createIndicator(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        let input = try IndicatorInput(request)
        guard let values = input.values else {
            return try await goalPage(
                request, goal: goal, indicatorError: request.localizer()(.indicatorInvalid), indicatorDraft: input.draft,
                status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        let indicator = Indicator()
        indicator.$organisation.id = tenant.organisationID
        indicator.$goal.id = try goal.requireID()
        input.apply(to: indicator)
        try await tenant.create(indicator)
        try await request.audit(.indicatorCreated, subject: request.localizer().text(values.name)?.text ?? "–", subjectID: indicator.id)
        return request.redirect(to: SiteRoute.goal(goal.id!).path + "#indicators")
    }

    func editIndicatorForm(_ request: Request) async throws -> Response {
        let (indicator, goal) = try await loadIndicator(request)
        let draft = IndicatorDraft(
            name: indicator.name, unit: indicator.unit, baseline: Self.formNumber(indicator.baseline, request),
            target: Self.formNumber(indicator.target, request), weight: Self.formNumber(indicator.weight, request),
            frequency: indicator.frequency,
            direction: PreferredDirection(rawValue: indicator.direction) ?? .up)
        return try await indicatorForm(request, indicator: indicator, goal: goal, draft: draft)
    }

    /// The programme owner corrects an indicator; its measurements stay, and its progress is
    /// worked out anew from them. A refused form comes back as typed.
    func updateIndicator(_ request: Request) async throws -> Response {
        let (indicator, goal) = try await loadIndicator(request)
        let input = try IndicatorInput(request)
        guard input.values != nil else {
            return try await indicatorForm(
                request, indicator: indicator, goal: goal, draft: input.draft,
                errors: [request.localizer()(.indicatorInvalid)], status: .unprocessableEntity)
        }
        let localizer = request.localizer()
        // Decimal points, not commas: the audit log reads a comma as a list's separator.
        func summary() -> String {
            "\(localizer.text(indicator.name)?.text ?? "–"): \(Self.plainNumber(indicator.baseline))–\(Self.plainNumber(indicator.target)) \(indicator.unit)"
                .trimmingCharacters(in: .whitespaces)
        }
        let before = summary()
        input.apply(to: indicator)
        try await indicator.save(on: request.db)
        try await request.audit(
            .indicatorChanged, subject: localizer.text(indicator.name)?.text ?? "–", subjectID: indicator.id,
            before: before, after: summary())
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.goal(goal.id!).path + "#indicators")
    }

    /// The indicator named in the path and its goal, both of this organisation; archived
    /// ones are not changed (they are restored from the archive first).
    private func loadIndicator(_ request: Request) async throws -> (Indicator, ResultGoal) {
        let tenant = try request.tenant
        guard let id = request.parameters.uuid("indicatorID"), let indicator = try await tenant.find(Indicator.self, id), indicator.archivedAt == nil,
            let goal = try await tenant.find(ResultGoal.self, indicator.$goal.id)
        else { throw Abort(.notFound) }
        return (indicator, goal)
    }

    private func indicatorForm(
        _ request: Request, indicator: Indicator, goal: ResultGoal, draft: IndicatorDraft, errors: [String] = [],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let model = IndicatorFormPage.Model(
            indicatorID: try indicator.requireID(), goalID: try goal.requireID(), goalTitle: goal.title,
            draft: draft, errors: errors)
        return request.html(IndicatorFormPage.render(model, context: try await request.pageContext()), status: status)
    }

    /// A number as a form shows it to be typed again: no grouping, a decimal comma in
    /// Swedish and Finnish (`number` reads either).
    static func formNumber(_ value: Double, _ request: Request) -> String {
        let text = plainNumber(value)
        return request.state.language == .english ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// "12", "12.5": whole numbers without ".0".
    static func plainNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A responsible person (or the owner) records a value, unless its year is locked or the
    /// indicator archived.
    func recordMeasurement(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let id = request.parameters.uuid("indicatorID"),
            let indicator = try await tenant.find(Indicator.self, id), indicator.archivedAt == nil,
            let goal = try await tenant.find(ResultGoal.self, indicator.$goal.id)
        else { throw Abort(.notFound) }
        guard try await canUpdate(request, goal: goal) else { throw Abort(.forbidden) }
        let form = request.form
        let timeZone = request.application.config.timeZone
        let typed = MeasurementDraft(formFor: id, date: form["date"] ?? "", value: form["value"] ?? "", comment: form["comment"] ?? "")
        guard let date = Self.date(form["date"], timeZone: timeZone), let value = Self.number(form["value"]) else {
            return try await goalPage(
                request, goal: goal, indicatorError: request.localizer()(.measurementInvalid), measurementDraft: typed,
                status: .unprocessableEntity)
        }
        let period = try await Self.period(of: date, goal: goal, request)
        guard period.acceptsMeasurements(at: request.now, in: timeZone) else {
            return try await goalPage(
                request, goal: goal, indicatorError: request.localizer()(.periodLocked(year: String(period.year))),
                measurementDraft: typed, status: .unprocessableEntity)
        }
        let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let record = MeasurementRecord(
            organisationID: tenant.organisationID, indicatorID: id, date: date, value: value,
            comment: comment.isEmpty ? nil : String(comment.prefix(1_000)),
            recordedBy: request.state.user?.name ?? "–", recordedAt: request.now)
        try await tenant.create(record)
        try await request.audit(
            .measurementRecorded, subject: request.localizer().text(indicator.name)?.text ?? "–", subjectID: id,
            after: "\(form["date"] ?? ""): \(value)")
        try await request.setNotice(.measurementSaved)
        return request.redirect(to: SiteRoute.goal(goal.id!).path + "#indicators")
    }

    /// "4,5" and "4.5" alike; spaces as thousands separators allowed. At most a thousand
    /// million million either way: no indicator counts more, and sums and spans of such
    /// numbers stay finite.
    static func number(_ text: String?) -> Double? {
        guard let text else { return nil }
        let cleaned = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: ",", with: ".")
        return cleaned.isEmpty ? nil : Double(cleaned).flatMap { $0.isFinite && abs($0) <= 1e15 ? $0 : nil }
    }

    /// A day as typed, at noon: clear of time-zone edges.
    static func date(_ text: String?, timeZone: TimeZone) -> Date? {
        text.flatMap { CalendarDay.date(day: $0.trimmingCharacters(in: .whitespaces), time: "12:00", in: timeZone) }
    }

    /// The year `date` falls in, as a period of the goal's programme: locked once over,
    /// unless the owner unlocked it.
    static func period(of date: Date, goal: ResultGoal, _ request: Request) async throws -> ProgrammePeriod {
        let year = ProgrammeController.year(of: date, request.application.config.timeZone)
        let tenant = try request.tenant
        guard let area = try await tenant.find(DevelopmentArea.self, goal.$area.id) else { return ProgrammePeriod(year: year) }
        let unlocked = try await tenant.query(PeriodUnlock.self).filter(\.$programme.$id == area.$programme.id).filter(\.$year == year).first() != nil
        return ProgrammePeriod(year: year, isUnlocked: unlocked)
    }

    /// Replaces a value: the new row takes its place, the old one is kept (marked replaced)
    /// and the change is audited with both values. Locked years cannot be corrected.
    func correctMeasurement(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let old = try await tenant.find(MeasurementRecord.self, request.parameters.uuid("measurementID")),
            old.replacedAt == nil,
            let indicator = try await tenant.find(Indicator.self, old.$indicator.id), indicator.archivedAt == nil,
            let goal = try await tenant.find(ResultGoal.self, indicator.$goal.id)
        else { throw Abort(.notFound) }
        guard try await canUpdate(request, goal: goal) else { throw Abort(.forbidden) }
        let form = request.form
        let localizer = request.localizer()
        let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let typed = MeasurementDraft(formFor: try old.requireID(), value: form["value"] ?? "", comment: form["comment"] ?? "")
        guard let value = Self.number(form["value"]), !comment.isEmpty else {
            return try await goalPage(
                request, goal: goal, indicatorError: localizer(.measurementCorrectionInvalid), measurementDraft: typed,
                status: .unprocessableEntity)
        }
        let period = try await Self.period(of: old.date, goal: goal, request)
        guard period.acceptsMeasurements(at: request.now, in: request.application.config.timeZone) else {
            return try await goalPage(
                request, goal: goal, indicatorError: localizer(.periodLocked(year: String(period.year))), measurementDraft: typed,
                status: .unprocessableEntity)
        }
        let replacement = MeasurementRecord(
            organisationID: tenant.organisationID, indicatorID: try indicator.requireID(), date: old.date, value: value,
            comment: String(comment.prefix(1_000)), recordedBy: request.state.user?.name ?? "–", recordedAt: request.now)
        replacement.replacesID = old.id
        old.replacedAt = request.now
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            try await old.save(on: database)
            try await TenantDatabase(organisationID: organisationID, database: database).create(replacement)
        }
        try await request.audit(
            .measurementCorrected, subject: localizer.text(indicator.name)?.text ?? "–", subjectID: indicator.id,
            before: "\(Self.dateText(old.date, request)): \(old.value)", after: "\(Self.dateText(old.date, request)): \(value) (\(comment))")
        try await request.setNotice(.measurementSaved)
        return request.redirect(to: SiteRoute.goal(goal.id!).path + "#indicators")
    }

    // MARK: -

    private func loadGoal(_ request: Request) async throws -> ResultGoal {
        guard let id = request.parameters.uuid("goalID"),
            let goal = try await request.tenant.find(ResultGoal.self, id)
        else { throw Abort(.notFound) }
        return goal
    }

    /// The programme owner, or a manager who is one of the goal's responsible persons.
    private func canUpdate(_ request: Request, goal: ResultGoal) async throws -> Bool {
        let roles = request.state.membership?.roles ?? []
        if roles.contains(.programmeOwner) { return true }
        guard roles.contains(.manager), let personID = request.state.membership?.$person.id else { return false }
        return try await request.tenant.query(GoalResponsible.self)
            .filter(\.$goal.$id == goal.requireID()).filter(\.$person.$id == personID).first() != nil
    }

    private func goalPage(
        _ request: Request, goal: ResultGoal, draftStatus: GoalStatus? = nil, draftComment: String = "",
        error: String? = nil, indicatorError: String? = nil, indicatorDraft: IndicatorDraft? = nil,
        measurementDraft: MeasurementDraft? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let tenant = try request.tenant
        let goalID = try goal.requireID()
        let timeZone = request.application.config.timeZone
        let area = try await tenant.find(DevelopmentArea.self, goal.$area.id)
        let programme = try await tenant.find(Programme.self, area?.$programme.id)
        let settings = programme?.settings ?? .standard
        let unlockedYears = Set(try await tenant.query(PeriodUnlock.self).filter(\.$programme.$id == (programme?.id ?? UUID())).all().map(\.year))
        let responsibles = try await tenant.query(GoalResponsible.self).filter(\.$goal.$id == goalID).with(\.$person).all()
        // The programme's years by default (`?years=all`: every year): a goal carried through
        // several programmes would otherwise show, and read, decades of values and reports.
        let (scope, from) = request.yearScope(programme)
        var historyQuery = tenant.query(GoalStatusUpdate.self).filter(\.$goal.$id == goalID)
        if let from { historyQuery = historyQuery.filter(\.$at >= from) }
        let history = try await historyQuery.sort(\.$at, .descending).all()
        let indicators = try await tenant.query(Indicator.self).filter(\.$goal.$id == goalID).filter(\.$archivedAt == nil).all()
        // A correction keeps its value's date, so a value and those it replaced are all in the
        // years shown or all outside them.
        let records = try await StoredMeasurement.all(of: indicators.compactMap(\.id), from: from, in: tenant)
        let byIndicator = Dictionary(grouping: records, by: \.indicatorID)
        // Progress and "a value is due" go by an indicator's latest value, which for one without
        // a value in these years lies before them.
        var earlierLatest: [UUID: StoredMeasurement] = [:]
        if let from {
            for indicator in indicators where !(byIndicator[indicator.id!] ?? []).contains(where: { $0.replacedAt == nil }) {
                earlierLatest[indicator.id!] = try await StoredMeasurement.latest(of: indicator.requireID(), before: from, in: tenant)
            }
        }
        let links = try await tenant.query(InitiativeGoal.self).filter(\.$goal.$id == goalID).with(\.$initiative).all()
            .filter { $0.initiative.archivedAt == nil }
        let milestones = links.isEmpty ? [] : try await tenant.query(MilestoneRecord.self).filter(\.$initiative.$id ~~ links.map { $0.$initiative.id }).all()
        let dates = [goal.startDate, goal.endDate].compactMap { $0 }.map { request.localizer().date($0) }
        var model = GoalPage.Model(
            id: goalID, title: goal.title, areaTitle: area?.title ?? LocalizedText(),
            responsiblePersons: responsibles.map(\.person.name).sorted(), status: goal.status,
            history: history.map(\.report), canUpdate: try await canUpdate(request, goal: goal),
            indicators: indicators.map { indicator in
                let all = byIndicator[indicator.id!] ?? []
                let current = all.filter { $0.replacedAt == nil }
                let latest = current + [earlierLatest[indicator.id!]].compactMap { $0 }
                let progress = indicator.definition.progress(of: latest.map(\.measurement))
                return IndicatorView(
                    id: indicator.id!, name: indicator.name, unit: indicator.unit, baseline: indicator.baseline, target: indicator.target,
                    direction: PreferredDirection(rawValue: indicator.direction) ?? .up,
                    values: current.map { record in
                        let period = ProgrammePeriod(
                            year: ProgrammeController.year(of: record.date, timeZone),
                            isUnlocked: unlockedYears.contains(ProgrammeController.year(of: record.date, timeZone)))
                        return MeasurementRow(
                            id: record.id, date: record.date, value: record.value, comment: record.comment, by: record.recordedBy,
                            isLocked: !period.acceptsMeasurements(at: request.now, in: timeZone),
                            corrected: Self.correctedValues(of: record, in: all))
                    },
                    progress: progress, colour: settings.thresholds.colour(for: progress), weight: indicator.weight,
                    frequency: indicator.frequency,
                    valueIsDue: indicator.frequency.isDue(latest: latest.map(\.date).max(), at: request.now, in: timeZone))
            },
            canManageIndicators: request.state.membership?.roles.contains(.programmeOwner) == true,
            indicatorError: indicatorError, indicatorDraft: indicatorDraft, measurementDraft: measurementDraft,
            draftStatus: draftStatus, draftComment: draftComment, error: error,
            description: goal.goalDescription, dates: dates.isEmpty ? nil : dates.joined(separator: " – "),
            isArchived: goal.archivedAt != nil,
            initiatives: links.map { link in
                let next = Milestones.next(milestones.filter { $0.$initiative.id == link.$initiative.id }.map(\.milestone))
                return (
                    link.initiative.id!, link.initiative.title,
                    next.map {
                        MilestoneNote(title: $0.title, due: $0.due, isOverdue: $0.isOverdue(at: request.now, in: timeZone))
                    }
                )
            },
            usesWeights: settings.rollUp == .weighted
        )
        model.yearScope = programme == nil ? nil : scope
        model.listsEveryValue = request.query[String.self, at: "values"] == "all"
        return request.html(GoalPage.render(model, context: try await request.pageContext()), status: status)
    }

    /// The values a current measurement replaced, following the chain back, oldest first.
    static func correctedValues(of record: StoredMeasurement, in all: [StoredMeasurement]) -> [Double] {
        var values: [Double] = [], next = record.replacesID, seen = Set<UUID>()
        while let id = next, !seen.contains(id), let earlier = all.first(where: { $0.id == id }) {
            seen.insert(id)
            values.insert(earlier.value, at: 0)
            next = earlier.replacesID
        }
        return values
    }
}

extension GoalStatusUpdate {
    var report: StatusReport { StatusReport(status: goalStatus, comment: comment, author: authorName, at: at) }
}

/// A measurement as a goal page reads it: plain rows rather than models, as a goal of several
/// years has hundreds of values.
struct StoredMeasurement {
    var id: UUID
    var indicatorID: UUID
    var date: Date
    var value: Double
    var comment: String?
    var recordedBy: String
    var replacedAt: Date?
    var replacesID: UUID?

    var measurement: MeasuredValue { MeasuredValue(date: date, value: value) }

    private static let columns = ["id", "indicator_id", "date", "value", "comment", "recorded_by", "replaced_at", "replaces_id"]

    init(_ row: ResultRow) throws {
        id = try row.uuid("id")
        indicatorID = try row.uuid("indicator_id")
        date = try row.decode(column: "date", as: Date.self)
        value = try row.decode(column: "value", as: Double.self)
        comment = try row.decode(column: "comment", as: String?.self)
        recordedBy = try row.decode(column: "recorded_by", as: String.self)
        replacedAt = try row.decode(column: "replaced_at", as: Date?.self)
        replacesID = try row.optionalUUID("replaces_id")
    }

    /// The values of the indicators (corrected ones too) from `from` on, oldest first.
    static func all(of indicators: [UUID], from: Date?, in tenant: TenantDatabase) async throws -> [StoredMeasurement] {
        guard !indicators.isEmpty else { return [] }
        var query = try tenant.select(from: MeasurementRecord.schema).columns(columns).where("indicator_id", .in, SQLBind.group(indicators))
        if let from { query = query.where("date", .greaterThanOrEqual, from) }
        return try await query.orderBy("date").orderBy("recorded_at").rows().map(StoredMeasurement.init)
    }

    /// The indicator's latest current value before `date`.
    static func latest(of indicator: UUID, before date: Date, in tenant: TenantDatabase) async throws -> StoredMeasurement? {
        try await tenant.select(from: MeasurementRecord.schema).columns(columns).where("indicator_id", .equal, indicator)
            .where("replaced_at", .is, SQLLiteral.null).where("date", .lessThan, date).orderBy("date", .descending).limit(1).rows()
            .first.map(StoredMeasurement.init)
    }
}
