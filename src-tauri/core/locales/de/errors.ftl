## Why something could not be done, and what to do: shown to the owner in a red message.

# The first problem found in a form; the form shows every problem beside its field.
error-invalid = Bitte prüfe das Formular: { $message }
error-invalid-form = Bitte prüfe das Formular.
error-missing-creator = Dieser Creator wurde nicht gefunden. Vielleicht wurde er gelöscht.
error-missing-deal = Diese Kooperation wurde nicht gefunden. Vielleicht wurde sie gelöscht.
error-missing-brief = Dieses Briefing wurde nicht gefunden. Vielleicht wurde es gelöscht.
error-missing-brand = Die Angaben zum Geschäft wurden nicht gefunden. Vielleicht wurden sie gelöscht.
error-too-new = Diese Datei wurde mit einer neueren Version von Shoutout erstellt (Datenversion { $found }; diese Version kennt bis { $known }). Installiere die neueste Version von Shoutout, um sie zu öffnen. Die Datei wurde nicht verändert.
error-not-shoutout = { $file } ist keine Shoutout-Datei. Die Datei wurde nicht verändert.
error-damaged = { $file } ist beschädigt und kann nicht sicher geöffnet werden. Die Datei wurde nicht verändert.
# $name is a creator.
error-has-deals =
    { $deals ->
        [one] { $name } hat eine Kooperation. Archiviere { $name } stattdessen, damit der Verlauf der Kooperationen vollständig bleibt.
       *[other] { $name } hat { $deals } Kooperationen. Archiviere { $name } stattdessen, damit der Verlauf der Kooperationen vollständig bleibt.
    }
# $reason is one of the error-io-* messages below.
error-io = { $file } konnte nicht verwendet werden: { $reason }
error-database = Die Datenbank hat ein Problem gemeldet: { $reason }
# $what says what the file has that Shoutout's files do not.
error-foreign = { $file } ist keine Shoutout-Datei, denn sie enthält { $what }. Die Datei wurde nicht verändert.
error-open-elsewhere = { $file } ist bereits in Shoutout geöffnet – schließe das andere Fenster oder stelle die Sicherung dort über die Einstellungen wieder her.
error-restoring = Eine Wiederherstellung ersetzt gerade { $file }. Warte, bis sie fertig ist, und öffne Shoutout dann erneut.
error-replaced = { $file } wurde von einem anderen Programm ersetzt oder verschoben, während Shoutout sie geöffnet hatte. Es wurde nichts mehr hineingeschrieben. Schließe Shoutout und öffne es erneut, um zu sehen, was die Datei jetzt enthält.
error-empty-backup = { $file } enthält keine Creator, Briefings, Kooperationen oder Angaben zum Geschäft. Die Wiederherstellung würde Shoutout leeren; es wurde nichts verändert. Stelle sie nur dann trotzdem wieder her, wenn du ein leeres Shoutout möchtest.
error-read-only = { $file } ist schreibgeschützt, daher kann Shoutout sie weder ändern noch ersetzen. Heb den Schreibschutz in den Eigenschaften der Datei auf und versuche es dann erneut.
error-sum-overflow = Einige Beträge sind zu groß, um sie zusammenzurechnen, daher kann diese Summe nicht angezeigt werden. Suche nach einer Kooperation mit einem sehr hohen Betrag und korrigiere ihn.

## Why a file could not be used (the end of error-io).

error-io-not-found = die Datei wurde nicht gefunden (vielleicht wurde sie verschoben, umbenannt oder gelöscht); prüfe, wo sie liegt, und wähle sie erneut aus
error-io-permission = Shoutout darf sie nicht verwenden; prüfe die Berechtigungen der Datei und ihres Ordners oder wähle einen anderen Ordner
error-io-full = das Laufwerk ist voll; gib etwas Speicherplatz frei und versuche es erneut
error-io-read-only = das Laufwerk ist schreibgeschützt; wähle einen Ordner auf einem anderen Laufwerk
error-io-exists = eine Datei mit diesem Namen gibt es schon; wähle einen anderen Namen
error-io-folder = das ist ein Ordner, keine Datei; wähle eine Datei
error-io-not-folder = ein Teil des Pfads ist eine Datei, wo ein Ordner sein sollte; wähle einen anderen Ordner
# $reason is the system's own description, in English.
error-io-damaged = die Datei endet zu früh oder ist beschädigt ({ $reason }); speichere sie erneut und versuche es noch einmal
error-io-other = { $reason }; prüfe, ob das Laufwerk noch angeschlossen ist, und versuche es erneut

