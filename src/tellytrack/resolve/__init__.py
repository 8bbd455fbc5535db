"""tellytrack.resolve"""
