## Why something could not be done, and what to do: shown to the owner in a red message.

# The first problem found in a form; the form shows every problem beside its field.
error-invalid = Controleer het formulier: { $message }
error-invalid-form = Controleer het formulier.
error-missing-creator = Deze creator is niet gevonden. Misschien is die verwijderd.
error-missing-deal = Deze samenwerking is niet gevonden. Misschien is die verwijderd.
error-missing-brief = Deze briefing is niet gevonden. Misschien is die verwijderd.
error-missing-brand = De winkelgegevens zijn niet gevonden. Misschien zijn ze verwijderd.
error-too-new = Dit bestand is gemaakt met een nieuwere versie van Shoutout (gegevensversie { $found }; deze versie kent tot en met { $known }). Installeer de nieuwste Shoutout om het te openen. Het bestand is niet gewijzigd.
error-not-shoutout = { $file } is geen Shoutout-bestand. Het is niet gewijzigd.
error-damaged = { $file } is beschadigd en kan niet veilig worden geopend. Het is niet gewijzigd.
# $name is a creator.
error-has-deals =
    { $deals ->
        [one] { $name } heeft een samenwerking. Archiveer { $name } liever, zodat de geschiedenis van de samenwerkingen compleet blijft.
       *[other] { $name } heeft { $deals } samenwerkingen. Archiveer { $name } liever, zodat de geschiedenis van de samenwerkingen compleet blijft.
    }
# $reason is one of the error-io-* messages below.
error-io = Kan { $file } niet gebruiken: { $reason }
error-database = De database meldde een probleem: { $reason }
# $what says what the file has that Shoutout's files do not.
error-foreign = { $file } is geen Shoutout-bestand: het heeft { $what }. Het is niet gewijzigd.
error-open-elsewhere = { $file }: dit bestand is al geopend in Shoutout — sluit Shoutout daar, of zet de back-up terug via Instellingen in dat venster.
error-restoring = Er wordt op dit moment een back-up teruggezet over { $file }. Wacht tot dat klaar is en open Shoutout dan opnieuw.
error-replaced = { $file } is door een ander programma vervangen of verplaatst terwijl Shoutout het open had. Er is niets meer in weggeschreven. Sluit Shoutout en open het programma opnieuw om te zien wat er nu in het bestand staat.
error-empty-backup = { $file } bevat geen creators, briefings, samenwerkingen of winkelgegevens. Terugzetten zou Shoutout leegmaken; er is niets gewijzigd. Zet deze back-up alleen terug als je echt een lege Shoutout wilt.
error-read-only = { $file } is alleen-lezen, waardoor Shoutout het niet kan wijzigen of vervangen. Zet ‘Alleen-lezen’ uit in de eigenschappen van het bestand en probeer het opnieuw.
error-sum-overflow = Sommige bedragen zijn te groot om op te tellen, dus dit totaal kan niet worden getoond. Zoek een samenwerking met een heel groot bedrag en verbeter het.

## Why a file could not be used (the end of error-io).

error-io-not-found = het bestand is er niet (misschien is het verplaatst, hernoemd of verwijderd); kijk waar het staat en kies het opnieuw
error-io-permission = Shoutout mag het niet gebruiken; controleer de rechten van het bestand en de map, of kies een andere map
error-io-full = de schijf is vol; maak wat ruimte vrij en probeer het opnieuw
error-io-read-only = de schijf is alleen-lezen; kies een map op een andere schijf
error-io-exists = er staat al een bestand met die naam; kies een andere naam
error-io-folder = het is een map, geen bestand; kies een bestand
error-io-not-folder = een deel van het pad is een bestand waar een map hoort; kies een andere map
# $reason is the system's own description, in English.
error-io-damaged = het bestand houdt te vroeg op of is beschadigd ({ $reason }); sla het opnieuw op en probeer het nog eens
error-io-other = { $reason }; controleer of de schijf nog is aangesloten en probeer het opnieuw

## A value typed in a form or a spreadsheet cell that could not be read. Each is shown beside
## its field on its own, or after the field's name (error-labelled).

