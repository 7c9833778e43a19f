settings-language = Lingua
settings-language-system = Quella del sistema ({ $name })
settings-writes-in = Brief e messaggi ai creator
settings-writes-in-hint = Un creator con una lingua propria li riceve nella sua.
