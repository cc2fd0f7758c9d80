"""Whose site a message speaks of: the user's own, or anyone's.

A question or rule about sites in general, anyone's site, a comparison or choice of places, a
client's site asked about beside the writer's own, rules quoted from someone else; a fact denied
by the next sentence; the past against today. The fact readers read no hosting fact from what is
no one's site in particular.
"""

import re
from typing import Iterable, List

from actions.fact_words import (
    A_SERVER_ASKED_FOR,
    A_SITE_OF_OUR_OWN,
    ADVICE,
    CDN_TALK,
    CLAUSES,
    COMPANY_WORDS,
    COMPARED,
    FIRST_PERSON,
    HOSTING_TALK,
    MAINLAND_PLACES,
    MOVE_START,
    MOVED_TO,
    MOVED_WORDS,
    NOW_WORDS,
    ORGANISATION,
    OTHER_MAINLANDS,
    OTHERS_OF_ANOTHER_KIND,
    OUTSIDE_PLACES,
    OUTSIDE_WORDS,
    PEOPLE_SERVED,
    PROVINCE_NAMES,
    SENTENCES,
    SOMEONE_ELSES,
    TEMPORARY_SERVER,
    THE_FILING_AS_AIM,
    VERB_FIRST,
    WAS_THERE,
    clean_text,
    find_words,
    last_question,
    words_pattern,
)
from actions.places import HOSTING_PROVIDERS

# Places of the company or of the users, not of the servers: "a Hong Kong company", "registered
# in Shanghai", "for users in China". Removed before hosting is read.
USERS_PLACE = re.compile(
    # (the place before them too, where it starts the phrase: "Mainland visitors can still load
    # it", "for China users"; not a server's place just before: "the server is in China users are")
    r"(?:(?:^\s*|(?<=[.,;:!?(]\s)|(?<=\bour\s)|(?<=\bthe\s)|(?<=\bfor\s)|(?<=\bmany\s)|"
    r"(?<=\bmost\s)|(?<=\bsome\s)|(?<=\ball\s))(?:mainland|china|chinese|prc)\s+"
    r"(?:china\s+|chinese\s+)?)?"
    rf"\b(?:{PEOPLE_SERVED}|audience|market|traffic|people)\b"
    # (not a speaker: "my colleague says sites in mainland need ICP")
    r"(?!\s+(?:says?|said|thinks?|thought|told|tells|claims?|believes?|reckons?|insists?|"
    r"mentioned|heard)\b)"
    r"(?:[^,.;!?]{0,30}?\b(?:in|from|across|throughout|inside|outside)\s+(?:the\s+)?"
    # (or to the end of its clause: "china ppl visit, illegal no icp?")
    r"(?:mainland\s+)?\w+(?:\s+kong)?|[^,.;!?]*(?=[,.;!?]|$))"
)
# People served from a place: the server's place, not theirs ("serves China users straight from
# SG ECS"). The people, and their place before them, are dropped; "from" and its place are kept.
_SERVED_FROM = re.compile(
    r"\b(serv(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|stream(?:s|ed|ing)?)\s+"
    r"(?:(?:our|the|all|its|their|his|her)\s+)?(?:(?:mainland|china|chinese|prc)\s+"
    rf"(?:china\s+|chinese\s+)?)?(?:{PEOPLE_SERVED})\s+"
    r"((?:straight|directly|right|only|mostly|still|currently|today|now)\s+)?from\b"
    # (a server after it: not "we serve customers from Shanghai", where they are)
    r"(?=\s+(?:(?:our|the|an?|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:ecs|servers?|instances?|vps|"
    r"box|boxes|region|data ?cent(?:er|re)s?|cloud|hosting|origin)\b)"
)
# ... and a province or city naming the people after it ("because Shanghai customers say it's
# slow"), not where a server is (not after "in": "servers in Shanghai users can reach").
_PLACE_OF_USERS = re.compile(
    r"(?<!\bin )(?<!\bat )(?<!\bfrom )" + words_pattern(tuple(PROVINCE_NAMES)) + r"\s+"
    rf"(?=(?:{PEOPLE_SERVED}|offices?)\b)"
)
# The place a filing is for, not where a server is: "do we need ICP for China?", "a beian in
# mainland China", "is the filing required in China?"
_FILING_PLACE = re.compile(
    r"\b(?:icp|beian|filing|licen[cs]e|registration)\s+(?:\w+\s+)?(?:for|in)\s+(?:the\s+)?"
    r"(?:mainland\s+)?(?:china|chinese|prc|mainland)\b"
)
# Where a site is to be accelerated, not where it is hosted: "want accelerate the website in
# China with your CDN", "speed our shop up across mainland China".
_ACCELERATED_IN = re.compile(
    r"\b(?:accelerat\w*|speed\w*(?:\s+up)?|faster|boost\w*)\s+(?:(?:the|our|my|its|this)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:up\s+)?(?:in|for|into|across|throughout|inside|within)\s+(?:the\s+)?"
    r"(?:mainland\s+)?(?:china|chinese|prc|mainland)(?:\s+(?:mainland|china))?\b"
)
_COMPANY_PLACE = re.compile(
    r"(?:\w+\s+){0,3}(?:company|companies|firm|business|corporation|entity|office|offices|"
    r"headquarters|hq|team|staff)\b"
)
# A clause about the past says nothing about hosting today ("we used to host in Shanghai"); "no
# longer" is a negation of today's place ("no longer points to a server in mainland China").
# Gone, or not today's: "used to", "until last year", "decommissioned", "we had".
_GONE_WORDS = (
    r"used to|previously|formerly|in the past|(?:until|till|til) (?:last|recently|\d{4})|"
    # (a month it ended in, said in the past, or a move that ended it: "were in Beijing until
    # March", "until we moved"; not "runs in Shenzhen until December at least")
    r"(?:was|were|had been|ran|sat|stayed|lived)\b[^.?!,;]{0,40}?\b(?:until|till|til) "
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|"
    r"(?:until|till|til) (?:we|they|it)\s+(?:moved|migrated|switched|relocated)\b(?!\s+\w+\s+to\b)|"
    r"originally|initially|at first|back then|back in (?:\d{4}|the day|those days)|"
    r"(?<!'ve )(?<!have )(?<!has )had(?! to\b)|"
    r"(?:got|was|were|been) shut|"
    # servers that are gone
    r"decommission\w*|terminated|retired|released|switched off|shut (?:down|off)|deleted|"
    # the verb split by what it acts on: "we shut the shanghai ecs down in march", "we're
    # shutting the hangzhou one down"
    r"(?:shut|shutting|switched|switching|turned|turning|took|taking) (?:the |our |that |this |"
    r"those |these |it |them )?(?:[\w-]+ ){0,2}?(?:down|off)|"
    r"removed|closed|got rid of|gave up|sold|dissolved|deregistered|wound up|dropped|"
    r"drop(?:s|ping)?\s+(?:the|our|that|this|those|these)|"
    # ... or the plan for it given up: "if we scrap the shenzhen plan", "ok forget shanghai",
    # "we delete the beijing landing page"
    r"(?:scrap(?:s|ped|ping)?|cancel(?:s|led|ling|ed|ing)?|ditch(?:es|ing)?|abandon(?:s|ing)?|"
    r"delet(?:e|es|ing))\s+(?:the|our|that|this|those|these)|"
    r"(?<!don't )(?<!dont )(?<!not )(?<!i )forget(?!\s+to\b)(?: about)?|"
    # a provider left ("we left Tencent Cloud Guangzhou in January"; not "we left the servers in
    # Beijing", which keeps them there)
    r"(?:moved|migrated) (?:off|away from)|ditched|abandoned|"
    r"left (?:our\s+|the\s+)?(?:" + words_pattern(HOSTING_PROVIDERS) + r")"
)
GONE_WORDS_PATTERN = re.compile(rf"\b(?:{_GONE_WORDS})\b")
# The past: what is gone, and a time gone by ("last year", "3 months ago", "the old plan").
PAST_WORDS = re.compile(
    rf"\b(?:{_GONE_WORDS}|last (?:year|month|week|quarter|summer|winter|spring|autumn|fall)|"
    r"(?:old|original|first|earlier) plan|"
    # (a time counted back, in figures or words: "3 months ago", "years ago", "a few years ago")
    r"(?:(?:\d+|a|one|two|three|four|five|a few|a couple of|several|many)\s+)?"
    r"(?:years?|months?) ago|(?:long|ages) ago)\b"
)
# A move's start with its place ("migrated the site from aliyun beijing to aws frankfurt": the
# place up to "to", else a word or three)
_MOVED_FROM = re.compile(
    rf"\b{MOVED_WORDS}\b(?:\s+\S+){{0,4}}?\s+{MOVE_START}\s+"
    r"(?:(?:\S+\s+){0,3}?\S+(?=\s+(?:to|into|onto)\b)|(?:\S+\s+){0,2}?\S+)"
)
_SAT_THERE = re.compile(r"\b(?:sat|ran|lived)\b")


