## A creator's page and form.

creator-language = Langue
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = Celle de la boutique ({ $name })

## The names of platforms, statuses and tiers, wherever they are shown or written.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Autre
status-prospect = Prospect
status-contacted = Contacté
status-active = Actif
status-paused = En pause
status-do_not_contact = Ne pas contacter
# Creators below 1,000 followers, not yet nano.
tier-starter = Débutant
tier-nano = Nano
tier-micro = Micro
tier-macro = Macro
tier-mega = Méga
tier-range-starter = moins de 1K
tier-range-nano = 1K–10K
tier-range-micro = 10K–100K
tier-range-macro = 100K–1M
tier-range-mega = 1M+

## The roster screen: its title, count and buttons.

# The roster screen, for screen readers.
roster-label = Répertoire de créateurs
roster-title = Créateurs
roster-loading = Chargement…
# Under the title while a search or filter is on. $shown: creators matching; $total: all creators.
roster-count-filtered =
    { $total ->
        [one] { $shown } sur { $total } créateur
       *[other] { $shown } sur { $total } créateurs
    }
# Under the title: how many creators the roster holds.
roster-count =
    { $count ->
        [one] { $count } créateur
       *[other] { $count } créateurs
    }
# Buttons.
roster-import-csv = Importer un tableur
roster-export-csv = Exporter en CSV
roster-add = Ajouter un créateur

## An empty roster: how to start one.

roster-empty-title = Créez votre répertoire de créateurs
roster-empty-text = Gardez au même endroit les créateurs locaux avec qui vous travaillez : leurs identifiants, leur audience, leurs tarifs et leurs coordonnées.
# Buttons.
roster-empty-add = Ajouter un créateur
roster-empty-brief = Rédiger un brief
roster-empty-import = Importer un fichier CSV
roster-empty-sample = Essayer avec des créateurs d’exemple

## Search and filters above the table.

roster-search-label = Rechercher des créateurs
roster-search-placeholder = Noms, identifiants, thématiques, notes…
# Each filter's name (read by screen readers), then its first choice, which filters nothing.
roster-filter-tier = Catégorie
roster-filter-tier-all = Toutes les catégories
roster-filter-platform = Plateforme
roster-filter-platform-all = Toutes les plateformes
roster-filter-niche = Thématique
roster-filter-niche-all = Toutes les thématiques
roster-filter-city = Ville
roster-filter-city-all = Toutes les villes
roster-filter-status = Statut
roster-filter-status-all = Tous les statuts
roster-filter-gifting = Accepte les cadeaux
roster-filter-gifting-any = Cadeaux : indifférent
roster-filter-gifting-yes = Accepte les cadeaux
roster-filter-gifting-no = N’accepte pas les cadeaux
# Before a small box where a percentage is typed, followed by "%".
roster-filter-engagement = Engagement ≥
roster-filter-engagement-label = Taux d’engagement minimum en pourcentage
# A checkbox that shows archived creators too. $count: how many there are.
roster-filter-archived = Archivés ({ $count })
# Button: removes the search and every filter.
roster-filter-clear = Effacer

## The roster table.

# The table, for screen readers.
roster-table = Créateurs
# Column heads (short: the columns are narrow).
roster-column-name = Créateur
roster-column-followers = Abonnés
roster-column-tier = Catégorie
roster-column-engagement = Engagement
roster-column-city = Ville
roster-column-status = Statut
roster-column-gifting = Cadeaux
roster-column-niches = Thématiques
# $search: the words typed in the search box.
roster-no-match-search = Aucun créateur ne correspond à « { $search } ».
roster-no-match-filters = Aucun créateur ne correspond à ces filtres.
# Button.
roster-no-match-clear = Effacer la recherche et les filtres
# Under the total followers of a creator with several accounts. $followers: the largest account's, shortened (8K).
roster-row-largest = max. { $followers }
# Tooltip on the tier. $range: the tier's range, such as "1K–10K".
roster-row-tier-title = { $range } abonnés sur le plus grand compte
# The Gifting column.
roster-row-gifting-yes = Oui
roster-row-gifting-no = Non
# Tooltip on the followers. $count: the total over all the creator's accounts.
roster-followers-note =
    { $count ->
        [one] { $count } abonné
       *[other] { $count } abonnés
    }
