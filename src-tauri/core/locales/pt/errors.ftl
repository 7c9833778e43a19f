## Why something could not be done, and what to do: shown to the owner in a red message.

# The first problem found in a form; the form shows every problem beside its field.
error-invalid = Verifique o formulário: { $message }
error-invalid-form = Verifique o formulário.
error-missing-creator = Este criador não foi encontrado. Pode ter sido eliminado.
error-missing-deal = Esta colaboração não foi encontrada. Pode ter sido eliminada.
error-missing-brief = Este briefing não foi encontrado. Pode ter sido eliminado.
error-missing-brand = Os dados da loja não foram encontrados. Podem ter sido eliminados.
error-too-new = Este ficheiro foi criado por uma versão mais recente do Shoutout (versão de dados { $found }; esta versão só lê até à { $known }). Instale a versão mais recente do Shoutout para o abrir. O ficheiro não foi alterado.
error-not-shoutout = { $file } não é um ficheiro do Shoutout. Não foi alterado.
error-damaged = { $file } está danificado e não pode ser aberto em segurança. Não foi alterado.
# $name is a creator.
error-has-deals =
    { $deals ->
        [one] { $name } tem uma colaboração. Em vez disso, arquive { $name }, para que o histórico de colaborações fique completo.
       *[other] { $name } tem { $deals } colaborações. Em vez disso, arquive { $name }, para que o histórico de colaborações fique completo.
    }
# $reason is one of the error-io-* messages below.
error-io = Não foi possível usar { $file }: { $reason }
error-database = A base de dados indicou um problema: { $reason }
# $what says what the file has that Shoutout's files do not.
error-foreign = { $file } não é um ficheiro do Shoutout: tem { $what }. Não foi alterado.
error-open-elsewhere = { $file }: este ficheiro já está aberto noutra janela do Shoutout — feche-a ou faça o restauro a partir das Definições dessa janela.
error-restoring = Um restauro está a substituir { $file } neste momento. Aguarde até terminar e volte a abrir o Shoutout.
error-replaced = { $file } foi substituído ou movido por outro programa enquanto o Shoutout o tinha aberto. Não foi escrito mais nada nele. Feche o Shoutout e volte a abri-lo para ver o que o ficheiro contém agora.
error-empty-backup = { $file } não contém criadores, briefings, colaborações nem dados da loja. Restaurá-lo esvaziaria o Shoutout; nada foi alterado. Restaure-o mesmo assim só se quiser um Shoutout vazio.
error-read-only = { $file } é só de leitura, por isso o Shoutout não o pode alterar nem substituir. Desative a opção «Só de leitura» nas propriedades do ficheiro e tente novamente.
error-sum-overflow = Alguns valores são demasiado grandes para serem somados, por isso este total não pode ser mostrado. Procure uma colaboração com um valor muito grande e corrija-o.

## Why a file could not be used (the end of error-io).

error-io-not-found = o ficheiro não foi encontrado (pode ter sido movido, mudado de nome ou eliminado); verifique onde está e escolha-o novamente
error-io-permission = o Shoutout não tem permissão para o usar; verifique as permissões do ficheiro e da pasta, ou escolha outra pasta
error-io-full = o disco está cheio; liberte algum espaço e tente novamente
error-io-read-only = o disco é só de leitura; escolha uma pasta noutro disco
error-io-exists = já existe um ficheiro com esse nome; escolha outro nome
error-io-folder = é uma pasta, não um ficheiro; escolha um ficheiro
error-io-not-folder = parte do caminho é um ficheiro onde devia estar uma pasta; escolha outra pasta
# $reason is the system's own description, in English.
error-io-damaged = o ficheiro está incompleto ou danificado ({ $reason }); guarde-o novamente e tente outra vez
error-io-other = { $reason }; verifique se o disco continua ligado e tente novamente

## A value typed in a form or a spreadsheet cell that could not be read. Each is shown beside
## its field on its own, or after the field's name (error-labelled).

