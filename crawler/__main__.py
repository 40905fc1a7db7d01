"""`python -m crawler` is the `nephelpdesk` command."""

from crawler.cli import main

main()
