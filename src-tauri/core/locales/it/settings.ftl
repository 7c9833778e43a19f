## Languages, in Settings and on the welcome screen.

settings-language = Lingua
# The first choice of the app's language: follow the system's, named in brackets.
settings-language-system = Come il sistema ({ $name })
settings-writes-in = Brief e messaggi ai creator
settings-writes-in-hint = Se un creator ha una lingua impostata nel suo profilo, li riceve in quella lingua.

## The Settings screen.

settings-title = Impostazioni
# Button at the top of Settings; saves the brand profile and documents cards.
settings-save = Salva
# Toast after saving.
settings-saved = Impostazioni salvate.
settings-brand-profile = Profilo del negozio
settings-brand-profile-hint = Ogni brief mostra nome, logo, colore e contatti del tuo negozio.
settings-shop-name = Nome del negozio
# Placeholder in the shop's Instagram field: an example handle.
settings-instagram-placeholder = @iltuonegozio
settings-website = Sito web
# Placeholder in the website field: an example address.
settings-website-placeholder = www.iltuonegozio.it
settings-address = Indirizzo
settings-contact-name = Referente
settings-contact-email = Email del referente
# The shop's colour on briefs; label of the colour picker.
settings-accent-colour = Colore principale
settings-logo = Logo
# Alternative text of the shop's logo image.
settings-logo-alt = Logo del negozio
settings-no-logo = Nessun logo
# Button: opens a file picker for the logo.
settings-logo-choose = Scegli…
# Button: removes the logo.
settings-logo-remove = Rimuovi
# Card about the PDFs the app makes.
settings-documents = Documenti
settings-page-size = Formato pagina
# The North American paper size (8.5 × 11 in), beside A4.
settings-page-letter = Letter USA
# Label of the choice of date style; the choices are example dates.
settings-dates = Date
settings-currency = Valuta
settings-appearance = Aspetto
settings-theme = Tema
settings-theme-system = Come il sistema
settings-theme-light = Chiaro
settings-theme-dark = Scuro
settings-text-size = Dimensione del testo
settings-text-normal = Normale (100 %)
settings-text-large = Grande (125 %)
settings-text-larger = Più grande (150 %)
settings-your-data = I tuoi dati
# Followed by the path of the database file.
settings-data-file = Tutto è conservato in un unico file su questo computer:
# Button: opens the file manager on the data folder.
settings-show-in-folder = Mostra nella cartella
settings-backups = Backup

## The list of backups (in Settings, and on the screen shown when the data file is damaged).

settings-no-backups = Ancora nessun backup.
# Shown beside a backup taken just before restoring another one.
settings-backup-before-restore = Prima di un ripristino
# Shown beside a backup taken just before the app updated its data file.
settings-backup-before-update = Prima di un aggiornamento
# The size of a backup file; $size is a number of kilobytes, already formatted.
settings-backup-size = { $size } KB
# $folder is the path of the backups folder.
settings-backups-kept = Si trovano in { $folder }: Shoutout ne crea uno a ogni avvio e uno al giorno, e conserva quelli degli ultimi 7 giorni e delle ultime 4 settimane. Le copie fatte prima di un ripristino o di un aggiornamento restano per 90 giorni.
settings-back-up-now = Esegui backup ora
# Toast; $size is a number of kilobytes, already formatted.
settings-backed-up = Backup eseguito ({ $size } KB).
# Toast; $when is the date and time the backup was taken, already formatted.
settings-restored = Backup del { $when } ripristinato.
# Button beside each backup; opens a confirmation.
settings-restore-dots = Ripristina…
settings-restore-title = Ripristinare questo backup?
# $when is the date and time the backup was taken, already formatted.
settings-restore-goes-back = Shoutout tornerà com’era il { $when }.
settings-restore-safety = Prima viene fatto un backup di ciò che hai ora, così potrai tornarci da questo elenco.
settings-cancel = Annulla
# Button: confirms the restore.
settings-restore = Ripristina
settings-restore-empty-title = Ripristinare un backup vuoto?
# $when is the date and time the backup was taken, already formatted.
settings-restore-empty-holds = Il backup del { $when } non contiene creator, brief, collaborazioni né dati del negozio.
settings-restore-empty-safety = Ripristinarlo svuota Shoutout. Prima viene fatto un backup di ciò che hai ora.
# Button: restores a backup that holds no data, after the warning.
settings-restore-empty = Ripristina il backup vuoto

## The welcome screen, shown once on the first start.

settings-welcome-title = Ti diamo il benvenuto in Shoutout
settings-welcome-lead = Bastano poche risposte e il tuo elenco dei creator è pronto. Puoi cambiarle quando vuoi nelle Impostazioni.
settings-welcome-shop = Nome del tuo negozio
# Placeholder: an example shop name (a made-up cafe; may be adapted).
settings-welcome-shop-placeholder = es. Caffè Aurora
# Label of the shop's email; followed by settings-welcome-email-note in smaller type.
settings-welcome-email = Email a cui i creator possono rispondere
settings-welcome-email-note = (compare su ogni brief)
# Placeholder: an example email address matching the example shop name.
settings-welcome-email-placeholder = es. ciao@caffeaurora.it
settings-welcome-currency = Valuta per collaborazioni e regali
settings-welcome-paper = Formato carta dei brief
# Under "US Letter" on the paper choice.
settings-page-letter-size = 8,5 × 11 pollici
# The button that finishes the welcome screen.
settings-welcome-start = Inizia a usare Shoutout
