creator-language = Idioma
creator-language-shop = O da loja ({ $name })
