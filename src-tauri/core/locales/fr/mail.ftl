## Sending briefs from the owner's mailbox: its settings and what can go wrong.

# How the connection to the mail server is secured (shown after the server's name).
mail-security-starttls = STARTTLS
mail-security-implicit = TLS
mail-security-none = sans chiffrement

## Problems with the mailbox settings, shown next to the field.

mail-error-host = Saisissez le nom du serveur de messagerie, par exemple smtp.gmail.com.
mail-error-port = Saisissez le port du serveur : en général 465 ou 587.
mail-error-from = Saisissez l’adresse e-mail que les créateurs verront et à laquelle ils répondront.
mail-error-one-line = Saisissez-le sur une seule ligne.
mail-error-plain-remote = Une connexion sans chiffrement n’est autorisée qu’avec un serveur de messagerie installé sur cet ordinateur. Choisissez TLS ou STARTTLS.
mail-error-plain-password = Un mot de passe n’est jamais envoyé sans chiffrement. Choisissez TLS ou STARTTLS.

## Why a message did not go. $detail is the mail server's own words.

# An address the message cannot be sent to.
mail-error-address = « { $address } » n’est pas une adresse e-mail à laquelle on puisse envoyer un message.
mail-error-unreachable = Le serveur de messagerie n’a pas répondu. Le message attend dans la boîte d’envoi ; un nouvel essai sera fait plus tard.
mail-error-password = Le serveur de messagerie a refusé le nom d’utilisateur ou le mot de passe. Vérifiez-les dans les Réglages (beaucoup de fournisseurs demandent un mot de passe d’application). Aucun nouvel essai ne sera fait tant qu’ils n’auront pas été modifiés. ({ $detail })
mail-error-refused = Le serveur de messagerie a refusé le message destiné à { $address }. Aucun nouvel essai ne sera fait. ({ $detail })
mail-error-tls = Impossible d’établir une connexion sécurisée avec le serveur de messagerie : vérifiez le nom du serveur, le port et la sécurité dans les Réglages. ({ $detail })
mail-error-settings = Le serveur de messagerie ne peut pas être utilisé avec ces réglages : vérifiez-les dans les Réglages. ({ $detail })
mail-error-passing = Le serveur de messagerie est injoignable pour le moment. Le message attend dans la boîte d’envoi ; un nouvel essai sera fait plus tard. ({ $detail })
mail-error-message-gone = Ce message n’est plus dans la boîte d’envoi.
mail-error-not-waiting = Seul un message encore en attente dans la boîte d’envoi peut être annulé.
mail-error-not-retryable = Seul un message en échec ou annulé peut être renvoyé.
mail-error-no-recipients = Ce brief n’est encore adressé à aucun créateur.
mail-error-no-email = { $name } n’a pas d’adresse e-mail dans le répertoire.
mail-error-no-mailbox = Aucune boîte mail n’est encore configurée pour l’envoi. Connectez-en une dans les Réglages.
mail-error-no-password = Pas de mot de passe pour cette boîte mail : saisissez-le dans les Réglages, ou définissez SHOUTOUT_SMTP_PASSWORD pour la ligne de commande.
