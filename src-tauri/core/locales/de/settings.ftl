settings-language = Sprache
settings-language-system = Systemsprache ({ $name })
settings-writes-in = Briefings und Nachrichten an Creator
settings-writes-in-hint = Creator mit eigener Sprache bekommen sie in ihrer Sprache.
