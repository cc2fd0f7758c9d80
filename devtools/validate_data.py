"""`rasa data validate --fail-on-warnings`, aware of responses spoken by custom actions.

Rasa's validator counts a response as used only when a story or rule names it; responses that
custom actions and forms speak (answers, form questions, sources) would be reported as unused
(RasaHQ/rasa#11843), so `--fail-on-warnings` could never pass. This runs the same checks with the
same strictness, and counts as used exactly the responses this project's code can speak: those the
decision core can name, `utter_ask_<slot>` of form slots, and response names written in
`actions/` and `channels/`.

Usage: python -m devtools.validate_data   (exit status 1 on any error or warning)
"""

import itertools
import re
import sys
from typing import Set, Text

from project_paths import ROOT


def responses_spoken_by_code() -> Set[Text]:
    from actions import decision
    from actions.decision import Answer, Fact, Topic

    spoken: Set[Text] = {"utter_default"}  # Rasa's action_default_fallback
    values = [list(v) + [None] for v in decision.FACT_VALUES.values()]
    for topic in Topic:
        spoken.add(f"utter_topic_title_{topic.value}")
        for combo in itertools.product(*values):
            result = decision.decide(topic, dict(zip(decision.FACT_VALUES, combo)))
            if isinstance(result, Answer):
                spoken.update(result.responses + result.source_responses())
    spoken.update(f"utter_ask_{fact.value}" for fact in Fact)
    for source in [*(ROOT / "actions").glob("*.py"), *(ROOT / "channels").glob("*.py")]:
        spoken.update(re.findall(r"[\"'](utter_\w+)[\"']", source.read_text(encoding="utf-8")))
    return spoken


def main() -> int:
    import rasa.cli.utils as cli_utils
    from rasa.shared.core.events import ActionExecuted
    from rasa.shared.importers.importer import TrainingDataImporter
    from rasa.validator import Validator

    spoken = responses_spoken_by_code()

    class ProjectValidator(Validator):
        def _gather_utterance_actions(self) -> Set[Text]:
            # Leave in those the rules name too, or Rasa would call them "not a valid utterance".
            in_stories = {
                e.action_name
                for step in self.story_graph.story_steps
                for e in step.events
                if isinstance(e, ActionExecuted)
            }
            return super()._gather_utterance_actions() - (spoken - in_stories)

    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")]
    )
    validator = ProjectValidator.from_importer(importer)
    results = [  # all three run, so every problem is reported at once
        cli_utils._validate_domain(validator),
        cli_utils._validate_nlu(validator, fail_on_warnings=True),
        cli_utils._validate_story_structure(validator, None, fail_on_warnings=True),
    ]
    all_good = all(results)
    print("Data validation passed." if all_good else "Data validation FAILED (see warnings above).")
    return 0 if all_good else 1


if __name__ == "__main__":
    sys.exit(main())
