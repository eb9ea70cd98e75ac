"""The demo marketplace (``manage.py load_demo``): it fills every app, so it sits on top of them all.

The bundled demo registry it syncs stays with the catalogue (``catalogue/demo/``).
"""
