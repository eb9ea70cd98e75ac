"""Oscar's order app, forked so that every order records the sales channel it was made in."""
