"""Build the sample corpus: render the sample PDFs and write their ground truth.

    python -m corpus.build [--out corpus/sample] [--only ID] [--cases eval/cases/sample.jsonl]

`--only demo` builds the small renderer demo instead of the corpus.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from corpus.builder.model import SampleDocument
from corpus.builder.render import render
from corpus.builder.truth import BuildError, document_truth, keyword_warnings, question_cases

ROOT = Path(__file__).resolve().parent.parent
CONTENT_MODULES = ("strukturatlas", "handlungskonzept", "leitfaden")


def load_documents(names: tuple[str, ...]) -> list[SampleDocument]:
    docs = []
    for name in names:
        module_name = f"corpus.builder.{name}"
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            print(f"note: {module_name} does not exist yet, skipped", file=sys.stderr)
            continue
        if not hasattr(module, "DOCUMENT"):
            print(f"note: {module_name} has no DOCUMENT yet, skipped", file=sys.stderr)
            continue
        doc = module.DOCUMENT
        if not isinstance(doc, SampleDocument):
            raise BuildError(f"{module_name}.DOCUMENT is not a SampleDocument")
        docs.append(doc)
    return docs


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")


def build(out: Path, cases_path: Path, only: str | None) -> None:
    docs = load_documents(("demo",) if only == "demo" else CONTENT_MODULES)
    if only is not None and only not in {d.id for d in docs}:
        raise BuildError(f"no document with id {only!r} (have: {', '.join(d.id for d in docs)})")
    ids = [q.id for d in docs for q in d.questions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise BuildError(f"duplicate question ids: {', '.join(duplicates)}")

    truths: dict[str, dict[str, Any]] = {}
    complete = True
    for doc in docs:
        truth_path = out / "truth" / f"{doc.id}.json"
        if only is None or doc.id == only:
            pdf = out / doc.file_name
            result = render(doc, pdf)
            truth = document_truth(doc, result)
            _write_json(truth_path, truth)
            for warning in keyword_warnings(pdf, doc.id, doc.questions, truth):
                print(f"warning: {warning}", file=sys.stderr)
            labels = result.labels
            front = sum(1 for p in range(result.pages) if not labels[p].isdigit())
            print(
                f"{doc.id}: {result.pages} pages ({front} front matter, {result.pages - front} "
                f"body, scans {list(result.scan_pages)}), {result.tables} tables, "
                f"{result.measures} measures, {len(doc.questions)} questions -> {pdf}"
            )
        elif truth_path.exists():
            # Gold pages of documents not rebuilt come from their last build.
            truth = json.loads(truth_path.read_text("utf-8"))
        else:
            complete = False
            continue
        truths[doc.id] = truth

    if not complete:
        print(f"note: {cases_path} not written: build all documents first", file=sys.stderr)
        return
    keys_by_doc = {doc_id: truth["keys"] for doc_id, truth in truths.items()}
    cases = [case for doc in docs for case in question_cases(doc.id, doc.questions, keys_by_doc)]
    cases_path.parent.mkdir(parents=True, exist_ok=True)
    with cases_path.open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(cases)} questions -> {cases_path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.build", description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "sample")
    parser.add_argument("--only", metavar="ID", help="build only the document with this id")
    parser.add_argument("--cases", type=Path, default=ROOT / "eval" / "cases" / "sample.jsonl")
    args = parser.parse_args(argv)
    try:
        build(args.out, args.cases, args.only)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
