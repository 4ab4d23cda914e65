/// Invitations and password resets: the mails, the page that sets a password with a link, and
/// "Forgot your password?". Part of the interface string catalogue: see `Str`.
extension Str {
    public static func invitationMailSubject(organisation: String) -> Str {
        Str(
            sv: "Välkommen till Roder – \(organisation)", fi: "Tervetuloa Roderiin – \(organisation)",
            en: "Welcome to Roder – \(organisation)")
    }
    public static func invitationMailBody(name: String, organisation: String, inviter: String, link: String, until: String) -> Str {
        Str(
            sv: """
                Hej \(name),

                \(inviter) har skapat ett konto åt dig i Roder, verktyget för ledarutvecklingsprogrammet i \(organisation): \
                mål, ledarforum, återkoppling och coachning.

                Välj ditt lösenord här (länken fungerar en gång, till och med \(until)):
                \(link)

                Logga sedan in med den här e-postadressen. Om du inte väntade dig det här kan du bortse från meddelandet.
                """,
            fi: """
                Hei \(name),

                \(inviter) on luonut sinulle tilin Roderiin, organisaation \(organisation) johtajuuden kehittämisohjelman \
                työkaluun: tavoitteet, johtajafoorumit, palaute ja coaching.

                Valitse salasanasi tästä (linkki toimii kerran, \(until) asti):
                \(link)

                Kirjaudu sen jälkeen tällä sähköpostiosoitteella. Jos et odottanut tätä viestiä, voit jättää sen huomiotta.
                """,
            en: """
                Hello \(name),

                \(inviter) has made you an account in Roder, the tool of the leadership-development programme \
                at \(organisation): goals, leadership forums, feedback and coaching.

                Choose your password here (the link works once, until \(until)):
                \(link)

                Then sign in with this e-mail address. If you did not expect this, you can ignore this message.
                """)
    }
    public static let resetMailSubject = Str(
        sv: "Välj ett nytt lösenord i Roder", fi: "Valitse uusi salasana Roderiin", en: "Choose a new password for Roder")
    public static func resetMailBody(name: String, link: String, until: String) -> Str {
        Str(
            sv: """
                Hej \(name),

                Någon, troligen du, bad om ett nytt lösenord till Roder. Välj det här (länken fungerar en gång, till och med \(until)):
                \(link)

                Om det inte var du behöver du inte göra något: ditt lösenord är oförändrat.
                """,
            fi: """
                Hei \(name),

                Joku, luultavasti sinä, pyysi uutta salasanaa Roderiin. Valitse se tästä (linkki toimii kerran, \(until) asti):
                \(link)

                Jos se et ollut sinä, sinun ei tarvitse tehdä mitään: salasanasi on ennallaan.
                """,
            en: """
                Hello \(name),

                Someone, probably you, asked for a new Roder password. Choose it here (the link works once, until \(until)):
                \(link)

                If it was not you, there is nothing to do: your password has not changed.
                """)
    }

