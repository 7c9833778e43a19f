## Languages, in Settings and on the welcome screen.

settings-language = Language
# The first choice of the app's language: follow the system's, named in brackets.
settings-language-system = Same as the system ({ $name })
settings-writes-in = Briefs and messages to creators
settings-writes-in-hint = A creator with a language of their own gets theirs.
