"""desktop.gui.settings."""
