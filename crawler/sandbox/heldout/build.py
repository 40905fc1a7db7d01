"""Assemble the held-out web: render each site spec through its template into a Scenario."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from random import Random

from core.domains import registered_domain
from crawler.sandbox.heldout import (
    legit,
    legit2,
    legit3,
    legit4,
    legit5,
    legit6,
    legit7,
    legit8,
    legit9,
    legit10,
    legit11,
    legit12,
    legit13,
    legit14,
    legit15,
    legit16,
    legit17,
    legit18,
    legit19,
    legit20,
    legit21,
    legit22,
    legit23,
    legit24,
    legit25,
    legit26,
    legit27,
    legit28,
    legit29,
    legit30,
    legit31,
    lockers,
    scams,
    scams2,
    scams3,
    scams4,
    scams5,
    scams6,
    scams7,
    scams8,
    scams9,
    scams10,
    scams11,
    scams12,
    scams13,
    scams14,
    scams15,
    scams16,
    scams17,
    scams18,
    scams19,
    scams20,
    scams21,
    scams22,
    scams23,
    scams24,
    scams25,
    scams26,
    scams27,
    scams28,
    scams29,
    scams30,
    scams31,
)
from crawler.sandbox.heldout.registration import platform_of, record
from crawler.sandbox.heldout.sites import all_specs
from crawler.sandbox.heldout.spec import Drafts, Spec, Template
from crawler.sandbox.model import SCAM_CATEGORIES, Page, Scenario, Site

SEED_TEXT = "nephelpdesk held-out web v1"
CONTENT_TYPE = "text/html; charset=utf-8"

TEMPLATES: dict[str, Template] = {
    "astra_helpdesk": scams.astra_helpdesk,
    "divi_support": scams.divi_support,
    "unbranded_landing": scams.unbranded_landing,
    "jsonld_only": scams.jsonld_only,
    "image_alt": scams.image_alt,
    "js_pieces": scams.js_pieces,
    "url_param": scams.url_param,
    "spam_post": scams.spam_post,
    "shopify_activation": scams.shopify_activation,
    "wix_printer": scams.wix_printer,
    "defender_warning": lockers.defender_warning,
    "blocked_scan": lockers.blocked_scan,
    "ja_warning": lockers.ja_warning,
    "kb_article": scams.kb_article,
    "fake_directory": scams.fake_directory,
    "chat_bubble": scams.chat_bubble,
    "driver_error": scams.driver_error,
    "idn_account": scams.idn_account,
    "swiss_remote": scams.swiss_remote,
    "official_support": legit.official_support,
    "it_partner": legit.it_partner,
    "repair_elementor": legit.repair_elementor,
    "news_article": legit.news_article,
    "forum_thread": legit.forum_thread,
    "lookup_directory": legit.lookup_directory,
    "warning_page": legit.warning_page,
    "blog": legit.blog,
    "business": legit.business,
    "number_guide": legit.number_guide,
    # second batch (sites2.toml)
    "printer_wizard": scams2.printer_wizard,
    "renewal_invoice": scams2.renewal_invoice,
    "service_portal": scams2.service_portal,
    "docs_kb": scams2.docs_kb,
    "spa_shell": scams2.spa_shell,
    "bsod_locker": scams2.bsod_locker,
    "chat_agent": scams2.chat_agent,
    "qa_lookup": legit2.qa_lookup,
    "report_feed": legit2.report_feed,
    "alert_bulletin": legit2.alert_bulletin,
    "ioc_report": legit2.ioc_report,
    "live_news": legit2.live_news,
    "discourse_thread": legit2.discourse_thread,
    "woo_reseller": legit2.woo_reseller,
    "help_center": legit2.help_center,
    # third batch (sites3.toml)
    **scams3.TEMPLATES,
    **legit3.TEMPLATES,
    # fourth batch (sites4.toml)
    **scams4.TEMPLATES,
    **legit4.TEMPLATES,
    # fifth batch (sites5.toml)
    **scams5.TEMPLATES,
    **legit5.TEMPLATES,
    # sixth batch (sites6.toml)
    **scams6.TEMPLATES,
    **legit6.TEMPLATES,
    # seventh batch (sites7.toml)
    **scams7.TEMPLATES,
    **legit7.TEMPLATES,
    # eighth batch (sites8.toml)
    **scams8.TEMPLATES,
    **legit8.TEMPLATES,
    # ninth batch (sites9.toml)
    **scams9.TEMPLATES,
    **legit9.TEMPLATES,
    # tenth batch (sites10.toml)
    **scams10.TEMPLATES,
    **legit10.TEMPLATES,
    # eleventh batch (sites11.toml)
    **scams11.TEMPLATES,
    **legit11.TEMPLATES,
    # twelfth batch (sites12.toml)
    **scams12.TEMPLATES,
    **legit12.TEMPLATES,
    # thirteenth batch (sites13.toml)
    **scams13.TEMPLATES,
    **legit13.TEMPLATES,
    # fourteenth batch (sites14.toml)
    **scams14.TEMPLATES,
    **legit14.TEMPLATES,
    # fifteenth batch (sites15.toml)
    **scams15.TEMPLATES,
    **legit15.TEMPLATES,
    # sixteenth batch (sites16.toml)
    **scams16.TEMPLATES,
    **legit16.TEMPLATES,
    # seventeenth batch (sites17.toml)
    **scams17.TEMPLATES,
    **legit17.TEMPLATES,
    # eighteenth batch (sites18.toml)
    **scams18.TEMPLATES,
    **legit18.TEMPLATES,
    # nineteenth batch (sites19.toml)
    **scams19.TEMPLATES,
    **legit19.TEMPLATES,
    # twentieth batch (sites20.toml)
    **scams20.TEMPLATES,
    **legit20.TEMPLATES,
    # twenty-first batch (sites21.toml)
    **scams21.TEMPLATES,
    **legit21.TEMPLATES,
    # twenty-second batch (sites22.toml)
    **scams22.TEMPLATES,
    **legit22.TEMPLATES,
    # twenty-third batch (sites23.toml)
    **scams23.TEMPLATES,
    **legit23.TEMPLATES,
    # twenty-fourth batch (sites24.toml)
    **scams24.TEMPLATES,
    **legit24.TEMPLATES,
    # twenty-fifth batch (sites25.toml)
    **scams25.TEMPLATES,
    **legit25.TEMPLATES,
    # twenty-sixth batch (sites26.toml)
    **scams26.TEMPLATES,
    **legit26.TEMPLATES,
    # twenty-seventh batch (sites27.toml)
    **scams27.TEMPLATES,
    **legit27.TEMPLATES,
    # twenty-eighth batch (sites28.toml)
    **scams28.TEMPLATES,
    **legit28.TEMPLATES,
    # twenty-ninth batch (sites29.toml)
    **scams29.TEMPLATES,
    **legit29.TEMPLATES,
    # thirtieth batch (sites30.toml)
    **scams30.TEMPLATES,
    **legit30.TEMPLATES,
    # thirty-first batch (sites31.toml)
    **scams31.TEMPLATES,
    **legit31.TEMPLATES,
}


@dataclass(frozen=True)
class _Body:
    """A page's bytes; a callable so Page.render can be handed it directly."""

    data: bytes

    def __call__(self) -> bytes:
        return self.data


