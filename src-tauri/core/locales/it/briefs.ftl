## La pagina del brief, come la mostrano il PDF e l'anteprima, nella lingua del creator.

pdf-kicker = Brief per creator
pdf-for-handle = Per { $name } ({ $handle })  ·  { $date }
pdf-for = Per { $name }  ·  { $date }
pdf-prepared = Preparato il { $date }
pdf-your-shop = Il tuo negozio
pdf-summary = Sintesi
pdf-goals = Obiettivi
pdf-target-group = Pubblico
pdf-deliverables = Contenuti richiesti
pdf-messaging = Messaggi chiave
pdf-code = Il tuo codice sconto
pdf-disclosure = Come segnalare la collaborazione
pdf-compensation = Compenso
pdf-timeline = Tempistiche
pdf-do = Da fare
pdf-dont = Da evitare
pdf-dos-donts = Cosa fare e cosa evitare
pdf-questions = Domande? { $contact }
pdf-week = Settimana { $week } · { $monday }
pdf-title-for = Brief per { $name }: { $campaign }
pdf-title = Brief per creator: { $campaign }
pdf-default-disclosure = #adv o #sponsorizzato all’inizio della didascalia

## The list of briefs (Briefs screen).

briefs-title = Brief
briefs-subtitle = Una pagina per creator: cosa creare, cosa dire e quando.
# Button.
briefs-new = + Nuovo brief
briefs-search-placeholder = Cerca campagne…
briefs-search = Cerca brief
# Tabs above the list.
briefs-tab-active = Attivi
briefs-tab-archived = Archiviati
briefs-none-archived = Nessun brief archiviato.
# $search is what was typed in the search box.
briefs-none-match = Nessun brief corrisponde a «{ $search }».
briefs-empty-title = Scrivi il tuo primo brief
briefs-empty-text = Descrivi la campagna una volta sola, poi aggiungi i creator a cui è destinata: Shoutout prepara per ognuno un PDF di una pagina, con il suo codice sconto.
# Button.
briefs-empty-action = Scrivi un brief
# Under a brief in the list: how many creators it goes to, and when it was last changed ($date is already formatted).
briefs-item-meta = { $count ->
    [one] { $count } creator
   *[other] { $count } creator
} · aggiornato il { $date }
# Button: makes a copy of the brief to start a new one from.
briefs-use-as-template = Usa come modello
# Buttons.
briefs-archive = Archivia
briefs-restore = Ripristina
# Toasts. $campaign is the brief's campaign name.
briefs-duplicated = Brief «{ $campaign }» creato.
briefs-archived = Brief «{ $campaign }» archiviato.
briefs-restored = Brief «{ $campaign }» ripristinato.

## The brief editor: its fields.

briefs-back = ← Tutti i brief
briefs-new-title = Nuovo brief
briefs-edit-title = Modifica brief
# Button, for a brief already saved.
briefs-save = Salva
# Button, for a brief not saved yet.
briefs-create = Crea brief
briefs-campaign = Nome della campagna
briefs-summary = Sintesi
# Under the summary. The words in braces are placeholders the app fills in for each creator: keep them exactly as they are.
briefs-placeholders-hint = Segnaposto: { "{first_name}" }, { "{name}" }, { "{handle}" }, { "{code}" } (il codice sconto personale del creator), { "{shop}" }. Nelle liste, un punto per riga.
# Field labels and, below each, the greyed example shown in the empty field.
briefs-goals = Obiettivi
briefs-goals-hint = Cosa deve ottenere la campagna
briefs-target-group = Pubblico
briefs-target-group-hint = A chi si rivolge
briefs-deliverables = Contenuti richiesti
briefs-deliverables-hint = es. 1 reel, 30–60 s
briefs-messaging = Messaggi chiave
# Keep { "{code}" } as it is: it is a placeholder.
briefs-messaging-hint = Codice { "{code}" }, tag, hashtag, @nomeutente
briefs-dos = Da fare (facoltativo)
briefs-donts = Da evitare (facoltativo)
briefs-disclosure = Come segnalare la collaborazione
briefs-contact = Contatto per domande
briefs-contact-placeholder = La tua email dalle Impostazioni
briefs-no-contact = I creator non avranno modo di contattarti: aggiungi qui un contatto, oppure la tua email nelle Impostazioni.
briefs-compensation = Compenso
briefs-compensation-placeholder = Regalo, compenso fisso, commissione: a parole e in cifre
# Toasts.
briefs-saved = Brief salvato.
# $reason is the backend's explanation of what is wrong.
briefs-not-saved-yet = Non è ancora stato possibile salvare il brief: { $reason }

## The brief editor: its timeline.

