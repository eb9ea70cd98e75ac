"""Who may do what: the project's permission matrix, one row per URL pattern (or group of them).

Read by ``test_permission_matrix.py``, which walks every URL pattern of ``marketplace.urls``:
a pattern with no row here, and outside every group rule at the bottom, fails the test.

Columns (roles, built in ``world.py``):
    anon     not signed in              shopper  a shopper (shopper A; shopper B owns "B" things)
    prodA    producer A's user          prodB    producer B's user (another producer)
    mgrA     manager of sales point A   mgrB     manager of sales point B
    edA      trade-department editor of province A (Sơn La)     edB   editor of province B (Quảng Nam)
    staff    staff (superuser)

Outcomes:
    ok       2xx                         login    302 to a sign-in page (storefront, dashboard, admin)
    302      a redirect elsewhere        404      refused as "does not exist" (the house rule for
    403      refused as forbidden                 another owner's object)
    405      method not allowed (a GET on a POST-only action)
    302x     refused with a redirect (Wagtail's way): on a POST row, the data must stay unchanged
    410      gone                        a|b      either one

Ids: ``name=key`` fills the URL parameter ``name`` with ``world.ids[key]``; ``'text`` is literal.
Keys ending in A are owned by A (producer A, sales point A, province A's fair, shopper A's
order...), keys ending in B by B; so an A row tests both "own" (the A role) and "another's"
(the B role). ``POST`` rows also name the form (``data=``, in ``states.py``) and the data
checked unchanged when the outcome is a refusal (``state=``).

Oscar's product and order dashboards are staff only (``marketplace/dashboard/permissions.py``):
a product is shared by every partner holding its stock and an order by every producer on it, so
Oscar's partner-scoped pages let one partner edit another's. Producers keep the dashboard's index
and their certificates; managers their desk; producers work on their own listings in the portal
(``/shop/producer/``: a membership's producer only; staff, with no membership, get its 404 too).
"""

# ruff: noqa: E501  (a table reads best one row per line)

from __future__ import annotations

import re
from dataclasses import dataclass

from tests.security.states import FORMS
from tests.security.urlwalk import Pattern

ROLES = ("anon", "shopper", "prodA", "prodB", "mgrA", "mgrB", "edA", "edB", "staff")


@dataclass(frozen=True)
class Row:
    route: str
    name: str | None
    ids: str
    expect: tuple[str, ...]
    method: str = "GET"
    data: str = ""
    state: str = ""
    query: str = ""

    def values(self, ids: dict) -> dict:
        values = {}
        for pair in self.ids.split():
            key, _sep, value = pair.partition("=")
            values[key] = value[1:] if value.startswith("'") else ids[value]
        return values

    def data_for(self, ids: dict) -> dict | None:
        return FORMS[self.data](ids) if self.data else None


ROWS: list[Row] = []


def section(prefix: str, namespace: str, text: str) -> None:
    """Rows ``route | name | ids [data= state= ?query] | one outcome per role``, relative to the section."""
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        route, name, ids, cells = (part.strip() for part in line.split(" | "))
        method = "GET"
        if route.startswith("POST "):
            method, route = "POST", route[5:].strip()
        extra = {"data": "", "state": "", "query": ""}
        kept = []
        for token in ids.split():
            if token.startswith(("data=", "state=")):
                key, _sep, value = token.partition("=")
                extra[key] = value
            elif token.startswith("?"):
                extra["query"] = token[1:]
            elif token != "-":
                kept.append(token)
        expect = tuple(cells.split())
        assert len(expect) == len(ROLES), line
        full_name = None if name == "-" else (f"{namespace}:{name}" if namespace else name)
        full_route = prefix + ("" if route == "." else route)
        ROWS.append(Row(full_route, full_name, " ".join(kept), expect, method, **extra))


def rows_by_key() -> dict[tuple[str, str | None], list[Row]]:
    result: dict[tuple[str, str | None], list[Row]] = {}
    for row in ROWS:
        result.setdefault((row.route, row.name), []).append(row)
    return result


@dataclass(frozen=True)
class Group:
    """One outcome line for many similar third-party patterns (ids: a missing id, or a word)."""

    title: str
    route: str  # a regular expression the full route matches
    name: str  # a regular expression the full name matches ("" for unnamed patterns)
    expect: str

    def covers(self, pattern: Pattern) -> bool:
        return bool(re.match(self.route, pattern.route)) and bool(re.fullmatch(self.name, pattern.name or ""))

    def row_for(self, pattern: Pattern, values: dict) -> Row:
        ids = " ".join(f"{k}='{v}" for k, v in values.items())
        return Row(pattern.route, pattern.name, ids, tuple(self.expect.split()))


def group_for(pattern: Pattern) -> Group | None:
    return next((group for group in GROUPS if group.covers(pattern)), None)


# The table. Rows are aligned by hand: the formatter leaves them alone.
# fmt: off
section("", "", r"""
# route                                                                        | name                                   | ids                                              | anon  shopper prodA prodB mgrA mgrB edA edB staff
i18n/setlang/                                                                  | set_language                           | -                                                | 302   302     302   302   302  302  302 302 302
documents/(\d+)/(.*)$                                                          | wagtaildocs_serve                      | 0=missing 1='x.pdf                               | 404   404     404   404   404  404  404 404 404
documents/authenticate_with_password/<int:restriction_id>/                     | wagtaildocs_authenticate_with_password | restriction_id=missing                           | 404   404     404   404   404  404  404 404 404
sitemap.xml                                                                    | sitemap                                | -                                                | ok    ok      ok    ok    ok   ok   ok  ok  ok
robots.txt                                                                     | -                                      | -                                                | ok    ok      ok    ok    ok   ok   ok  ok  ok
verify/<str:certificate_no>/                                                   | ocop:verify                            | certificate_no=certA_no                          | ok    ok      ok    ok    ok   ok   ok  ok  ok
verify/<str:certificate_no>/qr.svg                                             | ocop:verify-qr                         | certificate_no=certA_no                          | ok    ok      ok    ok    ok   ok   ok  ok  ok
media/<path:path>                                                              | -                                      | path='khong-co.jpg                               | 404   404     404   404   404  404  404 404 404
.                                                                              | -                                      | -                                                | ok    ok      ok    ok    ok   ok   ok  ok  ok
^((?:[\w\-]+/)*[\w\-]+\.ics)$                                                  | cms_page_file                          | 0='hoi-cho/calendar.ics                          | ok    ok      ok    ok    ok   ok   ok  ok  ok
vung/                                                                          | cms_areas                              | -                                                | ok    ok      ok    ok    ok   ok   ok  ok  ok
vung/<slug:province>/                                                          | cms_area_province                      | province=province_slug                           | ok    ok      ok    ok    ok   ok   ok  ok  ok
vung/<slug:province>/<slug:district>/                                          | cms_area_district                      | province=province_slug district=district_slug    | ok    ok      ok    ok    ok   ok   ok  ok  ok
_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/ | wagtailcore_authenticate_with_password | page_view_restriction_id=missing page_id=missing | 404   404     404   404   404  404  404 404 404
_util/login/                                                                   | wagtailcore_login                      | -                                                | ok    ok      ok    ok    ok   ok   ok  ok  ok
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0=fairA_path                                     | ok    ok      ok    ok    ok   ok   ok  ok  ok
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0=fairB_path                                     | ok    ok      ok    ok    ok   ok   ok  ok  ok
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0=fairA_shop                                     | 404   404     404   404   404  404  404 404 404
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0=fairA_apply                                    | login 403     ok    ok    403  403  403 403 403
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0=pointA_path                                    | ok    ok      ok    ok    ok   ok   ok  ok  ok
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0=news_path                                      | ok    ok      ok    ok    ok   ok   ok  ok  ok
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0='hoi-cho/past/                                 | ok    ok      ok    ok    ok   ok   ok  ok  ok
^((?:[\w\-]+/)*)$                                                              | wagtail_serve                          | 0='khong-co-trang-nay/                           | 404   404     404   404   404  404  404 404 404
""")

