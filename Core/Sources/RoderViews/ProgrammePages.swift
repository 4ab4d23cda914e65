import Foundation
import Plot
import RoderCore

/// A text input whose id differs from its name, for pages with several forms that post
/// the same field names (one form per development area).
func inputField(
    name: String, id: String, label: String, value: String, required: Bool = false, lang: String? = nil,
    inputMode: String? = nil, hint: String? = nil
) -> Node<HTML.FormContext> {
    .div(
        .class("field"),
        .label(.for(id), .text(label)),
        .unwrap(hint) { .p(.class("hint"), .id(id + "-hint"), .text($0)) },
        .input(
            .type(.text), .name(name), .id(id), .value(value), .required(required), .attribute(named: "autocomplete", value: "off"),
            .unwrap(lang) { .attribute(named: "lang", value: $0) }, .unwrap(inputMode) { .attribute(named: "inputmode", value: $0) },
            .unwrap(hint) { _ in .attribute(named: "aria-describedby", value: id + "-hint") }))
}

/// The programme owner's settings: name and years, colour thresholds and roll-up, the
/// development areas (rename, reorder, archive, add), the years with their locks and the
/// carry-over of unfinished goals, and a new programme.
public enum ProgrammePage {
    public struct AreaRow: Sendable {
        public var id: UUID
        public var title: LocalizedText
        public var goalCount: Int

        public init(id: UUID, title: LocalizedText, goalCount: Int) {
            self.id = id
            self.title = title
            self.goalCount = goalCount
        }
    }

    public enum YearState: Sendable, Hashable {
        case open
        case locked
        case unlocked(by: String, at: Date)
    }

    public struct YearRow: Sendable {
        public var year: Int
        public var state: YearState
        /// Unfinished goals ending this year not yet carried into the next.
        public var goalsToCarry: Int
        public var canCarry: Bool

        public init(year: Int, state: YearState, goalsToCarry: Int, canCarry: Bool) {
            self.year = year
            self.state = state
            self.goalsToCarry = goalsToCarry
            self.canCarry = canCarry
        }
    }

    public struct Model: Sendable {
        public var id: UUID
        public var name: LocalizedText
        public var startYear: String
        public var endYear: String
        public var green: String
        public var amber: String
        public var rollUp: RollUpMethod
        public var areas: [AreaRow]
        public var years: [YearRow]
        public var errors: [String]
        public var otherProgrammes: [SelectChoice]
        public var anonymityK: String
        /// What was typed into the new-programme form when it was refused.
        public var newProgramme = NewProgrammeForm()