    public static let choosePasswordTitle = Str(sv: "Välj ditt lösenord", fi: "Valitse salasanasi", en: "Choose your password")
    public static func choosePasswordIntro(name: String, email: String) -> Str {
        Str(
            sv: "Hej \(name)! Välj ett lösenord. Sedan loggar du in med \(email) och lösenordet.",
            fi: "Hei \(name)! Valitse salasana. Sen jälkeen kirjaudut sisään osoitteella \(email) ja salasanalla.",
            en: "Hello \(name)! Choose a password. From then on you sign in with \(email) and the password.")
    }
    public static let choosePasswordButton = Str(sv: "Spara lösenordet och logga in", fi: "Tallenna salasana ja kirjaudu", en: "Save the password and sign in")
    public static let noticePasswordChosen = Str(
        sv: "Ditt lösenord är sparat och du är inloggad.", fi: "Salasanasi on tallennettu, ja olet kirjautunut sisään.",
        en: "Your password is saved and you are signed in.")
    public static let linkNotUsableTitle = Str(sv: "Länken fungerar inte längre", fi: "Linkki ei enää toimi", en: "The link no longer works")
    public static let linkUsed = Str(
        sv: "Länken har redan använts för att välja ett lösenord. Logga in med det, eller be om en ny länk om du har glömt det.",
        fi: "Linkillä on jo valittu salasana. Kirjaudu sillä sisään tai pyydä uusi linkki, jos olet unohtanut sen.",
        en: "The link has already been used to choose a password. Sign in with it, or ask for a new link if you have forgotten it.")
    public static let linkExpired = Str(
        sv: "Länken har gått ut. Be om en ny länk nedan, eller be administratören skicka en ny inbjudan.",
        fi: "Linkki on vanhentunut. Pyydä uusi linkki alta tai pyydä pääkäyttäjää lähettämään uusi kutsu.",
        en: "The link has expired. Ask for a new link below, or ask the administrator to send a new invitation.")
    public static let linkSuperseded = Str(
        sv: "En nyare länk har skickats till samma adress. Använd den senaste, eller be om en ny nedan.",
        fi: "Samaan osoitteeseen on lähetetty uudempi linkki. Käytä uusinta tai pyydä uusi alta.",
        en: "A newer link has been sent to the same address. Use the latest one, or ask for a new one below.")
    public static let linkUnknown = Str(
        sv: "Länken är inte giltig. Kontrollera att du kopierade hela adressen från meddelandet, eller be om en ny länk nedan.",
        fi: "Linkki ei ole kelvollinen. Tarkista, että kopioit viestistä koko osoitteen, tai pyydä uusi linkki alta.",
        en: "The link is not valid. Check that you copied the whole address from the message, or ask for a new link below.")

    public static let forgotPasswordLink = Str(sv: "Glömt lösenordet?", fi: "Unohditko salasanan?", en: "Forgotten your password?")
    public static let forgotPasswordTitle = Str(sv: "Nytt lösenord", fi: "Uusi salasana", en: "New password")
    public static let forgotPasswordIntro = Str(
        sv: "Skriv e-postadressen du loggar in med, så skickar Roder en länk där du väljer ett nytt lösenord.",
        fi: "Kirjoita sähköpostiosoite, jolla kirjaudut, niin Roder lähettää linkin, jonka kautta valitset uuden salasanan.",
        en: "Type the e-mail address you sign in with, and Roder sends a link where you choose a new password.")
    public static let forgotPasswordButton = Str(sv: "Skicka länken", fi: "Lähetä linkki", en: "Send the link")
    public static func forgotPasswordSent(email: String) -> Str {
        Str(
            sv:
                "Om det finns ett konto för \(email) är en länk på väg dit. Den fungerar en gång, i ett dygn. Kom inget? Titta i skräpposten, eller kontakta administratören.",
            fi:
                "Jos osoitteelle \(email) on tili, linkki on matkalla sinne. Se toimii kerran, vuorokauden ajan. Eikö viestiä tullut? Katso roskapostista tai ota yhteyttä pääkäyttäjään.",
            en:
                "If there is an account for \(email), a link is on its way there. It works once, for a day. Nothing came? Look in the spam folder, or contact the administrator."
        )
    }
    public static func forgotPasswordThrottled(minutes: String) -> Str {
        Str(
            sv: "Många länkar har begärts härifrån. Försök igen om \(minutes) minuter.",
            fi: "Täältä on pyydetty monta linkkiä. Yritä uudelleen \(minutes) minuutin kuluttua.",
            en: "Many links have been asked for from here. Try again in \(minutes) minutes.")
    }
    public static let backToSignIn = Str(sv: "Till inloggningen", fi: "Kirjautumiseen", en: "To sign-in")

