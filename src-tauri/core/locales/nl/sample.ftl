## The sample shop's roster, briefs and deals, loaded at first run in the shop's language.
## They are the owner's own texts from then on (editable like anything typed). In the briefs,
## $first_name, $shop and $code are filled in per creator when a brief is sent: keep them.

# A creator's niche: a short tag, lower case.
sample-niche-coffee = koffie
sample-niche-brunch = brunch
sample-niche-vegan = vegan
sample-niche-baking = bakken
sample-niche-fashion = mode
sample-niche-vintage = vintage
sample-niche-beauty = beauty
sample-niche-fitness = fitness
sample-niche-family = gezin
sample-niche-travel = reizen
sample-niche-books = boeken
sample-niche-plants = planten
sample-niche-interiors = interieur
sample-niche-cycling = fietsen
sample-niche-street-food = streetfood
sample-niche-wine = wijn
sample-niche-photography = fotografie
sample-niche-local-events = lokale events
sample-niche-sustainability = duurzaamheid
sample-niche-pets = huisdieren
# Notes the owner keeps about a creator.
sample-note-market = Ontmoet op de voorjaarsmarkt; is dol op flat whites.
sample-note-openings = Post elke week een overzicht van nieuwe openingen.
sample-note-email = Wordt liever per e-mail benaderd.
sample-note-unboxing = Deed een geweldige unboxing voor een bakkerij in de buurt.

## The oat latte launch brief.

sample-latte-campaign = Lancering herfst-haverlatte
sample-latte-summary = Onze nieuwe haverlatte met zelfgemaakte kruidensiroop is er vanaf de lanceringsdag. { $first_name }, we zouden het superleuk vinden als jij hem als een van de eersten komt proeven, op een rustig moment in het café, en je volgers vertelt waarom hij een ommetje waard is.
sample-latte-goal-faces = Nieuwe gezichten uit de buurt binnenhalen in de twee lanceringsweken
sample-latte-goal-name = De kruidige haverlatte het drankje maken waar mensen bij naam om vragen
sample-latte-goal-following = Meer lokale volgers voor { $shop } met eerlijke, warme content
sample-latte-message-code = Noem je code { $code }: die geeft 15 % korting op een drankje in de twee lanceringsweken
sample-latte-message-tag = Tag { $shop } en gebruik #HaverlatteSeizoen
sample-latte-message-art = Laat de latte art en het plekje bij het raam zien, niet alleen het kopje
sample-latte-target-neighbours = Buren en studenten binnen 15 minuten lopen
sample-latte-target-plant = Koffiedrinkers die plantaardig of lactosevrij drinken
sample-latte-deliverable-reel = 1 reel van 30–60 sec., gefilmd in het café
sample-latte-deliverable-stories = 2 stories met een linksticker naar onze locatie op de kaart
sample-latte-deliverable-photo = 1 feedfoto in de carrousel na de lanceringsweek
sample-latte-step-visit = Bezoek en proeverij
sample-latte-step-concepts = Ideeën naar ons
sample-latte-step-drafts = Concepten om even te checken
sample-latte-step-live = Reel gaat live
sample-latte-step-stories = Stories en foto
# $amount is a sum of money, already written in the shop's currency.
sample-latte-compensation = Gratis drankjes en gebak tijdens het bezoek en een cadeaukaart van { $amount }.
sample-latte-do-yourself = Wees jezelf: je eigen woorden en muziek
sample-latte-do-daylight = Film bij daglicht, aan het raam
sample-latte-dont-brands = Geen andere koffiemerken in beeld
sample-latte-dont-early = Niets posten vóór de lanceringsdag

## The vintage market brief.

sample-market-campaign = Vintagemarktweekend
sample-market-summary = Eén keer per seizoen openen we de binnenplaats voor lokale makers. Kom langs, kies uit de rekken een stuk waar je verliefd op wordt (dat mag je houden) en laat zien hoe jij het stylt, { $first_name }.
sample-market-goal-fill = De binnenplaats vol krijgen op de marktochtend
sample-market-goal-makers = De makers voorstellen aan nieuwe klanten
sample-market-message-code = Je code { $code } geeft 10 % korting aan de kassa
sample-market-message-tag = Gebruik #BinnenplaatsMarkt
sample-market-disclosure = #adv of #spon aan het begin van je caption
sample-market-target-vintage = Fans van tweedehands en vintage
sample-market-target-families = Gezinnen die een uitje voor het weekend zoeken
sample-market-deliverable-stories = 3 stories op de dag zelf
sample-market-deliverable-tiktok = 1 try-on-video op TikTok, 20–40 sec.
sample-market-step-pick-up = Haal je stuk op uiterlijk
sample-market-step-posts = Posts op de marktdag
# $amount is a sum of money, already written in the shop's currency.
sample-market-compensation = Eén stuk naar keuze met een verkoopwaarde tot { $amount }.

## The sample deals.

sample-winter-campaign = Wintermenu
sample-deliverable-reel = 1 Instagram-reel
sample-deliverable-stories-code = 2 stories met je code
sample-item-latte-bag = Zak haverlatte, 250 g
sample-item-tasting = Proeverij voor twee
sample-item-scarf = Gebreide sjaal
sample-item-jacket = Vintage spijkerjas
sample-item-brunch = Brunch voor twee
