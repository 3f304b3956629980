"""The owner's dashboard: key figures against the previous period, charts, click-through."""
