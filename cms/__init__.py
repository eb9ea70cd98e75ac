"""The Wagtail site: home, fairs, area pages and news."""
