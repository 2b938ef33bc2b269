"""GUI tests: transfer."""
