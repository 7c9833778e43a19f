# Generated from en by the messages test; do not edit.

cli-help-intro = [Šhøütøüt: kéép å røštér øf løçål çréåtørš, brîéf thém åñd tråçk whåt éåçh çøllåbøråtîøñ brîñgš.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]
cli-help-usage = [Üšågé: šhøütøüt [--db PÅTH] [--låñg ÇØDÉ] [ÇØMMÅÑD]~~~~~~~~ ~~~~~~~~ ~~~~~]
cli-help-no-command = [Wîth ñø çømmåñd, thé åpp øpéñš îtš wîñdøw.~~~~~~~~ ~~~~~~~~ ~]
cli-help-commands = [Çømmåñdš:~~~~]
cli-help-import-roster-usage = [împørt-røštér FÎLÉ [--šhéét ÑÅMÉ] [--héådér-røw LÎÑÉ] [--škîp-düplîçåtéš]~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]
cli-help-import-roster = [Împørt çréåtørš frøm å špréådšhéét: ÇŠV, Éxçél (.xlšx, .xlš) ør ØpéñDøçüméñt (.ødš), å wørkbøøk'š fîršt šhéét üñléšš --šhéét ñåméš åñøthér. Thé héådér røw îš føüñd béløw åñý tîtlé røwš, üñléšš --héådér-røw gîvéš îtš lîñé. Çréåtørš whøšé håñdlé îš ålréådý îñ thé røštér åré mérgéd (ør képt åš théý åré wîth --škîp-düplîçåtéš). Å çéll thåt çåññøt bé réåd îš léft émptý åñd képt îñ thé çréåtør'š ñøtéš, åñd lîštéd åš å wårñîñg; tøtål røwš åñd røwš wîth ñø ñåmé åñd ñø håñdlé åré lîštéd åš léft øüt. Røwš thåt çåññøt bé împørtéd åré lîštéd wîth théîr lîñé åñd réåšøñ; éxît štåtüš 3 whéñ théré wéré åñý.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]
cli-help-export-roster-usage = [éxpørt-røštér FÎLÉ.çšv~~~~~~~~ ~]
cli-help-export-roster = [Éxpørt thé whølé røštér åš ÇŠV.~~~~~~~~ ~~~~~]
cli-help-export-brief-usage = [éxpørt-brîéf BRÎÉF --çréåtør ÇRÉÅTØR --øüt FÎLÉ.pdf~~~~~~~~ ~~~~~~~~ ~~~~~]
cli-help-export-brief = [Éxpørt øñé çréåtør'š brîéf åš PDF. BRÎÉF îš å brîéf'š ñümbér ør çåmpåîgñ ñåmé; ÇRÉÅTØR å çréåtør'š ñümbér, ñåmé ør @håñdlé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]
cli-help-export-brief-all-usage = [éxpørt-brîéf --åll --øüt FØLDÉR~~~~~~~~ ~~~~~]
cli-help-export-brief-all = [Éxpørt évérý brîéf thåt îš ñøt årçhîvéd, øñé PDF før éåçh çréåtør ît îš åddréššéd tø.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]
cli-help-export-deals-usage = [éxpørt-déålš FÎLÉ.çšv~~~~~~~~ ~]
cli-help-export-deals = [Éxpørt évérý déål åš ÇŠV: çréåtør, çåmpåîgñ, kîñd, štåtüš, dåtéš, çøšt, dîšçøüñt çødé, tråçkîñg lîñk, réšültš åñd rétürñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]
cli-help-export-gifts-usage = [éxpørt-gîftš FÎLÉ.çšv~~~~~~~~ ~]
cli-help-export-gifts = [Éxpørt évérý îtém gîvéñ tø çréåtørš (dåté, çréåtør, îtém, çøšt, rétåîl vålüé) åš ÇŠV, før thé bøøkkéépér.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]
cli-help-backup-usage = [båçküp --øüt FÎLÉ~~~~~~~]
cli-help-backup = [Çøpý thé dåtåbåšé tø FÎLÉ (šåfé whîlé thé åpp îš øpéñ).~~~~~~~~ ~~~~~~~~ ~~~~~~]
cli-help-restore-usage = [réštøré FÎLÉ [--ålløw-émptý]~~~~~~~~ ~~~~]
cli-help-restore = [Réplåçé thé dåtåbåšé wîth å båçküp. Thé båçküp îš çhéçkéd fîršt (øñé wîth ñø dåtå îñ ît øñlý wîth --ålløw-émptý); thé çürréñt fîlé îš képt îñ îtš båçküpš føldér (ør, îf ît îš dåmågéd, møvéd théré åš ît îš). Réfüšéd whîlé Šhøütøüt îš øpéñ øñ thé fîlé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]
cli-help-export-all-usage = [éxpørt-åll FÎLÉ.jšøñ~~~~~~~~]
cli-help-export-all = [Éxpørt évérýthîñg (røštér, brîéfš, déålš, bråñd) åš øñé JŠØÑ fîlé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]
cli-help-import-all-usage = [împørt-åll FÎLÉ.jšøñ~~~~~~~~]
cli-help-import-all = [Împørt šüçh å fîlé îñtø åñ émptý dåtåbåšé.~~~~~~~~ ~~~~~~~~ ~]
cli-help-sample-data-usage = [šåmplé-dåtå [--çréåtørš Ñ]~~~~~~~~ ~~~]
cli-help-sample-data = [Ådd thé šåmplé røštér, twø šåmplé brîéfš åñd šåmplé déålš (thé šåmé åš thé fîršt-rüñ büttøñ); wîth --çréåtørš, Ñ géñéråtéd çréåtørš îñštéåd (tø trý Šhøütøüt wîth å bîg røštér).~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~]
cli-help-options = [Øptîøñš:~~~~]
cli-help-db-usage = [--db PÅTH~~~~]
cli-help-db = [Üšé thîš dåtåbåšé fîlé îñštéåd øf thé øñé îñ ýøür dåtå føldér. Thé ŠHØÜTØÜT_DB éñvîrøñméñt vårîåblé døéš thé šåmé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]
cli-help-lang-usage = [--låñg ÇØDÉ~~~~~]
cli-help-lang = [Špéåk thîš låñgüågé: { $codes }. Wîthøüt ît, thé šýštém'š låñgüågé (LÅÑG, LÇ_ÅLL, LÇ_MÉŠŠÅGÉŠ) îš üšéd.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~]
cli-help-help-usage = [-h, --hélp~~~~]
cli-help-help = [Šhøw thîš hélp.~~~~~~]
cli-help-version-usage = [-V, --véršîøñ~~~~~~]
cli-help-version = [Šhøw thé véršîøñ.~~~~~~~]
cli-try-help = [Trý 'šhøütøüt --hélp'.~~~~~~~~ ~]
cli-unknown-option = [üñkñøwñ øptîøñ { $option }~~~~~~]
cli-unknown-command = [üñkñøwñ çømmåñd { $command }~~~~~~~]
cli-unknown-lang = [üñkñøwñ låñgüågé { $code }: üšé øñé øf { $codes }~~~~~~~~ ~~~~]
cli-lang-needs-code = [--låñg ñéédš å låñgüågé çødé åftér ît ({ $codes })~~~~~~~~ ~~~~~~~~]
cli-db-needs-path = [--db ñéédš å fîlé påth åftér ît~~~~~~~~ ~~~~~]
cli-creator-needs-name = [--çréåtør ñéédš å çréåtør åftér ît~~~~~~~~ ~~~~~~]
cli-creators-needs-number = [--çréåtørš ñéédš å ñümbér åftér ît~~~~~~~~ ~~~~~~]
cli-creators-range = [--çréåtørš tåkéš å ñümbér frøm 1 tø 1,000,000~~~~~~~~ ~~~~~~~~ ~~]
cli-out-needs-path = [--øüt ñéédš å påth åftér ît~~~~~~~~ ~~~]
cli-needs-file = [{ $command } ñéédš å fîlé ñåmé~~~~~~~~]
cli-one-file = [{ $command } tåkéš øñé fîlé ñåmé~~~~~~~~]
cli-export-brief-needs-out = [éxpørt-brîéf ñéédš --øüt~~~~~~~~ ~~]
cli-export-brief-usage = [üšé éxpørt-brîéf BRÎÉF --çréåtør ÇRÉÅTØR --øüt FÎLÉ.pdf, ør éxpørt-brîéf --åll --øüt FØLDÉR~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]
cli-backup-needs-out = [båçküp ñéédš --øüt FÎLÉ~~~~~~~~ ~~]
cli-exported-creators =
    { $count ->
        [one] [Éxpørtéd 1 çréåtør tø { $file }.~~~~~~~~ ~~]
       *[other] [Éxpørtéd { $count } çréåtørš tø { $file }.~~~~~~~~ ~~]
    }
cli-exported-deals =
    { $count ->
        [one] [Éxpørtéd 1 déål tø { $file }.~~~~~~~~]
       *[other] [Éxpørtéd { $count } déålš tø { $file }.~~~~~~~~]
    }
cli-exported-gifts =
    { $count ->
        [one] [Éxpørtéd 1 gîftéd îtém tø { $file }.~~~~~~~~ ~~~]
       *[other] [Éxpørtéd { $count } gîftéd îtémš tø { $file }.~~~~~~~~ ~~~]
    }
cli-exported-records =
    { $count ->
        [one] [Éxpørtéd 1 réçørd tø { $file }.~~~~~~~~ ~]
       *[other] [Éxpørtéd { $count } réçørdš tø { $file }.~~~~~~~~ ~]
    }
cli-imported-records =
    { $count ->
        [one] [Împørtéd 1 réçørd frøm { $file }.~~~~~~~~ ~~]
       *[other] [Împørtéd { $count } réçørdš frøm { $file }.~~~~~~~~ ~~]
    }
cli-added-generated =
    { $count ->
        [one] [Åddéd 1 géñéråtéd çréåtør.~~~~~~~~ ~~~]
       *[other] [Åddéd { $count } géñéråtéd çréåtørš.~~~~~~~~ ~~~]
    }
cli-added-sample =
    { $count ->
        [one] [Åddéd 1 šåmplé çréåtør.~~~~~~~~ ~~]
       *[other] [Åddéd { $count } šåmplé çréåtørš.~~~~~~~~ ~~]
    }
cli-backed-up = [Båçkéd üp { $db } tø { $file }.~~~~~~]
cli-restored = [Réštøréd { $db } frøm { $file }.~~~~~~~]
cli-kept-before = [Whåt ît héld béføré îš képt îñ { $file }.~~~~~~~~ ~~~~~]
cli-saved = [Šåvéd { $file }.~~~]
cli-saved-briefs =
    { $count ->
        [one] [Šåvéd 1 brîéf îñ { $folder }.~~~~~~~~]
       *[other] [Šåvéd { $count } brîéfš îñ { $folder }.~~~~~~~~]
    }
cli-brief-problem = [{ $campaign } før { $creator }: { $reason }~~~]
cli-import-problem = [lîñé { $line }: { $reason }~~~]
cli-imported-roster = [Împørtéd { $added } ñéw çréåtørš, mérgéd { $merged }, škîppéd { $skipped }, réjéçtéd { $rejected }.~~~~~~~~ ~~~~~~~~ ~~~~~~]
cli-no-brief = [ñø brîéf îš ñümbéréd ør ñåméd “{ $key }”~~~~~~~~ ~~~~~]
cli-not-on-brief = [“{ $key }” îš ñøt åmøñg thé çréåtørš øf “{ $campaign }”~~~~~~~~ ~~~~~~]
cli-import-warning = [lîñé { $line }, împørtéd: { $reason }~~~~~~~]
cli-import-ignored = [lîñé { $line }, léft øüt: { $reason }~~~~~~~]
cli-import-header = [Çølümñ ñåméš tåkéñ frøm lîñé { $line }.~~~~~~~~ ~~~~]
cli-sheet-needs-name = [--šhéét ñéédš thé ñåmé øf å šhéét, šüçh åš --šhéét "Šprîñg 2026".~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]
cli-header-row-needs-line = [--héådér-røw ñéédš thé lîñé ñümbér øf thé røw thåt høldš thé çølümñ ñåméš, šüçh åš --héådér-røw 3.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]
cli-help-mailbox-usage = [måîlbøx --høšt HØŠT --pørt Ñ --tlš MØDÉ --frøm ÅDDRÉŠŠ [--üšér ÑÅMÉ]~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]
cli-help-mailbox = [Šét thé måîlbøx brîéfš åré šéñt frøm; wîth ñø øptîøñš, šhøw ît. MØDÉ îš štårttlš, împlîçît (TLŠ frøm thé fîršt býté) ør ñøñé (øñlý før å måîl šérvér øñ thîš çømpütér, wîthøüt å påššwørd). --üšér îš thé løgîñ whéñ ît îš ñøt thé åddréšš; --ñåmé ÑÅMÉ šétš thé ñåmé çréåtørš šéé (thé šhøp'š bý défåült). Whéñ ŠHØÜTØÜT_ŠMTP_PÅŠŠWØRD îš šét, thé påššwørd îš képt îñ thé šýštém'š kéýçhåîñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]
cli-help-send-brief-usage = [šéñd-brîéf BRÎÉF --çréåtør ÇRÉÅTØR~~~~~~~~ ~~~~~~]
cli-help-send-brief = [Émåîl øñé çréåtør théîr brîéf, wîth théîr PDF åttåçhéd, thrøügh thé måîlbøx. Thé påššwørd çøméš frøm ŠHØÜTØÜT_ŠMTP_PÅŠŠWØRD, élšé thé kéýçhåîñ. Øñé lîñé pér çréåtør; éxît štåtüš 1 whéñ åñý wåš ñøt šéñt.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~]
cli-help-send-brief-all-usage = [šéñd-brîéf BRÎÉF --åll~~~~~~~~ ~]
cli-help-send-brief-all = [Émåîl évérý çréåtør øñ thé brîéf théîr øwñ méššågé åñd PDF.~~~~~~~~ ~~~~~~~~ ~~~~~~~~]
cli-help-send-outbox-usage = [šéñd-øütbøx~~~~~]
cli-help-send-outbox = [Šéñd évérý méššågé wåîtîñg îñ thé øütbøx ñøw.~~~~~~~~ ~~~~~~~~ ~~]
cli-option-needs-value = [{ $option } müšt bé følløwéd bý å vålüé.~~~~~~~~ ~~~~]
cli-mailbox-usage = [üšé måîlbøx --høšt HØŠT --pørt Ñ --tlš štårttlš|împlîçît|ñøñé --frøm ÅDDRÉŠŠ [--üšér ÑÅMÉ] [--ñåmé ÑÅMÉ]~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]
cli-mailbox-port = [--pørt tåkéš å ñümbér frøm 1 tø 65535.~~~~~~~~ ~~~~~~~~]
cli-mailbox-tls = [--tlš tåkéš štårttlš, împlîçît ør ñøñé, ñøt “{ $value }”.~~~~~~~~ ~~~~~~~~ ~~~]
cli-mailbox-set = [Måîlbøx: { $address } thrøügh { $host }:{ $port } ({ $security }).~~~~~~~~ ~~]
cli-mailbox-none = [Ñø måîlbøx îš šét üp før šéñdîñg ýét.~~~~~~~~ ~~~~~~~]
cli-password-kept = [Thé påššwørd îš képt îñ thé šýštém'š kéýçhåîñ.~~~~~~~~ ~~~~~~~~ ~~~]
cli-password-no-keychain = [Ñø kéýçhåîñ rüñš øñ thîš çømpütér: thé påššwørd îš ñøt képt; šét ŠHØÜTØÜT_ŠMTP_PÅŠŠWØRD éåçh tîmé.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~]
cli-password-keychain-failed = [Thé kéýçhåîñ dîd ñøt kéép thé påššwørd: { $reason }~~~~~~~~ ~~~~~~~~]
cli-send-brief-usage = [üšé šéñd-brîéf BRÎÉF --çréåtør ÇRÉÅTØR, ør šéñd-brîéf BRÎÉF --åll~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~]
cli-sent = [{ $name } <{ $address }>: šéñt.~~~~]
cli-send-waiting = [{ $name } <{ $address }>: wåîtîñg îñ thé øütbøx. { $reason }~~~~~~~~ ~~~~]
cli-send-failed = [{ $name } <{ $address }>: ñøt šéñt. { $reason }~~~~~~]
cli-send-skipped = [{ $name }: ñøt šéñt. { $reason }~~~~~]
cli-sent-count = [{ $sent } øf { $total } šéñt.~~~~]
cli-outbox-empty = [Ñøthîñg îš wåîtîñg îñ thé øütbøx.~~~~~~~~ ~~~~~~]
