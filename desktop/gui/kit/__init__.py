"""desktop.gui.kit."""
