"""The Idris front-end (LANGUAGES.md: an Idris 2 subset with dependent types, erased before running).

Not yet offered on the site: the front-end is in frontend.py (IDRIS), and becomes available here as
FRONTEND once programs run end to end and proofs check (README.md)."""
