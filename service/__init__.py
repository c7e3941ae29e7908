"""The composition root: settings, concrete objects, CLI (and later HTTP)."""
