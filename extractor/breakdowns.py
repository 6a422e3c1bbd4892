"""Breakdowns: a figure given for a named unit, a bloc, or with an anaphor keeps the indicator
it breaks down ("tỷ lệ ... đạt 39,98%, trong đó khối bộ đạt 54,46%"; "Đà Nẵng (58,89%)";
"tỷ lệ này chỉ đạt 45,8%"). The unit goes in `scope` and gives the row its level.

The names, prefixes, blocs, anaphors and filler words are data in patterns/places.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import patterns as pattern_store
from .phrases import act_citation, act_reference_tail, coordinated_units, level_phrases
from .vntext import fold, keep_longest, phrase_alternation, phrases_re

CAPITALISED = r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ&.]*(?:['’][\wÀ-ỹ]+)?)"  # "M'nông"
NAME = CAPITALISED + r"(?:[ \t]+(?:" + CAPITALISED + r"|\d+))*"
WORD = re.compile(r"[^\W\d_]+")
YEAR_AFTER = re.compile(r"\s+(?:trong\s+)?năm\s+(?:19|20)\d\d.*$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Unit:
    text: str
    level: str
    start: int
    end: int
    named: bool  # a proper name ("Bộ Tư pháp", "Đà Nẵng") rather than a bloc ("khối bộ")


@dataclass(frozen=True)
class _Rules:
    provinces: re.Pattern
    central_cities: re.Pattern
    ministries: re.Pattern
    departments: re.Pattern
    countries: re.Pattern
    prefixed: list  # (regex, level)
    blocs: list  # (regex, level, national documents only)
    anaphors: re.Pattern
    fillers: re.Pattern
    heads: re.Pattern
    assigners: re.Pattern
    topic_stops: re.Pattern
    measures: re.Pattern
    own_level_word: re.Pattern
    average_head: re.Pattern
    average_alone: re.Pattern
    source_intro: re.Pattern
    topic_intro: re.Pattern
    named_topic: re.Pattern
    units_topic_link: re.Pattern
    standing_change: re.Pattern
    rank_words: re.Pattern
    about: re.Pattern
    grouping: re.Pattern


def national_document_units(text, pos):
    """'32/34 địa phương đã thành lập ...' in a national document: the provinces. [] when no
    such unit word starts at POS."""
    for rx, level, national_only in _rules().blocs:
        if national_only and rx.match(text, pos):
            return [level]
    return []


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = pattern_store.default().places
    prefixed = [(re.compile(r"(?<![\w])(?:" + phrase_alternation(words) + r")[ \t]+" + NAME), level)
                for level, words in data["unit_prefixes"].items()]
    blocs = [(phrases_re(words), level, False)
             for level, words in data["blocs"].items()]
    blocs += [(phrases_re(words), level, True)
              for level, words in (data.get("national_document_blocs") or {}).items()]
    return _Rules(
        provinces=phrases_re(data["provinces"], flags=0),
        central_cities=phrases_re(data["central_cities"]),
        ministries=phrases_re(pattern_store.default().documents["ministries"]),
        # a province's departments carry the ministries' fields: "Bộ Tư pháp" -> "Sở Tư pháp"
        # (the name goes on in lower case, which a capitalised-name rule would cut: "Sở Tư")
        countries=phrases_re(data["countries"]),
        departments=phrases_re(["Sở " + m[len("Bộ "):] for m in pattern_store.default().documents["ministries"]
                                if m.startswith("Bộ ")] + list(data["province_agencies"])),
        prefixed=prefixed, blocs=blocs,
        anaphors=phrases_re(data["anaphors"]),
        fillers=phrases_re(data["fillers"]),
        heads=phrases_re(pattern_store.default().cues["strong_heads"]),
        assigners=re.compile(r"[\W\s]*(?:" + phrase_alternation(pattern_store.default().cues["level_assigners"]) + r")(?!\w)",
                             re.IGNORECASE),
        topic_stops=phrases_re(data["topic_stops"]),
        measures=phrases_re(data["bare_measures"]),
        # a unit's kind with no name after it ("của tỉnh"), case kept so that a name's capital shows
        own_level_word=re.compile(r"(?<!\w)(?:(?:" + phrase_alternation(pattern_store.default().cues["owner_words"])
                                  + r")\s+)?(?:" + phrase_alternation([w for ws in pattern_store.default().levels["unit_nouns"].values()
                                                                       for w in ws]) + r")(?!\w)(?!\s+[A-ZĐÀ-Ỹ])"),
        average_alone=re.compile(r"\s*(?:" + phrase_alternation(data["average_heads"]) + r")\s*", re.IGNORECASE),
        average_head=re.compile(r"^\s*(?:" + phrase_alternation(data["average_heads"]) + r")\s+(?=\w+\s+\w)",
                                re.IGNORECASE),
        topic_intro=re.compile(r"[\W\s]*(?:" + phrase_alternation(pattern_store.default().cues["topic_intros"])
                               + r")\s+", re.IGNORECASE),
        source_intro=re.compile(r"[\W\s]*(?:" + phrase_alternation(pattern_store.default().cues["source_intros"])
                                + r")(?!\w)", re.IGNORECASE),
        rank_words=phrases_re(data["rank_words"]),
        grouping=re.compile(
            r"(?<!\w)(?P<group>(?:" + phrase_alternation(data["grouping"]["heads"]) + r")\s+[IVX\d]{1,4}\b[^,;.:]*?)\s+(?:"
            + phrase_alternation(data["grouping"]["links"]) + r")\s+(?P<n>\d{1,4})\s+(?P<noun>"
            + phrase_alternation(list(data["grouping"]["nouns"])) + r")(?!\w)", re.IGNORECASE),
        about=re.compile(r"[\s,]*(?:(?:" + phrase_alternation(data["closing_areas_before_about"]) + r")\s+)?(?:"
                         + phrase_alternation(data["about_words"]) + r")\s+([^,.;:()!?]+)", re.IGNORECASE),
        # "tăng 5 bậc", "giảm 3 bậc": a change of standing between a figure and its rank
        standing_change=re.compile(r"(?<!\w)(?:" + phrase_alternation(pattern_store.default().cues["change_words"])
                                   + r")\s+(?:(?:" + phrase_alternation(data["rank_step_modifiers"]) + r")\s+)?\d+(?:\s*[-–]\s*\d+)?\s+(?:"
                                   + phrase_alternation(data["rank_steps"]) + r")(?!\w)", re.IGNORECASE),
        units_topic_link=re.compile(r"[^,.;:()]{0,14}?\s(?:" + phrase_alternation(data["units_topic_links"]) + r")\s+",
                                    re.IGNORECASE),
        named_topic=re.compile(r"(?<!\w)(" + phrase_alternation(data["named_topic_heads"]) + r")\s*[“\"«]([^”\"»]{8,200})[”\"»]",
                               re.IGNORECASE),
    )


class _Same:
    """A key that is its object itself (the rules hold lists, so they have no hash); keeping
    the object alive in the key means no later one can take its id."""

    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __hash__(self):
        return id(self.obj)

    def __eq__(self, other):
        return self.obj is other.obj


def _kept(fn):
    """FN's answers kept, for each set of rules in use (tests load other rules): FN reads only
    its arguments and _rules(). A document asks about the same sentence, lead or indicator
    again and again. A list answer is handed out as a new list."""
    @lru_cache(maxsize=4096)
    def kept(rules, args, kwargs):
        out = fn(*args, **dict(kwargs))
        return tuple(out) if isinstance(out, list) else out

    def wrapper(*args, **kwargs):
        out = kept(_Same(_rules()), args, tuple(sorted(kwargs.items())))
        return list(out) if isinstance(out, tuple) else out

    wrapper.__wrapped__, wrapper.__doc__, wrapper.__name__ = fn, fn.__doc__, fn.__name__
    return wrapper


@_kept
def units(text: str, juris_level: str | None = None) -> list[Unit]:
    """Named units and blocs in TEXT, longest first where they overlap, in text order."""
    rules = _rules()
    found = [Unit(m.group(0), _city_level(m.group(0), level, rules, juris_level), m.start(), m.end(), True)
             for rx, level in rules.prefixed for m in rx.finditer(text)]
    found += [Unit(m.group(0), "province", m.start(), m.end(), True) for m in rules.provinces.finditer(text)]
    found += [Unit(m.group(0), "national", m.start(), m.end(), True) for m in rules.ministries.finditer(text)]
    found += [Unit(m.group(0), "province", m.start(), m.end(), True) for m in rules.departments.finditer(text)]
    found += [Unit(m.group(0), level, m.start(), m.end(), False) for rx, level, national_only in rules.blocs
              if not national_only or juris_level == "national" for m in rx.finditer(text)]
    return keep_longest(found, lambda u: u.start, lambda u: u.end)


CITY_PREFIX = re.compile(r"(?:thành\s+phố|tp\.?)\s+", re.IGNORECASE)


def _city_level(name, level, rules, juris_level=None):
    """'Thành phố Đông Hà' is a city within a province (district level); 'Thành phố Đà Nẵng' is
    a centrally-run city (a province); 'Thành phố Cà Mau', named like its province, is the
    province's city, except in a national document, which names provinces."""
    m = CITY_PREFIX.match(name)
    if level != "province" or not m:
        return level
    cities = rules.provinces if juris_level == "national" else rules.central_cities
    return level if cities.fullmatch(name[m.end():].strip()) else "district"


