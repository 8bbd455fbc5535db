"""tellytrack.ingest"""
