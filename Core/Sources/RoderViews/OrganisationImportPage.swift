import Foundation
import Plot
import RoderCore

/// Importing the organisation from the HR system's CSV: upload, then map the columns and
/// see what would change, then apply. Nothing is written before the last step.
public enum OrganisationImportPage {
    public static func renderUpload(problem: String?, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.organisationImport, canChange: true, context),
            .p(.class("lead"), .text(t(.importIntro))),
            .form(
                .action(SiteRoute.organisationImport.path), .method(.post), .enctype(.multipartData), .class("stack narrow"),
                csrfField(context),
                .unwrap(problem) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
                .div(
                    .class(problem == nil ? "field" : "field has-error"),
                    .label(.for("file"), .text(t(.importFile))),
                    .p(.class("hint"), .id("file-hint"), .text(t(.importFileHint))),
                    .input(
                        .type(.file), .name("file"), .id("file"),
                        .attribute(named: "accept", value: ".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        .required(true), .attribute(named: "aria-describedby", value: "file-hint"))
                ),
                .button(.type(.submit), .class("primary"), .text(t(.importUpload)))
            ),
            .section(
                .class("card"),
                .h2(.text(t(.importFormatTitle))),
                .p(.text(t(.importFormat))),
                .p(.a(.href(SiteRoute.organisationImportDemoFile.path), .text(t(.importDemoFile))))
            )
        )
        return Layout.render(Page(title: t(.orgImport), section: .area(.organisation), content: content), context: context)
    }

    public struct Column: Sendable, Hashable {
        public var header: String
        public var samples: [String]
        public var field: ImportField?

        public init(header: String, samples: [String], field: ImportField?) {
            self.header = header
            self.samples = samples
            self.field = field
        }
    }

    public struct Model: Sendable {
        public var draftID: UUID
        public var fileName: String
        /// Nil when the file could not be read at all.
        public var format: ImportTable.Format?
        public var rowCount: Int
        public var columns: [Column]
        public var issues: [ImportIssue]
        public var diff: ImportDiff?

        public init(
            draftID: UUID, fileName: String, format: ImportTable.Format?, rowCount: Int,
            columns: [Column], issues: [ImportIssue], diff: ImportDiff?
        ) {
            self.draftID = draftID
            self.fileName = fileName
            self.format = format
            self.rowCount = rowCount
            self.columns = columns
            self.issues = issues
            self.diff = diff
        }
    }

