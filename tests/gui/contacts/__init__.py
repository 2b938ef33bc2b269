"""GUI tests: contacts."""
