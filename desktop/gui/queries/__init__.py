"""desktop.gui.queries."""
