settings-language = Langue
settings-language-system = Celle du système ({ $name })
settings-writes-in = Briefs et messages aux créateurs
settings-writes-in-hint = Si un créateur a sa propre langue, il les reçoit dans celle-ci.
