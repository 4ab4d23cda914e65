/// Importing the organisation from an HR export.
/// Part of the interface string catalogue: see `Str`.
extension Str {
    public static let importIntro = Str(
        sv:
            "Läs in enheter, chefer och personal från personalsystemets export, som CSV- eller Excel-fil. Du ser vad som ändras innan något sparas, och en fil med fel läses inte in alls.",
        fi:
            "Tuo yksiköt, esimiehet ja henkilöstö henkilöstöjärjestelmän CSV- tai Excel-tiedostosta. Näet muutokset ennen tallennusta, eikä virheellistä tiedostoa tuoda lainkaan.",
        en:
            "Read units, managers and staff from the HR system's export, as a CSV or Excel file. You see what changes before anything is saved, and a file with errors is not imported at all."
    )
    public static let importFile = Str(sv: "CSV- eller Excel-fil", fi: "CSV- tai Excel-tiedosto", en: "CSV or Excel file")
    public static let importFileHint = Str(
        sv: "CSV (semikolon eller komma, UTF-8 eller Windows-1252) eller Excel (.xlsx), rubriker på första raden. Högst 20 MB.",
        fi: "CSV (puolipiste tai pilkku, UTF-8 tai Windows-1252) tai Excel (.xlsx), otsikot ensimmäisellä rivillä. Enintään 20 Mt.",
        en: "CSV (semicolon or comma, UTF-8 or Windows-1252) or Excel (.xlsx), headers on the first line. At most 20 MB.")
    public static let importUpload = Str(sv: "Läs filen", fi: "Lue tiedosto", en: "Read the file")
    public static let importFormatTitle = Str(sv: "Vad filen ska innehålla", fi: "Mitä tiedostossa pitää olla", en: "What the file should contain")
    public static let importFormat = Str(
        sv:
            "En rad per person i en enhet, eller en rad per enhet. Varje rad har enhetens kod och namn på svenska eller finska; överordnad enhet, personens anställningsnummer, namn (i en kolumn eller förnamn och efternamn för sig), titel och e-post kan finnas med. Vem som är chef kan anges som enhetens chefs anställningsnummer, som varje persons närmaste chef eller med ja/nej. Roder känner igen de vanliga rubrikerna på svenska, finska och engelska; du kan ändra vad en kolumn betyder.",
        fi:
            "Yksi rivi kutakin yksikön henkilöä tai kutakin yksikköä kohden. Jokaisella rivillä on yksikön koodi ja nimi ruotsiksi tai suomeksi; mukana voi olla yläyksikkö, henkilönumero, nimi (yhdessä sarakkeessa tai etu- ja sukunimi erikseen), nimike ja sähköposti. Esimies voidaan ilmoittaa yksikön esimiehen henkilönumerona, kunkin henkilön lähiesimiehenä tai kyllä/ei-tietona. Roder tunnistaa tavalliset otsikot suomeksi, ruotsiksi ja englanniksi; voit muuttaa sarakkeen merkityksen.",
        en:
            "One row per person in a unit, or one row per unit. Every row has the unit's code and its name in Swedish or Finnish; the parent unit, the person's employee number, name (in one column, or first name and surname apart), title and e-mail may be included. Who manages may be given as the employee number of the unit's manager, as each person's supervisor, or as yes/no. Roder recognises the usual headers in Swedish, Finnish and English; you can change what a column means."
    )
    public static let importDemoFile = Str(
        sv: "Ladda ner en exempelfil för demostaden", fi: "Lataa esittelykaupungin esimerkkitiedosto", en: "Download an example file for the demo town")
    public static func importFileSummary(file: String, rows: String, encoding: String, delimiter: String) -> Str {
        Str(
            sv: "\(file): \(rows) rader, teckenkodning \(encoding), avgränsare \(delimiter).",
            fi: "\(file): \(rows) riviä, merkistö \(encoding), erotin \(delimiter).", en: "\(file): \(rows) rows, encoding \(encoding), delimiter \(delimiter)."
        )
    }
    public static let importMappingTitle = Str(sv: "Vad betyder kolumnerna?", fi: "Mitä sarakkeet tarkoittavat?", en: "What do the columns mean?")
    public static let importMappingHint = Str(
        sv: "Roder har gissat utifrån rubrikerna. Kontrollera och ändra vid behov; valet sparas till nästa import.",
        fi: "Roder on arvannut otsikoiden perusteella. Tarkista ja muuta tarvittaessa; valinta muistetaan seuraavaa tuontia varten.",
        en: "Roder has guessed from the headers. Check and change as needed; the choice is remembered for the next import.")
    public static let importColumns = Str(sv: "Filens kolumner", fi: "Tiedoston sarakkeet", en: "The file's columns")
    public static let importColumnInFile = Str(sv: "Kolumn i filen", fi: "Sarake tiedostossa", en: "Column in the file")
    public static let importSamples = Str(sv: "Exempel", fi: "Esimerkkejä", en: "Examples")
    public static let importMeansInRoder = Str(sv: "Betyder i Roder", fi: "Tarkoittaa Roderissa", en: "Means in Roder")
    public static let importIgnore = Str(sv: "(används inte)", fi: "(ei käytetä)", en: "(not used)")
    public static let importCheck = Str(sv: "Kontrollera och visa ändringarna", fi: "Tarkista ja näytä muutokset", en: "Check and show the changes")
    public static let importApply = Str(sv: "Importera", fi: "Tuo", en: "Import")
    public static let importNothingToApply = Str(sv: "Inget att ändra – bekräfta", fi: "Ei muutettavaa – vahvista", en: "Nothing to change – confirm")
    public static func importErrorsTitle(count: String) -> Str {
        Str(sv: "Filen har \(count) fel", fi: "Tiedostossa on \(count) virhettä", en: "The file has \(count) errors")
    }
    public static let importNothingImported = Str(
        sv: "Ingenting har importerats. Rätta felen i filen och läs in den på nytt, eller ändra kolumnernas betydelse.",
        fi: "Mitään ei ole tuotu. Korjaa virheet tiedostoon ja lue se uudelleen, tai muuta sarakkeiden merkityksiä.",
        en: "Nothing has been imported. Fix the errors in the file and read it again, or change what the columns mean.")
    public static func importMoreErrors(count: String) -> Str {
        Str(sv: "… och \(count) fel till.", fi: "… ja \(count) virhettä lisää.", en: "… and \(count) more errors.")
    }
    public static let importPreviewTitle = Str(sv: "Det här ändras", fi: "Nämä muuttuvat", en: "What will change")
    public static func importUnitsSummary(new: String, changed: String, same: String) -> Str {
        Str(
            sv: "Enheter: \(new) nya, \(changed) ändrade, \(same) oförändrade", fi: "Yksiköt: \(new) uutta, \(changed) muuttunutta, \(same) ennallaan",
            en: "Units: \(new) new, \(changed) changed, \(same) unchanged")
    }
    public static func importPeopleSummary(new: String, changed: String, same: String) -> Str {
        Str(
            sv: "Personer: \(new) nya, \(changed) ändrade, \(same) oförändrade", fi: "Henkilöt: \(new) uutta, \(changed) muuttunutta, \(same) ennallaan",
            en: "People: \(new) new, \(changed) changed, \(same) unchanged")
    }
    public static func importManagerChanges(count: String) -> Str {
        Str(sv: "Ny chef i \(count) enheter", fi: "Uusi esimies \(count) yksikössä", en: "A new manager in \(count) units")
    }
    public static func importNotInFile(units: String, people: String) -> Str {
        Str(
            sv: "\(units) enheter och \(people) personer finns i Roder men inte i filen; de behålls som de är.",
            fi: "\(units) yksikköä ja \(people) henkilöä on Roderissa mutta ei tiedostossa; ne säilyvät ennallaan.",
            en: "\(units) units and \(people) people are in Roder but not in the file; they are kept as they are.")
    }
    public static let importNewUnits = Str(sv: "Nya enheter", fi: "Uudet yksiköt", en: "New units")
    public static let importChangedUnits = Str(sv: "Ändrade enheter", fi: "Muuttuneet yksiköt", en: "Changed units")
    public static func importWhereColumn(line: String, column: String) -> Str {
        Str(sv: "Rad \(line), kolumn \(column)", fi: "Rivi \(line), sarake \(column)", en: "Line \(line), column \(column)")
    }
    public static func importWhereLine(line: String) -> Str {
        Str(sv: "Rad \(line)", fi: "Rivi \(line)", en: "Line \(line)")
    }
    public static let importNoFile = Str(
        sv: "Välj en CSV- eller Excel-fil att läsa in.", fi: "Valitse luettava CSV- tai Excel-tiedosto.", en: "Choose a CSV or Excel file to read.")
    public static let importApplied = Str(sv: "Organisationen har importerats.", fi: "Organisaatio on tuotu.", en: "The organisation has been imported.")
    public static let importProblemEncoding = Str(
        sv: "filen är varken UTF-8 eller Windows-1252; spara den som ”CSV UTF-8” i Excel",
        fi: "tiedosto ei ole UTF-8- eikä Windows-1252-muodossa; tallenna se Excelissä muodossa ”CSV UTF-8”",
        en: "the file is neither UTF-8 nor Windows-1252; save it as “CSV UTF-8” in Excel")
    public static let importProblemUnterminatedQuote = Str(
        sv: "ett citattecken öppnas men stängs aldrig", fi: "lainausmerkki avataan mutta sitä ei suljeta", en: "a quotation mark opens but never closes")
    public static let importProblemTextAfterQuote = Str(
        sv: "text efter ett avslutande citattecken", fi: "tekstiä lopettavan lainausmerkin jälkeen", en: "text after a closing quotation mark")
    public static let importProblemEmpty = Str(sv: "filen är tom", fi: "tiedosto on tyhjä", en: "the file is empty")
    public static func importProblemNotMapped(field: String) -> Str {
        Str(sv: "ingen kolumn är vald för ”\(field)”", fi: "mitään saraketta ei ole valittu kohteelle ”\(field)”", en: "no column is chosen for “\(field)”")
    }
    public static func importProblemMappedTwice(field: String) -> Str {
        Str(sv: "flera kolumner är valda för ”\(field)”", fi: "usea sarake on valittu kohteelle ”\(field)”", en: "several columns are chosen for “\(field)”")
    }
    public static func importProblemFieldCount(found: String, expected: String) -> Str {
        Str(
            sv: "raden har \(found) fält, rubrikraden \(expected)", fi: "rivillä on \(found) kenttää, otsikkorivillä \(expected)",
            en: "the row has \(found) fields, the header \(expected)")
    }
    public static func importProblemMissing(field: String) -> Str {
        Str(sv: "”\(field)” saknas", fi: "”\(field)” puuttuu", en: "“\(field)” is missing")
    }
    public static func importProblemEmail(value: String) -> Str {
        Str(sv: "”\(value)” är ingen e-postadress", fi: "”\(value)” ei ole sähköpostiosoite", en: "“\(value)” is not an e-mail address")
    }
    public static func importProblemHeadcount(value: String) -> Str {
        Str(
            sv: "”\(value)” är inget antal (ett heltal, 0 eller mer)", fi: "”\(value)” ei ole lukumäärä (kokonaisluku, vähintään 0)",
            en: "“\(value)” is not a number of people (a whole number, 0 or more)")
    }
    public static func importProblemLevel(value: String) -> Str {
        Str(
            sv: "”\(value)” är ingen chefsnivå (högsta ledning, mellanledning, närmaste chef, personal)",
            fi: "”\(value)” ei ole johtotaso (ylin johto, keskijohto, lähiesimies, henkilöstö)",
            en: "“\(value)” is not a management level (top, middle, supervisor, staff)")
    }
    public static func importProblemKind(value: String) -> Str {
        Str(
            sv: "”\(value)” är ingen enhetstyp (sektor, avdelning, enhet, team)", fi: "”\(value)” ei ole yksikkötyyppi (toimiala, osasto, yksikkö, tiimi)",
            en: "“\(value)” is not a kind of unit (sector, division, unit, team)")
    }
    public static func importProblemYesNo(value: String) -> Str {
        Str(sv: "”\(value)” är varken ja eller nej", fi: "”\(value)” ei ole kyllä eikä ei", en: "“\(value)” is neither yes nor no")
    }
    public static func importProblemUnknownParent(code: String) -> Str {
        Str(
            sv: "den överordnade enheten \(code) finns varken i filen eller i Roder", fi: "yläyksikköä \(code) ei ole tiedostossa eikä Roderissa",
            en: "the parent unit \(code) is neither in the file nor in Roder")
    }
    public static func importProblemCycle(code: String) -> Str {
        Str(sv: "enheten \(code) hamnar under sig själv", fi: "yksikkö \(code) päätyy itsensä alle", en: "the unit \(code) ends up under itself")
    }
    public static func importProblemConflictingUnit(code: String, first: String) -> Str {
        Str(
            sv: "enheten \(code) har andra uppgifter än på rad \(first)", fi: "yksiköllä \(code) on eri tiedot kuin rivillä \(first)",
            en: "the unit \(code) has other details than on line \(first)")
    }
    public static func importProblemConflictingPerson(id: String, first: String) -> Str {
        Str(
            sv: "personen \(id) har andra uppgifter än på rad \(first)", fi: "henkilöllä \(id) on eri tiedot kuin rivillä \(first)",
            en: "the person \(id) has other details than on line \(first)")
    }
    public static func importProblemSecondManager(code: String, first: String) -> Str {
        Str(
            sv: "enheten \(code) har redan en chef (rad \(first))", fi: "yksiköllä \(code) on jo esimies (rivi \(first))",
            en: "the unit \(code) already has a manager (line \(first))")
    }
    public static let fieldUnitCode = Str(sv: "Enhetens kod", fi: "Yksikön koodi", en: "Unit code")
    public static let fieldUnitNameSwedish = Str(sv: "Enhetens namn på svenska", fi: "Yksikön nimi ruotsiksi", en: "Unit name in Swedish")
    public static let fieldUnitNameFinnish = Str(sv: "Enhetens namn på finska", fi: "Yksikön nimi suomeksi", en: "Unit name in Finnish")
    public static let fieldUnitNameEnglish = Str(sv: "Enhetens namn på engelska", fi: "Yksikön nimi englanniksi", en: "Unit name in English")
    public static let fieldParentUnitCode = Str(sv: "Överordnad enhets kod", fi: "Yläyksikön koodi", en: "Parent unit code")
    public static let fieldUnitKind = Str(sv: "Enhetstyp", fi: "Yksikkötyyppi", en: "Kind of unit")
    public static let fieldUnitHeadcount = Str(sv: "Antal anställda i enheten", fi: "Yksikön henkilöstömäärä", en: "Unit headcount")
    public static let fieldPersonID = Str(sv: "Anställningsnummer", fi: "Henkilönumero", en: "Employee number")
    public static let fieldPersonName = Str(sv: "Personens namn", fi: "Henkilön nimi", en: "Person's name")
    public static let fieldPersonTitle = Str(sv: "Titel", fi: "Nimike", en: "Job title")
    public static let fieldPersonEmail = Str(sv: "E-post", fi: "Sähköposti", en: "E-mail")
    public static let fieldManagementLevel = Str(sv: "Chefsnivå", fi: "Johtotaso", en: "Management level")
    public static let fieldManagesUnit = Str(sv: "Är enhetens chef (ja/nej)", fi: "On yksikön esimies (kyllä/ei)", en: "Manages the unit (yes/no)")
    public static func auditOrganisationImported(subject: String, after: String) -> Str {
        Str(
            sv: "Importerade organisationen från \(subject): \(after)", fi: "Toi organisaation tiedostosta \(subject): \(after)",
            en: "Imported the organisation from \(subject): \(after)")
    }
    public static func importFileSummaryWorkbook(file: String, rows: String, sheet: String) -> Str {
        Str(
            sv: "\(file): \(rows) rader från bladet ”\(sheet)” i Excel-filen.", fi: "\(file): \(rows) riviä Excel-tiedoston taulukosta ”\(sheet)”.",
            en: "\(file): \(rows) rows from the sheet “\(sheet)” of the Excel file.")
    }
    public static let importSheet = Str(sv: "Blad", fi: "Taulukko", en: "Sheet")
    public static let importReadSheet = Str(sv: "Läs bladet", fi: "Lue taulukko", en: "Read the sheet")
    public static func importGroupLines(count: String, kind: String) -> Str {
        Str(sv: "\(count) rader: \(kind)", fi: "\(count) riviä: \(kind)", en: "\(count) lines: \(kind)")
    }
    public static func importGroupLinesInColumn(count: String, column: String, kind: String) -> Str {
        Str(
            sv: "\(count) rader i kolumnen \(column): \(kind)", fi: "\(count) riviä sarakkeessa \(column): \(kind)",
            en: "\(count) lines in the column \(column): \(kind)")
    }
    public static func importGroupMore(count: String) -> Str {
        Str(sv: "… och \(count) rader till av samma slag.", fi: "… ja \(count) samanlaista riviä lisää.", en: "… and \(count) more lines like these.")
    }
    public static let importProblemWorkbook = Str(
        sv: "filen kan inte läsas som en Excel-arbetsbok (.xlsx); spara den på nytt i Excel eller som CSV",
        fi: "tiedostoa ei voi lukea Excel-työkirjana (.xlsx); tallenna se uudelleen Excelissä tai CSV-muodossa",
        en: "the file cannot be read as an Excel workbook (.xlsx); save it again in Excel or as CSV")
    public static func importProblemNoSuchSheet(sheet: String) -> Str {
        Str(sv: "arbetsboken har inget blad ”\(sheet)”", fi: "työkirjassa ei ole taulukkoa ”\(sheet)”", en: "the workbook has no sheet “\(sheet)”")
    }
    public static func importProblemUnknownManager(id: String) -> Str {
        Str(
            sv: "chefens anställningsnummer \(id) finns varken i filen eller i Roder", fi: "esimiehen henkilönumeroa \(id) ei ole tiedostossa eikä Roderissa",
            en: "the manager's employee number \(id) is neither in the file nor in Roder")
    }
    public static func importProblemUnknownSupervisor(id: String) -> Str {
        Str(
            sv: "den närmaste chefens anställningsnummer \(id) finns varken i filen eller i Roder",
            fi: "lähiesimiehen henkilönumeroa \(id) ei ole tiedostossa eikä Roderissa",
            en: "the supervisor's employee number \(id) is neither in the file nor in Roder")
    }
    public static let fieldUnitManagerID = Str(
        sv: "Enhetens chef (anställningsnummer)", fi: "Yksikön esimies (henkilönumero)", en: "Unit's manager (employee number)")
    public static let fieldPersonNameSurnameFirst = Str(
        sv: "Personens namn, efternamnet först", fi: "Henkilön nimi, sukunimi ensin", en: "Person's name, surname first")
    public static let fieldPersonFirstName = Str(sv: "Förnamn", fi: "Etunimi", en: "First name")
    public static let fieldPersonSurname = Str(sv: "Efternamn", fi: "Sukunimi", en: "Surname")
    public static let fieldSupervisorID = Str(sv: "Närmaste chef (anställningsnummer)", fi: "Lähiesimies (henkilönumero)", en: "Supervisor (employee number)")
    public static let importKindUnreadableEncoding = Str(sv: "okänd teckenkodning", fi: "tuntematon merkistö", en: "unknown text encoding")
    public static let importKindUnterminatedQuote = Str(
        sv: "citattecken som aldrig stängs", fi: "lainausmerkki jota ei suljeta", en: "a quotation mark that never closes")
    public static let importKindTextAfterQuote = Str(
        sv: "text efter ett avslutande citattecken", fi: "tekstiä lopettavan lainausmerkin jälkeen", en: "text after a closing quotation mark")
    public static let importKindEmptyFile = Str(sv: "tom fil", fi: "tyhjä tiedosto", en: "empty file")
    public static let importKindUnreadableWorkbook = Str(
        sv: "Excel-filen kan inte läsas", fi: "Excel-tiedostoa ei voi lukea", en: "the Excel file cannot be read")
    public static let importKindNoSuchSheet = Str(sv: "bladet saknas", fi: "taulukko puuttuu", en: "the sheet is missing")
    public static let importKindFieldNotMapped = Str(sv: "ingen kolumn vald", fi: "saraketta ei ole valittu", en: "no column chosen")
    public static let importKindFieldMappedTwice = Str(
        sv: "flera kolumner med samma betydelse", fi: "useita sarakkeita samalla merkityksellä", en: "several columns with the same meaning")
    public static let importKindWrongNumberOfFields = Str(sv: "fel antal fält", fi: "väärä määrä kenttiä", en: "wrong number of fields")
    public static let importKindMissingValue = Str(sv: "uppgift saknas", fi: "tieto puuttuu", en: "a value is missing")
    public static let importKindInvalidEmail = Str(sv: "ogiltig e-postadress", fi: "virheellinen sähköpostiosoite", en: "e-mail address not valid")
    public static let importKindInvalidHeadcount = Str(sv: "ogiltigt antal anställda", fi: "virheellinen henkilöstömäärä", en: "headcount not valid")
    public static let importKindInvalidManagementLevel = Str(sv: "okänd chefsnivå", fi: "tuntematon johtotaso", en: "unknown management level")
    public static let importKindInvalidUnitKind = Str(sv: "okänd enhetstyp", fi: "tuntematon yksikkötyyppi", en: "unknown kind of unit")
    public static let importKindInvalidYesNo = Str(sv: "varken ja eller nej", fi: "ei kyllä eikä ei", en: "neither yes nor no")
    public static let importKindUnknownParentUnit = Str(sv: "okänd överordnad enhet", fi: "tuntematon yläyksikkö", en: "unknown parent unit")
    public static let importKindParentCycle = Str(sv: "enhet under sig själv", fi: "yksikkö itsensä alla", en: "a unit under itself")
    public static let importKindConflictingUnit = Str(
        sv: "enhet med motstridiga uppgifter", fi: "yksikkö ristiriitaisin tiedoin", en: "a unit with conflicting details")
    public static let importKindConflictingPerson = Str(
        sv: "person med motstridiga uppgifter", fi: "henkilö ristiriitaisin tiedoin", en: "a person with conflicting details")
    public static let importKindSecondManager = Str(sv: "enhet med två chefer", fi: "yksikkö jolla kaksi esimiestä", en: "a unit with two managers")
    public static let importKindUnknownManager = Str(
        sv: "okänt anställningsnummer för chef", fi: "tuntematon esimiehen henkilönumero", en: "unknown manager employee number")
    public static let importKindUnknownSupervisor = Str(
        sv: "okänt anställningsnummer för närmaste chef", fi: "tuntematon lähiesimiehen henkilönumero", en: "unknown supervisor employee number")
    public static func importOverwritesTitle(count: String) -> Str {
        Str(
            sv: "Ändringar gjorda för hand i Roder som importen skriver över (\(count))",
            fi: "Roderissa käsin tehdyt muutokset, jotka tuonti korvaa (\(count))", en: "Changes made by hand in Roder that the import overwrites (\(count))")
    }
    public static let importOverwritesHint = Str(
        sv: "Importen ersätter dem med uppgifterna i filen. Ska en ändring bestå, gör den också i personalsystemet innan du importerar.",
        fi: "Tuonti korvaa ne tiedoston tiedoilla. Jos muutoksen on tarkoitus säilyä, tee se myös henkilöstöjärjestelmään ennen tuontia.",
        en: "The import replaces them with what the file says. If a change should stay, make it in the HR system too before importing.")
    public static func importOverwriteLine(subject: String, fields: String, date: String, who: String) -> Str {
        Str(
            sv: "\(subject): \(fields) (ändrat \(date) av \(who))", fi: "\(subject): \(fields) (muutettu \(date), \(who))",
            en: "\(subject): \(fields) (changed \(date) by \(who))")
    }
    public static let handEditParent = Str(sv: "Överordnad enhet", fi: "Yläyksikkö", en: "Parent unit")
    public static let handEditRetired = Str(sv: "Avvecklad", fi: "Lakkautettu", en: "Retired")
    public static let handEditUnit = Str(sv: "Enhet", fi: "Yksikkö", en: "Unit")

