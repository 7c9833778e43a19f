## A creator's page and form.

creator-language = Idioma
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = O da loja ({ $name })

## The names of platforms, statuses and tiers, wherever they are shown or written.

platform-instagram = Instagram
platform-tiktok = TikTok
platform-youtube = YouTube
platform-other = Outra
status-prospect = Potencial
status-contacted = Contactado
status-active = Ativo
status-paused = Em pausa
status-do_not_contact = Não contactar
# Creators below 1,000 followers, not yet nano.
tier-starter = Iniciante
tier-nano = Nano
tier-micro = Micro
tier-macro = Macro
tier-mega = Mega
tier-range-starter = menos de 1K
tier-range-nano = 1K–10K
tier-range-micro = 10K–100K
tier-range-macro = 100K–1M
tier-range-mega = 1M+

## The roster screen: its title, count and buttons.

# The roster screen, for screen readers.
roster-label = Lista de criadores
roster-title = Criadores
roster-loading = A carregar…
# Under the title while a search or filter is on. $shown: creators matching; $total: all creators.
roster-count-filtered =
    { $total ->
        [0] { $shown } de { $total } criadores
        [one] { $shown } de { $total } criador
       *[other] { $shown } de { $total } criadores
    }
# Under the title: how many creators the roster holds.
roster-count =
    { $count ->
        [0] Nenhum criador
        [one] { $count } criador
       *[other] { $count } criadores
    }
# Buttons.
roster-import-csv = Importar folha de cálculo
roster-export-csv = Exportar CSV
roster-add = Adicionar criador

## An empty roster: how to start one.

roster-empty-title = Comece a sua lista de criadores
roster-empty-text = Guarde num só sítio os criadores locais com quem trabalha: os nomes de utilizador, o público, os preços e os contactos.
# Buttons.
roster-empty-add = Adicionar um criador
roster-empty-brief = Escrever um briefing
roster-empty-import = Importar uma folha de cálculo (CSV)
roster-empty-sample = Experimentar uma lista de exemplo

## Search and filters above the table.

roster-search-label = Pesquisar criadores
roster-search-placeholder = Nomes, @utilizadores, nichos, notas…
# Each filter's name (read by screen readers), then its first choice, which filters nothing.
roster-filter-tier = Nível
roster-filter-tier-all = Todos os níveis
roster-filter-platform = Plataforma
roster-filter-platform-all = Todas as plataformas
roster-filter-niche = Nicho
roster-filter-niche-all = Todos os nichos
roster-filter-city = Cidade
roster-filter-city-all = Todas as cidades
roster-filter-status = Estado
roster-filter-status-all = Todos os estados
roster-filter-gifting = Aceita ofertas
roster-filter-gifting-any = Ofertas: indiferente
roster-filter-gifting-yes = Aceita ofertas
roster-filter-gifting-no = Não aceita ofertas
# Before a small box where a percentage is typed, followed by "%".
roster-filter-engagement = Interação ≥
roster-filter-engagement-label = Taxa de interação mínima em percentagem
# A checkbox that shows archived creators too. $count: how many there are.
roster-filter-archived = Arquivados ({ $count })
# Button: removes the search and every filter.
roster-filter-clear = Limpar

## The roster table.

# The table, for screen readers.
roster-table = Criadores
# Column heads (short: the columns are narrow).
roster-column-name = Criador
roster-column-followers = Seguidores
roster-column-tier = Nível
roster-column-engagement = Interação
roster-column-city = Cidade
roster-column-status = Estado
roster-column-gifting = Ofertas
roster-column-niches = Nichos
# $search: the words typed in the search box.
roster-no-match-search = Nenhum criador corresponde a «{ $search }».
roster-no-match-filters = Nenhum criador corresponde a estes filtros.
# Button.
roster-no-match-clear = Limpar pesquisa e filtros
# Under the total followers of a creator with several accounts. $followers: the largest account's, shortened (8K).
roster-row-largest = máx. { $followers }
# Tooltip on the tier. $range: the tier's range, such as "1K–10K".
roster-row-tier-title = { $range } seguidores na maior conta
# The Gifting column.
roster-row-gifting-yes = Sim
roster-row-gifting-no = Não
# Tooltip on the followers. $count: the total over all the creator's accounts.
roster-followers-note =
    { $count ->
        [0] { $count } seguidores
        [one] { $count } seguidor
       *[other] { $count } seguidores
    }
