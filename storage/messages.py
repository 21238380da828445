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
PROJECT_READ_ONLY = "{name} is open read-only."
PROJECT_LOCKED_UNNAMED = ("{name} is already open in another Telaah process (its lock file "
                          "{lock} does not say which). Close it there first.")
PROJECT_LOCKED_ELSEWHERE = ("{name} was opened on another computer ({host}, since {since}) "
                            "and its lock file {lock} is still there. If Telaah is no longer "
                            "running there, take the lock over (command line: "
                            "--force-unlock).")
LOCK_UNSTABLE = "Could not lock {path}: its lock file {lock} keeps changing."
LOCK_FAILED = "Could not write the lock file {lock} ({detail}); nothing was changed."
FOLDER_READ_ONLY = ("{name} cannot be changed: its folder {folder} is read-only ({detail}). "
                    "It can only be read; copy it to a writable folder to work on it.")
PROJECT_IS_FOLDER = "{path} is a folder, not a Telaah project file."
PROJECT_NOT_FILE = "{path} is not a regular file, so it is not a Telaah project."
PROJECT_EMPTY = "{path} is empty (0 bytes), so it is not a Telaah project."
DAMAGED_WITH_BACKUP = ("{path} is damaged ({detail}). The newest good backup is {backup}; "
                       "restore it with: python main.py restore {path} {backup}")
DAMAGED_NO_BACKUP = ("{path} is damaged ({detail}), and no good backup of it was found in "
                     "{backups}.")
DISK_FULL = ("The disk holding {path} is full; the last step was not saved and the project "
             "is unchanged. Free some space and try again.")
DISK_READ_ONLY = ("{path} cannot be written ({detail}); the last step was not saved and the "
                  "project is unchanged.")
BACKUP_FAILED = ("Could not make a backup of {name} in {folder} before changing it ({detail}); "
                 "nothing was changed.")
BACKUP_MISSING = "There is no backup {backup} (nor in {backups})."
BACKUP_IS_PROJECT = "{backup} is the project itself, not one of its backups."
BACKUP_BAD = "{backup} is not a good backup ({detail}); nothing was restored."
HANDOUT_NEEDS_CODER = "Name the coder the copy is for (--coder NAME)."
HANDOUT_SAME_FILE = "{path} is the project itself; choose another file for the copy."
HANDOUT_UNKNOWN_SOURCE = "There is no source with id {ids}; nothing was handed out."
MERGE_ITSELF = "{path} is the project itself; merge a coder's copy into it."
MERGE_UNREADABLE = "{path}: cannot be merged ({detail}); nothing was merged."
MERGE_OTHER_STUDY = ("{path}: shares no study or source with this project (a copy of another "
                     "study?); nothing was merged.")
MERGE_SAME_CODER = ("{first} and {second} are both copies from {coder}; merge one of them at "
                    "a time. Nothing was merged.")
MERGE_UNRESOLVED = ("{count} conflict(s) need a choice (ours or theirs) before merging: "
                    "{ids}. Nothing was merged.")
MERGE_UNKNOWN_CHOICE = "'{value}' is not a choice for a conflict; use ID=ours or ID=theirs."
CODER_REQUIRED = ("No coder is set: say who is coding (--coder NAME or TELAAH_CODER on the "
                  "command line, the coder name in the app).")
PROJECT_LOCKED = ("{name} is already open in another Telaah process (host {host}, pid {pid}, "
                  "since {since}). Close it there first.")

# -- records -----------------------------------------------------------------------------
GROUP_NEEDS_NAME = "A stakeholder group needs a name."
GROUP_EXISTS = "The stakeholder group '{name}' already exists."
VERDICT_UNKNOWN = "There is no verdict '{verdict}'; the verdicts are: {known}."
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
FILE_IS_FOLDER = "{path}: is a folder, not a file; give the files inside it."
FILE_NOT_REGULAR = "{path}: is {kind}, not a regular file."
FILE_LINK_LOOP = "{path}: is a symbolic link that loops back on itself."
DOCX_DOCTYPE = ("{path}: declares a DOCTYPE (entities), which Word never writes; refused "
                "because text after an entity would be lost.")
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
REGION_EVIDENCE = "[region {x},{y} {width}\u00d7{height}] of {title}"
REGION_PAGE_EVIDENCE = "[region {x},{y} {width}\u00d7{height}] of page {page} of {title}"
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

# -- the collaboration network (storage/network.py) ------------------------------------
ACTOR_NEEDS_NAME = "An actor needs a name."
ACTOR_EXISTS = "The actor '{name}' already exists."
ACTOR_UNKNOWN = "There is no actor '{name}'."
ACTOR_HAS_TIES = ("The actor '{name}' has {count} tie(s); remove them first, or delete the "
                  "actor together with its ties.")
TIE_TO_ITSELF = "A tie joins two different actors; '{name}' cannot be tied to itself."
TIE_TYPE_UNKNOWN = "There is no tie type '{key}'; use one of: {known}."
TIE_TYPE_EXISTS = "The tie type '{key}' already exists."
TIE_TYPE_USED = "The tie type '{key}' is used by {count} tie(s) and cannot be removed."

