import Foundation

/// An organisation (tenant) as pages show it: its name and its content languages.
public struct OrganisationSummary: Sendable, Hashable {
    public let id: UUID
    public let name: LocalizedText
    public let contentLanguages: [Language]

    public init(id: UUID, name: LocalizedText, contentLanguages: [Language]) {
        self.id = id
        self.name = name
        self.contentLanguages = contentLanguages
    }
}
