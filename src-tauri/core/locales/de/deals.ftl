## The kinds of deal and their statuses, wherever they are shown or written.

# The creator is given a product to keep.
deal-kind-gifting = Geschenk
# The creator is invited to come by (a meal, a treatment) for free.
deal-kind-visit = Besuch
# Goods or services swapped for content.
deal-kind-barter = Tausch
# The creator earns a share of the sales their code or link brings.
deal-kind-affiliate = Affiliate
# A flat fee.
deal-kind-paid = Bezahlt
deal-status-proposed = Vorgeschlagen
deal-status-agreed = Vereinbart
deal-status-product_sent = Produkt verschickt
deal-status-content_due = Inhalt fällig
deal-status-posted = Veröffentlicht
deal-status-completed = Abgeschlossen
deal-status-declined = Abgelehnt
deal-status-cancelled = Abgesagt

## What each kind of deal means: the tooltip on the kind's choice in the deal form.

deals-kind-hint-gifting = Produkt verschickt oder übergeben
deals-kind-hint-visit = Kommt vorbei: fester Termin und Guthaben vor Ort
deals-kind-hint-barter = Produkt oder Leistung gegen Inhalte
deals-kind-hint-affiliate = Provision auf die Verkäufe, die der Creator bringt
deals-kind-hint-paid = Ein fester Betrag
# Shown when copying a link fails.
deals-clipboard-unavailable = Die Zwischenablage ist nicht verfügbar.

## The Deals screen: title, count, view switch, exports and the empty state.

deals-title = Kooperationen
# Under the title: how many deals there are.
deals-count =
    { $count ->
        [one] { $count } Kooperation
       *[other] { $count } Kooperationen
    }
# Under the title, while a search or filter is on: how many deals it finds.
deals-count-match =
    { $count ->
        [one] { $count } Kooperation gefunden
       *[other] { $count } Kooperationen gefunden
    }
# The accessible name of the List/Board switch.
deals-view = Ansicht
deals-view-list = Liste
deals-view-board = Board
# Button: saves the deals shown as a CSV file.
deals-export-deals = Liste exportieren
# Button: saves every item given in the deals shown as a CSV file.
deals-export-gifts = Geschenke exportieren
# Button, shown after a "+".
deals-new = Neue Kooperation
deals-empty-title = Noch keine Kooperationen
deals-empty-text = Eine Kooperation hält fest, was du einem Creator gibst, was gepostet wird und was es dir bringt. Leg hier eine an oder direkt aus der Creator-Liste eines Briefings.
# Toast after moving a deal on the board. $name is the creator's name; $status the status it moved to.
deals-toast-moved =
    { $name }: { $status ->
        [proposed] vorgeschlagen
        [agreed] vereinbart
        [product_sent] Produkt verschickt
        [content_due] Inhalt fällig
        [posted] veröffentlicht
        [completed] abgeschlossen
        [declined] abgelehnt
       *[cancelled] abgesagt
    }.
# Toast with an Undo button. $name is the creator's name.
deals-toast-deleted = Kooperation mit { $name } gelöscht.
# $path is where the CSV file was saved.
deals-toast-exported-deals =
    { $count ->
        [one] { $count } Kooperation nach { $path } exportiert.
       *[other] { $count } Kooperationen nach { $path } exportiert.
    }
deals-toast-exported-gifts =
    { $count ->
        [one] { $count } verschenkter Artikel nach { $path } exportiert.
       *[other] { $count } verschenkte Artikel nach { $path } exportiert.
    }

## The search and filters above the deals.

