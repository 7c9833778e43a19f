## The kinds of deal and their statuses, wherever they are shown or written.

# The creator is given a product to keep.
deal-kind-gifting = Oferta
# The creator is invited to come by (a meal, a treatment) for free.
deal-kind-visit = Visita
# Goods or services swapped for content.
deal-kind-barter = Troca
# The creator earns a share of the sales their code or link brings.
deal-kind-affiliate = Afiliação
# A flat fee.
deal-kind-paid = Paga
deal-status-proposed = Proposta
deal-status-agreed = Acordada
deal-status-product_sent = Produto enviado
deal-status-content_due = Conteúdo pendente
deal-status-posted = Publicada
deal-status-completed = Concluída
deal-status-declined = Recusada
deal-status-cancelled = Cancelada

## What each kind of deal means: the tooltip on the kind's choice in the deal form.

deals-kind-hint-gifting = Produto enviado ou entregue em mão
deals-kind-hint-visit = O criador vem à loja: hora marcada e um valor para gastar
deals-kind-hint-barter = Produto ou serviço em troca de conteúdo
deals-kind-hint-affiliate = Comissão sobre as vendas que o criador gerar
deals-kind-hint-paid = Um valor fixo
# Shown when copying a link fails.
deals-clipboard-unavailable = A área de transferência não está disponível.

## The Deals screen: title, count, view switch, exports and the empty state.

deals-title = Colaborações
# Under the title: how many deals there are.
deals-count =
    { $count ->
        [0] Nenhuma colaboração
        [one] { $count } colaboração
       *[other] { $count } colaborações
    }
# Under the title, while a search or filter is on: how many deals it finds.
deals-count-match =
    { $count ->
        [0] Nenhuma colaboração encontrada
        [one] { $count } colaboração encontrada
       *[other] { $count } colaborações encontradas
    }
# The accessible name of the List/Board switch.
deals-view = Vista
deals-view-list = Lista
deals-view-board = Quadro
# Button: saves the deals shown as a CSV file.
deals-export-deals = Exportar colaborações
# Button: saves every item given in the deals shown as a CSV file.
deals-export-gifts = Exportar ofertas
# Button, shown after a "+".
deals-new = Nova colaboração
deals-empty-title = Ainda não há colaborações
deals-empty-text = Uma colaboração regista o que oferece a um criador, o que é publicado e o que isso traz à loja. Comece uma aqui ou a partir da lista de criadores de um briefing.
# Toast after moving a deal on the board. $name is the creator's name; $status the status it moved to.
deals-toast-moved =
    { $name }: { $status ->
        [proposed] proposta
        [agreed] acordada
        [product_sent] produto enviado
        [content_due] conteúdo pendente
        [posted] publicada
        [completed] concluída
        [declined] recusada
       *[cancelled] cancelada
    }.
# Toast with an Undo button. $name is the creator's name.
deals-toast-deleted = Colaboração com { $name } eliminada.
# $path is where the CSV file was saved.
deals-toast-exported-deals =
    { $count ->
        [0] Nenhuma colaboração exportada para { $path }.
        [one] { $count } colaboração exportada para { $path }.
       *[other] { $count } colaborações exportadas para { $path }.
    }
deals-toast-exported-gifts =
    { $count ->
        [0] Nenhum artigo oferecido exportado para { $path }.
        [one] { $count } artigo oferecido exportado para { $path }.
       *[other] { $count } artigos oferecidos exportados para { $path }.
    }

## The search and filters above the deals.

deals-search-placeholder = Criador, campanha ou código
deals-search-label = Pesquisar colaborações
deals-filter-status = Estado
deals-filter-any-status = Todos os estados
deals-filter-kind = Tipo
deals-filter-any-kind = Todos os tipos
deals-filter-campaign = Campanha
deals-filter-any-campaign = Todas as campanhas
# Before the first date field: "From [date] to [date]".
deals-filter-from = De
# The accessible name of the first date field.
deals-filter-from-label = Desde
# Between the two date fields: "From [date] to [date]".
deals-filter-to = a
# The accessible name of the second date field.
deals-filter-to-label = Até
# Checkbox: only deals with a post past its due date.
deals-filter-overdue = Só em atraso
# Button: removes the search and every filter.
deals-filter-clear = Limpar

## The deals as a list.

deals-col-creator = Criador
deals-col-campaign = Campanha
deals-col-kind = Tipo
deals-col-status = Estado
# Column (click to sort): the date the next post is due.
deals-col-next-due = Próximo prazo
# Column (click to sort): what the deal costs the shop.
deals-col-cost = Custo
deals-col-revenue = Receita
# Badge on a deal whose post is late.
deals-overdue = Em atraso
# When no deal matches the search and filters; followed by the button deals-clear-filters.
deals-none-match = Nenhuma colaboração encontrada.
deals-clear-filters = Limpar os filtros
# Button at the end of the list. $count is how many it adds; $rest how many are not shown yet.
deals-show-more = Mostrar mais { $count } de { $rest }

