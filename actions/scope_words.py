"""Patterns the scope readers share: the filing's names, the words of getting and of needing one,
places, follow-ups, the CDN's temporary server, a presence in mainland China, blocking blamed on a
missing filing, and a few more that several modules of the scope decision read.

Pure Python (no Rasa), like every module of the scope decision (actions/scope_rules.py).
"""

import re
from typing import Pattern

from actions.fact_words import (
    COMPANY_PINYIN,
    REP_OFFICE_PINYIN,
    SERVER_WORDS,
    TEMPORARY_SERVER,
    words_pattern,
)
from actions.places import (
    ABROAD,
    FOREIGN_ADJECTIVES,
    HONG_KONG,
    MAINLAND_CITIES,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
)

# Blocking put down to a missing filing ("has the server been blocked because of beian?", "sites
# blocked for lack of a proper license"): the FAQ's own point of what happens without one.
BLAMES_THE_FILING = re.compile(
    r"\b(?:(?:because of|due to|owing to|on account of|cuz of|coz of|bc of)[\s\"'“‘]+"
    r"(?:an?\s+|the\s+)?(?:(?:no|missing|absent|lack of|not having)\s+)?(?:an?\s+|the\s+)?|"
    r"for (?:lack|want) of\s+(?:an?\s+|the\s+|any\s+|a proper\s+|a valid\s+)?|"
    r"for not having\s+(?:an?\s+|the\s+|any\s+)?|for missing\s+(?:an?\s+|the\s+)?|"
    # "inaccessible due to the fact that it hasn't obtained an ICP license", "because we never
    # got a beian"
    r"(?:because|since|as|due to the fact that)\s+(?:it|we|they|i|(?:the|our|my)\s+"
    r"(?:site|website|domain|server|shop|store))\s+(?:(?:(?:has|have|had|did|does|do)(?:n't|\s+not)|"
    r"never)\s+(?:yet\s+)?(?:got|gotten|get|obtained|obtain|completed|complete|done|do|"
    r"received|receive|applied for|apply for|filed for|file for)\s+(?:an?\s+|the\s+|any\s+|"
    r"its\s+|our\s+)?|"
    # ("is this because we have no icp")
    r"(?:has|have|had|got)\s+no\s+(?:valid\s+|proper\s+)?))"
    # (the filing itself, not its details: "blocked due to a filing mismatch")
    r"(?:icp|beian|filing|licen[cs]e)\b[\"'”’]?(?!\s+(?:mismatch\w*|issues?|problems?|errors?|"
    r"review\w*|changes?|info\w*|details?|for|renew\w*|updat\w*|transfer\w*)\b)"
)