# Tooltip on the followers of a creator with several accounts. $total: all accounts together;
# $largest: the largest account's followers; $platform: that account's platform (Instagram).
roster-followers-note-largest =
    { $total ->
        [0] { $total } seguidores no total; o nível depende da maior conta: { $largest } em { $platform }
        [one] { $total } seguidor no total; o nível depende da maior conta: { $largest } em { $platform }
       *[other] { $total } seguidores no total; o nível depende da maior conta: { $largest } em { $platform }
    }

## Messages after an action on the roster (shown for a few seconds).

roster-sample-added =
    { $count ->
        [0] Não foi adicionado nenhum criador de exemplo.
        [one] Foi adicionado { $count } criador de exemplo.
       *[other] Foram adicionados { $count } criadores de exemplo.
    }
# $path: the file written.
roster-exported =
    { $count ->
        [0] Nenhum criador exportado para { $path }
        [one] { $count } criador exportado para { $path }
       *[other] { $count } criadores exportados para { $path }
    }
roster-deleted = Ficha de { $name } eliminada.
roster-restored = Ficha de { $name } restaurada.
# Button in the message shown when a creator with deals cannot be deleted.
roster-archive-instead = Arquivar em vez disso
roster-archived = Ficha de { $name } arquivada: as colaborações são mantidas.
roster-unarchived = { $name } está de volta à lista de criadores.
roster-added = Ficha de { $name } adicionada.
roster-saved = Ficha de { $name } guardada.

## The form that adds or edits a creator.

roster-form-add-title = Adicionar um criador
roster-form-edit-title = Editar { $name }
roster-form-check = Verifique os campos assinalados.
roster-form-handles = Nomes de utilizador e seguidores
# Beside "Handles and followers": how follower counts can be typed.
roster-form-handles-hint = — seguidores como 12 500 ou 12,5K
# Placeholders in the handle box: for "Other", then for Instagram, TikTok and YouTube.
roster-form-link-placeholder = Link do perfil
roster-form-handle-placeholder = @utilizador ou link do perfil
# For screen readers. $platform: Instagram, TikTok, YouTube or Other.
roster-form-handle-label = Nome de utilizador em { $platform }
roster-form-followers-label = Seguidores em { $platform }
roster-form-followers-placeholder = Seguidores
roster-form-engagement = Interação
roster-form-engagement-hint = — médias por publicação, ou a taxa se a souber
# Short labels over four narrow boxes.
roster-form-avg-likes = Gostos (média)
roster-form-avg-comments = Comentários (média)
roster-form-avg-shares = Partilhas (média)
roster-form-rate-percent = Ou taxa (%)
# Beside "Niches".
roster-form-niches-hint = (separados por vírgulas)
# Example niches, written as a user would type them.
roster-form-niches-placeholder = café, brunch
roster-form-rate-placeholder = p. ex. 150
# A checkbox.
roster-form-gifting = Aceita ofertas (produto em troca de conteúdo)
# Buttons.
roster-form-cancel = Cancelar
roster-form-save = Guardar alterações
roster-form-add = Adicionar criador

## A creator's page.

# Button back to the roster.
roster-page-back = ← Todos os criadores
# Badges beside the name.
roster-page-gifting = Aceita ofertas
roster-page-archived = Arquivado
# Buttons.
roster-page-edit = Editar
roster-page-new-deal = Nova colaboração
roster-page-unarchive = Desarquivar
roster-page-archive = Arquivar
roster-page-delete = Eliminar
# Under the total followers of a creator with several accounts. $followers: the largest account's; $platform: its platform.
roster-page-largest = no total · nível pela maior conta, { $followers } em { $platform }
roster-page-engagement = Interação
# Under the engagement rate: how it was found.
roster-page-engagement-computed = a partir da média de gostos, comentários e partilhas
roster-page-engagement-typed = tal como introduzido
roster-page-handles = Nomes de utilizador
roster-page-no-handles = Ainda sem nomes de utilizador.
# Where the niches would be.
roster-page-no-niches = Ainda nenhum.
roster-page-contact = Contacto
roster-page-audience = Público e histórico
# Dates the creator was added and last changed.
roster-page-added = Adicionado
roster-page-updated = Atualizado
roster-page-deals = Colaborações
roster-page-no-deals = Ainda sem colaborações com { $name }.
# What the creator was given, at retail price; under it, what it cost the shop ($amount).
roster-page-received = Recebido (PVP)
roster-page-at-cost = { $amount } a preço de custo
# Posts the creator still owes.
roster-page-owed = Em falta
roster-page-owed-posts =
    { $count ->
        [0] { $count } publicações
        [one] { $count } publicação
       *[other] { $count } publicações
    }