## A value typed in a form or a spreadsheet cell that could not be read. Each is shown beside
## its field on its own, or after the field's name (error-labelled).

# $text is what was typed.
error-count-empty = Gib eine Zahl ein.
error-not-number = „{ $text }“ ist keine Zahl.
error-not-whole-number = „{ $text }“ ist keine ganze Zahl.
error-count-too-large = Diese Zahl ist zu groß (höchstens 10 Milliarden).
error-percent-range = Der Wert muss zwischen 0 und 100 % liegen.
error-not-percent = „{ $text }“ ist kein Prozentwert.
error-not-amount = „{ $text }“ ist kein Betrag.
# $max is the largest amount, already written out (1,000,000,000.00).
error-amount-too-large = Dieser Betrag ist zu groß (höchstens { $max }).
error-not-yes-no = „{ $text }“ ist weder Ja noch Nein.
# A problem with one value, after the name of its field: "Followers: “12x” is not a number."
# $label is one of the error-label-* names below, $problem one of the messages above.
error-labelled = { $label }: { $problem }
error-label-likes = Likes
error-label-comments = Kommentare
error-label-shares = Shares
error-label-followers = Follower
error-label-engagement-rate = Engagement-Rate
error-label-rate = Preis
error-label-commission = Provision
error-label-open-to-gifting = Offen für Geschenke
# Under a text field that is too long; $max is a number of characters.
error-keep-under = Höchstens { $max } Zeichen.

## The shop's logo.

error-logo-format = Das Logo muss ein PNG- oder JPEG-Bild sein.
error-logo-no-pixels = Das Logo hat keine Pixel; speichere es erneut als PNG oder JPEG.
# $max is 4,000 and $sharp 1,000, already written out.
error-logo-too-many-pixels = Das Logo ist { $width } × { $height } Pixel groß; Shoutout akzeptiert höchstens { $max } × { $max } (16 Megapixel). Verkleinere es (für ein scharfes Logo reichen { $sharp } Pixel Breite) und wähle es erneut aus.
error-logo-too-big = Das Logo ist größer als 2 MB; verwende ein kleineres Bild.

## Why a spreadsheet (CSV) file could not be read or written.

error-csv-too-big = Die Datei ist größer als { $mb } MB; teile sie in kleinere Dateien auf und importiere sie nacheinander.
error-csv-row-too-long = Ab Zeile { $line } ist ein Eintrag länger als { $mb } MB (vielleicht fehlt ein schließendes Anführungszeichen); prüfe die Datei in einer Tabellenkalkulation oder teile sie auf.
# $max is 1,000,000, already written out.
error-csv-too-many-rows = Die Datei hat mehr als { $max } Zeilen (Zeile { $line } liegt über der Grenze); teile sie in Dateien mit höchstens { $max } Zeilen auf und importiere sie nacheinander.
error-csv-empty = Die Datei ist leer.
# $cells and $max are already written out.
error-csv-too-many-cells = Zeile { $line } hat { $cells } Zellen, mehr als die { $max }, die eine Zeile haben darf; entferne die Spalten, die du nicht brauchst, und versuche es erneut.
# $cell counts the cells from 1 on; $max is 100,000, already written out.
error-csv-cell-too-long = Zelle { $cell } in Zeile { $line } enthält mehr als { $max } Zeichen; kürze sie und versuche es erneut.
# $reason is the CSV reader's own description, in English.
error-csv-unreadable = Die Datei konnte nicht als Tabelle gelesen werden ({ $reason }). Speichere sie erneut als CSV und versuche es noch einmal.
# $reason is the system's own description, in English.
error-csv-write = Die Tabelle konnte nicht geschrieben werden ({ $reason }). Prüfe, ob das Laufwerk noch angeschlossen ist, und versuche es erneut.

## A creator's handle (@name or profile link) that cannot be kept.

