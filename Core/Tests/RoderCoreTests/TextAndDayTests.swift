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
        for text in ["  4 ", "\t\n5\r\n", "Bra möte\n", "   ", "", "\u{00A0}ok\u{2003}", "a  b", "\n\nrad ett\nrad två\n", "4", "Bra\tmöte", "e\u{0301}", "x\u{2003}"] {
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }
}
