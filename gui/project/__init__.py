"""The project as a whole: the File menu's project commands (new, open, recent, study
properties with the method settings), the project password and privacy settings,
restoring from a backup, and the demo study."""
