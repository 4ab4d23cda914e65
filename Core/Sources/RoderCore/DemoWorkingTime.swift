import Foundation

/// The demo's logged programme work: two years of a few hours a month per manager, spread over
/// the development areas, each on a weekday in the past. Event and coaching time is derived from
/// the demo's attendance, so only this part is written.
public enum DemoWorkingTime {
    public struct EntrySeed: Sendable, Equatable {
        public let personKey: String
        public let date: Date
        public let minutes: Int
        /// 1-based development area; nil for the programme as a whole.
        public let area: Int?
        public let note: String
    }

    static let notes = [
        "Förberedde diskussionen i ledningsgruppen", "Läste in materialet inför forumet", "Arbetsplatsträff om strategin",
        "Genomgång av resultatmålen med teamet", "Mentorssamtal", "", "Sammanställde enhetens mätvärden",
    ]

    /// Entries for the people in `personKeys` from January of the year before `now` up to `now`.
    public static func entries(personKeys: [String], areaCount: Int, now: Date, timeZone: TimeZone) -> [EntrySeed] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let thisYear = calendar.component(.year, from: now)
        var seeds: [EntrySeed] = []
        for (index, key) in personKeys.enumerated() {
            for year in (thisYear - 1)...thisYear {
                for month in 1...12 where (index + month) % 3 != 0 && month != 7 {
                    // A weekday early in the month, at noon (as the form stores a day).
                    let day = 3 + (index + month) % 5
                    guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)), date < now else { continue }
                    let weekday = calendar.component(.weekday, from: date)
                    let weekdayDate = weekday == 1 ? date.addingTimeInterval(86_400) : weekday == 7 ? date.addingTimeInterval(2 * 86_400) : date
                    guard weekdayDate < now else { continue }
                    seeds.append(
                        EntrySeed(
                            personKey: key, date: weekdayDate, minutes: 30 * (1 + (index * 7 + month) % 6),
                            area: areaCount == 0 || (index + month) % 4 == 0 ? nil : 1 + (index * 5 + month * 7) % areaCount,
                            note: notes[(index + month + year) % notes.count]))
                }
            }
        }
        return seeds
    }
}
