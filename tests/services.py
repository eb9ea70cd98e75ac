"""Starting the real services the tests talk to (noida-db, localstripe): one way, used by each fixture."""

from __future__ import annotations

import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_service(
    name: str, command: Sequence[str], ready_url: str, *, cwd: str | Path | None = None, attempts: int = 300
) -> Iterator[None]:
    """Run ``command`` for the block; enter once ``ready_url`` answers 200, else fail with its log."""
    with tempfile.TemporaryFile(mode="w+", prefix=f"ocop-{name}-") as log:
        process = subprocess.Popen(
            list(command), stdout=log, stderr=subprocess.STDOUT, cwd=cwd or tempfile.gettempdir()
        )
        try:
            for _ in range(attempts):
                if process.poll() is not None:
                    log.seek(0)
                    pytest.fail(f"{name} exited: {log.read()}")
                try:
                    with urllib.request.urlopen(ready_url, timeout=1) as response:
                        if response.status == 200:
                            break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail(f"{name} did not answer at {ready_url}")
            yield
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
