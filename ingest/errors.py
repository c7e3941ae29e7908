"""Errors raised while reading source documents.

IngestError
 ├── UnreadablePdfError   the file is not a PDF, is corrupt, or cannot be parsed
 ├── EncryptedPdfError    the PDF is password protected
 ├── EmptyPdfError        the PDF has no pages or no text at all
 └── ManifestError        the corpus manifest is missing or malformed
"""


class IngestError(Exception):
    """Base class: the message is a one-line reason fit for the ingest summary."""


class UnreadablePdfError(IngestError):
    pass


class EncryptedPdfError(IngestError):
    pass


class EmptyPdfError(IngestError):
    pass


class ManifestError(IngestError):
    pass
