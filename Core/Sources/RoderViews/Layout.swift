import Foundation
import Plot
import RoderCore

/// One page's own parts; the skeleton around them (head, header, navigation, footer)
/// comes from `Layout` and is never rebuilt by a page.
public struct Page {
    public var title: String
    /// The navigation entry to mark as current.
    public var section: NavigationSection?
    public var content: Node<HTML.BodyContext>
    /// An address the browser goes on to at once (an instant client-side redirect, WCAG G110):
    /// for another site after a form, which the policy's `form-action 'self'` would not follow.
    public var goesOnTo: String?

    public init(title: String, section: NavigationSection? = nil, content: Node<HTML.BodyContext>, goesOnTo: String? = nil) {
        self.title = title
        self.section = section
        self.content = content
        self.goesOnTo = goesOnTo
    }
}

public enum NavigationSection: Hashable, Sendable {
    case home
    case area(ProgrammeArea)
    case users
    case auditLog
    case account
    case operatorHome
}

public enum Layout {
    /// Indentation for the rendered HTML: none in production (smaller pages); the snapshot
    /// tests indent so that a diff shows which element changed.
    @TaskLocal public static var indentationSpaces: Int?

    /// The whole HTML document for `page`.
    public static func render(_ page: Page, context: PageContext) -> String {
        let t = context
        let document = HTML(
            .lang(context.language.plot),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's .title() adds social-media meta tags Roder has no use for.
                .element(named: "title", text: "\(page.title) – Roder"),
                .unwrap(page.goesOnTo) { .meta(.attribute(named: "http-equiv", value: "refresh"), .content("0;url=" + $0)) },
                .link(.rel(.stylesheet), .href(SiteRoute.asset(Stylesheet.fileName).path)),
                .link(.rel(.icon), .href(SiteRoute.asset(Stylesheet.iconName).path))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(t(.skipToContent))),
                header(page: page, context: context),
                .main(
                    .id("main"),
                    .attribute(named: "tabindex", value: "-1"),
                    .h1(.text(page.title)),
                    noticeNode(context),
                    page.content
                ),
                .footer(
                    .class("site-footer"),
                    .p(.text(t(.footerText)))
                )
            )
        )
        return document.render(indentedBy: indentationSpaces.map { .spaces($0) })
    }

    private static func header(page: Page, context: PageContext) -> Node<HTML.BodyContext> {
        let t = context
        return .header(
            .class("site-header"),
            .div(
                .class("bar"),
                .a(.class("brand"), .href(SiteRoute.home.path), .text("Roder")),
                .unwrap(context.organisation) { organisation in
                    .span(.class("organisation-name"), localized(organisation.name, context))
                },
                .div(
                    .class("bar-end"),
                    languageSwitch(context),
                    .unwrap(context.userName) { name in
                        .div(
                            .class("user-menu"),
                            .a(
                                .href(SiteRoute.account.path), .text(name),
                                .unwrap(page.section == .account ? "page" : nil) { .attribute(named: "aria-current", value: $0) }),
                            .form(
                                .action(SiteRoute.signOut.path), .method(.post), .class("inline"),
                                csrfField(context),
                                .button(.type(.submit), .class("link-button"), .text(t(.signOut)))
                            )
                        )
                    }
                )
            ),
            navigation(page: page, context: context)
        )
    }

    private static func navigation(page: Page, context: PageContext) -> Node<HTML.BodyContext> {
        guard let principal = context.principal else { return .empty }
        var items: [(SiteRoute, NavigationSection, Str)] = [(.home, .home, .navHome)]
        items += ProgrammeArea.allCases.map { (SiteRoute.area($0), NavigationSection.area($0), $0.titleKey) }
        items += [(.users, .users, .navUsers), (.auditLog(), .auditLog, .navAuditLog), (.operatorHome, .operatorHome, .navOperator)]
        // Someone outside any organisation (the programme operator) has no start page of their own.
        let visible = items.filter { $0.0.isAllowed(for: principal) && !($0.1 == .home && principal.organisationID == nil) }
        return .nav(
            .class("site-nav"),
            .ariaLabel(context(.navLabel)),
            .ul(
                .forEach(visible) { route, section, title in
                    .li(
                        .a(
                            .href(route.path),
                            .text(context(title)),
                            .unwrap(page.section == section ? "page" : nil) { .attribute(named: "aria-current", value: $0) }
                        ))
                })
        )
    }

    /// Buttons for the other languages, each labelled in its own language so a reader who
    /// does not understand the current one still finds theirs. Works without JavaScript.
    static func languageSwitch(_ context: PageContext) -> Node<HTML.BodyContext> {
        // Without a session (the page for a failed database) a form could not be accepted.
        guard !context.csrfToken.isEmpty else { return .empty }
        return .form(
            .action(SiteRoute.language.path), .method(.post), .class("language-switch"),
            .attribute(named: "aria-label", value: context(.languageSwitchLabel)),
            csrfField(context),
            .input(.type(.hidden), .name("return"), .value(context.currentPath)),
            .forEach(RoderCore.Language.allCases) { language in
                language == context.language
                    ? .span(.class("current-language"), .attribute(named: "lang", value: language.code), .text(language.nativeName))
                    : .button(
                        .type(.submit), .name("language"), .value(language.code),
                        .attribute(named: "lang", value: language.code),
                        .text(language.nativeName)
                    )
            }
        )
    }

    private static func noticeNode(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let notice = context.notice else { return .empty }
        return .div(
            .class(notice.isWarning ? "notice warning" : "notice"),
            .attribute(named: "role", value: notice.isWarning ? "alert" : "status"),
            .p(.text(context(notice.message)))
        )
    }
}

