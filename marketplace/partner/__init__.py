"""Oscar's partner app, forked for the marketplace's pricing and availability strategy."""