# Tooltip on the followers of a creator with several accounts. $total: all accounts together;
# $largest: the largest account's followers; $platform: that account's platform (Instagram).
roster-followers-note-largest =
    { $total ->
        [one] { $total } abonné au total ; la catégorie dépend du plus grand compte : { $largest } sur { $platform }
       *[other] { $total } abonnés au total ; la catégorie dépend du plus grand compte : { $largest } sur { $platform }
    }

## Messages after an action on the roster (shown for a few seconds).

roster-sample-added =
    { $count ->
        [one] { $count } créateur d’exemple ajouté.
       *[other] { $count } créateurs d’exemple ajoutés.
    }
# $path: the file written.
roster-exported =
    { $count ->
        [one] { $count } créateur exporté dans { $path }
       *[other] { $count } créateurs exportés dans { $path }
    }
roster-deleted = Fiche « { $name } » supprimée.
roster-restored = Fiche « { $name } » restaurée.
# Button in the message shown when a creator with deals cannot be deleted.
roster-archive-instead = Archiver à la place
roster-archived = Fiche « { $name } » archivée : ses collaborations sont conservées.
roster-unarchived = { $name } est de retour dans le répertoire.
roster-added = Fiche « { $name } » ajoutée.
roster-saved = Fiche « { $name } » enregistrée.

## The form that adds or edits a creator.

roster-form-add-title = Ajouter un créateur
roster-form-edit-title = Modifier { $name }
roster-form-check = Vérifiez les champs signalés.
roster-form-handles = Identifiants et abonnés
# Beside "Handles and followers": how follower counts can be typed.
roster-form-handles-hint = — abonnés sous la forme 12 500 ou 12,5K
# Placeholders in the handle box: for "Other", then for Instagram, TikTok and YouTube.
roster-form-link-placeholder = Lien vers le profil
roster-form-handle-placeholder = @identifiant ou lien du profil
# For screen readers. $platform: Instagram, TikTok, YouTube or Other.
roster-form-handle-label = Identifiant { $platform }
roster-form-followers-label = Abonnés { $platform }
roster-form-followers-placeholder = Abonnés
roster-form-engagement = Engagement
roster-form-engagement-hint = — moyennes par publication, ou le taux si vous le connaissez
# Short labels over four narrow boxes.
roster-form-avg-likes = J’aime (moy.)
roster-form-avg-comments = Commentaires (moy.)
roster-form-avg-shares = Partages (moy.)
roster-form-rate-percent = Ou taux en %
# Beside "Niches".
roster-form-niches-hint = (séparées par des virgules)
# Example niches, written as a user would type them.
roster-form-niches-placeholder = café, brunch
roster-form-rate-placeholder = ex. : 150
# A checkbox.
roster-form-gifting = Accepte les cadeaux (produit offert contre du contenu)
# Buttons.
roster-form-cancel = Annuler
roster-form-save = Enregistrer
roster-form-add = Ajouter

## A creator's page.

# Button back to the roster.
roster-page-back = ← Tous les créateurs
# Badges beside the name.
roster-page-gifting = Accepte les cadeaux
roster-page-archived = Archivé
# Buttons.
roster-page-edit = Modifier
roster-page-new-deal = Nouvelle collaboration
roster-page-unarchive = Désarchiver
roster-page-archive = Archiver
roster-page-delete = Supprimer
# Under the total followers of a creator with several accounts. $followers: the largest account's; $platform: its platform.
roster-page-largest = au total · catégorie selon le plus grand compte, { $followers } sur { $platform }
roster-page-engagement = Engagement
# Under the engagement rate: how it was found.
roster-page-engagement-computed = d’après les j’aime, commentaires et partages moyens
roster-page-engagement-typed = saisi à la main
roster-page-handles = Identifiants
roster-page-no-handles = Aucun identifiant pour l’instant.
# Where the niches would be.
roster-page-no-niches = Aucune pour l’instant.
roster-page-contact = Contact
roster-page-audience = Audience et historique
# Dates the creator was added and last changed.
roster-page-added = Ajouté
roster-page-updated = Modifié
roster-page-deals = Collaborations
roster-page-no-deals = Aucune collaboration avec { $name } pour l’instant.
# What the creator was given, at retail price; under it, what it cost the shop ($amount).
roster-page-received = Reçu (prix de vente)
roster-page-at-cost = { $amount } au prix coûtant
# Posts the creator still owes.
roster-page-owed = Reste à publier
roster-page-owed-posts =
    { $count ->
        [one] { $count } publication
       *[other] { $count } publications
    }