section("cms-admin/sales_points/", "sales_points", """
# route        | name          | ids | anon  shopper prodA prodB mgrA  mgrB  edA edB staff
.              | index         | - | login login   login login login login ok  ok  ok
results/       | index_results | - | login login   login login login login ok  ok  ok
choose_parent/ | choose_parent | - | login login   login login login login ok  ok  ok
""")

section("cms-admin/ocop/products/choose/", "ocop_product_chooser", """
# route          | name            | ids        | anon  shopper prodA prodB mgrA  mgrB  edA edB staff
.                | choose          | -          | login login   login login login login ok  ok  ok
results/         | choose_results  | -          | login login   login login login login ok  ok  ok
chosen/<str:pk>/ | chosen          | pk=missing | login login   login login login login 404 404 404
chosen-multiple/ | chosen_multiple | -          | login login   login login login login ok  ok  ok
create/          | create          | -          | login login   login login login login 302 302 ok
""")

section("cms-admin/ocop/producers/choose/", "ocop_producer_chooser", """
# route          | name            | ids        | anon  shopper prodA prodB mgrA  mgrB  edA edB staff
.                | choose          | -          | login login   login login login login ok  ok  ok
results/         | choose_results  | -          | login login   login login login login ok  ok  ok
chosen/<str:pk>/ | chosen          | pk=missing | login login   login login login login 404 404 404
chosen-multiple/ | chosen_multiple | -          | login login   login login login login ok  ok  ok
create/          | create          | -          | login login   login login login login 302 302 ok
""")

section("cms-admin/fair_applications/", "fair_applications", """
# route                            | name            | ids                                                            | anon  shopper prodA prodB mgrA  mgrB  edA      edB      staff
.                                  | index           | -                                                              | login login   login login login login ok       ok       ok
results/                           | index_results   | -                                                              | login login   login login login login ok       ok       ok
new/                               | add             | -                                                              | login login   login login login login 302      302      302
edit/<int:pk>/                     | edit            | pk=applicationA                                                | login login   login login login login ok       404      ok
delete/<int:pk>/                   | delete          | pk=applicationA                                                | login login   login login login login 302      302|404  ok
history/<int:pk>/                  | history         | pk=applicationA                                                | login login   login login login login ok       404      ok
history-results/<int:pk>/          | history_results | pk=applicationA                                                | login login   login login login login ok       404      ok
usage/<int:pk>/                    | usage           | pk=applicationA                                                | login login   login login login login ok       404      ok
inspect/<int:pk>/                  | inspect         | pk=applicationA                                                | login login   login login login login ok       404      ok
<int:pk>/<str:status>/decide/      | decide          | pk=applicationA status='approved                               | login login   login login login login 405      405      405
edit/<int:pk>/                     | edit            | pk=applicationB                                                | login login   login login login login 404      ok       ok
delete/<int:pk>/                   | delete          | pk=applicationB                                                | login login   login login login login 302|404  302      ok
history/<int:pk>/                  | history         | pk=applicationB                                                | login login   login login login login 404      ok       ok
history-results/<int:pk>/          | history_results | pk=applicationB                                                | login login   login login login login 404      ok       ok
usage/<int:pk>/                    | usage           | pk=applicationB                                                | login login   login login login login 404      ok       ok
inspect/<int:pk>/                  | inspect         | pk=applicationB                                                | login login   login login login login 404      ok       ok
<int:pk>/<str:status>/decide/      | decide          | pk=applicationB status='approved                               | login login   login login login login 405      405      405
POST <int:pk>/<str:status>/decide/ | decide          | pk=applicationA status='approved data=empty state=applicationA | login login   login login login login 302      302x|404 302
POST <int:pk>/<str:status>/decide/ | decide          | pk=applicationB status='approved data=empty state=applicationB | login login   login login login login 302x|404 302      302
""")

section("shop/", "", r"""
# route                                          | name                    | ids                 | anon shopper prodA prodB mgrA mgrB edA edB staff
feeds/products.xml                               | product-feed            | -                   | ok   ok      ok    ok    ok   ok   ok  ok  ok
nha-san-xuat/<slug:slug>/                        | ocop:producer           | slug=producerA_slug | ok   ok      ok    ok    ok   ok   ok  ok  ok
.                                                | home                    | -                   | 302  302     302   302   302  302  302 302 302
accounts/notifications/                          | -                       | -                   | 302  302     302   302   302  302  302 302 302
offers/                                          | offer:list              | -                   | ok   ok      ok    ok    ok   ok   ok  ok  ok
offers/(?P<slug>[\w-]+)/$                        | offer:detail            | slug=missing        | 404  404     404   404   404  404  404 404 404
wishlists/<str:key>/                             | wishlists:detail        | key=wishlistA       | 403  ok      403   403   403  403  403 403 403
password-reset/                                  | password-reset          | -                   | ok   403     403   403   403  403  403 403 403
password-reset/done/                             | password-reset-done     | -                   | ok   403     403   403   403  403  403 403 403
password-reset/confirm/<str:uidb64>/<str:token>/ | password-reset-confirm  | uidb64='x token='x  | ok   403     403   403   403  403  403 403 403
password-reset/complete/                         | password-reset-complete | -                   | ok   403     403   403   403  403  403 403 403
""")

