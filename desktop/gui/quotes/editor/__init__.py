"""desktop.gui.quotes.editor."""
