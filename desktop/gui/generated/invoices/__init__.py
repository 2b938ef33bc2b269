"""Generated from ui/ by `make forms`: do not edit."""
