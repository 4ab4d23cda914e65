import Fluent
import Foundation
import RoderCore
import RoderViews
import SQLKit
import Vapor

/// Keeping the structure up to date in Roder itself, between imports: add, change, move and
/// retire units, change a person's details. Every change is audited, marked on the row as a
/// hand edit (so that the next import says what it would overwrite) and kept in the
/// structure's history.
struct OrganisationEditController: Sendable {
    // MARK: Units

    func newUnitForm(_ request: Request) async throws -> Response {
        let options = try await PickerOptions.load(request)
        let parentID = request.query[String.self, at: "parent"].flatMap(UUID.init(uuidString:))
        let parent = parentID.flatMap { options.units[$0] }
        let model = UnitFormPage.Model(
            unitID: nil, savedName: LocalizedText(), names: LocalizedText(), languages: try organisation(request).contentLanguages, code: "",
            kind: parent.map { childKind(of: $0.kind) } ?? .sector, parent: PickerField(text: parent.map(options.label) ?? ""),
            manager: PickerField(text: ""), headcount: "0")
        return request.html(UnitFormPage.render(model, context: try await request.pageContext()))
    }

    func createUnit(_ request: Request) async throws -> Response {
        let options = try await PickerOptions.load(request)
        let input = UnitInput(request, languages: try organisation(request).contentLanguages)
        let checked = try await check(input, unit: nil, options: options, request: request)
        guard let values = checked.values else { return try await unitForm(request, unit: nil, input: input, checked: checked, options: options) }
        let tenant = try request.tenant
        let unit = OrganisationUnit(
            organisationID: tenant.organisationID, parentID: values.parentID, kind: values.kind.rawValue, name: values.names,
            code: values.code, headcount: values.headcount, managerID: values.managerID)
        // A unit Roder has but the HR file has not: the next import would not know it, so it
        // is marked as made by hand.
        unit.handEdit = HandEdit(fields: Set(HandEdit.Field.unitFields), at: request.now, by: request.state.user?.name)
        try await tenant.create(unit)
        try await request.audit(.unitCreated, subject: describe(values.names, code: values.code, request), subjectID: unit.id)
        try await recordHistory(request)
        try await request.setNotice(.unitCreated)
        return request.redirect(to: SiteRoute.organisationUnit(try unit.requireID()).path)
    }

    func editUnitForm(_ request: Request) async throws -> Response {
        let unit = try await loadUnit(request)
        let options = try await PickerOptions.load(request)
        let input = UnitInput(unit, options: options)
        return try await unitForm(request, unit: unit, input: input, checked: Checked(), options: options, status: .ok)
    }

    func updateUnit(_ request: Request) async throws -> Response {
        let unit = try await loadUnit(request)
        let options = try await PickerOptions.load(request)
        let input = UnitInput(request, languages: try languages(for: unit, request))
        let checked = try await check(input, unit: unit, options: options, request: request)
        guard let values = checked.values else { return try await unitForm(request, unit: unit, input: input, checked: checked, options: options) }
        var changed: Set<HandEdit.Field> = []
        if values.names != unit.name { changed.insert(.name) }
        if values.parentID != unit.$parent.id { changed.insert(.parent) }
        if values.kind.rawValue != unit.kind { changed.insert(.kind) }
        if values.managerID != unit.$manager.id { changed.insert(.manager) }
        if values.headcount != unit.headcount { changed.insert(.headcount) }
        let codeChanged = values.code != unit.code
        guard !changed.isEmpty || codeChanged else { return request.redirect(to: SiteRoute.organisationUnit(try unit.requireID()).path) }
        unit.name = values.names
        unit.$parent.id = values.parentID
        unit.kind = values.kind.rawValue
        unit.$manager.id = values.managerID
        unit.headcount = values.headcount
        unit.code = values.code
        if !changed.isEmpty { unit.handEdit = markEdited(unit.handEdit, changed, request) }
        try await unit.save(on: request.db)
        let fields = HandEdit.Field.allCases.filter(changed.contains).map(\.rawValue) + (codeChanged ? ["code"] : [])
        try await request.audit(
            .unitChanged, subject: describe(values.names, code: values.code, request), subjectID: unit.id,
            after: fields.joined(separator: ", "))
        try await recordHistory(request)
        try await request.setNotice(.unitSaved)
        return request.redirect(to: SiteRoute.organisationUnit(try unit.requireID()).path)
    }

