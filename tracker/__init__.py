"""Relance tracker: the small hosted callback service."""
