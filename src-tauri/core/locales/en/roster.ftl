## A creator's page and form.

creator-language = Language
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = The shop's ({ $name })

## The names of platforms, statuses and tiers, wherever they are shown or written.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Other
status-prospect = Prospect
status-contacted = Contacted
status-active = Active
status-paused = Paused
status-do_not_contact = Do not contact
# Creators below 1,000 followers, not yet nano.
tier-starter = Starter
tier-nano = Nano
tier-micro = Micro
tier-macro = Macro
tier-mega = Mega
tier-range-starter = under 1K
tier-range-nano = 1K–10K
tier-range-micro = 10K–100K
tier-range-macro = 100K–1M
tier-range-mega = 1M+

## The roster screen: its title, count and buttons.

# The roster screen, for screen readers.
roster-label = Creator roster
roster-title = Creators
roster-loading = Loading…
# Under the title while a search or filter is on. $shown: creators matching; $total: all creators.
roster-count-filtered = { $shown } of { $total } creators
# Under the title: how many creators the roster holds.
roster-count =
    { $count ->
        [one] { $count } creator
       *[other] { $count } creators
    }
# Buttons.
roster-import-csv = Import spreadsheet
roster-export-csv = Export CSV
roster-add = Add creator

## An empty roster: how to start one.

roster-empty-title = Start your creator roster
roster-empty-text = Keep the local creators you work with in one place: their handles, audience, rates and how to reach them.
# Buttons.
roster-empty-add = Add a creator
roster-empty-brief = Write a brief
roster-empty-import = Import a spreadsheet (CSV)
roster-empty-sample = Try a sample roster

## Search and filters above the table.

roster-search-label = Search creators
roster-search-placeholder = Names, handles, niches, notes…
# Each filter's name (read by screen readers), then its first choice, which filters nothing.
roster-filter-tier = Tier
roster-filter-tier-all = All tiers
roster-filter-platform = Platform
roster-filter-platform-all = All platforms
roster-filter-niche = Niche
roster-filter-niche-all = All niches
roster-filter-city = City
roster-filter-city-all = All cities
roster-filter-status = Status
roster-filter-status-all = Any status
roster-filter-gifting = Open to gifting
roster-filter-gifting-any = Gifting: any
roster-filter-gifting-yes = Open to gifting
roster-filter-gifting-no = Not open to gifting
# Before a small box where a percentage is typed, followed by "%".
roster-filter-engagement = Engagement ≥
roster-filter-engagement-label = Minimum engagement rate in percent
# A checkbox that shows archived creators too. $count: how many there are.
roster-filter-archived = Archived ({ $count })
# Button: removes the search and every filter.
roster-filter-clear = Clear

## The roster table.

# The table, for screen readers.
roster-table = Creators
# Column heads (short: the columns are narrow).
roster-column-name = Creator
roster-column-followers = Followers
roster-column-tier = Tier
roster-column-engagement = Engagement
roster-column-city = City
roster-column-status = Status
roster-column-gifting = Gifting
roster-column-niches = Niches
# $search: the words typed in the search box.
roster-no-match-search = No creators match “{ $search }”.
roster-no-match-filters = No creators match these filters.
# Button.
roster-no-match-clear = Clear search and filters
# Under the total followers of a creator with several accounts. $followers: the largest account's, shortened (8K).
roster-row-largest = largest { $followers }
# Tooltip on the tier. $range: the tier's range, such as "1K–10K".
roster-row-tier-title = { $range } followers on the largest account
# The Gifting column.
roster-row-gifting-yes = Yes
roster-row-gifting-no = No
# Tooltip on the followers. $count: the total over all the creator's accounts.
roster-followers-note =
    { $count ->
        [one] { $count } follower
       *[other] { $count } followers
    }
# Tooltip on the followers of a creator with several accounts. $total: all accounts together;
# $largest: the largest account's followers; $platform: that account's platform (Instagram).
roster-followers-note-largest =
    { $total ->
        [one] { $total } follower in total; the tier goes by the largest account: { $largest } on { $platform }
       *[other] { $total } followers in total; the tier goes by the largest account: { $largest } on { $platform }
    }

## Messages after an action on the roster (shown for a few seconds).

roster-sample-added =
    { $count ->
        [one] Added { $count } sample creator.
       *[other] Added { $count } sample creators.
    }
# $path: the file written.
roster-exported =
    { $count ->
        [one] Exported { $count } creator to { $path }
       *[other] Exported { $count } creators to { $path }
    }
roster-deleted = Deleted { $name }.
roster-restored = Restored { $name }.
# Button in the message shown when a creator with deals cannot be deleted.
roster-archive-instead = Archive instead
roster-archived = Archived { $name }: their deals are kept.
roster-unarchived = { $name } is back in the roster.
roster-added = Added { $name }.
roster-saved = Saved { $name }.

