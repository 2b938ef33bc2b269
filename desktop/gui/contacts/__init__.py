"""desktop.gui.contacts."""