    public static func newUserInvitationHint(days: String) -> Str {
        Str(
            sv: "Roder skickar en inbjudan till e-postadressen med en länk där personen väljer sitt eget lösenord. Länken fungerar i \(days) dagar.",
            fi: "Roder lähettää sähköpostiosoitteeseen kutsun ja linkin, jonka kautta henkilö valitsee oman salasanansa. Linkki toimii \(days) päivää.",
            en: "Roder sends an invitation to the e-mail address with a link where the person chooses their own password. The link works for \(days) days.")
    }
    public static let createUserAndInvite = Str(sv: "Skapa och skicka inbjudan", fi: "Luo ja lähetä kutsu", en: "Create and send the invitation")
    public static let noticeUserInvited = Str(
        sv: "Användaren har skapats och en inbjudan är på väg med e-post.", fi: "Käyttäjä on luotu, ja kutsu on matkalla sähköpostitse.",
        en: "The user has been created and an invitation is on its way by mail.")
    public static let noticeLinkSent = Str(
        sv: "En länk för att välja lösenord är på väg med e-post.", fi: "Linkki salasanan valitsemiseen on matkalla sähköpostitse.",
        en: "A link to choose a password is on its way by mail.")
    public static func userInvitedUntil(date: String) -> Str {
        Str(sv: "Inbjuden (länken gäller t.o.m. \(date))", fi: "Kutsuttu (linkki voimassa \(date) asti)", en: "Invited (link valid until \(date))")
    }
    public static let userInvitationExpired = Str(
        sv: "Inbjudan har gått ut", fi: "Kutsu on vanhentunut", en: "Invitation expired")
    public static let userHasNoPassword = Str(sv: "Har inget lösenord", fi: "Ei salasanaa", en: "Has no password")
    public static let passwordSection = Str(sv: "Lösenord", fi: "Salasana", en: "Password")
    public static let passwordSectionHint = Str(
        sv: "Administratören ser eller väljer aldrig någons lösenord. Skicka en länk, så väljer personen ett nytt själv.",
        fi: "Pääkäyttäjä ei koskaan näe eikä valitse kenenkään salasanaa. Lähetä linkki, niin henkilö valitsee uuden itse.",
        en: "An administrator never sees or chooses anyone's password. Send a link, and the person chooses a new one themselves.")
    public static let sendInvitationAgain = Str(sv: "Skicka en ny inbjudan", fi: "Lähetä uusi kutsu", en: "Send a new invitation")
    public static let sendPasswordLink = Str(
        sv: "Skicka en länk för nytt lösenord", fi: "Lähetä linkki uuden salasanan valintaan", en: "Send a link for a new password")

    public static func auditInvitationSent(subject: String) -> Str {
        Str(sv: "Skickade en inbjudan till \(subject)", fi: "Lähetti kutsun käyttäjälle \(subject)", en: "Sent an invitation to \(subject)")
    }
    public static func auditPasswordLinkSent(subject: String) -> Str {
        Str(
            sv: "Skickade en länk för nytt lösenord till \(subject)", fi: "Lähetti käyttäjälle \(subject) linkin uuden salasanan valintaan",
            en: "Sent \(subject) a link for a new password")
    }
    public static func auditPasswordChosen(subject: String) -> Str {
        Str(
            sv: "Valde sitt lösenord med en länk (\(subject))", fi: "Valitsi salasanansa linkillä (\(subject))",
            en: "Chose their password with a link (\(subject))")
    }

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let accountLinksStrings: [Str] = [
        invitationMailSubject(organisation: "{organisation}"),
        invitationMailBody(name: "{name}", organisation: "{organisation}", inviter: "{inviter}", link: "{link}", until: "{until}"), resetMailSubject,
        resetMailBody(name: "{name}", link: "{link}", until: "{until}"), choosePasswordTitle, choosePasswordIntro(name: "{name}", email: "{email}"),
        choosePasswordButton, noticePasswordChosen, linkNotUsableTitle, linkUsed, linkExpired, linkSuperseded, linkUnknown, forgotPasswordLink,
        forgotPasswordTitle, forgotPasswordIntro, forgotPasswordButton, forgotPasswordSent(email: "{email}"), forgotPasswordThrottled(minutes: "{minutes}"),
        backToSignIn, newUserInvitationHint(days: "{days}"), createUserAndInvite, noticeUserInvited, noticeLinkSent, userInvitedUntil(date: "{date}"),
        userInvitationExpired, userHasNoPassword, passwordSection, passwordSectionHint, sendInvitationAgain, sendPasswordLink,
        auditInvitationSent(subject: "{subject}"), auditPasswordLinkSent(subject: "{subject}"), auditPasswordChosen(subject: "{subject}"),
    ]
}
