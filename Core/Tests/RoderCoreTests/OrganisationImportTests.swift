import Foundation
import Testing

@testable import RoderCore

@Suite("CSV files as HR systems write them")
struct CSVReaderTests {
    @Test("Semicolons, a BOM, CRLF and quoted fields with delimiters, quotes and line breaks")
    func nordicExcel() throws {
        let text = "\u{FEFF}Enhetskod;Enhet;Namn\r\n100;\"Vård; omsorg\";\"Anna \"\"Annie\"\" Berg\"\r\n200;\"Två\r\nrader\";Erik\r\n"
        let table = try CSVReader.read(Data(text.utf8))
        #expect(table.format == .csv(delimiter: ";", encoding: .utf8))
        #expect(table.header == ["Enhetskod", "Enhet", "Namn"])
        #expect(table.rows.map(\.fields) == [["100", "Vård; omsorg", "Anna \"Annie\" Berg"], ["200", "Två\r\nrader", "Erik"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test("Commas and tabs are detected too")
    func otherDelimiters() throws {
        #expect(try CSVReader.read(Data("a,b\n1,2\n".utf8)).format == .csv(delimiter: ",", encoding: .utf8))
        #expect(try CSVReader.read(Data("a\tb\n1\t2\n".utf8)).format == .csv(delimiter: "\t", encoding: .utf8))
        #expect(try CSVReader.read(Data("a;b,c\n".utf8)).format == .csv(delimiter: ";", encoding: .utf8))
    }

    @Test("Windows-1252 from older Excel is converted, with its å, ä and ö")
    func windows1252() throws {
        var bytes = Array("Enhet;Namn\n1;".utf8)
        bytes += [0x53, 0xE4, 0x72, 0x6B, 0xF6]  // "Särkö" in Windows-1252
        let table = try CSVReader.read(Data(bytes))
        #expect(table.format == .csv(delimiter: ";", encoding: .windows1252))
        #expect(table.rows[0].fields[1] == "Särkö")
    }

    @Test("UTF-16 with a byte-order mark is read")
    func utf16() throws {
        let data = "Unit\tName\n1\tÅsa\n".data(using: .utf16)!
        #expect(try CSVReader.read(data).rows[0].fields == ["1", "Åsa"])
    }

    @Test("Bytes that are no text encoding we know are refused with their line")
    func unreadable() {
        var bytes = Array("a;b\n1;2\n3;".utf8)
        bytes += [0x81, 0x8D]
        #expect(throws: ImportFileError.unreadableEncoding(line: 3)) { try CSVReader.read(Data(bytes)) }
    }

    @Test("A quote left open is reported on its line and the lines after it are still read")
    func unterminatedQuoteInTheMiddle() throws {
        let text = "a;b;c\n1;ok;x\n2;\"open;y\n3;fine;z\n4;\"quoted\";w\n5;last;v\n"
        let table = try CSVReader.read(Data(text.utf8))
        #expect(table.problems == [ImportTable.Problem(line: 3, kind: .unterminatedQuote)])
        #expect(table.rows.map(\.line) == [2, 4, 5, 6])
        #expect(table.rows.map { $0.fields[1] } == ["ok", "fine", "quoted", "last"])
    }

    @Test("A quote left open on the last line, and text after a closing quote, are reported and reading goes on")
    func otherBrokenLines() throws {
        let atEnd = try CSVReader.read(Data("a;b\n1;2\n3;\"open\n".utf8))
        #expect(atEnd.problems == [ImportTable.Problem(line: 3, kind: .unterminatedQuote)])
        #expect(atEnd.rows.map(\.line) == [2])
        let after = try CSVReader.read(Data("a;b\n1;\"x\"y\n2;z\n".utf8))
        #expect(after.problems == [ImportTable.Problem(line: 2, kind: .textAfterQuote)])
        #expect(after.rows.map(\.fields) == [["2", "z"]])
        #expect(throws: ImportFileError.empty) { try CSVReader.read(Data("\n\r\n".utf8)) }
        #expect(throws: ImportFileError.brokenHeader(.textAfterQuote)) { try CSVReader.read(Data("\"a\"b;c\n1;2\n".utf8)) }
    }

    @Test("A quoted field over several lines is one field when the row comes out whole")
    func multiLineField() throws {
        let table = try CSVReader.read(Data("a;b\n1;\"two\nlines\"\n2;x\n".utf8))
        #expect(table.problems.isEmpty)
        #expect(table.rows.map(\.fields) == [["1", "two\nlines"], ["2", "x"]])
        #expect(table.rows.map(\.line) == [2, 4])
    }
}

@Suite("Importing the organisation")
struct OrganisationImportTests {
    static let header = "Kostnadsställe;Enhet;Yksikkö;Överordnad enhet;Anställningsnummer;Namn;Titel;E-post;Chef"
    static func table(_ lines: [String]) throws -> ImportTable {
        try CSVReader.read(Data(([header] + lines).joined(separator: "\n").utf8))
    }
    static let good = [
        "1000;Stadsledningen;Kaupungin johto;;E1;Anna Berg;Stadsdirektör;anna@town.fi;ja",
        "2000;Bildning;Sivistys;1000;E2;Erik Lind;Sektorchef;erik@town.fi;ja",
        "2100;Skolan;Koulu;2000;E3;Sari Koski;Rektor;sari@town.fi;ja",
        "2100;Skolan;Koulu;2000;E4;Timo Laine;Lärare;;nej",
        "2100;Skolan;Koulu;2000;E5;Maria Nyström;Lärare;;",
        "2000;Bildning;Sivistys;1000;E3;Sari Koski;Rektor;sari@town.fi;nej",
    ]

