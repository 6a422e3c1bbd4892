"""Document facts: title, the act that sets the targets, cited acts, jurisdiction, year."""
from __future__ import annotations

import re
from functools import lru_cache

from collections import Counter

from . import patterns as pattern_store
from . import periods
from .sentence import body_sentence
from .vntext import fold

DATE_NUMERIC = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d\d)\b")
DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)
# (a Central Highlands name may hold an apostrophe: "Cư M'gar", "Đắk R'lấp")
PROPER = r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ]*(?:['’][\wÀ-ỹ]+)?)(?:(?:[\-–]| )(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ]*(?:['’][\wÀ-ỹ]+)?|\d+)){0,3})"


@lru_cache(maxsize=1)
def _compiled():
    pats = pattern_store.default()
    acts = pats.documents["act_types"]
    abbrev_to_type = {v: k for k, v in acts.items()}
    type_names = "|".join(sorted((re.escape(k) for k in acts), key=len, reverse=True))
    number = re.compile(
        r"(?:(" + type_names + r")\s+)?(?:số\s*:?\s*)?"
        r"(\d+[a-zA-Z]?(?:/\d{4})?/[A-ZĐa-z]+(?:-[A-ZĐa-z0-9]+)+|\d+-[A-ZĐ]+/[A-ZĐ]+)",
        re.IGNORECASE,
    )
    juris = sorted((j for j in pats.documents["jurisdictions"] if j["prefix"] != "Bộ"), key=lambda j: -len(j["prefix"]))
    # "Huyện Đức Linh đẩy mạnh ..." opens a headline with the prefix capitalised
    juris_re = [(re.compile(r"\b(?i:" + re.escape(j["prefix"]) + r")[ \t]+" + PROPER), j["level"]) for j in juris]
    return number, abbrev_to_type, juris_re, pats


def _iso(d, m, y):
    try:
        d, m, y = int(d), int(m), int(y)
    except ValueError:
        return None
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _named_source(text, found, pats):
    """The act a sentence names as the source of its targets, anywhere in the text: "Các chỉ
    tiêu trên được giao tại Quyết định số ...", "... phấn đấu ... theo Kế hoạch số ..."."""
    setting = pats.documents["setting_act_types"]
    links = tuple(fold(w) for w in pats.documents["target_source_links"])
    aims = [fold(w) for w in pats.documents["target_source_aims"]]
    for f in found:
        if f["type"] not in setting:
            continue
        before = fold(text[max(0, f["pos"] - 30):f["pos"]]).rstrip()
        if not re.search(r"(?:^|[\s(])(?:" + "|".join(map(re.escape, links)) + r")$", before):
            continue
        start = max(text.rfind("\n", 0, f["pos"]), text.rfind(". ", 0, f["pos"])) + 1
        stop = [i for i in (text.find("\n", f["pos"]), text.find(". ", f["pos"])) if i >= 0]
        sentence = fold(text[start:min(stop) if stop else len(text)])
        if any(re.search(r"\b" + re.escape(a) + r"\b", sentence) for a in aims):
            return f
    return None


def _type_of(number, written, abbrev_to_type):
    if written:
        return written[0].upper() + written[1:].lower()
    for part in re.split(r"[/\-]", number):
        if part.upper() in {k.upper() for k in abbrev_to_type}:
            return next(v for k, v in abbrev_to_type.items() if k.upper() == part.upper())
    return None


def _date_near(text, pos, span=160):
    window = text[pos:pos + span]
    best = None
    for rx in (DATE_WORDS, DATE_NUMERIC):
        m = rx.search(window)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), _iso(*m.groups()))
    before = text[max(0, pos - 80):pos]
    for rx in (DATE_WORDS, DATE_NUMERIC):
        ms = list(rx.finditer(before))
        if ms and best is None:
            best = (0, _iso(*ms[-1].groups()))
    return best[1] if best else None


