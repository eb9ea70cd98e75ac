"""Oscar dashboard apps forked where we change them (``oscar_fork_app``)."""