briefs-timeline = Tempistiche
# After a label, in smaller grey text.
briefs-optional = (facoltativo)
briefs-step = Fase
briefs-step-name = Nome della fase
briefs-date-or-week = Data o settimana
briefs-date = Data
briefs-week = Settimana
briefs-remove-step = Rimuovi fase
briefs-step-undated-date = Non compare nella pagina finché non ha una data.
briefs-step-undated-week = Non compare nella pagina finché non ha una settimana.
# The usual steps, offered as "+ …" buttons; the chosen one becomes the step's name on the brief.
briefs-step-concepts = Consegna idee
briefs-step-drafts = Consegna bozze
briefs-step-posting = Pubblicazione
# Button.
briefs-add-step = + Un’altra fase

## The brief editor: the creators it goes to.

briefs-creators = Creator
# $name is the creator's name.
briefs-code-for = Codice sconto per { $name }
# Button: opens an email with the brief's PDF to attach.
briefs-email = Email
briefs-email-title = Apri una bozza di email per questo creator
# Button: starts recording a deal with this creator.
briefs-deal = Collaborazione
briefs-deal-title = Registra la collaborazione con questo creator: cosa dai, cosa pubblica, cosa porta
briefs-remove-creator = Rimuovi { $name }
# Search box for adding a creator to the brief.
briefs-add-creator = Aggiungi per nome o nome utente
# Button.
briefs-export-all = Esporta i PDF per tutti i creator…
# After exporting: $count PDFs written to the folder $folder.
briefs-batch-saved = { $count ->
    [one] { $count } brief salvato in { $folder }.
   *[other] { $count } brief salvati in { $folder }.
}
# Toasts. $name is the creator's name, $code their discount code, $file the PDF's file name.
briefs-added = Hai aggiunto { $name }.
briefs-added-with-code = Hai aggiunto { $name }, con il codice { $code }.
briefs-in-roster-now = { $name } ora è nel tuo elenco dei creator: salva il brief, poi aggiungi questo creator dalla ricerca.
briefs-pdf-saved = File salvato: { $file }.
# $address is the creator's email address.
briefs-email-opened = Email a { $address } aperta: trovi il PDF da allegare nella sua cartella, già aperta.
briefs-email-opened-no-address = Email al creator aperta: trovi il PDF da allegare nella sua cartella, già aperta.

## Adding a creator who is not in the roster yet, from the brief.

briefs-new-creator = Nuovo creator, aggiunto all’elenco dei creator e a questo brief
briefs-new-creator-name = Nome
briefs-new-creator-handle = @nomeutente o link al profilo
briefs-new-creator-email = Email
briefs-new-creator-followers = Follower
# Example of a follower count, in the field while it is empty.
briefs-new-creator-followers-placeholder = es. 4,2K
briefs-cancel = Annulla
# Button.
briefs-new-creator-add = Aggiungi al brief

## The preview beside the editor.

briefs-preview = Anteprima
# Before the menu choosing which creator the page is shown for.
briefs-preview-for = Anteprima per
# In that menu: the page with the placeholders not filled in.
briefs-preview-placeholders = — segnaposto —
briefs-preview-alt = Il brief come verrà stampato
briefs-preview-empty = Dai un nome alla campagna per vedere la pagina.

## When no email program opened: the email to copy by hand.

briefs-unsent-title = Invia questa email dalla tua posta
briefs-unsent-lead = Su questo computer non si è aperto nessun programma di posta. Copia il messaggio nella posta che usi (va bene anche una webmail) e allega il PDF: la sua cartella è già aperta.
# Labels of the email's parts.
briefs-unsent-to = A
briefs-unsent-subject = Oggetto
briefs-unsent-message = Messaggio
briefs-unsent-attachment = Allegato
# Buttons.
briefs-copy = Copia
briefs-copy-message = Copia il messaggio
briefs-show-pdf = Mostra il PDF
briefs-done = Fatto
# Toasts after copying.
briefs-copied-address = Indirizzo copiato.
briefs-copied-subject = Oggetto copiato.
briefs-copied-message = Messaggio copiato.

## The email that goes with a brief, in the creator's language. $campaign is the campaign's name, $shop the shop's.

briefs-email-subject = { $campaign }: il tuo brief da { $shop }
# The subject when the shop has no name yet.
briefs-email-subject-no-shop = { $campaign }: il tuo brief
# $first is the creator's first name.
briefs-email-greeting = Ciao { $first },
# $file is the attached PDF's name, $code the creator's discount code.
briefs-email-thanks = grazie di collaborare con noi per { $campaign }! In allegato trovi il tuo brief ({ $file }): una sola pagina con tutto quello che ti serve, cioè cosa ci piacerebbe vedere, le date e il tuo codice personale { $code }.
briefs-email-questions = Se qualcosa non è chiaro, rispondi pure a questa email.
# Above the name of who signs.
briefs-email-sign-off = A presto,
# Who signs when neither the owner's nor the shop's name is set.
briefs-email-team = Il team

## What a placeholder shows on a brief that is not for one creator.

briefs-stand-in-first-name = [nome]
briefs-stand-in-name = [nome e cognome]
briefs-stand-in-handle = [@nomeutente]
briefs-stand-in-code = [CODICE]