# -- long jobs ---------------------------------------------------------------------------
CANCELLED = "Cancelled; nothing was written or changed."

# -- field work: guides and sessions (issue 14) -------------------------------------------
GUIDE_MISSING = "There is no interview guide '{name}'."
GUIDE_NEEDS_NAME = "An interview guide needs a name."
GUIDE_EXISTS = "The interview guide '{name}' already exists."
GUIDE_EMPTY = "The interview guide '{name}' has no questions; add or generate some first."
QUESTION_NEEDS_TEXT = "A question needs a wording in Indonesian or English."
NO_INDICATORS_CHOSEN = ("None of the chosen frameworks or indicators is in this project: "
                        "{names}.")
UNKNOWN_INDICATOR = "'{key}' is not an indicator of a framework in this project."
SESSION_MISSING = "There is no field session with id {id}."
SESSION_FINISHED = "This session is already finished; its source is '{title}'."
SESSION_NO_ANSWERS = ("This session has no notes yet; type at least one answer before "
                      "finishing (nothing was changed).")
SESSION_PARTICIPANT_GONE = ("The participant of this session was deleted meanwhile; "
                            "choose or create a participant, then finish again (your "
                            "notes are kept).")
SESSION_NEEDS_PARTICIPANT = "An interview session needs a participant."
CONSENT_METHOD_UNKNOWN = "Consent method must be one of: {methods}."
REFI_BAD_POSITIONS = ("{path}: the selection {selection} in source '{source}' has no valid "
                      "startPosition/endPosition ({start!r}, {end!r}).")
REFI_OUTSIDE_TEXT = ("{path}: the selection {selection} in source '{source}' runs from {start} "
                     "to {end}, outside its text (0-{length}); refused.")

# Privacy and security (issue 13)
OVERRIDE_NOT_PENDING = ("{code}'s consent is not pending; only a pending consent can be "
                        "overridden for quoting.")
TERM_NAME = "participant name"
TERM_NAME_PART = "name part"
TERM_ALIAS = "alias"
TERM_ORGANISATION = "organisation"
TERM_ALWAYS = "always-replace term"
PRIVACY_LEAK = ("The export was not written: a {kind} is still in {where} after "
                "pseudonymisation. Add it to the always-replace list or check that text.")
REAL_NAMES_CONFIDENTIAL = ("This study is confidential: exports are pseudonymised. Pass "
                           "--real-names to export real names.")
REFI_OUTSIDE_FILE = ("{path}: a source is read from {file}, outside the archive; refused "
                     "(pass --allow-outside-files to read files outside the archive).")
REFI_RATIO = ("{path}: entry '{entry}' inflates {ratio}-fold (more than {limit}-fold, "
              "implausible for text); refused.")
PASSWORD_WRONG = "{name} is encrypted and the password is wrong."
PASSWORD_NEEDED = "{name} is encrypted; give its password (TELAAH_PASSWORD or the prompt)."
PASSWORD_UNAVAILABLE = ("Encryption needs the sqlcipher3 package, which is not installed "
                        "({detail}).")
PASSWORD_NOT_GIVEN = ("{name}: no password given; set TELAAH_PASSWORD (TELAAH_NEW_PASSWORD "
                      "for a new one) or run the command in a terminal.")
PASSWORD_EMPTY = "The password is empty; give at least one character."
PASSWORD_NONE = "{name} has no password."
PASSWORD_ALREADY = "{name} already has a password; use --change or --remove."
# -- questionnaires (storage/surveys.py, importers/xlsform.py, survey_responses.py) --------
SURVEY_FORM_UNKNOWN = "There is no questionnaire with form_id '{form}'. Known forms: {known}."
SURVEY_FORM_NEEDS_ID = "A questionnaire needs a form_id (settings sheet)."
SURVEY_FORM_EXISTS = ("The questionnaire '{form}' is already in this project; give the new "
                      "one another form_id.")
SURVEY_CHOICE_NAMES = ("Each choice needs a list name and a name without spaces, different "
                       "from the other names of its list.")
SURVEY_TYPE_UNKNOWN = "Telaah does not know the question type '{type}'."
SURVEY_QUESTION_NEEDS_NAME = "A question needs a name (letters, digits and _, as in XLSForm)."
SURVEY_SELECT_NEEDS_LIST = "The question '{name}' is a select question and needs a choice list."
SURVEY_NAME_USED = "The name '{name}' is already used by another question of this form."
SURVEY_FORM_INVALID = "{path}: the form has {count} problem(s); nothing was imported.\n{problems}"
SURVEY_RESPONSES_INVALID = ("{path}: {count} problem(s) in the responses; nothing was "
                            "imported.\n{problems}")
SURVEY_RESPONSES_EMPTY = "{path}: has no responses (no rows under the header)."
SURVEY_NO_ANSWER_COLUMNS = ("{path}: no column matches a question of the form '{form}' "
                            "(columns are named by question, e.g. group/question).")
SURVEY_QUESTION_UNKNOWN = "The form '{form}' has no question '{name}'."
SURVEY_NOT_SELECT_ONE = "--by needs a select_one question; '{name}' is {type}."
