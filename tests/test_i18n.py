"""The Vietnamese catalogue: complete, compiled, and what a shopper reads by default.

The site is Vietnamese first: our msgids are English and locale/vi/LC_MESSAGES/django.po
translates every one of them. Both the .po and the compiled .mo are committed, so a fresh
machine without gettext still serves Vietnamese; these tests catch a forgotten translation or
a forgotten `make messages`.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import oscar
import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client

from tests.i18n import speak
from themes.oscar_msgids import OSCAR_MSGIDS

CATALOGUE_DIR = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES"
PO = CATALOGUE_DIR / "django.po"
MO = CATALOGUE_DIR / "django.mo"
OSCAR_PO = Path(oscar.__file__).parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def load_po(path: Path) -> Catalog:
    with path.open("rb") as po_file:
        return read_po(po_file, locale="vi")


def as_text(msgid: str | tuple[str, ...]) -> str:
    return msgid[0] if isinstance(msgid, tuple) else msgid


def translations_of(catalog: Catalog) -> dict[object, str]:
    """The entries as gettext's GNUTranslations keys them: msgid, or (msgid, 0) for plurals."""
    entries: dict[object, str] = {}
    for message in catalog:
        if not message.id:
            continue
        prefix = f"{message.context}\x04" if message.context else ""
        if isinstance(message.id, tuple):
            entries[(prefix + message.id[0], 0)] = message.string[0]
        else:
            entries[prefix + message.id] = message.string
    return entries


# --- The catalogue ------------------------------------------------------------


def test_every_entry_of_the_vietnamese_catalogue_is_translated() -> None:
    catalog = load_po(PO)
    assert catalog.num_plurals == 1, "Vietnamese has one plural form: nplurals=1; plural=0;"

    empty, fuzzy = [], []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(s.strip() for s in strings):
            empty.append(as_text(message.id))
        if message.fuzzy:
            fuzzy.append(as_text(message.id))

    assert not empty, "Untranslated entries in django.po:\n" + "\n".join(map(repr, empty))
    assert not fuzzy, "Fuzzy entries in django.po (check, then drop the flag):\n" + "\n".join(
        map(repr, fuzzy)
    )
    assert not catalog.fuzzy, "The header of django.po is marked fuzzy"


def test_compiled_catalogue_is_up_to_date_with_the_po() -> None:
    with MO.open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)._catalog  # what Django will serve
    compiled = {key: value for key, value in compiled.items() if key != ""}
    expected = translations_of(load_po(PO))

    missing = sorted(str(key) for key in expected.keys() - compiled.keys())
    stale = sorted(str(key) for key in expected.keys() & compiled.keys() if compiled[key] != expected[key])
    extra = sorted(str(key) for key in compiled.keys() - expected.keys())
    assert not (missing or stale or extra), (
        "django.mo does not match django.po: run `make messages` and commit the .mo.\n"
        f"missing: {missing[:10]}\nchanged: {stale[:10]}\nnot in the .po: {extra[:10]}"
    )


def test_oscar_strings_we_retranslate_are_still_oscars() -> None:
    """An Oscar upgrade that reworded one of them would silently bring back its old Vietnamese."""
    oscar_msgids = {as_text(message.id) for message in load_po(OSCAR_PO) if message.id}
    gone = [msgid for msgid in OSCAR_MSGIDS if msgid not in oscar_msgids]
    assert not gone, "No longer Oscar msgids (update themes/oscar_msgids.py):\n" + "\n".join(map(repr, gone))


# --- What a shopper reads ---------------------------------------------------------


def page(client: Client, url: str, **headers: str) -> BeautifulSoup:
    response = client.get(url, follow=True, headers=headers)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return BeautifulSoup(response.content.decode(), "html.parser")


def search_box(soup: BeautifulSoup) -> tuple[str, str]:
    """The header search box's label and placeholder."""
    field = soup.select_one("form[role=search] input[name=q]")
    label = soup.select_one(f"label[for={field['id']}]")
    return label.get_text(strip=True), field["placeholder"]


def footer_trust_line(soup: BeautifulSoup) -> str:
    return " ".join(soup.select_one("footer").get_text(" ", strip=True).split())


VIETNAMESE = {
    "label": "Tìm sản phẩm",
    "placeholder": "Tìm: chè, mật ong, rượu…",
    "trust": "Chỉ những sản phẩm có giấy chứng nhận OCOP còn hiệu lực hôm nay mới được bán tại đây.",
}
ENGLISH = {
    "label": "Search products",
    "placeholder": "Search: tea, honey, rice wine…",
    "trust": "Only products whose OCOP certificate is valid today are sold here.",
}


@pytest.mark.parametrize("url", ["/", "/shop/catalogue/"])
def test_pages_speak_vietnamese_by_default_even_to_an_english_browser(
    client: Client, db: None, url: str
) -> None:
    soup = page(client, url, accept_language="en-US,en;q=0.9")

    assert soup.html["lang"] == "vi"
    assert search_box(soup) == (VIETNAMESE["label"], VIETNAMESE["placeholder"])
    assert VIETNAMESE["trust"] in footer_trust_line(soup)
    assert ENGLISH["trust"] not in footer_trust_line(soup)


@pytest.mark.parametrize("url", ["/", "/shop/catalogue/"])
def test_pages_speak_english_once_the_visitor_chose_it(client: Client, db: None, url: str) -> None:
    soup = page(speak(client, "en"), url)

    assert soup.html["lang"] == "en"
    assert search_box(soup) == (ENGLISH["label"], ENGLISH["placeholder"])
    assert ENGLISH["trust"] in footer_trust_line(soup)


def test_empty_shop_says_so_in_vietnamese(client: Client, db: None) -> None:
    text = page(client, "/shop/catalogue/").get_text(" ", strip=True)
    assert "Không tìm thấy sản phẩm được chứng nhận nào." in text


def test_product_card_uses_our_wording_over_oscars(client: Client, certified_product) -> None:
    """Our catalogue wins over Oscar's: "In stock" reads "Còn hàng", not Oscar's "Trong kho"."""
    certified_product(title="Chè Shan tuyết Mộc Châu", num_in_stock=5)

    card = page(client, "/shop/catalogue/").select_one(".ocop-card")
    text = card.get_text(" ", strip=True)
    assert "Chè Shan tuyết Mộc Châu" in text
    assert "Còn hàng" in text
    assert "Trong kho" not in text
    assert card.select_one("button[type=submit]").get_text(" ", strip=True).startswith("Thêm vào giỏ hàng")
