## The brief's page, as the PDF and the editor's preview show it, in the creator's language.

pdf-kicker = Creator-Briefing
pdf-for-handle = Für { $name } ({ $handle })  ·  { $date }
pdf-for = Für { $name }  ·  { $date }
pdf-prepared = Erstellt am { $date }
pdf-your-shop = Dein Geschäft
pdf-summary = Worum es geht
pdf-goals = Ziele
pdf-target-group = Zielgruppe
pdf-deliverables = Inhalte
pdf-messaging = Kernbotschaften
pdf-code = Dein Rabattcode
pdf-disclosure = Kennzeichnung
pdf-compensation = Vergütung
pdf-timeline = Zeitplan
pdf-do = Gerne
pdf-dont = Bitte nicht
pdf-dos-donts = Dos & Don’ts
pdf-questions = Fragen? { $contact }
# A timeline step set for a week rather than a day: "Week 49 · 30 Nov".
pdf-week = KW { $week } · { $monday }
# The PDF's title in a reader's document properties.
pdf-title-for = Creator-Briefing für { $name }: { $campaign }
pdf-title = Creator-Briefing: { $campaign }
# Printed when the brief names no way of disclosing: creators must always be told.
pdf-default-disclosure = #Werbung oder #Anzeige am Anfang der Caption

## The list of briefs (Briefs screen).

briefs-title = Briefings
briefs-subtitle = Eine Seite pro Creator: was entsteht, was gesagt wird und bis wann.
# Button.
briefs-new = + Neues Briefing
briefs-search-placeholder = Kampagnen suchen…
briefs-search = Briefings durchsuchen
# Tabs above the list.
briefs-tab-active = Aktiv
briefs-tab-archived = Archiviert
briefs-none-archived = Keine archivierten Briefings.
# $search is what was typed in the search box.
briefs-none-match = Kein Briefing passt zu „{ $search }“.
briefs-empty-title = Schreib dein erstes Briefing
briefs-empty-text = Beschreib die Kampagne einmal und füge dann die Creator hinzu, für die sie gedacht ist: Shoutout erstellt für jeden ein einseitiges PDF mit eigenem Rabattcode.
# Button.
briefs-empty-action = Briefing schreiben
# Under a brief in the list: how many creators it goes to, and when it was last changed ($date is already formatted).
briefs-item-meta = { $count ->
    [one] { $count } Creator
   *[other] { $count } Creator
} · geändert am { $date }
# Button: makes a copy of the brief to start a new one from.
briefs-use-as-template = Als Vorlage nutzen
# Buttons.
briefs-archive = Archivieren
briefs-restore = Wiederherstellen
# Toasts. $campaign is the brief's campaign name.
briefs-duplicated = „{ $campaign }“ erstellt.
briefs-archived = „{ $campaign }“ archiviert.
briefs-restored = „{ $campaign }“ wiederhergestellt.

## The brief editor: its fields.

briefs-back = ← Alle Briefings
briefs-new-title = Neues Briefing
briefs-edit-title = Briefing bearbeiten
# Button, for a brief already saved.
briefs-save = Speichern
# Button, for a brief not saved yet.
briefs-create = Briefing anlegen
briefs-campaign = Kampagnenname
briefs-summary = Zusammenfassung
# Under the summary. The words in braces are placeholders the app fills in for each creator: keep them exactly as they are.
briefs-placeholders-hint = Platzhalter: { "{first_name}" }, { "{name}" }, { "{handle}" }, { "{code}" } (der eigene Rabattcode des Creators), { "{shop}" }. In Listen ein Punkt pro Zeile.
# Field labels and, below each, the greyed example shown in the empty field.
briefs-goals = Ziele
briefs-goals-hint = Was die Kampagne erreichen soll
briefs-target-group = Zielgruppe
briefs-target-group-hint = Für wen sie gedacht ist
briefs-deliverables = Inhalte
briefs-deliverables-hint = z. B. 1 Reel, 30–60 Sek.
briefs-messaging = Kernbotschaften
# Keep { "{code}" } as it is: it is a placeholder.
briefs-messaging-hint = Code { "{code}" }, Markierungen, Hashtags, @Handle
briefs-dos = Dos (optional)
briefs-donts = Don’ts (optional)
briefs-disclosure = Kennzeichnung
briefs-contact = Kontakt für Fragen
briefs-contact-placeholder = Deine E-Mail aus den Einstellungen
briefs-no-contact = Creator können dich so nicht erreichen: Trag hier einen Kontakt ein oder deine E-Mail in den Einstellungen.
briefs-compensation = Vergütung
briefs-compensation-placeholder = Geschenk, Honorar, Provision – in Worten und Zahlen
# Toasts.
briefs-saved = Briefing gespeichert.
# $reason is the backend's explanation of what is wrong.
briefs-not-saved-yet = Das Briefing konnte noch nicht gespeichert werden: { $reason }

## The brief editor: its timeline.

