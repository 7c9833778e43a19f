creator-language = Idioma
creator-language-shop = El de la tienda ({ $name })
