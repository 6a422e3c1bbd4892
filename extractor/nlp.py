"""underthesea word segmentation fed into a spaCy Doc, and the phrase rules from patterns/.

spaCy's own Vietnamese tokenizer needs pyvi and otherwise splits on spaces only, so the
Doc is built here: one token per syllable or punctuation mark (exact character offsets,
so matches map straight back to the text), with underthesea's word boundaries kept for
each token (`word_starts(doc)`). Phrase rules match on lower-cased syllables and are
kept only where they start and end on a word boundary, so "đạt" never matches inside
a word such as "đạt chuẩn" when underthesea reads that as one word.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from . import patterns as pattern_store
from .vntext import canon, syllables

# Sentences longer than this are not word-segmented (every syllable counts as a word
# start): no real sentence is this long, and the CRF segmenter would dominate the time
# of a hostile input (a megabyte of digits on one line).
MAX_SEGMENTED = 5000
ANALYSED_KEPT = 2048  # texts whose analysis is kept (a long document holds about this many sentences)


def word_starts(doc) -> list:
    return doc.user_data.get("word_starts") or [True] * len(doc)


NUMBER_GOES_ON = re.compile(r"[.,]?\d")


@dataclass(frozen=True)
class Match:
    group: str  # e.g. "op_before", "level", "cue"
    value: str  # e.g. ">=", "province", "target_cues"
    start: int  # character offsets in the analysed text
    end: int
    text: str


def _new_match(group, value, start, end, text, _new=object.__new__):
    """Match(group, value, start, end, text), the fields set as its frozen __init__ sets them,
    at half its cost (a document makes tens of thousands)."""
    m = _new(Match)
    m.__dict__.update(group=group, value=value, start=start, end=end, text=text)
    return m


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
        # where each syllable is in TEXT: a Doc keeps one space at most between tokens and none
        # before the first, so its own offsets drift on an indented line
        doc.user_data["offsets"] = [(start, end) for _, start, end in sylls]
        if self.segment_words and 1 < len(sylls) and len(text) <= MAX_SEGMENTED:
            doc.user_data["word_starts"] = _word_starts(text, sylls)
        return doc


def _word_starts(text, sylls):
    """Flag syllables that begin an underthesea word (compound words span several)."""
    from underthesea import word_tokenize

    inner = set()  # offsets of syllables that continue a word
    pos = 0
    # the segmenter learnt from text in lower case: a line in capitals ("TRẺ EM DƯỚI 1 TUỔI ĐƯỢC
    # TIÊM CHỦNG") is read as it, or "TUỔI ĐƯỢC" comes back as one word
    if text.isupper() and len(lower := text.lower()) == len(text):
        text = lower
    for word in word_tokenize(text):
        at = text.find(word, pos)
        if at < 0:
            continue
        pos = at + len(word)
        space = word.find(" ")
        while space >= 0:
            inner.add(at + space + 1)
            space = word.find(" ", space + 1)
    return [s not in inner for _, s, _ in sylls]


class Rules:
    """Every phrase list in patterns/ compiled into one spaCy PhraseMatcher."""

    def __init__(self, pats: pattern_store.Patterns):
        self.nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        self.tokenizer = VietnameseTokenizer(self.nlp.vocab)
        self.plain = plain = VietnameseTokenizer(self.nlp.vocab, segment_words=False)
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
                    "never_measured_nouns", "counted_units"):
            add(key, key, pats.units[key])
        for grade in pats.units["grades"]:
            add("grade", grade, [grade])
        for level, phrases in pats.levels["levels"].items():
            add("level", level, phrases)
        for i, entry in enumerate(pats.levels["all_levels"]):
            add("all_levels", str(i), [entry["phrase"]])
        for level, phrases in pats.levels["unit_nouns"].items():
            add("unit_noun", level, phrases)
        add("not_level", "not_levels", pats.levels["not_levels"])
        for name, phrases in pats.cues.items():
            add("cue", name, phrases)
        for (group, value), phrases in groups.items():
            label = f"{group}|{value}"
            self.labels[self.nlp.vocab.strings.add(label)] = (group, value)
            self.matcher.add(label, [plain(p) for p in sorted(phrases)])
        self.all_levels = [(entry["levels"], entry.get("jurisdiction"), canon(entry["phrase"]).lower())
                           for entry in pats.levels["all_levels"]]
        self.counted_targets = frozenset(str(w).lower() for w in pats.cues["counted_targets"])
        # A document reads many texts twice or more (a sentence, then its clauses' tails; the
        # whole document again once it turns out to be a report): the answer depends on the
        # text alone, so it is kept while the document is read (forget() between documents).
        self._analysed = lru_cache(maxsize=ANALYSED_KEPT)(self._analyse)

    def forget(self):
        """Drop the analyses kept for the document just read."""
        self._analysed.cache_clear()

    def analyse(self, text: str, segment: bool = True) -> tuple[Doc, list[Match]]:
        """The Doc and phrase matches of TEXT. segment=False skips word segmentation (every
        syllable then counts as a word start): enough for headings and column labels."""
        doc, out = self._analysed(text, segment)
        return doc, list(out)

    def _analyse(self, text: str, segment: bool) -> tuple[Doc, tuple[Match, ...]]:
        doc = (self.tokenizer if segment else self.plain)(canon_lower_safe(text))
        starts = word_starts(doc)
        offsets = doc.user_data["offsets"]
        out = []
        for match_id, start, end in self.matcher(doc):
            group, value = self.labels[match_id]
            if (group in WORD_BOUND or (group == "unit" and value != "percent")) and \
                    not _on_word_bounds(doc, starts, start, end):
                continue
            a, b = offsets[start][0], offsets[end - 1][1]
            if text[b - 1].isdigit() and NUMBER_GOES_ON.match(text, b):
                continue  # "cộng 3" is no scoring cue in "tổng cộng 3.374 hồ sơ": the number goes on
            out.append(_new_match(group, value, a, b, text[a:b]))
        compounds = [(m.start, m.end) for m in out if m.group == "not_level"]
        if compounds:  # "xã hội", "hợp tác xã": no commune in them, segmented or not
            out = [m for m in out if m.group != "not_level" and not (
                m.group in LEVEL_GROUPS and any(m.start < b and a < m.end for a, b in compounds))]
        # "kết quả thực hiện 5 chỉ tiêu", "hoàn thành 100% chỉ tiêu": targets counted are reported on, not set here
        out = [m for m in out if not (m.group == "cue" and m.value in TARGET_CUES and m.text.lower() in self.counted_targets
                                      and COUNT_BEFORE.search(text, 0, m.start))]
        # a reference followed by its figure states that target ("mục tiêu đề ra là 50%"): not neutral
        names = [(m.start, m.end) for m in out if m.group == "cue" and m.value in NEUTRAL
                 and not (m.value == "plan_references" and FIGURE_NEXT.match(text, m.end))]
        if names:  # "Chương trình mục tiêu quốc gia", "nhiệm vụ đề ra": their "mục tiêu", "đề ra" set nothing
            # (nor a cue opening inside a name: "mới đạt" in "xã đạt chuẩn nông thôn mới đạt 68%")
            out = [m for m in out if not (m.group == "cue" and m.value not in NEUTRAL
                                          and any(a <= m.start < b for a, b in names))]
        out.sort(key=lambda m: (m.start, -m.end))
        return doc, tuple(out)


TARGET_CUES = ("target_cues",)
LEVEL_GROUPS = ("level", "all_levels", "unit_noun")
NEUTRAL = ("neutral_names", "plan_references")
# the figure a reference states, right after it or after a few words ("chỉ tiêu toàn quốc là 60%")
FIGURE_NEXT = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*(?:là|:|=|\(|bằng)?\s*\d")
# "5 chỉ tiêu", "13/20 chỉ tiêu", "100% chỉ tiêu": targets counted or the share of them met
COUNT_NUMBER = r"(?<![\d.,/])\d{1,3}(?:\s*/\s*\d{1,3})?"  # "5", "13/20": how many
COUNT_BEFORE = re.compile(r"(?:" + COUNT_NUMBER + r"|\d{1,3}(?:[.,]\d+)?\s*%)\s+$")

# Groups whose phrases must start and end on underthesea word boundaries.
WORD_BOUND = {"cue", "op_before", "op_after", "measured_nouns", "not_measured_nouns", "never_measured_nouns", "counted_units",
              "level", "all_levels", "unit_noun"}  # levels too: "trợ cấp xã hội" holds no "cấp xã"


def canon_lower_safe(text: str) -> str:
    """Spelling variants folded without changing length, so offsets stay valid."""
    out = canon(text)
    return out if len(out) == len(text) else text


def _on_word_bounds(doc, starts, start, end) -> bool:
    # underthesea glues a number to its noun ("683.241 HS"): a noun right after digits still counts
    if not starts[start] and not (start > 0 and doc[start - 1].text.isdigit()):
        return False
    # one-syllable phrases must also end a word ("đạt" is not "đạt chuẩn"); longer ones are
    # specific enough, and underthesea may glue their last syllable onward ("quý IV")
    return end - start > 1 or end >= len(doc) or starts[end]


@lru_cache(maxsize=1)
def rules() -> Rules:
    return Rules(pattern_store.default())


class MatchIndex:
    """Phrase matches of one text, looked up by position in constant time.

    Every lookup the pipeline makes is "what starts (or ends) here, across blanks" or
    "which cues fall in this span"; scanning the whole list each time would make long
    hostile inputs quadratic."""

    BLANKS = " \t\n\r"

    def __init__(self, text: str, matches):
        self.text = text
        self.by_start, self.by_end, self.by_cue = {}, {}, {}
        for m in matches:
            self.by_start.setdefault(m.start, []).append(m)
            self.by_end.setdefault(m.end, []).append(m)
            if m.group == "cue":
                self.by_cue.setdefault(m.value, []).append(m)
        self.cue_starts = {name: [c.start for c in cs] for name, cs in self.by_cue.items()}
        self.by_group = {}
        for m in matches:
            self.by_group.setdefault(m.group, []).append(m)
        for ms in self.by_group.values():
            ms.sort(key=lambda m: m.start)
        self.group_starts = {g: [m.start for m in ms] for g, ms in self.by_group.items()}

    def starting(self, pos: int) -> list:
        """Matches that start at POS or after blanks following it."""
        n = len(self.text)
        while pos < n and self.text[pos] in self.BLANKS:
            pos += 1
        return self.by_start.get(pos, [])

    def ending(self, pos: int) -> list:
        """Matches that end at POS or before blanks preceding it."""
        while pos > 0 and self.text[pos - 1] in self.BLANKS:
            pos -= 1
        return self.by_end.get(pos, [])

    def cues(self, name: str) -> list:
        return self.by_cue.get(name, [])

    def has_cue(self, name: str, a: int, b: int) -> bool:
        """Whether a cue of NAME starts in [a, b) (no list built: clauses can be long)."""
        starts = self.cue_starts.get(name)
        if not starts:
            return False
        i = bisect.bisect_left(starts, a)
        return i < len(starts) and starts[i] < b

    def first_cue(self, name: str, a: int, b: int):
        starts = self.cue_starts.get(name)
        if not starts:
            return None
        i = bisect.bisect_left(starts, a)
        return self.by_cue[name][i] if i < len(starts) and starts[i] < b else None

    def cues_between(self, name: str, a: int, b: int) -> list:
        """Cues of NAME starting in [a, b)."""
        starts = self.cue_starts.get(name)
        if not starts:
            return []
        return self.by_cue[name][bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

    def iter_cues(self, name: str, a: int, b: int):
        """Cues of NAME starting in [a, b), one at a time: a test that stops at the first one
        costs no copy of a long clause's cues."""
        starts = self.cue_starts.get(name)
        if not starts:
            return
        cues = self.by_cue[name]
        for i in range(bisect.bisect_left(starts, a), len(starts)):
            if starts[i] >= b:
                return
            yield cues[i]

    def group_between(self, group: str, a: int, b: int) -> list:
        """Matches of GROUP starting in [a, b)."""
        starts = self.group_starts.get(group)
        if not starts:
            return []
        return self.by_group[group][bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
