"""How visitors reach the site (`to_access_method`, `read_access`): by a domain name or only by
IP address. A domain that points at an IP is still a domain name; one not in use is not how the
site is reached; whether the site counts as IP-only, asked, is not told.
"""

import re
from typing import Optional

from actions import decision as d
from actions.decision import Fact
from actions.fact_words import (
    FUTURE_WORDS,
    NO_LONGER,
    NOW_WORDS,
    UNTIL_LATELY,
    clause_with,
    clean_text,
    find_words,
    negation_marked,
    reads_fact,
    sentence_with,
    words_around,
)
from actions.general_or_own import (
    of_the_past,
    speaks_of_anyone,
)
from actions.hosting_facts import (
    in_a_quoted_rule,
    mentioned,
    negated,
    puts_a_case,
)

_IP = ("ip", "ip address", "ip addresses", "ip only", "by ip", "via ip")
# (the DNS changed or pointed somewhere is a domain's: "we only change the DNS to the SLB IP")
_DOMAIN = (
    "domain",
    "domain name",
    "domian",
    "url",
    "hostname",
    "website address",
    "dns name",
)
# The IP a DNS record is pointed at: how the domain resolves, not how visitors reach the site ("we
# only change the DNS to the SLB IP")
_DNS_POINTED_AT_AN_IP = re.compile(
    r"\b(?:dns|a record|dns record)\b[^.?!,]{0,30}\b(?:to|at)\s+(?:the\s+|our\s+|its\s+|an?\s+)?"
    r"(?:[\w-]+(?:'s)?\s+){0,2}ips?\b"
)
# (not "just" of time: "we just changed DNS to the SLB IP"; nor the IP a DNS record points at)
_ONLY_IP = re.compile(
    r"\b(?:only|just(?!\s+\w+ed\b)|solely)\b(?:(?!\bdns\b)[^,;.]){0,25}\bip\b|"
    r"\bip\b[^,;.]{0,12}\bonly\b"
)


# An IP address that was blocked or banned says nothing about how visitors reach the site.
_BLOCKED_IP = re.compile(
    r"\b(?:block|blocks|blocked|ban|bans|banned|blacklist\w*|whitelist\w*)\b"
    r"[^,;.]{0,25}\bips?\b|\bips?\b[^,;.]{0,25}\b(?:blocked|banned|"
    r"blacklisted|whitelisted|ban)\b"
)


# IP-only access asked about, not told: "does that make us ip-only?", "are we IP-only then?",
# "would that count as ip only access?"
_IP_ONLY_ASKED = re.compile(
    r"\b(?:does|do|would|will|could|is|are|am)\s+(?:that|this|it|we|us|i|the site)\s+"
    r"(?:make\s+(?:us|it|me|the site)\s+|count\s+as\s+|mean\s+(?:we(?:'re| are)|it'?s|it is)\s+|"
    r"be\s+|still\s+)?(?:an?\s+)?ip[- ]only\b"
    # (not one told of a site named: "is this ip-only site on ECS Beijing required to file?")
    r"(?!\s+(?:sites?|websites?|servers?|apps?|services?|box|api|tools?|dashboards?|shops?|"
    r"pages?|portals?|ecs))[^.?!]*\?|"
    r"\b(?:counts?|qualif(?:y|ies))\s+as\s+(?:an?\s+)?ip[- ]only\b[^.?!]*\?"
)


def asks_whether_ip_only(text: str) -> bool:
    """The message asks whether the site counts as reached only by IP ("the domain is blocked,
    the raw IP loads. does that make us ip-only?"), which it does not tell."""
    return bool(_IP_ONLY_ASKED.search(clean_text(text)))


# The endings of the host names people type for their sites (nlp/build_pipeline.py's host-name
# pattern too)
DOMAIN_ENDINGS = ("com", "net", "org", "cn", "io", "shop", "co", "app", "info", "biz")
_DOMAIN_ENDING = rf"(?:{'|'.join(DOMAIN_ENDINGS)})\b"
# A host name, its scheme or not: "shop.example.cn", "https://dash.client-example.io"
HOST_NAME = rf"(?:https?://)?(?:[a-z0-9][\w-]*\.)+{_DOMAIN_ENDING}"
# ... typed out: "people go to www.example-shop.com".
_HOSTNAME = re.compile(rf"\bwww\.|https?://(?!\d)|\b[a-z][\w-]*\.{_DOMAIN_ENDING}")


# A domain held but not how visitors reach the site: "we've got a domain but it's not pointed
# anywhere yet", "the domain is parked".
_DOMAIN_UNUSED = re.compile(
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:pointed|pointing|point|resolving|resolve|live|set up|"
    r"in use|used|connected|linked|configured|active)\b|\bparked\b|\bunused\b"
)


