## The kinds of deal and their statuses, wherever they are shown or written.

# The creator is given a product to keep.
deal-kind-gifting = Gifting
# The creator is invited to come by (a meal, a treatment) for free.
deal-kind-visit = Visit
# Goods or services swapped for content.
deal-kind-barter = Barter
# The creator earns a share of the sales their code or link brings.
deal-kind-affiliate = Affiliate
# A flat fee.
deal-kind-paid = Paid
deal-status-proposed = Proposed
deal-status-agreed = Agreed
deal-status-product_sent = Product sent
deal-status-content_due = Content due
deal-status-posted = Posted
deal-status-completed = Completed
deal-status-declined = Declined
deal-status-cancelled = Cancelled

## What each kind of deal means: the tooltip on the kind's choice in the deal form.

deals-kind-hint-gifting = Product sent or handed over
deals-kind-hint-visit = They come in: a booked slot and a spend allowance
deals-kind-hint-barter = Product or service for content
deals-kind-hint-affiliate = Commission on the sales they bring
deals-kind-hint-paid = A flat fee
# Shown when copying a link fails.
deals-clipboard-unavailable = The clipboard is not available.

## The Deals screen: title, count, view switch, exports and the empty state.

deals-title = Deals
# Under the title: how many deals there are.
deals-count =
    { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
# Under the title, while a search or filter is on: how many deals it finds.
deals-count-match =
    { $count ->
        [one] { $count } deal matches
       *[other] { $count } deals match
    }
# The accessible name of the List/Board switch.
deals-view = View
deals-view-list = List
deals-view-board = Board
# Button: saves the deals shown as a CSV file.
deals-export-deals = Export deals
# Button: saves every item given in the deals shown as a CSV file.
deals-export-gifts = Export gifted items
# Button, shown after a "+".
deals-new = New deal
deals-empty-title = No deals yet
deals-empty-text = A deal records what you give a creator, what they post, and what it brings. Start one here, or from a brief's creator list.
# Toast after moving a deal on the board. $name is the creator's name; $status the status it moved to.
deals-toast-moved =
    { $name }: { $status ->
        [proposed] proposed
        [agreed] agreed
        [product_sent] product sent
        [content_due] content due
        [posted] posted
        [completed] completed
        [declined] declined
       *[cancelled] cancelled
    }.
# Toast with an Undo button. $name is the creator's name.
deals-toast-deleted = Deal with { $name } deleted.
# $path is where the CSV file was saved.
deals-toast-exported-deals =
    { $count ->
        [one] Exported { $count } deal to { $path }.
       *[other] Exported { $count } deals to { $path }.
    }
deals-toast-exported-gifts =
    { $count ->
        [one] Exported { $count } gifted item to { $path }.
       *[other] Exported { $count } gifted items to { $path }.
    }

## The search and filters above the deals.

deals-search-placeholder = Creator, campaign or code
deals-search-label = Search deals
deals-filter-status = Status
deals-filter-any-status = Any status
deals-filter-kind = Kind
deals-filter-any-kind = Any kind
deals-filter-campaign = Campaign
deals-filter-any-campaign = Any campaign
# Before the first date field: "From [date] to [date]".
deals-filter-from = From
# The accessible name of the first date field.
deals-filter-from-label = From
# Between the two date fields: "From [date] to [date]".
deals-filter-to = to
# The accessible name of the second date field.
deals-filter-to-label = To
# Checkbox: only deals with a post past its due date.
deals-filter-overdue = Overdue only
# Button: removes the search and every filter.
deals-filter-clear = Clear

## The deals as a list.

deals-col-creator = Creator
deals-col-campaign = Campaign
deals-col-kind = Kind
deals-col-status = Status
# Column (click to sort): the date the next post is due.
deals-col-next-due = Next due
# Column (click to sort): what the deal costs the shop.
deals-col-cost = Cost
deals-col-revenue = Revenue
# Badge on a deal whose post is late.
deals-overdue = Overdue
# When no deal matches the search and filters; followed by the button deals-clear-filters.
deals-none-match = No deals match.
deals-clear-filters = Clear the filters
# Button at the end of the list. $count is how many it adds; $rest how many are not shown yet.
deals-show-more = Show { $count } more of { $rest }

## The deals as a board, one column per status.

# Above the board, while declined or cancelled deals are left off it. $which says which of the two
# statuses they have (declined, cancelled or both); $count how many deals.
deals-board-closed-hidden =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } declined deal not shown.
               *[other] { $count } declined deals not shown.
            }
        [cancelled]
            { $count ->
                [one] { $count } cancelled deal not shown.
               *[other] { $count } cancelled deals not shown.
            }
       *[both]
            { $count ->
                [one] { $count } declined or cancelled deal not shown.
               *[other] { $count } declined or cancelled deals not shown.
            }
    }
