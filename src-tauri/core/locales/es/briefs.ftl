## La página del brief, tal como la muestran el PDF y la vista previa, en el idioma del creador.

pdf-kicker = Brief para creadores
pdf-for-handle = Para { $name } ({ $handle })  ·  { $date }
pdf-for = Para { $name }  ·  { $date }
pdf-prepared = Preparado el { $date }
pdf-your-shop = Tu tienda
pdf-summary = Resumen
pdf-goals = Objetivos
pdf-target-group = Público objetivo
pdf-deliverables = Contenidos
pdf-messaging = Mensajes clave
pdf-code = Tu código de descuento
pdf-disclosure = Cómo indicar la colaboración
pdf-compensation = Contraprestación
pdf-timeline = Calendario
pdf-do = Qué hacer
pdf-dont = Qué evitar
pdf-dos-donts = Qué hacer y qué evitar
pdf-questions = ¿Dudas? { $contact }
# A timeline step set for a week rather than a day: "Week 49 · 30 Nov".
pdf-week = Semana { $week } · { $monday }
# The PDF's title in a reader's document properties.
pdf-title-for = Brief para { $name }: { $campaign }
pdf-title = Brief para creadores: { $campaign }
# Printed when the brief names no way of disclosing: creators must always be told.
pdf-default-disclosure = #publi o #publicidad al principio de la descripción

## The list of briefs (Briefs screen).

briefs-title = Briefs
briefs-subtitle = Una página por creador: qué crear, qué decir y cuándo.
# Button.
briefs-new = + Nuevo brief
briefs-search-placeholder = Buscar campañas…
briefs-search = Buscar briefs
# Tabs above the list.
briefs-tab-active = Activos
briefs-tab-archived = Archivados
briefs-none-archived = No hay briefs archivados.
# $search is what was typed in the search box.
briefs-none-match = Ningún brief coincide con «{ $search }».
briefs-empty-title = Escribe tu primer brief
briefs-empty-text = Describe la campaña una sola vez y añade a los creadores a los que va dirigida: Shoutout prepara para cada uno un PDF de una página con su propio código de descuento.
# Button.
briefs-empty-action = Escribir un brief
# Under a brief in the list: how many creators it goes to, and when it was last changed ($date is already formatted).
briefs-item-meta = { $count ->
    [one] { $count } creador
   *[other] { $count } creadores
} · actualizado el { $date }
# Button: makes a copy of the brief to start a new one from.
briefs-use-as-template = Usar como plantilla
# Buttons.
briefs-archive = Archivar
briefs-restore = Restaurar
# Toasts. $campaign is the brief's campaign name.
briefs-duplicated = Se ha creado «{ $campaign }».
briefs-archived = Se ha archivado «{ $campaign }».
briefs-restored = Se ha restaurado «{ $campaign }».

## The brief editor: its fields.

briefs-back = ← Todos los briefs
briefs-new-title = Nuevo brief
briefs-edit-title = Editar brief
# Button, for a brief already saved.
briefs-save = Guardar
# Button, for a brief not saved yet.
briefs-create = Crear brief
briefs-campaign = Nombre de la campaña
briefs-summary = Resumen
# Under the summary. The words in braces are placeholders the app fills in for each creator: keep them exactly as they are.
briefs-placeholders-hint = Variables: { "{first_name}" }, { "{name}" }, { "{handle}" }, { "{code}" } (el código de descuento propio de cada creador), { "{shop}" }. En las listas, un elemento por línea.
# Field labels and, below each, the greyed example shown in the empty field.
briefs-goals = Objetivos
briefs-goals-hint = Qué debe conseguir la campaña
briefs-target-group = Público objetivo
briefs-target-group-hint = A quién va dirigida
briefs-deliverables = Contenidos
briefs-deliverables-hint = p. ej., 1 reel, 30–60 s
briefs-messaging = Mensajes clave
# Keep { "{code}" } as it is: it is a placeholder.
briefs-messaging-hint = Código { "{code}" }, etiquetas, hashtags, @usuario
briefs-dos = Qué hacer (opcional)
briefs-donts = Qué evitar (opcional)
briefs-disclosure = Cómo indicar la colaboración
briefs-contact = Contacto para dudas
briefs-contact-placeholder = Tu correo de Ajustes
briefs-no-contact = Los creadores no tendrán forma de contactarte: añade aquí un contacto o tu correo en Ajustes.
briefs-compensation = Contraprestación
briefs-compensation-placeholder = Regalo, tarifa, comisión: en palabras y en cifras
# Toasts.
briefs-saved = Brief guardado.
# $reason is the backend's explanation of what is wrong.
briefs-not-saved-yet = Aún no se ha podido guardar el brief: { $reason }

## The brief editor: its timeline.