section("shop/dashboard/registry/", "ocop-dashboard", """
# route                       | name               | ids                           | anon  shopper prodA prodB mgrA mgrB edA edB staff
.                             | sync-list          | -                             | login 403     403   403   403  403  403 403 ok
syncs/<int:pk>/               | sync-detail        | pk=sync                       | login 403     403   403   403  403  403 403 ok
syncs/<int:pk>/confirm/       | sync-confirm       | pk=sync                       | login 403     403   403   403  403  403 403 405
syncs/<int:pk>/discard/       | sync-discard       | pk=sync                       | login 403     403   403   403  403  403 403 405
run/                          | sync-run           | -                             | login 403     403   403   403  403  403 403 ok
run/registry/                 | sync-run-url       | -                             | login 403     403   403   403  403  403 403 405
run/upload/                   | sync-run-upload    | -                             | login 403     403   403   403  403  403 403 405
expiring/                     | expiring           | -                             | login 403     403   403   403  403  403 403 ok
certificates/                 | certificate-list   | -                             | login 403     ok    ok    ok   ok   403 403 ok
certificates/<int:pk>/stamps/ | certificate-stamps | pk=certA                      | login 403     ok    404   404  404  403 403 ok
POST syncs/<int:pk>/confirm/  | sync-confirm       | pk=sync data=empty state=sync | login 403     403   403   403  403  403 403 302
POST syncs/<int:pk>/discard/  | sync-discard       | pk=sync data=empty state=sync | login 403     403   403   403  403  403 403 302
certificates/<int:pk>/stamps/ | certificate-stamps | pk=certB                      | login 403     404   ok    404  404  403 403 ok
""")

section("shop/desk/", "outlets-desk", """
# route                                      | name           | ids                                                 | anon  shopper prodA prodB mgrA mgrB edA edB staff
.                                            | index          | -                                                   | login 404     302   302   302  302  302 302 ok
<int:pk>/                                    | stock          | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
<int:pk>/stock/<int:record_pk>/              | record         | pk=pointA record_pk=recordA                         | login 404     404   404   ok   404  404 404 ok
<int:pk>/stock/<int:record_pk>/remove/       | remove         | pk=pointA record_pk=recordA                         | login 405     405   405   405  405  405 405 405
<int:pk>/sell/                               | sell           | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
<int:pk>/receipt/<str:number>/               | receipt        | pk=pointA number=saleA                              | login 404     404   404   ok   404  404 404 ok
<int:pk>/today/                              | today          | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
<int:pk>/history/                            | history        | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
<int:pk>/receive/                            | receive        | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
<int:pk>/add/                                | add            | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
<int:pk>/pickups/                            | pickups        | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
<int:pk>/pickups/<str:number>/<slug:action>/ | pickup-action  | pk=pointA number=pickup action='prepare             | login 405     405   405   405  405  405 405 405
<int:pk>/import/                             | import         | pk=pointA                                           | login 404     404   404   ok   404  404 404 ok
fair/<int:pk>/                               | booth-stock    | pk=fairA                                            | login 404     ok    404   404  404  ok  404 ok
fair/<int:pk>/stock/<int:record_pk>/         | booth-record   | pk=fairA record_pk=boothA_record                    | login 404     ok    404   404  404  ok  404 ok
fair/<int:pk>/stock/<int:record_pk>/remove/  | booth-remove   | pk=fairA record_pk=boothA_record                    | login 405     405   405   405  405  405 405 405
fair/<int:pk>/sell/                          | booth-sell     | pk=fairA                                            | login 404     ok    404   404  404  ok  404 ok
fair/<int:pk>/receipt/<str:number>/          | booth-receipt  | pk=fairA number=saleA                               | login 404     404   404   404  404  404 404 404
fair/<int:pk>/today/                         | booth-today    | pk=fairA                                            | login 404     ok    404   404  404  ok  404 ok
fair/<int:pk>/history/                       | booth-history  | pk=fairA                                            | login 404     ok    404   404  404  ok  404 ok
fair/<int:pk>/transfer/                      | booth-transfer | pk=fairA                                            | login 404     ok    404   404  404  ok  404 ok
fair/<int:pk>/return/                        | booth-return   | pk=fairA                                            | login 404     ok    404   404  404  ok  404 ok
POST <int:pk>/sell/                          | sell           | pk=pointA data=sell state=stockA                    | login 404     404   404   302  404  404 404 302
POST <int:pk>/receive/                       | receive        | pk=pointA data=receive state=stockA                 | login 404     404   404   302  404  404 404 302
POST <int:pk>/stock/<int:record_pk>/         | record         | pk=pointA record_pk=recordA data=count state=stockA | login 404     404   404   302  404  404 404 302
<int:pk>/                                    | stock          | pk=pointB                                           | login 404     404   404   404  ok   404 404 ok
fair/<int:pk>/                               | booth-stock    | pk=fairB                                            | login 404     404   ok    404  404  404 ok  ok
""")

section("shop/producer/", "producers", """
# route                          | name           | ids                                      | anon  shopper prodA prodB mgrA mgrB edA edB staff
.                                | home           | -                                        | login 404     ok    ok    404  404  404 404 404
choose/                          | choose         | -                                        | login 404     ok    ok    404  404  404 404 404
listings/                        | listings       | -                                        | login 404     ok    ok    404  404  404 404 404
listings/<int:pk>/               | listing        | pk=productA                              | login 404     ok    404   404  404  404 404 404
listings/<int:pk>/pause/         | listing-pause  | pk=productA                              | login 405     405   405   405  405  405 405 405
listings/<int:pk>/resume/        | listing-resume | pk=productA                              | login 405     405   405   405  405  405 405 405
POST listings/<int:pk>/          | listing        | pk=productA data=listing state=listingA  | login 404     302   404   404  404  404 404 404
POST listings/<int:pk>/pause/    | listing-pause  | pk=productA data=empty state=listingA    | login 404     302   404   404  404  404 404 404
POST listings/<int:pk>/resume/   | listing-resume | pk=expired data=empty state=expiredA     | login 404     302   404   404  404  404 404 404
listings/<int:pk>/               | listing        | pk=productB                              | login 404     404   ok    404  404  404 404 404
listings/<int:pk>/               | listing        | pk=uncertified                           | login 404     ok    404   404  404  404 404 404
""")

