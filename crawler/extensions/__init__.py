"""Scrapy extensions of nephelpdesk, one concern a file."""
