import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads one sheet of an Excel workbook (.xlsx: a ZIP archive of XML parts) into an
/// `ImportTable`, the way the HR director sees it in Excel: shared and inline strings as text,
/// whole numbers without ".0", cells formatted as dates as `yyyy-mm-dd`, TRUE/FALSE.
///
/// The upload is hostile until read: the parts are decompressed with a ceiling (a small ZIP
/// can expand to gigabytes), and a workbook that is damaged or not a workbook is refused as
/// a whole with `unreadableWorkbook`.
public enum XLSXReader {
    /// At most this many bytes of XML are decompressed from one workbook, all parts together.
    static let decompressedLimit = 256 * 1024 * 1024

    /// A ZIP archive starts with a local file header, "PK\u{3}\u{4}".
    public static func looksLikeWorkbook(_ data: Data) -> Bool {
        data.count >= 4 && data.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }

    /// The names of the workbook's sheets, in their order in Excel.
    public static func sheetNames(_ data: Data) throws(ImportFileError) -> [String] {
        var budget = decompressedLimit
        let archive = try open(data)
        return try workbook(archive, budget: &budget).sheets.map(\.name)
    }

    /// The sheet named `sheet`, or the first one.
    public static func read(_ data: Data, sheet requested: String? = nil) throws(ImportFileError) -> ImportTable {
        var budget = decompressedLimit
        let archive = try open(data)
        let book = try workbook(archive, budget: &budget)
        guard let chosen = requested.map({ name in book.sheets.first { $0.name == name } }) ?? book.sheets.first else {
            throw requested.map(ImportFileError.noSuchSheet) ?? .unreadableWorkbook
        }
        var sharedStrings: [String] = []
        if let xml = try part(archive, "xl/sharedStrings.xml", budget: &budget) { sharedStrings = try required(SharedStringsParser.parse(xml)) }
        var styles = StylesParser.Styles()
        if let xml = try part(archive, "xl/styles.xml", budget: &budget) { styles = try required(StylesParser.parse(xml)) }
        guard let sheetXML = try part(archive, chosen.path, budget: &budget) else { throw .unreadableWorkbook }
        let cells = try required(SheetParser.parse(sheetXML))

        var rows: [ImportTable.Row] = []
        rows.reserveCapacity(cells.rows.count)
        for row in cells.rows {
            let width = (row.cells.map(\.column).max() ?? -1) + 1
            var fields = [String](repeating: "", count: width)
            for cell in row.cells {
                fields[cell.column] = text(of: cell, sharedStrings: sharedStrings, styles: styles, dates1904: book.dates1904)
            }
            rows.append(ImportTable.Row(line: row.number, fields: fields))
        }
        // Rows are as wide as the header: Excel leaves out empty cells at the end of a row.
        let headerWidth = rows.first { !$0.fields.allSatisfy(\.trimmed.isEmpty) }?.fields.count ?? 0
        let padded = rows.map { row in
            row.fields.count >= headerWidth
                ? row
                : ImportTable.Row(line: row.line, fields: row.fields + Array(repeating: "", count: headerWidth - row.fields.count))
        }
        return try ImportTable.fromRecords(padded, format: .xlsx(sheet: chosen.name, sheets: book.sheets.map(\.name)), problems: [])
    }

    // MARK: - The archive

    private static func required<Parsed>(_ parsed: Parsed?) throws(ImportFileError) -> Parsed {
        guard let parsed else { throw .unreadableWorkbook }
        return parsed
    }

    private static func open(_ data: Data) throws(ImportFileError) -> Archive {
        do { return try Archive(data: data, accessMode: .read) } catch { throw .unreadableWorkbook }
    }

    private struct CeilingReached: Error {}

