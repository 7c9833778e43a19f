## The command line (shoutout --help). Commands and options (import-roster, --db…) stay as they are.

# Each command and option has its usage (cli-help-…-usage: the capitalised words stand for what is typed) and what it does. $codes lists the language codes, as en, fr, de.
cli-help-intro = Shoutout: gestiona tu lista de creadores locales, prepárales briefs y sigue lo que aporta cada colaboración.
cli-help-usage = Uso: shoutout [--db RUTA] [--lang CÓDIGO] [COMANDO]
cli-help-no-command = Sin comando, la aplicación abre su ventana.
cli-help-commands = Comandos:
cli-help-import-roster-usage = import-roster ARCHIVO [--sheet NOMBRE] [--header-row LÍNEA] [--skip-duplicates]
cli-help-import-roster = Importa creadores desde una hoja de cálculo: CSV, Excel (.xlsx, .xls) u OpenDocument (.ods); en un libro, lee la primera hoja, salvo que --sheet indique otra. La fila de encabezado se busca debajo de las posibles filas de título, salvo que --header-row indique su número de línea. Los creadores cuyo usuario ya está en la lista se fusionan (o se dejan como están con --skip-duplicates). Una celda que no se puede leer se deja vacía, su contenido se guarda en las notas del creador y se indica como aviso; las filas de total y las filas sin nombre ni usuario se indican como omitidas. Las filas que no se pueden importar se muestran con su línea y el motivo; si hay alguna, el código de salida es 3.
cli-help-export-roster-usage = export-roster ARCHIVO.csv
cli-help-export-roster = Exporta toda la lista de creadores en CSV.
cli-help-export-brief-usage = export-brief BRIEF --creator CREADOR --out ARCHIVO.pdf
cli-help-export-brief = Exporta el brief de un creador en PDF. BRIEF es el número de un brief o el nombre de su campaña; CREADOR, el número, el nombre o el @usuario de un creador.
cli-help-export-brief-all-usage = export-brief --all --out CARPETA
cli-help-export-brief-all = Exporta todos los briefs no archivados, con un PDF por cada creador al que van dirigidos.
cli-help-export-deals-usage = export-deals ARCHIVO.csv
cli-help-export-deals = Exporta todas las colaboraciones en CSV: creador, campaña, tipo, estado, fechas, coste, código de descuento, enlace de seguimiento, resultados y retorno.
cli-help-export-gifts-usage = export-gifts ARCHIVO.csv
cli-help-export-gifts = Exporta en CSV cada artículo regalado a creadores (fecha, creador, artículo, coste, valor de venta), para la contabilidad.
cli-help-backup-usage = backup --out ARCHIVO
cli-help-backup = Copia la base de datos en ARCHIVO (se puede hacer con la aplicación abierta).
cli-help-restore-usage = restore ARCHIVO [--allow-empty]
cli-help-restore = Sustituye la base de datos por una copia de seguridad. Primero se comprueba la copia (una sin datos solo con --allow-empty); el archivo actual se guarda en su carpeta de copias de seguridad (o, si está dañado, se mueve allí tal cual). No se permite mientras Shoutout tenga el archivo abierto.
cli-help-export-all-usage = export-all ARCHIVO.json
cli-help-export-all = Exporta todo (lista de creadores, briefs, colaboraciones, marca) en un solo archivo JSON.
cli-help-import-all-usage = import-all ARCHIVO.json
cli-help-import-all = Importa un archivo así en una base de datos vacía.
cli-help-sample-data-usage = sample-data [--creators N]
cli-help-sample-data = Añade la lista de ejemplo, dos briefs de ejemplo y colaboraciones de ejemplo (como el botón del primer inicio); con --creators, N creadores generados en su lugar (para probar Shoutout con una lista grande).
cli-help-options = Opciones:
cli-help-db-usage = --db RUTA
cli-help-db = Usa este archivo de base de datos en lugar del de tu carpeta de datos. La variable de entorno SHOUTOUT_DB hace lo mismo.
cli-help-lang-usage = --lang CÓDIGO
cli-help-lang = Usa este idioma: { $codes }. Sin esta opción, se usa el idioma del sistema (LANG, LC_ALL, LC_MESSAGES).
cli-help-help-usage = -h, --help
cli-help-help = Muestra esta ayuda.
cli-help-version-usage = -V, --version
cli-help-version = Muestra la versión.

## Mistakes on the command line. $option, $command are what was typed.

cli-try-help = Prueba con «shoutout --help».
cli-unknown-option = opción desconocida { $option }
cli-unknown-command = comando desconocido { $command }
cli-unknown-lang = idioma desconocido { $code }; usa uno de estos: { $codes }
cli-lang-needs-code = --lang necesita a continuación un código de idioma ({ $codes })
cli-db-needs-path = --db necesita a continuación la ruta de un archivo
cli-creator-needs-name = --creator necesita a continuación un creador
cli-creators-needs-number = --creators necesita a continuación un número
cli-creators-range = --creators admite un número del 1 al 1.000.000
cli-out-needs-path = --out necesita a continuación una ruta
cli-needs-file = { $command } necesita un nombre de archivo
cli-one-file = { $command } admite un solo nombre de archivo
cli-export-brief-needs-out = export-brief necesita --out
cli-export-brief-usage = usa export-brief BRIEF --creator CREADOR --out ARCHIVO.pdf, o export-brief --all --out CARPETA
cli-backup-needs-out = backup necesita --out ARCHIVO

## What a command did. $file, $folder and $db are paths; $count is a number.

