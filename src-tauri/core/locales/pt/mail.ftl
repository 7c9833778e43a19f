## Sending briefs from the owner's mailbox: its settings and what can go wrong.

# How the connection to the mail server is secured (shown after the server's name).
mail-security-starttls = STARTTLS
mail-security-implicit = TLS
mail-security-none = sem encriptação

## Problems with the mailbox settings, shown next to the field.

mail-error-host = Introduza o nome do servidor de email, por exemplo smtp.gmail.com.
mail-error-port = Introduza a porta do servidor: normalmente 465 ou 587.
mail-error-from = Introduza o endereço de email que os criadores vão ver e para o qual vão responder.
mail-error-one-line = Escreva-o numa só linha.
mail-error-plain-remote = Uma ligação sem encriptação só é permitida para um servidor de email neste computador. Escolha TLS ou STARTTLS.
mail-error-plain-password = Uma palavra-passe nunca é enviada sem encriptação. Escolha TLS ou STARTTLS.

## Why a message did not go. $detail is the mail server's own words.

# An address the message cannot be sent to.
mail-error-address = «{ $address }» não é um endereço de email para o qual se possa enviar uma mensagem.
mail-error-unreachable = O servidor de email não respondeu. A mensagem fica à espera na caixa de saída e o envio será tentado de novo mais tarde.
mail-error-password = O servidor de email recusou o nome de utilizador ou a palavra-passe. Verifique-os nas Definições (muitos fornecedores pedem uma palavra-passe de aplicação). Não haverá nova tentativa até serem alterados. ({ $detail })
mail-error-refused = O servidor de email recusou a mensagem para { $address }. Não haverá nova tentativa. ({ $detail })
mail-error-tls = Não foi possível estabelecer uma ligação segura com o servidor de email: verifique o nome do servidor, a porta e a segurança nas Definições. ({ $detail })
mail-error-settings = O servidor de email não pode ser usado com estas definições: verifique-as nas Definições. ({ $detail })
mail-error-passing = De momento não é possível contactar o servidor de email. A mensagem fica à espera na caixa de saída e o envio será tentado de novo mais tarde. ({ $detail })
mail-error-message-gone = Esta mensagem já não está na caixa de saída.
mail-error-not-waiting = Só se pode cancelar uma mensagem que ainda esteja à espera na caixa de saída.
mail-error-not-retryable = Só se pode voltar a enviar uma mensagem que falhou ou foi cancelada.
mail-error-no-recipients = Este briefing ainda não está dirigido a nenhum criador.
mail-error-no-email = { $name } não tem endereço de email na lista de criadores.
mail-error-no-mailbox = Ainda não há nenhuma caixa de correio configurada para enviar. Configure uma nas Definições.
mail-error-no-password = Não há palavra-passe para esta caixa de correio: introduza-a nas Definições ou defina SHOUTOUT_SMTP_PASSWORD para a linha de comandos.
