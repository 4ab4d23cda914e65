import Foundation

/// Who manages which unit, from an export that gives each person's supervisor (an employee
/// number) instead of naming the units' managers — as most payroll systems do.
///
/// The rule, in the order it is applied:
/// 1. A *staff link* is a person who supervises no one, pointing at their supervisor. The
///    supervisors that a unit's staff point at are the candidates to manage it; a person who
///    supervises the staff of several units manages them all.
/// 2. Of a unit's candidates, one whose own supervisor is also a candidate there (a team
///    leader under the unit's manager) steps aside; of the rest, the one with the most staff
///    links in the unit manages it (ties: one who works in the unit, then the lowest number).
/// 3. A unit without staff links (a division whose head leads only the managers below) is
///    managed by the person in it who supervises the most people, if anyone does.
/// 4. Otherwise the unit has no manager of its own; its staff belong to the manager above.
public enum ManagerDerivation {
    /// - Parameters:
    ///   - people: each person's employee number → the code of the unit they work in.
    ///   - links: (person, supervisor) pairs; a person names no more than one supervisor here.
    /// - Returns: unit code → the employee number of its manager, for the units that get one.
    public static func managers(people: [String: String], links: [(person: String, supervisor: String)]) -> [String: String] {
        var supervisorOf: [String: String] = [:]
        var supervisees: [String: Int] = [:]
        for link in links where link.person != link.supervisor {
            supervisorOf[link.person] = supervisorOf[link.person] ?? link.supervisor
            supervisees[link.supervisor, default: 0] += 1
        }

        // 1. Staff links counted per unit and candidate.
        var candidates: [String: [String: Int]] = [:]
        for (person, supervisor) in supervisorOf where supervisees[person] == nil {
            guard let unit = people[person] else { continue }
            candidates[unit, default: [:]][supervisor, default: 0] += 1
        }

        var managers: [String: String] = [:]
        for (unit, counts) in candidates {
            // 2. Step aside for one's own supervisor.
            let standing = counts.filter { candidate, _ in
                guard let above = supervisorOf[candidate], above != candidate else { return true }
                return counts[above] == nil
            }
            let pool = standing.isEmpty ? counts : standing
            managers[unit] =
                pool.max { lhs, rhs in
                    if lhs.value != rhs.value { return lhs.value < rhs.value }
                    let lhsInUnit = people[lhs.key] == unit, rhsInUnit = people[rhs.key] == unit
                    if lhsInUnit != rhsInUnit { return !lhsInUnit }
                    return lhs.key > rhs.key
                }?.key
        }

        // 3. Units without staff links: the person in the unit who supervises the most.
        var bestInUnit: [String: (person: String, count: Int)] = [:]
        for (person, unit) in people where candidates[unit] == nil {
            guard let count = supervisees[person] else { continue }
            if let best = bestInUnit[unit], best.count > count || (best.count == count && best.person < person) { continue }
            bestInUnit[unit] = (person, count)
        }
        for (unit, best) in bestInUnit { managers[unit] = best.person }
        return managers
    }
}
