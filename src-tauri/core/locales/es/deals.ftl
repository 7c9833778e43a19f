## The kinds of deal and their statuses, wherever they are shown or written.

# The creator is given a product to keep.
deal-kind-gifting = Regalo
# The creator is invited to come by (a meal, a treatment) for free.
deal-kind-visit = Visita
# Goods or services swapped for content.
deal-kind-barter = Intercambio
# The creator earns a share of the sales their code or link brings.
deal-kind-affiliate = Afiliación
# A flat fee.
deal-kind-paid = De pago
deal-status-proposed = Propuesta
deal-status-agreed = Acordada
deal-status-product_sent = Producto enviado
deal-status-content_due = Contenido pendiente
deal-status-posted = Publicada
deal-status-completed = Completada
deal-status-declined = Rechazada
deal-status-cancelled = Cancelada

## What each kind of deal means: the tooltip on the kind's choice in the deal form.

deals-kind-hint-gifting = Producto enviado o entregado en mano
deals-kind-hint-visit = Viene a la tienda: una cita reservada y un importe para gastar
deals-kind-hint-barter = Producto o servicio a cambio de contenido
deals-kind-hint-affiliate = Comisión sobre las ventas que genere
deals-kind-hint-paid = Una tarifa fija
# Shown when copying a link fails.
deals-clipboard-unavailable = El portapapeles no está disponible.

## The Deals screen: title, count, view switch, exports and the empty state.

deals-title = Colaboraciones
# Under the title: how many deals there are.
deals-count =
    { $count ->
        [one] { $count } colaboración
       *[other] { $count } colaboraciones
    }
# Under the title, while a search or filter is on: how many deals it finds.
deals-count-match =
    { $count ->
        [one] { $count } colaboración encontrada
       *[other] { $count } colaboraciones encontradas
    }
# The accessible name of the List/Board switch.
deals-view = Vista
deals-view-list = Lista
deals-view-board = Tablero
# Button: saves the deals shown as a CSV file.
deals-export-deals = Exportar colaboraciones
# Button: saves every item given in the deals shown as a CSV file.
deals-export-gifts = Exportar regalos
# Button, shown after a "+".
deals-new = Nueva colaboración
deals-empty-title = Aún no hay colaboraciones
deals-empty-text = Una colaboración registra lo que le das a un creador, lo que publica y lo que te aporta. Crea una aquí o desde la lista de creadores de un brief.
# Toast after moving a deal on the board. $name is the creator's name; $status the status it moved to.
deals-toast-moved =
    { $name }: { $status ->
        [proposed] propuesta
        [agreed] acordada
        [product_sent] producto enviado
        [content_due] contenido pendiente
        [posted] publicada
        [completed] completada
        [declined] rechazada
       *[cancelled] cancelada
    }.
# Toast with an Undo button. $name is the creator's name.
deals-toast-deleted = Colaboración con { $name } eliminada.
# $path is where the CSV file was saved.
deals-toast-exported-deals =
    { $count ->
        [one] { $count } colaboración exportada a { $path }.
       *[other] { $count } colaboraciones exportadas a { $path }.
    }
deals-toast-exported-gifts =
    { $count ->
        [one] { $count } artículo regalado exportado a { $path }.
       *[other] { $count } artículos regalados exportados a { $path }.
    }

## The search and filters above the deals.

deals-search-placeholder = Creador, campaña o código
deals-search-label = Buscar colaboraciones
deals-filter-status = Estado
deals-filter-any-status = Todos los estados
deals-filter-kind = Tipo
deals-filter-any-kind = Todos los tipos
deals-filter-campaign = Campaña
deals-filter-any-campaign = Todas las campañas
# Before the first date field: "From [date] to [date]".
deals-filter-from = Desde
# The accessible name of the first date field.
deals-filter-from-label = Desde
# Between the two date fields: "From [date] to [date]".
deals-filter-to = hasta
# The accessible name of the second date field.
deals-filter-to-label = Hasta
# Checkbox: only deals with a post past its due date.
deals-filter-overdue = Solo con retraso
# Button: removes the search and every filter.
deals-filter-clear = Limpiar

## The deals as a list.

deals-col-creator = Creador
deals-col-campaign = Campaña
deals-col-kind = Tipo
deals-col-status = Estado
# Column (click to sort): the date the next post is due.
deals-col-next-due = Próxima entrega
# Column (click to sort): what the deal costs the shop.
deals-col-cost = Coste
deals-col-revenue = Ingresos
# Badge on a deal whose post is late.
deals-overdue = Con retraso
# When no deal matches the search and filters; followed by the button deals-clear-filters.
deals-none-match = Ninguna colaboración coincide.
deals-clear-filters = Quitar los filtros
# Button at the end of the list. $count is how many it adds; $rest how many are not shown yet.
deals-show-more = Mostrar { $count } más (quedan { $rest })

## The deals as a board, one column per status.

