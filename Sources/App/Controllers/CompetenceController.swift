import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// The competence framework, what role profiles expect, self-assessment rounds and the
/// programme's overview. A manager's answers are read whole only by that manager
/// (`SelfAssessments`); everyone else sees them aggregated from k people.
struct CompetenceController: Sendable {
    // MARK: The framework

    func framework(_ request: Request) async throws -> Response {
        try await frameworkPage(request, form: CompetenceForm())
    }

    func create(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let existing = try await tenant.query(CompetenceRecord.self).all()
        var form = readCompetenceForm(request)
        if existing.count >= CompetenceLimits.competencesPerFramework { form.errors.append(request.localizer()(.competenceTooMany)) }
        guard form.errors.isEmpty else { return try await frameworkPage(request, form: form, status: .unprocessableEntity) }
        let competence = CompetenceRecord(
            organisationID: tenant.organisationID, group: form.group, name: form.name, levels: form.levels,
            position: (existing.map(\.position).max() ?? 0) + 1)
        try await tenant.create(competence)
        try await request.audit(.competenceSaved, subject: request.localizer().text(form.name)?.text ?? "–", subjectID: competence.id)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.competenceFramework.path)
    }

    func show(_ request: Request) async throws -> Response {
        let competence = try await loadCompetence(request)
        let form = CompetenceForm(group: competence.group, name: competence.name, levels: competence.levelTexts.levels)
        return request.html(CompetenceEditPage.render(id: try competence.requireID(), form: form, context: try await request.pageContext()))
    }

    func update(_ request: Request) async throws -> Response {
        let competence = try await loadCompetence(request)
        let form = readCompetenceForm(request)
        guard form.errors.isEmpty else {
            return request.html(
                CompetenceEditPage.render(id: try competence.requireID(), form: form, context: try await request.pageContext()),
                status: .unprocessableEntity)
        }
        competence.group = form.group
        competence.name = form.name
        competence.levelTexts = CompetenceLevelTexts(levels: form.levels)
        try await competence.save(on: request.db)
        try await request.audit(.competenceSaved, subject: request.localizer().text(form.name)?.text ?? "–", subjectID: competence.id)
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.competenceFramework.path)
    }

    /// The levels a role profile expects: one select per competence, "not required" or 1–4.
    func setProfileCompetences(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        guard let role = try await tenant.find(RoleProfile.self, request.parameters.uuid("roleID")) else { throw Abort(.notFound) }
        let roleID = try role.requireID(), organisationID = tenant.organisationID
        let fields = request.form
        let expected = try await tenant.query(CompetenceRecord.self).all().compactMap { competence -> ProfileCompetence? in
            guard let level = CompetenceLevel(parsing: fields["expected-\(competence.id!.uuidString.lowercased())"]) else { return nil }
            return ProfileCompetence(organisationID: organisationID, profileID: roleID, competenceID: competence.id!, expected: level)
        }
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            try await tenant.query(ProfileCompetence.self).filter(\.$profile.$id == roleID).delete()
            if !expected.isEmpty { try await expected.create(on: database) }
        }
        try await request.audit(
            .profileCompetencesChanged, subject: request.localizer().text(role.name)?.text ?? "–", subjectID: roleID, after: String(expected.count))
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.organisationRole(roleID).path + "#competences")
    }

    // MARK: Rounds and self-assessment

    func area(_ request: Request) async throws -> Response {
        try await areaPage(request, form: AssessmentRoundForm())
    }

    /// Opens a round for everyone who now holds one of the chosen profiles (profiles that
    /// expect no competence have nothing to rate and are refused).
    func openRound(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let fields = request.form
        var form = AssessmentRoundForm(
            name: fields.localized("name", languages: languages),
            profileIDs: Set(fields.values("profile").compactMap(UUID.init(uuidString:))), lastDay: fields["last-day"]?.trimmed ?? "")
        if form.name[languages[0]] == nil { form.errors.append(localizer(.roundNameRequired(language: languages[0].nativeName))) }
        let rateable = try await CompetenceQuery.expectations(in: tenant).filter { !$0.value.isEmpty }.keys
        let chosen = form.profileIDs.filter(rateable.contains)
        let invitees = try await tenant.query(Person.self).filter(\.$roleProfileID ~~ Array(chosen)).all()
        if chosen.count != form.profileIDs.count || invitees.isEmpty { form.errors.append(localizer(.roundProfilesRequired)) }
        let lastDay = form.lastDay.isEmpty ? nil : CalendarDay.date(day: form.lastDay, time: "00:00", in: request.timeZone)
        let today = CalendarDay.date(day: CalendarDay.string(request.now, in: request.timeZone), time: "00:00", in: request.timeZone)
        if !form.lastDay.isEmpty && (lastDay == nil || lastDay! < today!) { form.errors.append(localizer(.roundDateInvalid)) }
        guard form.errors.isEmpty else { return try await areaPage(request, form: form, status: .unprocessableEntity) }

        let round = AssessmentRound(id: UUID(), organisationID: tenant.organisationID, name: form.name, openedAt: request.now, closesOn: lastDay)
        let organisationID = tenant.organisationID
        try await request.db.transaction { database in
            try await TenantDatabase(organisationID: organisationID, database: database).create(round)
            let invited = invitees.map {
                AssessmentInvitee(organisationID: organisationID, roundID: round.id!, personID: $0.id!, profileID: $0.roleProfileID!)
            }
            try await invited.create(on: database)
        }
        try await request.audit(
            .assessmentRoundChanged, subject: localizer.text(form.name)?.text ?? "–", subjectID: round.id, after: "+ " + String(invitees.count))
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.assessmentRound(round.id!).path)
    }

    func round(_ request: Request) async throws -> Response {
        let tenant = try request.tenant
        let round = try await loadRound(request)
        let rounds = try await tenant.query(AssessmentRound.self).sort(\.$openedAt).all()
        let previous = rounds.last { $0.openedAt < round.openedAt }
        let roundID = try round.requireID()
        let current = try await SelfAssessments.levelCounts(round: roundID, in: tenant)
        var earlier: [LevelCount] = []
        if let previous { earlier = try await SelfAssessments.levelCounts(round: previous.requireID(), in: tenant) }
        let responses = try await SelfAssessments.responseCounts(in: tenant)[roundID] ?? (0, 0)
        let threshold = try await EventController.feedbackSettings(tenant).threshold
        let competences = try await CompetenceQuery.framework(in: tenant)
        let expectations = try await CompetenceQuery.expectations(in: tenant)
        let profileIDs = Set(
            try await tenant.query(AssessmentInvitee.self).filter(\.$round.$id == roundID).unique().all(\.$profile.$id))
        let rated = Set(current.map(\.competenceID)).union(profileIDs.flatMap { expectations[$0]?.keys.map { $0 } ?? [] })
        let shownCompetences = competences.filter { rated.contains($0.id) }
        let profiles = try await tenant.query(RoleProfile.self).filter(\.$id ~~ Array(profileIDs)).all()
            .map { (id: $0.id!, name: $0.name) }
            .sorted { (request.localizer().text($0.name)?.text ?? "") < (request.localizer().text($1.name)?.text ?? "") }
        let model = AssessmentRoundPage.Model(
            row: Self.row(round, responses: responses, now: request.now), previousRound: previous?.name, remindersSent: round.remindersSent,
            canManage: request.state.principal?.roles.contains(.programmeOwner) ?? false, threshold: threshold.k,
            competences: shownCompetences, profiles: profiles, expected: expectations,
            overview: CompetenceOverview(competenceIDs: shownCompetences.map(\.id), current: current, previous: earlier, threshold: threshold),
            canPlanSeminar: SiteRoute.newEvent.isAllowed(for: request.state.principal))
        return request.html(AssessmentRoundPage.render(model, context: try await request.pageContext()))
    }

    /// Mail to each invitee who has not answered, through the outbox; the page shows how many, never who.
    func remind(_ request: Request) async throws -> Response {
        let round = try await loadRound(request)
        guard round.window.isOpen(at: request.now), let organisation = request.state.organisation else { throw Abort(.conflict) }
        let config = request.application.config
        let recipients = try await SelfAssessments.notAnswered(round: try round.requireID(), organisationID: try organisation.requireID(), on: request.db)
        let link = config.absoluteURL(SiteRoute.selfAssessment(try round.requireID()).path)
        let mails = recipients.compactMap { recipient -> OutboxMail? in
            guard let address = recipient.address, !address.isEmpty else { return nil }
            let language = recipient.language ?? organisation.contentLanguages.first ?? config.defaultLanguage
            let localizer = Localizer(language: language, timeZone: config.timeZone, contentLanguages: organisation.contentLanguages)
            let roundName = localizer.text(round.name)?.text ?? "–"
            let message = MailMessage(
                recipient: address, subject: localizer(.reminderSelfAssessmentSubject(round: roundName)),
                body: localizer(.reminderSelfAssessmentBody(name: recipient.name, round: roundName, link: link)))
            return OutboxMail(organisationID: organisation.id, message: message, createdAt: request.now)
        }
        try await request.db.transaction { database in
            if !mails.isEmpty { try await mails.create(on: database) }
            round.remindersSent += 1
            round.lastReminderAt = request.now
            try await round.save(on: database)
        }
        try await request.audit(
            .assessmentRoundChanged, subject: request.localizer().text(round.name)?.text ?? "–", subjectID: round.id, after: "✉ " + String(mails.count))
        try await request.setNotice(.roundReminded)
        return request.redirect(to: SiteRoute.assessmentRound(try round.requireID()).path)
    }

    func closeRound(_ request: Request) async throws -> Response {
        let round = try await loadRound(request)
        if round.closedAt == nil {
            round.closedAt = request.now
            try await round.save(on: request.db)
            try await request.audit(
                .assessmentRoundChanged, subject: request.localizer().text(round.name)?.text ?? "–", subjectID: round.id,
                after: "closed")
        }
        try await request.setNotice(.saved)
        return request.redirect(to: SiteRoute.assessmentRound(try round.requireID()).path)
    }

    func answerForm(_ request: Request) async throws -> Response {
        let invitation = try await openInvitation(request)
        let answers = try await SelfAssessments.own(round: invitation.roundID, person: invitation.personID, in: invitation.tenant)
        return try await answerPage(
            request, invitation, levels: answers.mapValues(\.level), comments: answers.mapValues(\.comment), missing: [], status: .ok)
    }

    /// Saves the manager's levels (every competence of their profile needs one) and comments,
    /// replacing earlier answers of the round.
    func submitAnswers(_ request: Request) async throws -> Response {
        let invitation = try await openInvitation(request)
        let fields = request.form
        var levels: [UUID: CompetenceLevel] = [:], comments: [UUID: String] = [:]
        for competence in invitation.competences {
            let key = competence.id.uuidString.lowercased()
            levels[competence.id] = CompetenceLevel(parsing: fields["level-\(key)"])
            comments[competence.id] = String((fields["comment-\(key)"] ?? "").trimmed.prefix(CompetenceLimits.commentLength.upperBound))
        }
        let missing = invitation.competences.filter { levels[$0.id] == nil }
        guard missing.isEmpty else {
            return try await answerPage(request, invitation, levels: levels, comments: comments, missing: missing.map(\.name), status: .unprocessableEntity)
        }
        try await SelfAssessments.save(
            levels.map { (competenceID: $0.key, level: $0.value, comment: comments[$0.key] ?? "") }, round: invitation.roundID,
            person: invitation.personID, in: invitation.tenant, at: request.now)
        try await request.setNotice(.selfAssessmentSaved)
        return request.redirect(to: SiteRoute.competenceArea.path + "#my-result")
    }

    // MARK: -

    /// The signed-in manager's invitation to an open round, with the competences their profile
    /// (as it was when the round opened) expects. Anyone not invited is told it does not exist.
    struct Invitation {
        let tenant: TenantDatabase
        let round: AssessmentRound
        let roundID: UUID
        let personID: UUID
        let competences: [CompetenceSummary]
    }

    private func openInvitation(_ request: Request) async throws -> Invitation {
        let tenant = try request.tenant
        let round = try await loadRound(request)
        guard let personID = request.state.personID,
            let invitee = try await tenant.query(AssessmentInvitee.self).filter(\.$round.$id == round.requireID()).filter(\.$person.$id == personID)
                .first()
        else { throw Abort(.notFound) }
        guard round.window.isOpen(at: request.now) else { throw Abort(.conflict, reason: request.localizer()(.selfAssessmentClosed)) }
        let expected = try await CompetenceQuery.expectations(in: tenant)[invitee.$profile.id] ?? [:]
        let competences = try await CompetenceQuery.framework(in: tenant).filter { expected[$0.id] != nil }
        return Invitation(tenant: tenant, round: round, roundID: try round.requireID(), personID: personID, competences: competences)
    }

    private func answerPage(
        _ request: Request, _ invitation: Invitation, levels: [UUID: CompetenceLevel], comments: [UUID: String], missing: [LocalizedText],
        status: HTTPStatus
    ) async throws -> Response {
        let threshold = try await EventController.feedbackSettings(invitation.tenant).threshold
        let model = SelfAssessmentPage.Model(
            roundID: invitation.roundID, round: invitation.round.name, competences: invitation.competences, levels: levels, comments: comments,
            missing: missing, threshold: threshold.k)
        return request.html(SelfAssessmentPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func areaPage(_ request: Request, form: AssessmentRoundForm, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let roles = request.state.principal?.roles ?? []
        let rounds = try await tenant.query(AssessmentRound.self).sort(\.$openedAt, .descending).all()
        var openRounds: [CompetenceAreaPage.OpenRound] = []
        var myResult: CompetenceAreaPage.MyResult?
        if let personID = request.state.personID {
            let mine = try await tenant.query(AssessmentInvitee.self).filter(\.$person.$id == personID).all()
            let invitedTo = Dictionary(mine.map { ($0.$round.id, $0) }, uniquingKeysWith: { first, _ in first })
            openRounds = rounds.filter { invitedTo[$0.id!] != nil && $0.window.isOpen(at: request.now) }.map {
                .init(id: $0.id!, name: $0.name, lastDay: $0.closesOn, answered: invitedTo[$0.id!]?.answeredAt != nil)
            }
            let answered = rounds.filter { invitedTo[$0.id!]?.answeredAt != nil }
            if let latest = answered.first, let invitation = invitedTo[latest.id!] {
                myResult = try await Self.result(
                    of: personID, round: latest, previous: answered.dropFirst().first, profileID: invitation.$profile.id, in: tenant)
            }
        }
        var programme: CompetenceAreaPage.Programme?
        if !roles.isDisjoint(with: [.programmeOwner, .administrator, .viewer]) {
            let responses = try await SelfAssessments.responseCounts(in: tenant)
            let competenceCount = try await tenant.query(CompetenceRecord.self).count()
            programme = .init(
                rounds: rounds.map { Self.row($0, responses: responses[$0.id!] ?? (0, 0), now: request.now) }, competenceCount: competenceCount,
                profiles: roles.contains(.programmeOwner) ? try await profileChoices(request) : nil, form: form)
        }
        let model = CompetenceAreaPage.Model(
            openRounds: openRounds, myResult: myResult, programme: programme, hasOwnPlan: request.state.personID != nil,
            readablePlans: try await PlanQuery.readable(userID: request.state.principal?.userID, personID: request.state.personID, in: tenant))
        return request.html(CompetenceAreaPage.render(model, context: try await request.pageContext()), status: status)
    }

    /// Role profiles that expect competences and have holders: those a round can be opened for.
    private func profileChoices(_ request: Request) async throws -> [SelectChoice] {
        let tenant = try request.tenant
        let localizer = request.localizer()
        let expectations = try await CompetenceQuery.expectations(in: tenant)
        let holders = Dictionary(grouping: try await tenant.query(Person.self).filter(\.$roleProfileID != nil).all(), by: { $0.roleProfileID! })
        return try await tenant.query(RoleProfile.self).all().compactMap { role in
            let expected = expectations[role.id!]?.count ?? 0, holding = holders[role.id!]?.count ?? 0
            guard expected > 0, holding > 0 else { return nil }
            let name = localizer.text(role.name)?.text ?? "–"
            return SelectChoice(
                id: role.id!, label: localizer(.roundProfileChoice(name: name, holders: String(holding), competences: String(expected))))
        }.sorted { $0.label < $1.label }
    }

    static func row(_ round: AssessmentRound, responses: (invited: Int, answered: Int), now: Date) -> CompetenceAreaPage.RoundRow {
        CompetenceAreaPage.RoundRow(
            id: round.id!, name: round.name, openedAt: round.openedAt, lastDay: round.closesOn, isOpen: round.window.isOpen(at: now),
            invited: responses.invited, answered: responses.answered)
    }

    /// A manager's own result in `round`, against their profile and their previous round.
    static func result(
        of personID: UUID, round: AssessmentRound, previous: AssessmentRound?, profileID: UUID, in tenant: TenantDatabase
    ) async throws -> CompetenceAreaPage.MyResult {
        let answers = try await SelfAssessments.own(round: round.requireID(), person: personID, in: tenant)
        var earlier: [UUID: (level: CompetenceLevel, comment: String)] = [:]
        if let previous { earlier = try await SelfAssessments.own(round: previous.requireID(), person: personID, in: tenant) }
        let expected = try await CompetenceQuery.expectations(in: tenant)[profileID] ?? [:]
        let rows = try await CompetenceQuery.framework(in: tenant).filter { answers[$0.id] != nil || expected[$0.id] != nil }.map { competence in
            (
                competence: competence,
                result: SelfAssessmentResult(
                    competenceID: competence.id, level: answers[competence.id]?.level, expected: expected[competence.id],
                    previous: earlier[competence.id]?.level)
            )
        }
        return CompetenceAreaPage.MyResult(round: round.name, previousRound: previous?.name, rows: rows)
    }

    private func frameworkPage(_ request: Request, form: CompetenceForm, status: HTTPStatus = .ok) async throws -> Response {
        let tenant = try request.tenant
        let competences = try await CompetenceQuery.framework(in: tenant)
        let profiles = Dictionary(uniqueKeysWithValues: try await tenant.query(RoleProfile.self).all().map { ($0.id!, $0.name) })
        let expectations = try await CompetenceQuery.expectations(in: tenant)
        let localizer = request.localizer()
        let items = competences.map { competence in
            CompetenceFrameworkPage.Item(
                competence: competence,
                expectations: expectations.compactMap { profileID, levels in
                    levels[competence.id].flatMap { level in profiles[profileID].map { (profile: $0, level: level) } }
                }.sorted { ($1.level, localizer.text($0.profile)?.text ?? "") < ($0.level, localizer.text($1.profile)?.text ?? "") })
        }
        let model = CompetenceFrameworkPage.Model(
            items: items, canChange: Access.organisation(Access.changesOrganisation).allows(request.state.principal), form: form)
        return request.html(CompetenceFrameworkPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func readCompetenceForm(_ request: Request) -> CompetenceForm {
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        let fields = request.form
        var form = CompetenceForm(
            group: fields.localized("group", languages: languages), name: fields.localized("name", languages: languages),
            levels: CompetenceLevel.all.map { fields.localized("level\($0.value)", languages: languages) })
        let localizer = request.localizer()
        if form.name[languages[0]] == nil || form.group[languages[0]] == nil {
            form.errors.append(localizer(.competenceNameRequired(language: languages[0].nativeName)))
        }
        let texts = [form.group, form.name] + form.levels
        if texts.contains(where: { text in languages.contains { (text[$0]?.count ?? 0) > CompetenceLimits.descriptionLength.upperBound } }) {
            form.errors.append(localizer(.competenceTextTooLong))
        }
        return form
    }

    private func loadCompetence(_ request: Request) async throws -> CompetenceRecord {
        guard let competence = try await request.tenant.find(CompetenceRecord.self, request.parameters.uuid("competenceID")) else {
            throw Abort(.notFound)
        }
        return competence
    }

    private func loadRound(_ request: Request) async throws -> AssessmentRound {
        guard let round = try await request.tenant.find(AssessmentRound.self, request.parameters.uuid("roundID")) else { throw Abort(.notFound) }
        return round
    }
}

/// The reads of the framework: its competences in order, and what each profile expects.
enum CompetenceQuery {
    static func framework(in tenant: TenantDatabase) async throws -> [CompetenceSummary] {
        try await tenant.query(CompetenceRecord.self).sort(\.$position).all().map {
            CompetenceSummary(id: $0.id!, group: $0.group, name: $0.name, levels: $0.levelTexts.levels)
        }
    }

    /// Per role profile, the level it expects of each competence it requires.
    static func expectations(in tenant: TenantDatabase) async throws -> [UUID: [UUID: CompetenceLevel]] {
        var result: [UUID: [UUID: CompetenceLevel]] = [:]
        for row in try await tenant.query(ProfileCompetence.self).all() {
            result[row.$profile.id, default: [:]][row.$competence.id] = CompetenceLevel(row.expectedLevel)
        }
        return result
    }
}

/// Self-assessments, read and written only here: a manager's own answers with comments, and
/// for the overview the levels without comments or names.
enum SelfAssessments {
    static func own(round: UUID, person: UUID, in tenant: TenantDatabase) async throws -> [UUID: (level: CompetenceLevel, comment: String)] {
        var answers: [UUID: (level: CompetenceLevel, comment: String)] = [:]
        for record in try await tenant.query(SelfAssessmentRecord.self).filter(\.$round.$id == round).filter(\.$person.$id == person).all() {
            if let level = CompetenceLevel(record.level) { answers[record.$competence.id] = (level, record.comment) }
        }
        return answers
    }

    /// How many rated each competence at each level in a round, per role profile its people were
    /// invited under, counted by the database; `CompetenceOverview` shows them from k people.
    static func levelCounts(round: UUID, in tenant: TenantDatabase) async throws -> [LevelCount] {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.resultRows(
            """
            SELECT role_profile_id AS profile_id, competence_id, level, COUNT(*) AS people
            FROM self_assessments
            WHERE organisation_id = \(bind: tenant.organisationID) AND round_id = \(bind: round) AND role_profile_id IS NOT NULL
            GROUP BY role_profile_id, competence_id, level
            """
        )
        return try rows.compactMap { row in
            guard let level = CompetenceLevel(try row.decode(column: "level", as: Int.self)) else { return nil }
            return LevelCount(
                profileID: try row.decode(column: "profile_id", as: UUID.self), competenceID: try row.decode(column: "competence_id", as: UUID.self),
                level: level, count: try row.decode(column: "people", as: Int.self))
        }
    }

    /// Invited and answered per round, counted by the database.
    static func responseCounts(in tenant: TenantDatabase) async throws -> [UUID: (invited: Int, answered: Int)] {
        guard let sql = tenant.database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.resultRows(
            """
            SELECT round_id, COUNT(*) AS invited, COUNT(answered_at) AS answered FROM assessment_invitees
            WHERE organisation_id = \(bind: tenant.organisationID) GROUP BY round_id
            """
        )
        var counts: [UUID: (invited: Int, answered: Int)] = [:]
        for row in rows {
            counts[try row.decode(column: "round_id", as: UUID.self)] = (
                try row.decode(column: "invited", as: Int.self), try row.decode(column: "answered", as: Int.self)
            )
        }
        return counts
    }

    static func save(
        _ answers: [(competenceID: UUID, level: CompetenceLevel, comment: String)], round: UUID, person: UUID, in tenant: TenantDatabase, at now: Date
    ) async throws {
        let organisationID = tenant.organisationID
        try await tenant.database.transaction { database in
            let tenant = TenantDatabase(organisationID: organisationID, database: database)
            // Only an invitee answers; their answers carry the profile they were invited under.
            guard let invitee = try await tenant.query(AssessmentInvitee.self).filter(\.$round.$id == round).filter(\.$person.$id == person).first()
            else { return }
            try await tenant.query(SelfAssessmentRecord.self).filter(\.$round.$id == round).filter(\.$person.$id == person).delete()
            let records = answers.map {
                SelfAssessmentRecord(
                    organisationID: organisationID, roundID: round, personID: person, profileID: invitee.$profile.id, competenceID: $0.competenceID,
                    level: $0.level, comment: $0.comment)
            }
            if !records.isEmpty { try await records.create(on: database) }
            try await tenant.query(AssessmentInvitee.self).filter(\.$round.$id == round).filter(\.$person.$id == person)
                .set(\.$answeredAt, to: now).update()
        }
    }

    /// Invitees who have not answered, with an address to remind them at.
    static func notAnswered(round: UUID, organisationID: UUID, on database: any Database) async throws -> [FeedbackReminders.Recipient] {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        let rows = try await sql.resultRows(
            """
            SELECT p.id AS person_id, p.name AS name, p.email AS person_email, u.email AS user_email, u.language AS language
            FROM assessment_invitees i
            JOIN people p ON p.id = i.person_id
            LEFT JOIN memberships m ON m.person_id = p.id AND m.organisation_id = i.organisation_id
            LEFT JOIN users u ON u.id = m.user_id AND u.is_active = \(bind: true)
            WHERE i.organisation_id = \(bind: organisationID) AND i.round_id = \(bind: round) AND i.answered_at IS NULL
            """
        )
        return try FeedbackReminders.onePerPerson(rows)
    }
}
