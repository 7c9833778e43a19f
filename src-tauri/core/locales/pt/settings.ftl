settings-language = Idioma
settings-language-system = Igual ao sistema ({ $name })
settings-writes-in = Briefings e mensagens aos criadores
settings-writes-in-hint = Um criador com idioma próprio recebe-os no seu.
