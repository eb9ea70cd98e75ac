"""Pages of the Wagtail site: home, fairs and news."""

from cms.models.fairs import FairGalleryImage, FairIndexPage, FairPage, FairProducer, FairProduct
from cms.models.home import HomePage
from cms.models.news import NewsIndexPage, NewsPage

__all__ = [
    "FairGalleryImage",
    "FairIndexPage",
    "FairPage",
    "FairProducer",
    "FairProduct",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
]
