## The kinds of deal and their statuses, wherever they are shown or written.

# The creator is given a product to keep.
deal-kind-gifting = Cadeau
# The creator is invited to come by (a meal, a treatment) for free.
deal-kind-visit = Bezoek
# Goods or services swapped for content.
deal-kind-barter = Ruil
# The creator earns a share of the sales their code or link brings.
deal-kind-affiliate = Affiliate
# A flat fee.
deal-kind-paid = Betaald
deal-status-proposed = Voorgesteld
deal-status-agreed = Afgesproken
deal-status-product_sent = Product verstuurd
deal-status-content_due = Content verwacht
deal-status-posted = Gepost
deal-status-completed = Afgerond
deal-status-declined = Afgewezen
deal-status-cancelled = Geannuleerd

## What each kind of deal means: the tooltip on the kind's choice in the deal form.

deals-kind-hint-gifting = Product verstuurd of overhandigd
deals-kind-hint-visit = Ze komen langs: een geboekt moment en een bestedingsbudget
deals-kind-hint-barter = Product of dienst in ruil voor content
deals-kind-hint-affiliate = Commissie op de verkoop die ze opleveren
deals-kind-hint-paid = Een vast bedrag
# Shown when copying a link fails.
deals-clipboard-unavailable = Het klembord is niet beschikbaar.

## The Deals screen: title, count, view switch, exports and the empty state.

deals-title = Samenwerkingen
# Under the title: how many deals there are.
deals-count =
    { $count ->
        [one] { $count } samenwerking
       *[other] { $count } samenwerkingen
    }
# Under the title, while a search or filter is on: how many deals it finds.
deals-count-match =
    { $count ->
        [one] { $count } samenwerking gevonden
       *[other] { $count } samenwerkingen gevonden
    }
# The accessible name of the List/Board switch.
deals-view = Weergave
deals-view-list = Lijst
deals-view-board = Bord
# Button: saves the deals shown as a CSV file.
deals-export-deals = Lijst exporteren
# Button: saves every item given in the deals shown as a CSV file.
deals-export-gifts = Cadeaus exporteren
# Button, shown after a "+".
deals-new = Nieuwe samenwerking
deals-empty-title = Nog geen samenwerkingen
deals-empty-text = Een samenwerking legt vast wat je een creator geeft, wat die post en wat het je oplevert. Begin er hier een, of vanuit de creatorlijst van een briefing.
# Toast after moving a deal on the board. $name is the creator's name; $status the status it moved to.
deals-toast-moved =
    { $name }: { $status ->
        [proposed] voorgesteld
        [agreed] afgesproken
        [product_sent] product verstuurd
        [content_due] content verwacht
        [posted] gepost
        [completed] afgerond
        [declined] afgewezen
       *[cancelled] geannuleerd
    }.
# Toast with an Undo button. $name is the creator's name.
deals-toast-deleted = Samenwerking met { $name } verwijderd.
# $path is where the CSV file was saved.
deals-toast-exported-deals =
    { $count ->
        [one] { $count } samenwerking geëxporteerd naar { $path }.
       *[other] { $count } samenwerkingen geëxporteerd naar { $path }.
    }
deals-toast-exported-gifts =
    { $count ->
        [one] { $count } weggegeven artikel geëxporteerd naar { $path }.
       *[other] { $count } weggegeven artikelen geëxporteerd naar { $path }.
    }

## The search and filters above the deals.

deals-search-placeholder = Creator, campagne of code
deals-search-label = Samenwerkingen zoeken
deals-filter-status = Status
deals-filter-any-status = Alle statussen
deals-filter-kind = Soort
deals-filter-any-kind = Alle soorten
deals-filter-campaign = Campagne
deals-filter-any-campaign = Alle campagnes
# Before the first date field: "From [date] to [date]".
deals-filter-from = Van
# The accessible name of the first date field.
deals-filter-from-label = Van
# Between the two date fields: "From [date] to [date]".
deals-filter-to = tot
# The accessible name of the second date field.
deals-filter-to-label = Tot
# Checkbox: only deals with a post past its due date.
deals-filter-overdue = Alleen te laat
# Button: removes the search and every filter.
deals-filter-clear = Wissen

## The deals as a list.

deals-col-creator = Creator
deals-col-campaign = Campagne
deals-col-kind = Soort
deals-col-status = Status
# Column (click to sort): the date the next post is due.
deals-col-next-due = Volgende deadline
# Column (click to sort): what the deal costs the shop.
deals-col-cost = Kosten
deals-col-revenue = Omzet
# Badge on a deal whose post is late.
deals-overdue = Te laat
# When no deal matches the search and filters; followed by the button deals-clear-filters.
deals-none-match = Geen samenwerkingen gevonden.
deals-clear-filters = Filters wissen
# Button at the end of the list. $count is how many it adds; $rest how many are not shown yet.
deals-show-more = Nog { $count } van { $rest } tonen

## The deals as a board, one column per status.

