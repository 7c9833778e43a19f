# Generated from en by the messages test; do not edit.

nudge-shop-unnamed = [üš~]
nudge-day-7 =
    Hî { $first }! Wé høpé ýøü éñjøýéd évérýthîñg frøm { $shop }. Jüšt å frîéñdlý héllø tø åšk høw { $post ->
        [campaign] [ýøür { $campaign } pøšt~~~~]
       *[plain] [ýøür pøšt~~~~]
    } îš çømîñg åløñg — ñø rüšh.{ $code } Rémémbér tø mårk ît #åd ør #gîftéd. Thåñk ýøü!
nudge-day-10 =
    Hî { $first }, çhéçkîñg îñ åbøüt { $post ->
        [campaign] [ýøür { $campaign } pøšt~~~~]
       *[plain] [ýøür pøšt~~~~]
    }. Îš théré åñýthîñg ýøü ñééd frøm { $shop } — phøtøš, prødüçt détåîlš, å šéçøñd vîšît?{ $code } Wé'd løvé tø šéé whåt ýøü måké!
nudge-day-14 =
    Hî { $first }, ît håš bééñ twø wéékš šîñçé øür çøllåbøråtîøñ štårtéd åñd wé håvéñ't šééñ { $post ->
        [campaign] [ýøür { $campaign } pøšt~~~~]
       *[plain] [ýøür pøšt~~~~]
    } ýét. Çøüld ýøü lét { $shop } kñøw whéñ ýøü plåñ tø pøšt, ør îf šøméthîñg çhåñgéd? Thåñk ýøü!
nudge-code = [Ýøür çødé { $code } îš réådý før ýøür følløwérš.~~~~~~~~ ~~~~~~~~]
nudge-subject = [Å qüîçk héllø frøm { $shop }~~~~~~~~]
nudge-subject-campaign = [{ $campaign }: å qüîçk héllø frøm { $shop }~~~~~~~~ ~]
nudge-sent-note = [Rémîñdér šéñt (dåý { $day })~~~~~~~~]