roster-page-overdue-count = { $count } em atraso
roster-page-reach = Alcance
roster-page-clicks =
    { $count ->
        [0] { $count } cliques
        [one] { $count } clique
       *[other] { $count } cliques
    }
# Discount codes redeemed · customers who came in because of the creator.
roster-page-codes-walk-ins = Códigos · visitas à loja
roster-page-revenue = Receita
# Badge on a deal whose content is late.
roster-page-overdue = Em atraso
roster-page-feedback = Opiniões
# Badges: whether the shop would work with the creator again.
roster-page-work-again = A repetir
roster-page-not-again = Não repetir

## Importing creators from a CSV file.

roster-import-title = Importar criadores de uma folha de cálculo
roster-import-intro = Escolha uma folha de cálculo: um ficheiro do Excel ou do LibreOffice (.xlsx, .xls, .ods), ou um ficheiro CSV guardado a partir do Numbers ou do Google Sheets. Verá o que vai ser importado antes de qualquer alteração.
# The column names are the headers the app recognises (mostly English ones); the follower counts are examples of what can be read.
roster-import-intro-columns = Colunas como Nome, Instagram, TikTok, YouTube, Seguidores, Nichos, Cidade e Email são reconhecidas automaticamente, tal como números de seguidores escritos como 12,5K, 48 200 ou 1,2M.
# Button.
roster-import-choose = Escolher uma folha de cálculo…
roster-import-progress = A importar… { $done } de { $total }
# After the file's name: how many rows it has.
roster-import-rows =
    { $count ->
        [0] { $count } linhas
        [one] { $count } linha
       *[other] { $count } linhas
    }
# How the file's columns are separated.
roster-import-delimiter =
    { $delimiter ->
        [semicolon] separado por ponto e vírgula
        [tab] separado por tabulações
       *[comma] separado por vírgulas
    }
# Badges: rows that are new creators, creators already in the roster, rows that cannot be read.
roster-import-new =
    { $count ->
        [0] { $count } novos
        [one] { $count } novo
       *[other] { $count } novos
    }
roster-import-duplicates = { $count } já na lista
roster-import-problems = { $count } com problemas
roster-import-columns = Colunas
# A column with no header. $number: its position (1, 2, …).
roster-import-column = Coluna { $number }
# For screen readers: the menu that says which field a column fills. $column: its header.
roster-import-field-for = Campo para a coluna { $column }
# First choice in each column's menu.
roster-import-skip-column = Não importar
roster-import-already = Já estão na sua lista
# Choices for the creators already in the roster.
roster-import-policy-merge = Atualizá-los com os valores do ficheiro
roster-import-policy-skip = Mantê-los como estão
# In bold before a row's problem or duplicate. $line: the line in the file.
roster-import-line = Linha { $line }
# $name: the name in the file; $handle: its handle; $existing: the creator in the roster who has that handle.
roster-import-duplicate = { $name } — { $handle } já pertence a { $existing }
# At the end of a shortened list.
roster-import-more = …e mais { $count }
roster-import-rejected = Linhas que não serão importadas
# Shown when the import is done, and as a message.
roster-import-added =
    { $count ->
        [0] Não foi importado nenhum criador novo.
        [one] Foi importado { $count } criador novo.
       *[other] Foram importados { $count } criadores novos.
    }
# A message when the import is done. $merged: creators already in the roster that were updated.
roster-import-added-updated =
    { $count ->
        [0] Nenhum criador novo importado; atualizados: { $merged }.
        [one] { $count } criador novo importado; atualizados: { $merged }.
       *[other] { $count } criadores novos importados; atualizados: { $merged }.
    }
roster-import-merged =
    { $count ->
        [0] Nenhum criador existente foi atualizado.
        [one] { $count } criador existente atualizado.
       *[other] { $count } criadores existentes atualizados.
    }
roster-import-skipped =
    { $count ->
        [0] Nenhum criador existente ficou por alterar.
        [one] { $count } criador existente mantido sem alterações.
       *[other] { $count } criadores existentes mantidos sem alterações.
    }
