"""Oscar's catalogue, forked: products plus their OCOP certification.

The registry's producers and certificates, the registry client and sync, and the
one definition of "certified today" (``catalogue.certification``) live here.
"""
