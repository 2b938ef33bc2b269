"""desktop.gui.campaigns."""