error-handle-empty = Der Handle ist leer.
error-handle-formula = Der Handle darf nicht mit =, + oder - beginnen (eine Tabellenkalkulation würde ihn als Formel lesen).
error-handle-site-link = Der Handle ist ein Link zur Website, nicht zu einem Profil.
error-handle-link-too-long = Der Profillink ist zu lang (höchstens 200 Zeichen).
error-handle-too-long = Der Handle ist zu lang (höchstens 100 Zeichen).
# $text is what was typed.
error-handle-unreadable = „{ $text }“ ist weder ein Handle noch ein Profillink.
# $found is the character that is not allowed.
error-handle-characters = Der Handle darf nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche enthalten (gefunden: „{ $found }“).

## A creator as typed in the form (or a row of an imported file).

error-email = Das sieht nicht nach einer E-Mail-Adresse aus.
error-phone = Verwende nur Ziffern, Leerzeichen und + - ( ).
error-notes-too-long = Notizen dürfen höchstens { $max } Zeichen lang sein.
error-name-empty = Gib einen Namen ein.
error-name-too-long = Der Name darf höchstens { $max } Zeichen lang sein.
error-name-control = Der Name darf keine Zeilenumbrüche oder Steuerzeichen enthalten.
error-followers-without-handle = Gib den Handle an, zu dem diese Follower gehören.
# $linked and $chosen are platforms (Instagram, TikTok, YouTube, Other).
error-wrong-platform = Das ist ein { $linked }-Link, kein { $chosen }-Link.
error-platform-twice = Es gibt schon einen { $platform }-Handle; einer pro Plattform.
error-niche-too-long = Jede Nische darf höchstens { $max } Zeichen lang sein.
error-too-many-niches = Verwende höchstens { $max } Nischen.
error-keep-under-one-line = Höchstens { $max } Zeichen, in einer Zeile.
error-currency-code = Verwende einen Währungscode aus drei Buchstaben, etwa EUR, GBP oder USD.
# $handle is a handle without its @, $platform where it is, $name the creator being saved and
# $owner the creator who has the look-alike handle @$other.
error-look-alike = @{ $handle } auf { $platform } sieht genauso aus wie @{ $other }, der zu { $owner } gehört: { $name } und { $owner } wären nur durch ähnlich aussehende Buchstaben zu unterscheiden. Gib den Handle genau wie bei { $owner } ein, wenn es derselbe Creator ist.
error-handle-taken = @{ $handle } auf { $platform } gehört schon zu { $name }.
error-already-in-roster = { $name } ist schon in der Creator-Liste.
# $text is what the cell holds; the statuses are listed as the file may write them.
error-not-status = „{ $text }“ ist kein Status (Vorgemerkt, Kontaktiert, Aktiv, Pausiert, Nicht kontaktieren).

## Importing creators from a spreadsheet: why a row or the whole file cannot be imported.

error-followers-no-handle = Es sind Follower angegeben, aber kein Handle, zu dem sie gehören.
error-import-no-name-column = Wähle die Spalte, die den Namen oder einen Handle enthält.
# $line is an earlier line of the same file.
error-import-same-handle = @{ $handle } auf { $platform } steht schon in Zeile { $line } dieser Datei.
error-import-many-owners = Die Handles gehören schon zu { $count } verschiedenen Creatorn; bearbeite sie von Hand.
error-import-mapping-stale = Die Spaltenauswahl passt nicht zur Datei; öffne sie erneut.
error-import-no-name-set = Keiner Spalte ist der Name oder ein Handle zugeordnet.

## A deal as typed in the form.

