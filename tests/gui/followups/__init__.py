"""GUI tests: followups."""