# A site or server blocked or taken down for its filing: the no-filing question's subject.
BLOCKED_FOR_THE_FILING = re.compile(
    r"\b(?:blocked|banned|shut(?:\s+down)?|taken (?:down|offline)|closed|suspended|offline|"
    r"removed|inaccessible)\b[^.?!]{0,20}" + BLAMES_THE_FILING.pattern
)
CENSORSHIP = re.compile(r"\bcensor\w*|\bgfw\b|\bgreat firewall\b")
# Filing through Alibaba Cloud's console or system is the FAQ's own channel ("can we file through
# your console?"), not a question about a console setting.
FILES_THROUGH_THE_CONSOLE = re.compile(
    r"(?:\b(?:file|filed|filing|apply|submit|register)\b[^.?!]{0,40}\b(?:through|via|in|on|using|"
    r"from)|\b(?:do|get)\s+(?:the\s+)?(?:beian|icp)\b[^.?!]{0,40}\b(?:through|via|using)|"
    # ("could we put a domain on it and go through the alibaba system then?")
    r"\b(?:go|goes|going)\s+(?:through|via))\s+"
    r"(?:(?:your|the|our)\s+)?(?:(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+)?"
    r"(?:icp\s+|filing\s+)?(?:console|portal|system)\b|"
    # ... or said of the system itself: "so the aliyun beian system cant take it?"
    r"\b(?:(?:your|the)\s+)?(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+(?:icp\s+|beian\s+|filing\s+)?"
    r"(?:console|portal|system)\s+(?:can't|cant|cannot|can not|won't|wont|doesn't|does not)\s+"
    r"(?:take|accept|handle|do|process|support)\s+(?:it|this|that|them|ip[- ]only(?:\s+sites?)?|"
    r"ip\s+(?:addresses|filings?|sites?)|(?:our|the|an?)\s+(?:ip|site|filing|application))\b|"
    # ... or where the writer looked up a fact: "I checked the console, it's actually
    # ap-southeast-1"
    r"\b(?:checked|looked (?:at|in|it up in)|according to|as per|per|misread|misread in|"
    r"read (?:it )?(?:wrong|wrongly) in)\s+"
    r"(?:the\s+|our\s+|in\s+the\s+)?"
    r"(?:(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+)?(?:console|dashboard|portal)\b"
    # ("I looked in the console again and the acceleration region just says 'Global'")
    r"(?=\s*(?:again\s+|just now\s+|once more\s+)?(?:[,:;-]|\band\b)?\s*(?:it'?s|it is|it says|"
    r"we'?re|we are|our|the (?:[\w-]+ )?(?:region|instance|server|ecs|site|area|cdn|setting)|that|"
    # ("just checked the console, the media one is Global (Excluding Mainland China)")
    r"the\s+(?:[\w-]+\s+){1,2}(?:just\s+|now\s+|still\s+)?(?:is|are|was|were|says|shows))\b)|"
    # the Alibaba Cloud filing system used: "so we can't use your filing system at all?"
    r"\b(?:use|using|access)\s+(?:(?:your|the|our)\s+)?(?:(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+)?"
    r"(?:icp\s+)?filing\s+(?:system|portal)\b|"
    # ... or told after the fact, ending its sentence: "sorry, I meant just 'Global'. checked the
    # console again"
    r"\b(?:double[- ]?)?(?:checked|confirmed|verified|looked\s+(?:at|in))\s+(?:it\s+|that\s+)?"
    r"(?:again\s+)?(?:in\s+|on\s+)?(?:the\s+|our\s+)?"
    r"(?:(?:alibaba(?: cloud)?|aliyun|cdn)(?:'s)?\s+){0,2}(?:console|dashboard)"
    r"(?:\s+(?:again|twice|just now|now|too))?(?=\s*(?:[.!]|$))|"
    # ... or where the question comes up: "the Alibaba console asks for a province - which one?"
    r"\b(?:alibaba(?: cloud)?(?:'s)?\s+|aliyun(?:'s)?\s+)?(?:icp\s+|filing\s+)?"
    r"(?:console|portal|system|form)\s+(?:keeps\s+)?(?:asks?|asking|wants?|requires?|needs?|"
    r"demands?|demanding)\s+(?:for|us|me)\b|"
    # ... or the filing itself done there: "can it be done in the Alibaba console?"
    r"\b(?:it|the filing|filing|beian|icp|application|submission)\s+be\s+(?:done|lodged|"
    r"completed|handled|submitted|filed)\s+(?:through|via|in|on|using|from)\s+(?:(?:your|the|our)\s+)?"
    r"(?:(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+)?(?:icp\s+|filing\s+)?(?:console|portal|system)\b|"
    # ... or turns the submission away: "Console won't accept their submission", "Alibaba's
    # system won't take it"
    r"\b(?:alibaba(?: cloud)?(?:'s)?\s+|aliyun(?:'s)?\s+)?(?:icp\s+|filing\s+)?"
    r"(?:console|portal|system)\s+(?:won't|wont|will not|doesn't|doesnt|does not|didn't|did not|"
    r"can't|cannot|refuses to|wouldn't)\s+(?:(?:accept|take)\s+(?:it|them|(?:the|our|their|my)\s+"
    r"(?:submission|filing|application))|"
    # "console wont let them submit a beian"
    r"(?:let|allow)\s+(?:us|them|me|you)\s+(?:to\s+)?(?:submit|file|apply))\b|"
    # ... or what the filing console takes: "the provider's filing console handles domain names
    # exclusively", "the ICP system only accepts domains"
    r"\b(?:icp|filing|beian)\s+(?:console|portal|system)\s+(?:only\s+)?(?:handles|accepts|takes|"
    r"supports|covers|is for)\s+(?:only\s+)?(?:domains?|domain names?)\b|"
    # ... or "it" done there, the filing named before: "can we do it via your filing system then?"
    r"\b(?:do|handle|complete|submit|file)\s+(?:it|this|that)\s+(?:through|via|in|on|using)\s+"
    r"(?:(?:your|the|our)\s+)?(?:(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+)?(?:icp\s+|filing\s+)?"
    r"(?:console|portal|system)\b|"
    # ... or where a setting was chosen, the setting being the fact told: "in the cdn console i
    # picked acceleration region = Global", "we selected Global in the console"
    # (only the console's words are read out, the setting stays)
    r"\bin\s+(?:the\s+|our\s+)?(?:(?:alibaba(?: cloud)?|aliyun|cdn)(?:'s)?\s+){0,2}console\b"
    r"(?=[\s,]+(?:i|we)\s+(?:already\s+|just\s+)?(?:picked|selected|chose|ticked)\b)"
)
BILLING_METHOD = re.compile(r"\bpay[- ]as[- ]you[- ]go\b|\bpre-?paid\b|\bpost-?paid\b|\bpayg\b")
# The CDN answer's one number: the temporary ECS instance's subscription of at least three months.
ECS_TERM = re.compile(
    r"\bsubscri\w*|" + TEMPORARY_SERVER.pattern + r"|"
    # "we'd need an ECS inside China just for the filing ... how long do we have to keep it?"
    # (the instance kept: not "how long do we keep waiting for the approval?"); "how long sub"
    r"\b(?:ecs|instance|server|vps|box)\b.{0,120}\bhow long\b[^.?!]{0,30}\b(?:keep|hold|rent|"
    r"pay for|maintain|subscribe to)"
    r"\s+(?:it|them|(?:the|that|this) (?:ecs|instance|server|vps|box))|"
    # ... or its minimum asked, the server named before it: "buy an ecs inside china just for
    # that? minimum how long?"
    r"\b(?:ecs|instance|server|vps|box)\b.{0,120}\b(?:(?:minimum|at least)\s+how long|"
    r"how long\s+(?:at\s+)?(?:minimum|at least))\b|"
    # ... or bought for a term, the server named before ("minimum how long must we buy it for?":
    # nothing else the filing has bought for a time)
    r"\bhow long\b[^.?!]{0,30}\b(?:buy|rent|purchase|subscribe to|pay for)\s+(?:it|them)\s+for\b|"
    r"\b(?:buy|rent|purchase|subscribe to)\s+(?:it|them)\s+for\s+how long\b|"
    # ... or said so passively: "how long must that box be kept?"
    r"\b(?:ecs|instance|server|vps|box)\b.{0,120}\bhow long\b[^.?!]{0,20}\b(?:the|that|this) "
    r"(?:ecs|instance|server|vps|box)\s+(?:be\s+)?(?:kept|held|rented|maintained|paid for|"
    r"subscribed)\b"
    r"\b|\bhow long\s+(?:\w+\s+)?sub\b|"
    # the instance after the question: "how long must we keep the mainland ECS?"
    r"\bhow long\b[^.?!]{0,30}\b(?:keep|hold|rent|maintain|pay for|subscribe to|need)\s+"
    r"(?:the|that|this|our|an?)\s+(?:[\w-]+\s+){0,2}?(?:ecs|instances?|servers?|vps|box)\b|"
    # "do we really have to buy some ecs in china just to get the domain filed? for how long?",
    # "so we need an ecs in china even tho we're on aws? for how long"
    r"\b(?:buy|rent|purchase|get|order|need|needs)\s+(?:\w+\s+){0,2}"
    r"(?:ecs|instances?|servers?|vps|box)\b"
    # (the question ends there: not "for how long will the filing process take?")
    r".{0,80}\bfor how long\s*\?*\s*$"
)