def breakdown_of(indicator: str, juris_level: str | None = None):
    """(units, True) when INDICATOR names no indicator of its own: a unit or bloc (or several
    named units: "Hà Nội và TP Hồ Chí Minh"), or an anaphor ("tỷ lệ này"), with only filler
    words around them. ([], False) otherwise."""
    rules = _rules()
    found = units(indicator, juris_level)
    if rules.anaphors.search(indicator):
        return [u for u in found if u.named][-1:], True  # "Tỉnh Cao Bằng ... về Chỉ số thành phần này"
    if rules.average_alone.fullmatch(indicator):
        return [], True  # "giá trị trung bình": the average of the index named before
    if not found:
        return [], False
    rest = list(indicator)
    for u in found:
        rest[u.start:u.end] = " " * (u.end - u.start)
    rest = rules.fillers.sub(" ", "".join(rest))
    named = [u for u in found if u.named]
    if len(WORD.findall(rest)) > (2 if len(named) > 1 else 1):
        return [], False
    return (named if len(named) > 1 else (named or found)[-1:]), True


UNITS_BEFORE_COMMA = re.compile(r"[^;.()\d]+,\s*")  # "100% sở, ban, ngành, 80% ...": the list goes on


def resolve(row, lead: str, parent, juris_level=None, juris_name=None, after_figure=True) -> tuple[list, bool]:
    """(rows, is_breakdown). ROW is a breakdown when the words right before its figure (LEAD,
    from the previous figure of the sentence) or its indicator name only units, blocs or an
    anaphor. It then takes PARENT's indicator (the row it breaks down), one row per unit
    named, the unit as scope and its level. Without a parent ROW stays as it is."""
    lead = lead[lead.rfind(";") + 1:]  # the clause of the figure only
    if after_figure and (_rules().assigners.match(lead) or coordinated_units().fullmatch(lead)
                         or UNITS_BEFORE_COMMA.fullmatch(lead)):
        # "70% đối với Sở, ban, ngành, 40% ...", "100% sở, ban, ngành và 80% UBND cấp huyện ...":
        # the units belong to the figure before
        lead = ""
    found, is_breakdown = breakdown_of(lead, juris_level)
    if not is_breakdown:
        found, is_breakdown = breakdown_of(row.indicator, juris_level)
    if not is_breakdown or parent is None:
        return [row], is_breakdown
    if not found and _rules().average_alone.fullmatch(row.indicator) and \
            not _rules().average_head.match(parent.indicator):
        return [row], False  # "Khối sở có điểm trung bình 86,1 điểm": an average of its own, not the one before
    if not found:  # an anaphor: the parent's indicator and levels
        return [replace(row, indicator=parent.indicator, levels=row.levels or list(parent.levels))], True
    # the document's own unit, not the city named like it ("thành phố Yên Bái" in tỉnh Yên Bái's text)
    own = juris_name and len(found) == 1 and juris_name.lower() in found[0].text.lower() and \
        (juris_level is None or found[0].level == juris_level)
    if own:  # the document's own province or district: the figure is its own, with no scope
        return [replace(row, indicator=parent.indicator, levels=row.levels or list(parent.levels))], True
    indicator = _index_measured(_rules().average_head.sub("", parent.indicator, count=1).strip() or parent.indicator)
    return [replace(row, indicator=indicator, scope=u.text, levels=[u.level]) for u in found], True


