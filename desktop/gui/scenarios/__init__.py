"""desktop.gui.scenarios."""
