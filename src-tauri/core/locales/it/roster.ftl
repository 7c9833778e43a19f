## A creator's page and form.

creator-language = Lingua
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = Quella del negozio ({ $name })

## The names of platforms, statuses and tiers, wherever they are shown or written.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Altro
status-prospect = Da contattare
status-contacted = Contattato
status-active = Attivo
status-paused = In pausa
status-do_not_contact = Non contattare
# Creators below 1,000 followers, not yet nano.
tier-starter = Esordiente
tier-nano = Nano
tier-micro = Micro
tier-macro = Macro
tier-mega = Mega
tier-range-starter = meno di 1K
tier-range-nano = 1K–10K
tier-range-micro = 10K–100K
tier-range-macro = 100K–1M
tier-range-mega = 1M+

## The roster screen: its title, count and buttons.

# The roster screen, for screen readers.
roster-label = Elenco dei creator
roster-title = Creator
roster-loading = Caricamento…
# Under the title while a search or filter is on. $shown: creators matching; $total: all creators.
roster-count-filtered = { $shown } di { $total } creator
# Under the title: how many creators the roster holds.
roster-count =
    { $count ->
        [one] { $count } creator
       *[other] { $count } creator
    }
# Buttons.
roster-import-csv = Importa foglio di calcolo
roster-export-csv = Esporta CSV
roster-add = Aggiungi creator

## An empty roster: how to start one.

roster-empty-title = Inizia il tuo elenco dei creator
roster-empty-text = Tieni in un unico posto i creator locali con cui lavori: i loro nomi utente, il pubblico, le tariffe e come contattarli.
# Buttons.
roster-empty-add = Aggiungi un creator
roster-empty-brief = Scrivi un brief
roster-empty-import = Importa un foglio di calcolo (CSV)
roster-empty-sample = Prova un elenco di esempio

## Search and filters above the table.

roster-search-label = Cerca creator
roster-search-placeholder = Nomi, nomi utente, nicchie, note…
# Each filter's name (read by screen readers), then its first choice, which filters nothing.
roster-filter-tier = Fascia
roster-filter-tier-all = Tutte le fasce
roster-filter-platform = Piattaforma
roster-filter-platform-all = Tutte le piattaforme
roster-filter-niche = Nicchia
roster-filter-niche-all = Tutte le nicchie
roster-filter-city = Città
roster-filter-city-all = Tutte le città
roster-filter-status = Stato
roster-filter-status-all = Qualsiasi stato
roster-filter-gifting = Accetta regali
roster-filter-gifting-any = Regali: tutti
roster-filter-gifting-yes = Accetta regali
roster-filter-gifting-no = Non accetta regali
# Before a small box where a percentage is typed, followed by "%".
roster-filter-engagement = Engagement ≥
roster-filter-engagement-label = Tasso di engagement minimo in percentuale
# A checkbox that shows archived creators too. $count: how many there are.
roster-filter-archived = Archiviati ({ $count })
# Button: removes the search and every filter.
roster-filter-clear = Azzera

## The roster table.

# The table, for screen readers.
roster-table = Creator
# Column heads (short: the columns are narrow).
roster-column-name = Creator
roster-column-followers = Follower
roster-column-tier = Fascia
roster-column-engagement = Engagement
roster-column-city = Città
roster-column-status = Stato
roster-column-gifting = Regali
roster-column-niches = Nicchie
# $search: the words typed in the search box.
roster-no-match-search = Nessun creator corrisponde a «{ $search }».
roster-no-match-filters = Nessun creator corrisponde a questi filtri.
# Button.
roster-no-match-clear = Azzera ricerca e filtri
# Under the total followers of a creator with several accounts. $followers: the largest account's, shortened (8K).
roster-row-largest = max { $followers }
# Tooltip on the tier. $range: the tier's range, such as "1K–10K".
roster-row-tier-title = { $range } follower sull’account più grande
# The Gifting column.
roster-row-gifting-yes = Sì
roster-row-gifting-no = No
# Tooltip on the followers. $count: the total over all the creator's accounts.
roster-followers-note =
    { $count ->
        [one] { $count } follower
       *[other] { $count } follower
    }
