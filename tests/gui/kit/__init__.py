"""GUI tests: kit."""
