"""Settings for the test suite: the real settings, with test-only speed-ups and a private media folder."""

import tempfile

from marketplace.settings import *  # noqa: F403

MEDIA_ROOT = tempfile.mkdtemp(prefix="ocop-test-media-")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_TASK_ALWAYS_EAGER = True
# The page cache is tested on its own (tests/storefront_cache); elsewhere a rolled-back test's page
# could be served to the next test.
OCOP_PAGE_CACHE_SECONDS = 0