    @Test("Headers in Swedish, Finnish or English are recognised")
    func guessesMapping() throws {
        let mapping = ColumnMapping.guess(header: try Self.table([]).header)
        #expect(
            mapping.fields == [
                0: .unitCode, 1: .unitNameSwedish, 2: .unitNameFinnish, 3: .parentUnitCode, 4: .personID,
                5: .personName, 6: .personTitle, 7: .personEmail, 8: .managesUnit,
            ])
        let english = ColumnMapping.guess(header: [
            "Cost centre", "Unit name", "Parent unit", "Employee number", "Full name", "Job title", "E-mail", "Is manager",
        ])
        #expect(english.fields.count == 8)
    }

    @Test("A remembered choice wins over the guess")
    func rememberedMapping() {
        let mapping = ColumnMapping.guess(header: ["Org", "Namn"], remembered: ["org": .unitCode])
        #expect(mapping.fields == [0: .unitCode, 1: .personName])
    }

    @Test("A good file becomes units, people, managers and headcounts")
    func plansAGoodFile() throws {
        let table = try Self.table(Self.good)
        let plan = try OrganisationImporter.plan(table, mapping: .guess(header: table.header)).get()
        #expect(plan.units.map(\.code) == ["1000", "2000", "2100"])
        let school = try #require(plan.units.first { $0.code == "2100" })
        #expect(school.name == LocalizedText(sv: "Skolan", fi: "Koulu"))
        #expect(school.managerPersonID == "E3")
        #expect(school.headcount == 2)  // Timo and Maria; the manager is not counted
        #expect(school.kind == .division)  // depth 2, no kind column
        #expect(plan.people.count == 5)  // Sari is listed twice (her unit and as staff of the sector): once
        #expect(plan.people.first { $0.externalID == "E1" }?.level == .top)
        #expect(plan.people.first { $0.externalID == "E3" }?.level == .middle)
        #expect(plan.people.first { $0.externalID == "E4" }?.level == .staff)
    }

    @Test("A counted headcount column wins over listed people")
    func countedHeadcount() throws {
        let table = try CSVReader.read(Data("Unit code;Unit name;Headcount\n10;Home care;24\n11;Library;\n".utf8))
        let plan = try OrganisationImporter.plan(table, mapping: .guess(header: table.header)).get()
        #expect(plan.units.map(\.headcount) == [24, 0])
    }

