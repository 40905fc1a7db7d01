"""The few exceptions nephelpdesk raises on purpose.

Each becomes one clear line at the CLI edge (nephelpdesk.cli), never a traceback.
"""

# Exit code of the crawl child process when the store refused a write (disk full,
# read-only): the orchestrator stops the whole run with a StoreError.
STORE_ERROR_EXIT = 3


class NephelpdeskError(Exception):
    """Base class: a problem the user can fix, shown as one line by the CLI."""


class ConfigError(NephelpdeskError):
    """Raised when a configuration or data file (rules, scenario, queries) is invalid.

    The message names the file and the key at fault.
    """


class StoreError(NephelpdeskError):
    """Raised when the SQLite store cannot be opened or written (read-only, disk full,
    not a database)."""


class LookupFailed(NephelpdeskError):
    """Raised by registration lookups when no server gave a usable answer; `reason` says
    why (timeout, rate limited, unknown TLD, unparseable)."""

    def __init__(self, domain: str, reason: str) -> None:
        super().__init__(f"no registration data for {domain}: {reason}")
        self.domain = domain
        self.reason = reason


class BadUrl(NephelpdeskError):
    """Raised at the CLI edge (core.urls.checked_url) when a URL or domain typed by
    the user cannot be fetched as given: no http(s) scheme, a bad host or port, spaces.

    The message quotes the input and says what is wrong with it.
    """