deals-search-placeholder = Creator, Kampagne oder Code
deals-search-label = Kooperationen durchsuchen
deals-filter-status = Status
deals-filter-any-status = Alle Status
deals-filter-kind = Art
deals-filter-any-kind = Alle Arten
deals-filter-campaign = Kampagne
deals-filter-any-campaign = Alle Kampagnen
# Before the first date field: "From [date] to [date]".
deals-filter-from = Von
# The accessible name of the first date field.
deals-filter-from-label = Von
# Between the two date fields: "From [date] to [date]".
deals-filter-to = bis
# The accessible name of the second date field.
deals-filter-to-label = Bis
# Checkbox: only deals with a post past its due date.
deals-filter-overdue = Nur überfällige
# Button: removes the search and every filter.
deals-filter-clear = Zurücksetzen

## The deals as a list.

deals-col-creator = Creator
deals-col-campaign = Kampagne
deals-col-kind = Art
deals-col-status = Status
# Column (click to sort): the date the next post is due.
deals-col-next-due = Nächste Frist
# Column (click to sort): what the deal costs the shop.
deals-col-cost = Kosten
deals-col-revenue = Umsatz
# Badge on a deal whose post is late.
deals-overdue = Überfällig
# When no deal matches the search and filters; followed by the button deals-clear-filters.
deals-none-match = Keine passenden Kooperationen.
deals-clear-filters = Filter zurücksetzen
# Button at the end of the list. $count is how many it adds; $rest how many are not shown yet.
deals-show-more = { $count } weitere von { $rest } anzeigen

## The deals as a board, one column per status.

# Above the board, while declined or cancelled deals are left off it. $which says which of the two
# statuses they have (declined, cancelled or both); $count how many deals.
deals-board-closed-hidden =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } abgelehnte Kooperation ausgeblendet.
               *[other] { $count } abgelehnte Kooperationen ausgeblendet.
            }
        [cancelled]
            { $count ->
                [one] { $count } abgesagte Kooperation ausgeblendet.
               *[other] { $count } abgesagte Kooperationen ausgeblendet.
            }
       *[both]
            { $count ->
                [one] { $count } abgelehnte oder abgesagte Kooperation ausgeblendet.
               *[other] { $count } abgelehnte oder abgesagte Kooperationen ausgeblendet.
            }
    }
# The same line while they are shown.
deals-board-closed-shown =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } abgelehnte Kooperation wird angezeigt.
               *[other] { $count } abgelehnte Kooperationen werden angezeigt.
            }
        [cancelled]
            { $count ->
                [one] { $count } abgesagte Kooperation wird angezeigt.
               *[other] { $count } abgesagte Kooperationen werden angezeigt.
            }
       *[both]
            { $count ->
                [one] { $count } abgelehnte oder abgesagte Kooperation wird angezeigt.
               *[other] { $count } abgelehnte oder abgesagte Kooperationen werden angezeigt.
            }
    }
# Link-style buttons after that line: hide or show the declined and cancelled deals.
deals-board-hide = Ausblenden
deals-board-show = Einblenden
# On a card: the day the next post is due, as formatted.
deals-card-due = Fällig am { $date }
# Tooltip on a card's button that moves it to the next status; $status is that status's name.
deals-card-move = Nach „{ $status }“ verschieben
# At the end of a full column: $count cards more than it shows.
deals-board-more = + { $count } weitere: filtere oder nutze die Liste

## The deal editor: its header and buttons.

# Link back to the list, shown after a "←".
deals-back = Alle Kooperationen
# The title of a deal not yet saved.
deals-editor-new = Neue Kooperation
deals-editor-new-hint = Trag ein, was du jetzt schon weißt; Ergebnisse kannst du nach der Veröffentlichung ergänzen.
deals-delete = Löschen
deals-close = Schließen
deals-save = Speichern
deals-create = Anlegen
# Toast when saving finds mistakes. $message is the first mistake, as the app words it.
deals-toast-check-fields = Bitte prüfe die markierten Felder: { $message }
deals-toast-created = Kooperation angelegt. Mit den Status-Schaltflächen bringst du sie weiter.
deals-toast-saved = Kooperation gespeichert.

## The deal editor: the deal itself.