## The form that adds or edits a creator.

roster-form-add-title = Add a creator
roster-form-edit-title = Edit { $name }
roster-form-check = Please check the highlighted fields.
roster-form-handles = Handles and followers
# Beside "Handles and followers": how follower counts can be typed.
roster-form-handles-hint = — followers as 12,500 or 12.5K
# Placeholders in the handle box: for "Other", then for Instagram, TikTok and YouTube.
roster-form-link-placeholder = Link to the profile
roster-form-handle-placeholder = @handle or profile link
# For screen readers. $platform: Instagram, TikTok, YouTube or Other.
roster-form-handle-label = { $platform } handle
roster-form-followers-label = { $platform } followers
roster-form-followers-placeholder = Followers
roster-form-engagement = Engagement
roster-form-engagement-hint = — averages per post, or the rate if you know it
# Short labels over four narrow boxes.
roster-form-avg-likes = Avg likes
roster-form-avg-comments = Avg comments
roster-form-avg-shares = Avg shares
roster-form-rate-percent = Or rate %
# Beside "Niches".
roster-form-niches-hint = (comma separated)
# Example niches, written as a user would type them.
roster-form-niches-placeholder = coffee, brunch
roster-form-rate-placeholder = e.g. 150
# A checkbox.
roster-form-gifting = Open to gifting (product in exchange for content)
# Buttons.
roster-form-cancel = Cancel
roster-form-save = Save changes
roster-form-add = Add creator

## A creator's page.