# Above the board, while declined or cancelled deals are left off it. $which says which of the two
# statuses they have (declined, cancelled or both); $count how many deals.
deals-board-closed-hidden =
    { $which ->
        [declined]
            { $count ->
                [one] { $count } colaboración rechazada oculta.
               *[other] { $count } colaboraciones rechazadas ocultas.
            }
        [cancelled]
            { $count ->
                [one] { $count } colaboración cancelada oculta.
               *[other] { $count } colaboraciones canceladas ocultas.
            }
       *[both]
            { $count ->
                [one] { $count } colaboración rechazada o cancelada oculta.
               *[other] { $count } colaboraciones rechazadas o canceladas ocultas.
            }
    }
# The same line while they are shown.
deals-board-closed-shown =
    { $which ->
        [declined]
            { $count ->
                [one] Mostrando { $count } colaboración rechazada.
               *[other] Mostrando { $count } colaboraciones rechazadas.
            }
        [cancelled]
            { $count ->
                [one] Mostrando { $count } colaboración cancelada.
               *[other] Mostrando { $count } colaboraciones canceladas.
            }
       *[both]
            { $count ->
                [one] Mostrando { $count } colaboración rechazada o cancelada.
               *[other] Mostrando { $count } colaboraciones rechazadas o canceladas.
            }
    }
# Link-style buttons after that line: hide or show the declined and cancelled deals.
deals-board-hide = Ocultar
deals-board-show = Mostrar
# On a card: the day the next post is due, as formatted.
deals-card-due = Entrega: { $date }
# Tooltip on a card's button that moves it to the next status; $status is that status's name.
deals-card-move = Pasar a «{ $status }»
# At the end of a full column: $count cards more than it shows.
deals-board-more = + { $count } más: filtra o usa la lista

## The deal editor: its header and buttons.

# Link back to the list, shown after a "←".
deals-back = Todas las colaboraciones
# The title of a deal not yet saved.
deals-editor-new = Nueva colaboración
deals-editor-new-hint = Rellena lo que ya sepas; podrás añadir los resultados después de la publicación.
deals-delete = Eliminar
deals-close = Cerrar
deals-save = Guardar
deals-create = Crear colaboración
# Toast when saving finds mistakes. $message is the first mistake, as the app words it.
deals-toast-check-fields = Revisa los campos marcados: { $message }
deals-toast-created = Colaboración creada. Hazla avanzar con los botones de estado.
deals-toast-saved = Colaboración guardada.

## The deal editor: the deal itself.

deals-basics-title = La colaboración
deals-creator = Creador
# Button: choose another creator for a new deal.
deals-creator-change = Cambiar
deals-creator-search = Busca en la lista de creadores por nombre o usuario
deals-campaign = Campaña
deals-brief = Brief
# In the Brief menu: the deal has no brief.
deals-brief-none = Ninguno
deals-kind = Tipo
# Shown small after "Kind": more than one kind may be ticked.
deals-kind-several = (puedes elegir varios)
deals-platform = Plataforma
# The day the deal starts.
deals-starts = Inicio
deals-currency = Moneda
# For a visit: when it is booked, typed freely.
deals-visit-at = Visita reservada para
deals-visit-at-placeholder = p. ej., vie 4 dic, 15:00

## The deal editor: what the shop gives.

deals-given-title = Lo que da la tienda
# Column headings over the items given.
deals-item = Artículo
deals-item-qty = Cant.
deals-item-cost = Coste/ud.
deals-item-retail = PVP/ud.
# The accessible names of an item's fields and its remove button.
deals-item-name-label = Nombre del artículo
deals-item-qty-label = Cantidad
deals-item-cost-label = Coste para la tienda, por unidad
deals-item-retail-label = Precio de venta, por unidad
deals-item-remove = Quitar artículo
# Button, shown after a "+".
deals-item-add = Añadir un artículo
# The item added when a deal becomes a visit: what the creator may spend in the shop for free.
deals-item-allowance = Importe para gastar
deals-fee = Tarifa
deals-commission = Comisión %
deals-shipping = Envío
# The day the product was handed over or sent.
deals-handed-over = Entregado el

## The deal editor: what the creator delivers.

deals-deliverables-title = Lo que entrega el creador
# A post, a story or a video the creator promised.
deals-deliverable = Contenido
# The day it is due.
deals-due = Fecha límite
# Badge by the due date of a post not up yet. $days is how many days late.
deals-overdue-by =
    { $days ->
        [one] { $days } día de retraso
       *[other] { $days } días de retraso
    }
