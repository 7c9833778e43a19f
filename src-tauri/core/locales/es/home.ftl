## Home: the header, and what shows before there are any deals.

home-title = Inicio
# Under the title: $date is today, $count how many deals there are.
home-summary = { $date } · { $count ->
    [one] { $count } colaboración
   *[other] { $count } colaboraciones
}
home-empty-title = Aún no hay nada que seguir
home-empty-text = Cuando regales un producto, organices una visita o pagues por una publicación, regístralo como colaboración: aquí verás qué está pendiente, qué va con retraso y qué ha aportado cada creador.
# Button.
home-go-deals = Ir a colaboraciones
# Button.
home-go-creators = Ir a creadores

## The tiles at the top, and the lists of late and due deals.

# A tile, and the title of the list of late deals.
home-overdue = Con retraso
# A tile, and the title of the list of what is due in the next seven days.
home-due-this-week = Para esta semana
home-gifted-month = Regalado este mes
home-gifted-year = Regalado este año
# Under the value gifted (at retail price): $cost is the same at cost, already written with its currency.
home-gifted-detail = { $cost } a precio de coste · { $count ->
    [one] { $count } colaboración
   *[other] { $count } colaboraciones
}
# On a late deal: how many days its post is late.
home-days-late = { $count ->
    [one] { $count } día de retraso
   *[other] { $count } días de retraso
}
home-overdue-none = Nada va con retraso. 🎉
home-due-none = Nada pendiente en los próximos siete días.
# Under a list that shows only the first few: $count is how many more there are.
home-and-more = y { $count } más

## Friendly reminders to creators who have the product and have not posted yet.

home-nudges-title = Recordatorios amables
home-nudges-intro = Estos creadores recibieron el producto o hicieron la visita y aún no han publicado.
# $date is the day they received the product or visited, $count the days since.
home-nudge-since = { $count ->
    [one] { $count } día desde el { $date }
   *[other] { $count } días desde el { $date }
}
# Button: copies the reminder's text.
home-nudge-copy = Copiar mensaje
# Button: opens the email app with the reminder.
home-nudge-email = Enviar correo
# Button: notes that the reminder was sent.
home-nudge-sent = Marcar como enviado
home-nudge-copied = Mensaje copiado: pégalo en un mensaje directo o en un correo.
# $name is the creator's name.
home-nudge-noted = Recordatorio a { $name } anotado.

## Deals by status, and the charts.

home-by-status = Colaboraciones por estado
home-value-title = Valor regalado por mes
# What a screen reader says in place of the chart.
home-value-chart = Valor regalado por mes, a precio de coste y de venta
# A series in the chart: what the products cost the shop.
home-value-at-cost = Precio de coste
# A series in the chart: what the products sell for.
home-value-at-retail = Precio de venta
home-campaigns-title = Resultados por campaña
# What a screen reader says in place of the chart.
home-campaigns-chart = Ingresos y coste por campaña
home-campaigns-revenue = Ingresos
home-campaigns-cost = Coste
# Column headers of the table of campaigns.
home-col-campaign = Campaña
home-col-reach = Alcance
# How many times a discount code was used.
home-col-codes = Canjes
# How many people came into the shop because of the post.
home-col-walk-ins = Clientes en tienda
home-campaigns-none = Los resultados aparecerán cuando los introduzcas en una colaboración publicada.
home-top-title = Creadores más rentables
# What a screen reader says in place of the chart.
home-top-chart = Retorno sobre el coste por creador
# The series in the chart: revenue as a share of cost.
home-top-return = Retorno sobre el coste
home-top-none = Introduce los ingresos que ha generado cada colaboración para ver quién da mejor retorno.
# Tooltip on a bar: $series is the series' name ("At cost"), $value the amount.
home-chart-tooltip = { $series }: { $value }
