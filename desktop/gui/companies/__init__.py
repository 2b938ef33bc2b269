"""desktop.gui.companies."""
