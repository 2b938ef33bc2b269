"""desktop.gui.shell."""
