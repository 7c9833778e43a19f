## The app's frame: the sections in the side bar, and what shows when the app cannot start.

app-nav-sections = Sections
app-nav-home = Home
app-nav-roster = Creators
app-nav-deals = Deals
app-nav-briefs = Briefs
app-nav-settings = Settings
# Tooltip on a section in the side bar: $section is its name, $key the shortcut (e.g. "Alt+2").
app-nav-shortcut = { $section } ({ $key })
app-start-failed = Shoutout could not start
app-open-failed = Your roster could not be opened
# $path is where the roster's file is on the computer.
app-open-failed-file = File: { $path }
app-restore-title = Restore a backup
app-restore-text = Shoutout keeps backups in a folder beside the file. Restoring one keeps the file above as it is, in the backups folder.

## Dialogs and the notices at the bottom right.

# Button with a × that closes a dialog (read out by screen readers).
app-close = Close
# Button with a × that removes a notice (read out by screen readers).
app-dismiss = Dismiss
# Button in a notice that takes back what was just done.
app-undo = Undo

## Searching for a creator to pick (in a deal, and in a brief's recipients).

# The list of creators found for what was typed (read out by screen readers).
app-picker-hits = Creators
# The last suggestion: $name is what was typed.
app-picker-create = + Add “{ $name }” as a new creator

## A date field, and the calendar it opens.

# How to type a day, shown in an empty date field: day, month, year.
app-date-hint-dmy = dd/mm/yyyy
# How to type a day: month, day, year.
app-date-hint-mdy = mm/dd/yyyy
# How to type a day: year, month, day.
app-date-hint-iso = yyyy-mm-dd
# $format is one of the hints above.
app-date-invalid = No such date: type it as { $format }.
# $date is the earliest day allowed, already written out.
app-date-too-early = Pick { $date } or later.
# The button that opens the calendar: $field is the name of the date field (e.g. "Due").
app-date-open = { $field }: pick from a calendar
app-date-calendar = Choose a date
app-date-previous-month = Previous month
app-date-next-month = Next month
# A day in the calendar, read out by screen readers: $weekday is its name ("Friday"), $date the day.
app-date-day = { $weekday }, { $date }

## Titles of the system's file dialogs, their file-type filters and the file names they suggest.

app-dialog-import-creators = Import creators from a spreadsheet
app-dialog-export-creators = Export creators to CSV
app-dialog-export-deals = Export deals
app-dialog-export-gifts = Export gifted items
app-dialog-save-brief = Save the brief as PDF
app-dialog-brief-folder = Choose a folder for the briefs
app-dialog-logo = Choose the shop's logo
app-file-filter-csv = Spreadsheet (CSV)
# The file dialog's filter when importing creators.
app-file-filter-sheets = Spreadsheet (Excel, OpenDocument, CSV)
app-file-filter-pdf = PDF
app-file-filter-image = Image (PNG or JPEG)
# $date is the day of the export, as 2026-03-14.
app-file-roster = Shoutout roster { $date }.csv
app-file-deals = Shoutout deals { $date }.csv
app-file-gifts = Shoutout gifted items { $date }.csv
