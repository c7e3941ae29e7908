"""Recording what `kea download` fetched in the corpus manifest, keeping the operator's comments and layout.

The manifest is edited as text: in each `[[documents]]` block a recorded key's line is replaced, or added
after the block's last key. The result must parse to the same documents with the new values, and is written
to a temporary file and renamed into place, so a failed update leaves the old manifest.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path

from ingest.errors import ManifestError

_TABLE = re.compile(r"^\s*\[")
_DOCUMENTS = re.compile(r"^\s*\[\[\s*documents\s*\]\]\s*(#.*)?$")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")


def update_manifest(
    path: Path,
    values: Mapping[str, Mapping[str, str]],
    defaults: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Set `values[id]` in the document block with that id; `defaults[id]` only where the key is missing."""
    text = path.read_text(encoding="utf-8")
    updated = update_text(text, values, defaults or {})
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(updated, encoding="utf-8")
    os.replace(tmp, path)


def update_text(text: str, values: Mapping[str, Mapping[str, str]], defaults: Mapping[str, Mapping[str, str]]) -> str:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    out: list[str] = []
    for start, end, is_document in _blocks(lines):
        block = lines[start:end]
        if is_document:
            block = _update_block(block, values, defaults)
        out.extend(block)
    result = "".join(out)
    _verify(result, values)
    return result


def _blocks(lines: list[str]) -> list[tuple[int, int, bool]]:
    """(start, end, is a [[documents]] block) for the preamble and every table."""
    starts = [0, *(i for i, line in enumerate(lines) if _TABLE.match(line))]
    bounds = list(dict.fromkeys(starts))
    return [
        (start, end, bool(_DOCUMENTS.match(lines[start])))
        for start, end in zip(bounds, [*bounds[1:], len(lines)], strict=True)
    ]


def _update_block(
    block: list[str], values: Mapping[str, Mapping[str, str]], defaults: Mapping[str, Mapping[str, str]]
) -> list[str]:
    try:
        data = tomllib.loads("".join(block[1:]))
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"Manifest: Dokument-Eintrag nicht lesbar ({exc})") from exc
    document_id = str(data.get("id", ""))
    wanted = {key: value for key, value in defaults.get(document_id, {}).items() if key not in data}
    wanted.update(values.get(document_id, {}))
    if not wanted:
        return block
    result = list(block)
    for key, value in wanted.items():
        line = f"{key} = {json.dumps(value, ensure_ascii=False)}\n"  # a JSON string is a valid TOML basic string
        index = next((i for i, old in enumerate(result) if _key_of(old) == key), None)
        if index is not None:
            result[index] = line
        else:
            result.insert(_after_last_key(result), line)
    return result


def _key_of(line: str) -> str | None:
    match = _KEY_LINE.match(line)
    return match.group(1) if match else None


def _after_last_key(block: list[str]) -> int:
    """After the block's last line of content: comments and blank lines at its end belong to what follows."""
    content = [i for i, line in enumerate(block) if line.strip() and not line.lstrip().startswith("#")]
    return (content[-1] if content else 0) + 1


def _verify(text: str, values: Mapping[str, Mapping[str, str]]) -> None:
    try:
        documents = tomllib.loads(text).get("documents", [])
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"Manifest ließe sich nach der Änderung nicht mehr lesen ({exc})") from exc
    by_id = {str(doc.get("id")): doc for doc in documents}
    for document_id, fields in values.items():
        if any(by_id.get(document_id, {}).get(key) != value for key, value in fields.items()):
            raise ManifestError(f"Manifest: Eintrag {document_id!r} ließ sich nicht aktualisieren")