# Tooltip on the followers of a creator with several accounts. $total: all accounts together;
# $largest: the largest account's followers; $platform: that account's platform (Instagram).
roster-followers-note-largest =
    { $total ->
        [one] { $total } follower in totale; la fascia dipende dall’account più grande: { $largest } su { $platform }
       *[other] { $total } follower in totale; la fascia dipende dall’account più grande: { $largest } su { $platform }
    }

## Messages after an action on the roster (shown for a few seconds).

roster-sample-added =
    { $count ->
        [one] Aggiunto { $count } creator di esempio.
       *[other] Aggiunti { $count } creator di esempio.
    }
# $path: the file written.
roster-exported =
    { $count ->
        [one] Esportato { $count } creator in { $path }
       *[other] Esportati { $count } creator in { $path }
    }
roster-deleted = Hai eliminato { $name }.
roster-restored = Hai ripristinato { $name }.
# Button in the message shown when a creator with deals cannot be deleted.
roster-archive-instead = Archivia
roster-archived = Hai archiviato { $name }: le sue collaborazioni restano.
roster-unarchived = { $name } è di nuovo nell’elenco.
roster-added = Hai aggiunto { $name }.
roster-saved = Modifiche a { $name } salvate.

## The form that adds or edits a creator.

roster-form-add-title = Aggiungi un creator
roster-form-edit-title = Modifica { $name }
roster-form-check = Controlla i campi evidenziati.
roster-form-handles = Nomi utente e follower
# Beside "Handles and followers": how follower counts can be typed.
roster-form-handles-hint = — follower come 12.500 o 12,5K
# Placeholders in the handle box: for "Other", then for Instagram, TikTok and YouTube.
roster-form-link-placeholder = Link al profilo
roster-form-handle-placeholder = @nomeutente o link al profilo
# For screen readers. $platform: Instagram, TikTok, YouTube or Other.
roster-form-handle-label = Nome utente { $platform }
roster-form-followers-label = Follower { $platform }
roster-form-followers-placeholder = Follower
roster-form-engagement = Engagement
roster-form-engagement-hint = — medie per post, o il tasso se lo conosci
# Short labels over four narrow boxes.
roster-form-avg-likes = Mi piace medi
roster-form-avg-comments = Commenti medi
roster-form-avg-shares = Condivisioni medie
roster-form-rate-percent = O tasso %
# Beside "Niches".
roster-form-niches-hint = (separate da virgole)
# Example niches, written as a user would type them.
roster-form-niches-placeholder = caffè, brunch
roster-form-rate-placeholder = es. 150
# A checkbox.
roster-form-gifting = Accetta regali (prodotto in cambio di contenuti)
# Buttons.
roster-form-cancel = Annulla
roster-form-save = Salva modifiche
roster-form-add = Aggiungi creator

## A creator's page.

# Button back to the roster.
roster-page-back = ← Tutti i creator
# Badges beside the name.
roster-page-gifting = Accetta regali
roster-page-archived = Archiviato
# Buttons.
roster-page-edit = Modifica
roster-page-new-deal = Nuova collaborazione
roster-page-unarchive = Ripristina
roster-page-archive = Archivia
roster-page-delete = Elimina
# Under the total followers of a creator with several accounts. $followers: the largest account's; $platform: its platform.
roster-page-largest = in totale · fascia in base all’account più grande, { $followers } su { $platform }
roster-page-engagement = Engagement
# Under the engagement rate: how it was found.
roster-page-engagement-computed = dalla media di mi piace, commenti e condivisioni
roster-page-engagement-typed = come inserito
roster-page-handles = Nomi utente
roster-page-no-handles = Ancora nessun nome utente.
# Where the niches would be.
roster-page-no-niches = Ancora nessuna.
roster-page-contact = Contatti
roster-page-audience = Pubblico e storico
# Dates the creator was added and last changed.
roster-page-added = Aggiunto
roster-page-updated = Aggiornato
roster-page-deals = Collaborazioni
roster-page-no-deals = Ancora nessuna collaborazione con { $name }.
# What the creator was given, at retail price; under it, what it cost the shop ($amount).
roster-page-received = Ricevuto (prezzo di vendita)
roster-page-at-cost = { $amount } a prezzo di costo
# Posts the creator still owes.
roster-page-owed = Da pubblicare
roster-page-owed-posts =
    { $count ->
        [one] { $count } post
       *[other] { $count } post
    }
