## The command line (shoutout --help). Commands and options (import-roster, --db…) stay as they are.

# Each command and option has its usage (cli-help-…-usage: the capitalised words stand for what is typed) and what it does. $codes lists the language codes, as en, fr, de.
cli-help-intro = Shoutout: keep a roster of local creators, brief them and track what each collaboration brings.
cli-help-usage = Usage: shoutout [--db PATH] [--lang CODE] [COMMAND]
cli-help-no-command = With no command, the app opens its window.
cli-help-commands = Commands:
cli-help-import-roster-usage = import-roster FILE [--sheet NAME] [--header-row LINE] [--skip-duplicates]
cli-help-import-roster = Import creators from a spreadsheet: CSV, Excel (.xlsx, .xls) or OpenDocument (.ods), a workbook's first sheet unless --sheet names another. The header row is found below any title rows, unless --header-row gives its line. Creators whose handle is already in the roster are merged (or kept as they are with --skip-duplicates). A cell that cannot be read is left empty and kept in the creator's notes, and listed as a warning; total rows and rows with no name and no handle are listed as left out. Rows that cannot be imported are listed with their line and reason; exit status 3 when there were any.
cli-help-export-roster-usage = export-roster FILE.csv
cli-help-export-roster = Export the whole roster as CSV.
cli-help-export-brief-usage = export-brief BRIEF --creator CREATOR --out FILE.pdf
cli-help-export-brief = Export one creator's brief as PDF. BRIEF is a brief's number or campaign name; CREATOR a creator's number, name or @handle.
cli-help-export-brief-all-usage = export-brief --all --out FOLDER
cli-help-export-brief-all = Export every brief that is not archived, one PDF for each creator it is addressed to.
cli-help-export-deals-usage = export-deals FILE.csv
cli-help-export-deals = Export every deal as CSV: creator, campaign, kind, status, dates, cost, discount code, tracking link, results and return.
cli-help-export-gifts-usage = export-gifts FILE.csv
cli-help-export-gifts = Export every item given to creators (date, creator, item, cost, retail value) as CSV, for the bookkeeper.
cli-help-backup-usage = backup --out FILE
cli-help-backup = Copy the database to FILE (safe while the app is open).
cli-help-restore-usage = restore FILE [--allow-empty]
cli-help-restore = Replace the database with a backup. The backup is checked first (one with no data in it only with --allow-empty); the current file is kept in its backups folder (or, if it is damaged, moved there as it is). Refused while Shoutout is open on the file.
cli-help-export-all-usage = export-all FILE.json
cli-help-export-all = Export everything (roster, briefs, deals, brand) as one JSON file.
cli-help-import-all-usage = import-all FILE.json
cli-help-import-all = Import such a file into an empty database.
cli-help-sample-data-usage = sample-data [--creators N]
cli-help-sample-data = Add the sample roster, two sample briefs and sample deals (the same as the first-run button); with --creators, N generated creators instead (to try Shoutout with a big roster).
cli-help-options = Options:
cli-help-db-usage = --db PATH
cli-help-db = Use this database file instead of the one in your data folder. The SHOUTOUT_DB environment variable does the same.
cli-help-lang-usage = --lang CODE
cli-help-lang = Speak this language: { $codes }. Without it, the system's language (LANG, LC_ALL, LC_MESSAGES) is used.
cli-help-help-usage = -h, --help
cli-help-help = Show this help.
cli-help-version-usage = -V, --version
cli-help-version = Show the version.

## Mistakes on the command line. $option, $command are what was typed.

cli-try-help = Try 'shoutout --help'.
cli-unknown-option = unknown option { $option }
cli-unknown-command = unknown command { $command }
cli-unknown-lang = unknown language { $code }: use one of { $codes }
cli-lang-needs-code = --lang needs a language code after it ({ $codes })
cli-db-needs-path = --db needs a file path after it
cli-creator-needs-name = --creator needs a creator after it
cli-creators-needs-number = --creators needs a number after it
cli-creators-range = --creators takes a number from 1 to 1,000,000
cli-out-needs-path = --out needs a path after it
cli-needs-file = { $command } needs a file name
cli-one-file = { $command } takes one file name
cli-export-brief-needs-out = export-brief needs --out
cli-export-brief-usage = use export-brief BRIEF --creator CREATOR --out FILE.pdf, or export-brief --all --out FOLDER
cli-backup-needs-out = backup needs --out FILE

## What a command did. $file, $folder and $db are paths; $count is a number.

cli-exported-creators =
    { $count ->
        [one] Exported 1 creator to { $file }.
       *[other] Exported { $count } creators to { $file }.
    }
