## Friendly reminders to a creator who has the product (or visited) and has not posted yet,
## shown on Home to copy or email. Written in the creator's language, as a message from the
## shop to the creator (so with the address the shop uses for creators).

# Where the shop's name goes when the shop has none yet: "everything from us", "let us know".
nudge-shop-unnamed = nosotros
# After 7 days: the kindest. $first is the creator's first name, $shop the shop's name, $code
# is empty or the sentence nudge-code. $post says whether the campaign is named: "campaign"
# ($campaign is its name) or "plain" (no campaign).
nudge-day-7 = ¡Hola, { $first }! Esperamos que hayas disfrutado de todo lo que te ha llegado de { $shop }. Solo queríamos saludarte y preguntarte qué tal va { $post ->
        [campaign] tu publicación para { $campaign }
       *[plain] tu publicación
    }, sin ninguna prisa.{ $code } Recuerda marcarla con #publi o #publicidad. ¡Gracias!
# After 10 days.
nudge-day-10 = Hola, { $first }. Te escribimos para saber qué tal va { $post ->
        [campaign] tu publicación para { $campaign }
       *[plain] tu publicación
    }. ¿Necesitas algo de { $shop }: fotos, información de los productos, una segunda visita?{ $code } ¡Tenemos muchas ganas de ver lo que prepares!
# After 14 days: the clearest.
nudge-day-14 = Hola, { $first }. Han pasado dos semanas desde que empezó tu colaboración con { $shop } y todavía no hemos visto { $post ->
        [campaign] tu publicación para { $campaign }
       *[plain] tu publicación
    }. ¿Nos cuentas cuándo piensas publicar o si ha cambiado algo? ¡Gracias!
# Put into the reminders above when the deal has a discount code.
nudge-code = Tu código { $code } ya está listo para tus seguidores.
# The subject of the reminder's email.
nudge-subject = Un saludo de { $shop }
nudge-subject-campaign = { $campaign }: un saludo de { $shop }
# Noted in the deal's history (read by the shop) once the reminder is sent.
nudge-sent-note = Recordatorio enviado (día { $day })
