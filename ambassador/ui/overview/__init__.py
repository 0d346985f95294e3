"""Översikt, the home screen."""