# $text is what was typed.
error-count-empty = Vul een getal in.
error-not-number = ‘{ $text }’ is geen getal.
error-not-whole-number = ‘{ $text }’ is geen heel getal.
error-count-too-large = Dit getal is te groot (hoogstens 10 miljard).
error-percent-range = De waarde moet tussen 0 en 100 % liggen.
error-not-percent = ‘{ $text }’ is geen percentage.
error-not-amount = ‘{ $text }’ is geen bedrag.
# $max is the largest amount, already written out (1,000,000,000.00).
error-amount-too-large = Dit bedrag is te groot (hoogstens { $max }).
error-not-yes-no = ‘{ $text }’ is geen ja of nee.
# A problem with one value, after the name of its field: "Followers: “12x” is not a number."
# $label is one of the error-label-* names below, $problem one of the messages above.
error-labelled = { $label }: { $problem }
error-label-likes = Likes
error-label-comments = Reacties
error-label-shares = Shares
error-label-followers = Volgers
error-label-engagement-rate = Engagementpercentage
error-label-rate = Tarief
error-label-commission = Commissie
error-label-open-to-gifting = Open voor cadeaus
# Under a text field that is too long; $max is a number of characters.
error-keep-under = Blijf onder de { $max } tekens.

## The shop's logo.

error-logo-format = Het logo moet een PNG- of JPEG-afbeelding zijn.
error-logo-no-pixels = Het logo heeft geen pixels; sla het opnieuw op als PNG of JPEG.
# $max is 4,000 and $sharp 1,000, already written out.
error-logo-too-many-pixels = Het logo is { $width } × { $height } pixels; Shoutout accepteert hoogstens { $max } × { $max } (16 megapixel). Verklein het (een logo is al scherp bij { $sharp } pixels breed) en kies het opnieuw.
error-logo-too-big = Het logo is groter dan 2 MB; gebruik een kleinere afbeelding.

## Why a spreadsheet (CSV) file could not be read or written.

error-csv-too-big = Het bestand is groter dan { $mb } MB; splits het in kleinere bestanden en importeer ze een voor een.
error-csv-row-too-long = Vanaf regel { $line } is een rij langer dan { $mb } MB (misschien wordt een aanhalingsteken nooit gesloten); bekijk het bestand in een spreadsheet, of splits het.
# $max is 1,000,000, already written out.
error-csv-too-many-rows = Het bestand heeft meer dan { $max } rijen (regel { $line } gaat over de grens); splits het in bestanden van hoogstens { $max } rijen en importeer ze een voor een.
error-csv-empty = Het bestand is leeg.
# $cells and $max are already written out.
error-csv-too-many-cells = Regel { $line } heeft { $cells } cellen, meer dan de { $max } die een rij mag hebben; verwijder de kolommen die je niet nodig hebt en probeer het opnieuw.
# $cell counts the cells from 1 on; $max is 100,000, already written out.
error-csv-cell-too-long = Cel { $cell } op regel { $line } bevat meer dan { $max } tekens; maak hem korter en probeer het opnieuw.
# $reason is the CSV reader's own description, in English.
error-csv-unreadable = Het bestand kon niet als spreadsheet worden gelezen ({ $reason }). Sla het opnieuw op als CSV en probeer het nog eens.
# $reason is the system's own description, in English.
error-csv-write = De spreadsheet kon niet worden geschreven ({ $reason }). Controleer of de schijf nog is aangesloten en probeer het opnieuw.

## A creator's handle (@name or profile link) that cannot be kept.

error-handle-empty = De gebruikersnaam is leeg.
error-handle-formula = De gebruikersnaam mag niet beginnen met =, + of - (een spreadsheet zou hem als formule lezen).
error-handle-site-link = De gebruikersnaam is een link naar de site, niet naar een profiel.
error-handle-link-too-long = De profiellink is te lang (hoogstens 200 tekens).
error-handle-too-long = De gebruikersnaam is te lang (hoogstens 100 tekens).
# $text is what was typed.
error-handle-unreadable = ‘{ $text }’ is geen gebruikersnaam of profiellink.
# $found is the character that is not allowed.
error-handle-characters = De gebruikersnaam mag alleen letters, cijfers, punten, streepjes en underscores bevatten (gevonden: ‘{ $found }’).

## A creator as typed in the form (or a row of an imported file).

