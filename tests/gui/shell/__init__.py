"""GUI tests: shell."""
