"""The desktop interface (PySide6). Only this package and `main.py` import Qt."""