# $text is what was typed.
error-count-empty = Introduza um número.
error-not-number = «{ $text }» não é um número.
error-not-whole-number = «{ $text }» não é um número inteiro.
error-count-too-large = Este número é demasiado grande (no máximo 10 mil milhões).
error-percent-range = O valor tem de estar entre 0 e 100 %.
error-not-percent = «{ $text }» não é uma percentagem.
error-not-amount = «{ $text }» não é um valor.
# $max is the largest amount, already written out (1,000,000,000.00).
error-amount-too-large = Este valor é demasiado grande (no máximo { $max }).
error-not-yes-no = «{ $text }» não é «sim» nem «não».
# A problem with one value, after the name of its field: "Followers: “12x” is not a number."
# $label is one of the error-label-* names below, $problem one of the messages above.
error-labelled = { $label }: { $problem }
error-label-likes = Gostos
error-label-comments = Comentários
error-label-shares = Partilhas
error-label-followers = Seguidores
error-label-engagement-rate = Taxa de interação
error-label-rate = Preço
error-label-commission = Comissão
error-label-open-to-gifting = Aberto a ofertas
# Under a text field that is too long; $max is a number of characters.
error-keep-under = Use menos de { $max } caracteres.

## The shop's logo.

error-logo-format = O logótipo tem de ser uma imagem PNG ou JPEG.
error-logo-no-pixels = O logótipo não tem píxeis; guarde-o novamente como PNG ou JPEG.
# $max is 4,000 and $sharp 1,000, already written out.
error-logo-too-many-pixels = O logótipo tem { $width } × { $height } píxeis; o Shoutout aceita no máximo { $max } × { $max } (16 megapíxeis). Redimensione-o (um logótipo fica nítido com { $sharp } píxeis de largura) e escolha-o novamente.
error-logo-too-big = O logótipo tem mais de 2 MB; use uma imagem mais pequena.

## Why a spreadsheet (CSV) file could not be read or written.

error-csv-too-big = O ficheiro tem mais de { $mb } MB; divida-o em ficheiros mais pequenos e importe-os um a um.
error-csv-row-too-long = A partir da linha { $line }, uma linha tem mais de { $mb } MB (talvez haja aspas por fechar); verifique o ficheiro numa folha de cálculo, ou divida-o.
# $max is 1,000,000, already written out.
error-csv-too-many-rows = O ficheiro tem mais de { $max } linhas (a linha { $line } passa do limite); divida-o em ficheiros com { $max } linhas no máximo e importe-os um a um.
error-csv-empty = O ficheiro está vazio.
# $cells and $max are already written out.
error-csv-too-many-cells = A linha { $line } tem { $cells } células, mais do que as { $max } que uma linha pode ter; remova as colunas de que não precisa e tente novamente.
# $cell counts the cells from 1 on; $max is 100,000, already written out.
error-csv-cell-too-long = A célula { $cell } da linha { $line } tem mais de { $max } caracteres; encurte-a e tente novamente.
# $reason is the CSV reader's own description, in English.
error-csv-unreadable = Não foi possível ler o ficheiro como folha de cálculo ({ $reason }). Guarde-o novamente como CSV e tente outra vez.
# $reason is the system's own description, in English.
error-csv-write = Não foi possível escrever a folha de cálculo ({ $reason }). Verifique se o disco continua ligado e tente novamente.

## A creator's handle (@name or profile link) that cannot be kept.

error-handle-empty = O nome de utilizador está vazio.
error-handle-formula = O nome de utilizador não pode começar por =, + ou - (uma folha de cálculo iria lê-lo como uma fórmula).
error-handle-site-link = O nome de utilizador é um link para o site, não para um perfil.
error-handle-link-too-long = O link do perfil é demasiado longo (no máximo 200 caracteres).
error-handle-too-long = O nome de utilizador é demasiado longo (no máximo 100 caracteres).
# $text is what was typed.
error-handle-unreadable = «{ $text }» não é um nome de utilizador nem um link de perfil.
# $found is the character that is not allowed.
error-handle-characters = O nome de utilizador só pode ter letras, algarismos, pontos, hífenes e sublinhados (encontrado: «{ $found }»).

## A creator as typed in the form (or a row of an imported file).

