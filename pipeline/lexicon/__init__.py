"""The lexicon: load, validate and compile ``lexicon/*.yaml`` (layer ``lexicon``).

- :mod:`~pipeline.lexicon.paths`: where the lexicon is (``$TIFA_LEXICON``, shipped).
- :mod:`~pipeline.lexicon.load`: YAML read safely (ruamel.yaml; each entry keeps its
  ``file:line``), each entry validated with the pydantic model of its file;
  :func:`load` raises :class:`~pipeline.errors.LexiconError` listing every problem.
- :mod:`~pipeline.lexicon.check` (with :mod:`~pipeline.lexicon.guard`): whole-lexicon
  checks (duplicate ids, conflicting surface forms, unknown codes, slot patterns,
  blockers; no YAML aliases, no catastrophic patterns).
- :mod:`~pipeline.lexicon.model`: the hashed :class:`Lexicon` and its compiled matchers.
- :mod:`~pipeline.lexicon.matcher`: :class:`Matcher`, leftmost-longest matching over the
  normalised text (one daachorse automaton per annotator, slot patterns as regexes).
- :mod:`~pipeline.lexicon.bodies`: the foreign bodies of ``foreign_bodies.yaml`` compiled into
  one pattern (:attr:`Lexicon.foreign_bodies`), read by the engagement policy.

Example:
    >>> lex = load()                                   # the shipped lexicon
    >>> [m.surface for m in lex.places.find(lex.normalize("内蒙古与蒙古国").text)]
    ['内蒙古', '蒙古国']
"""

from .load import load, load_checked, validate
from .matcher import Hit, Matcher
from .model import Lexicon
from .paths import SHIPPED_NAMES, default_path, resolve_path, shipped_path

__all__ = ["Hit", "Lexicon", "Matcher", "SHIPPED_NAMES", "default_path", "load", "load_checked",
           "resolve_path", "shipped_path", "validate"]
