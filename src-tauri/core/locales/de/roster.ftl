## A creator's page and form.

creator-language = Sprache
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = Wie das Geschäft ({ $name })

## The names of platforms, statuses and tiers, wherever they are shown or written.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Andere
status-prospect = Vorgemerkt
status-contacted = Kontaktiert
status-active = Aktiv
status-paused = Pausiert
status-do_not_contact = Nicht kontaktieren
# Creators below 1,000 followers, not yet nano.
tier-starter = Starter
tier-nano = Nano
tier-micro = Micro
tier-macro = Macro
tier-mega = Mega
tier-range-starter = unter 1K
tier-range-nano = 1K–10K
tier-range-micro = 10K–100K
tier-range-macro = 100K–1M
tier-range-mega = 1M+

## The roster screen: its title, count and buttons.

# The roster screen, for screen readers.
roster-label = Creator-Liste
roster-title = Creator
roster-loading = Wird geladen…
# Under the title while a search or filter is on. $shown: creators matching; $total: all creators.
roster-count-filtered = { $shown } von { $total } Creator
# Under the title: how many creators the roster holds.
roster-count =
    { $count ->
        [one] { $count } Creator
       *[other] { $count } Creator
    }
# Buttons.
roster-import-csv = Tabelle importieren
roster-export-csv = CSV exportieren
roster-add = Creator hinzufügen

## An empty roster: how to start one.

roster-empty-title = Leg deine Creator-Liste an
roster-empty-text = Alle Creator aus deiner Gegend, mit denen du arbeitest, an einem Ort: ihre Handles, Reichweite, Preise und Kontaktdaten.
# Buttons.
roster-empty-add = Creator hinzufügen
roster-empty-brief = Briefing schreiben
roster-empty-import = Tabelle importieren (CSV)
roster-empty-sample = Beispiel-Liste ausprobieren

## Search and filters above the table.

roster-search-label = Creator suchen
roster-search-placeholder = Namen, Handles, Nischen, Notizen…
# Each filter's name (read by screen readers), then its first choice, which filters nothing.
roster-filter-tier = Stufe
roster-filter-tier-all = Alle Stufen
roster-filter-platform = Plattform
roster-filter-platform-all = Alle Plattformen
roster-filter-niche = Nische
roster-filter-niche-all = Alle Nischen
roster-filter-city = Stadt
roster-filter-city-all = Alle Städte
roster-filter-status = Status
roster-filter-status-all = Jeder Status
roster-filter-gifting = Offen für Geschenke
roster-filter-gifting-any = Geschenke: egal
roster-filter-gifting-yes = Offen für Geschenke
roster-filter-gifting-no = Nicht offen für Geschenke
# Before a small box where a percentage is typed, followed by "%".
roster-filter-engagement = Engagement ≥
roster-filter-engagement-label = Mindest-Engagement-Rate in Prozent
# A checkbox that shows archived creators too. $count: how many there are.
roster-filter-archived = Archiviert ({ $count })
# Button: removes the search and every filter.
roster-filter-clear = Zurücksetzen

## The roster table.

# The table, for screen readers.
roster-table = Creator
# Column heads (short: the columns are narrow).
roster-column-name = Creator
roster-column-followers = Follower
roster-column-tier = Stufe
roster-column-engagement = Engagement
roster-column-city = Stadt
roster-column-status = Status
roster-column-gifting = Geschenke
roster-column-niches = Nischen
# $search: the words typed in the search box.
roster-no-match-search = Kein Creator passt zu „{ $search }“.
roster-no-match-filters = Kein Creator passt zu diesen Filtern.
# Button.
roster-no-match-clear = Suche und Filter zurücksetzen
# Under the total followers of a creator with several accounts. $followers: the largest account's, shortened (8K).
roster-row-largest = max. { $followers }
# Tooltip on the tier. $range: the tier's range, such as "1K–10K".
roster-row-tier-title = { $range } Follower auf dem größten Konto
# The Gifting column.
roster-row-gifting-yes = Ja
roster-row-gifting-no = Nein
# Tooltip on the followers. $count: the total over all the creator's accounts.
roster-followers-note =
    { $count ->
        [one] { $count } Follower
       *[other] { $count } Follower
    }
