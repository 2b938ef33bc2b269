"""When the mail server accepted a message: ``POST /api/v1/messages/{token}/delivered``, the delivery clock of its
verdicts.

The desktop registers a message before it sends it (so that the first hit is known) without a delivery time, and
says when the SMTP server accepted it once it did, again after a retry: a gateway's scan "tens of seconds to
minutes after delivery" is timed from the acceptance, not from when the desktop took the message in hand. The
writer stores the time and judges the message's hits again on it (:meth:`tracker.writer.EventWriter.delivered`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tracker.validation import PayloadError, parse_timestamp

#: The route's OpenAPI description (merged into the document served at ``/api/v1/openapi.json``).
OPENAPI_PATHS: dict[str, Any] = {
    "/api/v1/messages/{token}/delivered": {"post": {
        "summary": "Say when the mail server accepted this message (the latest acceptance, after a retry)",
        "parameters": [{"name": "token", "in": "path", "required": True,
                        "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]{16,64}$"}}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "additionalProperties": False, "required": ["delivered_at"],
            "properties": {"delivered_at": {"type": "string", "format": "date-time",
                                            "description": "ISO 8601 with a time zone"}}}}}},
        "responses": {
            "200": {"description": "Stored", "content": {"application/json": {"schema": {
                "type": "object", "properties": {"token": {"type": "string"},
                                                 "delivered_at": {"type": "string", "format": "date-time"}}}}}},
            **{str(code): {"description": "Error", "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Error"}}}} for code in (401, 404, 413, 422, 429)},
        },
    }},
}


def parse_delivered(value: Any) -> datetime:
    """Validate a delivery payload ``{"delivered_at": "2026-12-03T10:00:00+00:00"}``.

    Args:
        value: The decoded JSON body.

    Returns:
        The acceptance time (aware).

    Raises:
        PayloadError: On any deviation from the schema.
    """
    if not isinstance(value, dict):
        raise PayloadError("body: expected an object")
    unknown = set(value) - {"delivered_at"}
    if unknown:
        raise PayloadError(f"body: unknown field {sorted(unknown)[0]!r}")
    if "delivered_at" not in value:
        raise PayloadError("body: missing field 'delivered_at'")
    return parse_timestamp(value["delivered_at"], "delivered_at")
