"""GUI tests: scenarios."""