PLACE_DATE_LINE = re.compile(r"\W*[^,]{0,30},\s*ngày\s+\d", re.IGNORECASE)
TITLE_WORDS = re.compile(r"chỉ tiêu|kế hoạch|quyết định|mục tiêu|cải cách|chương trình|chỉ thị|về việc|ban hành|"
                         r"nhiệm vụ|thủ tục hành chính|năm\s+(?:19|20)\d\d|giai đoạn", re.IGNORECASE)


# "Trang chủ » Tin tức » Cải cách hành chính": a breadcrumb, no title
BREADCRUMB = re.compile(r"\s(?:»|›|>|/)\s.*\s(?:»|›|>|/)\s|\s[»›]\s")


@lru_cache(maxsize=1)
def _site_chrome():
    """A site's menu ("Trang chủ  Giới thiệu  Tin tức") or banner ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ..."):
    no title (documents.yaml site_chrome_heads)."""
    heads = pattern_store.default().documents["site_chrome_heads"]
    return re.compile(r"^(?:" + "|".join(map(re.escape, sorted(heads, key=len, reverse=True))) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _dateline():
    """A newspaper's dateline ("BÁO LÂM ĐỒNG  Thứ Năm, 04/5/2023"): a weekday before a date
    (documents.yaml weekdays)."""
    days = pattern_store.default().documents["weekdays"]
    return re.compile(r"(?:" + "|".join(map(re.escape, days)) + r")\s*,?\s*(?:ngày\s+)?"
                      r"\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d\d", re.IGNORECASE)


def title_of(lines):
    """The first line that reads like a title: six words or more, not a date line, and
    about plans, targets or a year if any such line exists (menus come first on web pages)."""
    after_type = _line_after_act_type(lines)
    if after_type:
        return after_type
    candidates = []
    first = next((s for s in (line.strip().strip("#* ") for line in lines) if s and not _dateline().search(s)), "")
    for line in lines[:40]:
        s = line.strip().strip("#* ")
        if len(s.split()) >= 6 and not DATE_NUMERIC.search(s[:25]) and "|" not in s and not cites(s) \
                and not PLACE_DATE_LINE.match(s) and not BREADCRUMB.search(s) and not _site_chrome().match(s) \
                and not _dateline().search(s):
            candidates.append(s)
    if candidates and candidates[0] == first and not first.isupper() and len(first.split()) <= 30 \
            and not re.search(r"[.;:,]$", first):
        return first  # a headline opens a web page: "Nghệ An: Đến nay có 351 xã đạt chuẩn nông thôn mới"
    title = next((c for c in candidates if TITLE_WORDS.search(c)), candidates[0] if candidates else None)
    if title and title.isupper():
        body = [line.strip().strip("#* ") for line in lines[:45] if line.strip().strip("#* ")]
        at = body.index(title) if title in body else -1
        title = _with_capital_lines(title, body[at + 1:at + 4]) if at >= 0 else title
    return title


@lru_cache(maxsize=1)
def _authority_line():
    """The line after a decision's title: who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...")."""
    words = pattern_store.default().documents["authority_lines"]
    return re.compile(r"\W*(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?!\w)")


def _line_after_act_type(lines):
    """The line under an act's type set on a line of its own ("KẾ HOẠCH" / "Thực hiện Đề án 06
    trên địa bàn tỉnh năm 2024"): the act's title, even when it names another act."""
    types = {t.upper() for t in pattern_store.default().documents["act_types"]}
    body = [line.strip().strip("#* ") for line in lines[:40] if line.strip().strip("#* ")]
    def titled(line):
        return len(line.split()) >= 3 and not DATE_NUMERIC.search(line[:25]) and "|" not in line

    for i, s in enumerate(body[:-1]):
        if s in types:
            title, nxt = body[i + 1], body[i + 2] if i + 2 < len(body) else ""
            if cites(title) and re.search(r"\d+/", title) and titled(nxt) and not cites(nxt) \
                    and not re.search(r"\d\s*%", nxt):
                return nxt  # "Thực hiện Kế hoạch số 45/KH-UBND ..." as a basis line above the title
            if not titled(title):
                return None
            return _with_capital_lines(title, body[i + 2:i + 5])
    return None


def _with_capital_lines(title, following):
    """A title in capitals set on several lines ("THỰC HIỆN CHƯƠNG TRÌNH ..." / "Ở ĐỊA BÀN ...",
    "SỐ LIỆU THỐNG KÊ ... NĂM 2019" / "VÀ CHỈ TIÊU NĂM 2020"): the lines in capitals after it."""
    for more in following if title.isupper() else ():
        if not more.isupper() or re.match(r"\W*(?:[IVX]+|\d+|[A-Z])\.\s", more) or more.strip("-_* ") == "" \
                or _authority_line().match(more):
            break
        title = f"{title} {more}"
    return title


def acts(text):
    """(decision, references, own): the act the document issues or reports, the others it cites,
    and whether the decision speaks for the document (its own act or the one its opening reports)
    rather than being only named later as the source of its targets; only then does its date
    tell the document's time."""
    number_re, abbrev_to_type, _, pats = _compiled()
    issue_words = [fold(w) for w in pats.documents["issue_verbs"]]
    found = []
    for m in number_re.finditer(text):
        num = m.group(2)
        before = fold(text[max(0, m.start() - 60):m.start()])
        header = bool(re.search(r"(?:^|\n)\s*số\s*:?\s*$", text[max(0, m.start() - 12):m.start() + (m.end(1) - m.start() if m.group(1) else 0)], re.IGNORECASE))
        header = header or bool(re.match(r"\s*Số\s*:", text[m.start():m.end()]))
        issued = any(w in before[-40:] and re.search(r"\b" + re.escape(w) + r"\b", before[-40:]) for w in issue_words)
        cited = not header and _cited_by_passive(before)
        found.append({
            "number": num, "type": _type_of(num, m.group(1), abbrev_to_type), "pos": m.start(),
            "header": header, "issued": (issued and not cited) or header, "cited": cited,
        })
    decision = None
    for f in found:
        if f["header"]:
            decision = f
            break
    if decision is None:
        lead = text[:1500]
        for f in found:
            if f["issued"] and f["pos"] < max(len(lead), 1500):
                decision = f
                break
    if decision is None:
        # news of an act: the act that sets targets named first in the opening ("Mục tiêu tại
        # Nghị quyết số 66/NQ-CP ...", "Quyết định 1588/QĐ-TTg đặt mục tiêu ...")
        setting = pats.documents["setting_act_types"]
        basis = tuple(fold(w) for w in pats.documents["legal_basis_words"])
        for f in found:
            line_start = text.rfind("\n", 0, f["pos"]) + 1
            lead = text[line_start:f["pos"]]
            if f["pos"] < 600 and f["type"] in setting and not f["cited"] and lead.count("(") <= lead.count(")") and \
                    not fold(lead).lstrip(" -+*").startswith(basis):
                # not "Căn cứ Nghị quyết số 01/NQ-CP ...", a legal basis, nor "(theo Quyết định số
                # 766/QĐ-TTg)", an act the opening only refers to
                decision = f
                break
    own = decision is not None
    if decision is None:
        decision = _named_source(text, found, pats)
    refs, seen = [], set()
    for f in found:
        key = f["number"].upper()
        if decision and key == decision["number"].upper():
            continue
        if key in seen:
            continue
        seen.add(key)
        refs.append({"number": f["number"], "type": f["type"], "date": _date_near(text, f["pos"] + len(f["number"]), 60)})
    if decision:
        date = None if decision["header"] else _date_near(text, decision["pos"])
        if decision["header"]:
            place_date = PLACE_DATE.search(text[:4000])
            if place_date:
                date = _iso(*place_date.groups())
        decision = {"number": decision["number"], "type": decision["type"], "date": date,
                    "issuer": None, "signer": None}
    return decision, refs, own


@lru_cache(maxsize=1)
def _passive_link():
    """(a passive verb and its link ending the folded text before an act, "được ban hành kèm theo",
    "đã được phê duyệt tại"; the subjects that make the act the page's own, "kết quả"), from
    documents.yaml passive_markers, passive_act_links and passive_own_subjects."""
    docs = pattern_store.default().documents
    marks = "|".join(re.escape(fold(w)) for w in docs["passive_markers"])
    links = "|".join(re.escape(fold(w)) for w in docs["passive_act_links"])
    own = "|".join(re.escape(fold(w)) for w in docs["passive_own_subjects"])
    return (re.compile(r"\b(?:" + marks + r")(?:\s+[^\W\d_]+){1,4}?\s+(?:" + links + r")\s*$"),
            re.compile(r"\b(?:" + own + r")\b"))


def _cited_by_passive(before):
    """Whether the folded text BEFORE an act cites it for what it issued, not as the act reported."""
    link, own = _passive_link()
    m = link.search(before)
    if not m:
        return False
    clause = re.split(r"[.;:\n]", before[:m.start()])[-1]
    return not own.search(clause)


def _title_case(name):
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


def _header_parts(lines):
    """The header's parts, line by line (a header cell may share its line with 'CỘNG HÒA ...' after a '|')."""
    head = []
    for raw in lines[:30]:
        for part in raw.split("|"):
            # the motto set beside the issuer on the same line ("THÀNH PHỐ X   Độc lập - Tự do - Hạnh phúc")
            part = _motto().sub("", re.sub(r"[*#_]+|-{2,}", " ", part)).strip()
            if part:
                head.append(part)
    return head


def _people_committee(head, pats):
    """(kind of unit, name) of a people's committee issuing: 'ỦY BAN NHÂN DÂN / THÀNH PHỐ TAM KỲ'.
    A header naming the committee above first ('UBND HUYỆN CẨM GIÀNG / ỦY BAN NHÂN DÂN / XÃ CẨM VŨ')
    is issued by the one under it."""
    units = pats.documents["unit_words"]
    unit_re = "|".join(sorted((re.escape(u.upper()) for u in units), key=len, reverse=True))
    unit_line = re.compile(r"^(?:(?:ỦY BAN NHÂN DÂN|UBND)\s+)?(" + unit_re + r")\s+([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\- ]*?)\s*$")
    found, at = None, None
    for i, part in enumerate(head):
        if at is not None and i > at + MAX_COMMITTEE_BLOCK:
            break
        if re.match(r"^(?:ỦY BAN NHÂN DÂN|UBND)\b", part) or (i and re.match(r"^(?:ỦY BAN NHÂN DÂN|UBND)$", head[i - 1])):
            m = unit_line.match(part)
            if m:
                found, at = (m.group(1).lower(), _title_case(m.group(2))), i
    return found


MAX_COMMITTEE_BLOCK = 2  # header lines from one committee's name to the one under it


def committee_issuer(lines, juris):
    """'UBND thành phố Tam Kỳ': the committee the header names with its own kind of unit, when it
    is the jurisdiction's; else None."""
    found = _people_committee(_header_parts(lines), pattern_store.default())
    if found and juris and found[1] == juris.get("name"):
        return f"UBND {found[0]} {found[1]}"
    return None


def _header_issuer(lines, pats):
    """The issuer block at the top: 'ỦY BAN NHÂN DÂN / TỈNH GIA LAI', 'BỘ TƯ PHÁP', 'THỦ TƯỚNG CHÍNH PHỦ'."""
    head = _header_parts(lines)
    committee = _people_committee(head, pats)
    if committee:
        kind, name = committee
        level = pats.documents["unit_words"][kind]
        if fold(kind) == "thanh pho" and not _is_province(name, pats):
            level = "district"  # "THÀNH PHỐ BUÔN MA THUỘT": a city of a province
        return {"name": name, "level": level}
    # A ministry issues the document only when its name stands as a header line of its own
    # ("BỘ TƯ PHÁP"); a news lead naming it in a sentence ("Theo Bộ Nội vụ, ...") is no issuer.
    upper = " ".join(head).upper()
    header_lines = {re.sub(r"[\s.:]+$", "", part).upper() for part in head[:12]}
    for ministry in pats.documents["ministries"]:
        if ministry.upper() in header_lines:
            at = next(i for i, part in enumerate(head) if re.sub(r"[\s.:]+$", "", part).upper() == ministry.upper())
            branch = _caps_province(head[at + 1:at + 3], pats)
            if branch:
                # "BẢO HIỂM XÃ HỘI VIỆT NAM" over "BẢO HIỂM XÃ HỘI TỈNH THỪA THIÊN HUẾ": its provincial branch issues
                return {"name": branch, "level": "province"}
            return {"name": ministry, "level": "national"}
    if "THỦ TƯỚNG CHÍNH PHỦ" in " ".join(head) or re.search(r"^\W*CHÍNH PHỦ\b", upper):
        return {"name": "Việt Nam", "level": "national"}
    return None


@lru_cache(maxsize=1)
def _motto():
    """The national motto's lines (documents.yaml motto_lines) and what follows them on a line."""
    lines = pattern_store.default().documents["motto_lines"]
    return re.compile(r"\s+(?:" + "|".join(r"\s*".join(map(re.escape, str(l).split())) for l in lines) + r").*$",
                      re.IGNORECASE)


def _is_province(name, pats):
    """A city run by the centre is a province; "Thành phố Cà Mau", named like its province, is
    the province's city."""
    return fold(name) in {fold(c) for c in pats.places["central_cities"]}


def jurisdiction(text, title, lines=None):
    _, _, juris_re, pats = _compiled()
    found = _header_issuer(lines or text.splitlines(), pats)
    if found:
        return found
    caps = _caps_province(lines or text.splitlines()[:8], pats)
    if caps:
        return {"name": caps, "level": "province"}  # "CỔNG DỊCH VỤ CÔNG TỈNH QUẢNG BÌNH" over the page
    region = (title or "") + "\n" + text[:3000] + "\n" + text[-1500:]  # footers name the site's province
    best = None
    for rx, level in juris_re:
        for m in rx.finditer(region):
            name = m.group(1).strip()
            name = _title_case(name) if name.isupper() else name  # "TỈNH ĐỒNG NAI" in a header
            if fold(name) in ("uy ban", "ubnd", "chu tich"):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), name, level)
    opening = (title or "") + "\n" + text[:600]
    if best is None:
        for ministry in pats.documents["ministries"]:
            at = opening.find(ministry)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, ministry, "national")
    in_title = _province_in(title or "", pats)
    if in_title and _other_provinces(text, in_title, pats) >= RANKING_PROVINCES:
        in_title = None  # "Công bố Chỉ số CCHC năm 2023: Hải Phòng dẫn đầu cả nước": one of those ranked
    if in_title and (best is None or best[0] > len(title or "")):
        # "Phú Yên: Chỉ số ... tăng 5 bậc": a news title names its province bare; units named
        # in the body ("huyện Sông Hinh xếp cuối") are ones it ranks
        return {"name": in_title, "level": "province"}
    if best:
        return {"name": best[1], "level": best[2]}
    for issuer in pats.documents["national_issuers"]:
        if re.search(r"\b" + re.escape(issuer) + r"\b", opening):
            return {"name": "Việt Nam", "level": "national"}
    return None


