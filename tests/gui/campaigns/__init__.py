"""GUI tests: campaigns."""
