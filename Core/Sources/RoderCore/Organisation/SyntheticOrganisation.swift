import Foundation

/// A large, made-up organisation as an HR export, for benchmarks: a root, sectors,
/// divisions and units, each with a manager, and staff spread unevenly over the units.
/// Deterministic: the same sizes give the same file.
public enum SyntheticOrganisation {
    public static func export(units unitCount: Int, people peopleCount: Int) -> String {
        var random = SplitMix(seed: 2026)
        var rows: [[String]] = [["Unit code", "Unit name sv", "Unit name fi", "Parent unit", "Employee number", "Name", "Title", "E-mail", "Is manager"]]
        let sectors = max(1, unitCount / 150)
        let divisions = max(sectors, unitCount / 25)
        var parents: [String] = []
        var personNumber = 0
        func manager(for code: String, title: String) -> [String] {
            personNumber += 1
            return ["P\(personNumber)", "Manager \(personNumber)", title, "manager\(personNumber)@example.org", "yes"]
        }
        for index in 0..<unitCount {
            let code = String(10_000 + index)
            let parent: String
            let title: String
            switch index {
            case 0: parent = ""; title = "Director"
            case 1...sectors: parent = "10000"; title = "Sector director"
            case (sectors + 1)...divisions: parent = String(10_001 + Int(random.next() % UInt64(sectors))); title = "Head of division"
            default: parent = String(10_001 + sectors + Int(random.next() % UInt64(max(1, divisions - sectors)))); title = "Unit manager"
            }
            parents.append(code)
            rows.append([code, "Enhet \(index)", "Yksikkö \(index)", parent] + manager(for: code, title: title))
        }
        // Staff: most units small, some large, as in a municipality.
        let unitCodes = parents
        while personNumber < peopleCount {
            let unitIndex = Int(random.next() % UInt64(unitCodes.count))
            let burst = 1 + Int(random.next() % 12)
            for _ in 0..<burst where personNumber < peopleCount {
                personNumber += 1
                let code = unitCodes[unitIndex]
                rows.append([
                    code, "Enhet \(unitIndex)", "Yksikkö \(unitIndex)", rows[unitIndex + 1][3],
                    "P\(personNumber)", "Person \(personNumber)", "Specialist", "person\(personNumber)@example.org", "no",
                ])
            }
        }
        return CSVWriter.write(rows)
    }

    /// The same organisation as a Finnish payroll system exports it: Finnish headers with
    /// language markers, surname and first name apart, and each person's supervisor as an
    /// employee number instead of the units' managers — so reading it exercises the header
    /// recognition and the derivation of who manages which unit.
    public static func finnishExport(units unitCount: Int, people peopleCount: Int) -> String {
        let plain = try! CSVReader.read(Data(export(units: unitCount, people: peopleCount).utf8))
        var managerOfUnit: [String: String] = [:]
        var parentOfUnit: [String: String] = [:]
        for row in plain.rows where row.fields[8] == "yes" {
            managerOfUnit[row.fields[0]] = row.fields[4]
            parentOfUnit[row.fields[0]] = row.fields[3]
        }
        var rows: [[String]] = [
            [
                "Kustannuspaikka", "Yksikkö (sv)", "Yksikkö (fi)", "Ylempi yksikkö", "Henkilönumero", "Sukunimi", "Etunimi",
                "Tehtävänimike", "Sähköposti", "Esimies (henkilönumero)",
            ]
        ]
        for row in plain.rows {
            let unit = row.fields[0], isManager = row.fields[8] == "yes"
            let supervisor = isManager ? parentOfUnit[unit].flatMap { managerOfUnit[$0] } ?? "" : managerOfUnit[unit] ?? ""
            let name = row.fields[5].split(separator: " ")
            rows.append([
                unit, row.fields[1], row.fields[2], row.fields[3], row.fields[4], String(name.last ?? ""), String(name.first ?? ""),
                row.fields[6], row.fields[7], supervisor,
            ])
        }
        return CSVWriter.write(rows)
    }
}

/// A small, fast, seedable random number generator (SplitMix64), so synthetic data is
/// the same on every run and machine.
public struct SplitMix: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