section("shop/payments/", "payments", """
# route                                       | name           | ids                                 | anon shopper prodA prodB mgrA mgrB edA edB staff
stripe/webhook/                               | stripe-webhook | -                                   | 405  405     405   405   405  405  405 405 405
card/start/                                   | card-start     | -                                   | 405  405     405   405   405  405  405 405 405
card/                                         | card-pay       | -                                   | 404  404     404   404   404  404  404 404 404
card/confirm/                                 | card-confirm   | -                                   | 405  405     405   405   405  405  405 405 405
card/return/                                  | card-return    | -                                   | 404  404     404   404   404  404  404 404 404
card/cancel/                                  | card-cancel    | -                                   | 405  405     405   405   405  405  405 405 405
dashboard/card-payments/<int:pk>/refund/      | refund         | pk=payment                          | 403  403     403   403   403  403  403 403 405
POST dashboard/card-payments/<int:pk>/refund/ | refund         | pk=payment data=refund state=refund | 403  403     403   403   403  403  403 403 302
""")

section("shop/catalogue/", "catalogue", r"""
# route                                                             | name           | ids                                                      | anon    shopper prodA   prodB   mgrA    mgrB    edA     edB     staff
(?P<product_slug>[\w-]*)_(?P<product_pk>\d+)/reviews/<int:pk>/      | reviews-detail | product_slug=productA_slug product_pk=productA pk=review | ok      ok      ok      ok      ok      ok      ok      ok      ok
(?P<product_slug>[\w-]*)_(?P<product_pk>\d+)/reviews/add/           | reviews-add    | product_slug=productA_slug product_pk=productA           | ok      ok      ok      ok      ok      ok      ok      ok      ok
(?P<product_slug>[\w-]*)_(?P<product_pk>\d+)/reviews/<int:pk>/vote/ | reviews-vote   | product_slug=productA_slug product_pk=productA pk=review | login   405     405     405     405     405     405     405     405
(?P<product_slug>[\w-]*)_(?P<product_pk>\d+)/reviews/               | reviews-list   | product_slug=productA_slug product_pk=productA           | ok      ok      ok      ok      ok      ok      ok      ok      ok
.                                                                   | index          | -                                                        | ok      ok      ok      ok      ok      ok      ok      ok      ok
(?P<product_slug>[\w-]*)_(?P<pk>\d+)/$                              | detail         | product_slug=productA_slug pk=productA                   | ok      ok      ok      ok      ok      ok      ok      ok      ok
(?P<product_slug>[\w-]*)_(?P<pk>\d+)/$                              | detail         | product_slug=uncertified_slug pk=uncertified             | 404|410 404|410 404|410 404|410 404|410 404|410 404|410 404|410 ok
(?P<product_slug>[\w-]*)_(?P<pk>\d+)/$                              | detail         | product_slug=oscar_made_slug pk=oscar_made               | 404     404     404     404     404     404     404     404     ok
(?P<product_slug>[\w-]*)_(?P<pk>\d+)/$                              | detail         | product_slug=expired_slug pk=expired                     | 410     410     410     410     410     410     410     410     ok
category/(?P<category_slug>[\w-]+(/[\w-]+)*)_(?P<pk>\d+)/$          | category       | category_slug=category_slug pk=category                  | ok      ok      ok      ok      ok      ok      ok      ok      ok
ranges/(?P<slug>[\w-]+)/$                                           | range          | slug=missing                                             | 404     404     404     404     404     404     404     404     404
""")

section("shop/basket/", "basket", """
# route                    | name            | ids            | anon  shopper prodA prodB mgrA mgrB edA edB staff
.                          | summary         | -              | ok    ok      ok    ok    ok   ok   ok  ok  ok
add/<int:pk>/              | add             | pk=productA    | 405   405     405   405   405  405  405 405 405
vouchers/add/              | vouchers-add    | -              | 302   302     302   302   302  302  302 302 302
vouchers/<int:pk>/remove/  | vouchers-remove | pk=missing     | 405   405     405   405   405  405  405 405 405
saved/                     | saved           | -              | login 302     302   302   302  302  302 302 302
lines/<int:pk>/fulfilment/ | line-fulfilment | pk=basket_line | 405   405     405   405   405  405  405 405 405
""")

section("shop/checkout/", "checkout", """
# route                       | name                | ids         | anon  shopper prodA prodB mgrA mgrB edA edB staff
.                             | index               | -           | 302   302     302   302   302  302  302 302 302
shipping-address/             | shipping-address    | -           | 302   ok      302   302   302  302  302 302 302
user-address/edit/<int:pk>/   | user-address-update | pk=addressA | login ok      404   404   404  404  404 404 404
user-address/delete/<int:pk>/ | user-address-delete | pk=addressA | login ok      404   404   404  404  404 404 404
shipping-method/              | shipping-method     | -           | 302   302     302   302   302  302  302 302 302
payment-method/               | payment-method      | -           | 302   302     302   302   302  302  302 302 302
payment-details/              | payment-details     | -           | 302   302     302   302   302  302  302 302 302
preview/                      | preview             | -           | 302   302     302   302   302  302  302 302 302
thank-you/                    | thank-you           | -           | 302   302     302   302   302  302  302 302 302
""")