        public init(
            id: UUID, name: LocalizedText, startYear: String, endYear: String, green: String, amber: String, rollUp: RollUpMethod,
            areas: [AreaRow], years: [YearRow], errors: [String] = [], otherProgrammes: [SelectChoice] = [], anonymityK: String = "5"
        ) {
            self.anonymityK = anonymityK
            self.id = id
            self.name = name
            self.startYear = startYear
            self.endYear = endYear
            self.green = green
            self.amber = amber
            self.rollUp = rollUp
            self.areas = areas
            self.years = years
            self.errors = errors
            self.otherProgrammes = otherProgrammes
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let languages = context.organisation?.contentLanguages ?? [.swedish]
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.strategy).path + "?programme=" + model.id.uuidString.lowercased()), .text("← " + t(.areaStrategy)))),
            .section(
                .class("card"),
                .h2(.text(t(.programmeDetails))),
                .form(
                    .action(SiteRoute.programme(model.id).path), .method(.post), .class("stack"),
                    csrfField(context),
                    errorSummary(model.errors, context: context),
                    .forEach(languages) { language in
                        inputField(
                            name: "name-\(language.code)", id: "programme-name-\(language.code)",
                            label: t(.programmeName) + " (" + language.nativeName + ")", value: model.name[language] ?? "",
                            required: language == languages.first, lang: language.code)
                    },
                    .div(
                        .class("measure-form"),
                        inputField(
                            name: "start", id: "programme-start", label: t(.programmeStartYear), value: model.startYear, required: true, inputMode: "numeric"),
                        inputField(name: "end", id: "programme-end", label: t(.programmeEndYear), value: model.endYear, required: true, inputMode: "numeric")),
                    .fieldset(
                        .class("field"),
                        .legend(t(.programmeThresholds)),
                        .p(.class("hint"), .text(t(.programmeThresholdsHint))),
                        .div(
                            .class("measure-form"),
                            inputField(
                                name: "green", id: "threshold-green", label: t(.programmeGreenFrom), value: model.green, required: true, inputMode: "decimal"),
                            inputField(
                                name: "amber", id: "threshold-amber", label: t(.programmeAmberFrom), value: model.amber, required: true, inputMode: "decimal"))
                    ),
                    .fieldset(
                        .class("field"),
                        .legend(t(.programmeRollUp)),
                        .forEach(RollUpMethod.allCases) { method in
                            .div(
                                .class("check"),
                                .input(
                                    .type(.radio), .name("rollUp"), .id("roll-up-\(method.rawValue)"), .value(method.rawValue), .checked(method == model.rollUp)
                                ),
                                .label(.for("roll-up-\(method.rawValue)"), .text(t(method == .average ? .rollUpAverage : .rollUpWeighted))))
                        }
                    ),
                    .div(
                        .class("field"),
                        .label(.for("anonymity-k"), .text(t(.programmeAnonymityK))),
                        .p(.class("hint"), .id("anonymity-k-hint"), .text(t(.programmeAnonymityHint))),
                        .input(
                            .type(.text), .name("anonymityK"), .id("anonymity-k"), .value(model.anonymityK), .required(true),
                            .attribute(named: "inputmode", value: "numeric"), .attribute(named: "aria-describedby", value: "anonymity-k-hint"))),
                    .button(.type(.submit), .class("primary"), .text(t(.saveChanges)))
                )
            ),
            .section(
                .class("card"),
                .h2(.id("areas"), .text(t(.programmeAreas))),
                .ol(
                    .class("plain-list area-list"),
                    .forEach(model.areas.enumerated()) { index, area in
                        let prefix = "area-\(area.id.uuidString.lowercased())"
                        return .li(
                            .class("area-row"),
                            .h3(
                                .text("\(index + 1). "), localized(area.title, context),
                                .span(.class("muted"), .text(" · " + t(.programmeAreaGoals(count: context.localizer.number(area.goalCount)))))),
                            .details(
                                .summary(.text(t(.programmeRenameArea))),
                                .form(
                                    .action(SiteRoute.developmentArea(area.id).path), .method(.post), .class("stack"),
                                    csrfField(context),
                                    .forEach(languages) { language in
                                        inputField(
                                            name: "title-\(language.code)", id: "\(prefix)-\(language.code)",
                                            label: t(.programmeAreaTitle) + " (" + language.nativeName + ")", value: area.title[language] ?? "",
                                            required: language == languages.first, lang: language.code)
                                    },
                                    .button(.type(.submit), .text(t(.saveChanges))))
                            ),
                            .div(
                                .class("row-actions"),
                                index > 0 ? moveButton(area, offset: -1, label: t(.moveUp), context) : .empty,
                                index < model.areas.count - 1 ? moveButton(area, offset: 1, label: t(.moveDown), context) : .empty,
                                archiveButton(
                                    kind: "area", id: area.id, label: t(.archiveAction), itemName: context.localizer.text(area.title)?.text ?? "", context))
                        )
                    }),
                .details(
                    .summary(.text(t(.programmeNewArea))),
                    .form(
                        .action(SiteRoute.programmeAreas(model.id).path), .method(.post), .class("stack"),
                        csrfField(context),
                        .forEach(languages) { language in
                            inputField(
                                name: "title-\(language.code)", id: "new-area-\(language.code)",
                                label: t(.programmeAreaTitle) + " (" + language.nativeName + ")", value: "",
                                required: language == languages.first, lang: language.code)
                        },
                        .button(.type(.submit), .text(t(.programmeAddArea))))
                )
            ),
            .section(
                .class("card"),
                .h2(.id("years"), .text(t(.programmeYears))),
                .p(.class("hint"), .text(t(.programmeYearsHint))),
                .div(
                    .class("table-wrap"),
                    .table(
                        .class("data"),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(.programmeYear))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.programmeMeasurements))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.programmeCarryOver))))),
                        .tbody(
                            .forEach(model.years) { row in
                                .tr(
                                    .th(.attribute(named: "scope", value: "row"), .text(String(row.year))),
                                    .td(yearStateNode(row, programmeID: model.id, context)),
                                    .td(
                                        row.goalsToCarry == 0
                                            ? .text(t(.programmeNothingToCarry))
                                            : row.canCarry
                                                ? .form(
                                                    .action(SiteRoute.carryOver(model.id, year: row.year).path), .method(.post), .class("inline-form"),
                                                    csrfField(context),
                                                    .button(
                                                        .type(.submit),
                                                        .text(
                                                            t(
                                                                .programmeCarryButton(
                                                                    count: context.localizer.number(row.goalsToCarry), year: String(row.year + 1))))))
                                                : .text(
                                                    t(
                                                        .programmeCarryNeedsYear(count: context.localizer.number(row.goalsToCarry), year: String(row.year + 1)))
                                                ))
                                )
                            })
                    ))
            ),
            otherProgrammesSection(model, context)
        )
        let title = t(.programmeSettings) + ": " + (context.localizer.text(model.name)?.text ?? "–")
        return Layout.render(Page(title: title, section: .area(.strategy), content: content), context: context)
    }

    /// Other programmes of the organisation, and the form to start a new one (open again
    /// with what was typed when it was refused).
    private static func otherProgrammesSection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .h2(.text(t(.programmeNew))),
            model.otherProgrammes.isEmpty
                ? .empty
                : .ul(
                    .class("plain-list"),
                    .forEach(model.otherProgrammes) { programme in
                        .li(.a(.href(SiteRoute.programme(programme.id).path), .text(programme.label)))
                    }),
            .details(.open(model.newProgramme.error != nil), .summary(.text(t(.programmeNewStart))), newProgrammeForm(model.newProgramme, context))
        )
    }

    private static func yearStateNode(_ row: YearRow, programmeID: UUID, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        func lockForm(_ action: String, _ label: String) -> Node<HTML.BodyContext> {
            .form(
                .action(SiteRoute.periodLock(programmeID, year: row.year).path), .method(.post), .class("inline-form"),
                csrfField(context), .input(.type(.hidden), .name("action"), .value(action)),
                .button(.type(.submit), .text(label)))
        }
        switch row.state {
        case .open:
            return .text(t(.periodOpen))
        case .locked:
            return .group(.span(.class("status status-locked"), .text(t(.periodLockedState))), .text(" "), lockForm("unlock", t(.periodUnlock)))
        case .unlocked(let by, let at):
            return .group(
                .span(.class("status status-at-risk"), .text(t(.periodUnlockedBy(name: by, date: context.localizer.date(at))))),
                .text(" "), lockForm("lock", t(.periodLockAgain)))
        }
    }

    private static func moveButton(_ area: AreaRow, offset: Int, label: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        .form(
            .action(SiteRoute.developmentAreaMove(area.id).path), .method(.post), .class("inline-form"),
            csrfField(context), .input(.type(.hidden), .name("offset"), .value(String(offset))),
            .button(.type(.submit), .attribute(named: "aria-label", value: label + ": " + (context.localizer.text(area.title)?.text ?? "")), .text(label)))
    }
}