roster-page-overdue-count = { $count } in ritardo
roster-page-reach = Copertura
roster-page-clicks =
    { $count ->
        [one] { $count } clic
       *[other] { $count } clic
    }
# Discount codes redeemed · customers who came in because of the creator.
roster-page-codes-walk-ins = Codici · clienti in negozio
roster-page-revenue = Ricavi
# Badge on a deal whose content is late.
roster-page-overdue = In ritardo
roster-page-feedback = Feedback
# Badges: whether the shop would work with the creator again.
roster-page-work-again = Da ricontattare
roster-page-not-again = Da non ricontattare

## Importing creators from a CSV file.

roster-import-title = Importa creator da un foglio di calcolo
roster-import-intro = Scegli un foglio di calcolo: un file Excel o LibreOffice (.xlsx, .xls, .ods) oppure un file CSV salvato da Numbers o Fogli Google. Prima di qualsiasi modifica vedrai cosa verrà importato.
# The column names are the headers the app recognises (mostly English ones); the follower counts are examples of what can be read.
roster-import-intro-columns = Colonne come Name, Instagram, TikTok, YouTube, Followers, Niche, City ed Email vengono riconosciute automaticamente. Numeri di follower come 12,5K, 48.200 o 1,2M vengono letti correttamente.
# Button.
roster-import-choose = Scegli un foglio di calcolo…
roster-import-progress = Importazione… { $done } di { $total }
# After the file's name: how many rows it has.
roster-import-rows =
    { $count ->
        [one] { $count } riga
       *[other] { $count } righe
    }
# How the file's columns are separated.
roster-import-delimiter =
    { $delimiter ->
        [semicolon] separato da punto e virgola
        [tab] separato da tabulazioni
       *[comma] separato da virgole
    }
# Badges: rows that are new creators, creators already in the roster, rows that cannot be read.
roster-import-new =
    { $count ->
        [one] { $count } nuovo
       *[other] { $count } nuovi
    }
roster-import-duplicates = { $count } già nell’elenco
roster-import-problems = { $count } con problemi
roster-import-columns = Colonne
# A column with no header. $number: its position (1, 2, …).
roster-import-column = Colonna { $number }
# For screen readers: the menu that says which field a column fills. $column: its header.
roster-import-field-for = Campo per la colonna { $column }
# First choice in each column's menu.
roster-import-skip-column = Non importare
roster-import-already = Già nel tuo elenco
# Choices for the creators already in the roster.
roster-import-policy-merge = Aggiornali con i valori del file
roster-import-policy-skip = Lasciali come sono
# In bold before a row's problem or duplicate. $line: the line in the file.
roster-import-line = Riga { $line }
# $name: the name in the file; $handle: its handle; $existing: the creator in the roster who has that handle.
roster-import-duplicate = { $name } — { $handle } è di { $existing }
# At the end of a shortened list.
roster-import-more =
    { $count ->
        [one] …e un’altra
       *[other] …e altre { $count }
    }
roster-import-rejected = Righe che non verranno importate
# Shown when the import is done, and as a message.
roster-import-added =
    { $count ->
        [one] Importato { $count } nuovo creator.
       *[other] Importati { $count } nuovi creator.
    }
# A message when the import is done. $merged: creators already in the roster that were updated.
roster-import-added-updated =
    { $count ->
        [one] Importato { $count } nuovo creator; già presenti aggiornati: { $merged }.
       *[other] Importati { $count } nuovi creator; già presenti aggiornati: { $merged }.
    }
roster-import-merged =
    { $count ->
        [one] Aggiornato { $count } già presente.
       *[other] Aggiornati { $count } già presenti.
    }
roster-import-skipped =
    { $count ->
        [one] Lasciato { $count } già presente com’era.
       *[other] Lasciati { $count } già presenti com’erano.
    }
