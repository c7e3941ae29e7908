"""Real servers for tests: a free port on 127.0.0.1, and waiting until a started server answers."""

from __future__ import annotations

import socket
import subprocess
import time

import httpx


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_until_up(base: str, process: subprocess.Popen[bytes], seconds: float, probe: str = "/api/health") -> None:
    """Until `base + probe` answers 200 (`kea serve`'s health by default); fails at once when the process ends
    (its log says why)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args!r} ended with {process.returncode}")
        try:
            if httpx.get(f"{base}{probe}", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{base}{probe} did not answer within {seconds:.0f} s")
