"""Shared fixtures for the database tests: SQLite files and a real PostgreSQL server.

The PostgreSQL server is started by the test session itself from Debian's binaries
(package postgresql), and each test gets a fresh database from pytest-postgresql's
DatabaseJanitor. initdb refuses to run as root, and CI runs as root, so the server
then runs as the `postgres` system user (created by the Debian package) from a data
folder that user owns. Import the fixtures you use: `from conftest_db import db_url`.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "db" / "catalogues"
DOCS = FIXTURES.parent / "docs"
REPO = Path(__file__).resolve().parent.parent


def _pg_bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        pytest.fail("PostgreSQL server binaries not found under /usr/lib/postgresql: "
                    "install the Debian package postgresql (make test does)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self):
        self.bindir = _pg_bindir()
        self.root = tempfile.mkdtemp(prefix="chitieu-pg-")
        self.data = os.path.join(self.root, "data")
        self.port = _free_port()
        # as root, run the server as `postgres`; otherwise as ourselves
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            pw = pwd.getpwnam(self.user)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)

    def _run(self, *args):
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        subprocess.run([str(self.bindir / args[0]), *args[1:]], check=True, cwd=self.root, env=env,
                       user=self.user, group=self.user, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=120)

    def start(self):
        self._run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale")
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50"
        self._run("pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "log"), "-w", "-o", opts, "start")
        return self

    def stop(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer()
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        server.stop()
        pytest.fail(f"could not start PostgreSQL: {exc.stdout.decode(errors='replace')[-500:]}")
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    from pytest_postgresql.janitor import DatabaseJanitor

    name = f"chitieu_{uuid.uuid4().hex[:12]}"
    with DatabaseJanitor(user="postgres", host="127.0.0.1", port=pg_server.port, dbname=name):
        yield pg_server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db(request, tmp_path):
    """A factory of fresh, empty databases of one backend; tests using it run on both."""
    import contextlib

    from pytest_postgresql.janitor import DatabaseJanitor

    with contextlib.ExitStack() as stack:
        def make() -> str:
            name = f"chitieu_{uuid.uuid4().hex[:12]}"
            if request.param == "sqlite":
                return str(tmp_path / f"{name}.db")
            server = request.getfixturevalue("pg_server")
            stack.enter_context(DatabaseJanitor(user="postgres", host="127.0.0.1", port=server.port, dbname=name))
            return server.url(name)

        make.backend = request.param
        yield make


@pytest.fixture
def db_url(new_db):
    """Every database test runs twice: on a SQLite file and on PostgreSQL."""
    return new_db()


def snapshot(url: str) -> dict:
    """Database content without surrogate ids or timestamps, for 'same database' checks."""
    from extractor.db import schema
    from extractor.db.engine import open_engine
    from extractor.db.migrations import applied

    engine = open_engine(url)
    d, t = schema.documents, schema.targets
    try:
        with engine.connect() as conn:
            docs = sorted(
                tuple((k, v) for k, v in r._mapping.items() if k != "id" and k != "document")
                for r in conn.execute(sa.select(d))
            )
            tgts = sorted(
                (r.sha256,) + tuple((k, v) for k, v in r._mapping.items() if k not in ("id", "document_id", "sha256"))
                for r in conn.execute(sa.select(t, d.c.sha256).join(d, t.c.document_id == d.c.id))
            )
            migs = applied(conn)
    finally:
        engine.dispose()
    return {"documents": docs, "targets": tgts, "migrations": migs}


def counts(url: str) -> tuple[int, int]:
    s = snapshot(url)
    return len(s["documents"]), len(s["targets"])

