"""Public URLs of the certification mirror (verification lives outside /shop/)."""


app_name = "ocop"

urlpatterns: list = []
