## The kinds of deal and their statuses, wherever they are shown or written.

# The creator is given a product to keep.
deal-kind-gifting = Cadeau
# The creator is invited to come by (a meal, a treatment) for free.
deal-kind-visit = Visite
# Goods or services swapped for content.
deal-kind-barter = Échange
# The creator earns a share of the sales their code or link brings.
deal-kind-affiliate = Affiliation
# A flat fee.
deal-kind-paid = Rémunération
deal-status-proposed = Proposée
deal-status-agreed = Acceptée
deal-status-product_sent = Produit envoyé
deal-status-content_due = Contenu attendu
deal-status-posted = Publiée
deal-status-completed = Terminée
deal-status-declined = Refusée
deal-status-cancelled = Annulée

## What each kind of deal means: the tooltip on the kind's choice in the deal form.

deals-kind-hint-gifting = Produit envoyé ou remis en main propre
deals-kind-hint-visit = Visite sur place : un créneau réservé et un crédit à dépenser
deals-kind-hint-barter = Un produit ou un service contre du contenu
deals-kind-hint-affiliate = Une commission sur les ventes générées
deals-kind-hint-paid = Un montant forfaitaire
# Shown when copying a link fails.
deals-clipboard-unavailable = Le presse-papiers n’est pas disponible.

## The Deals screen: title, count, view switch, exports and the empty state.

deals-title = Collaborations
# Under the title: how many deals there are.
deals-count =
    { $count ->
        [one] { $count } collaboration
       *[other] { $count } collaborations
    }
# Under the title, while a search or filter is on: how many deals it finds.
deals-count-match =
    { $count ->
        [one] { $count } collaboration trouvée
       *[other] { $count } collaborations trouvées
    }
# The accessible name of the List/Board switch.
deals-view = Affichage
deals-view-list = Liste
deals-view-board = Tableau
# Button: saves the deals shown as a CSV file.
deals-export-deals = Exporter la liste
# Button: saves every item given in the deals shown as a CSV file.
deals-export-gifts = Exporter les cadeaux
# Button, shown after a "+".
deals-new = Nouvelle collaboration
deals-empty-title = Aucune collaboration pour l’instant
deals-empty-text = Pour chaque collaboration, notez ce que vous offrez au créateur, ce qu’il publie et ce que cela vous rapporte. Créez-en une ici, ou depuis la liste des créateurs d’un brief.
# Toast after moving a deal on the board. $name is the creator's name; $status the status it moved to.
deals-toast-moved =
    { $name } : { $status ->
        [proposed] collaboration proposée
        [agreed] collaboration acceptée
        [product_sent] produit envoyé
        [content_due] contenu attendu
        [posted] contenu publié
        [completed] collaboration terminée
        [declined] collaboration refusée
       *[cancelled] collaboration annulée
    }.
# Toast with an Undo button. $name is the creator's name.
deals-toast-deleted = Collaboration avec { $name } supprimée.
# $path is where the CSV file was saved.
deals-toast-exported-deals =
    { $count ->
        [one] { $count } collaboration exportée vers { $path }.
       *[other] { $count } collaborations exportées vers { $path }.
    }
deals-toast-exported-gifts =
    { $count ->
        [one] { $count } cadeau exporté vers { $path }.
       *[other] { $count } cadeaux exportés vers { $path }.
    }

## The search and filters above the deals.

deals-search-placeholder = Créateur, campagne ou code
deals-search-label = Rechercher des collaborations
deals-filter-status = Statut
deals-filter-any-status = Tous les statuts
deals-filter-kind = Type
deals-filter-any-kind = Tous les types
deals-filter-campaign = Campagne
deals-filter-any-campaign = Toutes les campagnes
# Before the first date field: "From [date] to [date]".
deals-filter-from = Du
# The accessible name of the first date field.
deals-filter-from-label = Date de début
# Between the two date fields: "From [date] to [date]".
deals-filter-to = au
# The accessible name of the second date field.
deals-filter-to-label = Date de fin
# Checkbox: only deals with a post past its due date.
deals-filter-overdue = En retard uniquement
# Button: removes the search and every filter.
deals-filter-clear = Effacer

## The deals as a list.

deals-col-creator = Créateur
deals-col-campaign = Campagne
deals-col-kind = Type
deals-col-status = Statut
# Column (click to sort): the date the next post is due.
deals-col-next-due = Prochaine échéance
# Column (click to sort): what the deal costs the shop.
deals-col-cost = Coût
deals-col-revenue = Ventes
# Badge on a deal whose post is late.
deals-overdue = En retard
# When no deal matches the search and filters; followed by the button deals-clear-filters.
deals-none-match = Aucune collaboration ne correspond.
deals-clear-filters = Effacer les filtres
# Button at the end of the list. $count is how many it adds; $rest how many are not shown yet.
deals-show-more = Afficher { $count } de plus (reste : { $rest })

