"""Oscar's ranges dashboard, forked only for its file of SKUs: the spreadsheet caps apply to it."""