deals-basics-title = Die Kooperation
deals-creator = Creator
# Button: choose another creator for a new deal.
deals-creator-change = Ändern
deals-creator-search = Creator-Liste nach Name oder Handle durchsuchen
deals-campaign = Kampagne
deals-brief = Briefing
# In the Brief menu: the deal has no brief.
deals-brief-none = Kein Briefing
deals-kind = Art
# Shown small after "Kind": more than one kind may be ticked.
deals-kind-several = (mehrere möglich)
deals-platform = Plattform
# The day the deal starts.
deals-starts = Beginn
deals-currency = Währung
# For a visit: when it is booked, typed freely.
deals-visit-at = Besuchstermin
deals-visit-at-placeholder = z. B. Fr., 4. Dez., 15:00

## The deal editor: what the shop gives.

deals-given-title = Was dein Geschäft gibt
# Column headings over the items given.
deals-item = Artikel
deals-item-qty = Menge
deals-item-cost = Kosten/Stk.
deals-item-retail = Preis/Stk.
# The accessible names of an item's fields and its remove button.
deals-item-name-label = Artikelname
deals-item-qty-label = Menge
deals-item-cost-label = Kosten für das Geschäft, pro Stück
deals-item-retail-label = Verkaufspreis, pro Stück
deals-item-remove = Artikel entfernen
# Button, shown after a "+".
deals-item-add = Artikel hinzufügen
# The item added when a deal becomes a visit: what the creator may spend in the shop for free.
deals-item-allowance = Guthaben vor Ort
deals-fee = Honorar
deals-commission = Provision %
deals-shipping = Versand
# The day the product was handed over or sent.
deals-handed-over = Übergeben am

## The deal editor: what the creator delivers.

deals-deliverables-title = Was der Creator liefert
# A post, a story or a video the creator promised.
deals-deliverable = Inhalt
# The day it is due.
deals-due = Fällig am
# Badge by the due date of a post not up yet. $days is how many days late.
deals-overdue-by =
    { $days ->
        [one] { $days } Tag überfällig
       *[other] { $days } Tage überfällig
    }
