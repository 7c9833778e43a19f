## Languages, in Settings and on the welcome screen.

settings-language = Taal
# The first choice of the app's language: follow the system's, named in brackets.
settings-language-system = Taal van het systeem ({ $name })
settings-writes-in = Briefings en berichten aan creators
settings-writes-in-hint = Een creator met een eigen taal krijgt alles in die taal.

## The Settings screen.

settings-title = Instellingen
# Button at the top of Settings; saves the brand profile and documents cards.
settings-save = Opslaan
# Toast after saving.
settings-saved = Instellingen opgeslagen.
settings-brand-profile = Winkelprofiel
settings-brand-profile-hint = Elke briefing toont de naam, het logo, de kleur en de contactgegevens van je winkel.
settings-shop-name = Winkelnaam
# Placeholder in the shop's Instagram field: an example handle.
settings-instagram-placeholder = @jouwwinkel
settings-website = Website
# Placeholder in the website field: an example address.
settings-website-placeholder = www.jouwwinkel.nl
settings-address = Adres
settings-contact-name = Contactpersoon
settings-contact-email = E-mail contactpersoon
# The shop's colour on briefs; label of the colour picker.
settings-accent-colour = Accentkleur
settings-logo = Logo
# Alternative text of the shop's logo image.
settings-logo-alt = Logo van de winkel
settings-no-logo = Geen logo
# Button: opens a file picker for the logo.
settings-logo-choose = Kiezen…
# Button: removes the logo.
settings-logo-remove = Verwijderen
# Card about the PDFs the app makes.
settings-documents = Documenten
settings-page-size = Papierformaat
# The North American paper size (8.5 × 11 in), beside A4.
settings-page-letter = US Letter
# Label of the choice of date style; the choices are example dates.
settings-dates = Datums
settings-currency = Valuta
settings-appearance = Weergave
settings-theme = Thema
settings-theme-system = Zoals het systeem
settings-theme-light = Licht
settings-theme-dark = Donker
settings-text-size = Tekstgrootte
settings-text-normal = Normaal (100 %)
settings-text-large = Groot (125 %)
settings-text-larger = Groter (150 %)
settings-your-data = Je gegevens
# Followed by the path of the database file.
settings-data-file = Alles staat in één bestand op deze computer:
# Button: opens the file manager on the data folder.
settings-show-in-folder = In map tonen
settings-backups = Back-ups

## The list of backups (in Settings, and on the screen shown when the data file is damaged).

settings-no-backups = Nog geen back-ups.
# Shown beside a backup taken just before restoring another one.
settings-backup-before-restore = Vóór terugzetten
# Shown beside a backup taken just before the app updated its data file.
settings-backup-before-update = Vóór een update
# The size of a backup file; $size is a number of kilobytes, already formatted.
settings-backup-size = { $size } KB
# $folder is the path of the backups folder.
settings-backups-kept = Bewaard in { $folder }: één bij elke start van Shoutout en één per dag, van de afgelopen 7 dagen en 4 weken. Kopieën van vóór het terugzetten of een update blijven 90 dagen bewaard.
settings-back-up-now = Nu een back-up maken
# Toast; $size is a number of kilobytes, already formatted.
settings-backed-up = Back-up gemaakt ({ $size } KB).
# Toast; $when is the date and time the backup was taken, already formatted.
settings-restored = Back-up van { $when } teruggezet.
# Button beside each backup; opens a confirmation.
settings-restore-dots = Terugzetten…
settings-restore-title = Deze back-up terugzetten?
# $when is the date and time the backup was taken, already formatted.
settings-restore-goes-back = Shoutout gaat terug naar hoe het was op { $when }.
settings-restore-safety = Eerst wordt er een back-up gemaakt van wat je nu hebt, zodat je via deze lijst altijd terug kunt.
settings-cancel = Annuleren
# Button: confirms the restore.
settings-restore = Terugzetten
settings-restore-empty-title = Een lege back-up terugzetten?
# $when is the date and time the backup was taken, already formatted.
settings-restore-empty-holds = De back-up van { $when } bevat geen creators, briefings, samenwerkingen of winkelgegevens.
settings-restore-empty-safety = Terugzetten maakt Shoutout leeg. Eerst wordt er een back-up gemaakt van wat je nu hebt.
# Button: restores a backup that holds no data, after the warning.
settings-restore-empty = Lege back-up terugzetten

## The welcome screen, shown once on the first start.

settings-welcome-title = Welkom bij Shoutout
settings-welcome-lead = Beantwoord een paar korte vragen en je creatorlijst staat klaar. Je kunt alles later wijzigen in Instellingen.
settings-welcome-shop = Naam van je winkel
# Placeholder: an example shop name (a made-up cafe; may be adapted).
settings-welcome-shop-placeholder = bijv. Café Lumière
# Label of the shop's email; followed by settings-welcome-email-note in smaller type.
settings-welcome-email = E-mailadres waarop creators kunnen reageren
settings-welcome-email-note = (staat op elke briefing)
# Placeholder: an example email address matching the example shop name.
settings-welcome-email-placeholder = bijv. hallo@cafelumiere.nl
settings-welcome-currency = Valuta voor samenwerkingen en cadeaus
settings-welcome-paper = Papierformaat voor briefings
# Under "US Letter" on the paper choice.
settings-page-letter-size = 8,5 × 11 inch
# The button that finishes the welcome screen.
settings-welcome-start = Aan de slag met Shoutout
