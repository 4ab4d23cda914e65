/// Signing in with the organisation's own accounts (OpenID Connect): the administrator's
/// settings, the sign-in page's part and what a failed attempt says. Part of the interface
/// string catalogue: see `Str`.
extension Str {
    public static let directoryTitle = Str(
        sv: "Inloggning med organisationens konton", fi: "Kirjautuminen organisaation tunnuksilla", en: "Sign-in with the organisation's accounts")
    public static let directoryIntro = Str(
        sv:
            "Anslut Roder till er katalog (Microsoft Entra ID eller en annan OpenID Connect-tjänst), så loggar alla in med sina vanliga konton. Roder känner igen dem på e-postadressen; ingen får ett konto bara genom att logga in.",
        fi:
            "Liitä Roder organisaationne hakemistoon (Microsoft Entra ID tai muu OpenID Connect -palvelu), niin kaikki kirjautuvat tavallisilla tunnuksillaan. Roder tunnistaa heidät sähköpostiosoitteesta; kukaan ei saa tiliä pelkällä kirjautumisella.",
        en:
            "Connect Roder to your directory (Microsoft Entra ID or another OpenID Connect service), and everyone signs in with their usual account. Roder recognises them by e-mail address; nobody gets an account just by signing in."
    )
    public static let directoryName = Str(sv: "Namn på inloggningstjänsten", fi: "Kirjautumispalvelun nimi", en: "Name of the sign-in service")
    public static let directoryNameHint = Str(
        sv: "Visas för den som loggar in, t.ex. ”Stadens konto (Microsoft)”.", fi: "Näytetään kirjautujalle, esim. ”Kaupungin tunnus (Microsoft)”.",
        en: "Shown to whoever signs in, e.g. “The town's account (Microsoft)”.")
    public static let directoryIssuer = Str(sv: "Utfärdarens adress (issuer)", fi: "Myöntäjän osoite (issuer)", en: "Issuer address")
    public static let directoryIssuerHint = Str(
        sv: "För Microsoft Entra ID: https://login.microsoftonline.com/<katalog-id>/v2.0",
        fi: "Microsoft Entra ID:ssä: https://login.microsoftonline.com/<hakemiston tunnus>/v2.0",
        en: "For Microsoft Entra ID: https://login.microsoftonline.com/<directory id>/v2.0")
    public static let directoryClientID = Str(sv: "Klient-id (program-id)", fi: "Asiakastunnus (sovelluksen tunnus)", en: "Client id (application id)")
    public static let directoryClientSecret = Str(sv: "Klienthemlighet", fi: "Asiakassalaisuus", en: "Client secret")
    public static let directoryClientSecretHint = Str(
        sv: "Visas aldrig igen. Lämna tomt för att behålla den sparade.", fi: "Ei näytetä enää uudelleen. Jätä tyhjäksi, jos tallennettu säilyy.",
        en: "Never shown again. Leave empty to keep the saved one.")
    public static let directoryDomains = Str(sv: "Tillåtna e-postdomäner", fi: "Sallitut sähköpostiverkkotunnukset", en: "Allowed e-mail domains")
    public static let directoryDomainsHint = Str(
        sv: "Åtskilda med kommatecken, t.ex. kivikoski.fi. Bara adresser i dem kan logga in via katalogen.",
        fi: "Pilkuilla erotettuina, esim. kivikoski.fi. Vain niiden osoitteilla voi kirjautua hakemiston kautta.",
        en: "Separated by commas, e.g. kivikoski.fi. Only addresses in them can sign in through the directory.")
    public static func directoryRedirect(url: String) -> Str {
        Str(
            sv: "Registrera den här omdirigeringsadressen hos tjänsten: \(url)", fi: "Rekisteröi tämä paluuosoite palveluun: \(url)",
            en: "Register this redirect address with the service: \(url)")
    }
    public static let directoryPasswordAllowed = Str(
        sv: "Tillåt också inloggning med lösenord", fi: "Salli myös kirjautuminen salasanalla", en: "Also allow signing in with a password")
    public static let directoryPasswordHint = Str(
        sv:
            "Stäng av när alla loggar in via katalogen. Det går bara när katalogen är inställd och din egen adress hör till en tillåten domän, så att du inte låser ute dig själv.",
        fi:
            "Poista käytöstä, kun kaikki kirjautuvat hakemiston kautta. Se onnistuu vain, kun hakemisto on asetettu ja oma osoitteesi kuuluu sallittuun verkkotunnukseen, jottet lukitse itseäsi ulos.",
        en:
            "Turn off once everyone signs in through the directory. Only possible once the directory is set up and your own address is in an allowed domain, so that you cannot lock yourself out."
    )
    public static let directorySave = Str(sv: "Spara inställningarna", fi: "Tallenna asetukset", en: "Save the settings")
    public static let directoryIssuerInvalid = Str(
        sv: "Ange utfärdarens adress; den börjar med https://.", fi: "Anna myöntäjän osoite; se alkaa https://.",
        en: "Give the issuer's address; it starts with https://.")
    public static let directoryClientIDRequired = Str(sv: "Ange klient-id.", fi: "Anna asiakastunnus.", en: "Give the client id.")
    public static let directoryClientSecretRequired = Str(sv: "Ange klienthemligheten.", fi: "Anna asiakassalaisuus.", en: "Give the client secret.")
    public static let directoryDomainsRequired = Str(
        sv: "Ange minst en e-postdomän.", fi: "Anna vähintään yksi verkkotunnus.", en: "Give at least one e-mail domain.")
    public static func directoryDomainInvalid(domain: String) -> Str {
        Str(sv: "”\(domain)” är inte en domän.", fi: "”\(domain)” ei ole verkkotunnus.", en: "“\(domain)” is not a domain.")
    }
    public static func directoryDomainTaken(domain: String) -> Str {
        Str(
            sv: "Domänen \(domain) hör redan till en annan organisations inloggning.",
            fi: "Verkkotunnus \(domain) kuuluu jo toisen organisaation kirjautumiseen.",
            en: "The domain \(domain) already belongs to another organisation's sign-in.")
    }
    public static let directoryPasswordOffRefused = Str(
        sv: "Lösenordsinloggning kan stängas av först när katalogen är inställd och din egen adress hör till en tillåten domän.",
        fi: "Salasanakirjautumisen voi poistaa käytöstä vasta, kun hakemisto on asetettu ja oma osoitteesi kuuluu sallittuun verkkotunnukseen.",
        en: "Password sign-in can be turned off only once the directory is set up and your own address is in an allowed domain.")
    public static let noticeDirectorySaved = Str(
        sv: "Inställningarna för inloggning har sparats.", fi: "Kirjautumisen asetukset on tallennettu.", en: "The sign-in settings have been saved.")
    public static let directorySettingsLink = Str(sv: "Inloggningsinställningar", fi: "Kirjautumisen asetukset", en: "Sign-in settings")

