## Friendly reminders to a creator who has the product (or visited) and has not posted yet,
## shown on Home to copy or email. Written in the creator's language, as a message from the
## shop to the creator (so with the address the shop uses for creators).

# Where the shop's name goes when the shop has none yet: "everything from us", "let us know".
nudge-shop-unnamed = ons
# After 7 days: the kindest. $first is the creator's first name, $shop the shop's name, $code
# is empty or the sentence nudge-code. $post says whether the campaign is named: "campaign"
# ($campaign is its name) or "plain" (no campaign).
nudge-day-7 = Hoi { $first }! We hopen dat je hebt genoten van alles van { $shop }. Even een berichtje om te vragen hoe het gaat met { $post ->
        [campaign] je post voor { $campaign }
       *[plain] je post
    } — geen haast, hoor.{ $code } Zet je er wel #adv of #spon bij? Dankjewel!
# After 10 days.
nudge-day-10 = Hoi { $first }, even checken hoe het staat met { $post ->
        [campaign] je post voor { $campaign }
       *[plain] je post
    }. Heb je nog iets nodig van { $shop } — foto’s, productinformatie, een tweede bezoek?{ $code } We zijn benieuwd wat je maakt!
# After 14 days: the clearest.
nudge-day-14 = Hoi { $first }, onze samenwerking is twee weken geleden begonnen en we hebben { $post ->
        [campaign] je post voor { $campaign }
       *[plain] je post
    } nog niet voorbij zien komen. Laat je { $shop } weten wanneer je van plan bent te posten, of dat er iets is veranderd? Dankjewel!
# Put into the reminders above when the deal has a discount code.
nudge-code = Je code { $code } staat klaar voor je volgers.
# The subject of the reminder's email.
nudge-subject = Een kort berichtje van { $shop }
nudge-subject-campaign = { $campaign }: een kort berichtje van { $shop }
# Noted in the deal's history (read by the shop) once the reminder is sent.
nudge-sent-note = Herinnering verstuurd (dag { $day })