def then_now(clause: str, clauses_after: List[str]) -> bool:
    """`clause` says where something was ("the backend was in Beijing", "sat in Hangzhou at
    first") and the next clause, sharing its subject, where it is now ("and is in Frankfurt
    now"): the past."""
    return bool(
        (WAS_THERE.search(clause) or _SAT_THERE.search(clause))
        and clauses_after
        and (
            (VERB_FIRST.match(clauses_after[0]) and NOW_WORDS.search(clauses_after[0]))
            # the verb left out: "it was in Beijing until March, now Tokyo"
            or _NOW_FIRST.match(clauses_after[0])
        )
    )


_NOW_FIRST = re.compile(r"^\s*(?:(?:but|and)\s+)?(?:now|today|currently|these days)\b")


# Set up in the past, and there today: "we spun up an ECS in cn-shanghai last week".
_STARTED = re.compile(
    r"\b(?:spun up|set up|launched|bought|purchased|deployed|created|opened|started|provisioned|"
    r"rented|built|went live|signed up|put|got|registered|established|incorporated)\b"
)
# ... or there since then, or still: "running on ecs in chengdu since a few years ago", "a couple
# of months ago our dev put the site on ecs shenzhen and it's still there"
_SINCE_THEN = re.compile(
    r"\bsince\b[^.?!]{0,25}\bago\b|\bever since\b|"
    r"\b(?:is|are|it's|its|they're|still)\s+still\s+(?:there|here|running|live|up|on|in)\b|"
    r"\bstill\s+(?:there|running|live|up)\b"
)


def of_the_past(clause: str) -> bool:
    """A clause about the past ("we used to host in Shanghai"), unless it moved somewhere ("we
    moved to Hong Kong last week") or was set up then ("we spun up an ECS in Beijing last week"):
    there today."""
    if not PAST_WORDS.search(clause) or MOVED_TO.search(clause) or _SINCE_THEN.search(clause):
        return False
    return not (_STARTED.search(clause) and not GONE_WORDS_PATTERN.search(clause))


# A rule about places stated with no one's site in it ("opening a website in mainland China
# needs a licence but not in Hong Kong"): an article's sentence, not where the user's site is.
_STATES_A_RULE = re.compile(
    r"\b(?:needs?|required|requires?|requirements?|must|ha(?:ve|s) to|shall|bypass\w*|avoid\w*|"
    r"exempt\w*|icp|filings?|files|licen[cs]es?)\b"
)


# A question about sites in general: plural sites or companies, or a tag asking for agreement
# ("sites there need one and Hong Kong ones don't, right?"); not a terse question about one's own
# servers ("Servers in Tokyo + CDN covering mainland China. ICP required?").
_ABOUT_ANY_SITE = re.compile(
    r"\b(?:sites|websites|companies|businesses|ones|anyone|everyone|people|apps)\b|"
    r"\b(?:right|correct|true|isn't it|don't they|doesn't it)\s*\?"
)


