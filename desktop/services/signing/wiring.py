"""The sealer the tracking poller calls when a quote is signed online, made from the settings and the keyring."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.services.secrets import SecretStore
    from desktop.services.signing.seal import SealResult
    from desktop.settings import Settings


def make_sealer(settings: Settings, secrets: SecretStore) -> Any:
    """``sealer(session, quote_id, evidence)``: the signed quote sealed with the seller's key (see
    :func:`~desktop.services.signing.signed_quote.seal_signed_quote`): the seller's own PKCS#12 when the settings
    name one, else the self-managed key (made at first use), timestamped when a TSA is set."""

    def sealer(session: Session, quote_id: int, evidence: Mapping[str, Any]) -> SealResult:
        from desktop.services.signing.signed_quote import seal_signed_quote

        return seal_signed_quote(session, quote_id, evidence, data_dir=settings.data_dir, secrets=secrets,
                                 pkcs12_path=settings.seal_pkcs12_path, tsa_url=settings.tsa_url)

    return sealer