error-email = Dit lijkt geen e-mailadres.
error-phone = Gebruik alleen cijfers, spaties en + - ( ).
error-notes-too-long = Houd notities onder de { $max } tekens.
error-name-empty = Vul een naam in.
error-name-too-long = Houd de naam onder de { $max } tekens.
error-name-control = De naam mag geen regeleinden of stuurtekens bevatten.
error-followers-without-handle = Vul de gebruikersnaam in waar deze volgers bij horen.
# $linked and $chosen are platforms (Instagram, TikTok, YouTube, Other).
error-wrong-platform = Dit is een { $linked }-link, geen { $chosen }-link.
error-platform-twice = Er is al een gebruikersnaam voor { $platform }; één per platform.
error-niche-too-long = Houd elke niche onder de { $max } tekens.
error-too-many-niches = Gebruik hoogstens { $max } niches.
error-keep-under-one-line = Blijf onder de { $max } tekens, op één regel.
error-currency-code = Gebruik een valutacode van drie letters, zoals EUR, GBP of USD.
# $handle is a handle without its @, $platform where it is, $name the creator being saved and
# $owner the creator who has the look-alike handle @$other.
error-look-alike = @{ $handle } op { $platform } lijkt precies op @{ $other }, die van { $owner } is: { $name } en { $owner } zouden alleen te onderscheiden zijn aan letters die op elkaar lijken. Typ de gebruikersnaam precies zoals die van { $owner } als het dezelfde creator is.
error-handle-taken = @{ $handle } op { $platform } is al van { $name }.
error-already-in-roster = { $name } staat al in de creatorlijst.
# $text is what the cell holds; the statuses are listed as the file may write them.
error-not-status = ‘{ $text }’ is geen status (prospect, benaderd, actief, gepauzeerd, niet benaderen).

## Importing creators from a spreadsheet: why a row or the whole file cannot be imported.

error-followers-no-handle = Er zijn volgers ingevuld, maar geen gebruikersnaam om ze bij te tellen.
error-import-no-name-column = Kies welke kolom de naam of een gebruikersnaam bevat.
# $line is an earlier line of the same file.
error-import-same-handle = @{ $handle } op { $platform } staat al op regel { $line } van dit bestand.
error-import-many-owners = De gebruikersnamen zijn al van { $count } verschillende creators; pas ze met de hand aan.
error-import-mapping-stale = De gekozen kolommen passen niet bij het bestand; open het opnieuw.
error-import-no-name-set = Geen enkele kolom is ingesteld op Naam of op een gebruikersnaam.

## A deal as typed in the form.

error-deal-no-creator = Kies een creator.
error-deal-no-start = Kies de datum waarop de samenwerking begint.
error-deal-handover-early = De overhandiging kan niet vóór de start van de samenwerking liggen.
error-deal-rating = Geef 1 tot 5 sterren.
error-negative = Mag niet negatief zijn.
error-deal-no-kind = Kies wat voor samenwerking dit is (cadeau, bezoek, ruil, affiliate of betaald).
error-deal-currency = Kies een valuta, zoals EUR of GBP.
error-date = Kies een datum.
error-discount-code = Gebruik hoogstens 30 letters, cijfers, - of _ (geen spaties).
error-web-address = Vul een webadres in dat begint met https:// of http://.
error-too-many-items = Gebruik hoogstens { $max } artikelen.
error-item-name = Geef het artikel een naam.
# $max is the largest amount, already written out (1,000,000,000.00).
error-items-cost-too-much = De artikelen kosten samen meer dan { $max }; verdeel ze over meerdere samenwerkingen.
error-items-worth-too-much = De artikelen zijn samen meer dan { $max } waard; verdeel ze over meerdere samenwerkingen.
# $max is 100,000, already written out.
error-quantity = Gebruik een aantal van 1 tot { $max }.
error-too-many-deliverables = Gebruik hoogstens { $max } regels bij ‘Wat de creator levert’.
error-deliverable-label = Vul in wat er gepost moet worden.
error-due-early = De deadline kan niet vóór de start van de samenwerking liggen.
error-post-link = Plak de link van de post, beginnend met https://.
error-posted-early = De post kan niet vóór de start van de samenwerking liggen.
error-deal-creator-gone = Kies een creator uit de creatorlijst.
error-deal-brief-gone = Die briefing bestaat niet meer.
error-note-too-long = Houd de notitie onder de { $max } tekens.
# $from and $to are deal statuses (Proposed, Agreed, Product sent…), as the board names them.
error-deal-move = Een samenwerking met de status ‘{ $from }’ kan niet naar ‘{ $to }’ worden verplaatst.
error-deal-already-there = Deze samenwerking staat er al.
# $max is the largest amount, already written out (1,000,000,000.00).
error-deal-too-large = De bedragen van deze samenwerking zijn te groot om op te tellen. Gebruik bedragen onder { $max } en controleer de aantallen.
error-nudge-day = Herinneringen zijn voor dag 7, 10 of 14.

## A brief as typed in its editor.

