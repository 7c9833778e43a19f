## Languages, in Settings and on the welcome screen.

settings-language = Sprache
# The first choice of the app's language: follow the system's, named in brackets.
settings-language-system = Systemsprache ({ $name })
settings-writes-in = Briefings und Nachrichten an Creator
settings-writes-in-hint = Ist bei einem Creator eine eigene Sprache hinterlegt, bekommt er alles in dieser Sprache.

## The Settings screen.

settings-title = Einstellungen
# Button at the top of Settings; saves the brand profile and documents cards.
settings-save = Speichern
# Toast after saving.
settings-saved = Einstellungen gespeichert.
settings-brand-profile = Geschäftsprofil
settings-brand-profile-hint = Jedes Briefing zeigt Name, Logo, Farbe und Kontaktdaten deines Geschäfts.
settings-shop-name = Name des Geschäfts
# Placeholder in the shop's Instagram field: an example handle.
settings-instagram-placeholder = @deingeschaeft
settings-website = Website
# Placeholder in the website field: an example address.
settings-website-placeholder = www.deingeschaeft.de
settings-address = Adresse
settings-contact-name = Ansprechperson
settings-contact-email = Kontakt-E-Mail
# The shop's colour on briefs; label of the colour picker.
settings-accent-colour = Akzentfarbe
settings-logo = Logo
# Alternative text of the shop's logo image.
settings-logo-alt = Logo des Geschäfts
settings-no-logo = Kein Logo
# Button: opens a file picker for the logo.
settings-logo-choose = Auswählen…
# Button: removes the logo.
settings-logo-remove = Entfernen
# Card about the PDFs the app makes.
settings-documents = Dokumente
settings-page-size = Seitenformat
# The North American paper size (8.5 × 11 in), beside A4.
settings-page-letter = US-Letter
# Label of the choice of date style; the choices are example dates.
settings-dates = Datumsformat
settings-currency = Währung
settings-appearance = Darstellung
settings-theme = Design
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-text-size = Textgröße
settings-text-normal = Normal (100 %)
settings-text-large = Groß (125 %)
settings-text-larger = Größer (150 %)
settings-your-data = Deine Daten
# Followed by the path of the database file.
settings-data-file = Alles liegt in einer einzigen Datei auf diesem Computer:
# Button: opens the file manager on the data folder.
settings-show-in-folder = Im Ordner anzeigen
settings-backups = Sicherungen

## The list of backups (in Settings, and on the screen shown when the data file is damaged).

settings-no-backups = Noch keine Sicherungen.
# Shown beside a backup taken just before restoring another one.
settings-backup-before-restore = Vor einer Wiederherstellung
# Shown beside a backup taken just before the app updated its data file.
settings-backup-before-update = Vor einem Update
# The size of a backup file; $size is a number of kilobytes, already formatted.
settings-backup-size = { $size } KB
# $folder is the path of the backups folder.
settings-backups-kept = Gespeichert in { $folder }: eine Sicherung bei jedem Start von Shoutout und eine pro Tag; aufbewahrt werden die der letzten 7 Tage und 4 Wochen. Sicherungen, die vor einer Wiederherstellung oder einem Update angelegt wurden, bleiben 90 Tage erhalten.
settings-back-up-now = Jetzt sichern
# Toast; $size is a number of kilobytes, already formatted.
settings-backed-up = Gesichert ({ $size } KB).
# Toast; $when is the date and time the backup was taken, already formatted.
settings-restored = Sicherung vom { $when } wiederhergestellt.
# Button beside each backup; opens a confirmation.
settings-restore-dots = Wiederherstellen…
settings-restore-title = Diese Sicherung wiederherstellen?
# $when is the date and time the backup was taken, already formatted.
settings-restore-goes-back = Shoutout wird auf den Stand vom { $when } zurückgesetzt.
settings-restore-safety = Dein aktueller Stand wird vorher gesichert – über diese Liste kommst du jederzeit zu ihm zurück.
settings-cancel = Abbrechen
# Button: confirms the restore.
settings-restore = Wiederherstellen
settings-restore-empty-title = Leere Sicherung wiederherstellen?
# $when is the date and time the backup was taken, already formatted.
settings-restore-empty-holds = Die Sicherung vom { $when } enthält keine Creator, Briefings, Kooperationen oder Geschäftsdaten.
settings-restore-empty-safety = Beim Wiederherstellen wird Shoutout geleert. Dein aktueller Stand wird vorher gesichert.
# Button: restores a backup that holds no data, after the warning.
settings-restore-empty = Leere Sicherung wiederherstellen

## The welcome screen, shown once on the first start.

settings-welcome-title = Willkommen bei Shoutout
settings-welcome-lead = Ein paar kurze Angaben, und deine Creator-Liste ist bereit. Du kannst alles jederzeit in den Einstellungen ändern.
settings-welcome-shop = Name deines Geschäfts
# Placeholder: an example shop name (a made-up cafe; may be adapted).
settings-welcome-shop-placeholder = z. B. Café Lumière
# Label of the shop's email; followed by settings-welcome-email-note in smaller type.
settings-welcome-email = E-Mail, auf die Creator antworten können
settings-welcome-email-note = (steht auf jedem Briefing)
# Placeholder: an example email address matching the example shop name.
settings-welcome-email-placeholder = z. B. hallo@cafelumiere.de
settings-welcome-currency = Währung für Kooperationen und Geschenke
settings-welcome-paper = Papierformat für Briefings
# Under "US Letter" on the paper choice.
settings-page-letter-size = 8,5 × 11 Zoll
# The button that finishes the welcome screen.
settings-welcome-start = Mit Shoutout loslegen
