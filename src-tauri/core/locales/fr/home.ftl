## Home: the header, and what shows before there are any deals.

home-title = Accueil
# Under the title: $date is today, $count how many deals there are.
home-summary = { $date } · { $count ->
    [one] { $count } collaboration
   *[other] { $count } collaborations
}
home-empty-title = Rien à suivre pour l’instant
home-empty-text = Quand vous offrez un produit, organisez une visite ou payez une publication, enregistrez une collaboration : ce qui est attendu, ce qui est en retard et ce que chaque créateur vous a rapporté s’afficheront ici.
# Button.
home-go-deals = Voir les collaborations
# Button.
home-go-creators = Voir les créateurs

## The tiles at the top, and the lists of late and due deals.

# A tile, and the title of the list of late deals.
home-overdue = En retard
# A tile, and the title of the list of what is due in the next seven days.
home-due-this-week = Prévu cette semaine
home-gifted-month = Offert ce mois-ci
home-gifted-year = Offert cette année
# Under the value gifted (at retail price): $cost is the same at cost, already written with its currency.
home-gifted-detail = { $cost } au prix coûtant · { $count ->
    [one] { $count } collaboration
   *[other] { $count } collaborations
}
# On a late deal: how many days its post is late.
home-days-late = { $count ->
    [one] { $count } jour de retard
   *[other] { $count } jours de retard
}
home-overdue-none = Aucun retard. 🎉
home-due-none = Rien de prévu dans les sept prochains jours.
# Under a list that shows only the first few: $count is how many more there are.
home-and-more = { $count ->
    [one] et { $count } autre
   *[other] et { $count } autres
}

## Friendly reminders to creators who have the product and have not posted yet.

home-nudges-title = Relances amicales
home-nudges-intro = Ces créateurs ont reçu le produit ou sont venus, mais n’ont encore rien publié.
# $date is the day they received the product or visited, $count the days since.
home-nudge-since = { $count ->
    [one] { $count } jour depuis le { $date }
   *[other] { $count } jours depuis le { $date }
}
# Button: copies the reminder's text.
home-nudge-copy = Copier le message
# Button: opens the email app with the reminder.
home-nudge-email = E-mail
# Button: notes that the reminder was sent.
home-nudge-sent = Marquer comme envoyée
home-nudge-copied = Message copié : collez-le dans un message privé ou un e-mail.
# $name is the creator's name.
home-nudge-noted = Relance de { $name } enregistrée.

## Deals by status, and the charts.

home-by-status = Collaborations par statut
home-value-title = Valeur offerte par mois
# What a screen reader says in place of the chart.
home-value-chart = Valeur offerte par mois, au prix coûtant et au prix de vente
# A series in the chart: what the products cost the shop.
home-value-at-cost = Prix coûtant
# A series in the chart: what the products sell for.
home-value-at-retail = Prix de vente
home-campaigns-title = Résultats par campagne
# What a screen reader says in place of the chart.
home-campaigns-chart = Ventes et coût par campagne
home-campaigns-revenue = Ventes
home-campaigns-cost = Coût
# Column headers of the table of campaigns.
home-col-campaign = Campagne
home-col-reach = Portée
# How many times a discount code was used.
home-col-codes = Codes
# How many people came into the shop because of the post.
home-col-walk-ins = Passages en boutique
home-campaigns-none = Les résultats s’affichent dès que vous les saisissez sur une collaboration publiée.
home-top-title = Créateurs les plus rentables
# What a screen reader says in place of the chart.
home-top-chart = Rentabilité par créateur
# The series in the chart: revenue as a share of cost.
home-top-return = Rentabilité
home-top-none = Saisissez les ventes générées par une collaboration pour voir qui rapporte le plus.
# Tooltip on a bar: $series is the series' name ("At cost"), $value the amount.
home-chart-tooltip = { $series } : { $value }
