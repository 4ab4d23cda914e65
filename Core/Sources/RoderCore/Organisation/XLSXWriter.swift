import Foundation
import ZIPFoundation

/// Writes a minimal Excel workbook (.xlsx) as Excel itself lays one out: shared strings,
/// numbers as numbers, dates as day serials with a date style. What `XLSXReader` reads.
/// Text is always a shared string, never a formula: `=1+1` in a name stays those four characters.
public enum XLSXWriter {
    public enum Cell: Sendable, Hashable {
        case text(String)
        case number(Double)
        /// A calendar day, written as Excel's day serial in the date style `yyyy-mm-dd`.
        case date(year: Int, month: Int, day: Int)
        /// An amount in euros, shown with two decimals and grouped thousands.
        case money(Double)
        case empty
    }

    public struct Sheet: Sendable, Hashable {
        public var name: String
        public var rows: [[Cell]]
        /// The first row is a header: bold, and frozen while the rest scrolls.
        public var headerRow: Bool

        public init(name: String, rows: [[Cell]], headerRow: Bool = false) {
            self.name = name
            self.rows = rows
            self.headerRow = headerRow
        }
    }

    public static func workbook(_ sheets: [Sheet]) throws -> Data {
        var sharedStrings: [String] = []
        var stringIndex: [String: Int] = [:]
        func index(of text: String) -> Int {
            if let known = stringIndex[text] { return known }
            stringIndex[text] = sharedStrings.count
            sharedStrings.append(text)
            return sharedStrings.count - 1
        }
        var parts: [(String, String)] = []
        for (number, sheet) in sheets.enumerated() {
            var xml =
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            if sheet.headerRow {
                xml +=
                    #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
                xml += columns(sheet.rows)
            }
            xml += "<sheetData>"
            for (rowIndex, row) in sheet.rows.enumerated() {
                xml += #"<row r="\#(rowIndex + 1)">"#
                let bold = sheet.headerRow && rowIndex == 0
                for (columnIndex, cell) in row.enumerated() {
                    let reference = columnName(columnIndex) + String(rowIndex + 1)
                    switch cell {
                    case .text(let text) where bold: xml += #"<c r="\#(reference)" s="3" t="s"><v>\#(index(of: text))</v></c>"#
                    case .text(let text): xml += #"<c r="\#(reference)" t="s"><v>\#(index(of: text))</v></c>"#
                    case .money(let value) where !value.isFinite: _ = value
                    case .money(let value): xml += #"<c r="\#(reference)" s="2"><v>\#(String(value))</v></c>"#
                    case .number(let value) where !value.isFinite: _ = value  // no number a spreadsheet could read: left empty
                    case .number(let value):
                        xml += #"<c r="\#(reference)"><v>\#(value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value))</v></c>"#
                    case .date(let year, let month, let day): xml += #"<c r="\#(reference)" s="1"><v>\#(serial(year: year, month: month, day: day))</v></c>"#
                    case .empty: break
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData></worksheet>"
            parts.append(("xl/worksheets/sheet\(number + 1).xml", xml))
        }
        var strings =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(sharedStrings.count)" uniqueCount="\#(sharedStrings.count)">"#
        for text in sharedStrings { strings += #"<si><t xml:space="preserve">\#(escape(text))</t></si>"# }
        strings += "</sst>"
        parts.append(("xl/sharedStrings.xml", strings))
        parts.append(
            (
                "xl/styles.xml",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>"#
            ))
        var workbook =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        var relations =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        var contentTypes =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#
        for (number, sheet) in sheets.enumerated() {
            // Excel allows 31 characters and none of : \ / ? * [ ] in a sheet's name.
            let name = String(sheet.name.filter { !":\\/?*[]".contains($0) }.prefix(31))
            workbook += #"<sheet name="\#(escape(name.isEmpty ? "Sheet\(number + 1)" : name))" sheetId="\#(number + 1)" r:id="rId\#(number + 1)"/>"#
            relations +=
                #"<Relationship Id="rId\#(number + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(number + 1).xml"/>"#
            contentTypes +=
                #"<Override PartName="/xl/worksheets/sheet\#(number + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        let next = sheets.count + 1
        relations +=
            #"<Relationship Id="rId\#(next)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId\#(next + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
        workbook += "</sheets></workbook>"
        contentTypes += "</Types>"
        parts += [
            ("[Content_Types].xml", contentTypes),
            (
                "_rels/.rels",
                #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", relations),
        ]
        return try zip(parts)
    }

    /// Column widths from the longest text in each column (in characters, 8 to 60), so a
    /// downloaded list reads without widening every column by hand.
    static func columns(_ rows: [[Cell]]) -> String {
        var widths: [Int] = []
        for row in rows.prefix(500) {
            for (index, cell) in row.enumerated() {
                let length: Int
                switch cell {
                case .text(let text): length = text.count
                case .number(let value), .money(let value): length = String(format: "%.2f", value.isFinite ? value : 0).count + 2
                case .date: length = 10
                case .empty: length = 0
                }
                if index >= widths.count { widths += Array(repeating: 0, count: index - widths.count + 1) }
                widths[index] = max(widths[index], length)
            }
        }
        guard !widths.isEmpty else { return "" }
        return "<cols>"
            + widths.enumerated().map { #"<col min="\#($0 + 1)" max="\#($0 + 1)" width="\#(min(60, max(8, $1 + 2)))" customWidth="1"/>"# }.joined()
            + "</cols>"
    }

    /// The parts as a ZIP archive, [Content_Types].xml first as Office writes it.
    static func zip(_ parts: [(path: String, text: String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        let ordered = parts.sorted { ($0.path == "[Content_Types].xml" ? 0 : 1) < ($1.path == "[Content_Types].xml" ? 0 : 1) }
        for part in ordered {
            let bytes = Data(part.text.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<min(bytes.count, Int(position) + size))
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// A, B, …, Z, AA, AB, …
    static func columnName(_ index: Int) -> String {
        var index = index + 1
        var name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// Excel's day serial (1900 system) of a calendar day from 1 March 1900 on.
    static func serial(year: Int, month: Int, day: Int) -> Int {
        CalendarDay.daysSince1970(year: year, month: month, day: day) + 25_569
    }

    /// Text for XML: the five special characters, and control characters XML 1.0 cannot carry dropped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            default: if scalar.value >= 0x20 && !(0xFFFE...0xFFFF).contains(scalar.value) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }
}
