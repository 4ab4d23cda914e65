import Fluent
import Foundation
import RoderCore

/// The organisation's average hourly cost of one management level (or `standard`), from a
/// year on: a year uses the rates of the latest year up to it, so changing them for next year
/// leaves a locked year's report as it was.
final class HourlyRateRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "hourly_rates"
    static let standardLevel = "standard"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<HourlyRateRecord, Organisation> { $organisation }
    @Field(key: "year") var year: Int
    /// A `ManagementLevel` raw value, or `standardLevel`.
    @Field(key: "level") var level: String
    @Field(key: "cents") var cents: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(organisationID: UUID, year: Int, level: String, cents: Int, at now: Date) {
        self.$organisation.id = organisationID
        self.year = year
        self.level = level
        self.cents = cents
        self.updatedAt = now
    }
}

/// An invoice or other external cost: its amount without VAT (what the programme costs) and
/// its VAT beside it, and what it belongs to: the programme, an area, an event or a coaching
/// engagement (at most one of the three ids).
final class ExternalCost: Model, TenantOwned, @unchecked Sendable {
    static let schema = "external_costs"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<ExternalCost, Organisation> { $organisation }
    /// The day, at noon in the organisation's time zone.
    @Field(key: "date") var date: Date
    @Field(key: "amount_cents") var amountCents: Int
    @Field(key: "vat_cents") var vatCents: Int
    @Field(key: "supplier") var supplier: String
    /// A `CostCategory` raw value.
    @Field(key: "category") var category: String
    @Field(key: "description") var costDescription: String
    @OptionalField(key: "area_id") var areaID: UUID?
    @OptionalField(key: "event_id") var eventID: UUID?
    @OptionalField(key: "engagement_id") var engagementID: UUID?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    var costCategory: CostCategory { CostCategory(rawValue: category) ?? .other }
}

/// A year's budget for the programme as a whole (no area) or for one development area.
final class BudgetRecord: Model, TenantOwned, @unchecked Sendable {
    static let schema = "budgets"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<BudgetRecord, Organisation> { $organisation }
    @Field(key: "year") var year: Int
    @OptionalField(key: "area_id") var areaID: UUID?
    @Field(key: "cents") var cents: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(organisationID: UUID, year: Int, areaID: UUID?, cents: Int, at now: Date) {
        self.$organisation.id = organisationID
        self.year = year
        self.areaID = areaID
        self.cents = cents
        self.updatedAt = now
    }
}
