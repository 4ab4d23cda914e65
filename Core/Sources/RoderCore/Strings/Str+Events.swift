/// Forums and seminars: events, invitations, registration, check-in, attendance, reminders, materials, calendar feeds, shared events.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let eventKindForum = Str(sv: "Ledarforum", fi: "Johtamisfoorumi", en: "Leadership forum")
    public static let eventKindSeminar = Str(sv: "Seminarium", fi: "Seminaari", en: "Seminar")
    public static let eventKindManagementGroup = Str(sv: "Ledningsgruppsmöte", fi: "Johtoryhmän kokous", en: "Management-group meeting")
    public static let eventKindCoachingGroup = Str(sv: "Coachningsgrupp", fi: "Valmennusryhmä", en: "Coaching group")
    public static let eventKindOther = Str(sv: "Annat", fi: "Muu", en: "Other")
    public static let eventColumn = Str(sv: "Evenemang", fi: "Tapahtuma", en: "Event")
    public static let eventWhen = Str(sv: "Tid", fi: "Aika", en: "When")
    public static let eventAttendance = Str(sv: "Närvarande / inbjudna", fi: "Läsnä / kutsutut", en: "Attended / invited")
    public static let eventMine = Str(sv: "Jag", fi: "Minä", en: "Me")
    public static let eventFeedbackGiven = Str(
        sv: "Du har gett respons. Tack!", fi: "Olet antanut palautetta. Kiitos!", en: "You have given feedback. Thank you!")
    public static let eventCheckedIn = Str(sv: "Närvarande", fi: "Läsnä", en: "Present")
    public static let eventInvited = Str(sv: "Inbjuden", fi: "Kutsuttu", en: "Invited")
    public static let eventsIntro = Str(
        sv: "Ledarforum, seminarier och möten i programmet. Närvaron visar att deltagandet är värt arbetstiden; responsen efteråt är anonym.",
        fi:
            "Ohjelman johtamisfoorumit, seminaarit ja kokoukset. Osallistuminen kertoo, että se on työajan arvoista; jälkikäteen annettava palaute on nimetöntä.",
        en:
            "The programme's leadership forums, seminars and meetings. Attendance shows that taking part is worth the working time; the feedback afterwards is anonymous."
    )
    public static let eventNew = Str(sv: "Nytt evenemang", fi: "Uusi tapahtuma", en: "New event")
    public static let eventsNoneUpcoming = Str(sv: "Inga kommande evenemang.", fi: "Ei tulevia tapahtumia.", en: "No upcoming events.")
    public static let eventsUpcoming = Str(sv: "Kommande", fi: "Tulevat", en: "Upcoming")
    public static let eventsPast = Str(sv: "Tidigare", fi: "Menneet", en: "Past")
    public static let eventKind = Str(sv: "Typ", fi: "Tyyppi", en: "Kind")
    public static let eventTitle = Str(sv: "Rubrik", fi: "Otsikko", en: "Title")
    public static let eventDate = Str(sv: "Datum", fi: "Päivämäärä", en: "Date")
    public static let eventStarts = Str(sv: "Börjar", fi: "Alkaa", en: "Starts")
    public static let eventEnds = Str(sv: "Slutar", fi: "Päättyy", en: "Ends")
    public static let eventPlace = Str(sv: "Plats", fi: "Paikka", en: "Place")
    public static let eventArea = Str(sv: "Utvecklingsområde", fi: "Kehittämisalue", en: "Development area")
    public static let eventCreate = Str(sv: "Skapa evenemanget", fi: "Luo tapahtuma", en: "Create the event")
    public static let eventCheckInTitle = Str(sv: "Anmäl närvaro", fi: "Ilmoita läsnäolosta", en: "Check in")
    public static let eventCheckInCode = Str(sv: "Koden som visas i salen", fi: "Salissa näytettävä koodi", en: "The code shown in the room")
    public static let eventCheckInButton = Str(sv: "Jag är här", fi: "Olen paikalla", en: "I am here")
    public static let eventCheckInClosed = Str(
        sv: "Närvaron kan anmälas med koden från en halvtimme före till en halvtimme efter evenemanget.",
        fi: "Läsnäolon voi ilmoittaa koodilla puoli tuntia ennen tapahtumaa ja puoli tuntia sen jälkeen.",
        en: "You can check in with the code from half an hour before until half an hour after the event.")
    public static let eventHostTitle = Str(sv: "För värden", fi: "Isännälle", en: "For the host")
    public static let eventShowCode = Str(
        sv: "Visa koden i salen; deltagarna skriver in den på sin telefon.", fi: "Näytä koodi salissa; osallistujat kirjoittavat sen puhelimeensa.",
        en: "Show the code in the room; participants type it on their phone.")
    public static let eventMarkPresent = Str(sv: "Markera närvarande", fi: "Merkitse läsnäolevaksi", en: "Mark present")
    public static func eventTitleRequired(language: String) -> Str {
        Str(
            sv: "Skriv evenemangets rubrik på \(language).", fi: "Kirjoita tapahtuman otsikko kielellä \(language).",
            en: "Enter the event's title in \(language).")
    }
    public static let eventTimesInvalid = Str(
        sv: "Ange datum, starttid och sluttid; evenemanget måste sluta efter att det börjat.",
        fi: "Anna päivämäärä, alkamis- ja päättymisaika; tapahtuman on päätyttävä alkamisen jälkeen.",
        en: "Enter the date, start and end; the event must end after it starts.")
    public static let eventCheckInWrongCode = Str(
        sv: "Koden stämmer inte. Kontrollera koden som visas i salen.", fi: "Koodi ei täsmää. Tarkista salissa näytettävä koodi.",
        en: "The code does not match. Check the code shown in the room.")
    public static let eventNotLinked = Str(
        sv: "Ditt konto är inte kopplat till en person i organisationen. Be administratören koppla det.",
        fi: "Tiliäsi ei ole liitetty organisaation henkilöön. Pyydä pääkäyttäjää liittämään se.",
        en: "Your account is not linked to a person of the organisation. Ask the administrator to link it.")
    public static let noticeEventCreated = Str(
        sv: "Evenemanget har skapats och inbjudningarna gjorts.", fi: "Tapahtuma on luotu ja kutsut tehty.",
        en: "The event has been created and the invitations made.")
    public static let noticeCheckedIn = Str(sv: "Du är anmäld som närvarande.", fi: "Sinut on merkitty läsnäolevaksi.", en: "You are checked in.")
    public static let noticeFeedbackThanks = Str(
        sv: "Tack för ditt svar! Det sparades utan ditt namn.", fi: "Kiitos vastauksestasi! Se tallennettiin ilman nimeäsi.",
        en: "Thank you for your answer! It was stored without your name.")
    public static let programmeAnonymityK = Str(
        sv: "Minsta antal svar innan respons visas", fi: "Vähimmäismäärä vastauksia ennen kuin palaute näytetään", en: "Fewest answers before feedback shows")
    public static let programmeAnonymityHint = Str(
        sv: "Minst 3. Grupper med färre svar visar bara antalet svar.",
        fi: "Vähintään 3. Ryhmistä, joissa on vähemmän vastauksia, näytetään vain vastausten määrä.",
        en: "At least 3. Groups with fewer answers show only the number of answers.")
    public static let programmeAnonymityInvalid = Str(
        sv: "Minsta antal svar måste vara ett heltal, minst 3.", fi: "Vastausten vähimmäismäärän on oltava kokonaisluku, vähintään 3.",
        en: "The fewest answers must be a whole number, at least 3.")
    public static func auditEventCreated(subject: String, after: String) -> Str {
        Str(
            sv: "Skapade evenemanget \(subject) (\(after) inbjudna)", fi: "Loi tapahtuman \(subject) (\(after) kutsuttua)",
            en: "Created the event \(subject) (\(after) invited)")
    }
    public static let eventAddToCalendar = Str(sv: "Lägg till i kalendern (.ics)", fi: "Lisää kalenteriin (.ics)", en: "Add to calendar (.ics)")
    public static let attendanceTitle = Str(sv: "Närvaro", fi: "Osallistuminen", en: "Attendance")
    public static let attendanceIntro = Str(
        sv: "Närvaron på evenemang som redan hållits. Den som kommer allt mer sällan markeras, så att du kan fråga varför i god tid.",
        fi: "Osallistuminen jo pidettyihin tapahtumiin. Yhä harvemmin osallistuvat merkitään, jotta voit kysyä syytä ajoissa.",
        en: "Attendance at events already held. Those coming less and less often are marked, so you can ask why in good time.")
    public static let attendanceGroupFalling = Str(
        sv: "Närvaron har sjunkit vid de tre senaste evenemangen jämfört med tidigare.",
        fi: "Osallistuminen on laskenut kolmessa viimeisimmässä tapahtumassa aiempaan verrattuna.",
        en: "Attendance has fallen at the last three events compared with earlier ones.")
    public static let attendanceOverall = Str(sv: "närvaro totalt", fi: "osallistuminen yhteensä", en: "attendance overall")
    public static let attendanceEventsHeld = Str(sv: "hållna evenemang", fi: "pidettyä tapahtumaa", en: "events held")
    public static let attendanceByHalfYear = Str(sv: "Närvaro per halvår (%)", fi: "Osallistuminen puolivuosittain (%)", en: "Attendance by half-year (%)")
    public static let attendanceChartDescription = Str(
        sv: "Andelen inbjudna som kom, per halvår, i procent.", fi: "Kutsutuista saapuneiden osuus puolivuosittain prosentteina.",
        en: "The share of those invited who came, by half-year, in per cent.")
    public static let attendanceByArea = Str(
        sv: "Närvaro per utvecklingsområde", fi: "Osallistuminen kehittämisalueittain", en: "Attendance by development area")
    public static let attendanceByPerson = Str(
        sv: "Närvaro per person (lägst först)", fi: "Osallistuminen henkilöittäin (alhaisin ensin)", en: "Attendance by person (lowest first)")
    public static let attendanceByEvent = Str(sv: "Närvaro per evenemang", fi: "Osallistuminen tapahtumittain", en: "Attendance by event")
    public static let attendanceRate = Str(sv: "Andel", fi: "Osuus", en: "Rate")
    public static let attendanceFalling = Str(sv: "kommer allt mer sällan", fi: "osallistuu yhä harvemmin", en: "coming less often")
    public static let attendanceLink = Str(sv: "Närvaro och trender", fi: "Osallistuminen ja trendit", en: "Attendance and trends")
    public static let eventRegistered = Str(sv: "Anmälda", fi: "Ilmoittautuneet", en: "Signed up")
    public static func eventPlacesTaken(taken: String, places: String) -> Str {
        Str(sv: "\(taken) av \(places) platser", fi: "\(taken)/\(places) paikkaa", en: "\(taken) of \(places) places")
    }
    public static let eventCapacity = Str(
        sv: "Antal platser (tomt = obegränsat)", fi: "Paikkojen määrä (tyhjä = rajoittamaton)", en: "Places (empty = no limit)")
    public static let registrationTitle = Str(sv: "Anmälan", fi: "Ilmoittautuminen", en: "Sign-up")
    public static let registrationRegistered = Str(sv: "Du är anmäld.", fi: "Olet ilmoittautunut.", en: "You are signed up.")
    public static func registrationWaitlisted(position: String) -> Str {
        Str(
            sv: "Evenemanget är fullt. Du står som nummer \(position) på kölistan och får en plats om någon avbokar.",
            fi: "Tapahtuma on täynnä. Olet jonossa sijalla \(position) ja saat paikan, jos joku peruu.",
            en: "The event is full. You are number \(position) on the waiting list and get a place if someone cancels.")
    }
    public static let registrationCancelled = Str(sv: "Du har avbokat.", fi: "Olet perunut ilmoittautumisesi.", en: "You have cancelled.")
    public static let registrationInvited = Str(
        sv: "Du är inbjuden. Anmäl dig så att värden vet att du kommer.", fi: "Sinut on kutsuttu. Ilmoittaudu, jotta isäntä tietää sinun tulevan.",
        en: "You are invited. Sign up so the host knows you are coming.")
    public static let registrationSignUp = Str(sv: "Anmäl mig", fi: "Ilmoittaudu", en: "Sign me up")
    public static let registrationCancel = Str(sv: "Avboka", fi: "Peru ilmoittautuminen", en: "Cancel")
    public static let auditMilestoneDone = Str(sv: "klart", fi: "valmis", en: "done")
    public static let auditAdded = Str(sv: "tillagt", fi: "lisätty", en: "added")
    public static func reminderSubject(event: String) -> Str {
        Str(sv: "Påminnelse: din respons på \(event)", fi: "Muistutus: palautteesi tapahtumasta \(event)", en: "Reminder: your feedback on \(event)")
    }
    public static func reminderBody(name: String, event: String, date: String, link: String) -> Str {
        Str(
            sv:
                "Hej \(name),\n\ndu deltog i \(event) den \(date). Vi har inte fått din respons ännu. Det tar en minut och ditt svar sparas utan ditt namn:\n\n\(link)\n\nOm du redan har svarat kan du bortse från det här meddelandet.\n\nRoder",
            fi:
                "Hei \(name),\n\nosallistuit tapahtumaan \(event) \(date). Emme ole vielä saaneet palautettasi. Vastaaminen vie minuutin, ja vastauksesi tallennetaan ilman nimeäsi:\n\n\(link)\n\nJos olet jo vastannut, voit jättää tämän viestin huomiotta.\n\nRoder",
            en:
                "Hello \(name),\n\nyou took part in \(event) on \(date). We have not had your feedback yet. It takes a minute and your answer is stored without your name:\n\n\(link)\n\nIf you have answered already, please ignore this message.\n\nRoder"
        )
    }
    public static let reminderTitle = Str(sv: "Påminnelser om respons", fi: "Palautemuistutukset", en: "Feedback reminders")
    public static func reminderStatus(missing: String, attended: String, sent: String, limit: String) -> Str {
        Str(
            sv:
                "\(missing) av \(attended) deltagare har inte svarat ännu. Påminnelser skickade: \(sent) av högst \(limit). Roder påminner automatiskt en och tre dagar efter evenemanget; du ser aldrig vem som inte har svarat.",
            fi:
                "\(missing)/\(attended) osallistujaa ei ole vielä vastannut. Muistutuksia lähetetty: \(sent)/\(limit). Roder muistuttaa automaattisesti yhden ja kolmen päivän kuluttua tapahtumasta; et näe koskaan, kuka ei ole vastannut.",
            en:
                "\(missing) of \(attended) participants have not answered yet. Reminders sent: \(sent) of at most \(limit). Roder reminds automatically one and three days after the event; you never see who has not answered."
        )
    }
    public static let reminderSendNow = Str(sv: "Skicka påminnelse nu", fi: "Lähetä muistutus nyt", en: "Send a reminder now")
    public static let reminderQueued = Str(
        sv: "En påminnelse går nu till dem som deltog men inte har svarat.", fi: "Muistutus lähtee nyt niille, jotka osallistuivat mutta eivät ole vastanneet.",
        en: "A reminder is on its way to those who took part but have not answered.")
    public static let reminderNobody = Str(
        sv: "Alla som deltog har redan svarat. Ingen påminnelse behövs.", fi: "Kaikki osallistujat ovat jo vastanneet. Muistutusta ei tarvita.",
        en: "Everyone who took part has answered. No reminder is needed.")
    public static let reminderNotEnded = Str(
        sv: "Påminnelser kan skickas när evenemanget är slut.", fi: "Muistutuksia voi lähettää, kun tapahtuma on päättynyt.",
        en: "Reminders can be sent once the event is over.")
    public static let reminderLimitReached = Str(
        sv: "Alla påminnelser är skickade. Fler skulle kännas som tjat.", fi: "Kaikki muistutukset on lähetetty. Useampi tuntuisi jo painostukselta.",
        en: "All reminders have been sent. More would feel like nagging.")
    public static func reminderTooSoon(time: String) -> Str {
        Str(
            sv: "En påminnelse skickades nyligen. Nästa kan skickas \(time).", fi: "Muistutus lähetettiin äskettäin. Seuraavan voi lähettää \(time).",
            en: "A reminder was sent recently. The next can be sent \(time).")
    }
    public static let reminderClosed = Str(
        sv: "Evenemanget var för länge sedan för att påminna om respons.", fi: "Tapahtumasta on liian kauan muistuttaa palautteesta.",
        en: "The event was too long ago to remind about feedback.")
    public static func auditReminderQueued(after: String, subject: String) -> Str {
        Str(
            sv: "Påminnelse om respons till \(after) deltagare: \(subject)", fi: "Palautemuistutus \(after) osallistujalle: \(subject)",
            en: "Feedback reminder to \(after) participants: \(subject)")
    }
    public static let inviteTitle = Str(sv: "Vilka bjuds in?", fi: "Ketkä kutsutaan?", en: "Who is invited?")
    public static let inviteHint = Str(
        sv: "Välj hela grupper, enheter eller enskilda personer. Var och en bjuds in en gång.",
        fi: "Valitse kokonaisia ryhmiä, yksiköitä tai yksittäisiä henkilöitä. Kukin kutsutaan kerran.",
        en: "Choose whole groups, units or single people. Each person is invited once.")
    public static func inviteLevelTop(count: String) -> Str {
        Str(sv: "Hela högsta ledningen (\(count) personer)", fi: "Koko ylin johto (\(count) henkilöä)", en: "All top management (\(count) people)")
    }
    public static func inviteLevelMiddle(count: String) -> Str {
        Str(sv: "Hela mellanledningen (\(count) personer)", fi: "Koko keskijohto (\(count) henkilöä)", en: "All middle management (\(count) people)")
    }
    public static func inviteLevelSupervisor(count: String) -> Str {
        Str(sv: "Alla arbetsledare (\(count) personer)", fi: "Kaikki lähiesihenkilöt (\(count) henkilöä)", en: "All supervisors (\(count) people)")
    }
    public static func inviteLevelStaff(count: String) -> Str {
        Str(
            sv: "Övriga personer i registret (\(count) personer)", fi: "Muut rekisterin henkilöt (\(count) henkilöä)",
            en: "Everyone else in the register (\(count) people)")
    }
    public static let inviteUnits = Str(
        sv: "Alla i en enhet och i enheterna under den", fi: "Kaikki yksikössä ja sen alayksiköissä", en: "Everyone in a unit and the units below it")
    public static func inviteUnitCount(unit: String, count: String) -> Str {
        Str(sv: "\(unit) (\(count) personer)", fi: "\(unit) (\(count) henkilöä)", en: "\(unit) (\(count) people)")
    }
    public static let invitePeople = Str(sv: "Enskilda personer", fi: "Yksittäiset henkilöt", en: "Single people")
    public static let inviteMore = Str(sv: "Bjud in fler", fi: "Kutsu lisää", en: "Invite more people")
    public static let inviteAdd = Str(sv: "Bjud in", fi: "Kutsu", en: "Invite")
    public static let inviteNobody = Str(
        sv: "Välj minst en grupp, enhet eller person att bjuda in.", fi: "Valitse vähintään yksi kutsuttava ryhmä, yksikkö tai henkilö.",
        en: "Choose at least one group, unit or person to invite.")
    public static let noticeInvited = Str(
        sv: "Inbjudningarna är gjorda. De som redan var inbjudna bjöds inte in på nytt.", fi: "Kutsut on tehty. Jo kutsuttuja ei kutsuttu uudelleen.",
        en: "The invitations have been made. Those already invited were not invited again.")
    public static func auditPeopleInvited(after: String, subject: String) -> Str {
        Str(sv: "Bjöd in \(after) personer till \(subject)", fi: "Kutsui \(after) henkilöä tapahtumaan \(subject)", en: "Invited \(after) people to \(subject)")
    }
    public static let calendarFeedTitle = Str(
        sv: "Dina evenemang i din egen kalender", fi: "Tapahtumasi omaan kalenteriisi", en: "Your events in your own calendar")
    public static let calendarFeedIntro = Str(
        sv:
            "Prenumerera på evenemangen du är inbjuden till i Outlook, Google Kalender eller telefonens kalender; ändringar syns där av sig själva. Adressen är personlig: den som har den ser titel, tid och plats för dina evenemang.",
        fi:
            "Tilaa tapahtumat, joihin sinut on kutsuttu, Outlookiin, Google-kalenteriin tai puhelimen kalenteriin; muutokset näkyvät siellä itsestään. Osoite on henkilökohtainen: sen haltija näkee tapahtumiesi otsikon, ajan ja paikan.",
        en:
            "Subscribe to the events you are invited to in Outlook, Google Calendar or your phone's calendar; changes show up there by themselves. The address is personal: whoever has it sees the title, time and place of your events."
    )
    public static let calendarFeedCreate = Str(sv: "Skapa kalenderadress", fi: "Luo kalenteriosoite", en: "Create a calendar address")
    public static let calendarFeedRenew = Str(
        sv: "Skapa en ny adress (den gamla slutar fungera)", fi: "Luo uusi osoite (vanha lakkaa toimimasta)",
        en: "Create a new address (the old one stops working)")
    public static let calendarFeedRemove = Str(sv: "Stäng av kalenderadressen", fi: "Poista kalenteriosoite käytöstä", en: "Turn the calendar address off")
    public static let calendarFeedActive = Str(
        sv: "Du har en kalenderadress. Av säkerhetsskäl visas den bara när den skapas; skapa en ny om du har tappat bort den.",
        fi: "Sinulla on kalenteriosoite. Turvallisuussyistä se näytetään vain luotaessa; luo uusi, jos olet kadottanut sen.",
        en: "You have a calendar address. For security it is shown only when it is created; create a new one if you have lost it.")
    public static let calendarFeedNew = Str(
        sv: "Din nya kalenderadress. Kopiera den nu och lägg till den som prenumeration i din kalender – den visas bara den här gången.",
        fi: "Uusi kalenteriosoitteesi. Kopioi se nyt ja lisää se tilauksena kalenteriisi – se näytetään vain tämän kerran.",
        en: "Your new calendar address. Copy it now and add it as a subscription in your calendar – it is shown only this once.")
    public static let calendarFeedAddress = Str(sv: "Kalenderadress", fi: "Kalenteriosoite", en: "Calendar address")
    public static let calendarFeedName = Str(sv: "Roder – mina evenemang", fi: "Roder – omat tapahtumat", en: "Roder – my events")
    public static let noticeCalendarFeedRemoved = Str(
        sv: "Kalenderadressen är avstängd.", fi: "Kalenteriosoite on poistettu käytöstä.", en: "The calendar address has been turned off.")
    public static let sharedEventsTitle = Str(sv: "Gemensamma evenemang", fi: "Yhteiset tapahtumat", en: "Shared events")
    public static let sharedEventsIntro = Str(
        sv:
            "Evenemang som programoperatören ordnar för flera organisationer. Varje organisation ser sina egna deltagare; du ser responsen sammanslagen, och en organisations egen grupp bara när den inte kan kännas igen.",
        fi:
            "Ohjelmaoperaattorin useille organisaatioille järjestämät tapahtumat. Kukin organisaatio näkee omat osallistujansa; sinä näet palautteen yhdistettynä ja organisaation oman ryhmän vain, kun sitä ei voi tunnistaa.",
        en:
            "Events the programme operator runs for several organisations. Each organisation sees its own participants; you see the feedback pooled, and an organisation's own group only when it cannot be recognised."
    )
    public static let sharedEventsNone = Str(sv: "Inga gemensamma evenemang ännu.", fi: "Ei vielä yhteisiä tapahtumia.", en: "No shared events yet.")
    public static let sharedEventNew = Str(sv: "Nytt gemensamt evenemang", fi: "Uusi yhteinen tapahtuma", en: "New shared event")
    public static let sharedEventCreate = Str(sv: "Skapa och bjud in", fi: "Luo ja kutsu", en: "Create and invite")
    public static let sharedEventOrganisations = Str(sv: "Deltagande organisationer", fi: "Osallistuvat organisaatiot", en: "Participating organisations")
    public static let sharedEventOrganisationsRequired = Str(
        sv: "Välj minst två organisationer: ett gemensamt evenemang samlar flera.",
        fi: "Valitse vähintään kaksi organisaatiota: yhteinen tapahtuma kokoaa useita.",
        en: "Choose at least two organisations: a shared event brings several together.")
    public static let sharedEventInviteLevels = Str(
        sv: "Bjud in i varje organisation", fi: "Kutsu jokaisesta organisaatiosta", en: "Invite in each organisation")
    public static let sharedEventCreated = Str(
        sv: "Det gemensamma evenemanget har skapats i varje deltagande organisation.",
        fi: "Yhteinen tapahtuma on luotu jokaiseen osallistuvaan organisaatioon.", en: "The shared event has been created in every participating organisation.")
    public static let sharedEventBadge = Str(
        sv:
            "Gemensamt evenemang som programoperatören ordnar med flera organisationer. Responsen slås samman för operatören; ingen organisations lilla grupp visas för sig.",
        fi:
            "Yhteinen tapahtuma, jonka ohjelmaoperaattori järjestää usean organisaation kanssa. Palaute yhdistetään operaattorille; minkään organisaation pientä ryhmää ei näytetä erikseen.",
        en:
            "A shared event the programme operator runs with several organisations. Feedback is pooled for the operator; no organisation's small group shows on its own."
    )
    public static let sharedEventShort = Str(sv: "gemensamt", fi: "yhteinen", en: "shared")
    public static func auditSharedEventCreated(subject: String, after: String) -> Str {
        Str(
            sv: "Skapade det gemensamma evenemanget \(subject) i \(after) organisationer", fi: "Loi yhteisen tapahtuman \(subject) \(after) organisaatioon",
            en: "Created the shared event \(subject) in \(after) organisations")
    }
    public static let levelTop = Str(sv: "Högsta ledningen", fi: "Ylin johto", en: "Top management")
    public static let levelMiddle = Str(sv: "Mellanledningen", fi: "Keskijohto", en: "Middle management")
    public static let levelSupervisor = Str(sv: "Arbetsledarna", fi: "Lähiesihenkilöt", en: "Supervisors")
    public static let materialsTitle = Str(sv: "Material", fi: "Materiaali", en: "Material")
    public static let materialsNone = Str(sv: "Inget material ännu.", fi: "Ei vielä materiaalia.", en: "No material yet.")
    public static let materialAddLink = Str(sv: "Lägg till en länk", fi: "Lisää linkki", en: "Add a link")
    public static let materialAddFile = Str(sv: "Ladda upp en fil", fi: "Lataa tiedosto", en: "Upload a file")
    public static let materialTitle = Str(sv: "Rubrik", fi: "Otsikko", en: "Title")
    public static let materialURL = Str(sv: "Adress (https://…)", fi: "Osoite (https://…)", en: "Address (https://…)")
    public static let materialFile = Str(sv: "Fil", fi: "Tiedosto", en: "File")
    public static let materialFileHint = Str(
        sv: "PDF, Word, Excel, PowerPoint, bilder (PNG, JPEG) eller text, högst 10 MB.",
        fi: "PDF, Word, Excel, PowerPoint, kuvat (PNG, JPEG) tai teksti, enintään 10 Mt.",
        en: "PDF, Word, Excel, PowerPoint, pictures (PNG, JPEG) or text, at most 10 MB.")
    public static let materialAdd = Str(sv: "Lägg till", fi: "Lisää", en: "Add")
    public static let materialRemove = Str(sv: "Ta bort", fi: "Poista", en: "Remove")
    public static let materialTitleRequired = Str(sv: "Ge materialet en rubrik.", fi: "Anna materiaalille otsikko.", en: "Give the material a title.")
    public static let materialURLInvalid = Str(
        sv: "Skriv en webbadress som börjar med https:// eller http://.", fi: "Kirjoita verkko-osoite, joka alkaa https:// tai http://.",
        en: "Write a web address starting with https:// or http://.")
    public static let materialFileMissing = Str(sv: "Välj en fil att ladda upp.", fi: "Valitse ladattava tiedosto.", en: "Choose a file to upload.")
    public static let materialFileTooLarge = Str(sv: "Filen är större än 10 MB.", fi: "Tiedosto on suurempi kuin 10 Mt.", en: "The file is larger than 10 MB.")
    public static let materialFileType = Str(
        sv: "Den här filtypen tas inte emot. Ladda upp PDF, Word, Excel, PowerPoint, PNG, JPEG eller text.",
        fi: "Tätä tiedostotyyppiä ei hyväksytä. Lataa PDF, Word, Excel, PowerPoint, PNG, JPEG tai teksti.",
        en: "This kind of file is not accepted. Upload PDF, Word, Excel, PowerPoint, PNG, JPEG or text.")
    public static let noticeMaterialAdded = Str(sv: "Materialet har lagts till.", fi: "Materiaali on lisätty.", en: "The material has been added.")
    public static let noticeMaterialRemoved = Str(sv: "Materialet har tagits bort.", fi: "Materiaali on poistettu.", en: "The material has been removed.")
    public static func auditMaterialChanged(subject: String, after: String) -> Str {
        Str(sv: "Material för \(subject): \(after)", fi: "Materiaali tapahtumalle \(subject): \(after)", en: "Material for \(subject): \(after)")
    }
    public static let eventOnlineURL = Str(
        sv: "Länk för att delta på distans (frivillig)", fi: "Etäosallistumisen linkki (vapaaehtoinen)", en: "Link for joining online (optional)")
    public static let eventOnlineJoin = Str(sv: "Delta på distans", fi: "Osallistu etänä", en: "Join online")
    public static let eventHosts = Str(sv: "Värdar och experter", fi: "Isännät ja asiantuntijat", en: "Hosts and experts")
    public static let eventHostsHint = Str(
        sv: "Till exempel: Helena Lindqvist (värd), Anna Forsman, Åbo Akademi (expert).",
        fi: "Esimerkiksi: Helena Lindqvist (isäntä), Anna Forsman, Åbo Akademi (asiantuntija).",
        en: "For example: Helena Lindqvist (host), Anna Forsman, Åbo Akademi (expert).")
    public static let eventGoals = Str(sv: "Resultatmål som tas upp", fi: "Käsiteltävät tulostavoitteet", en: "Result goals dealt with")
    public static let eventOnlineURLInvalid = Str(
        sv: "Distanslänken ska vara en webbadress som börjar med https:// eller http://.",
        fi: "Etälinkin on oltava verkko-osoite, joka alkaa https:// tai http://.",
        en: "The online link must be a web address starting with https:// or http://.")
    public static let eventCapacityInvalid = Str(
        sv: "Antalet platser är ett heltal från 1 till 100 000, eller tomt om antalet inte är begränsat.",
        fi: "Paikkojen määrä on kokonaisluku väliltä 1–100 000, tai tyhjä, jos määrää ei rajoiteta.",
        en: "The number of places is a whole number from 1 to 100,000, or empty for no limit.")
    public static let eventCoaches = Str(sv: "Coacher som leder evenemanget", fi: "Tapahtumaa vetävät valmentajat", en: "Coaches leading the event")
    public static let eventCoachesHint = Str(
        sv: "En extern coach ser respons och kommentarer endast från de evenemang hen leder.",
        fi: "Ulkopuolinen valmentaja näkee palautteen ja kommentit vain vetämistään tapahtumista.",
        en: "An external coach sees feedback and comments only of the events they lead.")
    public static let operatorAttendanceTitle = Str(
        sv: "Närvaro per organisation i de gemensamma evenemangen", fi: "Läsnäolo organisaatioittain yhteisissä tapahtumissa",
        en: "Attendance by organisation at the shared events")
    public static let operatorAttendanceHint = Str(
        sv:
            "Närvarande av inbjudna i evenemang som har hållits. En organisation markeras när närvaron vid de tre senaste evenemangen är klart lägre än tidigare.",
        fi:
            "Läsnä olleet kutsutuista pidetyissä tapahtumissa. Organisaatio merkitään, kun läsnäolo kolmessa viimeisimmässä tapahtumassa on selvästi aiempaa pienempi.",
        en: "Attended out of invited at the events held. An organisation is flagged when attendance at the last three events is clearly lower than before.")
    public static func eventQRLabel(code: String) -> Str {
        Str(
            sv: "QR-kod för att anmäla närvaro med koden \(code)", fi: "QR-koodi läsnäolon ilmoittamiseen koodilla \(code)",
            en: "QR code for checking in with the code \(code)")
    }
    public static let eventQRHint = Str(
        sv: "Deltagarna kan också skanna QR-koden med telefonens kamera: sidan öppnas med koden ifylld.",
        fi: "Osallistujat voivat myös skannata QR-koodin puhelimen kameralla: sivu avautuu koodi valmiiksi täytettynä.",
        en: "Participants can also scan the QR code with their phone's camera: the page opens with the code filled in.")
    public static func eventCheckInList(attended: String, invited: String) -> Str {
        Str(
            sv: "Närvarolista: \(attended) av \(invited) närvarande", fi: "Läsnäololista: \(attended)/\(invited) läsnä",
            en: "Attendance list: \(attended) of \(invited) present")
    }
    public static let eventEdit = Str(sv: "Ändra evenemanget", fi: "Muokkaa tapahtumaa", en: "Edit the event")
    public static let eventSaveChanges = Str(sv: "Spara ändringarna", fi: "Tallenna muutokset", en: "Save the changes")
    public static let eventEditHint = Str(
        sv: "De inbjudna, närvaron och responsen påverkas inte. Den som prenumererar på sin kalender får den nya tiden och platsen automatiskt.",
        fi: "Kutsutut, läsnäolo ja palaute eivät muutu. Kalenteria tilaavat saavat uuden ajan ja paikan automaattisesti.",
        en: "The invitations, attendance and feedback stay as they are. Anyone who subscribes to their calendar gets the new time and place automatically.")
    public static let eventSharedNotEditable = Str(
        sv: "Evenemanget delas med andra organisationer. Det ändras av programoperatören.",
        fi: "Tapahtuma on yhteinen muiden organisaatioiden kanssa. Sitä muuttaa ohjelman operaattori.",
        en: "The event is shared with other organisations. The programme operator changes it.")
    public static let noticeEventSaved = Str(
        sv: "Ändringarna av evenemanget har sparats.", fi: "Tapahtuman muutokset on tallennettu.", en: "The changes to the event have been saved.")
    public static func auditEventChanged(subject: String) -> Str {
        Str(sv: "Ändrade evenemanget \(subject)", fi: "Muutti tapahtumaa \(subject)", en: "Changed the event \(subject)")
    }
    public static let eventBack = Str(sv: "Tillbaka till evenemanget", fi: "Takaisin tapahtumaan", en: "Back to the event")
    public static let sharedEventEditHint = Str(
        sv: "Ändringen gäller evenemanget i alla deltagande organisationer. Deras inbjudningar, närvaro och respons påverkas inte.",
        fi: "Muutos koskee tapahtumaa kaikissa osallistuvissa organisaatioissa. Niiden kutsut, läsnäolo ja palaute eivät muutu.",
        en: "The change applies to the event in every participating organisation. Their invitations, attendance and feedback stay as they are.")
    public static func auditSharedEventChanged(subject: String) -> Str {
        Str(sv: "Ändrade det gemensamma evenemanget \(subject)", fi: "Muutti yhteistä tapahtumaa \(subject)", en: "Changed the shared event \(subject)")
    }
    public static let attendeeSearchLabel = Str(sv: "Sök bland de inbjudna", fi: "Hae kutsutuista", en: "Search the invitees")
    public static func attendeeShowing(shown: String, invited: String, query: String) -> Str {
        Str(
            sv: "Visar \(shown) av \(invited) som matchar ”\(query)”.", fi: "Näytetään \(shown)/\(invited), jotka vastaavat hakua ”\(query)”.",
            en: "Showing \(shown) of \(invited) matching “\(query)”.")
    }
    public static let attendeeShowAll = Str(sv: "Visa alla", fi: "Näytä kaikki", en: "Show everyone")
    public static func scopeProgrammeYears(from year: String) -> Str {
        Str(
            sv: "Evenemang från \(year) och framåt: programmets år.", fi: "Tapahtumat vuodesta \(year) alkaen: ohjelman vuodet.",
            en: "Events from \(year) on: the programme's years.")
    }
    public static let scopeAllYears = Str(sv: "Evenemang från alla år.", fi: "Tapahtumat kaikilta vuosilta.", en: "Events from every year.")
    public static func scopeGoalProgrammeYears(from year: String) -> Str {
        Str(
            sv: "Mätvärden och rapporter från \(year) och framåt: programmets år.",
            fi: "Mittaukset ja raportit vuodesta \(year) alkaen: ohjelman vuodet.",
            en: "Values and reports from \(year) on: the programme's years.")
    }
    public static let scopeGoalAllYears = Str(
        sv: "Mätvärden och rapporter från alla år.", fi: "Mittaukset ja raportit kaikilta vuosilta.", en: "Values and reports from every year.")
    public static let scopeShowAllYears = Str(sv: "Visa alla år", fi: "Näytä kaikki vuodet", en: "Show every year")
    public static let scopeShowProgrammeYears = Str(sv: "Visa programmets år", fi: "Näytä ohjelman vuodet", en: "Show the programme's years")
    public static func listShowing(shown: String, total: String) -> Str {
        Str(sv: "Visar \(shown) av \(total).", fi: "Näytetään \(shown)/\(total).", en: "Showing \(shown) of \(total).")
    }
    public static let listShowAll = Str(sv: "Visa alla", fi: "Näytä kaikki", en: "Show all")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let eventsStrings: [Str] = [
        eventKindForum, eventKindSeminar, eventKindManagementGroup, eventKindCoachingGroup, eventKindOther, eventColumn, eventWhen, eventAttendance, eventMine,
        eventFeedbackGiven, eventCheckedIn, eventInvited, eventsIntro, eventNew, eventsNoneUpcoming, eventsUpcoming, eventsPast, eventKind, eventTitle,
        eventDate, eventStarts, eventEnds, eventPlace, eventArea, eventCreate, eventCheckInTitle, eventCheckInCode, eventCheckInButton, eventCheckInClosed,
        eventHostTitle, eventShowCode, eventMarkPresent, eventTitleRequired(language: "{language}"), eventTimesInvalid, eventCheckInWrongCode, eventNotLinked,
        noticeEventCreated, noticeCheckedIn, noticeFeedbackThanks, programmeAnonymityK, programmeAnonymityHint, programmeAnonymityInvalid,
        auditEventCreated(subject: "{subject}", after: "{after}"), eventAddToCalendar, attendanceTitle, attendanceIntro, attendanceGroupFalling,
        attendanceOverall, attendanceEventsHeld, attendanceByHalfYear, attendanceChartDescription, attendanceByArea, attendanceByPerson, attendanceByEvent,
        attendanceRate, attendanceFalling, attendanceLink, scopeProgrammeYears(from: "{year}"), scopeAllYears, scopeGoalProgrammeYears(from: "{year}"),
        scopeGoalAllYears,
        scopeShowAllYears,
        scopeShowProgrammeYears, listShowing(shown: "{shown}", total: "{total}"), listShowAll, eventRegistered,
        eventPlacesTaken(taken: "{taken}", places: "{places}"), eventCapacity,
        registrationTitle, registrationRegistered, registrationWaitlisted(position: "{position}"), registrationCancelled, registrationInvited,
        registrationSignUp, registrationCancel, auditMilestoneDone, auditAdded, reminderSubject(event: "{event}"),
        reminderBody(name: "{name}", event: "{event}", date: "{date}", link: "{link}"), reminderTitle,
        reminderStatus(missing: "{missing}", attended: "{attended}", sent: "{sent}", limit: "{limit}"), reminderSendNow, reminderQueued, reminderNobody,
        reminderNotEnded, reminderLimitReached, reminderTooSoon(time: "{time}"), reminderClosed, auditReminderQueued(after: "{after}", subject: "{subject}"),
        inviteTitle, inviteHint, inviteLevelTop(count: "{count}"), inviteLevelMiddle(count: "{count}"), inviteLevelSupervisor(count: "{count}"),
        inviteLevelStaff(count: "{count}"), inviteUnits, inviteUnitCount(unit: "{unit}", count: "{count}"), invitePeople, inviteMore, inviteAdd, inviteNobody,
        noticeInvited, auditPeopleInvited(after: "{after}", subject: "{subject}"), calendarFeedTitle, calendarFeedIntro, calendarFeedCreate, calendarFeedRenew,
        calendarFeedRemove, calendarFeedActive, calendarFeedNew, calendarFeedAddress, calendarFeedName, noticeCalendarFeedRemoved, sharedEventsTitle,
        sharedEventsIntro, sharedEventsNone, sharedEventNew, sharedEventCreate, sharedEventOrganisations, sharedEventOrganisationsRequired,
        sharedEventInviteLevels, sharedEventCreated, sharedEventBadge, sharedEventShort, auditSharedEventCreated(subject: "{subject}", after: "{after}"),
        levelTop, levelMiddle, levelSupervisor, materialsTitle, materialsNone, materialAddLink, materialAddFile, materialTitle, materialURL, materialFile,
        materialFileHint, materialAdd, materialRemove, materialTitleRequired, materialURLInvalid, materialFileMissing, materialFileTooLarge, materialFileType,
        noticeMaterialAdded, noticeMaterialRemoved, auditMaterialChanged(subject: "{subject}", after: "{after}"), eventOnlineURL, eventOnlineJoin, eventHosts,
        eventHostsHint, eventGoals, eventOnlineURLInvalid, eventCapacityInvalid, eventCoaches, eventCoachesHint, operatorAttendanceTitle,
        operatorAttendanceHint, eventQRLabel(code: "{code}"), eventQRHint, eventCheckInList(attended: "{attended}", invited: "{invited}"), eventEdit,
        eventSaveChanges, eventEditHint, eventSharedNotEditable, noticeEventSaved, auditEventChanged(subject: "{subject}"), eventBack, sharedEventEditHint,
        auditSharedEventChanged(subject: "{subject}"), attendeeSearchLabel, attendeeShowing(shown: "{shown}", invited: "{invited}", query: "{query}"),
        attendeeShowAll,
    ]
}