briefs-timeline = Zeitplan
# After a label, in smaller grey text.
briefs-optional = (optional)
briefs-step = Schritt
briefs-step-name = Name des Schritts
briefs-date-or-week = Datum oder Woche
briefs-date = Datum
briefs-week = Woche
briefs-remove-step = Schritt entfernen
briefs-step-undated-date = Steht erst mit einem Datum auf der Seite.
briefs-step-undated-week = Steht erst mit einer Woche auf der Seite.
# The usual steps, offered as "+ …" buttons; the chosen one becomes the step's name on the brief.
briefs-step-concepts = Abgabe der Ideen
briefs-step-drafts = Abgabe der Entwürfe
briefs-step-posting = Veröffentlichung
# Button.
briefs-add-step = + Weiterer Schritt

## The brief editor: the creators it goes to.

briefs-creators = Creator
# $name is the creator's name.
briefs-code-for = Rabattcode für { $name }
# Button: opens an email with the brief's PDF to attach.
briefs-email = E-Mail
briefs-email-title = E-Mail-Entwurf an diesen Creator öffnen
# Button: starts recording a deal with this creator.
briefs-deal = Kooperation
briefs-deal-title = Kooperation mit diesem Creator festhalten: was du gibst, was gepostet wird, was es bringt
briefs-remove-creator = { $name } entfernen
# Search box for adding a creator to the brief.
briefs-add-creator = Nach Name oder Handle hinzufügen
# Button.
briefs-export-all = PDFs für alle Creator exportieren…
# After exporting: $count PDFs written to the folder $folder.
briefs-batch-saved = { $count ->
    [one] { $count } Briefing in { $folder } gespeichert.
   *[other] { $count } Briefings in { $folder } gespeichert.
}
# Toasts. $name is the creator's name, $code their discount code, $file the PDF's file name.
briefs-added = { $name } hinzugefügt.
briefs-added-with-code = { $name } hinzugefügt, mit dem Code { $code }.
briefs-in-roster-now = { $name } ist jetzt in deiner Creator-Liste. Sobald das Briefing gespeichert ist, kannst du { $name } über die Suche hinzufügen.
briefs-pdf-saved = { $file } gespeichert.
# $address is the creator's email address.
briefs-email-opened = E-Mail an { $address } geöffnet; der Ordner mit dem PDF ist offen, damit du es anhängen kannst.
briefs-email-opened-no-address = E-Mail an den Creator geöffnet; der Ordner mit dem PDF ist offen, damit du es anhängen kannst.

## Adding a creator who is not in the roster yet, from the brief.

briefs-new-creator = Neuer Creator – kommt in die Creator-Liste und in dieses Briefing
briefs-new-creator-name = Name
briefs-new-creator-handle = @Handle oder Profil-Link
briefs-new-creator-email = E-Mail
briefs-new-creator-followers = Follower
# Example of a follower count, in the field while it is empty.
briefs-new-creator-followers-placeholder = z. B. 4,2K
briefs-cancel = Abbrechen
# Button.
briefs-new-creator-add = Zum Briefing hinzufügen

## The preview beside the editor.

briefs-preview = Vorschau
# Before the menu choosing which creator the page is shown for.
briefs-preview-for = Vorschau für
# In that menu: the page with the placeholders not filled in.
briefs-preview-placeholders = — Platzhalter —
briefs-preview-alt = Das Briefing, wie es gedruckt wird
briefs-preview-empty = Gib der Kampagne einen Namen, um die Seite zu sehen.

## When no email program opened: the email to copy by hand.

briefs-unsent-title = E-Mail aus deinem Postfach senden
briefs-unsent-lead = Auf diesem Computer hat sich kein E-Mail-Programm geöffnet. Kopiere die Nachricht in dein E-Mail-Programm (Webmail geht auch) und hänge das PDF an; sein Ordner ist schon geöffnet.
# Labels of the email's parts.
briefs-unsent-to = An
briefs-unsent-subject = Betreff
briefs-unsent-message = Nachricht
briefs-unsent-attachment = Anhang
# Buttons.
briefs-copy = Kopieren
briefs-copy-message = Nachricht kopieren
briefs-show-pdf = PDF anzeigen
briefs-done = Fertig
# Toasts after copying.
briefs-copied-address = Adresse kopiert.
briefs-copied-subject = Betreff kopiert.
briefs-copied-message = Nachricht kopiert.

## The email that goes with a brief, in the creator's language. $campaign is the campaign's name, $shop the shop's.

briefs-email-subject = { $campaign }: dein Briefing von { $shop }
# The subject when the shop has no name yet.
briefs-email-subject-no-shop = { $campaign }: dein Briefing
# $first is the creator's first name.
briefs-email-greeting = Hallo { $first },
# $file is the attached PDF's name, $code the creator's discount code.
briefs-email-thanks = danke, dass du bei { $campaign } mit uns zusammenarbeitest! Im Anhang findest du dein einseitiges Briefing ({ $file }) mit allem Wichtigen auf einen Blick: was wir uns wünschen, die Termine und deinen persönlichen Code { $code }.
briefs-email-questions = Wenn etwas unklar ist, antworte einfach auf diese E-Mail.
# Above the name of who signs.
briefs-email-sign-off = Bis bald
# Who signs when neither the owner's nor the shop's name is set.
briefs-email-team = Das Team

## What a placeholder shows on a brief that is not for one creator.

briefs-stand-in-first-name = [Vorname]
briefs-stand-in-name = [Name]
briefs-stand-in-handle = [@Handle]
briefs-stand-in-code = [CODE]
