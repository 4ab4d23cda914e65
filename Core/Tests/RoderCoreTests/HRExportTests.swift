import Foundation
import Testing

@testable import RoderCore

/// The files under `Tests/Fixtures/` at the top of the repository, shared with the HTTP and
/// browser tests.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// The Finnish town's export: UTF-8 with a BOM, `;`, CRLF, Finnish headers with language
    /// markers, surname and first name apart, each unit's manager by employee number.
    static var finnishExport: Data { get throws { try data("kivikoski-henkilosto.csv") } }
}

@Suite("Real HR exports")
struct HRExportTests {
    static let townLanguages: [Language] = [.finnish, .swedish]

    static func plan(_ table: ImportTable, existingPeople: Set<String> = []) throws -> (ColumnMapping, ImportPlan) {
        let mapping = ColumnMapping.guess(header: table.header, rows: table.rows, contentLanguages: townLanguages)
        return (mapping, try OrganisationImporter.plan(table, mapping: mapping, existingPersonIDs: existingPeople).get())
    }

    @Test("The Finnish export is understood with no column chosen by hand")
    func finnishExport() throws {
        // setup
        let table = try ImportFileReader.read(try Fixture.finnishExport)

        // act
        let (mapping, plan) = try Self.plan(table)

        // check
        #expect(table.format == .csv(delimiter: ";", encoding: .utf8))
        #expect(
            mapping.fields == [
                0: .unitCode, 1: .unitNameFinnish, 2: .unitNameSwedish, 3: .parentUnitCode, 4: .personID, 5: .personSurname,
                6: .personFirstName, 7: .personTitle, 8: .personEmail, 9: .unitManagerID, 10: .unitHeadcount,
            ])
        #expect(plan.units.count == 9)
        let managers = Dictionary(uniqueKeysWithValues: plan.units.map { ($0.code, $0.managerPersonID) })
        #expect(managers["3000"] == "10006" && managers["3100"] == "10006", "one person manages two units")
        #expect(managers["2110"] == "10004")
        let daycare = try #require(plan.units.first { $0.code == "2110" })
        #expect(daycare.name == LocalizedText(sv: "Daghemmet Näktergalen", fi: "Päiväkoti Satakieli"))
        #expect(daycare.headcount == 2, "the two staff listed, the manager not counted")
        #expect(plan.units.first { $0.code == "4100" }?.name == LocalizedText(fi: "Asiakaspalvelu"), "a name in one language is enough")
        let developer = try #require(plan.people.first { $0.externalID == "10007" })
        #expect(developer.title == "Kehittämispäällikkö; \"digi\" ja asiakaspalvelu")
        let head = try #require(plan.people.first { $0.externalID == "10004" })
        #expect((head.name, head.firstName, head.surname) == ("Anna-Liisa Nyström", "Anna-Liisa", "Nyström"))
        #expect(plan.people.first { $0.externalID == "10011" }?.surname == "af Forselles")
        #expect(plan.people.first { $0.externalID == "10001" }?.level == .top)
        #expect(plan.people.first { $0.externalID == "10010" }?.level == .staff)
    }

    @Test("The same export saved by Excel as Windows-1252 gives the same plan")
    func windows1252() throws {
        let text = try #require(String(data: try Fixture.finnishExport, encoding: .utf8))
        let legacy = try #require(text.replacingOccurrences(of: "\u{FEFF}", with: "").data(using: .windowsCP1252))
        let table = try ImportFileReader.read(legacy)
        #expect(table.format == .csv(delimiter: ";", encoding: .windows1252))
        #expect(try Self.plan(table).1 == (try Self.plan(try ImportFileReader.read(try Fixture.finnishExport)).1))
    }

    @Test("The same export as an Excel workbook gives the same plan")
    func workbook() throws {
        let csv = try ImportFileReader.read(try Fixture.finnishExport)
        let rows = [csv.header] + csv.rows.map(\.fields)
        let cells = rows.map { row in row.map { Int($0).map { XLSXWriter.Cell.number(Double($0)) } ?? ($0.isEmpty ? .empty : .text($0)) } }
        let data = try XLSXWriter.workbook([.init(name: "Henkilöstö", rows: cells), .init(name: "Ohje", rows: [[.text("Tämä on ohje")]])])

        let table = try ImportFileReader.read(data)

        #expect(table.format == .xlsx(sheet: "Henkilöstö", sheets: ["Henkilöstö", "Ohje"]))
        #expect(try Self.plan(table).1 == (try Self.plan(csv).1))
        #expect(try ImportFileReader.read(data, sheet: "Ohje").header == ["Tämä on ohje"])
        #expect(throws: ImportFileError.noSuchSheet("Puuttuu")) { try ImportFileReader.read(data, sheet: "Puuttuu") }
    }

    @Test("Excel's numbers, dates, booleans and inline and rich-text strings are read as Excel shows them")
    func workbookValues() throws {
        let written = try XLSXWriter.workbook([
            .init(
                name: "A",
                rows: [
                    [.text("Kod"), .text("Start"), .text("Antal")],
                    [.number(1001), .date(year: 2025, month: 3, day: 1), .number(12.5)],
                ])
        ])
        let table = try XLSXReader.read(written)
        #expect(table.rows[0].fields == ["1001", "2025-03-01", "12.5"])

        // A sheet as other tools write it: inline strings, a boolean, a rich-text shared
        // string with a phonetic guide, cells left out, a namespace prefix.
        let sheet = """
            <?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Enhet</x:t></x:is></x:c><x:c r="C1" t="s"><x:v>0</x:v></x:c></x:row>
            <x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>Skola &amp; fritid</x:t></x:is></x:c><x:c r="B3" t="b"><x:v>1</x:v></x:c>
            <x:c r="C3"><x:v>1.0E3</x:v></x:c></x:row></x:sheetData></x:worksheet>
            """
        let strings =
            #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>Chef</t></r><r><t xml:space="preserve"> (nr)</t></r><rPh><t>x</t></rPh></si></sst>"#
        let data = try XLSXWriter.zip([
            ("[Content_Types].xml", "<Types/>"),
            ("xl/workbook.xml", #"<workbook xmlns:r="r"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="/xl/worksheets/other.xml"/></Relationships>"#),
            ("xl/worksheets/other.xml", sheet),
            ("xl/sharedStrings.xml", strings),
        ])
        let read = try XLSXReader.read(data)
        #expect(read.header == ["Enhet", "", "Chef (nr)"])
        #expect(read.rows.map(\.line) == [3])
        #expect(read.rows[0].fields == ["Skola & fritid", "TRUE", "1000"])
    }

    @Test("A damaged workbook, or a ZIP archive that is no workbook, is refused as a whole")
    func damagedWorkbook() throws {
        #expect(throws: ImportFileError.unreadableWorkbook) { try XLSXReader.read(Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3])) }
        let notABook = try XLSXWriter.zip([("readme.txt", "hello")])
        #expect(throws: ImportFileError.unreadableWorkbook) { try ImportFileReader.read(notABook) }
        let broken = try XLSXWriter.zip([
            ("xl/workbook.xml", #"<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c>"),
        ])
        #expect(throws: ImportFileError.unreadableWorkbook) { try XLSXReader.read(broken) }
    }

    @Test("A hostile workbook cannot make the reader fill the memory: far-right cells and entity bombs are refused")
    func hostileWorkbook() throws {
        func book(sheet: String, strings: String = "<sst/>") throws -> Data {
            try XLSXWriter.zip([
                ("xl/workbook.xml", #"<workbook xmlns:r="r"><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>"#),
                ("xl/_rels/workbook.xml.rels", #"<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>"#),
                ("xl/worksheets/sheet1.xml", sheet),
                ("xl/sharedStrings.xml", strings),
            ])
        }
        for reference in ["XFD1", "ZZZZ1", "A0x"] {
            let sheet =
                #"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="\#(reference)"><v>1</v></c></row></sheetData></worksheet>"#
            #expect(throws: ImportFileError.unreadableWorkbook, "\(reference)") { try XLSXReader.read(try book(sheet: sheet)) }
        }
        var laughs = #"<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "hahahahahahahahahaha">"#
        let names = Array("abcdefghij")
        for level in 1...9 {
            let reference = "&" + String(names[level - 1]) + ";"
            laughs += "<!ENTITY " + String(names[level]) + " \"" + String(repeating: reference, count: 10) + "\">"
        }
        laughs += #"]><sst><si><t>&j;</t></si></sst>"#
        let sheet = #"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>"#
        let text = (try? XLSXReader.read(try book(sheet: sheet, strings: laughs)))?.header.first ?? ""
        #expect(text.count < 1_000_000, "an entity bomb expanded to \(text.count) characters")
    }

    @Test("Excel day serials become calendar days in both date systems")
    func excelDates() {
        #expect(XLSXReader.excelDate(25_569, dates1904: false) == "1970-01-01")
        #expect(XLSXReader.excelDate(45_717, dates1904: false) == "2025-03-01")
        #expect(XLSXReader.excelDate(0, dates1904: true) == "1904-01-01")
        #expect(XLSXReader.excelDate(-1, dates1904: false) == nil)
        #expect(XLSXReader.excelDate(1e300, dates1904: false) == nil)
        #expect(XLSXWriter.serial(year: 2025, month: 3, day: 1) == 45_717)
    }

    @Test(
        "Headers are recognised through case, punctuation, language markers, abbreviations and compounds",
        arguments: [
            ("Yksikkö (fi)", HeaderRecognition.Meaning.unitName(.finnish)),
            ("Enhet (sv)", .unitName(.swedish)),
            ("Unit name – Swedish", .unitName(.swedish)),
            ("yksikön nimi ruotsiksi", .unitName(.swedish)),
            ("Enhetens namn på finska", .unitName(.finnish)),
            ("unit_name_fi", .unitName(.finnish)),
            ("Enhet", .unitName(.swedish)),
            ("Unit name", .unitName(.english)),
            ("YKSIKKÖKOODI", .field(.unitCode)),
            ("Yksikön koodi", .field(.unitCode)),
            ("Enhets-ID", .field(.unitCode)),
            ("Kustannuspaikka", .field(.unitCode)),
            ("Cost Center", .field(.unitCode)),
            ("Yläyksikkö", .field(.parentUnitCode)),
            ("Ylä-yksikkö", .field(.parentUnitCode)),
            ("Ylempi yksikkö", .field(.parentUnitCode)),
            ("Ylemmän yksikön koodi", .field(.parentUnitCode)),
            ("Överordnad enhet", .field(.parentUnitCode)),
            ("ParentUnitCode", .field(.parentUnitCode)),
            ("Hlönro", .field(.personID)),
            ("Anst.nr", .field(.personID)),
            ("Anställningsnummer", .field(.personID)),
            ("Henkilönumero", .field(.personID)),
            ("Employee #", .field(.personID)),
            ("Etunimi", .field(.personFirstName)),
            ("Förnamn", .field(.personFirstName)),
            ("Sukunimi", .field(.personSurname)),
            ("Efternamn", .field(.personSurname)),
            ("Sukunimi Etunimi", .field(.personNameSurnameFirst)),
            ("First name + last name", .field(.personName)),
            ("Koko nimi", .field(.personName)),
            ("Tehtävänimike", .field(.personTitle)),
            ("Befattning", .field(.personTitle)),
            ("Sähköpostiosoite", .field(.personEmail)),
            ("E-postadress", .field(.personEmail)),
            ("Henkilöstömäärä", .field(.unitHeadcount)),
            ("Antal anställda", .field(.unitHeadcount)),
            ("Johtotaso", .field(.managementLevel)),
            ("Esimies", .manager(numbered: false, ofUnit: false, immediate: false)),
            ("Yksikön esimies (hlönro)", .manager(numbered: true, ofUnit: true, immediate: false)),
            ("Esimiehen henkilönumero", .manager(numbered: true, ofUnit: false, immediate: false)),
            ("Lähiesimies", .manager(numbered: false, ofUnit: false, immediate: true)),
            ("Närmaste chef (anst.nr)", .manager(numbered: true, ofUnit: false, immediate: true)),
        ])
    func recognisedHeaders(header: String, meaning: HeaderRecognition.Meaning) {
        #expect(HeaderRecognition.meaning(of: header) == meaning, "\(header)")
    }

    @Test(
        "A header in no way recognised is left unmapped, and identity numbers never become employee numbers",
        arguments: [
            "Henkilötunnus", "Personnummer", "Hetu", "Palkka", "Lön", "Kommentar", "Alkupäivä", "Organisaatio", "X", "", "Yksikön nimi (vanha)",
            "Esimiehen nimi", "Nimi 2",
        ])
    func unrecognisedHeaders(header: String) {
        #expect(HeaderRecognition.meaning(of: header) == nil, "\(header)")
    }

    @Test("A manager column's values decide whether it is a yes/no flag, the unit's manager or each person's supervisor")
    func managerColumnsByValue() throws {
        let header = ["Enhetskod", "Enhet", "Anst.nr", "Namn", "Chef"]
        func guess(_ rows: [[String]]) -> ImportField? {
            let table = rows.enumerated().map { ImportTable.Row(line: $0.offset + 2, fields: $0.element) }
            return ColumnMapping.guess(header: header, rows: table).fields[4]
        }
        #expect(guess([["1", "A", "E1", "Anna", "ja"], ["1", "A", "E2", "Bo", "nej"]]) == .managesUnit)
        #expect(guess([["1", "A", "E1", "Anna", "E1"], ["1", "A", "E2", "Bo", "E1"], ["2", "B", "E3", "Cay", "E3"]]) == .unitManagerID)
        #expect(
            guess([["1", "A", "E1", "Anna", ""], ["1", "A", "E2", "Bo", "E1"], ["2", "B", "E3", "Cay", "E1"], ["2", "B", "E4", "Dan", "E3"]]) == .supervisorID)
        #expect(
            guess([["1", "A", "E1", "Anna", "ja"], ["1", "A", "E2", "Bo", "kanske"]]) == .managesUnit, "a typo is an error on its line, not another meaning")
    }

    @Test("Who manages which unit follows from each person's supervisor")
    func managersFromSupervisors() throws {
        let file = """
            Enhetskod,Enhetens namn – svenska,Överordnad enhetskod,Anst.nr,Namn,Befattning,Närmaste chef (anst.nr)
            10,Stadskansliet,,S1,"Berg, Anna",Stadsdirektör,
            10,Stadskansliet,,S16,"Ek, Mia",Sekreterare,S1
            20,Social- och hälsovård,10,S2,"Lind, Erik",Social- och hälsovårdsdirektör,S1
            21,Hemvården,20,S3,"Koski, Sari",Hemvårdschef,S2
            21,Hemvården,20,S10,"Laine, Timo",Närvårdare,S3
            21,Hemvården,20,S11,"Nyberg, Kim",Närvårdare,S3
            22,Äldreboendet,20,S4,"Holm, Petra",Föreståndare,S2
            22,Äldreboendet,20,S5,"Sjöberg, Lea",Teamledare,S4
            22,Äldreboendet,20,S12,"Åberg, Ola",Närvårdare,S5
            22,Äldreboendet,20,S13,"Öst, Ina",Närvårdare,S5
            22,Äldreboendet,20,S14,"Ström, Rut",Sjukskötare,S4
            23,Familjerådgivningen,20,S15,"Wik, Ada",Familjerådgivare,S3
            """
        let table = try ImportFileReader.read(Data(file.utf8))
        let (mapping, plan) = try Self.plan(table)
        #expect(mapping.fields[6] == .supervisorID)
        let managers = Dictionary(uniqueKeysWithValues: plan.units.map { ($0.code, $0.managerPersonID) })
        #expect(managers == ["10": "S1", "20": "S2", "21": "S3", "22": "S4", "23": "S3"])
        #expect(plan.people.first { $0.externalID == "S2" }.map { ($0.name, $0.surname) }! == ("Erik Lind", "Lind"))
        #expect(plan.units.first { $0.code == "22" }?.headcount == 4, "the team leader is staff of the unit")
        #expect(plan.people.first { $0.externalID == "S5" }?.level == .staff)
    }

    @Test("Names in one column, in either order, or in two")
    func personNames() {
        #expect(
            PersonName.from(full: "Berg, Anna", surnameFirst: nil, firstName: nil, surname: nil)
                == PersonName(display: "Anna Berg", firstName: "Anna", surname: "Berg"))
        #expect(
            PersonName.from(full: "Anna  Berg", surnameFirst: nil, firstName: nil, surname: nil)
                == PersonName(display: "Anna Berg", firstName: nil, surname: nil))
        #expect(
            PersonName.from(full: nil, surnameFirst: "Virtanen Anna Maria", firstName: nil, surname: nil)
                == PersonName(display: "Anna Maria Virtanen", firstName: "Anna Maria", surname: "Virtanen"))
        #expect(
            PersonName.from(full: nil, surnameFirst: nil, firstName: "Kim", surname: "af Forselles")
                == PersonName(display: "Kim af Forselles", firstName: "Kim", surname: "af Forselles"))
        #expect(PersonName.from(full: nil, surnameFirst: nil, firstName: nil, surname: "Berg")?.display == "Berg")
        #expect(PersonName.from(full: ",", surnameFirst: nil, firstName: nil, surname: nil) == nil)
    }

    static let header =
        "Kustannuspaikka;Yksikkö;Ylempi yksikkö;Henkilönumero;Sukunimi;Etunimi;Johtotaso;Yksikkötyyppi;Henkilöstömäärä;Yksikön esimies (hlönro);Lähiesimies (hlönro)"

    static func issues(_ lines: [String], existingPeople: Set<String> = []) throws -> [ImportIssue] {
        let table = try ImportFileReader.read(Data(([header] + lines).joined(separator: "\r\n").utf8))
        let mapping = ColumnMapping.guess(header: table.header, rows: table.rows, contentLanguages: townLanguages)
        guard case .failure(let failure) = OrganisationImporter.plan(table, mapping: mapping, existingPersonIDs: existingPeople) else { return [] }
        return failure.issues
    }

    @Test(
        "Each kind of value error names its line, column and value",
        arguments: [
            ("1;A;;E1;Berg;Anna;ylin johto;toimiala;tolv;E1;", "Henkilöstömäärä", ImportProblem.invalidHeadcount("tolv")),
            ("1;A;;E1;Berg;Anna;ylin johto;toimiala;-3;E1;", "Henkilöstömäärä", .invalidHeadcount("-3")),
            ("1;A;;E1;Berg;Anna;ylin johto;toimiala;99999999999999999999;E1;", "Henkilöstömäärä", .invalidHeadcount("99999999999999999999")),
            ("1;A;;E1;Berg;Anna;pomo;toimiala;3;E1;", "Johtotaso", .invalidManagementLevel("pomo")),
            ("1;A;;E1;Berg;Anna;ylin johto;kerho;3;E1;", "Yksikkötyyppi", .invalidUnitKind("kerho")),
            ("1;A;;E1;Berg;Anna;ylin johto;toimiala;3;E9;", "Yksikön esimies (hlönro)", .unknownManager("E9")),
            ("1;A;;E1;Berg;Anna;ylin johto;toimiala;3;E1;E8", "Lähiesimies (hlönro)", .unknownSupervisor("E8")),
        ])
    func valueErrors(line: String, column: String, problem: ImportProblem) throws {
        #expect(try Self.issues([line]).contains(ImportIssue(line: 2, column: column, problem: problem)))
    }

    @Test("A manager or supervisor already in Roder may be named")
    func managersInRoder() throws {
        #expect(try Self.issues(["1;A;;E1;Berg;Anna;;;3;E9;E8"], existingPeople: ["E8", "E9"]).isEmpty)
    }

    @Test("Every error of a file is listed in one pass, also around a quote left open")
    func everyErrorInOnePass() throws {
        let issues = try Self.issues([
            "1;A;;E1;Berg;Anna;;;tolv;E1;",  // 2: headcount
            "2;B;1;E2;Lind;Erik;;;3;E2;E1",  // 3: fine
            "3;\"C;1;E3;Koski;Sari;;;3;E3;E1",  // 4: quote never closes
            "4;D;1;E4;Laine;Timo;;kerho;3;E4;E1",  // 5: kind
            "5;E;9;E5;Nyberg;Kim;;;3;E5;E1",  // 6: unknown parent
        ])
        #expect(issues.map(\.line) == [2, 4, 5, 6])
        #expect(issues.map(\.problem.kind) == [.invalidHeadcount, .unterminatedQuote, .invalidUnitKind, .unknownParentUnit])
    }

    @Test("Errors of one kind in one column are grouped, in the order of their first line")
    func grouping() throws {
        let lines = (0..<62).map { "\($0 + 10);U\($0);;E\($0);Berg;Anna;;;3;X\($0);" } + ["99;Z;;E99;Lind;Erik;;;many;E99;"]
        let groups = ImportIssueGroup.grouping(try Self.issues(lines))
        #expect(groups.map(\.kind) == [.unknownManager, .invalidHeadcount])
        #expect(groups[0].issues.count == 62)
        #expect(groups[0].column == "Yksikön esimies (hlönro)")
        #expect(groups[0].issues.map(\.line) == Array(2...63))
    }

    @Test("The demo town's history shows fewer, larger units over two years, today's structure last")
    func demoHistory() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let town = DemoTown.sjobacka()
        let history = town.structureHistory(endingAt: now)
        #expect(history.count == 4)
        #expect(history.map(\.takenAt) == history.map(\.takenAt).sorted())
        #expect(history.first!.takenAt <= now.addingTimeInterval(-729 * 24 * 3600))
        let figures = history.map(\.figures)
        #expect(zip(figures, figures.dropFirst()).allSatisfy { $0.units > $1.units && $0.managers > $1.managers && $0.smallUnits > $1.smallUnits })
        #expect(zip(figures, figures.dropFirst()).allSatisfy { $0.medianSpan <= $1.medianSpan })
        #expect(figures.last == StructureFigures(OrganisationAnalytics.analyse(town.structure)))
    }
}
