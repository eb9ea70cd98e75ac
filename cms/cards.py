"""The template a product card is drawn with, wherever the site lists products."""

# The theme's product card; ours is a plain fallback so the home renders before the theme exists.
PRODUCT_CARD_TEMPLATES = ("ocop/partials/product_card.html", "cms/partials/product_card.html")
