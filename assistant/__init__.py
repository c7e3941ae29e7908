"""Answers with citations, built on the index's hits."""
