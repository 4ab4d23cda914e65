import Foundation
import Plot
import RoderCore

/// A unit as the organisation pages list it.
public struct UnitNode: Sendable, Hashable {
    public var id: UUID
    public var name: LocalizedText
    public var code: String?
    public var kind: UnitKind
    public var managerName: String?
    public var headcount: Int
    public var span: Int?
    public var children: [UnitNode]
    /// Sub-units not included in `children` (the tree page stops at a depth; the unit's own
    /// page lists them).
    public var moreChildren: Int

    public init(
        id: UUID, name: LocalizedText, code: String?, kind: UnitKind, managerName: String?, headcount: Int, span: Int?,
        children: [UnitNode] = [], moreChildren: Int = 0
    ) {
        self.id = id
        self.name = name
        self.code = code
        self.kind = kind
        self.managerName = managerName
        self.headcount = headcount
        self.span = span
        self.children = children
        self.moreChildren = moreChildren
    }
}

extension UnitKind {
    public var titleKey: Str {
        switch self {
        case .sector: .unitKindSector
        case .division: .unitKindDivision
        case .unit: .unitKindUnit
        case .team: .unitKindTeam
        }
    }
}

/// Links between the organisation pages, shown on each of them.
func organisationTabs(_ current: SiteRoute, canChange: Bool, _ context: PageContext) -> Node<HTML.BodyContext> {
    var tabs: [(SiteRoute, Str)] = [(.area(.organisation), .orgChart), (.organisationAnalytics, .orgAnalytics), (.organisationRoles, .rolesTitle)]
    if canChange { tabs += [(.organisationScenarios, .scenarioTitle), (.organisationImport, .orgImport)] }
    return .nav(
        .class("tabs"), .ariaLabel(context(.areaOrganisation)),
        .ul(
            .forEach(tabs) { route, title in
                .li(
                    .a(
                        .href(route.path), .text(context(title)),
                        route == current ? .attribute(named: "aria-current", value: "page") : .empty))
            })
    )
}

/// The organisation tree: every unit with its manager, headcount and span; deeper levels
/// fold away (without JavaScript) so the top of a large organisation stays readable.
public enum OrganisationChartPage {
    public struct SearchResult: Sendable, Hashable {
        public var unitID: UUID
        public var path: [LocalizedText]
        public var personName: String?
        public var personTitle: String?

        public init(unitID: UUID, path: [LocalizedText], personName: String? = nil, personTitle: String? = nil) {
            self.unitID = unitID
            self.path = path
            self.personName = personName
            self.personTitle = personTitle
        }
    }

    public struct Model: Sendable {
        public var roots: [UnitNode]
        public var query: String
        public var results: [SearchResult]
        public var canChange: Bool
        public var unitCount: Int
        public var managerCount: Int
        public var totalHeadcount: Int