## The deals as a board, one column per status.

# Above the board, while declined or cancelled deals are left off it. $which says which of the two
# statuses they have (declined, cancelled or both); $count how many deals.
deals-board-closed-hidden =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } colaboração recusada oculta.
               *[other] { $count } colaborações recusadas ocultas.
            }
        [cancelled]
            { $count ->
                [one] { $count } colaboração cancelada oculta.
               *[other] { $count } colaborações canceladas ocultas.
            }
       *[both]
            { $count ->
                [one] { $count } colaboração recusada ou cancelada oculta.
               *[other] { $count } colaborações recusadas ou canceladas ocultas.
            }
    }
# The same line while they are shown.
deals-board-closed-shown =
    { $which ->
        [declined]
            { $count ->
                [one] A mostrar { $count } colaboração recusada.
               *[other] A mostrar { $count } colaborações recusadas.
            }
        [cancelled]
            { $count ->
                [one] A mostrar { $count } colaboração cancelada.
               *[other] A mostrar { $count } colaborações canceladas.
            }
       *[both]
            { $count ->
                [one] A mostrar { $count } colaboração recusada ou cancelada.
               *[other] A mostrar { $count } colaborações recusadas ou canceladas.
            }
    }
# Link-style buttons after that line: hide or show the declined and cancelled deals.
deals-board-hide = Ocultar
deals-board-show = Mostrar
# On a card: the day the next post is due, as formatted.
deals-card-due = Prazo: { $date }
# Tooltip on a card's button that moves it to the next status; $status is that status's name.
deals-card-move = Passar para «{ $status }»
# At the end of a full column: $count cards more than it shows.
deals-board-more = + mais { $count }: filtre ou use a lista

## The deal editor: its header and buttons.

# Link back to the list, shown after a "←".
deals-back = Todas as colaborações
# The title of a deal not yet saved.
deals-editor-new = Nova colaboração
deals-editor-new-hint = Preencha o que já sabe; pode acrescentar os resultados depois da publicação.
deals-delete = Eliminar
deals-close = Fechar
deals-save = Guardar
deals-create = Criar colaboração
# Toast when saving finds mistakes. $message is the first mistake, as the app words it.
deals-toast-check-fields = Verifique os campos assinalados: { $message }
deals-toast-created = Colaboração criada. Faça-a avançar com os botões de estado.
deals-toast-saved = Colaboração guardada.

## The deal editor: the deal itself.

deals-basics-title = A colaboração
deals-creator = Criador
# Button: choose another creator for a new deal.
deals-creator-change = Alterar
deals-creator-search = Pesquisar na lista de criadores por nome ou @utilizador
deals-campaign = Campanha
deals-brief = Briefing
# In the Brief menu: the deal has no brief.
deals-brief-none = Nenhum
deals-kind = Tipo
# Shown small after "Kind": more than one kind may be ticked.
deals-kind-several = (pode escolher vários)
deals-platform = Plataforma
# The day the deal starts.
deals-starts = Início
deals-currency = Moeda
# For a visit: when it is booked, typed freely.
deals-visit-at = Visita marcada para
deals-visit-at-placeholder = p. ex. sex., 4 dez., 15:00

## The deal editor: what the shop gives.

deals-given-title = O que a loja oferece
# Column headings over the items given.
deals-item = Artigo
deals-item-qty = Qtd.
deals-item-cost = Custo unit.
deals-item-retail = PVP unit.
# The accessible names of an item's fields and its remove button.
deals-item-name-label = Nome do artigo
deals-item-qty-label = Quantidade
deals-item-cost-label = Custo para a loja, por unidade
deals-item-retail-label = Preço de venda, por unidade
deals-item-remove = Remover artigo
# Button, shown after a "+".
deals-item-add = Adicionar um artigo
# The item added when a deal becomes a visit: what the creator may spend in the shop for free.
deals-item-allowance = Valor para gastar
deals-fee = Remuneração
deals-commission = Comissão (%)
deals-shipping = Portes
# The day the product was handed over or sent.
deals-handed-over = Entregue em

## The deal editor: what the creator delivers.

deals-deliverables-title = O que o criador entrega
# A post, a story or a video the creator promised.
deals-deliverable = Conteúdo
# The day it is due.
deals-due = Prazo
# Badge by the due date of a post not up yet. $days is how many days late.
deals-overdue-by =
    { $days ->
        [one] { $days } dia de atraso
       *[other] { $days } dias de atraso
    }
