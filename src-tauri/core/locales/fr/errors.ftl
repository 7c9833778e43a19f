## Why something could not be done, and what to do: shown to the owner in a red message.

# The first problem found in a form; the form shows every problem beside its field.
error-invalid = Vérifiez le formulaire : { $message }
error-invalid-form = Vérifiez le formulaire.
error-missing-creator = Ce créateur est introuvable. Il a peut-être été supprimé.
error-missing-deal = Cette collaboration est introuvable. Elle a peut-être été supprimée.
error-missing-brief = Ce brief est introuvable. Il a peut-être été supprimé.
error-missing-brand = Les informations de la boutique sont introuvables. Elles ont peut-être été supprimées.
error-too-new = Ce fichier a été créé par une version plus récente de Shoutout (version des données { $found } ; cette version de Shoutout prend en charge jusqu’à la version { $known }). Installez la dernière version de Shoutout pour l’ouvrir. Le fichier n’a pas été modifié.
error-not-shoutout = { $file } n’est pas un fichier Shoutout. Il n’a pas été modifié.
error-damaged = { $file } est endommagé et ne peut pas être ouvert sans risque. Il n’a pas été modifié.
# $name is a creator.
error-has-deals =
    { $deals ->
        [one] { $name } a une collaboration. Archivez plutôt { $name }, pour que l’historique des collaborations reste complet.
       *[other] { $name } a { $deals } collaborations. Archivez plutôt { $name }, pour que l’historique des collaborations reste complet.
    }
# $reason is one of the error-io-* messages below.
error-io = Impossible d’utiliser { $file } : { $reason }
error-database = La base de données a signalé un problème : { $reason }
# $what says what the file has that Shoutout's files do not.
error-foreign = { $file } n’est pas un fichier Shoutout : { $what }. Il n’a pas été modifié.
error-open-elsewhere = { $file } : ce fichier est déjà ouvert dans une autre fenêtre de Shoutout — fermez-la, ou lancez la restauration depuis ses Réglages.
error-restoring = Une restauration est en train de remplacer { $file }. Attendez qu’elle soit terminée, puis rouvrez Shoutout.
error-replaced = { $file } a été remplacé ou déplacé par un autre programme pendant que Shoutout l’avait ouvert. Plus rien n’y a été écrit. Fermez Shoutout et rouvrez-le pour voir ce que contient le fichier maintenant.
error-empty-backup = { $file } ne contient ni créateurs, ni briefs, ni collaborations, ni informations de boutique. Le restaurer viderait Shoutout ; rien n’a été modifié. Ne le restaurez malgré tout que si vous voulez vraiment repartir d’un Shoutout vide.
error-read-only = { $file } est en lecture seule : Shoutout ne peut ni le modifier ni le remplacer. Autorisez l’écriture dans les propriétés du fichier, puis réessayez.
error-sum-overflow = Certains montants sont trop élevés pour être additionnés : ce total ne peut pas être affiché. Cherchez une collaboration avec un montant très élevé et corrigez-le.

## Why a file could not be used (the end of error-io).

error-io-not-found = le fichier est introuvable (il a peut-être été déplacé, renommé ou supprimé) ; vérifiez où il se trouve et choisissez-le à nouveau
error-io-permission = Shoutout n’a pas l’autorisation d’y accéder ; vérifiez les autorisations du fichier et de son dossier, ou choisissez un autre dossier
error-io-full = le disque est plein ; libérez de l’espace et réessayez
error-io-read-only = le disque est en lecture seule ; choisissez un dossier sur un autre disque
error-io-exists = un fichier portant ce nom existe déjà ; choisissez un autre nom
error-io-folder = c’est un dossier, pas un fichier ; choisissez un fichier
error-io-not-folder = une partie du chemin est un fichier là où il faudrait un dossier ; choisissez un autre dossier
# $reason is the system's own description, in English.
error-io-damaged = le fichier se termine trop tôt ou est endommagé ({ $reason }) ; enregistrez-le à nouveau et réessayez
error-io-other = { $reason } ; vérifiez que le disque est toujours branché et réessayez

## A value typed in a form or a spreadsheet cell that could not be read. Each is shown beside
## its field on its own, or after the field's name (error-labelled).

