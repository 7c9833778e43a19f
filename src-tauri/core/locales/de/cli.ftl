## The command line (shoutout --help). Commands and options (import-roster, --db…) stay as they are.

# Each command and option has its usage (cli-help-…-usage: the capitalised words stand for what is typed) and what it does. $codes lists the language codes, as en, fr, de.
cli-help-intro = Shoutout: Verwalte Creator aus deiner Gegend, schick ihnen Briefings und verfolge, was jede Kooperation bringt.
cli-help-usage = Aufruf: shoutout [--db PFAD] [--lang CODE] [BEFEHL]
cli-help-no-command = Ohne Befehl öffnet sich das Fenster der App.
cli-help-commands = Befehle:
cli-help-import-roster-usage = import-roster DATEI [--sheet NAME] [--header-row ZEILE] [--skip-duplicates]
cli-help-import-roster = Importiert Creator aus einer Tabelle: CSV, Excel (.xlsx, .xls) oder OpenDocument (.ods); bei einer Arbeitsmappe wird das erste Blatt gelesen, sofern --sheet kein anderes nennt. Die Kopfzeile wird unterhalb etwaiger Titelzeilen gesucht, sofern --header-row nicht ihre Zeilennummer angibt. Creator, deren Handle schon in der Creator-Liste steht, werden zusammengeführt (oder mit --skip-duplicates so gelassen, wie sie sind). Eine Zelle, die sich nicht lesen lässt, bleibt leer, ihr Inhalt kommt in die Notizen des Creators und sie wird als Warnung aufgelistet; Summenzeilen und Zeilen ohne Namen und Handle werden als ausgelassen aufgelistet. Zeilen, die sich nicht importieren lassen, werden mit Zeile und Grund aufgelistet; gibt es welche, ist der Exit-Status 3.
cli-help-export-roster-usage = export-roster DATEI.csv
cli-help-export-roster = Exportiert die ganze Creator-Liste als CSV.
cli-help-export-brief-usage = export-brief BRIEFING --creator CREATOR --out DATEI.pdf
cli-help-export-brief = Exportiert das Briefing eines Creators als PDF. BRIEFING ist die Nummer eines Briefings oder der Name seiner Kampagne; CREATOR die Nummer, der Name oder der @Handle eines Creators.
cli-help-export-brief-all-usage = export-brief --all --out ORDNER
cli-help-export-brief-all = Exportiert jedes nicht archivierte Briefing, ein PDF für jeden Creator, an den es geht.
cli-help-export-deals-usage = export-deals DATEI.csv
cli-help-export-deals = Exportiert alle Kooperationen als CSV: Creator, Kampagne, Art, Status, Termine, Kosten, Rabattcode, Tracking-Link, Ergebnisse und Rendite.
cli-help-export-gifts-usage = export-gifts DATEI.csv
cli-help-export-gifts = Exportiert jeden an Creator verschenkten Artikel (Datum, Creator, Artikel, Kosten, Verkaufswert) als CSV, für die Buchhaltung.
cli-help-backup-usage = backup --out DATEI
cli-help-backup = Kopiert die Datenbank nach DATEI (sicher, auch wenn die App offen ist).
cli-help-restore-usage = restore DATEI [--allow-empty]
cli-help-restore = Ersetzt die Datenbank durch eine Sicherung. Die Sicherung wird zuerst geprüft (eine ohne Daten nur mit --allow-empty); die aktuelle Datei bleibt im Sicherungsordner erhalten (oder wird, falls beschädigt, unverändert dorthin verschoben). Nicht möglich, solange Shoutout die Datei geöffnet hat.
cli-help-export-all-usage = export-all DATEI.json
cli-help-export-all = Exportiert alles (Creator-Liste, Briefings, Kooperationen, Geschäftsprofil) als eine JSON-Datei.
cli-help-import-all-usage = import-all DATEI.json
cli-help-import-all = Importiert eine solche Datei in eine leere Datenbank.
cli-help-sample-data-usage = sample-data [--creators N]
cli-help-sample-data = Fügt die Beispiel-Creator-Liste, zwei Beispiel-Briefings und Beispiel-Kooperationen hinzu (wie die Schaltfläche beim ersten Start); mit --creators stattdessen N erzeugte Creator (um Shoutout mit einer großen Creator-Liste auszuprobieren).
cli-help-options = Optionen:
cli-help-db-usage = --db PFAD
cli-help-db = Verwendet diese Datenbankdatei statt der in deinem Datenordner. Die Umgebungsvariable SHOUTOUT_DB bewirkt dasselbe.
cli-help-lang-usage = --lang CODE
cli-help-lang = Antwortet in dieser Sprache: { $codes }. Ohne diese Option gilt die Sprache des Systems (LANG, LC_ALL, LC_MESSAGES).
cli-help-help-usage = -h, --help
cli-help-help = Zeigt diese Hilfe an.
cli-help-version-usage = -V, --version
cli-help-version = Zeigt die Version an.

