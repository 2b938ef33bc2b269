"""GUI tests: pipeline."""
