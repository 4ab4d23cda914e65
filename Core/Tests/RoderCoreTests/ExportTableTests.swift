import Foundation
import Testing
import ZIPFoundation

@testable import RoderCore

@Suite("Lists as CSV and Excel")
struct ExportTableTests {
    let table = ExportTable(
        title: "Kostnader 2026",
        headers: ["Datum", "Leverantör", "Timmar", "Belopp", "Antal"],
        rows: [
            [.day("2026-11-20"), .text("Konsult; \"Ab\""), .decimal(1.25, digits: 2), .money(Money(cents: 123_450)), .integer(12)],
            [.day("2026-12-01"), .text("=HYPERLINK(\"http://x\")"), .decimal(-3.5, digits: 1), .money(Money(cents: -5)), .empty],
            [.day("not a day"), .text("+46 70 123"), .decimal(.nan, digits: 1), .money(.zero), .integer(-4)],
        ])

    @Test("CSV in Swedish and Finnish: BOM, semicolons, decimal comma, no grouping, formulas neutralised")
    func nordicCSV() {
        for language in [Language.swedish, .finnish] {
            let csv = table.csv(language: language)
            let lines = csv.dropFirst().components(separatedBy: "\r\n")
            #expect(csv.hasPrefix("\u{FEFF}Datum;Leverantör;Timmar;Belopp;Antal\r\n"))
            #expect(lines[1] == #"2026-11-20;"Konsult; ""Ab""";1,25;1234,50;12"#)
            #expect(lines[2] == #"2026-12-01;"'=HYPERLINK(""http://x"")";-3,5;-0,05;"#)
            #expect(lines[3] == "not a day;'+46 70 123;;0,00;-4")
        }
    }

    @Test("CSV in English: commas between fields, a decimal point")
    func englishCSV() {
        let lines = table.csv(language: .english).dropFirst().components(separatedBy: "\r\n")
        #expect(lines[0] == "Datum,Leverantör,Timmar,Belopp,Antal")
        #expect(lines[1] == #"2026-11-20,"Konsult; ""Ab""",1.25,1234.50,12"#)
    }

    @Test("A workbook reads back with the same header and rows: numbers as numbers, days as dates, text never a formula")
    func workbookRoundTrip() throws {
        let data = try table.xlsx()
        let read = try XLSXReader.read(data)
        #expect(read.header == table.headers)
        #expect(read.rows.count == 3)
        #expect(read.rows[0].fields == ["2026-11-20", "Konsult; \"Ab\"", "1.25", "1234.5", "12"])
        #expect(read.rows[1].fields.prefix(4) == ["2026-12-01", "=HYPERLINK(\"http://x\")", "-3.5", "-0.05"])
        #expect(read.rows[2].fields.first == "not a day")
        // The sheet: a frozen, bold header row, column widths, no formula cell anywhere.
        let archive = try Archive(data: data, accessMode: .read)
        var sheet = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
        let xml = String(decoding: sheet, as: UTF8.self)
        #expect(xml.contains(#"state="frozen""#) && xml.contains("<cols>") && xml.contains(#"s="3" t="s""#))
        #expect(!xml.contains("<f>"))
        #expect(xml.contains(#"s="2"><v>1234.5</v>"#))
    }

    @Test("File names are plain ASCII from the title and the day")
    func fileNames() {
        #expect(ExportTable.fileName("Kostnader 2026", day: "2026-12-04", format: .csv) == "kostnader-2026-2026-12-04.csv")
        #expect(ExportTable.fileName("Yksiköt", day: "2026-12-04", format: .xlsx) == "yksikot-2026-12-04.xlsx")
        #expect(ExportTable.fileName("../../etc", day: "2026-12-04", format: .csv) == "etc-2026-12-04.csv")
        #expect(ExportTable.fileName("", day: "2026-12-04", format: .csv) == "export-2026-12-04.csv")
    }
}