# Above the board, while declined or cancelled deals are left off it. $which says which of the two
# statuses they have (declined, cancelled or both); $count how many deals.
deals-board-closed-hidden =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } afgewezen samenwerking verborgen.
               *[other] { $count } afgewezen samenwerkingen verborgen.
            }
        [cancelled]
            { $count ->
                [one] { $count } geannuleerde samenwerking verborgen.
               *[other] { $count } geannuleerde samenwerkingen verborgen.
            }
       *[both]
            { $count ->
                [one] { $count } afgewezen of geannuleerde samenwerking verborgen.
               *[other] { $count } afgewezen of geannuleerde samenwerkingen verborgen.
            }
    }
# The same line while they are shown.
deals-board-closed-shown =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } afgewezen samenwerking zichtbaar.
               *[other] { $count } afgewezen samenwerkingen zichtbaar.
            }
        [cancelled]
            { $count ->
                [one] { $count } geannuleerde samenwerking zichtbaar.
               *[other] { $count } geannuleerde samenwerkingen zichtbaar.
            }
       *[both]
            { $count ->
                [one] { $count } afgewezen of geannuleerde samenwerking zichtbaar.
               *[other] { $count } afgewezen of geannuleerde samenwerkingen zichtbaar.
            }
    }
# Link-style buttons after that line: hide or show the declined and cancelled deals.
deals-board-hide = Verbergen
deals-board-show = Tonen
# On a card: the day the next post is due, as formatted.
deals-card-due = Deadline { $date }
# Tooltip on a card's button that moves it to the next status; $status is that status's name.
deals-card-move = Verplaatsen naar ‘{ $status }’
# At the end of a full column: $count cards more than it shows.
deals-board-more = + nog { $count }: filter of gebruik de lijst

## The deal editor: its header and buttons.

# Link back to the list, shown after a "←".
deals-back = Alle samenwerkingen
# The title of a deal not yet saved.
deals-editor-new = Nieuwe samenwerking
deals-editor-new-hint = Vul in wat je nu al weet; resultaten kun je na de post toevoegen.
deals-delete = Verwijderen
deals-close = Sluiten
deals-save = Opslaan
deals-create = Aanmaken
# Toast when saving finds mistakes. $message is the first mistake, as the app words it.
deals-toast-check-fields = Controleer de gemarkeerde velden: { $message }
deals-toast-created = Samenwerking aangemaakt. Met de statusknoppen zet je hem steeds een stap verder.
deals-toast-saved = Samenwerking opgeslagen.

## The deal editor: the deal itself.

deals-basics-title = De samenwerking
deals-creator = Creator
# Button: choose another creator for a new deal.
deals-creator-change = Wijzigen
deals-creator-search = Zoek in de creatorlijst op naam of gebruikersnaam
deals-campaign = Campagne
deals-brief = Briefing
# In the Brief menu: the deal has no brief.
deals-brief-none = Geen
deals-kind = Soort
# Shown small after "Kind": more than one kind may be ticked.
deals-kind-several = (meerdere mogelijk)
deals-platform = Platform
# The day the deal starts.
deals-starts = Startdatum
deals-currency = Valuta
# For a visit: when it is booked, typed freely.
deals-visit-at = Bezoek geboekt op
deals-visit-at-placeholder = bijv. vr 4 dec, 15:00

## The deal editor: what the shop gives.

deals-given-title = Wat de winkel geeft
# Column headings over the items given.
deals-item = Artikel
deals-item-qty = Aantal
deals-item-cost = Kostprijs p.st.
deals-item-retail = Verkoopprijs p.st.
# The accessible names of an item's fields and its remove button.
deals-item-name-label = Naam van het artikel
deals-item-qty-label = Aantal
deals-item-cost-label = Kosten voor de winkel, per stuk
deals-item-retail-label = Verkoopwaarde, per stuk
deals-item-remove = Artikel verwijderen
# Button, shown after a "+".
deals-item-add = Artikel toevoegen
# The item added when a deal becomes a visit: what the creator may spend in the shop for free.
deals-item-allowance = Bestedingsbudget
deals-fee = Vergoeding
deals-commission = Commissie %
deals-shipping = Verzendkosten
# The day the product was handed over or sent.
deals-handed-over = Overhandigd op

## The deal editor: what the creator delivers.

deals-deliverables-title = Wat de creator levert
# A post, a story or a video the creator promised.
deals-deliverable = Content
# The day it is due.
deals-due = Deadline
# Badge by the due date of a post not up yet. $days is how many days late.
deals-overdue-by =
    { $days ->
        [one] { $days } dag te laat
       *[other] { $days } dagen te laat
    }