def seed_of(text: str) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)


def site_domain(host: str) -> str:
    """The registered domain, or the whole platform subdomain on free hosting."""
    if platform_of(host) is not None:
        return host
    found = registered_domain(host)
    if found is None:
        raise ValueError(f"{host} has no registered domain")
    return found.domain


def _alias(host: str, domain: str) -> tuple[str, ...]:
    """The other name a site answers on: the bare domain beside www, or www beside it."""
    if host == domain and platform_of(host) is None:
        return (f"www.{host}",)
    if host == f"www.{domain}":
        return (domain,)
    return ()


def _pages(drafts: Drafts) -> dict[str, Page]:
    return {
        path: Page(
            path,
            CONTENT_TYPE,
            200,
            (),
            _Body(html.encode("utf-8")),
            tuple(sheet.phones),
            tuple(sheet.offered),
            tuple(sorted(sheet.brands)),
        )
        for path, (html, sheet) in drafts.items()
    }


def build_site(spec: Spec, today: date) -> Site:
    template = TEMPLATES.get(spec.template)
    if template is None:
        raise ValueError(f"{spec.host}: unknown template {spec.template!r}")
    pages = _pages(template(spec, Random(f"{SEED_TEXT}|{spec.host}")))
    offered = list(dict.fromkeys(n for page in pages.values() for n in page.offered))
    if set(offered) != set(spec.phones):
        raise ValueError(f"{spec.host}: pages offer {offered}, spec says {list(spec.phones)}")
    domain = site_domain(spec.host)
    hosts = (spec.host, *spec.extra_hosts, *_alias(spec.host, domain))
    label = "scam" if spec.category in SCAM_CATEGORIES else "legit"
    return Site(
        domain=domain,
        hosts=hosts,
        label=label,
        category=spec.category,
        brands=tuple(sorted(spec.brands)),
        phones=tuple(offered),
        template=spec.template,
        campaign=spec.campaign,
        registration=record(domain, spec.reg, today),
        queries=spec.queries,
        keywords=(),
        pages=pages,
        landing=next((path for path in pages if path.startswith("/?")), "/"),
        batch=spec.batch,
    )


def load_heldout(today: date | None = None) -> Scenario:
    """The held-out evaluation web, deterministic for a given day."""
    day = today or date.today()
    sites = [build_site(spec, day) for spec in all_specs()]
    return Scenario(
        seed_of(SEED_TEXT), day.isoformat(), sites, rdap_excluded_tlds=(), source=Path(__file__)
    )
