## The command line (shoutout --help). Commands and options (import-roster, --db…) stay as they are.

# Each command and option has its usage (cli-help-…-usage: the capitalised words stand for what is typed) and what it does. $codes lists the language codes, as en, fr, de.
cli-help-intro = Shoutout : gérez votre répertoire de créateurs locaux, envoyez-leur des briefs et suivez ce que rapporte chaque collaboration.
cli-help-usage = Utilisation : shoutout [--db CHEMIN] [--lang CODE] [COMMANDE]
cli-help-no-command = Sans commande, l’application ouvre sa fenêtre.
cli-help-commands = Commandes :
cli-help-import-roster-usage = import-roster FICHIER [--sheet NOM] [--header-row LIGNE] [--skip-duplicates]
cli-help-import-roster = Importe des créateurs depuis un tableur : CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods) ; dans un classeur, c’est la première feuille qui est lue, sauf si --sheet en désigne une autre. La ligne d’en-tête est cherchée sous les éventuelles lignes de titre, sauf si --header-row en indique le numéro. Les créateurs dont l’identifiant est déjà dans le répertoire sont fusionnés (ou laissés tels quels avec --skip-duplicates). Une cellule illisible est laissée vide, son contenu est gardé dans les notes du créateur et elle est signalée par un avertissement ; les lignes de total et les lignes sans nom ni identifiant sont signalées comme laissées de côté. Les lignes qui ne peuvent pas être importées sont listées avec leur numéro et la raison ; code de sortie 3 s’il y en a.
cli-help-export-roster-usage = export-roster FICHIER.csv
cli-help-export-roster = Exporte tout le répertoire en CSV.
cli-help-export-brief-usage = export-brief BRIEF --creator CRÉATEUR --out FICHIER.pdf
cli-help-export-brief = Exporte le brief d’un créateur en PDF. BRIEF est le numéro d’un brief ou le nom de sa campagne ; CRÉATEUR le numéro, le nom ou l’@identifiant d’un créateur.
cli-help-export-brief-all-usage = export-brief --all --out DOSSIER
cli-help-export-brief-all = Exporte chaque brief non archivé, un PDF pour chaque créateur auquel il s’adresse.
cli-help-export-deals-usage = export-deals FICHIER.csv
cli-help-export-deals = Exporte toutes les collaborations en CSV : créateur, campagne, type, statut, dates, coût, code promo, lien de suivi, résultats et rentabilité.
cli-help-export-gifts-usage = export-gifts FICHIER.csv
cli-help-export-gifts = Exporte en CSV chaque cadeau fait aux créateurs (date, créateur, article, coût, prix de vente), pour la comptabilité.
cli-help-backup-usage = backup --out FICHIER
cli-help-backup = Copie la base de données dans FICHIER (sans risque pendant que l’application est ouverte).
cli-help-restore-usage = restore FICHIER [--allow-empty]
cli-help-restore = Remplace la base de données par une sauvegarde. La sauvegarde est d’abord vérifiée (une sauvegarde vide seulement avec --allow-empty) ; le fichier actuel est conservé dans son dossier de sauvegardes (ou, s’il est endommagé, déplacé tel quel). Impossible tant que ce fichier est ouvert dans Shoutout.
cli-help-export-all-usage = export-all FICHIER.json
cli-help-export-all = Exporte tout (répertoire, briefs, collaborations, infos de la boutique) dans un seul fichier JSON.
cli-help-import-all-usage = import-all FICHIER.json
cli-help-import-all = Importe un tel fichier dans une base de données vide.
cli-help-sample-data-usage = sample-data [--creators N]
cli-help-sample-data = Ajoute le répertoire d’exemple, deux briefs et des collaborations d’exemple (comme le bouton du premier lancement) ; avec --creators, N créateurs générés à la place (pour essayer Shoutout avec un grand répertoire).
cli-help-options = Options :
cli-help-db-usage = --db CHEMIN
cli-help-db = Utilise ce fichier de base de données au lieu de celui de votre dossier de données. La variable d’environnement SHOUTOUT_DB fait de même.
cli-help-lang-usage = --lang CODE
cli-help-lang = Utilise cette langue : { $codes }. Sans cette option, la langue du système (LANG, LC_ALL, LC_MESSAGES) est utilisée.
cli-help-help-usage = -h, --help
cli-help-help = Affiche cette aide.
cli-help-version-usage = -V, --version
cli-help-version = Affiche la version.

## Mistakes on the command line. $option, $command are what was typed.

cli-try-help = Essayez « shoutout --help ».
cli-unknown-option = option inconnue : { $option }
cli-unknown-command = commande inconnue : { $command }
cli-unknown-lang = langue inconnue : { $code } (codes possibles : { $codes })
cli-lang-needs-code = --lang doit être suivi d’un code de langue ({ $codes })
cli-db-needs-path = --db doit être suivi du chemin d’un fichier
cli-creator-needs-name = --creator doit être suivi d’un créateur
cli-creators-needs-number = --creators doit être suivi d’un nombre
cli-creators-range = --creators accepte un nombre de 1 à 1 000 000
cli-out-needs-path = --out doit être suivi d’un chemin
cli-needs-file = { $command } a besoin d’un nom de fichier
cli-one-file = { $command } n’accepte qu’un seul nom de fichier
cli-export-brief-needs-out = export-brief a besoin de --out
cli-export-brief-usage = utilisez export-brief BRIEF --creator CRÉATEUR --out FICHIER.pdf, ou export-brief --all --out DOSSIER
cli-backup-needs-out = backup a besoin de --out FICHIER

## What a command did. $file, $folder and $db are paths; $count is a number.

cli-exported-creators =
    { $count ->
        [one] { $count } créateur exporté dans { $file }.
       *[other] { $count } créateurs exportés dans { $file }.
    }
