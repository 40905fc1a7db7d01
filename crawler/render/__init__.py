"""The render stage: suspect pages opened in headless Chromium (Debian's, or the one
NEPHELPDESK_BROWSER names), isolated behind the crawl's SSRF guard and proxy.

It keeps a full-page screenshot and the DOM after scripts ran as evidence, extracts the
rendered DOM like any page (numbers assembled by JavaScript then reach scoring) and
records what the page did in the browser (full-screen requests, beforeunload, alert
loops, autoplay audio...) in the extractor's `locker_behaviours` vocabulary.
"""
