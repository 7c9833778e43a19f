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
pdf-compensation = Rémunération
pdf-timeline = Calendrier
pdf-do = À faire
pdf-dont = À éviter
pdf-dos-donts = À faire et à éviter
pdf-questions = Des questions ? { $contact }
pdf-week = Semaine { $week } · { $monday }
pdf-title-for = Brief créateur pour { $name } : { $campaign }
pdf-title = Brief créateur : { $campaign }
pdf-default-disclosure = « Publicité » ou « Collaboration commerciale » en début de légende, et visible sur la photo ou la vidéo
