## Sending briefs from the owner's mailbox: its settings and what can go wrong.

# How the connection to the mail server is secured (shown after the server's name).
mail-security-starttls = STARTTLS
mail-security-implicit = TLS
mail-security-none = zonder versleuteling

## Problems with the mailbox settings, shown next to the field.

mail-error-host = Typ de naam van de mailserver, bijvoorbeeld smtp.gmail.com.
mail-error-port = Typ de poort van de server: meestal 465 of 587.
mail-error-from = Typ het e-mailadres dat creators te zien krijgen en waarnaar hun antwoorden gaan.
mail-error-one-line = Houd het bij één regel.
mail-error-plain-remote = Een verbinding zonder versleuteling mag alleen met een mailserver op deze computer. Kies TLS of STARTTLS.
mail-error-plain-password = Een wachtwoord wordt nooit zonder versleuteling verstuurd. Kies TLS of STARTTLS.

## Why a message did not go. $detail is the mail server's own words.

# An address the message cannot be sent to.
mail-error-address = ‘{ $address }’ is geen e-mailadres waarnaar een bericht kan worden verstuurd.
mail-error-unreachable = De mailserver heeft niet gereageerd. Het bericht wacht in het postvak Uit; Shoutout probeert het later opnieuw.
mail-error-password = De mailserver heeft de gebruikersnaam of het wachtwoord geweigerd. Controleer ze in Instellingen (veel providers vragen een app-wachtwoord). Tot je ze wijzigt, wordt er niets meer geprobeerd. ({ $detail })
mail-error-refused = De mailserver heeft het bericht aan { $address } geweigerd. Shoutout probeert het niet opnieuw. ({ $detail })
mail-error-tls = Er kon geen beveiligde verbinding met de mailserver worden gemaakt: controleer de servernaam, de poort en de beveiliging in Instellingen. ({ $detail })
mail-error-settings = De mailserver werkt niet met deze instellingen: controleer ze in Instellingen. ({ $detail })
mail-error-passing = De mailserver is nu niet bereikbaar. Het bericht wacht in het postvak Uit; Shoutout probeert het later opnieuw. ({ $detail })
mail-error-message-gone = Dit bericht staat niet meer in het postvak Uit.
mail-error-not-waiting = Alleen een bericht dat nog in het postvak Uit wacht, kan worden geannuleerd.
mail-error-not-retryable = Alleen een mislukt of geannuleerd bericht kan opnieuw worden verstuurd.
mail-error-no-recipients = Deze briefing is nog aan geen enkele creator gericht.
mail-error-no-email = { $name } heeft geen e-mailadres in de creatorlijst.
mail-error-no-mailbox = Er is nog geen mailbox ingesteld om mee te versturen. Koppel er een in Instellingen.
mail-error-no-password = Geen wachtwoord voor deze mailbox: typ het in Instellingen, of stel SHOUTOUT_SMTP_PASSWORD in voor de opdrachtregel.
