## Why something could not be done, and what to do: shown to the owner in a red message.

# The first problem found in a form; the form shows every problem beside its field.
error-invalid = Controlla il modulo: { $message }
error-invalid-form = Controlla il modulo.
error-missing-creator = Questo creator non è stato trovato. Forse è stato eliminato.
error-missing-deal = Questa collaborazione non è stata trovata. Forse è stata eliminata.
error-missing-brief = Questo brief non è stato trovato. Forse è stato eliminato.
error-missing-brand = I dati del negozio non sono stati trovati. Forse sono stati eliminati.
error-too-new = Questo file è stato creato da una versione più recente di Shoutout (versione dei dati { $found }; questa versione arriva fino alla { $known }). Installa l’ultima versione di Shoutout per aprirlo. Il file non è stato modificato.
error-not-shoutout = { $file } non è un file di Shoutout. Non è stato modificato.
error-damaged = { $file } è danneggiato e non si può aprire in sicurezza. Non è stato modificato.
# $name is a creator.
error-has-deals =
    { $deals ->
        [one] { $name } ha una collaborazione: invece di eliminare il profilo, archivialo, così lo storico delle collaborazioni resta completo.
       *[other] { $name } ha { $deals } collaborazioni: invece di eliminare il profilo, archivialo, così lo storico delle collaborazioni resta completo.
    }
# $reason is one of the error-io-* messages below.
error-io = Impossibile usare { $file }: { $reason }
error-database = Il database ha segnalato un problema: { $reason }
# $what says what the file has that Shoutout’s files do not.
error-foreign = { $file } non è un file di Shoutout: contiene { $what }. Non è stato modificato.
error-open-elsewhere = { $file }: Shoutout è già aperto su questo file; chiudilo o esegui il ripristino dalle sue Impostazioni.
error-restoring = Un ripristino sta sostituendo { $file } proprio ora. Attendi che finisca, poi riapri Shoutout.
error-replaced = { $file } è stato sostituito o spostato da un altro programma mentre Shoutout lo aveva aperto. Da quel momento non vi è stato scritto più nulla. Chiudi Shoutout e riaprilo per vedere cosa contiene ora il file.
error-empty-backup = { $file } non contiene creator, brief, collaborazioni né dati del negozio. Ripristinarlo svuoterebbe Shoutout; non è stato cambiato nulla. Ripristinalo comunque solo se vuoi davvero uno Shoutout vuoto.
error-read-only = { $file } è di sola lettura, quindi Shoutout non può modificarlo né sostituirlo. Togli l’attributo di sola lettura dalle proprietà del file, poi riprova.
error-sum-overflow = Alcuni importi sono troppo grandi per essere sommati, quindi questo totale non può essere mostrato. Cerca una collaborazione con un importo molto grande e correggilo.

## Why a file could not be used (the end of error-io).

error-io-not-found = il file non c’è (forse è stato spostato, rinominato o eliminato); controlla dov’è e sceglilo di nuovo
error-io-permission = Shoutout non ha il permesso di usarlo; controlla i permessi del file e della sua cartella, o scegli un’altra cartella
error-io-full = il disco è pieno; libera un po’ di spazio e riprova
error-io-read-only = il disco è di sola lettura; scegli una cartella su un altro disco
error-io-exists = esiste già un file con quel nome; scegli un altro nome
error-io-folder = è una cartella, non un file; scegli un file
error-io-not-folder = una parte del percorso è un file dove dovrebbe esserci una cartella; scegli un’altra cartella
# $reason is the system’s own description, in English.
error-io-damaged = il file è incompleto o danneggiato ({ $reason }); salvalo di nuovo e riprova
error-io-other = { $reason }; controlla che il disco sia ancora collegato e riprova

## A value typed in a form or a spreadsheet cell that could not be read. Each is shown beside
## its field on its own, or after the field’s name (error-labelled).