# Tooltip on the followers of a creator with several accounts. $total: all accounts together;
# $largest: the largest account's followers; $platform: that account's platform (Instagram).
roster-followers-note-largest =
    { $total ->
        [one] Insgesamt { $total } Follower; die Stufe richtet sich nach dem größten Konto: { $largest } auf { $platform }
       *[other] Insgesamt { $total } Follower; die Stufe richtet sich nach dem größten Konto: { $largest } auf { $platform }
    }

## Messages after an action on the roster (shown for a few seconds).

roster-sample-added =
    { $count ->
        [one] { $count } Beispiel-Creator hinzugefügt.
       *[other] { $count } Beispiel-Creator hinzugefügt.
    }
# $path: the file written.
roster-exported =
    { $count ->
        [one] { $count } Creator nach { $path } exportiert
       *[other] { $count } Creator nach { $path } exportiert
    }
roster-deleted = { $name } gelöscht.
roster-restored = { $name } wiederhergestellt.
# Button in the message shown when a creator with deals cannot be deleted.
roster-archive-instead = Stattdessen archivieren
roster-archived = { $name } archiviert – die Kooperationen bleiben erhalten.
roster-unarchived = { $name } ist wieder in der Creator-Liste.
roster-added = { $name } hinzugefügt.
roster-saved = { $name } gespeichert.

## The form that adds or edits a creator.

roster-form-add-title = Creator hinzufügen
roster-form-edit-title = { $name } bearbeiten
roster-form-check = Bitte prüfe die markierten Felder.
roster-form-handles = Handles und Follower
# Beside "Handles and followers": how follower counts can be typed.
roster-form-handles-hint = — Follower als 12.500 oder 12,5K
# Placeholders in the handle box: for "Other", then for Instagram, TikTok and YouTube.
roster-form-link-placeholder = Link zum Profil
roster-form-handle-placeholder = @Handle oder Profil-Link
# For screen readers. $platform: Instagram, TikTok, YouTube or Other.
roster-form-handle-label = { $platform }-Handle
roster-form-followers-label = { $platform }-Follower
roster-form-followers-placeholder = Follower
roster-form-engagement = Engagement
roster-form-engagement-hint = — Durchschnitt pro Beitrag oder die Rate, wenn du sie kennst
# Short labels over four narrow boxes.
roster-form-avg-likes = Ø Likes
roster-form-avg-comments = Ø Kommentare
roster-form-avg-shares = Ø Shares
roster-form-rate-percent = Oder Rate %
# Beside "Niches".
roster-form-niches-hint = (durch Kommas getrennt)
# Example niches, written as a user would type them.
roster-form-niches-placeholder = Kaffee, Brunch
roster-form-rate-placeholder = z. B. 150
# A checkbox.
roster-form-gifting = Offen für Geschenke (Produkt gegen Inhalte)
# Buttons.
roster-form-cancel = Abbrechen
roster-form-save = Speichern
roster-form-add = Hinzufügen

## A creator's page.

# Button back to the roster.
roster-page-back = ← Alle Creator
# Badges beside the name.
roster-page-gifting = Offen für Geschenke
roster-page-archived = Archiviert
# Buttons.
roster-page-edit = Bearbeiten
roster-page-new-deal = Neue Kooperation
roster-page-unarchive = Wiederherstellen
roster-page-archive = Archivieren
roster-page-delete = Löschen
# Under the total followers of a creator with several accounts. $followers: the largest account's; $platform: its platform.
roster-page-largest = insgesamt · Stufe nach dem größten Konto, { $followers } auf { $platform }
roster-page-engagement = Engagement
# Under the engagement rate: how it was found.
roster-page-engagement-computed = aus Ø Likes, Kommentaren und Shares
roster-page-engagement-typed = wie eingegeben
roster-page-handles = Handles
roster-page-no-handles = Noch keine Handles.
# Where the niches would be.
roster-page-no-niches = Noch keine.
roster-page-contact = Kontakt
roster-page-audience = Reichweite und Verlauf
# Dates the creator was added and last changed.
roster-page-added = Hinzugefügt
roster-page-updated = Geändert
roster-page-deals = Kooperationen
roster-page-no-deals = Noch keine Kooperationen mit { $name }.
# What the creator was given, at retail price; under it, what it cost the shop ($amount).
roster-page-received = Erhalten (Verkaufspreis)
roster-page-at-cost = { $amount } zum Einkaufspreis
# Posts the creator still owes.
roster-page-owed = Noch offen
roster-page-owed-posts =
    { $count ->
        [one] { $count } Beitrag
       *[other] { $count } Beiträge
    }
