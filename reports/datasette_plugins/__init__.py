"""Datasette plugins that `nephelpdesk explore` loads with `--plugins-dir` (this folder)."""
