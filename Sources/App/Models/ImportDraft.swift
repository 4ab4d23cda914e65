import Fluent
import Foundation

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