## Mistakes on the command line. $option, $command are what was typed.

cli-try-help = Probier „shoutout --help“.
cli-unknown-option = unbekannte Option { $option }
cli-unknown-command = unbekannter Befehl { $command }
cli-unknown-lang = unbekannte Sprache { $code }: möglich sind { $codes }
cli-lang-needs-code = nach --lang fehlt ein Sprachcode ({ $codes })
cli-db-needs-path = nach --db fehlt ein Dateipfad
cli-creator-needs-name = nach --creator fehlt ein Creator
cli-creators-needs-number = nach --creators fehlt eine Zahl
cli-creators-range = --creators erwartet eine Zahl von 1 bis 1.000.000
cli-out-needs-path = nach --out fehlt ein Pfad
cli-needs-file = { $command } braucht einen Dateinamen
cli-one-file = { $command } erwartet genau einen Dateinamen
cli-export-brief-needs-out = export-brief braucht --out
cli-export-brief-usage = verwende export-brief BRIEFING --creator CREATOR --out DATEI.pdf oder export-brief --all --out ORDNER
cli-backup-needs-out = backup braucht --out DATEI

## What a command did. $file, $folder and $db are paths; $count is a number.

cli-exported-creators =
    { $count ->
        [one] 1 Creator nach { $file } exportiert.
       *[other] { $count } Creator nach { $file } exportiert.
    }
cli-exported-deals =
    { $count ->
        [one] 1 Kooperation nach { $file } exportiert.
       *[other] { $count } Kooperationen nach { $file } exportiert.
    }
cli-exported-gifts =
    { $count ->
        [one] 1 verschenkter Artikel nach { $file } exportiert.
       *[other] { $count } verschenkte Artikel nach { $file } exportiert.
    }
cli-exported-records =
    { $count ->
        [one] 1 Datensatz nach { $file } exportiert.
       *[other] { $count } Datensätze nach { $file } exportiert.
    }
cli-imported-records =
    { $count ->
        [one] 1 Datensatz aus { $file } importiert.
       *[other] { $count } Datensätze aus { $file } importiert.
    }
cli-added-generated =
    { $count ->
        [one] 1 erzeugter Creator hinzugefügt.
       *[other] { $count } erzeugte Creator hinzugefügt.
    }
cli-added-sample =
    { $count ->
        [one] 1 Beispiel-Creator hinzugefügt.
       *[other] { $count } Beispiel-Creator hinzugefügt.
    }
cli-backed-up = { $db } nach { $file } gesichert.
cli-restored = { $db } aus { $file } wiederhergestellt.
cli-kept-before = Der vorherige Inhalt bleibt in { $file } erhalten.
cli-saved = { $file } gespeichert.
cli-saved-briefs =
    { $count ->
        [one] 1 Briefing in { $folder } gespeichert.
       *[other] { $count } Briefings in { $folder } gespeichert.
    }
# One brief that could not be saved: $campaign, $creator and the $reason.
cli-brief-problem = { $campaign } für { $creator }: { $reason }
# A row of the CSV file that was not imported.
cli-import-problem = Zeile { $line }: { $reason }
cli-imported-roster = Neue Creator importiert: { $added }, zusammengeführt: { $merged }, übersprungen: { $skipped }, abgelehnt: { $rejected }.