    /// Every string above, for `StringCatalogueTests`; placeholders are filled with their own `{name}`.
    static let organisationImportStrings: [Str] = [
        importIntro, importFile, importFileHint, importUpload, importFormatTitle, importFormat, importDemoFile,
        importFileSummary(file: "{file}", rows: "{rows}", encoding: "{encoding}", delimiter: "{delimiter}"), importMappingTitle, importMappingHint,
        importColumns, importColumnInFile, importSamples, importMeansInRoder, importIgnore, importCheck, importApply, importNothingToApply,
        importErrorsTitle(count: "{count}"), importNothingImported, importMoreErrors(count: "{count}"), importPreviewTitle,
        importUnitsSummary(new: "{new}", changed: "{changed}", same: "{same}"), importPeopleSummary(new: "{new}", changed: "{changed}", same: "{same}"),
        importManagerChanges(count: "{count}"), importNotInFile(units: "{units}", people: "{people}"), importNewUnits, importChangedUnits,
        importWhereColumn(line: "{line}", column: "{column}"), importWhereLine(line: "{line}"), importNoFile, importApplied, importProblemEncoding,
        importProblemUnterminatedQuote, importProblemTextAfterQuote, importProblemEmpty, importProblemNotMapped(field: "{field}"),
        importProblemMappedTwice(field: "{field}"), importProblemFieldCount(found: "{found}", expected: "{expected}"), importProblemMissing(field: "{field}"),
        importProblemEmail(value: "{value}"), importProblemHeadcount(value: "{value}"), importProblemLevel(value: "{value}"),
        importProblemKind(value: "{value}"), importProblemYesNo(value: "{value}"), importProblemUnknownParent(code: "{code}"),
        importProblemCycle(code: "{code}"), importProblemConflictingUnit(code: "{code}", first: "{first}"),
        importProblemConflictingPerson(id: "{id}", first: "{first}"), importProblemSecondManager(code: "{code}", first: "{first}"), fieldUnitCode,
        fieldUnitNameSwedish, fieldUnitNameFinnish, fieldUnitNameEnglish, fieldParentUnitCode, fieldUnitKind, fieldUnitHeadcount, fieldPersonID,
        fieldPersonName, fieldPersonTitle, fieldPersonEmail, fieldManagementLevel, fieldManagesUnit,
        auditOrganisationImported(subject: "{subject}", after: "{after}"), importFileSummaryWorkbook(file: "{file}", rows: "{rows}", sheet: "{sheet}"),
        importSheet, importReadSheet, importGroupLines(count: "{count}", kind: "{kind}"),
        importGroupLinesInColumn(count: "{count}", column: "{column}", kind: "{kind}"), importGroupMore(count: "{count}"), importProblemWorkbook,
        importProblemNoSuchSheet(sheet: "{sheet}"), importProblemUnknownManager(id: "{id}"), importProblemUnknownSupervisor(id: "{id}"), fieldUnitManagerID,
        fieldPersonNameSurnameFirst, fieldPersonFirstName, fieldPersonSurname, fieldSupervisorID, importKindUnreadableEncoding, importKindUnterminatedQuote,
        importKindTextAfterQuote, importKindEmptyFile, importKindUnreadableWorkbook, importKindNoSuchSheet, importKindFieldNotMapped,
        importKindFieldMappedTwice, importKindWrongNumberOfFields, importKindMissingValue, importKindInvalidEmail, importKindInvalidHeadcount,
        importKindInvalidManagementLevel, importKindInvalidUnitKind, importKindInvalidYesNo, importKindUnknownParentUnit, importKindParentCycle,
        importKindConflictingUnit, importKindConflictingPerson, importKindSecondManager, importKindUnknownManager, importKindUnknownSupervisor,
        importOverwritesTitle(count: "{count}"), importOverwritesHint,
        importOverwriteLine(subject: "{subject}", fields: "{fields}", date: "{date}", who: "{who}"), handEditParent, handEditRetired, handEditUnit,
    ]
}
