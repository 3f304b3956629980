"""The Qt-free core: domain rules, money, card numbers, the points ledger's lot logic.

Nothing here touches a database or a window; storage and services build on it.
"""
