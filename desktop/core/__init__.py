"""desktop.core package."""
