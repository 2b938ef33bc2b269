"""The OpenAPI 3.0 description of the tracker's API, served at ``/api/v1/openapi.json``."""

from __future__ import annotations

from typing import Any

TOKEN = {"type": "string", "pattern": "^[A-Za-z0-9_-]{16,64}$", "description": "128-bit random, URL-safe"}
NULLABLE_STRING = {"type": "string", "nullable": True}

EVENT = {
    "type": "object",
    "description": "One tracked event (see tracker.events).",
    "required": ["id", "cursor", "token", "kind", "ts", "verdict", "reasons", "link_id", "reclassifies",
                 "full_name", "pdf_sha256", "ip", "user_agent", "answer", "text"],
    "properties": {
        "id": {"type": "string", "description": "Unique and stable event id"},
        "cursor": {"type": "string", "description": "Pass as ?after= to read the events that follow"},
        "token": {"type": "string"},
        "kind": {"type": "string",
                 "enum": ["open", "click", "view", "accept", "signed", "unsubscribe", "consent", "withdraw",
                          "verdict"]},
        "ts": {"type": "string", "format": "date-time", "description": "ISO 8601, UTC"},
        "verdict": {"type": "string", "enum": ["human", "machine", "unknown"]},
        "reasons": {"type": "array", "items": {"type": "string"}},
        "link_id": {**NULLABLE_STRING,
                    "description": "The link clicked (kind click); 'pdf' for a view of the PDF itself (kind view)"},
        "reclassifies": {"type": "array", "items": {"type": "string"},
                         "description": "Ids of earlier events of this message now judged machine"},
        "full_name": {**NULLABLE_STRING, "description": "Name typed by the prospect (kind accept)"},
        "pdf_sha256": {**NULLABLE_STRING, "description": "SHA-256 of the exact PDF accepted (kind accept)"},
        "ip": {**NULLABLE_STRING, "description": "Truncated client network, /24 or /48"},
        "user_agent": NULLABLE_STRING,
        "answer": {"type": "string", "enum": ["yes", "no"], "nullable": True,
                   "description": "The button pressed (kind consent); 'no' for kind withdraw"},
        "text": {**NULLABLE_STRING, "description": "The exact text shown to the person (kinds consent, withdraw)"},
        "evidence": {"type": "object", "nullable": True,
                     "description": "Kind signed: the evidence record (tracker.evidence): quote_number, version, "
                                    "pdf_sha256, signer_name, signer_email, statement, code_issued_at, "
                                    "code_checked_at, ip, user_agent, signed_at, prev_hash, record_hash"},
    },
}

REGISTRATION = {
    "type": "object",
    "additionalProperties": False,
    "required": ["token"],
    "properties": {
        "token": TOKEN,
        "contact_key": {**TOKEN, "nullable": True,
                        "description": "Opaque key of the person (never their identity): a withdrawal from one "
                                       "message covers every message of the key"},
        "aggregate": {"type": "boolean",
                      "description": "An anonymous pixel shared by many recipients (no contact key, quote or "
                                     "link): its events keep no address nor agent"},
        "delivered_at": {"type": "string", "format": "date-time", "nullable": True,
                         "description": "When the message was handed to the mail server (with time zone)"},
        "links": {
            "type": "array", "maxItems": 50,
            "items": {
                "type": "object", "additionalProperties": False, "required": ["id", "url"],
                "properties": {
                    "id": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$"},
                    "url": {"type": "string", "format": "uri", "maxLength": 2048,
                            "description": "Absolute http(s) URL of a public site: the only redirect target "
                                           "(no user name or password; loopback, private, link-local and "
                                           "metadata hosts are refused with 422)"},
                    "honeypot": {"type": "boolean", "description": "Hidden link no person would click"},
                },
            },
        },
        "quote": {
            "type": "object", "nullable": True, "additionalProperties": False,
            "required": ["number", "version", "amount", "currency", "pdf_base64"],
            "properties": {
                "number": {"type": "string", "minLength": 1, "maxLength": 64},
                "version": {"type": "integer", "minimum": 1, "maximum": 10000},
                "amount": {"type": "string", "pattern": "^[0-9]{1,12}(\\.[0-9]{1,2})?$",
                           "description": "Decimal string, never a float"},
                "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "valid_until": {"type": "string", "format": "date", "nullable": True},
                "pdf_base64": {"type": "string", "format": "byte", "description": "The quote PDF, base64"},
                "signer_email": {"type": "string", "format": "email", "nullable": True, "maxLength": 320,
                                 "description": "The address the quote is sent to: the one-time code of an online "
                                                "signature goes there (none: acceptance with a click only)"},
                "consumer": {"type": "boolean",
                             "description": "The client is a consumer: the page shows the 14-day withdrawal right"},
                "seller_contact": {"type": "string", "nullable": True, "maxLength": 500,
                                   "description": "Seller's name and addresses, for the model withdrawal form"},
            },
        },
    },
}

