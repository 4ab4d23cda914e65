import Foundation
import Plot
import RoderCore

// Small additions where Plot's element set falls short of what accessible forms need.

extension Node where Context == HTML.SelectContext {
    /// Plot renders `<option>` as self-closing and without text; screen readers and the
    /// HTML checker both want `<option value="…">Text</option>`.
    static func choice(value: String, label: String, isSelected: Bool, lang: String? = nil) -> Node {
        .element(
            named: "option",
            nodes: [
                Node<HTML.OptionContext>.attribute(named: "value", value: value, ignoreIfValueIsEmpty: false),
                isSelected ? .attribute(named: "selected") : .empty,
                lang.map { .attribute(named: "lang", value: $0) } ?? .empty,
                .text(label),
            ])
    }
}

extension Node where Context == HTML.FormContext {
    static func legend(_ text: String) -> Node {
        .element(named: "legend", text: text)
    }
}

/// One option of a select list of things with ids (units, people, areas).
public struct SelectChoice: Sendable, Hashable {
    public var id: UUID
    public var label: String

    public init(id: UUID, label: String) {
        self.id = id
        self.label = label
    }
}

extension String {
    /// "svarsfrekvens" → "Svarsfrekvens": a word from the middle of a sentence used as a heading.
    var sentenceCased: String { prefix(1).uppercased() + dropFirst() }
}

/// A group of things to tick, as the goal form (responsible persons), the coaching form
/// (participants, linked goals) and the round form (role profiles) ask for them: a legend, a
/// hint and one checkbox per choice, sent as `name[]`.
/// `idPrefix` keeps the boxes' ids apart when one page has several such lists of the same people.
func choiceCheckboxes(
    name: String, legend: String, hint: String, choices: [SelectChoice], checked: Set<UUID>, idPrefix: String? = nil
) -> Node<HTML.FormContext> {
    .fieldset(
        .class("field responsible-choice"),
        .legend(legend),
        .p(.class("hint"), .text(hint)),
        .div(
            .class("choices"),
            .forEach(choices) { choice in
                let id = "\(idPrefix ?? name)-\(choice.id.uuidString.lowercased())"
                return .div(
                    .class("check"),
                    .input(.type(.checkbox), .name(name + "[]"), .id(id), .value(choice.id.uuidString.lowercased()), .checked(checked.contains(choice.id))),
                    .label(.for(id), .text(choice.label)))
            })
    )
}

/// What makes a `.table-wrap` that may scroll sideways on a phone reachable and scrollable by
/// keyboard (WCAG 2.1.1): a focusable region, named like its table for screen readers.
func scrollRegion<Context: HTML.BodyContext>(_ label: String) -> Node<Context> {
    .group(.attribute(named: "tabindex", value: "0"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: label))
}

/// "Download units: CSV · Excel (.xlsx)": a list's file links, the same columns in both.
func exportLinks<Context: HTML.BodyContext>(_ list: Endpoint, label: Str, year: Int? = nil, _ context: PageContext) -> Node<Context> {
    .p(
        .class("export-links"),
        .text(context(.exportDownload(list: context(label).lowercased())) + " "),
        .a(.href(SiteRoute.export(list, .csv, year: year).path), .attribute(named: "download"), .text(context(.exportCSV))),
        .text(" · "),
        .a(.href(SiteRoute.export(list, .xlsx, year: year).path), .attribute(named: "download"), .text(context(.exportExcel))))
}

/// The year a yearly page shows (working time, costs, their settings), as a GET form: no script needed.
func yearChoice(_ years: [Int], chosen: Int, action: SiteRoute, _ context: PageContext) -> Node<HTML.BodyContext> {
    guard years.count > 1 else { return .empty }
    return .form(
        .action(action.path), .method(.get), .class("inline-form year-choice"),
        .label(.for("year"), .text(context(.timeYear))),
        .select(
            .attribute(named: "name", value: "year"), .id("year"),
            .forEach(years) { .choice(value: String($0), label: String($0), isSelected: $0 == chosen) }),
        .button(.type(.submit), .text(context(.timeShowYear))))
}

/// "Showing 50 of 2,000. Show all", under a list that shows its first rows only; nothing when
/// the list is whole. `summary` overrides the first sentence where a list needs its own words.
func shortenedList<Context: HTML.BodyContext>(
    shown: Int, of total: Int?, showAll href: String, summary: Str? = nil, _ context: PageContext
) -> Node<Context> {
    guard let total, total > shown else { return .empty }
    return .p(
        .class("scope"), .text(context(summary ?? .listShowing(shown: String(shown), total: String(total))) + " "),
        .a(.href(href), .text(context(.listShowAll))))
}

/// What an empty page lacks, and the next step: a button for a reader who may take it, otherwise
/// who takes it — so that nobody meets a blank page without knowing why or whom to ask.
func emptyState(_ what: Str, next route: SiteRoute, label: Str, takenBy role: Role, _ context: PageContext) -> Node<HTML.BodyContext> {
    .div(
        .class("empty-state"),
        .p(.text(context(what))),
        route.isAllowed(for: context.principal)
            ? .p(.a(.class("button primary"), .href(route.path), .text(context(label))))
            : .p(.class("hint"), .text(context(.checklistTakenBy(role: context(role.titleKey))))))
}
