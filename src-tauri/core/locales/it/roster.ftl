creator-language = Lingua
creator-language-shop = Quella del negozio ({ $name })
