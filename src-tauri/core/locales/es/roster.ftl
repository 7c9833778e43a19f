## A creator's page and form.

creator-language = Idioma
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = El de la tienda ({ $name })

## The names of platforms, statuses and tiers, wherever they are shown or written.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Otra
status-prospect = Potencial
status-contacted = Contactado
status-active = Activo
status-paused = En pausa
status-do_not_contact = No contactar
# Creators below 1,000 followers, not yet nano.
tier-starter = Principiante
tier-nano = Nano
tier-micro = Micro
tier-macro = Macro
tier-mega = Mega
tier-range-starter = menos de 1K
tier-range-nano = 1K–10K
tier-range-micro = 10K–100K
tier-range-macro = 100K–1M
tier-range-mega = 1M+

## The roster screen: its title, count and buttons.

# The roster screen, for screen readers.
roster-label = Lista de creadores
roster-title = Creadores
roster-loading = Cargando…
# Under the title while a search or filter is on. $shown: creators matching; $total: all creators.
roster-count-filtered =
    { $total ->
        [one] { $shown } de { $total } creador
       *[other] { $shown } de { $total } creadores
    }
# Under the title: how many creators the roster holds.
roster-count =
    { $count ->
        [one] { $count } creador
       *[other] { $count } creadores
    }
# Buttons.
roster-import-csv = Importar hoja de cálculo
roster-export-csv = Exportar CSV
roster-add = Añadir creador

## An empty roster: how to start one.

roster-empty-title = Empieza tu lista de creadores
roster-empty-text = Ten en un solo lugar a los creadores locales con los que trabajas: sus usuarios, su audiencia, sus tarifas y cómo contactarlos.
# Buttons.
roster-empty-add = Añadir un creador
roster-empty-brief = Escribir un brief
roster-empty-import = Importar una hoja de cálculo (CSV)
roster-empty-sample = Probar con una lista de ejemplo

## Search and filters above the table.

roster-search-label = Buscar creadores
roster-search-placeholder = Nombres, usuarios, nichos, notas…
# Each filter's name (read by screen readers), then its first choice, which filters nothing.
roster-filter-tier = Nivel
roster-filter-tier-all = Todos los niveles
roster-filter-platform = Plataforma
roster-filter-platform-all = Todas las plataformas
roster-filter-niche = Nicho
roster-filter-niche-all = Todos los nichos
roster-filter-city = Ciudad
roster-filter-city-all = Todas las ciudades
roster-filter-status = Estado
roster-filter-status-all = Cualquier estado
roster-filter-gifting = Acepta regalos
roster-filter-gifting-any = Regalos: todos
roster-filter-gifting-yes = Acepta regalos
roster-filter-gifting-no = No acepta regalos
# Before a small box where a percentage is typed, followed by "%".
roster-filter-engagement = Interacción ≥
roster-filter-engagement-label = Tasa de interacción mínima en porcentaje
# A checkbox that shows archived creators too. $count: how many there are.
roster-filter-archived = Archivados ({ $count })
# Button: removes the search and every filter.
roster-filter-clear = Limpiar

## The roster table.

# The table, for screen readers.
roster-table = Creadores
# Column heads (short: the columns are narrow).
roster-column-name = Creador
roster-column-followers = Seguidores
roster-column-tier = Nivel
roster-column-engagement = Interacción
roster-column-city = Ciudad
roster-column-status = Estado
roster-column-gifting = Regalos
roster-column-niches = Nichos
# $search: the words typed in the search box.
roster-no-match-search = Ningún creador coincide con «{ $search }».
roster-no-match-filters = Ningún creador coincide con estos filtros.
# Button.
roster-no-match-clear = Quitar búsqueda y filtros
# Under the total followers of a creator with several accounts. $followers: the largest account's, shortened (8K).
roster-row-largest = máx. { $followers }
# Tooltip on the tier. $range: the tier's range, such as "1K–10K".
roster-row-tier-title = { $range } seguidores en la cuenta más grande
# The Gifting column.
roster-row-gifting-yes = Sí
roster-row-gifting-no = No
# Tooltip on the followers. $count: the total over all the creator's accounts.
roster-followers-note =
    { $count ->
        [one] { $count } seguidor
       *[other] { $count } seguidores
    }