def _unused_domain(text: str) -> bool:
    """A domain named, then said in its sentence not to be in use."""
    domain = find_words(text, _DOMAIN)
    after = re.split(r"[.;!?]", text[domain.end() :])[0][:60] if domain else ""
    return bool(_DOMAIN_UNUSED.search(after))


_NOT_ONLY_IP = re.compile(
    r"\b(?:not|n't|don't|dont|do not|doesn't|does not|isn't|is not)\s+(?:\w+\s+)?(?:only|just)\b"
    r"[^,;.]{0,25}\bip\b|"
    # "no IP-only stuff", "no ip only access", "a normal domain, nothing IP-only"
    r"\b(?:no|nothing|none|never|neither)(?!\s+(?:but|except|other than|save)\b)\s+(?:\w+\s+)?"
    r"(?:by\s+|via\s+)?ip[- ]only\b|"
    # not wanted: "we dont want to use ip only"
    r"\b(?:don't|dont|do not|doesn't|does not|never)\s+(?:want|plan|intend|wish)\s+(?:to\s+)?"
    r"(?:use|have|go|be|stay)\s+(?:the\s+|an?\s+)?ip[- ]only\b|"
    # "on a domain, not ip only", "it isn't IP-only access"
    r"\b(?:not|isn't|is not|aren't|are not)\s+(?:\w+\s+)?(?:by\s+|via\s+|through\s+)?"
    r"(?:the\s+|an?\s+)?ip(?:\s+address)?[- ]only\b"
)


@reads_fact(Fact.ACCESS_METHOD)
def to_access_method(text: str) -> Optional[str]:
    """Domain name or IP address only. A domain that points at an IP is still a domain name."""
    text = _DNS_POINTED_AT_AN_IP.sub(" ", _BLOCKED_IP.sub(" ", NO_LONGER.sub(" ", text)))
    text = _A_DOMAIN_DEMANDED.sub(" ", _IP_ONLY_ASKED.sub(" ", text))
    if _NOT_ONLY_IP.search(text):  # "we don't only serve by IP - we also have a domain"
        return d.DOMAIN_NAME if mentioned(text, _DOMAIN) or _HOSTNAME.search(text) else None
    if negated(text, _DOMAIN) or _ONLY_IP.search(text):
        return d.IP_ONLY
    if (
        THE_DOMAIN_DROPPED.search(text)
        and re.search(r"\bips?\b", text)
        and not re.search(
            r"\b(?:not|never|won't|wont|don't|dont)\s+(?:\w+\s+)?(?:drop|remov|ditch|lose|give up)",
            text,
        )
    ):
        return (
            d.IP_ONLY
        )  # "what if we drop the domain and only let people in through the server IP?"
    if _unused_domain(text):
        return d.IP_ONLY if mentioned(text, _IP) else None
    if mentioned(text, _DOMAIN) or _HOSTNAME.search(text):
        return d.DOMAIN_NAME
    if mentioned(text, _IP) or _IP_LITERAL.search(text):
        return d.IP_ONLY
    return None


# An IP address typed out where the site is opened, or masked: "via http://106.14.x.x", "the IP
# 47.98.12.3" (not a version number: "version 1.2.3.4").
_IP_LITERAL = re.compile(
    r"(?:https?://|\bip(?: address)?:?\s*|\b(?:via|at|typing(?: in)?)\s+)\d{1,3}\."
    r"(?:\d{1,3}|x{1,3})\.(?:\d{1,3}|x{1,3})\.(?:\d{1,3}|x{1,3})(?!\w)(?!\.\d)|"
    r"(?<![\w.])\d{1,3}\.(?:\d{1,3}|x{1,3})\.x{1,3}\.x{1,3}(?!\w)"
)


_DEMANDED = re.compile(
    r"(?:\b(?:demand\w*|requir\w*|ask\w* for|insist\w* on|wants?|needs?)|"
    # (or what the filing system takes: "beian system, it support only domain name or also IP?")
    r"\b(?:system|portal|console|it)\s+(?:supports?\s+only|only\s+supports?|accepts?\s+only|"
    r"only\s+accepts?))\s+(?:an?\s+|the\s+)?$"
)


# ... in full: "the filing console keeps asking for a domain name" (what the site has not)
_A_DOMAIN_DEMANDED = re.compile(
    r"\b(?:demand\w*|requir\w*|ask\w* for|insist\w* on)\s+(?:an?\s+|the\s+)?domain(?:\s+names?)?\b|"
    # (or all the filing system takes: "the ICP Filing system only supports domain name filing")
    r"\b(?:system|portal|console)\s+(?:only\s+supports?|supports?\s+only|only\s+(?:accepts?|"
    r"takes?|allows?)|(?:accepts?|takes?|allows?)\s+only)\s+domain(?:\s+names?)?\b"
)


