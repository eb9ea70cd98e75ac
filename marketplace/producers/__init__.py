"""Producer accounts (chủ thể OCOP) and their portal."""