# $text is what was typed.
error-count-empty = Saisissez un nombre.
error-not-number = « { $text } » n’est pas un nombre.
error-not-whole-number = « { $text } » n’est pas un nombre entier.
error-count-too-large = Ce nombre est trop grand (10 milliards au maximum).
error-percent-range = La valeur doit être comprise entre 0 et 100 %.
error-not-percent = « { $text } » n’est pas un pourcentage.
error-not-amount = « { $text } » n’est pas un montant.
# $max is the largest amount, already written out (1,000,000,000.00).
error-amount-too-large = Ce montant est trop élevé ({ $max } au maximum).
error-not-yes-no = « { $text } » n’est ni oui ni non.
# A problem with one value, after the name of its field: "Followers: “12x” is not a number."
# $label is one of the error-label-* names below, $problem one of the messages above.
error-labelled = { $label } : { $problem }
error-label-likes = J’aime
error-label-comments = Commentaires
error-label-shares = Partages
error-label-followers = Abonnés
error-label-engagement-rate = Taux d’engagement
error-label-rate = Tarif
error-label-commission = Commission
error-label-open-to-gifting = Accepte les cadeaux
# Under a text field that is too long; $max is a number of characters.
error-keep-under = { $max } caractères maximum.

## The shop's logo.

error-logo-format = Le logo doit être une image PNG ou JPEG.
error-logo-no-pixels = Le logo n’a aucun pixel ; enregistrez-le à nouveau en PNG ou en JPEG.
# $max is 4,000 and $sharp 1,000, already written out.
error-logo-too-many-pixels = Le logo fait { $width } × { $height } pixels ; Shoutout accepte au maximum { $max } × { $max } (16 mégapixels). Redimensionnez-le (un logo est net à { $sharp } pixels de large) et choisissez-le à nouveau.
error-logo-too-big = Le logo dépasse 2 Mo ; utilisez une image plus légère.

## Why a spreadsheet (CSV) file could not be read or written.

error-csv-too-big = Le fichier dépasse { $mb } Mo ; découpez-le en fichiers plus petits et importez-les un par un.
error-csv-row-too-long = À partir de la ligne { $line }, une ligne dépasse { $mb } Mo (un guillemet n’a peut-être pas été refermé) ; vérifiez le fichier dans un tableur, ou découpez-le.
# $max is 1,000,000, already written out.
error-csv-too-many-rows = Le fichier a plus de { $max } lignes (la ligne { $line } dépasse la limite) ; découpez-le en fichiers d’au plus { $max } lignes et importez-les un par un.
error-csv-empty = Le fichier est vide.
# $cells and $max are already written out.
error-csv-too-many-cells = La ligne { $line } a { $cells } cellules, plus que les { $max } autorisées par ligne ; supprimez les colonnes inutiles et réessayez.
# $cell counts the cells from 1 on; $max is 100,000, already written out.
error-csv-cell-too-long = La cellule { $cell } de la ligne { $line } contient plus de { $max } caractères ; raccourcissez-la et réessayez.
# $reason is the CSV reader's own description, in English.
error-csv-unreadable = Impossible de lire ce fichier comme un tableau ({ $reason }). Enregistrez-le à nouveau au format CSV et réessayez.
# $reason is the system's own description, in English.
error-csv-write = Le fichier CSV n’a pas pu être enregistré ({ $reason }). Vérifiez que le disque est toujours branché et réessayez.

## A creator's handle (@name or profile link) that cannot be kept.

error-handle-empty = L’identifiant est vide.
error-handle-formula = L’identifiant ne peut pas commencer par =, + ou - (un tableur le lirait comme une formule).
error-handle-site-link = L’identifiant est un lien vers le site, pas vers un profil.
error-handle-link-too-long = Le lien du profil est trop long (200 caractères au maximum).
error-handle-too-long = L’identifiant est trop long (100 caractères au maximum).
# $text is what was typed.
error-handle-unreadable = « { $text } » n’est ni un identifiant ni un lien de profil.
# $found is the character that is not allowed.
error-handle-characters = L’identifiant ne peut contenir que des lettres, des chiffres, des points, des tirets et des tirets bas (trouvé : « { $found } »).

## A creator as typed in the form (or a row of an imported file).

