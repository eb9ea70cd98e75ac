"""Templates and static files; ``default`` is the theme in use."""
