"""The ground floor: clock, errors, domains, evidence, the SQLite store, backup, the
rate limiter, the fetch guard and the CLI kit. It imports no other package of ours
(see ARCHITECTURE.md)."""