roster-page-overdue-count = { $count } überfällig
roster-page-reach = Reichweite
roster-page-clicks =
    { $count ->
        [one] { $count } Klick
       *[other] { $count } Klicks
    }
# Discount codes redeemed · customers who came in because of the creator.
roster-page-codes-walk-ins = Codes · Ladenbesuche
roster-page-revenue = Umsatz
# Badge on a deal whose content is late.
roster-page-overdue = Überfällig
roster-page-feedback = Feedback
# Badges: whether the shop would work with the creator again.
roster-page-work-again = Gerne wieder
roster-page-not-again = Nicht wieder

## Importing creators from a CSV file.

roster-import-title = Creator aus einer Tabelle importieren
roster-import-intro = Wähle eine Tabelle: eine Excel- oder LibreOffice-Datei (.xlsx, .xls, .ods) oder eine CSV-Datei, die du aus Numbers oder Google Tabellen gespeichert hast. Du siehst, was importiert wird, bevor sich etwas ändert.
# The column names are the headers the app recognises (mostly English ones); the follower counts are examples of what can be read.
roster-import-intro-columns = Spalten wie Name, Instagram, TikTok, YouTube, Followers, Niche, Stadt und E-Mail werden automatisch erkannt. Follower-Zahlen wie 12,5K, 48.200 oder 1,2M werden verstanden.
# Button.
roster-import-choose = Tabelle wählen…
roster-import-progress = Import läuft… { $done } von { $total }
# After the file's name: how many rows it has.
roster-import-rows =
    { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }
# How the file's columns are separated.
roster-import-delimiter =
    { $delimiter ->
        [semicolon] durch Semikolons getrennt
        [tab] durch Tabs getrennt
       *[comma] durch Kommas getrennt
    }
# Badges: rows that are new creators, creators already in the roster, rows that cannot be read.
roster-import-new = { $count } neu
roster-import-duplicates = { $count } schon in der Liste
roster-import-problems = { $count } mit Problemen
roster-import-columns = Spalten
# A column with no header. $number: its position (1, 2, …).
roster-import-column = Spalte { $number }
# For screen readers: the menu that says which field a column fills. $column: its header.
roster-import-field-for = Feld für Spalte { $column }
# First choice in each column's menu.
roster-import-skip-column = Nicht importieren
roster-import-already = Schon in deiner Creator-Liste
# Choices for the creators already in the roster.
roster-import-policy-merge = Mit den Werten aus der Datei aktualisieren
roster-import-policy-skip = So lassen, wie sie sind
# In bold before a row's problem or duplicate. $line: the line in the file.
roster-import-line = Zeile { $line }
# $name: the name in the file; $handle: its handle; $existing: the creator in the roster who has that handle.
roster-import-duplicate = { $name } — { $handle } gehört zu { $existing }
# At the end of a shortened list.
roster-import-more = …und { $count } weitere
roster-import-rejected = Zeilen, die nicht importiert werden
# Shown when the import is done, and as a message.
roster-import-added =
    { $count ->
        [one] { $count } neuer Creator importiert.
       *[other] { $count } neue Creator importiert.
    }
# A message when the import is done. $merged: creators already in the roster that were updated.
roster-import-added-updated =
    { $count ->
        [one] { $count } neuer Creator importiert, { $merged } aktualisiert.
       *[other] { $count } neue Creator importiert, { $merged } aktualisiert.
    }
roster-import-merged =
    { $count ->
        [one] { $count } vorhandener Creator aktualisiert.
       *[other] { $count } vorhandene Creator aktualisiert.
    }
roster-import-skipped =
    { $count ->
        [one] { $count } vorhandener Creator unverändert gelassen.
       *[other] { $count } vorhandene Creator unverändert gelassen.
    }