def _caps_province(lines, pats):
    """A province named after "TỈNH" or "THÀNH PHỐ" on a line in capitals at the top of the text."""
    kinds = "|".join(re.escape(fold(k)) for k in pats.levels["unit_nouns"]["province"])  # tỉnh, thành phố
    for line in lines[:8]:
        if not line.isupper():
            continue
        folded = fold(line)
        for name in pats.places["provinces"]:
            if fold(name) in folded and re.search(r"(?<!\w)(?:" + kinds + r")\s+" + re.escape(fold(name)) + r"(?!\w)", folded):
                return name
    return None


RANKING_PROVINCES = 2  # other provinces named in the body: a page ranking provinces, not about one


def _other_provinces(text, province, pats):
    """How many provinces other than PROVINCE the opening of TEXT names (not as the place an event
    was held: "Ngày 10/5, tại Hà Nội, VCCI công bố ...")."""
    opening = text[:6000]
    # (one fixed-width look-behind per venue word, cues.yaml venue_words)
    venues = "".join(f"(?<!{re.escape(str(v))} )" for v in pats.cues["venue_words"])
    return sum(1 for name in pats.places["provinces"] if name != province and name in opening
               and re.search(r"(?<!\w)" + venues + re.escape(name) + r"(?!\w)", opening))


