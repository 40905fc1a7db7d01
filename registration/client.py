"""One lookup component: RDAP first, WHOIS as fallback, polite and bounded.

`RegistrationClient.lookup(domain)` returns a `LookupResult`: `.record` (a Parsed
registration) or `.reason` (a plain "no answer" with why), plus every attempt made and
the raw bytes of each answer, for evidence. Politeness: one token bucket per server
(host:port), bounded concurrency in `lookup_many`, timeouts on every read, retries with
exponential backoff on timeouts, 5xx, 429 and rate-limit text. Rate-limit answers are
never turned into records.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from core.clock import now_iso
from core.domains import registered_domain
from core.netguard import destination_problem
from registration import bootstrap as boot
from registration.ratelimit import ServerLimits
from registration.rdap_answer import parse_rdap
from registration.record import NOT_FOUND, RETRYABLE, Parsed, UnusableAnswer, merge
from registration.transport import TransportError, decode_text, http_get, whois_query
from registration.whois_text import parse_whois, registrar_referral

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attempt:
    """One request to one server, as recorded in registration_attempts."""

    source: str  # rdap | whois
    server: str  # host:port
    at: str
    outcome: str  # ok | no_answer | rate_limited | error
    reason: str | None = None
    raw: bytes | None = None


@dataclass
class LookupResult:
    domain: str  # registered domain, punycode ("" when the input was not one)
    record: Parsed | None = None
    reason: str | None = None  # why there is no record
    attempts: list[Attempt] = field(default_factory=list)
    raw: bytes | None = None  # the answer the record was parsed from

    @property
    def ok(self) -> bool:
        return self.record is not None

    @property
    def rate_limited(self) -> int:
        return sum(1 for a in self.attempts if a.outcome == "rate_limited")


class _Failed(Exception):
    """Internal: a source (RDAP or WHOIS) gave no usable answer; `final` stops fallback."""

    def __init__(self, reason: str, *, final: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.final = final


# What json.loads raises on a body that is not JSON; deep nesting ("[[[[...") makes it
# raise RecursionError instead of ValueError.
NOT_JSON = (ValueError, RecursionError)


@dataclass
class ClientSettings:
    timeout: float = 10.0  # seconds per request, connect to last byte
    retries: int = 2  # extra tries after a retryable failure
    backoff: float = 1.0  # first wait; doubles each retry
    rate_per_server: float = 2.0  # requests a second to any one host:port
    burst: float = 1.0
    concurrency: int = 8


class RegistrationClient:
    def __init__(
        self,
        settings: ClientSettings | None = None,
        *,
        rdap: boot.Bootstrap | None = None,
        whois_server: tuple[str, int] | None = None,
        referrals: boot.WhoisReferrals | None = None,
    ) -> None:
        self.settings = settings or ClientSettings()
        self.rdap = rdap if rdap is not None else boot.Bootstrap({}, "none")
        self.whois_server = whois_server
        self.referrals = referrals
        self.limits = ServerLimits(self.settings.rate_per_server, self.settings.burst)

    @classmethod
    def from_env(cls, settings: ClientSettings | None = None) -> RegistrationClient:
        """Endpoints from NEPHELPDESK_RDAP_BOOTSTRAP / NEPHELPDESK_WHOIS_SERVER, else IANA."""
        settings = settings or ClientSettings()
        override = boot.whois_override()
        referrals = None if override else boot.WhoisReferrals(settings.timeout)
        return cls(settings, rdap=boot.load_bootstrap(), whois_server=override, referrals=referrals)

    # --- public -----------------------------------------------------------------------

    def lookup(self, name: str) -> LookupResult:
        parts = registered_domain(name)
        if parts is None:
            return LookupResult("", reason=f"not a registrable domain name: {name!r}")
        result = LookupResult(parts.domain)
        try:
            self._rdap(result, parts.suffix)
        except _Failed as rdap_failure:
            if rdap_failure.final:
                result.reason = rdap_failure.reason
                return result
            try:
                self._whois(result, parts.suffix)
            except _Failed as whois_failure:
                result.reason = f"{rdap_failure.reason}; {whois_failure.reason}"
        return result

    def lookup_many(
        self, names: Iterable[str], concurrency: int | None = None
    ) -> Iterator[LookupResult]:
        """Results as they complete, at most `concurrency` lookups in flight."""
        workers = max(1, concurrency or self.settings.concurrency)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lookup") as pool:
            futures = [pool.submit(self.lookup, name) for name in names]
            try:
                for future in as_completed(futures):
                    yield future.result()
            finally:
                for future in futures:
                    future.cancel()

    # --- RDAP ---------------------------------------------------------------------------

    def _rdap(self, result: LookupResult, suffix: str) -> None:
        bases = self.rdap.base_urls(suffix)
        if not bases:
            raise _Failed(f"no RDAP service for .{suffix} in the bootstrap")
        url = f"{bases[0]}domain/{quote(result.domain)}"
        parsed, raw = self._rdap_get(result, url)
        result.record, result.raw = parsed, raw
        if parsed.related_url:  # thin registry: the registrant is at the registrar
            related = urlsplit(parsed.related_url)
            problem = _referral_problem(related.hostname or "", trusted=urlsplit(url).hostname)
            if problem or related.scheme not in ("http", "https"):
                self._note(result, "rdap", _server_of(parsed.related_url), "error",
                           f"related link not followed: {problem or related.scheme}")  # fmt: skip
                return
            try:
                registrar, raw2 = self._rdap_get(result, parsed.related_url)
            except _Failed as exc:
                result.record = parsed  # registry data stands; registrant stays unknown
                log.info("registrar RDAP for %s failed: %s", result.domain, exc.reason)
                return
            result.record, result.raw = merge(parsed, registrar), raw2

    def _rdap_get(self, result: LookupResult, url: str) -> tuple[Parsed, bytes]:
        server = _server_of(url)
        for attempt in range(self.settings.retries + 1):
            self._pause(attempt)
            self.limits.acquire(server)
            try:
                answer = http_get(url, self.settings.timeout)
            except TransportError as exc:
                self._note(result, "rdap", server, "error", exc.reason)
                if not exc.retryable:
                    break
                continue
            if answer.status == 429 or answer.status >= 500:
                outcome = "rate_limited" if answer.status == 429 else "error"
                self._note(result, "rdap", server, outcome, f"HTTP {answer.status}", answer.body)
                self._pause_retry_after(answer.retry_after)
                continue
            return self._rdap_parse(result, server, answer.status, answer.body)
        raise _Failed(f"RDAP: {result.attempts[-1].reason}" if result.attempts else "RDAP failed")

    def _rdap_parse(
        self, result: LookupResult, server: str, status: int, body: bytes
    ) -> tuple[Parsed, bytes]:
        try:
            parsed = parse_rdap(json.loads(body), result.domain)
        except NOT_JSON as exc:
            self._note(result, "rdap", server, "no_answer", f"HTTP {status}, not JSON: {exc}", body)
            raise _Failed(f"RDAP: HTTP {status} with a body that is not JSON") from exc
        except UnusableAnswer as exc:
            self._note(result, "rdap", server, "no_answer", exc.reason, body)
            raise _Failed(f"RDAP: {exc.reason}", final=exc.kind == NOT_FOUND) from exc
        self._note(result, "rdap", server, "ok", None, body)
        return parsed, body

    # --- WHOIS ----------------------------------------------------------------------------

    def _whois_target(self, suffix: str) -> tuple[str, int]:
        if self.whois_server:
            return self.whois_server
        tld = suffix.rsplit(".", 1)[-1]
        try:
            found = self.referrals.server_for(tld) if self.referrals else None
        except TransportError as exc:
            raise _Failed(f"WHOIS: cannot learn the server for .{tld}: {exc.reason}") from exc
        if not found:
            raise _Failed(f"WHOIS: no server known for .{tld}")
        return found

    def _whois(self, result: LookupResult, suffix: str) -> None:
        host, port = self._whois_target(suffix)
        result.record, result.raw = self._whois_ask(result, host, port)
        self._follow_referrals(result, host, port)

    def _whois_ask(self, result: LookupResult, host: str, port: int) -> tuple[Parsed, bytes]:
        server = f"{host}:{port}"
        for attempt in range(self.settings.retries + 1):
            self._pause(attempt)
            self.limits.acquire(server)
            try:
                raw = whois_query(host, port, result.domain, self.settings.timeout)
            except TransportError as exc:
                self._note(result, "whois", server, "error", exc.reason)
                continue
            try:
                parsed = parse_whois(decode_text(raw), result.domain)
            except UnusableAnswer as exc:
                if exc.kind in RETRYABLE:  # rate limited, service busy
                    self._note(result, "whois", server, "rate_limited", exc.reason, raw)
                    continue  # back off and ask again; never stored as a record
                self._note(result, "whois", server, "no_answer", exc.reason, raw)
                raise _Failed(f"WHOIS: {exc.reason}") from exc
            self._note(result, "whois", server, "ok", None, raw)
            return parsed, raw
        raise _Failed(f"WHOIS: {result.attempts[-1].reason}")

    def _follow_referrals(self, result: LookupResult, host: str, port: int) -> None:
        """A thin answer (registrar named, registrant not) names the registrar's WHOIS
        server: ask it, at most MAX_WHOIS_HOPS times, each hop rate-limited and kept in
        the attempts. With NEPHELPDESK_WHOIS_SERVER every query goes to that one server,
        so there is nowhere further to go."""
        seen = {(host, port)}
        for _ in range(MAX_WHOIS_HOPS):
            record = result.record
            if self.whois_server or record is None or not _thin(record) or result.raw is None:
                return
            target = registrar_referral(decode_text(result.raw))
            if target is None or target in seen:
                return
            problem = _referral_problem(target[0], trusted=host)
            if problem:
                self._note(result, "whois", f"{target[0]}:{target[1]}", "error",
                           f"referral not followed: {problem}")  # fmt: skip
                return
            seen.add(target)
            try:
                registrar, raw = self._whois_ask(result, *target)
            except _Failed as exc:
                log.info("registrar WHOIS for %s failed: %s", result.domain, exc.reason)
                return  # the registry's data stands; the registrant stays unknown
            result.record, result.raw, host = merge(record, registrar), raw, target[0]

    # --- helpers ---------------------------------------------------------------------------

    def _pause(self, attempt: int) -> None:
        if attempt:
            time.sleep(self.settings.backoff * 2 ** (attempt - 1))

    def _pause_retry_after(self, seconds: float | None) -> None:
        if seconds:  # honour the server's own hint, within reason
            time.sleep(min(seconds, 4 * self.settings.backoff))

    @staticmethod
    def _note(
        result: LookupResult,
        source: str,
        server: str,
        outcome: str,
        reason: str | None,
        raw: bytes | None = None,
    ) -> None:
        result.attempts.append(Attempt(source, server, now_iso(), outcome, reason, raw))


MAX_WHOIS_HOPS = 2  # registry -> registrar (-> reseller); never a chain without end


def _thin(record: Parsed) -> bool:
    """A registry answer that says nothing of the registrant (the registrar has it)."""
    reg = record.registration
    return reg.privacy_state == "unknown" and reg.registrant_country is None


def _referral_problem(host: str, *, trusted: str | None) -> str | None:
    """Why a server named inside an answer must not be asked: an internal address (the
    answer is data from outside). The host of the server that answered is trusted: it
    was reached already (a sandbox registry on loopback refers to its own registrar)."""
    if host == trusted:
        return None
    return destination_problem(f"whois://{host}/", resolve=True)


def _server_of(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.hostname}:{port}"
