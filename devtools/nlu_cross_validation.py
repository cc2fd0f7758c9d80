"""`make report-nlu`: 5-fold cross-validation of the NLU pipeline, then a summary.

The FallbackClassifier and what runs after it (the scope decision) are left out of the evaluated
pipeline: the fallback sees the classifier's own confidence, which the threshold analysis in the
summary needs, and the scope decision would replace it. The intent F1 is therefore the
classifier's; how often the fallback would step in is in the threshold table.

Usage: python -m devtools.nlu_cross_validation OUT_DIR
"""

import subprocess
import sys
from pathlib import Path

import yaml

from devtools.summarise_nlu_report import main as summarise
from project_paths import RASA_EXECUTABLE, ROOT


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    names = [c["name"] for c in config["pipeline"]]
    config["pipeline"] = config["pipeline"][: names.index("FallbackClassifier")]
    config_path = out / "config_without_fallback.yml"
    config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    subprocess.run(
        [
            RASA_EXECUTABLE,
            "test",
            "nlu",
            "--cross-validation",
            "--folds",
            "5",
            "--out",
            str(out),
            "--config",
            str(config_path),
            "--nlu",
            str(ROOT / "data" / "nlu"),
            "--successes",
        ],
        cwd=ROOT,
        check=True,
    )
    summarise(out)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