# The filing's names, and the words of getting one and of needing one
ICP_TERMS = (
    # (not office furniture: "a filing cabinet")
    r"(?:icp|beian|bei'?an|filing(?! cabinet)|filings|filed|unfiled|file|recordals?|licen[cs]e|"
    r"licen[cs]es|"
    r"licen[cs]ing|licen[cs]ed|registration|register|registered|record|miit)"
)
GET_WORDS = (
    r"(?:get|getting|obtain\w*|apply|applying|register|registering|acquire|secure|receive|"
    r"file|complete)"
)
NEED_WORDS = (
    r"(?:need|needs|needed|require|required|requires|requirement|requirements|necessary|"
    r"must|mandatory|compulsory|optional|have to|has to|obligat\w*|should|legal|legally|allowed|"
    r"avoid|bypass|skip|get around|exempt\w*|apply|applies|care)"
)
# Where someone named files: "where should our Xiamen branch apply for the beian?"
WHERE_SOMEONE_FILES = (
    r"\bwhere\s+(?:does|do|should|must|would|can)\s+(?:[\w'-]+\s+){1,5}?(?:file|apply|register|"
    r"submit)\s+(?:for\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?(?:icp|beian|filing|备案)"
)
# A company registered outside mainland China, named: "our Singapore HQ", "a Delaware LLC"
COMPANY_ABROAD = re.compile(
    # ("a Chilean company": the country's adjective too)
    words_pattern(
        ABROAD
        + OTHER_CHINESE_REGIONS
        # (not the language: "an English training company")
        + tuple(a for a in FOREIGN_ADJECTIVES if a != "english")
        + ("hong kong", "hk", "delaware")
    )
    + r"\s+(?:[\w-]+\s+){0,2}?(?:company|companies|hq|headquarters|parent|entity|firm|"
    r"pte|ltd|gmbh|inc|llc|ag|bv|corp\w*)\b|"
    # "our company is registered only in Singapore"
    r"\b(?:company|companies|entity|firm|business)\s+(?:is\s+|are\s+)?(?:registered|"
    r"incorporated|based)\s+(?:only\s+|solely\s+|just\s+)?in\s+"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + ("hong kong", "hk", "delaware"))
)


