"""Detector of offensive language: words and phrases of six categories, Swedish, Finnish
and English, with obfuscation, stems, compounds and quoting context.

- :mod:`.lexicon` loads ``data/lexicon_<lang>.yaml`` and the exception lists (sources in
  ``data/SOURCE.md``);
- :mod:`.normalize` undoes obfuscation ("j*vla", "v-i-t-t-u");
- :mod:`.matcher` finds words (:func:`.matcher.detect`, once per post);
- :mod:`.phrases` finds multi-word threats, incitement and insults (:mod:`.patterns`
  reads off each phrase pattern the words it needs, for the filter that spares compiling it);
- ``data/lexicons.pickle``: the lexicons built, written by ``scripts/offensive_cache.py``.

The rules ``offensive/*`` (:mod:`kommunlint.rules.offensive`) keep the hits of their category.
"""
