"""Content model and renderer of the sample corpus."""
