## The sample shop's roster, briefs and deals, loaded at first run in the shop's language.
## They are the owner's own texts from then on (editable like anything typed). In the briefs,
## $first_name, $shop and $code are filled in per creator when a brief is sent: keep them.

# A creator's niche: a short tag, lower case.
sample-niche-coffee = café
sample-niche-brunch = brunch
sample-niche-vegan = vegan
sample-niche-baking = pâtisserie
sample-niche-fashion = mode
sample-niche-vintage = vintage
sample-niche-beauty = beauté
sample-niche-fitness = fitness
sample-niche-family = famille
sample-niche-travel = voyage
sample-niche-books = livres
sample-niche-plants = plantes
sample-niche-interiors = déco
sample-niche-cycling = vélo
sample-niche-street-food = street food
sample-niche-wine = vin
sample-niche-photography = photo
sample-niche-local-events = sorties locales
sample-niche-sustainability = écologie
sample-niche-pets = animaux
# Notes the owner keeps about a creator.
sample-note-market = Rencontre au marché de printemps ; fan de flat white.
sample-note-openings = Publie chaque semaine un récap des nouvelles adresses.
sample-note-email = Préfère les échanges par e-mail.
sample-note-unboxing = A fait un super unboxing pour une boulangerie du quartier.

## The oat latte launch brief.

sample-latte-campaign = Latte à l’avoine, lancement d’automne
sample-latte-summary = Notre nouveau latte à l’avoine, avec son sirop épicé fait maison, arrive le jour du lancement. { $first_name }, nous serions ravis que vous comptiez parmi les premières personnes à le goûter, à un moment calme au café, et que vous disiez à vos abonnés pourquoi il vaut le détour.
sample-latte-goal-faces = Faire venir de nouveaux visages du quartier pendant les deux semaines de lancement
sample-latte-goal-name = Faire du latte à l’avoine épicé la boisson que l’on commande par son nom
sample-latte-goal-following = Faire grandir la communauté locale de { $shop } avec des contenus sincères et chaleureux
sample-latte-message-code = Mentionnez votre code { $code } : 15 % de réduction sur une boisson pendant les deux semaines de lancement
sample-latte-message-tag = Identifiez { $shop } et utilisez #SaisonLatteAvoine
sample-latte-message-art = Montrez le latte art et la place près de la fenêtre, pas seulement la tasse
sample-latte-target-neighbours = Voisins et étudiants à moins de 15 minutes à pied
sample-latte-target-plant = Amateurs de café au lait végétal ou sans lactose
sample-latte-deliverable-reel = 1 Reel, 30–60 s, tourné au café
sample-latte-deliverable-stories = 2 Stories avec un sticker lien vers notre adresse sur la carte
sample-latte-deliverable-photo = 1 photo en carrousel sur le feed après la semaine de lancement
sample-latte-step-visit = Visite et dégustation
sample-latte-step-concepts = Envoi de vos idées
sample-latte-step-drafts = Brouillons à relire
sample-latte-step-live = Mise en ligne du Reel
sample-latte-step-stories = Stories et photo
# $amount is a sum of money, already written in the shop's currency.
sample-latte-compensation = Boissons et viennoiseries offertes pendant la visite, et une carte cadeau de { $amount }.
sample-latte-do-yourself = Restez vous-même : vos mots, votre musique
sample-latte-do-daylight = Filmez à la lumière du jour, près de la fenêtre
sample-latte-dont-brands = Aucune autre marque de café à l’image
sample-latte-dont-early = Aucune publication avant le jour du lancement

## The vintage market brief.

sample-market-campaign = Week-end du marché vintage
sample-market-summary = Une fois par saison, nous ouvrons notre cour aux artisans du coin. Passez nous voir, choisissez sur les portants une pièce qui vous plaît, gardez-la, et montrez votre façon de la porter, { $first_name }.
sample-market-goal-fill = Remplir la cour le matin du marché
sample-market-goal-makers = Faire découvrir les artisans à de nouveaux clients
sample-market-message-code = Votre code { $code } donne 10 % de réduction en caisse
sample-market-message-tag = Utilisez #MarchéDeLaCour
sample-market-disclosure = « Publicité » ou « Collaboration commerciale » en début de légende, et visible sur la photo ou la vidéo
sample-market-target-vintage = Amateurs de seconde main et de vintage
sample-market-target-families = Familles en quête d’une sortie le week-end
sample-market-deliverable-stories = 3 Stories le jour du marché
sample-market-deliverable-tiktok = 1 TikTok d’essayage, 20–40 s
sample-market-step-pick-up = Date limite de retrait de votre pièce
sample-market-step-posts = Publications le jour du marché
# $amount is a sum of money, already written in the shop's currency.
sample-market-compensation = Une pièce de votre choix d’une valeur maximale de { $amount } (prix de vente).

## The sample deals.

sample-winter-campaign = Carte d’hiver
sample-deliverable-reel = 1 Reel Instagram
sample-deliverable-stories-code = 2 Stories avec votre code
sample-item-latte-bag = Sachet de latte à l’avoine, 250 g
sample-item-tasting = Dégustation pour deux
sample-item-scarf = Écharpe en maille
sample-item-jacket = Veste en jean vintage
sample-item-brunch = Brunch pour deux
