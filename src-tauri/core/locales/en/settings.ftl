## Languages, in Settings and on the welcome screen.

settings-language = Language
# The first choice of the app's language: follow the system's, named in brackets.
settings-language-system = Same as the system ({ $name })
settings-writes-in = Briefs and messages to creators
settings-writes-in-hint = A creator with a language of their own gets theirs.

## The Settings screen.

settings-title = Settings
# Button at the top of Settings; saves the brand profile and documents cards.
settings-save = Save settings
# Toast after saving.
settings-saved = Settings saved.
settings-brand-profile = Brand profile
settings-brand-profile-hint = Every brief shows your shop's name, logo, colour and contact details.
settings-shop-name = Shop name
# Placeholder in the shop's Instagram field: an example handle.
settings-instagram-placeholder = @yourshop
settings-website = Website
# Placeholder in the website field: an example address.
settings-website-placeholder = www.yourshop.com
settings-address = Address
settings-contact-name = Contact name
settings-contact-email = Contact email
# The shop's colour on briefs; label of the colour picker.
settings-accent-colour = Accent colour
settings-logo = Logo
# Alternative text of the shop's logo image.
settings-logo-alt = Shop logo
settings-no-logo = No logo
# Button: opens a file picker for the logo.
settings-logo-choose = Choose…
# Button: removes the logo.
settings-logo-remove = Remove
# Card about the PDFs the app makes.
settings-documents = Documents
settings-page-size = Page size
# The North American paper size (8.5 × 11 in), beside A4.
settings-page-letter = US Letter
# Label of the choice of date style; the choices are example dates.
settings-dates = Dates
settings-currency = Currency
settings-appearance = Appearance
settings-theme = Theme
settings-theme-system = Same as the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size = Text size
settings-text-normal = Normal (100 %)
settings-text-large = Large (125 %)
settings-text-larger = Larger (150 %)
settings-your-data = Your data
# Followed by the path of the database file.
settings-data-file = Everything is kept in one file on this computer:
# Button: opens the file manager on the data folder.
settings-show-in-folder = Show in folder
settings-backups = Backups

## The list of backups (in Settings, and on the screen shown when the data file is damaged).

settings-no-backups = No backups yet.
# Shown beside a backup taken just before restoring another one.
settings-backup-before-restore = Before a restore
# Shown beside a backup taken just before the app updated its data file.
settings-backup-before-update = Before an update
# The size of a backup file; $size is a number of kilobytes, already formatted.
settings-backup-size = { $size } KB
# $folder is the path of the backups folder.
settings-backups-kept = Kept in { $folder }: one each time Shoutout starts and one a day, the last 7 days and 4 weeks. The copies taken before a restore or an update are kept for 90 days.
settings-back-up-now = Back up now
# Toast; $size is a number of kilobytes, already formatted.
settings-backed-up = Backed up ({ $size } KB).
# Toast; $when is the date and time the backup was taken, already formatted.
settings-restored = Restored the backup from { $when }.
# Button beside each backup; opens a confirmation.
settings-restore-dots = Restore…
settings-restore-title = Restore this backup?
# $when is the date and time the backup was taken, already formatted.
settings-restore-goes-back = Shoutout will go back to how it was on { $when }.
settings-restore-safety = What you have now is backed up first, so you can come back to it from this list.
settings-cancel = Cancel
# Button: confirms the restore.
settings-restore = Restore
settings-restore-empty-title = Restore an empty backup?
# $when is the date and time the backup was taken, already formatted.
settings-restore-empty-holds = The backup from { $when } holds no creators, briefs, deals or shop details.
settings-restore-empty-safety = Restoring it empties Shoutout. What you have now is backed up first.
# Button: restores a backup that holds no data, after the warning.
settings-restore-empty = Restore the empty backup

## The welcome screen, shown once on the first start.

settings-welcome-title = Welcome to Shoutout
settings-welcome-lead = A few quick answers and your roster is ready. You can change them any time in Settings.
settings-welcome-shop = Your shop's name
# Placeholder: an example shop name (a made-up cafe; may be adapted).
settings-welcome-shop-placeholder = e.g. Café Lumière
# Label of the shop's email; followed by settings-welcome-email-note in smaller type.
settings-welcome-email = Email creators can reply to
settings-welcome-email-note = (goes on every brief)
# Placeholder: an example email address matching the example shop name.
settings-welcome-email-placeholder = e.g. hello@cafelumiere.com
settings-welcome-currency = Currency for deals and gifts
settings-welcome-paper = Paper size for briefs
# Under "US Letter" on the paper choice.
settings-page-letter-size = 8.5 × 11 in
# The button that finishes the welcome screen.
settings-welcome-start = Start using Shoutout
