"""Curating the lexicon (layer ``curation``, beside ``report`` and ``training``).

- :mod:`~pipeline.curation.edit`: ``tifa lexicon add`` / ``accept``: an entry validated
  with the whole lexicon, then written into its file (:mod:`~pipeline.curation.yamltext`
  splices it in, every other byte kept).
- :mod:`~pipeline.curation.stats`: ``tifa lexicon list`` / ``stats`` / ``diff``.
- :mod:`~pipeline.curation.mine`: ``tifa lexicon suggest``: candidates the lexicon lacks.
- :mod:`~pipeline.curation.review`: review files of those candidates; accepting them.
- :mod:`~pipeline.curation.cldr`: ``python -m pipeline.curation.cldr`` writes
  ``lexicon/places/countries_cldr.yaml`` from Babel CLDR + pycountry.
"""