# Sites in general named as what is asked about ("is ICP only a thing for sites on servers inside
# mainland China?", "does every website hosted in Beijing need one?").
_SITES_IN_GENERAL = re.compile(
    r"\b(?:sites|websites)\s+(?:on|hosted|in|that|which|served|running)\b|"
    r"\b(?:any|all|every)\s+(?:\w+\s+)?(?:sites?|websites?)\b"
)


_EVERY_SITE = re.compile(r"\b(?:any|all|every)\s+(?:\w+\s+)?(?:sites?|websites?)\b")


def asks_of_sites_in_general(value: str, message: object) -> bool:
    """Whether the sentence holding `value` asks about sites in general, with no first person:
    its places are no one's, even when it names only one ("Shop runs on ECS Shanghai. Does every
    site need its own ICP?" still says where the shop runs)."""
    phrase = clean_text(value)
    for sentence in re.split(r"(?<=[.?!])\s+", clean_text(message)):
        if phrase and phrase in sentence:
            return (
                # asked, or stated as a rule of every site: "all websites that operate inside
                # China must ..." (not a terse "Websites hosted on ..., ICP filing required")
                (
                    ("?" in sentence and bool(_SITES_IN_GENERAL.search(sentence)))
                    or (
                        bool(_STATES_A_RULE.search(sentence)) and bool(_EVERY_SITE.search(sentence))
                    )
                )
                and not FIRST_PERSON.search(sentence)
            )
    return False


# The writer only as who heard a claim or whose colleague made it: "a friend told me", "my
# colleague says": no first person of a site's.
_FIRST_PERSON_AS_LISTENER = re.compile(
    r"\b(?:told|tells|telling|asked|asks|assured|assures|warned|warns|informed|advised)\s+(?:me|us)\b|"
    # the writer only checking what was said: "have I got that right?", "am I right?", "if I
    # understand correctly"
    r"\b(?:have|did|do)\s+i\s+(?:got|get|understood|understand)\s+(?:that|this|it)\s+"
    r"(?:right|correctly)\b|\bam\s+i\s+(?:right|correct|wrong|mistaken)\b|"
    r"\bif\s+i\s+(?:understand|understood|get|got)\s+(?:it\s+|this\s+|that\s+)?"
    r"(?:right|correctly)\b|\bis\s+my\s+understanding\s+(?:right|correct)\b|"
    # ("I've read that ...", "we'd heard ...")
    r"\b(?:i|we)(?:'ve|'d|\s+(?:have|had|was|were))?\s+(?:(?:just|also|often|always)\s+)?"
    r"(?:heard|read|seen|saw|learned|learnt|been told|was told|were told)\b|"
    r"\b(?:my|our)\s+(?:colleague|boss|manager|friend|lawyer|consultant|cto|ceo|coworker|"
    r"co-worker|teammate|supervisor|accountant|advisor|adviser)s?\s+(?:\w+\s+)?(?:says?|said|"
    r"told|tells|thinks?|thought|believes?|claims?|insists?|reckons?|heard)\b|"
    # ... or checking before a meeting of theirs: "just double checking before our meeting"
    r"\b(?:before|for|ahead of|after)\s+(?:my|our)\s+(?:meeting|call|presentation|workshop|"
    r"interview|exam|class|report)\b|"
    r"\b(?:i'?m|we'?re|i am|we are)\s+(?:just\s+)?(?:double[- ]?checking|checking|asking|"
    r"wondering)\b"
)


def is_general(text: str) -> bool:
    """A question, or a rule, that says nothing of the asker's own site ("sites there need one,
    right?")."""
    if FIRST_PERSON.search(_FIRST_PERSON_AS_LISTENER.sub(" ", text)):
        return False
    if "?" in text:
        return bool(_ABOUT_ANY_SITE.search(text))
    # (a ticket about a customer tells one site's case: "Customer in Germany, ECS cn-beijing,
    # filing rejected twice.")
    return bool(_STATES_A_RULE.search(text)) and not asks_for_a_client(text)


def speaks_of_anyone(message: object) -> bool:
    """A question about anyone's site ("do you need an ICP license for your website in China?"):
    "you" with no first person is an article's reader, not a place the user gave; and what others
    believe ("many think: servers in mainland China, but no filing needed") is no one's site."""
    text = clean_text(message)
    # (the writer only as who read or heard it: "I read a blog claiming that ...")
    if FIRST_PERSON.search(_FIRST_PERSON_AS_LISTENER.sub(" ", text)):
        return False
    # (asked, or stated as a rule: "an ICP License is only required if your website is hosted
    # ... inside of Mainland China")
    asked_or_ruled = "?" in text or bool(_STATES_A_RULE.search(text))
    readers = _THE_PROVIDERS.sub(" ", text)  # (not "your ECS", "hosted with you": the provider's)
    return (
        # (in a pasted chat, "you" is the other speaker: "agent: which CDN region did you pick?
        # cust: Global ...")
        (asked_or_ruled and bool(_GENERIC_YOU.search(readers)) and not _is_a_chat(text))
        or bool(_OTHERS_BELIEVE.search(_without_a_clients_belief(text)))
        # a rule stated for others, asking nothing ("customers must purchase a temporary ECS",
        # "Note for overseas customers: an origin in Frankfurt ... needs no filing")
        or ("?" not in text and bool(_STRONG_RULE.search(text)) and bool(_OTHERS.search(text)))
        # what others usually do ("teams that can't produce the documents usually fall back to
        # Hong Kong"): a habit of many, not the writer's case
        or ("?" not in text and bool(_WHAT_OTHERS_USUALLY_DO.search(text)))
    )


