## Why something could not be done, and what to do: shown to the owner in a red message.

# The first problem found in a form; the form shows every problem beside its field.
error-invalid = Please check the form: { $message }
error-invalid-form = Please check the form.
error-missing-creator = This creator was not found. They may have been deleted.
error-missing-deal = This deal was not found. It may have been deleted.
error-missing-brief = This brief was not found. It may have been deleted.
error-missing-brand = The shop details were not found. They may have been deleted.
error-too-new = This file was made by a newer version of Shoutout (data version { $found }; this version knows up to { $known }). Install the newest Shoutout to open it. The file was not changed.
error-not-shoutout = { $file } is not a Shoutout file. It was left untouched.
error-damaged = { $file } is damaged and cannot be opened safely. It was left untouched.
# $name is a creator.
error-has-deals =
    { $deals ->
        [one] { $name } has a deal. Archive { $name } instead, so the deal history stays whole.
       *[other] { $name } has { $deals } deals. Archive { $name } instead, so the deal history stays whole.
    }
# $reason is one of the error-io-* messages below.
error-io = Could not use { $file }: { $reason }
error-database = The database reported a problem: { $reason }
# $what says what the file has that Shoutout's files do not.
error-foreign = { $file } is not a Shoutout file: it has { $what }. It was left untouched.
error-open-elsewhere = { $file }: Shoutout is open on this file — close it or restore from its Settings.
error-restoring = A restore is replacing { $file } right now. Wait until it has finished, then open Shoutout again.
error-replaced = { $file } was replaced or moved by another program while Shoutout had it open. Nothing more was written to it. Close Shoutout and open it again to see what the file holds now.
error-empty-backup = { $file } holds no creators, briefs, deals or shop details. Restoring it would empty Shoutout; nothing was changed. Restore it anyway only if an empty Shoutout is what you want.
error-read-only = { $file } is read-only, so Shoutout cannot change or replace it. Make the file writable in its properties, then try again.
error-sum-overflow = Some amounts are too large to add up, so this total cannot be shown. Look for a deal with a very large amount and correct it.

## Why a file could not be used (the end of error-io).

error-io-not-found = the file is not there (it may have been moved, renamed or deleted); check where it is and choose it again
error-io-permission = Shoutout is not allowed to use it; check the permissions of the file and its folder, or choose another folder
error-io-full = the disk is full; free some space and try again
error-io-read-only = the disk is read-only; choose a folder on another disk
error-io-exists = a file of that name is already there; choose another name
error-io-folder = it is a folder, not a file; choose a file
error-io-not-folder = part of the path is a file where a folder should be; choose another folder
# $reason is the system's own description, in English.
error-io-damaged = the file ends too early or is damaged ({ $reason }); save it again and retry
error-io-other = { $reason }; check that the disk is still connected and try again

## A value typed in a form or a spreadsheet cell that could not be read. Each is shown beside
## its field on its own, or after the field's name (error-labelled).

# $text is what was typed.
error-count-empty = Enter a number.
error-not-number = “{ $text }” is not a number.
error-not-whole-number = “{ $text }” is not a whole number.
error-count-too-large = This number is too large (at most 10 billion).
error-percent-range = This must be between 0 and 100 %.
error-not-percent = “{ $text }” is not a percentage.
error-not-amount = “{ $text }” is not an amount.
# $max is the largest amount, already written out (1,000,000,000.00).
error-amount-too-large = This amount is too large (at most { $max }).
error-not-yes-no = “{ $text }” is not yes or no.
# A problem with one value, after the name of its field: "Followers: “12x” is not a number."
# $label is one of the error-label-* names below, $problem one of the messages above.
error-labelled = { $label }: { $problem }
error-label-likes = Likes
error-label-comments = Comments
error-label-shares = Shares
error-label-followers = Followers
error-label-engagement-rate = Engagement rate
error-label-rate = Rate
error-label-commission = Commission
error-label-open-to-gifting = Open to gifting
# Under a text field that is too long; $max is a number of characters.
error-keep-under = Keep this under { $max } characters.

## The shop's logo.

error-logo-format = The logo must be a PNG or JPEG image.
error-logo-no-pixels = The logo has no pixels; save it again as a PNG or JPEG.
# $max is 4,000 and $sharp 1,000, already written out.
error-logo-too-many-pixels = The logo is { $width } × { $height } pixels; the most Shoutout takes is { $max } × { $max } (16 megapixels). Resize it (a logo looks sharp at { $sharp } pixels wide) and choose it again.
error-logo-too-big = The logo is larger than 2 MB; use a smaller image.

