"""Demo data for the five provinces of the plans (Sơn La, Bắc Kạn, Hưng Yên, Lạng Sơn, Quảng Nam).

``specialties`` is the curated catalogue, ``register`` turns it into a registry feed with dates
relative to today, ``images`` draws product pictures locally; ``marketplace.demo`` (``load_demo``)
puts it together.
"""
