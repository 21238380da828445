"""The Excel workbook (openpyxl, write-only): the coded segments and the analysis
tables, one real Excel table per sheet."""
