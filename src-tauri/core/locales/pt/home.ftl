## Home: the header, and what shows before there are any deals.

home-title = Início
# Under the title: $date is today, $count how many deals there are.
home-summary = { $date } · { $count ->
    [0] sem colaborações
    [one] { $count } colaboração
   *[other] { $count } colaborações
}
home-empty-title = Ainda nada para acompanhar
home-empty-text = Quando oferecer um produto, marcar uma visita ou pagar uma publicação, registe-o como uma colaboração: aqui vai ver o que está por entregar, o que está em atraso e o que cada criador trouxe.
# Button.
home-go-deals = Ir para colaborações
# Button.
home-go-creators = Ir para criadores

## The tiles at the top, and the lists of late and due deals.

# A tile, and the title of the list of late deals.
home-overdue = Em atraso
# A tile, and the title of the list of what is due in the next seven days.
home-due-this-week = A entregar esta semana
home-gifted-month = Oferecido este mês
home-gifted-year = Oferecido este ano
# Under the value gifted (at retail price): $cost is the same at cost, already written with its currency.
home-gifted-detail = { $cost } a preço de custo · { $count ->
    [0] nenhuma colaboração
    [one] { $count } colaboração
   *[other] { $count } colaborações
}
# On a late deal: how many days its post is late.
home-days-late = { $count ->
    [one] { $count } dia de atraso
   *[other] { $count } dias de atraso
}
home-overdue-none = Nada em atraso. 🎉
home-due-none = Nada a entregar nos próximos sete dias.
# Under a list that shows only the first few: $count is how many more there are.
home-and-more = e mais { $count }

## Friendly reminders to creators who have the product and have not posted yet.

home-nudges-title = Lembretes simpáticos
home-nudges-intro = Estes criadores receberam o produto ou fizeram a visita e ainda não publicaram.
# $date is the day they received the product or visited, $count the days since.
home-nudge-since = { $count ->
    [one] { $count } dia desde { $date }
   *[other] { $count } dias desde { $date }
}
# Button: copies the reminder's text.
home-nudge-copy = Copiar mensagem
# Button: opens the email app with the reminder.
home-nudge-email = Email
# Button: notes that the reminder was sent.
home-nudge-sent = Marcar como enviado
home-nudge-copied = Mensagem copiada: cole-a numa mensagem direta ou num email.
# $name is the creator's name.
home-nudge-noted = Lembrete para { $name } registado.

## Deals by status, and the charts.

home-by-status = Colaborações por estado
home-value-title = Valor oferecido por mês
# What a screen reader says in place of the chart.
home-value-chart = Valor oferecido por mês, a preço de custo e de venda
# A series in the chart: what the products cost the shop.
home-value-at-cost = Preço de custo
# A series in the chart: what the products sell for.
home-value-at-retail = Preço de venda
home-campaigns-title = Resultados por campanha
# What a screen reader says in place of the chart.
home-campaigns-chart = Receita e custo por campanha
home-campaigns-revenue = Receita
home-campaigns-cost = Custo
# Column headers of the table of campaigns.
home-col-campaign = Campanha
home-col-reach = Alcance
# How many times a discount code was used.
home-col-codes = Códigos
# How many people came into the shop because of the post.
home-col-walk-ins = Visitas à loja
home-campaigns-none = Os resultados aparecem aqui quando os introduzir numa colaboração publicada.
home-top-title = Criadores com melhor retorno
# What a screen reader says in place of the chart.
home-top-chart = Retorno sobre o custo por criador
# The series in the chart: revenue as a share of cost.
home-top-return = Retorno sobre o custo
home-top-none = Introduza a receita que uma colaboração gerou para ver quem dá mais retorno.
# Tooltip on a bar: $series is the series' name ("At cost"), $value the amount.
home-chart-tooltip = { $series }: { $value }
