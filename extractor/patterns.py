"""Load and validate the recognition rules in patterns/ (data, not code).

Each file has a small spec below; a file that breaks it stops start-up with an error
naming the file and line. Everything is loaded once per process.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import PatternError

# extractor/data/patterns links to the top-level patterns/ folder and ships in the wheel
PATTERNS_DIR = Path(__file__).resolve().parent / "data" / "patterns"
OPERATORS = (">=", ">", "<=", "<")
LEVELS = ("national", "province", "district", "commune")
PERIOD_KINDS = ("date", "baseline", "deadline", "span", "period")

# Spec language: "phrases" = list of non-empty strings; {"key": spec} = mapping with
# exactly those keys; ("map", key_spec, value_spec) = mapping of any keys;
# ("list", spec) = list of items; "str", "levels" (list of level names).
SPECS = {
    "operators.yaml": {
        "before": ("map", "operator", "phrases"),
        "after": ("map", "operator", "phrases"),
        "negations": "phrases",
    },
    "units.yaml": {
        "percent": "phrases", "day": "phrases", "point": "phrases", "rank_before": "phrases",
        "rank_group_cues": "phrases", "grades": "phrases", "grade_triggers": "phrases", "average_areas": "phrases", "unit_states": "phrases", "rank_ceilings": "phrases", "rank_compound_heads": "phrases", "score_scales": "phrases",
        "measured_nouns": "phrases", "not_measured_nouns": "phrases", "never_measured_nouns": "phrases",
        "multipliers": ("map", "str", "number"), "unmeasured_units": "phrases", "times": "phrases", "times_triggers": "phrases",
        "ordinals": ("map", "str", "number"), "ordinal_markers": "phrases", "ordinal_rank_cues": "phrases", "counted_units": "phrases", "count_label_heads": "phrases", "raise_verbs": "phrases", "raise_links": "phrases", "raise_verb_not_before": "phrases", "state_bounds": "phrases", "added_words": "phrases", "owners_of_all": "phrases", "beneficiary_links": "phrases", "beneficiary_nouns": "phrases", "average_words": "phrases", "plan_ratio_words": "phrases", "index_value_verbs": "phrases", "index_heads": "phrases", "index_value_ends": "phrases", "not_count_labels": "phrases", "rate_bases": "phrases",
    },
    "levels.yaml": {
        "levels": ("map", "level", "phrases"),
        "all_levels": ("list", {"phrase": "str", "levels": "levels", "jurisdiction?": "level"}),
        "unit_nouns": ("map", "level", "phrases"),
        "not_levels": "phrases",
    },
    "cues.yaml": {
        "target_cues": "phrases", "result_cues": "phrases", "inline_target_cues": "phrases",
        "alias_leads": "phrases", "index_heads": "phrases", "setting_links": "phrases", "held_labels": "phrases",
        "conjunctions": "phrases", "linking_verbs": "phrases", "state_verbs": "phrases", "subject_auxiliaries": "phrases",
        "lead_words": "phrases", "trail_words": "phrases", "post_stops": "phrases", "group_bounds": "phrases",
        "list_intros": "phrases", "indicator_heads": "phrases", "scope_nouns": "phrases",
        "scoring_cues": "phrases", "baseline_links": "phrases",
        "reference_words": "phrases", "chrome_lines": "phrases", "photo_credits": "phrases", "venue_words": "phrases", "topic_intros": "phrases",
        "subject_determiners": "phrases", "respectively": "phrases", "past_markers": "phrases",
        "change_words": "phrases", "scope_intros": "phrases", "place_adverbs": "phrases", "subject_verbs": "phrases",
        "strong_heads": "phrases", "closing_assigners": "phrases", "level_assigners": "phrases",
        "regulator_verbs": "phrases", "next_period_cues": "phrases", "growth_heads": "phrases", "share_heads": "phrases", "owner_words": "phrases",
        "inventory_labels": "phrases", "held_nouns": "phrases", "list_lead_tails": "phrases", "population_labels": "phrases", "closing_areas": "phrases", "source_intros": "phrases", "period_lead_words": "phrases", "level_bearers": "phrases", "base_markers": "phrases", "base_lead_words": "phrases", "residual_labels": "phrases", "achieved_words": "phrases", "note_labels": "phrases", "part_leads": "phrases", "change_labels": "phrases", "header_first_cells": "phrases", "document_count_labels": "phrases", "total_labels": "phrases", "bare_rate_words": "phrases", "title_lead_words": "phrases", "caption_lead_words": "phrases", "caption_aim_leads": "phrases", "caption_link_leads": "phrases", "caption_unit_links": "phrases", "caption_unit_sets": "phrases", "caption_closings": "phrases", "caption_breakdown_links": "phrases", "bracket_explained": "phrases", "explanation_labels": "phrases", "measure_unit_labels": "phrases", "executor_labels": "phrases", "whole_area_heads": "phrases", "unit_label_heads": "phrases", "neutral_names": "phrases", "plan_references": "phrases", "rate_links": "phrases", "count_verbs": "phrases", "request_verbs": "phrases", "related_labels": "phrases", "holder_links": "phrases", "number_labels": "phrases", "now_cues": "phrases", "counted_targets": "phrases", "from_to_links": "phrases", "procedure_heads": "phrases", "code_labels": "phrases", "group_bound_words": "phrases", "no_unit_words": "phrases", "extreme_words": "phrases", "holder_verbs": "phrases", "spread_words": "phrases", "self_subjects": "phrases", "falling_rate_heads": "phrases", "falling_nouns": "phrases", "falling_exceptions": "phrases",
    },
    "documents.yaml": {
        "act_types": ("map", "str", "str"),
        "issue_verbs": "phrases",
        "jurisdictions": ("list", {"prefix": "str", "level": "level"}),
        "national_issuers": "phrases",
        "ministries": "phrases",
        "unit_words": ("map", "str", "level"),
        "report_types": "phrases",
        "report_titles": "phrases", "target_headings": "phrases", "plan_words": "phrases", "task_title_words": "phrases", "review_meeting_words": "phrases", "review_heading_words": "phrases", "result_headings": "phrases", "site_chrome_heads": "phrases", "weekdays": "phrases", "horizon_words": "phrases", "authority_lines": "phrases",
        "setting_act_types": "phrases", "legal_basis_words": "phrases", "passive_markers": "phrases", "passive_act_links": "phrases", "passive_own_subjects": "phrases",
        "target_source_links": "phrases", "target_source_aims": "phrases", "motto_lines": "phrases", "issuer_heads": "phrases",
        "applies_to_headings": "phrases", "applies_to_phrases": "phrases",
    },
    "periods.yaml": {
        "fragments": ("map", "str", "str"),
        "rules": ("list", {"kind": "period_kind", "pattern": "str", "examples?": ("list", "phrases")}),
    },
    "places.yaml": {
        "provinces": "phrases", "central_cities": "phrases",
        "unit_prefixes": ("map", "level", "phrases"), "province_agencies": "phrases",
        "blocs": ("map", "level", "phrases"),
        "national_document_blocs?": ("map", "level", "phrases"),
        "anaphors": "phrases", "countries": "phrases", "average_heads": "phrases", "bare_measures": "phrases",
        "fillers": "phrases",
        "topic_stops": "phrases",
        "units_topic_links": "phrases",
        "named_topic_heads": "phrases",
        "rank_words": "phrases", "rank_steps": "phrases", "rank_step_modifiers": "phrases", "grade_links": "phrases",
        "grouping": {"heads": "phrases", "links": "phrases", "nouns": ("map", "str", "str")},
        "about_words": "phrases",
        "closing_areas_before_about": "phrases",
    },
    "indicators.yaml": {
        "families": ("map", "str", {"name": "str", "source?": "str"}),
        "indicators": ("list", {"id": "id", "name": "str", "family": "str", "source?": "str",
                                "wordings?": "phrases",
                                "match": ("list", {"all": "phrases", "not?": "phrases"})}),
    },
    "table_heads.yaml": {"numbering_heads": "phrases", "label_heads": "phrases", "value_heads": "phrases",
                         "dimension_rows": "phrases", "plan_columns": "phrases", "result_columns": "phrases", "outcome_columns": "phrases",
                         "ratio_columns": "phrases", "point_columns": "phrases", "rank_columns": "phrases", "grade_columns": "phrases", "caption_numbers": "phrases",
                         "result_column_words": "phrases", "role_label_fillers": "phrases",
                         "indicator_column_labels": "phrases"},
    "identity.yaml": {
        "abbreviations": ("map", "str", "str"),
        "function_words": "phrases",
        "level_words": "phrases",
        "scope_words": "phrases",
        "levels_ended": ("map", "level", "year"),
    },
}


class _Loader(yaml.SafeLoader):
    """Safe loader (no arbitrary objects) that keeps nodes for line lookups."""


def _line_of(node, path) -> int:
    for depth, key in enumerate(path):
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == key), None)
            if pair and depth == len(path) - 1:
                return pair[0].start_mark.line + 1  # a bad key: its own line
            nxt = pair[1] if pair else None
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
    return node.start_mark.line + 1


def _check(value, spec, path, fail):
    if spec == "phrases":
        if not isinstance(value, list) or not value:
            fail(path, "expected a non-empty list of phrases")
        for i, item in enumerate(value):
            if not isinstance(item, (str, int, float)) or not str(item).strip():
                fail(path + [i], f"expected a phrase, got {item!r}")
    elif spec == "str":
        if not isinstance(value, str) or not value.strip():
            fail(path, f"expected text, got {value!r}")
    elif spec == "id":
        if not isinstance(value, str) or not value.replace("_", "").isalnum() or not value.isascii() or value != value.lower():
            fail(path, f"ids are lower-case ASCII snake_case, got {value!r}")
    elif spec == "year":
        if not isinstance(value, int) or isinstance(value, bool) or not 1900 <= value <= 2200:
            fail(path, f"expected a year, got {value!r}")
    elif spec == "level":
        if value not in LEVELS:
            fail(path, f"unknown level {value!r} (use one of {', '.join(LEVELS)})")
    elif spec == "operator":
        if value not in OPERATORS:
            fail(path, f"unknown operator {value!r} (use one of {' '.join(OPERATORS)})")
    elif spec == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            fail(path, f"expected a positive number, got {value!r}")
    elif spec == "period_kind":
        if value not in PERIOD_KINDS:
            fail(path, f"unknown kind {value!r} (use one of {', '.join(PERIOD_KINDS)})")
    elif spec == "levels":
        if not isinstance(value, list) or not value:
            fail(path, "expected a list of levels")
        for i, item in enumerate(value):
            _check(item, "level", path + [i], fail)
    elif isinstance(spec, dict):
        if not isinstance(value, dict):
            fail(path, "expected a mapping")
        keys = {k.rstrip("?"): k.endswith("?") for k in spec}
        for key in value:
            if key not in keys:
                fail(path + [key], f"unknown key {key!r} (expected {', '.join(keys)})")
        for raw, sub in spec.items():
            key = raw.rstrip("?")
            if key not in value:
                if not raw.endswith("?"):
                    fail(path, f"missing key {key!r}")
                continue
            _check(value[key], sub, path + [key], fail)
    elif spec[0] == "map":
        if not isinstance(value, dict) or not value:
            fail(path, "expected a non-empty mapping")
        for key, item in value.items():
            _check(key, spec[1], path + [key], fail)
            _check(item, spec[2], path + [key], fail)
    elif spec[0] == "list":
        if not isinstance(value, list) or not value:
            fail(path, "expected a non-empty list")
        for i, item in enumerate(value):
            _check(item, spec[1], path + [i], fail)


def load_file(path: Path, spec) -> dict:
    text = path.read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=_Loader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else "?"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PatternError(f"{path.name}:{line}: not valid YAML ({problem})") from None

    def fail(where, message):
        raise PatternError(f"{path.name}:{_line_of(node, where) if node else 1}: {message}")

    _check(data, spec, [], fail)
    if path.name == "indicators.yaml":
        _check_indicators(data, fail)
    return data


def _check_periods(data):
    """Every period rule compiles, has one group (the year) and finds its examples."""
    from .periods import compile_rules

    try:
        rules = compile_rules(data)
    except ValueError as exc:
        raise PatternError(f"periods.yaml: {exc}") from None
    for i, rule in enumerate(data["rules"]):
        rx = rules[i][1]
        for text, year in rule.get("examples") or []:
            m = rx.search(str(text))
            if not m or int(m.group(1)) != int(year):
                raise PatternError(f"periods.yaml: rule {i + 1} ({rule['pattern']}) does not find {year} in {text!r}")


def _check_indicators(data, fail):
    """Ids are unique and every entry names a family declared under `families`."""
    seen = set()
    for i, entry in enumerate(data["indicators"]):
        if entry["id"] in seen:
            fail(["indicators", i, "id"], f"duplicate id {entry['id']!r}")
        seen.add(entry["id"])
        if entry["family"] not in data["families"]:
            fail(["indicators", i, "family"], f"unknown family {entry['family']!r} (declare it under families)")


@dataclass(frozen=True)
class Patterns:
    operators: dict
    units: dict
    levels: dict
    cues: dict
    documents: dict
    indicators: list
    periods: dict
    places: dict
    families: dict
    identity: dict
    table_heads: dict


def load(directory: Path | str = PATTERNS_DIR) -> Patterns:
    directory = Path(directory)
    data = {}
    for name, spec in SPECS.items():
        path = directory / name
        if not path.exists():
            raise PatternError(f"{name}: missing from {directory}")
        data[name] = load_file(path, spec)
    _check_periods(data["periods.yaml"])
    return Patterns(
        operators=data["operators.yaml"],
        units=data["units.yaml"],
        levels=data["levels.yaml"],
        cues=data["cues.yaml"],
        documents=data["documents.yaml"],
        indicators=data["indicators.yaml"]["indicators"],
        periods=data["periods.yaml"],
        places=data["places.yaml"],
        families=data["indicators.yaml"]["families"],
        identity=data["identity.yaml"],
        table_heads=data["table_heads.yaml"],
    )


@lru_cache(maxsize=1)
def default() -> Patterns:
    """The rules in use: patterns/ of this checkout, or the folder named by CHITIEU_PATTERNS
    (a domain expert's edited copy)."""
    import os

    return load(os.environ.get("CHITIEU_PATTERNS") or PATTERNS_DIR)
