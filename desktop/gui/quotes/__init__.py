"""desktop.gui.quotes."""
