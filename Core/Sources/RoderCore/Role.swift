import Foundation

/// What a person may do within one organisation (tenant). A person can hold several roles,
/// and roles in several organisations.
public enum Role: String, CaseIterable, Codable, Sendable, Hashable {
    /// Runs the installation for the organisation: users, roles, settings.
    case administrator
    /// The HR director: sets up and follows the local programme.
    case programmeOwner = "programme_owner"
    /// A member of top or middle management taking part in the programme.
    case manager
    /// An external consultant or local trainer running sessions.
    case coach
    /// A management-group or council member who reads reports.
    case viewer
}

/// Who is asking: the signed-in user as far as permissions are concerned.
public struct Principal: Sendable, Hashable {
    public let userID: UUID
    /// The organisation the user is working in right now, if any.
    public let organisationID: UUID?
    /// The user's roles in `organisationID`.
    public let roles: Set<Role>
    /// Runs the shared cross-municipal programme; sees no organisation's private data.
    public let isProgrammeOperator: Bool

    public init(userID: UUID, organisationID: UUID?, roles: Set<Role>, isProgrammeOperator: Bool) {
        self.userID = userID
        self.organisationID = organisationID
        self.roles = organisationID == nil ? [] : roles
        self.isProgrammeOperator = isProgrammeOperator
    }
}

/// Who may use a route. Every route in `SiteRoute` states one; the HTTP layer enforces it
/// before the handler runs, so a handler cannot forget.
public enum Access: Sendable, Hashable {
    /// Anyone, signed in or not (sign-in page, assets, health check).
    case anyone
    /// Any signed-in user, whatever their roles.
    case signedIn
    /// A signed-in user holding at least one of these roles in their current organisation.
    case organisation(Set<Role>)
    /// The programme operator.
    case programmeOperator

    /// Who reads the organisation structure: everyone of the organisation but external coaches.
    public static let readsOrganisation: Set<Role> = [.administrator, .programmeOwner, .manager, .viewer]
    /// Who changes it: the HR director and the administrator.
    public static let changesOrganisation: Set<Role> = [.administrator, .programmeOwner]
    /// The programme's costs and budget: entered by those who run it, read by the viewer too.
    public static let readsCosts: Set<Role> = [.administrator, .programmeOwner, .viewer]
    public static let changesCosts: Set<Role> = [.administrator, .programmeOwner]

    /// Who reads the programme's feedback (results, comments, the overview, the half-year
    /// summary): everyone of the organisation but external coaches, who read only the
    /// results of the events they lead.
    public static let readsProgrammeFeedback: Set<Role> = [.administrator, .programmeOwner, .manager, .viewer]

    /// Any role in an organisation.
    public static let anyOrganisationRole = Access.organisation(Set(Role.allCases))

    public func allows(_ principal: Principal?) -> Bool {
        switch self {
        case .anyone:
            return true
        case .signedIn:
            return principal != nil
        case .organisation(let roles):
            guard let principal, principal.organisationID != nil else { return false }
            return !principal.roles.isDisjoint(with: roles)
        case .programmeOperator:
            return principal?.isProgrammeOperator == true
        }
    }
}