error-email = Cela ne ressemble pas à une adresse e-mail.
error-phone = Utilisez uniquement des chiffres, des espaces et + - ( ).
error-notes-too-long = Les notes ne doivent pas dépasser { $max } caractères.
error-name-empty = Saisissez un nom.
error-name-too-long = Le nom ne doit pas dépasser { $max } caractères.
error-name-control = Le nom ne peut pas contenir de retours à la ligne ni de caractères de contrôle.
error-followers-without-handle = Ajoutez l’identifiant auquel appartiennent ces abonnés.
# $linked and $chosen are platforms (Instagram, TikTok, YouTube, Other).
error-wrong-platform = C’est un lien { $linked }, pas { $chosen }.
error-platform-twice = Il y a déjà un identifiant { $platform } ; un seul par plateforme.
error-niche-too-long = Chaque thématique ne doit pas dépasser { $max } caractères.
error-too-many-niches = Utilisez au plus { $max } thématiques.
error-keep-under-one-line = { $max } caractères maximum, sur une seule ligne.
error-currency-code = Utilisez un code de devise à trois lettres, comme EUR, GBP ou USD.
# $handle is a handle without its @, $platform where it is, $name the creator being saved and
# $owner the creator who has the look-alike handle @$other.
error-look-alike = @{ $handle } sur { $platform } ressemble à @{ $other }, qui appartient à { $owner } : { $name } et { $owner } ne se distingueraient que par des lettres qui se ressemblent. Saisissez l’identifiant exactement comme celui de { $owner } s’il s’agit du même créateur.
error-handle-taken = @{ $handle } sur { $platform } appartient déjà à { $name }.
error-already-in-roster = { $name } est déjà dans le répertoire.
# $text is what the cell holds; the statuses are listed as the file may write them.
error-not-status = « { $text } » n’est pas un statut reconnu (prospect, contacted, active, paused, do not contact).

## Importing creators from a spreadsheet: why a row or the whole file cannot be imported.

error-followers-no-handle = Des abonnés sont indiqués, mais aucun identifiant auquel les rattacher.
error-import-no-name-column = Choisissez la colonne qui contient le nom ou un identifiant.
# $line is an earlier line of the same file.
error-import-same-handle = @{ $handle } sur { $platform } figure déjà à la ligne { $line } de ce fichier.
error-import-many-owners = Ses identifiants appartiennent déjà à { $count } créateurs différents ; modifiez-les à la main.
error-import-mapping-stale = Le choix des colonnes ne correspond pas au fichier ; ouvrez-le à nouveau.
error-import-no-name-set = Aucune colonne n’est associée au nom ou à un identifiant.

## A deal as typed in the form.

error-deal-no-creator = Choisissez un créateur.
error-deal-no-start = Choisissez la date de début de la collaboration.
error-deal-handover-early = La remise ne peut pas avoir lieu avant le début de la collaboration.
error-deal-rating = Notez de 1 à 5 étoiles.
error-negative = La valeur ne peut pas être négative.
error-deal-no-kind = Choisissez le type de collaboration (cadeau, visite, échange, affiliation ou rémunération).
error-deal-currency = Choisissez une devise, comme EUR ou GBP.
error-date = Choisissez une date.
error-discount-code = Utilisez jusqu’à 30 lettres, chiffres, - ou _ (sans espaces).
error-web-address = Saisissez une adresse web commençant par https:// ou http://.
error-too-many-items = Utilisez au plus { $max } articles.
error-item-name = Donnez un nom à l’article.
# $max is the largest amount, already written out (1,000,000,000.00).
error-items-cost-too-much = Les articles coûtent plus de { $max } au total ; répartissez-les sur plusieurs collaborations.
error-items-worth-too-much = Les articles valent plus de { $max } au total ; répartissez-les sur plusieurs collaborations.
# $max is 100,000, already written out.
error-quantity = Indiquez une quantité de 1 à { $max }.
error-too-many-deliverables = Indiquez au plus { $max } contenus attendus.
error-deliverable-label = Indiquez ce qui doit être publié.
error-due-early = L’échéance ne peut pas être antérieure au début de la collaboration.
error-post-link = Collez le lien de la publication, commençant par https://.
error-posted-early = La publication ne peut pas être antérieure au début de la collaboration.
error-deal-creator-gone = Choisissez un créateur du répertoire.
error-deal-brief-gone = Ce brief n’existe plus.
error-note-too-long = La note ne doit pas dépasser { $max } caractères.
# $from and $to are deal statuses (Proposed, Agreed, Product sent…), as the board names them.
error-deal-move = Une collaboration au statut « { $from } » ne peut pas passer à « { $to } ».
error-deal-already-there = Cette collaboration a déjà été rétablie.
# $max is the largest amount, already written out (1,000,000,000.00).
error-deal-too-large = Les montants de cette collaboration sont trop élevés pour être additionnés. Utilisez des montants inférieurs à { $max } et vérifiez les quantités.
error-nudge-day = Les relances ne sont possibles qu’aux jours 7, 10 et 14.

## A brief as typed in its editor.