def _index_measured(indicator):
    """The index a unit's score breaks down, out of the average it was named by: "DTI trung bình cấp
    tỉnh" -> "DTI"; "nhóm các bộ có cung cấp dịch vụ công, DTI trung bình" -> "DTI" (the group that
    averaged it goes before the comma)."""
    tail = indicator.rsplit(",", 1)[-1].strip()
    if tail != indicator and _index_tail().match(tail):
        indicator = tail
    return _index_tail().sub(r"\g<index>", indicator).strip() or indicator


@lru_cache(maxsize=1)
def _index_tail():
    units = pattern_store.default().units
    return re.compile(r"^(?P<index>(?:" + phrase_alternation(units["index_heads"]) + r")(?!\w).*?)\s+(?:"
                      + phrase_alternation(units["average_words"]) + r")(?:\s+(?:" + phrase_alternation(level_phrases())
                      + r"))?$", re.IGNORECASE)


def _ranked_is_only_a_unit(text):
    rest = text
    for u in units(text):
        rest = rest.replace(u.text, " ")
    rest = _rules().countries.sub(" ", rest)
    return content_words(_rules().fillers.sub(" ", rest)) == 0


def rank_indicator(row, text: str, end: int, before=None):
    """A rank whose own words only rank ("xếp vị trí thứ 4 cả nước về Chỉ số CCHC"): what
    follows "về" after it, else the indicator of the figure BEFORE it in the sentence."""
    rules = _rules()
    if row.unit != "rank":
        return row
    change = rules.standing_change.search(row.indicator)
    if change and len(WORD.findall(row.indicator[:change.start()])) >= 2:
        # "Chỉ số CCHC của tỉnh tăng ít nhất 3 bậc, thuộc nhóm 30 tỉnh dẫn đầu": the change is no name
        row = replace(row, indicator=row.indicator[:change.start()].rstrip(" ,"))
    own = rules.rank_words.sub(" ", rules.standing_change.sub(" ", row.indicator))
    if WORD.findall(own) and not (_ranked_is_only_a_unit(own) and rules.about.match(text, end)):
        return row  # words of its own, unless they only name who is ranked ("Việt Nam ... về EGDI")
    about = rules.about.match(text, end)
    if about:
        words = YEAR_AFTER.sub("", about.group(1))
        if len(WORD.findall(words)) >= 2:
            return replace(row, indicator=words.strip())
    return replace(row, indicator=before.indicator) if before is not None else row