def _province_in(text, pats):
    found = [(m.start(), m.group(0)) for name in pats.places["provinces"] if name in text
             for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
    return min(found)[1] if found else None


SIGNER = re.compile(
    r"(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|BÍ THƯ)\**"
    r"[\s*|]*(?:\(Đã ký\)[\s*|]*)?"
    r"((?:[A-ZĐ][a-zà-ỹđ]*)(?: (?:[A-ZĐ][a-zà-ỹđ]*)){1,4})\s*(?:$|\n|\|)")


def signer(text):
    """The name under the last signature title (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name)."""
    found = None
    for m in SIGNER.finditer(text[-3000:]):
        found = m.group(1).strip()
    return found


PLACE_DATE = re.compile(r"(?:^|\n|\|)[^\S\n]*\W*[^\n,|;]{2,30},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)",
                        re.IGNORECASE)
CITATION = re.compile(r"^\W*(?:căn cứ|thực hiện|theo|xét|kính gửi|nơi nhận)\b", re.IGNORECASE)
def cites(line):
    """A line citing an act ("Thực hiện Kế hoạch số 12/KH-UBND ..."), not a title about doing
    something ("Thực hiện nhiệm vụ giáo dục mầm non năm học 2025-2026")."""
    if not CITATION.match(line):
        return False
    docs = pattern_store.default().documents
    if not re.match(r"\W*(?:" + "|".join(map(re.escape, docs["task_title_words"])) + r")(?!\w)", line, re.IGNORECASE):
        return True
    acts = docs["act_types"]
    return bool(re.search(r"\d+/|(?<!\w)(?:" + "|".join(map(re.escape, acts)) + r")(?!\w)", line, re.IGNORECASE))


@lru_cache(maxsize=1)
def _orientation():
    """A horizon beyond the document's own year ("định hướng đến năm 2030", "tầm nhìn 2045",
    "lộ trình đến năm 2020"; documents.yaml horizon_words)."""
    words = pattern_store.default().documents["horizon_words"]
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?:\s+đến)?(?:\s+năm)?\s+(?:19|20)\d\d",
                      re.IGNORECASE)