# The speakers' labels of a pasted chat: the support side's ("agent: ...") and the customer's
# ("cust: ..."); both, or a ticket's fields ("Customer: Acme GmbH. Client: ...") would count
_SUPPORT_LABEL = re.compile(
    r"\b(?:agent|support|csr|rep)\s*:|(?:^|[.?!)\]]\s+)(?:me|tam|sales)\s*:"
)
_CUSTOMER_LABEL = re.compile(r"\b(?:cust|customer|client|user)\s*:")


def _is_a_chat(text: str) -> bool:
    return bool(_SUPPORT_LABEL.search(text) and _CUSTOMER_LABEL.search(text))


# What a vendor's note or an article lays down, and for whom (not "we need ..." or a terse "ECS in
# Hangzhou, filing pending", which have a first person or no rule for others)
_STRONG_RULE = re.compile(
    r"\b(?:must|shall|mandatory|compulsory|required|requires?|needs? no|carr(?:y|ies) no|"
    r"(?:is|are) (?:needed|not needed)|becomes? (?:mandatory|required|necessary)|"
    # ("sites on servers outside the mainland are not subject to ICP filing")
    r"(?:is|are) (?:not )?(?:subject to|exempt(?:ed)? from)|"
    # (passive: "they have to be filed with the provincial authority")
    r"(?:has|have) to be)\b"
)
_OTHERS = re.compile(
    rf"\b(?:customers|users|clients|sites|websites|domains|origins|publishers|{ORGANISATION}|operators|"
    r"owners|holders|merchants|developers|tenants|an origin|anyone|everyone|anything)\b|"
    # ("an ICP Bei'an is required for any domain delivering content from mainland China")
    r"\b(?:any|every|each|all)\s+(?:[\w-]+\s+)?(?:domains?|sites?|websites?|web ?pages?|apps?|"
    r"servers?)\b|"
    # a rule's generic case: "wherever a domain was registered, a server located in mainland
    # China means a filing must be made"
    r"\b(?:wherever|whenever|whoever)\b|"
    r"\ban?\s+(?:[\w-]+\s+)?(?:servers?|sites?|websites?|domains?)\s+(?:located|hosted|based|"
    r"whose|that|which)\b|"
    # ("site going live on a server in china or on a chinese CDN = ICP is a must")
    r"\b(?:on|to|from)\s+an?\s+(?:[\w-]+\s+)?(?:servers?|hosts?)\s+(?:in|inside|within)\b|"
    r"(?:^|[.!]\s+)(?:(?:vendor|product|release|service|important)\s+)?(?:note|notice)\b[^.?!:]{0,40}:"
)


# (a group defined by what it lacks or does: "teams that can't ... usually", "most companies")
_GROUPS = (
    rf"(?:teams|{ORGANISATION}|customers|clients|operators|merchants|publishers|developers|people)"
)
_USUALLY = r"(?:usually|typically|generally|normally|often|tend to|mostly|in most cases)"
_WHAT_OTHERS_USUALLY_DO = re.compile(
    rf"\b{_GROUPS}\s+(?:that|who|which|with|without)\b[^.?!]{{0,60}}\b{_USUALLY}\b|"
    rf"\b(?:most|many)\s+(?:\w+\s+)?{_GROUPS}\b[^.?!]{{0,60}}\b{_USUALLY}\b|"
    rf"\b{_USUALLY}\W+(?:\w+\s+)?{_GROUPS}\s+(?:that|who|which|with|without)\b"
)
_OTHERS_BELIEVE = re.compile(
    r"\b(?:many|most|some|people|others|everyone|they)\s+(?:think|believe|say|assume|claim)\b|"
    # what something read says: "I saw an article claiming ...", "a blog post says ..."
    r"\b(?:articles?|blogs?|blog posts?|posts?|guides?|threads?|videos?|pages?|forums?)\s+"
    r"(?:\w+\s+)?(?:claim\w*|say(?:s|ing)?|said|stat(?:es|ed|ing)|suggest\w*|argu\w*|insist\w*)\b|"
    r"\bmisconceptions?\b|\bmyths?\b"
)
_THE_PROVIDERS = re.compile(
    r"\byour\s+(?:[\w-]+\s+)?(?:ecs|cdn|servers?|regions?|console|cloud|platform|services?|"
    r"products?|data ?cent(?:er|re)s?|network|nodes?|instances?|side|end)\b|\bwith you\b|"
    # (the provider's, where a client's site stays: "on your side", "if they stay with you guys")
    r"\b(?:with|on|at)\s+you\s+guys\b|"
    # (or the assistant's own answer: "does that change your answer?")
    r"\byour\s+(?:(?:last|previous|earlier|first)\s+)?(?:answer|reply|response|advice)\b"
)
_GENERIC_YOU = re.compile(r"\b(?:you|your|you're|youre)\b")


# The mainland named as what is left out: "outside mainland China", "excluding the mainland"
_LEFT_OUT_MAINLAND = re.compile(
    r"\b(?:outside(?:\s+of)?|excluding|excl\.?|except(?:\s+for)?|not\s+(?:in|including)|beyond)"
    r"\s+(?:the\s+)?(?:chinese\s+)?(?:mainland(?:\s+china)?|china(?:\s+mainland)?|prc)\b"
)


# The rule written as a sum of places: "mainland = icp, hong kong = no icp"
_PLACE_MEANS = r"\s*(?:=|->|→|means)\s*"
_THE_RULE_BY_PLACE = re.compile(
    rf"\b(?:mainland|china|prc){_PLACE_MEANS}(?:an?\s+)?(?:icp|beian|filing)\b[^.?!]{{0,40}}"
    rf"\b(?:hong ?kong|hk|overseas|abroad|outside(?: china| the mainland)?){_PLACE_MEANS}"
    r"no\s+(?:icp|beian|filing)\b|"
    rf"\b(?:hong ?kong|hk|overseas|abroad|outside(?: china| the mainland)?){_PLACE_MEANS}"
    rf"no\s+(?:icp|beian|filing)\b[^.?!]{{0,40}}\b(?:mainland|china|prc){_PLACE_MEANS}"
    r"(?:an?\s+)?(?:icp|beian|filing)\b"
)