    /// Retires a unit without sub-units: it leaves the chart and the analytics, its people
    /// move to its parent, and its code and history stay.
    func retireUnit(_ request: Request) async throws -> Response {
        let unit = try await loadUnit(request)
        let tenant = try request.tenant
        let unitID = try unit.requireID()
        let subUnits = try await tenant.query(OrganisationUnit.self).filter(\.$parent.$id == unitID).filter(\.$retiredAt == nil).count()
        guard subUnits == 0 else {
            let options = try await PickerOptions.load(request)
            return try await unitForm(
                request, unit: unit, input: UnitInput(unit, options: options), checked: Checked(), options: options,
                status: .conflict)
        }
        let now = request.now
        let edit = markEdited(unit.handEdit, [.retired], request)
        let parentID = unit.$parent.id
        try await request.db.transaction { database in
            let tenant = TenantDatabase(organisationID: tenant.organisationID, database: database)
            for person in try await tenant.query(Person.self).filter(\.$unitID == unitID).all() {
                person.unitID = parentID
                try await person.save(on: database)
            }
            unit.retiredAt = now
            unit.handEdit = edit
            try await unit.save(on: database)
        }
        try await request.audit(.unitRetired, subject: describe(unit.name, code: unit.code, request), subjectID: unitID)
        try await recordHistory(request)
        try await request.setNotice(.unitRetired)
        return request.redirect(to: parentID.map { SiteRoute.organisationUnit($0).path } ?? SiteRoute.area(.organisation).path)
    }

    // MARK: People

    func editPersonForm(_ request: Request) async throws -> Response {
        let person = try await loadPerson(request)
        let options = try await PickerOptions.load(request)
        let parts = nameParts(person)
        let model = PersonFormPage.Model(
            personID: try person.requireID(), savedName: person.name, externalID: person.externalID, firstName: parts.first, surname: parts.surname,
            title: person.title ?? "", email: person.email ?? "", unit: PickerField(text: person.unitID.flatMap { options.units[$0] }.map(options.label) ?? ""),
            level: ManagementLevel(rawValue: person.managementLevel) ?? .staff, backTo: backTo(person, options))
        return request.html(PersonFormPage.render(model, context: try await request.pageContext()))
    }

    func updatePerson(_ request: Request) async throws -> Response {
        let person = try await loadPerson(request)
        let options = try await PickerOptions.load(request)
        let localizer = request.localizer()
        let firstName = (request.formField("first-name") ?? "").trimmed, surname = (request.formField("surname") ?? "").trimmed
        let title = (request.formField("title") ?? "").trimmed, email = EmailAddress.normalised(request.formField("email") ?? "")
        let level = request.formField("level").flatMap(ManagementLevel.init(rawValue:)) ?? .staff
        var unitField = PickerField(text: request.formField("unit") ?? "")
        var errors: [PersonFormPage.Field: String] = [:]
        if firstName.isEmpty && surname.isEmpty { errors[.name] = localizer(.personNameRequired) }
        if !email.isEmpty && !EmailAddress.isPlausible(email) { errors[.email] = localizer(.emailInvalid) }
        let unitID = resolve(
            &unitField, choice: request.formField("unit-choice"), among: options.unitCandidates, label: options.unitLabel,
            choiceLabel: options.unitPathLabel, localizer: localizer)
        if let error = unitField.error { errors[.unit] = error }
        guard errors.isEmpty, let unitID else {
            let model = PersonFormPage.Model(
                personID: try person.requireID(), savedName: person.name, externalID: person.externalID, firstName: firstName,
                surname: surname, title: title, email: email, unit: unitField, level: level, errors: errors,
                backTo: backTo(person, options))
            return request.html(PersonFormPage.render(model, context: try await request.pageContext()), status: .unprocessableEntity)
        }
        let name = PersonName.from(full: nil, surnameFirst: nil, firstName: firstName.isEmpty ? nil : firstName, surname: surname.isEmpty ? nil : surname)!
        var changed: Set<HandEdit.Field> = []
        if name.display != person.name || name.firstName != person.firstName || name.surname != person.surname { changed.insert(.name) }
        if (title.isEmpty ? nil : title) != person.title { changed.insert(.title) }
        if (email.isEmpty ? nil : email) != person.email { changed.insert(.email) }
        if unitID.id != person.unitID { changed.insert(.unit) }
        if level.rawValue != person.managementLevel { changed.insert(.level) }
        guard !changed.isEmpty else { return request.redirect(to: backPath(person)) }
        person.name = name.display
        person.firstName = name.firstName
        person.surname = name.surname
        person.title = title.isEmpty ? nil : title
        person.email = email.isEmpty ? nil : email
        person.unitID = unitID.id
        person.managementLevel = level.rawValue
        person.handEdit = markEdited(person.handEdit, changed, request)
        try await person.save(on: request.db)
        try await request.audit(
            .personChanged, subject: person.name, subjectID: person.id,
            after: HandEdit.Field.allCases.filter(changed.contains).map(\.rawValue).joined(separator: ", "))
        // The figures change with who leads and at what level, not with a title or an address.
        if !changed.isDisjoint(with: [.unit, .level]) { try await recordHistory(request) }
        try await request.setNotice(.personSaved)
        return request.redirect(to: backPath(person))
    }

