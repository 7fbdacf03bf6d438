"""roles: an officials timeline and role-change analyser for Chinese local newspapers."""

__version__ = "0.1.0"

#: output formats of every table command (kept here so that `roles --help` imports nothing heavy)
FORMATS = ("table", "csv", "json", "parquet")