OBJECTIVE_HEADING = re.compile(r"mục tiêu|chỉ tiêu", re.IGNORECASE)


def _years(line):
    """Years a title or heading line names: deadlines, periods ('giai đoạn 2026-2030' -> 2030),
    never a date, a baseline nor an orientation ('tầm nhìn đến năm 2045')."""
    s = _orientation().sub(lambda m: " " * len(m.group(0)), line)
    return [y.year for y in periods.mentions(s) if y.kind in periods.ROW_KINDS]


def reference_year(lines, decision, doc_year, report=False):
    """The year the document speaks from: earlier years are the past it reports on.

    The decision date's year; else the first year of a titled period ('giai đoạn 2026-2030'
    -> 2026), unless the document reports on that period ('Tổng kết ... giai đoạn 2016-2020':
    it speaks from its end); else the plan year."""
    if decision and decision.get("date"):
        return int(decision["date"][:4])
    for line in [l for l in lines if l.strip()][:15] if not report else ():
        m = re.search(r"giai\s+đoạn\s+((?:19|20)\d\d)\s*[-–]", line, re.IGNORECASE)
        # (not a title: a period a sentence of the body mentions)
        if m and not cites(line.strip()) and not body_sentence(line):
            return int(m.group(1))
    return doc_year


SPLIT_PERIOD = re.compile(r"(?:giai\s+đoạn|năm)\s*$", re.IGNORECASE)


