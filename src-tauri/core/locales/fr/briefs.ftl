## La page du brief, telle que le PDF et l'aperçu la montrent, dans la langue du créateur.

pdf-kicker = Brief créateur
pdf-for-handle = Pour { $name } ({ $handle })  ·  { $date }
pdf-for = Pour { $name }  ·  { $date }
pdf-prepared = Préparé le { $date }
pdf-your-shop = Votre boutique
pdf-summary = En bref
pdf-goals = Objectifs
pdf-target-group = Public visé
pdf-deliverables = Contenus attendus
pdf-messaging = Messages clés
pdf-code = Votre code promo
pdf-disclosure = Mention du partenariat
pdf-compensation = Contrepartie
pdf-timeline = Calendrier
pdf-do = À faire
pdf-dont = À éviter
pdf-dos-donts = À faire et à éviter
pdf-questions = Des questions ? { $contact }
pdf-week = Semaine { $week } · { $monday }
pdf-title-for = Brief créateur pour { $name } : { $campaign }
pdf-title = Brief créateur : { $campaign }
pdf-default-disclosure = « Publicité » ou « Collaboration commerciale » en début de légende, et bien visible sur la photo ou la vidéo

## The list of briefs (Briefs screen).

briefs-title = Briefs
briefs-subtitle = Une page par créateur : quoi créer, quoi dire, et quand.
# Button.
briefs-new = + Nouveau brief
briefs-search-placeholder = Rechercher une campagne…
briefs-search = Rechercher dans les briefs
# Tabs above the list.
briefs-tab-active = Actifs
briefs-tab-archived = Archivés
briefs-none-archived = Aucun brief archivé.
# $search is what was typed in the search box.
briefs-none-match = Aucun brief ne correspond à « { $search } ».
briefs-empty-title = Rédigez votre premier brief
briefs-empty-text = Décrivez la campagne une seule fois, puis ajoutez les créateurs à qui elle s’adresse : Shoutout prépare pour chacun un PDF d’une page, avec son propre code promo.
# Button.
briefs-empty-action = Rédiger un brief
# Under a brief in the list: how many creators it goes to, and when it was last changed ($date is already formatted).
briefs-item-meta = { $count ->
    [one] { $count } créateur
   *[other] { $count } créateurs
} · modifié le { $date }
# Button: makes a copy of the brief to start a new one from.
briefs-use-as-template = Utiliser comme modèle
# Buttons.
briefs-archive = Archiver
briefs-restore = Restaurer
# Toasts. $campaign is the brief's campaign name.
briefs-duplicated = Brief « { $campaign } » créé.
briefs-archived = Brief « { $campaign } » archivé.
briefs-restored = Brief « { $campaign } » restauré.

## The brief editor: its fields.

briefs-back = ← Tous les briefs
briefs-new-title = Nouveau brief
briefs-edit-title = Modifier le brief
# Button, for a brief already saved.
briefs-save = Enregistrer
# Button, for a brief not saved yet.
briefs-create = Créer le brief
briefs-campaign = Nom de la campagne
briefs-summary = Résumé
# Under the summary. The words in braces are placeholders the app fills in for each creator: keep them exactly as they are.
briefs-placeholders-hint = Variables : { "{first_name}" }, { "{name}" }, { "{handle}" }, { "{code}" } (le code promo propre au créateur), { "{shop}" }. Dans les listes, un point par ligne.
# Field labels and, below each, the greyed example shown in the empty field.
briefs-goals = Objectifs
briefs-goals-hint = Ce que la campagne doit apporter
briefs-target-group = Public visé
briefs-target-group-hint = À qui elle s’adresse
briefs-deliverables = Contenus attendus
briefs-deliverables-hint = ex. : 1 Reel, 30–60 s
briefs-messaging = Messages clés
# Keep { "{code}" } as it is: it is a placeholder.
briefs-messaging-hint = Code { "{code}" }, mentions, hashtags, @identifiant
briefs-dos = À faire (facultatif)
briefs-donts = À éviter (facultatif)
briefs-disclosure = Mention du partenariat
briefs-contact = Contact pour les questions
briefs-contact-placeholder = Votre e-mail indiqué dans les Réglages
briefs-no-contact = Les créateurs n’auront aucun moyen de vous joindre : ajoutez un contact ici, ou votre e-mail dans les Réglages.
briefs-compensation = Contrepartie
briefs-compensation-placeholder = Cadeau, cachet, commission — en mots et en chiffres
# Toasts.
briefs-saved = Brief enregistré.
# $reason is the backend's explanation of what is wrong.
briefs-not-saved-yet = Le brief n’a pas encore pu être enregistré : { $reason }

## The brief editor: its timeline.

