# Generated from en by the messages test; do not edit.

creator-language = [Låñgüågé~~~~]
creator-language-shop = [Thé šhøp'š ({ $name })~~~~~~]
