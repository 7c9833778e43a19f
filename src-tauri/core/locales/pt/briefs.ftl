## The brief's page, as the PDF and the editor's preview show it, in the creator's language.

pdf-kicker = Briefing para criadores
pdf-for-handle = Para { $name } ({ $handle })  ·  { $date }
pdf-for = Para { $name }  ·  { $date }
pdf-prepared = Preparado em { $date }
pdf-your-shop = A sua loja
pdf-summary = Resumo
pdf-goals = Objetivos
pdf-target-group = Público-alvo
pdf-deliverables = Conteúdos a entregar
pdf-messaging = Mensagens principais
pdf-code = O seu código de desconto
pdf-disclosure = Identificação da parceria
pdf-compensation = Contrapartida
pdf-timeline = Calendário
pdf-do = A fazer
pdf-dont = A evitar
pdf-dos-donts = O que fazer e o que evitar
pdf-questions = Dúvidas? { $contact }
# A timeline step set for a week rather than a day: "Week 49 · 30 Nov".
pdf-week = Semana { $week } · { $monday }
# The PDF's title in a reader's document properties.
pdf-title-for = Briefing para { $name }: { $campaign }
pdf-title = Briefing para criadores: { $campaign }
# Printed when the brief names no way of disclosing: creators must always be told.
pdf-default-disclosure = #pub ou #publicidade no início da legenda

## The list of briefs (Briefs screen).

briefs-title = Briefings
briefs-subtitle = Uma página por criador: o que fazer, o que dizer e quando.
# Button.
briefs-new = + Novo briefing
briefs-search-placeholder = Pesquisar campanhas…
briefs-search = Pesquisar briefings
# Tabs above the list.
briefs-tab-active = Ativos
briefs-tab-archived = Arquivados
briefs-none-archived = Não há briefings arquivados.
# $search is what was typed in the search box.
briefs-none-match = Nenhum briefing corresponde a «{ $search }».
briefs-empty-title = Escreva o seu primeiro briefing
briefs-empty-text = Descreva a campanha uma vez e depois adicione os criadores a quem se destina: o Shoutout cria um PDF de uma página para cada um, com o seu próprio código de desconto.
# Button.
briefs-empty-action = Escrever um briefing
# Under a brief in the list: how many creators it goes to, and when it was last changed ($date is already formatted).
briefs-item-meta = { $count ->
    [0] Sem criadores
    [one] { $count } criador
   *[other] { $count } criadores
} · atualizado a { $date }
# Button: makes a copy of the brief to start a new one from.
briefs-use-as-template = Usar como modelo
# Buttons.
briefs-archive = Arquivar
briefs-restore = Restaurar
# Toasts. $campaign is the brief's campaign name.
briefs-duplicated = Cópia criada: «{ $campaign }».
briefs-archived = Briefing «{ $campaign }» arquivado.
briefs-restored = Briefing «{ $campaign }» restaurado.

## The brief editor: its fields.

briefs-back = ← Todos os briefings
briefs-new-title = Novo briefing
briefs-edit-title = Editar briefing
# Button, for a brief already saved.
briefs-save = Guardar
# Button, for a brief not saved yet.
briefs-create = Criar briefing
briefs-campaign = Nome da campanha
briefs-summary = Resumo
# Under the summary. The words in braces are placeholders the app fills in for each creator: keep them exactly as they are.
briefs-placeholders-hint = Marcadores: { "{first_name}" }, { "{name}" }, { "{handle}" }, { "{code}" } (o código de desconto próprio do criador), { "{shop}" }. Nas listas, um ponto por linha.
# Field labels and, below each, the greyed example shown in the empty field.
briefs-goals = Objetivos
briefs-goals-hint = O que a campanha deve alcançar
briefs-target-group = Público-alvo
briefs-target-group-hint = A quem se destina
briefs-deliverables = Conteúdos a entregar
briefs-deliverables-hint = p. ex. 1 reel, 30–60 s
briefs-messaging = Mensagens principais
# Keep { "{code}" } as it is: it is a placeholder.
briefs-messaging-hint = Código { "{code}" }, identificações, hashtags, @utilizador
briefs-dos = A fazer (opcional)
briefs-donts = A evitar (opcional)
briefs-disclosure = Identificação da parceria
briefs-contact = Contacto para dúvidas
briefs-contact-placeholder = O seu email das Definições
briefs-no-contact = Os criadores não terão forma de o contactar: adicione aqui um contacto, ou o seu email nas Definições.
briefs-compensation = Contrapartida
briefs-compensation-placeholder = Oferta, pagamento, comissão — em palavras e em números
# Toasts.
briefs-saved = Briefing guardado.
# $reason is the backend's explanation of what is wrong.
briefs-not-saved-yet = Ainda não foi possível guardar o briefing: { $reason }

## The brief editor: its timeline.

