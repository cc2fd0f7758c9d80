"""`make report-nlu`'s threshold table: what the fallback threshold stops and lets through."""

from devtools.summarise_nlu_report import Prediction, threshold_table

FAQ = {"ask_cdn", "ask_need_icp"}

ROWS = [
    Prediction("ask_cdn", "ask_cdn", 0.9),  # right, confident
    Prediction("ask_cdn", "ask_cdn", 0.45),  # right, stopped at 0.5
    Prediction("out_of_scope", "ask_need_icp", 0.65),  # a FAQ answer to an unrelated message
    Prediction("ask_cdn", "ask_need_icp", 0.35),  # another FAQ answer, stopped at 0.4
    Prediction("out_of_scope", "ask_unanswerable", 0.95),  # two honest replies confused
]


def _row(threshold: float) -> str:
    return next(line for line in threshold_table(ROWS, FAQ) if line.startswith(f"| {threshold}"))


def test_a_threshold_stops_the_predictions_below_it_and_lets_the_rest_through():
    assert _row(0.3) == "| 0.3 | 0.0% of 2 | 100.0% of 3 | 2 of 2 |"
    assert _row(0.5) == "| 0.5 | 50.0% of 2 | 66.7% of 3 | 1 of 2 |"
    assert _row(0.7) == "| 0.7 | 50.0% of 2 | 33.3% of 3 | 0 of 2 |"


def test_only_faq_predictions_count_as_faq_answers_to_another_message():
    honest_only = [Prediction("out_of_scope", "ask_unanswerable", 0.95)]
    assert "| 0.2 | 0.0% of 0 | 100.0% of 1 | 0 of 0 |" in threshold_table(honest_only, FAQ)