# What a site is called, as a noun (the scope readers' own "site", "web shop", "blog", ...)
SITE_NOUNS = (
    r"(?:sites?|websites?|web\s?(?:app|pages?|shop|store|service)s?|pages?|online (?:store|shop)|"
    r"e-?shop|blog|saas|platform|portal|content)"
)


# A follow-up: "what about CDNs?", "and if we moved to Hong Kong?"
FOLLOW_UP = re.compile(r"\b(?:what|how) about\b|\b(?:and|what) if\b")
ICP_WORDS = re.compile(
    rf"\b{ICP_TERMS}\b|\bchina\b|\bchinese\b|\bmainland\b|"
    r"\bministry of industry\b|\bnetwork access providers?\b"
)  # MIIT spelled out; the filing's access provider (the host that submits it)
# What the assistant's domain is about beyond the ICP words: hosting a site, Alibaba Cloud's
# products, places. A question about any of them that the FAQ does not answer is "not covered"
# (with a person to ask), not "I only answer ICP questions".
HOSTING_WORDS = re.compile(
    r"\b(?:alibaba|aliyun|alicloud|ecs|servers?|host|hosts|hosted|hosting|websites?|sites?|domains?|"
    r"cdns?|slb|load[- ]?balanc\w*|dns|cloud|prc|gfw|vpn)\b"
)


# Places outside mainland China (hosting there is the hosted-outside question's subject), and
# every place the assistant knows.
PLACES_OUTSIDE = re.compile(words_pattern(ABROAD + OTHER_CHINESE_REGIONS))
PLACES = re.compile(
    words_pattern(
        ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG + MAINLAND_PROVINCES + tuple(MAINLAND_CITIES)
    )
)


def near_the_filing(words: str) -> Pattern:
    """`words` within a few words of the filing's name, before or after it."""
    return re.compile(
        rf"\b{words}\b[^.?!]{{0,40}}\b{ICP_TERMS}\b|\b{ICP_TERMS}\b[^.?!]{{0,40}}\b{words}\b"
    )


# A question about what was just said: "Does it need ICP?", "how do we fix this?", "is that
# allowed?" (not "do we need that ICP filing thing?", nor an alternative to the question's own
# subject: "do we need the ICP filing or is that only for Chinese companies?").
REFERS_BACK = re.compile(
    r"\b(?:it|this|that|these|those|they|them)\s*(?:[?.!,]|$)|"
    r"(?<!\bor )\b(?:do|does|did|is|are|was|can|could|should|will|would|must)\s+(?:it|this|that|"
    r"they|these|those)\b(?!\s+(?:icp|beian|filing|site|website|server|ecs|cdn))"
)
SENTENCE_ENDS = re.compile(r"(?<=[.?!])\s+")
# A presence in mainland China named: the physical office answer (no ICP Commercial License for
# a representative office) holds whatever the business.
NAMES_A_PRESENCE = re.compile(
    rf"\b(?:rep(?:resentative)? offices?|offices?|{REP_OFFICE_PINYIN}|{COMPANY_PINYIN}|"
    r"branch\w*|wfoe|subsidiar\w+)\b"
)