# $text is what was typed.
error-count-empty = Inserisci un numero.
error-not-number = «{ $text }» non è un numero.
error-not-whole-number = «{ $text }» non è un numero intero.
error-count-too-large = Questo numero è troppo grande (al massimo 10 miliardi).
error-percent-range = Il valore deve essere tra 0 e 100 %.
error-not-percent = «{ $text }» non è una percentuale.
error-not-amount = «{ $text }» non è un importo.
# $max is the largest amount, already written out (1,000,000,000.00).
error-amount-too-large = Questo importo è troppo grande (al massimo { $max }).
error-not-yes-no = «{ $text }» non è né sì né no.
# A problem with one value, after the name of its field: "Followers: “12x” is not a number."
# $label is one of the error-label-* names below, $problem one of the messages above.
error-labelled = { $label }: { $problem }
error-label-likes = Mi piace
error-label-comments = Commenti
error-label-shares = Condivisioni
error-label-followers = Follower
error-label-engagement-rate = Tasso di engagement
error-label-rate = Tariffa
error-label-commission = Commissione
error-label-open-to-gifting = Accetta regali
# Under a text field that is too long; $max is a number of characters.
error-keep-under = Non superare i { $max } caratteri.

## The shop’s logo.

error-logo-format = Il logo deve essere un’immagine PNG o JPEG.
error-logo-no-pixels = Il logo non ha pixel; salvalo di nuovo come PNG o JPEG.
# $max is 4,000 and $sharp 1,000, already written out.
error-logo-too-many-pixels = Il logo è di { $width } × { $height } pixel; Shoutout accetta al massimo { $max } × { $max } (16 megapixel). Ridimensionalo (un logo è nitido a { $sharp } pixel di larghezza) e sceglilo di nuovo.
error-logo-too-big = Il logo supera i 2 MB; usa un’immagine più piccola.

## Why a spreadsheet (CSV) file could not be read or written.

error-csv-too-big = Il file supera i { $mb } MB; dividilo in file più piccoli e importali uno alla volta.
error-csv-row-too-long = A partire dalla riga { $line } c’è una riga che supera i { $mb } MB (forse mancano delle virgolette di chiusura); controlla il file in un foglio di calcolo, o dividilo.
# $max is 1,000,000, already written out.
error-csv-too-many-rows = Il file ha più di { $max } righe (la riga { $line } supera il limite); dividilo in file di al massimo { $max } righe e importali uno alla volta.
error-csv-empty = Il file è vuoto.
# $cells and $max are already written out.
error-csv-too-many-cells = La riga { $line } ha { $cells } celle, più delle { $max } che una riga può avere; togli le colonne che non ti servono e riprova.
# $cell counts the cells from 1 on; $max is 100,000, already written out.
error-csv-cell-too-long = La cella { $cell } della riga { $line } contiene più di { $max } caratteri; accorciala e riprova.
# $reason is the CSV reader’s own description, in English.
error-csv-unreadable = Impossibile leggere il file come foglio di calcolo ({ $reason }). Salvalo di nuovo come CSV e riprova.
# $reason is the system’s own description, in English.
error-csv-write = Impossibile scrivere il foglio di calcolo ({ $reason }). Controlla che il disco sia ancora collegato e riprova.

## A creator’s handle (@name or profile link) that cannot be kept.

error-handle-empty = Il nome utente è vuoto.
error-handle-formula = Il nome utente non può iniziare con =, + o - (un foglio di calcolo lo leggerebbe come una formula).
error-handle-site-link = Il nome utente è un link al sito, non a un profilo.
error-handle-link-too-long = Il link del profilo è troppo lungo (al massimo 200 caratteri).
error-handle-too-long = Il nome utente è troppo lungo (al massimo 100 caratteri).
# $text is what was typed.
error-handle-unreadable = «{ $text }» non è un nome utente né un link a un profilo.
# $found is the character that is not allowed.
error-handle-characters = Il nome utente può contenere solo lettere, cifre, punti, trattini e trattini bassi (trovato «{ $found }»).

## A creator as typed in the form (or a row of an imported file).

