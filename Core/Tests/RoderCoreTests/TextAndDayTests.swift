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
            "Ledarforum 3", "a\u{0301}b", "\u{0301}b", "b\u{0301}", "a\u{00A0}b", "!?",
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

@Suite("Multilingual text read from its stored JSON")
struct LocalizedTextJSONTests {
    /// What `JSONDecoder` makes of the same bytes through `Codable`: the reference.
    private func decoded(_ json: String) -> LocalizedText? {
        try? JSONDecoder().decode(LocalizedText.self, from: Data(json.utf8))
    }

    @Test("Whatever JSONEncoder writes for any text in any language reads back the same, escapes and all")
    func roundTrips() throws {
        let pieces = [
            "Ledarforum", "Johtajafoorumi", "å ä ö Å Ä Ö", "\"quoted\"", "back\\slash", "line\nbreak\ttab\r", "emoji 👩🏽‍💼", "</script>", "\u{0001}\u{001F}", "/",
            " ", "",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var texts: [Language: String] = [:]
            for language in Language.allCases where Bool.random(using: &generator) {
                texts[language] = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let text = LocalizedText(texts)
            let json = String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
            #expect(LocalizedText(json: json) == text, "\(json)")
        }
    }

    @Test("Hand-written objects read as JSONDecoder reads them: spaces, \\u escapes, surrogate pairs, unknown codes")
    func handWritten() {
        for json in [
            #"{}"#, #" { "sv" : "Hej" , "fi":"Moi" } "#, #"{"sv":"\u00e5\u00E4"}"#, #"{"en":"\ud83d\ude00 ok"}"#, #"{"xx":"skipped","sv":"kept"}"#,
            #"{"sv":"a\/b\b\f"}"#, "{\n\t\"fi\": \"rivi\"\r\n}",
        ] {
            #expect(LocalizedText(json: json) != nil, "\(json)")
            #expect(LocalizedText(json: json) == decoded(json), "\(json)")
        }
    }

    @Test("Anything but a flat object of strings gives nil, never a trap: truncations, bad escapes, lone surrogates, random bytes")
    func hostile() {
        let valid = #"{"sv":"Hej \"du\" \u00e5","fi":"Moi\n"}"#
        var inputs = truncations(of: valid)
        inputs += [
            #"{"sv":1}"#, #"{"sv":null}"#, #"{"sv":{"x":"y"}}"#, #"["sv"]"#, #""sv""#, #"{"sv":"\x"}"#, #"{"sv":"\u12"}"#, #"{"sv":"\ud800"}"#,
            #"{"sv":"\udc00"}"#, #"{"sv":"\ud800\u0041"}"#, "{\"sv\":\"tab\tinside\"}", #"{"sv":"a"} x"#, #"{"sv":"a",}"#, #"{,"sv":"a"}"#, #"{"sv""a"}"#,
        ]
        inputs += damagedCopies(of: valid)
        for json in inputs {
            let parsed = LocalizedText(json: json)
            // Where the fast reader answers, it agrees with JSONDecoder; it may decline more.
            if let parsed { #expect(parsed == decoded(json), "\(json.debugDescription)") }
        }
        #expect(LocalizedText(json: #"{"sv":"\ud800"}"#) == nil)
        #expect(LocalizedText(json: #"{"sv":1}"#) == nil)
    }
}

@Suite("Feedback totals read from their stored JSON")
struct ScoreTotalsJSONTests {
    /// What `JSONDecoder` makes of the same bytes through `Codable`: the reference.
    private func decoded(_ json: String) -> ScoreTotals? {
        try? JSONDecoder().decode(ScoreTotals.self, from: Data(json.utf8))
    }

    private func randomTotals(_ generator: inout some RandomNumberGenerator) -> ScoreTotals {
        var totals = ScoreTotals(answers: Int.random(in: 0...100_000, using: &generator))
        for key in ["importance", "relevance", "worth_time", "suitability", "fråga \"ett\"", "kysymys\n2"] where Bool.random(using: &generator) {
            totals.byQuestion[key] = .init(sum: Int.random(in: -10...Int.max / 2, using: &generator), answered: Int.random(in: 0...500, using: &generator))
        }
        return totals
    }

    @Test("Whatever JSONEncoder writes for any totals reads back the same")
    func roundTrips() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let totals = randomTotals(&generator)
            let json = String(decoding: try JSONEncoder().encode(totals), as: UTF8.self)
            #expect(ScoreTotals(json: json) == totals, "\(json)")
        }
        #expect(ScoreTotals(json: #" { "byQuestion" : { } , "answers" : 0 } "#) == ScoreTotals())
    }

    @Test("Anything else gives nil or what JSONDecoder gives, never a trap: fractions, overflow, unknown or repeated keys, random bytes")
    func hostile() throws {
        let valid = #"{"answers":50,"byQuestion":{"importance":{"answered":50,"sum":149},"relevance":{"sum":-3,"answered":2}}}"#
        #expect(ScoreTotals(json: valid) == decoded(valid))
        var inputs = truncations(of: valid)
        inputs += [
            #"{"answers":1.5,"byQuestion":{}}"#, #"{"answers":1e2,"byQuestion":{}}"#, #"{"answers":01,"byQuestion":{}}"#, #"{"answers":-,"byQuestion":{}}"#,
            #"{"answers":9223372036854775808,"byQuestion":{}}"#, #"{"answers":-9223372036854775809,"byQuestion":{}}"#,
            #"{"answers":1,"answers":2,"byQuestion":{}}"#, #"{"answers":1,"byQuestion":{},"extra":1}"#, #"{"answers":1}"#,
            #"{"answers":"1","byQuestion":{}}"#, #"{"answers":1,"byQuestion":{"q":{"sum":1}}}"#, #"{"answers":1,"byQuestion":[]}"#,
        ]
        inputs += damagedCopies(of: valid)
        for json in inputs {
            // Where the fast reader answers, it agrees with JSONDecoder; it may decline more.
            if let parsed = ScoreTotals(json: json) { #expect(parsed == decoded(json), "\(json.debugDescription)") }
        }
        #expect(ScoreTotals(json: #"{"answers":9223372036854775807,"byQuestion":{}}"#)?.answers == Int.max)
        #expect(ScoreTotals(json: #"{"answers":-9223372036854775808,"byQuestion":{}}"#)?.answers == Int.min)
        #expect(ScoreTotals(json: #"{"answers":1.5,"byQuestion":{}}"#) == nil)
        #expect(ScoreTotals(json: #"{"answers":1,"answers":2,"byQuestion":{}}"#) == nil)
    }
}

/// Every prefix of `valid`: each way a stored document can be cut short.
func truncations(of valid: String) -> [String] {
    (0...valid.utf8.count).map { String(decoding: valid.utf8.prefix($0), as: UTF8.self) }
}

/// 2,000 copies of `valid` with one to three bytes replaced at random.
func damagedCopies(of valid: String) -> [String] {
    var generator = SystemRandomNumberGenerator()
    return (0..<2_000).map { _ in
        var bytes = Array(valid.utf8)
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
