import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// The management-group view and result goals' status reports.
struct StrategyController: Sendable {
    func managementGroup(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let programme = try await tenant.query(Programme.self).sort(\.$startYear, .descending).first() else {
            return request.html(ManagementGroupPage.render(.init(programmeName: nil, years: "", areas: []), context: try await request.pageContext()))
        }
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == programme.requireID()).sort(\.$position).all()
        let goals = try await tenant.query(ResultGoal.self).filter(\.$area.$id ~~ areas.map { try $0.requireID() }).sort(\.$position).all()
        let goalIDs = try goals.map { try $0.requireID() }
        let responsibles = try await tenant.query(GoalResponsible.self).filter(\.$goal.$id ~~ goalIDs).with(\.$person).all()
        let names = Dictionary(grouping: responsibles, by: { $0.$goal.id }).mapValues { $0.map(\.person.name).sorted() }
        // The latest report of each goal: newest first, first one per goal kept.
        var latest: [UUID: GoalStatusUpdate] = [:]
        for update in try await tenant.query(GoalStatusUpdate.self).filter(\.$goal.$id ~~ goalIDs).sort(\.$at, .descending).all()
        where latest[update.$goal.id] == nil {
            latest[update.$goal.id] = update
        }
        let progress = try await goalProgress(tenant, goalIDs: goalIDs)
        let thresholds = ColourThresholds.standard
        let model = ManagementGroupPage.Model(
            programmeName: programme.name, years: "\(programme.startYear)–\(programme.endYear)",
            areas: areas.map { area in
                ManagementGroupPage.Area(title: area.title, goals: goals.filter { $0.$area.id == area.id }.map { goal in
                    ManagementGroupPage.Goal(id: goal.id!, title: goal.title, responsiblePersons: names[goal.id!] ?? [], status: goal.status,
                                             lastReport: latest[goal.id!].map(\.report), progress: progress[goal.id!] ?? nil,
                                             colour: thresholds.colour(for: progress[goal.id!] ?? nil))
                })
            },
            canCreateGoals: request.state.membership?.roles.contains(.programmeOwner) == true
        )
        return request.html(ManagementGroupPage.render(model, context: try await request.pageContext()))
    }

    /// Every goal with its status, and every indicator with every current measurement, one
    /// row each, for Excel: area; goal; status; responsible persons; indicator; date; value.
    func export(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let areas = Dictionary(uniqueKeysWithValues: try await tenant.query(DevelopmentArea.self).all().map { ($0.id!, $0) })
        let goals = try await tenant.query(ResultGoal.self).sort(\.$position).all()
        let responsibles = Dictionary(grouping: try await tenant.query(GoalResponsible.self).with(\.$person).all(), by: { $0.$goal.id })
        let indicators = Dictionary(grouping: try await tenant.query(Indicator.self).all(), by: { $0.$goal.id })
        let measurements = Dictionary(grouping: try await tenant.query(MeasurementRecord.self).filter(\.$replacedAt == nil).sort(\.$date).all(),
                                      by: { $0.$indicator.id })
        func text(_ value: LocalizedText?) -> String { value.flatMap { localizer.text($0)?.text } ?? "" }
        let dateFormatter = DateFormatter()
        dateFormatter.dateFormat = "yyyy-MM-dd"
        dateFormatter.timeZone = request.application.config.timeZone
        var rows = [[localizer(.developmentArea), localizer(.resultGoal), localizer(.status), localizer(.responsiblePersons),
                     localizer(.indicatorColumn), localizer(.indicatorBaseline), localizer(.indicatorTarget), localizer(.measurementDate),
                     localizer(.measurementColumn), localizer(.goalComment)]]
        for goal in goals.sorted(by: { (areas[$0.$area.id]?.position ?? 0, $0.position) < (areas[$1.$area.id]?.position ?? 0, $1.position) }) {
            let base = [text(areas[goal.$area.id]?.title), text(goal.title), localizer(goal.status.titleKey),
                        (responsibles[goal.id!] ?? []).map(\.person.name).sorted().joined(separator: ", ")]
            let goalIndicators = indicators[goal.id!] ?? []
            if goalIndicators.isEmpty { rows.append(base + ["", "", "", "", "", ""]) }
            for indicator in goalIndicators {
                let values = measurements[indicator.id!] ?? []
                let head = base + [text(indicator.name), String(indicator.baseline), String(indicator.target)]
                if values.isEmpty { rows.append(head + ["", "", ""]) }
                for value in values { rows.append(head + [dateFormatter.string(from: value.date), String(value.value), value.comment ?? ""]) }
            }
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "goals-indicators-measurements.csv")
        return Response(status: .ok, headers: headers, body: .init(string: CSVWriter.write(rows)))
    }

    func goal(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        return try await goalPage(request, goal: goal)
    }

    struct StatusForm: Content {
        var status: String?
        var comment: String?
    }

    func updateStatus(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        guard try await canUpdate(request, goal: goal) else { throw Abort(.forbidden) }
        let form = try request.content.decode(StatusForm.self)
        guard let status = form.status.flatMap(GoalStatus.init(rawValue:)) else { throw Abort(.badRequest) }
        let comment = (form.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if status.requiresComment && comment.isEmpty {
            return try await goalPage(request, goal: goal, draftStatus: status, draftComment: comment,
                                      error: request.localizer()(.goalCommentRequired), status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        let update = GoalStatusUpdate(organisationID: tenant.organisationID, goalID: try goal.requireID(), status: status,
                                      comment: comment.isEmpty ? nil : String(comment.prefix(2_000)),
                                      authorUserID: request.state.user?.id, authorName: request.state.user?.name ?? "–", at: request.now)
        goal.statusCode = status.rawValue
        try await request.db.transaction { database in
            try await TenantDatabase(organisationID: tenant.organisationID, database: database).create(update)
            try await goal.save(on: database)
        }
        try await request.audit(.goalStatusReported, subject: request.localizer().text(goal.title)?.text ?? "–", subjectID: goal.id,
                                after: request.localizer()(status.titleKey))
        try await request.setNotice(.statusSaved)
        return request.redirect(to: SiteRoute.goal(goal.id!).path)
    }

    func newGoalForm(_ request: Request) async throws -> Response {
        let areaID = request.query[UUID.self, at: "area"]
        return try await goalForm(request, model: GoalFormPage.Model(areas: [], people: [], areaID: areaID))
    }

    struct GoalForm: Content {
        var area: UUID?
        var responsible: [String]?
        var start: String?
        var end: String?
    }

    /// The programme owner creates a result goal under one of the programme's areas.
    func createGoal(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let form = try request.content.decode(GoalForm.self)
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        func text(_ prefix: String) -> LocalizedText {
            LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0, (try? request.content.get(String.self, at: "\(prefix)-\($0.code)")) ?? "") }))
        }
        let title = text("title"), description = text("description")
        let responsibleIDs = Set((form.responsible ?? []).compactMap(UUID.init(uuidString:)))
        let timeZone = request.application.config.timeZone
        let start = Self.date(form.start, timeZone: timeZone), end = Self.date(form.end, timeZone: timeZone)
        let localizer = request.localizer()
        var errors: [String] = []
        if title[languages[0]] == nil { errors.append(localizer(.goalTitleRequired, ["language": languages[0].nativeName])) }
        let people = try await tenant.query(Person.self).filter(\.$id ~~ responsibleIDs).all()
        if people.isEmpty || people.count != responsibleIDs.count { errors.append(localizer(.goalResponsibleRequired)) }
        if let start, let end, end < start { errors.append(localizer(.goalDatesInvalid)) }
        guard let area = try await tenant.find(DevelopmentArea.self, form.area) else { throw Abort(.badRequest) }
        guard errors.isEmpty else {
            let model = GoalFormPage.Model(areas: [], people: [], areaID: form.area, title: title, description: description,
                                           responsibleIDs: responsibleIDs, start: form.start ?? "", end: form.end ?? "", errors: errors)
            return try await goalForm(request, model: model, status: .unprocessableEntity)
        }
        let position = (try await tenant.query(ResultGoal.self).filter(\.$area.$id == area.requireID()).max(\.$position) ?? 0) + 1
        let goal = ResultGoal(organisationID: tenant.organisationID, areaID: try area.requireID(), position: position, title: title)
        goal.goalDescription = description.isEmpty ? nil : description
        goal.startDate = start
        goal.endDate = end
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            try await tenant.create(goal)
            for person in people {
                try await tenant.create(GoalResponsible(organisationID: organisationID, goalID: try goal.requireID(), personID: try person.requireID()))
            }
        }
        try await request.audit(.goalCreated, subject: localizer.text(title)?.text ?? "–", subjectID: goal.id)
        try await request.setNotice(.goalCreated)
        return request.redirect(to: SiteRoute.goal(goal.id!).path)
    }

    private func goalForm(_ request: Request, model: GoalFormPage.Model, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        var model = model
        let programme = try await tenant.query(Programme.self).sort(\.$startYear, .descending).first()
        let areas = try await tenant.query(DevelopmentArea.self).filter(\.$programme.$id == (programme?.id ?? UUID())).sort(\.$position).all()
        model.areas = areas.enumerated().map { index, area in GoalFormPage.Choice(id: area.id!, label: "\(index + 1). " + (localizer.text(area.title)?.text ?? "–")) }
        let levels = [ManagementLevel.top.rawValue, ManagementLevel.middle.rawValue]
        model.people = try await tenant.query(Person.self).filter(\.$managementLevel ~~ levels).sort(\.$name).all()
            .map { person in GoalFormPage.Choice(id: person.id!, label: person.title.map { "\(person.name), \($0)" } ?? person.name) }
        return request.html(GoalFormPage.render(model, context: try await request.pageContext()), status: status)
    }

    struct IndicatorForm: Content {
        var unit: String?
        var baseline: String?
        var target: String?
        var direction: String?
    }

    /// The programme owner adds an indicator to a goal.
    func createIndicator(_ request: Request) async throws -> Response {
        let goal = try await loadGoal(request)
        let form = try request.content.decode(IndicatorForm.self)
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let name = LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0, (try? request.content.get(String.self, at: "name-\($0.code)")) ?? "") }))
        guard name[languages[0]] != nil, let baseline = Self.number(form.baseline), let target = Self.number(form.target) else {
            return try await goalPage(request, goal: goal, indicatorError: request.localizer()(.indicatorInvalid), status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        let indicator = Indicator(organisationID: tenant.organisationID, goalID: try goal.requireID(), name: name,
                                  unit: String((form.unit ?? "").trimmingCharacters(in: .whitespaces).prefix(20)), baseline: baseline, target: target,
                                  direction: form.direction.flatMap(PreferredDirection.init(rawValue:)) ?? .up)
        try await tenant.create(indicator)
        try await request.audit(.indicatorCreated, subject: request.localizer().text(name)?.text ?? "–", subjectID: indicator.id)
        return request.redirect(to: SiteRoute.goal(goal.id!).path + "#indicators")
    }

    struct MeasurementForm: Content {
        var date: String?
        var value: String?
        var comment: String?
    }

    /// A responsible person (or the owner) records a value, unless its year is locked.
    func recordMeasurement(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let id = request.parameters.get("indicatorID", as: UUID.self),
              let indicator = try await tenant.find(Indicator.self, id),
              let goal = try await tenant.find(ResultGoal.self, indicator.$goal.id) else { throw Abort(.notFound) }
        guard try await canUpdate(request, goal: goal) else { throw Abort(.forbidden) }
        let form = try request.content.decode(MeasurementForm.self)
        let timeZone = request.application.config.timeZone
        guard let date = Self.date(form.date, timeZone: timeZone), let value = Self.number(form.value) else {
            return try await goalPage(request, goal: goal, indicatorError: request.localizer()(.measurementInvalid), status: .unprocessableEntity)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let period = ProgrammePeriod(year: calendar.component(.year, from: date))
        guard period.acceptsMeasurements(at: request.now, in: timeZone) else {
            return try await goalPage(request, goal: goal, indicatorError: request.localizer()(.periodLocked, ["year": String(period.year)]),
                                      status: .unprocessableEntity)
        }
        let comment = (form.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let record = MeasurementRecord(organisationID: tenant.organisationID, indicatorID: id, date: date, value: value,
                                       comment: comment.isEmpty ? nil : String(comment.prefix(1_000)),
                                       recordedBy: request.state.user?.name ?? "–", recordedAt: request.now)
        try await tenant.create(record)
        try await request.audit(.measurementRecorded, subject: request.localizer().text(indicator.name)?.text ?? "–", subjectID: id,
                                after: "\(form.date ?? ""): \(value)")
        try await request.setNotice(.measurementSaved)
        return request.redirect(to: SiteRoute.goal(goal.id!).path + "#indicators")
    }

    /// "4,5" and "4.5" alike; spaces as thousands separators allowed.
    static func number(_ text: String?) -> Double? {
        guard let text else { return nil }
        let cleaned = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: ",", with: ".")
        return cleaned.isEmpty ? nil : Double(cleaned).flatMap { $0.isFinite ? $0 : nil }
    }

    static func date(_ text: String?, timeZone: TimeZone) -> Date? {
        guard let text else { return nil }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.date(from: text).map { $0.addingTimeInterval(12 * 60 * 60) } // noon, clear of time-zone edges
    }

    /// Each goal's progress from its indicators' latest values.
    private func goalProgress(_ tenant: TenantDatabase, goalIDs: [UUID]) async throws -> [UUID: Double?] {
        let indicators = try await tenant.query(Indicator.self).filter(\.$goal.$id ~~ goalIDs).all()
        let values = try await currentValues(tenant, indicatorIDs: indicators.compactMap(\.id))
        var result: [UUID: Double?] = [:]
        for (goalID, items) in Dictionary(grouping: indicators, by: { $0.$goal.id }) {
            result[goalID] = RollUp.goal(items.map { ($0.definition, $0.definition.progress(of: values[$0.id!] ?? [])) }, method: .average)
        }
        return result
    }

    private func currentValues(_ tenant: TenantDatabase, indicatorIDs: [UUID]) async throws -> [UUID: [MeasuredValue]] {
        guard !indicatorIDs.isEmpty else { return [:] }
        let records = try await tenant.query(MeasurementRecord.self).filter(\.$indicator.$id ~~ indicatorIDs).filter(\.$replacedAt == nil).all()
        return Dictionary(grouping: records, by: { $0.$indicator.id }).mapValues { $0.map(\.measurement) }
    }

    // MARK: -

    private func loadGoal(_ request: Request) async throws -> ResultGoal {
        guard let id = request.parameters.get("goalID", as: UUID.self),
              let goal = try await request.tenant.find(ResultGoal.self, id) else { throw Abort(.notFound) }
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

    private func goalPage(_ request: Request, goal: ResultGoal, draftStatus: GoalStatus? = nil, draftComment: String = "",
                          error: String? = nil, indicatorError: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let area = try await tenant.find(DevelopmentArea.self, goal.$area.id)
        let responsibles = try await tenant.query(GoalResponsible.self).filter(\.$goal.$id == goal.requireID()).with(\.$person).all()
        let history = try await tenant.query(GoalStatusUpdate.self).filter(\.$goal.$id == goal.requireID()).sort(\.$at, .descending).all()
        let indicators = try await tenant.query(Indicator.self).filter(\.$goal.$id == goal.requireID()).filter(\.$archivedAt == nil).all()
        let records = indicators.isEmpty ? [] : try await tenant.query(MeasurementRecord.self)
            .filter(\.$indicator.$id ~~ indicators.compactMap(\.id)).filter(\.$replacedAt == nil).sort(\.$date).all()
        let byIndicator = Dictionary(grouping: records, by: { $0.$indicator.id })
        let thresholds = ColourThresholds.standard
        let model = GoalPage.Model(
            id: goal.id!, title: goal.title, areaTitle: area?.title ?? LocalizedText(),
            responsiblePersons: responsibles.map(\.person.name).sorted(), status: goal.status,
            history: history.map(\.report), canUpdate: try await canUpdate(request, goal: goal),
            indicators: indicators.map { indicator in
                let values = byIndicator[indicator.id!] ?? []
                let progress = indicator.definition.progress(of: values.map(\.measurement))
                return IndicatorView(id: indicator.id!, name: indicator.name, unit: indicator.unit, baseline: indicator.baseline, target: indicator.target,
                                     direction: PreferredDirection(rawValue: indicator.direction) ?? .up,
                                     values: values.map { ($0.date, $0.value, $0.comment, $0.recordedBy) },
                                     progress: progress, colour: thresholds.colour(for: progress))
            },
            canManageIndicators: request.state.membership?.roles.contains(.programmeOwner) == true,
            indicatorError: indicatorError,
            draftStatus: draftStatus, draftComment: draftComment, error: error
        )
        return request.html(GoalPage.render(model, context: try await request.pageContext()), status: status)
    }
}

extension GoalStatusUpdate {
    var report: StatusReport { StatusReport(status: goalStatus, comment: comment, author: authorName, at: at) }
}
