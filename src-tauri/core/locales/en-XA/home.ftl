# Generated from en by the messages test; do not edit.

home-title = [Hømé~~]
home-summary =
    { $date } · { $count ->
        [one] [{ $count } déål~~]
       *[other] [{ $count } déålš~~~]
    }
home-empty-title = [Ñøthîñg tø tråçk ýét~~~~~~~~]
home-empty-text = [Whéñ ýøü gîft å prødüçt, bøøk å vîšît ør påý før å pøšt, réçørd ît åš å déål: whåt'š düé, whåt'š låté åñd whåt éåçh çréåtør brøüght wîll šhøw üp héré.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~]
home-go-deals = [Gø tø déålš~~~~~]
home-go-creators = [Gø tø çréåtørš~~~~~~]
home-overdue = [Øvérdüé~~~]
home-due-this-week = [Düé thîš wéék~~~~~~]
home-gifted-month = [Gîftéd thîš møñth~~~~~~~]
home-gifted-year = [Gîftéd thîš ýéår~~~~~~~]
home-gifted-detail =
    { $cost } åt çøšt · { $count ->
        [one] [{ $count } déål~~]
       *[other] [{ $count } déålš~~~]
    }
home-days-late =
    { $count ->
        [one] [{ $count } dåý låté~~~~]
       *[other] [{ $count } dåýš låté~~~~]
    }
home-overdue-none = [Ñøthîñg îš låté. 🎉~~~~~~~~]
home-due-none = [Ñøthîñg düé îñ thé ñéxt šévéñ dåýš.~~~~~~~~ ~~~~~~]
home-and-more = [åñd { $count } møré~~~~]
home-nudges-title = [Frîéñdlý rémîñdérš~~~~~~~~]
home-nudges-intro = [Théšé çréåtørš réçéîvéd thé prødüçt ør vîšîtéd åñd håvé ñøt pøštéd ýét.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~~~]
home-nudge-since =
    { $count ->
        [one] [{ $count } dåý šîñçé { $date }~~~~~]
       *[other] [{ $count } dåýš šîñçé { $date }~~~~~]
    }
home-nudge-copy = [Çøpý méššågé~~~~~]
home-nudge-email = [Émåîl~~]
home-nudge-sent = [Mårk åš šéñt~~~~~]
home-nudge-copied = [Méššågé çøpîéd: påšté ît îñtø å DM ør émåîl.~~~~~~~~ ~~~~~~~~ ~~]
home-nudge-noted = [Rémîñdér tø { $name } ñøtéd.~~~~~~~~]
home-by-status = [Déålš bý štåtüš~~~~~~]
home-value-title = [Vålüé gîvéñ pér møñth~~~~~~~~ ~]
home-value-chart = [Vålüé gîvéñ pér møñth, åt çøšt åñd åt rétåîl~~~~~~~~ ~~~~~~~~ ~~]
home-value-at-cost = [Åt çøšt~~~]
home-value-at-retail = [Åt rétåîl~~~~]
home-campaigns-title = [Réšültš pér çåmpåîgñ~~~~~~~~]
home-campaigns-chart = [Révéñüé åñd çøšt pér çåmpåîgñ~~~~~~~~ ~~~~]
home-campaigns-revenue = [Révéñüé~~~]
home-campaigns-cost = [Çøšt~~]
home-col-campaign = [Çåmpåîgñ~~~~]
home-col-reach = [Réåçh~~]
home-col-codes = [Çødéš~~]
home-col-walk-ins = [Wålk-îñš~~~~]
home-campaigns-none = [Réšültš åppéår øñçé ýøü éñtér thém øñ å pøštéd déål.~~~~~~~~ ~~~~~~~~ ~~~~~]
home-top-title = [Tøp çréåtørš bý rétürñ~~~~~~~~ ~]
home-top-chart = [Rétürñ øñ çøšt bý çréåtør~~~~~~~~ ~~]
home-top-return = [Rétürñ øñ çøšt~~~~~~]
home-top-none = [Éñtér thé révéñüé å déål brøüght tø šéé whø gîvéš thé béšt rétürñ.~~~~~~~~ ~~~~~~~~ ~~~~~~~~ ~~~]
home-chart-tooltip = [{ $series }: { $value }~]
