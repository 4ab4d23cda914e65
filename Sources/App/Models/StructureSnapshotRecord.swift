import Fluent
import Foundation
import RoderCore

/// One dated point of an organisation's structure history (`StructureSnapshot`): its figures
/// as one JSON object, never a copy of the tree. Kept for ever.
final class StructureSnapshotRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "structure_snapshots"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<StructureSnapshotRecord, Organisation> { $organisation }
    @Field(key: "taken_at") var takenAt: Date
    /// `StructureSnapshot.Cause`'s raw value.
    @Field(key: "cause") var cause: String
    @Field(key: "figures") var figures: StructureFigures

    init() {}

    init(id: UUID? = nil, organisationID: UUID, takenAt: Date, cause: StructureSnapshot.Cause, figures: StructureFigures) {
        self.id = id
        self.$organisation.id = organisationID
        self.takenAt = takenAt
        self.cause = cause.rawValue
        self.figures = figures
    }

    var domain: StructureSnapshot {
        StructureSnapshot(id: id!, takenAt: takenAt, cause: StructureSnapshot.Cause(rawValue: cause) ?? .handEdit, figures: figures)
    }
}