error-brief-campaign = Geef de campagne een naam.
error-too-many-points = Gebruik hoogstens { $max } punten.
error-point-too-long = Houd elk punt onder de { $max } tekens.
# $token is what was typed between braces; $known lists the placeholders that exist.
error-placeholder = { $token } is geen invulveld; gebruik { $known }.
error-step-label = Geef elke stap een korte naam (hoogstens { $max } tekens).
error-step-when = Kies een datum of een week.
error-too-many-steps = Gebruik hoogstens { $max } stappen.
# $code is a discount code.
error-code-taken = { $code } wordt al gebruikt in deze campagne.
error-recipient-code = ‘{ $code }’: gebruik 3 tot 20 letters, cijfers, - of _.
error-not-on-brief = Deze creator staat niet op de briefing. Voeg die eerst toe.
# $pt is the smallest text size, $mm how much too long the page is, $section the title of the
# longest section.
error-brief-too-long = De briefing past niet op één pagina, zelfs niet met tekst op { $pt } pt: hij is ongeveer { $mm } mm te lang. Maak ‘{ $section }’ korter, het langste onderdeel.

## The shop's details and the app's settings.

error-colour = Kies een kleur, zoals #E8554F.
error-website = Vul het adres van de website van de winkel in, bijv. www.example.com.
error-brand-currency = Kies een valutacode, zoals EUR, GBP of USD.
error-shop-name = Vul de naam van je winkel in; briefings worden ermee ondertekend.
error-text-size = Kies een tekstgrootte van 100 %, 125 % of 150 %.
error-window-size = Een venster heeft een grootte nodig.

## A database file that has tables Shoutout's files do not (the $what of error-foreign).
## $kind is the kind of thing in the file, as SQLite names it, $object its name.

error-foreign-changed = { $kind ->
        [table] een tabel
        [index] een index
        [trigger] een trigger
       *[view] een weergave
    } ‘{ $object }’ die anders is gemaakt dan die van Shoutout
error-foreign-extra = { $kind ->
        [table] een tabel
        [index] een index
        [trigger] een trigger
       *[view] een weergave
    } met de naam ‘{ $object }’ die Shoutout nooit maakt
error-foreign-missing = { $kind ->
        [table] geen tabel
        [index] geen index
        [trigger] geen trigger
       *[view] geen weergave
    } met de naam ‘{ $object }’

## Exporting everything to one file, and importing it into an empty Shoutout.

# $reason is the system's own description, in English.
error-export-write = De export kon niet worden geschreven ({ $reason }). Controleer of de schijf nog is aangesloten en probeer het opnieuw.
error-export-not-ours = Dit bestand is geen Shoutout-export.
error-export-version = Deze export is van gegevensversie { $version }; deze Shoutout leest versie { $known }. Open hem met de Shoutout die hem heeft gemaakt, of met dezelfde versie als deze.
error-export-not-empty = Importeer alles in een lege Shoutout: deze bevat al gegevens.
# Said after each of the problems below.
error-export-fix = Verbeter het bestand, of exporteer het opnieuw vanuit de Shoutout die het heeft gemaakt.
# $table, $column and $parent are names in the file, as it writes them; $row counts from 1.
# $problem is one of the error-value-* sentences below.
error-export-value = Rij { $row } van { $table }: { $problem }
error-export-missing = Rij { $row } van { $table } heeft geen { $column }, terwijl elke rij dat nodig heeft.
error-export-unknown-column = Rij { $row } van { $table } heeft een kolom die Shoutout niet kent: ‘{ $column }’.
error-export-empty-row = Rij { $row } van { $table } is leeg: er staan geen waarden in. Verwijder hem.
error-export-not-a-row = Rij { $row } van { $table } is geen rij met benoemde waarden.
error-export-not-a-table = De tabel { $table } is geen lijst met rijen.
error-export-unknown-table = Het bestand heeft een tabel die Shoutout niet kent: ‘{ $table }’.
error-export-no-parent = Rij { $row } van { $table }: { $column } is { $id }, maar { $parent } heeft geen rij met dat id.
error-export-repeated = Rij { $row } van { $table } herhaalt een andere rij: hetzelfde id, of een gebruikersnaam of code die uniek moet zijn, komt twee keer voor.
error-export-refused = Rij { $row } van { $table } bevat waarden die Shoutout niet samen kan opslaan.
error-export-too-many = Er zijn nog meer problemen; het bestand is waarschijnlijk geen Shoutout-export.

## What is wrong with one value of an export. $column is the column's name in the file,
## $found what it holds (a number as it is, or one of the error-found-* descriptions).

