## La pagina del brief, come la mostrano il PDF e l'anteprima, nella lingua del creator.

pdf-kicker = Brief per creator
pdf-for-handle = Per { $name } ({ $handle })  ·  { $date }
pdf-for = Per { $name }  ·  { $date }
pdf-prepared = Preparato il { $date }
pdf-your-shop = Il tuo negozio
pdf-summary = In breve
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
pdf-default-disclosure = #adv o #pubblicità all’inizio della didascalia
