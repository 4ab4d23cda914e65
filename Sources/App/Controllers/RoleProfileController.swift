import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// Harmonised manager roles: profiles, who holds them, and the harmonisation view.
struct RoleProfileController: Sendable {
    func list(_ request: Request) async throws -> Response {
        try await listPage(request, form: RoleProfileForm())
    }

    func create(_ request: Request) async throws -> Response {
        let form = try readForm(request)
        guard form.error == nil else { return try await listPage(request, form: form, status: .unprocessableEntity) }
        let tenant = try request.tenant
        let role = RoleProfile(organisationID: tenant.organisationID, name: form.name, responsibilities: form.responsibilities, competences: form.competences)
        try await tenant.create(role)
        try await request.audit(.roleProfileSaved, subject: request.localizer().text(role.name)?.text ?? "–", subjectID: role.id)
        return request.redirect(to: SiteRoute.organisationRole(role.id!).path)
    }

    func show(_ request: Request) async throws -> Response {
        let role = try await load(request)
        return try await page(
            request, role: role, form: RoleProfileForm(name: role.name, responsibilities: role.responsibilities, competences: role.competences))
    }

    func update(_ request: Request) async throws -> Response {
        let role = try await load(request)
        let form = try readForm(request)
        guard form.error == nil else { return try await page(request, role: role, form: form, status: .unprocessableEntity) }
        role.name = form.name
        role.responsibilities = form.responsibilities
        role.competences = form.competences
        try await role.save(on: request.db)
        try await request.audit(.roleProfileSaved, subject: request.localizer().text(role.name)?.text ?? "–", subjectID: role.id)
        try await request.setNotice(.userUpdated)
        return request.redirect(to: SiteRoute.organisationRole(role.id!).path)
    }

    func changeHolders(_ request: Request) async throws -> Response {
        let role = try await load(request)
        let action = request.formField("action")
        guard let person = try await request.tenant.find(Person.self, request.form.id("person")) else { throw Abort(.notFound) }
        switch action {
        case "add": person.roleProfileID = role.id
        case "remove" where person.roleProfileID == role.id: person.roleProfileID = nil
        default: throw Abort(.badRequest)
        }
        try await person.save(on: request.db)
        try await request.audit(
            .roleHoldersChanged, subject: request.localizer().text(role.name)?.text ?? "–", subjectID: role.id,
            after: (action == "add" ? "+ " : "− ") + person.name)
        return request.redirect(to: SiteRoute.organisationRole(role.id!).path)
    }

    // MARK: -

    private func load(_ request: Request) async throws -> RoleProfile {
        guard let id = request.parameters.uuid("roleID"),
            let role = try await request.tenant.find(RoleProfile.self, id)
        else { throw Abort(.notFound) }
        return role
    }

    private func canChange(_ request: Request) -> Bool {
        Access.organisation(Access.changesOrganisation).allows(request.state.principal)
    }

    /// Everyone in management, as holders or candidates.
    private func holders(_ request: Request) async throws -> [RoleHarmonisation.Holder] {
        try await request.tenant.query(Person.self).filter(\.$managementLevel != ManagementLevel.staff.rawValue).all().map {
            RoleHarmonisation.Holder(
                personID: $0.id!, name: $0.name, title: $0.title,
                level: ManagementLevel(rawValue: $0.managementLevel) ?? .staff, roleID: $0.roleProfileID)
        }
    }

    private func listPage(_ request: Request, form: RoleProfileForm, status: HTTPStatus = .ok) async throws -> Response {
        let roles = try await request.tenant.query(RoleProfile.self).all()
        let holders = try await holders(request)
        let titles = RoleHarmonisation.titles(holders)
        let localizer = request.localizer()
        let model = RoleProfilesPage.Model(
            roles: roles.map { role in
                RoleProfilesPage.Role(
                    id: role.id!, name: role.name, holderCount: holders.filter { $0.roleID == role.id }.count,
                    titles: (titles[role.id!] ?? []).map(\.title))
            }.sorted { (localizer.text($0.name)?.text ?? "") < (localizer.text($1.name)?.text ?? "") },
            withoutRole: RoleHarmonisation.withoutRole(holders),
            canChange: canChange(request),
            form: form
        )
        return request.html(RoleProfilesPage.render(model, context: try await request.pageContext()), status: status)
    }

    private func page(_ request: Request, role: RoleProfile, form: RoleProfileForm, status: HTTPStatus = .ok) async throws -> Response {
        let holders = try await holders(request)
        let expected = try await CompetenceQuery.expectations(in: request.tenant)[role.id!] ?? [:]
        let model = RoleProfilePage.Model(
            id: role.id!, name: role.name, responsibilities: role.responsibilities, competences: role.competences,
            holders: holders.filter { $0.roleID == role.id }.sorted { $0.name < $1.name },
            candidates: holders.filter { $0.roleID != role.id }.sorted { $0.name < $1.name },
            canChange: canChange(request), form: form,
            expectations: try await CompetenceQuery.framework(in: request.tenant).map { (competence: $0, expected: expected[$0.id]) }
        )
        return request.html(RoleProfilePage.render(model, context: try await request.pageContext()), status: status)
    }

    /// The texts in each content language; the name is needed in the first of them.
    private func readForm(_ request: Request) throws -> RoleProfileForm {
        let languages = request.state.organisation?.contentLanguages ?? [.swedish]
        func text(_ prefix: String) -> LocalizedText {
            LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0, request.formField("\(prefix)-\($0.code)") ?? "") }))
        }
        var form = RoleProfileForm(name: text("name"), responsibilities: text("responsibilities"), competences: text("competences"))
        if form.name[languages[0]] == nil { form.error = request.localizer()(.roleNameRequired) }
        return form
    }
}