error-found-null = niets (null)
error-found-long-text = een tekst van { $count } tekens
error-found-text = ‘{ $text }’
error-found-list = een lijst
error-found-group = een groep waarden
error-value-null = { $column } is leeg (null) maar moet een waarde hebben.
error-value-not-text = { $column } zou tekst moeten zijn, niet { $found }.
error-value-not-whole = { $column } zou een heel getal moeten zijn, niet { $found }.
error-value-at-least = { $column } is { $n }; dat moet minstens { $min } zijn.
error-value-exactly = { $column } is { $n }; dat moet { $min } zijn.
error-value-range = { $column } is { $n }; dat moet van { $min } tot en met { $max } zijn.
error-value-not-number = { $column } zou een getal moeten zijn, niet { $found }.
error-value-not-picture = { $column } is geen afbeelding in het formaat van de export.
error-value-picture-too-big = { $column } is een afbeelding van { $size } bytes; het logo mag hoogstens { $max } bytes zijn.
error-value-too-long = { $column } is { $length } tekens lang; blijf onder de { $max }.
error-value-control = { $column } bevat een regeleinde of een stuurteken.
error-value-empty = { $column } is leeg maar moet een waarde hebben.
# $names lists the values the file may hold, as it writes them.
error-value-enum = { $column } is { $found }; gebruik een van deze waarden: { $names }.
error-value-kinds = { $column } is { $found }; gebruik een of meer van deze waarden, gescheiden door komma’s: { $names }.
error-value-date = { $column } is { $found }; gebruik een datum zoals 2026-12-01.
error-value-stamp = { $column } is { $found }; gebruik een tijdstip zoals 2026-12-01T09:30:00.000Z.
error-value-currency = { $column } is { $found }; gebruik een valutacode van drie letters, zoals EUR.
error-value-email = { $column } is { $found }; dat lijkt geen e-mailadres.
error-value-phone = { $column } is { $found }; gebruik alleen cijfers, spaties en + - ( ).
error-value-handle = { $column } is { $found }; dat is geen gebruikersnaam zoals Shoutout die bewaart.
error-value-url = { $column } is { $found }; gebruik een webadres dat begint met https://.
error-value-deal-code = { $column } is { $found }; gebruik hoogstens 30 hoofdletters, cijfers, - of _.
error-value-recipient-code = { $column } is { $found }; gebruik 3 tot 20 hoofdletters, cijfers, - of _.
error-value-colour = { $column } is { $found }; gebruik een kleur zoals #E8554F.
error-value-list-format = { $column } zou een lijst met punten moeten zijn, geschreven als ["…", "…"].
error-value-too-many-points = { $column } heeft { $count } punten; gebruik er hoogstens { $max }.
error-value-point-too-long = { $column } heeft een punt van meer dan { $max } tekens.
error-value-timeline-format = { $column } zou een lijst met stappen moeten zijn, geschreven als [{"{"}"label": "…", "when": "2026-12-01"{"}"}].
error-value-too-many-steps = { $column } heeft { $count } stappen; gebruik er hoogstens { $max }.
error-value-step-too-long = { $column } heeft een stapnaam van meer dan { $max } tekens.
error-value-step-when = { $column } heeft een stap op ‘{ $when }’, en dat is geen datum of week.

## The desktop app's own problems.

error-app-unavailable = De creatorlijst is niet geopend: de database kon niet worden geopend toen Shoutout startte.
error-app-import-expired = Dat bestand is niet meer geopend om te importeren. Kies het opnieuw.
error-app-nothing-to-restore = Dit kan niet meer worden teruggezet: het is in een eerdere sessie verwijderd.
error-app-backup-not-found = Deze back-up is niet gevonden. Misschien is die verwijderd.
error-app-pdf-not-found = Deze pdf is niet gevonden. Exporteer de briefing opnieuw.
# $reason is the system's own description, in English.
error-app-dialog = Het bestandsvenster kon niet worden geopend: { $reason }
error-app-open = De link kon niet worden geopend: { $reason }
# $reason is error-app-new-backup-missing or the system's own description, in English.
error-app-task = De taak is onverwacht gestopt: { $reason }
error-app-new-backup-missing = de nieuwe back-up is niet gevonden
error-app-link-refused = Alleen https://-webpagina’s en e-mailadressen kunnen worden geopend.
# An import's header row chosen by its line number (the command line's --header-row) that is not a row of the sheet.
error-import-no-header-line = Er is geen regel { $line } die als kopregel kan dienen.
# $sheet: the sheet asked for; $sheets: the workbook's sheets, separated by commas.
error-workbook-no-sheet = Deze werkmap heeft geen blad met de naam ‘{ $sheet }’. De bladen zijn: { $sheets }.
