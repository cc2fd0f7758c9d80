"""Trains the role tagger experiment into eval/alternatives/roles/model/roles.tar.gz.

Writes lookups.yml (the place lists of actions/places.py, so the model's place features follow
the assistant's own lists), then runs `rasa train nlu` at low priority with this directory's
config and data, and prints how long training took. Never touches models/ or the project's
training cache (RASA_MAX_CACHE_SIZE=0: the timing is from scratch, and the shared cache unchanged).

Usage (from the project root): .venv/bin/python -m eval.alternatives.roles.train
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, Iterable, List

from actions.places import (
    ABROAD,
    HONG_KONG,
    MAINLAND_CITIES,
    MAINLAND_GENERIC,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
    PROVINCE_ALIASES,
)
from project_paths import ROOT

HERE = Path(__file__).resolve().parent  # this experiment's own files sit beside it
MODEL_DIR = HERE / "model"
MODEL = MODEL_DIR / "roles.tar.gz"
LOOKUPS = HERE / "lookups.yml"


def lookup_tables() -> Dict[str, List[str]]:
    """Place lists by value: the tagger gets "a known mainland place" as a feature, which the
    handful of training sentences could not teach for every one of the 31 divisions."""
    mainland = (
        {p.lower() for p in MAINLAND_PROVINCES}
        | set(PROVINCE_ALIASES)
        | set(MAINLAND_CITIES)
        | set(MAINLAND_GENERIC)
    )
    return {
        "place_mainland": sorted(mainland),
        "place_hong_kong": sorted(set(HONG_KONG)),
        "place_outside": sorted(set(OTHER_CHINESE_REGIONS) | set(ABROAD)),
    }


def lookups_yaml(tables: Dict[str, Iterable[str]]) -> str:
    lines = [
        "# Written by eval/alternatives/roles/train.py from actions/places.py: do not edit.",
        'version: "3.1"',
        "",
        "nlu:",
    ]
    for name, entries in tables.items():
        lines += [f"- lookup: {name}", "  examples: |"] + [f"    - {e}" for e in entries]
    return "\n".join(lines) + "\n"


def main() -> None:
    LOOKUPS.write_text(lookups_yaml(lookup_tables()), encoding="utf-8")
    # `--nlu` is this folder: rasa reads the YAML files with an `nlu:` key (nlu.yml, lookups.yml)
    # and skips config.yml and the model folder.
    env = dict(
        os.environ,
        RASA_MAX_CACHE_SIZE="0",
        TF_CPP_MIN_LOG_LEVEL="3",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        RASA_TELEMETRY_ENABLED="false",
    )
    command = [
        "nice",
        "-n",
        "10",
        # (Rasa with the spaCy pipeline's ruler registered: this config lists none of ours)
        sys.executable,
        "-m",
        "nlp.rasa_cli",
        "train",
        "nlu",
        "--config",
        str(HERE / "config.yml"),
        "--nlu",
        str(HERE),
        "--out",
        str(MODEL_DIR),
        "--fixed-model-name",
        "roles",
    ]
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    seconds = time.monotonic() - started
    (MODEL_DIR / "training.json").write_text(
        json.dumps(
            {
                "seconds": round(seconds, 1),
                "what": "rasa train nlu, process start to model written",
                "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            }
        )
    )
    print(f"role model trained in {seconds:.1f} s (process start to model written): {MODEL}")


if __name__ == "__main__":
    sys.exit(main())
