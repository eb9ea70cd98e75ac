"""Settings of the OCOP marketplace.

Every setting comes from the environment and has an embedded default, so that
``make run`` works on a fresh machine (SQLite, eager Celery tasks, database
search, bundled demo registry data) and ``docker compose up`` runs the full
stack. ``DJANGO_ENV=production`` turns on the hardened defaults.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's documented way to start its settings)

from marketplace.safety import html as _safe_html

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DJANGO_ENV = env.str("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"

DEBUG = env.bool("DEBUG", default=not PRODUCTION)
SECRET_KEY = env.str(
    "SECRET_KEY",
    default="" if PRODUCTION else "dev-only-insecure-key-change-me-0c0p-marketplace-embedded",
)
if PRODUCTION and not SECRET_KEY:
    raise environ.ImproperlyConfigured("SECRET_KEY must be set when DJANGO_ENV=production")
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# --- Applications -----------------------------------------------------------

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "axes",  # login throttling (marketplace/safety/logins.py)
    # Our apps come before Oscar's and Wagtail's so our templates win.
    "themes.apps.ThemesConfig",
    "marketplace.areas.apps.AreasConfig",
    "marketplace.producers.apps.ProducersConfig",
    "marketplace.channels.apps.ChannelsConfig",
    "outlets.apps.OutletsConfig",
    "cms.apps.CmsConfig",
    "marketplace.demo.apps.DemoConfig",  # manage.py load_demo: fills every app
    "marketplace.payments.apps.PaymentsConfig",  # Stripe card payments (PaymentIntents, webhook, refunds)
    # Oscar, with the apps we fork replaced by ours.
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "marketplace.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "marketplace.shipping.apps.ShippingConfig",
    "catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "marketplace.partner.apps.PartnerConfig",
    "marketplace.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "marketplace.order.apps.OrderConfig",
    "marketplace.customer.apps.CustomerConfig",  # POST-only writes, registration without account enumeration
    "marketplace.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "marketplace.dashboard.apps.DashboardConfig",  # fork: home of the dashboard sub-app forks
    "marketplace.dashboard.reports.apps.ReportsDashboardConfig",  # fork: formula-safe CSV
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "marketplace.dashboard.orders.apps.OrdersDashboardConfig",  # fork: staff only, formula-safe CSV
    "marketplace.dashboard.catalogue.apps.CatalogueDashboardConfig",  # fork: staff only, certified kept
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "marketplace.dashboard.partners.apps.PartnersDashboardConfig",  # partner user link: POST only
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "marketplace.dashboard.ranges.apps.RangesDashboardConfig",  # the spreadsheet caps on its SKU file
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    # Oscar's dependencies.
    "widget_tweaks",
    "haystack",
    "treebeard",
    "sorl.thumbnail",
    "django_tables2",
    # Wagtail.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "marketplace.locale.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as axes documents: turns a locked-out login into the "sign-in paused" page.
    "axes.middleware.AxesMiddleware",
]

if not DEBUG:
    # WhiteNoise serves the collected static files when no front server does; in DEBUG, runserver does.
    MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")

ROOT_URLCONF = "marketplace.urls"
WSGI_APPLICATION = "marketplace.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "themes" / "default" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.template.context_processors.i18n",
                "django.contrib.messages.context_processors.messages",
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                "wagtail.contrib.settings.context_processors.settings",
                "themes.context_processors.site_chrome",
            ],
        },
    }
]

# --- Data ------------------------------------------------------------------

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60 if PRODUCTION else 0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dev server read while a sync writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://ocop-marketplace"),
}
# Anonymous full-page cache of the storefront (catalogue/pagecache.py), in seconds; 0 turns it off.
# Entries never outlive midnight in Vietnam and are dropped by any catalogue write. Off in DEBUG,
# and off by default with a per-process cache: a write seen by one process must reach them all.
OCOP_PAGE_CACHE_SECONDS = env.int(
    "OCOP_PAGE_CACHE_SECONDS",
    default=0 if DEBUG or CACHES["default"]["BACKEND"].endswith("LocMemCache") else 300,
)

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out account or address before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "oscar.apps.customer.auth_backends.EmailBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The storefront's sign-in: Django's default /accounts/login/ does not exist here.
LOGIN_URL = "customer:login"
LOGIN_REDIRECT_URL = "/shop/accounts/"
# Admin messages stay in the admins: public pages never show them (cms/messages.py).
MESSAGE_STORAGE = "cms.messages.SeparateBackOfficeStorage"

# --- Language, time, money --------------------------------------------------

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

OSCAR_DEFAULT_CURRENCY = "VND"
# Whole đồng, Vietnamese grouping, whatever the shopper's language: "150.000 ₫".
OSCAR_CURRENCY_FORMAT = {"VND": {"locale": "vi_VN", "format": "#,##0\xa0¤", "currency_digits": False}}

# --- Static and media -------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "themes" / "default" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# --- Upload caps (marketplace/safety), checked before anything parses a file ------------------
# Spreadsheets (every CSV/XLSX upload and `sync_registry --file`): marketplace/safety/spreadsheets.py
OCOP_UPLOAD_MAX_BYTES = env.int("OCOP_UPLOAD_MAX_BYTES", default=20 * 1024 * 1024)
OCOP_SPREADSHEET_MAX_UNCOMPRESSED_BYTES = env.int(
    "OCOP_SPREADSHEET_MAX_UNCOMPRESSED_BYTES", default=100 * 1024 * 1024
)
OCOP_SPREADSHEET_MAX_RATIO = env.int("OCOP_SPREADSHEET_MAX_RATIO", default=100)
OCOP_SPREADSHEET_MAX_ROWS = env.int("OCOP_SPREADSHEET_MAX_ROWS", default=50_000)
OCOP_SPREADSHEET_MAX_COLUMNS = env.int("OCOP_SPREADSHEET_MAX_COLUMNS", default=200)
OCOP_SPREADSHEET_MAX_SHARED_STRINGS = env.int("OCOP_SPREADSHEET_MAX_SHARED_STRINGS", default=500_000)
OCOP_SPREADSHEET_MAX_CELL_CHARS = env.int("OCOP_SPREADSHEET_MAX_CELL_CHARS", default=32_767)
# Images (Oscar product images, Wagtail images, every ImageField): marketplace/safety/images.py
OCOP_IMAGE_MAX_BYTES = env.int("OCOP_IMAGE_MAX_BYTES", default=10 * 1024 * 1024)
OCOP_IMAGE_MAX_PIXELS = env.int("OCOP_IMAGE_MAX_PIXELS", default=40_000_000)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = OCOP_IMAGE_MAX_BYTES
WAGTAILIMAGES_MAX_IMAGE_PIXELS = OCOP_IMAGE_MAX_PIXELS
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]  # the formats re-encoded without EXIF
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.SafeImageForm"

# --- Email ------------------------------------------------------------------

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="OCOP <no-reply@ocop.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks -------------------------------------------------------

CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
# No broker: run tasks in-process, so the embedded default needs no Redis.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BEAT_SCHEDULE: dict = {}  # filled by the apps' celery_schedule() in marketplace.celery
# Registry mirror (catalogue): pull the registry at night, then tell producers what expires.
CELERY_BEAT_SCHEDULE["catalogue-sync-registry"] = {
    "task": "catalogue.tasks.sync_registry",
    "schedule": crontab(hour=2, minute=0),  # CELERY_TIMEZONE: 02:00 Vietnam time
}
# Search: just after midnight, index the products whose certificate starts today
# (expiries need no job: every query filters on today's date).
CELERY_BEAT_SCHEDULE["search-refresh-validity"] = {
    "task": "search.refresh_validity",
    "schedule": crontab(hour=0, minute=5),
}
CELERY_BEAT_SCHEDULE["catalogue-certificate-notices"] = {
    "task": "catalogue.tasks.send_certificate_notices",
    "schedule": crontab(hour=7, minute=0),
}
# Wagtail scheduled publishing and expiry (cms): fairs and news go live on the minute.
CELERY_BEAT_SCHEDULE["cms-publish-scheduled"] = {
    "task": "cms.tasks.publish_scheduled",
    "schedule": crontab(),  # every minute
}

# --- Search -----------------------------------------------------------------

ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env.str("ELASTICSEARCH_INDEX_PREFIX", default="ocop")
# Oscar 4.2 still imports haystack: give it the simple engine and no signal work.
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# --- Payments -------------------------------------------------------------------

STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default="")
STRIPE_PUBLISHABLE_KEY = env.str("STRIPE_PUBLISHABLE_KEY", default="")
STRIPE_WEBHOOK_SECRET = env.str("STRIPE_WEBHOOK_SECRET", default="")
STRIPE_API_BASE = env.str("STRIPE_API_BASE", default="")  # localstripe in tests
CARD_PAYMENTS_ENABLED = bool(STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY)
# Stripe.js, the only script a page loads from outside (tests: localstripe's mock of it).
STRIPE_JS_URL = env.str("STRIPE_JS_URL", default="https://js.stripe.com/v3/")

# --- OCOP registry ----------------------------------------------------------

OCOP_REGISTRY_URL = env.str("OCOP_REGISTRY_URL", default="")
OCOP_REGISTRY_TOKEN = env.str("OCOP_REGISTRY_TOKEN", default="")
OCOP_REGISTRY_TIMEOUT = env.float("OCOP_REGISTRY_TIMEOUT", default=20.0)
OCOP_REGISTRY_RETRIES = env.int("OCOP_REGISTRY_RETRIES", default=3)
OCOP_REGISTRY_BACKOFF = env.float("OCOP_REGISTRY_BACKOFF", default=0.5)  # seconds, doubled per retry
# A full snapshot that would delist more than this share of listed products waits for staff.
OCOP_SYNC_MAX_DELIST_SHARE = env.float("OCOP_SYNC_MAX_DELIST_SHARE", default=0.20)

# Shown in the footer; the trade department's public contact.
OCOP_CONTACT_EMAIL = env.str("OCOP_CONTACT_EMAIL", default="lienhe@ocop.localhost")
OCOP_CONTACT_PHONE = env.str("OCOP_CONTACT_PHONE", default="")

# --- Oscar ------------------------------------------------------------------

OSCAR_SHOP_NAME = "Chợ OCOP"
OSCAR_SHOP_TAGLINE = _("Certified OCOP specialties of Vietnam's provinces")
OSCAR_HOMEPAGE = "/"
OSCAR_ALLOW_ANON_CHECKOUT = True
# Accounts (marketplace/customer): no answer may tell whether an address has an account, so a guest
# may check out with an address that has one (Oscar would say "a user with that email exists").
OSCAR_ALLOW_GUEST_CHECKOUT_WITH_ACCOUNT = True
OSCAR_REQUIRED_ADDRESS_FIELDS = ("first_name", "line1", "line4", "country", "phone_number")
# Order and line statuses (see marketplace/order/statuses.py): pick-up lines go
# Pending → Being prepared → Ready for pick-up → Collected, delivered ones … → Shipped → Completed.
from marketplace.order import statuses as _statuses  # noqa: E402

OSCAR_INITIAL_ORDER_STATUS = OSCAR_INITIAL_LINE_STATUS = _statuses.INITIAL
OSCAR_ORDER_STATUS_PIPELINE = OSCAR_LINE_STATUS_PIPELINE = _statuses.PIPELINE

# Delivery by the producers (marketplace/shipping): a fee per producer shipment, in whole đồng;
# a producer's lines worth at least the threshold ship free with the standard method.
OCOP_SHIPPING_STANDARD_FEE = 30000
OCOP_SHIPPING_FREE_THRESHOLD = 500000
OCOP_SHIPPING_EXPRESS_FEE = 60000
OSCAR_PRODUCTS_PER_PAGE = 24
OSCAR_THUMBNAILER = "oscar.core.thumbnails.SorlThumbnail"
THUMBNAIL_PRESERVE_FORMAT = True
THUMBNAIL_KVSTORE = "sorl.thumbnail.kvstores.cached_db_kvstore.KVStore"

# Oscar's dashboard menu plus the registry pages (catalogue.dashboard): staff see all three,
# a producer's users only their certificates. A new list: Oscar's default stays untouched.
from catalogue.dashboard.access import certificates_menu, staff_menu  # noqa: E402
from outlets.desk.access import desk_menu  # noqa: E402

OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405
    {
        "label": _("OCOP registry"),
        "icon": "fas fa-certificate",
        "children": [
            {"label": _("Syncs"), "url_name": "ocop-dashboard:sync-list", "access_fn": staff_menu},
            {
                "label": _("Expiring certificates"),
                "url_name": "ocop-dashboard:expiring",
                "access_fn": staff_menu,
            },
            {
                "label": _("My certificates"),
                "url_name": "ocop-dashboard:certificate-list",
                "access_fn": certificates_menu,
            },
        ],
    },
    # Sales-point managers' stock desk (outlets/desk): their own points only; staff see all.
    {
        "label": _("Stock desk"),
        "icon": "fas fa-cash-register",
        "url_name": "outlets-desk:index",
        "access_fn": desk_menu,
    },
]

# --- Wagtail ----------------------------------------------------------------

WAGTAIL_SITE_NAME = "Chợ OCOP"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "pdf", "txt", "xlsx"]
WAGTAIL_WORKFLOW_ENABLED = True
# ASCII slugs ("na-ri", not "na-rì"): URLs that survive copy-paste, SMS and QR codes.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# --- Rich text (security, finding 1/12): Draftail that also reads posted HTML (no 500), with
# only the features the sanitiser keeps (marketplace/safety/html.py), for fields and blocks.
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "marketplace.safety.editor.SanitisingDraftailRichTextArea",
        "OPTIONS": {"features": _safe_html.WAGTAIL_RICH_TEXT_FEATURES},
    }
}
# --- end rich text
# The sales-point map's background; points still show when no tile server is reachable.
OUTLETS_MAP_TILE_URL = env.str(
    "OUTLETS_MAP_TILE_URL", default="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
)
OUTLETS_MAP_TILE_ATTRIBUTION = env.str("OUTLETS_MAP_TILE_ATTRIBUTION", default="© OpenStreetMap")

# --- Security -------------------------------------------------------------------

# No page may be framed; Wagtail's preview views set SAMEORIGIN on themselves. Browsers that know
# the CSP follow its frame-ancestors 'self' instead (below); DENY stays for the others (check --deploy).
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True

# --- Content-Security-Policy (django-csp; marketplace/safety/csp.py) ------------------
# Our own origin only; inline scripts need the request's nonce ({{ request.csp_nonce }});
# no plugins, no <base>, framed and posted to by ourselves only. Outside hosts come from the
# settings that use them: Stripe.js (STRIPE_JS_URL) and its frames/API only when card payments are
# configured, the map tiles' host (OUTLETS_MAP_TILE_URL). CSP_REPORT_ONLY=true only reports
# violations (to CSP_REPORT_URI when set) instead of blocking them, to try a change in production.
from marketplace.safety.csp import content_security_policy  # noqa: E402

_csp = content_security_policy(
    card_payments=CARD_PAYMENTS_ENABLED,
    stripe_js_url=STRIPE_JS_URL,
    stripe_api_base=STRIPE_API_BASE,
    map_tile_url=OUTLETS_MAP_TILE_URL,
    report_uri=env.str("CSP_REPORT_URI", default=""),
)
if env.bool("CSP_REPORT_ONLY", default=False):
    CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_REPORT_ONLY = None, _csp
else:
    CONTENT_SECURITY_POLICY = _csp
# Wagtail's admin has the same policy: the inline scripts its widget templates write without the
# request (choosers, inline panels, date pickers: wagtail/wagtail#1288) are inert elements that
# one static script runs instead (cms/admin_init.py).
# Form widgets render through TEMPLATES too, so the theme's widget overrides apply (Oscar's image
# input without inline handlers); Django's own widget templates come from "django.forms".
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
INSTALLED_APPS.append("django.forms")
# Wagtail's admin calls no outside host: its own avatar instead of staff e-mail hashes sent to
# gravatar.com, and no version check against releases.wagtail.org (upgrades follow requirements.txt).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
INSTALLED_APPS.append("csp")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "csp.middleware.CSPMiddleware"
)
# Forwarded headers are trusted only when we run that many reverse proxies in front (0: none,
# gunicorn is reached directly and any client could claim https or another address).
OCOP_TRUSTED_PROXIES = env.int("OCOP_TRUSTED_PROXIES", default=0)
if OCOP_TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Links in e-mails (password reset, orders) take their scheme and host from SITE_URL, never the request.
OSCAR_URL_SCHEMA = urlsplit(SITE_URL).scheme or "https"
if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Login throttling on every login form (storefront, dashboard, Wagtail admin, Django admin), by
# django-axes: after LOGIN_FAILURE_LIMIT failures for one account, or LOGIN_IP_FAILURE_LIMIT from
# one address, sign-in pauses for LOGIN_COOLOFF_MINUTES; a success resets the count. Staff reset
# a lock in Django admin ("Access attempts": delete) or with `manage.py axes_reset_username`.
AXES_ENABLED = env.bool("LOGIN_THROTTLE", default=True)
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
OCOP_LOGIN_IP_FAILURE_LIMIT = env.int("LOGIN_IP_FAILURE_LIMIT", default=20)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # order read by AccountAndAddressHandler
AXES_HANDLER = "marketplace.safety.logins.AccountAndAddressHandler"
AXES_USERNAME_CALLABLE = "marketplace.safety.logins.normalised_username"
AXES_CLIENT_IP_CALLABLE = "marketplace.safety.clients.client_ip"
AXES_LOCKOUT_CALLABLE = "marketplace.safety.logins.lockout_response"
AXES_RESET_ON_SUCCESS = True
# A locked-out attacker's further tries must not push the owner's cool-down further away.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "login-username", "login-password"]  # masked in logs

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per page save or background task drowns the useful ones.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "oscar.alerts": {"level": "WARNING"},
        "axes": {"level": "WARNING"},  # failures and lock-outs only
    },
}
