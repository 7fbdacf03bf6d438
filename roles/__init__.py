"""roles: an officials timeline and role-change analyser for Chinese local newspapers."""

__version__ = "0.1.0"
