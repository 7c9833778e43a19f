## The sample shop's roster, briefs and deals, loaded at first run in the shop's language.
## They are the owner's own texts from then on (editable like anything typed). In the briefs,
## $first_name, $shop and $code are filled in per creator when a brief is sent: keep them.

# A creator's niche: a short tag, lower case.
sample-niche-coffee = caffè
sample-niche-brunch = brunch
sample-niche-vegan = vegan
sample-niche-baking = dolci
sample-niche-fashion = moda
sample-niche-vintage = vintage
sample-niche-beauty = beauty
sample-niche-fitness = fitness
sample-niche-family = famiglia
sample-niche-travel = viaggi
sample-niche-books = libri
sample-niche-plants = piante
sample-niche-interiors = arredamento
sample-niche-cycling = bici
sample-niche-street-food = street food
sample-niche-wine = vino
sample-niche-photography = fotografia
sample-niche-local-events = eventi in città
sample-niche-sustainability = sostenibilità
sample-niche-pets = animali
# Notes the owner keeps about a creator.
sample-note-market = Ci siamo conosciuti al mercatino di primavera; adora il flat white.
sample-note-openings = Pubblica ogni settimana una raccolta delle nuove aperture.
sample-note-email = Preferisce il contatto via email.
sample-note-unboxing = Ha fatto un bellissimo unboxing per un panificio qui vicino.

## The oat latte launch brief.

sample-latte-campaign = Lancio del caffellatte d’avena autunnale
sample-latte-summary = Il nostro nuovo caffellatte d’avena con sciroppo speziato fatto in casa arriva il giorno del lancio. { $first_name }, ci piacerebbe che fossi tra le prime persone ad assaggiarlo, in un momento tranquillo al bar, e che raccontassi ai tuoi follower perché vale la pena fare due passi fin qui.
sample-latte-goal-faces = Portare nel locale facce nuove del quartiere durante le due settimane del lancio
sample-latte-goal-name = Fare del caffellatte d’avena speziato la bevanda che la gente chiede per nome
sample-latte-goal-following = Far crescere la community locale di { $shop } con contenuti sinceri e calorosi
sample-latte-message-code = Cita il tuo codice { $code } per il 15 % di sconto su una bevanda nelle due settimane del lancio
sample-latte-message-tag = Tagga { $shop } e usa #AutunnoAllAvena
sample-latte-message-art = Mostra la latte art e il posto alla finestra, non solo la tazza
sample-latte-target-neighbours = Vicini di casa e studenti a meno di 15 minuti a piedi
sample-latte-target-plant = Chi beve il caffè con latte vegetale o senza lattosio
sample-latte-deliverable-reel = 1 reel, 30–60 s, girato nel locale
sample-latte-deliverable-stories = 2 stories con lo sticker link alla nostra posizione sulla mappa
sample-latte-deliverable-photo = 1 foto nel carosello del feed dopo la settimana del lancio
sample-latte-step-visit = Visita e degustazione
sample-latte-step-concepts = Invio delle idee
sample-latte-step-drafts = Bozze per un’occhiata veloce
sample-latte-step-live = Pubblicazione del reel
sample-latte-step-stories = Stories e foto
# $amount is a sum of money, already written in the shop's currency.
sample-latte-compensation = Bevande e dolci offerti durante la visita e una gift card da { $amount }.
sample-latte-do-yourself = Racconta a modo tuo, con parole e musica scelte da te
sample-latte-do-daylight = Gira con la luce naturale, vicino alla finestra
sample-latte-dont-brands = Nessun altro marchio di caffè nell’inquadratura
sample-latte-dont-early = Non pubblicare prima del giorno del lancio

## The vintage market brief.

sample-market-campaign = Weekend del mercatino vintage
sample-market-summary = Una volta a stagione apriamo il cortile agli artigiani della zona. Passa a trovarci, scegli dagli stender un capo che ami, tienilo e mostra come lo abbini tu, { $first_name }.
sample-market-goal-fill = Riempire il cortile la mattina del mercatino
sample-market-goal-makers = Far conoscere gli artigiani a nuovi clienti
sample-market-message-code = Il tuo codice { $code } dà il 10 % di sconto alla cassa
sample-market-message-tag = Usa #MercatinoDelCortile
sample-market-disclosure = #adv all’inizio della didascalia
sample-market-target-vintage = Appassionati di second hand e vintage
sample-market-target-families = Famiglie in cerca di un’uscita nel weekend
sample-market-deliverable-stories = 3 stories il giorno stesso
sample-market-deliverable-tiktok = 1 try-on su TikTok, 20–40 s
sample-market-step-pick-up = Ritira il tuo capo entro il
sample-market-step-posts = Post del giorno del mercatino
# $amount is a sum of money, already written in the shop's currency.
sample-market-compensation = Un capo a tua scelta dal valore massimo di { $amount } (prezzo di vendita).

## The sample deals.

sample-winter-campaign = Menu invernale
sample-deliverable-reel = 1 reel su Instagram
sample-deliverable-stories-code = 2 stories con il tuo codice
sample-item-latte-bag = Miscela per caffellatte d’avena, 250 g
sample-item-tasting = Degustazione per due
sample-item-scarf = Sciarpa in maglia
sample-item-jacket = Giacca di jeans vintage
sample-item-brunch = Brunch per due
