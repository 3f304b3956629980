"""The owner's screens that belong to the counter app: settings, staff, corrections, backup."""
