"""Builds the project's own English spaCy pipeline (pretrained models cannot be downloaded here).

blank "en" tokenizer -> lookup lemmatizer (tables from spacy-lookups-data) -> entity ruler that
marks the facts users state: places, hosting phrases ("hosted in Frankfurt"), licence-province
phrases ("licence issued in Zhejiang"), CDN coverage, presence in China, IP/domain access,
Commercial License. The ruler is spaCy's, its patterns indexed by the words they require
(nlp/indexed_entity_ruler.py). Rasa's `SpacyNLP` loads the result by path;
`SpacyEntityExtractor` passes the entities on.

Usage: python -m nlp.build_pipeline OUTPUT_DIR
"""

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Dict, Iterable, List

import spacy
from spacy.errors import MatchPatternError
from spacy.schemas import validate_token_pattern

import nlp.indexed_entity_ruler  # noqa: F401  (registers the ruler's factory)
from actions.access_facts import DOMAIN_ENDINGS
from actions.fact_words import COMPANY_OTHER_NAMES
from actions.places import (
    ABROAD,
    CITY_CODES,
    HONG_KONG,
    HOST_KINDS,
    HOSTING_PROVIDERS,
    MAINLAND_CITIES,
    MAINLAND_GENERIC,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
    PROVINCE_ALIASES,
    REGION_IDS,
    SERVER_ONLY_CODES,
    SERVERS_AFTER_A_CITY_CODE,
    SHORT_CITY_CODES,
)

Pattern = Dict[str, object]

PLACES: List[str] = sorted(
    {p.lower() for p in MAINLAND_PROVINCES}
    | set(PROVINCE_ALIASES)
    | set(MAINLAND_CITIES)
    | set(MAINLAND_GENERIC)
    | set(HONG_KONG)
    | set(OTHER_CHINESE_REGIONS)
    | set(ABROAD)
    | set(REGION_IDS)
)
# Lower-case forms (the lookup lemmatizer is case-sensitive: "ECS" has no lemma "ecs").
# ("located", "based" and "cloud" are not among them: "we're located in Hong Kong" is the company.)
HOSTING_WORDS = [
    "host",
    "hosts",
    "hosted",
    "hosting",
    "server",
    "servers",
    "ecs",
    "instance",
    "instances",
    "deploy",
    "deployed",
    "run",
    "runs",
    "running",
    "datacenter",
    "datacenters",
    "datacentre",
    "center",
    "centre",
    "site",
    "sites",
    "website",
    "websites",
    "blog",
    "blogs",
    "vps",
    "machine",
    "machines",
    # what people call a server: "the box is in ap-southeast-1", "a droplet in London"
    "box",
    "droplet",
    "droplets",
    "vm",
    "vms",
    "region",
    "origin",
    "node",
    "nodes",
    # "our k8s cluster in cn-hangzhou", "node pools in cn-hangzhou and ap-southeast-1"
    "cluster",
    # a copy of the site served from a place: "we keep a mirror in Hohhot for chinese users"
    "mirror",
    "mirrors",
    "replica",
    "replicas",
    # a rack of one's own, a storage bucket serving the site: "our colo rack in Hong Kong", "an
    # OSS bucket in oss-eu-central-1"
    "rack",
    "racks",
    "colo",
    "bucket",
    "buckets",
    # Alibaba Cloud's object storage serving a site or its assets: "our static site is served
    # from OSS in eu-central-1", "assets sit on OSS Hangzhou"
    "oss",
    # the site's database ("the mysql database for the site is on RDS in cn-hangzhou"): any
    # server of the site in mainland China makes the mainland rules apply
    "database",
    "databases",
    "db",
    "rds",
    "polardb",
    # the load balancer in front of the servers: "our SLB is in cn-hongkong"
    "slb",
    "alb",
    "clb",
    "nlb",
    "balancer",
    "clusters",
    "pool",
    "pools",
    "everything",
    # "all infra is in eu-west-1", "our whole stack is on OVH Gravelines", "the whole platform
    # is in SG"
    "infra",
    "platform",
    "infrastructure",
    "stack",
    "backend",
    "back-end",
    "frontend",
    "front-end",
    # "our SLB and 4 ECS backends are all in Tokyo"
    "backends",
    "back-ends",
    "frontends",
    "front-ends",
    "api",
    "apis",
    # what runs on a server too: "the site in Frankfurt and the database in Shanghai"
    "database",
    "databases",
    "db",
    "files",
    "assets",
    "images",
    # "we moved to Hong Kong last week" (read as today's place: actions/hosting_facts.py)
    "moved",
    "migrated",
]
MAINLAND_WORDS = ["mainland", "china", "prc", "chinese"]
LICENCE_LEMMAS = [
    "license",
    "licence",
    "register",
    "incorporate",
    "issue",
    "registration",
    "headquarter",
    "headquarters",
    # the business licence in pinyin: "our yingye zhizhao is beijing"
    "zhizhao",
]
# Words between "servers" and the place. Negations are kept inside the span so that the fact's
# normaliser sees them ("servers are not in mainland China", "doesn't run in China").
LINKING = {
    "LOWER": {
        "IN": [
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "all",
            "currently",
            "now",
            "located",
            "based",
            "running",
            "hosted",
            "deployed",
            "issued",
            "registered",
            "sitting",
            "sit",
            "sits",
            "sat",
            # "our web server stays in Frankfurt", "the origin remains in Singapore", "our site
            # will stay in Frankfurt" (a plan otherwise: actions/fact_words.py FUTURE_WORDS)
            "will",
            "'ll",
            # "SLB and ECS both in ap-southeast-1"
            "both",
            "stay",
            "stays",
            "staying",
            "remain",
            "remains",
            "lives",
            "resides",
            "moved",
            "migrated",
            "moving",
            "migrating",
            "actually",
            "still",
            "also",
            # "the site itself is in Singapore"
            "itself",
            "themselves",
            # "run only from Singapore", "hosted entirely in Frankfurt"
            "only",
            "entirely",
            "mostly",
            "solely",
            "fully",
            "not",
            "n't",
            "never",
            # "runs on Alibaba Cloud in Singapore", "site with Alibaba Cloud in London"
            "on",
            "with",
            "alibaba",
            "cloud",
            "aliyun",
            "'s",
            "ecs",
            # a label and its value: "servers: London, Virginia, Beijing", "hosting - Frankfurt"
            ":",
            "-",
            # "origin server on AWS in Frankfurt", "site is on DigitalOcean in New York", "on
            # Vercel (US)"
            *HOSTING_PROVIDERS,
            "(",
        ]
    },
    "OP": "*",
}
NEGATION = {"LOWER": {"IN": ["not", "n't", "never"]}, "OP": "?"}
PREPOSITION = {"LOWER": {"IN": ["in", "at", "on", "to", "inside", "within", "out"]}, "OP": "?"}
ARTICLE = {"LOWER": {"IN": ["the", "a", "an", "our"]}, "OP": "?"}
NOW = {"LOWER": {"IN": ["now", "currently", "today"]}}
# "our licence is from Chengdu"
FROM_OR_PREPOSITION = {"LOWER": {"IN": PREPOSITION["LOWER"]["IN"] + ["from"]}, "OP": "?"}
# A provider named before the place: "our origin is in Alibaba Cloud Shenzhen", "on AWS Frankfurt"
PROVIDER = {
    # (and Alibaba Cloud's object storage before its region: "a bucket in oss-eu-central-1")
    "LOWER": {
        "IN": [
            "alibaba",
            "aliyun",
            "alicloud",
            "cloud",
            "cloud's",
            "'s",
            *HOSTING_PROVIDERS,
            "oss",
            "(",
            "-",
        ]
    },
    "OP": "*",
}
PLACE_SUFFIX = {"LOWER": {"IN": ["province", "municipality", "city", "sar"]}, "OP": "?"}
# What is hosted, between the verb and the place: "we host the frontend in Hong Kong", "deploy it
# to Singapore", "run all the servers in Tokyo"
HOSTED_THING = [
    {"LOWER": {"IN": ["the", "our", "my", "its", "their", "all"]}, "OP": "?"},
    # "we run the same app in ...", "host the whole site in ..."
    {"LOWER": {"IN": ["same", "whole", "entire", "main", "web", "production", "live"]}, "OP": "?"},
    {
        "LOWER": {
            "IN": [
                "frontend",
                "front-end",
                "backend",
                "back-end",
                "site",
                "website",
                "app",
                "api",
                "files",
                "assets",
                "images",
                "everything",
                "it",
                "them",
                "database",
                "server",
                "servers",
                "instance",
                "instances",
                "origin",
                "stack",
            ]
        },
        "OP": "?",
    },
]
# An aside in brackets between the server and its place: "a Simple Application Server (the
# lightweight one) in cn-shenzhen", "our Tokyo (ap-northeast-1) ECS"
ASIDE = (
    [{"ORTH": "("}]
    + [{"ORTH": {"NOT_IN": [")", "(", ".", "?", "!"]}, "OP": "?"}] * 4
    + [{"ORTH": ")"}]
)
# What kind of node serves the site, kept in the span ("one web node is in Shanghai"): a node
# alone may be a CDN's.
SERVING_KIND = {
    "LOWER": {"IN": ["web", "app", "application", "compute", "worker", "k8s", "kubernetes"]},
    "OP": "?",
}
# Where files are served from: "patch files are served from Frankfurt" (not "a company from ...")
SERVED_FROM = [
    {"LOWER": {"IN": ["served", "serve", "serves", "serving", "delivered"]}},
    {"LOWER": {"IN": ["from", "out"]}},
    {"LOWER": "of", "OP": "?"},
]
# What a site runs on, after a place that says where: "Singapore-based servers", "US origin".
SERVER_NOUN = {
    "LOWER": {
        "IN": [
            "server",
            "servers",
            # "US host + aliyun cdn china"
            "host",
            "hosts",
            "origin",
            "origins",
            "hosting",
            "ecs",
            "instance",
            "instances",
            "vps",
            "datacenter",
            "datacenters",
            "backend",
            "backends",
        ]
    }
}

