"""Field-work forms and what they collected: a questionnaire as XLSForm, an interview
guide in Word, a questionnaire's responses as a Kobo-style workbook."""
