## De briefingpagina, zoals de pdf en het voorbeeld die tonen, in de taal van de creator.

pdf-kicker = Creatorbriefing
pdf-for-handle = Voor { $name } ({ $handle })  ·  { $date }
pdf-for = Voor { $name }  ·  { $date }
pdf-prepared = Opgesteld op { $date }
pdf-your-shop = Je winkel
pdf-summary = Waar het om gaat
pdf-goals = Doelen
pdf-target-group = Doelgroep
pdf-deliverables = Wat we vragen
pdf-messaging = Kernboodschappen
pdf-code = Je kortingscode
pdf-disclosure = Vermelding van de samenwerking
pdf-compensation = Vergoeding
pdf-timeline = Planning
pdf-do = Wel doen
pdf-dont = Niet doen
pdf-dos-donts = Wel en niet doen
pdf-questions = Vragen? { $contact }
pdf-week = Week { $week } · { $monday }
pdf-title-for = Creatorbriefing voor { $name }: { $campaign }
pdf-title = Creatorbriefing: { $campaign }
pdf-default-disclosure = #adv of #spon aan het begin van je caption
