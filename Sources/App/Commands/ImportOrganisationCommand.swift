import Fluent
import Foundation
import RoderCore
import RoderViews
import Vapor

/// `roder import-organisation FILE --organisation slug [--map "Header=field" …] [--sheet NAME]
/// [--show-mapping] [--dry-run] [--language sv|fi|en]`: the web import from the command line.
/// Columns are mapped as given with `--map`, otherwise as the organisation's last import
/// mapped them, otherwise guessed from the headers and values. All or nothing.
///
/// Exit status: 0 imported (or a clean dry run, or the mapping shown), 1 the file has errors
/// (each printed), 2 the command was used wrongly. Its own argument parsing, because a
/// `--map` is given once per column and ConsoleKit's options take one value each.
struct ImportOrganisationCommand: AnyAsyncCommand {
    var help: String { "Imports units, managers and staff from an HR system's CSV or Excel file." }

    struct Arguments: Equatable {
        var file: String
        var organisation: String
        /// Header (as in the file) → field.
        var mapping: [String: ImportField] = [:]
        /// Headers given as `Header=ignore`: not imported, whatever the guess.
        var ignored: Set<String> = []
        var sheet: String?
        var showMapping = false
        var dryRun = false
        var language: Language = .english

        static let usage = """
            Usage: roder import-organisation FILE --organisation SLUG [--map "Header=field" …] [--sheet NAME]
                                             [--show-mapping] [--dry-run] [--language sv|fi|en]
              --map "Header=field"  what a column means; field is one of:
                                    \(ImportField.allCases.map(\.rawValue).joined(separator: ", ")), or ignore
              --show-mapping        print the mapping Roder would use, as --map options, and stop
              --dry-run             check the file and show what would change, without changing anything
            """

        /// Every problem with the arguments, or the arguments.
        static func parse(_ raw: [String]) -> Result<Arguments, CommandError> {
            var file: String?, organisation: String?, sheet: String?, language = Language.english
            var mapping: [String: ImportField] = [:], ignored: Set<String> = [], showMapping = false, dryRun = false
            var problems: [String] = []
            var index = 0
            func value(of option: String) -> String? {
                guard index + 1 < raw.count, !raw[index + 1].hasPrefix("--") else { problems.append("\(option) needs a value."); return nil }
                index += 1
                return raw[index]
            }
            while index < raw.count {
                let argument = raw[index]
                switch argument {
                case "--organisation": organisation = value(of: argument)?.lowercased()
                case "--sheet": sheet = value(of: argument)
                case "--show-mapping": showMapping = true
                case "--dry-run": dryRun = true
                case "--language":
                    if let code = value(of: argument) {
                        if let chosen = Language(rawValue: code) { language = chosen } else { problems.append("--language is sv, fi or en, not \(code).") }
                    }
                case "--map":
                    guard let pair = value(of: argument) else { break }
                    guard let equals = pair.lastIndex(of: "=") else { problems.append("--map \"\(pair)\" is not Header=field."); break }
                    let header = String(pair[..<equals]).trimmed, fieldName = String(pair[pair.index(after: equals)...]).trimmed
                    if fieldName == "ignore" {
                        ignored.insert(header)
                    } else if let field = ImportField(rawValue: fieldName) {
                        mapping[header] = field
                    } else {
                        problems.append("--map: \(fieldName) is not a field.")
                    }
                default:
                    if argument.hasPrefix("--") {
                        problems.append("Unknown option \(argument).")
                    } else if file == nil {
                        file = argument
                    } else {
                        problems.append("One file at a time: \(argument).")
                    }
                }
                index += 1
            }
            if file == nil { problems.append("Give the FILE to import.") }
            if organisation == nil { problems.append("Give the --organisation, e.g. --organisation norrvik.") }
            guard problems.isEmpty, let file, let organisation else {
                return .failure(CommandError(usage: (problems + ["", usage]).joined(separator: "\n")))
            }
            return .success(
                Arguments(
                    file: file, organisation: organisation, mapping: mapping, ignored: ignored, sheet: sheet, showMapping: showMapping,
                    dryRun: dryRun, language: language))
        }
    }

    func outputHelp(using context: inout CommandContext) throws {
        context.console.print(help)
        context.console.print(Arguments.usage)
    }

    func run(using context: inout CommandContext) async throws {
        let arguments = try Arguments.parse(context.input.arguments).get()
        context.input.arguments = []
        try await run(arguments, app: context.application, console: context.console)
    }

