"""The allow-list sanitiser for user-written rich text (nh3), used on save and on render.

Three variants of one allow-list, so what survives is the same everywhere:

- ``sanitise_html``: rich text shown on the storefront as typed (product description and
  story, producer story, flat pages): paragraphs, h2–h4, lists, bold/italic, links, quotes.
- ``sanitise_wagtail_html``: Wagtail's *stored* rich-text format, which also carries page and
  document links (``<a linktype="page" id="3">``) and images (``<embed embedtype="image" …/>``)
  by id; Wagtail expands them on render.
- ``sanitise_rendered_html``: the HTML Wagtail's expansion produced (adds the images' ``<img>``).
- ``sanitise_message_html``: flash messages that Oscar's and our views render from templates
  (tagged "safe"): those formats plus buttons and the one-field POST forms of "Undo" links.

Everything else (scripts, event handlers, styles, iframes, ``javascript:`` URLs) is dropped;
the text inside a removed tag stays, except inside script/style, whose content goes too.
"""

from __future__ import annotations

import html
import re

import nh3

_TEXT_TAGS = frozenset(
    {"p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "a", "blockquote", "hr"}
)
_BLOCK_TAGS = ("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote")
_BLOCK_START = re.compile(r"<(?:{})\b".format("|".join(_BLOCK_TAGS)))
# Relative URLs pass through; absolute ones only with these schemes.
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
LINK_REL = "noopener noreferrer nofollow"

# The Draftail features the editors get (settings.WAGTAILADMIN_RICH_TEXT_EDITORS): all of them
# write tags this allow-list keeps, so nothing an editor can do is lost on save.
WAGTAIL_RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "hr",
    "link",
    "document-link",
    "image",
]
_LINK_TYPES = frozenset({"page", "document"})
_IMAGE_FORMATS = frozenset({"left", "right", "fullwidth"})
_DIGITS = re.compile(r"\d{1,18}")
# Draftail's block keys (``data-block-key="a1b2c"``) anchor comments to paragraphs: keep them.
_BLOCK_KEY = re.compile(r"[0-9a-zA-Z]{1,12}")
# Opening <a> and <embed> tags in nh3's output (text has its ``<`` escaped, attribute values are
# double-quoted), to finish what an allow-list cannot say: see ``_finish_wagtail_tag``.
_WAGTAIL_TAG = re.compile(r'<(a|embed|br|hr)\b((?:[^>"]|"[^"]*")*)>')
_LINKTYPE = re.compile(r' linktype="[^"]*"')


def _wagtail_attribute(tag: str, name: str, value: str) -> str | None:
    """Ids must be numbers (a page id such as "abc" would crash the expansion), keys short words."""
    if name == "id":
        return value if _DIGITS.fullmatch(value) else None
    if name == "data-block-key":
        return value if _BLOCK_KEY.fullmatch(value) else None
    return value


_text_cleaner = nh3.Cleaner(
    tags=set(_TEXT_TAGS),
    attributes={"a": {"href"}},
    url_schemes=set(URL_SCHEMES),
    link_rel=LINK_REL,
)

_wagtail_cleaner = nh3.Cleaner(
    tags=set(_TEXT_TAGS) | {"embed"},
    attributes={
        "a": {"href", "id"},
        "embed": {"id", "alt"},
        **{tag: {"data-block-key"} for tag in _BLOCK_TAGS},
    },
    tag_attribute_values={
        "a": {"linktype": set(_LINK_TYPES)},
        "embed": {"embedtype": {"image"}, "format": set(_IMAGE_FORMATS)},
    },
    attribute_filter=_wagtail_attribute,
    url_schemes=set(URL_SCHEMES),
    # The stored format keeps only what the editor wrote; rel is added on render.
    link_rel=None,
)

_rendered_cleaner = nh3.Cleaner(
    tags=set(_TEXT_TAGS) | {"img"},
    attributes={"a": {"href"}, "img": {"src", "alt", "width", "height"}},
    allowed_classes={"img": {"richtext-image", "left", "right", "full-width"}},
    url_schemes=set(URL_SCHEMES),
    link_rel=LINK_REL,
)

# Messages are rendered by server templates (user text in them is already escaped); the cleaner
# is the second line of defence, so a template that forgets escaping cannot put a script there.
_message_cleaner = nh3.Cleaner(
    tags=set(_TEXT_TAGS) | {"form", "input", "button", "span"},
    attributes={
        "a": {"href", "class"},
        "form": {"method", "action", "class"},
        "input": {"name", "value"},
        "button": {"type", "class"},
        "span": {"class"},
    },
    tag_attribute_values={"input": {"type": {"hidden"}}},
    url_schemes=set(URL_SCHEMES),
    link_rel=None,
)
# nh3 drops a refused type="text" but keeps the <input>, which is then a text field: drop it.
_VISIBLE_INPUT = re.compile(r'<input\b(?![^>]* type="hidden")[^>]*>')


def sanitise_html(text: str | None) -> str:
    """User-written rich text reduced to the storefront's allow-list."""
    if not text:
        return ""
    return _text_cleaner.clean(str(text))


def sanitise_wagtail_html(text: str | None) -> str:
    """Wagtail's stored rich text reduced to the allow-list, page/document links and images kept."""
    if not text:
        return ""
    return _WAGTAIL_TAG.sub(_finish_wagtail_tag, _wagtail_cleaner.clean(str(text)))


def _finish_wagtail_tag(match: re.Match[str]) -> str:
    """Tags as Wagtail's rewriter needs them, or not at all.

    A page/document link whose id was refused becomes a plain link (Wagtail would fail on it).
    Void elements are written ``<br/>``, ``<embed …/>`` as Wagtail does: nh3 writes ``<br>``,
    which Wagtail's editor cannot load, and ``<embed …>``, which its rewriter does not find. An
    embed whose type or id was refused is dropped.
    """
    tag, attributes = match.groups()
    if tag in ("br", "hr"):
        return f"<{tag}/>"
    has_id = ' id="' in attributes
    if tag == "a":
        return f"<a{attributes if has_id else _LINKTYPE.sub('', attributes)}>"
    return f"<embed{attributes}/>" if has_id and ' embedtype="' in attributes else ""


def sanitise_rendered_html(text: str | None) -> str:
    """HTML produced by Wagtail's rich-text expansion, reduced to the allow-list plus images."""
    if not text:
        return ""
    return _rendered_cleaner.clean(str(text))


def sanitise_message_html(text: str | None) -> str:
    """A flash message tagged "safe", reduced to text formatting, links and small POST forms."""
    if not text:
        return ""
    return _VISIBLE_INPUT.sub("", _message_cleaner.clean(str(text)))


def has_blocks(text: str) -> bool:
    """Whether sanitised rich text has paragraphs of its own (else it is plain text with newlines)."""
    return _BLOCK_START.search(text) is not None


def html_to_text(text: str | None) -> str:
    """The words of an HTML fragment on one line, entities decoded: for meta tags, JSON-LD, feeds."""
    if not text:
        return ""
    spaced = re.sub(r"<(?:/p|br\s*/?|/li|/h\d|/blockquote)>", " ", str(text))
    return " ".join(html.unescape(nh3.clean(spaced, tags=set())).split())
