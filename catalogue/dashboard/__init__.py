"""Staff and producer pages of the registry mirror, inside Oscar's dashboard look.

A plain package (not an Oscar dashboard app): its URLs are mounted at /shop/dashboard/registry/
(namespace ``ocop-dashboard``) and its menu entries carry their own ``access_fn``
(``catalogue.dashboard.access``), since Oscar's default access function only knows the URLs of
its dashboard apps. Everything here reads the mirror; nothing edits stars or dates.
"""
