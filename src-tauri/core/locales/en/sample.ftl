## The sample shop's roster, briefs and deals, loaded at first run in the shop's language.
## They are the owner's own texts from then on (editable like anything typed). In the briefs,
## $first_name, $shop and $code are filled in per creator when a brief is sent: keep them.

# A creator's niche: a short tag, lower case.
sample-niche-coffee = coffee
sample-niche-brunch = brunch
sample-niche-vegan = vegan
sample-niche-baking = baking
sample-niche-fashion = fashion
sample-niche-vintage = vintage
sample-niche-beauty = beauty
sample-niche-fitness = fitness
sample-niche-family = family
sample-niche-travel = travel
sample-niche-books = books
sample-niche-plants = plants
sample-niche-interiors = interiors
sample-niche-cycling = cycling
sample-niche-street-food = street food
sample-niche-wine = wine
sample-niche-photography = photography
sample-niche-local-events = local events
sample-niche-sustainability = sustainability
sample-niche-pets = pets
# Notes the owner keeps about a creator.
sample-note-market = Met at the spring market; loves flat whites.
sample-note-openings = Posts a weekly round-up of new openings.
sample-note-email = Prefers to be contacted by email.
sample-note-unboxing = Did a great unboxing for a bakery nearby.

## The oat latte launch brief.

sample-latte-campaign = Autumn Oat Latte launch
sample-latte-summary = Our new oat latte with house-made spiced syrup arrives on launch day. We would love { $first_name } to be among the first to try it, at a quiet moment in the cafe, and to tell their followers what makes it worth the walk.
sample-latte-goal-faces = Bring new faces from the neighbourhood in during the launch fortnight
sample-latte-goal-name = Make the spiced oat latte the drink people ask for by name
sample-latte-goal-following = Grow { $shop }'s local following with honest, warm content
sample-latte-message-code = Mention your code { $code } for 15% off a drink in the launch fortnight
sample-latte-message-tag = Tag { $shop } and use #OatLatteSeason
sample-latte-message-art = Show the latte art and the window seat, not just the cup
sample-latte-target-neighbours = Neighbours and students within a 15-minute walk
sample-latte-target-plant = Plant-based and lactose-free coffee drinkers
sample-latte-deliverable-reel = 1 Reel, 30–60 s, filmed in the cafe
sample-latte-deliverable-stories = 2 Stories with a link sticker to our map pin
sample-latte-deliverable-photo = 1 feed photo in the carousel after the launch week
sample-latte-step-visit = Visit and tasting
sample-latte-step-concepts = Concepts to us
sample-latte-step-drafts = Drafts for a quick look
sample-latte-step-live = Reel goes live
sample-latte-step-stories = Stories and photo
# $amount is a sum of money, already written in the shop's currency.
sample-latte-compensation = Free drinks and pastries during the visit and a { $amount } gift card.
sample-latte-do-yourself = Be yourself: your own words and music
sample-latte-do-daylight = Film in daylight by the window
sample-latte-dont-brands = No other coffee brands in frame
sample-latte-dont-early = No posting before the launch day

## The vintage market brief.

sample-market-campaign = Vintage market weekend
sample-market-summary = Once a season we open the courtyard to local makers. Come by, pick a piece you love from the rails, keep it, and show { $first_name }'s way of styling it.
sample-market-goal-fill = Fill the courtyard on market morning
sample-market-goal-makers = Introduce the makers to new customers
sample-market-message-code = Your code { $code } gives 10% off at the till
sample-market-message-tag = Use #CourtyardMarket
sample-market-disclosure = #gifted at the start of the caption
sample-market-target-vintage = Second-hand and vintage fans
sample-market-target-families = Families looking for a weekend outing
sample-market-deliverable-stories = 3 Stories on the day
sample-market-deliverable-tiktok = 1 TikTok try-on, 20–40 s
sample-market-step-pick-up = Pick up your piece by
sample-market-step-posts = Market day posts
# $amount is a sum of money, already written in the shop's currency.
sample-market-compensation = One piece of your choice up to { $amount } retail value.

## The sample deals.

sample-winter-campaign = Winter menu
sample-deliverable-reel = 1 Instagram Reel
sample-deliverable-stories-code = 2 Stories with your code
sample-item-latte-bag = Oat latte bag, 250 g
sample-item-tasting = Tasting flight for two
sample-item-scarf = Knit scarf
sample-item-jacket = Vintage denim jacket
sample-item-brunch = Brunch for two