error-brief-campaign = Donnez un nom à la campagne.
error-too-many-points = Utilisez au plus { $max } points.
error-point-too-long = Chaque point ne doit pas dépasser { $max } caractères.
# $token is what was typed between braces; $known lists the placeholders that exist.
error-placeholder = { $token } n’est pas une variable connue ; utilisez { $known }.
error-step-label = Donnez à chaque étape un nom court ({ $max } caractères au maximum).
error-step-when = Choisissez une date ou une semaine.
error-too-many-steps = Utilisez au plus { $max } étapes.
# $code is a discount code.
error-code-taken = { $code } est déjà utilisé dans cette campagne.
error-recipient-code = « { $code } » : utilisez de 3 à 20 lettres, chiffres, - ou _.
error-not-on-brief = Ce créateur ne figure pas sur le brief. Ajoutez-le d’abord.
# $pt is the smallest text size, $mm how much too long the page is, $section the title of the
# longest section.
error-brief-too-long = Le brief ne tient pas sur une page, même avec un texte de { $pt } pt : il dépasse d’environ { $mm } mm. Raccourcissez « { $section } », la section la plus longue.

## The shop's details and the app's settings.

error-colour = Choisissez une couleur, par exemple #E8554F.
error-website = Saisissez l’adresse du site web de la boutique, par exemple www.example.com.
error-brand-currency = Choisissez un code de devise, comme EUR, GBP ou USD.
error-shop-name = Saisissez le nom de votre boutique : il sert à signer les briefs.
error-text-size = Choisissez une taille de texte de 100 %, 125 % ou 150 %.
error-window-size = Une fenêtre doit avoir une taille.

## A database file that has tables Shoutout's files do not (the $what of error-foreign).
## $kind is the kind of thing in the file, as SQLite names it, $object its name.

error-foreign-changed = { $kind ->
        [table] il contient une table « { $object } » différente de celle de Shoutout
        [index] il contient un index « { $object } » différent de celui de Shoutout
        [trigger] il contient un déclencheur « { $object } » différent de celui de Shoutout
       *[view] il contient une vue « { $object } » différente de celle de Shoutout
    }
error-foreign-extra = il contient { $kind ->
        [table] une table
        [index] un index
        [trigger] un déclencheur
       *[view] une vue
    } « { $object } » que Shoutout ne crée jamais
error-foreign-missing = il ne contient { $kind ->
        [table] aucune table
        [index] aucun index
        [trigger] aucun déclencheur
       *[view] aucune vue
    } « { $object } »

## Exporting everything to one file, and importing it into an empty Shoutout.

# $reason is the system's own description, in English.
error-export-write = L’export n’a pas pu être écrit ({ $reason }). Vérifiez que le disque est toujours branché et réessayez.
error-export-not-ours = Ce fichier n’est pas un export Shoutout.
error-export-version = Cet export date de la version des données { $version } ; ce Shoutout lit la version { $known }. Ouvrez-le avec le Shoutout qui l’a créé, ou avec la même version que celui-ci.
error-export-not-empty = Importez tout dans un Shoutout vide : celui-ci contient déjà des données.
# Said after each of the problems below.
error-export-fix = Corrigez le fichier, ou exportez-le à nouveau depuis le Shoutout qui l’a créé.
# $table, $column and $parent are names in the file, as it writes them; $row counts from 1.
# $problem is one of the error-value-* sentences below.
error-export-value = Ligne { $row } de { $table } : { $problem }
error-export-missing = La ligne { $row } de { $table } n’a pas de valeur pour { $column }, obligatoire sur chaque ligne.
error-export-unknown-column = La ligne { $row } de { $table } a une colonne que Shoutout ne connaît pas : « { $column } ».
error-export-empty-row = La ligne { $row } de { $table } est vide : elle ne contient aucune valeur. Supprimez-la.
error-export-not-a-row = La ligne { $row } de { $table } n’est pas une ligne de valeurs nommées.
error-export-not-a-table = La table { $table } n’est pas une liste de lignes.
error-export-unknown-table = Le fichier contient une table que Shoutout ne connaît pas : « { $table } ».
error-export-no-parent = Ligne { $row } de { $table } : { $column } vaut { $id }, mais { $parent } n’a aucune ligne avec cet id.
error-export-repeated = La ligne { $row } de { $table } répète une autre ligne : le même id, ou un identifiant ou un code qui doit être unique, apparaît deux fois.
error-export-refused = La ligne { $row } de { $table } contient des valeurs que Shoutout ne peut pas enregistrer ensemble.
error-export-too-many = Il y a encore d’autres problèmes ; ce fichier n’est probablement pas un export Shoutout.

## What is wrong with one value of an export. $column is the column's name in the file,
## $found what it holds (a number as it is, or one of the error-found-* descriptions).

