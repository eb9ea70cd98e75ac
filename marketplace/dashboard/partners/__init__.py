"""Oscar's partners dashboard, forked (no models): linking a user to a partner grants dashboard
access, so it answers POST only (Oscar also accepted a GET, for its "Undo" link)."""