error-deal-no-creator = Wähle einen Creator.
error-deal-no-start = Wähle das Datum, an dem die Kooperation beginnt.
error-deal-handover-early = Die Übergabe kann nicht vor dem Beginn der Kooperation liegen.
error-deal-rating = Bewerte mit 1 bis 5 Sternen.
error-negative = Darf nicht negativ sein.
error-deal-no-kind = Wähle die Art der Kooperation (Geschenk, Besuch, Tausch, Affiliate oder Bezahlt).
error-deal-currency = Wähle eine Währung, etwa EUR oder GBP.
error-date = Wähle ein Datum.
error-discount-code = Verwende bis zu 30 Buchstaben, Ziffern, - oder _ (keine Leerzeichen).
error-web-address = Gib eine Webadresse ein, die mit https:// oder http:// beginnt.
error-too-many-items = Verwende höchstens { $max } Artikel.
error-item-name = Gib dem Artikel einen Namen.
# $max is the largest amount, already written out (1,000,000,000.00).
error-items-cost-too-much = Die Artikel kosten insgesamt mehr als { $max }; verteile sie auf mehrere Kooperationen.
error-items-worth-too-much = Die Artikel sind insgesamt mehr als { $max } wert; verteile sie auf mehrere Kooperationen.
# $max is 100,000, already written out.
error-quantity = Gib eine Menge von 1 bis { $max } an.
error-too-many-deliverables = Verwende höchstens { $max } Inhalte.
error-deliverable-label = Gib an, was gepostet werden soll.
error-due-early = Das Fälligkeitsdatum kann nicht vor dem Beginn der Kooperation liegen.
error-post-link = Füge den Link zum Beitrag ein, beginnend mit https://.
error-posted-early = Der Beitrag kann nicht vor dem Beginn der Kooperation liegen.
error-deal-creator-gone = Wähle einen Creator aus der Creator-Liste.
error-deal-brief-gone = Dieses Briefing gibt es nicht mehr.
error-note-too-long = Die Notiz darf höchstens { $max } Zeichen lang sein.
# $from and $to are deal statuses (Proposed, Agreed, Product sent…), as the board names them.
error-deal-move = Eine Kooperation mit dem Status „{ $from }“ kann nicht auf „{ $to }“ gesetzt werden.
error-deal-already-there = Diese Kooperation ist schon vorhanden.
# $max is the largest amount, already written out (1,000,000,000.00).
error-deal-too-large = Die Beträge dieser Kooperation sind zu groß, um sie zusammenzurechnen. Verwende Beträge unter { $max } und prüfe die Mengen.
error-nudge-day = Erinnerungen gibt es an Tag 7, 10 oder 14.

## A brief as typed in its editor.

error-brief-campaign = Gib der Kampagne einen Namen.
error-too-many-points = Verwende höchstens { $max } Punkte.
error-point-too-long = Jeder Punkt darf höchstens { $max } Zeichen lang sein.
# $token is what was typed between braces; $known lists the placeholders that exist.
error-placeholder = { $token } ist kein Platzhalter; verwende { $known }.
error-step-label = Gib jedem Schritt einen kurzen Namen (bis zu { $max } Zeichen).
error-step-when = Wähle ein Datum oder eine Woche.
error-too-many-steps = Verwende höchstens { $max } Schritte.
# $code is a discount code.
error-code-taken = { $code } wird in dieser Kampagne schon verwendet.
error-recipient-code = „{ $code }“: Verwende 3 bis 20 Buchstaben, Ziffern, - oder _.
error-not-on-brief = Dieser Creator ist nicht in diesem Briefing. Füge ihn zuerst hinzu.
# $pt is the smallest text size, $mm how much too long the page is, $section the title of the
# longest section.
error-brief-too-long = Das Briefing passt nicht auf eine Seite, selbst mit Text in { $pt } pt: Es ist etwa { $mm } mm zu lang. Kürze „{ $section }“, den längsten Abschnitt.

## The shop's details and the app's settings.

error-colour = Wähle eine Farbe, etwa #E8554F.
error-website = Gib die Adresse der Website deines Geschäfts ein, z. B. www.example.com.
error-brand-currency = Wähle einen Währungscode, etwa EUR, GBP oder USD.
error-shop-name = Gib den Namen deines Geschäfts ein; Briefings werden damit unterschrieben.
error-text-size = Wähle eine Textgröße von 100 %, 125 % oder 150 %.
error-window-size = Ein Fenster braucht eine Größe.

## A database file that has tables Shoutout's files do not (the $what of error-foreign).
## $kind is the kind of thing in the file, as SQLite names it, $object its name.

error-foreign-changed = { $kind ->
        [table] eine Tabelle „{ $object }“, die anders aufgebaut ist als bei Shoutout
        [index] einen Index „{ $object }“, der anders aufgebaut ist als bei Shoutout
        [trigger] einen Trigger „{ $object }“, der anders aufgebaut ist als bei Shoutout
       *[view] eine Ansicht „{ $object }“, die anders aufgebaut ist als bei Shoutout
    }
