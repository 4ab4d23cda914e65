import Fluent
import Foundation
import RoderCore

/// The programme owner's comment in a year's report: the summary (no area) or one area's.
final class ReportText: Model, TenantOwned, @unchecked Sendable {
    static let schema = "report_texts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<ReportText, Organisation> { $organisation }
    @Field(key: "year") var year: Int
    @OptionalField(key: "area_id") var areaID: UUID?
    @Field(key: "text") var text: LocalizedText
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    init() {}

    init(organisationID: UUID, year: Int, areaID: UUID?, text: LocalizedText, at now: Date, by name: String) {
        self.$organisation.id = organisationID
        self.year = year
        self.areaID = areaID
        self.text = text
        self.updatedAt = now
        self.updatedBy = name
    }
}
