"""The project's custom Rasa NLU components (listed in config.yml).

Rasa imports this package in every process that loads the model, so the speed fixes the
assistant needs inside Rasa itself are installed here, once: components/rasa_patches.py.
"""

from components import rasa_patches

rasa_patches.install()