# The same line while they are shown.
deals-board-closed-shown =
    { $which ->
        [declined]
            { $count ->
                [one] Showing { $count } declined deal.
               *[other] Showing { $count } declined deals.
            }
        [cancelled]
            { $count ->
                [one] Showing { $count } cancelled deal.
               *[other] Showing { $count } cancelled deals.
            }
       *[both]
            { $count ->
                [one] Showing { $count } declined or cancelled deal.
               *[other] Showing { $count } declined or cancelled deals.
            }
    }
# Link-style buttons after that line: hide or show the declined and cancelled deals.
deals-board-hide = Hide
deals-board-show = Show
# On a card: the day the next post is due, as formatted.
deals-card-due = Due { $date }
# Tooltip on a card's button that moves it to the next status; $status is that status's name.
deals-card-move = Move to { $status }
# At the end of a full column: $count cards more than it shows.
deals-board-more = + { $count } more: filter or use the list

## The deal editor: its header and buttons.

# Link back to the list, shown after a "←".
deals-back = All deals
# The title of a deal not yet saved.
deals-editor-new = New deal
deals-editor-new-hint = Fill in what you know now; you can add results after the post.
deals-delete = Delete
deals-close = Close
deals-save = Save
deals-create = Create deal
# Toast when saving finds mistakes. $message is the first mistake, as the app words it.
deals-toast-check-fields = Please check the highlighted fields: { $message }
deals-toast-created = Deal created. Move it along with the status buttons.
deals-toast-saved = Deal saved.

## The deal editor: the deal itself.

deals-basics-title = The deal
deals-creator = Creator
# Button: choose another creator for a new deal.
deals-creator-change = Change
deals-creator-search = Search the roster by name or handle
deals-campaign = Campaign
deals-brief = Brief
# In the Brief menu: the deal has no brief.
deals-brief-none = None
deals-kind = Kind
# Shown small after "Kind": more than one kind may be ticked.
deals-kind-several = (choose several for a mix)
deals-platform = Platform
# The day the deal starts.
deals-starts = Starts
deals-currency = Currency
# For a visit: when it is booked, typed freely.
deals-visit-at = Visit booked for
deals-visit-at-placeholder = e.g. Fri 4 Dec, 15:00

## The deal editor: what the shop gives.

deals-given-title = What the shop gives
# Column headings over the items given.
deals-item = Item
deals-item-qty = Qty
deals-item-cost = Cost each
deals-item-retail = Retail each
# The accessible names of an item's fields and its remove button.
deals-item-name-label = Item name
deals-item-qty-label = Quantity
deals-item-cost-label = Cost to the shop, each
deals-item-retail-label = Retail value, each
deals-item-remove = Remove item
# Button, shown after a "+".
deals-item-add = Add an item
# The item added when a deal becomes a visit: what the creator may spend in the shop for free.
deals-item-allowance = Spend allowance
deals-fee = Fee
deals-commission = Commission %
deals-shipping = Shipping
# The day the product was handed over or sent.
deals-handed-over = Handed over

## The deal editor: what the creator delivers.

deals-deliverables-title = What the creator delivers
# A post, a story or a video the creator promised.
deals-deliverable = Deliverable
# The day it is due.
deals-due = Due
# Badge by the due date of a post not up yet. $days is how many days late.
deals-overdue-by =
    { $days ->
        [one] Overdue by { $days } day
       *[other] Overdue by { $days } days
    }
