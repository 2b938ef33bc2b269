"""desktop.gui.followups."""
