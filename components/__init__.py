"""The project's custom Rasa NLU components (listed in config.yml).

Rasa imports this package whenever it loads the model, so the two speed fixes the assistant needs
inside Rasa itself are installed here (reports/PERFORMANCE.md): replies from the action server are
checked with a validator built once (action_reply_check.py), and a message that set no slot is not
sent to the action server for slot validation (slot_check_skip.py)."""

from components import action_reply_check, slot_check_skip

action_reply_check.install()
slot_check_skip.install()