    public static func renderDraft(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.organisationImport, canChange: true, context),
            .p(.class("lead"), .text(summary(model, context))),
            .form(
                .action(SiteRoute.organisationImportDraft(model.draftID).path), .method(.post), .class("stack"),
                csrfField(context),
                sheetChooser(model, context),
                .h2(.text(t(.importMappingTitle))),
                .p(.class("hint"), .text(t(.importMappingHint))),
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data"),
                        .caption(.text(t(.importColumns))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(.importColumnInFile))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.importSamples))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.importMeansInRoder))))),
                        .tbody(
                            .forEach(model.columns.enumerated()) { index, column in
                                .tr(
                                    .th(
                                        .attribute(named: "scope", value: "row"),
                                        .label(.for("column-\(index)"), .text(column.header.isEmpty ? "(\(index + 1))" : column.header))),
                                    .td(.class("samples"), .text(column.samples.joined(separator: " · "))),
                                    .td(
                                        .select(
                                            .attribute(named: "name", value: "column-\(index)"), .id("column-\(index)"),
                                            .choice(value: "", label: t(.importIgnore), isSelected: column.field == nil),
                                            .forEach(ImportField.allCases) { field in
                                                .choice(value: field.rawValue, label: t(field.titleKey), isSelected: column.field == field)
                                            }
                                        ))
                                )
                            })
                    )),
                .button(.type(.submit), .name("action"), .value("preview"), .text(t(.importCheck))),
                issuesNode(model.issues, context),
                .unwrap(model.diff) { diff in diffNode(diff, context) },
                .unwrap(model.issues.isEmpty ? model.diff : nil) { diff in
                    .div(
                        .class("actions"),
                        .button(
                            .type(.submit), .name("action"), .value("apply"), .class("primary"),
                            .text(t(diff.changesSomething ? .importApply : .importNothingToApply))))
                }
            )
        )
        return Layout.render(Page(title: t(.orgImport), section: .area(.organisation), content: content), context: context)
    }

    private static func summary(_ model: Model, _ context: PageContext) -> String {
        let rows = context.localizer.number(model.rowCount)
        switch model.format {
        case .csv(let delimiter, let encoding):
            return context(
                .importFileSummary(file: model.fileName, rows: rows, encoding: encoding.rawValue, delimiter: delimiter == "\t" ? "tab" : String(delimiter)))
        case .xlsx(let sheet, _):
            return context(.importFileSummaryWorkbook(file: model.fileName, rows: rows, sheet: sheet))
        case nil:
            return model.fileName
        }
    }

    /// A workbook with several sheets: which one to read (the first until another is chosen).
    private static func sheetChooser(_ model: Model, _ context: PageContext) -> Node<HTML.FormContext> {
        guard case .xlsx(let current, let sheets)? = model.format, sheets.count > 1 else {
            if case .xlsx(let current, _)? = model.format { return .input(.type(.hidden), .name("sheet"), .value(current)) }
            return .empty
        }
        return .div(
            .class("field inline"),
            .label(.for("sheet"), .text(context(.importSheet))),
            .select(
                .attribute(named: "name", value: "sheet"), .id("sheet"),
                .forEach(sheets) { sheet in .choice(value: sheet, label: sheet, isSelected: sheet == current) }),
            .button(.type(.submit), .name("action"), .value("sheet"), .text(context(.importReadSheet)))
        )
    }

    /// How many errors of each kind, then the first of each kind with its line and column;
    /// the whole list is what `roder import-organisation` prints.
    private static func issuesNode(_ issues: [ImportIssue], _ context: PageContext) -> Node<HTML.FormContext> {
        guard !issues.isEmpty else { return .empty }
        let number = context.localizer.number(_:)
        return .div(
            .class("error-summary"), .attribute(named: "role", value: "alert"),
            .h2(.text(context(.importErrorsTitle(count: number(issues.count))))),
            .p(.text(context(.importNothingImported))),
            .ul(
                .forEach(ImportIssueGroup.grouping(issues)) { group in
                    let shown = group.issues.prefix(groupExamples)
                    let heading =
                        group.column.map {
                            context(.importGroupLinesInColumn(count: number(group.issues.count), column: $0, kind: context(group.kind.titleKey)))
                        }
                        ?? context(.importGroupLines(count: number(group.issues.count), kind: context(group.kind.titleKey)))
                    guard group.issues.count > 1 else { return .li(.text(describe(group.issues[0], context))) }
                    return .li(
                        .strong(.text(heading)),
                        .ul(.forEach(Array(shown)) { issue in .li(.text(describe(issue, context))) }),
                        group.issues.count > shown.count ? .p(.text(context(.importGroupMore(count: number(group.issues.count - shown.count))))) : .empty
                    )
                })
        )
    }

    /// Errors shown of each kind; the rest are counted.
    public static let groupExamples = 5

    private static func diffNode(_ diff: ImportDiff, _ context: PageContext) -> Node<HTML.FormContext> {
        let t = context
        let number = context.localizer.number(_:)
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "preview"),
            .h2(.id("preview"), .text(t(.importPreviewTitle))),
            .ul(
                .li(
                    .text(
                        t(
                            .importUnitsSummary(
                                new: number(diff.newUnits.count), changed: number(diff.changedUnits.count), same: number(diff.unchangedUnitCount))))),
                .li(
                    .text(
                        t(
                            .importPeopleSummary(
                                new: number(diff.newPeople.count), changed: number(diff.changedPeople.count), same: number(diff.unchangedPeopleCount))))),
                .li(.text(t(.importManagerChanges(count: number(diff.managerChanges.count))))),
                .li(.text(t(.importNotInFile(units: number(diff.unitsNotInFile), people: number(diff.peopleNotInFile)))))
            ),
            overwritesNode(diff.overwrites, context),
            diff.newUnits.isEmpty
                ? .empty
                : .group(
                    .h3(.text(t(.importNewUnits))),
                    .ul(
                        .class("plain-list"),
                        .forEach(diff.newUnits.prefix(50)) { unit in
                            .li(.text("\(unit.code) "), localizedForm(unit.name, context))
                        })
                ),
            diff.changedUnits.isEmpty
                ? .empty
                : .group(
                    .h3(.text(t(.importChangedUnits))),
                    .ul(
                        .class("plain-list"),
                        .forEach(diff.changedUnits.prefix(50)) { unit in
                            .li(.text("\(unit.code) "), localizedForm(unit.name, context))
                        })
                )
        )
    }

    /// Hand edits in Roder that the file would undo, so that the HR director can carry them
    /// over to the HR system first.
    private static func overwritesNode(_ overwrites: [ImportDiff.Overwrite], _ context: PageContext) -> Node<HTML.BodyContext> {
        guard !overwrites.isEmpty else { return .empty }
        return .div(
            .class("notice warning"), .id("overwrites"),
            .h3(.text(context(.importOverwritesTitle(count: context.localizer.number(overwrites.count))))),
            .p(.text(context(.importOverwritesHint))),
            .ul(
                .forEach(overwrites.prefix(50)) { overwrite in
                    let subject: String =
                        switch overwrite.subject {
                        case .unit(let code, let name): "\(code) \(context.localizer.text(name)?.text ?? "")"
                        case .person(let id, let name): "\(name) (\(id))"
                        }
                    return .li(
                        .text(
                            context(
                                .importOverwriteLine(
                                    subject: subject, fields: overwrite.fields.map { context($0.titleKey) }.joined(separator: ", "),
                                    date: context.localizer.dateTime(overwrite.editedAt), who: overwrite.editedBy ?? "–"))))
                })
        )
    }

    private static func localizedForm(_ text: LocalizedText, _ context: PageContext) -> Node<HTML.BodyContext> {
        .text(context.localizer.text(text)?.text ?? "–")
    }

    /// "Line 14, column E-post: "anna@town" is not an e-mail address."
    public static func describe(_ issue: ImportIssue, _ context: PageContext) -> String {
        let t = context
        let place =
            issue.column.map { t(.importWhereColumn(line: String(issue.line), column: $0)) }
            ?? t(.importWhereLine(line: String(issue.line)))
        let what: String =
            switch issue.problem {
            case .unreadableEncoding: t(.importProblemEncoding)
            case .unterminatedQuote: t(.importProblemUnterminatedQuote)
            case .textAfterQuote: t(.importProblemTextAfterQuote)
            case .emptyFile: t(.importProblemEmpty)
            case .unreadableWorkbook: t(.importProblemWorkbook)
            case .noSuchSheet(let sheet): t(.importProblemNoSuchSheet(sheet: sheet))
            case .fieldNotMapped(let field): t(.importProblemNotMapped(field: t(field.titleKey)))
            case .fieldMappedTwice(let field): t(.importProblemMappedTwice(field: t(field.titleKey)))
            case .wrongNumberOfFields(let expected, let found): t(.importProblemFieldCount(found: String(found), expected: String(expected)))
            case .missingValue(let field): t(.importProblemMissing(field: t(field.titleKey)))
            case .invalidEmail(let value): t(.importProblemEmail(value: value))
            case .invalidHeadcount(let value): t(.importProblemHeadcount(value: value))
            case .invalidManagementLevel(let value): t(.importProblemLevel(value: value))
            case .invalidUnitKind(let value): t(.importProblemKind(value: value))
            case .invalidYesNo(let value): t(.importProblemYesNo(value: value))
            case .unknownParentUnit(let code): t(.importProblemUnknownParent(code: code))
            case .parentCycle(let code): t(.importProblemCycle(code: code))
            case .conflictingUnit(let code, let firstLine): t(.importProblemConflictingUnit(code: code, first: String(firstLine)))
            case .conflictingPerson(let id, let firstLine): t(.importProblemConflictingPerson(id: id, first: String(firstLine)))
            case .secondManager(let code, let firstLine): t(.importProblemSecondManager(code: code, first: String(firstLine)))
            case .unknownManager(let id): t(.importProblemUnknownManager(id: id))
            case .unknownSupervisor(let id): t(.importProblemUnknownSupervisor(id: id))
            }
        return place + ": " + what
    }
}

