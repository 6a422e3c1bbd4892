"""Test-wide helpers. The database fixtures live in conftest_db.py.

Slow tests carry a marker saying why: `ocr` (Tesseract), `browser` (Chromium),
`postgres` (set here on every test that runs on the PostgreSQL server); each of them
is also `slow`, so `pytest -m "not slow"` is the quick loop. `make test` runs all.

The shared folder (seeds, real documents, the reference judge) sits beside the
repository on CI, not in a user's fresh clone. Tests that need it take the `shared`
fixture: shared("realdocs") is the folder's path, or, when absent, the test is skipped
with a reason saying so; with CI=true its absence is a failure, so CI runs every test.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    reason = f"{path} is absent: the shared folder does not sit beside the repository (../shared)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}, and CI=true: on CI it must")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared():
    """shared(*parts) -> Path inside ../shared; skips (fails with CI=true) when absent."""
    return shared_path


SLOW_KINDS = ("ocr", "browser", "postgres")


def pytest_collection_modifyitems(items):
    for item in items:
        callspec = getattr(item, "callspec", None)
        if "pg_server" in item.fixturenames or (callspec and callspec.params.get("new_db") == "postgresql"):
            item.add_marker(pytest.mark.postgres)
        if any(item.get_closest_marker(kind) for kind in SLOW_KINDS):
            item.add_marker(pytest.mark.slow)
