"""Terminology from aligned UN text.

What this package provides, one module each:
- model:      TermPair and Glossary, with the settings that made it
- units:      aligned units (unit id, Chinese, English) from TMX files, document pairs, folders
- segment:    words with offsets: jieba (with part of speech) for Chinese, a regex for English
- background: the UN sentence pairs shipped with the package that a document is word-aligned with
- wordalign:  eflomal both directions, symmetrised (grow-diag-final-and)
- boundaries: where a term may start and end (part of speech, closed-class English words)
- phrases:    term pairs consistent with the word alignment inside one sentence pair
- acronyms:   "long form（short form）" = "long form (ACRONYM)"
- patterns:   pairs the text spells out: acronyms, 题为“…” = entitled "…", 《…》 titles
- extract:    the pipeline from units to a ranked Glossary of proposed pairs
- export:     TSV (OmegaT), CSV (memoQ, Excel), TBX-Basic and TMX writers
- read:       reading glossaries back (TSV, CSV, TBX) for checks
- termindex:  finding terms in text (Aho-Corasick; English plural and case folded)
- check:      terminology and number consistency of a translation against glossaries
- chinese, english: candidate n-grams of each language (the check benchmark's synthetic glossary)
"""
