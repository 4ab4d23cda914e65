import Foundation
import Plot
import RoderCore

/// Which years a page over the programme's history covers: by default the current
/// programme's years, every year one link away. A town in its fifth programme then sees (and
/// pays for) this programme's events, not twenty-five years of them.
public struct YearScope: Sendable, Hashable {
    /// The programme's first year, what the page shows from by default; nil without a programme.
    public var programmeStartYear: Int?
    /// Every year, not only the programme's (`?years=all`).
    public var showsEveryYear: Bool

    public init(programmeStartYear: Int?, showsEveryYear: Bool) {
        self.programmeStartYear = programmeStartYear
        self.showsEveryYear = showsEveryYear
    }

    /// The first year shown; nil when every year is.
    public var fromYear: Int? { showsEveryYear ? nil : programmeStartYear }

    /// The query the page's own links keep, "" for the default.
    public var query: String { showsEveryYear && programmeStartYear != nil ? "years=all" : "" }

    /// A line saying which years are shown, with a link to the other choice; nothing without a
    /// programme (then every year is shown and there is no other choice).
    public func render(path: String, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let programmeStartYear else { return .empty }
        return showsEveryYear
            ? .p(.class("scope"), .text(context(.scopeAllYears) + " "), .a(.href(path), .text(context(.scopeShowProgrammeYears))))
            : .p(
                .class("scope"), .text(context(.scopeProgrammeYears(from: String(programmeStartYear))) + " "),
                .a(.href(path + "?years=all"), .text(context(.scopeShowAllYears))))
    }
}