## The deals as a board, one column per status.

# Above the board, while declined or cancelled deals are left off it. $which says which of the two
# statuses they have (declined, cancelled or both); $count how many deals.
deals-board-closed-hidden =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } collaboration refusée masquée.
               *[other] { $count } collaborations refusées masquées.
            }
        [cancelled]
            { $count ->
                [one] { $count } collaboration annulée masquée.
               *[other] { $count } collaborations annulées masquées.
            }
       *[both]
            { $count ->
                [one] { $count } collaboration refusée ou annulée masquée.
               *[other] { $count } collaborations refusées ou annulées masquées.
            }
    }
# The same line while they are shown.
deals-board-closed-shown =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } collaboration refusée affichée.
               *[other] { $count } collaborations refusées affichées.
            }
        [cancelled]
            { $count ->
                [one] { $count } collaboration annulée affichée.
               *[other] { $count } collaborations annulées affichées.
            }
       *[both]
            { $count ->
                [one] { $count } collaboration refusée ou annulée affichée.
               *[other] { $count } collaborations refusées ou annulées affichées.
            }
    }
# Link-style buttons after that line: hide or show the declined and cancelled deals.
deals-board-hide = Masquer
deals-board-show = Afficher
# On a card: the day the next post is due, as formatted.
deals-card-due = Échéance : { $date }
# Tooltip on a card's button that moves it to the next status; $status is that status's name.
deals-card-move = Passer à « { $status } »
# At the end of a full column: $count cards more than it shows.
deals-board-more = + { $count } de plus : filtrez ou passez à la vue Liste

## The deal editor: its header and buttons.

# Link back to the list, shown after a "←".
deals-back = Toutes les collaborations
# The title of a deal not yet saved.
deals-editor-new = Nouvelle collaboration
deals-editor-new-hint = Remplissez ce que vous savez déjà ; vous pourrez ajouter les résultats après la publication.
deals-delete = Supprimer
deals-close = Fermer
deals-save = Enregistrer
deals-create = Créer
# Toast when saving finds mistakes. $message is the first mistake, as the app words it.
deals-toast-check-fields = Vérifiez les champs signalés : { $message }
deals-toast-created = Collaboration créée. Faites-la avancer avec les boutons de statut.
deals-toast-saved = Collaboration enregistrée.

## The deal editor: the deal itself.

deals-basics-title = La collaboration
deals-creator = Créateur
# Button: choose another creator for a new deal.
deals-creator-change = Changer
deals-creator-search = Rechercher dans le répertoire par nom ou identifiant
deals-campaign = Campagne
deals-brief = Brief
# In the Brief menu: the deal has no brief.
deals-brief-none = Aucun
deals-kind = Type
# Shown small after "Kind": more than one kind may be ticked.
deals-kind-several = (plusieurs choix possibles)
deals-platform = Plateforme
# The day the deal starts.
deals-starts = Début
deals-currency = Devise
# For a visit: when it is booked, typed freely.
deals-visit-at = Visite prévue le
deals-visit-at-placeholder = ex. : ven. 4 déc., 15 h

## The deal editor: what the shop gives.

deals-given-title = Ce que la boutique offre
# Column headings over the items given.
deals-item = Article
deals-item-qty = Qté
deals-item-cost = Coût unit.
deals-item-retail = Prix de vente
# The accessible names of an item's fields and its remove button.
deals-item-name-label = Nom de l’article
deals-item-qty-label = Quantité
deals-item-cost-label = Coût pour la boutique, à l’unité
deals-item-retail-label = Prix de vente, à l’unité
deals-item-remove = Retirer l’article
# Button, shown after a "+".
deals-item-add = Ajouter un article
# The item added when a deal becomes a visit: what the creator may spend in the shop for free.
deals-item-allowance = Crédit à dépenser
deals-fee = Rémunération
deals-commission = Commission %
deals-shipping = Frais de port
# The day the product was handed over or sent.
deals-handed-over = Remis le

## The deal editor: what the creator delivers.

deals-deliverables-title = Contenus attendus
# A post, a story or a video the creator promised.
deals-deliverable = Contenu
# The day it is due.
deals-due = Échéance
# Badge by the due date of a post not up yet. $days is how many days late.
deals-overdue-by =
    { $days ->
        [one] En retard de { $days } jour
       *[other] En retard de { $days } jours
    }
deals-deliverable-remove = Retirer le contenu
deals-post-link = Lien de la publication
deals-posted-on = Publié le
# Checkbox: the post says it is an ad or a gift (use the hashtags creators use in your language).
deals-disclosure-seen = Mention du partenariat vérifiée
# Button that opens the post in the browser, shown before a "↗".
deals-open-post = Ouvrir la publication
# Button, shown after a "+".
deals-deliverable-add = Ajouter un contenu

## The deal editor: its status, the moves it can make and its history.