@dataclass(frozen=True)
class Grouping:
    """"Nhóm I có chỉ số CCHC đạt từ 90% trở lên gồm 12 đơn vị": a class of units defined by a
    bound (no row) and the count of units in it (a row)."""

    group: str
    start: int  # the group's text
    end: int
    count: int
    count_start: int
    count_end: int
    level: str | None


def groupings(text: str) -> list[Grouping]:
    data = pattern_store.default().places["grouping"]
    out = []
    for m in _rules().grouping.finditer(text):
        noun = m.group("noun").lower()
        level = next((lv for n, lv in data["nouns"].items() if n.lower() == noun), None)
        out.append(Grouping(m.group("group").strip(), m.start("group"), m.end("group"), int(m.group("n")),
                            m.start("n"), m.end("noun"), level if level != "none" else None))
    return out


ACRONYM = re.compile(r"[A-ZĐ]{3,6}")


def _index_acronym(word: str) -> bool:
    """'PCI', 'DDCI', 'SIPAS': an index named by its acronym (not an abbreviation of identity.yaml
    such as 'UBND', 'TTHC')."""
    return bool(ACRONYM.fullmatch(word)) and word not in _abbreviations()


@lru_cache(maxsize=1)
def _abbreviations():
    return frozenset(str(a).upper() for a in pattern_store.default().identity["abbreviations"])


def average_of_units(text: str) -> bool:
    """'Điểm bình quân cấp xã', 'điểm trung bình của khối sở': an average over units that names
    no index of its own (a unit breaking it down takes the index named before it)."""
    m = _rules().average_head.match(text) or _rules().average_alone.match(text)
    if not m:
        return False
    nouns = {fold(part) for ws in pattern_store.default().levels["unit_nouns"].values() for w in ws
             for part in str(w).split()}
    rest = [fold(w) for w in WORD.findall(text[m.end():])]
    # over a level or a bloc ("cấp xã", "khối sở", "các xã"), not the whole area ("của tỉnh")
    return bool({"cap", "cac", "khoi"} & set(rest)) and all(w in nouns | {"cap", "cua", "cac", "khoi"} for w in rest)