# The IP used or typed, as the spaCy pipeline finds it ("use the IP", "type the public IP") ...
_THE_IP_USED = re.compile(r"^(?:use|uses|using|used|type|types|typing|typed|hit|enter)\b")
# ... by anyone who tries: "it still loads if you type the IP", "you can use the IP"
_ANYONES_WAY_IN = re.compile(
    r"\b(?:if|when|whenever|once)\s+(?:you|one|someone|anyone|people)\b|\byou\s+(?:can|could)\b"
)
# ... said to replace the domain: "... the IP from now on", "... the IP instead"
_IN_PLACE_OF_THE_DOMAIN = re.compile(
    r"^\W*(?:only|instead|from now on|going forward|for good|from then on|and drop the domain)\b"
)


# ... by the site's users: "customers reach it by typing the public IP", "tell users to use the IP"
_BY_THE_USERS = re.compile(
    r"\b(?:users?|visitors?|customers?|people|buyers?|clients?|everyone|everybody)\b[^.;,]{0,30}$"
)
# ... not the IP of something else, or for something else: "use the IP of the load balancer",
# "use the server IP for testing", "use the IP whitelist", "enter the IP as the A record"
_ANOTHER_USE_OF_THE_IP = re.compile(
    r"^\s*(?:of|for|in|as|on|at|to|whitelist\w*|records?|range|ranges|blocks?|lists?|allow\w*)\b"
)


def _the_ip_is_the_way_in(value: str, message: str) -> bool:
    """The IP used or typed (`value`) is how the site is reached: put as the case ("if we just
    tell users to use the IP"), said to replace the domain ("... the IP from now on"), or by the
    site's users ("customers reach it by typing the public IP"); not a way in anyone may try
    ("if you type the IP it loads"), nobody's ("nobody uses the bare IP"), or the IP of or for
    something else."""
    before, after = words_around(value, message)
    if _ANOTHER_USE_OF_THE_IP.match(after):
        return False
    if re.search(
        r"\b(?:nobody|no one|noone|none of (?:us|them|our \w+|the \w+))\s+(?:\w+\s+)?$", before
    ):
        return False
    chosen = puts_a_case(value, message) or _IN_PLACE_OF_THE_DOMAIN.match(after)
    if _ANYONES_WAY_IN.search(words_around(value, sentence_with(value, message))[0]):
        return bool(chosen)
    return bool(chosen or _BY_THE_USERS.search(before))


# The domain given up, or none had: "what if we drop the domain", "without a domain", "we dont
# have a domain yet, just the ip"
THE_DOMAIN_DROPPED = re.compile(
    r"\b(?:drop\w*|remov\w*|ditch\w*|los(?:e|ing)|lost|get rid of|give up|gave up|no|without|"
    r"cancel\w*|(?:don'?t|do not|doesn'?t|does not|haven'?t|have not)\s+(?:yet\s+)?"
    r"(?:have|own|got))\s+(?:the\s+|a\s+|our\s+|any\s+)?domain\b"
    # (one had but not yet in use: "we don't have the domain pointed at it yet")
    r"(?!\s+(?:name\s+)?(?:pointed|pointing|set up|connected|configured|ready|live|working|"
    r"resolving)\b)"
)
# The IP as the users' way in: "people just use the server's IP"
_THE_USERS_IP = re.compile(
    r"\b(?:users?|visitors?|customers?|people|everyone|everybody|clients?)\b[^.;,]{0,30}\bip\b"
)
# The IP of a thing: "the SLB's IP", "ecs ip", "the IP of the load balancer"
_A_THINGS_IP = re.compile(
    r"\b(?:slb|clb|alb|load\s+balancer|balancer|ecs|servers?|instances?|eip)(?:'s)?\s+"
    r"(?:public\s+|elastic\s+)?ips?\b|\bips?\s+of\s+(?:the\s+|our\s+|an?\s+)?"
    r"(?:slb|clb|alb|load\s+balancer|ecs|server|instance)\b"
)
# How a site is reached: "only reached through ...", "accessed only by ..."
_THE_WAY_IN = re.compile(
    r"\b(?:reach\w*|access\w*|visit\w*|open\w*|load\w*|brows\w*|serv(?:e|es|ed|ing)|"
    r"go(?:es)? through|hit)\b"
)


