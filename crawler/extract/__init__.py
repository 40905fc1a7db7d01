"""Page extraction, kept out of the spiders and free of Scrapy.

Entry point: crawler.extract.page.extract_page(body, url=..., headers=...). One
concern per module: html (decode, refuse binaries, visible text, links), phones,
brands, terms (helpdesk/warning/business wording), tools (remote-access tools, chat
widgets), language, fingerprint (template SimHash). Word lists and patterns live in
scoring/vocabulary.toml, brands in scoring/brands.toml.
"""
