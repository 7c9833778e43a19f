## Die Briefing-Seite, wie das PDF und die Vorschau sie zeigen, in der Sprache des Creators.

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
pdf-dos-donts = Dos & Don'ts
pdf-questions = Fragen? { $contact }
pdf-week = KW { $week } · { $monday }
pdf-title-for = Creator-Briefing für { $name }: { $campaign }
pdf-title = Creator-Briefing: { $campaign }
pdf-default-disclosure = #Werbung oder #Anzeige am Anfang der Caption
