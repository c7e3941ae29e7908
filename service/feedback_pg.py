"""Feedback in PostgreSQL (KEA_STORE=postgres): every replica writes into one table, `kea_feedback`.

The same fields as the JSON-lines file (service/feedback.py), scrubbed the same way before they get here; the
table is created with the index tables (index/pg_schema.py). A database that cannot be reached is a
DatabaseError, which the service answers with 503.
"""

from __future__ import annotations

from index.pg_store import PgStore
from service.feedback import Feedback


class PgFeedbackStore:
    def __init__(self, store: PgStore) -> None:
        self._store = store

    def add(self, feedback: Feedback) -> None:
        with self._store.connect() as conn:
            conn.execute(
                "INSERT INTO kea_feedback (answer_id, helpful, comment, day) VALUES (%s, %s, %s, %s)",
                (feedback.answer_id, feedback.helpful, feedback.comment, feedback.day),
            )

    def read(self) -> list[Feedback]:
        with self._store.connect() as conn:
            rows = conn.execute("SELECT answer_id, helpful, comment, day FROM kea_feedback ORDER BY id").fetchall()
        return [Feedback(str(answer), bool(ok), str(comment), day.isoformat()) for answer, ok, comment, day in rows]
