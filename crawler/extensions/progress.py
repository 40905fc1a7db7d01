"""Crawl progress: a live line at a terminal, a plain log line now and then under cron.

At a terminal (stderr is a TTY) the line is redrawn every second; otherwise one log line
every NEPHELPDESK_PROGRESS_INTERVAL seconds (60), which reads well in cron mail and journald.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)

SHOWN = (
    ("requests", "downloader/request_count"),
    ("hits", "nephelpdesk/hits_stored"),
    ("pages", "nephelpdesk/pages_stored"),
    ("pivots", "nephelpdesk/pivots_queued"),
    ("refused", "nephelpdesk/ssrf_blocked"),
)


class Progress:
    def __init__(self, crawler: Crawler, interval: float, tty: bool) -> None:
        self.crawler = crawler
        self.interval = interval
        self.tty = tty
        self.ticker: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("NEPHELPDESK_PROGRESS_INTERVAL", 60.0)
        if interval <= 0:
            raise NotConfigured("progress display is off")
        tty = sys.stderr.isatty()
        ext = cls(crawler, 1.0 if tty else interval, tty)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def line(self) -> str:
        stats: Any = self.crawler.stats
        errors = sum(
            v for k, v in stats.get_stats().items()
            if k.startswith("nephelpdesk/fetch_errors/") and isinstance(v, int)
        )
        parts = [f"{name} {stats.get_value(key, 0)}" for name, key in SHOWN]
        return "crawl: " + " | ".join(parts + [f"errors {errors}"])

    def show(self) -> None:
        if self.tty:
            sys.stderr.write("\r" + self.line() + "\033[K")
            sys.stderr.flush()
        else:
            logger.info(self.line())

    def opened(self, spider: Any) -> None:
        self.ticker = task.LoopingCall(self.show)
        self.ticker.start(self.interval, now=False)

    def closed(self, spider: Any, reason: str) -> None:
        if self.ticker is not None and self.ticker.running:
            self.ticker.stop()
        if self.tty:
            sys.stderr.write("\r" + self.line() + "\033[K\n")
