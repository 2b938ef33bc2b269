"""desktop.gui package."""
