## The sample shop's roster, briefs and deals, loaded at first run in the shop's language.
## They are the owner's own texts from then on (editable like anything typed). In the briefs,
## $first_name, $shop and $code are filled in per creator when a brief is sent: keep them.

# A creator's niche: a short tag, lower case.
sample-niche-coffee = café
sample-niche-brunch = brunch
sample-niche-vegan = vegano
sample-niche-baking = repostería
sample-niche-fashion = moda
sample-niche-vintage = vintage
sample-niche-beauty = belleza
sample-niche-fitness = fitness
sample-niche-family = familia
sample-niche-travel = viajes
sample-niche-books = libros
sample-niche-plants = plantas
sample-niche-interiors = decoración
sample-niche-cycling = ciclismo
sample-niche-street-food = street food
sample-niche-wine = vino
sample-niche-photography = fotografía
sample-niche-local-events = planes locales
sample-niche-sustainability = sostenibilidad
sample-niche-pets = mascotas
# Notes the owner keeps about a creator.
sample-note-market = Nos conocimos en el mercado de primavera; le encantan los flat white.
sample-note-openings = Publica cada semana un resumen de las nuevas aperturas.
sample-note-email = Prefiere que le escribamos por correo electrónico.
sample-note-unboxing = Hizo un unboxing genial para una panadería del barrio.

## The oat latte launch brief.

sample-latte-campaign = Lanzamiento del latte de avena de otoño
sample-latte-summary = Nuestro nuevo latte de avena con sirope especiado casero llega el día del lanzamiento. { $first_name }, nos encantaría que estuvieras entre las primeras personas en probarlo, en un momento tranquilo en la cafetería, y que contaras a tus seguidores por qué merece la pena venir.
sample-latte-goal-faces = Atraer caras nuevas del barrio durante las dos semanas de lanzamiento
sample-latte-goal-name = Conseguir que el latte de avena especiado sea la bebida que la gente pide por su nombre
sample-latte-goal-following = Hacer crecer la comunidad local de { $shop } con contenido honesto y cercano
sample-latte-message-code = Menciona tu código { $code }: 15 % de descuento en una bebida durante las dos semanas de lanzamiento
sample-latte-message-tag = Etiqueta a { $shop } y usa #TemporadaLatteDeAvena
sample-latte-message-art = Enseña el latte art y el sitio junto a la ventana, no solo la taza
sample-latte-target-neighbours = Vecinos y estudiantes a menos de 15 minutos a pie
sample-latte-target-plant = Amantes del café con bebida vegetal o sin lactosa
sample-latte-deliverable-reel = 1 reel, 30–60 s, grabado en la cafetería
sample-latte-deliverable-stories = 2 stories con un sticker de enlace a nuestra ubicación en el mapa
sample-latte-deliverable-photo = 1 foto en carrusel en el feed después de la semana de lanzamiento
sample-latte-step-visit = Visita y degustación
sample-latte-step-concepts = Envío de ideas
sample-latte-step-drafts = Envío de borradores para revisarlos
sample-latte-step-live = Publicación del reel
sample-latte-step-stories = Stories y foto
# $amount is a sum of money, already written in the shop's currency.
sample-latte-compensation = Bebidas y bollería gratis durante la visita y una tarjeta regalo de { $amount }.
sample-latte-do-yourself = Sé tú: tus propias palabras y tu música
sample-latte-do-daylight = Graba con luz natural junto a la ventana
sample-latte-dont-brands = Ninguna otra marca de café en el encuadre
sample-latte-dont-early = No publicar antes del día del lanzamiento

## The vintage market brief.

sample-market-campaign = Fin de semana del mercado vintage
sample-market-summary = Una vez por temporada abrimos el patio a artesanos locales. Pásate, elige en los percheros una prenda que te encante, quédatela y enséñanos cómo la combinas tú, { $first_name }.
sample-market-goal-fill = Llenar el patio la mañana del mercado
sample-market-goal-makers = Dar a conocer a los artesanos entre nuevos clientes
sample-market-message-code = Tu código { $code } da un 10 % de descuento en caja
sample-market-message-tag = Usa #MercadoDelPatio
sample-market-disclosure = #publi o #publicidad al principio de la descripción
sample-market-target-vintage = Fans de la segunda mano y el vintage
sample-market-target-families = Familias que buscan un plan de fin de semana
sample-market-deliverable-stories = 3 stories el mismo día
sample-market-deliverable-tiktok = 1 try-on en TikTok, 20–40 s
sample-market-step-pick-up = Fecha límite para recoger tu prenda
sample-market-step-posts = Publicaciones del día del mercado
# $amount is a sum of money, already written in the shop's currency.
sample-market-compensation = Una prenda a tu elección con un precio de venta de hasta { $amount }.

## The sample deals.

sample-winter-campaign = Carta de invierno
sample-deliverable-reel = 1 reel de Instagram
sample-deliverable-stories-code = 2 stories con tu código
sample-item-latte-bag = Bolsa de latte de avena, 250 g
sample-item-tasting = Degustación para dos
sample-item-scarf = Bufanda de punto
sample-item-jacket = Chaqueta vaquera vintage
sample-item-brunch = Brunch para dos