    public static let signInWithDirectory = Str(
        sv: "Logga in med organisationens konto", fi: "Kirjaudu organisaation tunnuksella", en: "Sign in with your organisation's account")
    public static let signInDirectoryIntro = Str(
        sv: "Skriv din e-postadress, så skickas du vidare till din organisations inloggning.",
        fi: "Kirjoita sähköpostiosoitteesi, niin sinut ohjataan organisaatiosi kirjautumiseen.",
        en: "Type your e-mail address, and you are taken to your organisation's sign-in.")
    public static func directoryGoingTo(service: String) -> Str {
        Str(
            sv: "Du skickas vidare till inloggningen: \(service).", fi: "Sinut ohjataan kirjautumiseen: \(service).",
            en: "Taking you to the sign-in: \(service).")
    }
    public static let signInDirectoryContinue = Str(sv: "Fortsätt", fi: "Jatka", en: "Continue")
    public static let signInNoDirectory = Str(
        sv: "Ingen organisation i Roder loggar in med egna konton för den adressen. Logga in med lösenord.",
        fi: "Mikään Roderin organisaatio ei kirjaudu omilla tunnuksillaan tällä osoitteella. Kirjaudu salasanalla.",
        en: "No organisation in Roder signs in with its own accounts for that address. Sign in with a password.")
    public static let signInPasswordOff = Str(
        sv: "Din organisation loggar in med sina egna konton. Använd ”Logga in med organisationens konto”.",
        fi: "Organisaatiosi kirjautuu omilla tunnuksillaan. Käytä kohtaa ”Kirjaudu organisaation tunnuksella”.",
        en: "Your organisation signs in with its own accounts. Use “Sign in with your organisation's account”.")
    public static let directoryFailedTitle = Str(sv: "Inloggningen lyckades inte", fi: "Kirjautuminen ei onnistunut", en: "The sign-in did not succeed")
    public static func directoryNoAccount(email: String) -> Str {
        Str(
            sv: "Det finns inget aktivt Roder-konto för \(email) i organisationen. Be administratören om ett konto.",
            fi: "Osoitteelle \(email) ei ole organisaatiossa käytössä olevaa Roder-tiliä. Pyydä tiliä pääkäyttäjältä.",
            en: "There is no active Roder account for \(email) in the organisation. Ask the administrator for one.")
    }
    public static func directoryRejected(problem: String) -> Str {
        Str(
            sv: "Svaret från inloggningstjänsten kunde inte godtas (\(problem)). Försök igen, eller kontakta administratören.",
            fi: "Kirjautumispalvelun vastausta ei voitu hyväksyä (\(problem)). Yritä uudelleen tai ota yhteyttä pääkäyttäjään.",
            en: "The sign-in service's answer could not be accepted (\(problem)). Try again, or contact the administrator.")
    }
    public static let directoryAttemptUnknown = Str(
        sv: "Inloggningen tog för lång tid, gjordes redan eller började i en annan webbläsare. Börja om.",
        fi: "Kirjautuminen kesti liian kauan, tehtiin jo tai aloitettiin toisessa selaimessa. Aloita alusta.",
        en: "The sign-in took too long, was already used, or began in another browser. Start again.")
    public static let directoryUnreachable = Str(
        sv: "Inloggningstjänsten svarade inte som väntat. Försök igen om en stund.",
        fi: "Kirjautumispalvelu ei vastannut odotetusti. Yritä hetken kuluttua uudelleen.",
        en: "The sign-in service did not answer as expected. Try again in a while.")
    public static let directoryStartAgain = Str(sv: "Börja om", fi: "Aloita alusta", en: "Start again")

