settings-language = Idioma
settings-language-system = El del sistema ({ $name })
settings-writes-in = Briefs y mensajes a creadores
settings-writes-in-hint = Un creador con idioma propio los recibe en el suyo.
