"""The fact-reading comparison (eval/facts.py, eval/fact_readers.py): how a reading is scored, how
each reader turns entities into a hosting location, and that the role tagger's training data
holds no evaluation case (nor does the training-data experiment's). No model is loaded: entities
are written by hand as Rasa returns them."""

import pytest

from eval.cases import DEV, HELD_OUT, load, normalise, training_texts
from eval.fact_readers import (
    hybrid_reading,
    place_value,
    role_reading,
    rules_reading,
    rules_reading_all_spans,
)
from eval.facts import disagreements, expected_value, outcome, score
from project_paths import ROOT

MAINLAND, HK, OUTSIDE = "mainland_china", "hong_kong", "outside_mainland"


def test_a_value_where_none_is_expected_is_wrong_not_missed():
    assert outcome(None, MAINLAND) == "wrong"
    assert outcome(MAINLAND, None) == "missed"
    assert outcome(MAINLAND, OUTSIDE) == "wrong"
    assert outcome(None, None) == "right"
    assert outcome(HK, HK) == "right"


def test_score_counts_each_kind_and_the_wrong_values_where_nothing_was_said():
    rows = [(None, None), (MAINLAND, MAINLAND), (None, HK), (OUTSIDE, MAINLAND), (HK, None)]
    assert score(rows) == {
        "cases": 5,
        "right": 2,
        "wrong": 2,
        "missed": 1,
        "wrong_where_none_expected": 1,
        "right_share": 0.4,
    }


def test_score_of_no_rows_has_no_share():
    assert score([]) == {
        "cases": 0,
        "right": 0,
        "wrong": 0,
        "missed": 0,
        "wrong_where_none_expected": 0,
        "right_share": None,
    }


def test_disagreements_count_differences_from_the_rules_right_or_not():
    read = {"rules": [None, MAINLAND, HK], "roles": [None, OUTSIDE, None], "hybrid": [None] * 3}
    assert disagreements(read) == {"roles": 2, "hybrid": 2}


def test_place_names_map_through_the_assistants_place_lists():
    assert place_value("Hangzhou") == MAINLAND
    assert place_value("Guangdong province") == MAINLAND
    assert place_value("the mainland") == MAINLAND
    assert place_value("HK") == HK
    assert place_value("US") == OUTSIDE  # listed as "the us"
    assert place_value("outside mainland") == OUTSIDE
    assert place_value("Atlantis") is None


def _place(value, role, start=0):
    return {
        "entity": "place",
        "value": value,
        "role": role,
        "start": start,
        "end": start + len(value),
    }


def test_role_reading_uses_hosting_places_and_negated_mainland_only():
    assert (
        role_reading([_place("Shanghai", "company"), _place("Frankfurt", "hosting", 30)]) == OUTSIDE
    )
    assert role_reading([_place("Beijing", "planned")]) is None
    assert role_reading([_place("China", "users"), _place("China", "other", 20)]) is None
    assert role_reading([_place("mainland China", "not_hosting")]) == OUTSIDE
    assert role_reading([_place("Singapore", "not_hosting")]) is None
    # any server in mainland China wins, as in actions/slot_validation.py
    assert (
        role_reading(
            [
                _place("Singapore", "hosting"),
                _place("Hangzhou", "hosting", 20),
                _place("HK", "hosting", 40),
            ]
        )
        == MAINLAND
    )
    assert role_reading([_place("HK", "hosting"), _place("China", "not_hosting", 20)]) == HK


def _span(value, start):
    return {"entity": "hosting_location", "value": value, "start": start, "end": start + len(value)}


def test_rules_reading_keeps_the_last_span_as_the_text_slot_does():
    text = "ECS in Hangzhou and a backup server in Singapore"
    spans = [_span("ECS in Hangzhou", 0), _span("server in Singapore", 29)]
    # the slot keeps the last entity, whose sentence names Hangzhou too: any mainland server wins
    assert rules_reading(spans, text) == MAINLAND
    assert rules_reading_all_spans(spans, text) == MAINLAND  # clean_fact's list branch
    assert rules_reading([], text) is None
    # an entity with a role is not what the slot mapping picks
    assert rules_reading([{**_span("ECS in Hangzhou", 0), "role": "x"}], text) is None
    # the sentence around the span is read: a plan is not today's hosting
    assert (
        rules_reading([_span("servers to Beijing", 17)], "we will move the servers to Beijing")
        is None
    )


def test_hybrid_drops_rule_spans_over_the_companys_users_or_planned_places():
    text = "our servers are in Shenzhen"
    spans = [_span("servers are in Shenzhen", 4)]
    assert hybrid_reading(spans, [_place("Shenzhen", "hosting", 19)], text) == MAINLAND
    assert hybrid_reading(spans, [_place("Shenzhen", "company", 19)], text) is None
    assert hybrid_reading(spans, [_place("Shenzhen", "planned", 19)], text) is None


@pytest.mark.parametrize("experiment", ["roles"])
def test_the_experiments_training_data_holds_no_evaluation_case(experiment):
    trained = training_texts(ROOT / "eval" / "alternatives" / experiment)
    assert len(trained) > 150
    cases = load(DEV) + load(HELD_OUT)
    copied = [c["id"] for c in cases if normalise(c["text"]) in trained]
    assert not copied, f"evaluation phrasings in the {experiment} training data: {copied}"


def test_a_general_questions_scenario_value_is_right_but_nothing_else_is():
    case = {"says": {}, "scenario": {"hosting_location": MAINLAND}}
    assert expected_value(case, MAINLAND) == MAINLAND
    assert expected_value(case, None) is None
    assert expected_value(case, OUTSIDE) is None  # scored as a value where none is stated
