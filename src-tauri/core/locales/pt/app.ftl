## The app's frame: the sections in the side bar, and what shows when the app cannot start.

app-nav-sections = Secções
app-nav-home = Início
app-nav-roster = Criadores
app-nav-deals = Colaborações
app-nav-briefs = Briefings
app-nav-settings = Definições
# Tooltip on a section in the side bar: $section is its name, $key the shortcut (e.g. "Alt+2").
app-nav-shortcut = { $section } ({ $key })
app-start-failed = Não foi possível iniciar o Shoutout
app-open-failed = Não foi possível abrir a sua lista de criadores
# $path is where the roster's file is on the computer.
app-open-failed-file = Ficheiro: { $path }
app-restore-title = Restaurar uma cópia de segurança
app-restore-text = O Shoutout guarda cópias de segurança numa pasta junto ao ficheiro. Ao restaurar uma delas, o ficheiro indicado acima é guardado, tal como está, na pasta das cópias de segurança.

## Dialogs and the notices at the bottom right.

# Button with a × that closes a dialog (read out by screen readers).
app-close = Fechar
# Button with a × that removes a notice (read out by screen readers).
app-dismiss = Fechar aviso
# Button in a notice that takes back what was just done.
app-undo = Anular

## Searching for a creator to pick (in a deal, and in a brief's recipients).

# The list of creators found for what was typed (read out by screen readers).
app-picker-hits = Criadores
# The last suggestion: $name is what was typed.
app-picker-create = + Adicionar «{ $name }» como novo criador

## A date field, and the calendar it opens.

# How to type a day, shown in an empty date field: day, month, year.
app-date-hint-dmy = dd/mm/aaaa
# How to type a day: month, day, year.
app-date-hint-mdy = mm/dd/aaaa
# How to type a day: year, month, day.
app-date-hint-iso = aaaa-mm-dd
# $format is one of the hints above.
app-date-invalid = Data inválida: escreva-a no formato { $format }.
# $date is the earliest day allowed, already written out.
app-date-too-early = Escolha { $date } ou uma data posterior.
# The button that opens the calendar: $field is the name of the date field (e.g. "Due").
app-date-open = { $field }: escolher no calendário
app-date-calendar = Escolher uma data
app-date-previous-month = Mês anterior
app-date-next-month = Mês seguinte
# A day in the calendar, read out by screen readers: $weekday is its name ("Friday"), $date the day.
app-date-day = { $weekday }, { $date }

## Titles of the system's file dialogs, their file-type filters and the file names they suggest.

app-dialog-import-creators = Importar criadores de uma folha de cálculo
app-dialog-export-creators = Exportar criadores para CSV
app-dialog-export-deals = Exportar colaborações
app-dialog-export-gifts = Exportar artigos oferecidos
app-dialog-save-brief = Guardar o briefing como PDF
app-dialog-brief-folder = Escolher uma pasta para os briefings
app-dialog-logo = Escolher o logótipo da loja
app-file-filter-csv = Folha de cálculo (CSV)
# The file dialog's filter when importing creators.
app-file-filter-sheets = Folha de cálculo (Excel, OpenDocument, CSV)
app-file-filter-pdf = PDF
app-file-filter-image = Imagem (PNG ou JPEG)
# $date is the day of the export, as 2026-03-14.
app-file-roster = Shoutout criadores { $date }.csv
app-file-deals = Shoutout colaborações { $date }.csv
app-file-gifts = Shoutout artigos oferecidos { $date }.csv