    // MARK: - Reading and checking the unit form

    /// The unit form as typed.
    struct UnitInput {
        var names: LocalizedText
        var languages: [Language]
        var code: String
        var kind: UnitKind
        var parent: PickerField
        var parentChoice: String?
        var manager: PickerField
        var managerChoice: String?
        var headcount: String

        init(_ request: Request, languages: [Language]) {
            self.languages = languages
            names = request.form.localized("name", languages: languages)
            code = (request.formField("code") ?? "").trimmed
            kind = request.formField("kind").flatMap(UnitKind.init(rawValue:)) ?? .unit
            parent = PickerField(text: request.formField("parent") ?? "")
            parentChoice = request.formField("parent-choice")
            manager = PickerField(text: request.formField("manager") ?? "")
            managerChoice = request.formField("manager-choice")
            headcount = (request.formField("headcount") ?? "").trimmed
        }

        init(_ unit: OrganisationUnit, options: PickerOptions) {
            names = unit.name
            languages = Array(Set(options.contentLanguages + Array(unit.name.texts.keys))).sorted {
                $0.sortIndex(in: options.contentLanguages) < $1.sortIndex(in: options.contentLanguages)
            }
            code = unit.code ?? ""
            kind = UnitKind(rawValue: unit.kind) ?? .unit
            parent = PickerField(text: unit.$parent.id.flatMap { options.units[$0] }.map(options.label) ?? "")
            manager = PickerField(text: unit.$manager.id.flatMap { options.people[$0] }.map(options.personLabel) ?? "")
            headcount = String(unit.headcount)
        }
    }

    struct Values {
        var names: LocalizedText, code: String?, kind: UnitKind, parentID: UUID?, managerID: UUID?, headcount: Int
    }

    struct Checked {
        var values: Values?
        var errors: [UnitFormPage.Field: String] = [:]
        var parent: PickerField?
        var manager: PickerField?
    }

    private func check(_ input: UnitInput, unit: OrganisationUnit?, options: PickerOptions, request: Request) async throws -> Checked {
        let localizer = request.localizer()
        var checked = Checked()
        if input.names.isEmpty { checked.errors[.names] = localizer(.unitNameRequiredAny) }
        let headcount = OrganisationImporter.parseHeadcount(input.headcount.isEmpty ? "0" : input.headcount)
        if headcount == nil { checked.errors[.headcount] = localizer(.unitHeadcountInvalid) }
        if !input.code.isEmpty {
            // Codes are unique in the organisation, retired units included (the next import matches by them).
            var taken = try request.tenant.query(OrganisationUnit.self).filter(\.$code == input.code)
            if let id = unit?.id { taken = taken.filter(\.$id != id) }
            if try await taken.count() > 0 { checked.errors[.code] = localizer(.unitCodeTaken(code: input.code)) }
        }
        var parent = input.parent
        let parentID = resolve(
            &parent, choice: input.parentChoice, among: options.unitCandidates, label: options.unitLabel,
            choiceLabel: options.unitPathLabel, localizer: localizer)
        if let id = parentID?.id, let unitID = unit?.id, options.structure.isInSubtree(id, of: unitID) {
            parent.error = localizer(.unitParentCycle)
        }
        checked.parent = parent
        if let error = parent.error { checked.errors[.parent] = error }
        var manager = input.manager
        let managerID = resolve(&manager, choice: input.managerChoice, among: options.personCandidates, label: options.personChoiceLabel, localizer: localizer)
        checked.manager = manager
        if let error = manager.error { checked.errors[.manager] = error }
        if checked.errors.isEmpty, let parentID, let managerID, let headcount {
            checked.values = Values(
                names: input.names, code: input.code.isEmpty ? nil : input.code, kind: input.kind, parentID: parentID.id,
                managerID: managerID.id, headcount: headcount)
        }
        return checked
    }

