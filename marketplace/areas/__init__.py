"""Administrative areas as data: province → district → commune, renamable and mergeable."""
