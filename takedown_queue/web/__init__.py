"""The review web UI (Flask, server-rendered); see app.py."""
