"""Rasa's command line with the spaCy pipeline's entity ruler registered first.

build/spacy/icp_en is saved with the project's own ruler factory (nlp/indexed_entity_ruler.py).
The assistant's config lists the project's components, whose package registers it; a config
that lists none of them (the role tagger experiment, eval/alternatives/roles/config.yml) would
load the pipeline without it, and spaCy would stop with "Can't find factory".

Usage: python -m nlp.rasa_cli <rasa arguments>
"""

import runpy

import nlp.indexed_entity_ruler as _ruler_factory  # noqa: F401

if __name__ == "__main__":
    runpy.run_module("rasa", run_name="__main__", alter_sys=True)
