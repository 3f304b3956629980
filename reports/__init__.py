"""Printed documents (PDF) made with reportlab; imports without Qt."""