# Hosting in one place set against hosting in another: "is hosting in Hong Kong any different from
# Singapore when it comes to ICP?", "what's the difference between hosting in Tokyo and Seoul?"
_HOSTING_PLACES_COMPARED = re.compile(
    # (hosting as a thing compared, not "we host in singapore which is different from ...")
    r"\bhosting\s+(?:in|on|from|at)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:any\s+|really\s+|much\s+)?"
    r"(?:different|differ\w*)\s+(?:from|than|to)\b|"
    r"\b(?:difference|differ\w*)\s+between\s+host\w*\s+(?:in|on|from|at)\b|"
    r"\bdoes\s+it\s+matter\s+(?:whether|if)\s+(?:we|i|you|one|a site)\s+host\w*\s+(?:in|on|from)\b"
)


def compares_hosting_places(message: object) -> bool:
    """Hosting in one place is compared with hosting in another: where a site is hosted, asked of
    places in general."""
    return bool(_HOSTING_PLACES_COMPARED.search(clean_text(message)))


def is_general_comparison(message: object) -> bool:
    """A general question naming places in and outside mainland China, or a choice between them
    ("Beijing vs Hong Kong region for our new site?"): no hosting fact in it."""
    text = _without_a_clients_belief(_without_quoted_rules(clean_text(message)))
    if _THE_RULE_BY_PLACE.search(text) and not _A_SET_UP_TOLD.search(text):
        return True  # "so basically mainland = icp, hong kong = no icp?" (not "We host in ...")
    # (nor where the CDN filing's temporary instance may be: "must that temporary ECS be in the
    # mainland or can it be the HK one we already have?")
    # (where it is the only sentence, the temporary instance alone is left out: "Origin outside
    # China, CDN inside China: why a temporary mainland ECS is needed")
    text = " ".join(
        s for s in SENTENCES.findall(text) if not TEMPORARY_SERVER.search(s)
    ) or _TEMPORARY_SERVER_AND_PLACE.sub(" ", text)
    # (the mainland named only as what a CDN covers is no place compared: "site is on alibaba SG,
    # a colleague says Global doesn't include china")
    # (nor is it named only as what is left out: "acceleration region 'outside mainland China'
    # only, origin in Sydney")
    unnamed = _LEFT_OUT_MAINLAND.sub("outside", unname_china(text))
    # (each set-up weighed a clause of its own: "a tokyo origin + cdn for mainland users vs one box
    # in chengdu")
    unnamed = re.sub(r"\s+(?:vs\.?|versus)\s+", ", vs ", unnamed)
    mainland = any(find_words(c, MAINLAND_PLACES) for c in hosting_clauses(unnamed))
    outside = find_words(text, OUTSIDE_PLACES + OUTSIDE_WORDS + _ANY_OTHER_PLACE) is not None
    return (
        mainland
        and outside
        and (is_general(text) or a_choice_of_places(text))
        # (a set-up given as fields is someone's own: "- ECS: cn-hongkong\n- CDN: Alibaba CDN,
        # mainland China only\nCust: 'HK isn't mainland so no filing, right?'")
        and not _A_SET_UP_AS_FIELDS.search(text)
    )


# A server's place given as a field: "ECS: cn-hongkong", "- hosting = Singapore", "origin: AWS"
_A_SET_UP_AS_FIELDS = re.compile(
    r"(?:^|[\n;|]|[-•*]\s)\s*(?:the\s+)?(?:ecs|servers?|hosting|origin|region|host|instances?|"
    r"web\s*server|site)\s*[:=]\s*\S"
)


# The rest of the world, in a rule ("mainland China hosting = ICP, anywhere else = no ICP"): only
# for telling a general comparison (in a user's own facts, "elsewhere" names no place).
_ANY_OTHER_PLACE = ("anywhere else", "everywhere else", "elsewhere")


_BETWEEN = r"[^.?!]{0,30}?\b(?:vs\.?|versus|or)\s[^.?!]{0,30}?"
# ... or set-ups set against each other with "vs", each told at more length ("HK server + a cdn
# for mainland users, vs just one server in shanghai")
_VERSUS = r"[^.?!]{0,60}?\b(?:vs\.?|versus)\s[^.?!]{0,40}?"
# Options weighed, none chosen yet, the places the options themselves: "we're torn between
# Alibaba Cloud Hong Kong and Shanghai" (not "deciding between Hong Kong and Singapore for the
# company registration" beside the site's place)
# ("trying to decide between", "we can't choose between")
_TORN = (
    r"(?:\b(?:torn|choosing|deciding|picking|weighing|undecided|hesitating|split|evaluating|"
    r"comparing|"
    # (the writer's own choice: not "customers can choose between the two checkout pages")
    r"(?:(?<=\bto )|(?<=\bwe )|(?<=\bi )|(?<=n't )|(?<=\bcannot ))(?:choose|decide|pick|weigh|"
    r"hesitate))\s+between\s|"
    # ... or compared with no "between": "we're comparing ECS Shenzhen and ECS Tokyo"
    r"(?:(?<=\bwe're )|(?<=\bwe are )|(?<=\bi'm )|(?<=\bi am ))(?:comparing|evaluating|weighing)\s)"
)
_TORN_AND = r"\s+(?:(?:[\w'-]+\s+){0,2}?)and\s+(?:[\w'-]+\s+){0,3}?"
_CHOICES, _SET_UPS_CHOICES, _TORN_BETWEEN = (
    tuple(
        re.compile(f"{before}(?:{words_pattern(first)}){between}(?:{words_pattern(second)})")
        for first, second in ((MAINLAND_PLACES, OUTSIDE_PLACES), (OUTSIDE_PLACES, MAINLAND_PLACES))
    )
    for before, between in (
        ("", _BETWEEN),
        ("", _VERSUS),
        (_TORN + r"(?:[\w'-]+\s+){0,3}?", _TORN_AND),
    )
)
# The writer's own set-up told before the "vs": "we use an origin in Tokyo ... vs. a competitor",
# "our current HK server + ... vs moving to ..."
_OWN_SET_UP = re.compile(
    # (not an option asked: "should we host in hk + ...")
    r"(?<!should )(?<!could )(?<!would )(?<!shall )(?<!can )(?<!if )"
    r"\b(?:we|i)\s+(?:already\s+)?(?:use|have|run|host|are on|'re on)\b|"
    r"\bour\s+(?:current|existing)\b|"
    r"\b(?:we're|we are|i'm|i am)\s+(?:on|using|running)\b"
)


