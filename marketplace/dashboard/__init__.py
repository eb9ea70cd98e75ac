"""Oscar's dashboard apps, forked where we change them (``oscar_fork_app``)."""
