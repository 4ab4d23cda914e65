import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// Upload → map the columns and preview → apply. The upload is kept as a draft of the
/// organisation, so the mapping can be changed and checked again without uploading anew.
struct OrganisationImportController: Sendable {
    func form(_ request: Request) async throws -> Response {
        request.html(OrganisationImportPage.renderUpload(problem: nil, context: try await request.pageContext()))
    }

    func upload(_ request: Request) async throws -> Response {
        guard let file = request.uploadedFile("file"), file.data.readableBytes > 0 else {
            let page = OrganisationImportPage.renderUpload(problem: request.localizer()(.importNoFile), context: try await request.pageContext())
            return request.html(page, status: .unprocessableEntity)
        }
        let tenant = try request.tenant
        // Drafts are a waiting room, not storage: yesterday's go.
        try await tenant.query(ImportDraft.self).filter(\.$createdAt < request.now.addingTimeInterval(-24 * 60 * 60)).delete()
        let draft = ImportDraft(
            organisationID: tenant.organisationID, userID: request.state.user!.id!,
            fileName: String(file.filename.suffix(200)), content: Data(buffer: file.data), createdAt: request.now)
        try await tenant.create(draft)
        return request.redirect(to: SiteRoute.organisationImportDraft(draft.id!).path)
    }

    func draft(_ request: Request) async throws -> Response {
        let (draft, organisation) = try await load(request)
        let tenant = try request.tenant
        let existing = try await OrganisationImportService.existing(tenant)
        let reading = OrganisationImportService.read(
            draft.content, mapping: nil, remembered: remembered(organisation),
            contentLanguages: organisation.contentLanguages, existing: existing)
        return try await page(draft: draft, reading: reading, existing: existing, request: request)
    }

    /// Checks the file again with the mapping as chosen and shows what would change; with
    /// `action=apply` and no errors, imports it. `action=sheet` reads another sheet of a
    /// workbook, its columns guessed anew.
    func apply(_ request: Request) async throws -> Response {
        let (draft, organisation) = try await load(request)
        let tenant = try request.tenant
        let existing = try await OrganisationImportService.existing(tenant)
        let action = request.formField("action")
        let sheet = request.formField("sheet").map { String($0.prefix(200)) }
        let chosen = action == "sheet" ? nil : try chosenMapping(request)
        let reading = OrganisationImportService.read(
            draft.content, sheet: sheet, mapping: chosen,
            remembered: remembered(organisation), contentLanguages: organisation.contentLanguages,
            existing: existing)
        guard action == "apply", let plan = reading.plan, let table = reading.table else {
            return try await page(draft: draft, reading: reading, existing: existing, request: request)
        }
        let diff = try await OrganisationImportService.apply(
            plan, organisationID: tenant.organisationID, targetBand: organisation.spanTarget,
            at: request.now, on: request.db)
        // Remember what each header meant, for the next file from the same HR system.
        var memory = organisation.rememberedImportMapping ?? [:]
        for (column, field) in reading.mapping.fields where column < table.header.count {
            memory[ColumnMapping.normalise(table.header[column])] = field.rawValue
        }
        organisation.rememberedImportMapping = memory
        try await organisation.save(on: request.db)
        try await draft.delete(on: request.db)
        try await request.audit(
            .organisationImported, subject: draft.fileName, subjectID: tenant.organisationID,
            after: "units +\(diff.newUnits.count) ~\(diff.changedUnits.count), people +\(diff.newPeople.count) ~\(diff.changedPeople.count)")
        try await request.setNotice(.organisationImported)
        return request.redirect(to: SiteRoute.area(.organisation).path)
    }

    func demoFile(_ request: Request) async throws -> Response {
        request.csv(DemoTown.sjobacka().organisationExport(), fileName: "sjobacka-organisation.csv")
    }

    // MARK: -

    private func load(_ request: Request) async throws -> (ImportDraft, Organisation) {
        guard let organisation = request.state.organisation else { throw Abort(.forbidden) }
        guard let id = request.parameters.uuid("draftID"),
            let draft = try await request.tenant.find(ImportDraft.self, id)
        else { throw Abort(.notFound) }
        return (draft, organisation)
    }

    private func remembered(_ organisation: Organisation) -> [String: ImportField] {
        (organisation.rememberedImportMapping ?? [:]).compactMapValues(ImportField.init(rawValue:))
    }

    /// The mapping from the form's `column-N` selects.
    private func chosenMapping(_ request: Request) throws -> ColumnMapping {
        var fields: [Int: ImportField] = [:]
        for index in 0..<500 {
            guard let value = request.formField("column-\(index)") else { continue }
            if let field = ImportField(rawValue: value) { fields[index] = field }
        }
        return ColumnMapping(fields)
    }

    private func page(
        draft: ImportDraft, reading: OrganisationImportService.Reading, existing: OrganisationImportService.Existing,
        request: Request
    ) async throws -> Response {
        let table = reading.table
        let columns = (table?.header ?? []).enumerated().map { index, header in
            OrganisationImportPage.Column(
                header: header,
                samples: Array(
                    (table?.rows ?? []).lazy.compactMap { $0.fields.indices.contains(index) ? $0.fields[index] : nil }
                        .filter { !$0.isEmpty }.prefix(3)),
                field: reading.mapping.fields[index]
            )
        }
        let model = OrganisationImportPage.Model(
            draftID: draft.id!, fileName: draft.fileName, format: table?.format, rowCount: table?.rows.count ?? 0,
            columns: columns, issues: reading.issues, diff: reading.plan.map(existing.diff)
        )
        let status: HTTPStatus = reading.issues.isEmpty ? .ok : .unprocessableEntity
        return request.html(OrganisationImportPage.renderDraft(model, context: try await request.pageContext()), status: status)
    }
}
