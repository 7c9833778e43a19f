## Friendly reminders to a creator who has the product (or visited) and has not posted yet,
## shown on Home to copy or email. Written in the creator's language, as a message from the
## shop to the creator (so with the address the shop uses for creators).

# Where the shop's name goes when the shop has none yet: "everything from us", "let us know".
nudge-shop-unnamed = notre équipe
# After 7 days: the kindest. $first is the creator's first name, $shop the shop's name, $code
# is empty or the sentence nudge-code. $post says whether the campaign is named: "campaign"
# ($campaign is its name) or "plain" (no campaign).
nudge-day-7 = Bonjour { $first } ! Nous espérons que vous avez apprécié tout ce que vous avez reçu de { $shop }. Un petit mot amical pour savoir où en est { $post ->
        [campaign] votre publication pour { $campaign }
       *[plain] votre publication
    } — rien ne presse.{ $code } Pensez à ajouter la mention « Publicité » ou « Collaboration commerciale ». Merci !
# After 10 days.
nudge-day-10 = Bonjour { $first }, nous revenons vers vous au sujet de { $post ->
        [campaign] votre publication pour { $campaign }
       *[plain] votre publication
    }. Avez-vous besoin de quelque chose de la part de { $shop } : des photos, des infos sur les produits, une deuxième visite ?{ $code } Nous avons hâte de voir ce que vous allez créer !
# After 14 days: the clearest.
nudge-day-14 = Bonjour { $first }, cela fait deux semaines que notre collaboration a commencé et nous n’avons pas encore vu { $post ->
        [campaign] votre publication pour { $campaign }
       *[plain] votre publication
    }. Pourriez-vous indiquer à { $shop } quand vous prévoyez de publier, ou si quelque chose a changé ? Merci !
# Put into the reminders above when the deal has a discount code.
nudge-code = Votre code { $code } est prêt pour vos abonnés.
# The subject of the reminder's email.
nudge-subject = Un petit bonjour de { $shop }
nudge-subject-campaign = { $campaign } : un petit bonjour de { $shop }
# Noted in the deal's history (read by the shop) once the reminder is sent.
nudge-sent-note = Relance envoyée (jour { $day })