error-email = Isto não parece um endereço de email.
error-phone = Use só algarismos, espaços e + - ( ).
error-notes-too-long = As notas têm de ter menos de { $max } caracteres.
error-name-empty = Introduza um nome.
error-name-too-long = O nome tem de ter menos de { $max } caracteres.
error-name-control = O nome não pode ter quebras de linha nem caracteres de controlo.
error-followers-without-handle = Adicione o nome de utilizador a que pertencem estes seguidores.
# $linked and $chosen are platforms (Instagram, TikTok, YouTube, Other).
error-wrong-platform = Este link é de { $linked }, não de { $chosen }.
error-platform-twice = Já existe um nome de utilizador para { $platform }; só pode haver um por plataforma.
error-niche-too-long = Cada nicho tem de ter menos de { $max } caracteres.
error-too-many-niches = Use no máximo { $max } nichos.
error-keep-under-one-line = Use menos de { $max } caracteres, numa só linha.
error-currency-code = Use um código de moeda de três letras, como EUR, GBP ou USD.
# $handle is a handle without its @, $platform where it is, $name the creator being saved and
# $owner the creator who has the look-alike handle @$other.
error-look-alike = @{ $handle } ({ $platform }) parece igual a @{ $other }, que pertence a { $owner }: { $name } e { $owner } só se distinguiriam por letras parecidas. Se forem o mesmo criador, escreva o nome de utilizador exatamente como o de { $owner }.
error-handle-taken = @{ $handle } ({ $platform }) já pertence a { $name }.
error-already-in-roster = { $name } já está na lista de criadores.
# $text is what the cell holds; the statuses are listed as the file may write them.
error-not-status = «{ $text }» não é um estado (prospect, contacted, active, paused, do not contact).

## Importing creators from a spreadsheet: why a row or the whole file cannot be imported.

error-followers-no-handle = Há seguidores indicados, mas nenhum nome de utilizador a que os atribuir.
error-import-no-name-column = Escolha a coluna que tem o nome ou um nome de utilizador.
# $line is an earlier line of the same file.
error-import-same-handle = @{ $handle } ({ $platform }) já aparece na linha { $line } deste ficheiro.
error-import-many-owners = Os nomes de utilizador desta linha já pertencem a { $count } criadores diferentes; edite-os à mão.
error-import-mapping-stale = As colunas escolhidas não correspondem ao ficheiro; abra-o novamente.
error-import-no-name-set = Nenhuma coluna está definida como Nome ou como nome de utilizador.

## A deal as typed in the form.

error-deal-no-creator = Escolha um criador.
error-deal-no-start = Escolha a data de início da colaboração.
error-deal-handover-early = A entrega não pode ser anterior ao início da colaboração.
error-deal-rating = Avalie de 1 a 5 estrelas.
error-negative = Não pode ser negativo.
error-deal-no-kind = Escolha o tipo de colaboração (oferta, visita, troca, afiliação ou paga).
error-deal-currency = Escolha uma moeda, como EUR ou GBP.
error-date = Escolha uma data.
error-discount-code = Use até 30 letras, algarismos, - ou _ (sem espaços).
error-web-address = Introduza um endereço web que comece por https:// ou http://.
error-too-many-items = Use no máximo { $max } artigos.
error-item-name = Dê um nome ao artigo.
# $max is the largest amount, already written out (1,000,000,000.00).
error-items-cost-too-much = Os artigos custam mais de { $max } no total; distribua-os por várias colaborações.
error-items-worth-too-much = Os artigos valem mais de { $max } no total; distribua-os por várias colaborações.
# $max is 100,000, already written out.
error-quantity = Use uma quantidade de 1 a { $max }.
error-too-many-deliverables = Use no máximo { $max } conteúdos.
error-deliverable-label = Indique o que deve ser publicado.
error-due-early = O prazo não pode ser anterior ao início da colaboração.
error-post-link = Cole o link da publicação, que começa por https://.
error-posted-early = A publicação não pode ser anterior ao início da colaboração.
error-deal-creator-gone = Escolha um criador da lista de criadores.
error-deal-brief-gone = Esse briefing já não existe.
error-note-too-long = A nota tem de ter menos de { $max } caracteres.
# $from and $to are deal statuses (Proposed, Agreed, Product sent…), as the board names them.
error-deal-move = Uma colaboração «{ $from }» não pode passar para «{ $to }».
error-deal-already-there = Esta colaboração já está nesse estado.
# $max is the largest amount, already written out (1,000,000,000.00).
error-deal-too-large = Os valores desta colaboração são demasiado grandes para serem somados. Use valores abaixo de { $max } e verifique as quantidades.
error-nudge-day = Os lembretes são para o dia 7, 10 ou 14.

## A brief as typed in its editor.

