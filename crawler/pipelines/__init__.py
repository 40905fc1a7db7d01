"""Item pipelines, one concern each, registered in crawler.settings with gaps of 100."""
