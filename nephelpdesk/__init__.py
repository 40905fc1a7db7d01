"""The application shell: the `nephelpdesk` command, the nightly run, the crawl process,
the demo and the sandbox wiring. Nothing imports it (see ARCHITECTURE.md)."""
