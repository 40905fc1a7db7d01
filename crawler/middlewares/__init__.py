"""Downloader middlewares of nephelpdesk, one concern a file."""