error-found-null = rien (null)
error-found-long-text = un texte de { $count } caractères
error-found-text = « { $text } »
error-found-list = une liste
error-found-group = un groupe de valeurs
error-value-null = { $column } est vide (null) mais doit avoir une valeur.
error-value-not-text = { $column } devrait être du texte, pas { $found }.
error-value-not-whole = { $column } devrait être un nombre entier, pas { $found }.
error-value-at-least = { $column } vaut { $n } ; la valeur doit être au moins { $min }.
error-value-exactly = { $column } vaut { $n } ; la valeur doit être { $min }.
error-value-range = { $column } vaut { $n } ; la valeur doit être comprise entre { $min } et { $max }.
error-value-not-number = { $column } devrait être un nombre, pas { $found }.
error-value-not-picture = { $column } n’est pas une image au format de l’export.
error-value-picture-too-big = { $column } est une image de { $size } octets ; le logo peut faire au plus { $max } octets.
error-value-too-long = { $column } fait { $length } caractères ; { $max } au maximum.
error-value-control = { $column } contient un retour à la ligne ou un caractère de contrôle.
error-value-empty = { $column } est vide mais doit avoir une valeur.
# $names lists the values the file may hold, as it writes them.
error-value-enum = { $column } vaut { $found } ; utilisez l’une des valeurs suivantes : { $names }.
error-value-kinds = { $column } vaut { $found } ; utilisez une ou plusieurs des valeurs suivantes, séparées par des virgules : { $names }.
error-value-date = { $column } vaut { $found } ; utilisez une date comme 2026-12-01.
error-value-stamp = { $column } vaut { $found } ; utilisez une date et une heure comme 2026-12-01T09:30:00.000Z.
error-value-currency = { $column } vaut { $found } ; utilisez un code de devise à trois lettres, comme EUR.
error-value-email = { $column } vaut { $found } ; cela ne ressemble pas à une adresse e-mail.
error-value-phone = { $column } vaut { $found } ; utilisez uniquement des chiffres, des espaces et + - ( ).
error-value-handle = { $column } vaut { $found } ; ce n’est pas un identifiant tel que Shoutout les enregistre.
error-value-url = { $column } vaut { $found } ; utilisez une adresse web commençant par https://.
error-value-deal-code = { $column } vaut { $found } ; utilisez jusqu’à 30 majuscules, chiffres, - ou _.
error-value-recipient-code = { $column } vaut { $found } ; utilisez de 3 à 20 majuscules, chiffres, - ou _.
error-value-colour = { $column } vaut { $found } ; utilisez une couleur comme #E8554F.
error-value-list-format = { $column } devrait être une liste de points écrite ainsi : ["…", "…"].
error-value-too-many-points = { $column } a { $count } points ; utilisez-en au plus { $max }.
error-value-point-too-long = { $column } a un point de plus de { $max } caractères.
error-value-timeline-format = { $column } devrait être une liste d’étapes écrite ainsi : [{"{"}"label": "…", "when": "2026-12-01"{"}"}].
error-value-too-many-steps = { $column } a { $count } étapes ; utilisez-en au plus { $max }.
error-value-step-too-long = { $column } a un nom d’étape de plus de { $max } caractères.
error-value-step-when = { $column } a une étape le « { $when } », qui n’est ni une date ni une semaine.

## The desktop app's own problems.

error-app-unavailable = Le répertoire n’est pas ouvert : la base de données n’a pas pu être ouverte au démarrage de Shoutout.
error-app-import-expired = Ce fichier n’est plus ouvert pour l’import. Choisissez-le à nouveau.
error-app-nothing-to-restore = Impossible de rétablir cet élément : il a été supprimé lors d’une session précédente.
error-app-backup-not-found = Cette sauvegarde est introuvable. Elle a peut-être été supprimée.
error-app-pdf-not-found = Ce PDF est introuvable. Exportez à nouveau le brief.
# $reason is the system's own description, in English.
error-app-dialog = La fenêtre de sélection de fichier n’a pas pu s’ouvrir : { $reason }
error-app-open = Le lien n’a pas pu être ouvert : { $reason }
# $reason is error-app-new-backup-missing or the system's own description, in English.
error-app-task = L’opération s’est arrêtée de façon inattendue : { $reason }
error-app-new-backup-missing = la nouvelle sauvegarde est introuvable
error-app-link-refused = Seules les pages web en https:// et les adresses e-mail peuvent être ouvertes.
# An import's header row chosen by its line number (the command line's --header-row) that is not a row of the sheet.
error-import-no-header-line = Il n’y a pas de ligne { $line } à prendre comme ligne d’en-tête.
# $sheet: the sheet asked for; $sheets: the workbook's sheets, separated by commas.
error-workbook-no-sheet = Ce classeur n’a aucune feuille nommée « { $sheet } ». Feuilles du classeur : { $sheets }.
