"""Arbetsgivare: the list of employers, an employer's form and the tasks it offers."""