## Why a spreadsheet (CSV) file could not be read or written.

error-csv-too-big = The file is larger than { $mb } MB; split it into smaller files and import them one by one.
error-csv-row-too-long = From line { $line }, a row is longer than { $mb } MB (perhaps a quote is never closed); check the file in a spreadsheet, or split it.
# $max is 1,000,000, already written out.
error-csv-too-many-rows = The file has more than { $max } rows (line { $line } is past the limit); split it into files of at most { $max } rows and import them one by one.
error-csv-empty = The file is empty.
# $cells and $max are already written out.
error-csv-too-many-cells = Line { $line } has { $cells } cells, more than the { $max } a row may have; remove the columns you do not need and try again.
# $cell counts the cells from 1 on; $max is 100,000, already written out.
error-csv-cell-too-long = Cell { $cell } on line { $line } holds more than { $max } characters; shorten it and try again.
# $reason is the CSV reader's own description, in English.
error-csv-unreadable = The file could not be read as a spreadsheet ({ $reason }). Save it again as CSV and retry.
# $reason is the system's own description, in English.
error-csv-write = The spreadsheet could not be written ({ $reason }). Check that the disk is still connected and try again.

## A creator's handle (@name or profile link) that cannot be kept.

error-handle-empty = The handle is empty.
error-handle-formula = The handle cannot start with =, + or - (a spreadsheet would read it as a formula).
error-handle-site-link = The handle is a link to the site, not to a profile.
error-handle-link-too-long = The profile link is too long (at most 200 characters).
error-handle-too-long = The handle is too long (at most 100 characters).
# $text is what was typed.
error-handle-unreadable = “{ $text }” is not a handle or profile link.
# $found is the character that is not allowed.
error-handle-characters = The handle may only hold letters, digits, dots, dashes and underscores (found “{ $found }”).

## A creator as typed in the form (or a row of an imported file).

error-email = This does not look like an email address.
error-phone = Use digits, spaces, + - ( ) only.
error-notes-too-long = Keep notes under { $max } characters.
error-name-empty = Enter a name.
error-name-too-long = Keep the name under { $max } characters.
error-name-control = The name cannot hold line breaks or control characters.
error-followers-without-handle = Add the handle these followers belong to.
# $linked and $chosen are platforms (Instagram, TikTok, YouTube, Other).
error-wrong-platform = This is a { $linked } link, not { $chosen }.
error-platform-twice = There is already a { $platform } handle; one per platform.
error-niche-too-long = Keep each niche under { $max } characters.
error-too-many-niches = Use at most { $max } niches.
error-keep-under-one-line = Keep this under { $max } characters, on one line.
error-currency-code = Use a three-letter currency code such as EUR, GBP or USD.
# $handle is a handle without its @, $platform where it is, $name the creator being saved and
# $owner the creator who has the look-alike handle @$other.
error-look-alike = @{ $handle } on { $platform } looks the same as @{ $other }, which belongs to { $owner }: { $name } and { $owner } would be told apart only by look-alike letters. Use the handle exactly as { $owner }'s if they are the same creator.
error-handle-taken = @{ $handle } on { $platform } already belongs to { $name }.
error-already-in-roster = { $name } is already in the roster.
# $text is what the cell holds; the statuses are listed as the file may write them.
error-not-status = “{ $text }” is not a status (prospect, contacted, active, paused, do not contact).

## Importing creators from a spreadsheet: why a row or the whole file cannot be imported.

error-followers-no-handle = Followers are given but no handle to count them for.
error-import-no-name-column = Choose which column holds the name or a handle.
# $line is an earlier line of the same file.
error-import-same-handle = @{ $handle } on { $platform } is already on line { $line } of this file.
error-import-many-owners = Its handles belong to { $count } different creators already; edit them by hand.
error-import-mapping-stale = The column choices do not match the file; open it again.
error-import-no-name-set = No column is set to Name or to a handle.

## A deal as typed in the form.