# Tooltip on the followers of a creator with several accounts. $total: all accounts together;
# $largest: the largest account's followers; $platform: that account's platform (Instagram).
roster-followers-note-largest =
    { $total ->
        [one] { $total } seguidor en total; el nivel depende de la cuenta más grande: { $largest } en { $platform }
       *[other] { $total } seguidores en total; el nivel depende de la cuenta más grande: { $largest } en { $platform }
    }

## Messages after an action on the roster (shown for a few seconds).

roster-sample-added =
    { $count ->
        [one] Se ha añadido { $count } creador de ejemplo.
       *[other] Se han añadido { $count } creadores de ejemplo.
    }
# $path: the file written.
roster-exported =
    { $count ->
        [one] Se ha exportado { $count } creador a { $path }
       *[other] Se han exportado { $count } creadores a { $path }
    }
roster-deleted = Se ha eliminado a { $name }.
roster-restored = Se ha restaurado a { $name }.
# Button in the message shown when a creator with deals cannot be deleted.
roster-archive-instead = Archivar
roster-archived = Se ha archivado a { $name }: sus colaboraciones se conservan.
roster-unarchived = { $name } vuelve a estar en la lista.
roster-added = Se ha añadido a { $name }.
roster-saved = Se han guardado los cambios de { $name }.

## The form that adds or edits a creator.

roster-form-add-title = Añadir un creador
roster-form-edit-title = Editar datos de { $name }
roster-form-check = Revisa los campos marcados.
roster-form-handles = Usuarios y seguidores
# Beside "Handles and followers": how follower counts can be typed.
roster-form-handles-hint = — seguidores como 12.500 o 12,5K
# Placeholders in the handle box: for "Other", then for Instagram, TikTok and YouTube.
roster-form-link-placeholder = Enlace al perfil
roster-form-handle-placeholder = @usuario o enlace al perfil
# For screen readers. $platform: Instagram, TikTok, YouTube or Other.
roster-form-handle-label = Usuario de { $platform }
roster-form-followers-label = Seguidores en { $platform }
roster-form-followers-placeholder = Seguidores
roster-form-engagement = Interacción
roster-form-engagement-hint = — media por publicación, o la tasa si la sabes
# Short labels over four narrow boxes.
roster-form-avg-likes = Me gusta (media)
roster-form-avg-comments = Comentarios (media)
roster-form-avg-shares = Compartidos (media)
roster-form-rate-percent = O tasa %
# Beside "Niches".
roster-form-niches-hint = (separados por comas)
# Example niches, written as a user would type them.
roster-form-niches-placeholder = café, brunch
roster-form-rate-placeholder = p. ej., 150
# A checkbox.
roster-form-gifting = Acepta regalos (producto a cambio de contenido)
# Buttons.
roster-form-cancel = Cancelar
roster-form-save = Guardar cambios
roster-form-add = Añadir creador

## A creator's page.

# Button back to the roster.
roster-page-back = ← Todos los creadores
# Badges beside the name.
roster-page-gifting = Acepta regalos
roster-page-archived = Archivado
# Buttons.
roster-page-edit = Editar
roster-page-new-deal = Nueva colaboración
roster-page-unarchive = Desarchivar
roster-page-archive = Archivar
roster-page-delete = Eliminar
# Under the total followers of a creator with several accounts. $followers: the largest account's; $platform: its platform.
roster-page-largest = en total · nivel según la cuenta más grande, { $followers } en { $platform }
roster-page-engagement = Interacción
# Under the engagement rate: how it was found.
roster-page-engagement-computed = según la media de me gusta, comentarios y compartidos
roster-page-engagement-typed = introducida a mano
roster-page-handles = Usuarios
roster-page-no-handles = Aún no hay usuarios.
# Where the niches would be.
roster-page-no-niches = Ninguno todavía.
roster-page-contact = Contacto
roster-page-audience = Audiencia e historial
# Dates the creator was added and last changed.
roster-page-added = Añadido
roster-page-updated = Actualizado
roster-page-deals = Colaboraciones
roster-page-no-deals = Aún no hay colaboraciones con { $name }.
# What the creator was given, at retail price; under it, what it cost the shop ($amount).
roster-page-received = Recibido (PVP)
roster-page-at-cost = { $amount } a precio de coste
# Posts the creator still owes.
roster-page-owed = Pendiente
roster-page-owed-posts =
    { $count ->
        [one] { $count } publicación
       *[other] { $count } publicaciones
    }
