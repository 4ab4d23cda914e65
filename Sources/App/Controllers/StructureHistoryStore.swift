import Fluent
import Foundation
import RoderCore

/// The organisation structure's history: a snapshot of its figures after every applied
/// import, scenario and hand edit, read back for the analytics page.
enum StructureHistoryStore {
    /// Analyses the tenant's structure as it is now and keeps its figures.
    static func record(_ cause: StructureSnapshot.Cause, tenant: TenantDatabase, targetBand: ClosedRange<Int>, at now: Date) async throws {
        let loaded = try await OrganisationQuery.load(tenant, targetBand: targetBand)
        try await tenant.create(
            StructureSnapshotRecord(
                organisationID: tenant.organisationID, takenAt: now, cause: cause,
                figures: StructureFigures(loaded.report)))
    }

    /// Oldest first.
    static func load(_ tenant: TenantDatabase) async throws -> [StructureSnapshot] {
        try await tenant.query(StructureSnapshotRecord.self).sort(\.$takenAt).all().map(\.domain)
    }
}
