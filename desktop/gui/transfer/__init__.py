"""desktop.gui.transfer."""
