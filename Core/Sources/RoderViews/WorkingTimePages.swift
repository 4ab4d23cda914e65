import Foundation
import Plot
import RoderCore

/// What a person's hours are for: a development area, one of its result goals, or the programme.
public struct TimePurposeChoice: Sendable, Hashable {
    /// "area:<id>", "goal:<id>", or "" for the programme as a whole.
    public var value: String
    public var label: String
    /// Goals are listed under their area.
    public var isGoal: Bool

    public init(value: String, label: String, isGoal: Bool) {
        self.value = value
        self.label = label
        self.isGoal = isGoal
    }
}

/// The fields of the log form, as typed (kept when refused).
public struct TimeEntryForm: Sendable {
    public var date: String
    public var hours: String
    public var purpose: String
    public var note: String
    public var errors: [String] = []

    public init(date: String = "", hours: String = "", purpose: String = "", note: String = "") {
        self.date = date
        self.hours = hours
        self.purpose = purpose
        self.note = note
    }
}

/// The working-time page: a person logs programme work and sees their own time for a year;
/// those who follow the programme see the whole programme's time by source, area and month.
public enum WorkingTimePage {
    /// One line of a person's own time: derived (an event, a session) or logged (editable).
    public struct MyItem: Sendable {
        public var date: Date
        public var source: TimeSource
        public var what: String
        public var minutes: Int
        /// A logged entry the person may still change.
        public var editableEntryID: UUID?

        public init(date: Date, source: TimeSource, what: String, minutes: Int, editableEntryID: UUID? = nil) {
            self.date = date
            self.source = source
            self.what = what
            self.minutes = minutes
            self.editableEntryID = editableEntryID
        }
    }

    public struct Model: Sendable {
        public var year: Int
        public var years: [Int]
        /// The user's own time, when they are a person of the organisation.
        public var mine: [MyItem]?
        /// Whether the chosen year still takes changes.
        public var yearIsOpen: Bool
        public var form: TimeEntryForm
        public var purposes: [TimePurposeChoice]
        /// The programme's time, for those who follow the programme.
        public var programme: WorkingTimeSummary?
        /// Area titles in programme order, for the programme's table.
        public var areas: [(id: UUID, title: LocalizedText)]