briefs-timeline = Calendário
# After a label, in smaller grey text.
briefs-optional = (opcional)
briefs-step = Etapa
briefs-step-name = Nome da etapa
briefs-date-or-week = Data ou semana
briefs-date = Data
briefs-week = Semana
briefs-remove-step = Remover etapa
briefs-step-undated-date = Só aparece na página quando tiver uma data.
briefs-step-undated-week = Só aparece na página quando tiver uma semana.
# The usual steps, offered as "+ …" buttons; the chosen one becomes the step's name on the brief.
briefs-step-concepts = Entrega de ideias
briefs-step-drafts = Entrega de rascunhos
briefs-step-posting = Publicação
# Button.
briefs-add-step = + Outra etapa

## The brief editor: the creators it goes to.

briefs-creators = Criadores
# $name is the creator's name.
briefs-code-for = Código de desconto de { $name }
# Button: opens an email with the brief's PDF to attach.
briefs-email = Email
briefs-email-title = Abrir um rascunho de email para este criador
# Button: starts recording a deal with this creator.
briefs-deal = Colaboração
briefs-deal-title = Registar a colaboração com este criador: o que oferece, o que é publicado e o que rende
briefs-remove-creator = Remover { $name }
# Search box for adding a creator to the brief.
briefs-add-creator = Adicionar por nome ou @utilizador
# Button.
briefs-export-all = Exportar os PDF de todos os criadores…
# After exporting: $count PDFs written to the folder $folder.
briefs-batch-saved = { $count ->
    [0] Nenhum briefing guardado em { $folder }.
    [one] { $count } briefing guardado em { $folder }.
   *[other] { $count } briefings guardados em { $folder }.
}
# Toasts. $name is the creator's name, $code their discount code, $file the PDF's file name.
briefs-added = Criador adicionado: { $name }.
briefs-added-with-code = Criador adicionado: { $name }, com o código { $code }.
briefs-in-roster-now = { $name } já está na lista de criadores; depois de guardar o briefing, adicione-o através da pesquisa.
briefs-pdf-saved = Ficheiro guardado: { $file }.
# $address is the creator's email address.
briefs-email-opened = Email para { $address } aberto; o PDF está na pasta que se abriu, pronto a anexar.
briefs-email-opened-no-address = Email para o criador aberto; o PDF está na pasta que se abriu, pronto a anexar.

## Adding a creator who is not in the roster yet, from the brief.

briefs-new-creator = Novo criador, adicionado à lista de criadores e a este briefing
briefs-new-creator-name = Nome
briefs-new-creator-handle = @utilizador ou link do perfil
briefs-new-creator-email = Email
briefs-new-creator-followers = Seguidores
# Example of a follower count, in the field while it is empty.
briefs-new-creator-followers-placeholder = p. ex. 4,2K
briefs-cancel = Cancelar
# Button.
briefs-new-creator-add = Adicionar ao briefing

## The preview beside the editor.

briefs-preview = Pré-visualização
# Before the menu choosing which creator the page is shown for.
briefs-preview-for = Pré-visualizar para
# In that menu: the page with the placeholders not filled in.
briefs-preview-placeholders = — marcadores —
briefs-preview-alt = O briefing tal como será impresso
briefs-preview-empty = Dê um nome à campanha para ver a página.

## When no email program opened: the email to copy by hand.

briefs-unsent-title = Envie este email a partir da sua conta de email
briefs-unsent-lead = Não se abriu nenhum programa de email neste computador. Copie a mensagem para o email que costuma usar (um webmail também serve) e anexe o PDF; a pasta onde está já foi aberta.
# Labels of the email's parts.
briefs-unsent-to = Para
briefs-unsent-subject = Assunto
briefs-unsent-message = Mensagem
briefs-unsent-attachment = Anexo
# Buttons.
briefs-copy = Copiar
briefs-copy-message = Copiar a mensagem
briefs-show-pdf = Mostrar o PDF
briefs-done = Concluído
# Toasts after copying.
briefs-copied-address = Endereço copiado.
briefs-copied-subject = Assunto copiado.
briefs-copied-message = Mensagem copiada.

## The email that goes with a brief, in the creator's language. $campaign is the campaign's name, $shop the shop's.

briefs-email-subject = { $campaign }: o seu briefing de { $shop }
# The subject when the shop has no name yet.
briefs-email-subject-no-shop = { $campaign }: o seu briefing
# $first is the creator's first name.
briefs-email-greeting = Olá, { $first }!
# $file is the attached PDF's name, $code the creator's discount code.
briefs-email-thanks = Obrigado por colaborar connosco na campanha { $campaign }! Segue em anexo o seu briefing de uma página ({ $file }), com tudo num só sítio: o que gostaríamos de ver, as datas e o seu código pessoal, { $code }.
briefs-email-questions = Se tiver alguma dúvida, basta responder a este email.
# Above the name of who signs.
briefs-email-sign-off = Até breve,
# Who signs when neither the owner's nor the shop's name is set.
briefs-email-team = A equipa

## What a placeholder shows on a brief that is not for one creator.

briefs-stand-in-first-name = [nome próprio]
briefs-stand-in-name = [nome]
briefs-stand-in-handle = [@utilizador]
briefs-stand-in-code = [CÓDIGO]
