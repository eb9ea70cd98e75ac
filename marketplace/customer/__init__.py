"""Oscar's customer app, forked (it has models: they stay Oscar's, with its migrations copied).

Changed only where Oscar writes on GET or reveals who has an account:
- logout, "default address for shipping/billing", wish list "add product" and "move to
  another wish list", and cancelling a signed-in shopper's stock alert answer POST only
  (CSRF-protected); a GET answers 405 and changes nothing;
- registration answers the same for a new and an existing address: a new address gets an
  inactive account and a confirmation link, an existing one an e-mail to its owner;
- the order line URL (only useful for its "re-order" POST) leads to the order instead of a 500.
"""
