import Foundation
import Testing

@testable import RoderCore

/// Text written into formats other than HTML: no value can step out of its place.
@Suite("Injection into calendars and spreadsheets")
struct InjectionTests {
    @Test("No form of line break in a title, place or description can start a property of its own", arguments: Injection.lineBreaks)
    func calendarLineBreaks(lineBreak: String) {
        let hostile = "Seminarium\(lineBreak)ATTENDEE:mailto:everyone@evil.example\(lineBreak)END:VEVENT"
        let text = ICalendar.calendar(
            [
                ICalendar.Entry(
                    uid: "abc@roder\(lineBreak)X-EVIL:1", title: hostile, description: hostile, location: hostile,
                    start: Date(timeIntervalSince1970: 1_790_000_000), end: Date(timeIntervalSince1970: 1_790_003_600),
                    url: "https://roder.example/e\(lineBreak)X-EVIL:2")
            ],
            name: hostile, stamp: Date(timeIntervalSince1970: 1_790_000_000))
        // Unfolded, every line is one of Roder's properties.
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        let names = lines.map { String($0.prefix { $0 != ":" }) }
        #expect(
            names == [
                "BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "BEGIN", "UID", "DTSTAMP", "DTSTART", "DTEND",
                "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "END", "END",
            ])
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.contains(where: Injection.isLineBreakOrControl))
        let breaks = String(repeating: "\\n", count: lineBreak.unicodeScalars.count - (lineBreak.hasSuffix("\r\n") ? 1 : 0))
        #expect(lines.contains("SUMMARY:Seminarium\(breaks)ATTENDEE:mailto:everyone@evil.example\(breaks)END:VEVENT"))
    }

    @Test("A calendar line is folded at 75 octets even inside one very long Character")
    func foldByScalar() {
        let zalgo = "a" + String(repeating: "\u{0301}", count: 200)  // one Character, 401 octets
        let folded = ICalendar.fold("SUMMARY:" + zalgo)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test(
        "A cell a spreadsheet would read as a formula is marked as text",
        arguments: [
            ("=HYPERLINK(\"http://evil.example\";\"Click\")", "'=HYPERLINK(\"http://evil.example\";\"Click\")"),
            ("+1+1", "'+1+1"), ("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"), ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("-", "'-"), ("-3", "-3"), ("-3,5", "-3,5"), ("-0.25", "-0.25"), ("-3,5,1", "'-3,5,1"),
            ("Anna", "Anna"), ("4=4", "4=4"), ("", ""),
        ])
    func formulas(field: String, written: String) {
        #expect(CSVWriter.neutralised(field) == written)
    }

    @Test("A field with any line break is quoted, so it stays one field of one row", arguments: Injection.lineBreaks)
    func csvLineBreaks(lineBreak: String) throws {
        let csv = CSVWriter.write([["Namn", "Kommentar"], ["Anna", "rad ett\(lineBreak)rad två"]])
        let table = try CSVReader.read(Data(csv.utf8))
        #expect(table.header == ["Namn", "Kommentar"])
        #expect(table.rows.count == 1)
        #expect(table.rows.first?.fields.first == "Anna")
    }

    @Test("A workbook's text is never a formula, and a number that is not finite is left empty")
    func workbook() throws {
        let data = try XLSXWriter.workbook([.init(name: "A", rows: [[.text("=1+1"), .text("@SUM(A1)"), .number(.nan), .number(.infinity), .number(3)]])])
        let table = try XLSXReader.read(data)
        #expect(table.header == ["=1+1", "@SUM(A1)", "", "", "3"])
    }
}
