"""tellytrack.store"""
