## Friendly reminders to a creator who has the product (or visited) and has not posted yet,
## shown on Home to copy or email. Written in the creator's language, as a message from the
## shop to the creator (so with the address the shop uses for creators).

# Where the shop's name goes when the shop has none yet: "everything from us", "let us know".
nudge-shop-unnamed = nós
# After 7 days: the kindest. $first is the creator's first name, $shop the shop's name, $code
# is empty or the sentence nudge-code. $post says whether the campaign is named: "campaign"
# ($campaign is its name) or "plain" (no campaign).
nudge-day-7 = Olá, { $first }! Esperamos que tenha gostado de tudo o que recebeu de { $shop }. Só queríamos saber como está a correr { $post ->
        [campaign] a sua publicação da campanha { $campaign }
       *[plain] a sua publicação
    } — sem pressa nenhuma.{ $code } Lembre-se de identificar a publicação com #pub ou #publicidade. Obrigado!
# After 10 days.
nudge-day-10 = Olá, { $first }! Queríamos saber novidades sobre { $post ->
        [campaign] a sua publicação da campanha { $campaign }
       *[plain] a sua publicação
    }. Precisa de alguma coisa de { $shop } — fotografias, informações sobre os produtos, uma segunda visita?{ $code } Estamos ansiosos por ver o que vai criar!
# After 14 days: the clearest.
nudge-day-14 = Olá, { $first }, já passaram duas semanas desde o início da nossa colaboração e ainda não vimos { $post ->
        [campaign] a sua publicação da campanha { $campaign }
       *[plain] a sua publicação
    }. Pode enviar uma mensagem para { $shop } a dizer quando pensa publicar, ou se alguma coisa mudou? Obrigado!
# Put into the reminders above when the deal has a discount code.
nudge-code = O seu código { $code } está pronto para os seus seguidores.
# The subject of the reminder's email.
nudge-subject = Um olá rápido de { $shop }
nudge-subject-campaign = { $campaign }: um olá rápido de { $shop }
# Noted in the deal's history (read by the shop) once the reminder is sent.
nudge-sent-note = Lembrete enviado (dia { $day })
