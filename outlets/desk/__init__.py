"""The stock desk: sales-point managers run their own points' stock and counter sales here."""
