"""Words -> fact values: each fact's normaliser, and a message that updates a fact.

Each `NORMALISERS[fact]` (a `to_<fact>` function of the modules below) turns what a user typed,
an entity span or a button payload into one of `decision.FACT_VALUES[fact]`, or `None` when the
text does not say (the form then asks again). Pure Python: the validation actions, the scope
decision and the tests call them.

- actions/hosting_facts.py: where the site is hosted;
- actions/cdn_facts.py: the CDN's coverage;
- actions/presence_facts.py: a presence in mainland China, the ICP Commercial License, the
  licence's province;
- actions/access_facts.py: how the site is reached (a domain name or only an IP address);
- actions/filing_facts.py: a filing already had, and whether one can be completed;
- actions/general_or_own.py and actions/hedged_facts.py: whether what is told is the user's own
  site as it is today (not anyone's, a client's, a plan, a slip taken back, a guess);
- actions/fact_words.py: the words and helpers they share.
"""

import re
from typing import Callable, Dict, Optional

from actions.access_facts import to_access_method
from actions.cdn_facts import to_cdn_coverage
from actions.decision import Fact
from actions.fact_words import (
    CORRECTION,
    MOVED_WORDS,
)
from actions.filing_facts import (
    to_can_complete_filing,
    to_existing_filing,
)
from actions.hosting_facts import to_hosting_location
from actions.presence_facts import (
    to_china_presence,
    to_commercial_license,
    to_license_province,
)

# A message that corrects a fact or tells of a move ("oh wait, we migrated to Macau"), shared
# with the scope decision.
UPDATES_A_FACT = re.compile(
    CORRECTION.pattern + rf"|\b(?:actually|wait|sorry|update|changed|{MOVED_WORDS})\b"
)


NORMALISERS: Dict[Fact, Callable[[object], Optional[str]]] = {
    Fact.HOSTING_LOCATION: to_hosting_location,
    Fact.CDN_COVERAGE: to_cdn_coverage,
    Fact.CHINA_PRESENCE: to_china_presence,
    Fact.COMMERCIAL_LICENSE: to_commercial_license,
    Fact.ACCESS_METHOD: to_access_method,
    Fact.CAN_COMPLETE_FILING: to_can_complete_filing,
    Fact.LICENSE_PROVINCE: to_license_province,
    Fact.EXISTING_FILING: to_existing_filing,
}
