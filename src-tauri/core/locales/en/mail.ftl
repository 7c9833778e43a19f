## Sending briefs from the owner's mailbox: its settings and what can go wrong.

# How the connection to the mail server is secured (shown after the server's name).
mail-security-starttls = STARTTLS
mail-security-implicit = TLS
mail-security-none = no encryption

## Problems with the mailbox settings, shown next to the field.

mail-error-host = Type the mail server's name, for example smtp.gmail.com.
mail-error-port = Type the server's port: usually 465 or 587.
mail-error-from = Type the email address creators should see and reply to.
mail-error-one-line = Keep this to one line.
mail-error-plain-remote = A connection without encryption is only allowed to a mail server on this computer. Choose TLS or STARTTLS.
mail-error-plain-password = A password is never sent without encryption. Choose TLS or STARTTLS.

## Why a message did not go. $detail is the mail server's own words.

# An address the message cannot be sent to.
mail-error-address = “{ $address }” is not an email address a message can be sent to.
mail-error-unreachable = The mail server did not answer. The message waits in the outbox and is tried again.
mail-error-password = The mail server refused the user name or password. Check them in Settings (many providers need an app password). Nothing more is tried until they are changed. ({ $detail })
mail-error-refused = The mail server refused the message to { $address }. It is not tried again. ({ $detail })
mail-error-tls = A secure connection to the mail server could not be set up: check the server's name, port and security in Settings. ({ $detail })
mail-error-settings = The mail server cannot be used with these settings: check them in Settings. ({ $detail })
mail-error-passing = The mail server could not be reached for now. The message waits in the outbox and is tried again. ({ $detail })
mail-error-message-gone = This message is no longer in the outbox.
mail-error-not-waiting = Only a message still waiting in the outbox can be cancelled.
mail-error-not-retryable = Only a message that failed or was cancelled can be sent again.
mail-error-no-recipients = This brief is not addressed to any creator yet.
mail-error-no-email = { $name } has no email address in the roster.
mail-error-no-mailbox = No mailbox is set up for sending yet. Connect one in Settings.
mail-error-no-password = No password for this mailbox: type it in Settings, or set SHOUTOUT_SMTP_PASSWORD for the command line.