    /// A part's bytes, nil when the workbook has no such part.
    private static func part(_ archive: Archive, _ path: String, budget: inout Int) throws(ImportFileError) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        var remaining = budget
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                remaining -= chunk.count
                if remaining < 0 { throw CeilingReached() }
                data.append(chunk)
            }
        } catch {
            throw .unreadableWorkbook
        }
        budget = remaining
        return data
    }

    private struct Workbook {
        var sheets: [(name: String, path: String)]
        var dates1904: Bool
    }

    private static func workbook(_ archive: Archive, budget: inout Int) throws(ImportFileError) -> Workbook {
        guard let workbookXML = try part(archive, "xl/workbook.xml", budget: &budget) else { throw .unreadableWorkbook }
        var relations: [String: String] = [:]
        if let xml = try part(archive, "xl/_rels/workbook.xml.rels", budget: &budget) { relations = try required(RelationshipsParser.parse(xml)) }
        let parsed = try required(WorkbookParser.parse(workbookXML))
        let sheets = parsed.sheets.compactMap { sheet -> (name: String, path: String)? in
            guard let target = relations[sheet.relationID] else { return nil }
            // Targets are relative to xl/, or absolute from the archive's root.
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return (sheet.name, path)
        }
        guard !sheets.isEmpty else { throw .unreadableWorkbook }
        return Workbook(sheets: sheets, dates1904: parsed.dates1904)
    }

    // MARK: - Cell values

    static func text(of cell: SheetParser.Cell, sharedStrings: [String], styles: StylesParser.Styles, dates1904: Bool) -> String {
        switch cell.type {
        case "s":
            guard let index = Int(cell.value.trimmed), sharedStrings.indices.contains(index) else { return "" }
            return sharedStrings[index]
        case "inlineStr", "str": return cell.inlineText ?? cell.value
        case "b": return cell.value == "1" ? "TRUE" : "FALSE"
        case "e": return cell.value
        default:
            guard let number = Double(cell.value.trimmed), number.isFinite else { return cell.value }
            if let style = cell.style, styles.isDate(styleIndex: style), let date = excelDate(number, dates1904: dates1904) { return date }
            return plainNumber(number, written: cell.value.trimmed)
        }
    }

    /// 1001 for "1001" and "1.001E3"; other numbers as Excel wrote them.
    static func plainNumber(_ number: Double, written: String) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int64(number)) }
        return written
    }

    /// An Excel date serial as `yyyy-mm-dd`: days since 30 December 1899 (Excel's 1900 system,
    /// which counts a 29 February 1900 that never was), or since 1 January 1904.
    static func excelDate(_ serial: Double, dates1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }  // up to 31.12.9999
        let days = Int(serial.rounded(.down)) + (dates1904 ? 1_462 : 0)
        // Serial 25,569 is 1 January 1970.
        let (year, month, day) = CalendarDay.civil(daysSince1970: days - 25_569)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}

// MARK: - The parts' XML

/// Runs `delegate` over the XML; false when the XML is not well-formed.
private func parseXML(_ data: Data, with delegate: some XMLParserDelegate) -> Bool {
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    parser.shouldResolveExternalEntities = false
    return parser.parse()
}

/// The SAX parsers below share this: element names compared without their namespace prefix.
private func localName(_ name: String) -> Substring {
    name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? Substring(name)
}

enum WorkbookParser {
    struct Result { var sheets: [(name: String, relationID: String)] = []; var dates1904 = false }

    static func parse(_ data: Data) -> Result? {
        final class Delegate: NSObject, XMLParserDelegate {
            var result = Result()
            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                switch localName(elementName) {
                case "sheet":
                    let relation = attributes.first { localName($0.key) == "id" }?.value
                    if let name = attributes["name"], let relation { result.sheets.append((name, relation)) }
                case "workbookPr":
                    result.dates1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
                default: break
                }
            }
        }
        let delegate = Delegate()
        return parseXML(data, with: delegate) ? delegate.result : nil
    }
}

enum RelationshipsParser {
    static func parse(_ data: Data) -> [String: String]? {
        final class Delegate: NSObject, XMLParserDelegate {
            var targets: [String: String] = [:]
            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if localName(elementName) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
            }
        }
        let delegate = Delegate()
        return parseXML(data, with: delegate) ? delegate.targets : nil
    }
}

enum SharedStringsParser {
    /// Each `<si>`'s text: its `<t>`, or the `<t>`s of its rich-text runs joined; phonetic
    /// guides (`<rPh>`) are not part of the text.
    static func parse(_ data: Data) -> [String]? {
        final class Delegate: NSObject, XMLParserDelegate {
            var strings: [String] = []
            var current = ""
            var inText = false
            var inPhonetic = false
            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                switch localName(elementName) {
                case "si": current = ""
                case "t": inText = !inPhonetic
                case "rPh": inPhonetic = true
                default: break
                }
            }
            func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
                switch localName(elementName) {
                case "si": strings.append(current)
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if inText { current += string }
            }
        }
        let delegate = Delegate()
        return parseXML(data, with: delegate) ? delegate.strings : nil
    }
}

enum StylesParser {
    struct Styles {
        /// The number format of each cell style (`<cellXfs>`), by the style's index.
        var numberFormatOfStyle: [Int] = []
        /// Custom number formats (id ≥ 164) by id.
        var customFormats: [Int: String] = [:]

