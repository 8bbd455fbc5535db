"""tellytrack.query"""
