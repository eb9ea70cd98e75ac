"""Oscar's dashboard apps we fork (only the ones we change)."""
