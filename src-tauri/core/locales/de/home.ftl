## Home: the header, and what shows before there are any deals.

home-title = Übersicht
# Under the title: $date is today, $count how many deals there are.
home-summary = { $date } · { $count ->
    [one] { $count } Kooperation
   *[other] { $count } Kooperationen
}
home-empty-title = Noch nichts zu verfolgen
home-empty-text = Wenn du ein Produkt verschenkst, einen Besuch vereinbarst oder für einen Beitrag bezahlst, leg es als Kooperation an: Hier siehst du dann, was fällig ist, was überfällig ist und was jeder Creator gebracht hat.
# Button.
home-go-deals = Zu den Kooperationen
# Button.
home-go-creators = Zur Creator-Liste

## The tiles at the top, and the lists of late and due deals.

# A tile, and the title of the list of late deals.
home-overdue = Überfällig
# A tile, and the title of the list of what is due in the next seven days.
home-due-this-week = Diese Woche fällig
home-gifted-month = Diesen Monat verschenkt
home-gifted-year = Dieses Jahr verschenkt
# Under the value gifted (at retail price): $cost is the same at cost, already written with its currency.
home-gifted-detail = { $cost } zum Einkaufspreis · { $count ->
    [one] { $count } Kooperation
   *[other] { $count } Kooperationen
}
# On a late deal: how many days its post is late.
home-days-late = { $count ->
    [one] { $count } Tag überfällig
   *[other] { $count } Tage überfällig
}
home-overdue-none = Nichts ist überfällig. 🎉
home-due-none = In den nächsten sieben Tagen ist nichts fällig.
# Under a list that shows only the first few: $count is how many more there are.
home-and-more = und { $count } weitere

## Friendly reminders to creators who have the product and have not posted yet.

home-nudges-title = Freundliche Erinnerungen
home-nudges-intro = Diese Creator haben das Produkt bekommen oder waren zu Besuch und haben noch nichts gepostet.
# $date is the day they received the product or visited, $count the days since.
home-nudge-since = { $count ->
    [one] { $count } Tag seit dem { $date }
   *[other] { $count } Tage seit dem { $date }
}
# Button: copies the reminder's text.
home-nudge-copy = Nachricht kopieren
# Button: opens the email app with the reminder.
home-nudge-email = E-Mail
# Button: notes that the reminder was sent.
home-nudge-sent = Als gesendet markieren
home-nudge-copied = Nachricht kopiert – füge sie in eine DM oder E-Mail ein.
# $name is the creator's name.
home-nudge-noted = Erinnerung an { $name } vermerkt.

## Deals by status, and the charts.

home-by-status = Kooperationen nach Status
home-value-title = Verschenkter Wert pro Monat
# What a screen reader says in place of the chart.
home-value-chart = Verschenkter Wert pro Monat, zum Einkaufs- und zum Verkaufspreis
# A series in the chart: what the products cost the shop.
home-value-at-cost = Einkaufspreis
# A series in the chart: what the products sell for.
home-value-at-retail = Verkaufspreis
home-campaigns-title = Ergebnisse pro Kampagne
# What a screen reader says in place of the chart.
home-campaigns-chart = Umsatz und Kosten pro Kampagne
home-campaigns-revenue = Umsatz
home-campaigns-cost = Kosten
# Column headers of the table of campaigns.
home-col-campaign = Kampagne
home-col-reach = Reichweite
# How many times a discount code was used.
home-col-codes = Codes
# How many people came into the shop because of the post.
home-col-walk-ins = Ladenbesuche
home-campaigns-none = Ergebnisse erscheinen hier, sobald du sie bei einer veröffentlichten Kooperation einträgst.
home-top-title = Top-Creator nach Rendite
# What a screen reader says in place of the chart.
home-top-chart = Rendite pro Creator
# The series in the chart: revenue as a share of cost.
home-top-return = Rendite
home-top-none = Trag den Umsatz einer Kooperation ein, um zu sehen, wer die beste Rendite bringt.
# Tooltip on a bar: $series is the series' name ("At cost"), $value the amount.
home-chart-tooltip = { $series }: { $value }
