/// Signing in, one's account, user administration and its validation.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let signInTitle = Str(sv: "Logga in", fi: "Kirjaudu sisään", en: "Sign in")
    public static let signInIntro = Str(
        sv: "Logga in med din e-postadress och ditt lösenord.", fi: "Kirjaudu sisään sähköpostiosoitteellasi ja salasanallasi.",
        en: "Sign in with your e-mail address and password.")
    public static let signIn = Str(sv: "Logga in", fi: "Kirjaudu", en: "Sign in")
    public static let email = Str(sv: "E-postadress", fi: "Sähköpostiosoite", en: "E-mail address")
    public static let password = Str(sv: "Lösenord", fi: "Salasana", en: "Password")
    public static let signInWrongCredentials = Str(
        sv: "E-postadressen eller lösenordet stämmer inte. Kontrollera och försök igen.",
        fi: "Sähköpostiosoite tai salasana on väärin. Tarkista ja yritä uudelleen.",
        en: "The e-mail address or password is not right. Check them and try again.")
    public static func signInThrottled(minutes: String) -> Str {
        Str(
            sv: "För många misslyckade försök. Försök igen om \(minutes) minuter.",
            fi: "Liian monta epäonnistunutta yritystä. Yritä uudelleen \(minutes) minuutin kuluttua.",
            en: "Too many failed attempts. Try again in \(minutes) minutes.")
    }
    public static let signInFormExpired = Str(
        sv: "Formuläret hade gått ut. Skriv lösenordet igen och logga in.", fi: "Lomake oli vanhentunut. Kirjoita salasana uudelleen ja kirjaudu.",
        en: "The form had expired. Type your password again and sign in.")
    public static let accountTitle = Str(sv: "Mitt konto", fi: "Oma tili", en: "My account")
    public static let accountDetails = Str(sv: "Uppgifter", fi: "Tiedot", en: "Details")
    public static let accountLanguage = Str(sv: "Språk", fi: "Kieli", en: "Language")
    public static let accountLanguageHint = Str(
        sv: "Roder använder det här språket varje gång du loggar in.", fi: "Roder käyttää tätä kieltä aina, kun kirjaudut sisään.",
        en: "Roder uses this language every time you sign in.")
    public static let accountOrganisation = Str(sv: "Organisation", fi: "Organisaatio", en: "Organisation")
    public static let organisation = Str(sv: "Organisation", fi: "Organisaatio", en: "Organisation")
    public static let switchOrganisation = Str(sv: "Byt organisation", fi: "Vaihda organisaatiota", en: "Switch organisation")
    public static let name = Str(sv: "Namn", fi: "Nimi", en: "Name")
    public static let roles = Str(sv: "Roller", fi: "Roolit", en: "Roles")
    public static let changePassword = Str(sv: "Byt lösenord", fi: "Vaihda salasana", en: "Change password")
    public static let currentPassword = Str(sv: "Nuvarande lösenord", fi: "Nykyinen salasana", en: "Current password")
    public static let newPassword = Str(sv: "Nytt lösenord", fi: "Uusi salasana", en: "New password")
    public static let confirmPassword = Str(sv: "Nytt lösenord igen", fi: "Uusi salasana uudelleen", en: "New password again")
    public static func passwordRule(count: String) -> Str {
        Str(
            sv: "Minst \(count) tecken. En lång fras är lättare att minnas och svårare att gissa.",
            fi: "Vähintään \(count) merkkiä. Pitkä lause on helpompi muistaa ja vaikeampi arvata.",
            en: "At least \(count) characters. A long phrase is easier to remember and harder to guess.")
    }
    public static let usersTitle = Str(sv: "Användare", fi: "Käyttäjät", en: "Users")
    public static func usersCaption(count: String) -> Str {
        Str(sv: "Organisationens användare (\(count))", fi: "Organisaation käyttäjät (\(count))", en: "The organisation's users (\(count))")
    }
    public static let newUser = Str(sv: "Ny användare", fi: "Uusi käyttäjä", en: "New user")
    public static let lastSignIn = Str(sv: "Senast inloggad", fi: "Viimeksi kirjautunut", en: "Last signed in")
    public static let status = Str(sv: "Status", fi: "Tila", en: "Status")
    public static let never = Str(sv: "Aldrig", fi: "Ei koskaan", en: "Never")
    public static let userActive = Str(sv: "Aktiv", fi: "Aktiivinen", en: "Active")
    public static let userInactive = Str(sv: "Inaktiverad", fi: "Poistettu käytöstä", en: "Deactivated")
    public static let userActiveLabel = Str(
        sv: "Kontot är aktivt (kan logga in)", fi: "Tili on käytössä (voi kirjautua)", en: "The account is active (can sign in)")
    public static let linkedPerson = Str(sv: "Person i organisationen", fi: "Henkilö organisaatiossa", en: "Person in the organisation")
    public static let linkedPersonHint = Str(
        sv: "En chefs konto kopplas till chefen själv, så att hen ser de resultatmål hen ansvarar för.",
        fi: "Esimiehen tili liitetään esimieheen itseensä, jotta hän näkee tulostavoitteet, joista hän vastaa.",
        en: "A manager's account is linked to the manager, so that they see the result goals they are responsible for.")
    public static let notLinked = Str(sv: "Inte kopplad", fi: "Ei liitetty", en: "Not linked")
    public static let preferredLanguage = Str(sv: "Språk", fi: "Kieli", en: "Language")
    public static let saveChanges = Str(sv: "Spara ändringarna", fi: "Tallenna muutokset", en: "Save changes")
    public static func personAlreadyLinked(person: String, account: String) -> Str {
        Str(
            sv: "\(person) är redan kopplad till kontot \(account). En person kan ha ett konto per organisation.",
            fi: "\(person) on jo yhdistetty tiliin \(account). Henkilöllä voi olla yksi tili organisaatiota kohden.",
            en: "\(person) is already linked to the account \(account). A person can have one account per organisation.")
    }
    public static let accountPerson = Str(sv: "Person i organisationen", fi: "Henkilö organisaatiossa", en: "Person in the organisation")
    public static let accountPersonNone = Str(
        sv: "Kontot är inte kopplat till någon person.", fi: "Tiliä ei ole yhdistetty henkilöön.", en: "The account is not linked to a person.")
    public static func accountPersonChanged(date: String, actor: String) -> Str {
        Str(sv: "Kopplingen ändrades \(date) av \(actor).", fi: "Yhteyttä muutti \(actor) \(date).", en: "The link was changed on \(date) by \(actor).")
    }
    public static let personNotFound = Str(sv: "Välj en person i listan.", fi: "Valitse henkilö luettelosta.", en: "Choose a person from the list.")
    public static let formHasErrors = Str(sv: "Kontrollera uppgifterna", fi: "Tarkista tiedot", en: "Please check the form")
    public static let nameRequired = Str(sv: "Skriv namnet.", fi: "Kirjoita nimi.", en: "Enter the name.")
    public static let emailInvalid = Str(
        sv: "Skriv en e-postadress i formen namn@exempel.fi.", fi: "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.",
        en: "Enter an e-mail address like name@example.com.")
    public static let emailTaken = Str(
        sv: "Det finns redan en användare med den här e-postadressen.", fi: "Tällä sähköpostiosoitteella on jo käyttäjä.",
        en: "There is already a user with this e-mail address.")
    public static let rolesRequired = Str(sv: "Välj minst en roll.", fi: "Valitse vähintään yksi rooli.", en: "Choose at least one role.")
    public static let cannotRemoveOwnAdministratorRole = Str(
        sv: "Du kan inte ta bort din egen administratörsroll. Be en annan administratör göra det.",
        fi: "Et voi poistaa omaa pääkäyttäjän rooliasi. Pyydä toista pääkäyttäjää tekemään se.",
        en: "You cannot remove your own administrator role. Ask another administrator to do it.")
    public static let cannotDeactivateSelf = Str(
        sv: "Du kan inte inaktivera ditt eget konto.", fi: "Et voi poistaa omaa tiliäsi käytöstä.", en: "You cannot deactivate your own account.")
    public static func passwordTooShort(count: String) -> Str {
        Str(
            sv: "Lösenordet ska ha minst \(count) tecken.", fi: "Salasanassa on oltava vähintään \(count) merkkiä.",
            en: "The password needs at least \(count) characters.")
    }
    public static func passwordTooLong(count: String) -> Str {
        Str(
            sv: "Lösenordet får ha högst \(count) tecken.", fi: "Salasanassa saa olla enintään \(count) merkkiä.",
            en: "The password can have at most \(count) characters.")
    }
    public static let passwordSameAsEmail = Str(
        sv: "Lösenordet får inte vara samma som e-postadressen.", fi: "Salasana ei saa olla sama kuin sähköpostiosoite.",
        en: "The password must not be the same as the e-mail address.")
    public static let passwordMismatch = Str(
        sv: "De två nya lösenorden är inte likadana.", fi: "Uudet salasanat eivät ole samat.", en: "The two new passwords do not match.")
    public static let currentPasswordWrong = Str(
        sv: "Det nuvarande lösenordet stämmer inte.", fi: "Nykyinen salasana on väärin.", en: "The current password is not right.")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let accountsStrings: [Str] = [
        signInTitle, signInIntro, signIn, email, password, signInWrongCredentials, signInThrottled(minutes: "{minutes}"), signInFormExpired,
        accountTitle, accountDetails, accountLanguage, accountLanguageHint, accountOrganisation, organisation, switchOrganisation, name, roles, changePassword,
        currentPassword, newPassword, confirmPassword, passwordRule(count: "{count}"), usersTitle, usersCaption(count: "{count}"), newUser, lastSignIn, status,
        never, userActive, userInactive, userActiveLabel, linkedPerson, linkedPersonHint, notLinked, preferredLanguage, saveChanges,
        personAlreadyLinked(person: "{person}", account: "{account}"), accountPerson, accountPersonNone, accountPersonChanged(date: "{date}", actor: "{actor}"),
        personNotFound, formHasErrors, nameRequired, emailInvalid, emailTaken, rolesRequired, cannotRemoveOwnAdministratorRole, cannotDeactivateSelf,
        passwordTooShort(count: "{count}"), passwordTooLong(count: "{count}"), passwordSameAsEmail, passwordMismatch, currentPasswordWrong,
    ]
}
