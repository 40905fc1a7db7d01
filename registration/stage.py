"""The nightly run's enrich stage: registration data for domains that lack a fresh record,
then the IP network (hosting provider) of every server IP that lacks one."""

from __future__ import annotations

import os
from typing import Any

import sqlite_utils

from registration.client import ClientSettings, RegistrationClient
from registration.enrich import enrich
from registration.ip_rdap import IpRdapClient, enrich_ips


def run_stage(db: sqlite_utils.Database, *, run_id: int | None = None, options: Any = None) -> dict:
    concurrency = int(os.environ.get("NEPHELPDESK_ENRICH_CONCURRENCY", "16"))
    client = RegistrationClient.from_env(ClientSettings(concurrency=concurrency))
    checked = list(getattr(options, "urls", []) or [])
    domains = None
    if checked:  # `check URL`: only that site's domain
        from core.domains import registered_domain

        domains = [d.registration_domain for d in map(registered_domain, checked) if d is not None]
    counts = enrich(db, domains, client=client, concurrency=concurrency)
    # The hosting provider behind each server IP, for the takedown orders' recipients.
    return {**counts, **enrich_ips(db, IpRdapClient.from_env(ClientSettings()))}
