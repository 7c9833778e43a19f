## Why something could not be done, and what to do: shown to the owner in a red message.

# The first problem found in a form; the form shows every problem beside its field.
error-invalid = Revisa el formulario: { $message }
error-invalid-form = Revisa el formulario.
error-missing-creator = No se ha encontrado a este creador. Puede que se haya eliminado.
error-missing-deal = No se ha encontrado esta colaboración. Puede que se haya eliminado.
error-missing-brief = No se ha encontrado este brief. Puede que se haya eliminado.
error-missing-brand = No se han encontrado los datos de la tienda. Puede que se hayan eliminado.
error-too-new = Este archivo se creó con una versión más reciente de Shoutout (versión de datos { $found }; esta versión conoce hasta la { $known }). Instala la última versión de Shoutout para abrirlo. El archivo no se ha modificado.
error-not-shoutout = { $file } no es un archivo de Shoutout. No se ha modificado.
error-damaged = { $file } está dañado y no se puede abrir con seguridad. No se ha modificado.
# $name is a creator.
error-has-deals =
    { $deals ->
        [one] { $name } tiene una colaboración. Mejor archiva a { $name }: así el historial de colaboraciones se conserva completo.
       *[other] { $name } tiene { $deals } colaboraciones. Mejor archiva a { $name }: así el historial de colaboraciones se conserva completo.
    }
# $reason is one of the error-io-* messages below.
error-io = No se ha podido usar { $file }: { $reason }
error-database = La base de datos ha informado de un problema: { $reason }
# $what says what the file has that Shoutout's files do not.
error-foreign = { $file } no es un archivo de Shoutout: { $what }. No se ha modificado.
error-open-elsewhere = { $file }: Shoutout ya tiene abierto este archivo; ciérralo o restaura desde sus Ajustes.
error-restoring = Una restauración está sustituyendo { $file } ahora mismo. Espera a que termine y vuelve a abrir Shoutout.
error-replaced = Otro programa ha sustituido o movido { $file } mientras Shoutout lo tenía abierto. No se ha escrito nada más en él. Cierra Shoutout y vuelve a abrirlo para ver lo que contiene ahora el archivo.
error-empty-backup = { $file } no contiene creadores, briefs, colaboraciones ni datos de la tienda. Restaurarlo vaciaría Shoutout; no se ha cambiado nada. Restáuralo de todos modos solo si lo que quieres es un Shoutout vacío.
error-read-only = { $file } es de solo lectura, así que Shoutout no puede cambiarlo ni sustituirlo. Desactiva «Solo lectura» en las propiedades del archivo y vuelve a intentarlo.
error-sum-overflow = Algunos importes son demasiado grandes para sumarlos, así que este total no se puede mostrar. Busca una colaboración con un importe muy grande y corrígelo.

## Why a file could not be used (the end of error-io).

error-io-not-found = no se encuentra el archivo (puede que se haya movido, renombrado o eliminado); comprueba dónde está y vuelve a elegirlo
error-io-permission = Shoutout no tiene permiso para usarlo; revisa los permisos del archivo y de su carpeta, o elige otra carpeta
error-io-full = el disco está lleno; libera espacio y vuelve a intentarlo
error-io-read-only = el disco es de solo lectura; elige una carpeta en otro disco
error-io-exists = ya hay un archivo con ese nombre; elige otro nombre
error-io-folder = es una carpeta, no un archivo; elige un archivo
error-io-not-folder = parte de la ruta es un archivo donde debería haber una carpeta; elige otra carpeta
# $reason is the system's own description, in English.
error-io-damaged = el archivo termina antes de tiempo o está dañado ({ $reason }); vuelve a guardarlo e inténtalo de nuevo
error-io-other = { $reason }; comprueba que el disco sigue conectado y vuelve a intentarlo

## A value typed in a form or a spreadsheet cell that could not be read. Each is shown beside
## its field on its own, or after the field's name (error-labelled).