CDN_PHRASES = [
    # the acceleration area switched on or set: "we've just turned on mainland China acceleration"
    "mainland china acceleration",
    "mainland acceleration",
    "china acceleration",
    "international-only",
    "international cdn",
    # (the CDN named before its area: "put Alibaba CDN international in front")
    "cdn international",
    "cdn international only",
    "international one",
    "only the international one",
    "international only",
    "only international",
    "cdn outside china",
    "cdn outside mainland china",
    "global cdn",
    "cdn covers mainland",
    "cdn covers mainland china",
    "cdn covers china",
    "covers mainland",
    "covers mainland china",
    "covers china",
    "cdn in mainland china",
    "cdn in china",
    "cdn for china",
    "cdn for china users",
    "cdn for chinese users",
    "cdn for users in china",
    "cdn for users in mainland china",
    "cdn for mainland china",
    "china cdn",
    "mainland cdn",
    "mainland china cdn",
    # (the FAQ's own order: "Chinese mainland")
    "china mainland cdn",
    "chinese mainland cdn",
    "cdn including mainland",
    "cdn including china",
    # the CDN's coverage named alone ("should mainland coverage be added later, ...")
    "mainland coverage",
    "mainland china coverage",
    "chinese mainland coverage",
    "china coverage",
    "coverage of mainland china",
    "coverage in mainland china",
    "no cdn",
    "without cdn",
    "without a cdn",
    "without any cdn",
    "no cdn at all",
    "don't use cdn",
    "don't use a cdn",
    "do not use cdn",
    "do not use a cdn",
    "dont use cdn",
    "dont use a cdn",
    "dont use any cdn",
    "don't use any cdn",
    "do not use any cdn",
    # (none planned either: "we won't use a CDN btw")
    "won't use a cdn",
    "won't use any cdn",
    "will not use a cdn",
    "will not use any cdn",
    "won't be using a cdn",
    "won't be using any cdn",
    "don't need a cdn",
    "don't need any cdn",
    "do not need a cdn",
    "don't plan to use a cdn",
    "don't plan to use any cdn",
    "not planning to use a cdn",
    "not planning any cdn",
    "not using cdn",
    "not using a cdn",
    "not using any cdn",
    "cdn not used",
    "cdn is not used",
    "cdn isn't used",
    "cdn not needed",
    "cdn: none",
    "cdn: no",
    "mainland china is not covered",
    "mainland is not covered",
    "doesn't cover mainland",
    "does not cover mainland",
    "doesn't cover china",
    "does not cover china",
    "not covering mainland",
    "excluding mainland",
    "excluding mainland china",
    # (said after it: "the set-up as it stands, mainland excluded")
    "mainland excluded",
    "mainland china excluded",
    "chinese mainland excluded",
    "except mainland china",
    "cdn acceleration in mainland china",
    "accelerate for china users",
    "accelerate content for users in mainland china",
    # only outside it: "and if we only accelerate outside china?" (not "we don't accelerate
    # outside china", "outside china too")
    "only accelerate outside china",
    "only accelerate outside mainland china",
    "only accelerate outside the mainland",
    "only accelerate outside of china",
    "accelerate only outside china",
    "accelerate only outside mainland china",
]
PRESENCE_PHRASES = [
    "branch company",
    "registered branch company",
    "branch office",
    "subsidiary",
    "wfoe",
    "chinese subsidiary",
    "registered company in china",
    "legal entity in china",
    "joint venture",
    "representative office",
    "rep office",
    "liaison office",
    "ban shi chu",
    "banshichu",
    "daibiaochu",
    "dai biao chu",
    # (said in a translation's words or in pinyin: "representative organ", "sub-company",
    # "zi gongsi", "fen gongsi")
    "representative organ",
    *COMPANY_OTHER_NAMES,
    "physical office",
    "permanent office",
    # (its certificate named by the office's word: "once the office certificate is issued")
    "office certificate",
    "office in china",
    "office in mainland china",
    "no office in china",
    "no office",
    "no entity in china",
    "no presence in china",
    "no company in china",
    "no branch",
    "no chinese entity",
    "no legal entity",
]
ACCESS_PHRASES = [
    "only by ip",
    "only by ip address",
    "only via ip",
    "only through ip",
    "only by its ip",
    "ip address only",
    "ip only",
    "only ip",
    "by ip address only",
    "through ip addresses only",
    "no domain",
    "no domain name",
    "without a domain",
    "without domain",
    "without a domain name",
    "no dns name",
    "without a dns name",
    "domain name",
    "a domain",
    "our domain",
    "by domain",
    "by domain name",
]
LICENSE_PHRASES = [
    "icp commercial license holder",
    "icp commercial licence holder",
    "icp commercial license",
    "icp commercial licence",
    "commercial license holder",
    "commercial licence holder",
    "commercial license",
    "commercial licence",
    "icp license holder",
    "icp licence holder",
    "no commercial license",
    "no commercial licence",
]