briefs-timeline = Calendrier
# After a label, in smaller grey text.
briefs-optional = (facultatif)
briefs-step = Étape
briefs-step-name = Nom de l’étape
briefs-date-or-week = Date ou semaine
briefs-date = Date
briefs-week = Semaine
briefs-remove-step = Supprimer l’étape
briefs-step-undated-date = Absente de la page tant qu’aucune date n’est indiquée.
briefs-step-undated-week = Absente de la page tant qu’aucune semaine n’est indiquée.
# The usual steps, offered as "+ …" buttons; the chosen one becomes the step's name on the brief.
briefs-step-concepts = Remise des idées
briefs-step-drafts = Remise des brouillons
briefs-step-posting = Publication
# Button.
briefs-add-step = + Ajouter une étape

## The brief editor: the creators it goes to.

briefs-creators = Créateurs
# $name is the creator's name.
briefs-code-for = Code promo de { $name }
# Button: opens an email with the brief's PDF to attach.
briefs-email = E-mail
briefs-email-title = Ouvrir un brouillon d’e-mail pour ce créateur
# Button: starts recording a deal with this creator.
briefs-deal = Collaboration
briefs-deal-title = Enregistrer la collaboration avec ce créateur : ce que vous offrez, ce qu’il publie, ce que cela rapporte
briefs-remove-creator = Retirer { $name }
# Search box for adding a creator to the brief.
briefs-add-creator = Ajouter par nom ou identifiant
# Button.
briefs-export-all = Exporter les PDF de tous les créateurs…
# After exporting: $count PDFs written to the folder $folder.
briefs-batch-saved = { $count ->
    [one] { $count } brief enregistré dans { $folder }.
   *[other] { $count } briefs enregistrés dans { $folder }.
}
# Toasts. $name is the creator's name, $code their discount code, $file the PDF's file name.
briefs-added = Destinataire ajouté : { $name }.
briefs-added-with-code = Destinataire ajouté : { $name }, avec le code { $code }.
briefs-in-roster-now = { $name } est maintenant dans votre répertoire ; ajoutez cette personne depuis la recherche une fois le brief enregistré.
briefs-pdf-saved = Fichier enregistré : { $file }.
# $address is the creator's email address.
briefs-email-opened = E-mail à { $address } ouvert ; le PDF est affiché dans son dossier, prêt à être joint.
briefs-email-opened-no-address = E-mail au créateur ouvert ; le PDF est affiché dans son dossier, prêt à être joint.

## Adding a creator who is not in the roster yet, from the brief.

briefs-new-creator = Nouveau créateur, ajouté au répertoire et à ce brief
briefs-new-creator-name = Nom
briefs-new-creator-handle = @identifiant ou lien du profil
briefs-new-creator-email = E-mail
briefs-new-creator-followers = Abonnés
# Example of a follower count, in the field while it is empty.
briefs-new-creator-followers-placeholder = ex. : 4,2K
briefs-cancel = Annuler
# Button.
briefs-new-creator-add = Ajouter au brief

## The preview beside the editor.

briefs-preview = Aperçu
# Before the menu choosing which creator the page is shown for.
briefs-preview-for = Aperçu pour
# In that menu: the page with the placeholders not filled in.
briefs-preview-placeholders = — variables —
briefs-preview-alt = Le brief tel qu’il sera imprimé
briefs-preview-empty = Donnez un nom à la campagne pour voir la page.

## When no email program opened: the email to copy by hand.

briefs-unsent-title = Envoyez cet e-mail depuis votre messagerie
briefs-unsent-lead = Aucun logiciel de messagerie ne s’est ouvert sur cet ordinateur. Copiez le message dans la messagerie que vous utilisez (un webmail convient aussi) et joignez le PDF ; son dossier est ouvert.
# Labels of the email's parts.
briefs-unsent-to = À
briefs-unsent-subject = Objet
briefs-unsent-message = Message
briefs-unsent-attachment = Pièce jointe
# Buttons.
briefs-copy = Copier
briefs-copy-message = Copier le message
briefs-show-pdf = Afficher le PDF
briefs-done = Terminé
# Toasts after copying.
briefs-copied-address = Adresse copiée.
briefs-copied-subject = Objet copié.
briefs-copied-message = Message copié.

## The email that goes with a brief, in the creator's language. $campaign is the campaign's name, $shop the shop's.

briefs-email-subject = { $campaign } : votre brief de la part de { $shop }
# The subject when the shop has no name yet.
briefs-email-subject-no-shop = { $campaign } : votre brief
# $first is the creator's first name.
briefs-email-greeting = Bonjour { $first },
# $file is the attached PDF's name, $code the creator's discount code.
briefs-email-thanks = Merci de collaborer avec nous pour { $campaign } ! Vous trouverez ci-joint votre brief d’une page ({ $file }), qui rassemble l’essentiel : ce que nous aimerions voir, les dates et votre code personnel { $code }.
briefs-email-questions = Si un point n’est pas clair, répondez simplement à cet e-mail.
# Above the name of who signs.
briefs-email-sign-off = À bientôt,
# Who signs when neither the owner's nor the shop's name is set.
briefs-email-team = L’équipe

## What a placeholder shows on a brief that is not for one creator.

briefs-stand-in-first-name = [prénom]
briefs-stand-in-name = [nom]
briefs-stand-in-handle = [@identifiant]
briefs-stand-in-code = [CODE]