/// The new-programme form as typed, with why it was refused.
public struct NewProgrammeForm: Sendable {
    public var name: LocalizedText
    public var start: String
    public var end: String
    public var error: String?

    public init(name: LocalizedText = LocalizedText(), start: String = "", end: String = "", error: String? = nil) {
        self.name = name
        self.start = start
        self.end = end
        self.error = error
    }
}

/// Starts a programme: names, first and last year. On the settings page of another
/// programme, and on the strategy page of an organisation that has none yet.
func newProgrammeForm<C: HTML.BodyContext>(_ form: NewProgrammeForm, _ context: PageContext) -> Node<C> {
    let t = context
    let languages = context.organisation?.contentLanguages ?? [.swedish]
    return .form(
        .action(SiteRoute.programmes.path), .method(.post), .class("stack"),
        csrfField(context),
        .unwrap(form.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
        .p(.class("hint"), .text(t(.programmeNewHint))),
        .forEach(languages) { language in
            inputField(
                name: "name-\(language.code)", id: "new-programme-\(language.code)",
                label: t(.programmeName) + " (" + language.nativeName + ")", value: form.name[language] ?? "",
                required: language == languages.first, lang: language.code)
        },
        .div(
            .class("measure-form"),
            inputField(name: "start", id: "new-programme-start", label: t(.programmeStartYear), value: form.start, required: true, inputMode: "numeric"),
            inputField(name: "end", id: "new-programme-end", label: t(.programmeEndYear), value: form.end, required: true, inputMode: "numeric")),
        .button(.type(.submit), .class("primary"), .text(t(.programmeCreate))))
}

/// A small form that archives (or restores) one area, goal, indicator or initiative.
func archiveButton<C: HTML.BodyContext>(kind: String, id: UUID, label: String, itemName: String, restore: Bool = false, _ context: PageContext) -> Node<C> {
    .form(
        .action(SiteRoute.strategyArchive.path), .method(.post), .class("inline-form"),
        csrfField(context),
        .input(.type(.hidden), .name("kind"), .value(kind)),
        .input(.type(.hidden), .name("id"), .value(id.uuidString.lowercased())),
        .input(.type(.hidden), .name("action"), .value(restore ? "restore" : "archive")),
        .button(.type(.submit), .class(restore ? "" : "secondary"), .attribute(named: "aria-label", value: label + ": " + itemName), .text(label)))
}

/// Everything archived, by kind, each with a restore button: archiving never deletes.
public enum ArchivePage {
    public struct Item: Sendable {
        public var kind: String
        public var id: UUID
        public var title: LocalizedText
        /// Where it belongs (the goal of an indicator, the area of a goal).
        public var context: LocalizedText?
        public var archivedAt: Date

        public init(kind: String, id: UUID, title: LocalizedText, context: LocalizedText?, archivedAt: Date) {
            self.kind = kind
            self.id = id
            self.title = title
            self.context = context
            self.archivedAt = archivedAt
        }
    }

    public static func render(_ items: [Item], context: PageContext) -> String {
        let t = context
        let kinds: [(String, Str)] = [("area", .developmentArea), ("goal", .resultGoal), ("indicator", .indicatorColumn), ("initiative", .initiativeColumn)]
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.strategy).path), .text("← " + t(.areaStrategy)))),
            .p(.class("lead"), .text(t(.archiveIntro))),
            items.isEmpty
                ? .p(.text(t(.archiveEmpty)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data"),
                        .caption(.class("visually-hidden"), .text(t(.archiveTitle))),
                        .thead(
                            .tr(
                                .th(.attribute(named: "scope", value: "col"), .text(t(.archiveWhat))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.archiveKind))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.archiveWhen))),
                                .th(.attribute(named: "scope", value: "col"), .text(t(.archiveRestore))))),
                        .tbody(
                            .forEach(items) { item in
                                .tr(
                                    .td(
                                        localized(item.title, context),
                                        .unwrap(item.context) { .p(.class("muted"), localized($0, context)) }),
                                    .td(.text(kinds.first { $0.0 == item.kind }.map { t($0.1) } ?? item.kind)),
                                    .td(.text(context.localizer.date(item.archivedAt))),
                                    .td(
                                        archiveButton(
                                            kind: item.kind, id: item.id, label: t(.archiveRestore), itemName: context.localizer.text(item.title)?.text ?? "",
                                            restore: true, context)))
                            })
                    ))
        )
        return Layout.render(Page(title: t(.archiveTitle), section: .area(.strategy), content: content), context: context)
    }
}
