## The app's frame: the sections in the side bar, and what shows when the app cannot start.

app-nav-sections = Onderdelen
app-nav-home = Start
app-nav-roster = Creators
app-nav-deals = Samenwerkingen
app-nav-briefs = Briefings
app-nav-settings = Instellingen
# Tooltip on a section in the side bar: $section is its name, $key the shortcut (e.g. "Alt+2").
app-nav-shortcut = { $section } ({ $key })
app-start-failed = Shoutout kon niet starten
app-open-failed = Je creatorlijst kon niet worden geopend
# $path is where the roster's file is on the computer.
app-open-failed-file = Bestand: { $path }
app-restore-title = Back-up terugzetten
app-restore-text = Shoutout bewaart back-ups in een map naast het bestand. Zet je er een terug, dan blijft het huidige bestand hierboven ongewijzigd bewaard in de back-upmap.

## Dialogs and the notices at the bottom right.

# Button with a × that closes a dialog (read out by screen readers).
app-close = Sluiten
# Button with a × that removes a notice (read out by screen readers).
app-dismiss = Melding sluiten
# Button in a notice that takes back what was just done.
app-undo = Ongedaan maken

## Searching for a creator to pick (in a deal, and in a brief's recipients).

# The list of creators found for what was typed (read out by screen readers).
app-picker-hits = Creators
# The last suggestion: $name is what was typed.
app-picker-create = + ‘{ $name }’ toevoegen als nieuwe creator

## A date field, and the calendar it opens.

# How to type a day, shown in an empty date field: day, month, year.
app-date-hint-dmy = dd/mm/jjjj
# How to type a day: month, day, year.
app-date-hint-mdy = mm/dd/jjjj
# How to type a day: year, month, day.
app-date-hint-iso = jjjj-mm-dd
# $format is one of the hints above.
app-date-invalid = Deze datum bestaat niet: typ hem als { $format }.
# $date is the earliest day allowed, already written out.
app-date-too-early = Kies { $date } of later.
# The button that opens the calendar: $field is the name of the date field (e.g. "Due").
app-date-open = { $field }: kies in de kalender
app-date-calendar = Kies een datum
app-date-previous-month = Vorige maand
app-date-next-month = Volgende maand
# A day in the calendar, read out by screen readers: $weekday is its name ("Friday"), $date the day.
app-date-day = { $weekday } { $date }

## Titles of the system's file dialogs, their file-type filters and the file names they suggest.

app-dialog-import-creators = Creators importeren uit een spreadsheet
app-dialog-export-creators = Creators exporteren naar CSV
app-dialog-export-deals = Samenwerkingen exporteren
app-dialog-export-gifts = Weggegeven artikelen exporteren
app-dialog-save-brief = Briefing opslaan als pdf
app-dialog-brief-folder = Kies een map voor de briefings
app-dialog-logo = Kies het logo van de winkel
app-file-filter-csv = Spreadsheet (CSV)
# The file dialog's filter when importing creators.
app-file-filter-sheets = Spreadsheet (Excel, OpenDocument, CSV)
app-file-filter-pdf = PDF
app-file-filter-image = Afbeelding (PNG of JPEG)
# $date is the day of the export, as 2026-03-14.
app-file-roster = Shoutout creatorlijst { $date }.csv
app-file-deals = Shoutout samenwerkingen { $date }.csv
app-file-gifts = Shoutout weggegeven artikelen { $date }.csv
