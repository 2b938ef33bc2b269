"""Reliability figures, printed by ``make reliability``: kills, lost, duplicated; injected headers; 5xx."""
