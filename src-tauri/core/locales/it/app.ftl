## The app's frame: the sections in the side bar, and what shows when the app cannot start.

app-nav-sections = Sezioni
app-nav-home = Home
app-nav-roster = Creator
app-nav-deals = Collaborazioni
app-nav-briefs = Brief
app-nav-settings = Impostazioni
# Tooltip on a section in the side bar: $section is its name, $key the shortcut (e.g. "Alt+2").
app-nav-shortcut = { $section } ({ $key })
app-start-failed = Impossibile avviare Shoutout
app-open-failed = Impossibile aprire il tuo elenco dei creator
# $path is where the roster's file is on the computer.
app-open-failed-file = File: { $path }
app-restore-title = Ripristina un backup
app-restore-text = Shoutout conserva i backup in una cartella accanto al file. Se ne ripristini uno, il file indicato qui sopra viene conservato così com’è nella cartella dei backup.

## Dialogs and the notices at the bottom right.

# Button with a × that closes a dialog (read out by screen readers).
app-close = Chiudi
# Button with a × that removes a notice (read out by screen readers).
app-dismiss = Nascondi
# Button in a notice that takes back what was just done.
app-undo = Annulla

## Searching for a creator to pick (in a deal, and in a brief's recipients).

# The list of creators found for what was typed (read out by screen readers).
app-picker-hits = Creator
# The last suggestion: $name is what was typed.
app-picker-create = + Aggiungi «{ $name }» come nuovo creator

## A date field, and the calendar it opens.

# How to type a day, shown in an empty date field: day, month, year.
app-date-hint-dmy = gg/mm/aaaa
# How to type a day: month, day, year.
app-date-hint-mdy = mm/gg/aaaa
# How to type a day: year, month, day.
app-date-hint-iso = aaaa-mm-gg
# $format is one of the hints above.
app-date-invalid = Questa data non esiste: scrivila come { $format }.
# $date is the earliest day allowed, already written out.
app-date-too-early = Scegli il { $date } o una data successiva.
# The button that opens the calendar: $field is the name of the date field (e.g. "Due").
app-date-open = { $field }: scegli dal calendario
app-date-calendar = Scegli una data
app-date-previous-month = Mese precedente
app-date-next-month = Mese successivo
# A day in the calendar, read out by screen readers: $weekday is its name ("Friday"), $date the day.
app-date-day = { $weekday } { $date }

## Titles of the system's file dialogs, their file-type filters and the file names they suggest.

app-dialog-import-creators = Importa creator da un foglio di calcolo
app-dialog-export-creators = Esporta i creator in CSV
app-dialog-export-deals = Esporta le collaborazioni
app-dialog-export-gifts = Esporta gli articoli regalati
app-dialog-save-brief = Salva il brief come PDF
app-dialog-brief-folder = Scegli una cartella per i brief
app-dialog-logo = Scegli il logo del negozio
app-file-filter-csv = Foglio di calcolo (CSV)
# The file dialog's filter when importing creators.
app-file-filter-sheets = Foglio di calcolo (Excel, OpenDocument, CSV)
app-file-filter-pdf = PDF
app-file-filter-image = Immagine (PNG o JPEG)
# $date is the day of the export, as 2026-03-14.
app-file-roster = Creator Shoutout { $date }.csv
app-file-deals = Collaborazioni Shoutout { $date }.csv
app-file-gifts = Articoli regalati Shoutout { $date }.csv