section("shop/accounts/", "customer", r"""
# route                                                                 | name                              | ids                                                                | anon  shopper prodA   prodB   mgrA    mgrB    edA     edB     staff
login/                                                                  | login                             | -                                                                  | ok    302     302     302     302     302     302     302     302
logout/                                                                 | logout                            | -                                                                  | 405   405     405     405     405     405     405     405     405
register/                                                               | register                          | -                                                                  | ok    302     302     302     302     302     302     302     302
register/done/                                                          | register-done                     | -                                                                  | ok    ok      ok      ok      ok      ok      ok      ok      ok
activate/<str:uidb64>/<str:token>/                                      | activate                          | uidb64='x token='x                                                 | ok    ok      ok      ok      ok      ok      ok      ok      ok
.                                                                       | summary                           | -                                                                  | login 302     302     302     302     302     302     302     302
change-password/                                                        | change-password                   | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
profile/                                                                | profile-view                      | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
profile/edit/                                                           | profile-update                    | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
profile/delete/                                                         | profile-delete                    | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
orders/                                                                 | order-list                        | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
order-status-form/(?P<order_number>[\w-]*)/(?P<hash>[A-z0-9-_=:]+)/$    | anon-order-form                   | order_number=orderA hash='x                                        | ok    ok      ok      ok      ok      ok      ok      ok      ok
order-status/(?P<order_number>[\w-]*)/(?P<hash>[A-z0-9-_=:]+)/$         | anon-order                        | order_number=orderA hash='x                                        | 302   302     302     302     302     302     302     302     302
orders/<str:order_number>/                                              | order                             | order_number=orderA                                                | login ok      404     404     404     404     404     404     404
orders/<str:order_number>/<int:line_id>/                                | order-line                        | order_number=orderA line_id=lineA                                  | login 302     404     404     404     404     404     404     404
addresses/                                                              | address-list                      | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
addresses/add/                                                          | address-create                    | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
addresses/<int:pk>/                                                     | address-detail                    | pk=addressA                                                        | login ok      404     404     404     404     404     404     404
addresses/<int:pk>/delete/                                              | address-delete                    | pk=addressA                                                        | login ok      404     404     404     404     404     404     404
addresses/(?P<pk>\d+)/(?P<action>default_for_(billing|shipping))/$      | address-change-status             | pk=addressA action='default_for_shipping                           | login 405     404|405 404|405 404|405 404|405 404|405 404|405 404|405
emails/                                                                 | email-list                        | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
emails/<int:email_id>/                                                  | email-detail                      | email_id=emailA                                                    | login ok      404     404     404     404     404     404     404
notifications/inbox/                                                    | notifications-inbox               | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
notifications/archive/                                                  | notifications-archive             | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
notifications/update/                                                   | notifications-update              | -                                                                  | login 405     405     405     405     405     405     405     405
notifications/<int:pk>/                                                 | notifications-detail              | pk=notificationA                                                   | login ok      404     404     404     404     404     404     404
alerts/                                                                 | alerts-list                       | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
alerts/create/<int:pk>/                                                 | alert-create                      | pk=productA                                                        | 302   302     302     302     302     302     302     302     302
alerts/confirm/<str:key>/                                               | alerts-confirm                    | key=alert_key                                                      | 302   302     302     302     302     302     302     302     302
alerts/cancel/key/<str:key>/                                            | alerts-cancel-by-key              | key=alert_key                                                      | 302   302     302     302     302     302     302     302     302
alerts/cancel/<int:pk>/                                                 | alerts-cancel-by-pk               | pk=alertA                                                          | login 405     404|405 404|405 404|405 404|405 404|405 404|405 404|405
wishlists/                                                              | wishlists-list                    | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
wishlists/add/<int:product_pk>/                                         | wishlists-add-product             | product_pk=productA                                                | login 405     405     405     405     405     405     405     405
wishlists/<str:key>/add/<int:product_pk>/                               | wishlists-add-product             | key=wishlistA product_pk=productA                                  | login 405     404|405 404|405 404|405 404|405 404|405 404|405 404|405
wishlists/create/                                                       | wishlists-create                  | -                                                                  | login ok      ok      ok      ok      ok      ok      ok      ok
wishlists/create/with-product/<int:product_pk>/                         | wishlists-create-with-product     | product_pk=productA                                                | login ok      ok      ok      ok      ok      ok      ok      ok
wishlists/<str:key>/                                                    | wishlists-detail                  | key=wishlistA                                                      | 404   ok      404     404     404     404     404     404     404
wishlists/<str:key>/update/                                             | wishlists-update                  | key=wishlistA                                                      | login ok      404     404     404     404     404     404     404
wishlists/<str:key>/delete/                                             | wishlists-delete                  | key=wishlistA                                                      | login ok      404     404     404     404     404     404     404
wishlists/<str:key>/lines/<int:line_pk>/delete/                         | wishlists-remove-product          | key=wishlistA line_pk=wishlist_lineA                               | login ok      404     404     404     404     404     404     404
wishlists/<str:key>/products/<int:product_pk>/delete/                   | wishlists-remove-product          | key=wishlistA product_pk=productA                                  | login ok      404     404     404     404     404     404     404
wishlists/<str:key>/lines/<int:line_pk>/move-to/<str:to_key>/           | wishlists-move-product-to-another | key=wishlistA line_pk=wishlist_lineA to_key=wishlistB              | login 405     404     404     404     404     404     404     404
POST logout/                                                            | logout                            | data=empty                                                         | 302   302     302     302     302     302     302     302     302
orders/<str:order_number>/                                              | order                             | order_number=orderB                                                | login 404     404     404     404     404     404     404     404
addresses/<int:pk>/                                                     | address-detail                    | pk=addressB                                                        | login 404     404     404     404     404     404     404     404
POST addresses/(?P<pk>\d+)/(?P<action>default_for_(billing|shipping))/$ | address-change-status             | pk=addressA action='default_for_shipping data=empty state=addressA | login 302     404     404     404     404     404     404     404
POST addresses/(?P<pk>\d+)/(?P<action>default_for_(billing|shipping))/$ | address-change-status             | pk=addressB action='default_for_shipping data=empty state=addressB | login 404     404     404     404     404     404     404     404
POST wishlists/add/<int:product_pk>/                                    | wishlists-add-product             | product_pk=productA data=empty state=wishlists                     | login 302     302     302     302     302     302     302     302
POST wishlists/<str:key>/add/<int:product_pk>/                          | wishlists-add-product             | key=wishlistB product_pk=productA data=empty state=wishlists       | login 404     404     404     404     404     404     404     404
wishlists/<str:key>/                                                    | wishlists-detail                  | key=wishlistB                                                      | 404   404     404     404     404     404     404     404     404
""")

section("shop/search/", "search", """
# route      | name        | ids | anon shopper prodA prodB mgrA mgrB edA edB staff
.            | search      | - | ok   ok      ok    ok    ok   ok   ok  ok  ok
suggest/     | suggest     | - | ok   ok      ok    ok    ok   ok   ok  ok  ok
pickup-area/ | pickup-area | - | ok   ok      ok    ok    ok   ok   ok  ok  ok
""")

