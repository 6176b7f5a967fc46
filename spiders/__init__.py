"""Scrapy spiders: thin adapters from Scrapy responses to archiver's parsers and items."""