# $text is what was typed.
error-count-empty = Escribe un número.
error-not-number = «{ $text }» no es un número.
error-not-whole-number = «{ $text }» no es un número entero.
error-count-too-large = Este número es demasiado grande (10 000 millones como máximo).
error-percent-range = El valor debe estar entre 0 y 100 %.
error-not-percent = «{ $text }» no es un porcentaje.
error-not-amount = «{ $text }» no es un importe.
# $max is the largest amount, already written out (1,000,000,000.00).
error-amount-too-large = Este importe es demasiado grande ({ $max } como máximo).
error-not-yes-no = «{ $text }» no es «sí» ni «no».
# A problem with one value, after the name of its field: "Followers: “12x” is not a number."
# $label is one of the error-label-* names below, $problem one of the messages above.
error-labelled = { $label }: { $problem }
error-label-likes = Me gusta
error-label-comments = Comentarios
error-label-shares = Compartidos
error-label-followers = Seguidores
error-label-engagement-rate = Tasa de interacción
error-label-rate = Tarifa
error-label-commission = Comisión
error-label-open-to-gifting = Acepta regalos
# Under a text field that is too long; $max is a number of characters.
error-keep-under = No superes los { $max } caracteres.

## The shop's logo.

error-logo-format = El logo debe ser una imagen PNG o JPEG.
error-logo-no-pixels = El logo no tiene píxeles; vuelve a guardarlo como PNG o JPEG.
# $max is 4,000 and $sharp 1,000, already written out.
error-logo-too-many-pixels = El logo mide { $width } × { $height } píxeles; Shoutout admite como máximo { $max } × { $max } (16 megapíxeles). Redúcelo (un logo se ve nítido con { $sharp } píxeles de ancho) y vuelve a elegirlo.
error-logo-too-big = El logo ocupa más de 2 MB; usa una imagen más pequeña.

## Why a spreadsheet (CSV) file could not be read or written.

error-csv-too-big = El archivo ocupa más de { $mb } MB; divídelo en archivos más pequeños e impórtalos uno a uno.
error-csv-row-too-long = A partir de la línea { $line }, una fila ocupa más de { $mb } MB (quizá haya unas comillas sin cerrar); revisa el archivo en una hoja de cálculo o divídelo.
# $max is 1,000,000, already written out.
error-csv-too-many-rows = El archivo tiene más de { $max } filas (la línea { $line } supera el límite); divídelo en archivos de { $max } filas como máximo e impórtalos uno a uno.
error-csv-empty = El archivo está vacío.
# $cells and $max are already written out.
error-csv-too-many-cells = La línea { $line } tiene { $cells } celdas, más de las { $max } que puede tener una fila; quita las columnas que no necesites y vuelve a intentarlo.
# $cell counts the cells from 1 on; $max is 100,000, already written out.
error-csv-cell-too-long = La celda { $cell } de la línea { $line } tiene más de { $max } caracteres; acórtala y vuelve a intentarlo.
# $reason is the CSV reader's own description, in English.
error-csv-unreadable = No se ha podido leer el archivo como hoja de cálculo ({ $reason }). Vuelve a guardarlo como CSV e inténtalo de nuevo.
# $reason is the system's own description, in English.
error-csv-write = No se ha podido escribir la hoja de cálculo ({ $reason }). Comprueba que el disco sigue conectado y vuelve a intentarlo.

## A creator's handle (@name or profile link) that cannot be kept.

error-handle-empty = Falta el nombre de usuario.
error-handle-formula = El usuario no puede empezar por =, + o - (una hoja de cálculo lo leería como una fórmula).
error-handle-site-link = Es un enlace a la web de la plataforma, no a un perfil.
error-handle-link-too-long = El enlace del perfil es demasiado largo (200 caracteres como máximo).
error-handle-too-long = El usuario es demasiado largo (100 caracteres como máximo).
# $text is what was typed.
error-handle-unreadable = «{ $text }» no es un usuario ni un enlace a un perfil.
# $found is the character that is not allowed.
error-handle-characters = El usuario solo puede contener letras, números, puntos, guiones y guiones bajos (se ha encontrado «{ $found }»).

## A creator as typed in the form (or a row of an imported file).

