#!/usr/bin/env bash
# Installs everything the project needs into .venv (and, as root on Debian, the system packages).
set -euo pipefail
cd "$(dirname "$0")/.."

# tesseract-ocr(-deu): OCR of scanned pages without a text layer (ingest/ocr.py).
SYSTEM_PACKAGES=(poppler-utils tesseract-ocr tesseract-ocr-deu)
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    missing=()
    for package in "${SYSTEM_PACKAGES[@]}"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
else
    echo "Hinweis: bitte diese Debian-Pakete installieren, falls sie fehlen: ${SYSTEM_PACKAGES[*]}" >&2
fi

PYTHON=$(command -v python3.11 || command -v python3)
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
# torch is pinned in pyproject.toml to the CPU wheel; installing it first keeps pip from resolving a CUDA build.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[dev]"
echo "Installiert: $(.venv/bin/kea --help | head -n 1)"
