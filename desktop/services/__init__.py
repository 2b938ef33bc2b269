"""desktop.services package."""