roster-page-overdue-count = { $count } con retraso
roster-page-reach = Alcance
roster-page-clicks =
    { $count ->
        [one] { $count } clic
       *[other] { $count } clics
    }
# Discount codes redeemed · customers who came in because of the creator.
roster-page-codes-walk-ins = Canjes · clientes en tienda
roster-page-revenue = Ingresos
# Badge on a deal whose content is late.
roster-page-overdue = Con retraso
roster-page-feedback = Opiniones
# Badges: whether the shop would work with the creator again.
roster-page-work-again = Repetiríamos
roster-page-not-again = No repetiríamos

## Importing creators from a CSV file.

roster-import-title = Importar creadores desde una hoja de cálculo
roster-import-intro = Elige una hoja de cálculo: un archivo de Excel o LibreOffice (.xlsx, .xls, .ods), o un archivo CSV guardado desde Numbers o Hojas de cálculo de Google. Verás lo que se va a importar antes de que cambie nada.
# The column names are the headers the app recognises (mostly English ones); the follower counts are examples of what can be read.
roster-import-intro-columns = Se reconocen automáticamente columnas como Nombre, Instagram, TikTok, YouTube, Seguidores, Nichos, Ciudad o Correo. Se entienden cifras de seguidores como 12,5K, 48.200 o 1,2M.
# Button.
roster-import-choose = Elegir una hoja de cálculo…
roster-import-progress = Importando… { $done } de { $total }
# After the file's name: how many rows it has.
roster-import-rows =
    { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    }
# How the file's columns are separated.
roster-import-delimiter =
    { $delimiter ->
        [semicolon] separado por punto y coma
        [tab] separado por tabulaciones
       *[comma] separado por comas
    }
# Badges: rows that are new creators, creators already in the roster, rows that cannot be read.
roster-import-new =
    { $count ->
        [one] { $count } nuevo
       *[other] { $count } nuevos
    }
roster-import-duplicates = { $count } ya en la lista
roster-import-problems = { $count } con problemas
roster-import-columns = Columnas
# A column with no header. $number: its position (1, 2, …).
roster-import-column = Columna { $number }
# For screen readers: the menu that says which field a column fills. $column: its header.
roster-import-field-for = Campo para la columna { $column }
# First choice in each column's menu.
roster-import-skip-column = No importar
roster-import-already = Ya están en tu lista
# Choices for the creators already in the roster.
roster-import-policy-merge = Actualizarlos con los datos del archivo
roster-import-policy-skip = Dejarlos como están
# In bold before a row's problem or duplicate. $line: the line in the file.
roster-import-line = Línea { $line }
# $name: the name in the file; $handle: its handle; $existing: the creator in the roster who has that handle.
roster-import-duplicate = { $name } — { $handle } es de { $existing }
# At the end of a shortened list.
roster-import-more = …y { $count } más
roster-import-rejected = Filas que no se importarán
# Shown when the import is done, and as a message.
roster-import-added =
    { $count ->
        [one] Se ha importado { $count } creador nuevo.
       *[other] Se han importado { $count } creadores nuevos.
    }
# A message when the import is done. $merged: creators already in the roster that were updated.
roster-import-added-updated = Creadores nuevos importados: { $count }; actualizados: { $merged }.
roster-import-merged =
    { $count ->
        [one] Se ha actualizado { $count } creador que ya estaba en la lista.
       *[other] Se han actualizado { $count } creadores que ya estaban en la lista.
    }
roster-import-skipped =
    { $count ->
        [one] Se ha dejado sin cambios { $count } creador que ya estaba en la lista.
       *[other] Se han dejado sin cambios { $count } creadores que ya estaban en la lista.
    }
roster-import-not-imported =
    { $count ->
        [one] { $count } fila no se ha importado:
       *[other] { $count } filas no se han importado:
    }
