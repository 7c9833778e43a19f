settings-language = Langue
settings-language-system = Celle du système ({ $name })
settings-writes-in = Briefs et messages aux créateurs
settings-writes-in-hint = Un créateur dont la langue est indiquée les reçoit dans sa langue.

## The Settings screen.

settings-title = Réglages
# Button at the top of Settings; saves the brand profile and documents cards.
settings-save = Enregistrer
# Toast after saving.
settings-saved = Réglages enregistrés.
settings-brand-profile = Profil de la boutique
settings-brand-profile-hint = Chaque brief affiche le nom, le logo, la couleur et les coordonnées de votre boutique.
settings-shop-name = Nom de la boutique
# Placeholder in the shop's Instagram field: an example handle.
settings-instagram-placeholder = @votreboutique
settings-website = Site web
# Placeholder in the website field: an example address.
settings-website-placeholder = www.votreboutique.fr
settings-address = Adresse
settings-contact-name = Nom du contact
settings-contact-email = E-mail du contact
# The shop's colour on briefs; label of the colour picker.
settings-accent-colour = Couleur d’accent
settings-logo = Logo
# Alternative text of the shop's logo image.
settings-logo-alt = Logo de la boutique
settings-no-logo = Aucun logo
# Button: opens a file picker for the logo.
settings-logo-choose = Choisir…
# Button: removes the logo.
settings-logo-remove = Retirer
# Card about the PDFs the app makes.
settings-documents = Documents
settings-page-size = Format de page
# The North American paper size (8.5 × 11 in), beside A4.
settings-page-letter = Lettre US
# Label of the choice of date style; the choices are example dates.
settings-dates = Dates
settings-currency = Devise
settings-appearance = Apparence
settings-theme = Thème
settings-theme-system = Comme le système
settings-theme-light = Clair
settings-theme-dark = Sombre
settings-text-size = Taille du texte
settings-text-normal = Normale (100 %)
settings-text-large = Grande (125 %)
settings-text-larger = Plus grande (150 %)
settings-your-data = Vos données
# Followed by the path of the database file.
settings-data-file = Tout est conservé dans un seul fichier sur cet ordinateur :
# Button: opens the file manager on the data folder.
settings-show-in-folder = Afficher dans le dossier
settings-backups = Sauvegardes

## The list of backups (in Settings, and on the screen shown when the data file is damaged).

settings-no-backups = Aucune sauvegarde pour l’instant.
# Shown beside a backup taken just before restoring another one.
settings-backup-before-restore = Avant une restauration
# Shown beside a backup taken just before the app updated its data file.
settings-backup-before-update = Avant une mise à jour
# The size of a backup file; $size is a number of kilobytes, already formatted.
settings-backup-size = { $size } Ko
# $folder is the path of the backups folder.
settings-backups-kept = Conservées dans { $folder } : une à chaque lancement de Shoutout et une par jour, pour les 7 derniers jours et les 4 dernières semaines. Les copies faites avant une restauration ou une mise à jour sont gardées 90 jours.
settings-back-up-now = Sauvegarder maintenant
# Toast; $size is a number of kilobytes, already formatted.
settings-backed-up = Sauvegarde effectuée ({ $size } Ko).
# Toast; $when is the date and time the backup was taken, already formatted.
settings-restored = Sauvegarde du { $when } restaurée.
# Button beside each backup; opens a confirmation.
settings-restore-dots = Restaurer…
settings-restore-title = Restaurer cette sauvegarde ?
# $when is the date and time the backup was taken, already formatted.
settings-restore-goes-back = Shoutout reviendra à son état du { $when }.
settings-restore-safety = Vos données actuelles sont d’abord sauvegardées : vous pourrez y revenir depuis cette liste.
settings-cancel = Annuler
# Button: confirms the restore.
settings-restore = Restaurer
settings-restore-empty-title = Restaurer une sauvegarde vide ?
# $when is the date and time the backup was taken, already formatted.
settings-restore-empty-holds = La sauvegarde du { $when } ne contient ni créateurs, ni briefs, ni collaborations, ni coordonnées de boutique.
settings-restore-empty-safety = La restaurer videra Shoutout. Vos données actuelles sont d’abord sauvegardées.
# Button: restores a backup that holds no data, after the warning.
settings-restore-empty = Restaurer la sauvegarde vide

## The welcome screen, shown once on the first start.

settings-welcome-title = Bienvenue dans Shoutout
settings-welcome-lead = Quelques réponses rapides et votre répertoire de créateurs est prêt. Vous pourrez les modifier à tout moment dans les Réglages.
settings-welcome-shop = Nom de votre boutique
# Placeholder: an example shop name (a made-up cafe; may be adapted).
settings-welcome-shop-placeholder = ex. : Café Lumière
# Label of the shop's email; followed by settings-welcome-email-note in smaller type.
settings-welcome-email = E-mail où les créateurs peuvent vous répondre
settings-welcome-email-note = (figure sur chaque brief)
# Placeholder: an example email address matching the example shop name.
settings-welcome-email-placeholder = ex. : bonjour@cafelumiere.fr
settings-welcome-currency = Devise des collaborations et cadeaux
settings-welcome-paper = Format de papier des briefs
# Under "US Letter" on the paper choice.
settings-page-letter-size = 8,5 × 11 po
# The button that finishes the welcome screen.
settings-welcome-start = Commencer avec Shoutout
