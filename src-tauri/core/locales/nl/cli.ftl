## The command line (shoutout --help). Commands and options (import-roster, --db…) stay as they are.

# Each command and option has its usage (cli-help-…-usage: the capitalised words stand for what is typed) and what it does. $codes lists the language codes, as en, fr, de.
cli-help-intro = Shoutout: houd een lijst bij van lokale creators, stuur ze briefings en volg wat elke samenwerking oplevert.
cli-help-usage = Gebruik: shoutout [--db PAD] [--lang CODE] [OPDRACHT]
cli-help-no-command = Zonder opdracht opent de app zijn venster.
cli-help-commands = Opdrachten:
cli-help-import-roster-usage = import-roster BESTAND [--sheet NAAM] [--header-row REGEL] [--skip-duplicates]
cli-help-import-roster = Creators importeren uit een spreadsheet: CSV, Excel (.xlsx, .xls) of OpenDocument (.ods); bij een werkmap het eerste blad, tenzij --sheet een ander blad noemt. De kopregel wordt gezocht onder eventuele titelregels, tenzij --header-row het regelnummer opgeeft. Creators van wie de gebruikersnaam al in de creatorlijst staat, worden samengevoegd (of met --skip-duplicates gelaten zoals ze zijn). Een cel die niet te lezen is, blijft leeg; de inhoud wordt bewaard in de notities van de creator en als waarschuwing vermeld. Totaalrijen en rijen zonder naam en zonder gebruikersnaam worden als weggelaten vermeld. Rijen die niet te importeren zijn, worden vermeld met regelnummer en reden; zijn die er, dan is de exitcode 3.
cli-help-export-roster-usage = export-roster BESTAND.csv
cli-help-export-roster = De hele creatorlijst exporteren als CSV.
cli-help-export-brief-usage = export-brief BRIEFING --creator CREATOR --out BESTAND.pdf
cli-help-export-brief = De briefing van één creator exporteren als pdf. BRIEFING is het nummer van een briefing of de naam van de campagne; CREATOR het nummer, de naam of de @gebruikersnaam van een creator.
cli-help-export-brief-all-usage = export-brief --all --out MAP
cli-help-export-brief-all = Elke niet-gearchiveerde briefing exporteren: één pdf per creator aan wie de briefing gericht is.
cli-help-export-deals-usage = export-deals BESTAND.csv
cli-help-export-deals = Alle samenwerkingen exporteren als CSV: creator, campagne, soort, status, datums, kosten, kortingscode, trackinglink, resultaten en rendement.
cli-help-export-gifts-usage = export-gifts BESTAND.csv
cli-help-export-gifts = Elk artikel dat aan creators is gegeven (datum, creator, artikel, kosten, verkoopwaarde) exporteren als CSV, voor de boekhouder.
cli-help-backup-usage = backup --out BESTAND
cli-help-backup = De database kopiëren naar BESTAND (veilig terwijl de app open is).
cli-help-restore-usage = restore BESTAND [--allow-empty]
cli-help-restore = De database vervangen door een back-up. De back-up wordt eerst gecontroleerd (een back-up zonder gegevens alleen met --allow-empty); het huidige bestand blijft bewaard in de map met back-ups (of wordt, als het beschadigd is, ongewijzigd daarheen verplaatst). Niet mogelijk zolang Shoutout dit bestand open heeft.
cli-help-export-all-usage = export-all BESTAND.json
cli-help-export-all = Alles (creatorlijst, briefings, samenwerkingen, winkelprofiel) exporteren als één JSON-bestand.
cli-help-import-all-usage = import-all BESTAND.json
cli-help-import-all = Zo’n bestand importeren in een lege database.
cli-help-sample-data-usage = sample-data [--creators N]
cli-help-sample-data = De creatorlijst, twee briefings en samenwerkingen van de voorbeeldwinkel toevoegen (zoals de knop bij de eerste start); met --creators in plaats daarvan N gegenereerde creators (om Shoutout met een grote creatorlijst te proberen).
cli-help-options = Opties:
cli-help-db-usage = --db PAD
cli-help-db = Dit databasebestand gebruiken in plaats van dat in je gegevensmap. De omgevingsvariabele SHOUTOUT_DB doet hetzelfde.
cli-help-lang-usage = --lang CODE
cli-help-lang = Deze taal gebruiken: { $codes }. Zonder deze optie wordt de taal van het systeem gebruikt (LANG, LC_ALL, LC_MESSAGES).
cli-help-help-usage = -h, --help
cli-help-help = Deze hulp tonen.
cli-help-version-usage = -V, --version
cli-help-version = De versie tonen.

