"""GUI tests: companies."""
