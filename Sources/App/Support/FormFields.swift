import RoderCore
import Vapor

/// A submitted form's fields, as text: the one way Roder reads a form. Vapor's decoder for the
/// body's type (URL-encoded or multipart) parses it; handlers take each field as typed and
/// leave parsing and checking to the domain (`EventForm`, `PasswordPolicy`, …), so a form that
/// comes back with an error shows exactly what the user typed.
struct FormFields: Decodable, Sendable {
    private var sent: [String: [String]] = [:]

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldName.self)
        for name in container.allKeys {
            // A field sent several times (checkboxes, a multiple choice) keeps every value in
            // order; one that is not text (a file, `a[b]=c`) is left out.
            if let values = try? container.decode([String].self, forKey: name) {
                sent[name.stringValue] = values
            } else if let value = try? container.decode(String.self, forKey: name) {
                sent[name.stringValue] = [value]
            }
        }
    }

    /// The field's value (the first, if it was sent more than once); nil when it was not sent.
    subscript(name: String) -> String? {
        sent[name]?.first
    }

    /// The identifier chosen in the field (a select's option); nil when none, or not one, was sent.
    func id(_ name: String) -> UUID? {
        self[name].flatMap(UUID.init(uuidString:))
    }

    /// Each field's value (the first, for a field sent more than once).
    var fields: [String: String] {
        sent.compactMapValues(\.first)
    }

    /// Every value sent for the field, in order (the ticked boxes of a group).
    func values(_ name: String) -> [String] {
        sent[name] ?? []
    }

    /// The text typed per content language in the fields `prefix-sv`, `prefix-fi`, ….
    func localized(_ prefix: String, languages: [Language]) -> LocalizedText {
        LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0, self["\(prefix)-\($0.code)"] ?? "") }))
    }

    private struct FieldName: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