CONTACTS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["contacts"],
    "properties": {"contacts": {"type": "array", "maxItems": 500, "items": {
        "type": "object", "additionalProperties": False, "required": ["key", "tracking", "at"],
        "properties": {
            "key": TOKEN,
            "tracking": {"type": "string", "enum": ["blocked", "allowed"],
                         "description": "blocked: the person refused or withdrew (no open nor click recorded)"},
            "at": {"type": "string", "format": "date-time", "description": "When the answer was given; the "
                                                                               "newest answer the tracker knows wins"},
            "tokens": {"type": "array", "maxItems": 1000, "items": TOKEN,
                       "description": "Messages of this person to join to the key"},
        },
    }}},
}

ERROR = {
    "type": "object", "required": ["error", "detail"],
    "properties": {"error": {"type": "string"}, "detail": {"type": "string"}},
}


def _errors(*codes: int) -> dict[str, Any]:
    texts = {400: "Bad request", 401: "Missing or wrong key", 404: "Unknown token", 409: "Conflict",
             413: "Body too large", 422: "Invalid input", 429: "Rate limited"}
    out: dict[str, Any] = {}
    for code in codes:
        content = {"text/plain": {"schema": {"type": "string"}}} if code == 429 else {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        out[str(code)] = {"description": texts[code], "content": content}
    return out


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_schema() -> dict[str, Any]:
    """Return the OpenAPI document of the API.

    Returns:
        The OpenAPI 3.0.3 document as a dict.
    """
    from tracker.delivery import OPENAPI_PATHS as DELIVERY_PATHS

    token_param = {"name": "token", "in": "path", "required": True, "schema": TOKEN}
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Relance tracker", "version": "1",
                 "description": "Event feed and registrations for the Relance desktop."},
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Event": EVENT, "Error": ERROR, "MessageRegistration": REGISTRATION,
                        "ContactAnswers": CONTACTS},
        },
        "security": [{"bearer": []}],
        "paths": {
            "/api/v1/messages": {"post": {
                "summary": "Register (or update) a message: token, links, delivery time, optional quote",
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/MessageRegistration"}}}},
                "responses": {
                    "201": _json({"type": "object", "properties": {"token": {"type": "string"},
                                                                    "created": {"type": "boolean"}}}, "Created"),
                    "200": _json({"type": "object", "properties": {"token": {"type": "string"},
                                                                    "created": {"type": "boolean"}}}, "Updated"),
                    **_errors(401, 409, 413, 422, 429),
                },
            }},
            "/api/v1/messages/{token}": {"get": {
                "summary": "Status of a message: best verdict so far, superseded or not",
                "parameters": [token_param],
                "responses": {
                    "200": _json({"type": "object", "required": ["token", "superseded", "status", "events"],
                                  "properties": {
                                      "token": {"type": "string"}, "superseded": {"type": "boolean"},
                                      "status": {"type": "string", "enum": ["human", "unknown", "machine", "none"]},
                                      "events": {"type": "integer"}}}, "Status"),
                    **_errors(401, 404, 429),
                },
            }},
            "/api/v1/messages/{token}/supersede": {"post": {
                "summary": "Mark this quote version superseded (it can no longer be accepted)",
                "parameters": [token_param],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "additionalProperties": False,
                    "properties": {"superseded_by": {**TOKEN, "nullable": True}}}}}},
                "responses": {
                    "200": _json({"type": "object", "properties": {
                        "token": {"type": "string"}, "superseded": {"type": "boolean"},
                        "superseded_by": NULLABLE_STRING}}, "Marked"),
                    **_errors(401, 404, 413, 422, 429),
                },
            }},
            "/api/v1/contacts": {"post": {
                "summary": "Tell the answers about tracking given elsewhere (to a salesperson, in an import) and "
                           "join a person's older messages to their key",
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/ContactAnswers"}}}},
                "responses": {
                    "200": _json({"type": "object", "properties": {"contacts": {"type": "integer"},
                                                                    "blocked": {"type": "integer"}}}, "Taken"),
                    **_errors(401, 413, 422, 429),
                },
            }},
            "/api/v1/events": {"get": {
                "summary": "Events after a cursor, oldest first; with wait>0, long-polls until one arrives",
                "parameters": [
                    {"name": "after", "in": "query", "required": False,
                     "schema": {"type": "string", "pattern": "^[0-9]{1,18}$"},
                     "description": "Cursor of the last event read (absent: from the beginning)"},
                    {"name": "limit", "in": "query", "required": False,
                     "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}},
                    {"name": "wait", "in": "query", "required": False,
                     "schema": {"type": "number", "minimum": 0, "maximum": 30, "default": 0},
                     "description": "Seconds to wait for a first event"},
                ],
                "responses": {
                    "200": _json({"type": "object", "required": ["events", "next_cursor"], "properties": {
                        "events": {"type": "array", "items": {"$ref": "#/components/schemas/Event"}},
                        "next_cursor": {"type": "string"}}}, "A page of events"),
                    **_errors(401, 422, 429),
                },
            }},
        },
    }
    document["paths"].update(DELIVERY_PATHS)
    return document
