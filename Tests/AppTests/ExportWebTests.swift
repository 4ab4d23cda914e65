import Fluent
import Foundation
import RoderCore
import Testing
import VaporTesting

@testable import App

@Suite("Every list as CSV and Excel", .serialized)
struct ExportWebTests {
    static let lists = Endpoint.allCases.filter { $0.rawValue.hasPrefix("export") }

    /// Who reads each list: the administrator the users, the programme owner the rest.
    static func reader(of list: Endpoint) -> DemoTown.AccountSeed {
        list == .exportUsers ? Account.with(.administrator) : Account.with(.programmeOwner)
    }

    @Test("Every list downloads as CSV and as a workbook with the same header and rows, in Swedish, Finnish and English")
    func everyList() async throws {
        #expect(Self.lists.count == 15)
        try await withRoderApp { app, _ in
            var browsers: [String: TestBrowser] = [:]
            for list in Self.lists {
                var headers: [Language: [String]] = [:]
                for language in Language.allCases {
                    let key = "\(language.code)-\(Self.reader(of: list).email)"
                    if browsers[key] == nil {
                        let browser = TestBrowser(app, acceptLanguage: language.code)
                        try await browser.signIn(Self.reader(of: list))
                        browsers[key] = browser
                    }
                    let browser = browsers[key]!
                    let csvResponse = try await browser.get(SiteRoute.export(list, .csv, year: 2026).path)
                    #expect(csvResponse.status == .ok, "\(list) \(language)")
                    #expect(csvResponse.headers.first(name: .contentType) == "text/csv; charset=utf-8")
                    #expect(csvResponse.headers.first(name: .cacheControl) == "no-store")
                    let disposition = csvResponse.headers.first(name: .contentDisposition) ?? ""
                    #expect(disposition.hasPrefix("attachment") && disposition.contains(".csv"), "\(disposition)")
                    let csvData = Data(csvResponse.body.readableBytesView)
                    #expect(csvData.starts(with: [0xEF, 0xBB, 0xBF]), "\(list): no byte-order mark")
                    let csvText = String(decoding: csvData.dropFirst(3), as: UTF8.self)
                    let headerLine = String(csvText.prefix { $0 != "\r\n" && $0 != "\n" })
                    #expect(headerLine.contains(language == .english ? "," : ";"), "\(list) \(language): \(headerLine)")
                    let csv = try CSVReader.read(csvData)

                    let xlsxResponse = try await browser.get(SiteRoute.export(list, .xlsx, year: 2026).path)
                    #expect(xlsxResponse.status == .ok, "\(list) \(language) xlsx")
                    #expect(xlsxResponse.headers.first(name: .contentType) == ExportTable.Format.xlsx.contentType)
                    let workbook = try XLSXReader.read(Data(xlsxResponse.body.readableBytesView))
                    #expect(workbook.header == csv.header, "\(list) \(language)")
                    #expect(workbook.rows.count == csv.rows.count, "\(list) \(language)")
                    // The demo has something in every list.
                    #expect(!csv.rows.isEmpty, "\(list) is empty")
                    for (csvRow, xlsxRow) in zip(csv.rows, workbook.rows) {
                        for (csvField, xlsxField) in zip(csvRow.fields, xlsxRow.fields) where !Self.sameValue(csvField, xlsxField) {
                            Issue.record("\(list) \(language): CSV \(csvField) but workbook \(xlsxField)")
                        }
                    }
                    headers[language] = csv.header
                }
                #expect(headers[.swedish] != headers[.finnish] && headers[.finnish] != headers[.english], "\(list): headers not in the reader's language")
            }
        }
    }

    /// The same value in both files: text as is, a number with a decimal comma in CSV and a
    /// point in the workbook, an amount with its cents written out or not.
    static func sameValue(_ csv: String, _ xlsx: String) -> Bool {
        if csv == xlsx { return true }
        if let a = Double(csv.replacingOccurrences(of: ",", with: ".")), let b = Double(xlsx) { return abs(a - b) < 0.000_1 }
        // A neutralised formula: the CSV marks it, the workbook keeps it as text.
        return csv == "'" + xlsx
    }

    @Test("A supplier typed as a formula stays text in both files; other organisations' rows never appear")
    func formulasAndTenants() async throws {
        try await withRoderApp { app, _ in
            let owner = TestBrowser(app, acceptLanguage: "fi")
            try await owner.signIn(Account.with(.programmeOwner))
            try await owner.get("/working-time/costs")
            let formula = "=HYPERLINK(\"http://evil.example\";\"Klikkaa\")"
            #expect(
                try await owner.post("/working-time/costs", [("date", "2026-11-20"), ("amount", "10"), ("supplier", formula)]).status == .seeOther)
            let csv = try await owner.get(SiteRoute.export(.exportCosts, .csv, year: 2026).path).body.string
            #expect(csv.contains("'=HYPERLINK") && !csv.contains(";=HYPERLINK") && !csv.contains(";\"=HYPERLINK"))
            let workbook = try await owner.get(SiteRoute.export(.exportCosts, .xlsx, year: 2026).path)
            let table = try XLSXReader.read(Data(workbook.body.readableBytesView))
            #expect(table.rows.contains { $0.fields.contains(formula) })

            // Bergvik's people are not in Sjöbacka's list.
            let bergvikNames = Set(Account.bergvik.people.map(\.name)).subtracting(Account.sjobacka.people.map(\.name))
            let people = try await owner.get(SiteRoute.export(.exportPeople, .csv).path).body.string
            #expect(!bergvikNames.isEmpty && bergvikNames.allSatisfy { !people.contains($0) })
            // A manager cannot download the users or the audit log; a coach not the people.
            let manager = TestBrowser(app, acceptLanguage: "fi")
            try await manager.signIn(Account.with(.manager))
            #expect(try await manager.get(SiteRoute.export(.exportUsers, .csv).path).status == .forbidden)
            #expect(try await manager.get(SiteRoute.export(.exportAuditLog, .xlsx).path).status == .forbidden)
            // An unknown format is CSV; a year out of range is this year.
            #expect(try await owner.get("/exports/costs?format=pdf&year=99999999999999").status == .ok)
        }
    }
}
