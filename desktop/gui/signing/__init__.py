"""Signed quotes in the desktop: « Vérifier une signature »."""
