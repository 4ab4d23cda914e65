import Fluent
import Foundation
import RoderCore

/// An uploaded organisation file waiting for its column mapping to be confirmed. Nothing of
/// it reaches the organisation until the user applies it; drafts are removed after a day.
final class ImportDraft: Model, TenantOwned, @unchecked Sendable {
    static let schema = "import_drafts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<ImportDraft, Organisation> { $organisation }
    @Field(key: "user_id") var userID: UUID
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: Data
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(organisationID: UUID, userID: UUID, fileName: String, content: Data, createdAt: Date) {
        self.$organisation.id = organisationID
        self.userID = userID
        self.fileName = fileName
        self.content = content
        self.createdAt = createdAt
    }
}

/// A named restructuring draft: changes tried on a copy of the organisation. Nothing
/// changes in the real organisation until the scenario is applied, on purpose.
final class ScenarioRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "scenarios"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<ScenarioRecord, Organisation> { $organisation }
    @Field(key: "name") var name: String
    /// Stored as one JSON object: PostgreSQL would otherwise make a Swift array a `jsonb[]`.
    @Field(key: "changes") var storedChanges: ScenarioChangeList
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "applied_at") var appliedAt: Date?
    @OptionalField(key: "applied_by") var appliedBy: String?

    init() {}

    init(organisationID: UUID, name: String, createdBy: String, createdAt: Date) {
        self.$organisation.id = organisationID
        self.name = name
        self.storedChanges = ScenarioChangeList(changes: [])
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    var changes: [ScenarioChange] {
        get { storedChanges.changes }
        set { storedChanges = ScenarioChangeList(changes: newValue) }
    }
}

struct ScenarioChangeList: Codable, Sendable {
    var changes: [ScenarioChange]
}

/// A harmonised manager role ("sector director", "unit manager"): what the role is
/// responsible for and the competences it expects, in the organisation's languages.
final class RoleProfile: Model, TenantOwned, @unchecked Sendable {
    static let schema = "role_profiles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<RoleProfile, Organisation> { $organisation }
    @Field(key: "name") var name: LocalizedText
    @Field(key: "responsibilities") var responsibilities: LocalizedText
    @Field(key: "competences") var competences: LocalizedText

    init() {}

    init(id: UUID? = nil, organisationID: UUID, name: LocalizedText, responsibilities: LocalizedText, competences: LocalizedText) {
        self.id = id
        self.$organisation.id = organisationID
        self.name = name
        self.responsibilities = responsibilities
        self.competences = competences
    }
}
