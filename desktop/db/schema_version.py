"""The schema revision this build of Relance expects (no SQLAlchemy import: read at start-up).

A unit test checks that it equals the head of the Alembic scripts.
"""

HEAD_REVISION = "0025"
