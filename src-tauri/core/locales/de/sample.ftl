## The sample shop's roster, briefs and deals, loaded at first run in the shop's language.
## They are the owner's own texts from then on (editable like anything typed). In the briefs,
## $first_name, $shop and $code are filled in per creator when a brief is sent: keep them.

# A creator's niche: a short tag, lower case.
sample-niche-coffee = kaffee
sample-niche-brunch = brunch
sample-niche-vegan = vegan
sample-niche-baking = backen
sample-niche-fashion = mode
sample-niche-vintage = vintage
sample-niche-beauty = beauty
sample-niche-fitness = fitness
sample-niche-family = familie
sample-niche-travel = reisen
sample-niche-books = bücher
sample-niche-plants = pflanzen
sample-niche-interiors = interior
sample-niche-cycling = radfahren
sample-niche-street-food = streetfood
sample-niche-wine = wein
sample-niche-photography = fotografie
sample-niche-local-events = lokale events
sample-niche-sustainability = nachhaltigkeit
sample-niche-pets = haustiere
# Notes the owner keeps about a creator.
sample-note-market = Auf dem Frühlingsmarkt kennengelernt; liebt Flat Whites.
sample-note-openings = Postet jede Woche einen Überblick über neue Eröffnungen.
sample-note-email = Möchte lieber per E-Mail kontaktiert werden.
sample-note-unboxing = Hat ein tolles Unboxing für eine Bäckerei in der Nähe gemacht.

## The oat latte launch brief.

sample-latte-campaign = Hafer-Latte-Launch im Herbst
sample-latte-summary = Ab dem Launch-Tag gibt es unseren neuen Hafer-Latte mit hausgemachtem Gewürzsirup. { $first_name }, wir würden uns freuen, wenn du ihn schon ganz früh in einem ruhigen Moment im Café probierst und deinen Followern erzählst, warum sich der Weg zu uns lohnt.
sample-latte-goal-faces = In den zwei Launch-Wochen neue Gesichter aus der Nachbarschaft ins Café holen
sample-latte-goal-name = Den Gewürz-Hafer-Latte zu dem Getränk machen, das man beim Namen bestellt
sample-latte-goal-following = Die lokale Community von { $shop } mit ehrlichen, herzlichen Inhalten wachsen lassen
sample-latte-message-code = Erwähne deinen Code { $code } für 15 % Rabatt auf ein Getränk in den zwei Launch-Wochen
sample-latte-message-tag = Markiere { $shop } und nutze #HaferLatteSaison
sample-latte-message-art = Zeig die Latte Art und den Fensterplatz, nicht nur die Tasse
sample-latte-target-neighbours = Nachbarschaft und Studierende im Umkreis von 15 Gehminuten
sample-latte-target-plant = Alle, die ihren Kaffee pflanzlich oder laktosefrei trinken
sample-latte-deliverable-reel = 1 Reel, 30–60 Sek., im Café gedreht
sample-latte-deliverable-stories = 2 Stories mit Link-Sticker zu unserem Standort auf der Karte
sample-latte-deliverable-photo = 1 Feed-Foto im Karussell nach der Launch-Woche
sample-latte-step-visit = Besuch und Verkostung
sample-latte-step-concepts = Ideen an uns
sample-latte-step-drafts = Entwürfe zum kurzen Drüberschauen
sample-latte-step-live = Reel geht online
sample-latte-step-stories = Stories und Foto
# $amount is a sum of money, already written in the shop's currency.
sample-latte-compensation = Gratis Getränke und Gebäck beim Besuch und ein Gutschein über { $amount }.
sample-latte-do-yourself = Bleib du selbst: deine eigenen Worte und deine Musik
sample-latte-do-daylight = Bei Tageslicht am Fenster filmen
sample-latte-dont-brands = Keine anderen Kaffeemarken im Bild
sample-latte-dont-early = Nichts vor dem Launch-Tag posten

## The vintage market brief.

sample-market-campaign = Vintage-Markt-Wochenende
sample-market-summary = Einmal pro Saison öffnen wir den Innenhof für Handwerker und kleine Labels aus der Gegend. Komm vorbei, { $first_name }, such dir an den Kleiderstangen ein Lieblingsteil aus, behalte es und zeig, wie du es stylst.
sample-market-goal-fill = Den Innenhof am Marktmorgen füllen
sample-market-goal-makers = Die Handwerker und Labels neuen Kunden vorstellen
sample-market-message-code = Dein Code { $code } bringt 10 % Rabatt an der Kasse
sample-market-message-tag = Nutze #Hofmarkt
sample-market-disclosure = #Werbung oder #Anzeige am Anfang der Caption
sample-market-target-vintage = Fans von Secondhand und Vintage
sample-market-target-families = Familien auf der Suche nach einem Wochenendausflug
sample-market-deliverable-stories = 3 Stories am Markttag
sample-market-deliverable-tiktok = 1 TikTok-Try-on, 20–40 Sek.
sample-market-step-pick-up = Teil abholen bis
sample-market-step-posts = Beiträge am Markttag
# $amount is a sum of money, already written in the shop's currency.
sample-market-compensation = Ein Teil deiner Wahl bis zu einem Verkaufswert von { $amount }.

## The sample deals.

sample-winter-campaign = Wintermenü
sample-deliverable-reel = 1 Instagram-Reel
sample-deliverable-stories-code = 2 Stories mit deinem Code
sample-item-latte-bag = Hafer-Latte-Beutel, 250 g
sample-item-tasting = Verkostung für zwei
sample-item-scarf = Strickschal
sample-item-jacket = Vintage-Jeansjacke
sample-item-brunch = Brunch für zwei
