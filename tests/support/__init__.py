"""Test helpers shared by the suites (real servers started on loopback)."""
