"""Test-wide set-up: nothing here may reach the internet."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

REPO = Path(__file__).resolve().parent.parent
# Real registry answers from other open-source projects (each folder names its source
# and licence); shipped with the repository so a fresh clone has every file it reads.
REGISTRY_SAMPLES = REPO / "tests" / "data" / "registry_samples"


@pytest.fixture
def store(tmp_path):
    """A fresh, migrated store in a real SQLite file."""
    from crawler.store import open_store

    db = open_store(tmp_path / "store.db")
    yield db
    db.close()
