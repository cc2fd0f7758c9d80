"""The project's custom Rasa NLU components (listed in config.yml).

Rasa imports this package in every process that loads the model, so the speed fixes the
assistant needs inside Rasa itself are installed here, once: components/rasa_patches.py; so is
the conversation's FAQ question given to the NLU with each message:
components/conversation_context.py. The spaCy pipeline's entity ruler is a factory of the
project's own (nlp/indexed_entity_ruler.py): importing it here registers it before the pipeline
loads.
"""

import nlp.indexed_entity_ruler as _ruler_factory  # noqa: F401
from components import conversation_context, rasa_patches

rasa_patches.install()
conversation_context.install()
