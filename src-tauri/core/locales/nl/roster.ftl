creator-language = Taal
creator-language-shop = Die van de winkel ({ $name })