error-email = Non sembra un indirizzo email.
error-phone = Usa solo cifre, spazi e + - ( ).
error-notes-too-long = Le note non possono superare i { $max } caratteri.
error-name-empty = Inserisci un nome.
error-name-too-long = Il nome non può superare i { $max } caratteri.
error-name-control = Il nome non può contenere a capo o caratteri di controllo.
error-followers-without-handle = Aggiungi il nome utente a cui appartengono questi follower.
# $linked and $chosen are platforms (Instagram, TikTok, YouTube, Other).
error-wrong-platform = Questo è un link di { $linked }, non di { $chosen }.
error-platform-twice = C’è già un nome utente su { $platform }: se ne può avere uno solo per piattaforma.
error-niche-too-long = Ogni nicchia può avere al massimo { $max } caratteri.
error-too-many-niches = Usa al massimo { $max } nicchie.
error-keep-under-one-line = Usa una sola riga, senza superare i { $max } caratteri.
error-currency-code = Usa un codice valuta di tre lettere, come EUR, GBP o USD.
# $handle is a handle without its @, $platform where it is, $name the creator being saved and
# $owner the creator who has the look-alike handle @$other.
error-look-alike = @{ $handle } su { $platform } sembra identico a @{ $other }, che appartiene a { $owner }: { $name } e { $owner } si distinguerebbero solo per lettere che si somigliano. Scrivi il nome utente esattamente come quello di { $owner } se sono lo stesso creator.
error-handle-taken = @{ $handle } su { $platform } appartiene già a { $name }.
error-already-in-roster = { $name } è già nell’elenco dei creator.
# $text is what the cell holds; the statuses are listed as the file may write them.
error-not-status = «{ $text }» non è uno stato valido: usa prospect, contacted, active, paused o do not contact.

## Importing creators from a spreadsheet: why a row or the whole file cannot be imported.

error-followers-no-handle = Sono indicati dei follower, ma nessun nome utente a cui attribuirli.
error-import-no-name-column = Scegli la colonna che contiene il nome o un nome utente.
# $line is an earlier line of the same file.
error-import-same-handle = @{ $handle } su { $platform } è già alla riga { $line } di questo file.
error-import-many-owners = I nomi utente di questa riga appartengono già a { $count } creator diversi; modificali a mano.
error-import-mapping-stale = Le colonne scelte non corrispondono al file; aprilo di nuovo.
error-import-no-name-set = Nessuna colonna è associata al nome o a un nome utente.

## A deal as typed in the form.

