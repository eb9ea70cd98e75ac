"""Search fixtures: a real Elasticsearch-8-compatible server (noida-db) for the whole session,
and a ``backend`` fixture that runs the same contract tests on Elasticsearch and the database.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from marketplace.search import indexing
from marketplace.search.documents import alias_name, client, reset_connection


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _noida_binary() -> Path:
    return Path(str(files("noida_db").joinpath("noida-db")))


@pytest.fixture(scope="session")
def elasticsearch_url() -> Iterator[str]:
    """noida-db's Elasticsearch on a free port with a temporary data directory, stopped at the end."""
    binary = _noida_binary()
    if not binary.is_file():
        pytest.fail("noida-db is not installed (requirements-dev.txt)")
    data_dir = tempfile.mkdtemp(prefix="ocop-noida-")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = open(Path(data_dir) / "server.log", "w+")  # noqa: SIM115  (closed below)
    process = subprocess.Popen(
        [
            str(binary),
            "start",
            "--data-dir",
            f"{data_dir}/data",
            "--only",
            "elasticsearch",
            "--elasticsearch-port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(300):
            if process.poll() is not None:
                log.seek(0)
                pytest.fail(f"noida-db exited: {log.read()}")
            try:
                with urllib.request.urlopen(url, timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("noida-db did not answer")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(params=["database", "elasticsearch"])
def backend(request, settings) -> Iterator[str]:
    """The backend under test; on Elasticsearch each test gets its own index alias."""
    if request.param == "elasticsearch":
        settings.ELASTICSEARCH_URL = request.getfixturevalue("elasticsearch_url")
        settings.ELASTICSEARCH_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:10]}"
    else:
        settings.ELASTICSEARCH_URL = ""
    reset_connection()
    yield request.param
    if request.param == "elasticsearch":
        es = client()
        for name in es.indices.get(index=f"{alias_name()}-*"):
            es.indices.delete(index=name)
    reset_connection()


@pytest.fixture
def reindex(backend) -> Callable[[], None]:
    """Bring search up to date with the test's data (tests never commit, so no on_commit task)."""
    return lambda: indexing.rebuild()