    public static func auditDirectorySettingsChanged(subject: String) -> Str {
        Str(
            sv: "Ändrade inställningarna för inloggning med organisationens konton (\(subject))",
            fi: "Muutti organisaation tunnuksilla kirjautumisen asetuksia (\(subject))",
            en: "Changed the settings of sign-in with the organisation's accounts (\(subject))")
    }

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let directorySignInStrings: [Str] = [
        directoryTitle, directoryIntro, directoryName, directoryNameHint, directoryIssuer, directoryIssuerHint, directoryClientID, directoryClientSecret,
        directoryClientSecretHint, directoryDomains, directoryDomainsHint, directoryRedirect(url: "{url}"), directoryPasswordAllowed, directoryPasswordHint,
        directorySave, directoryIssuerInvalid, directoryClientIDRequired, directoryClientSecretRequired, directoryDomainsRequired,
        directoryDomainInvalid(domain: "{domain}"), directoryDomainTaken(domain: "{domain}"), directoryPasswordOffRefused, noticeDirectorySaved,
        directorySettingsLink, signInWithDirectory,
        signInDirectoryIntro, signInDirectoryContinue, signInNoDirectory, signInPasswordOff, directoryFailedTitle, directoryNoAccount(email: "{email}"),
        directoryRejected(problem: "{problem}"), directoryAttemptUnknown, directoryUnreachable, directoryStartAgain, directoryGoingTo(service: "{service}"),
        auditDirectorySettingsChanged(subject: "{subject}"),
    ]
}