        public init(
            roots: [UnitNode], query: String = "", results: [SearchResult] = [], canChange: Bool,
            unitCount: Int, managerCount: Int, totalHeadcount: Int
        ) {
            self.roots = roots
            self.query = query
            self.results = results
            self.canChange = canChange
            self.unitCount = unitCount
            self.managerCount = managerCount
            self.totalHeadcount = totalHeadcount
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let number = context.localizer.number(_:)
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.area(.organisation), canChange: model.canChange, context),
            .p(
                .class("lead"),
                .text(
                    t(
                        .orgChartIntro(units: number(model.unitCount), managers: number(model.managerCount), people: number(model.totalHeadcount))))),
            .form(
                .action(SiteRoute.area(.organisation).path), .method(.get), .class("search"),
                .attribute(named: "role", value: "search"),
                .label(.for("q"), .text(t(.orgSearchLabel))),
                .input(.type(.search), .name("q"), .id("q"), .value(model.query)),
                .button(.type(.submit), .text(t(.search)))
            ),
            model.query.isEmpty ? .empty : searchResults(model, context),
            model.canChange ? .p(.a(.href(SiteRoute.newUnit(parent: nil).path), .text(t(.unitAddTop)))) : .empty,
            model.roots.isEmpty
                ? .div(.class("notice info"), .p(.text(t(model.canChange ? .orgEmptyCanImport : .orgEmpty))))
                : .ul(.class("tree"), .forEach(model.roots) { node(for: $0, depth: 0, context) })
        )
        let exports: Node<HTML.BodyContext> = .group(
            exportLinks(.exportUnits, label: .exportUnits, context), exportLinks(.exportPeople, label: .exportPeople, context))
        return Layout.render(Page(title: t(.areaOrganisation), section: .area(.organisation), content: .group(content, exports)), context: context)
    }

    private static func searchResults(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .section(
            .class("card"), .attribute(named: "aria-labelledby", value: "search-results"),
            .h2(.id("search-results"), .text(t(.orgSearchResults(query: model.query, count: String(model.results.count))))),
            model.results.isEmpty
                ? .p(.text(t(.orgSearchNothing)))
                : .ul(
                    .class("plain-list"),
                    .forEach(model.results) { result in
                        .li(
                            .unwrap(result.personName) { name in .group(.strong(.text(name)), .unwrap(result.personTitle) { .text(", " + $0) }, .text(" — ")) },
                            .a(
                                .href(SiteRoute.organisationUnit(result.unitID).path),
                                .group(
                                    result.path.enumerated().map { index, name in
                                        .group(index > 0 ? .text(" › ") : .empty, localized(name, context))
                                    }))
                        )
                    })
        )
    }

    /// The unit's link and facts, then its sub-units in a disclosure of their own (a link
    /// inside a `<summary>` would be a control inside a control). Two levels open.
    static func node(for unit: UnitNode, depth: Int, _ context: PageContext) -> Node<HTML.ListContext> {
        .li(
            .a(.href(SiteRoute.organisationUnit(unit.id).path), localized(unit.name, context)),
            .span(.class("meta"), .text(meta(unit, context))),
            unit.moreChildren > 0
                ? .a(.class("more"), .href(SiteRoute.organisationUnit(unit.id).path), .text(context(.orgSubUnits(count: String(unit.moreChildren))) + " →"))
                : .empty,
            unit.children.isEmpty
                ? .empty
                : .details(
                    depth < 2 ? .open(true) : .empty,
                    .summary(.text(context(.orgSubUnits(count: String(unit.children.count))))),
                    .ul(.forEach(unit.children) { node(for: $0, depth: depth + 1, context) })
                )
        )
    }

    static func meta(_ unit: UnitNode, _ context: PageContext) -> String {
        var parts = [context(unit.kind.titleKey)]
        if let code = unit.code { parts.append(code) }
        parts.append(unit.managerName.map { context(.orgManagerIs(name: $0)) } ?? context(.orgNoManager))
        parts.append(context(.orgHeadcountIs(count: context.localizer.number(unit.headcount))))
        if let span = unit.span { parts.append(context(.orgSpanIs(count: context.localizer.number(span)))) }
        return " · " + parts.joined(separator: " · ")
    }
}

/// One unit: where it sits, who leads it, its sub-units drawn as a chart, its people.
public enum UnitPage {
    public struct Person: Sendable, Hashable {
        public var id: UUID
        public var name: String
        public var title: String?
        public var isManager: Bool

        public init(id: UUID, name: String, title: String?, isManager: Bool) {
            self.id = id
            self.name = name
            self.title = title
            self.isManager = isManager
        }
    }

    public struct Model: Sendable {
        public var unit: UnitNode
        public var path: [UnitNode]
        public var managerTitle: String?
        public var peopleInLine: Int?
        public var people: [Person]
        public var canChange: Bool

