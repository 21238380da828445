"""The command line: `python main.py COMMAND ...`, over the same core as the GUI."""