    /// One file per kind of error: each is found, on its line, and nothing is planned.
    @Test(
        "Every kind of error is reported with its line and column",
        arguments: [
            ("1000;Stadsledningen;Kaupungin johto;;E1;Anna Berg;Direktör;anna@town;ja", 2, Optional("E-post"), ImportProblem.invalidEmail("anna@town")),
            (";Stadsledningen;Kaupungin johto;;E1;Anna Berg;Direktör;;ja", 2, "Kostnadsställe", .missingValue(.unitCode)),
            ("1000;Stadsledningen;Kaupungin johto;9999;E1;Anna Berg;Direktör;;ja", 2, "Överordnad enhet", .unknownParentUnit("9999")),
            ("1000;Stadsledningen;Kaupungin johto;;E1;Anna Berg;Direktör;;kanske", 2, "Chef", .invalidYesNo("kanske")),
            ("1000;Stadsledningen;Kaupungin johto;;E1;;Direktör;;ja", 2, "Namn", .missingValue(.personName)),
            ("1000;Stadsledningen;Kaupungin johto;;E1;Anna Berg;Direktör", 2, nil, .wrongNumberOfFields(expected: 9, found: 7)),
            ("1000;;;;E1;Anna Berg;Direktör;;ja", 2, "Enhet", .missingValue(.unitNameSwedish)),
        ])
    func errorKinds(line: String, expectedLine: Int, column: String?, problem: ImportProblem) throws {
        let table = try Self.table([line])
        let result = OrganisationImporter.plan(table, mapping: .guess(header: table.header))
        guard case .failure(let failure) = result else { Issue.record("planned a broken file"); return }
        #expect(failure.issues.contains(ImportIssue(line: expectedLine, column: column, problem: problem)), "\(failure.issues)")
    }

    @Test("Conflicts between rows name the earlier line")
    func conflicts() throws {
        let table = try Self.table([
            "1000;Stadsledningen;Kaupungin johto;;E1;Anna Berg;Direktör;;ja",
            "1000;Stadshuset;Kaupungintalo;;E2;Erik Lind;Chef;;ja",
            "1000;Stadsledningen;Kaupungin johto;;E1;Anna Björk;Direktör;;nej",
        ])
        guard case .failure(let failure) = OrganisationImporter.plan(table, mapping: .guess(header: table.header)) else { Issue.record("planned"); return }
        #expect(failure.issues.contains(ImportIssue(line: 3, column: nil, problem: .conflictingUnit(code: "1000", firstLine: 2))))
        #expect(failure.issues.contains(ImportIssue(line: 3, column: "Chef", problem: .secondManager(unitCode: "1000", firstLine: 2))))
        #expect(failure.issues.contains(ImportIssue(line: 4, column: nil, problem: .conflictingPerson(id: "E1", firstLine: 2))))
    }

    @Test("A unit that is its own ancestor is refused")
    func cycle() throws {
        let table = try Self.table([
            "1;A;A;2;;;;;", "2;B;B;1;;;;;",
        ])
        guard case .failure(let failure) = OrganisationImporter.plan(table, mapping: .guess(header: table.header)) else { Issue.record("planned"); return }
        #expect(failure.issues.contains { if case .parentCycle = $0.problem { true } else { false } })
    }

    @Test("A parent already in Roder may be named")
    func parentAlreadyInRoder() throws {
        let table = try Self.table(["3000;Teknik;Tekniikka;1000;;;;;"])
        #expect((try? OrganisationImporter.plan(table, mapping: .guess(header: table.header), existingUnitCodes: ["1000"]).get()) != nil)
    }

    @Test("A mapping without a unit code or a name is refused before any row is read")
    func incompleteMapping() throws {
        let table = try Self.table(Self.good)
        guard case .failure(let failure) = OrganisationImporter.plan(table, mapping: ColumnMapping([5: .personName, 6: .personName])) else {
            Issue.record("planned"); return
        }
        #expect(Set(failure.issues.map(\.problem)) == [.fieldNotMapped(.unitCode), .fieldNotMapped(.unitNameSwedish), .fieldMappedTwice(.personName)])
    }
}

