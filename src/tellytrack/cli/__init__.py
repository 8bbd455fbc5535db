"""tellytrack.cli"""
