import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// `roder import-organisation FILE --organisation slug [--dry-run] [--language sv|fi|en]`:
/// the web import from the command line. Columns are mapped as the organisation's last web
/// import mapped them, otherwise guessed from the headers. All or nothing.
struct ImportOrganisationCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "The CSV file from the HR system.")
        var file: String
        @Option(name: "organisation", help: "Short name of the organisation, e.g. norrvik.")
        var organisation: String?
        @Option(name: "language", help: "Language of the messages: sv, fi or en (default en).")
        var language: String?
        @Flag(name: "dry-run", help: "Check the file and show what would change, without changing anything.")
        var dryRun: Bool
    }

    var help: String { "Imports units, managers and staff from an HR system's CSV file." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        try await app.autoMigrate()
        let localizer = Localizer(language: signature.language.flatMap(Language.init(rawValue:)) ?? .english)
        guard let slug = signature.organisation?.lowercased(),
              let organisation = try await Organisation.query(on: app.db).filter(\.$slug == slug).first() else {
            throw CommandError("Give an existing --organisation, e.g. --organisation norrvik.")
        }
        guard let data = FileManager.default.contents(atPath: signature.file) else {
            throw CommandError("Cannot read \(signature.file).")
        }
        let tenant = TenantDatabase(organisationID: try organisation.requireID(), database: app.db)
        let existing = try await OrganisationImportService.existing(tenant)
        let reading = OrganisationImportService.read(
            data, mapping: nil,
            remembered: (organisation.rememberedImportMapping ?? [:]).compactMapValues(ImportField.init(rawValue:)),
            existingUnitCodes: Set(existing.units.compactMap(\.code))
        )
        let context = PageContext(localizer: localizer, principal: nil, userName: nil, organisation: nil, csrfToken: "", currentPath: "")
        if let table = reading.table {
            console.info("Columns: " + table.header.enumerated().map { index, header in
                "\(header) → \(reading.mapping.fields[index].map { localizer($0.titleKey) } ?? "–")"
            }.joined(separator: "; "))
        }
        guard let plan = reading.plan else {
            for issue in reading.issues { console.error(OrganisationImportPage.describe(issue, context)) }
            throw CommandError("\(reading.issues.count) errors; nothing was imported.")
        }
        let diff = existing.diff(plan)
        console.info("Units: \(diff.newUnits.count) new, \(diff.changedUnits.count) changed, \(diff.unchangedUnitCount) unchanged. "
                     + "People: \(diff.newPeople.count) new, \(diff.changedPeople.count) changed, \(diff.unchangedPeopleCount) unchanged.")
        if signature.dryRun {
            console.info("Dry run: nothing was changed.")
            return
        }
        try await OrganisationImportService.apply(plan, organisationID: tenant.organisationID, on: app.db)
        try await AuditRecord(organisationID: tenant.organisationID, actorUserID: nil, actorName: nil, action: .organisationImported,
                              subject: URL(fileURLWithPath: signature.file).lastPathComponent, subjectID: tenant.organisationID, before: nil,
                              after: "units +\(diff.newUnits.count) ~\(diff.changedUnits.count), people +\(diff.newPeople.count) ~\(diff.changedPeople.count)",
                              at: app.config.clock.now()).create(on: app.db)
        console.success("Imported.")
    }
}