deals-deliverable-remove = Remover conteúdo
deals-post-link = Link da publicação
deals-posted-on = Publicado em
# Checkbox: the post says it is an ad or a gift (use the hashtags creators use in your language).
deals-disclosure-seen = Identificação (#pub / #publicidade) verificada
# Button that opens the post in the browser, shown before a "↗".
deals-open-post = Abrir a publicação
# Button, shown after a "+".
deals-deliverable-add = Adicionar um conteúdo

## The deal editor: its status, the moves it can make and its history.

deals-status-title = Estado
# Button that moves a deal a step back; $status is the status it goes back to.
deals-move-back =
    { $status ->
        [proposed] Voltar a «Proposta»
        [agreed] Voltar a «Acordada»
        [product_sent] Voltar a «Produto enviado»
        [content_due] Voltar a «Conteúdo pendente»
        [posted] Voltar a «Publicada»
        [completed] Voltar a «Concluída»
        [declined] Voltar a «Recusada»
       *[cancelled] Voltar a «Cancelada»
    }
# Toast after a move; $status is the new status.
deals-toast-marked =
    { $status ->
        [proposed] Marcada como «Proposta».
        [agreed] Marcada como «Acordada».
        [product_sent] Marcada como «Produto enviado».
        [content_due] Marcada como «Conteúdo pendente».
        [posted] Marcada como «Publicada».
        [completed] Marcada como «Concluída».
        [declined] Marcada como «Recusada».
       *[cancelled] Marcada como «Cancelada».
    }
deals-note = Nota para o histórico (opcional)
deals-note-placeholder = p. ex. Enviado por correio, n.º de registo 123

## The deal editor: tracking.

deals-tracking-title = Rastreio
deals-discount-code = Código de desconto
# The page of the shop's website the creator links to.
deals-landing-page = Página de destino
deals-landing-placeholder = O seu site
# Button: copies the tracking link.
deals-copy = Copiar
deals-tracking-hint = Adicione o seu site nas Definições (ou aqui uma página de destino) para obter um link de rastreio.
deals-toast-link-copied = Link de rastreio copiado.

## The deal editor: results and the figures worked out from them.

deals-results-title = Resultados
deals-results-hint = Introduza o que a publicação trouxe, com base nas estatísticas da rede social e nas vendas da caixa. Os clientes que vêm à loja contam tanto como os cliques.
deals-result-reach = Alcance
deals-result-impressions = Impressões
deals-result-likes = Gostos
deals-result-comments = Comentários
deals-result-shares = Partilhas
deals-result-saves = Guardados
deals-result-clicks = Cliques no link
# How many times the discount code was used.
deals-result-redemptions = Utilizações do código
# Customers who came into the shop and said the post sent them.
deals-result-walk_ins = Clientes que referiram a publicação
# $currency is the deal's currency code (EUR).
deals-result-revenue = Receita ({ $currency })
deals-figure-cost = Custo da colaboração
deals-figure-retail = Valor a preço de venda
deals-figure-commission = Comissão a pagar
deals-figure-engagement-rate = Taxa de interação
deals-figure-cost-per-engagement = Custo por interação
deals-figure-cost-per-click = Custo por clique
# What the revenue gained over the deal's cost, as a percentage of that cost.
deals-figure-return = Retorno sobre o custo
# Likes, comments and shares added up.
deals-figure-engagements = Interações
deals-figures-update = Os valores atualizam-se quando guardar.

## The deal editor: after the deal.

deals-after-title = Depois da colaboração
deals-rating = Avaliação
deals-rating-none = Sem avaliação
deals-work-again = Voltar a colaborar?
deals-work-again-undecided = Por decidir
deals-yes = Sim
deals-no = Não
deals-feedback = Opinião
deals-notes = Notas

## Column headers of the deals and gifted-items CSV exports (for the bookkeeper).

deals-csv-creator = Criador
deals-csv-campaign = Campanha
deals-csv-kind = Tipo
deals-csv-status = Estado
deals-csv-start-date = Data de início
deals-csv-handover-date = Data de entrega
deals-csv-next-due = Próximo prazo
deals-csv-last-posted = Última publicação
deals-csv-currency = Moeda
deals-csv-items-cost = Artigos a preço de custo
deals-csv-items-retail = Artigos a preço de venda
deals-csv-fee = Remuneração
deals-csv-commission-percent = Comissão (%)
deals-csv-commission = Comissão
deals-csv-shipping = Portes
deals-csv-total-cost = Custo total
deals-csv-discount-code = Código de desconto
deals-csv-tracking-link = Link de rastreio
deals-csv-reach = Alcance
deals-csv-impressions = Impressões
deals-csv-likes = Gostos
deals-csv-comments = Comentários
deals-csv-shares = Partilhas
deals-csv-saves = Guardados
deals-csv-link-clicks = Cliques no link
deals-csv-redemptions = Utilizações do código
deals-csv-walk-ins = Visitas à loja
deals-csv-revenue = Receita
deals-csv-return-percent = Retorno sobre o custo (%)
# Only in the gifted-items export.
deals-csv-date = Data
deals-csv-item = Artigo
deals-csv-quantity = Quantidade
deals-csv-unit-cost = Custo unitário
deals-csv-unit-retail = Valor de venda unitário
deals-csv-cost = Custo
deals-csv-retail = Valor de venda