cli-exported-deals =
    { $count ->
        [one] Exported 1 deal to { $file }.
       *[other] Exported { $count } deals to { $file }.
    }
cli-exported-gifts =
    { $count ->
        [one] Exported 1 gifted item to { $file }.
       *[other] Exported { $count } gifted items to { $file }.
    }
cli-exported-records =
    { $count ->
        [one] Exported 1 record to { $file }.
       *[other] Exported { $count } records to { $file }.
    }
cli-imported-records =
    { $count ->
        [one] Imported 1 record from { $file }.
       *[other] Imported { $count } records from { $file }.
    }
cli-added-generated =
    { $count ->
        [one] Added 1 generated creator.
       *[other] Added { $count } generated creators.
    }
cli-added-sample =
    { $count ->
        [one] Added 1 sample creator.
       *[other] Added { $count } sample creators.
    }
cli-backed-up = Backed up { $db } to { $file }.
cli-restored = Restored { $db } from { $file }.
cli-kept-before = What it held before is kept in { $file }.
cli-saved = Saved { $file }.
cli-saved-briefs =
    { $count ->
        [one] Saved 1 brief in { $folder }.
       *[other] Saved { $count } briefs in { $folder }.
    }
# One brief that could not be saved: $campaign, $creator and the $reason.
cli-brief-problem = { $campaign } for { $creator }: { $reason }
# A row of the CSV file that was not imported.
cli-import-problem = line { $line }: { $reason }
cli-imported-roster = Imported { $added } new creators, merged { $merged }, skipped { $skipped }, rejected { $rejected }.

## Finding what a command names.

cli-no-brief = no brief is numbered or named “{ $key }”
cli-not-on-brief = “{ $key }” is not among the creators of “{ $campaign }”
# A row imported with a cell kept in the notes, and a row left out as not a creator.
cli-import-warning = line { $line }, imported: { $reason }
cli-import-ignored = line { $line }, left out: { $reason }
# Which row of the sheet the column names were taken from.
cli-import-header = Column names taken from line { $line }.
# Mistakes in import-roster's options.
cli-sheet-needs-name = --sheet needs the name of a sheet, such as --sheet "Spring 2026".
cli-header-row-needs-line = --header-row needs the line number of the row that holds the column names, such as --header-row 3.

## Sending from the command line: the mailbox and briefs.

cli-help-mailbox-usage = mailbox --host HOST --port N --tls MODE --from ADDRESS [--user NAME]
cli-help-mailbox = Set the mailbox briefs are sent from; with no options, show it. MODE is starttls, implicit (TLS from the first byte) or none (only for a mail server on this computer, without a password). --user is the login when it is not the address; --name NAME sets the name creators see (the shop's by default). When SHOUTOUT_SMTP_PASSWORD is set, the password is kept in the system's keychain.
cli-help-send-brief-usage = send-brief BRIEF --creator CREATOR
cli-help-send-brief = Email one creator their brief, with their PDF attached, through the mailbox. The password comes from SHOUTOUT_SMTP_PASSWORD, else the keychain. One line per creator; exit status 1 when any was not sent.
cli-help-send-brief-all-usage = send-brief BRIEF --all
cli-help-send-brief-all = Email every creator on the brief their own message and PDF.
cli-help-send-outbox-usage = send-outbox
cli-help-send-outbox = Send every message waiting in the outbox now.
cli-option-needs-value = { $option } must be followed by a value.
cli-mailbox-usage = use mailbox --host HOST --port N --tls starttls|implicit|none --from ADDRESS [--user NAME] [--name NAME]
cli-mailbox-port = --port takes a number from 1 to 65535.
cli-mailbox-tls = --tls takes starttls, implicit or none, not “{ $value }”.
# $security is one of the mail-security-… words.
cli-mailbox-set = Mailbox: { $address } through { $host }:{ $port } ({ $security }).
cli-mailbox-none = No mailbox is set up for sending yet.
cli-password-kept = The password is kept in the system's keychain.
cli-password-no-keychain = No keychain runs on this computer: the password is not kept; set SHOUTOUT_SMTP_PASSWORD each time.
cli-password-keychain-failed = The keychain did not keep the password: { $reason }
cli-send-brief-usage = use send-brief BRIEF --creator CREATOR, or send-brief BRIEF --all
cli-sent = { $name } <{ $address }>: sent.
cli-send-waiting = { $name } <{ $address }>: waiting in the outbox. { $reason }
cli-send-failed = { $name } <{ $address }>: not sent. { $reason }
cli-send-skipped = { $name }: not sent. { $reason }
cli-sent-count = { $sent } of { $total } sent.
cli-outbox-empty = Nothing is waiting in the outbox.