error-deal-no-creator = Choose a creator.
error-deal-no-start = Choose the date the deal starts.
error-deal-handover-early = The hand-over cannot be before the deal starts.
error-deal-rating = Rate from 1 to 5 stars.
error-negative = Cannot be negative.
error-deal-no-kind = Choose what kind of deal this is (gifting, visit, barter, affiliate or paid).
error-deal-currency = Choose a currency such as EUR or GBP.
error-date = Choose a date.
error-discount-code = Use up to 30 letters, digits, - or _ (no spaces).
error-web-address = Enter a web address starting with https:// or http://.
error-too-many-items = Use at most { $max } items.
error-item-name = Name the item.
# $max is the largest amount, already written out (1,000,000,000.00).
error-items-cost-too-much = The items cost more than { $max } in all; split them over several deals.
error-items-worth-too-much = The items are worth more than { $max } in all; split them over several deals.
# $max is 100,000, already written out.
error-quantity = Use a quantity from 1 to { $max }.
error-too-many-deliverables = Use at most { $max } deliverables.
error-deliverable-label = Say what is to be posted.
error-due-early = The due date cannot be before the deal starts.
error-post-link = Paste the post's link, starting with https://.
error-posted-early = The post cannot be before the deal starts.
error-deal-creator-gone = Choose a creator from the roster.
error-deal-brief-gone = That brief no longer exists.
error-note-too-long = Keep the note under { $max } characters.
# $from and $to are deal statuses (Proposed, Agreed, Product sent…), as the board names them.
error-deal-move = A deal that is “{ $from }” cannot be moved to “{ $to }”.
error-deal-already-there = This deal is already there.
# $max is the largest amount, already written out (1,000,000,000.00).
error-deal-too-large = The amounts of this deal are too large to add up. Use amounts under { $max } and check the quantities.
error-nudge-day = Reminders are for day 7, 10 or 14.

## A brief as typed in its editor.

error-brief-campaign = Name the campaign.
error-too-many-points = Use at most { $max } points.
error-point-too-long = Keep each point under { $max } characters.
# $token is what was typed between braces; $known lists the placeholders that exist.
error-placeholder = { $token } is not a placeholder; use { $known }.
error-step-label = Give each step a short name (up to { $max } characters).
error-step-when = Choose a date or a week.
error-too-many-steps = Use at most { $max } steps.
# $code is a discount code.
error-code-taken = { $code } is already used in this campaign.
error-recipient-code = “{ $code }”: use 3 to 20 letters, digits, - or _.
error-not-on-brief = This creator is not on the brief. Add them first.
# $pt is the smallest text size, $mm how much too long the page is, $section the title of the
# longest section.
error-brief-too-long = The brief does not fit on one page, even with text at { $pt } pt: it is about { $mm } mm too long. Shorten “{ $section }”, the longest section.

## The shop's details and the app's settings.

error-colour = Choose a colour such as #E8554F.
error-website = Enter the address of the shop's website, e.g. www.example.com.
error-brand-currency = Choose a currency code such as EUR, GBP or USD.
error-shop-name = Enter your shop's name; briefs are signed with it.
error-text-size = Choose a text size of 100 %, 125 % or 150 %.
error-window-size = A window has a size.

## A database file that has tables Shoutout's files do not (the $what of error-foreign).
## $kind is the kind of thing in the file, as SQLite names it, $object its name.

error-foreign-changed = a { $kind ->
        [table] table
        [index] index
        [trigger] trigger
       *[view] view
    } “{ $object }” made differently from Shoutout's
error-foreign-extra = a { $kind ->
        [table] table
        [index] index
        [trigger] trigger
       *[view] view
    } named “{ $object }” that Shoutout never makes
error-foreign-missing = no { $kind ->
        [table] table
        [index] index
        [trigger] trigger
       *[view] view
    } named “{ $object }”

## Exporting everything to one file, and importing it into an empty Shoutout.

# $reason is the system's own description, in English.
error-export-write = The export could not be written ({ $reason }). Check that the disk is still connected and try again.
error-export-not-ours = This file is not a Shoutout export.
error-export-version = This export is from data version { $version }; this Shoutout reads version { $known }. Open it with the Shoutout that made it, or the same version as this one.
error-export-not-empty = Import everything into an empty Shoutout: this one already has data.
# Said after each of the problems below.
error-export-fix = Correct the file, or export it again from the Shoutout that made it.
# $table, $column and $parent are names in the file, as it writes them; $row counts from 1.
# $problem is one of the error-value-* sentences below.
error-export-value = Row { $row } of { $table }: { $problem }
error-export-missing = Row { $row } of { $table } has no { $column }, which every row needs.
error-export-unknown-column = Row { $row } of { $table } has a column Shoutout does not know, “{ $column }”.
error-export-empty-row = Row { $row } of { $table } is empty: it holds no values. Remove it.
error-export-not-a-row = Row { $row } of { $table } is not a row of named values.
error-export-not-a-table = The table { $table } is not a list of rows.
error-export-unknown-table = The file has a table Shoutout does not know, “{ $table }”.
error-export-no-parent = Row { $row } of { $table }: { $column } is { $id }, but { $parent } has no row with that id.
error-export-repeated = Row { $row } of { $table } repeats another row: the same id, or a handle or code that must be unique, appears twice.
error-export-refused = Row { $row } of { $table } holds values Shoutout cannot store together.
error-export-too-many = There are more problems than these; the file is probably not a Shoutout export.