error-email = Esto no parece una dirección de correo electrónico.
error-phone = Usa solo números, espacios y + - ( ).
error-notes-too-long = Las notas no pueden superar los { $max } caracteres.
error-name-empty = Escribe un nombre.
error-name-too-long = El nombre no puede superar los { $max } caracteres.
error-name-control = El nombre no puede tener saltos de línea ni caracteres de control.
error-followers-without-handle = Añade el usuario al que pertenecen estos seguidores.
# $linked and $chosen are platforms (Instagram, TikTok, YouTube, Other).
error-wrong-platform = Este es un enlace de { $linked }, no de { $chosen }.
error-platform-twice = Ya hay un usuario de { $platform }; uno por plataforma.
error-niche-too-long = Cada nicho no puede superar los { $max } caracteres.
error-too-many-niches = Usa como máximo { $max } nichos.
error-keep-under-one-line = No superes los { $max } caracteres, en una sola línea.
error-currency-code = Usa un código de moneda de tres letras, como EUR, GBP o USD.
# $handle is a handle without its @, $platform where it is, $name the creator being saved and
# $owner the creator who has the look-alike handle @$other.
error-look-alike = @{ $handle } en { $platform } se ve igual que @{ $other }, que pertenece a { $owner }: { $name } y { $owner } solo se distinguirían por letras que se parecen. Escribe el usuario exactamente como el de { $owner } si es el mismo creador.
error-handle-taken = @{ $handle } en { $platform } ya pertenece a { $name }.
error-already-in-roster = { $name } ya está en la lista de creadores.
# $text is what the cell holds; the statuses are listed as the file may write them.
error-not-status = «{ $text }» no es un estado (prospect, contacted, active, paused, do not contact).

## Importing creators from a spreadsheet: why a row or the whole file cannot be imported.

error-followers-no-handle = Hay seguidores, pero ningún usuario al que asignarlos.
error-import-no-name-column = Elige la columna que contiene el nombre o un usuario.
# $line is an earlier line of the same file.
error-import-same-handle = @{ $handle } en { $platform } ya está en la línea { $line } de este archivo.
error-import-many-owners = Sus usuarios ya pertenecen a { $count } creadores distintos; edítalos a mano.
error-import-mapping-stale = Las columnas elegidas no coinciden con el archivo; vuelve a abrirlo.
error-import-no-name-set = Ninguna columna está asignada al nombre o a un usuario.

## A deal as typed in the form.

error-deal-no-creator = Elige un creador.
error-deal-no-start = Elige la fecha en que empieza la colaboración.
error-deal-handover-early = La entrega del producto no puede ser anterior al inicio de la colaboración.
error-deal-rating = Valora de 1 a 5 estrellas.
error-negative = No puede ser negativo.
error-deal-no-kind = Elige qué tipo de colaboración es (regalo, visita, intercambio, afiliación o de pago).
error-deal-currency = Elige una moneda, como EUR o GBP.
error-date = Elige una fecha.
error-discount-code = Usa hasta 30 letras, números, - o _ (sin espacios).
error-web-address = Escribe una dirección web que empiece por https:// o http://.
error-too-many-items = Usa como máximo { $max } artículos.
error-item-name = Ponle nombre al artículo.
# $max is the largest amount, already written out (1,000,000,000.00).
error-items-cost-too-much = Los artículos cuestan más de { $max } en total; repártelos en varias colaboraciones.
error-items-worth-too-much = Los artículos valen más de { $max } en total; repártelos en varias colaboraciones.
# $max is 100,000, already written out.
error-quantity = Usa una cantidad de 1 a { $max }.
error-too-many-deliverables = Usa como máximo { $max } contenidos.
error-deliverable-label = Indica qué hay que publicar.
error-due-early = La fecha límite no puede ser anterior al inicio de la colaboración.
error-post-link = Pega el enlace de la publicación, que empiece por https://.
error-posted-early = La publicación no puede ser anterior al inicio de la colaboración.
error-deal-creator-gone = Elige un creador de la lista de creadores.
error-deal-brief-gone = Ese brief ya no existe.
error-note-too-long = La nota no puede superar los { $max } caracteres.
# $from and $to are deal statuses (Proposed, Agreed, Product sent…), as the board names them.
error-deal-move = Una colaboración en «{ $from }» no puede pasar a «{ $to }».
error-deal-already-there = Esta colaboración ya está en ese estado.
# $max is the largest amount, already written out (1,000,000,000.00).
error-deal-too-large = Los importes de esta colaboración son demasiado grandes para sumarlos. Usa importes inferiores a { $max } y revisa las cantidades.
error-nudge-day = Los recordatorios son para el día 7, 10 o 14.

## A brief as typed in its editor.