deals-deliverable-remove = Remove deliverable
deals-post-link = Link to the post
deals-posted-on = Posted on
# Checkbox: the post says it is an ad or a gift (use the hashtags creators use in your language).
deals-disclosure-seen = Disclosure (#ad / #gifted) seen
# Button that opens the post in the browser, shown before a "↗".
deals-open-post = Open the post
# Button, shown after a "+".
deals-deliverable-add = Add a deliverable

## The deal editor: its status, the moves it can make and its history.

deals-status-title = Status
# Button that moves a deal a step back; $status is the status it goes back to.
deals-move-back =
    { $status ->
        [proposed] Back to proposed
        [agreed] Back to agreed
        [product_sent] Back to product sent
        [content_due] Back to content due
        [posted] Back to posted
        [completed] Back to completed
        [declined] Back to declined
       *[cancelled] Back to cancelled
    }
# Toast after a move; $status is the new status.
deals-toast-marked =
    { $status ->
        [proposed] Marked as proposed.
        [agreed] Marked as agreed.
        [product_sent] Marked as product sent.
        [content_due] Marked as content due.
        [posted] Marked as posted.
        [completed] Marked as completed.
        [declined] Marked as declined.
       *[cancelled] Marked as cancelled.
    }
deals-note = Note for the history (optional)
deals-note-placeholder = e.g. Sent by post, tracking 123

## The deal editor: tracking.

deals-tracking-title = Tracking
deals-discount-code = Discount code
# The page of the shop's website the creator links to.
deals-landing-page = Landing page
deals-landing-placeholder = Your website
# Button: copies the tracking link.
deals-copy = Copy
deals-tracking-hint = Add your website in Settings (or a landing page here) to get a tracking link.
deals-toast-link-copied = Tracking link copied.

## The deal editor: results and the figures worked out from them.

deals-results-title = Results
deals-results-hint = Enter what the post brought, from the app's insights and your till. In-store counts are as good as clicks.
deals-result-reach = Reach
deals-result-impressions = Impressions
deals-result-likes = Likes
deals-result-comments = Comments
deals-result-shares = Shares
deals-result-saves = Saves
deals-result-clicks = Link clicks
# How many times the discount code was used.
deals-result-redemptions = Code redemptions
# Customers who came into the shop and said the post sent them.
deals-result-walk_ins = Walk-ins who mentioned it
# $currency is the deal's currency code (EUR).
deals-result-revenue = Revenue ({ $currency })
deals-figure-cost = Cost of the deal
deals-figure-retail = Value at retail
deals-figure-commission = Commission owed
deals-figure-engagement-rate = Engagement rate
deals-figure-cost-per-engagement = Cost per engagement
deals-figure-cost-per-click = Cost per click
# What the revenue gained over the deal's cost, as a percentage of that cost.
deals-figure-return = Return on cost
# Likes, comments and shares added up.
deals-figure-engagements = Engagements
deals-figures-update = Figures update when you save.

## The deal editor: after the deal.

deals-after-title = After the deal
deals-rating = Rating
deals-rating-none = Not rated
deals-work-again = Work with again?
deals-work-again-undecided = Not decided
deals-yes = Yes
deals-no = No
deals-feedback = Feedback
deals-notes = Notes

## Column headers of the deals and gifted-items CSV exports (for the bookkeeper).

deals-csv-creator = Creator
deals-csv-campaign = Campaign
deals-csv-kind = Kind
deals-csv-status = Status
deals-csv-start-date = Start date
deals-csv-handover-date = Hand-over date
deals-csv-next-due = Next due
deals-csv-last-posted = Last posted
deals-csv-currency = Currency
deals-csv-items-cost = Items at cost
deals-csv-items-retail = Items at retail
deals-csv-fee = Fee
deals-csv-commission-percent = Commission %
deals-csv-commission = Commission
deals-csv-shipping = Shipping
deals-csv-total-cost = Total cost
deals-csv-discount-code = Discount code
deals-csv-tracking-link = Tracking link
deals-csv-reach = Reach
deals-csv-impressions = Impressions
deals-csv-likes = Likes
deals-csv-comments = Comments
deals-csv-shares = Shares
deals-csv-saves = Saves
deals-csv-link-clicks = Link clicks
deals-csv-redemptions = Code redemptions
deals-csv-walk-ins = Walk-ins
deals-csv-revenue = Revenue
deals-csv-return-percent = Return on cost %
# Only in the gifted-items export.
deals-csv-date = Date
deals-csv-item = Item
deals-csv-quantity = Quantity
deals-csv-unit-cost = Unit cost
deals-csv-unit-retail = Unit retail value
deals-csv-cost = Cost
deals-csv-retail = Retail value