## Finding what a command names.

cli-no-brief = kein Briefing hat die Nummer oder den Namen „{ $key }“
cli-not-on-brief = „{ $key }“ steht nicht im Briefing „{ $campaign }“
# A row imported with a cell kept in the notes, and a row left out as not a creator.
cli-import-warning = Zeile { $line }, importiert: { $reason }
cli-import-ignored = Zeile { $line }, ausgelassen: { $reason }
# Which row of the sheet the column names were taken from.
cli-import-header = Spaltennamen aus Zeile { $line } übernommen.
# Mistakes in import-roster's options.
cli-sheet-needs-name = Nach --sheet muss der Name eines Blatts folgen, zum Beispiel --sheet "Frühling 2026".
cli-header-row-needs-line = Nach --header-row muss die Nummer der Zeile mit den Spaltennamen folgen, zum Beispiel --header-row 3.

## Sending from the command line: the mailbox and briefs.

cli-help-mailbox-usage = mailbox --host HOST --port N --tls TYP --from E-MAIL [--user NAME]
cli-help-mailbox = Legt das Postfach fest, aus dem Briefings gesendet werden; ohne Optionen wird es angezeigt. TYP ist starttls, implicit (TLS ab dem ersten Byte) oder none (nur für einen Mailserver auf diesem Computer, ohne Passwort). --user ist der Benutzername für die Anmeldung, falls er von der Adresse abweicht; --name NAME legt den Namen fest, den Creator sehen (standardmäßig den des Geschäfts). Ist SHOUTOUT_SMTP_PASSWORD gesetzt, wird das Passwort im Schlüsselbund des Systems gespeichert.
cli-help-send-brief-usage = send-brief BRIEFING --creator CREATOR
cli-help-send-brief = Sendet einem Creator sein Briefing per E-Mail über das Postfach, mit seinem PDF im Anhang. Das Passwort kommt aus SHOUTOUT_SMTP_PASSWORD, sonst aus dem Schlüsselbund. Eine Zeile pro Creator; Exit-Status 1, wenn eine Nachricht nicht gesendet wurde.
cli-help-send-brief-all-usage = send-brief BRIEFING --all
cli-help-send-brief-all = Sendet jedem Creator des Briefings per E-Mail seine eigene Nachricht und sein PDF.
cli-help-send-outbox-usage = send-outbox
cli-help-send-outbox = Sendet jetzt alle Nachrichten, die im Postausgang warten.
cli-option-needs-value = Nach { $option } fehlt ein Wert.
cli-mailbox-usage = verwende mailbox --host HOST --port N --tls starttls|implicit|none --from E-MAIL [--user NAME] [--name NAME]
cli-mailbox-port = --port erwartet eine Zahl von 1 bis 65535.
cli-mailbox-tls = --tls erwartet starttls, implicit oder none, nicht „{ $value }“.
# $security is one of the mail-security-… words.
cli-mailbox-set = Postfach: { $address } über { $host }:{ $port } ({ $security }).
cli-mailbox-none = Für den Versand ist noch kein Postfach eingerichtet.
cli-password-kept = Das Passwort ist im Schlüsselbund des Systems gespeichert.
cli-password-no-keychain = Auf diesem Computer läuft kein Schlüsselbund: Das Passwort wird nicht gespeichert; setze SHOUTOUT_SMTP_PASSWORD jedes Mal.
cli-password-keychain-failed = Der Schlüsselbund konnte das Passwort nicht speichern: { $reason }
cli-send-brief-usage = verwende send-brief BRIEFING --creator CREATOR oder send-brief BRIEFING --all
cli-sent = { $name } <{ $address }>: gesendet.
cli-send-waiting = { $name } <{ $address }>: wartet im Postausgang. { $reason }
cli-send-failed = { $name } <{ $address }>: nicht gesendet. { $reason }
cli-send-skipped = { $name }: nicht gesendet. { $reason }
cli-sent-count = { $sent } von { $total } gesendet.
cli-outbox-empty = Im Postausgang wartet nichts.
