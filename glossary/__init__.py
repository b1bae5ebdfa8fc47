"""Terminology from aligned UN text.

What this package provides, one module each:
- model:      TermPair and Glossary, with the settings that made it
- units:      aligned units (unit id, Chinese, English) from TMX files or document pairs
- cvalue:     C-value, termhood of nested candidates
- chinese:    Chinese term candidates: character n-grams between punctuation and function
              characters, ranked by C-value so that nested terms are handled
- english:    English term candidates: word n-grams that neither start nor end with a stop word
- acronyms:   the UN pattern "long form（short form）" = "long form (ACRONYM)", mined explicitly
- associate:  pairing candidates by logDice over aligned units, competitive linking
- extract:    the pipeline from units to a ranked Glossary
- export:     TSV (OmegaT), CSV, TBX-Basic and TMX writers
- read:       reading glossaries back (TSV, CSV, TBX) for checks
- check:      terminology and number consistency of a translation against glossaries
"""