def weighs_set_ups(text: str) -> bool:
    """Set-ups set against each other ("HK server + a cdn for mainland users, vs just one server
    in shanghai - which setup ...?") and asked which, none of them the writer's own."""
    text = clean_text(text)
    # (or "or" and the other set-up's verb: "host in hk + alibaba cdn for china, or just host in
    # shenzhen? which way ...")
    found = re.search(
        r"\b(?:vs\.?|versus)\s|\bor\s+(?:just\s+|simply\s+|rather\s+|instead\s+)?"
        r"(?:host|move|go|stay|put|use|run|keep)\b|"
        # (the verb left out after a set-up's own: "host in guangzhou with a filing, or in tokyo
        # with no cdn?"; not "in the footer or on the about page")
        r"\b(?:host|hosting|run|running|deploy|put|keep)\b[^.?!]{0,60}\bor\s+(?:in|on)\b",
        text,
    )
    return bool(
        found
        # (asked which, with its mark or without: "which way avoids the icp")
        and re.search(
            r"\bwhich\b[^.!]*\?|\bwhich\s+(?:way|one|setup|set-up|option|of)\b|"
            # ... or what each means: "what does each mean icp-wise"
            r"\b(?:what|how)\s+(?:does|would|do|will)\s+(?:each|either|both)\b|"
            r"\beach\s+(?:one|option|way|setup|set-up|of them|of those)\b",
            text,
        )
        and not _OWN_SET_UP.search(text[: found.start()])
    )


def a_choice_of_places(text: str) -> bool:
    """Places in and outside mainland China set against each other: "Beijing vs Hong Kong",
    "Shanghai or Singapore region", "the difference between Hong Kong and Shenzhen", "torn
    between Hong Kong and Shanghai"."""
    asked = [q for q in SENTENCES.findall(text) if q.rstrip().endswith("?")]
    return (
        any(choice.search(text) for choice in _CHOICES)
        or any(torn.search(text) for torn in _TORN_BETWEEN)
        or (weighs_set_ups(text) and any(choice.search(text) for choice in _SET_UPS_CHOICES))
        or any(COMPARED.search(q) for q in asked)
    )


# "we'd have to buy a server in China purely for the filing": bought to file, not to host.
# (Marked as there only to file: not "our website runs on an ECS in Shanghai for the ICP filing".)
_SERVER_FOR_THE_FILING = re.compile(
    r"\b(?:buy|bought|rent|rented|get|purchase\w*|order\w*)\b[^.?!,;]{0,25}?"
    r"\b(?:ecs|servers?|instances?|vps|box)\b[^.?!,;]{0,30}?\b(?:purely|just|only|solely)\s+"
    r"(?:for|to)\s+" + THE_FILING_AS_AIM + r"|"
    # one someone else asks for: "support told us to get a 3-month ECS in the mainland to do ICP"
    r"\b(?:told|asked|advised|wants?|wanted|requires?|required)\s+(?:us|me)\s+to\s+(?:buy|get|rent|"
    r"purchase)\b[^.?!,;]{0,40}?\b(?:ecs|servers?|instances?|vps|box)\b"
)


_A_SETTINGS_EXCLUSION = re.compile(r"^\W*(?:excluding|except|not including)\b")
# Where a CDN reaches, in a clause about the site: "CDN with mainland POPs", "nodes in China".
_CDN_PLACE = re.compile(
    r"\b(?:mainland|china|chinese|prc|domestic)\s+(?:china\s+)?(?:pops?|nodes?|edges?|"
    r"acceleration|coverage|points? of presence)\b|"
    r"\b(?:cdn|pops?|nodes?|edges?|acceleration)\s+(?:in|inside|within|for|covering)\s+"
    r"(?:the\s+)?(?:mainland\s+)?(?:china|mainland|prc)\b"
)


def hosting_clauses(text: str) -> Iterable[str]:
    """The clauses of `text` that may say where the site is hosted today: not those about a CDN,
    the company or its users, or the past."""
    clauses = CLAUSES.split(text)
    for at, clause in enumerate(clauses):
        # (a clause that starts at its verb is about the subject before it: "our origin used to
        # be in Shanghai but is now in the US")
        subject = clauses[at - 1] if at and VERB_FIRST.match(clause) else ""
        hosting = HOSTING_TALK.search(clause) or HOSTING_TALK.search(subject)
        if CDN_TALK.search(clause) and not hosting:
            continue  # "we use a CDN in China"
        if (COMPANY_WORDS.search(clause) or COMPANY_WORDS.search(subject)) and not hosting:
            continue  # "our company is in Shanghai"
        if then_now(clause, clauses[at + 1 :]):
            continue  # "the site was in Dallas and is now in Shenzhen"
        if of_the_past(clause) or _SERVER_FOR_THE_FILING.search(clause):
            continue  # (a server bought only to file is not where the site runs)
        if _A_SETTINGS_EXCLUSION.match(clause):
            continue  # "'Global (Excluding Chinese Mainland)'": a CDN setting's words
        if A_SERVER_ASKED_FOR.match(clause):
            continue  # "do we need a server in China for it?": asked for, not had
        if hosting and CDN_TALK.search(clause):
            clause = _CDN_PLACE.sub(" ", clause)  # "CDN with mainland POPs in front of our site"
        clause = ADVICE.split(clause, maxsplit=1)[0]  # (what is advised is not so)
        clause = _SERVED_FROM.sub(r"\1 \2from", clause)
        clause = USERS_PLACE.sub(" ", _MOVED_FROM.sub(" ", _FILING_PLACE.sub(" ", clause)))
        clause = _PLACE_OF_USERS.sub(" ", _ACCELERATED_IN.sub(" ", clause))
        yield _COMPANY_PLACE.sub(" ", clause) if hosting else clause


