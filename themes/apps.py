from django.apps import AppConfig


class ThemesConfig(AppConfig):
    name = "themes"

    def ready(self) -> None:
        # Connects the receivers that drop the cached header category list when a category changes
        # (in ready(): the tag library imports the catalogue's models).
        from themes.templatetags import ocop_theme  # noqa: F401