# Button back to the roster.
roster-page-back = ← All creators
# Badges beside the name.
roster-page-gifting = Open to gifting
roster-page-archived = Archived
# Buttons.
roster-page-edit = Edit
roster-page-new-deal = New deal
roster-page-unarchive = Unarchive
roster-page-archive = Archive
roster-page-delete = Delete
# Under the total followers of a creator with several accounts. $followers: the largest account's; $platform: its platform.
roster-page-largest = in total · tier from the largest, { $followers } on { $platform }
roster-page-engagement = Engagement
# Under the engagement rate: how it was found.
roster-page-engagement-computed = from average likes, comments and shares
roster-page-engagement-typed = as entered
roster-page-handles = Handles
roster-page-no-handles = No handles yet.
# Where the niches would be.
roster-page-no-niches = None yet.
roster-page-contact = Contact
roster-page-audience = Audience and history
# Dates the creator was added and last changed.
roster-page-added = Added
roster-page-updated = Updated
roster-page-deals = Deals
roster-page-no-deals = No deals with { $name } yet.
# What the creator was given, at retail price; under it, what it cost the shop ($amount).
roster-page-received = Received (retail)
roster-page-at-cost = { $amount } at cost
# Posts the creator still owes.
roster-page-owed = Still owed
roster-page-owed-posts =
    { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
roster-page-overdue-count = { $count } overdue
roster-page-reach = Reach
roster-page-clicks =
    { $count ->
        [one] { $count } click
       *[other] { $count } clicks
    }
# Discount codes redeemed · customers who came in because of the creator.
roster-page-codes-walk-ins = Codes · walk-ins
roster-page-revenue = Revenue
# Badge on a deal whose content is late.
roster-page-overdue = Overdue
roster-page-feedback = Feedback
# Badges: whether the shop would work with the creator again.
roster-page-work-again = Work with again
roster-page-not-again = Not again

## Importing creators from a CSV file.

roster-import-title = Import creators from a spreadsheet
roster-import-intro = Choose a spreadsheet: an Excel or LibreOffice file (.xlsx, .xls, .ods), or a CSV file saved from Numbers or Google Sheets. You will see what will be imported before anything changes.
# The column names are the headers the app recognises (mostly English ones); the follower counts are examples of what can be read.
roster-import-intro-columns = Columns such as Name, Instagram, TikTok, YouTube, Followers, Niche, City and Email are recognised automatically. Follower counts like 12.5K, 48,200 or 1.2M are understood.
# Button.
roster-import-choose = Choose a spreadsheet…
roster-import-progress = Importing… { $done } of { $total }
# After the file's name: how many rows it has.
roster-import-rows =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
# How the file's columns are separated.
roster-import-delimiter =
    { $delimiter ->
        [semicolon] semicolon-separated
        [tab] tab-separated
       *[comma] comma-separated
    }
# Badges: rows that are new creators, creators already in the roster, rows that cannot be read.
roster-import-new = { $count } new
roster-import-duplicates = { $count } already in roster
roster-import-problems = { $count } with problems
roster-import-columns = Columns
# A column with no header. $number: its position (1, 2, …).
roster-import-column = Column { $number }
# For screen readers: the menu that says which field a column fills. $column: its header.
roster-import-field-for = Field for column { $column }
# First choice in each column's menu.
roster-import-skip-column = Don’t import
roster-import-already = Already in your roster
# Choices for the creators already in the roster.
roster-import-policy-merge = Update them with the file’s values
roster-import-policy-skip = Keep them as they are
# In bold before a row's problem or duplicate. $line: the line in the file.
roster-import-line = Line { $line }
# $name: the name in the file; $handle: its handle; $existing: the creator in the roster who has that handle.
roster-import-duplicate = { $name } — { $handle } is { $existing }
# At the end of a shortened list.
roster-import-more = …and { $count } more
roster-import-rejected = Rows that will not be imported
# Shown when the import is done, and as a message.
roster-import-added =
    { $count ->
        [one] Imported { $count } new creator.
       *[other] Imported { $count } new creators.
    }
# A message when the import is done. $merged: creators already in the roster that were updated.
roster-import-added-updated =
    { $count ->
        [one] Imported { $count } new creator, updated { $merged }.
       *[other] Imported { $count } new creators, updated { $merged }.
    }
roster-import-merged = Updated { $count } existing.
roster-import-skipped = Kept { $count } existing as they were.
roster-import-not-imported =
    { $count ->
        [one] { $count } row was not imported:
       *[other] { $count } rows were not imported:
    }
# Buttons.
roster-import-done = Done
roster-import-cancel = Cancel
roster-import-choose-another = Choose another file
roster-import-confirm =
    { $count ->
        [one] Import { $count } creator
       *[other] Import { $count } creators
    }

## The fields of a creator: in the import's column menus, and as labels on the form and the page.

roster-field-name = Name
roster-field-instagram = Instagram handle
roster-field-instagram_followers = Instagram followers
roster-field-tiktok = TikTok handle
roster-field-tiktok_followers = TikTok followers
roster-field-youtube = YouTube handle
roster-field-youtube_followers = YouTube followers
roster-field-other_handle = Other handle or link
roster-field-other_followers = Other followers
# A handle whose platform another column gives, or a link that tells it.
roster-field-handle = Handle or profile link
roster-field-platform = Platform
roster-field-followers = Followers
roster-field-avg_likes = Average likes
roster-field-avg_comments = Average comments
roster-field-avg_shares = Average shares
roster-field-engagement_rate = Engagement rate
roster-field-niches = Niches
roster-field-city = City
roster-field-email = Email
roster-field-phone = Phone
roster-field-rate = Rate per post
roster-field-currency = Currency
roster-field-open_to_gifting = Open to gifting
roster-field-status = Status
roster-field-notes = Notes

## Column headers and yes/no words of the roster's CSV export; the import recognises them in every language.

roster-csv-name = Name
roster-csv-instagram-followers = Instagram followers
roster-csv-tiktok-followers = TikTok followers
roster-csv-youtube-followers = YouTube followers
roster-csv-other-followers = Other followers
roster-csv-total-followers = Total followers
roster-csv-tier = Tier
roster-csv-engagement-rate = Engagement rate
roster-csv-avg-likes = Avg likes
roster-csv-avg-comments = Avg comments
roster-csv-avg-shares = Avg shares
roster-csv-niches = Niches
roster-csv-city = City
roster-csv-email = Email
roster-csv-phone = Phone
roster-csv-rate = Rate
roster-csv-currency = Currency
roster-csv-open-to-gifting = Open to gifting
roster-csv-status = Status
roster-csv-notes = Notes
roster-csv-created = Created
roster-csv-updated = Updated
# The cells of the "Open to gifting" column.
roster-csv-yes = yes
roster-csv-no = no

## Importing: rows that are not creators, and cells that could not be read.

# A row left out of an import because its first cell says Total (or Sum…).
roster-import-ignored-total = A total row, not a creator.
# A row left out because it has neither a name nor a handle.
roster-import-ignored-nobody = No name and no handle, so not a creator.
# A creator imported with one cell left empty. $field: the field (Rate, Email…); $text: what the cell said.
roster-import-cell-dropped = { $field } “{ $text }” could not be read: it was left empty and kept in the notes.
# The line added to the creator's notes for such a cell, and for a rate range ("150-200").
roster-import-kept-in-notes = { $field } in the sheet: { $text }
# The field name used for a handle cell that could not be read.
roster-import-label-handle = Handle
# The menu that chooses which row of the sheet holds the column names.
roster-import-header-row = Header row
# A choice in that menu. $line: the row's line; $cells: its first cells.
roster-import-header-option = Line { $line }: { $cells }
# The menu that chooses a workbook's sheet.
roster-import-sheet = Sheet
# Badges beside the counts of new and already known creators.
roster-import-warnings = { $count } with a cell kept in notes
roster-import-ignored =
    { $count ->
        [one] { $count } not a creator
       *[other] { $count } not creators
    }
# Headings of the lists of those rows.
roster-import-warned-title = Imported, with a cell kept in the notes
roster-import-ignored-title = Left out: not creators
