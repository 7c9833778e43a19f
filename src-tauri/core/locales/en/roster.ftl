## A creator's page and form.

creator-language = Language
# A creator without a language of their own is written to in the shop's, named in brackets.
creator-language-shop = The shop's ({ $name })