# A phrase echoed in a question and then denied: "Beijing servers? No, ours are in Frankfurt.",
# "CDN covering the mainland? Not for us." The phrase is the user's question, not their fact.
_DENIAL = re.compile(
    r"^\s*(?:no|nope|nah|not (?:for |in )?(?:us|ours|our case|really|at all)|neither|never)\b"
)


def denied_next(value: str, message: str) -> bool:
    """`value` stands in a question that the next sentence answers with a no (not a question
    of its own that opens with "no": "so hong kong it is? no filing needed there?")."""
    text, phrase = clean_text(message), clean_text(value)
    sentences = SENTENCES.findall(text)
    for here, after in zip(sentences, sentences[1:]):
        if phrase in here and here.rstrip().endswith("?"):
            return bool(_DENIAL.match(after)) and not after.rstrip().endswith("?")
    return False


_NOT_THE_MAINLAND_NAMES = [
    (re.compile(r"\bmainland\s+(?=" + words_pattern(OTHER_MAINLANDS) + ")"), ""),
    (re.compile(r"\bchina(?:'s)?\s+(?=(?:hong ?kong|hk|macau|macao|taiwan)\b)"), ""),
    # "Hong Kong SAR (China)", "the China (Hong Kong) region"
    (
        re.compile(r"\b(hong ?kong|hk|macau|macao|taiwan)((?: sar)?)\s*[(,]?\s*(?:china|prc)\b\)?"),
        r"\1\2",
    ),
    (re.compile(r"\bchina\s*\(\s*(hong ?kong|hk|macau|macao|taiwan)\s*\)"), r"\1"),
    (re.compile(r"\bchina\s+(?:telecom|unicom|mobile|netcom)(?:'s)?"), "the carrier"),
    (re.compile(r"\bgreater china\b|\bchina region\b"), "the market"),
    # a company's name, whatever places it holds: "our company is called Shanghai Talent Bridge
    # Pte Ltd"
    (
        re.compile(
            r"\b(?:called|named|trade as|trading as|known as|operating as|doing business as)\s+"
            r"(?:[\w&.-]+\s+){1,5}?(?:pte\.?\s+)?(?:co\.?,?\s+)?(?:ltd|limited|"
            r"inc|llc|gmbh|corp|corporation|plc|pty|sdn bhd|bv|ag|s\.?a\.?|k\.?k\.?)\b\.?"
        ),
        "called by its name",
    ),
    # ... or a word of it: "because of shanghai in the name"
    (
        re.compile(
            # (not on behalf of someone: "in the name of our HK parent", "in our legal name")
            r"\b[\w-]+(?=\s+in\s+(?:the|its)\s+(?:company(?:'s)?\s+|brand\s+)?name\b(?!\s+of\b))"
        ),
        "a word",
    ),
    # the mainland named as what a place may count as: "does Hong Kong count as mainland?"
    (
        re.compile(
            r"\b((?:does|do|would|will|is|are|should)\s+(?:[\w-]+\s+){1,4}?)"
            r"(count|considered|treated|classed|classified|regarded)\s+as\s+"
            r"(?:(?:part|a part)\s+of\s+)?(?:the\s+)?(?:chinese\s+)?(?:mainland|china)"
            r"(?:\s+china)?\b"
        ),
        r"\1\2 as that",
    ),
    # "in China but not the mainland": Hong Kong, Macau or Taiwan
    (
        re.compile(
            r"\b(?:in\s+)?china,?\s+but\s+not\s+(?:in\s+)?(?:on\s+)?(?:the\s+)?mainland"
            r"(?:\s+china)?\b"
        ),
        "outside mainland china",
    ),
    # "out of China" is outside it ("servers are out of China"), but a business run out of a
    # place is there ("we operate out of Shanghai")
    (
        re.compile(
            r"\b(run|runs|running|ran|operate|operates|operating|operated|work|works|working|"
            r"based|serve|serves|serving|served)\s+out of\b"
        ),
        r"\1 from",
    ),
    # (and "we host the site out of China" reads both ways: neither is taken)
    (
        re.compile(
            r"\b(host|hosts|hosted|hosting|deliver\w*)(\s+(?:\w+\s+){0,2}?)out of (?:the )?"
            r"(?:mainland china|mainland|china|prc)\b"
        ),
        r"\1\2",
    ),
    (re.compile(r"\bout of (?:the )?(mainland china|mainland|china|prc)\b"), r"outside \1"),
]
# The one the writer asks for, a client or customer ("A client asked me: ... would their
# Singapore-hosted site need ICP?", "Cust: ...", "our customer only has servers in ..."; not "our
# customers are mostly in China", the site's users), with no party of another kind and no site of
# the writer's own beside: its site's place is the case asked about.
_ACTED_FOR = re.compile(
    r"^\W*(?:(?:fw|fwd|handover|ticket|escalation|(?:internal\s+)?note)\s*:?\s*)?"
    r"(?:the\s+)?(?:clients?|customers?|custs?)\b|"
    r"\b(?:clients?|customers?|custs?)(?:'s)?\s*(?::|(?:only\s+|currently\s+|still\s+)?(?:asked|asks|"
    r"wants|wanted|wonders|needs|has|have|runs|hosts|uses|is on|is a|is an))\b|"
    r"\b(?:for|on behalf of)\s+(?:a|our|my)\s+(?:client|customer)\b|"
    # ... or their site told by an agency: "Our client's site is on their own servers in Italy"
    r"\b(?:our|my|the|this)\s+(?:client|customer)(?:'s|s')\s+(?:web\s*)?(?:site|shop|store|app|servers?|"
    r"origin)\b"
)
_ANOTHER_KIND_OF_PARTY = re.compile(
    rf"\b(?:(?:{OTHERS_OF_ANOTHER_KIND}|rival|provider)s?|sister|parent|subsidiar(?:y|ies))\b"
)


