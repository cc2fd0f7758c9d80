"""The evaluation set (eval/) stays an honest measure: well-formed, sourced, split as its hash says,
and never part of the training data."""

import pytest

from eval.cases import (
    DEV,
    HELD_OUT,
    check,
    expected_answers,
    is_held_out,
    load,
    normalise,
    training_texts,
)
from project_paths import ROOT

CASES = {"dev": load(DEV), "held_out": load(HELD_OUT)}
ALL = CASES["dev"] + CASES["held_out"]


def test_there_are_at_least_200_real_phrasings_about_a_fifth_held_aside():
    assert len(ALL) >= 200
    assert 0.15 <= len(CASES["held_out"]) / len(ALL) <= 0.25


@pytest.mark.parametrize("part", ["dev", "held_out"])
def test_every_case_is_well_formed_and_has_its_source(part):
    problems = {c.get("id"): check(c) for c in CASES[part] if check(c)}
    assert not problems


def test_ids_and_texts_are_unique():
    assert len({c["id"] for c in ALL}) == len(ALL)
    assert len({normalise(c["text"]) for c in ALL}) == len(ALL)


def test_each_case_is_in_the_part_its_hash_says():
    """Nobody moves a case between the parts (say, a held-aside case that kept failing)."""
    assert not [c["id"] for c in CASES["dev"] if is_held_out(c["text"])]
    assert not [c["id"] for c in CASES["held_out"] if not is_held_out(c["text"])]


def test_no_case_is_in_the_training_data():
    trained = training_texts(ROOT / "data")
    assert len(trained) > 1000  # the reader finds the examples
    copied = [c["id"] for c in ALL if normalise(c["text"]) in trained]
    assert not copied, f"evaluation phrasings copied into data/: {copied}"


def test_the_training_data_reader_strips_annotations(tmp_path):
    (tmp_path / "nlu.yml").write_text(
        "nlu:\n- intent: inform\n  examples: |\n    - we host in [Frankfurt](place)!\n"
        '    - CDN is [global]{"entity": "cdn_coverage"}\n'
    )
    assert training_texts(tmp_path) == {"we host in frankfurt", "cdn is global"}


def test_every_faq_case_has_an_expected_answer():
    for case in ALL:
        if case["expect"][0] not in ("not_covered", "out_of_scope"):
            assert expected_answers(case), case["id"]


def test_expected_answers_come_from_the_decision_core_with_unknown_for_unstated_facts():
    case = {"expect": ["need_icp", "cdn"], "says": {"hosting_location": "outside_mainland"}}
    assert expected_answers(case) == {("utter_hosted_outside_each_cdn_case",)}
    case = {"expect": ["need_icp"], "says": {"cdn_coverage": "includes_mainland"}}
    assert expected_answers(case) == {("utter_cdn_includes_mainland",)}


def test_a_reply_counts_only_when_the_core_asks_for_it():
    # "do I have to get ICP to use Alibaba Cloud CDN?": the core asks the CDN's coverage and
    # answers from it alone; where the user would say the site is hosted is never asked
    replies = {"cdn_coverage": "includes_mainland", "hosting_location": "outside_mainland"}
    case = {"expect": ["cdn"], "says": {}, "replies": replies}
    assert expected_answers(case) == {("utter_cdn_includes_mainland",)}
    # the umbrella question asks the hosting first, and then uses the reply
    case = {"expect": ["need_icp"], "says": {}, "replies": replies}
    assert expected_answers(case) == {("utter_hosted_outside_cdn_covers_mainland",)}


