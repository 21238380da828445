"""The Word report (python-docx): chapters laid out from the gathered report model."""
