"""core.ratelimit: the one token bucket, refusing (sandbox registries) or waiting (client)."""

from __future__ import annotations

import time

import pytest

from core.ratelimit import TokenBucket, bucket_or_none


def test_allow_refuses_beyond_the_burst_and_refills():
    bucket = TokenBucket(rate=50, burst=2)
    assert [bucket.allow() for _ in range(3)] == [True, True, False]
    time.sleep(0.05)  # 2.5 tokens' worth of time
    assert bucket.allow()


def test_acquire_waits_for_its_token():
    bucket = TokenBucket(rate=20)
    assert bucket.acquire() == 0.0
    waited = bucket.acquire()
    assert 0.03 < waited <= 0.051


def test_bucket_or_none():
    assert bucket_or_none(None) is None and bucket_or_none(0) is None
    assert bucket_or_none(5).capacity == 5


def test_rate_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        TokenBucket(0)
