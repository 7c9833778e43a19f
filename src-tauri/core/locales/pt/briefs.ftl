## A página do briefing, tal como o PDF e a pré-visualização a mostram, na língua do criador.

pdf-kicker = Briefing para criadores
pdf-for-handle = Para { $name } ({ $handle })  ·  { $date }
pdf-for = Para { $name }  ·  { $date }
pdf-prepared = Preparado em { $date }
pdf-your-shop = A sua loja
pdf-summary = Resumo
pdf-goals = Objetivos
pdf-target-group = Público-alvo
pdf-deliverables = Conteúdos
pdf-messaging = Mensagens principais
pdf-code = O seu código de desconto
pdf-disclosure = Identificação da parceria
pdf-compensation = Contrapartida
pdf-timeline = Calendário
pdf-do = A fazer
pdf-dont = A evitar
pdf-dos-donts = O que fazer e o que evitar
pdf-questions = Dúvidas? { $contact }
pdf-week = Semana { $week } · { $monday }
pdf-title-for = Briefing para { $name }: { $campaign }
pdf-title = Briefing para criadores: { $campaign }
pdf-default-disclosure = #pub ou #publicidade no início da legenda
