"""parse_whois on our own answers, one per registry layout family (issue 18's classes).

tests/data/registry_samples/own/layouts.toml holds each answer and the values a correct
parser reads from it; the real answers from other projects are measured by
bench/registration_accuracy.py and test_registration_accuracy.py.
"""

from __future__ import annotations

import tomllib
from typing import Any

import pytest

from registration.record import UnusableAnswer
from registration.whois_text import parse_whois
from tests.conftest import REGISTRY_SAMPLES

ANSWERS: list[dict[str, Any]] = tomllib.loads(
    (REGISTRY_SAMPLES / "own" / "layouts.toml").read_text(encoding="utf-8")
)["answer"]


def _got(answer: dict[str, Any]) -> dict[str, Any]:
    try:
        parsed = parse_whois(answer["text"].lstrip("\n"), answer["domain"])
    except UnusableAnswer as exc:
        return {"state": exc.kind}
    reg = parsed.registration
    return {
        "state": parsed.state,
        "registrar": reg.registrar or "",
        "created": reg.created or "",
        "country": reg.registrant_country or "",
        "privacy": reg.privacy_state,
    }


@pytest.mark.parametrize("answer", ANSWERS, ids=[a["layout"] for a in ANSWERS])
def test_layout_family(answer: dict[str, Any]) -> None:
    got = _got(answer)
    want = {
        k: answer[k] for k in ("state", "registrar", "created", "country", "privacy") if k in answer
    }
    assert {k: got.get(k) for k in want} == want
