## Sending briefs from the owner's mailbox: its settings and what can go wrong.

# How the connection to the mail server is secured (shown after the server's name).
mail-security-starttls = STARTTLS
mail-security-implicit = TLS
mail-security-none = unverschlüsselt

## Problems with the mailbox settings, shown next to the field.

mail-error-host = Gib den Namen des Mailservers ein, zum Beispiel smtp.gmail.com.
mail-error-port = Gib den Port des Servers ein: meist 465 oder 587.
mail-error-from = Gib die E-Mail-Adresse ein, die Creator sehen und an die sie antworten.
mail-error-one-line = Bitte nur eine Zeile.
mail-error-plain-remote = Eine unverschlüsselte Verbindung ist nur zu einem Mailserver auf diesem Computer erlaubt. Wähle TLS oder STARTTLS.
mail-error-plain-password = Ein Passwort wird nie unverschlüsselt gesendet. Wähle TLS oder STARTTLS.

## Why a message did not go. $detail is the mail server's own words.

# An address the message cannot be sent to.
mail-error-address = „{ $address }“ ist keine E-Mail-Adresse, an die sich eine Nachricht senden lässt.
mail-error-unreachable = Der Mailserver hat nicht geantwortet. Die Nachricht wartet im Postausgang; der Versand wird später erneut versucht.
mail-error-password = Der Mailserver hat Benutzername oder Passwort abgelehnt. Prüfe sie in den Einstellungen (viele Anbieter verlangen ein App-Passwort). Bis sie geändert sind, gibt es keinen weiteren Versuch. ({ $detail })
mail-error-refused = Der Mailserver hat die Nachricht an { $address } abgelehnt. Es gibt keinen weiteren Versuch. ({ $detail })
mail-error-tls = Es konnte keine sichere Verbindung zum Mailserver aufgebaut werden: Prüfe Servername, Port und Sicherheit in den Einstellungen. ({ $detail })
mail-error-settings = Mit diesen Einstellungen lässt sich der Mailserver nicht nutzen: Prüfe sie in den Einstellungen. ({ $detail })
mail-error-passing = Der Mailserver ist gerade nicht erreichbar. Die Nachricht wartet im Postausgang; der Versand wird später erneut versucht. ({ $detail })
mail-error-message-gone = Diese Nachricht ist nicht mehr im Postausgang.
mail-error-not-waiting = Nur eine Nachricht, die noch im Postausgang wartet, lässt sich abbrechen.
mail-error-not-retryable = Nur eine fehlgeschlagene oder abgebrochene Nachricht lässt sich erneut senden.
mail-error-no-recipients = Dieses Briefing richtet sich noch an keinen Creator.
mail-error-no-email = { $name } hat keine E-Mail-Adresse in der Creator-Liste.
mail-error-no-mailbox = Für den Versand ist noch kein Postfach eingerichtet. Richte in den Einstellungen eines ein.
mail-error-no-password = Kein Passwort für dieses Postfach: Gib es in den Einstellungen ein oder setze SHOUTOUT_SMTP_PASSWORD für die Kommandozeile.
