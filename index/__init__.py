"""Embedding, storing and searching chunks: vectors never leave this package."""