# Buttons.
roster-import-done = Listo
roster-import-cancel = Cancelar
roster-import-choose-another = Elegir otro archivo
roster-import-confirm =
    { $count ->
        [one] Importar { $count } creador
       *[other] Importar { $count } creadores
    }

## The fields of a creator: in the import's column menus, and as labels on the form and the page.

roster-field-name = Nombre
roster-field-instagram = Usuario de Instagram
roster-field-instagram_followers = Seguidores en Instagram
roster-field-tiktok = Usuario de TikTok
roster-field-tiktok_followers = Seguidores en TikTok
roster-field-youtube = Usuario de YouTube
roster-field-youtube_followers = Seguidores en YouTube
roster-field-other_handle = Otro usuario o enlace
roster-field-other_followers = Seguidores en otra red
# A handle whose platform another column gives, or a link that tells it.
roster-field-handle = Usuario o enlace al perfil
roster-field-platform = Plataforma
roster-field-followers = Seguidores
roster-field-avg_likes = Media de me gusta
roster-field-avg_comments = Media de comentarios
roster-field-avg_shares = Media de compartidos
roster-field-engagement_rate = Tasa de interacción
roster-field-niches = Nichos
roster-field-city = Ciudad
roster-field-email = Correo
roster-field-phone = Teléfono
roster-field-rate = Tarifa por publicación
roster-field-currency = Moneda
roster-field-open_to_gifting = Acepta regalos
roster-field-status = Estado
roster-field-notes = Notas

## Column headers and yes/no words of the roster's CSV export; the import recognises them in every language.

roster-csv-name = Nombre
roster-csv-instagram-followers = Seguidores en Instagram
roster-csv-tiktok-followers = Seguidores en TikTok
roster-csv-youtube-followers = Seguidores en YouTube
roster-csv-other-followers = Seguidores en otra red
roster-csv-total-followers = Total de seguidores
roster-csv-tier = Nivel
roster-csv-engagement-rate = Tasa de interacción
roster-csv-avg-likes = Media de me gusta
roster-csv-avg-comments = Media de comentarios
roster-csv-avg-shares = Media de compartidos
roster-csv-niches = Nichos
roster-csv-city = Ciudad
roster-csv-email = Correo
roster-csv-phone = Teléfono
roster-csv-rate = Tarifa
roster-csv-currency = Moneda
roster-csv-open-to-gifting = Acepta regalos
roster-csv-status = Estado
roster-csv-notes = Notas
roster-csv-created = Creado
roster-csv-updated = Actualizado
# The cells of the "Open to gifting" column.
roster-csv-yes = sí
roster-csv-no = no

## Importing: rows that are not creators, and cells that could not be read.

# A row left out of an import because its first cell says Total (or Sum…).
roster-import-ignored-total = Es una fila de total, no un creador.
# A row left out because it has neither a name nor a handle.
roster-import-ignored-nobody = Sin nombre ni usuario, así que no es un creador.
# A creator imported with one cell left empty. $field: the field (Rate, Email…); $text: what the cell said.
roster-import-cell-dropped = No se ha podido leer el campo { $field } («{ $text }»); se ha dejado vacío y el texto se ha guardado en las notas.
# The line added to the creator's notes for such a cell, and for a rate range ("150-200").
roster-import-kept-in-notes = { $field } en la hoja de cálculo: { $text }
# The field name used for a handle cell that could not be read.
roster-import-label-handle = Usuario
# The menu that chooses which row of the sheet holds the column names.
roster-import-header-row = Fila de encabezado
# A choice in that menu. $line: the row's line; $cells: its first cells.
roster-import-header-option = Línea { $line }: { $cells }
# The menu that chooses a workbook's sheet.
roster-import-sheet = Hoja
# Badges beside the counts of new and already known creators.
roster-import-warnings = { $count } con una celda en las notas
roster-import-ignored =
    { $count ->
        [one] { $count } no es un creador
       *[other] { $count } no son creadores
    }
# Headings of the lists of those rows.
roster-import-warned-title = Filas importadas, con una celda guardada en las notas
roster-import-ignored-title = Filas omitidas: no son creadores
