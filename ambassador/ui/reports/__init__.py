"""Rapporter: key figures, outcome sentences, the self-check and the statistics report."""
