"""Extractors for Hindi (Devanagari) articles, one module per fact type.

``tellytrack.extract`` dispatches an article here when it is labelled Hindi or
written mostly in Devanagari; :mod:`tellytrack.extract.hi.text` holds the
shared reading (sentences, shows), :mod:`tellytrack.extract.hi.names` the names.
"""