        public init(unit: UnitNode, path: [UnitNode], managerTitle: String?, peopleInLine: Int?, people: [Person], canChange: Bool) {
            self.unit = unit
            self.path = path
            self.managerTitle = managerTitle
            self.peopleInLine = peopleInLine
            self.people = people
            self.canChange = canChange
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let unit = model.unit
        let name = context.localizer.text(unit.name)?.text ?? "–"
        func box(_ node: UnitNode, link: Bool) -> SVGChart.Box {
            SVGChart.Box(
                title: context.localizer.text(node.name)?.text ?? "–",
                lines: [
                    node.managerName ?? t(.orgNoManager),
                    t(.orgHeadcountIs(count: context.localizer.number(node.headcount)))
                        + (node.span.map { " · " + t(.orgSpanIs(count: context.localizer.number($0))) } ?? ""),
                ],
                link: link ? SiteRoute.organisationUnit(node.id).path : nil
            )
        }
        let chart = SVGChart.tree(
            root: box(unit, link: false), children: unit.children.map { box($0, link: true) },
            title: t(.orgChartOf(unit: name)), id: "unit-chart")
        let content: Node<HTML.BodyContext> = .group(
            .nav(
                .class("breadcrumbs"), .ariaLabel(t(.breadcrumbs)),
                .ol(
                    .li(.a(.href(SiteRoute.area(.organisation).path), .text(t(.areaOrganisation)))),
                    .forEach(model.path) { ancestor in .li(.a(.href(SiteRoute.organisationUnit(ancestor.id).path), localized(ancestor.name, context))) }
                )),
            model.canChange
                ? .ul(
                    .class("actions-list"),
                    .li(.a(.href(SiteRoute.editUnit(unit.id).path), .text(t(.unitEditLink)))),
                    .li(.a(.href(SiteRoute.newUnit(parent: unit.id).path), .text(t(.unitAddSubUnit))))
                ) : .empty,
            .dl(
                .class("details"),
                .dt(.text(t(.orgKind))), .dd(.text(t(unit.kind.titleKey))),
                .unwrap(unit.code) { .group(.dt(.text(t(.orgCode))), .dd(.text($0))) },
                .dt(.text(t(.orgManager))),
                .dd(.text(unit.managerName.map { name in model.managerTitle.map { "\(name), \($0)" } ?? name } ?? t(.orgNoManager))),
                .dt(.text(t(.orgHeadcount))), .dd(.text(context.localizer.number(unit.headcount))),
                .unwrap(unit.span) { .group(.dt(.text(t(.orgSpan))), .dd(.text(context.localizer.number($0)))) },
                .unwrap(model.peopleInLine) { .group(.dt(.text(t(.orgPeopleInLine))), .dd(.text(context.localizer.number($0)))) }
            ),
            missingNames(unit.name, context),
            .section(
                .class("card chart-card"),
                .h2(.text(unit.children.isEmpty ? t(.orgNoSubUnits) : t(.orgSubUnits(count: String(unit.children.count))))),
                .div(.class("chart-scroll"), .raw(chart)),
                unit.children.isEmpty
                    ? .empty
                    : .ul(
                        .class("plain-list"),
                        .forEach(unit.children) { child in
                            .li(
                                .a(.href(SiteRoute.organisationUnit(child.id).path), localized(child.name, context)),
                                .span(.class("meta"), .text(OrganisationChartPage.meta(child, context))))
                        })
            ),
            .section(
                .class("card"),
                .h2(.text(t(.orgPeopleListed(count: String(model.people.count))))),
                model.people.isEmpty
                    ? .p(.text(t(.orgNoPeopleListed)))
                    : .ul(
                        .class("plain-list"),
                        .forEach(model.people) { person in
                            .li(
                                .text(person.name), .unwrap(person.title) { .text(", " + $0) },
                                person.isManager ? .span(.class("badge"), .text(t(.orgManager))) : .empty,
                                // The link reads "Change" and says whom to a screen reader.
                                model.canChange
                                    ? .group(
                                        .text(" "),
                                        .a(
                                            .class("edit-link"), .href(SiteRoute.editPerson(person.id).path),
                                            .attribute(named: "aria-label", value: t(.personEditLink(name: person.name))),
                                            .text(t(.personEditShort)))) : .empty)
                        })
            )
        )
        return Layout.render(Page(title: name, section: .area(.organisation), content: content), context: context)
    }

    /// "No name in Finnish" for each of the organisation's languages the unit lacks a name in
    /// (an import needs only one), so that it can be filled in.
    static func missingNames(_ name: LocalizedText, _ context: PageContext) -> Node<HTML.BodyContext> {
        let missing = context.localizer.contentLanguages.filter { name[$0] == nil }
        guard !missing.isEmpty, !name.isEmpty else { return .empty }
        return .p(
            .class("badge warning missing-name"),
            .text(missing.map { context(.unitNameMissingIn(language: $0.nativeName)) }.joined(separator: "; ")))
    }
}

/// The figures the article asks for: spans of control as a distribution, layers, unit
/// sizes, and the managers outside the organisation's target band.
public enum OrganisationAnalyticsPage {
    public struct Manager: Sendable, Hashable {
        public var name: String
        public var units: [LocalizedText]
        public var span: Int
        public var peopleInLine: Int

        public init(name: String, units: [LocalizedText], span: Int, peopleInLine: Int) {
            self.name = name
            self.units = units
            self.span = span
            self.peopleInLine = peopleInLine
        }
    }

    public struct Model: Sendable {
        public var report: OrganisationReport
        public var managers: [UUID: Manager]
        public var canChange: Bool
        public var targetError: String?
        /// The band as typed when it was refused.
        public var typedTarget: (minimum: String, maximum: String)?
        /// Every snapshot of the structure, oldest first.
        public var history: [StructureSnapshot]
        /// The two snapshots compared side by side.
        public var comparison: (from: StructureSnapshot, to: StructureSnapshot)?

