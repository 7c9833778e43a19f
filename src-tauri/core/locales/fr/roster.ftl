creator-language = Langue
creator-language-shop = Celle de la boutique ({ $name })