roster-page-overdue-count = { $count } en retard
roster-page-reach = Portée
roster-page-clicks =
    { $count ->
        [one] { $count } clic
       *[other] { $count } clics
    }
# Discount codes redeemed · customers who came in because of the creator.
roster-page-codes-walk-ins = Codes · passages en boutique
roster-page-revenue = Ventes
# Badge on a deal whose content is late.
roster-page-overdue = En retard
roster-page-feedback = Retours
# Badges: whether the shop would work with the creator again.
roster-page-work-again = À refaire
roster-page-not-again = À ne pas refaire

## Importing creators from a CSV file.

roster-import-title = Importer des créateurs depuis un tableur
roster-import-intro = Choisissez un tableur : un fichier Excel ou LibreOffice (.xlsx, .xls, .ods), ou un fichier CSV enregistré depuis Numbers ou Google Sheets. Vous verrez ce qui sera importé avant toute modification.
# The column names are the headers the app recognises (mostly English ones); the follower counts are examples of what can be read.
roster-import-intro-columns = Les colonnes telles que Nom, Instagram, TikTok, YouTube, Followers, Niche, Ville ou E-mail sont reconnues automatiquement. Les nombres d’abonnés écrits 12,5K, 48 200 ou 1,2M sont bien compris.
# Button.
roster-import-choose = Choisir un tableur…
roster-import-progress = Import en cours… { $done } sur { $total }
# After the file's name: how many rows it has.
roster-import-rows =
    { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
# How the file's columns are separated.
roster-import-delimiter =
    { $delimiter ->
        [semicolon] séparé par des points-virgules
        [tab] séparé par des tabulations
       *[comma] séparé par des virgules
    }
# Badges: rows that are new creators, creators already in the roster, rows that cannot be read.
roster-import-new =
    { $count ->
        [one] { $count } nouveau
       *[other] { $count } nouveaux
    }
roster-import-duplicates = { $count } déjà dans le répertoire
roster-import-problems =
    { $count ->
        [one] { $count } avec un problème
       *[other] { $count } avec des problèmes
    }
roster-import-columns = Colonnes
# A column with no header. $number: its position (1, 2, …).
roster-import-column = Colonne { $number }
# For screen readers: the menu that says which field a column fills. $column: its header.
roster-import-field-for = Champ pour la colonne { $column }
# First choice in each column's menu.
roster-import-skip-column = Ne pas importer
roster-import-already = Déjà dans votre répertoire
# Choices for the creators already in the roster.
roster-import-policy-merge = Les mettre à jour avec les valeurs du fichier
roster-import-policy-skip = Les garder tels quels
# In bold before a row's problem or duplicate. $line: the line in the file.
roster-import-line = Ligne { $line }
# $name: the name in the file; $handle: its handle; $existing: the creator in the roster who has that handle.
roster-import-duplicate = { $name } — { $handle } appartient à { $existing }
# At the end of a shortened list.
roster-import-more = { $count ->
    [one] …et { $count } autre
   *[other] …et { $count } autres
}
roster-import-rejected = Lignes qui ne seront pas importées
# Shown when the import is done, and as a message.
roster-import-added =
    { $count ->
        [one] { $count } nouveau créateur importé.
       *[other] { $count } nouveaux créateurs importés.
    }
# A message when the import is done. $merged: creators already in the roster that were updated.
roster-import-added-updated =
    { $count ->
        [one] { $count } nouveau créateur importé, { $merged } mis à jour.
       *[other] { $count } nouveaux créateurs importés, { $merged } mis à jour.
    }
roster-import-merged =
    { $count ->
        [one] { $count } créateur existant mis à jour.
       *[other] { $count } créateurs existants mis à jour.
    }
roster-import-skipped =
    { $count ->
        [one] { $count } créateur existant laissé tel quel.
       *[other] { $count } créateurs existants laissés tels quels.
    }
roster-import-not-imported =
    { $count ->
        [one] { $count } ligne n’a pas été importée :
       *[other] { $count } lignes n’ont pas été importées :
    }
# Buttons.
roster-import-done = Terminé
roster-import-cancel = Annuler
roster-import-choose-another = Choisir un autre fichier
roster-import-confirm =
    { $count ->
        [one] Importer { $count } créateur
       *[other] Importer { $count } créateurs
    }

## The fields of a creator: in the import's column menus, and as labels on the form and the page.

roster-field-name = Nom
roster-field-instagram = Identifiant Instagram
roster-field-instagram_followers = Abonnés Instagram
roster-field-tiktok = Identifiant TikTok
roster-field-tiktok_followers = Abonnés TikTok
roster-field-youtube = Identifiant YouTube
roster-field-youtube_followers = Abonnés YouTube
roster-field-other_handle = Autre identifiant ou lien
roster-field-other_followers = Abonnés (autre)
# A handle whose platform another column gives, or a link that tells it.
roster-field-handle = Identifiant ou lien du profil
roster-field-platform = Plateforme
roster-field-followers = Abonnés
roster-field-avg_likes = J’aime (moyenne)
roster-field-avg_comments = Commentaires (moyenne)
roster-field-avg_shares = Partages (moyenne)
roster-field-engagement_rate = Taux d’engagement
roster-field-niches = Thématiques
roster-field-city = Ville
roster-field-email = E-mail
roster-field-phone = Téléphone
roster-field-rate = Tarif par publication
roster-field-currency = Devise
roster-field-open_to_gifting = Accepte les cadeaux
roster-field-status = Statut
roster-field-notes = Notes

## Column headers and yes/no words of the roster's CSV export; the import recognises them in every language.

roster-csv-name = Nom
roster-csv-instagram-followers = Abonnés Instagram
roster-csv-tiktok-followers = Abonnés TikTok
roster-csv-youtube-followers = Abonnés YouTube
roster-csv-other-followers = Abonnés (autre)
roster-csv-total-followers = Abonnés (total)
roster-csv-tier = Catégorie
roster-csv-engagement-rate = Taux d’engagement
roster-csv-avg-likes = J’aime (moyenne)
roster-csv-avg-comments = Commentaires (moyenne)
roster-csv-avg-shares = Partages (moyenne)
roster-csv-niches = Thématiques
roster-csv-city = Ville
roster-csv-email = E-mail
roster-csv-phone = Téléphone
roster-csv-rate = Tarif
roster-csv-currency = Devise
roster-csv-open-to-gifting = Accepte les cadeaux
roster-csv-status = Statut
roster-csv-notes = Notes
roster-csv-created = Créé le
roster-csv-updated = Modifié le
# The cells of the "Open to gifting" column.
roster-csv-yes = oui
roster-csv-no = non

## Importing: rows that are not creators, and cells that could not be read.

# A row left out of an import because its first cell says Total (or Sum…).
roster-import-ignored-total = Une ligne de total, pas un créateur.
# A row left out because it has neither a name nor a handle.
roster-import-ignored-nobody = Ni nom ni identifiant, donc pas un créateur.
# A creator imported with one cell left empty. $field: the field (Rate, Email…); $text: what the cell said.
roster-import-cell-dropped = Le champ { $field } n’a pas pu être lu (« { $text } ») ; il a été laissé vide et son texte gardé dans les notes.
# The line added to the creator's notes for such a cell, and for a rate range ("150-200").
roster-import-kept-in-notes = { $field } dans le tableur : { $text }
# The field name used for a handle cell that could not be read.
roster-import-label-handle = Identifiant
# The menu that chooses which row of the sheet holds the column names.
roster-import-header-row = Ligne d’en-tête
# A choice in that menu. $line: the row's line; $cells: its first cells.
roster-import-header-option = Ligne { $line } : { $cells }
# The menu that chooses a workbook's sheet.
roster-import-sheet = Feuille
# Badges beside the counts of new and already known creators.
roster-import-warnings = { $count } avec une cellule dans les notes
roster-import-ignored =
    { $count ->
        [one] { $count } n’est pas un créateur
       *[other] { $count } ne sont pas des créateurs
    }
# Headings of the lists of those rows.
roster-import-warned-title = Lignes importées, avec une cellule gardée dans les notes
roster-import-ignored-title = Lignes laissées de côté : ce ne sont pas des créateurs
