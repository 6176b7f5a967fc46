"""Text and HTML for people: the CLI's text, the HTML diff and the HTML report (no Scrapy, no writes)."""
