"""Signed quotes: the signature page, the PAdES seal and its verification.

- :mod:`.evidence` reads the evidence record the tracker writes when a prospect signs (the other half of #17).
- :mod:`.page` lays out the one-page « page de signature » and appends it to the original PDF as an incremental
  update, so that the original quote stays, byte for byte, the file's first revision.
- :mod:`.credentials` gives the seller's sealing key: a self-managed certificate made at first use (an encrypted
  PKCS#12 file in the data folder, its passphrase in the OS keyring) or the seller's own PKCS#12.
- :mod:`.seal` seals with pyHanko (PAdES B-B, B-T with a timestamping authority, B-LT when the revocation data
  can be fetched); :mod:`.verify` says in words whether a sealed PDF is intact, who sealed it, when, and whether
  its original matches the evidence.
- :mod:`.signed_quote` is the glue the ingestion of the ``signed`` feed event calls.
"""
