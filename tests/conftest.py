"""Test-wide helpers. The database fixtures live in conftest_db.py.

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
