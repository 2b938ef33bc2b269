"""Sending email: templates, message building, the outbox, transports and the background sender.

The GUI sends a quote with :func:`desktop.services.mail.quote_mail.draft_quote_email` (preview and edit)
then :func:`desktop.services.mail.quote_mail.queue_quote_email` (in the transaction of the user action);
a background job calls :func:`desktop.services.mail.sender.deliver_due` repeatedly.
"""
