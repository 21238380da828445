"""Files exchanged with the world outside the project: File → Export… (the Word report
and the Excel workbook) and REFI-QDA import and export (NVivo, ATLAS.ti, MAXQDA)."""