error-foreign-extra = { $kind ->
        [table] eine Tabelle namens „{ $object }“, die Shoutout nie anlegt
        [index] einen Index namens „{ $object }“, den Shoutout nie anlegt
        [trigger] einen Trigger namens „{ $object }“, den Shoutout nie anlegt
       *[view] eine Ansicht namens „{ $object }“, die Shoutout nie anlegt
    }
error-foreign-missing = { $kind ->
        [table] keine Tabelle
        [index] keinen Index
        [trigger] keinen Trigger
       *[view] keine Ansicht
    } namens „{ $object }“

## Exporting everything to one file, and importing it into an empty Shoutout.

# $reason is the system's own description, in English.
error-export-write = Der Export konnte nicht geschrieben werden ({ $reason }). Prüfe, ob das Laufwerk noch angeschlossen ist, und versuche es erneut.
error-export-not-ours = Diese Datei ist kein Shoutout-Export.
error-export-version = Dieser Export stammt von Datenversion { $version }; dieses Shoutout liest Version { $known }. Öffne ihn mit dem Shoutout, das ihn erstellt hat, oder exportiere ihn neu mit einem Shoutout, das dieselbe Version hat wie dieses.
error-export-not-empty = Importiere alles in ein leeres Shoutout: Dieses enthält schon Daten.
# Said after each of the problems below.
error-export-fix = Korrigiere die Datei oder exportiere sie erneut aus dem Shoutout, das sie erstellt hat.
# $table, $column and $parent are names in the file, as it writes them; $row counts from 1.
# $problem is one of the error-value-* sentences below.
error-export-value = Zeile { $row } von { $table }: { $problem }
error-export-missing = Zeile { $row } von { $table } hat keinen Wert für { $column }, den jede Zeile braucht.
error-export-unknown-column = Zeile { $row } von { $table } hat eine Spalte, die Shoutout nicht kennt: „{ $column }“.
error-export-empty-row = Zeile { $row } von { $table } ist leer und enthält keine Werte. Entferne sie.
error-export-not-a-row = Zeile { $row } von { $table } ist keine Zeile mit benannten Werten.
error-export-not-a-table = Die Tabelle { $table } ist keine Liste von Zeilen.
error-export-unknown-table = Die Datei hat eine Tabelle, die Shoutout nicht kennt: „{ $table }“.
error-export-no-parent = Zeile { $row } von { $table }: { $column } ist { $id }, aber { $parent } hat keine Zeile mit dieser ID.
error-export-repeated = Zeile { $row } von { $table } wiederholt eine andere Zeile: dieselbe ID oder ein Handle oder Code, der eindeutig sein muss, kommt zweimal vor.
error-export-refused = Zeile { $row } von { $table } enthält Werte, die Shoutout nicht zusammen speichern kann.
error-export-too-many = Es gibt noch mehr Probleme; die Datei ist wahrscheinlich kein Shoutout-Export.

## What is wrong with one value of an export. $column is the column's name in the file,
## $found what it holds (a number as it is, or one of the error-found-* descriptions).

