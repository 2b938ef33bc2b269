"""« Factures »: invoices, credit notes, payments and exports."""
