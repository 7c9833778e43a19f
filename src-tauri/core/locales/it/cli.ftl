## The command line (shoutout --help). Commands and options (import-roster, --db…) stay as they are.

# Each command and option has its usage (cli-help-…-usage: the capitalised words stand for what is typed) and what it does. $codes lists the language codes, as en, fr, de.
cli-help-intro = Shoutout: gestisci il tuo elenco dei creator locali, invia loro i brief e segui cosa porta ogni collaborazione.
cli-help-usage = Uso: shoutout [--db PERCORSO] [--lang CODICE] [COMANDO]
cli-help-no-command = Senza comando, l’app apre la sua finestra.
cli-help-commands = Comandi:
cli-help-import-roster-usage = import-roster FILE [--sheet NOME] [--header-row RIGA] [--skip-duplicates]
cli-help-import-roster = Importa i creator da un foglio di calcolo: CSV, Excel (.xlsx, .xls) o OpenDocument (.ods); di una cartella di lavoro legge il primo foglio, a meno che --sheet non ne indichi un altro. La riga di intestazione viene cercata sotto eventuali righe di titolo, a meno che --header-row non ne indichi il numero. I creator il cui nome utente è già nell’elenco vengono aggiornati (o lasciati come sono con --skip-duplicates). Una cella che non si può leggere resta vuota, il suo contenuto viene conservato nelle note del creator ed è segnalato come avviso; le righe di totale e quelle senza nome né nome utente vengono elencate come escluse. Le righe che non si possono importare vengono elencate con numero di riga e motivo; se ce ne sono, lo stato di uscita è 3.
cli-help-export-roster-usage = export-roster FILE.csv
cli-help-export-roster = Esporta l’intero elenco dei creator in CSV.
cli-help-export-brief-usage = export-brief BRIEF --creator CREATOR --out FILE.pdf
cli-help-export-brief = Esporta in PDF il brief di un creator. BRIEF è il numero di un brief o il nome della sua campagna; CREATOR il numero, il nome o il @nomeutente di un creator.
cli-help-export-brief-all-usage = export-brief --all --out CARTELLA
cli-help-export-brief-all = Esporta ogni brief non archiviato, un PDF per ogni creator a cui è rivolto.
cli-help-export-deals-usage = export-deals FILE.csv
cli-help-export-deals = Esporta tutte le collaborazioni in CSV: creator, campagna, tipo, stato, date, costo, codice sconto, link di tracciamento, risultati e ritorno.
cli-help-export-gifts-usage = export-gifts FILE.csv
cli-help-export-gifts = Esporta in CSV ogni articolo regalato ai creator (data, creator, articolo, costo, valore di vendita), per la contabilità.
cli-help-backup-usage = backup --out FILE
cli-help-backup = Copia il database in FILE (sicuro anche con l’app aperta).
cli-help-restore-usage = restore FILE [--allow-empty]
cli-help-restore = Sostituisce il database con un backup. Prima il backup viene controllato (uno senza dati solo con --allow-empty); il file attuale viene conservato nella sua cartella dei backup (o, se è danneggiato, spostato lì così com’è). Non è possibile mentre Shoutout ha il file aperto.
cli-help-export-all-usage = export-all FILE.json
cli-help-export-all = Esporta tutto (elenco dei creator, brief, collaborazioni, dati del negozio) in un unico file JSON.
cli-help-import-all-usage = import-all FILE.json
cli-help-import-all = Importa un file del genere in un database vuoto.
cli-help-sample-data-usage = sample-data [--creators N]
cli-help-sample-data = Aggiunge l’elenco di esempio, due brief di esempio e collaborazioni di esempio (come il pulsante del primo avvio); con --creators, invece, N creator generati (per provare Shoutout con un elenco grande).
cli-help-options = Opzioni:
cli-help-db-usage = --db PERCORSO
cli-help-db = Usa questo file di database invece di quello nella tua cartella dati. La variabile d’ambiente SHOUTOUT_DB fa lo stesso.
cli-help-lang-usage = --lang CODICE
cli-help-lang = Usa questa lingua: { $codes }. Senza questa opzione si usa la lingua del sistema (LANG, LC_ALL, LC_MESSAGES).
cli-help-help-usage = -h, --help
cli-help-help = Mostra questo aiuto.
cli-help-version-usage = -V, --version
cli-help-version = Mostra la versione.

## Mistakes on the command line. $option, $command are what was typed.

cli-try-help = Prova «shoutout --help».
cli-unknown-option = opzione sconosciuta { $option }
cli-unknown-command = comando sconosciuto { $command }
cli-unknown-lang = lingua sconosciuta { $code }: usa una di queste: { $codes }
cli-lang-needs-code = --lang deve essere seguito da un codice lingua ({ $codes })
cli-db-needs-path = --db deve essere seguito dal percorso di un file
cli-creator-needs-name = --creator deve essere seguito da un creator
cli-creators-needs-number = --creators deve essere seguito da un numero
cli-creators-range = --creators accetta un numero da 1 a 1.000.000
cli-out-needs-path = --out deve essere seguito da un percorso
cli-needs-file = { $command } richiede un nome di file
cli-one-file = { $command } accetta un solo nome di file
cli-export-brief-needs-out = export-brief richiede --out
cli-export-brief-usage = usa export-brief BRIEF --creator CREATOR --out FILE.pdf, oppure export-brief --all --out CARTELLA
cli-backup-needs-out = backup richiede --out FILE

## What a command did. $file, $folder and $db are paths; $count is a number.