    func run(_ arguments: Arguments, app: Application, console: any Console) async throws {
        try await app.autoMigrate()
        let localizer = Localizer(language: arguments.language)
        guard let organisation = try await Organisation.query(on: app.db).filter(\.$slug == arguments.organisation).first() else {
            throw CommandError(usage: "There is no organisation \(arguments.organisation). Give an existing --organisation.")
        }
        guard let data = FileManager.default.contents(atPath: arguments.file) else {
            throw CommandError(usage: "Cannot read \(arguments.file).")
        }
        let tenant = TenantDatabase(organisationID: try organisation.requireID(), database: app.db)
        let existing = try await OrganisationImportService.existing(tenant)
        let remembered = (organisation.rememberedImportMapping ?? [:]).compactMapValues(ImportField.init(rawValue:))
        var reading = OrganisationImportService.read(
            data, sheet: arguments.sheet, mapping: nil, remembered: remembered,
            contentLanguages: organisation.contentLanguages, existing: existing)
        if let table = reading.table, !arguments.mapping.isEmpty || !arguments.ignored.isEmpty {
            // --map names headers as the file has them; columns not named keep the guess.
            var fields = reading.mapping.fields
            let unknown = Set(arguments.mapping.keys).union(arguments.ignored).filter { header in !table.header.contains(header) }
            guard unknown.isEmpty else { throw CommandError(usage: "The file has no column \(unknown.sorted().joined(separator: ", ")).") }
            for (index, header) in table.header.enumerated() {
                if arguments.ignored.contains(header) { fields[index] = nil }
                if let field = arguments.mapping[header] { fields[index] = field }
            }
            reading = OrganisationImportService.read(
                data, sheet: arguments.sheet, mapping: ColumnMapping(fields), remembered: [:],
                contentLanguages: organisation.contentLanguages, existing: existing)
        }
        let page = PageContext(localizer: localizer, principal: nil, userName: nil, organisation: nil, csrfToken: "", currentPath: "")
        if let table = reading.table {
            if case .xlsx(let sheet, let sheets) = table.format, sheets.count > 1 {
                console.info("Sheet \(sheet) of \(sheets.joined(separator: ", ")) (choose with --sheet).")
            }
            let options = table.header.enumerated().map { index, header in
                "--map \(shellQuoted("\(header)=\(reading.mapping.fields[index]?.rawValue ?? "ignore")"))"
            }
            if arguments.showMapping {
                console.print(options.joined(separator: " \\\n  "))
                return
            }
            console.info(
                "Columns: "
                    + table.header.enumerated().map { index, header in
                        "\(header) → \(reading.mapping.fields[index].map { localizer($0.titleKey) } ?? "–")"
                    }.joined(separator: "; "))
        }
        guard let plan = reading.plan else {
            for issue in reading.issues { console.error(OrganisationImportPage.describe(issue, page)) }
            throw CommandError("\(reading.issues.count) errors; nothing was imported.")
        }
        let diff = existing.diff(plan)
        console.info(
            "Units: \(diff.newUnits.count) new, \(diff.changedUnits.count) changed, \(diff.unchangedUnitCount) unchanged. "
                + "People: \(diff.newPeople.count) new, \(diff.changedPeople.count) changed, \(diff.unchangedPeopleCount) unchanged.")
        for overwrite in diff.overwrites {
            let subject: String =
                switch overwrite.subject {
                case .unit(let code, _): "unit \(code)"
                case .person(let id, let name): "\(name) (\(id))"
                }
            console.warning("Changed by hand in Roder, overwritten by the file: \(subject): \(overwrite.fields.map(\.rawValue).joined(separator: ", "))")
        }
        if arguments.dryRun {
            console.info("Dry run: nothing was changed.")
            return
        }
        let now = app.config.clock.now()
        try await OrganisationImportService.apply(plan, organisationID: tenant.organisationID, targetBand: organisation.spanTarget, at: now, on: app.db)
        try await AuditRecord(
            organisationID: tenant.organisationID, actorUserID: nil, actorName: nil, action: .organisationImported,
            subject: URL(fileURLWithPath: arguments.file).lastPathComponent, subjectID: tenant.organisationID, before: nil,
            after: "units +\(diff.newUnits.count) ~\(diff.changedUnits.count), people +\(diff.newPeople.count) ~\(diff.changedPeople.count)",
            at: now
        ).create(on: app.db)
        console.success("Imported.")
    }

    private func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
