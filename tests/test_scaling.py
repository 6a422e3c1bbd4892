"""Work that grows with the input, not with its square (issue 12, item 6): deduplication
through an index gives exactly the answers of comparing every pair, and HTML nested beyond
any page is cut before parsing. Times are in benchmarks/scaling.py, not here."""
from __future__ import annotations

import random

import pytest

from extractor import dedupe
from extractor.readers import read
from extractor.readers import html as html_reader

SYLLABLES = ("hồ sơ trực tuyến toàn trình thanh toán giải quyết đúng hạn số hóa kết quả người dân doanh "
             "nghiệp hài lòng phản ánh kiến nghị công chức đào tạo văn bản chữ ký đất đai").split()


def pairwise(keyed):
    """The rule as it reads: every target against every one kept before it in its key."""
    kept, out = {}, []
    for key, t in keyed:
        same = kept.setdefault(key, [])
        if not any(dedupe.restates(t, o) for o in same):
            same.append(t)
            out.append(t)
    return out


def target(rnd, words, start):
    text = " ".join(rnd.sample(SYLLABLES, words))
    return {"indicator": {"text": text, "id": rnd.choice([None, None, "a", "b"])},
            "evidence": {"start": start}}


@pytest.mark.parametrize("seed", range(8))
def test_indexed_deduplication_keeps_exactly_what_comparing_every_pair_keeps(seed):
    rnd = random.Random(seed)
    keyed = []
    for i in range(1500):
        # few keys, short wordings from a small vocabulary: many restatements of every
        # kind (alike, alike with the same id, one within the other, same place)
        t = target(rnd, rnd.choice([1, 2, 2, 3, 4, 5, 6, 8, 12]), rnd.randrange(300))
        if keyed and rnd.random() < 0.1:  # the same wording again, at the same place or elsewhere
            prev = rnd.choice(keyed)[1]
            t = {"indicator": dict(prev["indicator"]), "evidence": {"start": rnd.choice([prev["evidence"]["start"], i])}}
        keyed.append((rnd.randrange(3), t))
    want = pairwise(keyed)
    assert 100 < len(want) < 1400  # the mix really drops some and keeps some
    assert dedupe.unique(keyed) == want


def test_index_keys_cover_the_thresholds_exactly_at_their_edge():
    made_up = [o + r for o in ("b", "ch", "gh", "kh", "ng", "nh", "ph", "tr") for r in ("am", "ep", "ich", "oong", "uyt")]
    assert len(dedupe.token_set(" ".join(made_up))) == len(made_up)  # all content syllables, all distinct

    def t(words, ident, start):
        return {"indicator": {"text": " ".join(words), "id": ident}, "evidence": {"start": start}}

    base, other = made_up[:23], made_up[23:]
    pairs = [
        (t(base, None, 0), t(base[:17], None, 1)),  # Dice 34/40 = 0.85: alike
        (t(base[:3] + other[:2], "x", 2), t(base[:3] + other[2:4], "x", 3)),  # 6/10 = 0.6, same id
        (t(base[:2], None, 4), t(base[:2] + other, None, 5)),  # two words within many
    ]
    near_misses = [
        (t(base[:3] + other[:2], "x", 2), t(base[:3] + other[2:4], "y", 3)),  # 0.6, other id
        (t(base[:16] + other[:1], None, 0), t(base, None, 1)),  # 32/40 = 0.8, not contained
    ]
    # the same key, other words: the bucket is past the size where it is compared one by one
    fresh = [o + r for o in ("d", "l", "m", "s", "v", "x") for r in ("am", "ep", "ich", "oong", "uyt")]
    filler = [(0, t(random.Random(i).sample(fresh, 4), None, 10 + i)) for i in range(80)]
    assert len(dedupe.unique(filler)) > dedupe.SMALL
    for first, second in pairs + near_misses:
        for keyed in ([(0, first), (0, second)], [(0, first)] + filler + [(0, second)],
                      filler + [(0, first), (0, second)]):
            assert dedupe.unique(keyed) == pairwise(keyed)
            assert (second in dedupe.unique(keyed)) == ((first, second) in near_misses)
    for first, second in pairs:
        assert dedupe.unique([(0, first), (0, second)]) == [first]
    for first, second in near_misses:
        assert dedupe.unique([(0, first), (0, second)]) == [first, second]


def test_deeply_nested_html_is_cut_to_the_depth_limit_and_keeps_its_text(tmp_path):
    levels = 50_000
    page = ("<html><body>" + "<div>" * levels + "<p>Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.</p>"
            + "<span>" * levels + "</body></html>")
    path = tmp_path / "sau.html"
    path.write_text(page, encoding="utf-8")
    src = read(str(path))
    assert "tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%" in src.text
    assert src.warnings == [f"HTML nested {2 * levels} levels deep: markup below level "
                            f"{html_reader.MAX_DEPTH} ignored, its text kept"]


def test_pages_within_the_limit_are_read_unchanged():
    page = "<div>" * 200 + "<p>a<br>b<img src=x><li>c<li>d</p><!-- <div><div> --><script>'<div>'</script>" + "</div>" * 200
    assert html_reader._cut_depth(page) == (page, 200)


def test_tags_without_an_end_do_not_make_the_depth_scan_quadratic():
    # '<a<a<a...': each tag stops at the next '<', so the scan is one pass
    assert html_reader._cut_depth("<a" * 200_000)[1] == 0
