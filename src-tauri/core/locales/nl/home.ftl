## Home: the header, and what shows before there are any deals.

home-title = Start
# Under the title: $date is today, $count how many deals there are.
home-summary = { $date } · { $count ->
    [one] { $count } samenwerking
   *[other] { $count } samenwerkingen
}
home-empty-title = Nog niets om bij te houden
home-empty-text = Geef je een product cadeau, plan je een bezoek of betaal je voor een post? Leg het vast als samenwerking: hier zie je dan wat eraan komt, wat te laat is en wat elke creator heeft opgeleverd.
# Button.
home-go-deals = Naar samenwerkingen
# Button.
home-go-creators = Naar creators

## The tiles at the top, and the lists of late and due deals.

# A tile, and the title of the list of late deals.
home-overdue = Te laat
# A tile, and the title of the list of what is due in the next seven days.
home-due-this-week = Deze week verwacht
home-gifted-month = Deze maand weggegeven
home-gifted-year = Dit jaar weggegeven
# Under the value gifted (at retail price): $cost is the same at cost, already written with its currency.
home-gifted-detail = { $cost } tegen kostprijs · { $count ->
    [one] { $count } samenwerking
   *[other] { $count } samenwerkingen
}
# On a late deal: how many days its post is late.
home-days-late = { $count ->
    [one] { $count } dag te laat
   *[other] { $count } dagen te laat
}
home-overdue-none = Alles is op tijd. 🎉
home-due-none = De komende zeven dagen staat er niets op de planning.
# Under a list that shows only the first few: $count is how many more there are.
home-and-more = en nog { $count }

## Friendly reminders to creators who have the product and have not posted yet.

home-nudges-title = Vriendelijke herinneringen
home-nudges-intro = Deze creators hebben het product ontvangen of zijn langs geweest en hebben nog niets gepost.
# $date is the day they received the product or visited, $count the days since.
home-nudge-since = { $count ->
    [one] { $count } dag geleden ({ $date })
   *[other] { $count } dagen geleden ({ $date })
}
# Button: copies the reminder's text.
home-nudge-copy = Bericht kopiëren
# Button: opens the email app with the reminder.
home-nudge-email = E-mailen
# Button: notes that the reminder was sent.
home-nudge-sent = Markeren als verstuurd
home-nudge-copied = Bericht gekopieerd: plak het in een DM of e-mail.
# $name is the creator's name.
home-nudge-noted = Herinnering aan { $name } genoteerd.

## Deals by status, and the charts.

home-by-status = Samenwerkingen per status
home-value-title = Weggegeven waarde per maand
# What a screen reader says in place of the chart.
home-value-chart = Weggegeven waarde per maand, tegen kostprijs en verkoopprijs
# A series in the chart: what the products cost the shop.
home-value-at-cost = Kostprijs
# A series in the chart: what the products sell for.
home-value-at-retail = Verkoopprijs
home-campaigns-title = Resultaten per campagne
# What a screen reader says in place of the chart.
home-campaigns-chart = Omzet en kosten per campagne
home-campaigns-revenue = Omzet
home-campaigns-cost = Kosten
# Column headers of the table of campaigns.
home-col-campaign = Campagne
home-col-reach = Bereik
# How many times a discount code was used.
home-col-codes = Codes
# How many people came into the shop because of the post.
home-col-walk-ins = Winkelbezoeken
home-campaigns-none = Resultaten verschijnen zodra je ze invult bij een geposte samenwerking.
home-top-title = Creators met het beste rendement
# What a screen reader says in place of the chart.
home-top-chart = Rendement op kosten per creator
# The series in the chart: revenue as a share of cost.
home-top-return = Rendement op kosten
home-top-none = Vul de omzet van een samenwerking in om te zien wie het beste rendement oplevert.
# Tooltip on a bar: $series is the series' name ("At cost"), $value the amount.
home-chart-tooltip = { $series }: { $value }