def names_indicator(text: str) -> bool:
    """A parent must name what is measured: a strong head ("tỷ lệ", "chỉ số") with words after
    it, or four words or more that are not only units and fillers."""
    m = _rules().heads.search(text)
    if m and len(WORD.findall(text[m.end():])) >= 2 or _rules().average_alone.fullmatch(text):
        return True  # ("điểm trung bình" of the blocs named after it, too)
    rest = _rules().fillers.sub(" ", text)
    for u in units(text):
        rest = rest.replace(u.text, " ")
    found = WORD.findall(rest)
    # an index named by its acronym ("Chỉ số DDCI", "điểm PCI") is named well enough
    return len(found) >= 4 or (len(found) >= 2 and any(_index_acronym(w) for w in found))


@_kept
def topic_of(text: str, min_words: int = 4) -> str | None:
    """The indicator a sentence or title talks about: a name in quotes after a head such as
    "lĩnh vực" or "chỉ số thành phần", else a strong head and the words after it, up to
    punctuation or a topic stop ("Tỷ lệ hồ sơ trực tuyến toàn trình của Hà Nam đạt ...")."""
    rules = _rules()
    named = list(rules.named_topic.finditer(text))
    if named:  # 'lĩnh vực “Xây dựng và phát triển chính quyền số”': the last one named
        return f"{named[-1].group(1)} {named[-1].group(2).strip()}"
    m = rules.heads.search(text)
    if not m:
        return None
    stop = rules.topic_stops.search(text, m.end())
    end = min([stop.start()] if stop else [len(text)])
    punct = re.search(r"[,.;:()!?“”\"]", text[m.start():end])
    if punct:
        end = m.start() + punct.start()
    topic = text[m.start():end].strip()
    cited = act_citation().search(topic)
    if cited:
        topic = topic[:cited.start()].strip()
    if rules.anaphors.search(topic):
        return None
    found = WORD.findall(topic)
    if len(found) >= 3 and any(_index_acronym(w) for w in found):
        return topic  # "Chỉ số DDCI năm 2023": an index named by its acronym
    return topic if len(found) >= min_words else None


def lead_topic(text: str) -> str | None:
    """The indicator a sentence's source lead-in names ("Theo kết quả đánh giá Chỉ số CCHC năm
    2023, huyện A đạt 85,1 điểm"): what the figures after it measure when their own words name
    only a unit or a period."""
    if _rules().source_intro.match(text):
        return topic_of(text, min_words=3)  # a source names its index in full: "Chỉ số CCHC" is enough
    about = _rules().topic_intro.match(text)  # "Về Bộ chỉ số 766, điểm của tỉnh ... đạt 86,45 điểm"
    comma = text.find(",", about.end()) if about else -1
    if comma > 0 and _rules().heads.match(text, about.end()):
        return topic_of(text[about.end():comma], min_words=3)
    return None


def units_topic(text: str, juris_level: str | None = None):
    """(topic, levels) when TEXT announces its topic for blocs of units ("Chỉ số cải cách hành
    chính năm 2023 của các sở, ban, ngành và UBND các huyện"), else None."""
    topic = topic_of(text)
    if not topic:
        return None
    link = _rules().units_topic_link.match(text, text.find(topic) + len(topic))
    if not link:
        return None
    tail = re.split(r"[.;:!?]", text[link.end():], maxsplit=1)[0]
    blocs = [u for u in units(tail, juris_level) if not u.named]
    if not blocs or len(WORD.findall(tail[:blocs[0].start])) > 1:  # "UBND các huyện" at most
        return None
    return topic, frozenset(u.level for u in blocs)


@dataclass(frozen=True)
class Parent:
    """What a breakdown inherits from the row it breaks down."""

    indicator: str
    levels: tuple


@lru_cache(maxsize=16)
def _phrases_re(phrases: tuple) -> re.Pattern:
    return phrases_re(phrases)


def content_words(text: str, extra_phrases=()) -> int:
    """Words of TEXT left once units, blocs, anaphors, fillers and EXTRA_PHRASES are removed:
    how much of an indicator it names ("trong khi mục tiêu đề ra là" names none)."""
    rules = _rules()
    rest = text
    for u in units(text):
        rest = rest.replace(u.text, " ")
    rest = rules.anaphors.sub(" ", rest)
    if extra_phrases:
        rest = _phrases_re(tuple(extra_phrases)).sub(" ", rest)
    return len(WORD.findall(rules.fillers.sub(" ", rest)))