error-deal-no-creator = Scegli un creator.
error-deal-no-start = Scegli la data di inizio della collaborazione.
error-deal-handover-early = La consegna non può essere precedente all’inizio della collaborazione.
error-deal-rating = Dai un voto da 1 a 5 stelle.
error-negative = Non può essere negativo.
error-deal-no-kind = Scegli il tipo di collaborazione (regalo, visita, scambio, affiliazione o a pagamento).
error-deal-currency = Scegli una valuta, come EUR o GBP.
error-date = Scegli una data.
error-discount-code = Usa fino a 30 lettere, cifre, - o _ (senza spazi).
error-web-address = Inserisci un indirizzo web che inizi con https:// o http://.
error-too-many-items = Usa al massimo { $max } articoli.
error-item-name = Dai un nome all’articolo.
# $max is the largest amount, already written out (1,000,000,000.00).
error-items-cost-too-much = Gli articoli costano più di { $max } in tutto; dividili su più collaborazioni.
error-items-worth-too-much = Gli articoli valgono più di { $max } in tutto; dividili su più collaborazioni.
# $max is 100,000, already written out.
error-quantity = Usa una quantità da 1 a { $max }.
error-too-many-deliverables = Puoi indicare al massimo { $max } contenuti.
error-deliverable-label = Indica cosa va pubblicato.
error-due-early = La scadenza non può essere precedente all’inizio della collaborazione.
error-post-link = Incolla il link del post (deve iniziare con https://).
error-posted-early = La data di pubblicazione non può essere precedente all’inizio della collaborazione.
error-deal-creator-gone = Scegli un creator dal tuo elenco.
error-deal-brief-gone = Quel brief non esiste più.
error-note-too-long = La nota non può superare i { $max } caratteri.
# $from and $to are deal statuses (Proposed, Agreed, Product sent…), as the board names them.
error-deal-move = Una collaborazione «{ $from }» non può passare a «{ $to }».
error-deal-already-there = Questa collaborazione esiste già.
# $max is the largest amount, already written out (1,000,000,000.00).
error-deal-too-large = Gli importi di questa collaborazione sono troppo grandi per essere sommati. Usa importi sotto { $max } e controlla le quantità.
error-nudge-day = I promemoria sono per il giorno 7, 10 o 14.

## A brief as typed in its editor.

error-brief-campaign = Dai un nome alla campagna.
error-too-many-points = Usa al massimo { $max } punti.
error-point-too-long = Ogni punto può avere al massimo { $max } caratteri.
# $token is what was typed between braces; $known lists the placeholders that exist.
error-placeholder = { $token } non è un segnaposto; usa { $known }.
error-step-label = Dai a ogni fase un nome breve (fino a { $max } caratteri).
error-step-when = Scegli una data o una settimana.
error-too-many-steps = Usa al massimo { $max } fasi.
# $code is a discount code.
error-code-taken = { $code } è già usato in questa campagna.
error-recipient-code = «{ $code }»: usa da 3 a 20 lettere, cifre, - o _.
error-not-on-brief = Questo creator non è nel brief. Aggiungilo prima.
# $pt is the smallest text size, $mm how much too long the page is, $section the title of the
# longest section.
error-brief-too-long = Il brief non sta in una pagina, nemmeno con il testo a { $pt } pt: è troppo lungo di circa { $mm } mm. Accorcia «{ $section }», la sezione più lunga.

## The shop’s details and the app’s settings.

error-colour = Scegli un colore, come #E8554F.
error-website = Inserisci l’indirizzo del sito del negozio, ad es. www.example.com.
error-brand-currency = Scegli un codice valuta, come EUR, GBP o USD.
error-shop-name = Inserisci il nome del tuo negozio; i brief vengono firmati con questo nome.
error-text-size = Scegli come dimensione del testo 100 %, 125 % o 150 %.
error-window-size = Una finestra deve avere una dimensione.

## A database file that has tables Shoutout’s files do not (the $what of error-foreign).
## $kind is the kind of thing in the file, as SQLite names it, $object its name.

error-foreign-changed = { $kind ->
        [table] una tabella
        [index] un indice
        [trigger] un trigger
       *[view] una vista
    } «{ $object }» con una struttura diversa da quella di Shoutout
error-foreign-extra = { $kind ->
        [table] una tabella
        [index] un indice
        [trigger] un trigger
       *[view] una vista
    } di nome «{ $object }», che Shoutout non crea mai
error-foreign-missing = { $kind ->
        [table] nessuna tabella
        [index] nessun indice
        [trigger] nessun trigger
       *[view] nessuna vista
    } di nome «{ $object }»

## Exporting everything to one file, and importing it into an empty Shoutout.

# $reason is the system’s own description, in English.
error-export-write = L’esportazione non può essere scritta ({ $reason }). Controlla che il disco sia ancora collegato e riprova.
error-export-not-ours = Questo file non è un’esportazione di Shoutout.
error-export-version = Questa esportazione è della versione dei dati { $version }; questo Shoutout legge la versione { $known }. Aprila con lo Shoutout che l’ha creata, o con la stessa versione di questo.
error-export-not-empty = Importa tutto in uno Shoutout vuoto: questo contiene già dei dati.
# Said after each of the problems below.
error-export-fix = Correggi il file, o esportalo di nuovo dallo Shoutout che l’ha creato.
# $table, $column and $parent are names in the file, as it writes them; $row counts from 1.
# $problem is one of the error-value-* sentences below.
error-export-value = Riga { $row } di { $table }: { $problem }
error-export-missing = La riga { $row } di { $table } non ha un valore per { $column }, obbligatorio in ogni riga.
error-export-unknown-column = La riga { $row } di { $table } ha una colonna che Shoutout non conosce: «{ $column }».
error-export-empty-row = La riga { $row } di { $table } è vuota: non contiene valori. Rimuovila.
error-export-not-a-row = La riga { $row } di { $table } non è una riga di valori con nome.
error-export-not-a-table = La tabella { $table } non è un elenco di righe.
error-export-unknown-table = Il file ha una tabella che Shoutout non conosce: «{ $table }».
error-export-no-parent = Riga { $row } di { $table }: { $column } è { $id }, ma { $parent } non ha nessuna riga con quell’id.
error-export-repeated = La riga { $row } di { $table } ripete un’altra riga: lo stesso id, o un nome utente o un codice che deve essere unico, compare due volte.
error-export-refused = La riga { $row } di { $table } contiene valori che Shoutout non può salvare insieme.
error-export-too-many = Ci sono altri problemi oltre a questi; probabilmente il file non è un’esportazione di Shoutout.

## What is wrong with one value of an export. $column is the column’s name in the file,
## $found what it holds (a number as it is, or one of the error-found-* descriptions).

error-found-null = niente (null)
error-found-long-text = un testo di { $count } caratteri
error-found-text = «{ $text }»
error-found-list = un elenco
error-found-group = un gruppo di valori
error-value-null = { $column } è vuoto (null) ma deve avere un valore.
error-value-not-text = { $column } dovrebbe essere un testo, non { $found }.
error-value-not-whole = { $column } dovrebbe essere un numero intero, non { $found }.
error-value-at-least = { $column } è { $n }; deve essere almeno { $min }.
error-value-exactly = { $column } è { $n }; deve essere { $min }.
error-value-range = { $column } è { $n }; deve essere tra { $min } e { $max }.
error-value-not-number = { $column } dovrebbe essere un numero, non { $found }.
error-value-not-picture = { $column } non è un’immagine nel formato dell’esportazione.
error-value-picture-too-big = { $column } è un’immagine di { $size } byte; il logo può avere al massimo { $max } byte.
error-value-too-long = { $column } è lungo { $length } caratteri; non deve superare i { $max }.
error-value-control = { $column } contiene un a capo o un carattere di controllo.
error-value-empty = { $column } è vuoto ma deve avere un valore.
# $names lists the values the file may hold, as it writes them.
error-value-enum = { $column } è { $found }; usa uno di questi valori: { $names }.
error-value-kinds = { $column } è { $found }; usa uno o più di questi valori, separati da virgole: { $names }.
error-value-date = { $column } è { $found }; usa una data come 2026-12-01.
error-value-stamp = { $column } è { $found }; usa data e ora nel formato 2026-12-01T09:30:00.000Z.
error-value-currency = { $column } è { $found }; usa un codice valuta di tre lettere, come EUR.
error-value-email = { $column } è { $found }; non sembra un indirizzo email.
error-value-phone = { $column } è { $found }; usa solo cifre, spazi e + - ( ).
error-value-handle = { $column } è { $found }; non è un nome utente nel formato usato da Shoutout.
error-value-url = { $column } è { $found }; usa un indirizzo web che inizi con https://.
error-value-deal-code = { $column } è { $found }; usa fino a 30 lettere maiuscole, cifre, - o _.
error-value-recipient-code = { $column } è { $found }; usa da 3 a 20 lettere maiuscole, cifre, - o _.
error-value-colour = { $column } è { $found }; usa un colore come #E8554F.
error-value-list-format = { $column } dovrebbe essere un elenco di punti scritto come ["…", "…"].
error-value-too-many-points = { $column } ha { $count } punti; usane al massimo { $max }.
error-value-point-too-long = { $column } ha un punto di oltre { $max } caratteri.
error-value-timeline-format = { $column } dovrebbe essere un elenco di fasi scritto come [{"{"}"label": "…", "when": "2026-12-01"{"}"}].
error-value-too-many-steps = { $column } ha { $count } fasi; usane al massimo { $max }.
error-value-step-too-long = { $column } ha un nome di fase di oltre { $max } caratteri.
error-value-step-when = { $column } ha una fase fissata a «{ $when }», che non è né una data né una settimana.

## The desktop app’s own problems.

error-app-unavailable = L’elenco dei creator non è aperto: non è stato possibile aprire il database all’avvio di Shoutout.
error-app-import-expired = Quel file non è più aperto per l’importazione. Sceglilo di nuovo.
error-app-nothing-to-restore = Non è più possibile ripristinarlo: è stato rimosso in una sessione precedente.
error-app-backup-not-found = Questo backup non è stato trovato. Forse è stato eliminato.
error-app-pdf-not-found = Questo PDF non è stato trovato. Esporta di nuovo il brief.
# $reason is the system’s own description, in English.
error-app-dialog = Non è stato possibile aprire la finestra dei file: { $reason }
error-app-open = Non è stato possibile aprire il link: { $reason }
# $reason is error-app-new-backup-missing or the system’s own description, in English.
error-app-task = L’operazione si è interrotta in modo imprevisto: { $reason }
error-app-new-backup-missing = il nuovo backup non è stato trovato
error-app-link-refused = Si possono aprire solo pagine web https:// e indirizzi email.
# An import's header row chosen by its line number (the command line's --header-row) that is not a row of the sheet.
error-import-no-header-line = Non esiste una riga { $line } da usare come intestazione.
# $sheet: the sheet asked for; $sheets: the workbook's sheets, separated by commas.
error-workbook-no-sheet = Questa cartella di lavoro non ha nessun foglio chiamato «{ $sheet }». Fogli presenti: { $sheets }.
