import Foundation
import Testing

@testable import RoderCore

@Suite("Days and trimmed text")
struct TextAndDayTests {
    @Test("The day of a moment agrees with Foundation's calendar, in every zone, across years, leap days and clock changes")
    func days() throws {
        let zones = ["Europe/Helsinki", "Europe/Stockholm", "UTC", "America/Los_Angeles", "Pacific/Kiritimati"].compactMap(TimeZone.init(identifier:))
        #expect(zones.count == 5)
        var generator = SystemRandomNumberGenerator()
        // Random moments from 1900 to 2100, and every hour around some awkward nights.
        var moments = (0..<3_000).map { _ in Date(timeIntervalSince1970: Double.random(in: -2_208_988_800...4_102_444_800, using: &generator)) }
        for night in ["2024-02-28T12:00:00Z", "2026-03-29T00:00:00Z", "2026-10-25T00:00:00Z", "1999-12-31T12:00:00Z", "2000-02-29T00:00:00Z"] {
            let start = try #require(ISO8601DateFormatter().date(from: night))
            moments += (0..<48).map { start.addingTimeInterval(Double($0) * 1_800) }
        }
        for zone in zones {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            for moment in moments {
                let parts = calendar.dateComponents([.year, .month, .day], from: moment)
                let expected = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
                #expect(CalendarDay.string(moment, in: zone) == expected, "\(moment) in \(zone.identifier)")
            }
        }
    }

    @Test("Trimming removes spaces, tabs and line breaks at the ends only, as Foundation does")
    func trimming() {
        for text in [
            "  4 ", "\t\n5\r\n", "Bra möte\n", "   ", "", "\u{00A0}ok\u{2003}", "a  b", "\n\nrad ett\nrad två\n", "4", "Bra\tmöte", "e\u{0301}", "x\u{2003}",
        ] {
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }
}

@Suite("Paging")
struct PagingTests {
    @Test(
        "Any requested page is brought into range, and its offsets cannot overflow",
        arguments: [
            (Int?.none, 1), (0, 1), (-5, 1), (Int.min, 1), (2, 2), (Paging.maximumPage, Paging.maximumPage), (Int.max, Paging.maximumPage),
        ])
    func clamped(requested: Int?, page: Int) {
        let paging = Paging(requested: requested, size: 50)
        #expect(paging.page == page)
        #expect(paging.rangeWithOneMore.count == 51)
        #expect(paging.rangeWithOneMore.lowerBound == (page - 1) * 50)
    }
}

@Suite("Dates as typed")
struct TypedDateTests {
    @Test("A day and a time in Helsinki are the instant they name, in winter and in summer")
    func helsinki() {
        #expect(CalendarDay.date(day: "2026-11-29", time: "14:30", in: .helsinki)?.timeIntervalSince1970 == 1_795_955_400)
        #expect(CalendarDay.date(day: "2026-07-01", time: "09:00", in: .helsinki)?.timeIntervalSince1970 == 1_782_885_600)
        #expect(CalendarDay.date(day: "2026-11-29", in: .helsinki).map { CalendarDay.string($0, in: .helsinki) } == "2026-11-29")
    }

    @Test(
        "Anything but a real day in a plausible year is refused",
        arguments: [
            "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "99999-01-01", "0000-01-01", "1899-12-31", "2201-01-01", "26-1-1",
            "2026-1-01", "2026/01/01", "", "२०२६-01-01", "2026-01-01T00", " 2026-01-01", "-2026-01-01", "9223372036854775807-01-01",
        ])
    func refused(day: String) {
        #expect(CalendarDay.date(day: day, in: .helsinki) == nil, "\(day)")
    }

    @Test("Times outside the clock are refused", arguments: ["24:00", "12:60", "7:30", "12:5", "", "12", "-1:00", "12:00:00"])
    func refusedTimes(time: String) {
        #expect(CalendarDay.date(day: "2026-11-29", time: time, in: .helsinki) == nil, "\(time)")
    }
}
