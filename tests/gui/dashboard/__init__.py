"""GUI tests: dashboard."""