# The filing's names in a need said of it (by its full name too: "an Internet Content Provider
# licence is required")
FILING_WORD = (
    r"(?:icps?|internet content provider|beian|filings?|(?:icp |commercial |website |web )"
    r"licen[cs]es?)"
)


# A case put instead of the one told: "same if we moved everything to HK?", "suppose we drop the
# Beijing box", "would moving to Hong Kong ECS then ...?", "and with HK plus ...?" (broader than
# hosting_facts.PUTS_A_CASE, the writer's own case whose facts a reader takes as asked about: here
# any follow-up form that continues the question counts)
A_CASE_PUT = re.compile(
    # (after an interjection too: "oh wait, and if someday we ...")
    r"^\W*(?:(?:and|but|so|ok|okay|hm+|then|also|now|same|even|just|oh+|wait|well|right)\W+)*"
    r"(?:(?:what|and|same|even|but|only)\s+)?(?:if|suppose|supposing|say|assuming|in case)\b|"
    r"^\W*(?:and|same|with|plus|or)\b|"
    # ... or by what it is without: "ok and without the cdn we're fine as is?"
    r"^\W*(?:(?:and|but|so|ok|okay|then)\W+)*without\b|"
    r"\b(?:what|how) about\b|"
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:would|could|does|do|will|can|is)\s+\w+ing\b|"
    # ... or by what the writer would do: "could we just put a domain on it and ...?"
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:could|can|would)\s+(?:we|i)\s+(?:just|simply)\s+"
    r"(?:put|add|get|buy|register|attach|give|move|switch|drop)\b|"
    # a case put by its time: "ok and once we have the domain we can file through alibaba?"
    # (or of the site's thing: "ok and once the domain is live?")
    r"^\W*(?:(?:and|so|ok|okay|then)\W+)*(?:once|when|after|as soon as)\s+(?:we|i|(?:the|our)\s+"
    r"(?:domain|site|website|shop|server|servers|ecs|cdn|slb|load balancer))\b"
)
# Servers, instances, an origin: the words that name where a site runs.
SERVER_WORD_PATTERN = re.compile(rf"\b(?:{SERVER_WORDS})\b")
MAINLAND_WORDS = re.compile(
    words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES)) + r"|\bchina\b|"
    r"\bmainland\b|\bprc\b"
)


# Asking whether one may get or hold it (not "our branch holds one; do we need a filing for the
# CDN?").
MAY_GET = re.compile(
    r"\b(?:can|could|may|possible|eligible|allowed|able)\b|\bhold (?:it|one|the)\b|"
    r"\b(?:get|apply for|obtain)\s+(?:it|one|the)\b|"
    # keyword style: "rep office -> commercial license?"
    r"^(?:[^\s>→]+\s+){1,3}(?:->|=>|→)\s*(?:icp\s+)?commercial\b"
)


def hosts_in_china(text: str) -> bool:
    """Servers named beside a mainland place ("we tried to buy servers in China")."""
    return bool(SERVER_WORD_PATTERN.search(text) and MAINLAND_WORDS.search(text))


NO_CDN = re.compile(
    r"\b(?:no|without|not using|don't use|do not use|never used|(?:isn't|is not|aren't|are not|"
    r"not) (?:behind|on|using|fronted by))\s+(?:an?\s+|any\s+)?cdns?\b"
    r"(?:\s+(?:at all|yet))?|\bcdns?:\s*(?:none|no)\b"
)


# What was just said, too much to take on, in a clause of its own: "that sounds like way too much
# paperwork for us", "too many hoops, honestly" (not a thing of its own too much to do: "it's too
# much hassle to configure the CDN"; nor denied: "that's not too much work")
TOO_MUCH_TO_TAKE_ON = re.compile(
    r"(?:^|[.!?;:,]\s*|\b(?:that|this|it|all (?:that|this))(?:'s|\s+is|\s+would be|"
    r"\s+sounds?(?:\s+like)?|\s+seems?(?:\s+like)?)\s+|\bsounds?\s+like\s+)"
    r"(?:honestly\s+|really\s+|just\s+)?"
    r"(?:(?:way|far|much|just)\s+)?too\s+(?:much|many)\s+(?:of\s+an?\s+)?(?:[\w-]+\s+)?"
    r"(?:paperwork|hassle|work|effort|trouble|red tape|bureaucracy|admin\w*|steps|hoops)"
    r"(?:\s+for\s+(?:us|me|them|(?:an?|our)\s+[\w-]+(?:\s+[\w-]+)?))?"
    r"(?:\s*,?\s*(?:honestly|really|tbh|to be honest))?\s*(?:[.!?;]|$)"
)