extension ImportField {
    public var titleKey: Str {
        switch self {
        case .unitCode: .fieldUnitCode
        case .unitNameSwedish: .fieldUnitNameSwedish
        case .unitNameFinnish: .fieldUnitNameFinnish
        case .unitNameEnglish: .fieldUnitNameEnglish
        case .parentUnitCode: .fieldParentUnitCode
        case .unitKind: .fieldUnitKind
        case .unitHeadcount: .fieldUnitHeadcount
        case .personID: .fieldPersonID
        case .personName: .fieldPersonName
        case .personTitle: .fieldPersonTitle
        case .personEmail: .fieldPersonEmail
        case .managementLevel: .fieldManagementLevel
        case .managesUnit: .fieldManagesUnit
        case .unitManagerID: .fieldUnitManagerID
        case .personNameSurnameFirst: .fieldPersonNameSurnameFirst
        case .personFirstName: .fieldPersonFirstName
        case .personSurname: .fieldPersonSurname
        case .supervisorID: .fieldSupervisorID
        }
    }
}

extension ImportProblem.Kind {
    public var titleKey: Str {
        switch self {
        case .unreadableEncoding: .importKindUnreadableEncoding
        case .unterminatedQuote: .importKindUnterminatedQuote
        case .textAfterQuote: .importKindTextAfterQuote
        case .emptyFile: .importKindEmptyFile
        case .unreadableWorkbook: .importKindUnreadableWorkbook
        case .noSuchSheet: .importKindNoSuchSheet
        case .fieldNotMapped: .importKindFieldNotMapped
        case .fieldMappedTwice: .importKindFieldMappedTwice
        case .wrongNumberOfFields: .importKindWrongNumberOfFields
        case .missingValue: .importKindMissingValue
        case .invalidEmail: .importKindInvalidEmail
        case .invalidHeadcount: .importKindInvalidHeadcount
        case .invalidManagementLevel: .importKindInvalidManagementLevel
        case .invalidUnitKind: .importKindInvalidUnitKind
        case .invalidYesNo: .importKindInvalidYesNo
        case .unknownParentUnit: .importKindUnknownParentUnit
        case .parentCycle: .importKindParentCycle
        case .conflictingUnit: .importKindConflictingUnit
        case .conflictingPerson: .importKindConflictingPerson
        case .secondManager: .importKindSecondManager
        case .unknownManager: .importKindUnknownManager
        case .unknownSupervisor: .importKindUnknownSupervisor
        }
    }
}

extension HandEdit.Field {
    public var titleKey: Str {
        switch self {
        case .name: .name
        case .parent: .handEditParent
        case .kind: .orgKind
        case .manager: .orgManager
        case .headcount: .orgHeadcount
        case .retired: .handEditRetired
        case .title: .fieldPersonTitle
        case .email: .email
        case .unit: .handEditUnit
        case .level: .fieldManagementLevel
        }
    }
}
