"""The held-out evaluation web: sites nobody tuned rules or extractors on.

Written independently of the development sandbox (its own templates, phrasing, number
formatting and domain patterns) so accuracy measured here says how the detector does
on material it has not seen. Rule and extractor authors must not read this package.

    from crawler.sandbox.heldout import load_heldout
    scenario = load_heldout()          # a crawler.sandbox.model.Scenario
"""

from crawler.sandbox.heldout.build import load_heldout

__all__ = ["load_heldout"]
