"""Test-wide set-up: nothing here may reach the internet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def store(tmp_path):
    """A fresh, migrated store in a real SQLite file."""
    from crawler.store import open_store

    db = open_store(tmp_path / "store.db")
    yield db
    db.close()
