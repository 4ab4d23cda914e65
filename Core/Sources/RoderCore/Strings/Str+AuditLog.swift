/// The audit log and the operator's start page.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let auditTitle = Str(sv: "Ändringslogg", fi: "Muutosloki", en: "Audit log")
    public static let auditIntro = Str(
        sv: "Vem ändrade vad och när i Roder, det senaste först.", fi: "Kuka muutti mitä ja milloin Roderissa, uusimmat ensin.",
        en: "Who changed what in Roder, and when, newest first.")
    public static let auditEmpty = Str(sv: "Inga ändringar ännu.", fi: "Ei vielä muutoksia.", en: "No changes yet.")
    public static func auditCaption(page: String) -> Str {
        Str(sv: "Ändringar, sida \(page)", fi: "Muutokset, sivu \(page)", en: "Changes, page \(page)")
    }
    public static let auditWhen = Str(sv: "När", fi: "Milloin", en: "When")
    public static let auditWho = Str(sv: "Vem", fi: "Kuka", en: "Who")
    public static let auditWhat = Str(sv: "Vad", fi: "Mitä", en: "What")
    public static let auditSystem = Str(sv: "Roder (kommandorad)", fi: "Roder (komentorivi)", en: "Roder (command line)")
    public static func auditOrganisationCreated(subject: String) -> Str {
        Str(sv: "Skapade organisationen \(subject)", fi: "Loi organisaation \(subject)", en: "Created the organisation \(subject)")
    }
    public static func auditUserCreated(subject: String, after: String) -> Str {
        Str(
            sv: "Skapade användaren \(subject) med rollerna \(after)", fi: "Loi käyttäjän \(subject), roolit \(after)",
            en: "Created the user \(subject) with the roles \(after)")
    }
    public static func auditUserUpdated(subject: String) -> Str {
        Str(sv: "Ändrade uppgifterna för \(subject)", fi: "Muutti käyttäjän \(subject) tietoja", en: "Changed the details of \(subject)")
    }
    public static func auditUserRolesChanged(subject: String, before: String, after: String) -> Str {
        Str(
            sv: "Ändrade rollerna för \(subject): \(before) → \(after)", fi: "Muutti käyttäjän \(subject) rooleja: \(before) → \(after)",
            en: "Changed the roles of \(subject): \(before) → \(after)")
    }
    public static func auditUserDeactivated(subject: String) -> Str {
        Str(sv: "Inaktiverade användaren \(subject)", fi: "Poisti käyttäjän \(subject) käytöstä", en: "Deactivated the user \(subject)")
    }
    public static func auditUserReactivated(subject: String) -> Str {
        Str(sv: "Aktiverade användaren \(subject) igen", fi: "Otti käyttäjän \(subject) uudelleen käyttöön", en: "Reactivated the user \(subject)")
    }
    public static func auditPasswordChanged(subject: String) -> Str {
        Str(sv: "Bytte sitt lösenord (\(subject))", fi: "Vaihtoi salasanansa (\(subject))", en: "Changed their password (\(subject))")
    }
    public static func auditPasswordSet(subject: String) -> Str {
        Str(sv: "Gav \(subject) ett nytt lösenord", fi: "Asetti käyttäjälle \(subject) uuden salasanan", en: "Set a new password for \(subject)")
    }
    public static func auditLanguageChanged(subject: String, before: String, after: String) -> Str {
        Str(
            sv: "Bytte språk för \(subject): \(before) → \(after)", fi: "Vaihtoi käyttäjän \(subject) kielen: \(before) → \(after)",
            en: "Changed the language of \(subject): \(before) → \(after)")
    }
    public static func auditDemoDataLoaded(subject: String) -> Str {
        Str(sv: "Läste in demodata (\(subject))", fi: "Latasi esittelyaineiston (\(subject))", en: "Loaded demo data (\(subject))")
    }
    public static let operatorTitle = Str(sv: "Det gemensamma programmet", fi: "Yhteinen ohjelma", en: "The shared programme")
    public static let operatorIntro = Str(
        sv: "Här driver du ledarforum och seminarier för flera kommuner. Du ser sammanslagen, anonym respons – aldrig en enskild kommuns egna uppgifter.",
        fi:
            "Täällä järjestät johtamisfoorumeita ja seminaareja usealle kunnalle. Näet yhdistetyn, nimettömän palautteen – et koskaan yksittäisen kunnan omia tietoja.",
        en: "Here you run leadership forums and seminars for several municipalities. You see pooled, anonymous feedback – never one municipality's own data.")
    public static let operatorOrganisations = Str(sv: "Deltagande organisationer", fi: "Osallistuvat organisaatiot", en: "Participating organisations")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let auditLogStrings: [Str] = [
        auditTitle, auditIntro, auditEmpty, auditCaption(page: "{page}"), auditWhen, auditWho, auditWhat, auditSystem,
        auditOrganisationCreated(subject: "{subject}"), auditUserCreated(subject: "{subject}", after: "{after}"), auditUserUpdated(subject: "{subject}"),
        auditUserRolesChanged(subject: "{subject}", before: "{before}", after: "{after}"), auditUserDeactivated(subject: "{subject}"),
        auditUserReactivated(subject: "{subject}"), auditPasswordChanged(subject: "{subject}"), auditPasswordSet(subject: "{subject}"),
        auditLanguageChanged(subject: "{subject}", before: "{before}", after: "{after}"), auditDemoDataLoaded(subject: "{subject}"), operatorTitle,
        operatorIntro, operatorOrganisations,
    ]
}