deals-status-title = Statut
# Button that moves a deal a step back; $status is the status it goes back to.
deals-move-back =
    { $status ->
        [proposed] Revenir à « Proposée »
        [agreed] Revenir à « Acceptée »
        [product_sent] Revenir à « Produit envoyé »
        [content_due] Revenir à « Contenu attendu »
        [posted] Revenir à « Publiée »
        [completed] Revenir à « Terminée »
        [declined] Revenir à « Refusée »
       *[cancelled] Revenir à « Annulée »
    }
# Toast after a move; $status is the new status.
deals-toast-marked =
    { $status ->
        [proposed] Statut mis à jour : proposée.
        [agreed] Statut mis à jour : acceptée.
        [product_sent] Statut mis à jour : produit envoyé.
        [content_due] Statut mis à jour : contenu attendu.
        [posted] Statut mis à jour : publiée.
        [completed] Statut mis à jour : terminée.
        [declined] Statut mis à jour : refusée.
       *[cancelled] Statut mis à jour : annulée.
    }
deals-note = Note pour l’historique (facultatif)
deals-note-placeholder = ex. : envoyé par la poste, suivi 123

## The deal editor: tracking.

deals-tracking-title = Suivi
deals-discount-code = Code promo
# The page of the shop's website the creator links to.
deals-landing-page = Page de destination
deals-landing-placeholder = Votre site web
# Button: copies the tracking link.
deals-copy = Copier
deals-tracking-hint = Ajoutez votre site web dans les Réglages (ou une page de destination ici) pour obtenir un lien de suivi.
deals-toast-link-copied = Lien de suivi copié.

## The deal editor: results and the figures worked out from them.

deals-results-title = Résultats
deals-results-hint = Saisissez ce que la publication a rapporté, d’après les statistiques de la plateforme et votre caisse. Les clients venus en boutique comptent autant que les clics.
deals-result-reach = Portée
deals-result-impressions = Impressions
deals-result-likes = J’aime
deals-result-comments = Commentaires
deals-result-shares = Partages
deals-result-saves = Enregistrements
deals-result-clicks = Clics sur le lien
# How many times the discount code was used.
deals-result-redemptions = Utilisations du code
# Customers who came into the shop and said the post sent them.
deals-result-walk_ins = Clients venus grâce à la publication
# $currency is the deal's currency code (EUR).
deals-result-revenue = Ventes ({ $currency })
deals-figure-cost = Coût de la collaboration
deals-figure-retail = Valeur au prix de vente
deals-figure-commission = Commission due
deals-figure-engagement-rate = Taux d’engagement
deals-figure-cost-per-engagement = Coût par interaction
deals-figure-cost-per-click = Coût par clic
# What the revenue gained over the deal's cost, as a percentage of that cost.
deals-figure-return = Rentabilité
# Likes, comments and shares added up.
deals-figure-engagements = Interactions
deals-figures-update = Les chiffres se mettent à jour à l’enregistrement.

## The deal editor: after the deal.

deals-after-title = Après la collaboration
deals-rating = Évaluation
deals-rating-none = Pas d’évaluation
deals-work-again = Retravailler ensemble ?
deals-work-again-undecided = Pas encore décidé
deals-yes = Oui
deals-no = Non
deals-feedback = Retours
deals-notes = Notes

## Column headers of the deals and gifted-items CSV exports (for the bookkeeper).

deals-csv-creator = Créateur
deals-csv-campaign = Campagne
deals-csv-kind = Type
deals-csv-status = Statut
deals-csv-start-date = Date de début
deals-csv-handover-date = Date de remise
deals-csv-next-due = Prochaine échéance
deals-csv-last-posted = Dernière publication
deals-csv-currency = Devise
deals-csv-items-cost = Articles (coût)
deals-csv-items-retail = Articles (prix de vente)
deals-csv-fee = Rémunération
deals-csv-commission-percent = Commission %
deals-csv-commission = Commission
deals-csv-shipping = Frais de port
deals-csv-total-cost = Coût total
deals-csv-discount-code = Code promo
deals-csv-tracking-link = Lien de suivi
deals-csv-reach = Portée
deals-csv-impressions = Impressions
deals-csv-likes = J’aime
deals-csv-comments = Commentaires
deals-csv-shares = Partages
deals-csv-saves = Enregistrements
deals-csv-link-clicks = Clics sur le lien
deals-csv-redemptions = Utilisations du code
deals-csv-walk-ins = Passages en boutique
deals-csv-revenue = Ventes
deals-csv-return-percent = Rentabilité %
# Only in the gifted-items export.
deals-csv-date = Date
deals-csv-item = Article
deals-csv-quantity = Quantité
deals-csv-unit-cost = Coût unitaire
deals-csv-unit-retail = Prix de vente unitaire
deals-csv-cost = Coût
deals-csv-retail = Valeur au prix de vente
