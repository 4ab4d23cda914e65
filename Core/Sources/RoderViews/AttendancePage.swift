import Foundation
import Plot
import RoderCore

/// Who comes: attendance per half-year (chart), per development area, per person (those
/// coming less and less flagged) and per event.
public enum AttendancePage {
    public struct Row: Sendable {
        public var label: LocalizedText
        public var link: String?
        public var attended: Int
        public var invited: Int
        public var isFalling: Bool

        public init(label: LocalizedText, link: String? = nil, attended: Int, invited: Int, isFalling: Bool = false) {
            self.label = label
            self.link = link
            self.attended = attended
            self.invited = invited
            self.isFalling = isFalling
        }
    }

    public struct Model: Sendable {
        public var overall: Row
        public var groupIsFalling: Bool
        public var halfYears: [(period: String, rate: Double?)]
        public var areas: [Row]
        public var people: [Row]
        public var events: [Row]
        public var scope: YearScope
        /// How many people and events there are when the lists show only the first of them.
        public var peopleTotal: Int?
        public var eventsTotal: Int?

        public init(
            overall: Row, groupIsFalling: Bool, halfYears: [(period: String, rate: Double?)], areas: [Row], people: [Row], events: [Row],
            scope: YearScope = YearScope(programmeStartYear: nil, showsEveryYear: true), peopleTotal: Int? = nil, eventsTotal: Int? = nil
        ) {
            self.overall = overall
            self.groupIsFalling = groupIsFalling
            self.halfYears = halfYears
            self.areas = areas
            self.people = people
            self.events = events
            self.scope = scope
            self.peopleTotal = peopleTotal
            self.eventsTotal = eventsTotal
        }
    }

    /// How many rows of each list the page shows before "Show all".
    public static let listLimit = 50

    /// "1–6/2025", "7–12/2025": the same in every language.
    public static func halfYearLabel(year: Int, half: Int) -> String {
        (half == 1 ? "1–6/" : "7–12/") + String(year)
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let percent = { (row: Row) -> String in
            row.invited == 0 ? "–" : context.localizer.number(Double(row.attended) / Double(row.invited) * 100) + " %"
        }
        func table(_ rows: [Row], caption: String, first: String) -> Node<HTML.BodyContext> {
            .div(
                .class("table-wrap"),
                .table(
                    .class("data"),
                    .caption(.text(caption)),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(first)),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.eventAttendance))),
                            .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.attendanceRate))))),
                    .tbody(
                        .forEach(rows) { row in
                            .tr(
                                .td(
                                    row.link.map { .a(.href($0), localized(row.label, context)) } ?? localized(row.label, context),
                                    row.isFalling ? .span(.class("status status-at-risk"), .text(" " + t(.attendanceFalling))) : .empty),
                                .td(.class("number"), .text("\(row.attended) / \(row.invited)")),
                                .td(.class("number"), .text(percent(row))))
                        })
                ))
        }
        func shortened(_ shown: Int, of total: Int?) -> Node<HTML.BodyContext> {
            let query = ([model.scope.query, "rows=all"].filter { !$0.isEmpty }).joined(separator: "&")
            return shortenedList(shown: shown, of: total, showAll: SiteRoute.attendance.path + "?" + query, context)
        }
        let bars = model.halfYears.map { SVGChart.Bar(label: $0.period, value: Int((($0.rate ?? 0) * 100).rounded())) }
        let content: Node<HTML.BodyContext> = .group(
            .p(.a(.href(SiteRoute.area(.events).path), .text("← " + t(.areaEvents)))),
            .p(.class("lead"), .text(t(.attendanceIntro))),
            model.scope.render(path: SiteRoute.attendance.path, context),
            (model.eventsTotal ?? model.events.count) == 0
                ? emptyState(.emptyAttendance, next: .area(.events), label: .emptyToEvents, takenBy: .programmeOwner, context)
                : .group(
                    model.groupIsFalling
                        ? .div(.class("notice warning"), .attribute(named: "role", value: "status"), .p(.text(t(.attendanceGroupFalling)))) : .empty,
                    .ul(
                        .class("figures"),
                        .li(.span(.class("figure-value"), .text(percent(model.overall))), .span(.text(t(.attendanceOverall)))),
                        .li(.span(.class("figure-value"), .text(String(model.eventsTotal ?? model.events.count))), .span(.text(t(.attendanceEventsHeld))))),
                    bars.isEmpty
                        ? .empty
                        : .section(
                            .class("card"),
                            .h2(.text(t(.attendanceByHalfYear))),
                            .div(
                                .class("chart-scroll"),
                                .raw(
                                    SVGChart.bars(
                                        bars, title: t(.attendanceByHalfYear), description: t(.attendanceChartDescription),
                                        id: "attendance-trend")))),
                    model.areas.isEmpty ? .empty : table(model.areas, caption: t(.attendanceByArea), first: t(.developmentArea)),
                    table(model.people, caption: t(.attendanceByPerson), first: t(.name)),
                    shortened(model.people.count, of: model.peopleTotal),
                    table(model.events, caption: t(.attendanceByEvent), first: t(.eventColumn)),
                    shortened(model.events.count, of: model.eventsTotal)
                )
        )
        let exports: Node<HTML.BodyContext> = .group(
            exportLinks(.exportAttendance, label: .exportAttendance, context), exportLinks(.exportRegistrations, label: .exportRegistrations, context))
        return Layout.render(Page(title: t(.attendanceTitle), section: .area(.events), content: .group(content, exports)), context: context)
    }
}