error-brief-campaign = Ponle nombre a la campaña.
error-too-many-points = Usa como máximo { $max } puntos.
error-point-too-long = Cada punto no puede superar los { $max } caracteres.
# $token is what was typed between braces; $known lists the placeholders that exist.
error-placeholder = { $token } no es una variable; usa { $known }.
error-step-label = Ponle a cada paso un nombre corto (hasta { $max } caracteres).
error-step-when = Elige una fecha o una semana.
error-too-many-steps = Usa como máximo { $max } pasos.
# $code is a discount code.
error-code-taken = { $code } ya se usa en esta campaña.
error-recipient-code = «{ $code }»: usa de 3 a 20 letras, números, - o _.
error-not-on-brief = Este creador no está en el brief. Añádelo primero.
# $pt is the smallest text size, $mm how much too long the page is, $section the title of the
# longest section.
error-brief-too-long = El brief no cabe en una página, ni siquiera con el texto a { $pt } pt: sobran unos { $mm } mm. Acorta «{ $section }», la sección más larga.

## The shop's details and the app's settings.

error-colour = Elige un color, como #E8554F.
error-website = Escribe la dirección web de la tienda, p. ej., www.tutienda.es.
error-brand-currency = Elige un código de moneda, como EUR, GBP o USD.
error-shop-name = Escribe el nombre de tu tienda; los briefs se firman con él.
error-text-size = Elige un tamaño de texto de 100 %, 125 % o 150 %.
error-window-size = Una ventana debe tener un tamaño.

## A database file that has tables Shoutout's files do not (the $what of error-foreign).
## $kind is the kind of thing in the file, as SQLite names it, $object its name.

error-foreign-changed = { $kind ->
        [table] tiene una tabla «{ $object }» distinta de la de Shoutout
        [index] tiene un índice «{ $object }» distinto del de Shoutout
        [trigger] tiene un disparador «{ $object }» distinto del de Shoutout
       *[view] tiene una vista «{ $object }» distinta de la de Shoutout
    }
error-foreign-extra = { $kind ->
        [table] tiene una tabla llamada «{ $object }» que Shoutout nunca crea
        [index] tiene un índice llamado «{ $object }» que Shoutout nunca crea
        [trigger] tiene un disparador llamado «{ $object }» que Shoutout nunca crea
       *[view] tiene una vista llamada «{ $object }» que Shoutout nunca crea
    }
error-foreign-missing = { $kind ->
        [table] le falta la tabla «{ $object }»
        [index] le falta el índice «{ $object }»
        [trigger] le falta el disparador «{ $object }»
       *[view] le falta la vista «{ $object }»
    }

## Exporting everything to one file, and importing it into an empty Shoutout.

# $reason is the system's own description, in English.
error-export-write = No se ha podido escribir la exportación ({ $reason }). Comprueba que el disco sigue conectado y vuelve a intentarlo.
error-export-not-ours = Este archivo no es una exportación de Shoutout.
error-export-version = Esta exportación es de la versión de datos { $version }; este Shoutout lee la versión { $known }. Ábrela con el Shoutout que la creó, o con la misma versión que este.
error-export-not-empty = Importa todo en un Shoutout vacío: este ya tiene datos.
# Said after each of the problems below.
error-export-fix = Corrige el archivo o vuelve a exportarlo desde el Shoutout que lo creó.
# $table, $column and $parent are names in the file, as it writes them; $row counts from 1.
# $problem is one of the error-value-* sentences below.
error-export-value = Fila { $row } de { $table }: { $problem }
error-export-missing = La fila { $row } de { $table } no tiene { $column }, que toda fila necesita.
error-export-unknown-column = La fila { $row } de { $table } tiene una columna que Shoutout no conoce: «{ $column }».
error-export-empty-row = La fila { $row } de { $table } está vacía: no tiene ningún valor. Elimínala.
error-export-not-a-row = La fila { $row } de { $table } no es una fila de valores con nombre.
error-export-not-a-table = La tabla { $table } no es una lista de filas.
error-export-unknown-table = El archivo tiene una tabla que Shoutout no conoce: «{ $table }».
error-export-no-parent = Fila { $row } de { $table }: { $column } es { $id }, pero { $parent } no tiene ninguna fila con ese id.
error-export-repeated = La fila { $row } de { $table } repite otra fila: el mismo id, o un usuario o código que debe ser único, aparece dos veces.
error-export-refused = La fila { $row } de { $table } tiene valores que Shoutout no puede guardar juntos.
error-export-too-many = Hay más problemas que estos; probablemente el archivo no es una exportación de Shoutout.

## What is wrong with one value of an export. $column is the column's name in the file,
## $found what it holds (a number as it is, or one of the error-found-* descriptions).

