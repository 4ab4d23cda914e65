import Foundation
import RoderCore
import RoderViews
import Vapor

extension Request {
    /// The years a page over the programme's history shows (`YearScope`): from the first day
    /// of the programme's first year, unless the visitor asked for every year (`?years=all`)
    /// or there is no programme. `from` is nil when every year is shown.
    func yearScope(_ programme: Programme?) -> (scope: YearScope, from: Date?) {
        let scope = YearScope(programmeStartYear: programme?.startYear, showsEveryYear: programme == nil || query[String.self, at: "years"] == "all")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = application.config.timeZone
        return (scope, scope.fromYear.flatMap { calendar.date(from: DateComponents(year: $0, month: 1, day: 1)) })
    }
}