error-brief-campaign = Dê um nome à campanha.
error-too-many-points = Use no máximo { $max } pontos.
error-point-too-long = Cada ponto tem de ter menos de { $max } caracteres.
# $token is what was typed between braces; $known lists the placeholders that exist.
error-placeholder = { $token } não é um marcador; use { $known }.
error-step-label = Dê a cada etapa um nome curto (até { $max } caracteres).
error-step-when = Escolha uma data ou uma semana.
error-too-many-steps = Use no máximo { $max } etapas.
# $code is a discount code.
error-code-taken = { $code } já está a ser usado nesta campanha.
error-recipient-code = «{ $code }»: use de 3 a 20 letras, algarismos, - ou _.
error-not-on-brief = Este criador não está no briefing. Adicione-o primeiro.
# $pt is the smallest text size, $mm how much too long the page is, $section the title of the
# longest section.
error-brief-too-long = O briefing não cabe numa página, nem com o texto a { $pt } pt: tem cerca de { $mm } mm a mais. Encurte «{ $section }», a secção mais longa.

## The shop's details and the app's settings.

error-colour = Escolha uma cor, como #E8554F.
error-website = Introduza o endereço do site da loja, p. ex. www.exemplo.pt.
error-brand-currency = Escolha um código de moeda, como EUR, GBP ou USD.
error-shop-name = Introduza o nome da sua loja; os briefings são assinados com ele.
error-text-size = Escolha um tamanho de texto de 100 %, 125 % ou 150 %.
error-window-size = Uma janela tem de ter um tamanho.

## A database file that has tables Shoutout's files do not (the $what of error-foreign).
## $kind is the kind of thing in the file, as SQLite names it, $object its name.

error-foreign-changed = { $kind ->
        [table] uma tabela
        [index] um índice
        [trigger] um acionador
       *[view] uma vista
    } «{ $object }» com uma definição diferente da do Shoutout
error-foreign-extra = { $kind ->
        [table] uma tabela
        [index] um índice
        [trigger] um acionador
       *[view] uma vista
    } com o nome «{ $object }», que o Shoutout nunca cria
error-foreign-missing = { $kind ->
        [table] nenhuma tabela
        [index] nenhum índice
        [trigger] nenhum acionador
       *[view] nenhuma vista
    } com o nome «{ $object }»

## Exporting everything to one file, and importing it into an empty Shoutout.

# $reason is the system's own description, in English.
error-export-write = Não foi possível escrever a exportação ({ $reason }). Verifique se o disco continua ligado e tente novamente.
error-export-not-ours = Este ficheiro não é uma exportação do Shoutout.
error-export-version = Esta exportação é da versão de dados { $version }; este Shoutout lê a versão { $known }. Abra-a com o Shoutout que a criou, ou com a mesma versão que este.
error-export-not-empty = Importe tudo para um Shoutout vazio: este já tem dados.
# Said after each of the problems below.
error-export-fix = Corrija o ficheiro, ou exporte-o novamente a partir do Shoutout que o criou.
# $table, $column and $parent are names in the file, as it writes them; $row counts from 1.
# $problem is one of the error-value-* sentences below.
error-export-value = Linha { $row } de { $table }: { $problem }
error-export-missing = A linha { $row } de { $table } não tem { $column }, que todas as linhas precisam de ter.
error-export-unknown-column = A linha { $row } de { $table } tem uma coluna que o Shoutout não conhece: «{ $column }».
error-export-empty-row = A linha { $row } de { $table } está vazia: não tem valores. Remova-a.
error-export-not-a-row = A linha { $row } de { $table } não é uma linha de valores com nome.
error-export-not-a-table = A tabela { $table } não é uma lista de linhas.
error-export-unknown-table = O ficheiro tem uma tabela que o Shoutout não conhece: «{ $table }».
error-export-no-parent = Linha { $row } de { $table }: { $column } é { $id }, mas { $parent } não tem nenhuma linha com esse id.
error-export-repeated = A linha { $row } de { $table } repete outra linha: o mesmo id, ou um nome de utilizador ou código que tem de ser único, aparece duas vezes.
error-export-refused = A linha { $row } de { $table } tem valores que o Shoutout não consegue guardar juntos.
error-export-too-many = Há mais problemas além destes; o ficheiro provavelmente não é uma exportação do Shoutout.

## What is wrong with one value of an export. $column is the column's name in the file,
## $found what it holds (a number as it is, or one of the error-found-* descriptions).