# An office or company to be set up: "register a ban shi chu"
A_PRESENCE_SET_UP = re.compile(
    r"\b(?:register|registering|set up|setting up|establish\w*|open|opening|incorporat\w*|form|"
    r"forming)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+)?(?:ban shi chu|rep(?:resentative)? office|"
    r"office|company|branch|wfoe|entity|subsidiary|business)\b"
)
# The authority to go to, asked: "which authority do we go to then?", "what bureau do we apply
# with?"
THE_AUTHORITY_TO_GO_TO = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:authorit(?:y|ies)|bureaus?|administrations?)\s+"
    r"(?:do|should|must|would|will|can|shall)\s+(?:we|i|they)\s+(?:then\s+)?(?:go\s+to|apply\s+"
    r"(?:to|with|at)|file\s+(?:with|at)|submit\s+(?:to|it\s+to)|register\s+with)\b"
)


# Whose registration documents a filing may use, asked: the physical office answer says
_WHOSE_PAPERS = (
    r"(?:papers|paperwork|documents?|docs|business licen[cs]e|registration certificate|"
    r"certificate of incorporation)"
)
ASKS_WHOSE_PAPERS = re.compile(
    # (also in a statement's order: "we may use Japan head office documents meanwhile?")
    r"\b(?:(?:can|could|may|should|must)\s+(?:we|i|they)|(?:we|i|they)\s+(?:can|could|may))\s+"
    r"(?:just\s+|still\s+)?(?:use|submit|file with|apply with)\s+(?:the\s+|our\s+|its\s+|"
    r"their\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+'s|head office|headquarters|hq|parent(?: company)?|"
    r"branch|subsidiary|wfoe|rep office)\s+(?:own\s+)?" + _WHOSE_PAPERS + r"\b|"
    r"\b(?:has|have|needs?)\s+to\s+be\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?[\w-]+'s\s+"
    r"(?:own\s+)?" + _WHOSE_PAPERS + r"\b|"
    # ... asked whether they would do: "and the German HQ's papers, would those work too?"
    r"\b(?:[\w-]+'s|head office|headquarters|hq|parent(?: company)?)\s+(?:own\s+)?"
    + _WHOSE_PAPERS
    + r"\b[^.?!]{0,20}\b(?:would|will|do|does|can|could)\s+(?:those|these|they|that|it)\s+"
    r"(?:also\s+)?(?:work|do|count|be accepted|be ok|be okay|be enough|suffice)\b|"
    # the papers asked for named before: "can some of them be our HQ's papers from Canada?"
    r"\b(?:can|could|may|must)\s+(?:some\s+of\s+|any\s+of\s+|all\s+of\s+)?(?:them|these|those|"
    r"it|the\s+(?:papers|documents|docs))\s+(?:be|include|come from)\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]+'s|head office|headquarters|hq|parent(?: company)?)\s+"
    r"(?:own\s+)?" + _WHOSE_PAPERS + r"\b|"
    # ... by "its", the company just named: "we have a branch company in Tianjin. can we use its
    # documents for the ICP?"
    r"\b(?:can|could|may|should|must)\s+(?:we|i|they)\s+(?:just\s+|still\s+)?(?:use|submit|"
    r"file with|apply with)\s+its\s+(?:own\s+)?" + _WHOSE_PAPERS + r"\b|"
    # ... or whether those from abroad are accepted: "so the documents from our Seoul headquarters
    # won't be accepted?"
    r"\b" + _WHOSE_PAPERS + r"\s+(?:from|of|issued by|issued in)\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:head office|headquarters|hq|parent(?: company)?|home country)\b"
    r"[^.?!]{0,30}\b(?:be\s+)?(?:accepted|valid|enough|ok|okay|work|count)\b(?=[^.!]*\?)"
)
