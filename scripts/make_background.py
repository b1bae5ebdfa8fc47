"""Build the background of UN sentence pairs that term extraction aligns a document with.

One report has too few sentences for a word aligner to learn from: its words are aligned
together with these pairs (glossary/data/background.tsv.gz, shipped in the package). They are
the UN Parallel Corpus development set (examples/unv1-devset: 4,000 real zh/en pairs from 2015
UN documents) less the families kept out as test sets for term extraction
(glossary.background.KEPT_OUT says which families, by id prefix, and since which round;
scripts/eval_glossary.py says what each is for and how many pairs it holds). The script prints
how many pairs it keeps and how many it holds out.
The bundled example documents are not in it either: the glossary is judged on them, and
any document being extracted is aligned in full anyway.

Stored already segmented (jieba words, lower-cased English tokens), one pair a line,
"Chinese words<TAB>English words", gzip'd: under 0.1 MB in the wheel (36 KB for 312 pairs).
Usage: python scripts/make_background.py
"""

from __future__ import annotations

import gzip

from _examples import ROOT, devset_rows

from unbitext.glossary.background import kept_out_prefixes
from unbitext.glossary.segment import alignment_form, en_tokens, zh_tokens

OUTPUT = ROOT / "glossary" / "data" / "background.tsv.gz"


def main() -> None:
    pairs = devset_rows()
    rows = []
    for _, zh, en, line_id in pairs:
        if line_id.startswith(kept_out_prefixes()):
            continue
        zh_words = " ".join(alignment_form(t).replace(" ", "_") for t in zh_tokens(zh))
        en_words = " ".join(alignment_form(t) for t in en_tokens(en))
        rows.append(f"{zh_words}\t{en_words}\n")
    # mtime=0: the same input gives the same bytes.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as packed:
        packed.write("".join(rows).encode("utf-8"))
    print(f"{len(rows)} pairs ({len(pairs) - len(rows)} held out) -> {OUTPUT} ({OUTPUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
