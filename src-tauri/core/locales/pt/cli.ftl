## The command line (shoutout --help). Commands and options (import-roster, --db…) stay as they are.

# Each command and option has its usage (cli-help-…-usage: the capitalised words stand for what is typed) and what it does. $codes lists the language codes, as en, fr, de.
cli-help-intro = Shoutout: mantenha uma lista de criadores locais, envie-lhes briefings e acompanhe o que cada colaboração traz.
cli-help-usage = Utilização: shoutout [--db CAMINHO] [--lang CÓDIGO] [COMANDO]
cli-help-no-command = Sem comando, abre a janela da aplicação.
cli-help-commands = Comandos:
cli-help-import-roster-usage = import-roster FICHEIRO [--sheet NOME] [--header-row LINHA] [--skip-duplicates]
cli-help-import-roster = Importa criadores de uma folha de cálculo: CSV, Excel (.xlsx, .xls) ou OpenDocument (.ods); num livro, lê a primeira folha, a não ser que --sheet indique outra. A linha de cabeçalho é procurada por baixo de eventuais linhas de título, a não ser que --header-row indique o número dessa linha. Os criadores cujo nome de utilizador já está na lista são atualizados com os dados do ficheiro (ou mantidos como estão, com --skip-duplicates). Uma célula que não se consegue ler fica vazia, o seu conteúdo é guardado nas notas do criador e é indicado como aviso; as linhas de total e as linhas sem nome nem nome de utilizador são indicadas como excluídas. As linhas que não podem ser importadas são listadas com o número da linha e o motivo; se houver alguma, o código de saída é 3.
cli-help-export-roster-usage = export-roster FICHEIRO.csv
cli-help-export-roster = Exporta toda a lista de criadores em CSV.
cli-help-export-brief-usage = export-brief BRIEFING --creator CRIADOR --out FICHEIRO.pdf
cli-help-export-brief = Exporta o briefing de um criador em PDF. BRIEFING é o número de um briefing ou o nome da sua campanha; CRIADOR, o número, o nome ou o @utilizador de um criador.
cli-help-export-brief-all-usage = export-brief --all --out PASTA
cli-help-export-brief-all = Exporta todos os briefings não arquivados, com um PDF para cada criador a quem se destinam.
cli-help-export-deals-usage = export-deals FICHEIRO.csv
cli-help-export-deals = Exporta todas as colaborações em CSV: criador, campanha, tipo, estado, datas, custo, código de desconto, link de rastreio, resultados e retorno.
cli-help-export-gifts-usage = export-gifts FICHEIRO.csv
cli-help-export-gifts = Exporta em CSV cada artigo oferecido a criadores (data, criador, artigo, custo, valor de venda), para a contabilidade.
cli-help-backup-usage = backup --out FICHEIRO
cli-help-backup = Copia a base de dados para FICHEIRO (pode ser feito com a aplicação aberta).
cli-help-restore-usage = restore FICHEIRO [--allow-empty]
cli-help-restore = Substitui a base de dados por uma cópia de segurança. A cópia é verificada primeiro (uma sem dados só com --allow-empty); o ficheiro atual fica guardado na pasta de cópias de segurança (ou, se estiver danificado, é movido para lá tal como está). Não é possível enquanto o Shoutout tiver o ficheiro aberto.
cli-help-export-all-usage = export-all FICHEIRO.json
cli-help-export-all = Exporta tudo (lista de criadores, briefings, colaborações, marca) num só ficheiro JSON.
cli-help-import-all-usage = import-all FICHEIRO.json
cli-help-import-all = Importa um ficheiro assim para uma base de dados vazia.
cli-help-sample-data-usage = sample-data [--creators N]
cli-help-sample-data = Adiciona a lista de criadores de exemplo, dois briefings de exemplo e colaborações de exemplo (o mesmo que o botão da primeira utilização); com --creators, adiciona antes N criadores gerados (para experimentar o Shoutout com uma lista grande).
cli-help-options = Opções:
cli-help-db-usage = --db CAMINHO
cli-help-db = Usa este ficheiro de base de dados em vez do que está na sua pasta de dados. A variável de ambiente SHOUTOUT_DB faz o mesmo.
cli-help-lang-usage = --lang CÓDIGO
cli-help-lang = Usa este idioma: { $codes }. Sem esta opção, é usado o idioma do sistema (LANG, LC_ALL, LC_MESSAGES).
cli-help-help-usage = -h, --help
cli-help-help = Mostra esta ajuda.
cli-help-version-usage = -V, --version
cli-help-version = Mostra a versão.

