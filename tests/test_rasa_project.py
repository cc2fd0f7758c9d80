"""Rasa-level checks: data validation, dialogue test stories, and deterministic training."""

import asyncio
import json
import os
import subprocess
import sys

import pytest

from project_paths import MODEL, RASA_EXECUTABLE, ROOT

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

ENV = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"}


def _run(args, **kwargs):
    result = subprocess.run(args, cwd=ROOT, env=ENV, capture_output=True, text=True, **kwargs)
    return result.returncode, result.stdout + result.stderr


def test_training_data_validates_with_warnings_as_errors():
    code, output = _run([sys.executable, "-m", "devtools.validate_data"])
    assert code == 0, output[-5000:]


def test_dialogue_test_stories_have_no_prediction_errors(tmp_path):
    code, output = _run(
        [
            RASA_EXECUTABLE,
            "test",
            "core",
            "--model",
            str(MODEL),
            "--stories",
            "tests/test_stories.yml",
            "--fail-on-prediction-errors",
            "--out",
            str(tmp_path),
        ]
    )
    failed = tmp_path / "failed_test_stories.yml"
    assert code == 0, (failed.read_text() if failed.exists() else "") + output[-5000:]
    report = json.loads((tmp_path / "story_report.json").read_text())
    assert report["accuracy"] == 1.0


PROBES = [
    "do I need an ICP filing?",
    "we host in Frankfurt",
    "slb + icp?",
    "which provice to file",
    "our cdn covers mainland china",
    "hello",
    "how much does beian cost",
    "asdf qwerty",
]


async def _parse_all(model_path):
    from rasa.core.agent import Agent

    agent = Agent.load(str(model_path))
    return [await agent.parse_message(text) for text in PROBES]


def test_training_is_deterministic(tmp_path):
    """Two trainings from scratch give the same NLU predictions, confidences included."""
    results = []
    for run in ("first", "second"):
        code, output = _run(
            [RASA_EXECUTABLE, "train", "nlu", "--fixed-model-name", run, "--out", str(tmp_path)],
            timeout=900,
        )
        assert code == 0, output[-3000:]
        parsed = asyncio.run(_parse_all(tmp_path / f"{run}.tar.gz"))
        results.append(
            [
                (
                    p["intent"]["name"],
                    round(p["intent"]["confidence"], 6),
                    [(e["entity"], e["value"]) for e in p["entities"]],
                )
                for p in parsed
            ]
        )
    assert results[0] == results[1]
