"""The `shared` fixture (conftest.py): a test that needs ../shared is skipped, with a
reason, in a clone without it, and fails where CI=true."""
from __future__ import annotations

import pytest


def test_absent_shared_folder_skips_with_a_reason(shared, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="the shared folder does not sit beside the repository"):
        shared("dossier-that-does-not-exist")


def test_absent_shared_folder_fails_where_ci_is_true(shared, monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        shared("dossier-that-does-not-exist")


def test_present_shared_folder_is_its_path(shared, tmp_path, monkeypatch):
    import conftest

    monkeypatch.setattr(conftest, "SHARED", tmp_path)
    (tmp_path / "seeds").mkdir()
    assert shared("seeds") == tmp_path / "seeds"