cli-exported-creators =
    { $count ->
        [one] 1 creador exportado a { $file }.
       *[other] { $count } creadores exportados a { $file }.
    }
cli-exported-deals =
    { $count ->
        [one] 1 colaboración exportada a { $file }.
       *[other] { $count } colaboraciones exportadas a { $file }.
    }
cli-exported-gifts =
    { $count ->
        [one] 1 artículo regalado exportado a { $file }.
       *[other] { $count } artículos regalados exportados a { $file }.
    }
cli-exported-records =
    { $count ->
        [one] 1 registro exportado a { $file }.
       *[other] { $count } registros exportados a { $file }.
    }
cli-imported-records =
    { $count ->
        [one] 1 registro importado desde { $file }.
       *[other] { $count } registros importados desde { $file }.
    }
cli-added-generated =
    { $count ->
        [one] Se ha añadido 1 creador generado.
       *[other] Se han añadido { $count } creadores generados.
    }
cli-added-sample =
    { $count ->
        [one] Se ha añadido 1 creador de ejemplo.
       *[other] Se han añadido { $count } creadores de ejemplo.
    }
cli-backed-up = Se ha guardado una copia de seguridad de { $db } en { $file }.
cli-restored = Se ha restaurado { $db } desde { $file }.
cli-kept-before = Lo que contenía antes se ha guardado en { $file }.
cli-saved = Se ha guardado { $file }.
cli-saved-briefs =
    { $count ->
        [one] 1 brief guardado en { $folder }.
       *[other] { $count } briefs guardados en { $folder }.
    }
# One brief that could not be saved: $campaign, $creator and the $reason.
cli-brief-problem = { $campaign } para { $creator }: { $reason }
# A row of the CSV file that was not imported.
cli-import-problem = línea { $line }: { $reason }
cli-imported-roster = Creadores nuevos importados: { $added }; fusionados: { $merged }; omitidos: { $skipped }; rechazados: { $rejected }.

## Finding what a command names.

cli-no-brief = ningún brief tiene el número o el nombre «{ $key }»
cli-not-on-brief = «{ $key }» no está entre los creadores de «{ $campaign }»
# A row imported with a cell kept in the notes, and a row left out as not a creator.
cli-import-warning = línea { $line }, importada: { $reason }
cli-import-ignored = línea { $line }, omitida: { $reason }
# Which row of the sheet the column names were taken from.
cli-import-header = Nombres de columna tomados de la línea { $line }.
# Mistakes in import-roster's options.
cli-sheet-needs-name = --sheet debe ir seguido del nombre de una hoja, por ejemplo --sheet "Primavera 2026".
cli-header-row-needs-line = --header-row debe ir seguido del número de la línea que contiene los nombres de columna, por ejemplo --header-row 3.

## Sending from the command line: the mailbox and briefs.

cli-help-mailbox-usage = mailbox --host HOST --port N --tls MODO --from CORREO [--user ID]
cli-help-mailbox = Define el buzón desde el que se envían los briefs; sin opciones, lo muestra. MODO es starttls, implicit (TLS desde el primer byte) o none (solo para un servidor de correo instalado en este ordenador, sin contraseña). --user es el usuario para iniciar sesión, si no coincide con la dirección; --name NOMBRE define el nombre que ven los creadores (por defecto, el de la tienda). Si SHOUTOUT_SMTP_PASSWORD está definida, la contraseña se guarda en el llavero del sistema.
cli-help-send-brief-usage = send-brief BRIEF --creator CREADOR
cli-help-send-brief = Envía por correo a un creador su brief, con su PDF adjunto, desde el buzón. La contraseña se toma de SHOUTOUT_SMTP_PASSWORD o, si no está definida, del llavero. Una línea por creador; el código de salida es 1 si algún mensaje no se ha enviado.
cli-help-send-brief-all-usage = send-brief BRIEF --all
cli-help-send-brief-all = Envía por correo a cada creador del brief su propio mensaje y su PDF.
cli-help-send-outbox-usage = send-outbox
cli-help-send-outbox = Envía ahora todos los mensajes que esperan en la bandeja de salida.
cli-option-needs-value = { $option } debe ir seguido de un valor.
cli-mailbox-usage = usa mailbox --host HOST --port N --tls starttls|implicit|none --from CORREO [--user ID] [--name NOMBRE]
cli-mailbox-port = --port admite un número del 1 al 65535.
cli-mailbox-tls = --tls admite starttls, implicit o none, no «{ $value }».
# $security is one of the mail-security-… words.
cli-mailbox-set = Buzón: { $address } a través de { $host }:{ $port } ({ $security }).
cli-mailbox-none = Aún no hay ningún buzón configurado para enviar.
cli-password-kept = La contraseña se guarda en el llavero del sistema.
cli-password-no-keychain = En este ordenador no hay ningún llavero disponible: la contraseña no se guarda; define SHOUTOUT_SMTP_PASSWORD cada vez.
cli-password-keychain-failed = El llavero no ha podido guardar la contraseña: { $reason }
cli-send-brief-usage = usa send-brief BRIEF --creator CREADOR, o send-brief BRIEF --all
cli-sent = { $name } <{ $address }>: enviado.
cli-send-waiting = { $name } <{ $address }>: en espera en la bandeja de salida. { $reason }
cli-send-failed = { $name } <{ $address }>: no enviado. { $reason }
cli-send-skipped = { $name }: no enviado. { $reason }
cli-sent-count = Enviados: { $sent } de { $total }.
cli-outbox-empty = No hay nada esperando en la bandeja de salida.
