## The kinds of deal and their statuses, wherever they are shown or written.

# The creator is given a product to keep.
deal-kind-gifting = Regalo
# The creator is invited to come by (a meal, a treatment) for free.
deal-kind-visit = Visita
# Goods or services swapped for content.
deal-kind-barter = Scambio
# The creator earns a share of the sales their code or link brings.
deal-kind-affiliate = Affiliazione
# A flat fee.
deal-kind-paid = A pagamento
deal-status-proposed = Proposta
deal-status-agreed = Concordata
deal-status-product_sent = Prodotto inviato
deal-status-content_due = Contenuto in attesa
deal-status-posted = Pubblicata
deal-status-completed = Completata
deal-status-declined = Rifiutata
deal-status-cancelled = Annullata

## What each kind of deal means: the tooltip on the kind's choice in the deal form.

deals-kind-hint-gifting = Prodotto spedito o consegnato a mano
deals-kind-hint-visit = Il creator viene in negozio: appuntamento prenotato e credito da spendere
deals-kind-hint-barter = Prodotto o servizio in cambio di contenuti
deals-kind-hint-affiliate = Commissione sulle vendite generate dal creator
deals-kind-hint-paid = Un compenso fisso
# Shown when copying a link fails.
deals-clipboard-unavailable = Gli appunti non sono disponibili.

## The Deals screen: title, count, view switch, exports and the empty state.

deals-title = Collaborazioni
# Under the title: how many deals there are.
deals-count =
    { $count ->
        [one] { $count } collaborazione
       *[other] { $count } collaborazioni
    }
# Under the title, while a search or filter is on: how many deals it finds.
deals-count-match =
    { $count ->
        [one] { $count } collaborazione trovata
       *[other] { $count } collaborazioni trovate
    }
# The accessible name of the List/Board switch.
deals-view = Vista
deals-view-list = Elenco
deals-view-board = Bacheca
# Button: saves the deals shown as a CSV file.
deals-export-deals = Esporta elenco
# Button: saves every item given in the deals shown as a CSV file.
deals-export-gifts = Esporta regali
# Button, shown after a "+".
deals-new = Nuova collaborazione
deals-empty-title = Ancora nessuna collaborazione
deals-empty-text = Una collaborazione registra cosa dai a un creator, cosa pubblica e cosa ti porta. Iniziane una qui o dall’elenco dei creator di un brief.
# Toast after moving a deal on the board. $name is the creator's name; $status the status it moved to.
deals-toast-moved =
    { $name }: { $status ->
        [proposed] proposta
        [agreed] concordata
        [product_sent] prodotto inviato
        [content_due] contenuto in attesa
        [posted] pubblicata
        [completed] completata
        [declined] rifiutata
       *[cancelled] annullata
    }.
# Toast with an Undo button. $name is the creator's name.
deals-toast-deleted = Collaborazione con { $name } eliminata.
# $path is where the CSV file was saved.
deals-toast-exported-deals =
    { $count ->
        [one] { $count } collaborazione esportata in { $path }.
       *[other] { $count } collaborazioni esportate in { $path }.
    }
deals-toast-exported-gifts =
    { $count ->
        [one] { $count } articolo regalato esportato in { $path }.
       *[other] { $count } articoli regalati esportati in { $path }.
    }

## The search and filters above the deals.

deals-search-placeholder = Creator, campagna o codice
deals-search-label = Cerca collaborazioni
deals-filter-status = Stato
deals-filter-any-status = Tutti gli stati
deals-filter-kind = Tipo
deals-filter-any-kind = Tutti i tipi
deals-filter-campaign = Campagna
deals-filter-any-campaign = Tutte le campagne
# Before the first date field: "From [date] to [date]".
deals-filter-from = Dal
# The accessible name of the first date field.
deals-filter-from-label = Data di inizio
# Between the two date fields: "From [date] to [date]".
deals-filter-to = al
# The accessible name of the second date field.
deals-filter-to-label = Data di fine
# Checkbox: only deals with a post past its due date.
deals-filter-overdue = Solo in ritardo
# Button: removes the search and every filter.
deals-filter-clear = Azzera

## The deals as a list.

deals-col-creator = Creator
deals-col-campaign = Campagna
deals-col-kind = Tipo
deals-col-status = Stato
# Column (click to sort): the date the next post is due.
deals-col-next-due = Prossima scadenza
# Column (click to sort): what the deal costs the shop.
deals-col-cost = Costo
deals-col-revenue = Ricavi
# Badge on a deal whose post is late.
deals-overdue = In ritardo
# When no deal matches the search and filters; followed by the button deals-clear-filters.
deals-none-match = Nessuna collaborazione trovata.
deals-clear-filters = Rimuovi i filtri
# Button at the end of the list. $count is how many it adds; $rest how many are not shown yet.
deals-show-more = Mostra altre { $count } di { $rest }

## The deals as a board, one column per status.

