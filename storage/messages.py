"""The sentences the core says to people, as templates an interface can translate.

Each constant is an English template with `{named}` values. The core raises
`SomeError.of(TEMPLATE, name=value)`: the error's text is the English sentence (what
the command line prints), and it keeps the template and values (`storage.errors.Message`)
so the GUI can show it in Indonesian (`gui.i18n.translated`, context "CoreMessages").
`tools/update_translations.py` reads this module, so a new template here is asked of
the translator like any interface string. Messages not (yet) listed here stay English.
"""

from __future__ import annotations

# -- project files -----------------------------------------------------------------------
PROJECT_EXISTS = "{path} already exists; choose another file name."
FOLDER_MISSING = "The folder {folder} does not exist."
PROJECT_MISSING = "{path} does not exist."
PROJECT_NEWER = "{name} was written by a newer Telaah; update Telaah to open it."
NOT_A_PROJECT = "{path} is not a Telaah project ({detail})."
PROJECT_DAMAGED = ("{path} is damaged (integrity check: {detail}). Restore a copy from "
                   "{backups}.")
PROJECT_READ_ONLY = "{name} is open read-only."
PROJECT_LOCKED = ("{name} is already open in another Telaah process (host {host}, pid {pid}, "
                  "since {since}). Close it there first.")

# -- records -----------------------------------------------------------------------------
GROUP_NEEDS_NAME = "A stakeholder group needs a name."
GROUP_EXISTS = "The stakeholder group '{name}' already exists."
PARTICIPANT_NEEDS_CODE = "A participant needs a code such as P01."
PARTICIPANT_CODE_USED = "The participant code '{code}' is already used."
CODE_NEEDS_LABEL = "A code needs a label."
CODE_UNDER_ITSELF = "A code cannot be moved under itself or its own sub-code."
CODE_MERGE_ITSELF = "A code cannot be merged into itself."
CODE_MERGE_SUBCODE = "A code cannot be merged into its own sub-code."
FRAMEWORK_PRESENT = "The framework {framework} is already in this project."
SOURCE_NEEDS_TITLE = "A source needs a title."
NOT_A_DATE = "'{value}' is not a date in the form YYYY-MM-DD."
VERDICT_EXISTS = "The verdict '{key}' is empty or already exists."
VERDICT_NEEDS_LABELS = "A verdict option needs a label in both languages."
PHRASE_EMPTY = "Give the phrase to code (it is empty)."
VERDICT_IN_USE = ("The verdict '{label}' is given to {count} indicator(s); give them "
                  "another verdict first.")

# -- importing files ---------------------------------------------------------------------
FILE_MISSING = "{path}: no such file."
FILE_UNREADABLE = "{path}: cannot be read ({detail})."
FILE_TYPE_UNSUPPORTED = "{path}: cannot import '{suffix}' files; use {supported}."
DOCX_UNREADABLE = "{path}: is not a readable Word .docx file ({detail})."
TEXT_BAD_BOM = ("{path}: starts with a {encoding} byte-order mark but byte {position} is "
                "not valid {encoding}.")
TEXT_NOT_TEXT = "{path}: {guess}; save it as UTF-8 and import it again."
TEXT_NOT_UTF8 = ("{path}: is not UTF-8 (invalid byte at position {position}); it is "
                 "probably {guess}. Save it as UTF-8 and import it again.")
GUESS_UTF16 = "UTF-16 ({order}) without a byte-order mark"
GUESS_BINARY = "a binary file, not text"
GUESS_LATIN1 = "Latin-1 (ISO-8859-1) or Windows-1252"
GUESS_ANSI = "Windows-1252 (ANSI) or another legacy code page"

# -- REFI-QDA files (importers/refi) -----------------------------------------------------
THE_FILE = "the file"
REFI_TOO_LARGE = "{path}: is larger than {limit} MB; refused."
REFI_NOT_ZIP = "{path}: is not a readable zip archive ({detail})."
REFI_UNPACKS_TOO_MUCH = "{path}: unpacks to more than {limit} MB; refused."
REFI_DECLARES_TOO_MUCH = "{path}: unpacks to {size} bytes (more than {limit} MB); refused."
REFI_TOO_MANY_ENTRIES = "{path}: holds {count} entries (more than {limit}); refused."
REFI_ENTRY_TOO_BIG = ("{path}: entry '{entry}' unpacks to {size} bytes (more than {limit} MB); "
                      "refused.")
REFI_ENTRY_LIES = ("{path}: entry '{entry}' unpacks to more than its declared {size} bytes; "
                   "refused.")
REFI_ENTRY_DAMAGED = "{path}: entry '{entry}' is damaged or unsupported ({detail})."
REFI_ZIP_SLIP = ("{path}: the entry name '{entry}' points outside the archive (a zip-slip "
                 "attack); refused.")
REFI_NO_QDE = "{path}: has no project.qde inside; it is not a REFI-QDA project archive."
REFI_DOCTYPE = ("{path}: {what} declares a DOCTYPE (entities or an external DTD), which "
                "REFI-QDA files never need; refused as unsafe.")
REFI_NOT_XML = "{path}: {what} is not well-formed XML ({detail})."
REFI_EMPTY = "{path}: {what} is empty."
REFI_CLIMBS_OUT = "{path}: the reference {reference} climbs out of the project's folder; refused."
REFI_NAMESPACE = ("{path}: uses the XML namespace '{namespace}', which is not REFI-QDA's "
                  "(urn:QDA-XML:...).")
REFI_ROOT = "{path}: its root element is <{kind}>, not a REFI-QDA <Project> or <CodeBook>."
CODE_NOT_CODABLE = ("The code '{label}' is a category only (not codable), so it cannot be "
                    "applied to text; use one of its sub-codes.")

# -- media, PDFs and images (storage/media.py, importers/pdf.py, importers/images.py) ------
MEDIA_NOT_STORED = "{path}: could not be copied into the media folder ({detail})."
MEDIA_MISSING = "The file {name} is missing from the media folder {folder}."
MEDIA_CHANGED = "{path} ({name}) has changed since it was added (its checksum differs)."
MEDIA_NOT_AUDIO = ("{path}: is not a recording Telaah can read ({detail}); use wav, mp3, "
                   "m4a, aac, ogg, opus or mp4.")
REGION_OUTSIDE = ("The region {width}x{height} at ({x}, {y}) is empty or outside the image "
                  "({image_width}x{image_height} pixels).")
PDF_ENCRYPTED = ("{path}: is encrypted (password-protected); remove the password and import "
                 "it again.")
PDF_DAMAGED = "{path}: is not a readable PDF ({detail})."
PDF_TOO_LARGE = "{path}: has {pages} pages (more than {limit}); split it and import the parts."
PDF_NO_PAGES = "{path}: has no pages."
PDF_SCANNED = ("{path}: has no text layer (a scanned document); its {pages} page(s) were "
               "imported as images, which you can code by region.")
PDF_SCANNED_NO_IMAGES = ("{path}: has no text layer and no page images could be read from it; "
                         "run text recognition (OCR) on it and import it again.")
IMAGE_UNREADABLE = "{path}: is not an image Telaah can read ({detail}); use jpg or png."

# -- long jobs ---------------------------------------------------------------------------
CANCELLED = "Cancelled; nothing was written or changed."
