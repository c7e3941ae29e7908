"""The textbook LangChain pipeline, as the baseline every improvement is measured against:
raw pypdf text per page, RecursiveCharacterTextSplitter(1000, 200), the same embedding model, FAISS, top-k."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from eval.cases import PageRef

with warnings.catch_warnings():
    # langchain-community announces its own sunset on import; the textbook pipeline still uses it.
    warnings.simplefilter("ignore", DeprecationWarning)
    from langchain_community.document_loaders import PyPDFLoader
    from langchain_community.vectorstores import FAISS


def textbook_retriever(
    pdfs: Sequence[Path], document_ids: dict[str, str], embedder: Embeddings, k: int = 10
) -> Callable[[str], list[PageRef]]:
    """Build the baseline over the same PDFs; returns question → ranked (document id, physical page)."""
    pages = [page for pdf in pdfs for page in PyPDFLoader(str(pdf)).load()]
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    store = FAISS.from_documents(splitter.split_documents(pages), embedder)

    def retrieve(question: str) -> list[PageRef]:
        found = store.similarity_search(question, k=k)
        return [(document_ids[Path(d.metadata["source"]).name], int(d.metadata["page"]) + 1) for d in found]

    return retrieve