roster-import-not-imported =
    { $count ->
        [one] { $count } riga non è stata importata:
       *[other] { $count } righe non sono state importate:
    }
# Buttons.
roster-import-done = Fatto
roster-import-cancel = Annulla
roster-import-choose-another = Scegli un altro file
roster-import-confirm =
    { $count ->
        [one] Importa { $count } creator
       *[other] Importa { $count } creator
    }

## The fields of a creator: in the import's column menus, and as labels on the form and the page.

roster-field-name = Nome
roster-field-instagram = Nome utente Instagram
roster-field-instagram_followers = Follower Instagram
roster-field-tiktok = Nome utente TikTok
roster-field-tiktok_followers = Follower TikTok
roster-field-youtube = Nome utente YouTube
roster-field-youtube_followers = Follower YouTube
roster-field-other_handle = Altro nome utente o link
roster-field-other_followers = Follower (altro)
# A handle whose platform another column gives, or a link that tells it.
roster-field-handle = Nome utente o link al profilo
roster-field-platform = Piattaforma
roster-field-followers = Follower
roster-field-avg_likes = Mi piace medi
roster-field-avg_comments = Commenti medi
roster-field-avg_shares = Condivisioni medie
roster-field-engagement_rate = Tasso di engagement
roster-field-niches = Nicchie
roster-field-city = Città
roster-field-email = Email
roster-field-phone = Telefono
roster-field-rate = Tariffa per post
roster-field-currency = Valuta
roster-field-open_to_gifting = Accetta regali
roster-field-status = Stato
roster-field-notes = Note

## Column headers and yes/no words of the roster's CSV export; the import recognises them in every language.

roster-csv-name = Nome
roster-csv-instagram-followers = Follower Instagram
roster-csv-tiktok-followers = Follower TikTok
roster-csv-youtube-followers = Follower YouTube
roster-csv-other-followers = Follower (altro)
roster-csv-total-followers = Follower totali
roster-csv-tier = Fascia
roster-csv-engagement-rate = Tasso di engagement
roster-csv-avg-likes = Mi piace medi
roster-csv-avg-comments = Commenti medi
roster-csv-avg-shares = Condivisioni medie
roster-csv-niches = Nicchie
roster-csv-city = Città
roster-csv-email = Email
roster-csv-phone = Telefono
roster-csv-rate = Tariffa
roster-csv-currency = Valuta
roster-csv-open-to-gifting = Accetta regali
roster-csv-status = Stato
roster-csv-notes = Note
roster-csv-created = Creato
roster-csv-updated = Aggiornato
# The cells of the "Open to gifting" column.
roster-csv-yes = sì
roster-csv-no = no

## Importing: rows that are not creators, and cells that could not be read.

# A row left out of an import because its first cell says Total (or Sum…).
roster-import-ignored-total = È una riga di totale, non un creator.
# A row left out because it has neither a name nor a handle.
roster-import-ignored-nobody = Né nome né nome utente: non è un creator.
# A creator imported with one cell left empty. $field: the field (Rate, Email…); $text: what the cell said.
roster-import-cell-dropped = { $field }: impossibile leggere «{ $text }»; il campo è stato lasciato vuoto e il testo conservato nelle note.
# The line added to the creator's notes for such a cell, and for a rate range ("150-200").
roster-import-kept-in-notes = { $field } nel foglio di calcolo: { $text }
# The field name used for a handle cell that could not be read.
roster-import-label-handle = Nome utente
# The menu that chooses which row of the sheet holds the column names.
roster-import-header-row = Riga di intestazione
# A choice in that menu. $line: the row's line; $cells: its first cells.
roster-import-header-option = Riga { $line }: { $cells }
# The menu that chooses a workbook's sheet.
roster-import-sheet = Foglio
# Badges beside the counts of new and already known creators.
roster-import-warnings = { $count } con una cella nelle note
roster-import-ignored =
    { $count ->
        [one] { $count } non è un creator
       *[other] { $count } non sono creator
    }
# Headings of the lists of those rows.
roster-import-warned-title = Righe importate, con una cella conservata nelle note
roster-import-ignored-title = Righe escluse: non sono creator
