"""desktop.db package."""