cli-exported-creators =
    { $count ->
        [one] 1 creator esportato in { $file }.
       *[other] { $count } creator esportati in { $file }.
    }
cli-exported-deals =
    { $count ->
        [one] 1 collaborazione esportata in { $file }.
       *[other] { $count } collaborazioni esportate in { $file }.
    }
cli-exported-gifts =
    { $count ->
        [one] 1 articolo regalato esportato in { $file }.
       *[other] { $count } articoli regalati esportati in { $file }.
    }
cli-exported-records =
    { $count ->
        [one] 1 record esportato in { $file }.
       *[other] { $count } record esportati in { $file }.
    }
cli-imported-records =
    { $count ->
        [one] 1 record importato da { $file }.
       *[other] { $count } record importati da { $file }.
    }
cli-added-generated =
    { $count ->
        [one] Aggiunto 1 creator generato.
       *[other] Aggiunti { $count } creator generati.
    }
cli-added-sample =
    { $count ->
        [one] Aggiunto 1 creator di esempio.
       *[other] Aggiunti { $count } creator di esempio.
    }
cli-backed-up = Backup di { $db } salvato in { $file }.
cli-restored = { $db } ripristinato da { $file }.
cli-kept-before = Il contenuto precedente è conservato in { $file }.
cli-saved = File salvato: { $file }.
cli-saved-briefs =
    { $count ->
        [one] 1 brief salvato in { $folder }.
       *[other] { $count } brief salvati in { $folder }.
    }
# One brief that could not be saved: $campaign, $creator and the $reason.
cli-brief-problem = { $campaign } per { $creator }: { $reason }
# A row of the CSV file that was not imported.
cli-import-problem = riga { $line }: { $reason }
cli-imported-roster = Nuovi creator importati: { $added }; aggiornati: { $merged }; saltati: { $skipped }; rifiutati: { $rejected }.

## Finding what a command names.

cli-no-brief = nessun brief ha il numero o il nome «{ $key }»
cli-not-on-brief = «{ $key }» non è tra i creator di «{ $campaign }»
# A row imported with a cell kept in the notes, and a row left out as not a creator.
cli-import-warning = riga { $line }, importata: { $reason }
cli-import-ignored = riga { $line }, esclusa: { $reason }
# Which row of the sheet the column names were taken from.
cli-import-header = Nomi delle colonne presi dalla riga { $line }.
# Mistakes in import-roster's options.
cli-sheet-needs-name = --sheet deve essere seguito dal nome di un foglio, per esempio --sheet "Primavera 2026".
cli-header-row-needs-line = --header-row deve essere seguito dal numero della riga che contiene i nomi delle colonne, per esempio --header-row 3.

## Sending from the command line: the mailbox and briefs.

cli-help-mailbox-usage = mailbox --host HOST --port N --tls MODO --from EMAIL [--user NOME]
cli-help-mailbox = Imposta la casella di posta da cui partono i brief; senza opzioni, la mostra. MODO è starttls, implicit (TLS dal primo byte) o none (solo per un server di posta su questo computer, senza password). --user è il nome utente per l’accesso, se è diverso dall’indirizzo; --name NOME imposta il nome che vedono i creator (se non indicato, quello del negozio). Se SHOUTOUT_SMTP_PASSWORD è impostata, la password viene salvata nel portachiavi del sistema.
cli-help-send-brief-usage = send-brief BRIEF --creator CREATOR
cli-help-send-brief = Invia via email a un creator il suo brief, con il PDF allegato, dalla casella di posta. La password viene da SHOUTOUT_SMTP_PASSWORD, altrimenti dal portachiavi. Una riga per creator; stato di uscita 1 se un messaggio non è stato inviato.
cli-help-send-brief-all-usage = send-brief BRIEF --all
cli-help-send-brief-all = Invia via email a ogni creator del brief il suo messaggio e il suo PDF.
cli-help-send-outbox-usage = send-outbox
cli-help-send-outbox = Invia ora tutti i messaggi in attesa nella posta in uscita.
cli-option-needs-value = { $option } deve essere seguito da un valore.
cli-mailbox-usage = usa mailbox --host HOST --port N --tls starttls|implicit|none --from EMAIL [--user NOME] [--name NOME]
cli-mailbox-port = --port accetta un numero da 1 a 65535.
cli-mailbox-tls = --tls accetta starttls, implicit o none, non «{ $value }».
# $security is one of the mail-security-… words.
cli-mailbox-set = Casella: { $address } tramite { $host }:{ $port } ({ $security }).
cli-mailbox-none = Non è ancora configurata nessuna casella di posta per l’invio.
cli-password-kept = La password è salvata nel portachiavi del sistema.
cli-password-no-keychain = Su questo computer non c’è nessun portachiavi attivo: la password non viene salvata; imposta SHOUTOUT_SMTP_PASSWORD ogni volta.
cli-password-keychain-failed = Il portachiavi non è riuscito a salvare la password: { $reason }
cli-send-brief-usage = usa send-brief BRIEF --creator CREATOR, oppure send-brief BRIEF --all
cli-sent = { $name } <{ $address }>: inviato.
cli-send-waiting = { $name } <{ $address }>: in attesa nella posta in uscita. { $reason }
cli-send-failed = { $name } <{ $address }>: non inviato. { $reason }
cli-send-skipped = { $name }: non inviato. { $reason }
cli-sent-count = Inviati: { $sent } su { $total }.
cli-outbox-empty = Nella posta in uscita non c’è nulla in attesa.