error-found-null = nichts (null)
error-found-long-text = ein Text mit { $count } Zeichen
error-found-text = „{ $text }“
error-found-list = eine Liste
error-found-group = eine Gruppe von Werten
error-value-null = { $column } ist leer (null), muss aber einen Wert haben.
error-value-not-text = { $column } sollte Text sein, nicht { $found }.
error-value-not-whole = { $column } sollte eine ganze Zahl sein, nicht { $found }.
error-value-at-least = { $column } ist { $n }; der Wert muss mindestens { $min } sein.
error-value-exactly = { $column } ist { $n }; der Wert muss { $min } sein.
error-value-range = { $column } ist { $n }; der Wert muss zwischen { $min } und { $max } liegen.
error-value-not-number = { $column } sollte eine Zahl sein, nicht { $found }.
error-value-not-picture = { $column } ist kein Bild im Format des Exports.
error-value-picture-too-big = { $column } ist ein Bild mit { $size } Bytes; das Logo darf höchstens { $max } Bytes haben.
error-value-too-long = { $column } ist { $length } Zeichen lang; erlaubt sind höchstens { $max }.
error-value-control = { $column } enthält einen Zeilenumbruch oder ein Steuerzeichen.
error-value-empty = { $column } ist leer, muss aber einen Wert haben.
# $names lists the values the file may hold, as it writes them.
error-value-enum = { $column } ist { $found }; verwende einen dieser Werte: { $names }.
error-value-kinds = { $column } ist { $found }; verwende einen oder mehrere dieser Werte, durch Kommas getrennt: { $names }.
error-value-date = { $column } ist { $found }; verwende ein Datum wie 2026-12-01.
error-value-stamp = { $column } ist { $found }; verwende einen Zeitpunkt wie 2026-12-01T09:30:00.000Z.
error-value-currency = { $column } ist { $found }; verwende einen Währungscode aus drei Buchstaben, etwa EUR.
error-value-email = { $column } ist { $found }; das sieht nicht nach einer E-Mail-Adresse aus.
error-value-phone = { $column } ist { $found }; verwende nur Ziffern, Leerzeichen und + - ( ).
error-value-handle = { $column } ist { $found }; das ist kein Handle, wie Shoutout ihn speichert.
error-value-url = { $column } ist { $found }; verwende eine Webadresse, die mit https:// beginnt.
error-value-deal-code = { $column } ist { $found }; verwende bis zu 30 Großbuchstaben, Ziffern, - oder _.
error-value-recipient-code = { $column } ist { $found }; verwende 3 bis 20 Großbuchstaben, Ziffern, - oder _.
error-value-colour = { $column } ist { $found }; verwende eine Farbe wie #E8554F.
error-value-list-format = { $column } sollte eine Liste von Punkten sein, geschrieben als ["…", "…"].
error-value-too-many-points = { $column } hat { $count } Punkte; verwende höchstens { $max }.
error-value-point-too-long = { $column } hat einen Punkt mit mehr als { $max } Zeichen.
error-value-timeline-format = { $column } sollte eine Liste von Schritten sein, geschrieben als [{"{"}"label": "…", "when": "2026-12-01"{"}"}].
error-value-too-many-steps = { $column } hat { $count } Schritte; verwende höchstens { $max }.
error-value-step-too-long = { $column } hat einen Schrittnamen mit mehr als { $max } Zeichen.
error-value-step-when = { $column } hat einen Schritt mit „{ $when }“ – das ist weder ein Datum noch eine Woche.

## The desktop app's own problems.

error-app-unavailable = Die Creator-Liste ist nicht geöffnet: Die Datenbank konnte beim Start von Shoutout nicht geöffnet werden.
error-app-import-expired = Diese Datei ist nicht mehr zum Import geöffnet. Wähle sie erneut aus.
error-app-nothing-to-restore = Das kann nicht mehr wiederhergestellt werden: Es wurde in einer früheren Sitzung entfernt.
error-app-backup-not-found = Diese Sicherung wurde nicht gefunden. Vielleicht wurde sie gelöscht.
error-app-pdf-not-found = Dieses PDF wurde nicht gefunden. Exportiere das Briefing erneut.
# $reason is the system's own description, in English.
error-app-dialog = Das Dateifenster konnte nicht geöffnet werden: { $reason }
error-app-open = Der Link konnte nicht geöffnet werden: { $reason }
# $reason is error-app-new-backup-missing or the system's own description, in English.
error-app-task = Der Vorgang wurde unerwartet abgebrochen: { $reason }
error-app-new-backup-missing = die neue Sicherung wurde nicht gefunden
error-app-link-refused = Nur https://-Webseiten und E-Mail-Adressen können geöffnet werden.
# An import's header row chosen by its line number (the command line's --header-row) that is not a row of the sheet.
error-import-no-header-line = Es gibt keine Zeile { $line }, die als Kopfzeile dienen kann.
# $sheet: the sheet asked for; $sheets: the workbook's sheets, separated by commas.
error-workbook-no-sheet = Diese Arbeitsmappe hat kein Blatt namens „{ $sheet }“. Vorhandene Blätter: { $sheets }.
