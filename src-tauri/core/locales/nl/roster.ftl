## A creator's page and form.

creator-language = Taal
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = Taal van de winkel ({ $name })

## The names of platforms, statuses and tiers, wherever they are shown or written.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Overig
status-prospect = Prospect
status-contacted = Benaderd
status-active = Actief
status-paused = Gepauzeerd
status-do_not_contact = Niet benaderen
# Creators below 1,000 followers, not yet nano.
tier-starter = Starter
tier-nano = Nano
tier-micro = Micro
tier-macro = Macro
tier-mega = Mega
tier-range-starter = minder dan 1K
tier-range-nano = 1K–10K
tier-range-micro = 10K–100K
tier-range-macro = 100K–1M
tier-range-mega = 1M+

## The roster screen: its title, count and buttons.

# The roster screen, for screen readers.
roster-label = Creatorlijst
roster-title = Creators
roster-loading = Laden…
# Under the title while a search or filter is on. $shown: creators matching; $total: all creators.
roster-count-filtered =
    { $total ->
        [one] { $shown } van { $total } creator
       *[other] { $shown } van { $total } creators
    }
# Under the title: how many creators the roster holds.
roster-count =
    { $count ->
        [one] { $count } creator
       *[other] { $count } creators
    }
# Buttons.
roster-import-csv = Spreadsheet importeren
roster-export-csv = CSV exporteren
roster-add = Creator toevoegen

## An empty roster: how to start one.

roster-empty-title = Begin je creatorlijst
roster-empty-text = Houd de lokale creators met wie je werkt op één plek bij: hun gebruikersnamen, publiek, tarieven en hoe je ze bereikt.
# Buttons.
roster-empty-add = Creator toevoegen
roster-empty-brief = Briefing schrijven
roster-empty-import = Spreadsheet importeren (CSV)
roster-empty-sample = Voorbeeldlijst proberen

## Search and filters above the table.

roster-search-label = Creators zoeken
roster-search-placeholder = Namen, gebruikersnamen, niches, notities…
# Each filter's name (read by screen readers), then its first choice, which filters nothing.
roster-filter-tier = Categorie
roster-filter-tier-all = Alle categorieën
roster-filter-platform = Platform
roster-filter-platform-all = Alle platforms
roster-filter-niche = Niche
roster-filter-niche-all = Alle niches
roster-filter-city = Plaats
roster-filter-city-all = Alle plaatsen
roster-filter-status = Status
roster-filter-status-all = Alle statussen
roster-filter-gifting = Open voor cadeaus
roster-filter-gifting-any = Cadeaus: maakt niet uit
roster-filter-gifting-yes = Open voor cadeaus
roster-filter-gifting-no = Niet open voor cadeaus
# Before a small box where a percentage is typed, followed by "%".
roster-filter-engagement = Engagement ≥
roster-filter-engagement-label = Minimaal engagementpercentage
# A checkbox that shows archived creators too. $count: how many there are.
roster-filter-archived = Gearchiveerd ({ $count })
# Button: removes the search and every filter.
roster-filter-clear = Wissen

## The roster table.

# The table, for screen readers.
roster-table = Creators
# Column heads (short: the columns are narrow).
roster-column-name = Creator
roster-column-followers = Volgers
roster-column-tier = Categorie
roster-column-engagement = Engagement
roster-column-city = Plaats
roster-column-status = Status
roster-column-gifting = Cadeaus
roster-column-niches = Niches
# $search: the words typed in the search box.
roster-no-match-search = Geen creators gevonden voor ‘{ $search }’.
roster-no-match-filters = Geen creators gevonden met deze filters.
# Button.
roster-no-match-clear = Zoekopdracht en filters wissen
# Under the total followers of a creator with several accounts. $followers: the largest account's, shortened (8K).
roster-row-largest = grootste { $followers }
# Tooltip on the tier. $range: the tier's range, such as "1K–10K".
roster-row-tier-title = { $range } volgers op het grootste account
# The Gifting column.
roster-row-gifting-yes = Ja
roster-row-gifting-no = Nee
# Tooltip on the followers. $count: the total over all the creator's accounts.
roster-followers-note =
    { $count ->
        [one] { $count } volger
       *[other] { $count } volgers
    }
