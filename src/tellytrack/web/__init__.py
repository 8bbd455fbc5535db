"""tellytrack.web"""
