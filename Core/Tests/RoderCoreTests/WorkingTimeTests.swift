import Foundation
import Testing

@testable import RoderCore

@Suite("Working time")
struct WorkingTimeTests {
    let start = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("An event's time is its length times those who attended; a mistyped end counts at most a day, a reversed one nothing")
    func eventTime() {
        #expect(EventTime.participantMinutes(from: start, to: start.addingTimeInterval(3 * 3600), attended: 12) == 36 * 60)
        #expect(EventTime.participantMinutes(from: start, to: start.addingTimeInterval(-3600), attended: 12) == 0)
        #expect(EventTime.lengthInMinutes(from: start, to: start.addingTimeInterval(40 * 24 * 3600)) == 24 * 60)
        #expect(EventTime.participantMinutes(from: start, to: start.addingTimeInterval(3600), attended: -4) == 0)
        #expect(EventTime.participantMinutes(from: start, to: start.addingTimeInterval(3600), attended: Int.max) == Int.max)
        #expect(EventTime.lengthInMinutes(from: start, to: Date(timeIntervalSince1970: .infinity)) == 0)
        #expect(EventTime.lengthInMinutes(from: Date.distantPast, to: Date.distantFuture) == 24 * 60)
    }

    @Test("The summary adds each source by area and month; totals saturate; months outside 1–12 only count in the totals")
    func summary() {
        let area = UUID(), other = UUID()
        let summary = WorkingTimeSummary([
            .init(.events, month: 3, areaID: area, minutes: 600),
            .init(.coaching, month: 3, areaID: area, minutes: 240),
            .init(.logged, month: 4, areaID: other, minutes: 90),
            .init(.logged, month: 4, minutes: 30),
            .init(.preparation, month: 13, areaID: area, minutes: 60),
            .init(.logged, month: 5, minutes: -100),
        ])
        #expect(summary.totalMinutes == 1_020)
        #expect(summary.bySource == [.events: 600, .coaching: 240, .logged: 120, .preparation: 60])
        #expect(summary.minutes(in: area) == 900 && summary.minutes(in: other) == 90 && summary.minutes(in: nil) == 30)
        #expect(summary.minutes(inMonth: 3) == 840 && summary.minutes(inMonth: 4) == 120 && summary.minutes(inMonth: 13) == 0)
        #expect(summary.byMonth[5]?[.logged] == 0)
        let huge = WorkingTimeSummary([.init(.events, month: 1, minutes: Int.max), .init(.events, month: 1, minutes: Int.max)])
        #expect(huge.totalMinutes == Int.max && huge.minutes(inMonth: 1) == Int.max && huge.minutes(in: nil) == Int.max)
        #expect(WorkingTimeSummary.hours(90) == 1.5)
    }

    @Test(
        "Hours are read as people type them, in any of the three languages",
        arguments: [
            ("2", 120), ("1,5", 90), ("1.5", 90), (" 0,25 ", 15), ("1:30", 90), ("90 min", 90), ("45min", 45), ("2 h", 120), ("2 t", 120),
            ("3 tuntia", 180), ("1,5 timmar", 90), ("16", 960),
        ])
    func hoursAccepted(typed: String, minutes: Int) {
        #expect(HoursInput.minutes(typed) == minutes)
    }

    @Test(
        "Anything else is refused, never trapped on",
        arguments: [
            "", "0", "-1", "10 min", "17", "abc", "1e3", "1,5,5", "nan", "inf", "1:75", "99:00", ":", "1:", String(repeating: "9", count: 400), "٣",
            "9223372036854775807", "1.0e308",
        ])
    func hoursRefused(typed: String) {
        #expect(HoursInput.minutes(typed) == nil)
    }

    @Test("Minutes are written back as hours with as few decimals as needed")
    func hoursText() {
        let finnish = Localizer(language: .finnish), english = Localizer(language: .english)
        #expect(HoursInput.text(minutes: 120, finnish) == "2" && HoursInput.text(minutes: 90, finnish) == "1,5")
        #expect(HoursInput.text(minutes: 75, finnish) == "1,25" && HoursInput.text(minutes: 75, english) == "1.25")
        #expect(HoursInput.text(minutes: 60_000, english) == "1000" && HoursInput.text(minutes: 61, finnish) == "1,02")
        for minutes in [15, 20, 45, 61, 75, 90, 100, 959, 960] {
            #expect(HoursInput.minutes(HoursInput.text(minutes: minutes, finnish)) == minutes, "\(minutes)")
            #expect(HoursInput.minutes(HoursInput.text(minutes: minutes, english)) == minutes, "\(minutes)")
        }
        #expect(HoursInput.minutes(HoursInput.text(minutes: 60_000, english), limits: WorkingTimeLimits.preparationMinutes) == 60_000)
    }

    @Test("Preparation may be zero and long, within its own limits")
    func preparation() {
        #expect(HoursInput.minutes("0", limits: WorkingTimeLimits.preparationMinutes) == 0)
        #expect(HoursInput.minutes("40", limits: WorkingTimeLimits.preparationMinutes) == 2_400)
        #expect(HoursInput.minutes("1001", limits: WorkingTimeLimits.preparationMinutes) == nil)
    }

    @Test("The demo's logged work: two years up to today, on weekdays, within the form's limits, spread over the areas")
    func demo() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .helsinki
        let entries = DemoWorkingTime.entries(personKeys: ["a", "b", "c", "d"], areaCount: 3, now: now, timeZone: .helsinki)
        #expect(entries.count > 40)
        #expect(entries.allSatisfy { $0.date < now && WorkingTimeLimits.entryMinutes.contains($0.minutes) })
        #expect(entries.allSatisfy { ![1, 7].contains(calendar.component(.weekday, from: $0.date)) })
        #expect(Set(entries.map { calendar.component(.year, from: $0.date) }) == [2025, 2026])
        #expect(Set(entries.compactMap(\.area)) == [1, 2, 3] && entries.contains { $0.area == nil })
        #expect(DemoWorkingTime.entries(personKeys: ["a"], areaCount: 0, now: now, timeZone: .helsinki).allSatisfy { $0.area == nil })
    }
}
