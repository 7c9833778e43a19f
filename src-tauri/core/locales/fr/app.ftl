## The app's frame: the sections in the side bar, and what shows when the app cannot start.

app-nav-sections = Sections
app-nav-home = Accueil
app-nav-roster = Créateurs
app-nav-deals = Collaborations
app-nav-briefs = Briefs
app-nav-settings = Réglages
# Tooltip on a section in the side bar: $section is its name, $key the shortcut (e.g. "Alt+2").
app-nav-shortcut = { $section } ({ $key })
app-start-failed = Shoutout n’a pas pu démarrer
app-open-failed = Impossible d’ouvrir votre répertoire de créateurs
# $path is where the roster's file is on the computer.
app-open-failed-file = Fichier : { $path }
app-restore-title = Restaurer une sauvegarde
app-restore-text = Shoutout conserve des sauvegardes dans un dossier situé à côté du fichier. Si vous en restaurez une, le fichier ci-dessus n’est pas supprimé : il est conservé tel quel dans le dossier des sauvegardes.

## Dialogs and the notices at the bottom right.

# Button with a × that closes a dialog (read out by screen readers).
app-close = Fermer
# Button with a × that removes a notice (read out by screen readers).
app-dismiss = Masquer
# Button in a notice that takes back what was just done.
app-undo = Annuler

## Searching for a creator to pick (in a deal, and in a brief's recipients).

# The list of creators found for what was typed (read out by screen readers).
app-picker-hits = Créateurs
# The last suggestion: $name is what was typed.
app-picker-create = + Ajouter « { $name } » comme nouveau créateur

## A date field, and the calendar it opens.

# How to type a day, shown in an empty date field: day, month, year.
app-date-hint-dmy = jj/mm/aaaa
# How to type a day: month, day, year.
app-date-hint-mdy = mm/jj/aaaa
# How to type a day: year, month, day.
app-date-hint-iso = aaaa-mm-jj
# $format is one of the hints above.
app-date-invalid = Date non valide : saisissez-la au format { $format }.
# $date is the earliest day allowed, already written out.
app-date-too-early = Choisissez une date à partir du { $date }.
# The button that opens the calendar: $field is the name of the date field (e.g. "Due").
app-date-open = { $field } : choisir dans le calendrier
app-date-calendar = Choisir une date
app-date-previous-month = Mois précédent
app-date-next-month = Mois suivant
# A day in the calendar, read out by screen readers: $weekday is its name ("Friday"), $date the day.
app-date-day = { $weekday } { $date }

## Titles of the system's file dialogs, their file-type filters and the file names they suggest.

app-dialog-import-creators = Importer des créateurs depuis un tableur
app-dialog-export-creators = Exporter les créateurs en CSV
app-dialog-export-deals = Exporter les collaborations
app-dialog-export-gifts = Exporter les cadeaux
app-dialog-save-brief = Enregistrer le brief en PDF
app-dialog-brief-folder = Choisir un dossier pour les briefs
app-dialog-logo = Choisir le logo de la boutique
app-file-filter-csv = Fichier CSV
# The file dialog's filter when importing creators.
app-file-filter-sheets = Tableur (Excel, OpenDocument, CSV)
app-file-filter-pdf = PDF
app-file-filter-image = Image (PNG ou JPEG)
# $date is the day of the export, as 2026-03-14.
app-file-roster = Créateurs Shoutout { $date }.csv
app-file-deals = Collaborations Shoutout { $date }.csv
app-file-gifts = Cadeaux Shoutout { $date }.csv
