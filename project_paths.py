"""Where things are in this project, for every tool, test and experiment: the repository root, the
trained model, the project's spaCy pipeline, and the executables (`rasa`, `py-spy`) installed with
the running Python.

Standard library only, so that anything may import it: the action server must not load Rasa,
TensorFlow or spaCy (tests/test_actions.py checks it). The Makefile names the same model and
pipeline paths for its own targets.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent  # this file sits at the repository root
MODEL = ROOT / "models" / "icp.tar.gz"  # make train
SPACY_PIPELINE = ROOT / "build" / "spacy" / "icp_en"  # make spacy
# The bin folder of the running Python's environment (.venv/bin under make), not resolved: a
# venv's python is a symlink to the base interpreter, whose folder has no rasa. So a tool starts
# the same Rasa it imports.
VENV_BIN = Path(sys.executable).parent
RASA_EXECUTABLE = VENV_BIN / "rasa"