# What the customer asked for believes, told in a ticket ("Handover: customer origin = HK ECS, ...
# They assume HK origin means no ICP."): their belief about their own site, not a rule of anyone's
_A_CLIENTS_BELIEF = re.compile(
    r"(?:^|(?<=[.!?;:]\s))(?:they|the\s+(?:customer|client)|(?:customer|client|cust)s?)\s+"
    r"(?:\w+\s+)?(?:assumes?|assumed|thinks?|thought|believes?|believed|says?|said|claims?|"
    r"claimed|figures?|reckons?|expects?)\b[^.?!]*[.!]?"
)


def _without_a_clients_belief(text: str) -> str:
    if not asks_for_a_client(text):
        return text
    # (a belief that compares places is still a rule of anyone's: "They assume an ECS in Shanghai
    # needs ICP and one in Hong Kong doesn't")
    return _A_CLIENTS_BELIEF.sub(
        lambda m: (
            m.group(0)
            if find_words(m.group(0), MAINLAND_PLACES) and find_words(m.group(0), OUTSIDE_PLACES)
            else " "
        ),
        text,
    )


def asks_for_a_client(message: str) -> bool:
    text = clean_text(message)
    return bool(
        _ACTED_FOR.search(text)
        and not _ANOTHER_KIND_OF_PARTY.search(text)
        and not A_SITE_OF_OUR_OWN.search(text)
    )


# The question asked of them, the client, not of the writer: "do they need an icp filing?", "do
# THEY need icp?", "does the client's shop need one?"
_ASKED_OF_THEM = re.compile(
    r"\b(?:do|does|would|will|must|should|can|could)\s+(?:they|the\s+(?:client|customer)s?|"
    r"their\s+[\w-]+|(?:the|our|my|this)\s+(?:client|customer)'?s?\s+[\w-]+)\b"
)
# ... or for them, the writer doing it: "do I have to file an ICP for them?", "do we need ICP for
# the client's site?"
_ASKED_FOR_THEM = re.compile(r"\bfor\s+(?:them|the\s+(?:client|customer)(?:'s)?|their\s+[\w-]+)\b")


def asks_of_a_clients_site_beside_our_own(message: str) -> bool:
    """A client's site asked about, the writer's own site told beside it as background ("we're a
    web agency, our own site runs on ecs hk. now a client wants their china site on ecs shanghai.
    do they need an icp filing?"): the client's site is the case asked, the writer's is not."""
    text = clean_text(message)
    asked = last_question(text)
    return bool(
        A_SITE_OF_OUR_OWN.search(text)
        # (a client's site named, not the site's users: "our customers are chinese companies")
        and SOMEONE_ELSES.search(text)
        and re.search(r"\b(?:clients?|customers?|custs?)\b", text)
        and (
            (_ASKED_OF_THEM.search(asked) and not FIRST_PERSON.search(asked))
            or _ASKED_FOR_THEM.search(asked)
        )
    )


def unname_china(text: str) -> str:
    for pattern, replacement in _NOT_THE_MAINLAND_NAMES:
        text = pattern.sub(replacement, text)
    return text


# (with its place: "a mainland ECS instance bought for no less than 3 months")
_TEMPORARY_SERVER_AND_PLACE = re.compile(
    r"(?:\b(?:mainland|china|chinese|prc)\s+)*(?:" + TEMPORARY_SERVER.pattern + ")"
)


# A quoted sentence ("the note says 'Sites on mainland China servers need an ICP Filing; ...'"),
# not a short quoted name such as a CDN setting ('Global (Excluding Mainland China)')
_QUOTED = re.compile(r"\"([^\"]{30,})\"|“([^”]{30,})”|(?<!\w)'([^']{30,}?)'(?!\w)")


def quoted_rules(text: str) -> List[str]:
    """The quoted rules in `text`: someone's words about sites, not the user's site."""
    quoted = (next(group for group in match.groups() if group) for match in _QUOTED.finditer(text))
    # (not a message passed on, which tells its writer's or a customer's own set-up: "FW: 'Our
    # customer only has servers in the UAE region. ...'")
    return [
        words
        for words in quoted
        if _STATES_A_RULE.search(words)
        and (not _A_SET_UP_TOLD.search(words) or _A_RULE_FOR_ALL.search(words))
        # (nor a question passed on, asked of its asker's own site: "customer asks: 'origin in
        # Tokyo, ... do we have to bother with ICP filing?'")
        and not _ASKED_OF_ITS_OWN.search(words)
    ]


_ASKED_OF_ITS_OWN = re.compile(
    r"\b(?:do|does|must|should|can|will|would|is|are)\s+(?:we|i|our\s+[\w-]+)\b[^?]*\?"
)


_A_RULE_FOR_ALL = re.compile(r"\b(?:any|every|all)\b[^.?!]{0,40}\b(?:requires?|needs?|must)\b")
_A_SET_UP_TOLD = re.compile(
    r"\b(?:our|my)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:site|website|shop|servers?|ecs|instances?)\s+"
    r"(?:is|are|runs?|sits?|lives?)\b|\b(?:we|i)\s+(?:only\s+)?(?:host|run|use)\b|"
    r"\b(?:we|i)\s+(?:only\s+)?have\s+(?:\w+\s+)?(?:servers?|ecs|instances?|a site|a shop)\b|"
    r"\b(?:customer|client|cust)s?\s+(?:only\s+|currently\s+|still\s+)?(?:has|have|runs?|hosts?|"
    r"uses?|is on)\b"
)


def _without_quoted_rules(text: str) -> str:
    for rule in quoted_rules(text):
        text = text.replace(rule, " ")
    return text
