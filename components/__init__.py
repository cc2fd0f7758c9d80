"""The project's custom Rasa NLU components (listed in config.yml).

Rasa imports this package whenever it loads the model, so the one speed fix the assistant needs
inside Rasa itself is installed here (components/action_reply_check.py)."""
from components import action_reply_check

action_reply_check.install()
