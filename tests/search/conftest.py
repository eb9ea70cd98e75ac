"""Search fixtures: a real Elasticsearch-8-compatible server (noida-db) for the whole session,
and a ``backend`` fixture that runs the same contract tests on Elasticsearch and the database.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path

import pytest

from marketplace.search import indexing
from marketplace.search.documents import alias_name, client, reset_connection
from tests.services import free_port, running_service


def _noida_binary() -> Path:
    return Path(str(files("noida_db").joinpath("noida-db")))


@pytest.fixture(scope="session")
def elasticsearch_url() -> Iterator[str]:
    """noida-db's Elasticsearch on a free port with a temporary data directory, stopped at the end."""
    binary = _noida_binary()
    if not binary.is_file():
        pytest.fail("noida-db is not installed (requirements-dev.txt)")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="ocop-noida-") as data_dir:
        command = [str(binary), "start", "--data-dir", f"{data_dir}/data", "--only", "elasticsearch"]
        with running_service("noida-db", [*command, "--elasticsearch-port", str(port)], url):
            yield url


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
