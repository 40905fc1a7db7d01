"""`python -m nephelpdesk` is the `nephelpdesk` command."""

from nephelpdesk.cli import main

main()
