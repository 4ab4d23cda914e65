import Fluent
import Foundation
import RoderCore

/// One status report on a result goal by a responsible person. Never changed: the
/// history of a goal is the list of these.
final class GoalStatusUpdate: Model, TenantOwned, @unchecked Sendable {
    static let schema = "goal_status_updates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<GoalStatusUpdate, Organisation> { $organisation }
    @Parent(key: "goal_id") var goal: ResultGoal
    @Field(key: "status") var status: String
    @OptionalField(key: "comment") var comment: String?
    @OptionalField(key: "author_user_id") var authorUserID: UUID?
    @Field(key: "author_name") var authorName: String
    @Field(key: "at") var at: Date

    init() {}

    init(organisationID: UUID, goalID: UUID, status: GoalStatus, comment: String?, authorUserID: UUID?, authorName: String, at: Date) {
        self.$organisation.id = organisationID
        self.$goal.id = goalID
        self.status = status.rawValue
        self.comment = comment
        self.authorUserID = authorUserID
        self.authorName = authorName
        self.at = at
    }

    var goalStatus: GoalStatus { GoalStatus(rawValue: status) ?? .notStarted }
}

struct AddGoalStatus: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ResultGoal.schema).field("status", .string).update()
        try await database.schema(GoalStatusUpdate.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, .id, onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references(ResultGoal.schema, .id, onDelete: .cascade))
            .field("status", .string, .required)
            .field("comment", .string)
            .field("author_user_id", .uuid)
            .field("author_name", .string, .required)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GoalStatusUpdate.schema).delete()
        try await database.schema(ResultGoal.schema).deleteField("status").update()
    }
}