deals-deliverable-remove = Content verwijderen
deals-post-link = Link naar de post
deals-posted-on = Gepost op
# Checkbox: the post says it is an ad or a gift (use the hashtags creators use in your language).
deals-disclosure-seen = Vermelding (#adv / #spon) gezien
# Button that opens the post in the browser, shown before a "↗".
deals-open-post = Post openen
# Button, shown after a "+".
deals-deliverable-add = Content toevoegen

## The deal editor: its status, the moves it can make and its history.

deals-status-title = Status
# Button that moves a deal a step back; $status is the status it goes back to.
deals-move-back =
    { $status ->
        [proposed] Terug naar ‘Voorgesteld’
        [agreed] Terug naar ‘Afgesproken’
        [product_sent] Terug naar ‘Product verstuurd’
        [content_due] Terug naar ‘Content verwacht’
        [posted] Terug naar ‘Gepost’
        [completed] Terug naar ‘Afgerond’
        [declined] Terug naar ‘Afgewezen’
       *[cancelled] Terug naar ‘Geannuleerd’
    }
# Toast after a move; $status is the new status.
deals-toast-marked =
    { $status ->
        [proposed] Gemarkeerd als ‘Voorgesteld’.
        [agreed] Gemarkeerd als ‘Afgesproken’.
        [product_sent] Gemarkeerd als ‘Product verstuurd’.
        [content_due] Gemarkeerd als ‘Content verwacht’.
        [posted] Gemarkeerd als ‘Gepost’.
        [completed] Gemarkeerd als ‘Afgerond’.
        [declined] Gemarkeerd als ‘Afgewezen’.
       *[cancelled] Gemarkeerd als ‘Geannuleerd’.
    }
deals-note = Notitie voor de geschiedenis (optioneel)
deals-note-placeholder = bijv. Verstuurd met PostNL, track & trace 123

## The deal editor: tracking.

deals-tracking-title = Tracking
deals-discount-code = Kortingscode
# The page of the shop's website the creator links to.
deals-landing-page = Landingspagina
deals-landing-placeholder = Je website
# Button: copies the tracking link.
deals-copy = Kopiëren
deals-tracking-hint = Voeg je website toe in Instellingen (of hier een landingspagina) om een trackinglink te krijgen.
deals-toast-link-copied = Trackinglink gekopieerd.

## The deal editor: results and the figures worked out from them.

deals-results-title = Resultaten
deals-results-hint = Vul in wat de post opleverde, uit de statistieken van de app en je kassa. Klanten in de winkel tellen net zo goed als klikken.
deals-result-reach = Bereik
deals-result-impressions = Impressies
deals-result-likes = Likes
deals-result-comments = Reacties
deals-result-shares = Shares
deals-result-saves = Keer opgeslagen
deals-result-clicks = Linkklikken
# How many times the discount code was used.
deals-result-redemptions = Gebruikte codes
# Customers who came into the shop and said the post sent them.
deals-result-walk_ins = Klanten die de post noemden
# $currency is the deal's currency code (EUR).
deals-result-revenue = Omzet ({ $currency })
deals-figure-cost = Kosten van de samenwerking
deals-figure-retail = Verkoopwaarde
deals-figure-commission = Verschuldigde commissie
deals-figure-engagement-rate = Engagementpercentage
deals-figure-cost-per-engagement = Kosten per interactie
deals-figure-cost-per-click = Kosten per klik
# What the revenue gained over the deal's cost, as a percentage of that cost.
deals-figure-return = Rendement op kosten
# Likes, comments and shares added up.
deals-figure-engagements = Interacties
deals-figures-update = Cijfers worden bijgewerkt als je opslaat.

## The deal editor: after the deal.

deals-after-title = Na de samenwerking
deals-rating = Beoordeling
deals-rating-none = Niet beoordeeld
deals-work-again = Nog eens samenwerken?
deals-work-again-undecided = Nog niet besloten
deals-yes = Ja
deals-no = Nee
deals-feedback = Feedback
deals-notes = Notities

## Column headers of the deals and gifted-items CSV exports (for the bookkeeper).

deals-csv-creator = Creator
deals-csv-campaign = Campagne
deals-csv-kind = Soort
deals-csv-status = Status
deals-csv-start-date = Startdatum
deals-csv-handover-date = Overhandigingsdatum
deals-csv-next-due = Volgende deadline
deals-csv-last-posted = Laatst gepost
deals-csv-currency = Valuta
deals-csv-items-cost = Artikelen tegen kostprijs
deals-csv-items-retail = Artikelen tegen verkoopprijs
deals-csv-fee = Vergoeding
deals-csv-commission-percent = Commissie %
deals-csv-commission = Commissie
deals-csv-shipping = Verzendkosten
deals-csv-total-cost = Totale kosten
deals-csv-discount-code = Kortingscode
deals-csv-tracking-link = Trackinglink
deals-csv-reach = Bereik
deals-csv-impressions = Impressies
deals-csv-likes = Likes
deals-csv-comments = Reacties
deals-csv-shares = Shares
deals-csv-saves = Keer opgeslagen
deals-csv-link-clicks = Linkklikken
deals-csv-redemptions = Gebruikte codes
deals-csv-walk-ins = Winkelbezoeken
deals-csv-revenue = Omzet
deals-csv-return-percent = Rendement op kosten %
# Only in the gifted-items export.
deals-csv-date = Datum
deals-csv-item = Artikel
deals-csv-quantity = Aantal
deals-csv-unit-cost = Kostprijs per stuk
deals-csv-unit-retail = Verkoopwaarde per stuk
deals-csv-cost = Kosten
deals-csv-retail = Verkoopwaarde
