## Home: the header, and what shows before there are any deals.

home-title = Home
# Under the title: $date is today, $count how many deals there are.
home-summary = { $date } · { $count ->
    [one] { $count } deal
   *[other] { $count } deals
}
home-empty-title = Nothing to track yet
home-empty-text = When you gift a product, book a visit or pay for a post, record it as a deal: what's due, what's late and what each creator brought will show up here.
# Button.
home-go-deals = Go to deals
# Button.
home-go-creators = Go to creators

## The tiles at the top, and the lists of late and due deals.

# A tile, and the title of the list of late deals.
home-overdue = Overdue
# A tile, and the title of the list of what is due in the next seven days.
home-due-this-week = Due this week
home-gifted-month = Gifted this month
home-gifted-year = Gifted this year
# Under the value gifted (at retail price): $cost is the same at cost, already written with its currency.
home-gifted-detail = { $cost } at cost · { $count ->
    [one] { $count } deal
   *[other] { $count } deals
}
# On a late deal: how many days its post is late.
home-days-late = { $count ->
    [one] { $count } day late
   *[other] { $count } days late
}
home-overdue-none = Nothing is late. 🎉
home-due-none = Nothing due in the next seven days.
# Under a list that shows only the first few: $count is how many more there are.
home-and-more = and { $count } more

## Friendly reminders to creators who have the product and have not posted yet.

home-nudges-title = Friendly reminders
home-nudges-intro = These creators received the product or visited and have not posted yet.
# $date is the day they received the product or visited, $count the days since.
home-nudge-since = { $count ->
    [one] { $count } day since { $date }
   *[other] { $count } days since { $date }
}
# Button: copies the reminder's text.
home-nudge-copy = Copy message
# Button: opens the email app with the reminder.
home-nudge-email = Email
# Button: notes that the reminder was sent.
home-nudge-sent = Mark as sent
home-nudge-copied = Message copied: paste it into a DM or email.
# $name is the creator's name.
home-nudge-noted = Reminder to { $name } noted.

## Deals by status, and the charts.

home-by-status = Deals by status
home-value-title = Value given per month
# What a screen reader says in place of the chart.
home-value-chart = Value given per month, at cost and at retail
# A series in the chart: what the products cost the shop.
home-value-at-cost = At cost
# A series in the chart: what the products sell for.
home-value-at-retail = At retail
home-campaigns-title = Results per campaign
# What a screen reader says in place of the chart.
home-campaigns-chart = Revenue and cost per campaign
home-campaigns-revenue = Revenue
home-campaigns-cost = Cost
# Column headers of the table of campaigns.
home-col-campaign = Campaign
home-col-reach = Reach
# How many times a discount code was used.
home-col-codes = Codes
# How many people came into the shop because of the post.
home-col-walk-ins = Walk-ins
home-campaigns-none = Results appear once you enter them on a posted deal.
home-top-title = Top creators by return
# What a screen reader says in place of the chart.
home-top-chart = Return on cost by creator
# The series in the chart: revenue as a share of cost.
home-top-return = Return on cost
home-top-none = Enter the revenue a deal brought to see who gives the best return.
# Tooltip on a bar: $series is the series' name ("At cost"), $value the amount.
home-chart-tooltip = { $series }: { $value }
