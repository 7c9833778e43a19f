## Friendly reminders to a creator who has the product (or visited) and has not posted yet,
## shown on Home to copy or email. Written in the creator's language, as a message from the
## shop to the creator (so with the address the shop uses for creators).

# Where the shop's name goes when the shop has none yet: "everything from us", "let us know".
nudge-shop-unnamed = uns
# After 7 days: the kindest. $first is the creator's first name, $shop the shop's name, $code
# is empty or the sentence nudge-code. $post says whether the campaign is named: "campaign"
# ($campaign is its name) or "plain" (no campaign).
nudge-day-7 = Hallo { $first }! Wir hoffen, dir hat alles von { $shop } gefallen. Wir wollten nur kurz nachfragen, wie es mit { $post ->
        [campaign] deinem Beitrag für { $campaign }
       *[plain] deinem Beitrag
    } vorangeht – ganz ohne Eile.{ $code } Denk bitte daran, den Beitrag mit #Werbung oder #Anzeige zu kennzeichnen. Danke dir!
# After 10 days.
nudge-day-10 = Hallo { $first }, wir melden uns kurz wegen { $post ->
        [campaign] deines Beitrags für { $campaign }
       *[plain] deines Beitrags
    }. Brauchst du noch etwas von { $shop } – Fotos, Produktinfos, einen zweiten Besuch?{ $code } Wir sind gespannt, was du daraus machst!
# After 14 days: the clearest.
nudge-day-14 = Hallo { $first }, unsere Kooperation hat vor zwei Wochen begonnen und wir haben { $post ->
        [campaign] deinen Beitrag für { $campaign }
       *[plain] deinen Beitrag
    } noch nicht gesehen. Kannst du { $shop } Bescheid geben, wann du posten möchtest oder ob sich etwas geändert hat? Danke dir!
# Put into the reminders above when the deal has a discount code.
nudge-code = Dein Code { $code } steht für deine Follower bereit.
# The subject of the reminder's email.
nudge-subject = Ein kurzes Hallo von { $shop }
nudge-subject-campaign = { $campaign }: ein kurzes Hallo von { $shop }
# Noted in the deal's history (read by the shop) once the reminder is sent.
nudge-sent-note = Erinnerung gesendet (Tag { $day })