TITLE_MAX = 300  # characters; a longer line is a paragraph of the body


def document_year(lines, decision):
    """The year the targets are for.

    In order: the title block ('năm 2024', 'đến năm 2030', 'giai đoạn 2026-2030' -> 2030,
    never an orientation 'tầm nhìn đến năm 2045' nor a cited act's date), then a heading
    such as 'MỤC TIÊU ĐẾN NĂM 2030', then the decision date.
    """
    body = [l for l in lines if l.strip()]
    act = is_act(body)
    for i, line in enumerate(body[:15]):
        s = line.strip()
        if len(s) > TITLE_MAX or (act and s.endswith(".") and len(s.split()) > 8):
            break  # a paragraph (or in an act, a sentence) of the body: the title block is over
        if cites(s) or re.match(r"\W*[^,]{0,30},\s*ngày", s):
            continue
        if SPLIT_PERIOD.search(s) and i + 1 < len(body):
            s = f"{s} {body[i + 1].strip()}"  # "... GIAI ĐOẠN" / "2026-2030" set on two lines
        years = _years(s)
        if years:
            return max(years)
    for line in body:
        s = line.strip()
        if len(s.split()) <= 12 and OBJECTIVE_HEADING.search(s):
            years = _years(s)
            if years:
                return max(years)
    if decision and decision.get("date"):
        return int(decision["date"][:4])
    for line in body:
        if not cites(line):
            years = _years(line)
            if years:
                return years[0]
    return None