deals-deliverable-remove = Quitar contenido
deals-post-link = Enlace a la publicación
deals-posted-on = Publicado el
# Checkbox: the post says it is an ad or a gift (use the hashtags creators use in your language).
deals-disclosure-seen = Publicidad indicada (#publi) comprobada
# Button that opens the post in the browser, shown before a "↗".
deals-open-post = Abrir la publicación
# Button, shown after a "+".
deals-deliverable-add = Añadir contenido

## The deal editor: its status, the moves it can make and its history.

deals-status-title = Estado
# Button that moves a deal a step back; $status is the status it goes back to.
deals-move-back =
    { $status ->
        [proposed] Volver a «Propuesta»
        [agreed] Volver a «Acordada»
        [product_sent] Volver a «Producto enviado»
        [content_due] Volver a «Contenido pendiente»
        [posted] Volver a «Publicada»
        [completed] Volver a «Completada»
        [declined] Volver a «Rechazada»
       *[cancelled] Volver a «Cancelada»
    }
# Toast after a move; $status is the new status.
deals-toast-marked =
    { $status ->
        [proposed] Marcada como «Propuesta».
        [agreed] Marcada como «Acordada».
        [product_sent] Marcada como «Producto enviado».
        [content_due] Marcada como «Contenido pendiente».
        [posted] Marcada como «Publicada».
        [completed] Marcada como «Completada».
        [declined] Marcada como «Rechazada».
       *[cancelled] Marcada como «Cancelada».
    }
deals-note = Nota para el historial (opcional)
deals-note-placeholder = p. ej., enviado por mensajería, seguimiento 123

## The deal editor: tracking.

deals-tracking-title = Seguimiento
deals-discount-code = Código de descuento
# The page of the shop's website the creator links to.
deals-landing-page = Página de destino
deals-landing-placeholder = Tu web
# Button: copies the tracking link.
deals-copy = Copiar
deals-tracking-hint = Añade tu web en Ajustes (o aquí una página de destino) para obtener un enlace de seguimiento.
deals-toast-link-copied = Enlace de seguimiento copiado.

## The deal editor: results and the figures worked out from them.

deals-results-title = Resultados
deals-results-hint = Introduce lo que ha generado la publicación, según las estadísticas de la red social y tu caja. Los clientes que vienen a la tienda cuentan tanto como los clics.
deals-result-reach = Alcance
deals-result-impressions = Impresiones
deals-result-likes = Me gusta
deals-result-comments = Comentarios
deals-result-shares = Compartidos
deals-result-saves = Guardados
deals-result-clicks = Clics en el enlace
# How many times the discount code was used.
deals-result-redemptions = Canjes del código
# Customers who came into the shop and said the post sent them.
deals-result-walk_ins = Clientes que mencionaron la publicación
# $currency is the deal's currency code (EUR).
deals-result-revenue = Ingresos ({ $currency })
deals-figure-cost = Coste de la colaboración
deals-figure-retail = Valor de venta
deals-figure-commission = Comisión a pagar
deals-figure-engagement-rate = Tasa de interacción
deals-figure-cost-per-engagement = Coste por interacción
deals-figure-cost-per-click = Coste por clic
# What the revenue gained over the deal's cost, as a percentage of that cost.
deals-figure-return = Retorno sobre el coste
# Likes, comments and shares added up.
deals-figure-engagements = Interacciones
deals-figures-update = Las cifras se actualizan al guardar.

## The deal editor: after the deal.

deals-after-title = Después de la colaboración
deals-rating = Valoración
deals-rating-none = Sin valorar
deals-work-again = ¿Volver a colaborar?
deals-work-again-undecided = Sin decidir
deals-yes = Sí
deals-no = No
deals-feedback = Opinión
deals-notes = Notas

## Column headers of the deals and gifted-items CSV exports (for the bookkeeper).

deals-csv-creator = Creador
deals-csv-campaign = Campaña
deals-csv-kind = Tipo
deals-csv-status = Estado
deals-csv-start-date = Fecha de inicio
deals-csv-handover-date = Fecha de entrega del producto
deals-csv-next-due = Próxima entrega
deals-csv-last-posted = Última publicación
deals-csv-currency = Moneda
deals-csv-items-cost = Coste de los artículos
deals-csv-items-retail = Valor de venta de los artículos
deals-csv-fee = Tarifa
deals-csv-commission-percent = Comisión %
deals-csv-commission = Comisión
deals-csv-shipping = Envío
deals-csv-total-cost = Coste total
deals-csv-discount-code = Código de descuento
deals-csv-tracking-link = Enlace de seguimiento
deals-csv-reach = Alcance
deals-csv-impressions = Impresiones
deals-csv-likes = Me gusta
deals-csv-comments = Comentarios
deals-csv-shares = Compartidos
deals-csv-saves = Guardados
deals-csv-link-clicks = Clics en el enlace
deals-csv-redemptions = Canjes del código
deals-csv-walk-ins = Clientes en tienda
deals-csv-revenue = Ingresos
deals-csv-return-percent = Retorno sobre el coste %
# Only in the gifted-items export.
deals-csv-date = Fecha
deals-csv-item = Artículo
deals-csv-quantity = Cantidad
deals-csv-unit-cost = Coste unitario
deals-csv-unit-retail = Valor de venta unitario
deals-csv-cost = Coste
deals-csv-retail = Valor de venta
