## Languages, in Settings and on the welcome screen.

settings-language = Idioma
# The first choice of the app's language: follow the system's, named in brackets.
settings-language-system = El del sistema ({ $name })
settings-writes-in = Briefs y mensajes a creadores
settings-writes-in-hint = Un creador con idioma propio los recibe en el suyo.

## The Settings screen.

settings-title = Ajustes
# Button at the top of Settings; saves the brand profile and documents cards.
settings-save = Guardar
# Toast after saving.
settings-saved = Ajustes guardados.
settings-brand-profile = Perfil de la tienda
settings-brand-profile-hint = Cada brief muestra el nombre, el logo, el color y los datos de contacto de tu tienda.
settings-shop-name = Nombre de la tienda
# Placeholder in the shop's Instagram field: an example handle.
settings-instagram-placeholder = @tutienda
settings-website = Sitio web
# Placeholder in the website field: an example address.
settings-website-placeholder = www.tutienda.es
settings-address = Dirección
settings-contact-name = Persona de contacto
settings-contact-email = Correo de contacto
# The shop's colour on briefs; label of the colour picker.
settings-accent-colour = Color de la marca
settings-logo = Logo
# Alternative text of the shop's logo image.
settings-logo-alt = Logo de la tienda
settings-no-logo = Sin logo
# Button: opens a file picker for the logo.
settings-logo-choose = Elegir…
# Button: removes the logo.
settings-logo-remove = Quitar
# Card about the PDFs the app makes.
settings-documents = Documentos
settings-page-size = Tamaño de página
# The North American paper size (8.5 × 11 in), beside A4.
settings-page-letter = Carta (EE. UU.)
# Label of the choice of date style; the choices are example dates.
settings-dates = Fechas
settings-currency = Moneda
settings-appearance = Aspecto
settings-theme = Tema
settings-theme-system = El del sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-text-size = Tamaño del texto
settings-text-normal = Normal (100 %)
settings-text-large = Grande (125 %)
settings-text-larger = Más grande (150 %)
settings-your-data = Tus datos
# Followed by the path of the database file.
settings-data-file = Todo se guarda en un solo archivo en este ordenador:
# Button: opens the file manager on the data folder.
settings-show-in-folder = Mostrar en la carpeta
settings-backups = Copias de seguridad

## The list of backups (in Settings, and on the screen shown when the data file is damaged).

settings-no-backups = Aún no hay copias de seguridad.
# Shown beside a backup taken just before restoring another one.
settings-backup-before-restore = Antes de restaurar
# Shown beside a backup taken just before the app updated its data file.
settings-backup-before-update = Antes de actualizar
# The size of a backup file; $size is a number of kilobytes, already formatted.
settings-backup-size = { $size } KB
# $folder is the path of the backups folder.
settings-backups-kept = Se guardan en { $folder }: se hace una al abrir Shoutout (como máximo una al día) y se conservan las de los últimos 7 días y una por semana de las 4 semanas anteriores. Las copias hechas antes de restaurar o actualizar se conservan 90 días.
settings-back-up-now = Hacer copia ahora
# Toast; $size is a number of kilobytes, already formatted.
settings-backed-up = Copia de seguridad hecha ({ $size } KB).
# Toast; $when is the date and time the backup was taken, already formatted.
settings-restored = Se ha restaurado la copia del { $when }.
# Button beside each backup; opens a confirmation.
settings-restore-dots = Restaurar…
settings-restore-title = ¿Restaurar esta copia?
# $when is the date and time the backup was taken, already formatted.
settings-restore-goes-back = Shoutout volverá a estar como el { $when }.
settings-restore-safety = Antes se hará una copia de lo que tienes ahora, para que puedas volver a ello desde esta lista.
settings-cancel = Cancelar
# Button: confirms the restore.
settings-restore = Restaurar
settings-restore-empty-title = ¿Restaurar una copia vacía?
# $when is the date and time the backup was taken, already formatted.
settings-restore-empty-holds = La copia del { $when } no contiene creadores, briefs, colaboraciones ni datos de la tienda.
settings-restore-empty-safety = Si la restauras, Shoutout se quedará vacío. Antes se hará una copia de lo que tienes ahora.
# Button: restores a backup that holds no data, after the warning.
settings-restore-empty = Restaurar la copia vacía

## The welcome screen, shown once on the first start.

settings-welcome-title = Te damos la bienvenida a Shoutout
settings-welcome-lead = Responde a unas preguntas rápidas y tu lista de creadores estará preparada. Puedes cambiar las respuestas cuando quieras en Ajustes.
settings-welcome-shop = Nombre de tu tienda
# Placeholder: an example shop name (a made-up cafe; may be adapted).
settings-welcome-shop-placeholder = p. ej., Café Lumière
# Label of the shop's email; followed by settings-welcome-email-note in smaller type.
settings-welcome-email = Correo al que pueden responder los creadores
settings-welcome-email-note = (aparece en cada brief)
# Placeholder: an example email address matching the example shop name.
settings-welcome-email-placeholder = p. ej., hola@cafelumiere.es
settings-welcome-currency = Moneda para colaboraciones y regalos
settings-welcome-paper = Tamaño de papel de los briefs
# Under "US Letter" on the paper choice.
settings-page-letter-size = 8,5 × 11 pulg.
# The button that finishes the welcome screen.
settings-welcome-start = Empezar a usar Shoutout
