import Fluent
import Foundation
import RoderCore

/// A municipality (tenant). Its data is seen by its own users only.
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: LocalizedText
    /// Short unique name for the command line, e.g. `norrvik`.
    @Field(key: "slug") var slug: String
    /// The languages its content is written in, in order of preference, e.g. `sv,fi`.
    @Field(key: "content_languages") var contentLanguageCodes: String
    @Field(key: "created_at") var createdAt: Date
    /// The span of control the organisation aims for (nil: Roder's default, 8–16).
    @OptionalField(key: "span_target_min") var spanTargetMinimum: Int?
    @OptionalField(key: "span_target_max") var spanTargetMaximum: Int?
    /// The column mapping last used for an organisation import: normalised header → field.
    @OptionalField(key: "import_mapping") var rememberedImportMapping: [String: String]?

    init() {}

    init(id: UUID? = nil, name: LocalizedText, slug: String, contentLanguages: [Language], createdAt: Date) {
        self.id = id
        self.name = name
        self.slug = slug
        self.contentLanguageCodes = contentLanguages.map(\.code).joined(separator: ",")
        self.createdAt = createdAt
    }

    var contentLanguages: [Language] { Language.list(from: contentLanguageCodes) ?? [.swedish] }

    var spanTarget: ClosedRange<Int> {
        let lower = spanTargetMinimum ?? OrganisationAnalytics.defaultTargetBand.lowerBound
        let upper = max(lower, spanTargetMaximum ?? OrganisationAnalytics.defaultTargetBand.upperBound)
        return lower...upper
    }

    var summary: OrganisationSummary {
        OrganisationSummary(id: id!, name: name, contentLanguages: contentLanguages)
    }
}