cli-exported-deals =
    { $count ->
        [one] { $count } collaboration exportée dans { $file }.
       *[other] { $count } collaborations exportées dans { $file }.
    }
cli-exported-gifts =
    { $count ->
        [one] { $count } cadeau exporté dans { $file }.
       *[other] { $count } cadeaux exportés dans { $file }.
    }
cli-exported-records =
    { $count ->
        [one] { $count } enregistrement exporté dans { $file }.
       *[other] { $count } enregistrements exportés dans { $file }.
    }
cli-imported-records =
    { $count ->
        [one] { $count } enregistrement importé depuis { $file }.
       *[other] { $count } enregistrements importés depuis { $file }.
    }
cli-added-generated =
    { $count ->
        [one] { $count } créateur généré ajouté.
       *[other] { $count } créateurs générés ajoutés.
    }
cli-added-sample =
    { $count ->
        [one] { $count } créateur d’exemple ajouté.
       *[other] { $count } créateurs d’exemple ajoutés.
    }
cli-backed-up = { $db } sauvegardé dans { $file }.
cli-restored = { $db } restauré depuis { $file }.
cli-kept-before = Son contenu précédent est conservé dans { $file }.
cli-saved = { $file } enregistré.
cli-saved-briefs =
    { $count ->
        [one] { $count } brief enregistré dans { $folder }.
       *[other] { $count } briefs enregistrés dans { $folder }.
    }
# One brief that could not be saved: $campaign, $creator and the $reason.
cli-brief-problem = { $campaign } pour { $creator } : { $reason }
# A row of the CSV file that was not imported.
cli-import-problem = ligne { $line } : { $reason }
cli-imported-roster = Nouveaux créateurs importés : { $added }, fusionnés : { $merged }, ignorés : { $skipped }, refusés : { $rejected }.

## Finding what a command names.

cli-no-brief = aucun brief ne porte le numéro ou le nom « { $key } »
cli-not-on-brief = « { $key } » ne fait pas partie des créateurs de « { $campaign } »
# A row imported with a cell kept in the notes, and a row left out as not a creator.
cli-import-warning = ligne { $line }, importée : { $reason }
cli-import-ignored = ligne { $line }, laissée de côté : { $reason }
# Which row of the sheet the column names were taken from.
cli-import-header = Noms des colonnes lus à la ligne { $line }.
# Mistakes in import-roster's options.
cli-sheet-needs-name = --sheet doit être suivi du nom d’une feuille, par exemple --sheet "Printemps 2026".
cli-header-row-needs-line = --header-row doit être suivi du numéro de la ligne qui contient les noms des colonnes, par exemple --header-row 3.

## Sending from the command line: the mailbox and briefs.

cli-help-mailbox-usage = mailbox --host HÔTE --port N --tls MODE --from E-MAIL [--user NOM]
cli-help-mailbox = Définit la boîte mail depuis laquelle les briefs sont envoyés ; sans option, l’affiche. MODE vaut starttls, implicit (TLS dès le premier octet) ou none (uniquement pour un serveur de messagerie installé sur cet ordinateur, sans mot de passe). --user est l’identifiant de connexion s’il diffère de l’adresse ; --name NOM définit le nom que voient les créateurs (par défaut, celui de la boutique). Si SHOUTOUT_SMTP_PASSWORD est définie, le mot de passe est enregistré dans le trousseau du système.
cli-help-send-brief-usage = send-brief BRIEF --creator CRÉATEUR
cli-help-send-brief = Envoie par e-mail son brief à un créateur, avec son PDF en pièce jointe, depuis la boîte mail. Le mot de passe vient de SHOUTOUT_SMTP_PASSWORD, sinon du trousseau. Une ligne par créateur ; code de sortie 1 si un message n’a pas pu être envoyé.
cli-help-send-brief-all-usage = send-brief BRIEF --all
cli-help-send-brief-all = Envoie par e-mail à chaque créateur du brief son propre message et son PDF.
cli-help-send-outbox-usage = send-outbox
cli-help-send-outbox = Envoie maintenant tous les messages en attente dans la boîte d’envoi.
cli-option-needs-value = { $option } doit être suivi d’une valeur.
cli-mailbox-usage = utilisez mailbox --host HÔTE --port N --tls starttls|implicit|none --from E-MAIL [--user NOM] [--name NOM]
cli-mailbox-port = --port accepte un nombre de 1 à 65535.
cli-mailbox-tls = --tls accepte starttls, implicit ou none, pas « { $value } ».
# $security is one of the mail-security-… words.
cli-mailbox-set = Boîte mail : { $address } via { $host }:{ $port } ({ $security }).
cli-mailbox-none = Aucune boîte mail n’est encore configurée pour l’envoi.
cli-password-kept = Le mot de passe est enregistré dans le trousseau du système.
cli-password-no-keychain = Aucun trousseau n’est disponible sur cet ordinateur : le mot de passe n’est pas enregistré ; définissez SHOUTOUT_SMTP_PASSWORD à chaque fois.
cli-password-keychain-failed = Le trousseau n’a pas pu enregistrer le mot de passe : { $reason }
cli-send-brief-usage = utilisez send-brief BRIEF --creator CRÉATEUR, ou send-brief BRIEF --all
cli-sent = { $name } <{ $address }> : envoyé.
cli-send-waiting = { $name } <{ $address }> : en attente dans la boîte d’envoi. { $reason }
cli-send-failed = { $name } <{ $address }> : non envoyé. { $reason }
cli-send-skipped = { $name } : non envoyé. { $reason }
cli-sent-count = Envoyés : { $sent } sur { $total }.
cli-outbox-empty = Aucun message n’attend dans la boîte d’envoi.