section("shop/dashboard/", "dashboard", r"""
# route                                                      | name                                    | ids                                                                      | anon  shopper prodA   prodB   mgrA    mgrB    edA edB staff
.                                                            | index                                   | -                                                                        | login 403     ok      ok      ok      ok      403 403 ok
catalogue/products/bulk-action/                              | catalogue-product-bulk-action           | -                                                                        | login   403     403     403     403     403     403     403     302
catalogue/products/<int:pk>/                                 | catalogue-product                       | pk=productA                                                              | login   403     403     403     403     403     403     403     ok
catalogue/products/create/                                   | catalogue-product-create                | -                                                                        | login   403     403     403     403     403     403     403     302
catalogue/products/create/(?P<product_class_slug>[\w-]+)/$   | catalogue-product-create                | product_class_slug=product_class_slug                                    | login   403     403     403     403     403     403     403     ok
catalogue/products/<int:parent_pk>/create-variant/           | catalogue-product-create-child          | parent_pk=productA                                                       | login   403     403     403     403     403     403     403     302
catalogue/products/<int:pk>/delete/                          | catalogue-product-delete                | pk=productA                                                              | login   403     403     403     403     403     403     403     302
catalogue/                                                   | catalogue-product-list                  | -                                                                        | login   403     403     403     403     403     403     403     ok
catalogue/stock-alerts/                                      | stock-alert-list                        | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/product-lookup/                                    | catalogue-product-lookup                | -                                                                        | login   403     403     403     403     403     403     403     ok
catalogue/categories/                                        | catalogue-category-list                 | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/categories/<int:pk>/                               | catalogue-category-detail-list          | pk=category                                                              | login 403     403     403     403     403     403 403 ok
catalogue/categories/create/                                 | catalogue-category-create               | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/categories/create/<int:parent>/                    | catalogue-category-create-child         | parent=category                                                          | login 403     403     403     403     403     403 403 ok
catalogue/categories/<int:pk>/update/                        | catalogue-category-update               | pk=category                                                              | login 403     403     403     403     403     403 403 ok
catalogue/categories/<int:pk>/delete/                        | catalogue-category-delete               | pk=category                                                              | login 403     403     403     403     403     403 403 ok
catalogue/product-type/create/                               | catalogue-class-create                  | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/product-types/                                     | catalogue-class-list                    | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/product-type/<int:pk>/update/                      | catalogue-class-update                  | pk=product_class                                                         | login 403     403     403     403     403     403 403 ok
catalogue/product-type/<int:pk>/delete/                      | catalogue-class-delete                  | pk=product_class                                                         | login 403     403     403     403     403     403 403 ok
catalogue/attribute-option-group/create/                     | catalogue-attribute-option-group-create | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/attribute-option-group/                            | catalogue-attribute-option-group-list   | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/attribute-option-group/<str:pk>/update/            | catalogue-attribute-option-group-update | pk=missing                                                               | login 403     403     403     403     403     403 403 404
catalogue/attribute-option-group/<str:pk>/delete/            | catalogue-attribute-option-group-delete | pk=missing                                                               | login 403     403     403     403     403     403 403 404
catalogue/option/                                            | catalogue-option-list                   | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/option/create/                                     | catalogue-option-create                 | -                                                                        | login 403     403     403     403     403     403 403 ok
catalogue/option/<str:pk>/update/                            | catalogue-option-update                 | pk=missing                                                               | login 403     403     403     403     403     403 403 404
catalogue/option/<str:pk>/delete/                            | catalogue-option-delete                 | pk=missing                                                               | login 403     403     403     403     403     403 403 404
reports/                                                     | reports-index                           | -                                                                        | login 403     403     403     403     403     403 403 ok
orders/                                                      | order-list                              | -                                                                        | login   403     403     403     403     403     403     403     ok
orders/statistics/                                           | order-stats                             | -                                                                        | login   403     403     403     403     403     403     403     ok
orders/<str:number>/                                         | order-detail                            | number=orderA                                                            | login   403     403     403     403     403     403     403     ok
orders/<str:number>/notes/<int:note_id>/                     | order-detail-note                       | number=orderA note_id=missing                                            | login   403     403     403     403     403     403     403     404
orders/<str:number>/lines/<int:line_id>/                     | order-line-detail                       | number=orderA line_id=lineA                                              | login   403     403     403     403     403     403     403     ok
orders/<str:number>/shipping-address/                        | order-shipping-address                  | number=orderA                                                            | login   403     403     403     403     403     403     403     404
users/                                                       | users-index                             | -                                                                        | login 403     403     403     403     403     403 403 ok
users/(?P<pk>-?\d+)/$                                        | user-detail                             | pk=missing                                                               | login 403     403     403     403     403     403 403 404
users/(?P<pk>-?\d+)/password-reset/$                         | user-password-reset                     | pk=missing                                                               | login 403     403     403     403     403     403 403 405
users/alerts/                                                | user-alert-list                         | -                                                                        | login 403     403     403     403     403     403 403 ok
users/alerts/(?P<pk>-?\d+)/delete/$                          | user-alert-delete                       | pk=missing                                                               | login 403     403     403     403     403     403 403 404
users/alerts/(?P<pk>-?\d+)/update/$                          | user-alert-update                       | pk=missing                                                               | login 403     403     403     403     403     403 403 404
pages/                                                       | page-list                               | -                                                                        | login 403     403     403     403     403     403 403 ok
pages/create/                                                | page-create                             | -                                                                        | login 403     403     403     403     403     403 403 ok
pages/update/<str:pk>/                                       | page-update                             | pk=missing                                                               | login 403     403     403     403     403     403 403 404
pages/delete/<str:pk>/                                       | page-delete                             | pk=missing                                                               | login 403     403     403     403     403     403 403 404
partners/                                                    | partner-list                            | -                                                                        | login 403     403     403     403     403     403 403 ok
partners/create/                                             | partner-create                          | -                                                                        | login 403     403     403     403     403     403 403 ok
partners/<int:pk>/                                           | partner-manage                          | pk=partnerA                                                              | login 403     403     403     403     403     403 403 ok
partners/<int:pk>/delete/                                    | partner-delete                          | pk=partnerA                                                              | login 403     403     403     403     403     403 403 ok
partners/<int:partner_pk>/users/add/                         | partner-user-create                     | partner_pk=partnerA                                                      | login 403     403     403     403     403     403 403 ok
partners/<int:partner_pk>/users/select/                      | partner-user-select                     | partner_pk=partnerA                                                      | login 403     403     403     403     403     403 403 ok
partners/<int:partner_pk>/users/<int:user_pk>/link/          | partner-user-link                       | partner_pk=partnerA user_pk=prodB_user                                   | login 403     403     403     403     403     403 403 405
partners/<int:partner_pk>/users/<int:user_pk>/unlink/        | partner-user-unlink                     | partner_pk=partnerA user_pk=prodB_user                                   | login 403     403     403     403     403     403 403 405
partners/<int:partner_pk>/users/<int:user_pk>/update/        | partner-user-update                     | partner_pk=partnerA user_pk=prodB_user                                   | login 403     403     403     403     403     403 403 404
offers/                                                      | offer-list                              | -                                                                        | login 403     403     403     403     403     403 403 ok
offers/new/metadata/                                         | offer-metadata                          | -                                                                        | login 403     403     403     403     403     403 403 ok
offers/new/condition/                                        | offer-condition                         | -                                                                        | login 403     403     403     403     403     403 403 302
offers/new/incentive/                                        | offer-benefit                           | -                                                                        | login 403     403     403     403     403     403 403 302
offers/new/restrictions/                                     | offer-restrictions                      | -                                                                        | login 403     403     403     403     403     403 403 302
offers/<int:pk>/metadata/                                    | offer-metadata                          | pk=missing                                                               | login 403     403     403     403     403     403 403 404
offers/<int:pk>/condition/                                   | offer-condition                         | pk=missing                                                               | login 403     403     403     403     403     403 403 404
offers/<int:pk>/incentive/                                   | offer-benefit                           | pk=missing                                                               | login 403     403     403     403     403     403 403 404
offers/<int:pk>/restrictions/                                | offer-restrictions                      | pk=missing                                                               | login 403     403     403     403     403     403 403 404
offers/<int:pk>/delete/                                      | offer-delete                            | pk=missing                                                               | login 403     403     403     403     403     403 403 404
offers/<int:pk>/                                             | offer-detail                            | pk=missing                                                               | login 403     403     403     403     403     403 403 404
ranges/                                                      | range-list                              | -                                                                        | login 403     403     403     403     403     403 403 ok
ranges/create/                                               | range-create                            | -                                                                        | login 403     403     403     403     403     403 403 ok
ranges/<int:pk>/                                             | range-update                            | pk=missing                                                               | login 403     403     403     403     403     403 403 404
ranges/<int:pk>/delete/                                      | range-delete                            | pk=missing                                                               | login 403     403     403     403     403     403 403 404
ranges/<int:pk>/products/                                    | range-products                          | pk=missing                                                               | login 403     403     403     403     403     403 403 404
ranges/<int:pk>/reorder/                                     | range-reorder                           | pk=missing                                                               | login 403     403     403     403     403     403 403 405
reviews/                                                     | reviews-list                            | -                                                                        | login 403     403     403     403     403     403 403 ok
reviews/<int:pk>/                                            | reviews-update                          | pk=review                                                                | login 403     403     403     403     403     403 403 ok
reviews/<int:pk>/delete/                                     | reviews-delete                          | pk=review                                                                | login 403     403     403     403     403     403 403 ok
vouchers/                                                    | voucher-list                            | -                                                                        | login 403     403     403     403     403     403 403 ok
vouchers/create/                                             | voucher-create                          | -                                                                        | login 403     403     403     403     403     403 403 ok
vouchers/update/<int:pk>/                                    | voucher-update                          | pk=missing                                                               | login 403     403     403     403     403     403 403 404
vouchers/delete/<int:pk>/                                    | voucher-delete                          | pk=missing                                                               | login 403     403     403     403     403     403 403 404
vouchers/stats/<int:pk>/                                     | voucher-stats                           | pk=missing                                                               | login 403     403     403     403     403     403 403 404
vouchers/sets/                                               | voucher-set-list                        | -                                                                        | login 403     403     403     403     403     403 403 ok
vouchers/sets/create/                                        | voucher-set-create                      | -                                                                        | login 403     403     403     403     403     403 403 ok
vouchers/sets/update/<int:pk>/                               | voucher-set-update                      | pk=missing                                                               | login 403     403     403     403     403     403 403 404
vouchers/sets/detail/<int:pk>/                               | voucher-set-detail                      | pk=missing                                                               | login 403     403     403     403     403     403 403 404
vouchers/sets/download/<int:pk>/                             | voucher-set-download                    | pk=missing                                                               | login 403     403     403     403     403     403 403 404
vouchers/sets/delete/<int:pk>/                               | voucher-set-delete                      | pk=missing                                                               | login 403     403     403     403     403     403 403 404
comms/                                                       | comms-list                              | -                                                                        | login 403     403     403     403     403     403 403 ok
comms/(?P<slug>[\w-]+)/$                                     | comms-update                            | slug=comms                                                               | login 403     403     403     403     403     403 403 ok
shipping/weight-based/                                       | shipping-method-list                    | -                                                                        | login 403     403     403     403     403     403 403 ok
shipping/weight-based/create/                                | shipping-method-create                  | -                                                                        | login 403     403     403     403     403     403 403 ok
shipping/weight-based/<int:pk>/                              | shipping-method-detail                  | pk=missing                                                               | login 403     403     403     403     403     403 403 404
shipping/weight-based/<int:pk>/edit/                         | shipping-method-edit                    | pk=missing                                                               | login 403     403     403     403     403     403 403 404
shipping/weight-based/<int:pk>/delete/                       | shipping-method-delete                  | pk=missing                                                               | login 403     403     403     403     403     403 403 404
shipping/weight-based/<int:method_pk>/bands/<int:pk>/        | shipping-method-band-edit               | method_pk=missing pk=missing                                             | login 403     403     403     403     403     403 403 404
shipping/weight-based/<int:method_pk>/bands/<int:pk>/delete/ | shipping-method-band-delete             | method_pk=missing pk=missing                                             | login 403     403     403     403     403     403 403 404
login/                                                       | login                                   | -                                                                        | ok    ok      ok      ok      ok      ok      ok  ok  ok
logout/                                                      | logout                                  | -                                                                        | 405   405     405     405     405     405     405 405 405
catalogue/products/<int:pk>/                                 | catalogue-product                       | pk=productB                                                              | login   403     403     403     403     403     403     403     ok
POST catalogue/products/<int:pk>/                            | catalogue-product                       | pk=productB data=product state=productB                                  | login   403     403     403     403     403     403     403     ok
POST catalogue/products/<int:pk>/delete/                     | catalogue-product-delete                | pk=productB data=empty state=productB                                    | login   403     403     403     403     403     403     403     ok|302
orders/<str:number>/lines/<int:line_id>/                     | order-line-detail                       | number=orderA line_id=lineB                                              | login   403     403     403     403     403     403     403     ok
orders/<str:number>/                                         | order-detail                            | number=orderB                                                            | login   403     403     403     403     403     403     403     ok
POST orders/<str:number>/                                    | order-detail                            | number=orderA data=cancel_line state=lineB                               | login   403     403     403     403     403     403     403     302
POST orders/<str:number>/                                    | order-detail                            | number=orderA data=order_status state=orderA                             | login   403     403     403     403     403     403     403     302
POST partners/<int:partner_pk>/users/<int:user_pk>/link/     | partner-user-link                       | partner_pk=partnerA user_pk=shopper_user data=empty state=partnerA_users | login 403     403     403     403     403     403 403 302
POST partners/<int:partner_pk>/users/<int:user_pk>/unlink/   | partner-user-unlink                     | partner_pk=partnerA user_pk=prodA_user data=empty state=partnerA_users   | login 403     403     403     403     403     403 403 302
""")

