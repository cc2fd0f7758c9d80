"""The project's custom Rasa NLU components (listed in config.yml).

Rasa imports this package in every process that loads the model, so the speed fixes the
assistant needs inside Rasa itself are installed here, once: components/rasa_patches.py; so is
the conversation's FAQ question given to the NLU with each message:
components/conversation_context.py.
"""

from components import conversation_context, rasa_patches

rasa_patches.install()
conversation_context.install()