## What is wrong with one value of an export. $column is the column's name in the file,
## $found what it holds (a number as it is, or one of the error-found-* descriptions).

error-found-null = nothing (null)
error-found-long-text = a text of { $count } characters
error-found-text = “{ $text }”
error-found-list = a list
error-found-group = a group of values
error-value-null = { $column } is empty (null) but must have a value.
error-value-not-text = { $column } should be text, not { $found }.
error-value-not-whole = { $column } should be a whole number, not { $found }.
error-value-at-least = { $column } is { $n }; it must be at least { $min }.
error-value-exactly = { $column } is { $n }; it must be { $min }.
error-value-range = { $column } is { $n }; it must be from { $min } to { $max }.
error-value-not-number = { $column } should be a number, not { $found }.
error-value-not-picture = { $column } is not a picture in the export's format.
error-value-picture-too-big = { $column } is a picture of { $size } bytes; the logo can be at most { $max }.
error-value-too-long = { $column } is { $length } characters long; keep it under { $max }.
error-value-control = { $column } holds a line break or a control character.
error-value-empty = { $column } is empty but must have a value.
# $names lists the values the file may hold, as it writes them.
error-value-enum = { $column } is { $found }; use one of { $names }.
error-value-kinds = { $column } is { $found }; use one or more of { $names }, separated by commas.
error-value-date = { $column } is { $found }; use a date such as 2026-12-01.
error-value-stamp = { $column } is { $found }; use a moment such as 2026-12-01T09:30:00.000Z.
error-value-currency = { $column } is { $found }; use a three-letter currency code such as EUR.
error-value-email = { $column } is { $found }; it does not look like an email address.
error-value-phone = { $column } is { $found }; use digits, spaces, + - ( ) only.
error-value-handle = { $column } is { $found }; it is not a handle as Shoutout keeps one.
error-value-url = { $column } is { $found }; use a web address starting with https://.
error-value-deal-code = { $column } is { $found }; use up to 30 capital letters, digits, - or _.
error-value-recipient-code = { $column } is { $found }; use 3 to 20 capital letters, digits, - or _.
error-value-colour = { $column } is { $found }; use a colour such as #E8554F.
error-value-list-format = { $column } should be a list of points written as ["…", "…"].
error-value-too-many-points = { $column } has { $count } points; use at most { $max }.
error-value-point-too-long = { $column } has a point over { $max } characters.
error-value-timeline-format = { $column } should be a list of steps written as [{"{"}"label": "…", "when": "2026-12-01"{"}"}].
error-value-too-many-steps = { $column } has { $count } steps; use at most { $max }.
error-value-step-too-long = { $column } has a step name over { $max } characters.
error-value-step-when = { $column } has a step on “{ $when }”, which is not a date or a week.

## The desktop app's own problems.

error-app-unavailable = The roster is not open: the database could not be opened when Shoutout started.
error-app-import-expired = That file is no longer open for import. Choose it again.
error-app-nothing-to-restore = This can no longer be restored: it was removed in an earlier session.
error-app-backup-not-found = This backup was not found. It may have been deleted.
error-app-pdf-not-found = This PDF was not found. Export the brief again.
# $reason is the system's own description, in English.
error-app-dialog = The file dialog could not be opened: { $reason }
error-app-open = The link could not be opened: { $reason }
# $reason is error-app-new-backup-missing or the system's own description, in English.
error-app-task = The work stopped unexpectedly: { $reason }
error-app-new-backup-missing = the new backup was not found
error-app-link-refused = Only https:// web pages and email addresses can be opened.
# An import's header row chosen by its line number (the command line's --header-row) that is not a row of the sheet.
error-import-no-header-line = There is no row on line { $line } to take as the header.
# $sheet: the sheet asked for; $sheets: the workbook's sheets, separated by commas.
error-workbook-no-sheet = This workbook has no sheet named “{ $sheet }”. Its sheets: { $sheets }.
