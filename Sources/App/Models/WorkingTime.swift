import Fluent
import Foundation
import RoderCore

/// Programme work a person logged themselves: hours on a day, for a development area or a
/// result goal (or the programme as a whole), with a short note. Event and coaching time is
/// derived from attendance and is never logged (`WorkingTimeQuery`).
final class TimeEntry: Model, TenantOwned, @unchecked Sendable {
    static let schema = "time_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    var organisationParent: ParentProperty<TimeEntry, Organisation> { $organisation }
    @Parent(key: "person_id") var person: Person
    /// The day, at noon in the organisation's time zone (clear of time-zone edges).
    @Field(key: "date") var date: Date
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "area_id") var areaID: UUID?
    @OptionalField(key: "goal_id") var goalID: UUID?
    @Field(key: "note") var note: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(organisationID: UUID, personID: UUID, date: Date, minutes: Int, areaID: UUID?, goalID: UUID?, note: String, at now: Date) {
        self.$organisation.id = organisationID
        self.$person.id = personID
        self.date = date
        self.minutes = minutes
        self.areaID = areaID
        self.goalID = goalID
        self.note = note
        self.updatedAt = now
    }
}