deals-deliverable-remove = Inhalt entfernen
deals-post-link = Link zum Beitrag
deals-posted-on = Gepostet am
# Checkbox: the post says it is an ad or a gift (use the hashtags creators use in your language).
deals-disclosure-seen = Kennzeichnung (#Werbung / #Anzeige) gesehen
# Button that opens the post in the browser, shown before a "↗".
deals-open-post = Beitrag öffnen
# Button, shown after a "+".
deals-deliverable-add = Inhalt hinzufügen

## The deal editor: its status, the moves it can make and its history.

deals-status-title = Status
# Button that moves a deal a step back; $status is the status it goes back to.
deals-move-back =
    { $status ->
        [proposed] Zurück zu „Vorgeschlagen“
        [agreed] Zurück zu „Vereinbart“
        [product_sent] Zurück zu „Produkt verschickt“
        [content_due] Zurück zu „Inhalt fällig“
        [posted] Zurück zu „Veröffentlicht“
        [completed] Zurück zu „Abgeschlossen“
        [declined] Zurück zu „Abgelehnt“
       *[cancelled] Zurück zu „Abgesagt“
    }
# Toast after a move; $status is the new status.
deals-toast-marked =
    { $status ->
        [proposed] Als „Vorgeschlagen“ markiert.
        [agreed] Als „Vereinbart“ markiert.
        [product_sent] Als „Produkt verschickt“ markiert.
        [content_due] Als „Inhalt fällig“ markiert.
        [posted] Als „Veröffentlicht“ markiert.
        [completed] Als „Abgeschlossen“ markiert.
        [declined] Als „Abgelehnt“ markiert.
       *[cancelled] Als „Abgesagt“ markiert.
    }
deals-note = Notiz für den Verlauf (optional)
deals-note-placeholder = z. B. per Post, Sendungsnr. 123

## The deal editor: tracking.

deals-tracking-title = Tracking
deals-discount-code = Rabattcode
# The page of the shop's website the creator links to.
deals-landing-page = Zielseite
deals-landing-placeholder = Deine Website
# Button: copies the tracking link.
deals-copy = Kopieren
deals-tracking-hint = Hinterlege deine Website in den Einstellungen (oder hier eine Zielseite), um einen Tracking-Link zu bekommen.
deals-toast-link-copied = Tracking-Link kopiert.

## The deal editor: results and the figures worked out from them.

deals-results-title = Ergebnisse
deals-results-hint = Trag ein, was der Beitrag gebracht hat – aus den Statistiken der Plattform und deiner Kasse. Kundschaft im Laden zählt genauso wie Klicks.
deals-result-reach = Reichweite
deals-result-impressions = Impressionen
deals-result-likes = Likes
deals-result-comments = Kommentare
deals-result-shares = Shares
deals-result-saves = Gespeichert
deals-result-clicks = Link-Klicks
# How many times the discount code was used.
deals-result-redemptions = Code-Einlösungen
# Customers who came into the shop and said the post sent them.
deals-result-walk_ins = Kunden, die den Beitrag erwähnt haben
# $currency is the deal's currency code (EUR).
deals-result-revenue = Umsatz ({ $currency })
deals-figure-cost = Kosten der Kooperation
deals-figure-retail = Wert zum Verkaufspreis
deals-figure-commission = Fällige Provision
deals-figure-engagement-rate = Engagement-Rate
deals-figure-cost-per-engagement = Kosten pro Interaktion
deals-figure-cost-per-click = Kosten pro Klick
# What the revenue gained over the deal's cost, as a percentage of that cost.
deals-figure-return = Rendite
# Likes, comments and shares added up.
deals-figure-engagements = Interaktionen
deals-figures-update = Die Zahlen werden beim Speichern aktualisiert.

## The deal editor: after the deal.

deals-after-title = Nach der Kooperation
deals-rating = Bewertung
deals-rating-none = Nicht bewertet
deals-work-again = Wieder zusammenarbeiten?
deals-work-again-undecided = Noch offen
deals-yes = Ja
deals-no = Nein
deals-feedback = Feedback
deals-notes = Notizen

## Column headers of the deals and gifted-items CSV exports (for the bookkeeper).

deals-csv-creator = Creator
deals-csv-campaign = Kampagne
deals-csv-kind = Art
deals-csv-status = Status
deals-csv-start-date = Startdatum
deals-csv-handover-date = Übergabedatum
deals-csv-next-due = Nächste Frist
deals-csv-last-posted = Zuletzt gepostet
deals-csv-currency = Währung
deals-csv-items-cost = Artikel zum Einkaufspreis
deals-csv-items-retail = Artikel zum Verkaufspreis
deals-csv-fee = Honorar
deals-csv-commission-percent = Provision %
deals-csv-commission = Provision
deals-csv-shipping = Versand
deals-csv-total-cost = Gesamtkosten
deals-csv-discount-code = Rabattcode
deals-csv-tracking-link = Tracking-Link
deals-csv-reach = Reichweite
deals-csv-impressions = Impressionen
deals-csv-likes = Likes
deals-csv-comments = Kommentare
deals-csv-shares = Shares
deals-csv-saves = Gespeichert
deals-csv-link-clicks = Link-Klicks
deals-csv-redemptions = Code-Einlösungen
deals-csv-walk-ins = Ladenbesuche
deals-csv-revenue = Umsatz
deals-csv-return-percent = Rendite %
# Only in the gifted-items export.
deals-csv-date = Datum
deals-csv-item = Artikel
deals-csv-quantity = Menge
deals-csv-unit-cost = Stückkosten
deals-csv-unit-retail = Verkaufswert pro Stück
deals-csv-cost = Kosten
deals-csv-retail = Verkaufswert