error-found-null = nada (null)
error-found-long-text = um texto de { $count } caracteres
error-found-text = «{ $text }»
error-found-list = uma lista
error-found-group = um grupo de valores
error-value-null = { $column } está vazio (null), mas tem de ter um valor.
error-value-not-text = { $column } devia ser texto, não { $found }.
error-value-not-whole = { $column } devia ser um número inteiro, não { $found }.
error-value-at-least = { $column } é { $n }; tem de ser pelo menos { $min }.
error-value-exactly = { $column } é { $n }; tem de ser { $min }.
error-value-range = { $column } é { $n }; tem de estar entre { $min } e { $max }.
error-value-not-number = { $column } devia ser um número, não { $found }.
error-value-not-picture = { $column } não é uma imagem no formato da exportação.
error-value-picture-too-big = { $column } é uma imagem de { $size } bytes; o logótipo pode ter no máximo { $max } bytes.
error-value-too-long = { $column } tem { $length } caracteres; use menos de { $max }.
error-value-control = { $column } tem uma quebra de linha ou um carácter de controlo.
error-value-empty = { $column } está vazio, mas tem de ter um valor.
# $names lists the values the file may hold, as it writes them.
error-value-enum = { $column } é { $found }; use um destes valores: { $names }.
error-value-kinds = { $column } é { $found }; use um ou mais destes valores, separados por vírgulas: { $names }.
error-value-date = { $column } é { $found }; use uma data como 2026-12-01.
error-value-stamp = { $column } é { $found }; use uma data e hora como 2026-12-01T09:30:00.000Z.
error-value-currency = { $column } é { $found }; use um código de moeda de três letras, como EUR.
error-value-email = { $column } é { $found }; não parece um endereço de email.
error-value-phone = { $column } é { $found }; use só algarismos, espaços e + - ( ).
error-value-handle = { $column } é { $found }; não é um nome de utilizador como o Shoutout o guarda.
error-value-url = { $column } é { $found }; use um endereço web que comece por https://.
error-value-deal-code = { $column } é { $found }; use até 30 maiúsculas, algarismos, - ou _.
error-value-recipient-code = { $column } é { $found }; use de 3 a 20 maiúsculas, algarismos, - ou _.
error-value-colour = { $column } é { $found }; use uma cor como #E8554F.
error-value-list-format = { $column } devia ser uma lista de pontos escrita como ["…", "…"].
error-value-too-many-points = { $column } tem { $count } pontos; use no máximo { $max }.
error-value-point-too-long = { $column } tem um ponto com mais de { $max } caracteres.
error-value-timeline-format = { $column } devia ser uma lista de etapas escrita como [{"{"}"label": "…", "when": "2026-12-01"{"}"}].
error-value-too-many-steps = { $column } tem { $count } etapas; use no máximo { $max }.
error-value-step-too-long = { $column } tem um nome de etapa com mais de { $max } caracteres.
error-value-step-when = { $column } tem uma etapa em «{ $when }», que não é uma data nem uma semana.

## The desktop app's own problems.

error-app-unavailable = A lista de criadores não está aberta: não foi possível abrir a base de dados quando o Shoutout arrancou.
error-app-import-expired = Esse ficheiro já não está aberto para importação. Escolha-o novamente.
error-app-nothing-to-restore = Já não é possível recuperar isto: foi removido numa sessão anterior.
error-app-backup-not-found = Esta cópia de segurança não foi encontrada. Pode ter sido eliminada.
error-app-pdf-not-found = Este PDF não foi encontrado. Exporte o briefing novamente.
# $reason is the system's own description, in English.
error-app-dialog = Não foi possível abrir a janela de ficheiros: { $reason }
error-app-open = Não foi possível abrir o link: { $reason }
# $reason is error-app-new-backup-missing or the system's own description, in English.
error-app-task = A operação parou inesperadamente: { $reason }
error-app-new-backup-missing = a nova cópia de segurança não foi encontrada
error-app-link-refused = Só é possível abrir páginas web https:// e endereços de email.
# An import's header row chosen by its line number (the command line's --header-row) that is not a row of the sheet.
error-import-no-header-line = Não existe nenhuma linha { $line } para usar como cabeçalho.
# $sheet: the sheet asked for; $sheets: the workbook's sheets, separated by commas.
error-workbook-no-sheet = Este livro não tem nenhuma folha chamada «{ $sheet }». Folhas existentes: { $sheets }.
