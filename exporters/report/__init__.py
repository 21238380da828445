"""The report model, gathered once for both the Word report and the workbook: every
figure, table, quote, memo and reference in the report language, pseudonymised and
filtered (`data.gather_report`), plus the labels and citations they use."""
