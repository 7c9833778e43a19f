## Home: the header, and what shows before there are any deals.

home-title = Home
# Under the title: $date is today, $count how many deals there are.
home-summary = { $date } · { $count ->
    [one] { $count } collaborazione
   *[other] { $count } collaborazioni
}
home-empty-title = Ancora niente da seguire
home-empty-text = Quando regali un prodotto, organizzi una visita o paghi un post, registralo come collaborazione: qui vedrai cosa è in scadenza, cosa è in ritardo e cosa ha portato ogni creator.
# Button.
home-go-deals = Vai alle collaborazioni
# Button.
home-go-creators = Vai ai creator

## The tiles at the top, and the lists of late and due deals.

# A tile, and the title of the list of late deals.
home-overdue = In ritardo
# A tile, and the title of the list of what is due in the next seven days.
home-due-this-week = In scadenza questa settimana
home-gifted-month = Regalato questo mese
home-gifted-year = Regalato quest’anno
# Under the value gifted (at retail price): $cost is the same at cost, already written with its currency.
home-gifted-detail = { $cost } a prezzo di costo · { $count ->
    [one] { $count } collaborazione
   *[other] { $count } collaborazioni
}
# On a late deal: how many days its post is late.
home-days-late = { $count ->
    [one] { $count } giorno di ritardo
   *[other] { $count } giorni di ritardo
}
home-overdue-none = Niente in ritardo. 🎉
home-due-none = Nessuna scadenza nei prossimi sette giorni.
# Under a list that shows only the first few: $count is how many more there are.
home-and-more = { $count ->
    [one] e un’altra
   *[other] e altre { $count }
}

## Friendly reminders to creators who have the product and have not posted yet.

home-nudges-title = Promemoria gentili
home-nudges-intro = Questi creator hanno ricevuto il prodotto o sono venuti in visita e non hanno ancora pubblicato.
# $date is the day they received the product or visited, $count the days since.
home-nudge-since = { $count ->
    [one] { $count } giorno dal { $date }
   *[other] { $count } giorni dal { $date }
}
# Button: copies the reminder's text.
home-nudge-copy = Copia messaggio
# Button: opens the email app with the reminder.
home-nudge-email = Email
# Button: notes that the reminder was sent.
home-nudge-sent = Segna come inviato
home-nudge-copied = Messaggio copiato: incollalo in un DM o in un’email.
# $name is the creator's name.
home-nudge-noted = Promemoria a { $name } segnato come inviato.

## Deals by status, and the charts.

home-by-status = Collaborazioni per stato
home-value-title = Valore offerto al mese
# What a screen reader says in place of the chart.
home-value-chart = Valore offerto al mese, a prezzo di costo e di vendita
# A series in the chart: what the products cost the shop.
home-value-at-cost = Prezzo di costo
# A series in the chart: what the products sell for.
home-value-at-retail = Prezzo di vendita
home-campaigns-title = Risultati per campagna
# What a screen reader says in place of the chart.
home-campaigns-chart = Ricavi e costi per campagna
home-campaigns-revenue = Ricavi
home-campaigns-cost = Costi
# Column headers of the table of campaigns.
home-col-campaign = Campagna
home-col-reach = Copertura
# How many times a discount code was used.
home-col-codes = Codici
# How many people came into the shop because of the post.
home-col-walk-ins = Clienti in negozio
home-campaigns-none = I risultati compaiono quando li inserisci in una collaborazione pubblicata.
home-top-title = Creator con il ritorno migliore
# What a screen reader says in place of the chart.
home-top-chart = Ritorno sul costo per creator
# The series in the chart: revenue as a share of cost.
home-top-return = Ritorno sul costo
home-top-none = Inserisci i ricavi portati da una collaborazione per vedere chi rende di più.
# Tooltip on a bar: $series is the series' name ("At cost"), $value the amount.
home-chart-tooltip = { $series }: { $value }
