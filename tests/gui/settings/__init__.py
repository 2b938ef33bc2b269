"""GUI tests: settings."""