section("cms-admin/pages/", "wagtailadmin_pages", """
# route                       | name      | ids                                              | anon  shopper prodA prodB mgrA  mgrB  edA  edB  staff
<int:page_id>/edit/           | edit      | page_id=fairA                                    | login login   login login login login ok   302  ok
<int:page_id>/edit/           | edit      | page_id=fairB                                    | login login   login login login login 302  ok   ok
POST <int:page_id>/edit/      | edit      | page_id=fairB data=page_publish state=fairB_page | login login   login login login login 302x ok   ok
<int:page_id>/unpublish/      | unpublish | page_id=fairB                                    | login login   login login login login 302  302  ok
POST <int:page_id>/unpublish/ | unpublish | page_id=fairB data=empty state=fairB_page        | login login   login login login login 302x 302x 302
POST <int:page_id>/unpublish/ | unpublish | page_id=fairA data=empty state=fairA_page        | login login   login login login login 302x 302x 302
""")

# --- Third-party admin namespaces, by area: a pattern outside every rule fails the test ------
#                     title                              route (regex)                                  name (regex)                             anon  shopper prodA prodB mgrA mgrB edA edB staff
# Rules match in order; the first that covers a pattern gives its line. Ids in grouped patterns are
# a missing id (999999) or a word ("x"), so editors and staff see 404s and form redirects there:
# what matters in a group is the columns of the roles without admin access, which are exact.
GROUPS = [
    # title                                  route (regex)                                           name (regex)                              anon  shopper prodA prodB mgrA mgrB edA  edB  staff
    Group("Wagtail admin: sign-in and assets", r"cms-admin/(login|password_reset|sprite|jsi18n)/",     r"wagtailadmin_.*",                       "ok ok ok ok ok ok 302|ok 302|ok 302|ok"),
    Group("Wagtail admin: sign-out",         r"cms-admin/logout/",                                    r"wagtailadmin_logout",                   "login login login login login login 405 405 405"),
    Group("Wagtail admin: error test page",  r"cms-admin/failwhale/",                                 r"wagtailadmin_error_test",               "login login login login login login 500 500 500"),
    Group("Wagtail admin: pages",            r"cms-admin/pages/",                                     r"wagtailadmin_pages:.*|wagtailadmin_explore.*", "login login login login login login 302|404|ok 302|404|ok ~"),
    Group("Wagtail admin: page choosers",    r"cms-admin/choose-",                                    r"wagtailadmin_choose_.*",                "login login login login login login 404|ok 404|ok 404|ok"),
    Group("Wagtail admin: images",           r"cms-admin/images/",                                    r"wagtailimages.*",                       "login login login login login login 404|405|ok 404|405|ok 404|405|ok"),
    Group("Wagtail admin: documents",        r"cms-admin/documents/",                                 r"wagtaildocs.*",                         "login login login login login login 404|405|ok 404|405|ok 404|405|ok"),
    Group("Wagtail admin: snippets",         r"cms-admin/snippets/",                                  r"wagtailsnippets.*",                     "login login login login login login 302 302 302"),
    Group("Wagtail admin: users",            r"cms-admin/users/",                                     r"wagtailusers_users:.*",                 "login login login login login login 302|404 302|404 404|ok"),
    Group("Wagtail admin: groups",           r"cms-admin/groups/",                                    r"wagtailusers_groups:.*",                "login login login login login login 302|404 302|404 404|ok"),
    Group("Wagtail admin: sites",            r"cms-admin/sites/",                                     r"wagtailsites:.*",                       "login login login login login login 302|404 302|404 404|ok"),
    Group("Wagtail admin: settings",         r"cms-admin/settings/",                                  r"wagtailsettings:.*",                    "login login login login login login 404 404 404"),
    Group("Wagtail admin: collections",      r"cms-admin/collections/",                               r"wagtailadmin_collections:.*",           "login login login login login login 302|404 302|404 404|ok"),
    Group("Wagtail admin: workflows",        r"cms-admin/workflows/",                                 r"wagtailadmin_workflows:.*",             "login login login login login login 302|404|405|ok 302|404|405|ok 302|404|405|ok"),
    Group("Wagtail admin: reports",          r"cms-admin/reports/",                                   r"wagtailadmin_reports:.*",               "login login login login login login 302|ok 302|ok ok"),
    Group("Wagtail admin: redirects",        r"cms-admin/redirects/",                                 r"wagtailredirects:.*",                   "login login login login login login 302|404 302|404 404|405|ok"),
    Group("Wagtail admin: form submissions", r"cms-admin/forms/",                                     r"wagtailforms:.*",                       "login login login login login login 302|404|ok 302|404|ok 302|404|ok"),
    Group("Wagtail admin: API",              r"cms-admin/api/",                                       r"wagtailadmin_api:.*",                   "login login login login login login 404|405|ok 404|405|ok 404|405|ok"),
    Group("Wagtail admin: the rest",         r"cms-admin/",                                           r".*",                                    "login login login login login login 404|405|ok 404|405|ok 404|405|ok"),
    Group("Django admin: sign-in pages",     r"django-admin/(login|password_change)/",                r"admin:.*",                              "ok|login ok|login ok|login ok|login ok|login ok|login ok|login ok|login 302|ok"),
    Group("Django admin: sign-out",          r"django-admin/logout/",                                 r"admin:logout",                          "302 302 302 302 302 302 302 302 405"),
    Group("Django admin: translations",      r"django-admin/.*jsi18n/",                               r"admin:javascript-catalog",              "ok ok ok ok ok ok ok ok ok"),
    Group("Django admin: every model admin", r"django-admin/",                                        r"admin:.*|",                             "login login login login login login login login 302|400|403|404|ok"),
]
# fmt: on