        func isDate(styleIndex: Int) -> Bool {
            guard numberFormatOfStyle.indices.contains(styleIndex) else { return false }
            let id = numberFormatOfStyle[styleIndex]
            if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
            guard let code = customFormats[id] else { return false }
            return Self.isDateFormat(code)
        }

        /// A format code with a day, month or year outside its quoted text and `[…]` parts.
        static func isDateFormat(_ code: String) -> Bool {
            var inQuotes = false, inBrackets = false
            for character in code {
                switch character {
                case "\"": inQuotes.toggle()
                case "[": if !inQuotes { inBrackets = true }
                case "]": if !inQuotes { inBrackets = false }
                case "d", "D", "m", "M", "y", "Y": if !inQuotes && !inBrackets { return true }
                default: break
                }
            }
            return false
        }
    }

    static func parse(_ data: Data) -> Styles? {
        final class Delegate: NSObject, XMLParserDelegate {
            var styles = Styles()
            var inCellFormats = false
            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                switch localName(elementName) {
                case "numFmt":
                    if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { styles.customFormats[id] = code }
                case "cellXfs": inCellFormats = true
                case "xf":
                    if inCellFormats { styles.numberFormatOfStyle.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0) }
                default: break
                }
            }
            func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
                if localName(elementName) == "cellXfs" { inCellFormats = false }
            }
        }
        let delegate = Delegate()
        return parseXML(data, with: delegate) ? delegate.styles : nil
    }
}

enum SheetParser {
    struct Cell {
        var column: Int
        var type: String
        var style: Int?
        var value: String
        var inlineText: String?
    }

    struct Row {
        var number: Int
        var cells: [Cell]
    }

    struct Result {
        var rows: [Row] = []
        var failed = false
    }

    /// Bounds on what a sheet may hold, far beyond any HR export (10,000 people is a large
    /// town) and small enough that a hostile sheet cannot make the rows fill the memory: a
    /// cell far to the right widens every row to it.
    static let maximumColumns = 1_024
    static let maximumRows = 200_000

    /// Column index (0-based) of a reference such as `C12`; nil for anything else.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        var digits = 0
        for scalar in reference.unicodeScalars {
            if digits == 0, (65...90).contains(scalar.value) || (97...122).contains(scalar.value) {
                index = index * 26 + Int((scalar.value & 0x1F))
                letters += 1
                if letters > 3 { return nil }
            } else if (48...57).contains(scalar.value), letters > 0 {
                digits += 1
                if digits > 7 { return nil }
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0, index <= 16_384 else { return nil }
        return index - 1
    }

    static func parse(_ data: Data) -> Result? {
        final class Delegate: NSObject, XMLParserDelegate {
            var result = Result()
            var row: Row?
            var cell: Cell?
            var collecting: Collecting = .nothing
            enum Collecting { case nothing, value, inlineText }
            var nextRowNumber = 1
            var nextColumn = 0

            func parser(
                _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                switch localName(elementName) {
                case "row":
                    // Row numbers only ever grow; one that does not is a damaged sheet.
                    let number = attributes["r"].flatMap { Int($0) } ?? nextRowNumber
                    guard number >= nextRowNumber, number <= 1_048_576, result.rows.count < SheetParser.maximumRows else {
                        result.failed = true
                        parser.abortParsing()
                        return
                    }
                    row = Row(number: number, cells: [])
                    nextRowNumber = number + 1
                    nextColumn = 0
                case "c":
                    let column = attributes["r"].map(SheetParser.columnIndex) ?? nextColumn
                    guard let column, column < SheetParser.maximumColumns else { result.failed = true; parser.abortParsing(); return }
                    cell = Cell(column: column, type: attributes["t"] ?? "n", style: attributes["s"].flatMap { Int($0) }, value: "")
                    nextColumn = column + 1
                case "v": collecting = .value
                case "t":
                    if cell != nil {
                        collecting = .inlineText
                        if cell?.inlineText == nil { cell?.inlineText = "" }
                    }
                case "rPh": collecting = .nothing
                default: break
                }
            }

            func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
                switch localName(elementName) {
                case "v", "t": collecting = .nothing
                case "c":
                    if let finished = cell { row?.cells.append(finished) }
                    cell = nil
                case "row":
                    if let finished = row { result.rows.append(finished) }
                    row = nil
                default: break
                }
            }

            func parser(_ parser: XMLParser, foundCharacters string: String) {
                switch collecting {
                case .value: cell?.value += string
                case .inlineText: cell?.inlineText? += string
                case .nothing: break
                }
            }

            func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { result.failed = true }
        }
        let delegate = Delegate()
        return parseXML(data, with: delegate) && !delegate.result.failed ? delegate.result : nil
    }
}
