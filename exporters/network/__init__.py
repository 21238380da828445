"""The collaboration network as an output: the map as PNG/SVG, and its chapter in the
Word report and its sheets in the workbook."""
