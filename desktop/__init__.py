"""Loyalty-programme manager for small shops."""
