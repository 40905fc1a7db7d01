"""nephelpdesk's spiders: thin, parsing only. Pipelines store; nothing here writes."""
