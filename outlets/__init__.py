"""Sales points (điểm giới thiệu và bán sản phẩm OCOP): Wagtail page, Oscar partner, stock desk."""
