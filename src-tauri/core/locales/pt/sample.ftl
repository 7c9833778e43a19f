## The sample shop's roster, briefs and deals, loaded at first run in the shop's language.
## They are the owner's own texts from then on (editable like anything typed). In the briefs,
## $first_name, $shop and $code are filled in per creator when a brief is sent: keep them.

# A creator's niche: a short tag, lower case.
sample-niche-coffee = café
sample-niche-brunch = brunch
sample-niche-vegan = vegan
sample-niche-baking = pastelaria
sample-niche-fashion = moda
sample-niche-vintage = vintage
sample-niche-beauty = beleza
sample-niche-fitness = fitness
sample-niche-family = família
sample-niche-travel = viagens
sample-niche-books = livros
sample-niche-plants = plantas
sample-niche-interiors = decoração
sample-niche-cycling = ciclismo
sample-niche-street-food = comida de rua
sample-niche-wine = vinho
sample-niche-photography = fotografia
sample-niche-local-events = eventos locais
sample-niche-sustainability = sustentabilidade
sample-niche-pets = animais
# Notes the owner keeps about a creator.
sample-note-market = Conhecemo-nos no mercado da primavera; adora flat whites.
sample-note-openings = Publica todas as semanas um resumo das novas aberturas.
sample-note-email = Prefere o contacto por email.
sample-note-unboxing = Fez um unboxing ótimo para uma pastelaria aqui perto.

## The oat latte launch brief.

sample-latte-campaign = Lançamento do latte de aveia de outono
sample-latte-summary = O nosso novo latte de aveia com xarope de especiarias feito por nós chega no dia do lançamento. { $first_name }, gostaríamos muito que estivesse entre as primeiras pessoas a prová-lo, num momento calmo no café, e que contasse aos seus seguidores porque vale a pena cá vir.
sample-latte-goal-faces = Trazer caras novas do bairro durante as duas semanas de lançamento
sample-latte-goal-name = Fazer do latte de aveia com especiarias a bebida que as pessoas pedem pelo nome
sample-latte-goal-following = Fazer crescer a comunidade local de { $shop } com conteúdos honestos e calorosos
sample-latte-message-code = Mencione o seu código { $code } para 15 % de desconto numa bebida durante as duas semanas de lançamento
sample-latte-message-tag = Identifique { $shop } e use #TemporadaLatteDeAveia
sample-latte-message-art = Mostre a latte art e o lugar à janela, não só a chávena
sample-latte-target-neighbours = Vizinhos e estudantes a menos de 15 minutos a pé
sample-latte-target-plant = Quem bebe café com bebida vegetal ou sem lactose
sample-latte-deliverable-reel = 1 reel, 30–60 s, filmado no café
sample-latte-deliverable-stories = 2 stories com um autocolante de link para a nossa localização no mapa
sample-latte-deliverable-photo = 1 foto no carrossel do feed depois da semana de lançamento
sample-latte-step-visit = Visita e prova
sample-latte-step-concepts = Envio das ideias
sample-latte-step-drafts = Rascunhos para uma vista de olhos
sample-latte-step-live = Publicação do reel
sample-latte-step-stories = Stories e foto
# $amount is a sum of money, already written in the shop's currency.
sample-latte-compensation = Bebidas e pastelaria oferecidas durante a visita e um vale de oferta de { $amount }.
sample-latte-do-yourself = Mantenha o seu estilo: as suas palavras e a sua música
sample-latte-do-daylight = Filme com luz natural junto à janela
sample-latte-dont-brands = Nenhuma outra marca de café no enquadramento
sample-latte-dont-early = Não publicar antes do dia do lançamento

## The vintage market brief.

sample-market-campaign = Fim de semana do mercado vintage
sample-market-summary = Uma vez por estação, abrimos o pátio aos artesãos locais. Passe por cá, escolha nas araras uma peça de que goste muito, fique com ela e mostre-nos como a usa, { $first_name }.
sample-market-goal-fill = Encher o pátio na manhã do mercado
sample-market-goal-makers = Dar a conhecer os artesãos a novos clientes
sample-market-message-code = O seu código { $code } dá 10 % de desconto na caixa
sample-market-message-tag = Use #MercadoDoPátio
sample-market-disclosure = #pub ou #publicidade no início da legenda
sample-market-target-vintage = Fãs de segunda mão e vintage
sample-market-target-families = Famílias à procura de um passeio de fim de semana
sample-market-deliverable-stories = 3 stories no próprio dia
sample-market-deliverable-tiktok = 1 vídeo de try-on no TikTok, 20–40 s
sample-market-step-pick-up = Levantar a sua peça até
sample-market-step-posts = Publicações no dia do mercado
# $amount is a sum of money, already written in the shop's currency.
sample-market-compensation = Uma peça à sua escolha até { $amount } de preço de venda.

## The sample deals.

sample-winter-campaign = Menu de inverno
sample-deliverable-reel = 1 reel no Instagram
sample-deliverable-stories-code = 2 stories com o seu código
sample-item-latte-bag = Saco de latte de aveia, 250 g
sample-item-tasting = Prova de cafés para dois
sample-item-scarf = Cachecol de malha
sample-item-jacket = Casaco de ganga vintage
sample-item-brunch = Brunch para dois