## Mistakes on the command line. $option, $command are what was typed.

cli-try-help = Probeer 'shoutout --help'.
cli-unknown-option = onbekende optie { $option }
cli-unknown-command = onbekende opdracht { $command }
cli-unknown-lang = onbekende taal { $code }: gebruik een van { $codes }
cli-lang-needs-code = --lang moet gevolgd worden door een taalcode ({ $codes })
cli-db-needs-path = --db moet gevolgd worden door een bestandspad
cli-creator-needs-name = --creator moet gevolgd worden door een creator
cli-creators-needs-number = --creators moet gevolgd worden door een getal
cli-creators-range = --creators moet een getal van 1 tot 1.000.000 zijn
cli-out-needs-path = --out moet gevolgd worden door een pad
cli-needs-file = { $command } heeft een bestandsnaam nodig
cli-one-file = { $command } verwacht één bestandsnaam
cli-export-brief-needs-out = export-brief heeft --out nodig
cli-export-brief-usage = gebruik export-brief BRIEFING --creator CREATOR --out BESTAND.pdf, of export-brief --all --out MAP
cli-backup-needs-out = backup heeft --out BESTAND nodig

## What a command did. $file, $folder and $db are paths; $count is a number.

cli-exported-creators =
    { $count ->
        [one] 1 creator geëxporteerd naar { $file }.
       *[other] { $count } creators geëxporteerd naar { $file }.
    }
cli-exported-deals =
    { $count ->
        [one] 1 samenwerking geëxporteerd naar { $file }.
       *[other] { $count } samenwerkingen geëxporteerd naar { $file }.
    }
cli-exported-gifts =
    { $count ->
        [one] 1 weggegeven artikel geëxporteerd naar { $file }.
       *[other] { $count } weggegeven artikelen geëxporteerd naar { $file }.
    }
cli-exported-records =
    { $count ->
        [one] 1 record geëxporteerd naar { $file }.
       *[other] { $count } records geëxporteerd naar { $file }.
    }
cli-imported-records =
    { $count ->
        [one] 1 record geïmporteerd uit { $file }.
       *[other] { $count } records geïmporteerd uit { $file }.
    }
cli-added-generated =
    { $count ->
        [one] 1 gegenereerde creator toegevoegd.
       *[other] { $count } gegenereerde creators toegevoegd.
    }
cli-added-sample =
    { $count ->
        [one] 1 voorbeeldcreator toegevoegd.
       *[other] { $count } voorbeeldcreators toegevoegd.
    }
cli-backed-up = Back-up van { $db } gemaakt in { $file }.
cli-restored = { $db } teruggezet vanuit { $file }.
cli-kept-before = Wat er eerder in stond, is bewaard in { $file }.
cli-saved = { $file } opgeslagen.
cli-saved-briefs =
    { $count ->
        [one] 1 briefing opgeslagen in { $folder }.
       *[other] { $count } briefings opgeslagen in { $folder }.
    }
# One brief that could not be saved: $campaign, $creator and the $reason.
cli-brief-problem = { $campaign } voor { $creator }: { $reason }
# A row of the CSV file that was not imported.
cli-import-problem = regel { $line }: { $reason }
cli-imported-roster = Nieuwe creators geïmporteerd: { $added }, samengevoegd: { $merged }, overgeslagen: { $skipped }, geweigerd: { $rejected }.