# Above the board, while declined or cancelled deals are left off it. $which says which of the two
# statuses they have (declined, cancelled or both); $count how many deals.
deals-board-closed-hidden =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } collaborazione rifiutata nascosta.
               *[other] { $count } collaborazioni rifiutate nascoste.
            }
        [cancelled]
            { $count ->
                [one] { $count } collaborazione annullata nascosta.
               *[other] { $count } collaborazioni annullate nascoste.
            }
       *[both]
            { $count ->
                [one] { $count } collaborazione rifiutata o annullata nascosta.
               *[other] { $count } collaborazioni rifiutate o annullate nascoste.
            }
    }
# The same line while they are shown.
deals-board-closed-shown =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } collaborazione rifiutata visibile.
               *[other] { $count } collaborazioni rifiutate visibili.
            }
        [cancelled]
            { $count ->
                [one] { $count } collaborazione annullata visibile.
               *[other] { $count } collaborazioni annullate visibili.
            }
       *[both]
            { $count ->
                [one] { $count } collaborazione rifiutata o annullata visibile.
               *[other] { $count } collaborazioni rifiutate o annullate visibili.
            }
    }
# Link-style buttons after that line: hide or show the declined and cancelled deals.
deals-board-hide = Nascondi
deals-board-show = Mostra
# On a card: the day the next post is due, as formatted.
deals-card-due = Scade il { $date }
# Tooltip on a card's button that moves it to the next status; $status is that status's name.
deals-card-move = Sposta in «{ $status }»
# At the end of a full column: $count cards more than it shows.
deals-board-more = + altre { $count }: filtra o usa l’elenco

## The deal editor: its header and buttons.

# Link back to the list, shown after a "←".
deals-back = Tutte le collaborazioni
# The title of a deal not yet saved.
deals-editor-new = Nuova collaborazione
deals-editor-new-hint = Compila ciò che sai ora; potrai aggiungere i risultati dopo la pubblicazione.
deals-delete = Elimina
deals-close = Chiudi
deals-save = Salva
deals-create = Crea
# Toast when saving finds mistakes. $message is the first mistake, as the app words it.
deals-toast-check-fields = Controlla i campi evidenziati: { $message }
deals-toast-created = Collaborazione creata. Falla avanzare con i pulsanti di stato.
deals-toast-saved = Collaborazione salvata.

## The deal editor: the deal itself.

deals-basics-title = La collaborazione
deals-creator = Creator
# Button: choose another creator for a new deal.
deals-creator-change = Cambia
deals-creator-search = Cerca nell’elenco dei creator per nome o nome utente
deals-campaign = Campagna
deals-brief = Brief
# In the Brief menu: the deal has no brief.
deals-brief-none = Nessuno
deals-kind = Tipo
# Shown small after "Kind": more than one kind may be ticked.
deals-kind-several = (puoi sceglierne più di uno)
deals-platform = Piattaforma
# The day the deal starts.
deals-starts = Inizio
deals-currency = Valuta
# For a visit: when it is booked, typed freely.
deals-visit-at = Visita prenotata per
deals-visit-at-placeholder = es. ven 4 dic, 15:00

## The deal editor: what the shop gives.

deals-given-title = Cosa offre il negozio
# Column headings over the items given.
deals-item = Articolo
deals-item-qty = Qtà
deals-item-cost = Costo cad.
deals-item-retail = Prezzo cad.
# The accessible names of an item's fields and its remove button.
deals-item-name-label = Nome dell’articolo
deals-item-qty-label = Quantità
deals-item-cost-label = Costo unitario per il negozio
deals-item-retail-label = Prezzo di vendita unitario
deals-item-remove = Rimuovi articolo
# Button, shown after a "+".
deals-item-add = Aggiungi un articolo
# The item added when a deal becomes a visit: what the creator may spend in the shop for free.
deals-item-allowance = Credito da spendere
deals-fee = Compenso
deals-commission = Commissione %
deals-shipping = Spedizione
# The day the product was handed over or sent.
deals-handed-over = Consegnato il

## The deal editor: what the creator delivers.

deals-deliverables-title = Cosa realizza il creator
# A post, a story or a video the creator promised.
deals-deliverable = Contenuto
# The day it is due.
deals-due = Scadenza
# Badge by the due date of a post not up yet. $days is how many days late.
deals-overdue-by =
    { $days ->
        [one] In ritardo di { $days } giorno
       *[other] In ritardo di { $days } giorni
    }
deals-deliverable-remove = Rimuovi contenuto
deals-post-link = Link al post
deals-posted-on = Pubblicato il
# Checkbox: the post says it is an ad or a gift (use the hashtags creators use in your language).
deals-disclosure-seen = Dicitura #adv / #sponsorizzato presente
# Button that opens the post in the browser, shown before a "↗".
deals-open-post = Apri il post
# Button, shown after a "+".
deals-deliverable-add = Aggiungi un contenuto

## The deal editor: its status, the moves it can make and its history.

