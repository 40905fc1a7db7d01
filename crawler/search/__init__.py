"""Search backends behind one small interface (see base.py)."""

from crawler.search.base import SearchBackend, SearchHit, SearchPage, backend_for

__all__ = ["SearchBackend", "SearchHit", "SearchPage", "backend_for"]