        public init(
            report: OrganisationReport, managers: [UUID: Manager], canChange: Bool, targetError: String? = nil,
            typedTarget: (minimum: String, maximum: String)? = nil, history: [StructureSnapshot] = [],
            comparison: (from: StructureSnapshot, to: StructureSnapshot)? = nil
        ) {
            self.report = report
            self.managers = managers
            self.canChange = canChange
            self.targetError = targetError
            self.typedTarget = typedTarget
            self.history = history
            self.comparison = comparison
        }
    }

    public static func render(_ model: Model, context: PageContext) -> String {
        let t = context
        let report = model.report
        let number = context.localizer.number(_:)
        let target = "\(report.targetBand.lowerBound)–\(report.targetBand.upperBound)"
        let spanBars = SpanBand.allCases.filter { $0 != .none || report.spanDistribution[$0, default: 0] > 0 }.map { band in
            SVGChart.Bar(
                label: band.label, value: report.spanDistribution[band] ?? 0,
                highlighted: SpanBand.allCases.filter { b in (report.targetBand).contains(where: { SpanBand(span: $0) == b }) }.contains(band))
        }
        let sizeBars = UnitSizeBand.allCases.map { SVGChart.Bar(label: $0.label, value: report.unitSizeDistribution[$0] ?? 0) }
        let content: Node<HTML.BodyContext> = .group(
            organisationTabs(.organisationAnalytics, canChange: model.canChange, context),
            .ul(
                .class("figures"),
                figure(number(report.managerCount), t(.orgFigureManagers)),
                figure(number(report.unitCount), t(.orgFigureUnits)),
                figure(number(report.totalHeadcount), t(.orgFigurePeople)),
                figure(number(report.layers), t(.orgFigureLayers)),
                figure(context.localizer.number(report.medianSpan, fractionDigits: 1), t(.orgFigureMedianSpan)),
                figure(context.localizer.number(report.averageSpan, fractionDigits: 1), t(.orgFigureAverageSpan))
            ),
            .section(
                .class("card"),
                .h2(.text(t(.orgSpanDistribution))),
                .p(.text(t(.orgSpanDefinition))),
                .div(
                    .class("chart-scroll"),
                    .raw(
                        SVGChart.bars(
                            spanBars, title: t(.orgSpanDistribution),
                            description: t(.orgSpanChartDescription(target: target)), id: "span-chart"))),
                distributionTable(spanBars, caption: t(.orgSpanDistribution), header: t(.orgSpanBand), context)
            ),
            .section(
                .class("card"),
                .h2(.text(t(.orgOutsideTarget(target: target)))),
                managerTable(
                    Array(report.belowTarget.prefix(listLimit)), caption: t(.orgBelowTarget(count: number(report.belowTarget.count))), model, context),
                report.belowTarget.count > listLimit
                    ? .p(.class("hint"), .text(t(.orgListShortened(shown: number(listLimit), count: number(report.belowTarget.count))))) : .empty,
                managerTable(
                    Array(report.aboveTarget.prefix(listLimit)), caption: t(.orgAboveTarget(count: number(report.aboveTarget.count))), model, context),
                report.aboveTarget.count > listLimit
                    ? .p(.class("hint"), .text(t(.orgListShortened(shown: number(listLimit), count: number(report.aboveTarget.count))))) : .empty,
                exportLinks(.exportManagers, label: .exportManagers, context),
                model.canChange
                    ? .form(
                        .action(SiteRoute.organisationSpanTarget.path), .method(.post), .class("search"),
                        csrfField(context),
                        .unwrap(model.targetError) { .p(.class("error-message"), .attribute(named: "role", value: "alert"), .text($0)) },
                        .label(.for("target-min"), .text(t(.orgTargetMinimum))),
                        .input(
                            .type(.number), .name("minimum"), .id("target-min"), .value(model.typedTarget?.minimum ?? String(report.targetBand.lowerBound)),
                            .attribute(named: "min", value: "1"), .attribute(named: "max", value: "100")),
                        .label(.for("target-max"), .text(t(.orgTargetMaximum))),
                        .input(
                            .type(.number), .name("maximum"), .id("target-max"), .value(model.typedTarget?.maximum ?? String(report.targetBand.upperBound)),
                            .attribute(named: "min", value: "1"), .attribute(named: "max", value: "100")),
                        .button(.type(.submit), .text(t(.orgSetTarget)))
                    ) : .empty
            ),
            .section(
                .class("card"),
                .h2(.text(t(.orgUnitSizes))),
                .div(
                    .class("chart-scroll"), .raw(SVGChart.bars(sizeBars, title: t(.orgUnitSizes), description: t(.orgUnitSizesDescription), id: "size-chart"))),
                distributionTable(sizeBars, caption: t(.orgUnitSizes), header: t(.orgHeadcount), context)
            ),
            historySection(model, context)
        )
        return Layout.render(Page(title: t(.orgAnalytics), section: .area(.organisation), content: content), context: context)
    }

