"""Discovery: finding candidate scam domains before they rank for a search query.

Certificate transparency logs (ctlog, ctclient, watch), newly registered domain lists
and zone files (feeds) give names; the domain-name rules score them (names); the
suspicious ones go on the crawl list (crawllist) that the next nightly run fetches.
Partner numbers (partners) and query proposals (queries) close the loop the other way.
"""