error-found-null = nada (null)
error-found-long-text = un texto de { $count } caracteres
error-found-text = «{ $text }»
error-found-list = una lista
error-found-group = un grupo de valores
error-value-null = { $column } está vacío (null), pero debe tener un valor.
error-value-not-text = { $column } debería ser texto, no { $found }.
error-value-not-whole = { $column } debería ser un número entero, no { $found }.
error-value-at-least = { $column } es { $n }; debe ser al menos { $min }.
error-value-exactly = { $column } es { $n }; debe ser { $min }.
error-value-range = { $column } es { $n }; debe estar entre { $min } y { $max }.
error-value-not-number = { $column } debería ser un número, no { $found }.
error-value-not-picture = { $column } no es una imagen en el formato de la exportación.
error-value-picture-too-big = { $column } es una imagen de { $size } bytes; el logo puede ocupar como máximo { $max }.
error-value-too-long = { $column } tiene { $length } caracteres; no superes los { $max }.
error-value-control = { $column } tiene un salto de línea o un carácter de control.
error-value-empty = { $column } está vacío, pero debe tener un valor.
# $names lists the values the file may hold, as it writes them.
error-value-enum = { $column } es { $found }; usa uno de estos valores: { $names }.
error-value-kinds = { $column } es { $found }; usa uno o más de estos valores, separados por comas: { $names }.
error-value-date = { $column } es { $found }; usa una fecha como 2026-12-01.
error-value-stamp = { $column } es { $found }; usa una fecha y hora como 2026-12-01T09:30:00.000Z.
error-value-currency = { $column } es { $found }; usa un código de moneda de tres letras, como EUR.
error-value-email = { $column } es { $found }; no parece una dirección de correo electrónico.
error-value-phone = { $column } es { $found }; usa solo números, espacios y + - ( ).
error-value-handle = { $column } es { $found }; no es un usuario tal como lo guarda Shoutout.
error-value-url = { $column } es { $found }; usa una dirección web que empiece por https://.
error-value-deal-code = { $column } es { $found }; usa hasta 30 mayúsculas, números, - o _.
error-value-recipient-code = { $column } es { $found }; usa de 3 a 20 mayúsculas, números, - o _.
error-value-colour = { $column } es { $found }; usa un color como #E8554F.
error-value-list-format = { $column } debería ser una lista de puntos escrita como ["…", "…"].
error-value-too-many-points = { $column } tiene { $count } puntos; usa como máximo { $max }.
error-value-point-too-long = { $column } tiene un punto de más de { $max } caracteres.
error-value-timeline-format = { $column } debería ser una lista de pasos escrita como [{"{"}"label": "…", "when": "2026-12-01"{"}"}].
error-value-too-many-steps = { $column } tiene { $count } pasos; usa como máximo { $max }.
error-value-step-too-long = { $column } tiene un nombre de paso de más de { $max } caracteres.
error-value-step-when = { $column } tiene un paso el «{ $when }», que no es una fecha ni una semana.

## The desktop app's own problems.

error-app-unavailable = La lista de creadores no está abierta: no se ha podido abrir la base de datos al iniciar Shoutout.
error-app-import-expired = Ese archivo ya no está abierto para importar. Vuelve a elegirlo.
error-app-nothing-to-restore = Esto ya no se puede recuperar: se eliminó en una sesión anterior.
error-app-backup-not-found = No se ha encontrado esta copia de seguridad. Puede que se haya eliminado.
error-app-pdf-not-found = No se ha encontrado este PDF. Vuelve a exportar el brief.
# $reason is the system's own description, in English.
error-app-dialog = No se ha podido abrir el cuadro de diálogo de archivos: { $reason }
error-app-open = No se ha podido abrir el enlace: { $reason }
# $reason is error-app-new-backup-missing or the system's own description, in English.
error-app-task = La tarea se ha detenido de forma inesperada: { $reason }
error-app-new-backup-missing = no se ha encontrado la nueva copia de seguridad
error-app-link-refused = Solo se pueden abrir páginas web https:// y direcciones de correo electrónico.
# An import's header row chosen by its line number (the command line's --header-row) that is not a row of the sheet.
error-import-no-header-line = No hay ninguna línea { $line } que se pueda usar como encabezado.
# $sheet: the sheet asked for; $sheets: the workbook's sheets, separated by commas.
error-workbook-no-sheet = Este libro no tiene ninguna hoja llamada «{ $sheet }». Hojas del libro: { $sheets }.
