## Sending briefs from the owner's mailbox: its settings and what can go wrong.

# How the connection to the mail server is secured (shown after the server's name).
mail-security-starttls = STARTTLS
mail-security-implicit = TLS
mail-security-none = senza cifratura

## Problems with the mailbox settings, shown next to the field.

mail-error-host = Scrivi il nome del server di posta, per esempio smtp.gmail.com.
mail-error-port = Scrivi la porta del server: di solito 465 o 587.
mail-error-from = Scrivi l’indirizzo email che i creator vedranno e a cui risponderanno.
mail-error-one-line = Scrivilo su una sola riga.
mail-error-plain-remote = Una connessione senza cifratura è consentita solo verso un server di posta su questo computer. Scegli TLS o STARTTLS.
mail-error-plain-password = Una password non viene mai inviata senza cifratura. Scegli TLS o STARTTLS.

## Why a message did not go. $detail is the mail server's own words.

# An address the message cannot be sent to.
mail-error-address = «{ $address }» non è un indirizzo email a cui si possa inviare un messaggio.
mail-error-unreachable = Il server di posta non ha risposto. Il messaggio resta nella posta in uscita e l’invio verrà ritentato più tardi.
mail-error-password = Il server di posta ha rifiutato nome utente o password. Controllali nelle Impostazioni (molti provider richiedono una password per le app). Non verranno fatti altri tentativi finché non li cambi. ({ $detail })
mail-error-refused = Il server di posta ha rifiutato il messaggio per { $address }. L’invio non verrà ritentato. ({ $detail })
mail-error-tls = Non è stato possibile stabilire una connessione sicura con il server di posta: controlla nome del server, porta e sicurezza nelle Impostazioni. ({ $detail })
mail-error-settings = Il server di posta non si può usare con queste impostazioni: controllale nelle Impostazioni. ({ $detail })
mail-error-passing = Al momento il server di posta non è raggiungibile. Il messaggio resta nella posta in uscita e l’invio verrà ritentato più tardi. ({ $detail })
mail-error-message-gone = Questo messaggio non è più nella posta in uscita.
mail-error-not-waiting = Si può annullare solo un messaggio ancora in attesa nella posta in uscita.
mail-error-not-retryable = Si può inviare di nuovo solo un messaggio non riuscito o annullato.
mail-error-no-recipients = Questo brief non è ancora indirizzato a nessun creator.
mail-error-no-email = { $name } non ha un indirizzo email nell’elenco dei creator.
mail-error-no-mailbox = Non è ancora configurata nessuna casella di posta per l’invio. Collegane una nelle Impostazioni.
mail-error-no-password = Nessuna password per questa casella di posta: scrivila nelle Impostazioni, oppure imposta SHOUTOUT_SMTP_PASSWORD per la riga di comando.
