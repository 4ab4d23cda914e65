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

    /// What a page over the years lists, for the line that says which years it shows.
    public enum Subject: Sendable {
        case events
        /// A goal's measurements and status reports.
        case goalHistory
    }

    /// A line saying which years are shown, with a link to the other choice; nothing without a
    /// programme (then every year is shown and there is no other choice).
    public func render(path: String, subject: Subject = .events, _ context: PageContext) -> Node<HTML.BodyContext> {
        guard let programmeStartYear else { return .empty }
        let year = String(programmeStartYear)
        return showsEveryYear
            ? .p(
                .class("scope"), .text(context(subject == .events ? .scopeAllYears : .scopeGoalAllYears) + " "),
                .a(.href(path), .text(context(.scopeShowProgrammeYears))))
            : .p(
                .class("scope"),
                .text(context(subject == .events ? .scopeProgrammeYears(from: year) : .scopeGoalProgrammeYears(from: year)) + " "),
                .a(.href(path + "?years=all"), .text(context(.scopeShowAllYears))))
    }
}
