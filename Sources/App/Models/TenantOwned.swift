import Fluent
import Foundation
import SQLKit

/// A model that belongs to exactly one organisation. Handlers never query these directly:
/// they go through `TenantDatabase`, which adds the organisation filter in one place.
protocol TenantOwned: Model where IDValue == UUID {
    /// The model's `$organisation` (Swift does not let a protocol name it directly).
    var organisationParent: ParentProperty<Self, Organisation> { get }
}

/// The database as seen from one organisation: every query it starts is already limited
/// to that organisation's rows, every model it creates is stamped with it.
struct TenantDatabase: Sendable {
    let organisationID: UUID
    let database: any Database

    func query<M: TenantOwned>(_ type: M.Type) -> QueryBuilder<M> {
        M.query(on: database).filter(\M.organisationParent.$id == organisationID)
    }

    /// The row with `id` if it belongs to this organisation; nil otherwise — a row of
    /// another organisation is indistinguishable from one that does not exist.
    func find<M: TenantOwned>(_ type: M.Type, _ id: UUID?) async throws -> M? {
        guard let id else { return nil }
        return try await query(M.self).filter(\M._$id == id).first()
    }

    /// A plain SQL select on one of the organisation's tables, already limited to the
    /// organisation: for the few large reads where Fluent's per-row model cost matters.
    func select(from table: String) throws -> SQLSelectBuilder {
        guard let sql = database as? any SQLDatabase else { throw TenantDatabaseError.notSQL }
        return sql.select().from(table).where("organisation_id", .equal, organisationID)
    }

    func create<M: TenantOwned>(_ model: M) async throws {
        model.organisationParent.id = organisationID
        try await model.create(on: database)
    }
}

enum TenantDatabaseError: Error { case notSQL }