## Finding what a command names.

cli-no-brief = geen briefing heeft het nummer of de naam ‘{ $key }’
cli-not-on-brief = ‘{ $key }’ hoort niet bij de creators van ‘{ $campaign }’
# A row imported with a cell kept in the notes, and a row left out as not a creator.
cli-import-warning = regel { $line }, geïmporteerd: { $reason }
cli-import-ignored = regel { $line }, weggelaten: { $reason }
# Which row of the sheet the column names were taken from.
cli-import-header = Kolomnamen overgenomen uit regel { $line }.
# Mistakes in import-roster's options.
cli-sheet-needs-name = --sheet moet gevolgd worden door de naam van een blad, bijvoorbeeld --sheet "Voorjaar 2026".
cli-header-row-needs-line = --header-row moet gevolgd worden door het nummer van de regel met de kolomnamen, bijvoorbeeld --header-row 3.

## Sending from the command line: the mailbox and briefs.

cli-help-mailbox-usage = mailbox --host HOST --port N --tls TYPE --from ADRES [--user NAAM]
cli-help-mailbox = De mailbox instellen waaruit briefings worden verstuurd; zonder opties wordt die getoond. TYPE is starttls, implicit (TLS vanaf de eerste byte) of none (alleen voor een mailserver op deze computer, zonder wachtwoord). --user is de inlognaam als die afwijkt van het adres; --name NAAM bepaalt de naam die creators zien (standaard die van de winkel). Als SHOUTOUT_SMTP_PASSWORD is ingesteld, wordt het wachtwoord in de sleutelhanger van het systeem bewaard.
cli-help-send-brief-usage = send-brief BRIEFING --creator CREATOR
cli-help-send-brief = Een creator zijn briefing mailen via de mailbox, met zijn pdf als bijlage. Het wachtwoord komt uit SHOUTOUT_SMTP_PASSWORD, anders uit de sleutelhanger. Eén regel per creator; exitcode 1 als er een bericht niet is verstuurd.
cli-help-send-brief-all-usage = send-brief BRIEFING --all
cli-help-send-brief-all = Elke creator van de briefing zijn eigen bericht en pdf mailen.
cli-help-send-outbox-usage = send-outbox
cli-help-send-outbox = Alle wachtende berichten in het postvak Uit nu versturen.
cli-option-needs-value = { $option } moet gevolgd worden door een waarde.
cli-mailbox-usage = gebruik mailbox --host HOST --port N --tls starttls|implicit|none --from ADRES [--user NAAM] [--name NAAM]
cli-mailbox-port = --port moet een getal van 1 tot 65535 zijn.
cli-mailbox-tls = --tls moet starttls, implicit of none zijn, niet ‘{ $value }’.
# $security is one of the mail-security-… words.
cli-mailbox-set = Mailbox: { $address } via { $host }:{ $port } ({ $security }).
cli-mailbox-none = Er is nog geen mailbox ingesteld om mee te versturen.
cli-password-kept = Het wachtwoord wordt bewaard in de sleutelhanger van het systeem.
cli-password-no-keychain = Op deze computer is geen sleutelhanger beschikbaar: het wachtwoord wordt niet bewaard; stel SHOUTOUT_SMTP_PASSWORD elke keer in.
cli-password-keychain-failed = De sleutelhanger kon het wachtwoord niet bewaren: { $reason }
cli-send-brief-usage = gebruik send-brief BRIEFING --creator CREATOR, of send-brief BRIEFING --all
cli-sent = { $name } <{ $address }>: verstuurd.
cli-send-waiting = { $name } <{ $address }>: wacht in het postvak Uit. { $reason }
cli-send-failed = { $name } <{ $address }>: niet verstuurd. { $reason }
cli-send-skipped = { $name }: niet verstuurd. { $reason }
cli-sent-count = { $sent } van { $total } verstuurd.
cli-outbox-empty = Er wacht niets in het postvak Uit.