roster-import-not-imported =
    { $count ->
        [one] { $count } Zeile wurde nicht importiert:
       *[other] { $count } Zeilen wurden nicht importiert:
    }
# Buttons.
roster-import-done = Fertig
roster-import-cancel = Abbrechen
roster-import-choose-another = Andere Datei wählen
roster-import-confirm =
    { $count ->
        [one] { $count } Creator importieren
       *[other] { $count } Creator importieren
    }

## The fields of a creator: in the import's column menus, and as labels on the form and the page.

roster-field-name = Name
roster-field-instagram = Instagram-Handle
roster-field-instagram_followers = Instagram-Follower
roster-field-tiktok = TikTok-Handle
roster-field-tiktok_followers = TikTok-Follower
roster-field-youtube = YouTube-Handle
roster-field-youtube_followers = YouTube-Follower
roster-field-other_handle = Anderer Handle oder Link
roster-field-other_followers = Follower (andere)
# A handle whose platform another column gives, or a link that tells it.
roster-field-handle = Handle oder Profil-Link
roster-field-platform = Plattform
roster-field-followers = Follower
roster-field-avg_likes = Ø Likes
roster-field-avg_comments = Ø Kommentare
roster-field-avg_shares = Ø Shares
roster-field-engagement_rate = Engagement-Rate
roster-field-niches = Nischen
roster-field-city = Stadt
roster-field-email = E-Mail
roster-field-phone = Telefon
roster-field-rate = Preis pro Beitrag
roster-field-currency = Währung
roster-field-open_to_gifting = Offen für Geschenke
roster-field-status = Status
roster-field-notes = Notizen

## Column headers and yes/no words of the roster's CSV export; the import recognises them in every language.

roster-csv-name = Name
roster-csv-instagram-followers = Instagram-Follower
roster-csv-tiktok-followers = TikTok-Follower
roster-csv-youtube-followers = YouTube-Follower
roster-csv-other-followers = Follower (andere)
roster-csv-total-followers = Follower gesamt
roster-csv-tier = Stufe
roster-csv-engagement-rate = Engagement-Rate
roster-csv-avg-likes = Ø Likes
roster-csv-avg-comments = Ø Kommentare
roster-csv-avg-shares = Ø Shares
roster-csv-niches = Nischen
roster-csv-city = Stadt
roster-csv-email = E-Mail
roster-csv-phone = Telefon
roster-csv-rate = Preis
roster-csv-currency = Währung
roster-csv-open-to-gifting = Offen für Geschenke
roster-csv-status = Status
roster-csv-notes = Notizen
roster-csv-created = Erstellt
roster-csv-updated = Geändert
# The cells of the "Open to gifting" column.
roster-csv-yes = ja
roster-csv-no = nein

## Importing: rows that are not creators, and cells that could not be read.

# A row left out of an import because its first cell says Total (or Sum…).
roster-import-ignored-total = Eine Summenzeile, kein Creator.
# A row left out because it has neither a name nor a handle.
roster-import-ignored-nobody = Kein Name und kein Handle, also kein Creator.
# A creator imported with one cell left empty. $field: the field (Rate, Email…); $text: what the cell said.
roster-import-cell-dropped = Das Feld { $field } ließ sich nicht lesen („{ $text }“); es bleibt leer, der Text steht in den Notizen.
# The line added to the creator's notes for such a cell, and for a rate range ("150-200").
roster-import-kept-in-notes = { $field } in der Tabelle: { $text }
# The field name used for a handle cell that could not be read.
roster-import-label-handle = Handle
# The menu that chooses which row of the sheet holds the column names.
roster-import-header-row = Kopfzeile
# A choice in that menu. $line: the row's line; $cells: its first cells.
roster-import-header-option = Zeile { $line }: { $cells }
# The menu that chooses a workbook's sheet.
roster-import-sheet = Blatt
# Badges beside the counts of new and already known creators.
roster-import-warnings = { $count } mit Zelle in den Notizen
roster-import-ignored =
    { $count ->
        [one] { $count } kein Creator
       *[other] { $count } keine Creator
    }
# Headings of the lists of those rows.
roster-import-warned-title = Importierte Zeilen mit einer Zelle in den Notizen
roster-import-ignored-title = Ausgelassene Zeilen: keine Creator
