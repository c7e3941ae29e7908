"""`python -m service.healthcheck`: exit 0 when the service on this machine reports itself healthy.

The container's HEALTHCHECK runs it (the slim image has no curl). It asks `/api/health` on the configured port
and accepts only HTTP 200 with `"status": "ok"`; anything else, including no answer in time, exits 1 with a
one-line reason for `docker inspect`.
"""

from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request

from service.settings import Settings

_ANY_ADDRESS = {"", "0.0.0.0", "::", "[::]"}


def health_url(settings: Settings) -> str:
    """Where the local service answers: a wildcard bind address is reached over the loopback interface."""
    host = "127.0.0.1" if settings.http_host in _ANY_ADDRESS else settings.http_host
    host = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{host}:{settings.http_port}/api/health"


def check(url: str, timeout_s: float = 4.0) -> str | None:
    """None when healthy, else the reason."""
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as response:
            body = json.loads(response.read(65_536))
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return f"keine Antwort ({exc})"
    status = body.get("status") if isinstance(body, dict) else None
    return None if status == "ok" else f"Status {status!r}"


def main() -> int:
    url = health_url(Settings())
    reason = check(url)
    if reason:
        print(f"ungesund: {url}: {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
