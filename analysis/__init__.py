"""Analysis: every figure Telaah shows, computed once from the project's data and shared
by the GUI, the command line and the exports. No Qt, no SQL (reads go through storage)."""