# Tooltip on the followers of a creator with several accounts. $total: all accounts together;
# $largest: the largest account's followers; $platform: that account's platform (Instagram).
roster-followers-note-largest =
    { $total ->
        [one] { $total } volger in totaal; de categorie hangt af van het grootste account: { $largest } op { $platform }
       *[other] { $total } volgers in totaal; de categorie hangt af van het grootste account: { $largest } op { $platform }
    }

## Messages after an action on the roster (shown for a few seconds).

roster-sample-added =
    { $count ->
        [one] { $count } voorbeeldcreator toegevoegd.
       *[other] { $count } voorbeeldcreators toegevoegd.
    }
# $path: the file written.
roster-exported =
    { $count ->
        [one] { $count } creator geëxporteerd naar { $path }
       *[other] { $count } creators geëxporteerd naar { $path }
    }
roster-deleted = { $name } verwijderd.
roster-restored = { $name } teruggezet.
# Button in the message shown when a creator with deals cannot be deleted.
roster-archive-instead = Liever archiveren
roster-archived = { $name } gearchiveerd: de samenwerkingen blijven bewaard.
roster-unarchived = { $name } staat weer in de creatorlijst.
roster-added = { $name } toegevoegd.
roster-saved = { $name } opgeslagen.

## The form that adds or edits a creator.

roster-form-add-title = Creator toevoegen
roster-form-edit-title = { $name } bewerken
roster-form-check = Controleer de gemarkeerde velden.
roster-form-handles = Gebruikersnamen en volgers
# Beside "Handles and followers": how follower counts can be typed.
roster-form-handles-hint = — volgers als 12.500 of 12,5K
# Placeholders in the handle box: for "Other", then for Instagram, TikTok and YouTube.
roster-form-link-placeholder = Link naar het profiel
roster-form-handle-placeholder = @gebruikersnaam of profiellink
# For screen readers. $platform: Instagram, TikTok, YouTube or Other.
roster-form-handle-label = { $platform }-gebruikersnaam
roster-form-followers-label = { $platform }-volgers
roster-form-followers-placeholder = Volgers
roster-form-engagement = Engagement
roster-form-engagement-hint = — gemiddelden per post, of het percentage als je dat weet
# Short labels over four narrow boxes.
roster-form-avg-likes = Gem. likes
roster-form-avg-comments = Gem. reacties
roster-form-avg-shares = Gem. shares
roster-form-rate-percent = Of %
# Beside "Niches".
roster-form-niches-hint = (gescheiden door komma’s)
# Example niches, written as a user would type them.
roster-form-niches-placeholder = koffie, brunch
roster-form-rate-placeholder = bijv. 150
# A checkbox.
roster-form-gifting = Open voor cadeaus (product in ruil voor content)
# Buttons.
roster-form-cancel = Annuleren
roster-form-save = Wijzigingen opslaan
roster-form-add = Creator toevoegen

## A creator's page.

