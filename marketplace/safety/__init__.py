"""Guards against hostile input, shared by every app: the lowest layer, importing nothing of ours.

- ``html``: the allow-list sanitiser for user-written rich text (nh3), on save and on render.
- ``images``: size and pixel caps for uploaded images, re-encoding without EXIF/GPS.
- ``spreadsheets``: caps checked before a CSV/XLSX is parsed (no zip or row bombs).
- ``exports``: CSV cells neutralised against formula injection.
- ``csp``: the Content-Security-Policy, built from the settings that name outside hosts.
- ``clients``, ``logins``: the client's address behind trusted proxies; login throttling (axes).
"""
