## The app's frame: the sections in the side bar, and what shows when the app cannot start.

app-nav-sections = Secciones
app-nav-home = Inicio
app-nav-roster = Creadores
app-nav-deals = Colaboraciones
app-nav-briefs = Briefs
app-nav-settings = Ajustes
# Tooltip on a section in the side bar: $section is its name, $key the shortcut (e.g. "Alt+2").
app-nav-shortcut = { $section } ({ $key })
app-start-failed = Shoutout no ha podido iniciarse
app-open-failed = No se ha podido abrir tu lista de creadores
# $path is where the roster's file is on the computer.
app-open-failed-file = Archivo: { $path }
app-restore-title = Restaurar una copia de seguridad
app-restore-text = Shoutout guarda copias de seguridad en una carpeta junto al archivo. Si restauras una, el archivo que aparece arriba se conserva tal cual en la carpeta de copias de seguridad.

## Dialogs and the notices at the bottom right.

# Button with a × that closes a dialog (read out by screen readers).
app-close = Cerrar
# Button with a × that removes a notice (read out by screen readers).
app-dismiss = Descartar
# Button in a notice that takes back what was just done.
app-undo = Deshacer

## Searching for a creator to pick (in a deal, and in a brief's recipients).

# The list of creators found for what was typed (read out by screen readers).
app-picker-hits = Creadores
# The last suggestion: $name is what was typed.
app-picker-create = + Añadir «{ $name }» como nuevo creador

## A date field, and the calendar it opens.

# How to type a day, shown in an empty date field: day, month, year.
app-date-hint-dmy = dd/mm/aaaa
# How to type a day: month, day, year.
app-date-hint-mdy = mm/dd/aaaa
# How to type a day: year, month, day.
app-date-hint-iso = aaaa-mm-dd
# $format is one of the hints above.
app-date-invalid = Fecha no válida: escríbela con el formato { $format }.
# $date is the earliest day allowed, already written out.
app-date-too-early = Elige el { $date } o una fecha posterior.
# The button that opens the calendar: $field is the name of the date field (e.g. "Due").
app-date-open = { $field }: elegir en el calendario
app-date-calendar = Elige una fecha
app-date-previous-month = Mes anterior
app-date-next-month = Mes siguiente
# A day in the calendar, read out by screen readers: $weekday is its name ("Friday"), $date the day.
app-date-day = { $weekday }, { $date }

## Titles of the system's file dialogs, their file-type filters and the file names they suggest.

app-dialog-import-creators = Importar creadores desde una hoja de cálculo
app-dialog-export-creators = Exportar creadores a CSV
app-dialog-export-deals = Exportar colaboraciones
app-dialog-export-gifts = Exportar artículos regalados
app-dialog-save-brief = Guardar el brief como PDF
app-dialog-brief-folder = Elegir una carpeta para los briefs
app-dialog-logo = Elegir el logo de la tienda
app-file-filter-csv = Hoja de cálculo (CSV)
# The file dialog's filter when importing creators.
app-file-filter-sheets = Hoja de cálculo (Excel, OpenDocument, CSV)
app-file-filter-pdf = PDF
app-file-filter-image = Imagen (PNG o JPEG)
# $date is the day of the export, as 2026-03-14.
app-file-roster = Creadores de Shoutout { $date }.csv
app-file-deals = Colaboraciones de Shoutout { $date }.csv
app-file-gifts = Artículos regalados de Shoutout { $date }.csv
