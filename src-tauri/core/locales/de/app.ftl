## The app's frame: the sections in the side bar, and what shows when the app cannot start.

app-nav-sections = Bereiche
app-nav-home = Übersicht
app-nav-roster = Creator
app-nav-deals = Kooperationen
app-nav-briefs = Briefings
app-nav-settings = Einstellungen
# Tooltip on a section in the side bar: $section is its name, $key the shortcut (e.g. "Alt+2").
app-nav-shortcut = { $section } ({ $key })
app-start-failed = Shoutout konnte nicht starten
app-open-failed = Deine Creator-Liste konnte nicht geöffnet werden
# $path is where the roster's file is on the computer.
app-open-failed-file = Datei: { $path }
app-restore-title = Sicherung wiederherstellen
app-restore-text = Shoutout legt Sicherungen in einem Ordner neben der Datei ab. Beim Wiederherstellen bleibt die oben genannte Datei unverändert im Sicherungsordner erhalten.

## Dialogs and the notices at the bottom right.

# Button with a × that closes a dialog (read out by screen readers).
app-close = Schließen
# Button with a × that removes a notice (read out by screen readers).
app-dismiss = Ausblenden
# Button in a notice that takes back what was just done.
app-undo = Rückgängig

## Searching for a creator to pick (in a deal, and in a brief's recipients).

# The list of creators found for what was typed (read out by screen readers).
app-picker-hits = Creator
# The last suggestion: $name is what was typed.
app-picker-create = + „{ $name }“ als neuen Creator hinzufügen

## A date field, and the calendar it opens.

# How to type a day, shown in an empty date field: day, month, year.
app-date-hint-dmy = TT/MM/JJJJ
# How to type a day: month, day, year.
app-date-hint-mdy = MM/TT/JJJJ
# How to type a day: year, month, day.
app-date-hint-iso = JJJJ-MM-TT
# $format is one of the hints above.
app-date-invalid = Ungültiges Datum: Gib es im Format { $format } ein.
# $date is the earliest day allowed, already written out.
app-date-too-early = Wähle frühestens den { $date }.
# The button that opens the calendar: $field is the name of the date field (e.g. "Due").
app-date-open = { $field }: im Kalender auswählen
app-date-calendar = Datum wählen
app-date-previous-month = Vorheriger Monat
app-date-next-month = Nächster Monat
# A day in the calendar, read out by screen readers: $weekday is its name ("Friday"), $date the day.
app-date-day = { $weekday }, { $date }

## Titles of the system's file dialogs, their file-type filters and the file names they suggest.

app-dialog-import-creators = Creator aus einer Tabelle importieren
app-dialog-export-creators = Creator als CSV exportieren
app-dialog-export-deals = Kooperationen exportieren
app-dialog-export-gifts = Verschenkte Artikel exportieren
app-dialog-save-brief = Briefing als PDF speichern
app-dialog-brief-folder = Ordner für die Briefings wählen
app-dialog-logo = Logo des Geschäfts wählen
app-file-filter-csv = Tabelle (CSV)
# The file dialog's filter when importing creators.
app-file-filter-sheets = Tabelle (Excel, OpenDocument, CSV)
app-file-filter-pdf = PDF
app-file-filter-image = Bild (PNG oder JPEG)
# $date is the day of the export, as 2026-03-14.
app-file-roster = Shoutout Creator-Liste { $date }.csv
app-file-deals = Shoutout Kooperationen { $date }.csv
app-file-gifts = Shoutout verschenkte Artikel { $date }.csv