deals-status-title = Stato
# Button that moves a deal a step back; $status is the status it goes back to.
deals-move-back =
    { $status ->
        [proposed] Torna a «Proposta»
        [agreed] Torna a «Concordata»
        [product_sent] Torna a «Prodotto inviato»
        [content_due] Torna a «Contenuto in attesa»
        [posted] Torna a «Pubblicata»
        [completed] Torna a «Completata»
        [declined] Torna a «Rifiutata»
       *[cancelled] Torna a «Annullata»
    }
# Toast after a move; $status is the new status.
deals-toast-marked =
    { $status ->
        [proposed] Segnata come «Proposta».
        [agreed] Segnata come «Concordata».
        [product_sent] Segnata come «Prodotto inviato».
        [content_due] Segnata come «Contenuto in attesa».
        [posted] Segnata come «Pubblicata».
        [completed] Segnata come «Completata».
        [declined] Segnata come «Rifiutata».
       *[cancelled] Segnata come «Annullata».
    }
deals-note = Nota per la cronologia (facoltativa)
deals-note-placeholder = es. Spedito per posta, tracking 123

## The deal editor: tracking.

deals-tracking-title = Tracciamento
deals-discount-code = Codice sconto
# The page of the shop's website the creator links to.
deals-landing-page = Pagina di destinazione
deals-landing-placeholder = Il tuo sito
# Button: copies the tracking link.
deals-copy = Copia
deals-tracking-hint = Aggiungi il tuo sito nelle Impostazioni (o qui una pagina di destinazione) per avere un link di tracciamento.
deals-toast-link-copied = Link di tracciamento copiato.

## The deal editor: results and the figures worked out from them.

deals-results-title = Risultati
deals-results-hint = Inserisci cosa ha portato il post, dalle statistiche dell’app e dalla tua cassa. I clienti venuti in negozio contano quanto i clic.
deals-result-reach = Copertura
deals-result-impressions = Impression
deals-result-likes = Mi piace
deals-result-comments = Commenti
deals-result-shares = Condivisioni
deals-result-saves = Salvataggi
deals-result-clicks = Clic sul link
# How many times the discount code was used.
deals-result-redemptions = Utilizzi del codice
# Customers who came into the shop and said the post sent them.
deals-result-walk_ins = Clienti in negozio che l’hanno citato
# $currency is the deal's currency code (EUR).
deals-result-revenue = Ricavi ({ $currency })
deals-figure-cost = Costo della collaborazione
deals-figure-retail = Valore al prezzo di vendita
deals-figure-commission = Commissione dovuta
deals-figure-engagement-rate = Tasso di engagement
deals-figure-cost-per-engagement = Costo per interazione
deals-figure-cost-per-click = Costo per clic
# What the revenue gained over the deal's cost, as a percentage of that cost.
deals-figure-return = Ritorno sul costo
# Likes, comments and shares added up.
deals-figure-engagements = Interazioni
deals-figures-update = I dati si aggiornano quando salvi.

## The deal editor: after the deal.

deals-after-title = Dopo la collaborazione
deals-rating = Valutazione
deals-rating-none = Nessuna valutazione
deals-work-again = Collaborare ancora?
deals-work-again-undecided = Da decidere
deals-yes = Sì
deals-no = No
deals-feedback = Feedback
deals-notes = Note

## Column headers of the deals and gifted-items CSV exports (for the bookkeeper).

deals-csv-creator = Creator
deals-csv-campaign = Campagna
deals-csv-kind = Tipo
deals-csv-status = Stato
deals-csv-start-date = Data di inizio
deals-csv-handover-date = Data di consegna
deals-csv-next-due = Prossima scadenza
deals-csv-last-posted = Ultima pubblicazione
deals-csv-currency = Valuta
deals-csv-items-cost = Articoli a prezzo di costo
deals-csv-items-retail = Articoli a prezzo di vendita
deals-csv-fee = Compenso
deals-csv-commission-percent = Commissione %
deals-csv-commission = Commissione
deals-csv-shipping = Spedizione
deals-csv-total-cost = Costo totale
deals-csv-discount-code = Codice sconto
deals-csv-tracking-link = Link di tracciamento
deals-csv-reach = Copertura
deals-csv-impressions = Impression
deals-csv-likes = Mi piace
deals-csv-comments = Commenti
deals-csv-shares = Condivisioni
deals-csv-saves = Salvataggi
deals-csv-link-clicks = Clic sul link
deals-csv-redemptions = Utilizzi del codice
deals-csv-walk-ins = Clienti in negozio
deals-csv-revenue = Ricavi
deals-csv-return-percent = Ritorno sul costo %
# Only in the gifted-items export.
deals-csv-date = Data
deals-csv-item = Articolo
deals-csv-quantity = Quantità
deals-csv-unit-cost = Costo unitario
deals-csv-unit-retail = Prezzo di vendita unitario
deals-csv-cost = Costo
deals-csv-retail = Valore di vendita