    private func unitForm(
        _ request: Request, unit: OrganisationUnit?, input: UnitInput, checked: Checked, options: PickerOptions,
        status: HTTPStatus = .unprocessableEntity
    ) async throws -> Response {
        let unitID = unit?.id
        let subUnits = unitID.map { id in options.structure.children(of: id).count } ?? 0
        let model = UnitFormPage.Model(
            unitID: unitID, savedName: unit?.name ?? LocalizedText(), names: input.names, languages: input.languages, code: input.code, kind: input.kind,
            parent: checked.parent ?? input.parent, manager: checked.manager ?? input.manager, headcount: input.headcount, errors: checked.errors,
            subUnitCount: subUnits, retireDestination: unit?.$parent.id.flatMap { options.units[$0]?.name })
        return request.html(UnitFormPage.render(model, context: try await request.pageContext()), status: status)
    }

    /// What a picker's field came to: a unit or person, or none when it was left empty.
    struct Picked { let id: UUID? }

    /// What a picker's text (or the choice made among several matches) comes to; nil when
    /// the field has an error.
    private func resolve(
        _ field: inout PickerField, choice: String?, among candidates: [Picker.Candidate], label: (UUID) -> String,
        choiceLabel: ((UUID) -> String)? = nil, localizer: Localizer
    ) -> Picked? {
        if let choice = choice.flatMap(UUID.init(uuidString:)), candidates.contains(where: { $0.id == choice }) {
            field.text = label(choice)
            return Picked(id: choice)
        }
        switch Picker.resolve(field.text, among: candidates) {
        case .nothing: return Picked(id: nil)
        case .one(let id): return Picked(id: id)
        case .several(let ids):
            field.choices = ids.map { SelectChoice(id: $0, label: choiceLabel?($0) ?? label($0)) }
            field.error = localizer(.pickerSeveral(text: field.text.trimmed))
            return nil
        case .noMatch:
            field.error = localizer(.pickerNoMatch(text: field.text.trimmed))
            return nil
        }
    }

    // MARK: - Helpers

    private func markEdited(_ earlier: HandEdit?, _ fields: Set<HandEdit.Field>, _ request: Request) -> HandEdit {
        let edit = HandEdit(fields: fields, at: request.now, by: request.state.user?.name)
        return earlier.map { $0.adding(edit) } ?? edit
    }

    private func recordHistory(_ request: Request) async throws {
        try await StructureHistoryStore.record(.handEdit, tenant: try request.tenant, targetBand: try organisation(request).spanTarget, at: request.now)
    }

    private func describe(_ name: LocalizedText, code: String?, _ request: Request) -> String {
        [code, request.localizer().text(name)?.text].compactMap { $0 }.joined(separator: " ")
    }

    /// The kind of a new unit under one of `kind`: one step down.
    private func childKind(of kind: UnitKind) -> UnitKind {
        switch kind {
        case .sector: .division
        case .division: .unit
        case .unit, .team: .team
        }
    }

    private func languages(for unit: OrganisationUnit, _ request: Request) throws -> [Language] {
        let content = try organisation(request).contentLanguages
        return content + unit.name.texts.keys.filter { !content.contains($0) }.sorted { $0.code < $1.code }
    }

