"""From PDF files to typed pages and chunks: the first stage of the pipeline."""