@Suite("Span of control and unit sizes")
struct OrganisationAnalyticsTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    // People: A=1, B=2, C=3, D=4. Units from 100.
    static let structure = OrganisationStructure(
        units: [
            OrgUnit(id: id(100), parentID: nil, kind: .sector, name: LocalizedText(en: "Root"), headcount: 2, managerID: id(1)),
            OrgUnit(id: id(101), parentID: id(100), kind: .division, name: LocalizedText(en: "D1"), headcount: 1, managerID: id(2)),
            OrgUnit(id: id(102), parentID: id(101), kind: .unit, name: LocalizedText(en: "U1"), headcount: 10, managerID: id(3)),
            OrgUnit(id: id(103), parentID: id(101), kind: .unit, name: LocalizedText(en: "U2"), headcount: 3, managerID: id(3)),
            OrgUnit(id: id(104), parentID: id(101), kind: .unit, name: LocalizedText(en: "U3 without manager"), headcount: 4, managerID: nil),
            OrgUnit(id: id(105), parentID: id(100), kind: .division, name: LocalizedText(en: "D2"), headcount: 5, managerID: id(1)),
            OrgUnit(id: id(106), parentID: id(105), kind: .unit, name: LocalizedText(en: "U4"), headcount: 20, managerID: id(4)),
        ], people: (1...4).map { OrgPerson(id: id($0), name: "P\($0)", level: .middle) })

    @Test("Span counts own staff, staff of unmanaged sub-units and each sub-manager once")
    func spans() {
        let report = OrganisationAnalytics.analyse(Self.structure)
        let span = Dictionary(uniqueKeysWithValues: report.managers.map { ($0.personID, $0.span) })
        #expect(span[Self.id(1)] == 9)  // 2 + 5 own staff, B and D below
        #expect(span[Self.id(2)] == 6)  // 1 + 4 (unmanaged U3), C once for two units
        #expect(span[Self.id(3)] == 13)  // 10 + 3
        #expect(span[Self.id(4)] == 20)
    }

    @Test("People in line include everyone below a manager")
    func peopleInLine() {
        let report = OrganisationAnalytics.analyse(Self.structure)
        let line = Dictionary(uniqueKeysWithValues: report.managers.map { ($0.personID, $0.peopleInLine) })
        #expect(line[Self.id(1)] == 48)
        #expect(line[Self.id(2)] == 19)
    }

    @Test("Layers, bands, target and averages")
    func report() {
        let report = OrganisationAnalytics.analyse(Self.structure, targetBand: 8...16)
        #expect(report.layers == 3)
        #expect(report.spanDistribution[.fourToSeven] == 1)
        #expect(report.spanDistribution[.eightToTwelve] == 1)
        #expect(report.spanDistribution[.thirteenToSixteen] == 1)
        #expect(report.spanDistribution[.seventeenOrMore] == 1)
        #expect(report.belowTarget.map(\.personID) == [Self.id(2)])
        #expect(report.aboveTarget.map(\.personID) == [Self.id(4)])
        #expect(report.medianSpan == 11)
        #expect(report.averageSpan == 12)
        #expect(report.unitSizeDistribution[.oneToFour] == 4)
        #expect(report.totalHeadcount == 45 + 4)
    }

    @Test(
        "Bands have the edges the issue names",
        arguments: [
            (1, SpanBand.one), (2, .twoToThree), (3, .twoToThree), (4, .fourToSeven),
            (7, .fourToSeven), (8, .eightToTwelve), (12, .eightToTwelve),
            (13, .thirteenToSixteen), (16, .thirteenToSixteen), (17, .seventeenOrMore),
        ])
    func bandEdges(span: Int, band: SpanBand) {
        #expect(SpanBand(span: span) == band)
    }

    /// The analysis as first written (grouping and walking the tree by identifier), kept as
    /// the reference for the one that walks it by position.
    private static func referenceLoads(_ structure: OrganisationStructure) -> (managers: [ManagerLoad], layers: Int) {
        let children = Dictionary(grouping: structure.units.values, by: \.parentID)
        var responsible: [UUID: UUID?] = [:]
        var depthInManagers: [UUID: Int] = [:]
        var queue: [(OrgUnit, UUID?, Int)] = (children[nil] ?? []).map { ($0, nil, 0) }
        var visited: Set<UUID> = []
        var index = 0
        while index < queue.count {
            let (unit, inherited, inheritedDepth) = queue[index]
            index += 1
            guard visited.insert(unit.id).inserted else { continue }
            let manager = unit.managerID ?? inherited
            let depth = unit.managerID != nil && unit.managerID != inherited ? inheritedDepth + 1 : inheritedDepth
            responsible[unit.id] = manager
            depthInManagers[unit.id] = depth
            for child in children[unit.id] ?? [] { queue.append((child, manager, depth)) }
        }
        var span: [UUID: Int] = [:]
        var subManagers: [UUID: Set<UUID>] = [:]
        var unitsOf: [UUID: [UUID]] = [:]
        for unit in structure.units.values {
            if let own = unit.managerID { unitsOf[own, default: []].append(unit.id) }
            guard let manager = responsible[unit.id] ?? nil else { continue }
            span[manager, default: 0] += unit.headcount
            for child in children[unit.id] ?? [] where child.managerID != nil && child.managerID != manager {
                subManagers[manager, default: []].insert(child.managerID!)
            }
        }
        let loads = unitsOf.map { personID, unitIDs in
            var seenUnits: Set<UUID> = []
            var staff = 0
            var managersBelow: Set<UUID> = []
            for unitID in unitIDs {
                for unit in structure.subtree(of: unitID, children: children) where seenUnits.insert(unit.id).inserted {
                    staff += unit.headcount
                    if let manager = unit.managerID, manager != personID { managersBelow.insert(manager) }
                }
            }
            return ManagerLoad(
                personID: personID, unitIDs: unitIDs.sorted { $0.uuidString < $1.uuidString },
                span: (span[personID] ?? 0) + (subManagers[personID]?.count ?? 0), peopleInLine: staff + managersBelow.count)
        }
        return (loads, depthInManagers.values.max() ?? 0)
    }

    @Test("Identifiers sort by their bytes as their text sorts, without building the text")
    func textOrder() {
        var ids = (0..<2_000).map { _ in UUID() }
        ids += [
            UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
            UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255)),
        ]
        ids += [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0)), UUID(uuid: (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))]
        #expect(ids.sorted { $0.textOrder < $1.textOrder } == ids.sorted { $0.uuidString < $1.uuidString })
    }

    @Test("Spans, people in line and layers are those of the first, identifier-walking analysis, on random trees")
    func sameAsReference() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let unitCount = Int.random(in: 0...60, using: &generator)
            let people = (0..<Int.random(in: 1...20, using: &generator)).map { _ in UUID() }
            var units: [OrgUnit] = []
            for _ in 0..<unitCount {
                // A parent among the units made before (so no cycles), none, or one that is missing.
                let parentID: UUID? =
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0: nil
                    case 1: UUID()
                    default: units.randomElement(using: &generator)?.id
                    }
                units.append(
                    OrgUnit(
                        id: UUID(), parentID: parentID, kind: .unit, name: LocalizedText(en: "U"), headcount: Int.random(in: 0...30, using: &generator),
                        managerID: Bool.random(using: &generator) ? people.randomElement(using: &generator) : nil))
            }
            let structure = OrganisationStructure(units: units.shuffled(using: &generator), people: people.map { OrgPerson(id: $0, name: "P", level: .middle) })
            let report = OrganisationAnalytics.analyse(structure)
            let reference = Self.referenceLoads(structure)
            #expect(report.layers == reference.layers)
            // The same loads; the order among equal spans is by identifier in both.
            #expect(
                Set(
                    report.managers.map {
                        ManagerLoad(
                            personID: $0.personID, unitIDs: $0.unitIDs.sorted { $0.uuidString < $1.uuidString }, span: $0.span, peopleInLine: $0.peopleInLine)
                    }) == Set(reference.managers))
            #expect(zip(report.managers, report.managers.dropFirst()).allSatisfy { $0.span >= $1.span })
        }
    }
}

@Suite("Synthetic organisations for benchmarks")
struct SyntheticOrganisationTests {
    @Test("The synthetic export has the sizes asked for and imports without errors")
    func sizes() throws {
        let table = try CSVReader.read(Data(SyntheticOrganisation.export(units: 150, people: 1_000).utf8))
        let plan = try OrganisationImporter.plan(table, mapping: .guess(header: table.header)).get()
        #expect(plan.units.count == 150)
        #expect(plan.people.count == 1_000)
        #expect(plan.units.allSatisfy { $0.managerPersonID != nil })
        let report = OrganisationAnalytics.analyse(
            OrganisationStructure(
                units: plan.units.enumerated().map { index, unit in
                    OrgUnit(id: UUID(), parentID: nil, kind: unit.kind, name: unit.name, code: unit.code, headcount: unit.headcount, managerID: nil)
                }, people: []))
        #expect(report.unitCount == 150)
    }
}
