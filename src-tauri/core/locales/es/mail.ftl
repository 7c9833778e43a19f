## Sending briefs from the owner's mailbox: its settings and what can go wrong.

# How the connection to the mail server is secured (shown after the server's name).
mail-security-starttls = STARTTLS
mail-security-implicit = TLS
mail-security-none = sin cifrado

## Problems with the mailbox settings, shown next to the field.

mail-error-host = Escribe el nombre del servidor de correo, por ejemplo smtp.gmail.com.
mail-error-port = Escribe el puerto del servidor: normalmente 465 o 587.
mail-error-from = Escribe la dirección de correo que verán los creadores y a la que responderán.
mail-error-one-line = Escríbelo en una sola línea.
mail-error-plain-remote = Una conexión sin cifrado solo se permite con un servidor de correo instalado en este ordenador. Elige TLS o STARTTLS.
mail-error-plain-password = Una contraseña nunca se envía sin cifrado. Elige TLS o STARTTLS.

## Why a message did not go. $detail is the mail server's own words.

# An address the message cannot be sent to.
mail-error-address = «{ $address }» no es una dirección de correo a la que se pueda enviar un mensaje.
mail-error-unreachable = El servidor de correo no ha respondido. El mensaje queda en la bandeja de salida y se intentará enviar de nuevo.
mail-error-password = El servidor de correo ha rechazado el usuario o la contraseña. Revísalos en Ajustes (muchos proveedores piden una contraseña de aplicación). No se volverá a intentar hasta que los cambies. ({ $detail })
mail-error-refused = El servidor de correo ha rechazado el mensaje para { $address }. No se volverá a intentar. ({ $detail })
mail-error-tls = No se ha podido establecer una conexión segura con el servidor de correo: revisa el nombre del servidor, el puerto y la seguridad en Ajustes. ({ $detail })
mail-error-settings = El servidor de correo no se puede usar con estos ajustes: revísalos en Ajustes. ({ $detail })
mail-error-passing = Ahora mismo no se puede contactar con el servidor de correo. El mensaje queda en la bandeja de salida y se intentará enviar de nuevo. ({ $detail })
mail-error-message-gone = Este mensaje ya no está en la bandeja de salida.
mail-error-not-waiting = Solo se puede cancelar un mensaje que todavía esté esperando en la bandeja de salida.
mail-error-not-retryable = Solo se puede volver a enviar un mensaje que haya fallado o se haya cancelado.
mail-error-no-recipients = Este brief todavía no está dirigido a ningún creador.
mail-error-no-email = { $name } no tiene dirección de correo en la lista de creadores.
mail-error-no-mailbox = Aún no hay ningún buzón configurado para enviar. Conecta uno en Ajustes.
mail-error-no-password = No hay contraseña para este buzón: escríbela en Ajustes o define SHOUTOUT_SMTP_PASSWORD para la línea de comandos.