// MARK: - Building blocks shared by pages

/// The hidden field every state-changing form carries.
func csrfField(_ context: PageContext) -> Node<HTML.FormContext> {
    .input(.type(.hidden), .name("_csrf"), .value(context.csrfToken))
}

/// User content in the reader's language; a fallback is marked with its own `lang`.
func localized<Context: HTML.BodyContext>(_ text: LocalizedText, _ context: PageContext) -> Node<Context> {
    guard let resolved = context.localizer.text(text) else { return .text("–") }
    if resolved.language == context.language { return .text(resolved.text) }
    return .span(.attribute(named: "lang", value: resolved.language.code), .text(resolved.text))
}

/// A labelled text input with its error, wired up for screen readers.
func textField(
    _ name: String, label: String, value: String, type: HTMLInputType = .text,
    autocomplete: String? = nil, inputMode: String? = nil, required: Bool = true, error: String? = nil, hint: String? = nil
) -> Node<HTML.FormContext> {
    let describedBy = [hint == nil ? nil : "\(name)-hint", error == nil ? nil : "\(name)-error"].compactMap { $0 }
    return .div(
        .class(error == nil ? "field" : "field has-error"),
        .label(.for(name), .text(label)),
        .unwrap(hint) { .p(.class("hint"), .id("\(name)-hint"), .text($0)) },
        .unwrap(error) { .p(.class("error-message"), .id("\(name)-error"), .text($0)) },
        .input(
            .type(type), .name(name), .id(name), .value(value),
            .required(required),
            .attribute(named: "autocomplete", value: autocomplete),
            .attribute(named: "inputmode", value: inputMode),
            .attribute(named: "spellcheck", value: inputMode == "email" ? "false" : nil),
            .attribute(named: "autocapitalize", value: inputMode == "email" ? "none" : nil),
            error == nil ? .empty : .attribute(named: "aria-invalid", value: "true"),
            .attribute(named: "aria-describedby", value: describedBy.joined(separator: " "))
        )
    )
}

/// A summary of a form's errors at its top, announced to screen readers.
func errorSummary(_ errors: [String], context: PageContext) -> Node<HTML.FormContext> {
    guard !errors.isEmpty else { return .empty }
    return .div(
        .class("error-summary"),
        .attribute(named: "role", value: "alert"),
        .h2(.text(context(.formHasErrors))),
        .ul(.forEach(errors) { .li(.text($0)) })
    )
}

extension RoderCore.Language {
    var plot: Plot.Language {
        switch self {
        case .swedish: .swedish
        case .finnish: .finnish
        case .english: .english
        }
    }
}

extension ProgrammeArea {
    public var titleKey: Str {
        switch self {
        case .organisation: .areaOrganisation
        case .strategy: .areaStrategy
        case .events: .areaEvents
        case .feedback: .areaFeedback
        case .coaching: .areaCoaching
        case .workingTime: .areaWorkingTime
        case .reports: .areaReports
        }
    }

    public var descriptionKey: Str {
        switch self {
        case .organisation: .areaOrganisationDescription
        case .strategy: .areaStrategyDescription
        case .events: .areaEventsDescription
        case .feedback: .areaFeedbackDescription
        case .coaching: .areaCoachingDescription
        case .workingTime: .areaWorkingTimeDescription
        case .reports: .areaReportsDescription
        }
    }
}

extension Role {
    public var titleKey: Str {
        switch self {
        case .administrator: .roleAdministrator
        case .programmeOwner: .roleProgrammeOwner
        case .manager: .roleManager
        case .coach: .roleCoach
        case .viewer: .roleViewer
        }
    }
}
