/// One interface string in Swedish, Finnish and English.
///
/// The catalogue lives in `Strings/`, one file per feature (`Str+Events.swift`, …): plain text as
/// `static let`, text with values as `static func` with one labelled parameter per value, so a
/// misspelt or missing value does not compile. The initialiser takes all three languages, so a
/// string cannot be added without its translations; `StringCatalogueTests` checks that none is
/// empty, that every translation uses every value, and that each file lists all its strings in
/// its catalogue array.
public struct Str: Sendable, Equatable, CustomStringConvertible {
    public let translations: Translations

    public init(sv: String, fi: String, en: String) {
        translations = Translations(sv: sv, fi: fi, en: en)
    }

    public var description: String { translations.en }

    /// Every string of every feature file, values shown as `{name}`: what the completeness tests walk.
    public static var catalogue: [Str] {
        skeletonStrings + accountsStrings + accountLinksStrings + accountImportStrings + directorySignInStrings + homeStrings + auditLogStrings
            + organisationStrings
            + organisationImportStrings
            + structureEditingStrings
            + scenariosStrings + roleProfilesStrings + strategyStrings + programmesStrings + eventsStrings + feedbackStrings + coachingStrings
            + competenceStrings + developmentPlansStrings + workingTimeStrings + costsStrings + exportsStrings + reportStrings
    }
}
