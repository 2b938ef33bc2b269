"""Invoices from purchase orders: totals, legal mentions, issue, Factur-X, hand-off to a plateforme agréée."""
