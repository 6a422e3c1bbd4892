"""underthesea word segmentation fed into a spaCy Doc, and the phrase rules from patterns/.

spaCy's own Vietnamese tokenizer needs pyvi and otherwise splits on spaces only, so the
Doc is built here: one token per syllable or punctuation mark (exact character offsets,
so matches map straight back to the text), with underthesea's word boundaries kept on
each token (`token._.word_start`). Phrase rules match on lower-cased syllables and are
kept only where they start and end on a word boundary, so "đạt" never matches inside
a word such as "đạt chuẩn" when underthesea reads that as one word.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from . import patterns as pattern_store
from .vntext import canon, syllables

if not Token.has_extension("word_start"):
    Token.set_extension("word_start", default=True)


@dataclass(frozen=True)
class Match:
    group: str  # e.g. "op_before", "level", "cue"
    value: str  # e.g. ">=", "province", "target_cues"
    start: int  # character offsets in the analysed text
    end: int
    text: str


class VietnameseTokenizer:
    """spaCy tokenizer: syllable tokens with underthesea word boundaries."""

    def __init__(self, vocab, segment_words: bool = True):
        self.vocab = vocab
        self.segment_words = segment_words

    def __call__(self, text: str) -> Doc:
        sylls = syllables(text)
        words = [s for s, _, _ in sylls]
        spaces = [i + 1 < len(sylls) and sylls[i + 1][1] > end for i, (_, _, end) in enumerate(sylls)]
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if self.segment_words and len(sylls) > 1:
            for tok, is_start in zip(doc, _word_starts(text, sylls)):
                tok._.word_start = is_start
        return doc


def _word_starts(text, sylls):
    """Flag syllables that begin an underthesea word (compound words span several)."""
    from underthesea import word_tokenize

    starts = {s for _, s, _ in sylls}
    inner = set()
    pos = 0
    for word in word_tokenize(text):
        at = text.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        for _, s, _ in syllables(word)[1:]:
            inner.add(at + s)
    return [s not in inner for _, s, _ in sylls if s in starts]


class Rules:
    """Every phrase list in patterns/ compiled into one spaCy PhraseMatcher."""

    def __init__(self, pats: pattern_store.Patterns):
        self.nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        self.tokenizer = VietnameseTokenizer(self.nlp.vocab)
        plain = VietnameseTokenizer(self.nlp.vocab, segment_words=False)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.labels = {}
        groups = {}

        def add(group, value, phrases):
            groups.setdefault((group, value), set()).update(canon(str(p)).lower() for p in phrases)

        for op, phrases in pats.operators["before"].items():
            add("op_before", op, phrases)
        for op, phrases in pats.operators["after"].items():
            add("op_after", op, phrases)
        add("cue", "negations", pats.operators["negations"])
        for key in ("percent", "day", "point"):
            add("unit", key, pats.units[key])
        for key in ("rank_before", "rank_group_cues", "grade_triggers", "measured_nouns", "not_measured_nouns",
                    "never_measured_nouns"):
            add(key, key, pats.units[key])
        for grade in pats.units["grades"]:
            add("grade", grade, [grade])
        for level, phrases in pats.levels["levels"].items():
            add("level", level, phrases)
        for i, entry in enumerate(pats.levels["all_levels"]):
            add("all_levels", str(i), [entry["phrase"]])
        for level, phrases in pats.levels["unit_nouns"].items():
            add("unit_noun", level, phrases)
        for name, phrases in pats.cues.items():
            add("cue", name, phrases)
        for (group, value), phrases in groups.items():
            label = f"{group}|{value}"
            self.labels[self.nlp.vocab.strings.add(label)] = (group, value)
            self.matcher.add(label, [plain(p) for p in sorted(phrases)])
        self.all_levels = [(entry["levels"], entry.get("jurisdiction"), canon(entry["phrase"]).lower())
                           for entry in pats.levels["all_levels"]]

    def analyse(self, text: str) -> tuple[Doc, list[Match]]:
        doc = self.tokenizer(canon_lower_safe(text))
        out = []
        for match_id, start, end in self.matcher(doc):
            group, value = self.labels[match_id]
            if (group in WORD_BOUND or (group == "unit" and value != "percent")) and not _on_word_bounds(doc, start, end):
                continue
            span = doc[start:end]
            out.append(Match(group, value, span.start_char, span.end_char, span.text))
        out.sort(key=lambda m: (m.start, -m.end))
        return doc, out


# Groups whose phrases must start and end on underthesea word boundaries.
WORD_BOUND = {"cue", "op_before", "op_after", "measured_nouns", "not_measured_nouns", "never_measured_nouns"}


def canon_lower_safe(text: str) -> str:
    """Spelling variants folded without changing length, so offsets stay valid."""
    out = canon(text)
    return out if len(out) == len(text) else text


def _on_word_bounds(doc, start, end) -> bool:
    # underthesea glues a number to its noun ("683.241 HS"): a noun right after digits still counts
    if not doc[start]._.word_start and not (start > 0 and doc[start - 1].text.isdigit()):
        return False
    # one-syllable phrases must also end a word ("đạt" is not "đạt chuẩn"); longer ones are
    # specific enough, and underthesea may glue their last syllable onward ("quý IV")
    return end - start > 1 or end >= len(doc) or doc[end]._.word_start


@lru_cache(maxsize=1)
def rules() -> Rules:
    return Rules(pattern_store.default())