    /// Points shown in the history's table, newest first; the chart has them all.
    public static let historyRows = 20

    /// The structure's figures over time: a chart of units and managers, the latest points,
    /// and two points side by side.
    private static func historySection(_ model: Model, _ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        let number = context.localizer.number(_:)
        let history = model.history
        guard let first = history.first, let last = history.last else {
            return .section(.class("card"), .id("history"), .h2(.text(t(.historyTitle))), .p(.text(t(.historyNone))))
        }
        let chart = SVGChart.history(
            [
                (t(.historyUnitsSeries), history.map { ($0.takenAt, $0.figures.units) }),
                (t(.historyManagersSeries), history.map { ($0.takenAt, $0.figures.managers) }),
            ],
            dateLabel: context.localizer.date(_:), title: t(.historyTitle),
            description: t(.historyChartDescription(first: context.localizer.date(first.takenAt), last: context.localizer.date(last.takenAt))),
            id: "history-chart")
        func label(_ snapshot: StructureSnapshot) -> String { context.localizer.dateTime(snapshot.takenAt) + " (" + t(snapshot.cause.titleKey) + ")" }
        func th(_ text: String, number: Bool = false) -> Node<HTML.TableRowContext> {
            .th(.attribute(named: "scope", value: "col"), number ? .class("number") : .empty, .text(text))
        }
        return .section(
            .class("card"), .id("history"), .attribute(named: "aria-labelledby", value: "history-title"),
            .h2(.id("history-title"), .text(t(.historyTitle))),
            .p(.text(t(.historyIntro))),
            .div(.class("chart-scroll"), .raw(chart)),
            .div(
                .class("table-wrap"),
                .table(
                    .class("data compact"),
                    .caption(.text(t(.historyPoints) + " (" + number(history.count) + ")")),
                    .thead(
                        .tr(
                            th(t(.historyWhen)), th(t(.historyCause)), th(t(.orgFigureUnits).sentenceCased, number: true),
                            th(t(.orgFigureManagers).sentenceCased, number: true), th(t(.orgFigureMedianSpan).sentenceCased, number: true),
                            th(t(.orgFigureLayers).sentenceCased, number: true))),
                    .tbody(
                        .forEach(history.reversed().prefix(historyRows)) { snapshot in
                            .tr(
                                .th(.attribute(named: "scope", value: "row"), .text(context.localizer.dateTime(snapshot.takenAt))),
                                .td(.text(t(snapshot.cause.titleKey))),
                                .td(.class("number"), .text(number(snapshot.figures.units))),
                                .td(.class("number"), .text(number(snapshot.figures.managers))),
                                .td(.class("number"), .text(context.localizer.number(snapshot.figures.medianSpan, fractionDigits: 1))),
                                .td(.class("number"), .text(number(snapshot.figures.layers))))
                        })
                )),
            history.count < 2
                ? .empty
                : .group(
                    .h3(.id("compare"), .text(t(.historyCompare))),
                    .form(
                        .action(SiteRoute.organisationAnalytics.path + "#compare"), .method(.get), .class("search"),
                        .label(.for("from"), .text(t(.historyFrom))),
                        .select(
                            .attribute(named: "name", value: "from"), .id("from"),
                            .forEach(history.reversed()) { snapshot in
                                .choice(
                                    value: snapshot.id.uuidString.lowercased(), label: label(snapshot), isSelected: snapshot.id == model.comparison?.from.id)
                            }),
                        .label(.for("to"), .text(t(.historyTo))),
                        .select(
                            .attribute(named: "name", value: "to"), .id("to"),
                            .forEach(history.reversed()) { snapshot in
                                .choice(value: snapshot.id.uuidString.lowercased(), label: label(snapshot), isSelected: snapshot.id == model.comparison?.to.id)
                            }),
                        .button(.type(.submit), .text(t(.historyShow)))
                    ),
                    .unwrap(model.comparison) { comparison in comparisonTable(comparison.from, comparison.to, label: label, context) }
                )
        )
    }