def _most_common_year(years, prefer=None):
    """The year most rows name; a tie goes to PREFER, else to the later year (a plan's end)."""
    counts = Counter(y for y in years if y)
    return max(counts, key=lambda y: (counts[y], y == prefer, y)) if counts else None


OWN_NUMBER = re.compile(r"(?:^|\n)[\W_]*Số\s*:\s*\d+[^\s/]*/", re.IGNORECASE)


def is_act(lines) -> bool:
    """The document is an act itself (its own "Số: 12/KH-UBND" line opens it), not news of one."""
    return any(OWN_NUMBER.match(l) for l in lines[:40])


def settle_year(first_guess, report, rows, next_plan=None, act=True, reviewed=None):
    """The document's year once its rows are known (GOLD: the year its targets are for, else
    the year its results are for). An act's first guess stands; news outside reports keep the
    first guess unless most targets name another year; in reports, the year most of its targets name, then a plan year for the next period ('triển khai nhiệm vụ năm
    2024' in a review of 2023), then the first guess, then the year its results name."""
    if first_guess and not report and act:
        return first_guess  # an act's own year is its plan year, whatever year a target names
    if first_guess and not report:
        # news: targets with no year of their own are for the year it names; a page whose targets
        # name another year ("mục tiêu ... trên 80% vào năm 2020" under a 2016 headline) is for that one
        return _most_common_year((r.year or first_guess for r in rows if r.kind == "target"),
                                 prefer=first_guess) or first_guess
    # a review's own year's plan ("Kế hoạch 2020" beside "Thực hiện 2020") measures the past;
    # targets after it say what the report plans for
    # (a tie goes to the year after the review: "tổng kết năm 2021, triển khai kế hoạch năm 2022"
    # with the five-year plan's targets for 2025 beside it is for 2022)
    later = _most_common_year((r.year for r in rows if r.kind == "target" and reviewed and r.year and r.year > reviewed),
                              prefer=reviewed + 1 if reviewed else None)
    if later:
        return later
    if next_plan and any(r.kind == "target" and r.year in (None, next_plan) for r in rows):
        return next_plan  # (a heading for next year's tasks that sets no figure plans no year of rows)
    targets = _most_common_year(r.year for r in rows if r.kind == "target")
    if targets:
        return targets
    return first_guess or _most_common_year(r.year for r in rows if r.kind == "result")