    private func nameParts(_ person: Person) -> (first: String, surname: String) {
        if person.firstName != nil || person.surname != nil { return (person.firstName ?? "", person.surname ?? "") }
        // A name imported in one column: the last word is taken as the surname, to be corrected here.
        let words = person.name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return ("", person.name) }
        return (words.dropLast().joined(separator: " "), words.last!)
    }

    private func backTo(_ person: Person, _ options: PickerOptions) -> (id: UUID, name: LocalizedText)? {
        person.unitID.flatMap { id in options.units[id].map { (id, $0.name) } }
    }

    private func backPath(_ person: Person) -> String {
        person.unitID.map { SiteRoute.organisationUnit($0).path } ?? SiteRoute.area(.organisation).path
    }

    private func loadUnit(_ request: Request) async throws -> OrganisationUnit {
        guard let unit = try await request.tenant.find(OrganisationUnit.self, request.parameters.uuid("unitID")), unit.retiredAt == nil else {
            throw Abort(.notFound)
        }
        return unit
    }

    private func loadPerson(_ request: Request) async throws -> Person {
        guard let person = try await request.tenant.find(Person.self, request.parameters.uuid("personID")) else { throw Abort(.notFound) }
        return person
    }

    private func organisation(_ request: Request) throws -> Organisation {
        guard let organisation = request.state.organisation else { throw Abort(.forbidden) }
        return organisation
    }
}

/// The units and people a picker chooses from, read once per request with plain SQL (an
/// organisation may have 1,500 units and 10,000 people).
struct PickerOptions {
    let structure: OrganisationStructure
    let units: [UUID: OrgUnit]
    let people: [UUID: (name: String, externalID: String?)]
    let contentLanguages: [Language]
    let localizer: Localizer

    static func load(_ request: Request) async throws -> PickerOptions {
        guard let organisation = request.state.organisation else { throw Abort(.forbidden) }
        let tenant = try request.tenant
        let loaded = try await OrganisationQuery.load(tenant, targetBand: organisation.spanTarget)
        var people: [UUID: (name: String, externalID: String?)] = [:]
        for row in try await tenant.select(from: Person.schema).columns("id", "name", "external_id").rows() {
            people[try row.decode(column: "id", as: UUID.self)] = (
                try row.decode(column: "name", as: String.self),
                try row.decode(column: "external_id", as: String?.self)
            )
        }
        return PickerOptions(
            structure: loaded.structure, units: loaded.structure.units, people: people,
            contentLanguages: organisation.contentLanguages, localizer: request.localizer())
    }

    var unitCandidates: [Picker.Candidate] {
        units.values.map { Picker.Candidate(id: $0.id, code: $0.code, names: $0.name.texts.values.sorted()) }
    }

    var personCandidates: [Picker.Candidate] {
        people.map { Picker.Candidate(id: $0.key, code: $0.value.externalID, names: [$0.value.name]) }
    }

    /// "2100 Varhaiskasvatus": what the field shows, and finds again when saved.
    func label(_ unit: OrgUnit) -> String {
        let candidate = Picker.Candidate(id: unit.id, code: unit.code, names: [])
        return candidate.label(name: localizer.text(unit.name)?.text ?? "")
    }

    func unitLabel(_ id: UUID) -> String { units[id].map(label) ?? "" }

    /// "2100 Sivistystoimi › Varhaiskasvatus": a match shown with where it sits.
    func unitPathLabel(_ id: UUID) -> String {
        let path = structure.path(to: id).map { localizer.text($0.name)?.text ?? "–" }.joined(separator: " › ")
        return units[id]?.code.map { "\($0) \(path)" } ?? path
    }

    func personLabel(_ person: (name: String, externalID: String?)) -> String {
        person.externalID.map { "\($0) \(person.name)" } ?? person.name
    }

    func personChoiceLabel(_ id: UUID) -> String { people[id].map(personLabel) ?? "" }
}

extension HandEdit.Field {
    /// What a unit can have edited by hand.
    static let unitFields: [HandEdit.Field] = [.name, .parent, .kind, .manager, .headcount]
}

extension Language {
    /// Position in `order`, or after it.
    func sortIndex(in order: [Language]) -> Int { order.firstIndex(of: self) ?? order.count + (Language.allCases.firstIndex(of: self) ?? 0) }
}
