"""Oscar's msgids whose Vietnamese is missing or wrong in Oscar's own catalogue, on shopper pages.

Nothing imports this module. gettext_noop only marks each msgid so that `make messages` copies it
into locale/vi/LC_MESSAGES/django.po, where our translation wins: Django reads LOCALE_PATHS before
the apps' catalogues. Each msgid must equal Oscar's byte for byte, the whitespace inside
{% blocktrans %} included; tests/test_i18n.py checks that Oscar still uses every one of them.
"""

from django.utils.translation import gettext_noop

OSCAR_MSGIDS = (
    gettext_noop("In stock"),
    gettext_noop("In stock (%d available)"),
    gettext_noop("Available"),
    gettext_noop("Unavailable"),
    gettext_noop("unavailable"),
    gettext_noop("no stock available"),
    gettext_noop("a maximum of %(max)d can be bought"),
    gettext_noop("previous"),
    gettext_noop("next"),
    gettext_noop("\n                        Page %(page_num)s of %(total_pages)s\n                    "),
    gettext_noop("Important messages about items in your basket"),
    gettext_noop("Your basket has got some issues. Please correct any validation errors below."),
    gettext_noop("Items to buy now"),
    gettext_noop("Items to buy later"),
    gettext_noop("Items"),
    gettext_noop("Remove"),
    gettext_noop("Save for later"),
    gettext_noop("Move to basket"),
    gettext_noop("cancel"),
    gettext_noop("Totals"),
    gettext_noop("Basket total"),
    gettext_noop("Basket total (before discounts)"),
    gettext_noop("Basket total (after discounts)"),
    gettext_noop("Order total"),
    gettext_noop("Alternative shipping methods can be chosen during checkout"),
    gettext_noop("My email address is"),
    gettext_noop("I am a new customer and want to checkout as a guest"),
    gettext_noop("I am a new customer and want to create an account before checking out"),
    gettext_noop("I am a returning customer, and my password is"),
    gettext_noop("Get a password reminder"),
    gettext_noop("I've forgotten my password"),
    gettext_noop("First name"),
    gettext_noop("Last name"),
    gettext_noop("State/County"),
    gettext_noop("Post/Zip-code"),
    gettext_noop(
        "\n        Your order has been placed and a confirmation email has been sent - your order number is"
        "\n        <strong>%(number)s</strong>.\n        "
    ),
    gettext_noop(
        "Please make a note of this reference or print this page and quote it"
        " in any communication with us regarding your order."
    ),
    gettext_noop("Items purchased"),
    gettext_noop("Tracking your order"),
    gettext_noop("No shipping address required."),
    gettext_noop("No payment was required for this order."),
)
