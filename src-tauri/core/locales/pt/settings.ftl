## Languages, in Settings and on the welcome screen.

settings-language = Idioma
# The first choice of the app's language: follow the system's, named in brackets.
settings-language-system = Igual ao sistema ({ $name })
settings-writes-in = Briefings e mensagens aos criadores
settings-writes-in-hint = Os criadores com um idioma definido recebem-nos nesse idioma.

## The Settings screen.

settings-title = Definições
# Button at the top of Settings; saves the brand profile and documents cards.
settings-save = Guardar definições
# Toast after saving.
settings-saved = Definições guardadas.
settings-brand-profile = Perfil da loja
settings-brand-profile-hint = Cada briefing mostra o nome, o logótipo, a cor e os contactos da sua loja.
settings-shop-name = Nome da loja
# Placeholder in the shop's Instagram field: an example handle.
settings-instagram-placeholder = @asualoja
settings-website = Site
# Placeholder in the website field: an example address.
settings-website-placeholder = www.asualoja.pt
settings-address = Morada
settings-contact-name = Pessoa de contacto
settings-contact-email = Email de contacto
# The shop's colour on briefs; label of the colour picker.
settings-accent-colour = Cor de destaque
settings-logo = Logótipo
# Alternative text of the shop's logo image.
settings-logo-alt = Logótipo da loja
settings-no-logo = Sem logótipo
# Button: opens a file picker for the logo.
settings-logo-choose = Escolher…
# Button: removes the logo.
settings-logo-remove = Remover
# Card about the PDFs the app makes.
settings-documents = Documentos
settings-page-size = Tamanho da página
# The North American paper size (8.5 × 11 in), beside A4.
settings-page-letter = Carta (EUA)
# Label of the choice of date style; the choices are example dates.
settings-dates = Datas
settings-currency = Moeda
settings-appearance = Aspeto
settings-theme = Tema
settings-theme-system = Igual ao sistema
settings-theme-light = Claro
settings-theme-dark = Escuro
settings-text-size = Tamanho do texto
settings-text-normal = Normal (100 %)
settings-text-large = Grande (125 %)
settings-text-larger = Maior (150 %)
settings-your-data = Os seus dados
# Followed by the path of the database file.
settings-data-file = Tudo é guardado num único ficheiro neste computador:
# Button: opens the file manager on the data folder.
settings-show-in-folder = Mostrar na pasta
settings-backups = Cópias de segurança

## The list of backups (in Settings, and on the screen shown when the data file is damaged).

settings-no-backups = Ainda não há cópias de segurança.
# Shown beside a backup taken just before restoring another one.
settings-backup-before-restore = Antes de um restauro
# Shown beside a backup taken just before the app updated its data file.
settings-backup-before-update = Antes de uma atualização
# The size of a backup file; $size is a number of kilobytes, already formatted.
settings-backup-size = { $size } KB
# $folder is the path of the backups folder.
settings-backups-kept = Guardadas em { $folder }: uma sempre que o Shoutout é iniciado e uma por dia, dos últimos 7 dias e das últimas 4 semanas. As cópias feitas antes de um restauro ou de uma atualização são guardadas durante 90 dias.
settings-back-up-now = Fazer cópia agora
# Toast; $size is a number of kilobytes, already formatted.
settings-backed-up = Cópia feita ({ $size } KB).
# Toast; $when is the date and time the backup was taken, already formatted.
settings-restored = Cópia de { $when } restaurada.
# Button beside each backup; opens a confirmation.
settings-restore-dots = Restaurar…
settings-restore-title = Restaurar esta cópia?
# $when is the date and time the backup was taken, already formatted.
settings-restore-goes-back = O Shoutout vai voltar ao estado em que estava em { $when }.
settings-restore-safety = Antes disso, é feita uma cópia do que tem agora, para que possa voltar a ela a partir desta lista.
settings-cancel = Cancelar
# Button: confirms the restore.
settings-restore = Restaurar
settings-restore-empty-title = Restaurar uma cópia vazia?
# $when is the date and time the backup was taken, already formatted.
settings-restore-empty-holds = A cópia de { $when } não contém criadores, briefings, colaborações nem dados da loja.
settings-restore-empty-safety = Se a restaurar, o Shoutout fica vazio. Antes disso, é feita uma cópia do que tem agora.
# Button: restores a backup that holds no data, after the warning.
settings-restore-empty = Restaurar a cópia vazia

## The welcome screen, shown once on the first start.

settings-welcome-title = Boas-vindas ao Shoutout
settings-welcome-lead = Algumas respostas rápidas e a sua lista de criadores fica pronta. Pode alterá-las quando quiser nas Definições.
settings-welcome-shop = Nome da sua loja
# Placeholder: an example shop name (a made-up cafe; may be adapted).
settings-welcome-shop-placeholder = p. ex. Café Lumière
# Label of the shop's email; followed by settings-welcome-email-note in smaller type.
settings-welcome-email = Email a que os criadores podem responder
settings-welcome-email-note = (aparece em cada briefing)
# Placeholder: an example email address matching the example shop name.
settings-welcome-email-placeholder = p. ex. ola@cafelumiere.pt
settings-welcome-currency = Moeda para colaborações e ofertas
settings-welcome-paper = Tamanho do papel dos briefings
# Under "US Letter" on the paper choice.
settings-page-letter-size = 8,5 × 11 pol.
# The button that finishes the welcome screen.
settings-welcome-start = Começar a usar o Shoutout
