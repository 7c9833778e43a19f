# Generated from en by the messages test; do not edit.

settings-language = [Låñgüågé~~~~]
settings-language-system = [Šåmé åš thé šýštém ({ $name })~~~~~~~~~]
settings-writes-in = [Brîéfš åñd méššågéš tø çréåtørš~~~~~~~~~~~~~]
settings-writes-in-hint = [Å çréåtør wîth å låñgüågé øf théîr øwñ gétš théîrš.~~~~~~~~~~~~~~~~~~~~~]
