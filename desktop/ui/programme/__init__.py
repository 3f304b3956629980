"""The owner's programme screens: the reward catalogue and the retention view."""
