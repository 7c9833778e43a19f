## Friendly reminders to a creator who has the product (or visited) and has not posted yet,
## shown on Home to copy or email. Written in the creator’s language, as a message from the
## shop to the creator (so with the address the shop uses for creators).

# Where the shop’s name goes when the shop has none yet: "everything from us", "let us know".
nudge-shop-unnamed = noi
# After 7 days: the kindest. $first is the creator’s first name, $shop the shop’s name, $code
# is empty or the sentence nudge-code. $post says whether the campaign is named: "campaign"
# ($campaign is its name) or "plain" (no campaign).
nudge-day-7 = Ciao { $first }! Speriamo che ti sia piaciuto tutto quello che hai ricevuto da { $shop }. Ti scriviamo solo per chiederti come procede { $post ->
        [campaign] il tuo post per { $campaign }
       *[plain] il tuo post
    }, senza fretta.{ $code } Ricordati di segnalarlo con #adv o #sponsorizzato. Grazie!
# After 10 days.
nudge-day-10 = Ciao { $first }, ti scriviamo per sapere come va { $post ->
        [campaign] il tuo post per { $campaign }
       *[plain] il tuo post
    }. Ti serve qualcosa da { $shop }: foto, dettagli sui prodotti, una seconda visita?{ $code } Non vediamo l’ora di vedere cosa creerai!
# After 14 days: the clearest.
nudge-day-14 = Ciao { $first }, sono passate due settimane dall’inizio della nostra collaborazione e non abbiamo ancora visto { $post ->
        [campaign] il tuo post per { $campaign }
       *[plain] il tuo post
    }. Puoi far sapere a { $shop } quando pensi di pubblicare, o se è cambiato qualcosa? Grazie!
# Put into the reminders above when the deal has a discount code.
nudge-code = Il tuo codice { $code } è pronto per i tuoi follower.
# The subject of the reminder’s email.
nudge-subject = Un saluto da { $shop }
nudge-subject-campaign = { $campaign }: un saluto da { $shop }
# Noted in the deal’s history (read by the shop) once the reminder is sent.
nudge-sent-note = Promemoria inviato (giorno { $day })
