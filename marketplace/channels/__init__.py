"""Sales channels (online, each sales point, each fair, external marketplaces), targets, reports."""
