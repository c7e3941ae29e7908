"""Scoring retrieval and answers against gold questions."""