def report_year(rows, lines):
    """The period a document's results are for when a row names none: the first reported
    period of its opening lines ("báo cáo ... 6 tháng đầu năm 2024"), else the year its
    result rows name most."""
    pats = pattern_store.default()
    cues = [fold(c) for c in pats.cues["next_period_cues"]]
    review = [fold(c) for c in pats.documents["review_heading_words"]]
    aims = [fold(c) + " " for c in pats.cues["target_cues"]]  # "Năm 2024 phấn đấu ...": the year aimed at
    planned = None
    for line in [l for l in lines if l.strip() and not _act_header_line(l)][:8]:
        if cites(line.strip()):
            continue
        text = _orientation().sub(" ", line)
        for y in periods.mentions(text):
            if y.kind not in ("period", "span"):
                continue
            before = fold(text[max(0, y.start - 25):y.start])
            after = fold(text[y.end:y.end + 25]).lstrip(" ,:")
            if (any(c in before for c in cues) and not any(c in before for c in review)) \
                    or any(after.startswith(c) for c in aims):
                # "... quyết định nhiệm vụ năm 2025" in news of the December meeting, "Năm 2024 phấn đấu
                # ..." in its headline: the year planned, unless no line names the year reviewed
                planned = planned or y.year
                continue
            return y.year
    return planned or _most_common_year(r.year for r in rows if r.kind == "result")


def _act_header_line(line):
    """An act's header line that says nothing of its period: the motto, "Số: 96/BC-UBND", the
    place and date of signing (a scan's header may add a line above the issuer, pushing the
    title down the opening)."""
    text = line.strip()
    # (_motto() reads the motto after other words on a line: a leading blank lets it open one)
    return bool(_motto().match(" " + text) or OWN_NUMBER.match(text) or PLACE_DATE_LINE.match(text))


def next_plan_year(lines, reviewed):
    """'tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024', or a heading
    'Phương hướng, nhiệm vụ năm 2024' in a review of 2023: the year the document plans for
    next, when it is the year after the one it REVIEWED."""
    if not reviewed:
        return None
    cues = [fold(c) for c in pattern_store.default().cues["next_period_cues"]]
    for line in lines:
        if len(line) > 400:
            continue
        for y in periods.mentions(line):
            if y.kind == "period" and y.year == reviewed + 1:
                before = fold(line[max(0, y.start - 40):y.start])
                if any(c in before for c in cues):
                    return y.year
    return None


def plan_start(title):
    """The first year a title plans for: 'Cải cách hành chính năm 2026' -> 2026, 'giai đoạn
    2026-2030' -> 2026; None for a title naming no year."""
    m = PLAN_YEAR.search(title or "")
    if m:
        return int(m.group(1))
    # "Về nhiệm vụ trọng tâm năm học 2017 - 2018": a period of the grammar, at the year it is filed under
    period = periods.first(title or "", ("period",))
    return period.year if period else None


PLAN_YEAR = re.compile(r"(?:năm|giai\s+đoạn)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def own_name(juris, title, lines):
    """The name of the document's own unit, when its title or opening lines name it: a figure
    for that unit is the document's own. A unit found only further in the body (a news item
    whose first ministry named is one of those it ranks) is no owner."""
    name = (juris or {}).get("name")
    head = []
    for line in lines[:6]:
        if re.search(r"\d", line):
            break
        head.append(line)
    opening = " ".join([title or ""] + head)[:1500]
    return name if name and fold(name) in fold(opening) else None