# "we can't provide the documents", "unable to get a domain", "no paperwork for the filing": the
# FAQ's own example of a filing that cannot be completed. The normaliser
# (actions/filing_facts.py to_can_complete_filing) reads the whole message.
# ("cant" typed without its apostrophe is two tokens: "ca" + "nt")
_CANNOT = {"LOWER": {"IN": ["not", "n't", "unable", "cannot", "never", "can't", "cant", "nt"]}}
_PROVIDE = {
    "LOWER": {"IN": ["provide", "get", "obtain", "supply", "submit", "prepare", "produce", "have"]}
}
_MISSING = {"LOWER": {"IN": ["no", "without", "lack", "lacking", "missing"]}}
_PAPERS = {"LOWER": {"IN": ["documents", "document", "docs", "paperwork", "papers", "domain"]}}
_FILING = {"LOWER": {"IN": ["icp", "beian", "filing"]}}
CANNOT_COMPLETE_PATTERNS: List[List[Pattern]] = [
    [_CANNOT]
    + [{"IS_ALPHA": True, "OP": "?"}] * 2
    + [_PROVIDE]
    + [{"IS_ALPHA": True, "OP": "?"}] * 3
    + [_PAPERS],
    [_MISSING] + [{"IS_ALPHA": True, "OP": "?"}] * 2 + [_PAPERS],
    # the filing itself out of reach: "ICP is impossible for us", "we cannot get a beian"
    [
        _FILING,
        {"LOWER": {"IN": ["is", "seems", "looks"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": ["impossible"]}},
    ],
    [_CANNOT]
    + [{"IS_ALPHA": True, "OP": "?"}]
    + [{"LOWER": {"IN": ["get", "obtain", "complete", "finish", "pass"]}}]
    + [{"LOWER": {"IN": ["a", "an", "the", "our"]}, "OP": "?"}, _FILING],
    # ... or the papers or certificate for it: "getting that permanent office certificate is
    # impossible for them"
    [
        {"LOWER": {"IN": ["documents", "paperwork", "papers", "certificate", "cert"]}},
        {"LOWER": {"IN": ["is", "are", "seems", "seem", "looks", "look"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": ["impossible"]}},
    ],
    # "so we simply can not file" ("cannot" and "can't" are two tokens each)
    [
        {"LOWER": {"IN": ["we", "i", "they"]}},
        {"LOWER": {"IN": ["simply", "just", "really", "still"]}, "OP": "?"},
        {"LOWER": {"IN": ["can", "ca"]}},
        _CANNOT,
        {"LOWER": {"IN": ["file", "apply"]}},
    ],
]


# "already filed", "an existing ICP filing", "the domain is already filed", "we got our ICP": the
# normaliser (actions/filing_facts.py to_existing_filing) reads negations and conditions
# around them.
FILING_WORDS = ["filed", "icp", "filing", "beian", "registered", "approved", "licensed"]
EXISTING_FILING_PATTERNS: List[List[Pattern]] = [
    [
        {"LOWER": "already"},
        {"IS_ALPHA": True, "OP": "?"},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": {"IN": FILING_WORDS}},
    ],
    [
        {"LOWER": {"IN": ["existing", "approved", "current", "valid"]}},
        {"LOWER": {"IN": ["icp", "filing", "beian"]}},
    ],
    [
        {"LOWER": {"IN": ["is", "are", "was", "were", "been", "got"]}},
        {"LOWER": "already", "OP": "?"},
        {"LOWER": "icp", "OP": "?"},
        {"LOWER": {"IN": ["filed", "approved"]}},
    ],
    [
        {"LOWER": {"IN": ["got", "obtained", "received"]}},
        {"LOWER": {"IN": ["our", "an", "the"]}, "OP": "?"},
        {"LOWER": {"IN": ["icp", "beian", "filing"]}},
    ],
    # "filing approved!!"
    [
        {"LOWER": {"IN": ["icp", "filing", "beian"]}},
        {"LOWER": "finally", "OP": "?"},
        {"LOWER": "approved"},
    ],
    # "the site has completed ICP filing", "we hold a beian", "ICP done"
    [
        {"LOWER": {"IN": ["completed", "finished", "passed", "hold", "holds", "obtained"]}},
        {"LOWER": {"IN": ["our", "an", "a", "the", "its"]}, "OP": "?"},
        {"LOWER": {"IN": ["icp", "beian", "filing"]}},
    ],
    [
        {"LOWER": {"IN": ["icp", "beian", "filing"]}},
        {"LOWER": {"IN": ["is", "was"]}, "OP": "?"},
        {"LOWER": "done"},
    ],
    # "we filed ICP two years ago", "we did our beian in 2021" (the normaliser sets aside one
    # still under way or turned down)
    [
        {"LOWER": {"IN": ["we", "i", "they"]}},
        {"LOWER": {"IN": ["already", "successfully"]}, "OP": "?"},
        {"LOWER": {"IN": ["filed", "did", "completed"]}},
        {"LOWER": "for", "OP": "?"},
        {"LOWER": {"IN": ["our", "an", "a", "the", "their"]}, "OP": "?"},
        {"LOWER": {"IN": ["icp", "beian"]}},
    ],
    # "we have had an ICP filing since 2019"
    [
        {"LOWER": {"IN": ["have", "has", "'ve"]}},
        {"LOWER": {"IN": ["had", "held"]}},
        {"LOWER": {"IN": ["our", "an", "a", "the", "its"]}, "OP": "?"},
        {"LOWER": {"IN": ["icp", "filing", "beian"]}},
        {"IS_ALPHA": True, "OP": "?"},
        {"LOWER": "since"},
    ],
]


def _tokens(nlp: spacy.Language, phrase: str) -> List[Pattern]:
    return [{"LOWER": token.lower_} for token in nlp.make_doc(phrase)]


def _places_as_tokens(nlp: spacy.Language) -> List[List[Pattern]]:
    """Every place as the tokens a pattern matches: the one-word places together as one set
    (the matcher's time grows with its number of patterns, and a token is in the set exactly when
    one of the places' own patterns would match it), the others one by one."""
    one_word, longer = [], []
    for place in PLACES:
        tokens = _tokens(nlp, place)
        if len(tokens) == 1:
            one_word.append(tokens[0]["LOWER"])
        else:
            longer.append(tokens)
    return [[{"LOWER": {"IN": sorted(set(one_word))}}], *longer]


_CHINA_AS_A_WHOLE = {"china", "mainland", "prc", "chinese", "cn"}


def _regions_of_a_place(place_tokens: List[Pattern]) -> List[Pattern]:
    """`place_tokens` without China as a whole, which names no region of a provider's."""
    if len(place_tokens) == 1 and isinstance(place_tokens[0].get("LOWER"), dict):
        words = [w for w in place_tokens[0]["LOWER"]["IN"] if w not in _CHINA_AS_A_WHOLE]
        return [{"LOWER": {"IN": words}}]
    if all(token.get("LOWER") in _CHINA_AS_A_WHOLE for token in place_tokens):
        return []
    return place_tokens


def build_patterns(nlp: spacy.Language) -> List[Dict[str, object]]:
    patterns: List[Dict[str, object]] = []

    def add(label: str, pattern: List[Pattern]) -> None:
        patterns.append({"label": label, "pattern": pattern})

    # the United States as initials, upper case only (not the pronoun "us"): "US-hosted site",
    # "US-based origin", "US servers"
    us = [{"ORTH": {"IN": ["US", "U.S."]}}]
    add("hosting_location", us + [{"ORTH": "-"}, {"LOWER": {"IN": ["hosted", "hosting"]}}])
    add("hosting_location", us + [{"ORTH": "-"}, {"LOWER": "based"}, SERVER_NOUN])
    add("hosting_location", us + [SERVER_NOUN])
    # ... after a hosting provider: "the azure US site", "AWS US"
    add(
        "hosting_location",
        [{"LOWER": {"IN": list(HOSTING_PROVIDERS)}}, {"LOWER": "cloud", "OP": "?"}] + us,
    )
    # cities as people abbreviate them, upper case only: "server in SZ", "the BJ region"
    codes = [{"ORTH": {"IN": list(CITY_CODES)}}]
    add(
        "hosting_location",
        [{"LOWER": {"IN": HOSTING_WORDS}}, LINKING, PREPOSITION, ARTICLE, PROVIDER] + codes,
    )
    # (or the server of a set-up named before by its city: "and the KL one alone?")
    add(
        "hosting_location",
        codes + [{"LOWER": {"IN": ["region", "server", "servers", "ecs", "one", "box"]}}],
    )
    # ... and in lower case where a server or Alibaba Cloud makes them a place: "sg server", "on
    # alibaba sh" (actions/hosting_facts.py reads them the same way)
    lower_codes = [{"LOWER": {"IN": [code.lower() for code in SHORT_CITY_CODES]}}]
    add(
        "hosting_location",
        [{"LOWER": {"IN": [code.lower() for code in {**SHORT_CITY_CODES, **SERVER_ONLY_CODES}]}}]
        + [{"LOWER": {"IN": list(SERVERS_AFTER_A_CITY_CODE)}}],
    )
    add(
        "hosting_location",
        [{"LOWER": {"IN": HOSTING_WORDS}}, LINKING, PREPOSITION, ARTICLE]
        + [{"LOWER": {"IN": ["alibaba", "aliyun", "alicloud"]}}, {"LOWER": "cloud", "OP": "?"}]
        + lower_codes,
    )
    # the United States after a server: "site is on Vercel (US)", "origin server in us" (the
    # pronoun cannot stand there)
    hosted = [NEGATION, {"LOWER": {"IN": HOSTING_WORDS}}, *HOSTED_THING]
    add("hosting_location", hosted + [LINKING, PREPOSITION, ARTICLE, PROVIDER] + us)
    add("hosting_location", hosted + [LINKING, {"LOWER": "in"}, {"LOWER": "us"}])
    # ... and Alibaba Cloud's US regions by their side: "servers are in alibaba us east"
    add(
        "hosting_location",
        hosted
        + [LINKING, PREPOSITION, ARTICLE]
        + [{"LOWER": {"IN": ["alibaba", "aliyun", "alicloud"]}}, {"LOWER": "cloud", "OP": "?"}]
        + [{"LOWER": "us"}, {"LOWER": {"IN": ["east", "west"]}}],
    )
    # two things hosted together: "ECS and RDS both in eu-central-1", "SLB + ECS in Frankfurt"
    # (actions/hosting_facts.py reads the place as for one)
    for place_tokens in _places_as_tokens(nlp):
        add(
            "hosting_location",
            [{"LOWER": {"IN": HOSTING_WORDS}}, {"LOWER": {"IN": ["and", "&", "+", "/"]}}]
            + [
                {"IS_ALPHA": True},
                LINKING,
                {"LOWER": {"IN": ["in", "on", "at"]}},
                ARTICLE,
                PROVIDER,
            ]
            + place_tokens,
        )
    # a copy of the set-up put in a place: "clone the same stack (SLB + ECS) into cn-beijing"
    for place_tokens in _places_as_tokens(nlp):
        add(
            "hosting_location",
            [{"LEMMA": {"IN": ["clone", "copy", "replicate", "duplicate", "mirror"]}}]
            + [{"LOWER": {"IN": ["the", "our", "same", "whole", "entire", "full"]}, "OP": "*"}]
            # (a whole set-up, not an image or a file: "copy an ECS image to eu-central-1")
            + [
                {
                    "LOWER": {
                        "IN": ["stack", "setup", "set-up", "site", "website", "shop", "platform"]
                    }
                }
            ]
            + [{"IS_SPACE": False, "OP": "?"}] * 7
            + [{"LOWER": {"IN": ["into", "to", "in"]}}, ARTICLE, PROVIDER]
            + place_tokens,
        )
    # a set-up put before returned to, named by its place: "ok but back to the mainland plan: ..."
    # (the case asked about again is where it puts the site)
    for place_tokens in _places_as_tokens(nlp):
        add(
            "hosting_location",
            [{"LOWER": "back"}, {"LOWER": "to"}, {"LOWER": {"IN": ["the", "our"]}, "OP": "?"}]
            + place_tokens
            + [{"LOWER": {"IN": ["plan", "option", "setup", "set-up", "scenario", "case"]}}],
        )
    # ... or right after a server: "have ecs hk + ecs sh" (alone, "sh" may be a shell)
    # (the code closing its part, not a security group acting: "the ecs sg blocks port 80")
    for closing in ({"IS_PUNCT": True}, {"LOWER": {"IN": ["and", "+", "&"]}}):
        add(
            "hosting_location",
            [{"LOWER": {"IN": ["ecs", "server", "vps"]}}] + lower_codes + [closing],
        )
    # ... and a city's short code: "servers are in sg" (alone, "sg" is a security group)
    add("hosting_location", hosted + [LINKING, {"LOWER": "in"}] + lower_codes)
    # ... or moved to: "and move ecs to sg?", "migrating the servers to sz"
    add(
        "hosting_location",
        [{"LEMMA": {"IN": ["move", "migrate", "relocate", "shift"]}}]
        + [{"LOWER": {"IN": ["the", "our", "my", "all"]}, "OP": "?"}]
        + hosted
        + [{"LOWER": "to"}]
        + lower_codes,
    )
    # ... typed without its "in": "server stay sg", "origin is sg"
    add(
        "hosting_location",
        hosted
        + [{"LOWER": {"IN": ["stay", "stays", "is", "are", "sits", "remain", "remains"]}}]
        + lower_codes,
    )
    # a provider's region id in brackets: "our Tokyo (ap-northeast-1) ECS"
    region_words = sorted(
        {token["LOWER"] for region in REGION_IDS for token in _tokens(nlp, region)}
    )
    region_aside = (
        [{"ORTH": "("}] + [{"LOWER": {"IN": region_words}, "OP": "?"}] * 7 + [{"ORTH": ")"}]
    )
    for place_tokens in _places_as_tokens(nlp):
        add("place", place_tokens + [PLACE_SUFFIX])
        add(
            "hosting_location",
            [NEGATION, SERVING_KIND, {"LOWER": {"IN": HOSTING_WORDS}}, *HOSTED_THING]
            + [LINKING, PREPOSITION, ARTICLE, PROVIDER]
            + place_tokens
            + [PLACE_SUFFIX],
        )
        # ... the provider then its place: "origin is our own server at Hetzner in Germany"
        add(
            "hosting_location",
            [{"LOWER": {"IN": HOSTING_WORDS}}, *HOSTED_THING]
            + [LINKING, PREPOSITION, ARTICLE, {"LOWER": {"IN": list(HOSTING_PROVIDERS)}}]
            + [{"LOWER": "cloud", "OP": "?"}, {"LOWER": "in"}]
            + place_tokens,
        )
        # ... or a deployment, one of the site's (not the work: "deployment within mainland
        # China is more difficult", "a deployment in China is easier with a partner"): "a second
        # deployment in cn-shanghai", "our deployment in Frankfurt"
        add(
            "hosting_location",
            [{"LOWER": {"IN": ["our", "my", "its", "second", "new", "another"]}}]
            + [{"LOWER": {"IN": ["deployment", "deployments"]}}]
            + [LINKING, PREPOSITION, ARTICLE, PROVIDER]
            + place_tokens,
        )
        # ... or a host named by its kind: "hosted at a local provider in Warsaw", "with a small
        # hosting company in Lyon" (not anyone's business there: "our agency in Warsaw")
        add(
            "hosting_location",
            [NEGATION, {"LOWER": {"IN": HOSTING_WORDS}}, *HOSTED_THING]
            + [LINKING, {"LOWER": {"IN": ["at", "with", "by"]}}, ARTICLE]
            + [{"IS_ALPHA": True, "OP": "?"}] * 2
            + [{"LOWER": {"IN": list(HOST_KINDS)}}, {"LOWER": "in"}]
            + place_tokens,
        )
        # (a company only as a hosting one: not "with a partner company in Shanghai")
        add(
            "hosting_location",
            [NEGATION, {"LOWER": {"IN": HOSTING_WORDS}}, *HOSTED_THING]
            + [LINKING, {"LOWER": {"IN": ["at", "with", "by"]}}, ARTICLE]
            + [{"IS_ALPHA": True, "OP": "?"}]
            + [{"LOWER": "hosting"}, {"LOWER": {"IN": ["company", "firm"]}}, {"LOWER": "in"}]
            + place_tokens,
        )
        add(
            "hosting_location",
            [NEGATION, SERVING_KIND, {"LOWER": {"IN": HOSTING_WORDS}}]
            + ASIDE
            + [LINKING, PREPOSITION, ARTICLE, PROVIDER]
            + place_tokens,
        )
        add(
            "hosting_location",
            [NEGATION, *SERVED_FROM, ARTICLE, PROVIDER] + place_tokens + [PLACE_SUFFIX],
        )
        # a move put as a case, the site unnamed: "if we move to HK, can mainland users still
        # open the site?", "if we move it to HK" (a company moving says so: "if our company
        # moves to Shanghai")
        # (or asked for its time, with what moves: "when we move it to HK do we need anything?",
        # not a person's move: "when I move to Shanghai next year")
        add(
            "hosting_location",
            [{"LOWER": {"IN": ["when", "once", "after"]}}, {"LOWER": {"IN": ["we", "i"]}}]
            + [{"LEMMA": {"IN": ["move", "migrate", "switch", "relocate"]}}]
            + [{"LOWER": {"IN": ["everything", "it", "them", "the", "our"]}}]
            + [
                {
                    "LOWER": {"IN": ["site", "website", "servers", "server", "ecs", "shop"]},
                    "OP": "?",
                }
            ]
            + [{"LOWER": "to"}]
            + [ARTICLE, PROVIDER]
            + place_tokens,
        )
        add(
            "hosting_location",
            [{"LOWER": "if"}, {"LOWER": {"IN": ["we", "i"]}}]
            + [{"LEMMA": {"IN": ["move", "migrate", "switch", "relocate"]}}]
            + [{"LOWER": {"IN": ["over", "everything", "all", "it", "them"]}, "OP": "?"}]
            + [{"LOWER": "to"}]
            + [ARTICLE, PROVIDER]
            + place_tokens,
        )
        # ... or planned, what moves a pronoun: "we will move them to beijing next year, then?"
        # (actions/hosting_facts.py reads a plan as today's place only when put as a case)
        add(
            "hosting_location",
            [{"LOWER": {"IN": ["we", "i"]}}]
            + [{"LOWER": {"IN": ["will", "'ll", "would", "'d", "might", "may", "could"]}}]
            + [{"LEMMA": {"IN": ["move", "migrate", "relocate"]}}]
            + [{"LOWER": {"IN": ["everything", "it", "them", "all"]}}]
            + [{"LOWER": "to"}]
            + [ARTICLE, PROVIDER]
            + place_tokens,
        )
        # a place chosen for the site: "ok we'll go hk then", "what if we just go with hong kong",
        # "let's go for the Singapore region" (not a trip: "we go to Shanghai")
        add(
            "hosting_location",
            [{"LOWER": {"IN": ["we", "i", "'s"]}}]
            + [
                {
                    "LOWER": {
                        "IN": [
                            "'ll",
                            "will",
                            "'d",
                            "would",
                            "could",
                            "should",
                            "might",
                            "may",
                            "can",
                            "just",
                            "then",
                            "simply",
                            "'re",
                            "are",
                            "am",
                            "'m",
                        ]
                    },
                    "OP": "*",
                }
            ]
            + [{"LOWER": {"IN": ["go", "going"]}}, {"LOWER": {"IN": ["with", "for"]}, "OP": "?"}]
            + [ARTICLE, PROVIDER]
            + place_tokens,
        )
        # run from a place: "we now run only from Alibaba Cloud Singapore"
        add(
            "hosting_location",
            [NEGATION, {"LOWER": {"IN": ["run", "runs", "running", "operate", "operates"]}}]
            + [LINKING, {"LOWER": "from"}, ARTICLE, PROVIDER]
            + place_tokens,
        )
        # a hosting provider's region by its city: "Lightsail Tokyo", "OVH Gravelines"
        add(
            "hosting_location",
            [{"LOWER": {"IN": list(HOSTING_PROVIDERS)}}, {"LOWER": "cloud", "OP": "?"}]
            + place_tokens,
        )
        # ... and where one is on it: "we're on aws in us-east-1" (not the provider's own
        # business there: "AWS in China is operated by Sinnet")
        add(
            "hosting_location",
            [{"LOWER": "on"}, {"LOWER": {"IN": list(HOSTING_PROVIDERS)}}]
            + [{"LOWER": "cloud", "OP": "?"}, {"LOWER": {"IN": ["in", "at"]}}]
            + place_tokens,
        )
        # ... and Alibaba Cloud's: "on Alibaba Cloud Japan" (not its China as a whole: "Alibaba
        # Cloud China CDN" is a CDN)
        regions = _regions_of_a_place(place_tokens)
        if regions:
            add(
                "hosting_location",
                [{"LOWER": {"IN": ["alibaba", "aliyun"]}}, {"LOWER": "cloud", "OP": "?"}] + regions,
            )
        add(
            "hosting_location",
            place_tokens
            + [
                {
                    "LOWER": {
                        "IN": [
                            "region",
                            "server",
                            "servers",
                            "ecs",
                            "datacenter",
                            "site",
                            "website",
                            "sites",
                            "websites",
                            "hosting",
                            "instance",
                            "instances",
                            "vps",
                            "box",
                            "boxes",
                            "vm",
                            "vms",
                            "droplet",
                            "machine",
                            # "Frankfurt origin, CDN area set to Global"
                            "origin",
                            "origins",
                        ]
                    }
                }
            ],
        )
        # (only a region id in the brackets: "Office: Beijing (sales only) Servers: Tokyo" names
        # the office's place, not the servers')
        add("hosting_location", place_tokens + region_aside + [SERVER_NOUN])
        # "our europe-hosted shop", "Singapore-based servers" (not "a Singapore-based company")
        add(
            "hosting_location",
            place_tokens + [{"ORTH": "-"}, {"LOWER": {"IN": ["hosted", "hosting"]}}],
        )
        add("hosting_location", place_tokens + [{"ORTH": "-"}, {"LOWER": "based"}, SERVER_NOUN])
        # ... unhyphenated, before what is hosted: "even for HK hosted origin", "our Singapore
        # hosted shop" (not "Singapore hosted the summit")
        add(
            "hosting_location",
            place_tokens
            + [{"LOWER": "hosted"}]
            + [
                {
                    "LOWER": {
                        # (singular: "Singapore hosted sites are exempt" is a rule)
                        "IN": [
                            "origin",
                            "server",
                            "backend",
                            "instance",
                            "ecs",
                            "vps",
                            "site",
                            "website",
                            "shop",
                            "app",
                        ]
                    }
                }
            ],
        )
        # where it is now, its subject in the clause before: "our origin used to be in Shanghai
        # but is now in the US" (actions/hosting_facts.py reads the span only when that subject
        # is a server or a site)
        add(
            "hosting_location",
            [{"LOWER": {"IN": ["is", "are", "sits", "lives"]}}, NOW]
            + [{"LOWER": {"IN": ["in", "on", "at"]}}, ARTICLE, PROVIDER]
            + place_tokens,
        )
        add(
            "hosting_location",
            [{"LOWER": {"IN": ["is", "are", "sits", "lives"]}}]
            + [{"LOWER": {"IN": ["in", "on", "at"]}}, ARTICLE, PROVIDER]
            + place_tokens
            + [NOW],
        )
        add(
            "hosting_location",
            [NOW, {"LOWER": {"IN": ["sits", "lives"]}}]
            + [{"LOWER": {"IN": ["in", "on", "at"]}}, ARTICLE, PROVIDER]
            + place_tokens,
        )
        add(
            "license_province",
            [{"LEMMA": {"IN": LICENCE_LEMMAS}}]
            # (whose it is, said between: "the licence we hold is a Hong Kong one")
            + [
                {"LOWER": {"IN": ["we", "i", "they", "you"]}, "OP": "?"},
                {"LEMMA": {"IN": ["hold", "have", "own"]}, "OP": "?"},
            ]
            + [LINKING, FROM_OR_PREPOSITION, ARTICLE]
            + place_tokens
            + [PLACE_SUFFIX],
        )
        # a permanent office's certificate, its business license, by where it is from: "once we
        # have the permanent office certificate from Shenzhen" (issued: LICENCE_LEMMAS)
        add(
            "license_province",
            [{"LOWER": {"IN": ["certificate", "cert"]}}]
            # ("the rep office's certificate is from Shandong")
            + [
                {"LOWER": {"IN": ["is", "was", "'s", "comes", "came"]}, "OP": "?"},
                {"LOWER": "from"},
            ]
            + place_tokens
            + [PLACE_SUFFIX],
        )
        # a company set up in a place: its licence is issued there ("if I set up a company in
        # Shanghai later", "once we establish our entity in Chengdu")
        add(
            "license_province",
            [
                {
                    "LEMMA": {
                        "IN": [
                            "set",
                            "establish",
                            "found",
                            "form",
                            "open",
                            "start",
                            "create",
                            # ("what if I register a company in Shanghai first")
                            "register",
                            "incorporate",
                        ]
                    }
                }
            ]
            + [{"LOWER": "up", "OP": "?"}, {"LOWER": {"IN": ["a", "an", "our", "the", "my"]}}]
            + [{"LOWER": {"IN": ["new", "local", "chinese", "own"]}, "OP": "?"}]
            # (not a presence's own word, "set up a WFOE in Ningbo": that is read as the presence)
            + [{"LOWER": {"IN": ["company", "entity", "firm"]}}]
            + [{"LOWER": {"IN": ["in", "at"]}}]
            + place_tokens
            + [PLACE_SUFFIX],
        )
        # the place read off the licence: "it's Hunan on the licence", "the business license says
        # Hunan"
        licence_noun = [
            {"LOWER": {"IN": ["business", "chinese", "company"]}, "OP": "?"},
            {"LOWER": {"IN": ["license", "licence", "zhizhao"]}},
        ]
        # (said of it: "it's Hunan on ...", not "we host in Beijing on the license of a reseller")
        add(
            "license_province",
            [{"LOWER": {"IN": ["is", "'s", "was", "it's"]}}]
            + place_tokens
            + [PLACE_SUFFIX, {"LOWER": "on"}, {"LOWER": {"IN": ["the", "our", "its", "my"]}}]
            + licence_noun,
        )
        add(
            "license_province",
            licence_noun
            # ("the licence actually says ...")
            + [{"IS_ALPHA": True, "OP": "?"}]
            + [{"LEMMA": {"IN": ["say", "show", "read", "list", "state"]}}, ARTICLE]
            + place_tokens
            + [PLACE_SUFFIX],
        )
    # "CDN doesn't cover mainland", "CDN acceleration in China", "cdn outside mainland": the
    # words between decide the value (actions/words_to_facts.py), the ruler only finds the span.
    # ("the CDN only covers regions outside China": up to four words between; not the site's
    # origin, whose place is where the site is hosted: "cdn origin outside mainland")
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"IS_ALPHA": True, "LOWER": {"NOT_IN": ["origin", "origins", "backend"]}, "OP": "?"}] * 4
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # ... after a comma: "we want using your CDN, only for outside mainland area"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}, {"ORTH": {"IN": [",", "-", "–", ":"]}}]
        # (the CDN's own words between: not "a CDN, our servers are outside mainland")
        + [
            {
                "LOWER": {"IN": ["only", "just", "for", "set", "to", "the", "used", "serving"]},
                "OP": "?",
            }
        ]
        * 3
        + [{"LOWER": {"IN": ["outside", "excluding", "except", "without", "including"]}}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # ... or for the mainland, after a comma: "our site will also use cdn, only for china users"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}, {"ORTH": {"IN": [",", "-", "–", ":"]}}]
        # (the CDN's own restriction: not "no CDN - for China users we rely on the HK server")
        + [{"LOWER": {"IN": ["only", "just", "mainly", "mostly"]}}]
        + [{"LOWER": "for"}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # ... hyphenated: "moving the CDN to outside-mainland only", "a non-China CDN"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 3
        + [{"LOWER": {"IN": ["outside", "excluding", "non", "ex"]}}, {"ORTH": "-"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # the setting's name quoted after the CDN: "Alibaba CDN 'Chinese Mainland Only'", "CDN with
    # 'Global (Excluding Chinese Mainland)'"
    # (not a switch's "from": "flipping our CDN acceleration region from '...' to 'Global'")
    word = {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["from", "to"]}, "OP": "?"}
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [word] * 3
        + [{"ORTH": {"IN": ["'", '"', "‘", "“", "("]}, "OP": "+"}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 3
        + [{"ORTH": {"IN": ["(", "'"]}, "OP": "?"}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 2
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # "cdn is excl. china" (the abbreviation's full stop is a token of its own)
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 2
        + [{"LOWER": "excl"}, {"ORTH": ".", "OP": "?"}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 2
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # Alibaba Cloud CDN's own setting: "the acceleration region is set to outside mainland China",
    # "acceleration area: Mainland China only", "the acceleration region is 'Outside Mainland
    # China' only"
    add(
        "cdn_coverage",
        [{"LOWER": "acceleration"}, {"LOWER": {"IN": ["region", "regions", "area", "areas"]}}]
        + [{"IS_PUNCT": True, "OP": "?"}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 4
        + [{"IS_PUNCT": True, "OP": "?"}]
        + [{"IS_ALPHA": True, "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # ... or the area named first, as listed there: "mainland China listed in its acceleration
    # areas"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": MAINLAND_WORDS}}, {"LOWER": {"IN": ["china", "chinese"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["is", "was", "being"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["listed", "included", "shown", "ticked", "selected", "enabled"]}}]
        + [{"LOWER": {"IN": ["in", "among", "under", "as"]}}]
        + [{"LOWER": {"IN": ["its", "the", "our", "their", "one", "of"]}, "OP": "*"}]
        + [{"LOWER": {"IN": ["cdn", "cdn's"]}, "OP": "?"}, {"LOWER": "acceleration", "OP": "?"}]
        + [{"LOWER": {"IN": ["region", "regions", "area", "areas"]}}],
    )
    # an area told by what it leaves out: "the area that leaves out the mainland", "a region
    # excluding mainland China"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["area", "region", "setting", "option"]}}]
        + [{"LOWER": {"IN": ["that", "which"]}, "OP": "?"}]
        + [{"LEMMA": {"IN": ["leave", "exclude", "skip", "omit"]}}]
        + [{"LOWER": "out", "OP": "?"}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # the setting's value "Global": "acceleration area is 'Global'" (the reader tells it from
    # "Global (Excluding Mainland China)")
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["acceleration", "cdn"]}}]
        + [{"LOWER": {"IN": ["region", "regions", "area", "areas"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 3
        + [{"ORTH": {"IN": ["=", ":"]}, "OP": "?"}, {"IS_PUNCT": True, "OP": "?"}]
        + [{"LOWER": "global"}],
    )
    # ... or set so: "alibaba cdn with area set to Global", "region switched to 'Global'"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["region", "regions", "area", "areas"]}}]
        + [{"LEMMA": {"IN": ["set", "switch", "change", "configure"]}}, {"LOWER": "to"}]
        + [{"LOWER": "just", "OP": "?"}, {"IS_PUNCT": True, "OP": "?"}, {"LOWER": "global"}],
    )
    # ... named the other way round: "the Global acceleration area", "Global area", "the
    # 'Global' acceleration area"
    add(
        "cdn_coverage",
        [{"LOWER": "global"}, {"IS_PUNCT": True, "OP": "?"}]
        + [{"LOWER": {"IN": ["acceleration", "cdn"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["region", "area"]}}],
    )
    # ... or quoted after the CDN: "Alibaba CDN 'Global' turned on"
    add(
        "cdn_coverage",
        [{"LOWER": "cdn"}, {"IS_PUNCT": True}, {"LOWER": "global"}, {"IS_PUNCT": True}],
    )
    # the mainland added to the CDN's area: "in case we add China mainland to the CDN later"
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["add", "include", "extend"]}}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}, "OP": "+"}]
        + [{"LOWER": {"IN": ["to", "in", "into"]}}, {"LOWER": {"IN": ["the", "our"]}, "OP": "?"}]
        + [{"LOWER": "cdn"}],
    )
    # ... or switched on in it: "if later we switch mainland china on in the CDN"
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["switch", "turn", "enable", "activate"]}}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}, "OP": "+"}]
        + [{"LOWER": {"IN": ["acceleration", "coverage", "nodes", "region"]}, "OP": "?"}]
        + [{"LOWER": "on", "OP": "?"}]
        + [{"LOWER": {"IN": ["in", "for", "on"]}}, {"LOWER": {"IN": ["the", "our"]}, "OP": "?"}]
        + [{"LOWER": "cdn"}],
    )
    # the setting "Chinese Mainland Only" named alone, quoted or switched to ("same if we
    # switched to 'Mainland China only'?"); unquoted, "mainland China only" may be the users'
    mainland_only = [
        {"LOWER": {"IN": MAINLAND_WORDS}},
        {"LOWER": {"IN": ["china", "mainland"]}, "OP": "?"},
        {"LOWER": "only"},
    ]
    add(
        "cdn_coverage",
        [{"ORTH": {"IN": ["'", '"', "‘", "“"]}}] + mainland_only + [{"IS_PUNCT": True}],
    )
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["switch", "set", "change", "flip", "move"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 2
        + [{"LOWER": "to"}]
        + mainland_only,
    )
    # the CDN at work for a place: "Alibaba Cloud CDN accelerating the site for visitors in
    # mainland China" (the verb says the place is the CDN's, a few more words may come between)
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"LOWER": {"REGEX": r"^(?:accelerat|serv|speed|cover|reach|deliver)"}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 6
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # Alibaba Cloud CDN's areas outside the mainland, named by their region words: "only the
    # overseas acceleration regions", "overseas regions only"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["overseas", "international"]}}]
        + [{"LOWER": "acceleration", "OP": "?"}]
        + [{"LOWER": {"IN": ["region", "regions", "area", "areas"]}}]
        + [{"LOWER": "only", "OP": "?"}],
    )
    # ... or by its edge nodes, after the CDN named: "CDN but only the overseas nodes", "cdn
    # with international POPs only" (alone, "our overseas nodes" may be the site's servers)
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 4
        + [{"LOWER": {"IN": ["overseas", "international", "foreign"]}}]
        + [{"LOWER": "edge", "OP": "?"}]
        + [{"LOWER": {"IN": ["node", "nodes", "pop", "pops", "edges"]}}]
        + [{"LOWER": "only", "OP": "?"}],
    )
    # ... or its nodes named first, then the CDN they join: "add mainland nodes to that same cdn
    # domain", "overseas POPs only on our CDN"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": MAINLAND_WORDS + ["overseas", "international", "foreign"]}}]
        + [{"LOWER": "edge", "OP": "?"}]
        + [{"LOWER": {"IN": ["node", "nodes", "pop", "pops", "edges"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 4
        + [{"LOWER": {"IN": ["cdn", "cdns"]}}],
    )
    # ... or scoped to the overseas areas: "what if we scope the CDN to overseas-only?"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 2
        + [{"LOWER": {"IN": ["overseas", "international"]}}, {"ORTH": "-", "OP": "?"}]
        + [{"LOWER": "only"}],
    )
    # ... or named before the CDN as its area: "an overseas-only CDN", "behind an international
    # only CDN" (the CDN's word taken with it, so that "hosted site with an overseas" is no host;
    # not "foreign": "a foreign CDN" is another country's provider)
    area_only_cdn = [
        {"LOWER": {"IN": ["overseas", "international", "offshore"]}},
        {"ORTH": "-", "OP": "?"},
        {"LOWER": "only"},
        {"LOWER": {"IN": ["alibaba", "aliyun", "cloud"]}, "OP": "*"},
        {"LOWER": {"IN": ["cdn", "cdns", "acceleration"]}},
    ]
    add("cdn_coverage", area_only_cdn)
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["with", "using", "behind", "through", "via", "plus"]}}, ARTICLE]
        + area_only_cdn,
    )
    # the mainland's part switched off or dropped: "mainland acceleration is off", "drop the
    # mainland coverage on the CDN"
    cdn_parts = ["acceleration", "coverage", "nodes", "pops", "region", "area", "part"]
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": MAINLAND_WORDS}}, {"LOWER": {"IN": cdn_parts}}]
        + [
            {"LOWER": {"IN": ["is", "are", "was"]}},
            {"LOWER": {"IN": ["turned", "switched"]}, "OP": "?"},
        ]
        + [{"LOWER": {"IN": ["off", "disabled", "excluded"]}}],
    )
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["drop", "remove", "disable", "cut"]}}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}}, {"LOWER": {"IN": cdn_parts}}],
    )
    # ... or its nodes placed: "alibaba CDN but only the nodes outside china", "a CDN whose
    # edge nodes are in mainland China"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 4
        + [{"LOWER": {"IN": ["node", "nodes", "pop", "pops", "edges"]}}]
        + [{"LOWER": {"IN": ["are", "is"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["outside", "in", "inside", "within", "excluding", "covering"]}}]
        + [{"LOWER": {"IN": ["the", "of"]}, "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # Alibaba Cloud CDN's "Global" area picked or switched to: "we picked Global as the
    # acceleration region", "switching the area to plain Global", "alibaba cdn, global"
    add(
        "cdn_coverage",
        [{"LOWER": "global"}, {"LOWER": "as"}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": ["acceleration", "cdn"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["region", "area"]}}],
    )
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["switch", "set", "change", "move", "flip", "put"]}}]
        + [{"LOWER": {"IN": ["the", "our", "its"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["acceleration", "cdn"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["region", "area"]}}, {"LOWER": "to"}]
        + [{"IS_ALPHA": True, "OP": "?"}, {"IS_PUNCT": True, "OP": "?"}, {"LOWER": "global"}],
    )
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}, {"ORTH": {"IN": [",", ":", "-", "–"]}}]
        + [{"LOWER": "global"}],
    )
    # ... or Alibaba Cloud's CDN itself set to it: "alibaba cdn set to Global" (not another
    # provider's "global" setting)
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["alibaba", "aliyun", "alicloud", "cloud"]}}]
        + [{"LOWER": {"IN": ["cdn", "cdns"]}}, {"LOWER": {"IN": ["is", "was"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["set", "switched", "changed", "configured"]}}, {"LOWER": "to"}]
        + [{"LOWER": {"IN": ["plain", "just"]}, "OP": "?"}, {"IS_PUNCT": True, "OP": "?"}]
        + [{"LOWER": "global"}],
    )
    # a CDN added, its area unsaid ("what if we add a CDN?", "and if i add cdn with global
    # acceleration?"): read as not known, so a "no CDN" told before is asked again, not kept
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["add", "enable", "introduce", "activate", "deploy"]}}]
        + [{"LOWER": {"IN": ["a", "an", "the", "some", "alibaba", "aliyun", "cloud"]}, "OP": "?"}]
        * 2
        + [{"LOWER": {"IN": ["cdn", "cdns"]}}],
    )
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"IS_ALPHA": True, "LOWER": {"NOT_IN": ["from", "to"]}, "OP": "?"}] * 3
        + [{"LOWER": "global"}, {"LOWER": {"IN": ["acceleration", "coverage"]}, "OP": "?"}],
    )
    # ... or the "Global" setting chosen by its name: "and if we select the 'Global' coverage?"
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["select", "pick", "choose", "take", "enable", "opt"]}}]
        + [{"LOWER": "for", "OP": "?"}]
        + [{"LOWER": {"IN": ["the", "plain", "just"]}, "OP": "?"}] * 2
        + [{"IS_PUNCT": True, "OP": "?"}, {"LOWER": "global"}, {"IS_PUNCT": True, "OP": "?"}]
        + [{"LOWER": {"IN": ["coverage", "acceleration", "area", "region", "option", "setting"]}}],
    )
    # ... quoted as the setting's name, no noun after it: "what if we pick 'Global'?"
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["select", "pick", "choose", "take", "enable", "opt"]}}]
        + [{"LOWER": "for", "OP": "?"}, {"LOWER": "the", "OP": "?"}]
        + [{"ORTH": {"IN": ["'", '"', "‘", "“"]}}, {"LOWER": "global"}]
        + [{"ORTH": {"IN": ["'", '"', "’", "”"]}}],
    )
    # ... or dropped from it: "what if we drop mainland from the cdn"
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["drop", "remove"]}}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": MAINLAND_WORDS}, "OP": "+"}]
        + [{"LOWER": "out", "OP": "?"}, {"LOWER": "of", "OP": "?"}, {"LOWER": "from", "OP": "?"}]
        + [{"LOWER": {"IN": ["the", "our"]}, "OP": "?"}, {"LOWER": "cdn"}],
    )
    # ... or the CDN itself dropped: "what if we drop the cdn entirely?", "we switched off our
    # CDN" (no CDN, as actions/cdn_facts.py reads it)
    cdn_determiners = ["the", "our", "that", "this", "alibaba", "aliyun", "cloud"]
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["drop", "remove", "ditch", "disable", "scrap", "cancel", "skip"]}}]
        + [{"LOWER": {"IN": cdn_determiners}, "OP": "?"}] * 2
        + [{"LOWER": {"IN": ["cdn", "cdns"]}}],
    )
    # ... or set aside: "if instead of the CDN they just moved the server to Chengdu?"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["instead", "rather"]}}, {"LOWER": {"IN": ["of", "than"]}}]
        + [{"LOWER": {"IN": cdn_determiners + ["a", "an", "using"]}, "OP": "?"}] * 2
        + [{"LOWER": {"IN": ["cdn", "cdns"]}}],
    )
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["turn", "switch", "shut"]}}, {"LOWER": "off"}]
        + [{"LOWER": {"IN": cdn_determiners}, "OP": "?"}] * 2
        + [{"LOWER": {"IN": ["cdn", "cdns"]}}],
    )
    # ... the other way round, of the CDN, or stopped: "what if we turned the cdn off?", "the CDN
    # is disabled", "stop using the cdn", "get rid of the CDN"
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["turn", "switch", "shut"]}}]
        + [{"LOWER": {"IN": cdn_determiners}, "OP": "?"}] * 2
        + [{"LOWER": {"IN": ["cdn", "cdns"]}}, {"LOWER": "off"}],
    )
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"LEMMA": {"IN": ["be", "get"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["disabled", "removed", "dropped", "deactivated"]}}],
    )
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"LEMMA": {"IN": ["be", "get"]}, "OP": "?"}]
        + [{"LOWER": {"IN": ["switched", "turned", "shut"]}}, {"LOWER": "off"}],
    )
    # ("the cdn is OFF", "the cdn's off now")
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": ["cdn", "cdns"]}}]
        + [{"LOWER": {"IN": ["is", "was", "are", "were", "'s", "’s"]}}]
        + [{"LOWER": {"IN": ["now", "already", "currently"]}, "OP": "?"}]
        + [{"LOWER": "off"}],
    )
    stopped = [
        [{"LEMMA": "stop"}, {"LOWER": "using"}],
        # ("what if we stop CDN")
        [{"LEMMA": "stop"}],
        [{"LEMMA": "get"}, {"LOWER": "rid"}, {"LOWER": "of"}],
        [{"LEMMA": "deactivate"}],
    ]
    for verb in stopped:
        add(
            "cdn_coverage",
            verb
            + [{"LOWER": {"IN": cdn_determiners}, "OP": "?"}] * 2
            + [{"LOWER": {"IN": ["cdn", "cdns"]}}],
        )
    # the coverage narrowed: "we'll limit it to outside mainland only", "restrict the
    # acceleration to mainland China" (only a CDN's reach is limited to a region)
    add(
        "cdn_coverage",
        [{"LEMMA": {"IN": ["limit", "restrict", "narrow"]}}]
        + [{"LOWER": {"IN": ["it", "the", "our", "cdn", "acceleration", "coverage"]}, "OP": "?"}]
        * 2
        + [{"LOWER": "to"}]
        + [{"IS_ALPHA": True, "OP": "?"}] * 2
        + [{"LOWER": {"IN": MAINLAND_WORDS}}],
    )
    # the setting named by its area: "turn on the mainland acceleration area", "Chinese mainland
    # acceleration region"
    add(
        "cdn_coverage",
        [{"LOWER": {"IN": MAINLAND_WORDS}}]
        + [{"LOWER": {"IN": ["china", "mainland"]}, "OP": "?"}]
        + [{"LOWER": "acceleration"}, {"LOWER": {"IN": ["region", "regions", "area", "areas"]}}],
    )
    # a branch told by its founding ("we set up a branch in Fujian", "opened a branch there"): a
    # bare "branch" may be a bank's or a code branch
    founded = [
        [{"LEMMA": {"IN": ["open", "establish", "register", "found", "incorporate", "start"]}}],
        [{"LEMMA": "set"}, {"LOWER": "up"}],
    ]
    for verb in founded:
        add(
            "china_presence",
            verb + [{"LOWER": {"IN": ["a", "our", "one", "the"]}}, {"LOWER": "branch"}],
        )
    # ... or called registered, as the FAQ calls it: "we do have a registered branch in Beijing"
    add("china_presence", [{"LOWER": "registered"}, {"LOWER": "branch"}])
    # ... or put as a case by its being there: "once the branch exists, can we use its papers?"
    add(
        "china_presence",
        [{"LOWER": {"IN": ["once", "when", "after"]}}, {"LOWER": {"IN": ["the", "our", "a"]}}]
        + [{"LOWER": "branch"}, {"LOWER": "company", "OP": "?"}]
        + [{"LOWER": {"IN": ["exists", "is"]}}],
    )
    # "we don't have any company in China", "no registered entity there", "without any office"
    presence_nouns = {
        "LOWER": {
            "IN": [
                "company",
                "companies",
                "entity",
                "entities",
                "office",
                "offices",
                "presence",
                "branch",
                "subsidiary",
            ]
        }
    }
    # (the place as the adjective too: "no mainland entity", "no PRC subsidiary")
    adjectives = {
        "LOWER": {
            "IN": [
                "registered",
                "chinese",
                "local",
                "legal",
                "physical",
                "mainland",
                "prc",
                "china",
            ]
        },
        "OP": "?",
    }
    some = {"LOWER": {"IN": ["any", "a", "an"]}, "OP": "?"}
    add("china_presence", [{"LOWER": {"IN": ["no", "without"]}}, some, adjectives, presence_nouns])
    # nothing of the company's there: "nothing registered on the mainland", "nothing set up in
    # China"
    add(
        "china_presence",
        [{"LOWER": "nothing"}, {"LOWER": {"IN": ["registered", "incorporated", "established"]}}]
        + [{"LOWER": {"IN": ["on", "in"]}}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": ["mainland", "china", "prc"]}}],
    )
    # ... or nothing at all there, had by the company: "we have nothing in China", "what if we had
    # nothing at all on the mainland?", "file with nothing in China?" (not "we host nothing in
    # China": servers)
    add(
        "china_presence",
        [{"LEMMA": {"IN": ["have", "with"]}}, {"LOWER": "nothing"}, {"LOWER": "at", "OP": "?"}]
        + [{"LOWER": "all", "OP": "?"}, {"LOWER": {"IN": ["on", "in"]}}]
        + [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["mainland", "china", "prc"]}}],
    )
    # ... or not anything there: "we don't have anything in China", "we do not own anything on
    # the mainland"
    add(
        "china_presence",
        [{"LOWER": {"IN": ["n't", "not", "nt"]}}, {"LEMMA": {"IN": ["have", "own"]}}]
        + [{"LOWER": "anything"}, {"LOWER": "at", "OP": "?"}, {"LOWER": "all", "OP": "?"}]
        + [{"LOWER": {"IN": ["on", "in"]}}, {"LOWER": "the", "OP": "?"}]
        + [{"LOWER": {"IN": ["mainland", "china", "prc"]}}],
    )
    # ... or nothing there, said after a clause of its own: "registered in Hong Kong only, nothing
    # on the mainland" (whose nothing, the company's or the servers', that clause tells:
    # presence_facts.read_presence)
    add(
        "china_presence",
        [
            {"ORTH": {"IN": [",", ";", "-", "–", "—", "("]}},
            {"LOWER": {"IN": ["and", "but"]}, "OP": "?"},
        ]
        + [{"LOWER": "nothing"}, {"LOWER": {"IN": ["at", "else"]}, "OP": "?"}]
        + [{"LOWER": "all", "OP": "?"}, {"LOWER": {"IN": ["on", "in"]}}]
        + [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["mainland", "china", "prc"]}}],
    )
    # a representative office by its initials, upper case, singular and someone's ("our RO is
    # registered in Shanghai"; not "HQ in RO", Romania, nor "ROs" of a rule for all of them)
    add(
        "china_presence",
        [
            {"LOWER": {"IN": ["our", "the", "my", "their", "its", "an", "a", "this"]}},
            {"ORTH": "RO"},
        ],
    )
    # ... or placed in mainland China, typed short: "RO in beijing, can apply icp commercial
    # licence?" (Romania is no place in China)
    mainland_words = sorted(
        {p.lower() for p in MAINLAND_PROVINCES} | {c for c in MAINLAND_CITIES if " " not in c}
    )
    add(
        "china_presence",
        [{"ORTH": "RO"}, {"LOWER": {"IN": ["in", "at"]}}, {"LOWER": {"IN": mainland_words}}],
    )
    # ... a company's ("Client's RO is registered in Xi'an"; not "the DB's RO replica", "the
    # client's RO and BG shops"), or named with its certificate ("RO certificate issued in
    # Beijing", not a Romanian registration number)
    add(
        "china_presence",
        [
            {"ORTH": "'s"},
            {"ORTH": "RO"},
            {
                "LOWER": {
                    "NOT_IN": ["replica", "replicas", "and", "or", "/", "access", "mode", "only"]
                }
            },
        ],
    )
    add("china_presence", [{"ORTH": "RO"}, {"LOWER": "certificate"}])
    add(
        "china_presence",
        [
            {"LOWER": {"IN": ["n't", "not", "never"]}},
            {"LEMMA": "have"},
            some,
            adjectives,
            presence_nouns,
        ],
    )
    # "we have no Chinese license", "we don't have a Chinese business licence" (read as no
    # Chinese business license by actions/presence_facts.py; "no commercial license" is another
    # fact)
    # (a bare "no license" is not enough: "what if we run the site with no license?")
    chinese = {"LOWER": {"IN": ["chinese", "china", "mainland", "local", "prc"]}}
    licence = {"LOWER": {"IN": ["license", "licence"]}}
    negations = (
        [{"LOWER": {"IN": ["no", "without"]}}, some],
        [{"LOWER": {"IN": ["n't", "not", "never"]}}, {"LEMMA": "have"}, some],
    )
    for negation in negations:
        add("license_province", negation + [chinese, {"LOWER": "business", "OP": "?"}, licence])
        add("license_province", negation + [{**chinese, "OP": "?"}, {"LOWER": "business"}, licence])
    # "only reachable via IP", "only accessible through its IP", "only reach it by IP"
    add(
        "access_method",
        [
            {"LOWER": "only"},
            {"IS_ALPHA": True, "OP": "?"},
            {"LOWER": {"IN": ["it", "them", "us", "the", "our", "site", "app"]}, "OP": "?"},
            {"LOWER": {"IN": ["by", "via", "through", "with", "using"]}},
            {"LOWER": {"IN": ["its", "the", "an", "their", "our"]}, "OP": "?"},
            # ("only by its public IP")
            {"LOWER": {"IN": ["public", "elastic", "static", "server", "raw", "bare"]}, "OP": "?"},
            {"LOWER": "ip"},
        ],
    )
    # the IP used or typed ("if we just tell users to use the IP from now on"): read as how the
    # site is reached only where put as a case or said to replace the domain
    # (actions/access_facts.py, read_access)
    add(
        "access_method",
        [
            {"LEMMA": {"IN": ["use", "type", "hit", "enter"]}},
            {"LOWER": {"IN": ["the", "its", "our", "their", "just"]}, "OP": "*"},
            {"LOWER": {"IN": ["public", "elastic", "static", "server", "raw", "bare"]}, "OP": "?"},
            {"LOWER": "ip"},
            {"LOWER": {"IN": ["address", "addresses"]}, "OP": "?"},
        ],
    )
    # a domain given a qualifier: "gave the reporting tool a proper domain instead", "its own
    # custom domain name"
    add(
        "access_method",
        [{"LOWER": {"IN": ["a", "an", "its", "their", "our", "own"]}}]
        + [{"LOWER": {"IN": ["proper", "real", "own", "custom", "dedicated", "registered"]}}]
        + [{"LOWER": {"IN": ["custom", "dedicated", "registered"]}, "OP": "?"}]
        + [{"LOWER": "domain"}, {"LOWER": "name", "OP": "?"}],
    )
    # a domain the writer has or got ("once we have the domain", "we've registered a domain"):
    # how the site will be reached (not one asked for: "should we get a domain first?")
    add(
        "access_method",
        [
            {"LOWER": {"IN": ["we", "i"]}},
            {"LOWER": {"IN": ["'ve", "have", "'d", "had", "now", "already", "finally"]}, "OP": "*"},
            {"LOWER": {"IN": ["have", "has", "got", "bought", "registered", "own", "purchased"]}},
            {"LOWER": {"IN": ["a", "the", "our", "one"]}},
            {"LOWER": {"IN": ["new", "proper", "real"]}, "OP": "?"},
            # (its suffix named: "we bought a .cn domain")
            {"LOWER": {"REGEX": r"^\.[a-z]{2,12}$"}, "OP": "?"},
            {"LOWER": "domain"},
            {"LOWER": "name", "OP": "?"},
        ],
    )
    # the site's own host name, said as how it is reached or what it is ("our site is reached
    # through shop.example.cn", "our domain: acme.cn"): a domain name (a host name alone may be
    # anyone's: "Chinese ISPs blocked example.com")
    hostname = {
        "LOWER": {
            "REGEX": r"^(?:https?://)?(?:www\.)?(?!(?:alibabacloud|aliyun|alibaba)\.)"
            r"(?:[a-z0-9][a-z0-9-]*\.)+(?:" + "|".join(DOMAIN_ENDINGS) + r")(?:\.cn)?/?$"
        }
    }
    add(
        "access_method",
        [
            {"LEMMA": {"IN": ["reach", "access", "serve", "visit", "open", "find"]}},
            # ("reach us via ...", "open the shop at ...")
            {
                "LOWER": {"IN": ["us", "it", "them", "the", "our", "site", "shop", "store"]},
                "OP": "*",
            },
            {"LOWER": {"IN": ["through", "via", "at", "on", "under", "using"]}},
            hostname,
        ],
    )
    add(
        "access_method",
        [
            {"LOWER": {"IN": ["our", "my"]}},
            {"LOWER": {"IN": ["site", "website", "domain", "shop", "store", "url", "address"]}},
            {"LOWER": {"IN": ["is", ":", "-", "="]}, "OP": "?"},
            hostname,
        ],
    )
    # ... or where a site is ("a small brochure site at www.example.com", "our shop lives at
    # shop.example.cn")
    add(
        "access_method",
        [
            {"LOWER": {"IN": ["site", "website", "shop", "store", "webshop", "blog", "homepage"]}},
            {"LOWER": {"IN": ["is", "lives", "runs", "sits"]}, "OP": "?"},
            {"LOWER": {"IN": ["at", "under"]}},
            hostname,
        ],
    )
    for pattern in EXISTING_FILING_PATTERNS:
        add("existing_filing", pattern)
    for pattern in CANNOT_COMPLETE_PATTERNS:
        add("can_complete_filing", pattern)
    for label, phrases in (
        ("cdn_coverage", CDN_PHRASES),
        ("china_presence", PRESENCE_PHRASES),
        ("access_method", ACCESS_PHRASES),
        ("commercial_license", LICENSE_PHRASES),
    ):
        for phrase in phrases:
            add(label, _tokens(nlp, phrase))
            if label == "cdn_coverage" and "cdn" in phrase.split():  # "global CDNs"
                add(label, _tokens(nlp, re.sub(r"\bcdn\b", "cdns", phrase)))
    return patterns