## Mistakes on the command line. $option, $command are what was typed.

cli-try-help = Experimente «shoutout --help».
cli-unknown-option = opção desconhecida { $option }
cli-unknown-command = comando desconhecido { $command }
cli-unknown-lang = idioma desconhecido { $code }: use um destes códigos: { $codes }
cli-lang-needs-code = --lang precisa de um código de idioma a seguir ({ $codes })
cli-db-needs-path = --db precisa do caminho de um ficheiro a seguir
cli-creator-needs-name = --creator precisa de um criador a seguir
cli-creators-needs-number = --creators precisa de um número a seguir
cli-creators-range = --creators aceita um número de 1 a 1 000 000
cli-out-needs-path = --out precisa de um caminho a seguir
cli-needs-file = { $command } precisa de um nome de ficheiro
cli-one-file = { $command } aceita um só nome de ficheiro
cli-export-brief-needs-out = export-brief precisa de --out
cli-export-brief-usage = use export-brief BRIEFING --creator CRIADOR --out FICHEIRO.pdf, ou export-brief --all --out PASTA
cli-backup-needs-out = backup precisa de --out FICHEIRO

## What a command did. $file, $folder and $db are paths; $count is a number.

cli-exported-creators =
    { $count ->
        [0] Nenhum criador exportado para { $file }.
        [one] { $count } criador exportado para { $file }.
       *[other] { $count } criadores exportados para { $file }.
    }
cli-exported-deals =
    { $count ->
        [0] Nenhuma colaboração exportada para { $file }.
        [one] { $count } colaboração exportada para { $file }.
       *[other] { $count } colaborações exportadas para { $file }.
    }
cli-exported-gifts =
    { $count ->
        [0] Nenhum artigo oferecido exportado para { $file }.
        [one] { $count } artigo oferecido exportado para { $file }.
       *[other] { $count } artigos oferecidos exportados para { $file }.
    }
cli-exported-records =
    { $count ->
        [0] Nenhum registo exportado para { $file }.
        [one] { $count } registo exportado para { $file }.
       *[other] { $count } registos exportados para { $file }.
    }
cli-imported-records =
    { $count ->
        [0] Nenhum registo importado de { $file }.
        [one] { $count } registo importado de { $file }.
       *[other] { $count } registos importados de { $file }.
    }
cli-added-generated =
    { $count ->
        [0] Não foi adicionado nenhum criador gerado.
        [one] Foi adicionado { $count } criador gerado.
       *[other] Foram adicionados { $count } criadores gerados.
    }
cli-added-sample =
    { $count ->
        [0] Não foi adicionado nenhum criador de exemplo.
        [one] Foi adicionado { $count } criador de exemplo.
       *[other] Foram adicionados { $count } criadores de exemplo.
    }
cli-backed-up = Cópia de segurança de { $db } guardada em { $file }.
cli-restored = { $db } restaurado a partir de { $file }.
cli-kept-before = O que continha antes fica guardado em { $file }.
cli-saved = Ficheiro guardado: { $file }.
cli-saved-briefs =
    { $count ->
        [0] Nenhum briefing guardado em { $folder }.
        [one] { $count } briefing guardado em { $folder }.
       *[other] { $count } briefings guardados em { $folder }.
    }