        public init(
            year: Int, years: [Int], mine: [MyItem]?, yearIsOpen: Bool, form: TimeEntryForm, purposes: [TimePurposeChoice],
            programme: WorkingTimeSummary?, areas: [(id: UUID, title: LocalizedText)]
        ) {
            self.year = year
            self.years = years
            self.mine = mine
            self.yearIsOpen = yearIsOpen
            self.form = form
            self.purposes = purposes
            self.programme = programme
            self.areas = areas
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.class("lead"), .text(t(.workingTimeIntro))),
            yearChoice(model.years, chosen: model.year, action: SiteRoute.workingTime(), context),
            // Those who follow the programme see its time; its costs are one step further.
            model.programme == nil ? .empty : .p(.class("page-links"), .a(.href(SiteRoute.costs(year: model.year).path), .text(t(.costsLink) + " →"))),
            model.mine == nil
                ? .p(.class("hint"), .text(t(.timeNoPerson)))
                : .group(
                    model.yearIsOpen
                        ? logForm(
                            model.form, purposes: model.purposes, action: SiteRoute.timeEntries, title: t(.timeLogTitle), button: t(.timeLogButton), context)
                        : .p(.class("hint"), .text(t(.timeYearLocked(year: String(model.year))))),
                    mySection(model, context)),
            .unwrap(model.programme) { programmeSection($0, model, context) }
        )
        return Layout.render(Page(title: t(.areaWorkingTime), section: .area(.workingTime), content: content), context: context)
    }

    static func hours(_ minutes: Int, _ context: PageContext) -> String {
        context.localizer.number(WorkingTimeSummary.hours(minutes), fractionDigits: 1)
    }

    /// The log form, also the edit form of one entry.
    static func logForm(
        _ form: TimeEntryForm, purposes: [TimePurposeChoice], action: SiteRoute, title: String?, button: String, _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"),
            .unwrap(title) { .h2(.id("log"), .text($0)) },
            .form(
                .action(action.path), .method(.post), .class("stack time-form"),
                csrfField(context),
                errorSummary(form.errors, context: context),
                .div(
                    .class("measure-form"),
                    .div(
                        .class("field"), .label(.for("time-date"), .text(t(.timeDate))),
                        .input(.type(.date), .name("date"), .id("time-date"), .required(true), .value(form.date))),
                    .div(
                        .class("field"), .label(.for("time-hours"), .text(t(.timeHours))),
                        .p(.class("hint"), .id("time-hours-hint"), .text(t(.timeHoursHint))),
                        .input(
                            .type(.text), .name("hours"), .id("time-hours"), .required(true), .value(form.hours),
                            .attribute(named: "inputmode", value: "decimal"), .attribute(named: "autocomplete", value: "off"),
                            .attribute(named: "size", value: "6"), .attribute(named: "aria-describedby", value: "time-hours-hint")))),
                .div(
                    .class("field"), .label(.for("time-purpose"), .text(t(.timePurpose))),
                    .select(
                        .attribute(named: "name", value: "purpose"), .id("time-purpose"),
                        .choice(value: "", label: t(.timePurposeProgramme), isSelected: form.purpose.isEmpty),
                        .forEach(purposes) { choice in
                            .choice(value: choice.value, label: (choice.isGoal ? "\u{2003}" : "") + choice.label, isSelected: choice.value == form.purpose)
                        })),
                .div(
                    .class("field"), .label(.for("time-note"), .text(t(.timeNote))),
                    .input(
                        .type(.text), .name("note"), .id("time-note"), .value(form.note),
                        .attribute(named: "maxlength", value: String(WorkingTimeLimits.noteLength)))),
                .button(.type(.submit), .class("primary"), .text(button))))
    }

    private static func mySection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let items = model.mine ?? []
        let total = items.reduce(0) { TimeArithmetic.sum($0, $1.minutes) }
        return .section(
            .class("card"),
            .h2(.id("mine"), .text(t(.timeMine(year: String(model.year))))),
            items.isEmpty
                ? .p(.text(t(.timeMineNone)))
                : .div(
                    .class("table-wrap"), scrollRegion(t(.timeMine(year: String(model.year)))),
                    .table(
                        .class("data"),
                        .caption(.class("visually-hidden"), .text(t(.timeMine(year: String(model.year))))),
                        .thead(
                            .tr(
                                .th(.text(t(.timeDate))), .th(.text(t(.timeSource))), .th(.text(t(.timeWhat))),
                                .th(.class("number"), .text(t(.timeHours))), .th(.span(.class("visually-hidden"), .text(t(.timeEdit)))))),
                        .tbody(
                            .forEach(items) { item in
                                .tr(
                                    .td(.text(context.localizer.date(item.date))),
                                    .td(.text(t(item.source.titleKey))),
                                    .td(.text(item.what)),
                                    .td(.class("number"), .text(hours(item.minutes, context))),
                                    .td(
                                        .unwrap(item.editableEntryID) {
                                            .a(.href(SiteRoute.timeEntry($0).path), .text(t(.timeEdit)))
                                        }))
                            }),
                        .tfoot(
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .attribute(named: "colspan", value: "3"), .text(t(.timeTotal))),
                                .td(.class("number"), .text(hours(total, context))), .td()))))
        )
    }

    private static func programmeSection(_ summary: WorkingTimeSummary, _ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let title = t(.timeProgramme(year: String(model.year)))
        guard summary.totalMinutes > 0 else {
            return .section(.class("card"), .h2(.id("programme"), .text(title)), .p(.text(t(.timeProgrammeNone))))
        }
        let sources = TimeSource.allCases
        let areaRows: [(label: Node<HTML.BodyContext>, id: UUID?)] =
            model.areas.map { (localized($0.title, context), $0.id) } + [(.text(t(.timeNoArea)), nil)]
        let bars = (1...12).map { month in
            SVGChart.Bar(
                label: t(.month(month)), value: summary.minutes(inMonth: month),
                text: context.localizer.number(WorkingTimeSummary.hours(summary.minutes(inMonth: month))))
        }
        func sourceCells(_ bySource: [TimeSource: Int]) -> Node<HTML.TableRowContext> {
            .forEach(sources) { source in .td(.class("number"), .text(hours(bySource[source] ?? 0, context))) }
        }
        func head(_ first: String) -> Node<HTML.TableContext> {
            .thead(
                .tr(
                    .th(.text(first)), .forEach(sources) { .th(.class("number"), .text(t($0.titleKey))) },
                    .th(.class("number"), .text(t(.timeTotal)))))
        }
        return .section(
            .class("card"),
            .h2(.id("programme"), .text(title)),
            .ul(
                .class("figures"),
                .li(
                    .span(.class("figure-value"), .text(hours(summary.totalMinutes, context))), .span(.text(t(.timeTotal) + " · " + t(.timeHours).lowercased()))
                ),
                .forEach(sources) { source in
                    .li(.span(.class("figure-value"), .text(hours(summary.bySource[source] ?? 0, context))), .span(.text(t(source.titleKey))))
                }),
            .h3(.text(t(.timeByArea))),
            .div(
                .class("table-wrap"), scrollRegion(t(.timeByArea)),
                .table(
                    .class("data"),
                    .caption(.class("visually-hidden"), .text(title + " · " + t(.timeByArea))),
                    head(t(.timeByArea)),
                    .tbody(
                        .forEach(areaRows.filter { summary.byArea[$0.id] != nil }) { row in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), row.label), sourceCells(summary.byArea[row.id] ?? [:]),
                                .td(.class("number"), .text(hours(summary.minutes(in: row.id), context))))
                        }),
                    .tfoot(
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(t(.timeTotal))), sourceCells(summary.bySource),
                            .td(.class("number"), .text(hours(summary.totalMinutes, context))))))),
            exportLinks(.exportTime, label: .exportTime, year: model.year, context),
            .h3(.text(t(.timeByMonth))),
            .raw(SVGChart.bars(bars, title: title, description: t(.timeChartDescription(year: String(model.year))), id: "time-by-month")),
            .div(
                .class("table-wrap"), scrollRegion(t(.timeByMonth)),
                .table(
                    .class("data"),
                    .caption(.class("visually-hidden"), .text(title + " · " + t(.timeByMonth))),
                    head(t(.timeMonth)),
                    .tbody(
                        .forEach(Array(1...12).filter { summary.byMonth[$0] != nil }) { month in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(t(.month(month)))), sourceCells(summary.byMonth[month] ?? [:]),
                                .td(.class("number"), .text(hours(summary.minutes(inMonth: month), context))))
                        })))
        )
    }
}

/// Editing or deleting one logged entry.
public enum TimeEntryPage {
    public static func render(id: UUID, form: TimeEntryForm, purposes: [TimePurposeChoice], context: PageContext) -> String {
        let t = context
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.workingTime().path + "#mine"), .text("← " + t(.areaWorkingTime)))),
            WorkingTimePage.logForm(form, purposes: purposes, action: .timeEntryUpdate(id), title: nil, button: t(.timeSaveButton), context),
            .form(
                .action(SiteRoute.timeEntryDelete(id).path), .method(.post),
                csrfField(context),
                .button(.type(.submit), .class("danger"), .text(t(.timeDeleteButton))))
        )
        return Layout.render(Page(title: t(.timeEditTitle), section: .area(.workingTime), content: content), context: context)
    }
}
