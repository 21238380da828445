"""Edit → Preferences: the per-machine settings, and the signal other panels follow."""
