"""Pages of the Wagtail site: home, fairs and news, province sections; fair applications."""

from cms.models.fairs import FairGalleryImage, FairIndexPage, FairPage, FairProducer, FairProduct
from cms.models.home import HomePage
from cms.models.news import NewsIndexPage, NewsPage
from cms.models.participation import FairApplication
from cms.models.sections import ProvinceSectionPage

__all__ = [
    "FairApplication",
    "FairGalleryImage",
    "FairIndexPage",
    "FairPage",
    "FairProducer",
    "FairProduct",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "ProvinceSectionPage",
]
