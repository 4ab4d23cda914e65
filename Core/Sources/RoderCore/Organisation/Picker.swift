import Foundation

/// Choosing one unit or person out of thousands without JavaScript: the form has a text
/// field for a code or a name, and what was typed is resolved here. One match is taken;
/// several come back as a short list to choose from; none is an error the form shows.
public enum Picker {
    public struct Candidate: Sendable, Hashable {
        public var id: UUID
        /// A unit's code or a person's employee number.
        public var code: String?
        /// Every name it is known by (a unit's name in each language).
        public var names: [String]

        public init(id: UUID, code: String?, names: [String]) {
            self.id = id
            self.code = code
            self.names = names
        }

        /// How the field shows a chosen candidate, so that saving it again finds it again:
        /// "2100 Varhaiskasvatus", or the name alone.
        public func label(name: String) -> String {
            code.map { "\($0) \(name)" } ?? name
        }
    }

    public enum Resolution: Sendable, Hashable {
        /// Nothing typed: no unit (the top of the tree) or no manager.
        case nothing
        case one(UUID)
        /// The first matches, best first.
        case several([UUID])
        case noMatch
    }

    /// A code typed exactly (alone or followed by the name, as the field shows it), then a
    /// name typed exactly, then codes and names containing the text, case not minded.
    public static func resolve(_ typed: String, among candidates: [Candidate], limit: Int = 20) -> Resolution {
        let text = typed.trimmed
        guard !text.isEmpty else { return .nothing }
        let needle = text.lowercased()
        let firstWord = needle.split(separator: " ", maxSplits: 1).first.map(String.init) ?? needle
        let byCode = candidates.filter { candidate in
            guard let code = candidate.code?.lowercased() else { return false }
            return code == needle
                || (code == firstWord && needle.hasPrefix(code + " ")
                    && candidate.names.contains { needle.dropFirst(code.count + 1).trimmed == $0.lowercased() })
        }
        if byCode.count == 1 { return .one(byCode[0].id) }
        let byName = candidates.filter { $0.names.contains { $0.lowercased() == needle } }
        if byName.count == 1 { return .one(byName[0].id) }
        let containing = candidates.filter { candidate in
            candidate.code?.lowercased().contains(needle) == true || candidate.names.contains { $0.lowercased().contains(needle) }
        }
        switch containing.count {
        case 0: return .noMatch
        case 1: return .one(containing[0].id)
        default:
            let ordered = containing.sorted { ($0.code ?? "", $0.names.first ?? "") < ($1.code ?? "", $1.names.first ?? "") }
            return .several(ordered.prefix(limit).map(\.id))
        }
    }
}
