"""Scrapy settings for nephelpdesk.

Politeness, robots.txt and size limits are here; every value can be overridden per run
with `scrapy crawl ... -s NAME=VALUE` or in the environment as NEPHELPDESK_<NAME>
(see README, Configuration).
"""

from __future__ import annotations

import os

BOT_NAME = "nephelpdesk"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Scam sites show a harmless page to crawlers, so fetch as a desktop browser would.
USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "nl-NL,nl;q=0.9,en;q=0.8",
}

# robots.txt: off by default. The crawl collects evidence of fraud on pages the public
# is shown; a scam site's robots.txt is not a consent mechanism we honour. Set
# NEPHELPDESK_ROBOTSTXT_OBEY=1 to obey it (e.g. for a research deployment).
ROBOTSTXT_OBEY = os.environ.get("NEPHELPDESK_ROBOTSTXT_OBEY", "0") == "1"

# Politeness
CONCURRENT_REQUESTS = int(os.environ.get("NEPHELPDESK_CONCURRENT_REQUESTS", "32"))
CONCURRENT_REQUESTS_PER_DOMAIN = int(os.environ.get("NEPHELPDESK_CONCURRENT_PER_DOMAIN", "2"))
DOWNLOAD_DELAY = float(os.environ.get("NEPHELPDESK_DOWNLOAD_DELAY", "0.25"))
AUTOTHROTTLE_ENABLED = os.environ.get("NEPHELPDESK_AUTOTHROTTLE", "1") == "1"
AUTOTHROTTLE_START_DELAY = DOWNLOAD_DELAY
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Hostile servers: bounded time and size.
DOWNLOAD_TIMEOUT = int(os.environ.get("NEPHELPDESK_DOWNLOAD_TIMEOUT", "20"))
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 8
RETRY_TIMES = 2
DEPTH_LIMIT = 3
URLLENGTH_LIMIT = 1024

COOKIES_ENABLED = False  # also keeps Scrapy's cookie middleware off the suffix list
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("NEPHELPDESK_LOG_LEVEL", "INFO")

# Keep non-2xx pages: a fake helpdesk answering 403/503 to crawlers is evidence too.
HTTPERROR_ALLOW_ALL = True

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ssrf.SsrfMiddleware": 50,
}
ITEM_PIPELINES = {
    "crawler.pipelines.extract.ExtractPipeline": 300,
    "crawler.pipelines.store.StorePipeline": 400,
    # After the store: fills in the stored page's server IP without holding items back.
    "crawler.pipelines.serverip.ServerIpPipeline": 450,
    "crawler.pipelines.pivot.PivotPipeline": 500,
}
NEPHELPDESK_COMMIT_EVERY = 50
NEPHELPDESK_PIVOT_MAX = int(os.environ.get("NEPHELPDESK_PIVOT_MAX", "50"))

EXTENSIONS = {
    "crawler.extensions.progress.Progress": 500,
}
NEPHELPDESK_PROGRESS_INTERVAL = float(os.environ.get("NEPHELPDESK_PROGRESS_INTERVAL", "60"))
