import Foundation

/// The day a moment falls on in a time zone, as "2026-11-29". Worked out by arithmetic on
/// the Gregorian calendar: a feedback answer keeps only its day, and building a `Calendar`
/// and a formatted string for each of hundreds of answers a second showed in the profile.
public enum CalendarDay {
    public static func string(_ date: Date, in timeZone: TimeZone) -> String {
        let localSeconds = (date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))).rounded(.down)
        let days = Int((localSeconds / 86_400).rounded(.down))
        let (year, month, day) = civil(daysSince1970: days)
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    /// Year, month and day of the proleptic Gregorian calendar for a count of days since
    /// 1970-01-01, by the usual era-of-400-years method (months counted from March, so the
    /// leap day falls at the end of the year).
    static func civil(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468  // days since 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The inverse of `civil`: days since 1970-01-01 of a proleptic Gregorian date.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension CalendarDay {
    /// The years a date typed into Roder may fall in: a programme, an event, a measurement.
    /// A year outside is a typo (or an attack), refused rather than stored.
    public static let plausibleYears = 1900...2200

    /// "2026-11-29" (and a time of day, "14:30") in `timeZone`, as typed into a date and a
    /// time field; nil for anything else — another format, a day that does not exist, a
    /// year outside `plausibleYears`.
    public static func date(day: String, time: String = "12:00", in timeZone: TimeZone) -> Date? {
        let dayParts = day.split(separator: "-", omittingEmptySubsequences: false)
        let timeParts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard dayParts.count == 3, timeParts.count == 2,
            dayParts[0].count == 4, dayParts[1].count == 2, dayParts[2].count == 2, timeParts[0].count == 2, timeParts[1].count == 2,
            (dayParts + timeParts).allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(dayParts[0]), let month = Int(dayParts[1]), let dayOfMonth = Int(dayParts[2]),
            let hour = Int(timeParts[0]), let minute = Int(timeParts[1]),
            plausibleYears.contains(year), (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let days = daysSince1970(year: year, month: month, day: dayOfMonth)
        // A day past the month's end comes back as another date: refused, not rolled over.
        guard civil(daysSince1970: days) == (year, month, dayOfMonth) else { return nil }
        let local = TimeInterval(days) * 86_400 + TimeInterval(hour * 3_600 + minute * 60)
        // Local time to an instant: the zone's offset at that moment (checked twice, for the
        // hours around a change of daylight-saving time).
        let guess = Date(timeIntervalSince1970: local - TimeInterval(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
        return Date(timeIntervalSince1970: local - TimeInterval(timeZone.secondsFromGMT(for: guess)))
    }
}