briefs-timeline = Calendario
# After a label, in smaller grey text.
briefs-optional = (opcional)
briefs-step = Paso
briefs-step-name = Nombre del paso
briefs-date-or-week = Fecha o semana
briefs-date = Fecha
briefs-week = Semana
briefs-remove-step = Quitar paso
briefs-step-undated-date = No aparecerá en la página hasta que tenga fecha.
briefs-step-undated-week = No aparecerá en la página hasta que tenga semana.
# The usual steps, offered as "+ …" buttons; the chosen one becomes the step's name on the brief.
briefs-step-concepts = Entrega de ideas
briefs-step-drafts = Entrega de borradores
briefs-step-posting = Publicación
# Button.
briefs-add-step = + Otro paso

## The brief editor: the creators it goes to.

briefs-creators = Creadores
# $name is the creator's name.
briefs-code-for = Código de descuento de { $name }
# Button: opens an email with the brief's PDF to attach.
briefs-email = Correo
briefs-email-title = Abrir un borrador de correo para este creador
# Button: starts recording a deal with this creator.
briefs-deal = Colaboración
briefs-deal-title = Registrar la colaboración con este creador: qué das, qué publica y qué aporta
briefs-remove-creator = Quitar a { $name }
# Search box for adding a creator to the brief.
briefs-add-creator = Añadir por nombre o usuario
# Button.
briefs-export-all = Exportar los PDF de todos los creadores…
# After exporting: $count PDFs written to the folder $folder.
briefs-batch-saved = { $count ->
    [one] Se ha guardado { $count } brief en { $folder }.
   *[other] Se han guardado { $count } briefs en { $folder }.
}
# Toasts. $name is the creator's name, $code their discount code, $file the PDF's file name.
briefs-added = Se ha añadido a { $name }.
briefs-added-with-code = Se ha añadido a { $name } con el código { $code }.
briefs-in-roster-now = { $name } ya está en tu lista de creadores; cuando guardes el brief, añádelo desde la búsqueda.
briefs-pdf-saved = Se ha guardado { $file }.
# $address is the creator's email address.
briefs-email-opened = Se ha abierto un correo para { $address }. Tienes el PDF en su carpeta para adjuntarlo.
briefs-email-opened-no-address = Se ha abierto un correo para el creador. Tienes el PDF en su carpeta para adjuntarlo.

## Adding a creator who is not in the roster yet, from the brief.

briefs-new-creator = Nuevo creador (se añade a la lista de creadores y a este brief)
briefs-new-creator-name = Nombre
briefs-new-creator-handle = @usuario o enlace al perfil
briefs-new-creator-email = Correo
briefs-new-creator-followers = Seguidores
# Example of a follower count, in the field while it is empty.
briefs-new-creator-followers-placeholder = p. ej., 4,2K
briefs-cancel = Cancelar
# Button.
briefs-new-creator-add = Añadir al brief

## The preview beside the editor.

briefs-preview = Vista previa
# Before the menu choosing which creator the page is shown for.
briefs-preview-for = Vista previa para
# In that menu: the page with the placeholders not filled in.
briefs-preview-placeholders = — variables —
briefs-preview-alt = El brief tal como se imprimirá
briefs-preview-empty = Ponle nombre a la campaña para ver la página.

## When no email program opened: the email to copy by hand.

briefs-unsent-title = Envía este correo desde tu cuenta
briefs-unsent-lead = No se ha abierto ningún programa de correo en este ordenador. Copia el mensaje en el correo que uses (también sirve el correo web) y adjunta el PDF: ya tienes abierta su carpeta.
# Labels of the email's parts.
briefs-unsent-to = Para
briefs-unsent-subject = Asunto
briefs-unsent-message = Mensaje
briefs-unsent-attachment = Adjunto
# Buttons.
briefs-copy = Copiar
briefs-copy-message = Copiar el mensaje
briefs-show-pdf = Mostrar el PDF
briefs-done = Listo
# Toasts after copying.
briefs-copied-address = Dirección copiada.
briefs-copied-subject = Asunto copiado.
briefs-copied-message = Mensaje copiado.

## The email that goes with a brief, in the creator's language. $campaign is the campaign's name, $shop the shop's.

briefs-email-subject = { $campaign }: tu brief de { $shop }
# The subject when the shop has no name yet.
briefs-email-subject-no-shop = { $campaign }: tu brief
# $first is the creator's first name.
briefs-email-greeting = Hola, { $first }:
# $file is the attached PDF's name, $code the creator's discount code.
briefs-email-thanks = ¡Gracias por colaborar con nosotros en { $campaign }! Te adjuntamos tu brief de una página ({ $file }) con todo en un mismo sitio: lo que nos encantaría ver, las fechas y tu código personal { $code }.
briefs-email-questions = Si tienes cualquier duda, responde a este correo.
# Above the name of who signs.
briefs-email-sign-off = Un saludo,
# Who signs when neither the owner's nor the shop's name is set.
briefs-email-team = El equipo

## What a placeholder shows on a brief that is not for one creator.

briefs-stand-in-first-name = [nombre]
briefs-stand-in-name = [nombre completo]
briefs-stand-in-handle = [@usuario]
briefs-stand-in-code = [CÓDIGO]