roster-import-not-imported =
    { $count ->
        [0] Todas as linhas foram importadas.
        [one] { $count } linha não foi importada:
       *[other] { $count } linhas não foram importadas:
    }
# Buttons.
roster-import-done = Concluído
roster-import-cancel = Cancelar
roster-import-choose-another = Escolher outro ficheiro
roster-import-confirm =
    { $count ->
        [0] Importar { $count } criadores
        [one] Importar { $count } criador
       *[other] Importar { $count } criadores
    }

## The fields of a creator: in the import's column menus, and as labels on the form and the page.

roster-field-name = Nome
roster-field-instagram = Nome de utilizador do Instagram
roster-field-instagram_followers = Seguidores no Instagram
roster-field-tiktok = Nome de utilizador do TikTok
roster-field-tiktok_followers = Seguidores no TikTok
roster-field-youtube = Nome de utilizador do YouTube
roster-field-youtube_followers = Seguidores no YouTube
roster-field-other_handle = Nome de utilizador ou link noutra plataforma
roster-field-other_followers = Seguidores noutra plataforma
# A handle whose platform another column gives, or a link that tells it.
roster-field-handle = Nome de utilizador ou link do perfil
roster-field-platform = Plataforma
roster-field-followers = Seguidores
roster-field-avg_likes = Média de gostos
roster-field-avg_comments = Média de comentários
roster-field-avg_shares = Média de partilhas
roster-field-engagement_rate = Taxa de interação
roster-field-niches = Nichos
roster-field-city = Cidade
roster-field-email = Email
roster-field-phone = Telefone
roster-field-rate = Preço por publicação
roster-field-currency = Moeda
roster-field-open_to_gifting = Aceita ofertas
roster-field-status = Estado
roster-field-notes = Notas

## Column headers and yes/no words of the roster's CSV export; the import recognises them in every language.

roster-csv-name = Nome
roster-csv-instagram-followers = Seguidores no Instagram
roster-csv-tiktok-followers = Seguidores no TikTok
roster-csv-youtube-followers = Seguidores no YouTube
roster-csv-other-followers = Seguidores noutra plataforma
roster-csv-total-followers = Total de seguidores
roster-csv-tier = Nível
roster-csv-engagement-rate = Taxa de interação
roster-csv-avg-likes = Média de gostos
roster-csv-avg-comments = Média de comentários
roster-csv-avg-shares = Média de partilhas
roster-csv-niches = Nichos
roster-csv-city = Cidade
roster-csv-email = Email
roster-csv-phone = Telefone
roster-csv-rate = Preço
roster-csv-currency = Moeda
roster-csv-open-to-gifting = Aceita ofertas
roster-csv-status = Estado
roster-csv-notes = Notas
roster-csv-created = Criado em
roster-csv-updated = Atualizado em
# The cells of the "Open to gifting" column.
roster-csv-yes = sim
roster-csv-no = não

## Importing: rows that are not creators, and cells that could not be read.

# A row left out of an import because its first cell says Total (or Sum…).
roster-import-ignored-total = É uma linha de total, não um criador.
# A row left out because it has neither a name nor a handle.
roster-import-ignored-nobody = Sem nome nem nome de utilizador, por isso não é um criador.
# A creator imported with one cell left empty. $field: the field (Rate, Email…); $text: what the cell said.
roster-import-cell-dropped = { $field }: não foi possível ler «{ $text }»; o campo ficou vazio e o texto foi guardado nas notas.
# The line added to the creator's notes for such a cell, and for a rate range ("150-200").
roster-import-kept-in-notes = { $field } na folha de cálculo: { $text }
# The field name used for a handle cell that could not be read.
roster-import-label-handle = Nome de utilizador
# The menu that chooses which row of the sheet holds the column names.
roster-import-header-row = Linha de cabeçalho
# A choice in that menu. $line: the row's line; $cells: its first cells.
roster-import-header-option = Linha { $line }: { $cells }
# The menu that chooses a workbook's sheet.
roster-import-sheet = Folha
# Badges beside the counts of new and already known creators.
roster-import-warnings = { $count } com uma célula nas notas
roster-import-ignored =
    { $count ->
        [0] { $count } não são criadores
        [one] { $count } não é um criador
       *[other] { $count } não são criadores
    }
# Headings of the lists of those rows.
roster-import-warned-title = Linhas importadas, com uma célula guardada nas notas
roster-import-ignored-title = Linhas excluídas: não são criadores