def check_patterns(patterns: List[Dict[str, object]]) -> None:
    """Raises `MatchPatternError` for token patterns spaCy's matcher would reject when
    validating (a phrase pattern, a string, is spaCy's phrase matcher's to check)."""
    errors = {
        i: found
        for i, entry in enumerate(patterns)
        if isinstance(entry["pattern"], list)
        for found in [validate_token_pattern(entry["pattern"])]
        if found
    }
    if errors:
        raise MatchPatternError("entity ruler", errors)


def build(output: Path) -> str:
    """Writes the pipeline to `output` and returns a fingerprint of what was built."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # (patterns checked here, once: checking its 3,800 patterns at every load was two thirds of
    # loading the pipeline, so most of the Rasa server's cold start)
    ruler = nlp.add_pipe(
        "indexed_entity_ruler",
        name="entity_ruler",
        config={"validate": False, "overwrite_ents": True},
    )
    nlp.initialize()
    patterns = build_patterns(nlp)
    check_patterns(patterns)
    ruler.add_patterns(patterns)
    nlp.meta["name"] = "icp_en"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "ICP Filing assistant: tokenizer, lookup lemmas, fact entity ruler"
    fingerprint = hashlib.sha256(
        json.dumps(patterns, sort_keys=True).encode() + spacy.__version__.encode()
    ).hexdigest()[:16]
    nlp.meta["fingerprint"] = fingerprint
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return fingerprint


def main(argv: Iterable[str]) -> None:
    args = list(argv)
    if len(args) != 1:
        sys.exit(__doc__)
    fingerprint = build(Path(args[0]))
    print(f"spaCy pipeline written to {args[0]} (fingerprint {fingerprint})")


if __name__ == "__main__":
    main(sys.argv[1:])
