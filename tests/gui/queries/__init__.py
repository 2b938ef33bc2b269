"""GUI tests: queries."""
