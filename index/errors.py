"""Errors of the index stage.

StoreError
 ├── IndexNotFoundError   no index at the given path (tells how to build one)
 ├── IndexMismatchError   the index was built with another embedding model or format
 ├── IndexCorruptError    files of the index are missing or unreadable
 └── DatabaseError        the PostgreSQL store (KEA_STORE=postgres) cannot be reached or used
EmbedderError             the embedding model cannot be loaded
"""


class StoreError(Exception):
    pass


class IndexNotFoundError(StoreError):
    pass


class IndexMismatchError(StoreError):
    pass


class IndexCorruptError(StoreError):
    pass


class DatabaseError(StoreError):
    pass


class EmbedderError(Exception):
    pass
