creator-language = Sprache
creator-language-shop = Die des Geschäfts ({ $name })