def ranks_only(text: str) -> bool:
    """TEXT names no unit and says nothing but a standing ("điểm, xếp thứ"), maybe after a
    change of standing ("%, giảm 3 bậc, xếp thứ")."""
    rest = _rules().rank_words.sub(" ", _rules().standing_change.sub(" ", text))
    return not units(rest) and content_words(rest) <= 1


def grade_after_standing(text: str) -> bool:
    """TEXT, between a standing and a grade, says only where the unit stands ("/63 tỉnh, thành
    phố, thuộc nhóm xếp hạng "): the grade is of the same indicator."""
    data = pattern_store.default()
    kinds = [w for ws in data.levels["unit_nouns"].values() for w in ws]
    rest = re.sub(r"/\s*\d+", " ", text)
    rest = _phrases_re(tuple(kinds) + tuple(map(str, data.places["grade_links"]))
                       + tuple(map(str, data.units["grade_triggers"]))).sub(" ", rest)
    return not units(rest) and content_words(rest) == 0


def names_nothing(text: str) -> bool:
    """TEXT holds only times, fillers and punctuation ("% (cuối năm 2023 là "), no unit."""
    from . import periods

    rest = periods.without_periods(text)
    return not units(rest) and content_words(rest) == 0


def title_subject(title: str, lead_words) -> str | None:
    """What a news title reports on, after its report words: "Lâm Đồng công bố kết quả đánh giá
    chất lượng phục vụ người dân, doanh nghiệp quý II/2024" gives "đánh giá chất lượng phục vụ
    người dân, doanh nghiệp". None when no report word leads the subject or it is short."""
    from . import periods

    low = title.lower()
    found = [(low.find(w.lower()), w) for w in sorted(lead_words, key=len, reverse=True)
             if re.search(r"(?<!\w)" + re.escape(w.lower()) + r"(?!\w)", low)]
    if not found:
        return None
    at, word = min(found, key=lambda f: (f[0], -len(f[1])))
    rest = title[at + len(word):]
    cited = act_citation().search(rest)
    if cited:
        rest = rest[:cited.start()]  # "... theo Bộ chỉ số ban hành kèm theo Quyết định số 766/QĐ-TTg ..."
    for y in reversed(periods.mentions(rest)):
        rest = rest[:y.start] + rest[y.end:]
    rest = re.sub(r"\s+", " ", rest).strip(" ,.:;-–")
    return rest if len(WORD.findall(rest)) >= 4 else None


@lru_cache(maxsize=64)
def _own_name_re(own_name: str) -> re.Pattern:
    """The document's own unit, with the prefix of its kind or without ("tỉnh Lâm Đồng", "Lâm Đồng")."""
    prefixes = [p for level, words in pattern_store.default().places["unit_prefixes"].items()
                if level != "national" for p in words]
    return re.compile(r"(?:(?:" + phrase_alternation(prefixes) + r")\s+)?" + re.escape(own_name), re.IGNORECASE)


@lru_cache(maxsize=64)
def _own_subject_re(own_name: str) -> re.Pattern:
    """The own unit opening a clause as its subject, with the auxiliaries after it ("Hà Nam đã")."""
    aux = pattern_store.default().cues["subject_auxiliaries"]
    return re.compile(_own_name_re(own_name).pattern + r"\s+(?:(?:" + phrase_alternation(aux) + r")\s+)*", re.IGNORECASE)


def own_kind_only(text: str) -> bool:
    """TEXT is a unit's kind alone ("tỉnh", "của huyện"): the document's own unit as subject."""
    return bool(_rules().own_level_word.fullmatch(text.strip()))


def names_only(text: str, own_name: str | None) -> bool:
    """TEXT names nothing but times, fillers, a bare measure ("điểm") and the document's own unit
    ("quý II/2024 tỉnh Lâm Đồng", "điểm của tỉnh trong quý III")."""
    if own_name:
        text = _own_name_re(own_name).sub(" ", text)
        text = _rules().own_level_word.sub(" ", text)  # "của tỉnh": the own unit named by its kind alone
    from . import periods

    # "đến hết quý IV/2024": a period with its year, whole; "trong quý III", "9 tháng": its year is elsewhere
    text = periods.part_of_year().sub(" ", periods.without_periods(text))
    return names_nothing(_rules().measures.sub(" ", text))




