"""desktop.gui.dashboard."""
