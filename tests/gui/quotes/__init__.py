"""GUI tests: quotes."""
