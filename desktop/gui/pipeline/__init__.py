"""desktop.gui.pipeline."""