OWNERS_COUNTED = re.compile(r"\s+của\s+(?:các\s+)?\d+\s+[^\W\d][^\d;]{0,50}$", re.IGNORECASE)


@lru_cache(maxsize=64)
def _own_tail_re(own_name: str) -> re.Pattern:
    kinds = phrase_alternation([w for ws in pattern_store.default().levels["unit_nouns"].values() for w in ws])
    name = r"(?:\s+" + re.escape(own_name) + r")?" if own_name else ""
    return re.compile(r"\s+của\s+(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:" + kinds + r")" + name + r"\s*$", re.IGNORECASE)


def unit_subject(row, juris_name: str | None = None):
    """"Ở cấp huyện, huyện Bình Sơn dẫn đầu với tỷ lệ số hóa hồ sơ đạt 91,2%": a named unit
    as the subject of its own indicator. The indicator starts at the strong head; the unit
    (not the document's own jurisdiction) becomes scope and level. ROW otherwise."""
    text = row.indicator
    counted = OWNERS_COUNTED.search(text)
    if counted and len(WORD.findall(text[:counted.start()])) >= 2:
        # "Chỉ số CCHC của 63 tỉnh, thành phố": the units the index is taken over, no part of its name
        text = text[:counted.start()]
        row = replace(row, indicator=text)
    tail = _own_tail_re(juris_name or "").search(text)
    if tail and len(WORD.findall(text[:tail.start()])) >= 2:
        # "điểm đánh giá ... của UBND huyện Cư M'gar", "Chỉ số CCHC năm 2023 của tỉnh": the
        # document's own unit owns the figure; it names nothing measured
        text = text[:tail.start()].rstrip(" ,")
        aside = re.search(r"\s*\(([^()]*)\)$", text)
        if aside and "/" in aside.group(1) and act_reference_tail().search(aside.group(1)):
            text = text[:aside.start()]  # "(theo Quyết định số 766/QĐ-TTg)" left at the end
        row = replace(row, indicator=text)
    if juris_name and not row.scope:
        own = _own_subject_re(juris_name).match(text)
        if own and len(WORD.findall(text[own.end():])) >= 2:
            # "Hà Nam đã xử lý trực tuyến toàn trình 68,54%": the document's own unit as the subject
            return replace(row, indicator=text[own.end():])
    head = _rules().heads.search(text)
    if head is None or row.scope:
        return row
    named = [u for u in units(text[:head.start()]) if u.named]
    if not named or (juris_name and juris_name.lower() in named[-1].text.lower()):
        return row
    unit = named[-1]
    if content_words(text[:head.start()].replace(unit.text, " ")) > 2:
        return row
    return replace(row, indicator=text[head.start():].strip(), scope=unit.text, levels=[unit.level])


def names_a_measure(text: str) -> bool:
    """TEXT opens with a word naming how something is measured ("điểm DTI trung bình ...",
    "giá trị ..."; places.yaml bare_measures)."""
    return _rules().measures.match(text.lstrip()) is not None


@lru_cache(maxsize=1)
def _extreme_holder_re():
    """'<holder> có <indicator> <cao nhất là> <unit>': patterns for extreme_holder."""
    data = pattern_store.default()
    extremes = [w for w in data.cues["extreme_words"] if str(w).endswith(" là")]
    holders = phrase_alternation(data.units["counted_units"])
    verbs = phrase_alternation(data.cues["holder_verbs"])
    return re.compile(r"^\W*(?:(?:" + holders + r")\s+(?:" + verbs + r")\s+)?(?P<indicator>.+?)\s+(?:"
                      + phrase_alternation(extremes) + r")\s+(?P<unit>.+?)\W*$", re.IGNORECASE)


def extreme_holder(indicator: str, juris_level: str | None = None):
    """(indicator, unit) for "đơn vị có tỷ lệ kích hoạt cao nhất là phường Phú Mỹ": the unit that
    holds the extreme of the indicator named before it; None when the words say something else."""
    m = _extreme_holder_re().match(indicator)
    if not m or not names_indicator(m.group("indicator")):
        return None
    found, whole = breakdown_of(m.group("unit"), juris_level)
    named = [u for u in found if u.named]
    return (m.group("indicator"), named[0]) if whole and len(named) == 1 else None
