"""desktop.gui.campaigns.call_list."""