# Button back to the roster.
roster-page-back = ← Alle creators
# Badges beside the name.
roster-page-gifting = Open voor cadeaus
roster-page-archived = Gearchiveerd
# Buttons.
roster-page-edit = Bewerken
roster-page-new-deal = Nieuwe samenwerking
roster-page-unarchive = Uit archief halen
roster-page-archive = Archiveren
roster-page-delete = Verwijderen
# Under the total followers of a creator with several accounts. $followers: the largest account's; $platform: its platform.
roster-page-largest = in totaal · categorie volgens het grootste account, { $followers } op { $platform }
roster-page-engagement = Engagement
# Under the engagement rate: how it was found.
roster-page-engagement-computed = uit gemiddelde likes, reacties en shares
roster-page-engagement-typed = zoals ingevoerd
roster-page-handles = Gebruikersnamen
roster-page-no-handles = Nog geen gebruikersnamen.
# Where the niches would be.
roster-page-no-niches = Nog geen.
roster-page-contact = Contact
roster-page-audience = Publiek en geschiedenis
# Dates the creator was added and last changed.
roster-page-added = Toegevoegd
roster-page-updated = Bijgewerkt
roster-page-deals = Samenwerkingen
roster-page-no-deals = Nog geen samenwerkingen met { $name }.
# What the creator was given, at retail price; under it, what it cost the shop ($amount).
roster-page-received = Ontvangen (verkoopprijs)
roster-page-at-cost = { $amount } tegen kostprijs
# Posts the creator still owes.
roster-page-owed = Nog te leveren
roster-page-owed-posts =
    { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
roster-page-overdue-count = { $count } te laat
roster-page-reach = Bereik
roster-page-clicks =
    { $count ->
        [one] { $count } klik
       *[other] { $count } klikken
    }
# Discount codes redeemed · customers who came in because of the creator.
roster-page-codes-walk-ins = Codes · winkelbezoeken
roster-page-revenue = Omzet
# Badge on a deal whose content is late.
roster-page-overdue = Te laat
roster-page-feedback = Feedback
# Badges: whether the shop would work with the creator again.
roster-page-work-again = Graag weer
roster-page-not-again = Niet weer

## Importing creators from a CSV file.

roster-import-title = Creators importeren uit een spreadsheet
roster-import-intro = Kies een spreadsheet: een Excel- of LibreOffice-bestand (.xlsx, .xls, .ods), of een CSV-bestand dat je hebt opgeslagen vanuit Numbers of Google Spreadsheets. Je ziet wat er wordt geïmporteerd voordat er iets verandert.
# The column names are the headers the app recognises (mostly English ones); the follower counts are examples of what can be read.
roster-import-intro-columns = Kolommen zoals Name, Instagram, TikTok, YouTube, Followers, Niche, City en Email worden automatisch herkend. Aantallen volgers zoals 12,5K, 48.200 of 1,2M worden begrepen.
# Button.
roster-import-choose = Spreadsheet kiezen…
roster-import-progress = Importeren… { $done } van { $total }
# After the file's name: how many rows it has.
roster-import-rows =
    { $count ->
        [one] { $count } rij
       *[other] { $count } rijen
    }
# How the file's columns are separated.
roster-import-delimiter =
    { $delimiter ->
        [semicolon] gescheiden door puntkomma’s
        [tab] gescheiden door tabs
       *[comma] gescheiden door komma’s
    }
# Badges: rows that are new creators, creators already in the roster, rows that cannot be read.
roster-import-new = { $count } nieuw
roster-import-duplicates = { $count } al in de lijst
roster-import-problems = { $count } met problemen
roster-import-columns = Kolommen
# A column with no header. $number: its position (1, 2, …).
roster-import-column = Kolom { $number }
# For screen readers: the menu that says which field a column fills. $column: its header.
roster-import-field-for = Veld voor kolom { $column }
# First choice in each column's menu.
roster-import-skip-column = Niet importeren
roster-import-already = Al in je creatorlijst
# Choices for the creators already in the roster.
roster-import-policy-merge = Bijwerken met de waarden uit het bestand
roster-import-policy-skip = Laten zoals ze zijn
# In bold before a row's problem or duplicate. $line: the line in the file.
roster-import-line = Regel { $line }
# $name: the name in the file; $handle: its handle; $existing: the creator in the roster who has that handle.
roster-import-duplicate = { $name } — { $handle } is van { $existing }
# At the end of a shortened list.
roster-import-more = …en nog { $count }
roster-import-rejected = Rijen die niet worden geïmporteerd
# Shown when the import is done, and as a message.
roster-import-added =
    { $count ->
        [one] { $count } nieuwe creator geïmporteerd.
       *[other] { $count } nieuwe creators geïmporteerd.
    }
# A message when the import is done. $merged: creators already in the roster that were updated.
roster-import-added-updated =
    { $count ->
        [one] { $count } nieuwe creator geïmporteerd, { $merged } bijgewerkt.
       *[other] { $count } nieuwe creators geïmporteerd, { $merged } bijgewerkt.
    }
roster-import-merged = { $count } bestaande bijgewerkt.
roster-import-skipped = { $count } bestaande ongewijzigd gelaten.
roster-import-not-imported =
    { $count ->
        [one] { $count } rij is niet geïmporteerd:
       *[other] { $count } rijen zijn niet geïmporteerd:
    }
# Buttons.
roster-import-done = Klaar
roster-import-cancel = Annuleren
roster-import-choose-another = Ander bestand kiezen
roster-import-confirm =
    { $count ->
        [one] { $count } creator importeren
       *[other] { $count } creators importeren
    }

## The fields of a creator: in the import's column menus, and as labels on the form and the page.

roster-field-name = Naam
roster-field-instagram = Instagram-gebruikersnaam
roster-field-instagram_followers = Instagram-volgers
roster-field-tiktok = TikTok-gebruikersnaam
roster-field-tiktok_followers = TikTok-volgers
roster-field-youtube = YouTube-gebruikersnaam
roster-field-youtube_followers = YouTube-volgers
roster-field-other_handle = Andere gebruikersnaam of link
roster-field-other_followers = Volgers (overig)
# A handle whose platform another column gives, or a link that tells it.
roster-field-handle = Gebruikersnaam of profiellink
roster-field-platform = Platform
roster-field-followers = Volgers
roster-field-avg_likes = Gemiddelde likes
roster-field-avg_comments = Gemiddelde reacties
roster-field-avg_shares = Gemiddelde shares
roster-field-engagement_rate = Engagementpercentage
roster-field-niches = Niches
roster-field-city = Plaats
roster-field-email = E-mail
roster-field-phone = Telefoon
roster-field-rate = Tarief per post
roster-field-currency = Valuta
roster-field-open_to_gifting = Open voor cadeaus
roster-field-status = Status
roster-field-notes = Notities

## Column headers and yes/no words of the roster's CSV export; the import recognises them in every language.

roster-csv-name = Naam
roster-csv-instagram-followers = Instagram-volgers
roster-csv-tiktok-followers = TikTok-volgers
roster-csv-youtube-followers = YouTube-volgers
roster-csv-other-followers = Volgers (overig)
roster-csv-total-followers = Totaal aantal volgers
roster-csv-tier = Categorie
roster-csv-engagement-rate = Engagementpercentage
roster-csv-avg-likes = Gemiddelde likes
roster-csv-avg-comments = Gemiddelde reacties
roster-csv-avg-shares = Gemiddelde shares
roster-csv-niches = Niches
roster-csv-city = Plaats
roster-csv-email = E-mail
roster-csv-phone = Telefoon
roster-csv-rate = Tarief
roster-csv-currency = Valuta
roster-csv-open-to-gifting = Open voor cadeaus
roster-csv-status = Status
roster-csv-notes = Notities
roster-csv-created = Toegevoegd
roster-csv-updated = Bijgewerkt
# The cells of the "Open to gifting" column.
roster-csv-yes = ja
roster-csv-no = nee

## Importing: rows that are not creators, and cells that could not be read.

# A row left out of an import because its first cell says Total (or Sum…).
roster-import-ignored-total = Een totaalrij, geen creator.
# A row left out because it has neither a name nor a handle.
roster-import-ignored-nobody = Geen naam en geen gebruikersnaam, dus geen creator.
# A creator imported with one cell left empty. $field: the field (Rate, Email…); $text: what the cell said.
roster-import-cell-dropped = { $field }: ‘{ $text }’ kon niet worden gelezen; het veld is leeg gelaten en de tekst is bewaard in de notities.
# The line added to the creator's notes for such a cell, and for a rate range ("150-200").
roster-import-kept-in-notes = { $field } in de spreadsheet: { $text }
# The field name used for a handle cell that could not be read.
roster-import-label-handle = Gebruikersnaam
# The menu that chooses which row of the sheet holds the column names.
roster-import-header-row = Kopregel
# A choice in that menu. $line: the row's line; $cells: its first cells.
roster-import-header-option = Regel { $line }: { $cells }
# The menu that chooses a workbook's sheet.
roster-import-sheet = Blad
# Badges beside the counts of new and already known creators.
roster-import-warnings = { $count } met een cel in de notities
roster-import-ignored =
    { $count ->
        [one] { $count } geen creator
       *[other] { $count } geen creators
    }
# Headings of the lists of those rows.
roster-import-warned-title = Geïmporteerd, met een cel bewaard in de notities
roster-import-ignored-title = Weggelaten: geen creators
