settings-language = Taal
settings-language-system = Die van het systeem ({ $name })
settings-writes-in = Briefings en berichten aan creators
settings-writes-in-hint = Een creator met een eigen taal krijgt ze in die taal.