# One brief that could not be saved: $campaign, $creator and the $reason.
cli-brief-problem = { $campaign } para { $creator }: { $reason }
# A row of the CSV file that was not imported.
cli-import-problem = linha { $line }: { $reason }
cli-imported-roster = Criadores novos importados: { $added }; atualizados: { $merged }; ignorados: { $skipped }; recusados: { $rejected }.

## Finding what a command names.

cli-no-brief = nenhum briefing tem o número ou o nome «{ $key }»
cli-not-on-brief = «{ $key }» não está entre os criadores de «{ $campaign }»
# A row imported with a cell kept in the notes, and a row left out as not a creator.
cli-import-warning = linha { $line }, importada: { $reason }
cli-import-ignored = linha { $line }, excluída: { $reason }
# Which row of the sheet the column names were taken from.
cli-import-header = Nomes das colunas lidos da linha { $line }.
# Mistakes in import-roster's options.
cli-sheet-needs-name = --sheet precisa do nome de uma folha a seguir, por exemplo --sheet "Primavera 2026".
cli-header-row-needs-line = --header-row precisa a seguir do número da linha que contém os nomes das colunas, por exemplo --header-row 3.

## Sending from the command line: the mailbox and briefs.

cli-help-mailbox-usage = mailbox --host HOST --port N --tls MODO --from EMAIL [--user NOME]
cli-help-mailbox = Define a caixa de correio de onde são enviados os briefings; sem opções, mostra-a. MODO é starttls, implicit (TLS desde o primeiro byte) ou none (só para um servidor de email neste computador, sem palavra-passe). --user é o nome de utilizador para iniciar sessão, quando é diferente do endereço; --name NOME define o nome que os criadores veem (por omissão, o da loja). Se SHOUTOUT_SMTP_PASSWORD estiver definida, a palavra-passe é guardada no porta-chaves do sistema.
cli-help-send-brief-usage = send-brief BRIEFING --creator CRIADOR
cli-help-send-brief = Envia por email a um criador o seu briefing, com o PDF em anexo, a partir da caixa de correio. A palavra-passe vem de SHOUTOUT_SMTP_PASSWORD ou, se esta não estiver definida, do porta-chaves. Uma linha por criador; código de saída 1 se alguma mensagem não tiver sido enviada.
cli-help-send-brief-all-usage = send-brief BRIEFING --all
cli-help-send-brief-all = Envia por email a cada criador do briefing a sua própria mensagem e o seu PDF.
cli-help-send-outbox-usage = send-outbox
cli-help-send-outbox = Envia agora todas as mensagens à espera na caixa de saída.
cli-option-needs-value = { $option } precisa de um valor a seguir.
cli-mailbox-usage = use mailbox --host HOST --port N --tls starttls|implicit|none --from EMAIL [--user NOME] [--name NOME]
cli-mailbox-port = --port aceita um número de 1 a 65535.
cli-mailbox-tls = --tls aceita starttls, implicit ou none, não «{ $value }».
# $security is one of the mail-security-… words.
cli-mailbox-set = Caixa de correio: { $address } através de { $host }:{ $port } ({ $security }).
cli-mailbox-none = Ainda não há nenhuma caixa de correio configurada para enviar.
cli-password-kept = A palavra-passe fica guardada no porta-chaves do sistema.
cli-password-no-keychain = Neste computador não há nenhum porta-chaves a funcionar: a palavra-passe não é guardada; defina SHOUTOUT_SMTP_PASSWORD de cada vez.
cli-password-keychain-failed = O porta-chaves não conseguiu guardar a palavra-passe: { $reason }
cli-send-brief-usage = use send-brief BRIEFING --creator CRIADOR, ou send-brief BRIEFING --all
cli-sent = { $name } <{ $address }>: enviado.
cli-send-waiting = { $name } <{ $address }>: à espera na caixa de saída. { $reason }
cli-send-failed = { $name } <{ $address }>: não enviado. { $reason }
cli-send-skipped = { $name }: não enviado. { $reason }
cli-sent-count = Enviados: { $sent } de { $total }.
cli-outbox-empty = Não há nada à espera na caixa de saída.