    private static func comparisonTable(
        _ from: StructureSnapshot, _ to: StructureSnapshot, label: (StructureSnapshot) -> String,
        _ context: PageContext
    ) -> Node<HTML.BodyContext> {
        let t = context
        let localizer = context.localizer
        func signed(_ value: Double, digits: Int) -> String {
            (value > 0 ? "+" : value < 0 ? "−" : "±") + localizer.number(abs(value), fractionDigits: digits)
        }
        let rows: [(String, Double, Double, Int)] = [
            (t(.orgFigureUnits).sentenceCased, Double(from.figures.units), Double(to.figures.units), 0),
            (t(.orgFigureManagers).sentenceCased, Double(from.figures.managers), Double(to.figures.managers), 0),
            (t(.orgFigurePeople).sentenceCased, Double(from.figures.headcount), Double(to.figures.headcount), 0),
            (t(.orgFigureLayers).sentenceCased, Double(from.figures.layers), Double(to.figures.layers), 0),
            (t(.orgFigureMedianSpan).sentenceCased, from.figures.medianSpan, to.figures.medianSpan, 1),
            (t(.orgFigureAverageSpan).sentenceCased, from.figures.averageSpan, to.figures.averageSpan, 1),
            (t(.historySmallUnits), Double(from.figures.smallUnits), Double(to.figures.smallUnits), 0),
            (t(.historySmallSpans), Double(from.figures.managersWithSmallSpan), Double(to.figures.managersWithSmallSpan), 0),
        ]
        return .div(
            .class("table-wrap"),
            .table(
                .class("data comparison"),
                .caption(.class("visually-hidden"), .text(t(.historyCompare))),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(t(.historyFigure))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(label(from))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(label(to))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.historyChange))))),
                .tbody(
                    .forEach(rows) { name, before, after, digits in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(name)),
                            .td(.class("number"), .text(localizer.number(before, fractionDigits: digits))),
                            .td(.class("number"), .text(localizer.number(after, fractionDigits: digits))),
                            .td(.class("number"), .text(signed(after - before, digits: digits))))
                    })
            ))
    }

    /// Longer lists are cut here (a page stays fast and scannable); the CSV has them all.
    public static let listLimit = 25

    private static func figure(_ value: String, _ label: String) -> Node<HTML.ListContext> {
        .li(.span(.class("figure-value"), .text(value)), .span(.class("figure-label"), .text(label)))
    }

    private static func distributionTable(_ bars: [SVGChart.Bar], caption: String, header: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .class("data compact"),
            .caption(.class("visually-hidden"), .text(caption)),
            .thead(
                .tr(
                    .th(.attribute(named: "scope", value: "col"), .text(header)),
                    .th(.attribute(named: "scope", value: "col"), .text(context(.orgManagersOrUnits))))),
            .tbody(.forEach(bars) { bar in .tr(.th(.attribute(named: "scope", value: "row"), .text(bar.label)), .td(.text(String(bar.value)))) })
        )
    }

    private static func managerTable<C: HTML.BodyContext>(_ loads: [ManagerLoad], caption: String, _ model: Model, _ context: PageContext) -> Node<C> {
        let t = context
        guard !loads.isEmpty else { return .p(.text(caption)) }
        return .div(
            .class("table-wrap"),
            .table(
                .class("data"),
                .caption(.text(caption)),
                .thead(
                    .tr(
                        .th(.attribute(named: "scope", value: "col"), .text(t(.orgManager))),
                        .th(.attribute(named: "scope", value: "col"), .text(t(.orgUnits))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.orgSpan))),
                        .th(.attribute(named: "scope", value: "col"), .class("number"), .text(t(.orgPeopleInLine))))),
                .tbody(
                    .forEach(loads) { load in
                        let manager = model.managers[load.personID]
                        return .tr(
                            .td(.text(manager?.name ?? "–")),
                            .td(
                                .group(
                                    (manager?.units ?? []).enumerated().map { index, name in .group(index > 0 ? .text(", ") : .empty, localized(name, context))
                                    })),
                            .td(.class("number"), .text(context.localizer.number(load.span))),
                            .td(.class("number"), .text(context.localizer.number(load.peopleInLine)))
                        )
                    })
            ))
    }
}
