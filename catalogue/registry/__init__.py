"""Mirror of the OCOP registry: read its feed (HTTP JSON or spreadsheet), validate, upsert.

- ``records``: one registry record, validated and normalised (NFC).
- ``client``: the HTTP feed, page by page, with time-outs and retries.
- ``spreadsheet``: CSV/XLSX/JSON files turned into pages of records in the feed's shape.
- ``listing``: the Oscar side (product class, categories, products, partners).
- ``sync``: the transactional, streamed upsert and its record (``RegistrySync``).
"""