def test_with_a_cdn_covering_the_mainland_the_answer_for_any_hosting_is_right_too():
    # "Alibaba CDN covers the mainland and our origin is in Frankfurt: filing?": "yes, wherever
    # your site is hosted" is what the FAQ's CDN section says, told where or not
    case = {
        "expect": ["cdn"],
        "says": {"hosting_location": "outside_mainland", "cdn_coverage": "includes_mainland"},
    }
    assert expected_answers(case) == {
        ("utter_hosted_outside_cdn_covers_mainland",),
        ("utter_cdn_includes_mainland",),
    }
    # not for another CDN coverage: the hosting then decides
    case = {
        "expect": ["cdn"],
        "says": {"hosting_location": "outside_mainland", "cdn_coverage": "international_only"},
    }
    assert expected_answers(case) == {("utter_hosted_outside_international_cdn",)}
    # nor for a hosting known only as the scenario of a general question with no CDN named
    case = {
        "expect": ["hosted_outside"],
        "says": {},
        "scenario": {"hosting_location": "outside_mainland"},
    }
    assert ("utter_cdn_includes_mainland",) not in expected_answers(case)


def test_a_general_questions_scenario_makes_its_answer_right_as_well_as_the_general_one():
    case = {
        "id": "x",
        "text": "if a CDN covers the mainland, is ICP needed?",
        "expect": ["cdn"],
        "says": {},
        "scenario": {"cdn_coverage": "includes_mainland"},
    }
    assert check({**case, "source": "https://example.com"}) == []
    assert expected_answers(case) == {
        ("utter_cdn_includes_mainland",),
        ("utter_cdn_each_case", "utter_note_if_mainland_site_needs_filing"),
    }
    assert check({**case, "source": "https://example.com", "scenario": {"cdn_coverage": "x"}})


def test_a_general_questions_scenario_outweighs_the_users_own_fact_it_differs_on():
    # "what happens if someone opens a site on mainland ECS with no filing? our own site is in
    # Singapore": the answer for the mainland site asked about, or for the user's own
    case = {
        "expect": ["no_filing"],
        "says": {"hosting_location": "outside_mainland"},
        "scenario": {"hosting_location": "mainland_china"},
    }
    assert expected_answers(case) == {
        ("utter_no_filing_each_case",),
        ("utter_applies_hosted_outside", "utter_hosted_outside_each_cdn_case"),
    }


ROUNDS = sorted((ROOT / "devtools" / "redteam").glob("rt*.yml"))


@pytest.mark.parametrize("path", ROUNDS, ids=lambda p: p.stem)
def test_red_team_rounds_are_well_labelled_and_not_trained_on(path):
    """A round replayed by `make rounds` measures regressions only while its messages stay out of
    the training data; its labels use the evaluation's facts and outcomes."""
    cases = load(path)
    assert len({c["id"] for c in cases}) == len(cases)
    # (80 written, or 40 to 50 conversations with their follow-ups, up to 180 turns; a case
    # whose label the format cannot give is dropped, said in the header)
    turns = len(cases) + sum(len(c.get("then") or []) for c in cases)
    assert 75 <= len(cases) <= 80 or (40 <= len(cases) <= 50 and 80 <= turns <= 180)
    assert all(c["id"].startswith(f"{path.stem}-") for c in cases)
    assert all(c["source"] == f"redteam {path.stem}" for c in cases)
    problems = {
        c["id"]: [p for p in check(c) if "source" not in p]
        for c in cases
        if [p for p in check(c) if "source" not in p]
    }
    assert not problems
    trained = training_texts(ROOT / "data")
    texts = [t["text"] for c in cases for t in [c, *(c.get("then") or [])]]
    assert not [t for t in texts if normalise(t) in trained]


def test_yes_and_no_written_unquoted_as_the_readme_shows_are_read_as_the_facts(tmp_path):
    from eval.cases import load

    path = tmp_path / "round.yml"
    path.write_text(
        "- id: x-1\n  text: do we need ICP?\n  says: {commercial_license: yes}\n"
        "  replies: {can_complete_filing: no}\n  expect: [need_icp]\n"
        "  then:\n    - text: and if we can't?\n      says: {can_complete_filing: no}\n"
        "      expect: [no_filing]\n",
        encoding="utf-8",
    )
    case = load(path)[0]
    assert case["says"] == {"commercial_license": "yes"}
    assert case["replies"] == {"can_complete_filing": "no"}
    assert case["then"][0]["says"] == {"can_complete_filing": "no"}