# The time after getting a thing, asked of: "once we have it can we file ...?"
_ONCE_WE_HAVE_IT = re.compile(
    r"\b(?:once|when|after|as soon as)\s+(?:we|i|it|the\s+(?:site|tool|app|service|shop))\s+"
    r"(?:have|has|get|gets|got|buy|bought|register|registered|own)\s+(?:it|one|that|the domain|"
    r"a domain|its domain)\b\W*(?:then\s+)?(?:can|could|do|does|will|would|should|must|is|are|"
    r"need)\b|"
    # ... or after the plan, asked with its "then": "we will buy a domain next month, then its
    # fine via alibaba?"
    r"\b(?:will|'ll|going to|gonna|plan to)\s+(?:buy|get|register|have)\s+(?:a|the|our)\s+"
    # (not of keeping the IP: "..., then can we still keep using just the IP?")
    r"domain\b[^.?!]{0,40}(?<!until )(?<!till )(?<!til )\bthen\b"
    r"(?![^.?!]*\b(?:ips?|until|till)\b)[^.?!]*\?"
)


# Another way in said beside the one told: "people can also reach it by the IP"
_ALSO = re.compile(r"\b(?:also|alternatively)\s+(?:[\w']+\s+){0,4}$")


def read_access(value: str, message: str) -> Optional[str]:
    """A domain phrase followed, in its sentence, by words saying the domain is not in use is not
    how visitors reach the site: IP only when the message speaks of the IP, else asked."""
    if _DEMANDED.search(words_around(value, message)[0]):
        return None  # "the filing portal keeps demanding a domain name": not what the site has
    if value.strip() != message.strip() and (
        speaks_of_anyone(message) or in_a_quoted_rule(value, message)
    ):
        return None  # "With just a bare IP you have to go straight to the provincial authority"
    if any(
        clean_text(value) in asked.group() for asked in _IP_ONLY_ASKED.finditer(clean_text(message))
    ):
        return None  # "does that make us ip-only?": asked about, not told
    clause = clause_with(value, message)
    if _THE_IP_USED.match(clean_text(value)) and not _the_ip_is_the_way_in(value, message):
        return None  # "it still loads if you type the IP", "our DNS will use the IP of the SLB"

    # (the sentence's words before the phrase, since a ";" or a "now": "while testing we reached it
    # by IP only", not "... by IP only; now it has a domain")
    sentence = sentence_with(value, message)
    before = re.split(r"[;]|\bnow\b", sentence[: sentence.find(clean_text(value))])[-1]
    reply = value.strip() == message.strip()
    if not reply and (
        UNTIL_LATELY.search(before)
        or (of_the_past(clause) and not NOW_WORDS.search(clause) and "since" not in clause)
    ):
        return None  # "while testing we reached it by IP only": not how it is reached now
    read = to_access_method(negation_marked(value, message))
    if (
        read == d.IP_ONLY
        and _ONCE_WE_HAVE_IT.search(clean_text(message))
        and (mentioned(clean_text(message), _DOMAIN) or _HOSTNAME.search(clean_text(message)))
    ):
        # "used via IP only, but next week it moves to tools.example.com. Once it has the
        # domain, can we file through Alibaba?": the case asked about is the domain's
        return d.DOMAIN_NAME
    if (
        read == d.IP_ONLY
        and _ALSO.search(before)
        # (the other way in a domain, told in the message: not "we have no domain, so visitors
        # also reach it by the IP")
        and to_access_method(message) == d.DOMAIN_NAME
        # (not "we also only reach it by IP")
        and not re.search(r"\b(?:only|solely|just)\b", before[-30:] + " " + clean_text(value))
    ):
        return None  # "people can also reach it by typing the bare IP": one way in of several
    if (
        read == d.DOMAIN_NAME
        and FUTURE_WORDS.search(clause)
        and not puts_a_case(value, message)
        and not _ONCE_WE_HAVE_IT.search(clean_text(message))
    ):
        return None  # "IP-only while we test, a domain comes next month": not how it is reached
        # (unless the time after is asked of: "we'll buy a domain in 2 months, once we have it
        # can we file through alibaba's system")
    if read == d.IP_ONLY and _A_THINGS_IP.search(clean_text(negation_marked(value, message))):
        # the IP of a load balancer or a server named is what a filing or a DNS record takes
        # ("can't we just file with the SLB's IP instead?"), the site's only way in when said
        # so ("only reached through the SLB's IP", "the SLB IP, no domain")
        bare = _A_THINGS_IP.sub(" ip ", clean_text(negation_marked(value, message)))
        if not (
            negated(bare, _DOMAIN)
            or _unused_domain(bare)
            or THE_DOMAIN_DROPPED.search(bare)
            or _THE_USERS_IP.search(bare)
            or (re.search(r"\b(?:only|solely)\b", bare) and _THE_WAY_IN.search(bare))
        ):
            return None
    if read == d.DOMAIN_NAME and _unused_domain(
        clean_text(value) + words_around(value, message)[1]
    ):
        return d.IP_ONLY if mentioned(clean_text(message), _IP) else None
    return read
