"""The scope decision, as pure rules: does a message ask one of the FAQ's questions?

Pure Python (no Rasa): `components/scope_decision.py` applies it inside the NLU pipeline, and the
tests call it directly. Two kinds of evidence, both by subject rather than by sentence:

- **Subjects the FAQ does not cover** (fees, timing, document lists, the filing number and footer,
  PSB filing, settings and messages in a console, API or Terraform, SSL, speed, blocking and
  censorship, billing, changing or moving an existing filing, apps and mini programs, individuals,
  domain suffixes, other providers, licence types, what a filing is, subsidiaries): a message
  about one of them gets "not covered", whatever FAQ question it resembles.
- **What each FAQ question is about**: an answer is given only when the message carries its topic
  (a CDN answer needs a CDN, the province answer a province or where to file, …). A classifier
  that picked a question whose subject is absent was pulled to the nearest answer.
"""

import functools
import re
from typing import Dict, Iterable, List, Pattern, Tuple

from actions.decision import HONG_KONG as HONG_KONG_HOSTING
from actions.decision import INCLUDES_MAINLAND as CDN_INCLUDES_MAINLAND
from actions.decision import IP_ONLY
from actions.decision import MAINLAND_CHINA as MAINLAND_HOSTING
from actions.decision import OUTSIDE_MAINLAND as OUTSIDE_MAINLAND_HOSTING
from actions.decision import YES as HAS_A_FILING
from actions.places import (
    ABROAD,
    CDN_PROVIDERS,
    FOREIGN_ADJECTIVES,
    HONG_KONG,
    HOSTING_PROVIDERS,
    MAINLAND_CITIES,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
)
from actions.words_to_facts import (
    FIRST_PERSON,
    ORGANISATION,
    QUESTION_START,
    REP_OFFICE_PINYIN,
    SENTENCES,
    SERVER_WORDS,
    TEMPORARY_SERVER,
    asks_for_a_client,
    filing_out_of_reach,
    forgoes_the_filing,
    lacks_documents,
    last_question,
    lower_case,
    negation_marked,
    to_access_method,
    to_cdn_coverage,
    to_existing_filing,
    to_hosting_location,
    words_pattern,
)

# (category, pattern): what the FAQ says nothing about. Lower-case text.
# Content that has rules of its own ("is it legal to host a gambling site in China?").
_APPS_SITE = r"(?:'s)?\s+(?:web ?sites?|sites?|landing pages?|web ?pages?|homepage)\b"
_CONTENT_WITH_RULES = re.compile(
    r"\b(?:gambling|casinos?|betting|lotter(?:y|ies)|adult|porn\w*|xxx)\b"
)
# Services with licences of their own (news, audio-visual, education, online health and finance):
# the site is one ("a live-stream site", "an online pharmacy"), not a company's trade.
_REGULATED_SERVICES = re.compile(
    r"\blive[- ]?stream\w*|\bvideo (?:streaming|sharing) (?:platforms?|sites?|services?)\b|"
    r"\baudio-?visual\b|\bnews (?:portals?|services?|apps?)\b|\bonline news\b|"
    r"\bonline (?:education|learning|courses|schools?|publishing|pharmac\w*|banking|lending)\b|"
    r"\be-?learning\b|\btelemedicine\b|\bonline (?:medical|health) (?:services?|consultations?)\b|"
    r"\b(?:sell\w*|sale of)\s+(?:medicines?|drugs|prescription\w*)\b|"
    r"\bcrypto(?:currency)? exchanges?\b"
)


# What became of a filing: "the filing gets cancelled", "our ICP lapsed"
_A_FILINGS_END = (
    r"\b(?:filings?|icp|beian|record)\b[^.?!]{0,20}\b(?:revoked|cancell?ed|lost|"
    r"expired|transferred|lapses?|lapsed|de-?registered|withdrawn|removed|void(?:ed)?)\b"
)


# After a step is through, when a server filed with is let go or kept ("release the temp ECS as
# soon as the filing is approved")
_ONCE = r"\b(?:after(?!\s+all\b)|once|as soon as)\b"
_ONCE_OR_WHEN = r"\b(?:after|once|when|as soon as)\b"
# A server kept running, or paid for: "keep that one ECS we filed with running", "keep paying for
# the temporary instance"
_SERVER_KEPT_RUNNING = (
    r"(?:\b(?:keep|retain|maintain)\s+(?:[\w-]+\s+){0,3}?(?:ecs|instances?|servers?|vps|box)\b"
    r"[^.?!]{0,30}\b(?:running|alive|up|active|on|around|subscribed)\b|"
    # (paid for: "that temp ecs, do we keep paying for it forever after the filing is done?")
    r"\b(?:keep|continue|still)\s+paying\s+for\s+(?:(?:[\w-]+\s+){0,3}?(?:ecs|instances?|servers?|"
    r"vps|box)|it|them)\b)"
)
# The filing through: approved, or the filing (or "it") done (not "once the move was done")
_THE_FILING_THROUGH = (
    r"\b(?:approved|approval|granted|(?:filing|icp|beian|it)\s+(?:is\s+|was\s+|has been\s+|"
    r"gets\s+|'s\s+)?(?:done|completed?|through|thru))\b"
)
# ... or let go: "release the ECS", "can we drop it"
_SERVER_ENDED = (
    r"(?:releas|delet|cancel|terminat|shut|drop|dump|kill|decommission|unsubscrib)\w*|"
    r"stop\s+paying\s+for|get\s+rid\s+of"
)


# Web sites that are not public: staging, intranet and internal tools (no website for the FAQ's
# "open your website for visit", but a site all the same when hosted outside mainland China)
_WEB_BUT_NOT_PUBLIC = (
    r"\bstaging\b|\bintranet\b|\binternal (?:use|only|sites?|tools?|systems?|apps?|portals?|"
    r"dashboards?|wikis?)\b|\bnot (?:open to the )?public\b"
)


def _already_had(things: str) -> str:
    """A pattern for one of `things` said to be had already ("we already have an ICP filing")."""
    return (
        r"\balready (?:have|got|hold|own)\s+(?:one|it|(?:(?:an?|the|our|my|its|their)\s+)?"
        rf"(?:[\w-]+\s+)?(?:{things}))\b"
    )


# What one needs before doing something ("what do we need in order to apply?", "what do i need to
# have to file?"): the documents subject's words, and, for a company whose presence is told, what
# the physical office answer says (_lifted)
_WHAT_WE_NEED_TO = (
    r"\bwhat (?:do|would|will|should) (?:i|we|you) need (?:to (?:have|get|prepare|bring) )?"
    r"(?:in order )?to "
)


# Why a filing is needed at all, asked of no case ("Why is ICP Filing Necessary"): what it is
# for, which the FAQ does not say
_WHY_NEEDED_AT_ALL = re.compile(
    r"\bwhy\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:icp|beian)(?:\s+(?:filings?|registration|"
    r"licen[cs]es?))?\s+(?:so\s+|even\s+|really\s+)?(?:necessary|needed|required|"
    r"mandatory|a must|compulsory)\s*(?:at all\s*)?(?:in china\s*)?(?:[?.!]|$)|"
    # ... or of the state that requires it: "Why does China require ICP filing at all?"
    r"\bwhy\s+(?:(?:does|do|would)\s+)?(?:china|the (?:chinese )?government|the state|beijing|"
    r"the miit|miit|the law|chinese law|the authorities)\s+(?:even\s+|really\s+)?(?:require|need|"
    r"want|demand|insist on)s?\s+(?:an?\s+|the\s+)?(?:icp|beian|it|this|that)"
    r"(?:\s+(?:filings?|registration))?"
    r"\s*(?:at all\b|(?:in the first place|anyway)\b|[?.!]|$)|"
    # what it is for, the filing named before: "... curious what it's for", "what's it for?"
    r"\b(?:icp|beian|filing)\b[^?]{0,150}?\bwhat(?:\s+(?:it|this|that)(?:'s|\s+is)|(?:'s|\s+is)\s+"
    r"(?:it|this|that))\s+(?:really\s+|actually\s+|even\s+)?for\s*(?:[?.!]|$)"
)


# An office in China or its certificate, by name (not the filing's own certificate)
_OFFICE_PAPER = (
    r"(?:(?:rep(?:resentative)?|permanent|foreign enterprises?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:office\s+)?(?:registration\s+)?certificate|(?:office|registration)\s+certificate|"
    r"rep(?:resentative)?\s+office|permanent\s+office)\b"
)

UNCOVERED: Dict[str, Pattern] = {
    name: re.compile(pattern)
    for name, pattern in {
        "cost": r"\b(?:(?:cheap|cheaper|cheapest|affordable|inexpensive)\s*\?|"
        r"(?:any|a|the|is it)\s+"
        r"(?:free or\s+)?(?:cheap|cheaper|cheapest|affordable|inexpensive)\b(?![- ](?:fashion|"
        r"clothing|goods|products?|shop|store|brand))|"
        r"fees?|costs?|costing|price|pricing|how much|charged?|charges|"
        # "how expensive is it to get an ICP?", "how difficult/expensive/slow is it?", "is it
        # costly?" (not "the most expensive Enterprise plan")
        r"how\s+(?:[\w-]+\s*/\s*)*(?:expensive|pricey|costly)|"
        r"(?:is|are|be)\s+(?:it\s+|that\s+|this\s+)?(?:very\s+|too\s+|so\s+|really\s+)?"
        r"(?:expensive|pricey|costly)|(?:expensive|pricey|costly)(?=\s*\?)|"
        # (a kind of site, not a price: "its a paid platform", "paid courses")
        r"paid(?!\s+(?:content|subscriptions?|users|members|memberships?|plans?|courses?|tiers?|"
        r"apps?|downloads?|platforms?|sites?|websites?|saas|communit(?:y|ies)|"
        r"newsletters?)\b)|"
        r"refund\w*|billing|billed|invoices?|rmb|yuan|credit card|free of charge|for free|"
        r"discounts?|coupons?|vouchers?|"
        # "is the filing free if we do it ourselves?" (not "free from", "free trade")
        r"(?:is|are|be)\s+(?:it|this|that|(?:the\s+|an?\s+)?(?:icp|beian|filing)(?:\s+\w+){0,2}?)"
        r"\s+free\b(?!\s+(?:from|of|trade|to|for)\b)|"
        # (not a site that takes payments: "our payment page is hosted in Beijing")
        # (nor a part of it: "a payment service on ECS")
        r"payments?(?!\s+(?:pages?|sites?|forms?|portals?|gateways?|services?|apps?|systems?|"
        r"modules?|backends?|servers?)\b)|"
        # (nor a way to pay by its brand: "our storefront accepts Apple Pay")
        r"(?<!wechat )(?<!apple )(?<!google )(?<!amazon )(?<!samsung )(?<!union )(?<!we chat )"
        # (nor a host name's label: "pay.ourshop.com")
        r"(?<!\.)pay(?!\s+attention)(?!\.\w)"
        r"(?!\s+for\s+(?:our|the|an?|my)\s+(?:[\w-]+\s+)?(?:ecs|servers?|instances?|hosting)))\b",
        "time": r"\bhow long\b|\bhow many (?:\w+ )?(?:days|weeks|months|hours)\b|"
        # when the filing can be started, against a move ("can we start the filing now while
        # we're still on the sg servers, or only after the move?")
        # (only against a move: "can i start the icp now?" of a site reached by IP asks whether
        # it can be filed at all)
        r"\b(?:start|begin|kick off|prepare|submit)\s+(?:the\s+|our\s+|an?\s+)?(?:icp\s+)?"
        r"(?:filing|application|beian|icp)\s+(?:(?:now|already|early|in advance|ahead of time|"
        r"right away)\b[^.?!]{0,80}\b(?:move|moving|migrat\w*|switch\w*|relocat\w*)|"
        r"before (?:we|the|our) (?:move|moving|migrat\w*|switch\w*|relocat\w*))\b|"
        r"\bprocessing time\b|"
        # "does it take long for the bureau to approve?" (a duration: not "what does it take to
        # complete an ICP filing?")
        r"\b(?:take|takes|taking|took)\s+(?:about\s+|around\s+|roughly\s+)?(?:\d+|a few|several|"
        r"long|longer|a while|days?|weeks?|months?)\b[^.?!]{0,25}\bto (?:approve|process|review|"
        r"complete|finish|get (?:it )?approved)\b|"
        # a duration told ("the review takes about 20 working days", "shut down within 24
        # hours", "offline for two weeks"); not the temporary ECS's three-month subscription
        r"\b(?:review|approval|process\w*|filing|application|beian|icp|it|this|that)\s+"
        r"(?:\w+\s+){0,2}?(?:takes?|took|taking|lasts|lasted)\s+(?:about\s+|around\s+|"
        r"roughly\s+|up to\s+|only\s+|at least\s+|over\s+)?(?:\d+|an?|one|two|three|four|five|"
        r"six|ten|twenty|thirty|a few|several|a couple of)\s+(?:working\s+|business\s+|"
        r"calendar\s+)?(?:hours?|days?|weeks?|months?)\b|"
        r"\bwithin\s+(?:\d+|an?|one|two|three|a few)\s+(?:working\s+|business\s+)?"
        r"(?:hours?|days?|weeks?)\b|\bthe \d+[- ](?:hours?|days?)\b|"
        # down for a while while the filing is reviewed
        r"\b(?:offline|down|unavailable|suspended)\s+for\s+(?:about\s+)?(?:\d+|an?|one|two|three|"
        r"a few|several)\s+(?:days?|weeks?|months?)\b[^.?!]{0,30}\b(?:review|filing|approval|"
        r"beian|icp)\b|"
        r"\bturnaround\b|\bvalidity\b|\bexpir\w*|"
        # (the filing's renewal, not a sales one: "pls confirm before the renewal call")
        r"\brenew(?:al|als|ed|ing|s|d)?\b(?!\s+(?:calls?|meetings?|talks?|discussions?|"
        r"negotiations?)\b)|"
        r"\bvalid (?:forever|for ever|permanently|for life|for how long)\b|"
        r"\bhow (?:fast|soon|quickly)\b|"
        # "how difficult/expensive/slow is it to get an ICP?": the filing's pace, not the site's
        r"\bhow\s+(?:[\w-]+\s*/\s*)*(?:slow|quick)\s+(?:is\s+)?(?:it\s+)?(?:to\s+)?(?:get|getting|"
        r"obtain\w*|file|filing|the (?:filing|approval|review|process))\b|"
        r"\bwhen will\b",
        # A list of documents; not which existing documents can be used (the physical office
        # answer).
        # (and the language they are in: "must every document be translated into Chinese?")
        "documents": r"\b(?:documents?|papers|materials?)\b[^.?!]{0,30}\btranslat\w*|"
        r"\btranslat\w*\b[^.?!]{0,30}\b(?:documents?|papers|materials?)\b|"
        r"\b(?:filing|beian|application|documents?)\b[^.?!]{0,20}\bin english\b|"
        r"\b(?:list of|required|requirements?|kinds? of|types? of|checklist)\b"
        r"[^.?!]{0,40}"
        r"\b(?:documents?|materials?|paperwork|papers|certificates?|forms(?!\s+of\b))\b|"
        r"\b(?:documents?|materials?|paperwork|papers)\b[^.?!]{0,25}\b(?:required|requirements?|"
        r"requires?|needed|need|necessary|to (?:provide|submit|upload|prepare|gather))\b|"
        # (not a checklist's line named: "Checklist item 2: filing province = ...")
        r"\bchecklist\b(?!\s*(?:items?\b|notes?\b|questions?\b|[:,-]))|"
        r"\b(?:docs?|documents?|papers|paperwork|materials?)\s+list\b|"
        # what to hand in (not which existing documents may be used: the physical office answer)
        r"\b(?:what|which)\s+(?:\w+\s+)?(?:documents?|papers|paperwork|materials?)\b[^.?!]{0,30}"
        r"\b(?:hand in|hand over|submit|provide|prepare|bring|upload|send|gather|collect)\b|"
        # ... or the forms an authority expects: "which forms does the province expect?"
        # (not kinds: "which forms of CDN need a filing?")
        r"\b(?:what|which)\s+(?:\w+\s+)?forms\b(?!\s+of\b)(?!\s+the\b)(?!\s+(?:can|could|may|might)\s+"
        r"(?:a|an|the|foreign|our|my)\b)|"
        # (paperwork as the filing itself: "to avoid paperwork", "is there any paperwork with the
        # regulators before launch?")
        r"\bpaperwork\b(?<!avoid paperwork)(?<!avoiding paperwork)(?<!skip paperwork)"
        r"(?<!skipping paperwork)(?<!without paperwork)(?<!without the paperwork)(?<!no paperwork)"
        # (the filing by another name: "never bothered with Chinese paperwork", "to skip the
        # paperwork", "the ICP paperwork can follow later")
        r"(?<!chinese paperwork)(?<!icp paperwork)(?<!beian paperwork)(?<!skip the paperwork)"
        r"(?<!avoid the paperwork)"
        # (nor what something is bought for: "a server in China just for the paperwork")
        r"(?<!for the paperwork)(?<!for paperwork)"
        # (only as what to hand in: "any paperwork we must prepare?", not the filing by a name
        # of the writer's, "the firewall paperwork")
        r"(?=\s+(?:(?:we|i)\s+(?:must|need|have to|should)|to prepare|for the|"
        r"(?:is\s+)?(?:needed|required))\b)|"
        # ... or how much or which of it: "is there a lot of paperwork to obtain the ICP?", "what
        # paperwork changes?"
        r"\b(?:a lot of|lots of|(?:too |so |how )?much|loads of|tons of|amount of|what|which)\s+"
        r"(?:\w+\s+)?paperwork\b|"
        r"\b(?:fill\w*|submit\w*|download\w*)\b[^.?!]{0,20}\bforms?\b|\bapplication forms?\b|"
        r"\b(?:what|which) forms?(?: (?:do|does|should|must|to|is|are|and)\b|\s*[?,])|"
        r"\b(?:id cards?|passports?|upload)\b|"
        r"\b(?:verification|face|backdrop|curtain|id|portrait)\s+photos?\b|"
        r"\bphotos?\s+(?:verification|for (?:the )?(?:filing|beian|icp|application))\b|"
        r"\b(?:take|taking|took)\s+(?:a\s+|the\s+)?photos?\b|"
        # (also with what is to be had first: "what do i need to have to apply for my icp?")
        + _WHAT_WE_NEED_TO
        + r"(?:apply|file|submit|provide|prepare|request|get|"
        r"obtain|acquire|register)\b|"
        # (not "how do I apply": the FAQ's load balancer question asks that)
        r"\bhow (?:do|can|to) (?:i |we )?(?:submit|prepare)\b|"
        # how to come by a supporting paper ("how can I request the access provider's
        # qualification certificate?"; not the permanent office's registration certificate, which
        # the FAQ names)
        r"\bhow (?:do|can|could|should|to) (?:i |we )?(?:request|obtain|get|ask for)\b[^.?!]{0,40}"
        r"\b(?:qualification|proof|authori[sz]ation|commitment|verification)\s+"
        r"(?:certificates?|letters?|documents?)\b",
        "number_and_footer": r"\bfooter\b|\bbottom of\b|\b(?:icp|filing|registration|record|beian|"
        r"serial|service|identification)\s+(?:number|no\b|code|id\b)|"
        r"\bauthori[sz]ation code\b|\bofficial registration\b|"
        r"\bdisplay\w*\b[^.?!]{0,30}\b(?:icp|beian|number|filing|licen[cs]e|record)\b|"
        # (not a site showing its own content: "licences are not required to display content")
        r"\b(?:icp|beian|number|filing|licen[cs]e|record)\b[^.?!]{0,30}\bdisplay\w*"
        r"(?!\s+(?:(?:the|our|your|its|their|any)\s+)?(?:content|contents|pages?|sites?|websites?|"
        r"images?|videos?|products?|ads?)\b)|"
        # putting the filing's details on the site: "add the beian information to the page"
        r"\b(?:add|put|show|place|insert)\w*\s+(?:(?:the|our|my|an?)\s+)?(?:\w+\s+)?"
        r"(?:icp|beian|filing)\s+(?:info\w*|details|text|link|badge|logo)\b",
        # how many filings, sites or domains an account may hold, and other limits (the FAQ's
        # only number is the CDN's three-month ECS subscription)
        "limits": r"\bhow many\b"
        r"(?! (?:months?|weeks?|days?|hours?|years?|working days|business days))|"
        # one server for several filings: "can one temporary ECS be shared by two companies?"
        # (not one server running two sites: "one ECS in Shanghai runs two sites, both need ICP?")
        r"\b(?:share[sd]?|sharing|reuse[sd]?|re-use[sd]?)\s+(?:the\s+|one\s+|a\s+|our\s+)?"
        r"(?:(?:temporary\s+(?:[\w-]+\s+)?(?:ecs|instance|server)s?\b)|(?:[\w-]+\s+){0,2}?"
        r"(?:ecs|instance|server)s?\b[^.?!]{0,30}\b(?:with|between|for|across)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:compan\w+|filings?|entit\w+|subsidiar\w+|applications?))|"
        r"\b(?:ecs|instance|server)s?\s+(?:be\s+|being\s+)?(?:share[sd]?|sharing|reuse[sd]?|re-used?)\b"
        r"[^.?!]{0,50}\b(?:two|three|several|multiple|different|both|many|all (?:our|the)|other)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:compan\w+|filings?|domains?|sites?|websites?|entit\w+|accounts?|"
        r"brands?|subsidiar\w+)\b|"
        # (not the verb: "we'll limit it to outside mainland only")
        r"\bquotas?\b|\blimits?\b(?!\s+(?:it|them|this|that|the \w+|our \w+|acceleration)\s+to\b)|"
        r"\bmaximum\b|"
        r"\bat most\b[^.?!]{0,20}\b(?:domains?|sites?|websites?|filings?|records?)\b|"
        # (not the rule: "each website is obliged to provide its details")
        r"\b(?:each|per|several|multiple) (?:domains?|websites?|sites?)\b"
        r"(?!\s+(?:is|are)\s+(?:obliged|obligated|required)\b)|"
        # a filing for each ("one ICP for every domain?"; not the general rule: "every website
        # visible in China needs ICP?", "every site on a mainland server must file")
        # ("every site w/ its own domain running in cn needs a license")
        r"\bevery (?:domains?|websites?|sites?)\b(?!\s+(?:visible|accessible|viewable|in|on|hosted|"
        r"served|with|w/|under|operating|"
        r"running|that|which|needs?|requires?|must|shall|has to|is|serving)|"
        # ... nor one the rule picks out by its readers: "every website chinese people can open"
        r"\s+(?:[\w'-]+\s+){0,2}?(?:people|users|visitors|readers|anyone|everyone|chinese)\s+"
        r"(?:in\s+china\s+)?(?:can|could|may|will)\s+(?:open|see|access|visit|view|reach|load)\b)",
        # servers that are not websites (the FAQ is about websites)
        "not_websites": r"\b(?:mail|email|e-mail|smtp|game|mqtt|iot|tcp|udp|ftp|database|vpn|"
        r"proxy|minecraft|teamspeak|voice|git)\s+(?:servers?|brokers?|services?|backends?|"
        r"relays?)\b|"
        # (not the filing's consequence: "no beian = no website?")
        r"(?<!= )(?<!=)(?<!means )\b(?:no|not a|without a) website\b|"
        # (an IoT site's web front is a website: "our IoT dashboard, reached by its IP")
        r"\biot\b(?!\s+(?:dashboards?|portals?|websites?|sites?|web\s*apps?|consoles?|admin))|"
        r"\bmqtt\b|\bno public access\b|\bprivate network\b|"
        # a server for backups, or one in mainland China (not the site's backup abroad: "primary
        # in Hangzhou, a backup in HK")
        r"\bbackups?\s+(?:servers?|storage|data|files|only)\b|\b(?:for|only|just) backups?\b|"
        r"\bbackups?\b[^.?!,;]{0,30}(?:"
        + words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES) + ("mainland", "china"))
        + r")|"
        # an API alone ("an API backend for our app"), not an API beside a website
        r"\bapi (?:backends?|servers?|endpoints?)\b(?![^.?!]{0,30}\b(?:websites?|sites?)\b)|"
        r"\b(?:only|just) an? api\b|\bapi[- ]only\b|"
        # sites not open to the public (the FAQ is about opening a website for visits)
         + _WEB_BUT_NOT_PUBLIC + r"|"
        r"\bonly (?:by )?(?:our |the )?(?:devs|developers|employees|staff|team)\b"
        r"(?!\s+(?:and|&|or)\s+(?:our\s+|the\s+)?(?:customers|clients|users|visitors|public))|"
        r"\b(?:test|testing|dev|development) environments?\b|"
        r"\bsandbox\b",
        # registrations and rules other than the filing
        "other_registrations": r"\btrademarks?\b|\btax(?:es)?\b|\bvat\b|\bcopyright\b|"
        # the multi-level protection scheme ("MLPS (dengbao) certification")
        r"\bmlps\b|\bdeng ?bao\b|\bmulti-?level protection\b|"
        r"\breal[- ]name\b|\bbank accounts?\b|"
        # (a complaint to make, not users complaining that the site is slow)
        r"\blegal representatives?\b|\bvisas?\b|\bphone numbers?\b|\bcomplaints?\b|"
        # (the writer's own, to make: "how do I complain", "where can we complain"; not users
        # who complain that the site is slow)
        r"\b(?:i|we|to)\s+(?:\w+\s+)?complain\b|"
        r"\b(?:create|sign(?:ing)? up|register)\w*\b[^.?!]{0,30}\baccounts?\b|"
        r"\bopen\w*\s+(?:an?\s+|the\s+)?(?:\w+\s+)?accounts?\b"
        r"(?![^.?!]{0,40}\b(?:brought up|mentioned|said|told)\b)|"
        # (not a time: "before we sign up: do we need ...")
        r"(?<!before )(?<!after )(?<!once )(?<!when )(?<!until )"
        r"\b(?:i|we|should we|do we|can we|to) sign(?:ing)? up\b",
        # where users' data is kept, and content rules
        "data_and_content": r"\bdata (?:storage|locali[sz]ation|export|transfers?|protection)\b|"
        r"\bgdpr\b|\bprivacy (?:laws?|rules|regulations?|policy|polic(?:y|ies))\b|"
        # who may watch the traffic ("CDNs within China ... are subject to government
        # surveillance")
        r"\bsurveil\w*|\bwiretap\w*|\binterception\b|\blawful access\b|"
        + _CONTENT_WITH_RULES.pattern
        + r"|"
        + _REGULATED_SERVICES.pattern
        + r"|"
        r"\bstor\w*\b[^.?!]{0,30}\bdata\b|\bpersonal (?:data|information)\b|\bpipl\b|"
        r"\bcollect\w*\b[^.?!]{0,30}\b(?:e-?mails?|data|phone numbers?|addresses)\b|"
        r"\bpre-?approv\w*|\bcontent\b[^.?!]{0,25}\bapprov\w*|\bapprov\w*[^.?!]{0,25}\bcontent\b|"
        # what the site says, changed for the filing: "do we need to change our website content
        # for the filing?"
        r"\b(?:need|needs|have|has|must|should)\s+(?:to\s+)?(?:\w+\s+)?(?:chang|modif|adjust|edit|"
        r"alter|censor|remov|translat|rewrit)\w*\s+(?:\w+\s+){0,3}?"
        r"(?:content|texts?|wording|copy|images?|pictures?)\b|"
        # the site's language ("must the site be in Chinese?", "an English-only site"; not
        # "in Chinese mainland")
        r"\b(?:sites?|website|content|pages?|text|copy)\b[^.?!]{0,30}\bin (?:simplified )?"
        r"(?:chinese|mandarin|english)\b(?=\s*(?:[?.,;!)]|$|only\b|too\b|first\b|before\b|"
        r"to (?:pass|get|file|be)\b))|"
        r"\benglish[- ]only\b|\blanguage (?:requirements?|rules?|versions?)\b|"
        # (a version asked for, not one that exists: "the box in Qingdao serves the Chinese
        # version")
        r"\b(?:need|needs|require\w*|must|mandatory|have to|has to)\b[^.?!]{0,30}"
        r"\b(?:chinese|english|mandarin)[- ](?:language )?(?:versions?|translations?)\b|"
        r"\b(?:chinese|english|mandarin)[- ](?:language )?(?:versions?|translations?)\b"
        r"[^.?!]{0,30}\b(?:needed|required|mandatory|necessary|must)\b|"
        r"\btranslat\w*\b[^.?!]{0,25}\b(?:sites?|website|content|pages?)\b|"
        r"\b(?:sites?|website|content|pages?)\b[^.?!]{0,20}\btranslat\w*",
        # whose name a filing is in
        # (and the site's title or name in it: "what titles are acceptable?")
        "filing_details": r"\b(?:website|site) (?:titles?|names?)\b|"
        # who the entity's people must be ("does the branch's legal rep have to be a chinese
        # national?", "must the person in charge live in China?")
        r"\b(?:legal (?:rep|representative|person)|person in charge|responsible person|"
        r"principal|director|contact person)s?\b[^.?!]{0,30}\b(?:have to|has to|must|need to|"
        r"needs to|required to|should|can|may)\s+(?:be|have|hold|live)\b[^.?!]{0,30}\b(?:national|"
        r"citizen|"
        r"nationality|resident|residency|passport|live|living|chinese|foreigner)\b|"
        r"\b(?:must|does|do|should|can|may|has|have)\s+(?:the|our|their|a)\s+(?:[\w-]+(?:'s)?\s+){0,2}?"
        r"(?:legal (?:rep|representative|person)|person in charge|responsible person|director)s?\b"
        r"[^.?!]{0,40}\b(?:national|citizen|nationality|resident|residency|passport|chinese|"
        r"foreigner)\b|"
        # which account holds what ("under a different Alibaba Cloud account than the CDN")
        # (or "the same account as the CDN?")
        r"\b(?:different|another|separate|other|second|same|one)\s+(?:alibaba(?: cloud)?\s+|"
        r"aliyun\s+)?accounts?\b(?=[^.!]*\?)|"
        r"\btitles?\b[^.?!]{0,20}\b(?:acceptable|allowed|rejected|accepted)\b|"
        r"\b(?:in|under) (?:the |our |my )?(?:company's|website's|person's|"
        r"whose) name\b|\bwhose name\b|\b(?:in|under) the name of\b|"
        # a filing in someone else's name or company ("under their company", "via his licence")
        r"\bunder (?:their|his|her|another(?: company's)?|someone else's)\s+"
        r"(?:licen[cs]e|name|company|entity)\b|"
        r"\b(?:through|via|using) (?:their|his|her|another(?: company's)?|someone else's)\s+"
        r"licen[cs]e\b|"
        r"\b(?:in|under) (?:the |our |my |a )?(?:\w+ )?(?:customer|client|partner|employee|friend|"
        r"agent|staff|colleague)(?:'s|s')? (?:name|company|entity|account)\b",
        # advertising and search engines
        # (not a claim made for something: "CDN acceleration advertised as needing no beian")
        "marketing": r"\badvertis\w*\b(?<!advertised)(?<!advertises)|"
        r"\badvertis(?:ed|es)\b(?!\s+as\b)|"
        r"\bads\b|\bcampaigns?\b|\bseo\b|"
        # (not the team: "if marketing ever wants mainland coverage on the CDN, ...")
        # ("if marketing switches it to plain Global later": the team as who acts)
        r"\bmarketing\b(?!\s+(?:(?:later|ever|then|now|also)\s+)?(?:requires?|wants?|asks?|needs?|"
        r"decides?|team|dept|department|colleagues|people|folks|guys|switch(?:es|ed)?|turns?|"
        r"turned|sets|changes?|changed|moves?|moved|flips?|flipped|enables?|enabled|adds?|added|"
        r"keeps?|says|said|insists?|plans?|planned|will|would|could|might|may|should|"
        r"(?:is|was) (?:pushing|asking|planning|insisting))\b)|"
        r"\bsearch engines?\b|\bsearch rankings?\b|"
        # ("will Baidu rank us lower without an ICP number?")
        r"\bbaidu\b[^.?!]{0,20}\brank\w*|\brank\w*\b[^.?!]{0,20}\bbaidu\b",
        "psb": r"\bpsb\b|\bpublic security\b|\bgong ?an\b|\bpolice\b",
        # how a filing is reviewed, and why one was turned down ("icp rejected, why??", "common
        # reasons for rejection"); not a filing out of reach, the no-filing case ("our
        # application got rejected. What now?")
        "review": r"\b(?:rejected|refused|denied|turned down|failed)\b[^.?!]{0,25}\bwhy\b|"
        # what is wrong, asked after a rejection ("rejected twice for 'inconsistent
        # information', no details. whats usually wrong")
        r"\b(?:icp|beian|filing|application|record|submission)\b[^.?!]{0,30}"
        r"\b(?:rejected|refused|denied|turned down|bounced)\b.{0,120}?\b(?:what'?s|what is|"
        r"what was|what could be|what went)\s+(?:usually\s+|typically\s+|normally\s+|likely\s+)?"
        r"(?:wrong|the (?:problem|issue|reason|cause))\b|"
        # audits and inspections of a filed site ("what triggers an ICP audit?"; not an auditor)
        r"\baudits?\b|\binspections?\b|\binspect(?:s|ed|ing)?\b|"
        r"\bwhy\b[^.?!]{0,50}\b(?:rejected|refused|denied|turned down|rejection|refusal)\b|"
        r"\breasons?\b[^.?!]{0,20}\b(?:rejections?|refusals?|rejected|refused|denied)\b|"
        r"\b(?:rejection|refusal) reasons?\b|"
        # a rejection's message explained: "rejected with '...' - what does that mean?"
        r"\b(?:icp|beian|filing|application|record)\b[^.?!]{0,20}\b(?:rejected|refused|denied|"
        r"returned|came back|bounced)\b[^?!]{0,80}\bwhat does (?:that|this|it) mean\b|"
        r"\bre-?verif\w*|\bre-?review\w*|"
        r"\b(?:review|approval) (?:criteria|standards?|checks?)\b|"
        r"\bwhat (?:do|does) (?:the reviewers?|the bureau|the authorit(?:y|ies)) (?:check|"
        r"look (?:at|for)|review)\b",
        # (not an API that is hosted like a site: "our API and website run on ECS")
        "settings": r"\bterraform\b|(?<!our )(?<!my )(?<!their )\bapi\b(?!\.\w)"
        r"(?!\s+(?:and|runs?|on|in|server|servers|backend|is hosted|sits|lives|box|boxes|ecs|"
        r"instances?|vms?|hosts?|nodes?|part)\b)"
        r"(?![^.?!]{0,40}\b(?:runs?|run on|running on|hosted|lives|sits)\b)|"
        r"\bsdk\b|\bcli\b|\bconsole\b|\btxt record\b|\bcname\b|"
        # how a CDN fetches from its origin: "can your CDN pull from an OVH origin at all?"
        r"\b(?:pull|pulls|pulling|fetch|fetches|fetching)\s+from\s+(?:an?\s+|the\s+|our\s+)?"
        r"(?:[\w-]+\s+)?origins?\b|\borigin (?:pull|fetch)\b|"
        r"\bdns (?:records?|resolution|settings?)\b|"
        # (not the whole set-up told: "is a filing mandatory in this configuration?")
        r"(?<!this )(?<!that )(?<!such a )(?<!present )(?<!current )(?<!proposed )(?<!above )"
        r"(?<!described )(?<!same )(?<!planned )\bconfig(?:uration|urations|s)?\b(?!')|"
        # DNS records by type, and the DNS service ("add an A record in Alibaba Cloud DNS")
        r"\ban a records?\b|\b(?:aaaa|mx|srv|caa)\s+records?\b|\b(?:alibaba cloud|aliyun)\s+dns\b|"
        r"\balidns\b|"
        r"\bparameters?\b|"
        r"\bssl\b|\bhttps\b|\btls\b|"
        # how a CDN routes traffic ("which PoP is used?"; not where it has them: "no PoPs in
        # China" is its coverage)
        # (nor "POPs inside mainland China", also where it has them; "which PoPs in mainland
        # China will visitors hit?" is routing again)
        r"\b(?:which|what)\s+pops?\b|"
        r"\bpops?\b(?<!no pop)(?<!no pops)(?<!china pops)(?<!mainland pops)(?<!chinese pops)"
        r"(?!\s+(?:in|inside|within|across|covering)\s+(?:the\s+)?(?:chinese\s+)?(?:mainland|china|"
        r"prc))|"
        r"\bpoints? of presence\b(?<!no points of presence)(?<!mainland points of presence)"
        r"(?<!china points of presence)(?<!chinese points of presence)"
        r"(?!\s+(?:in|inside|within|across|covering)\s+(?:the\s+)?(?:chinese\s+)?"
        r"(?:mainland|china|prc))|"
        r"\bscheduling\b|\brouting\b|"
        r"\bhealth ?checks?\b|\bsecurity groups?\b|\blisteners?\b|\bbackend ports?\b|"
        r"\berror\w*|\bprompt\w*|\bbutton\b",
        # What a console or page shows ("why does it show that this ECS instance ..."), unless what
        # it shows is the FAQ's own point ("the page says ICP is required, our server is in ...").
        "messages": r"\bwhy (?:does|do|did) (?:it|the \w+|this \w+) (?:show|say|display)\b|"
        r"\b(?:it|console|page|system|portal) (?:shows|says|displays|showed|said) "
        r"(?:that|an?)\b",
        "blocking": r"\bcensor\w*|\bgfw\b|\bgreat firewall\b|\bblocked\b|\bblocking\b|"
        r"\bblocks?\s+(?:it|us|them|our|my|the|your|this|that|access|visitors|users|sites?|"
        r"websites?)\b|\bbanned\b|"
        r"\binaccessible\b|\bnot accessible\b|\bcan'?t (?:be )?access\w*\b|"
        r"\bunstable\b|\btimeouts?\b|\bvpn\b",
        # Changing, moving or losing a filing (not "does that change anything").
        # a filing done again: "must the beian be done again?" (not once a load balancer is
        # added: the FAQ's SLB answer says what to do then; more servers behind one are not)
        "existing_filing": r"^(?!.*\b(?:add\w*|introduc\w*|put\w*|plac\w*|us(?:e|es|ing)|"
        r"deploy\w*|set\w* up|switch\w* to|mov\w* to)\s+(?:an?\s+|the\s+|our\s+)?(?:new\s+)?"
        r"(?:slb|load[- ]balanc\w*)\b)(?!.*\b(?:slb|load[- ]balancer)(?:'s)?\s+ips?\b).*?(?:"
        r"\b(?:filing|icp|beian)\b[^.?!]{0,30}\b(?:redone|re-?done|done again|re-?filed|"
        r"re-?submitted)\b|\b(?:redo|re-?file|refile|re-?submit)\s+(?:the\s+|our\s+)?"
        r"(?:filing|icp|beian)\b)|"
        r"\b(?:chang\w*|modif\w*|transfer\w*|cancel\w*|revok\w*|lost|lose|"
        r"regain\w*|restor\w*|reuse|migrat\w*|mov(?:e|es|ed|ing))\s+(?:(?:an?|the|our|my|its|their|"
        r"this|that)\s+)?(?:\w+\s+)?(?:filings?|icp|beian|record|province|"
        # (not an entity's own registration moved: "moving our entity's registration to Hainan")
        r"(?:entity|subject)(?!['’]s\b))\b|"
        # (not the commercial licence's information, updated when moving to a load balancer)
        r"\b(?:updat\w*|amend\w*)\s+(?:(?:an?|the|our|my|its|their|this|that)\s+)?(?:\w+\s+)?"
        r"(?:filings?|icp|beian)\b(?!\s+(?:commercial|licen[cs]es?|information|info)\b)|"
        r"\bre-?do(?:ne|ing)?\s+(?:(?:the|our|my|an?|its|their)\s+)?(?:icp|beian|filing|record)\b|"
        + _A_FILINGS_END
        + r"|"
        # how far a filing reaches: "can that filing also cover the parent company's other
        # domains?" (not whether the rule applies: "does the ICP rule apply to our other sites?")
        r"\b(?:filings?|icp|beian|record|licen[cs]es?)\b(?:\s+(?:number|no\.?))?"
        # (or named just before: "it has its beian - could it also cover ...?")
        r"(?:\s+|[^.?!]{0,20}\b(?:can|could|will|would|does|do)\s+(?:it|that|this|one)\s+)"
        r"(?:(?:also|still|then|now)\s+)?(?:(?:can|could|will|would)\s+(?:also\s+)?)?"
        r"(?:cover|covers|include|includes|extend\w*\s+to|be (?:used|shared|reused) for|"
        r"be extended to)\b[^.?!]{0,40}\b(?:other|more|additional|another|second|extra|sister|"
        r"parent|several|multiple|all (?:our|the|of our))\b[^.?!]{0,25}\b(?:domains?|sites?|"
        r"websites?|compan\w+|subsidiar\w+|brands?|entit\w+)\b|"
        r"\bre-?fil\w*|\brefil\w*|"
        # (a filing deregistered, not a rep office: "cust deregistered their Shenzhen rep office")
        r"\bde-?regist\w*\s+(?:(?:the|our|my|its|their|an?)\s+)?(?:[\w-]+\s+)?(?:filings?|icp|"
        r"beian|record|domains?|sites?|websites?)\b|"
        # what becomes of the server used to file once the filing is through: "after the CDN
        # filing is approved, can we release the temporary ECS?" (the FAQ gives only its minimum
        # subscription)
        r"\b(?:" + _SERVER_ENDED + r"|renew\w*)\b[^.?!]{0,30}"
        r"\b(?:ecs|instances?|servers?|vps|box)\b[^.?!]{0,30}"
        + _ONCE
        + r"[^.?!]{0,30}"
        + _THE_FILING_THROUGH
        + r"|"
        + _ONCE
        + r"[^.?!]{0,50}"
        + _THE_FILING_THROUGH
        + r""
        r"[^.?!]{0,60}\b(?:" + _SERVER_ENDED + r"|renew\w*)[^.?!]{0,30}"
        r"\b(?:ecs|instances?|servers?|vps|box)\b|"
        # ... the server named first: "May the temporary instance be released once the filing is
        # approved?"
        r"\b(?:ecs|instances?|servers?|vps|box)\b[^.?!]{0,15}\b(?:be|get|gets)\s+"
        r"(?:" + _SERVER_ENDED + r")[^.?!]{0,30}" + _ONCE_OR_WHEN + r"[^.?!]{0,40}"
        r"\b(?:approved|approval|done|completed?|granted|through|thru)\b|"
        # ... or kept running after a step: "after the DNS points at the SLB, do we have to keep
        # that one ECS we filed with running?" (not how long it must run, which the CDN answer
        # gives: "is a one month plan enough for the temporary ECS?")
        + _ONCE
        + r"[^.?!]{0,60}"
        + _SERVER_KEPT_RUNNING
        + r"|"
        + _SERVER_KEPT_RUNNING
        + r"[^.?!]{0,15}"
        + _ONCE
        + r"|"
        # ... named, then "it" after the filing is through: "the temp ecs, once the filing is
        # approved can i release it?"
        r"\b(?:ecs|instances?|servers?|vps|box)\b[^.?!]{0,20}"
        + _ONCE
        + r"[^.?!]{0,50}"
        + _THE_FILING_THROUGH
        + r"[^.?!]{0,40}\b(?:"
        + _SERVER_ENDED
        + r")\s+(?:it|them|that one|this one)\b|"
        # ... named before: "the temp ECS for that. can i release it once approval comes thru?"
        r"\b(?:"
        + _SERVER_ENDED
        + r")\s+(?:it|them|that one|this one)\b[^.?!]{0,30}"
        + _ONCE_OR_WHEN
        + r"[^.?!]{0,40}\b(?:approved|approval|done|completed?|granted|"
        r"through|thru)\b|"
        # whether a site is filed, or how far its filing has got: looked up, not answered by the
        # FAQ ("how do I know whether my website has been filed?", "where can I check the beian
        # status?")
        # (the site, domain or filing is what is filed: not "whether our company, registered in
        # Singapore, needs an ICP")
        r"\b(?:check\w*|know|find out|see|verify|confirm|look up|lookup|query|search)\b[^.?!]{0,30}"
        r"\b(?:whether|if)\s+(?:(?:our|my|the|a|this|that|their|your)\s+)?(?:[\w-]+\s+)?"
        r"(?:sites?|websites?|domains?|pages?|filing|icp|beian)\s+(?:\w+\s+){0,2}?(?:has|have|had|is|"
        r"was|are|were|already)\s+(?:been\s+|already\s+)?(?:filed|registered|approved|recorded)\b|"
        # (not a note's field saying there is none: "filing status: none")
        r"\b(?:filing|icp|beian|record|application)\s+(?:status|progress)\b"
        r"(?!\s*[:=-]\s*(?:none|no|nil|n/a|not (?:filed|started|applied)|never filed)"
        r"\s*(?:$|[\n,;.]|-\s))|"
        r"\b(?:check|look up|lookup|query|search|verify)\s+(?:(?:an?|the|our|my|its|their|a "
        r"site's|a domain's)\s+)?(?:icp|beian|filing)\s+(?:numbers?|records?|status)\b|"
        r"\bis there a way to (?:check|look up|verify|see)\b[^.?!]{0,25}\b(?:icp|beian|filing)\b|"
        # the filing itself moved ("can that filing be moved over to our account?"; not "need a
        # beian now we've migrated to Frankfurt?")
        r"\b(?:filings?|icp|beian|record)\s+(?:\w+\s+){0,2}?(?:be|been|was|is|get|got)\s+"
        r"(?:moved|migrated|transferred)\b|"
        r"\b(?:get|have)\s+(?:the|that|our|this|its)\s+(?:filing|icp|beian|record)\s+"
        r"(?:moved|migrated|transferred)\b|"
        # ... or said to follow the site or the company: "does the filing move with it?", "what
        # happens to the ICP filing registered under it?", "who manages our filing now?"
        r"\b(?:filings?|icp|beian|record)\s+(?:\w+\s+)?(?:move|moves|carr(?:y|ies)|transfers?)\s+"
        r"(?:with|over|along|across)\b|"
        r"\bwhat (?:happens|will happen|would happen) to (?:the|our|my|its|their|that)\s+"
        r"(?:icp\s+|existing\s+)?(?:filings?|icp|beian|records?)\b|"
        r"\bwho\s+(?:now\s+)?(?:manages|handles|maintains|owns|controls|looks after|is in "
        r"charge of)\s+(?:the|our|my|its|their)\s+(?:icp\s+)?(?:filings?|icp|beian|records?)\b|"
        # a detail changed on it: "change company name on icp"
        r"\b(?:chang\w*|updat\w*|modif\w*|correct\w*|edit\w*)\s+(?:(?:the|our|my|its)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:name|address|contact|owner|person|details|info\w*|e-?mail|phone)"
        r"\s+(?:on|in|of|for)\s+(?:the\s+|our\s+|my\s+)?(?:icp|beian|filing|record)\b|"
        # kept after a change: "can we release that ECS and keep the filing?"
        r"\b(?:keep|retain|still have)\s+(?:the|our|my|its|that)\s+(?:icp\s+)?(?:filing|beian|"
        r"record|icp)\b(?!\s+(?:in mind|process))|"
        r"\bnew access\b|"
        r"\baccess filing\b|\balready filed\b|\bexisting (?:filing|icp)\b|"
        # a filing already had (not "we already have a quote for the fees")
        + _already_had(r"filings?|icp|beian|records?|licen[cs]es?|permits?|numbers?|approvals?")
        + r"|"
        # "... filing was done through Tencent Cloud ... can it be transferred?"
        r"\b(?:can|could)\s+(?:it|this|that|they)\s+be\s+(?:transferred|moved over|migrated|"
        r"carried over|kept)\b|\bstart (?:over )?from scratch\b|"
        # moving it from one provider to another: "move icp from tencent to aliyun"
        r"\b(?:move|moving|moved|transfer\w*|migrat\w*|switch\w*)\s+(?:the\s+|our\s+|my\s+)?"
        r"(?:icp|beian|filing)(?:\s+(?:filing|record|number))?\s+(?:from|over|across)\b|"
        # moving it to another account, provider or company ("move it into our own account")
        r"\b(?:move|moving|transfer\w*|migrat\w*)\s+(?:it|them|the filing|our filing|the beian|"
        r"our beian|the icp|our icp)\s+(?:in)?to\s+(?:\w+\s+){0,3}(?:account|provider|company|"
        r"entity|name)s?\b|"
        # whether it lasts ("will the filing still be valid if we switch ...?")
        r"\bstill (?:be )?valid\b|\b(?:remain|stay)s? valid\b|"
        # filing a second time ("can we use the same ECS without filing again?")
        # (not a filing turned down again: "ICP filing rejected AGAIN", the no-filing case)
        r"\b(?:fil\w*|regist\w*|apply\w*|do (?:it|icp|beian))\s+"
        r"(?!(?:rejected|refused|denied|turned down|failed)\b)(?:\w+\s+)?again\b|"
        # what is asked of sites or domains already filed ("do ICP-filed domains need ...?")
        r"(?<!non-)(?<!un)(?<!un-)(?<!not )"
        r"\b(?:icp[- ]|beian[- ])?filed (?:domains?|sites?|websites?)\b",
        # Filing an app (not an app's backend, which is a server like any other).
        # (not the app's website: "our mobile app's website is hosted in Singapore")
        "apps": r"(?<!web )\b(?:mobile |ios |android )?apps?\b(?!" + _APPS_SITE + r")"
        r"[^.?!]{0,25}\b(?:filing|filed|file|"
        r"icp|beian|record|registration|registered|store|stores)\b|"
        r"\b(?:filing|file|filed|register\w*|icp|beian)"
        r"\b[^.?!]{0,25}\b(?:mobile )?apps?\b|\bmobile (?:apps?|applications?)\b(?!"
        + _APPS_SITE
        + r")|"
        r"\bmini[- ]?programs?\b|"
        # asked of the app, after the site's filing: "same for the app?", "does our app need one
        # too?"
        r"\b(?:the|our|my)\s+(?:mobile\s+)?(?<!web )apps?(?:\s+(?:too|also|as well))?\s*\?|"
        r"\b(?:the|our|my)\s+(?:mobile\s+)?(?<!web )apps?\s+(?:also\s+)?needs?\s+(?:one|it|that)\b|"
        # (not a site's WeChat sign-in or payment: "adding WeChat login to our web shop")
        r"\bwechat\b(?!\s+(?:login|log-?in|sign[- ]?in|sign[- ]?on|pay|payments?|share|sharing|"
        r"qr|scan))|\b(?:app|apple|play) store\b|\bgoogle play\b|"
        r"\bios\b|\bandroid\b|\bapk\b",
        "individuals": r"\bindividuals?\b|\bpersonal\b|\bprivate person\b|\bas a person\b|"
        # (the applicant, not the customers: "we sell to sole proprietors")
        r"\b(?:as|am|i'm|a|an)\s+(?:private (?:citizen|individual)|natural person|"
        r"sole (?:trader|proprietor\w*)|self-employed)\b|"
        r"\b(?:my|personal|private|own) blog\b|"
        # a person, not a company, as the applicant ("as a foreigner living in Shanghai", "i am a
        # us citizen, not a company"); not when the same sentence speaks of the writer's company
        r"\b(?:as|am|i'm|im|being)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:citizen|national|foreigner|"
        r"expat\w*|freelancer)\b(?![^.?!]*\b(?:(?:my|our)\s+(?:\w+\s+)?(?:company|business|firm|"
        r"llc|ltd|startup|employer)|(?:for|on behalf of)\s+(?:a|my|our|the)\s+(?:client|customer|"
        r"company|employer))\b)|"
        r"\b(?:i am|i'm|im)\s+not\s+a\s+(?:limited\s+|registered\s+)?(?:company|business|"
        r"legal entity|enterprise)\b|"
        # "Sole trader in the UK here (not a limited company)", "its only me", "a solo developer
        # (no company)", "can I file personally?"
        # (the writer only: not "our HK entity is not a registered company in China")
        r"(?:^|[.!?]\s+)sole (?:trader|proprietor)\b|\(not a (?:limited |registered )?company\)|"
        r"\b(?:it'?s|its) (?:just|only) me\b|"
        r"\b(?:developer|dev|freelancer|blogger|student|designer|artist|photographer|creator)\s*"
        r"\(?(?:with\s+)?no (?:company|entity|business)\b|"
        r"\b(?:file|apply|register)\s+(?:for\s+(?:it|one|an?\s+\w+)\s+)?(?:personally|as myself|"
        r"in my own name|under my own name|as a person)\b",
        # a suffix asked about: the suffix in general ("do .cn domains need ICP?"), compared or
        # required ("a .cn rather than a .com?", "must it be a .cn?"); not a suffix that only names
        # one's own site ("before our .com goes live", "cn-hangzhou ECS + .com domain")
        "domains": r"\.(?:cn|com|io|net|org|ai|co)\s+"
        r"(?:domains|addresses|urls|sites|websites|names)\b|"
        # a suffix switched to: "would switching to a .cn domain change anything?"
        r"\b(?:switch\w*|mov\w*|chang\w*|migrat\w*|go\w*)\s+to\s+(?:an?\s+|the\s+)?"
        r"\.(?:cn|com|io|net|org|ai|co)\b|"
        r"\b(?:do|does|are|is|can|could|should|must|will|would)\s+(?:all\s+|an?\s+|the\s+)?"
        r"\.(?:cn|com|io|net|org|ai|co)\b|"
        r"\.(?:cn|com|io|net|org|ai|co)\b[^.?!]{0,25}?\b(?:vs\.?|versus|instead of|rather than|"
        r"or (?:an?\s+)?\.)|"
        r"\b(?:need|needs|required?|requires|must (?:have|use|be)|have to (?:use|buy|get|have|be)|"
        r"only (?:for|with)|(?:must|should|does|do|has|have|need)\s+(?:it|we|they|the \w+)\s+"
        r"(?:to\s+)?be)\s+(?:an?\s+|the\s+)?\.(?:cn|com|io|net|org|ai|co)\b|"
        r"^\W*\.(?:cn|com|io|net|org|ai|co)\b|"
        # the filing asked of a suffix, and of nothing else: "beian for .io?"
        r"\b(?:icp|beian|filing)\s+(?:for|with|on)\s+(?:an?\s+)?\.[a-z]{2,12}"
        r"(?:\s+(?:domains?|names?|tlds?|extensions?|addresses))?\s*(?:[?.!]|$)|"
        # whether a kind of domain may be filed: "can we file ICP with a .xyz domain?"
        r"\b(?:can|could|may)\s+(?:we|i|you|one)\s+(?:\w+\s+){0,3}?(?:with|using|for|on)\s+"
        r"(?:an?\s+)?\.[a-z]{2,12}(?:\s+(?:domain|domain name|address|url|tld|extension)s?)?"
        r"\s*(?:[?.!]|$)|"
        r"\bsuffix\w*|\btld\b|\btop[- ]level\b|"
        # who may register a suffix ("can a foreign company even register a .cn?")
        r"\b(?:register|registering|buy|buying|get|own|hold)\s+(?:an?\s+|the\s+)?"
        r"\.(?:cn|com\.cn|net\.cn|中国)\b|"
        r"\bsecond[- ]level\b|\bsld\b|\bsub-?domains?\b|\b(?:chinese|china) (?:domain|url)s?\b|"
        r"\bregistrar\b|\bwebsite names?\b|"
        # where a domain is bought or registered
        r"\bdomains?\b(?![^.?!]{0,30}\b(?:never|not|n't)\s+(?:\w+\s+)?(?:bought|buy|purchased?))"
        r"[^.?!]{0,30}\b(?:bought|buy|purchased?|registered (?:at|with|through|via)"
        r"(?!\s+(?:the\s+)?(?:miit|ministry)\b))\b|"
        r"\b(?:where|how|which|can|could|should)\b[^.?!]{0,30}\b(?:buy|purchase|register)\s+"
        r"(?:an?\s+|new\s+|some\s+|few\s+|a few\s+)?(?:\w+\s+)?domain(?:\s+names?)?s?\b"
        r"(?!\s+(?:for|with)\b)|"
        r"\bgodaddy\b|\bnamecheap\b|\bparked\b|"
        # where the domain was registered: "for a domain name registered outside mainland China"
        r"\bdomains?(?:\s+names?)?\s+(?:(?:is|was|that is|that was|which is|which was)\s+)?"
        r"(?:registered|bought|purchased)\s+(?:outside|abroad|overseas|offshore|in\s+(?:the\s+)?"
        r"(?:us|usa|uk|eu|hong kong|hk|singapore|japan|europe|america))\b|"
        # a filing of its own for a domain: "does the cdn accelerated domain need its own filing
        # or only the main domain?", "a separate beian for each domain?" (the FAQ says when a
        # filing is needed, not what one filing covers)
        r"\b(?:domains?|urls?|hostnames?)\b[^.?!,;]{0,40}\b(?:need|needs|require|requires|"
        r"required|needed)\b[^.?!,;]{0,10}\b(?:(?:its|their)\s+own|(?:an?\s+)?"
        r"(?:separate|individual|additional|distinct)|another|a\s+second)\s+"
        r"(?:filings?|icps?|beians?|(?:icp|beian)\s+(?:records?|numbers?))\b|"
        r"\b(?:separate|individual|additional|distinct|own)\s+(?:filings?|icps?|beians?|"
        r"(?:icp|beian)\s+records?)\s+(?:(?:is\s+|are\s+)?(?:needed|required|necessary)\s+)?"
        r"(?:for|per)\s+"
        r"(?:each|every|all|the|our)?\s*(?:[\w-]+\s+)?"
        r"(?:domains?|urls?|hostnames?)\b|"
        # a domain held and not in use: "my registered domain name which is not in use"
        r"\bdomains?(?:\s+names?)?\s+(?:(?:which|that)\s+)?(?:(?:is|are|'s)\s+not|isn't|aren't)\s+"
        r"(?:yet\s+)?(?:in use|used|being used|live|pointed anywhere)\b",
        # which provinces do something: the FAQ names none ("some provinces or municipalities")
        "province_list": r"\bwhich (?:provinces|cities|municipalities)\b|"
        # "rep offices can file in 'some provinces'. Which ones exactly?"
        r"\b(?:provinces|municipalities)\b[^?]{0,60}\bwhich ones\b|"
        # "... in some provinces or municipalities. Is Guangdong one of them?"
        r"\b(?:some|certain) (?:provinces|municipalities)\b[^?]{0,60}\b(?:is|are)\s+"
        r"(?:[\w-]+\s+){1,2}?(?:one of them|among them|on (?:the|that) list|included)\b|"
        r"\b(?:list of|all) (?:the )?(?:provinces|municipalities)\b|"
        # ... or whether one of them takes an office's filing: "Does Guangdong accept ICP filings
        # from representative offices?", "is it one of the provinces that don't?"
        r"\b(?:does|do|will|would|can)\s+(?:the\s+)?(?:"
        + "|".join(re.escape(p.lower()) for p in MAINLAND_PROVINCES)
        + r")\b(?:\s+province)?\s+(?:accept|allow|take|permit)\b[^.?!]{0,40}"
        rf"\b(?:rep(?:resentative)?\s+offices?|{REP_OFFICE_PINYIN})\b|"
        r"\b(?:is|isn't|is not)\s+(?:it|that|this|(?:the\s+)?[\w-]+(?:\s+province)?)\s+one of the "
        r"(?:provinces|municipalities) (?:that|which|where)\b[^.]*\?|"
        # how the provinces' rules compare: the FAQ says which one to file in, nothing of how
        # they differ ("Are Beijing's ICP Filing rules stricter than Guangdong's?")
        r"\b(?:rules?|requirements?|process|procedures?|regulations?|reviews?|approvals?)\b"
        r"[^.?!]{0,40}\b(?:stricter|easier|harder|faster|slower|quicker|tougher|looser|"
        r"more lenient|simpler)\b"
        r"[^.?!]{0,30}\bthan\b[^.?!]{0,20}\b(?:"
        + "|".join(re.escape(p.lower()) for p in MAINLAND_PROVINCES)  # (also "Guangdong's")
        + r"|\b(?:other|another) (?:provinces?|regions?)\b|\belsewhere\b)|"
        r"\b(?:rules?|requirements?|process|procedures?|regulations?)\b[^.?!]{0,30}"
        r"(?:\bprovinces?\b[^.?!]{0,30}\b(?:differ|vary|varies)\b|"
        r"\b(?:differ|differs|vary|varies|different|differences?)\b[^.?!]{0,20}\b(?:by|between|"
        r"across|from one) (?:the )?provinces?\b)|"
        # where the server must be, beside the licence's province: the FAQ says where to file,
        # not where to host ("must the ECS region be in the same province as the licence?"; not
        # "do we file in the same province as the server?")
        r"\b(?:(?:must|should|do|does|have|has)\s+(?:the\s+|our\s+|my\s+|its\s+)?)?"
        r"(?:ecs|servers?|instances?|regions?|hosting|data ?cent(?:er|re)s?|vps|box)\s+"
        r"(?:(?:have|has|need|needs)\s+to\s+|must\s+|should\s+|got to\s+)?be\s+(?:located\s+|"
        r"hosted\s+|placed\s+)?in\s+the\s+same\s+(?:province|region)\b|"
        r"\b(?:must|do|does|should)\s+(?:the\s+|our\s+)?(?:ecs|servers?|instances?|hosting)"
        r"(?:\s+region)?\s+and\s+(?:the\s+|our\s+)?(?:licen[cs]e|company|business|entity)"
        r"[^.?!]{0,20}\bsame\s+province\b",
        # e-commerce and SaaS sites raise licences the FAQ does not name
        "business_types": r"\be-?commerce\b|\bsaas\b|\bbbs\b|"
        # (not where something was read: "a forum thread says ...")
        r"(?<!from a )(?<!on a )(?<!in a )(?<!from the )(?<!on the )(?<!in the )(?<!read on )"
        r"\bforums?\b(?!\s+(?:posts?|threads?|answers?|replies|reply|comments?|users?)\b)|"
        # "some business categories require additional licensing on top of the ICP filing"
        r"\bbusiness categor(?:y|ies)\b|\bindustry[- ]specific\b|\bpre-?approvals?\b|"
        # kinds of site that need approvals of their own in China: "ICP filing for a gaming
        # website?", "a dating platform" (gambling and news: data_and_content)
        r"\b(?:online\s+)?(?:gam(?:e|es|ing)|video|streaming|live[- ]streaming|medical|health|"
        r"healthcare|pharmacy|dating|publishing|fintech|p2p lending)\s+"
        r"(?:sites?|websites?|platforms?|portals?)\b|\bonline games?\b",
        # the size of an instance (the FAQ gives only the temporary ECS's three-month term)
        "instance_specs": r"\bv?cpus?\b|\bcores?\b|\bram\b|\bmemory\b|\b\d+ ?gb\b|"
        # where the temporary instance must be: the FAQ says only "in mainland China"
        + TEMPORARY_SERVER.pattern
        + r"[^.?!]{0,60}\b(?:same (?:province|region|city)|"
        r"which (?:(?:mainland|china|chinese)\s+)?(?:province|region|city)|"
        r"any (?:mainland )?region)\b|"
        r"\binstance (?:types?|sizes?|famil(?:y|ies)|specs?)\b|\bspecs?\b|\bspecifications?\b|"
        # another product as the temporary instance ("a Simple Application Server instead of an
        # ECS instance as the temporary instance")
        r"\b(?:instead of|rather than|in place of)\s+(?:an?\s+|the\s+)?ecs\b[^.?!]{0,40}"
        r"\btemporary\s+(?:ecs|instances?|servers?|one|machines?)\b|"
        r"\btemporary\s+(?:ecs|instances?|servers?|one|machines?)\b[^.?!]{0,40}"
        r"\b(?:instead of|rather than|in place of)\s+(?:an?\s+|the\s+)?ecs\b|"
        # (not a reason given in the past: "we put a demo there because it was cheapest")
        r"\b(?:cheapest|smallest|lowest[- ]spec)\b(?<!was cheapest)(?<!was the cheapest)",
        # running a server: its disks, restarts, passwords, keys and snapshots ("their ECS in
        # cn-shanghai ran out of disk space"), which no FAQ answer is about wherever it runs
        "operations": r"\b(?:system|data|cloud|boot)\s+disks?\b|\bdisk (?:space|size|usage)\b|"
        r"\b(?:resiz|expand|extend|enlarg)\w*\s+(?:the\s+|a\s+|our\s+|its\s+|their\s+)?disks?\b|"
        r"\breboot\w*|\bsnapshots?\b|\bstopped and (?:re)?started\b|"
        # how a move is done: "how to migrate the server to hk region?" (whether the new place
        # needs a filing is the FAQ's: "if we migrate to HK, do we need ICP?")
        r"\bhow\s+(?:(?:do|can|could|should|would)\s+(?:we|i|you)\s+|to\s+)(?:best\s+)?"
        r"(?:migrat|mov|transfer|relocat)\w*\s+(?:the\s+|our\s+|my\s+|an?\s+|this\s+|that\s+)?"
        r"(?:[\w-]+\s+)?(?:servers?|sites?|websites?|ecs|instances?|vms?|data|workloads?|apps?|"
        r"databases?)\b|"
        # what the instance does when its term ends: "auto-release when the subscription ends"
        r"\bauto(?:matic(?:ally)?)?[- ]?releas\w*|"
        r"\brestart\w*\s+(?:(?:the|our|my|their|an?)\s+)?(?:[\w-]+\s+)?(?:ecs|instances?|servers?|"
        r"vms?|machines?)\b|"
        r"\b(?:reset|change|recover|lost|forgot)\w*\s+(?:the\s+|my\s+|our\s+|their\s+)?"
        r"(?:root\s+|login\s+|instance\s+|admin\s+)?password\b|\bkey ?pairs?\b|"
        r"\bprivate keys?\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:ssl|tls|https|certificate))",
        # where or how to set up an office in China or get its certificate ("where do we apply
        # for the rep office certificate?", "... that certificate first, got it. where do we
        # apply for it"): the FAQ names only "the relevant authority" (not how to file once it
        # is had, nor a business licence for the filing: the physical office answer's)
        "office_setup": r"\b(?:where|how|who)\s+(?:do|can|should|would|must|to|does)\s+"
        r"(?:(?:we|i|they|one)\s+)?(?:apply|register|get|obtain|set up|open|establish|issue)\w*\s+"
        r"(?:for\s+)?(?:an?\s+|the\s+|that\s+|this\s+|our\s+|such\s+an?\s+)?(?:[\w-]+\s+){0,3}?"
        + _OFFICE_PAPER
        + r"|\bwho\s+(?:issues|grants|gives out|hands out)\s+(?:an?\s+|the\s+|that\s+)?"
        r"(?:[\w-]+\s+){0,3}?"
        + _OFFICE_PAPER
        # (the pronoun's for the office needed: "... we'd need that rep office certificate first")
        + r"|\b(?:need|needs|needed|require[sd]?|must (?:get|have|obtain))\s+(?:[\w-]+\s+){0,4}?"
        + _OFFICE_PAPER
        + r"(?:(?!\b(?:filing|icp|beian|record)\b)[^?]){0,80}?"
        r"\b(?:where|how)\s+(?:do|can|should|would|must)\s+(?:we|i)\s+(?:apply|register|get|obtain)"
        r"\s+(?:for\s+)?(?:it|one|that)\b",
        # running a company in China: its accounts, audit, taxes, payroll and bank ("our Shenzhen
        # branch needs a local accountant for the annual audit"), not its filing
        "company_admin": r"\b(?:need|needs|looking for|find|finding|hire|hiring|recommend\w*)\b"
        r"[^.?!]{0,30}\baccount(?:ants?|ing firms?)\b|\b(?:annual|statutory|year-end) audits?\b|"
        r"\bbookkeep\w*|\bpayroll\b|\bwithholding tax\b|\btax (?:returns?|registration|rates?)\b|"
        r"\bbank accounts?\b|\bremit\w*\b[^.?!]{0,30}\bprofits?\b|\bprofits?\b[^.?!]{0,20}"
        r"\b(?:remit\w*|repatriat\w*)|"
        # firms to hire asked for: "any recommendations for firms that handle WFOEs?"
        r"\brecommend\w*\b[^.?!]{0,30}\b(?:firms?|accountants?|lawyers?|law firms?|"
        r"consultan(?:ts?|cies|cy))\b",
        # cloud products the FAQ does not name (it names ECS, Server Load Balancer and CDN)
        # (named anywhere, it is what the message is about: "instead of CDN we're looking at
        # Global Accelerator (GA) ... does GA need a filing?")
        "global_accelerator": r"(?<!off )(?<!from )(?<!left )(?<!dropped )\bglobal accelerator\b",
        # another country's or region's rules: "an EU equivalent of ICP?", "Indonesia PSE - the
        # same as ICP?", "does Macau have its own website licence?"
        # (and a licence or registration from another place's government: "a licence from the
        # HK government", "some kind of registration with the Singapore authorities")
        "other_countries": r"\b(?:licen[cs]es?|registrations?|permits?|approvals?)\s+"
        r"(?:\w+\s+){0,2}?(?:from|with|by)\s+(?:the\s+)?(?!(?:chinese|china|mainland|prc|miit|provincial|local|"
        r"relevant|communications|same|right|proper)\b)[a-z]+(?:\s+kong)?\s+(?:government|"
        r"authorit(?:y|ies)|regulators?)\b|"
        r"\b(?:equivalent|counterpart|analog(?:ue)?)s?\b[^.?!]{0,20}"
        r"\b(?:icp|beian)\b|"
        r"\b(?:icp|beian)[- ](?:style|like|type|equivalent)\b|"
        # (not the verb: "our branch would like a beian")
        r"\b(?:(?<!would )(?<!'d )(?<!we )(?<!i )(?<!they )(?<!you )(?<!also )like|similar to|"
        r"same (?:thing )?as|comparable to)\s+(?:china's\s+|chinese\s+|the\s+|"
        r"an?\s+)?(?:icp|beian)\b|"
        r"\b(?:its|their) own (?:website |web |internet |hosting )?(?:licen[cs]es?|registrations?|"
        r"filings?|rules)\b(?!\s+(?:documents?|certificates?|papers))|"
        r"\bkominfo\b|\bpse\b|\broskomnadzor\b|\bmeity\b|\bdpo\b|\bdata protection officer\b",
        # (and P2P CDN, or DCDN set against CDN: the FAQ speaks only of CDN)
        # (not where a site is served from: "even if your site is on oss in silicon valley")
        "other_products": r"(?<!site is on )(?<!site's on )(?<!site on )(?<!sites are on )"
        r"(?<!site is hosted on )(?<!website is on )(?<!site runs on )\boss\b|"
        r"\bobject storage\b|\bbuckets?\b|\bpcdn\b|"
        # another product asked for: "is there some other Alibaba product that speeds up delivery
        # into China without a filing?"
        r"\b(?:some|any|an|another)\s+(?:other\s+)?(?:alibaba(?:\s+cloud)?\s+|aliyun\s+)?"
        r"(?:products?|services?|solutions?|offerings?)\s+(?:that|which|to)\b|"
        # security products ("how do I put WAF in front of it?")
        r"\bwaf\b|\bweb application firewall\b|\banti-?ddos\b|\bddos protection\b|"
        r"\bcloud firewall\b|"
        r"\bdifference\s+between\s+(?:\w+\s+){0,2}?dcdn\b|\bdcdn\s+(?:and|vs\.?|versus|or)\s+cdn\b|"
        r"\bcdn\s+(?:and|vs\.?|versus|or)\s+dcdn\b|"
        r"\balb\b|\bapplication load balancer\b|\bnlb\b|\bnetwork load balancer\b",
        # penalties ("fine" the adjective is not one: "is it fine to host in Hong Kong?")
        "penalties": r"\bfines\b|\bfined\b|\b(?:the|a|any|big|heavy)\s+fine\b|\bpenalt\w*|"
        r"\bpunish\w*|\bsanctions?\b|\bprosecut\w*",
        # what it takes to buy cloud resources ("is a Chinese licence required to buy ECS?")
        "purchase": r"\b(?:required|needed|necessary|requirements?|allowed|eligible)\s+"
        r"(?:for|to)\s+(?:buy\w*|purchas\w*|rent\w*|order\w*)\b",
        "other_providers": r"\baws\b|\bamazon\w*|\bazure\b|\bmicrosoft\b|\bgoogle\b|\bgcp\b|"
        r"\btencent\b|\bcvm\b|\bhuawei\b|"
        # (not Baidu the search engine: "Baidu ranks sites hosted in China higher")
        r"\bbaidu\b(?!\s+(?:ranks?|ranking|seo|search|index\w*|results?|spiders?|crawl\w*|"
        r"webmaster))|\b(?:" + "|".join(CDN_PROVIDERS) + r")\b|"
        r"\bvercel\b|\bnetlify\b|\bgithub\b|\bjd cloud\b|\bucloud\b|"
        r"\bqiniu\b|\bupyun\b|\bkingsoft\b|\bs3\b|"
        r"\bdocker\b|\bisp\b|\belb\b|\bec2\b|\blightsail\b|\baks\b|\beks\b|"
        r"\bgke\b|\bshopify\b|\bwix\b|\bsquarespace\b|\bwordpress\.com\b|\bgithub pages\b|"
        # the filing through someone other than Alibaba Cloud: "does the filing have to go through
        # that vendor rather than Alibaba Cloud?", "can our CDN vendor file it instead of you?"
        r"\b(?:vendor|provider|host|reseller|partner|registrar)s?\b[^.?!]{0,40}"
        r"\b(?:rather than|instead of)\s+(?:through\s+|via\s+|with\s+)?(?:alibaba|aliyun|you)\b",
        # (not between places or CDNs "as far as ICP is concerned": the FAQ's own comparison)
        # (and a licence beside the filing: "besides the ICP Filing, do we need another license?")
        "licence_types": r"\bedi\b|\bicp/edi\b|"
        r"\b(?:need|needs|needed|require|requires|required|get|obtain|apply for)\s+"
        r"(?:an?\s+|any\s+)?(?:another|other|additional|extra|separate|further|second)\s+"
        r"(?:\w+\s+)?"
        r"(?:licen[cs]es?|permits?)\b|"
        r"\bdifference between\b(?=[^.?!]{0,40}\b(?:licen[cs]es?|filings?|icp|beian|edi)\b"
        r"[^.?!]{0,30}\b(?:and|or|vs\.?|versus)\b)|"
        r"\b(?:types?|kinds?|sorts?) of (?:icp|filings?|licen[cs]es?)\b|"
        # "what a Commercial License is and how it is different from the normal ICP Filing"
        r"\blicen[cs]e\b[^.?!]{0,40}\b(?:different|differs?)\s+from\b[^.?!]{0,30}"
        r"\b(?:filing|beian)\b|"
        r"\b(?:filing|beian)\b[^.?!]{0,40}\b(?:different|differs?)\s+from\b[^.?!]{0,30}"
        r"\blicen[cs]e\b|"
        # "Is an ICP filing the same thing as a business license?"
        r"\b(?:icp|beian)(?:\s+filing)?\s+(?:is\s+|are\s+)?(?:the same(?: thing)?|equivalent to|"
        r"identical to)\s+(?:as\s+)?(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
        # (another licence: not "is it the same as the ICP for our ECS?")
        r"(?:licen[cs]e|registration)\b(?!\s+province)|"
        r"\bpersonal and (?:a )?commercial\b|"
        r"\bwhich icp licen[cs]e\b|"
        # the commercial licence for a company in China or a foreign-funded one (the FAQ says
        # only that a physical office cannot get one), the value-added telecom licence, and
        # what counts as commercial
        # (a branch company too: "could that branch also go for the ICP commercial licence?")
        r"\b(?:wfoes?|subsidiar\w+|joint[- ]ventures?|branch(?:es)?(?:\s+compan(?:y|ies))?|"
        r"foreign[- ](?:funded|invested|owned)\s+"
        r"(?:enterprises?|compan\w+|firms?|entit\w+))\b[^?]{0,120}?\b(?:get|obtain|acquire|"
        r"apply for|go for|qualify for|eligible for|allowed to (?:get|hold|have)|needs?|requires?|"
        r"(?:needed|required|necessary) for)\s+(?:an?\s+|the\s+|"
        r"its\s+own\s+)?(?:icp\s+)?commercial (?:icp\b|licen[cs]e)|"
        # (asked: not "we hold a commercial license via our Shanghai subsidiary.")
        r"\bcommercial (?:icp\b|licen[cs]e)[^.?!]{0,60}\b(?:wfoes?|subsidiar\w+|joint[- ]ventures?|"
        r"foreign[- ](?:funded|invested|owned))\b(?=[^.!]*\?)|"
        r"\bvalue[- ]added telecom\w*|"
        r"\btelecom(?:munication)?s? (?:services? |business |operating )?"
        r"(?:licen[cs]es?|permits?)\b|\b(?:handle|provide|operate|run)\s+telecom(?:munication)?s? "
        r"services\b|"
        r"\b(?:qualif\w+|counts?|classed|classified|regarded) as\s+\W?commercial\b|"
        r"\bcommercial or non-commercial\b|"
        # which licence a commercial site needs ("any commercial site operating in China needs an
        # ICP license?"): the Commercial License's, which the FAQ does not say
        r"\bcommercial (?:web)?sites?\b[^.?!]{0,40}\b(?:needs?|requires?|must (?:have|get|hold))\s+"
        r"(?:an?\s+|the\s+)?(?:icp|internet content provider)\s+licen[cs]e\b|"
        r"\bcommercial (?:icp )?licen[cs]e\b[^.?!]{0,10}\b(?:not|rather than|instead of)\s+"
        r"(?:just\s+)?(?:an?\s+|the\s+)?(?:icp\s+)?(?:filing|beian|record)\b|"
        # "ICP Filing vs. ICP License", "which: a filing or a commercial license?"
        # (not "how do I get an ICP license or filing?")
        r"\b(?:filing|licen[cs]e|beian)\s+(?:vs\.?|versus)\s+(?:an?\s+)?(?:icp\s+)?"
        r"(?:filing|licen[cs]e|commercial|beian)\b|"
        r"\bcommercial (?:icp )?licen[cs]e\b[^.?!]{0,30}"
        r"\bor\b[^.?!]{0,25}\b(?:filing|beian|record)\b|"
        r"\b(?:filing|beian|record)\b[^.?!]{0,30}"
        r"\bor\b[^.?!]{0,25}\bcommercial (?:icp )?licen[cs]e\b|"
        r"\b(?:which|whether)\b[^.?!]{0,40}\b(?:filing|licen[cs]e|beian)\s+or\s+"
        r"(?:an?\s+)?(?:icp\s+)?(?:filing|licen[cs]e|commercial|beian)\b|"
        r"\bhow (?:do|can|to) (?:i |we )?(?:get|obtain) (?:an? )?(?:icp )?commercial\b|"
        r"\b(?:steps?|process|procedures?|guide|how)\b[^.?!]{0,30}\b(?:apply|applying|get|getting|"
        r"obtain\w*)\s+(?:for\s+)?(?:an?\s+|the\s+|our\s+)?(?:icp\s+)?commercial\b|"
        # its steps asked after it is named ("... wants an ICP Commercial License. What are the
        # application steps?"), and the registered capital it takes, which the FAQ never mentions
        r"\bcommercial (?:icp )?licen[cs]e\b[^?]{0,80}\b(?:what|which)\b[^.?!]{0,20}"
        r"\b(?:application\s+)?(?:steps|process|procedures?)\b|\bregistered capital\b|"
        # who needs a Commercial License, or what it is: the FAQ only says who cannot get one
        # (not "who" of a relative clause: "for a client, who has no commercial license")
        # (not a holder's condition: "when you hold an ICP Commercial License and ...")
        r"\b(?:who(?!\s+(?:has|have|had|holds?|owns?)\b)|what(?! about)|"
        r"when(?!\s+(?:you|we|i|they)\s+(?:already\s+)?(?:hold|own|have)\s+(?:an?\s+|the\s+)?"
        r"(?:icp\s+)?commercial)|why|which)\b"
        r"[^.?!]{0,25}\bcommercial (?:icp )?licen[cs]e|"
        r"\bwhich (?:kind of |type of |sort of )?icp\b|"
        # whether one needs the Commercial License ("we need commercial license for selling
        # online in china?"): the FAQ says only who cannot get one
        r"\b(?:we|i|they|you|one|it)\s+(?:really\s+|also\s+|still\s+|even\s+)?(?:need|require)s?\s+"
        r"(?:an?\s+|the\s+)?(?:icp\s+)?commercial\s+(?:icp\s+)?licen[cs]e\b(?=[^.!]*\?)|"
        r"\b(?:icp\s+)?commercial\s+(?:icp\s+)?licen[cs]e\s+(?:is\s+|be\s+)?(?:also\s+)?"
        r"(?:needed|required|necessary|mandatory)\b",
        # (a subsidiary or WFOE is read as a registered company in China: the branch company answer)
        "companies": r"\bftz\b|\bforeign[- ]invested\b|"
        # a partner or agent filing for one, or lending its filing (not one who says something,
        # nor one whose own site is asked about: "the partner's system on Alibaba Cloud Shenzhen
        # has no domain; can they file it?")
        r"\b(?:through|via|using|with|under|by)\s+(?:an?\s+|our\s+|their\s+|the\s+|local\s+|"
        r"chinese\s+)*(?:partners?|agents?|agenc(?:y|ies)|third[- ]part(?:y|ies))\b|"
        r"\b(?:partners?|agents?|third[- ]part(?:y|ies))(?:'s|s')?\s+"
        r"(?:(?!(?:said|says|told|tells|thinks?|thought|suggest\w*|recommend\w*|advis\w*)\b)\w+\s+)"
        r"{0,2}?"
        r"(?:files?|filing|apply|applies|register|registers|handles?|sponsors?|licen[cs]es?|icp|"
        r"beian|name|entity|company|for us|on our behalf)\b|"
        r"\b(?:partners?|agents?|third[- ]part(?:y|ies))\b[^.?!]{0,30}\b(?:file|apply|register|"
        r"do (?:the|it|our))\b[^.?!]{0,20}\b(?:for (?:us|me|you)|on (?:our|my|your) behalf)\b|"
        r"\b(?:can|could|may|should|would)\s+(?:an?\s+|our\s+|the\s+|a\s+local\s+)?(?:\w+\s+)?"
        r"(?:partners?|agents?|third[- ]party)\s+(?:file|apply|register|do|handle|sponsor)\b|"
        # "get a Chinese company as a partner to submit the ICP?"
        r"\bas (?:an?|our|the) (?:local\s+|chinese\s+)?(?:partner|agent|sponsor)\b|"
        r"\b(?:partners?|agents?|third[- ]part(?:y|ies))\s+to\s+(?:submit|file|apply|register|do|"
        r"handle|sponsor)\b|"
        r"\bnominee\b|"
        # someone outside the company asked to help get the filing ("is there a firm in China
        # that could help us obtain the beian?"; not "our branch can help us file")
        r"\b(?:partners?|agents?|agenc(?:y|ies)|consultan(?:ts?|cy|cies)|firms?|"
        r"service providers?|(?:an?|any|some|another)\s+"
        r"(?!(?:branch|subsidiary|parent|holding|sister|group)\b)(?:\w+\s+)?compan(?:y|ies))\b"
        r"[^.?!]{0,80}?\bhelp(?:s|ed|ing)?\s+(?:us|me)\s+(?:to\s+)?(?:get|obtain|secure|"
        r"with|file|apply for|register)\s+(?:(?:the|an?|our|this|that)\s+)?(?:\w+\s+)?"
        r"(?:icp|beian|filing|licen[cs]e)\b|"
        # ... or sought to help at all ("if there is a company in China ... willing to help us,
        # let me know", "know an agency that could assist us?"): someone found to help
        r"\b(?:is there|are there|if there (?:is|are)|know(?: of)?|recommend|find|looking for|"
        r"look for|introduce|refer)\s+(?:us\s+|me\s+)?(?:an?|any|some)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:compan(?:y|ies)|firms?|agenc(?:y|ies)|consultan(?:ts?|cy|cies)|service providers?|"
        r"partners?)\b(?!\s+(?:polic(?:y|ies)|rules?|settings?|accounts?|names?)\b)"
        r"[^.?!]{0,120}?\b(?:help|assist)(?:s|ed|ing)?\b|"
        # whether the agency or its client files: "do we as the agency have to submit it, or must
        # the client do it themselves?"
        r"\b(?:we|i)\s+as\s+(?:the|an?|their)\s+(?:agency|agent|reseller|integrator|vendor|"
        r"developers?|partner|msp)\b[^.?!]{0,30}\b(?:submit|file|apply|register|do)\b|"
        r"\b(?:must|should|does|do|has|have|can)\s+(?:the|our)\s+(?:clients?|customers?)\s+"
        r"(?:\w+\s+)?(?:submit|file|apply|register|do it)\b|"
        # another company's papers used for one's own filing: "our client has an office in
        # Shanghai, can we use THEIR office papers?", "using our customer's business licence"
        r"\b(?:clients?|customers?|partners?|friends?|suppliers?|distributors?)(?:'s|s')?\b"
        r"[^.?!]{0,80}\b(?:use|using|borrow\w*)\s+(?:their|its)\s+(?:\w+\s+){0,2}?"
        r"(?:papers?|documents?|docs|licen[cs]es?|certificates?|registration|entity)\b|"
        r"\b(?:use|using|borrow\w*)\s+(?:our\s+|the\s+|a\s+)?(?:\w+\s+)?(?:client|customer|"
        r"partner|friend|supplier|distributor)(?:'s|s')\s+(?:\w+\s+){0,2}?(?:papers?|documents?|"
        r"docs|licen[cs]es?|certificates?|registration|entity)\b|"
        r"\bmiddlem[ae]n\b|\bshell compan\w*|\blend\w*|\bborrow\w*|"
        # a site run under another party's filing: "can our site simply run under their number?"
        r"\bunder\s+(?:our\s+|the\s+|a\s+)?(?:partner|client|customer|friend|supplier|distributor|"
        r"agent|agency|reseller)(?:'s|s')\s+(?:own\s+)?(?:icp\s+)?"
        r"(?:number|filing|beian|licen[cs]e|name|account|entity|registration)\b|"
        r"\bsister compan\w*|"
        # filing for other companies' sites ("file websites for the domains of several of our
        # group companies"), or under a VIE structure
        r"\b(?:file|files|register|registers|apply)\b(?:\s+[\w-]+){0,6}?\s+(?:for|of)\s+(?:\w+\s+){0,5}?"
        r"(?:group|sister|affiliated|other)\s+compan(?:y|ies)\b|"
        r"\bvies?\b|\bvariable interest entit\w*|"
        # limits on foreign ownership
        r"\b(?:foreign\s+)?ownership (?:caps?|limits?|restrictions?)\b|"
        # a provider's own licence offered or used ("in case you need an ICP license, we can
        # provide it", "can we use our host's ICP?")
        r"\b(?:we|they)\s+(?:can|could|will)\s+(?:also\s+)?(?:provide|supply|offer)\s+"
        r"(?:you\s+(?:with\s+)?)?(?:it|one|an?\s+icp\b|(?:the|our|their|an?)\s+(?:icp\s+)?"
        r"licen[cs]e)\b|"
        r"\b(?:use|using|under)\s+(?:the\s+)?(?:host|hosting company|provider|vendor|agency|"
        r"reseller|cdn)(?:'s|s')\s+(?:icp|beian|licen[cs]e|filing)\b|"
        # (not one who told them a filing is needed)
        r"\b(?:distributor|reseller|affiliate)\w*"
        r"(?![^.?!]{0,20}\b(?:told|tells|says|said|claims?|insists?|thinks?|believes?|worried|"
        r"worries|fears?|asks?|asked|wonders?|warned|warns)\b"
        # (but "believes their beian covers our site" is their filing used)
        r"(?![^.?!]{0,30}\b(?:their|its)\s+(?:icp|beian|filing|licen[cs]e|number)))"
        r"[^.?!]{0,30}\b(?:file|filing|icp|beian|licen[cs]e)",
        # What a filing is: the FAQ says when one is needed, not what it is.
        "definition": r"\b(?:what|wat|wot)(?:\s+(?:exactly|actually|really|even))?"
        r"(?:'?s|\s+is|\s+are)\s+[\"'“]?"
        r"(?:an?\s+|the\s+)?(?:icp|miit|edi|beian)(?:\s+(?:filing|licen[cs]e|"
        r"registration|record|beian|number))?[\"'”]?\s*(?:exactly\s*|really\s*)?"
        r"(?:actually\s*)?(?:[?.!,(]|$|and\b|in china\b|[-–—]\s)|"
        r"\bwhat does (?:an? |the )?(?:icp|beian)\b[^.?!]{0,20}\bmean\b|\bmeaning of\b|"
        # the filing's two names asked about: "is beian the same thing as icp filing?", "are
        # beian and ICP filing the same?", "is ICP filing just another name for beian?"
        r"\b(?:beian|bei'?an|icp)(?:\s+(?:filing|registration|record))?\s+(?:is\s+|are\s+)?"
        r"(?:the\s+same(?:\s+thing)?|same\s+thing|equivalent\s+to|identical\s+to|"
        r"(?:just\s+)?(?:another|a different)\s+(?:name|word|term)\s+for)\s+(?:as\s+)?"
        r"(?:an?\s+|the\s+)?(?:icp|beian|bei'?an)\b(?!\s+(?:for|of)\b)|"
        r"\b(?:is|are)\s+(?:the\s+)?(?:beian|bei'?an|icp)(?:\s+(?:filing|registration|record))?"
        r"\s+and\s+(?:the\s+|an?\s+)?(?:beian|bei'?an|icp)(?:\s+(?:filing|registration|record))?"
        r"\s+(?:the\s+same|one and the same|identical|equivalent)\b|"
        # ... as a heading says it: "What an ICP Filing is and why ..." (not "what an ICP filing
        # is needed for")
        r"(?:^|[.!?:]\s+)\W*what\s+(?:an?\s+|the\s+)?(?:icp|beian)"
        r"(?:\s+(?:filing|licen[cs]e|registration|record))?"
        r"\s+(?:is|means)\b(?!\s+(?:needed|required|necessary|used|for)\b)|"
        # why the regulators want one: "why Chinese regulators ask for one"
        r"\bwhy\s+(?:do\s+|does\s+|would\s+)?(?:the\s+)?(?:chinese\s+|china's\s+)?(?:regulators?|"
        r"authorities|government|miit|state)\s+(?:ask|asks|require|requires|want|wants|demand|"
        r"demands)\b|"
        # "How is ICP registration to be defined?", "a definition of beian"
        r"\bdefin(?:e|ition|ing)\b[^.?!]{0,20}\b(?:icp|beian|miit)\b|"
        r"\b(?:icp|beian)\b[^.?!]{0,30}\b(?:be|is|are|was|were) defined\b|"
        # "what is an ICP filing for, exactly?"
        r"\bwhat(?:'?s|\s+is|\s+are)\s+(?:an?\s+|the\s+)?(?:icp|beian)(?:\s+(?:filing|licen[cs]e|"
        r"registration|record|number))?\s+(?:(?:actually|really|even|exactly)\s+)?for\s*"
        r"(?:anyway\b\s*|exactly\b\s*)?(?:[?.!,]|$)|"
        # what it is for: "What is the purpose of ICP Filing?", "Why is ICP Filing important?"
        r"\b(?:purpose|point|importance|benefits?|advantages?)\s+of\s+(?:having\s+|getting\s+)?"
        r"(?:an?\s+|the\s+)?(?:icp|beian)\b|"
        # "would getting an ICP filing anyway give us any advantage?"
        r"\b(?:icp|beian|filing)\b[^.?!]{0,30}\b(?:give|bring|offer|get)s?\s+(?:us\s+|you\s+|me\s+)?"
        r"(?:any\s+|some\s+)?(?:advantages?|benefits?|edge)\b|"
        r"\bwhy\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:icp|beian)(?:\s+\w+)?\s+(?:so\s+)?important\b|"
        # why one is needed at all, asked of no case: "Why is ICP Filing Necessary"
        + _WHY_NEEDED_AT_ALL.pattern
        + r"|"
        # what the letters stand for: "what does ICP even stand for?", "ICP is short for what?"
        r"\b(?:icp|miit|edi)\b[^.?!]{0,20}\b(?:stands?|stood) for\b|"
        r"\b(?:icp|miit|edi)\b[^.?!]{0,10}\bshort for\b|"
        r"\b(?:acronym|abbreviation)\b[^.?!]{0,20}\b(?:icp|miit|edi)\b|"
        r"\b(?:icp|miit|edi)\b[^.?!]{0,20}\b(?:acronym|abbreviation)\b|"
        # asked indirectly: "can someone explain what an ICP Commercial License actually is"
        r"\b(?:explain|tell (?:me|us)|know|understand|wonder\w*|clarify)\s+what\s+"
        r"(?:an?\s+|the\s+)?"
        r"(?:icp|beian|edi)(?:\s+(?:commercial\s+)?(?:filing|licen[cs]e|registration|record|"
        r"number))?\s+(?:actually\s+|really\s+|exactly\s+)?(?:is|are|means)\b",
        # (not the ministry that rules, nor its name glossed: "the MIIT clarified that ...",
        # "filed with the Ministry of Industry and Information Technology (MIIT)")
        # (the MIIT's filing by its name: "is MIIT registration mandatory?", "a domain not yet
        # registered with the MIIT")
        # (the MIIT as the rule's maker is no contact with it: "a clarification issued by the
        # MIIT", "jul 2017 miit made it clearer")
        # An exemption, or a grace period while a filing is pending ("is there a temporary
        # exemption while we wait for the filing?"): the FAQ says only that a site without a
        # filing cannot be opened (not "are we exempt?", which asks whether one is needed)
        "exemptions": r"\bgrace\s+periods?\b|\bwaivers?\b|"
        r"\b(?:temporary|interim|provisional|short[- ]term)\s+(?:exemptions?|permits?|passes|pass|"
        r"approvals?)\b|"
        r"\bexemptions?\b[^.?!]{0,40}\b(?:while|until|till|pending|during|meantime|meanwhile)\b",
        "miit_contact": r"(?<!\()(?<!registered with )(?<!registered with the )(?<!filed with )"
        r"(?<!filed with the )(?<!by )(?<!by the )"
        r"\bmiit\b(?![^.?!]*\bfiling\b)(?!\s+(?:registration|record|recordal|beian|icp)\b)"
        r"(?!\s+(?:\w+\s+)?(?:clarif\w+|made|makes|published|released|introduced|tightened|"
        r"bans?|banned|forb\w+|prohibit\w*|"
        r"requires?|required|stipulat\w*|states?|stated|says|said|rules?|ruled|announced|issued|"
        r"mandates?|mandated)\b)|\bsms\b|\bverification\b|\bverify\b|"
        # where a filing goes outside Alibaba Cloud ("which website or office do we submit to?")
        r"\b(?:which|what) (?:\w+ )?(?:websites?|offices?|portals?|agency|agencies|authorit\w+|"
        r"bureaus?|departments?|address)\b[^.?!]{0,30}\b(?:submit|file|apply|send|go)\b|"
        # "where is the Guangdong communications administration's portal to submit the filing?"
        r"\bwhere(?:'s| is| are| can (?:we|i) find)\b[^.?!]{0,60}\b(?:websites?|offices?|portals?|"
        r"address|url|link)\b[^.?!]{0,30}\b(?:submit|file|apply|send)\b|"
        r"\bquery\b|\blook ?up\b|"
        # how to reach the authority: "whats the contact of the provincial authority in guangdong?",
        # "the communications administration's phone number"
        r"\b(?:contacts?|contact (?:details|info\w*|person)|phone(?: numbers?)?|telephone|hotline|"
        r"e-?mail(?: address)?|address)\s+(?:\w+\s+){0,3}?(?:of|for)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?"
        r"(?:authorit(?:y|ies)|bureaus?|administrations?|regulators?|miit|ministry|cac)\b|"
        r"\b(?:authorit(?:y|ies)|bureaus?|administrations?|regulators?|miit|ministry)(?:'s)?\s+"
        r"(?:contacts?|contact (?:details|info\w*|person)|phone(?: numbers?)?|telephone|hotline|"
        r"e-?mail(?: address)?|address)\b|"
        # how it is handed in there: "online, or do I have to go in person?"
        r"\b(?:go|come|appear|show up|turn up|be present)\s+(?:there\s+)?in person\b|"
        r"\b(?:online|in person|by post|by mail|on paper)\b[^.?!]{0,40}\bor\b[^.?!]{0,30}"
        r"\b(?:in person|online|by post|by mail|on paper|offline)\b",
    }.items()
}

# "Without an ICP Filing, will my site be blocked?" is the FAQ's own question (what if I do not
# have one): blocking is then its answer, not another subject.
_NO_FILING_QUESTION = re.compile(
    r"\b(?:without|not have|don't have|do not have|haven't|unfiled|not filed|never filed|"
    r"in the absence of|absent|lacking|lack of|for want of)\b"
    r"[^.?!]{0,20}\b(?:icp|filing|beian|licen[cs]e)\b|\bunfiled\b|"
    # (not "no filing needed": "that means no ICP, right?" asks whether one is needed)
    r"\bno\b[^.?!]{0,20}\b(?:icp|filing|beian|licen[cs]e)\b(?!\s+(?:is\s+)?(?:needed|required|"
    r"necessary)\b|\s*,?\s*(?:right|correct|then|yes)\s*\?)|"
    # "... blocked if you don't have one?": in this assistant, "one" is the filing
    r"\b(?:without|don't have|do not have|haven't got|not have) (?:one|it)\b|"
    # ... or not done, said as a site's state ("this site has not completed filing, access
    # blocked", "the site isnt filed")
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:completed?|finished|done|passed|got|gotten|obtained)\s+"
    r"(?:the\s+|its\s+|an?\s+|any\s+)?(?:icp\s+)?(?:filing|beian|icp|record)\b|"
    r"\b(?:isn'?t|aren'?t)\s+(?:yet\s+)?filed\b|"
    # ... or before it is done: "must the site stay inaccessible for the duration of the ICP
    # record application?", "is it blocked while the filing is in review?"
    r"\b(?:during|for the duration of|while|until|till)\s+(?:(?:we|they|i) (?:wait|are waiting) "
    r"(?:for|on)\s+)?(?:the\s+|our\s+|its\s+)?"
    r"(?:(?:icp|beian|filing|record)\s+){0,2}(?:application|filing|review|process|approval)\b"
)

# Blocking put down to a missing filing ("has the server been blocked because of beian?", "sites
# blocked for lack of a proper license"): the FAQ's own point of what happens without one.
_BLAMES_THE_FILING = re.compile(
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

# The ICP Commercial License held ("we already have a jingying ICP permit", "we hold the jing ying
# xing one")
_COMMERCIAL_LICENCE_HELD = re.compile(
    r"\b(?:already\s+)?(?:have|hold|holds|got|own)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:commercial|jing ?ying(?: ?xing)?|jingying\w*)\b(?:\s+[\w-]+){0,3}"
)

# ... or named as the cause: "is the ICP filing the reason the server has been blocked?"
_THE_FILING_AS_CAUSE = re.compile(
    r"\b(?:icp|beian|filing)\b[^.?!]{0,25}\b(?:the|a)\s+(?:\w+\s+)?(?:reason|cause)\b|"
    r"\b(?:reason|cause)\b[^.?!]{0,30}\b(?:is|was|be)\s+(?:the\s+|our\s+|a\s+)?(?:missing\s+|"
    r"lack of\s+(?:an?\s+)?)?(?:icp|beian|filing)\b|"
    r"\b(?:reason|cause)\s+(?:an?\s+|the\s+)?(?:missing|absent|lacking|lack of)\s+(?:an?\s+)?"
    r"(?:icp|beian|filing)\b"
)

# A site or server blocked or taken down for its filing: the no-filing question's subject.
_BLOCKED_FOR_THE_FILING = re.compile(
    r"\b(?:blocked|banned|shut(?:\s+down)?|taken (?:down|offline)|closed|suspended|offline|"
    r"removed|inaccessible)\b[^.?!]{0,20}" + _BLAMES_THE_FILING.pattern
)

_PROTOCOLS = re.compile(r"\bhttps?\b|\bssl\b(?!\s+cert)|\btls\b(?!\s+cert)")
_CENSORSHIP = re.compile(r"\bcensor\w*|\bgfw\b|\bgreat firewall\b")
# Filing through Alibaba Cloud's console or system is the FAQ's own channel ("can we file through
# your console?"), not a question about a console setting.
_FILES_THROUGH_THE_CONSOLE = re.compile(
    r"(?:\b(?:file|filed|filing|apply|submit|register)\b[^.?!]{0,40}\b(?:through|via|in|on|using|"
    r"from)|\b(?:do|get)\s+(?:the\s+)?(?:beian|icp)\b[^.?!]{0,40}\b(?:through|via|using)|"
    # ("could we put a domain on it and go through the alibaba system then?")
    r"\b(?:go|goes|going)\s+(?:through|via))\s+"
    r"(?:(?:your|the|our)\s+)?(?:(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+)?"
    r"(?:icp\s+|filing\s+)?(?:console|portal|system)\b|"
    # ... or where the writer looked up a fact: "I checked the console, it's actually
    # ap-southeast-1"
    r"\b(?:checked|looked (?:at|in|it up in)|according to|as per|per|misread|misread in|"
    r"read (?:it )?(?:wrong|wrongly) in)\s+"
    r"(?:the\s+|our\s+|in\s+the\s+)?"
    r"(?:(?:alibaba(?: cloud)?|aliyun)(?:'s)?\s+)?(?:console|dashboard|portal)\b"
    r"(?=\s*[,:;-]?\s*(?:it'?s|it is|it says|we'?re|we are|our|the (?:[\w-]+ )?(?:region|"
    r"instance|server|ecs|site|area|cdn|setting)|that)\b)|"
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


def asks_of_filing_through_alibaba_cloud(text: str) -> bool:
    """Filing through Alibaba Cloud's own console or system is asked about ("can we do it via your
    filing system then?")."""
    return is_question(text) and bool(_FILES_THROUGH_THE_CONSOLE.search(clean(text)))


# "Does the CDN change the ICP picture?" asks whether something changes what is needed (the FAQ's
# questions), not how to change a filing ("how do I change my filing?"): told by what changes.
_CHANGES_WHAT_IS_NEEDED = re.compile(
    r"\bchang\w*\s+(?:\w+\s+){0,3}?(?:picture|story|equation|calculus|requirements?|rules?|needs?|"
    r"situation|answer|"
    r"anything|obligations?|things?)\b|\bchang\w*\s+(?:whether|if)\b"
)
# ... or "icp-wise", of no filing held ("if they go for it what changes icp-wise?"; not "our beian
# is approved. we're changing our company name, what changes icp-wise?")
_WHAT_CHANGES_FILING_WISE = re.compile(r"\bwhat\s+changes\s+(?:icp|beian|filing)[- ]wise\b")
_FILES_AS_OUR_ENTITY = re.compile(
    r"\b(?:apply|applying|file|filing|register|registering)\b(?:\s+for)?(?:\s+(?:the|an?|our))?"
    r"(?:\s+(?:icp|beian|filing))?\s+(?:in|under) the name of (?:our|my)\s+(?:\w+\s+){0,2}?"
    r"(?:branch|subsidiary|wfoe|rep|representative|office|company|entity)"
)
# Whether the term must be paid for, which is whether it is required: "do I seriously have to pay
# for 3 months of a server I won't even use??"
_PAYS_FOR_THE_TERM = re.compile(
    r"\b(?:have to|must|need to|should)\s+(?:really\s+)?pay for\s+(?:(?:\d+|three|3)\s+months?\s+"
    r"of\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:ecs|instance|server|vps|box)\b|"
    # "how many months do I have to pay for the temporary china ECS?"
    r"(?:an?\s+|the\s+)?" + TEMPORARY_SERVER.pattern + ")"
)
_BILLING_METHOD = re.compile(r"\bpay[- ]as[- ]you[- ]go\b|\bpre-?paid\b|\bpost-?paid\b|\bpayg\b")
# The site's own server, named as its: "their site ecs", "our web server", "the shop's instance"
_A_SITES_OWN_SERVER = re.compile(
    r"\b(?:our|their|my|his|her|the)\s+(?:(?:web)?site'?s?|shop'?s?|store'?s?|web|main|production|"
    r"prod)\s+(?:ecs|servers?|instances?|vps|box)\b"
)
# The CDN answer's one number: the temporary ECS instance's subscription of at least three months.
_ECS_TERM = re.compile(
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
_A_SERVER_WORD = re.compile(r"\b(?:ecs|instances?|servers?|vps|box)\b")
# Whether a server in mainland China is needed, asked: "so we need an ECS in China even though
# we're on AWS?", "is a mainland server really required?"
_A_MAINLAND_SERVER_NEEDED = re.compile(
    r"\b(?:need|needs|require|requires|must (?:buy|rent|get|have)|have to (?:buy|rent|get|have))\s+"
    r"(?:\w+\s+){0,3}?(?:ecs|instances?|servers?|vps|box)\b[^.?!]{0,20}?"
    r"\b(?:in|inside|within|on)\s+(?:the\s+)?(?:mainland|china|prc|cn)\b|"
    r"\b(?:mainland|china|chinese|prc)\s+(?:\w+\s+)?(?:ecs|instances?|servers?|vps|box)\b"
    r"[^.?!]{0,20}?\b(?:needed|required|necessary|mandatory)\b|"
    r"\b(?:need|needs|require|requires)\s+(?:an?\s+|one\s+|some\s+|the\s+)?(?:mainland|china|"
    r"chinese|prc)\s+(?:\w+\s+)?(?:ecs|instances?|servers?|vps|box)\b"
)


# The instance named by its aim: "where would the ECS instance for the filing need to be?", "the
# mainland ECS instance used for the filing"
_THE_FILINGS_SERVER = re.compile(
    r"\b(?:ecs|instance|server|vps)\b(?:\s+instance)?\s+(?:(?:we\s+)?(?:used|bought|purchased|"
    r"rented|kept|needed|required|subscribed)\s+)?(?:just\s+|only\s+)?(?:for|of)\s+"
    r"(?:the\s+)?(?:icp\s+)?(?:filing|beian)\b"
)


# How long the instance is kept, asked (not a server's billing: "can I switch my ECS from monthly
# subscription to pay-as-you-go?")
_A_TERM_ASKED = re.compile(
    r"\bhow long\b|\b(?:minimum|min\.?|shortest)\b|\bfor what\b[^.?!]{0,20}"
    r"\b(?:period|term|time)\b|\bhow many months\b"
)


_IT = re.compile(r"\b(?:it|that one|this one|that|this)\b")


def asks_a_billing_method_of_it(text: str) -> bool:
    """A question whether a way of paying does for something named before ("and pay as you go is
    fine for it i assume?"), naming nothing else the FAQ leaves out: in a conversation on the CDN
    filing, its temporary ECS instance's subscription."""
    text = clean(text)
    rest = _BILLING_METHOD.sub(" ", text)
    return (
        is_question(text)
        and rest != text
        and bool(_IT.search(rest))
        and not _A_SERVER_WORD.search(text)
        and not uncovered_subjects(rest)
    )


def asks_about_the_temporary_server(text: str) -> bool:
    """A question about the ECS instance in mainland China that the CDN answer says a filing
    needs: its term ("how long must the temporary ECS be subscribed?", "for how long do we need
    that server?") or the instance itself ("a throwaway ECS just for the filing - really?"),
    naming nothing the FAQ leaves out."""
    text = clean(text)
    return (
        is_question(text)
        and bool(_A_SERVER_WORD.search(text))
        and bool(
            (_ECS_TERM.search(text) and _A_TERM_ASKED.search(text))
            or TEMPORARY_SERVER.search(text)
            or _THE_FILINGS_SERVER.search(text)
        )
        and not uncovered_subjects(text)
    )


def asks_if_a_mainland_server_is_needed(text: str) -> bool:
    """A question whether a server in mainland China is needed ("do we really need a server in
    China even though we're on AWS?"): after the CDN answer, its temporary ECS instance."""
    text = clean(text)
    return (
        is_question(text)
        and bool(_A_MAINLAND_SERVER_NEEDED.search(text))
        # (whether it is needed, not a question of its own: "..., which region is best?")
        and not _ASKS_ITS_OWN.search(text)
        and not uncovered_subjects(text)
    )


_ALSO_ASKS_WHY_NEEDED = re.compile(
    r"\b(?:why|when|whether|do|does|is|if)\b[^.?!]{0,40}"
    r"\b(?:need|needs|needed|necessary|required|requires|must)\b"
)

# What each FAQ question is about: an answer needs its subject in the message.
_ICP = (
    # (not office furniture: "a filing cabinet")
    r"(?:icp|beian|bei'?an|filing(?! cabinet)|filings|filed|unfiled|file|recordals?|licen[cs]e|"
    r"licen[cs]es|"
    r"licen[cs]ing|licen[cs]ed|registration|register|registered|record|miit)"
)
_GET = (
    r"(?:get|getting|obtain\w*|apply|applying|register|registering|acquire|secure|receive|"
    r"file|complete)"
)
_NEED = (
    r"(?:need|needs|needed|require|required|requires|requirement|requirements|necessary|"
    r"must|mandatory|compulsory|optional|have to|has to|obligat\w*|should|legal|legally|allowed|"
    r"avoid|bypass|skip|get around|exempt\w*|apply|applies|care)"
)
# The filing number as the thing applied for is the filing itself ("how to apply for an ICP
# filing number?"), not where the number is shown.
_GETS_THE_NUMBER = re.compile(
    # (a word of its own before it: "apply for a state-issued registration number")
    rf"\b{_GET}\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w]+-[\w]+\s+)?(?:icp\s+)?"
    r"(?:filing|registration|record|beian)\s+number\b|"
    # ("who has to get an ICP number?": the filing's own name for it)
    rf"\b{_GET}\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?icp\s+number\b(?![^.?!]{{0,40}}"
    r"\b(?:footer|display\w*|show\w*|where)\b)|"
    # having or needing one: "the consequence of having no ICP number", "when you need an ICP
    # number" (not where it is shown: "do we need the ICP number in the footer?")
    # ("no" only opening a clause: "Checklist note - no filing number = ...", not "does that
    # news site really have no ICP number?", another's)
    r"\b(?:without|(?:^|(?<=[-:;,(]\s))no|having no|not having|(?:we|i) have no|"
    r"(?:we|i) (?:don't|do not) have|need|needs|require|(?:must|to|should|gotta) have|"
    r"requires|lack\w*)\s+(?:an?\s+|any\s+|the\s+|that\s+|this\s+|(?:your|our|its|their)\s+own\s+)?"
    r"(?:icp|beian|filing)\s+number\b(?![^.?!]{0,40}"
    r"\b(?:(?:on|in|at)\s+(?:the\s+|our\s+|every\s+|each\s+)?(?:\w+\s+)?(?:homepage|home page|"
    r"websites?|sites?|pages?|footers?|screens?)\b|footer|display\w*|show\w*|put|place|where))"
)
# Having no filing (yet): the filing is absent, failed, avoided or delayed, said of the filing
# itself ("what if our beian is rejected?", "can we go live while the ICP is pending?"), not of
# anything near it ("Hong Kong is not yet mainland China", "no CDN at all. ICP yes or no?").
_THE_FILING = (
    r"(?:icp|beian|bei'?an|filings?|filling|recordals?|licen[cs]es?|records?|approval|paperwork|"
    r"documents?|(?:office|registration|company|business) certificates?|application|"
    r"registration)"
)
_NO_FILING = re.compile(
    r"\btoo (?:hard|difficult|complicated|complex)\b|\bgive up\b|"
    # tried and turned down: "both attempts were refused", "our application got rejected"
    r"\b(?:attempts?|applications?|tries|submissions?)\b(?:\s+\w+){0,3}?\s+(?:were|was|got|"
    r"have been|has been|keep getting|kept getting)\s+(?:rejected|refused|denied|turned down)\b|"
    r"\b(?:not|n't|won't be|never be) eligible\b|\bun-?filed\b|\bnot (?:filing|filed)\b|"
    # not known of, so not had: "nobody told us about icp", "we never heard of beian"
    r"\b(?:(?:nobody|no one|no-one)\s+(?:ever\s+)?(?:told|warned|informed)\s+(?:us|me)\s+about|"
    r"(?:never|not|didn't|did not)\s+(?:even\s+)?(?:heard of|knew about|know about|aware of))\s+"
    r"(?:the\s+|an?\s+|this\s+)?(?:icp|beian|filing)\b|"
    r"\b(?:do not|don't|dont|won't|will not|never|not) (?:file|register|apply)\b|"
    # "what options do we have if we cant file?" (not a ticket or a claim filed)
    r"\b(?:can't|cant|cannot|can not|couldn't|unable to|not able to)\s+(?:\w+\s+)?file\b"
    r"(?!\s+(?:an?|the|our)\s+(?:\w+\s+)?(?:tickets?|reports?|complaints?|claims?|bugs?|"
    r"issues?|returns?|taxes|requests?)\b)|"
    # "what if we simply don't get the ICP filing?"
    r"\b(?:do not|don't|dont|won't|will not|never|didn't|did not)\s+(?:do|get|make|bother with|"
    r"complete)\s+(?:the\s+|an?\s+|any\s+|our\s+)?(?:icp|beian)(?:\s+filing)?\b|"
    # "a website ... that never gets filed", "sites that aren't filed yet"
    r"\b(?:never|not)\s+(?:gets?|got|been|being|yet)\s+(?:icp[- ]|beian[- ])?filed\b|"
    r"\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|hasn'?t been|haven'?t been)\s+(?:yet\s+)?"
    r"(?:icp[- ]|beian[- ])?filed\b|"
    # absent: "without a beian", "no icp filing", "don't have one", "lacking the paperwork"
    r"\b(?:without|no|not have|not having|don't have|dont have|do not have|haven't|hasn't|"
    # (not the other licences: "no commercial license", "no business licence in China")
    # (nor "no way around it": the filing unavoidable, not absent)
    # ("in the absence of an ICP licence", "absent a beian", "for want of a filing")
    r"lack\w*|missing|(?:in the )?absence of|absent|for want of|devoid of)\s+"
    r"(?!(?:way|getting)\s+(?:a)?round\b)"
    r"(?:(?!(?:icp\s+)?(?:commercial|business)\b)\w+\s+){0,2}"
    r"(?:" + _THE_FILING[3:-1] + r"|(?P<one>one|it))\b"
    # (not whether one is needed: "no filing needed then?", "that means no ICP, right?")
    r"(?!\s+(?:is\s+|be\s+)?(?:needed|required|necessary)\b|\s*,?\s*(?:right|correct|then|"
    r"yes)\s*\?)|"
    # not got: "can't get icp", "never manage to get ICP", "unable to provide a domain name"
    r"\b(?:cannot|can't|cant|unable to|not able to|won'?t be able to|never|fail\w* to|"
    # (not papers that "won't work" or "won't be accepted" for it: which papers count is who
    # may file)
    r"(?:won'?t|will not)(?!\s+(?:need|require|have to|work|count|let|allow|be accepted|be valid|"
    r"be recogni[sz]ed))|refuses? to)\s+"
    # (not a way in: "so we can't do it through your filing system?")
    r"(?!(?:\w+\s+){0,2}(?:through|via)\s)(?:\w+\s+){0,4}" + _THE_FILING + r"\b|"
    r"\b(?:cannot|can't|cant|unable to|not able to|won't be able to)\s+(?:\w+\s+){0,3}"
    r"domains?\b|"
    # put down to the filing: "has the server been blocked because of beian?"
     + _BLOCKED_FOR_THE_FILING.pattern + "|"
    # "what happens if we don't get an ICP Filing?"
    r"\b(?:don't|dont|do not|didn't|did not|won't|will not|doesn't|does not|not)\s+(?:get|obtain|"
    r"receive|complete|finish|hold)\s+(?:\w+\s+){0,2}" + _THE_FILING + r"\b|"
    # the filing's state: "ICP filing isn't finished", "the beian was rejected", "icp not done",
    # "the filing can't go through", "the ICP Filing isn't." (not "our ICP is approved")
    r"\b" + _THE_FILING + r"\b(?:\s+\w+){0,3}?\s+(?:(?:is|was|got|gets|get|has been|"
    r"keeps being|still)\s+)?(?:rejected|refused|denied|failed|stuck|pending|in progress|"
    r"in process|being (?:processed|reviewed)|awaiting approval|"
    r"under review|outstanding|impossible|not possible|drags on|dragging on|a non-starter|"
    r"a no-go|out of the question)\b|"
    r"\b" + _THE_FILING + r"\b(?:\s+\w+){0,3}?\s+(?:isn't|is not|not|wasn't|was not|can't|"
    r"cannot|can't be|cannot be|won't be)\s+(?:yet\s+)?(?:done|finished|complete|completed|"
    r"approved|ready|possible|go through|be (?:done|completed|finished))\b|"
    r"\b" + _THE_FILING + r"\s+(?:isn't|is not|aren't)\s*(?:[.?!,;]|$)|"
    # "alternatives to beian" (not "skip the filing": whether one is needed at all)
    r"\balternatives? to\s+(?:\w+\s+){0,2}" + _THE_FILING + r"\b|"
    # a time before the filing: "before beian approval", "while the ICP is pending", "go live
    # first and file later" (not "until 2021 we hosted in Xiamen", "a licence later")
    # (in one clause: not "before we flip DNS, is there a filing requirement?")
    r"\b(?:before|until|during|while)\b[^.?!,;]{0,30}\b(?:filing|filed|approv\w*|icp|beian|"
    r"review\w*|process)\b|"
    # ... the filing named before: "can the site be online while we wait for it?"
    r"\b(?:online|live|open|up|running|accessible|visible|reachable|public)\b[^.?!]{0,20}"
    r"\b(?:while|until)\s+(?:we|you|they|i)\s+(?:wait|are waiting|'re waiting)\s+for\s+(?:it|that|"
    r"(?:the\s+)?approval)\b|"
    r"\b(?:open|launch|go live|run|use|serve)\b[^.?!]{0,30}\b(?:in the meantime|meanwhile)\b|"
    r"\b(?:in the meantime|meanwhile)\b[^.?!]{0,30}\b(?:open|launch|go live|run|use|serve)\b|"
    r"\bwithout waiting\b[^.?!]{0,20}\b(?:filing|icp|beian|approv\w*|licen[cs]e)\b|"
    # "if they skip the filing, can the site still be opened?"
    r"\bif\s+(?:we|they|you|i|the client)\s+(?:skip|ignore|bypass|forgo)\s+(?:the\s+|an?\s+)?"
    r"(?:icp|beian|filing)\b|"
    # "what happens if I skip the icp filing?"
    r"\bwhat (?:happens|will happen|would happen|if)\b[^.?!]{0,20}\b(?:skip\w*|ignor\w*|bypass\w*|"
    r"forgo\w*)\s+(?:the\s+|an?\s+)?(?:icp|beian|filing)\b|"
    r"\b(?:first|now|launch\w*|go(?:ing)? live|open|publish\w*)\b[^.?!]{0,60}"
    r"\b(?:file|filing|icp|beian)\b[^.?!]{0,15}"
    r"\b(?:later|afterwards)\b"
)
# Things a user may have or lack other than the filing: "one" after the last of them named is
# that thing ("Alibaba only files sites that have a domain? what if we don't have one?").
# (named as something to have: "a domain", "any local entity"; not "our company is German")
_OTHER_THINGS = re.compile(
    r"\b(?:an?|any|no)\s+(?:[\w-]+\s+){0,2}?(?:domains?|domain names?|compan(?:y|ies)|"
    r"entit(?:y|ies)|offices?|branch(?:es)?|subsidiar(?:y|ies)|business licen[cs]es?|"
    r"ip address(?:es)?)\b"
)
_A_FILING = re.compile(r"\b" + _THE_FILING + r"\b")


@functools.lru_cache(maxsize=512)  # asked of the same text for every FAQ question's subject
def with_what_one_stands_for(text: str) -> str:
    """`text` with "one" or "it" in "without one", "don't have it", ... replaced by the thing it
    stands for when that is not the filing: the last thing named before it ("... sites that have
    a domain? what if we don't have one?" -> "... don't have a domain?"). With nothing named
    before it, or the filing named last, it stays: in this assistant, the filing."""
    for found in reversed(list(_NO_FILING.finditer(text))):
        if not found.group("one"):
            continue
        before = text[: found.start("one")]
        things = list(_OTHER_THINGS.finditer(before))
        filings = [m.end() for m in _A_FILING.finditer(before)]
        if things and not (filings and filings[-1] > things[-1].end()):
            thing = re.sub(r"^\S+\s+", "", things[-1].group(0))  # (without its article)
            text = f"{text[: found.start('one')]}a {thing}{text[found.end('one') :]}"
    return text


# A province, not provinces in general ("filing only in certain provinces")
_ONE_PROVINCE = (
    r"\bprovinc(?!es\b)\w*|"
    + "".join(
        rf"(?<!\b{word} )"
        for word in ("some", "certain", "few", "all", "most", "many", "various", "several")
    )
    + r"\bprovinces\b"
)
# Where someone named files: "where should our Xiamen branch apply for the beian?"
_WHERE_SOMEONE_FILES = (
    r"\bwhere\s+(?:does|do|should|must|would|can)\s+(?:[\w'-]+\s+){1,5}?(?:file|apply|register|"
    r"submit)\s+(?:for\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?(?:icp|beian|filing|备案)"
)
TOPIC_SUBJECTS: Dict[str, Pattern] = {
    name: re.compile(pattern)
    for name, pattern in {
        # (and the temporary ECS its filing needs: "is 1 month enough for that temporary ECS?")
        "ask_cdn": r"\bcdns?\b|\bcontent delivery\b|\baccelerat\w*|\bdcdn\b|\bedge nodes?\b|"
        + TEMPORARY_SERVER.pattern,
        "ask_load_balancer": r"\bload[- ]?balanc\w*|\bslb\b|\bclb\b|\balb\b|\bnlb\b",
        # A site reached only by its IP address (not any IP: a visitor's, a blocked one, a PoP's).
        # (not "just" of time: "we just changed DNS to the SLB IP")
        # (nor a private address, which is no access at all: "an ECS that only has a private IP")
        # (not the IP a DNS record is changed to: "we only change the DNS to the SLB IP")
        "ask_ip_only": r"\b(?:only|just(?!\s+\w+ed\b)|solely|purely)\b(?:(?!\bdns\b)[^.?!]){0,30}"
        r"(?<!private )(?<!internal )(?<!intranet )(?<!vpc )\bips?\b|"
        r"\bips?\b[^.?!]{0,25}\bonly\b|"
        r"\b(?:by|via|through|using|with|over|from) (?:its |the |an |a |our |their |my )?"
        r"(?:public |raw |bare |static )?ip\b|"
        r"\b(?:no|without(?: a| any)?)\s+(?:(?:website|web|site|real|proper|registered|public)\s+)?"
        r"(?:domain|url)|"
        r"(?:\bnot|n't|\black\w*)\s+(?:have |use |using |got )?(?:a |any )?domain|\bip[- ]only\b|"
        r"\bbare ip\b|"
        r"\binstead of a domain\b|\bip (?:filing|based|website|site|access)\b|"
        r"\bip address (?:websites?|sites?|filing)\b|\bfor an? ip\b|"
        # what the IP-only answer says, checked: "so we can't do it through your filing system?"
        # (not asked why: "why can't a rep office file via your portal?")
        r"^(?![^.?!]*\bwhy\b)\W*(?:so|then|ok|okay|and)\b[^.?!]{0,60}\b(?:can'?t|cannot|can not|"
        r"not)\b[^.?!]{0,25}\b(?:through|via|using)\s+(?:the\s+|your\s+|alibaba(?:\s+cloud)?(?:'s)?\s+)(?:icp\s+)?"
        r"(?:filing\s+)?(?:system|portal)\b|"
        # ... or asked of the conversation's site: "can i submit it thru the alibaba cloud icp
        # system?"
        r"^(?![^.?!]*\b(?:domain|www)\b)\W*(?:so\s+|then\s+|and\s+|ok\s+)?(?:can|could|may)\s+"
        r"(?:i|we)\s+(?:still\s+)?"
        r"(?:submit|file|apply|do|lodge)\s+(?:it|this|that|one)\s+(?:thru|through|via|using|in|on)\s+"
        r"(?:the\s+|your\s+)?(?:alibaba(?:\s+cloud)?(?:'s)?\s+)?(?:icp\s+)?(?:filing\s+)?"
        r"(?:system|portal)\b|"
        # reached at an address given in figures: "currently reached via 47.x.x.x"
        r"\b(?:reached|accessed|reachable|accessible|served|opened)\s+(?:only\s+)?(?:via|by|at|"
        r"through|on)\s+(?:\d{1,3}|x{1,3})(?:\.(?:\d{1,3}|x{1,3})){3}(?!\w|\.\w)",
        # (where to file, not where to begin: "where can I start the application?")
        # (not "only in certain provinces": what the FAQ says of a representative office)
        "ask_which_province": _ONE_PROVINCE + r"|\bwhere (?:do|should|can|shall|must) (?:i|we) "
        r"(?:file|apply|register|submit|do)\b|" + _WHERE_SOMEONE_FILES + "|"
        # "where would the ICP filing be done?" (not "where do I find the filing number?")
        r"\bwhere (?:would|will|should|does|do|is|must|can)\b(?:\s+(?:the|our|my|an?|we|i|it))?"
        r"(?:\s+(?:icp|beian))?\s+(?:filing|application|beian|icp)\s+(?:be\s+)?(?:done|filed|"
        r"submitted|made|processed|handled|go|happen)\b|"
        # "guess where the ICP goes"
        r"\bwhere\s+(?:the\s+|our\s+|their\s+)?(?:icp|beian|filing|application)\s+"
        r"(?:goes|should go|must go|has to go|is filed|gets filed)\b|"
        # "would we file in Liaoning?", "do we file there, or in Zhejiang?", "we'd rather do the
        # filing in Shanghai"
        r"\b(?:file|filing|apply|register|submit)\s+(?:it\s+|us\s+|me\s+|them\s+|"
        r"(?:it\s+)?all(?:\s+(?:that|this|of it))?\s+|(?:that|this|everything)\s+|"
        r"(?:for\s+)?(?:the\s+|our\s+)?"
        r"(?:icp|beian)(?:\s+filing)?\s+|for (?:it|the filing)\s+|there,?\s+or\s+)?in\s+"
        + words_pattern(MAINLAND_PROVINCES)
        + r"|\b(?:we|i|to|should|must|can|do)\s+file (?:it )?there\b|"
        # two provinces to choose from beside the filing: "icp must shanghai or can guangdong?"
        # (not where servers are: "do we need ICP if we host in Beijing or Shanghai?")
        r"\b(?:icp|beian|filing|file)\b(?:(?!\b(?:if|when|host\w*|servers?|ecs|need\w*|"
        r"requir\w*)\b)[^.?!]){0,20}"
        + words_pattern(MAINLAND_PROVINCES)
        + r"[^.?!]{0,15}\bor\b[^.?!]{0,15}"
        + words_pattern(MAINLAND_PROVINCES)
        + r"|"
        # asked bare: "our licence is from beijing, ecs hangzhou. beian in zhejiang?"
        # (not whether one is needed there: "do we still need ICP in Shanghai?")
        r"(?<!need )(?<!needs )(?<!require )(?<!requires )(?<!required )"
        r"\b(?:icp|beian|filing)\s+in\s+" + words_pattern(MAINLAND_PROVINCES) + r"\s*\?|"
        # "is the filing done in Shanghai or Guangdong?", "can we choose Beijing for the ICP
        # filing?"
        r"\b(?:filing|beian|icp|application)\s+(?:be\s+|is\s+|gets?\s+)?(?:done|made|submitted|"
        r"filed|processed|handled)\s+in\s+"
        + words_pattern(MAINLAND_PROVINCES)
        # ... or said to be there: "then the filing would be in Sichuan?", "and that'd be filed in
        # Chongqing?"
        + r"|\b(?:filing|beian|application)\s+(?:would|will|should|must|could)\s+be\s+in\s+"
        + words_pattern(MAINLAND_PROVINCES)
        + r"|(?:'d|\bwould|\bwill|\bshould|\bmust|\bcould)\s+be\s+filed\s+in\s+"
        + words_pattern(MAINLAND_PROVINCES)
        + r"|\b(?:choose|pick|select|go with)\s+"
        + words_pattern(MAINLAND_PROVINCES)
        + r"\s+for\s+(?:the\s+|our\s+)?(?:icp\s+|beian\s+)?(?:filing|beian|icp|application)\b|"
        # where the licence was issued, which decides it: "what if the licence had been issued in
        # Hebei instead?"
        r"(?<!\bno )(?<!\bwithout a )\blicen[cs]e\b[^.?!,;]{0,30}\b(?:issued|registered|granted|"
        r"(?:came|come|comes) from)\s+(?:in\s+|by\s+)?"
        + words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES))
        + r"|"
        # (not the region to host in: "which region should we use so Chinese visitors reach us?")
        r"\bwhich (?:region|city|location|place|authority)\b"
        r"(?!\s+(?:should|shall|can|could|would|do)\s+(?:we|i)\s+"
        r"(?:use|host|deploy|pick for (?:the )?(?:servers?|ecs|hosting))\b|"
        r"\s+to (?:use|host|deploy)\b)|"
        r"\bwhere to (?:file|apply|register)\b|"
        # where, after the filing's verb: "licence shenzhen server beijing file where", "the icp
        # gets filed where the ecs region is?", "should our filing follow where the servers are"
        # (not where to find or show something: "filed where do I see the number?")
        r"\b(?:file|filed|files|filing|apply|applied|application|register|registered|submit|"
        r"submitted|beian)\s+(?:[\w'-]+\s+){0,2}?where\b(?!\s+(?:(?:do|can|should)\s+(?:i|we)\s+)?(?:to\s+)?"
        r"(?:find|see|check|display|put|show|get|look|download|track)\b)|"
        # "where should a Xi'an-registered entity file its ICP", "must the ICP be filed in
        # Zhejiang", "does the bei'an go to Shanghai or to Sichuan"
        r"\bwhere (?:do|does|should|can|shall|must|would|will)\s+(?:[\w'-]+\s+){1,4}?"
        r"(?:file|apply|register|submit)\b|"
        # ... said passively: "where will their filing be lodged?"
        r"\bwhere (?:should|can|shall|must|would|will|is|are)\s+(?:[\w'-]+\s+){1,3}?"
        r"(?:filing|application|beian|icp)\s+(?:be\s+)?(?:lodged|submitted|filed|sent|made|done)\b|"
        r"\b(?:icp|beian|bei'?an|filing|application)\s+(?:\w+\s+){0,2}?(?:go|goes|be filed|"
        r"be done|be submitted|filed|submitted)\s+(?:to|in|at|with)\s+(?:"
        + words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES))
        + r")\b",
        # Presence in mainland China, not any mention of a company ("should our company get one?").
        "ask_physical_office": rf"\boffices?\b|\b(?:{REP_OFFICE_PINYIN})\b|"
        r"\brepresentative\b|\bbranch\w*|"
        r"\bsubsidiar\w+|\bwfoe\b|\bwofe\b|\bjoint venture\b|"
        r"\b(?:company|companies|co|biz|entity|entities) (?:in|inside) (?:mainland )?"
        r"(?:china|cn|the prc|prc)\b|"
        # "make sure ur co is legally registered in cn", "lawful registration status in China"
        r"\b(?:company|co|biz|business|firm|entity)\b[^.?!]{0,50}\b(?:registered|registration)\b"
        r"[^.?!]{0,20}\bin (?:mainland )?(?:china|cn|the prc|prc)\b|"
        r"\b(?:chinese|local|legal|registered) (?:company|entity)\b|"
        r"\bno (?:\w+ ){0,2}(?:company|entity)\b|\bfootprint\b|"
        # "can we file with nothing in China?"
        r"\b(?:have|has|had|with) nothing (?:at all )?(?:in|on) (?:the )?(?:mainland|china|prc)\b|"
        # a company's presence, not a site's ("a web presence in China")
        r"(?<!web )(?<!online )(?<!digital )(?<!internet )(?<!-based )\bpresence\b|"
        r"\b(?:company|firm|business|enterprise)\b[^.?!]{0,30}\bin (?:mainland )?"
        r"china\b|\b(?:company|business|corporate)(?:'s)? (?:certificate|documents?|registration|"
        r"papers)\b|"
        r"\bforeign (?:company|companies|enterprises?|business\w*|firm)\b|"
        # documents issued abroad ("can we submit our Delaware certificate of incorporation?")
        r"\b(?:documents?|docs?|certificates?|papers)\b[^.?!]{0,30}\b(?:issued|from)\b"
        r"[^.?!]{0,10}\b(?:outside|abroad|overseas|foreign|another country)\b|"
        r"\b(?:foreign|overseas|non-chinese) (?:documents?|docs?|certificates?|papers)\b|"
        r"\bcertificate of incorporation\b|\bincorporation (?:certificate|documents?)\b|"
        r"\bcompany docs?\b|"
        r"\b(?:business|trade|trading) licen[cs]e\b|\bregistered outside\b|"
        # papers made ready abroad: "our licence is notarised and translated"
        r"\b(?:notari[sz]ed|apostill\w*|legali[sz]ed)\b|"
        r"\boverseas (?:company|companies|enterprises?|business\w*)\b|"
        # "can a Hong Kong company hold one?" (not "should our company get one?")
        r"\b(?:can|could|may)\s+(?:a|an|our|my|the)\s+(?:[\w-]+\s+){0,2}"
        r"(?:company|companies|firm|business|enterprise|entity)\s+(?:\w+\s+)?"
        r"(?:hold|file|apply|register|get|obtain|have)\b",
        "ask_no_filing": _NO_FILING.pattern,
        "ask_need_icp": rf"\b{_NEED}\b|\bdo (?:i|we)\b|\bdoes (?:my|our|a|the)\b|\b{_ICP}\b",
        "ask_hosted_outside": r"\boutside\b|\boverseas\b|\babroad\b|\boffshore\b|\bhong ?kong\b|"
        r"\bhk\b|\bforeign (?:servers?|hosting|host)\b|\b(?:anywhere|somewhere) else\b|"
        r"\belsewhere\b|\bnot in (?:mainland )?"
        r"china\b|\bno longer\b[^.?!]{0,40}\b(?:china|mainland)\b|"
        r"(?:\bnot\b|n't\b)[^.?!]{0,20}\b(?:in|on) (?:mainland )?china\b",
    }.items()
}
# Documents issued outside mainland China used to file: the FAQ says they are not accepted.
_DOCUMENTS = r"(?:documents?|docs|papers|paperwork|certificates?|originals?|extracts?)"
_FOREIGN_DOCUMENTS = re.compile(
    r"\b(?:(?:overseas|foreign|abroad|offshore|non-chinese|hong kong|hk)[- ]|(?:us|uk|eu)-)"
    r"(?:issued\s+|"
    rf"registered\s+)?(?:{_DOCUMENTS}|business licen[cs]es?)\b|"
    # "our Hong Kong CR and BR certificates"
    r"\b(?:hong kong|hk)\s+(?:[\w'-]+\s+){1,4}?(?:certificates?|certs?|documents?|docs|papers)\b|"
    # "its HK business registration" (Hong Kong's BR, a document)
    r"\b(?:hong kong|hk)\s+business registrations?\b|"
    # ... and its initials ("their Hong Kong BR", "our HK CR")
    r"\b(?:hong kong|hk)\s+(?:br|cr|bri)\b|"
    rf"\b{_DOCUMENTS}\s+(?:issued|from|registered)\s+(?:\w+\s+)?"
    r"(?:overseas|abroad|outside)\b|"
    # by the country's adjective: "our German originals", "Dutch registry extract" (not the
    # language: "English documents")
    r"\b"
    + words_pattern(tuple(a for a in FOREIGN_ADJECTIVES if a != "english"))
    + rf"\s+(?:\w+\s+){{0,2}}(?:{_DOCUMENTS}|business licen[cs]es?)\b"
)
# A company's registration papers, by their kind ("our ACRA business profile", "the certificate
# of incorporation"): documents issued outside mainland China when the company is said to be
# registered there ("our Singapore HQ", "a Delaware LLC"; not "our Shenzhen branch's
# certificate of incorporation").
_COMPANY_PAPERS = re.compile(
    r"\b(?:business profile|(?:certificates?|certs?) of (?:incorporation|registration)|"
    r"business registration (?:certificates?|certs?)|"
    r"(?:incorporation|company registration|registry|register|chamber of commerce)\s+"
    r"(?:certificates?|documents?|papers|extracts?)|articles of association|"
    r"companies house|handelsregister\w*|acra)\b"
)
_COMPANY_ABROAD = re.compile(
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


# A company's papers by the country that issued them: "our German Handelsregisterauszug", "the
# Singapore ACRA business profile"
_PAPERS_OF_A_COUNTRY = re.compile(
    words_pattern(
        ABROAD
        + OTHER_CHINESE_REGIONS
        + tuple(a for a in FOREIGN_ADJECTIVES if a != "english")
        + ("hong kong", "hk", "delaware")
    )
    + r"\s+(?:[\w-]+\s+){0,2}?"
    + _COMPANY_PAPERS.pattern
)


def _foreign_documents(text: str) -> bool:
    """Documents issued outside mainland China, named as such or as a foreign company's own."""
    return bool(
        _FOREIGN_DOCUMENTS.search(text)
        or _PAPERS_OF_A_COUNTRY.search(text)
        or (_COMPANY_PAPERS.search(text) and _COMPANY_ABROAD.search(text))
    )


# Who may get a filing, and how one gets it (the answer: which registration documents a foreign
# company can use), when the message names the filing: not "who is eligible for a residence
# permit in China?".
_WHO_MAY_FILE = re.compile(
    rf"\b(?:how(?! many| much| long| often)|who)\b[^.?!]{{0,40}}"
    rf"\b(?:{_GET}|hold|eligible|qualif\w*)\b|\beligib\w*|\bforeigners?\b|"
    + _FOREIGN_DOCUMENTS.pattern
)
# The filing itself, named: not any licence or registration ("a business licence", "real-name
# registration of a domain", "a licence to sell food"). A licence, permit or registration counts
# when it is a website's ("a license to host a website", "ICP license").
_FILING_NAMED = re.compile(
    r"\b(?:icp|beian|bei'?an|filings?(?!\s+cabinets?\b)|filed|unfiled|miit|record-filing|"
    r"recordals?)\b|"
    r"\bministry of industry\b|"
    # the ICP Commercial License, by its short name ("a commercial (jingyingxing) license")
    r"\bcommercial\W+(?:\w+\W+)?licen[cs]es?\b|\bjing ?ying ?xing\b|"
    # "can we file?", "file for it" (not "file a VAT return", "file our taxes", "file a bug")
    r"\bfile\b(?!\s+(?:a|an|the|our|my|your|their|its|this|that|"
    r"for (?!icp|beian|recordal|it\b|one\b|"
    r"an? (?:icp|filing)))\b)|"
    # ... a site filed: "can the WFOE's licence be used to file the parent company's website?"
    r"\bfile\s+(?:the|our|my|your|their|its|this|that|an?)\s+(?:[\w'-]+\s+){0,3}?(?:websites?|"
    r"sites?|domains?|homepages?|web ?shops?)\b"
)
_OTHER_LICENCES = re.compile(
    r"\b(?:business|food|trade|import|export|work|driving|real[- ]name|trademark|copyright|"
    r"software|tax|residence)\s+(?:licen[cs]es?|registrations?|permits?)\b"
)
_SITE_LICENCE = re.compile(
    r"\b(?:licen[cs]e|licen[cs]es|licen[cs]ing|licen[cs]ed|permits?|registration|registered|"
    r"register|record)\b[^.?!]{0,40}\b(?:websites?|sites?|web|host|hosting|domains?|online)\b|"
    r"\b(?:websites?|sites?|web|host|hosting|domains?|online)\b[^.?!]{0,40}"
    r"\b(?:licen[cs]e|licen[cs]es|licen[cs]ing|licen[cs]ed|permits?|registration|registered|"
    r"register|record)\b"
)


# ICP is also the Internet Computer's token ("how do I stake ICP?", "ICP neurons"): that ICP, with
# nothing of China, a filing or a site beside it, is not the filing.
_ANOTHER_ICP = re.compile(
    r"\b(?:internet computer|dfinity|tokens?|coins?|"
    r"stak(?:e|es|ed|ing)|neurons?|canisters?|wallets?|"
    r"crypto\w*|blockchain|defi|nfts?|binance|coinbase|airdrops?|"
    r"(?:buy|sell|trade|trading|hold|holding)\s+icp)\b"
)
# ICP the lab instrument (inductively coupled plasma), wherever it is bought.
_ICP_INSTRUMENT = re.compile(
    r"\bicp[- ]?(?:ms|oes|aes)\b|\binductively coupled plasma\b|\biterative closest point\b"
)
# ICP the point-cloud algorithm, whose "registration" aligns scans ("ICP point to point
# registration fails"): only where nothing else of the filing's world is named ("we sell lidar
# sensors; our shop is on ECS in Shanghai, do we need ICP?" is the filing's).
_ICP_ALGORITHM = re.compile(
    r"\bpoint[- ]to[- ](?:point|plane)\b|\bpoint[- ]?clouds?\b|\bopen3d\b|\blidar\b|"
    r"\bscan[- ]matching\b"
)
_THE_FILINGS_WORLD = re.compile(
    r"\b(?:beian|bei'?an|filings?|filed|file|miit|websites?|sites?|portals?|apps?|"
    r"domains?|hosting|hosted|hosts?|servers?|ecs|cdn|alibaba|aliyun|licen[cs]es?|need|needs|"
    r"needed|required?|requires|mandatory|register\w*)\b"
)


def means_another_icp(text: str) -> bool:
    """ICP the Internet Computer's token or a lab instrument, not the filing: unrelated to this
    assistant."""
    text = clean(text)
    if _ICP_INSTRUMENT.search(text):
        return True
    if (
        _ICP_ALGORITHM.search(text)
        and re.search(r"\bicp\b", text)
        and not _THE_FILINGS_WORLD.search(re.sub(r"\bregist\w*", " ", text))
        and not PLACES.search(text)
    ):
        return True
    return bool(
        re.search(r"\bicp\b", text)
        and _ANOTHER_ICP.search(text)
        and not _THE_FILINGS_WORLD.search(text)
        and not ICP_WORDS.search(re.sub(r"\bicp\b", " ", text))
        and not PLACES.search(text)
    )


def names_the_filing(text: str) -> bool:
    """The message names the filing (ICP, beian, filing) or a website's licence."""
    text = clean(text)
    if means_another_icp(text):
        return False
    return bool(_FILING_NAMED.search(text) or _SITE_LICENCE.search(_OTHER_LICENCES.sub(" ", text)))


# The CDN and hosted-outside questions ask whether a filing is needed: a message about a CDN or
# offshore hosting that asks nothing of a filing ("do CDNs speed my site up in China?") is not
# theirs. A follow-up ("what about CDNs?") continues the filing question.
_FOLLOW_UP = re.compile(r"\b(?:what|how) about\b|\b(?:and|what) if\b")
_ASKS_ABOUT_FILING = re.compile(
    rf"\b{_ICP}\b|\b{_NEED}\b|"
    # (not a product's rules: "custom cache-key rules on all edge nodes")
    r"(?<!cache )(?<!cache-key )(?<!caching )(?<!firewall )(?<!routing )(?<!rewrite )"
    r"(?<!redirect )(?<!security )(?<!waf )(?<!header )(?<!access )"
    r"\b(?:rules?|regulations?|laws?)\b|"
    # the CDN filing's temporary instance: "why buy a mainland ECS when we only want the CDN?"
    r"\b(?:buy\w*|bought|rent\w*|get|getting|purchas\w*)\s+(?:an?\s+|one\s+)?(?:temp\w*\s+)?"
    r"(?:mainland|china|chinese|cn-[a-z]+)\s+(?:ecs|instances?|servers?|vps)\b|"
    + TEMPORARY_SERVER.pattern
    + r"|"
    + _FOLLOW_UP.pattern
)
_FILING_QUESTIONS = {"ask_cdn", "ask_hosted_outside"}
# A concern asked bare of the set-up just described: "CDN region set to Global. is that an
# issue?" (not of how something works: "images load slowly. Is that an issue?")
_CONCERN_ASKED = re.compile(
    r"\b(?:is|would|will|could)\s+(?:that|this|it)\s+(?:be\s+)?(?:an?\s+)?(?:issue|problem|"
    r"dealbreaker|concern)\s*\?|\bany (?:issues?|problems?) with (?:that|this|it)\s*\?"
)
_TECHNICAL = re.compile(
    r"\b(?:slow\w*|speed|latency|cach\w*|hit ratio|http/?\d|quic|bandwidth|timeouts?|errors?|"
    r"ssl|https|certificates?|images?|videos?|streaming|load(?:s|ing)? time)\b"
)
_SITE_OR_SERVER = re.compile(
    rf"\b(?:{SERVER_WORDS}|sites?|websites?|web|cdns?|regions?|shops?|stores?|apps?)\b"
)
# Questions that are about ICP Filing in China in every wording: without an ICP word or China, a
# message ("I cannot access it on the public network") is not theirs, unless it follows one up
# ("what if we only use a load balancer?").
_ICP_QUESTIONS = {"ask_no_filing", "ask_physical_office", "ask_load_balancer"}
# Questions about the filing itself, so the message must name it (or follow one up).
_ABOUT_THE_FILING = {"ask_physical_office", "ask_which_province"}
# The physical office's own paper, which the FAQ names as what a foreign company files with:
# naming it is the filing's subject ("obtain a permanent-office registration certificate to serve
# as the business licence")
_OFFICE_CERTIFICATE = re.compile(
    r"\b(?:permanent|representative|rep)[- ]offices?(?:'s?)?\s+(?:registration\s+)?certificates?\b"
)
ICP_WORDS = re.compile(
    rf"\b{_ICP}\b|\bchina\b|\bchinese\b|\bmainland\b|"
    r"\bministry of industry\b|\bnetwork access providers?\b"
)  # MIIT spelled out; the filing's access provider (the host that submits it)
# What the assistant's domain is about beyond the ICP words: hosting a site, Alibaba Cloud's
# products, places. A question about any of them that the FAQ does not answer is "not covered"
# (with a person to ask), not "I only answer ICP questions".
_HOSTING_WORDS = re.compile(
    r"\b(?:alibaba|aliyun|alicloud|ecs|servers?|host|hosts|hosted|hosting|websites?|sites?|domains?|"
    r"cdns?|slb|load[- ]?balanc\w*|dns|cloud|prc|gfw|vpn)\b"
)


# Places outside mainland China (hosting there is the hosted-outside question's subject), and
# every place the assistant knows.
PLACES_OUTSIDE = re.compile(words_pattern(ABROAD + OTHER_CHINESE_REGIONS))
# An office abroad ("from our Dubai office", "the Hong Kong branch"): no presence in mainland China
# (a sender only: "FW from our Dubai office", "from Seoul team"; not an office asked about: "is a
# Hong Kong branch enough to file?")
_OFFICE_ABROAD = re.compile(
    r"\bfrom\s+(?:(?:our|the)\s+)?(?:"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG + tuple(FOREIGN_ADJECTIVES))
    + r")\s+(?:offices?|hq|headquarters|team)\b"
)
PLACES = re.compile(
    words_pattern(
        ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG + MAINLAND_PROVINCES + tuple(MAINLAND_CITIES)
    )
)


_APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼ′』"})


_SHORTHAND = re.compile(r"(?<!\w)w/o(?!\w)")
_PROVINCE_TYPOS = re.compile(
    r"\b(?:provnce|provice|privince|povince|provinve|provinc|provinse|provinsi|provins|porvince|"
    r"provicne|provinec)\b|"
    # (the French region only where a province is asked: "which provence do we file ICP in?")
    r"(?<=\bwhich )provence\b|(?<=\bwhat )provence\b|(?<=\bsame )provence\b"
)


_BEIAN_SPACED = re.compile(r"\bbei(?:[\s-]+|')an\b")  # "bei an", "bei-an", "bei'an"
# The ICP Commercial License by its other English names ("the operational ICP license", "an ICP
# operating permit": 经营许可证)
_OPERATING_LICENCE = re.compile(
    r"\b(?:operational|operating)\s+icp\s+(?=licen[cs]es?\b|permits?\b)|"
    r"\bicp\s+(?:operational|operating)\s+(?=licen[cs]es?\b|permits?\b)"
)
_YES_NO_TAG = re.compile(r"[\s,:;-]*[(\[]?\b(?:y/n|yes/no|yes or no)\b[)\]]?(?=\s*\?)")


@functools.lru_cache(maxsize=1024)  # every rule cleans the same message
def clean(text: str) -> str:
    text = " ".join(lower_case(str(text or "")).translate(_APOSTROPHES).split())
    text = _PROVINCE_TYPOS.sub("province", text)  # "which provnce to file icp"
    text = _YES_NO_TAG.sub("", text)  # "ICP needed y/n?": a yes-no question, said twice
    text = _BEIAN_SPACED.sub("beian", text)  # "still must do bei an??"
    if "operat" in text:
        text = _OPERATING_LICENCE.sub("icp commercial ", text)  # "the operational ICP license"
    return _SHORTHAND.sub("without", text)  # "up for two weeks w/o any filing"


# Whether a filing is needed, or something allowed without one: the FAQ's own point.
_ASKS_IF_ALLOWED = re.compile(rf"\b{_NEED}\b|\bcan (?:i|we) use\b|" + _NO_FILING_QUESTION.pattern)


def _near_the_filing(words: str) -> Pattern:
    """`words` within a few words of the filing's name, before or after it."""
    return re.compile(rf"\b{words}\b[^.?!]{{0,40}}\b{_ICP}\b|\b{_ICP}\b[^.?!]{{0,40}}\b{words}\b")


_ASKS_IF_NEEDED = _near_the_filing(_NEED)


_STRICT_NEED = (
    r"(?:need|needs|needed|require|required|requires|requirement|mandatory|necessary|compulsory|"
    r"obligat\w*|exempt\w*)"
)
_SPEAKS_OF_NEED = _near_the_filing(_STRICT_NEED)


def speaks_of_need(text: str) -> bool:
    """A need word near the filing's name ("the old setup never needed icp, so we're fine?"); not
    whether something is allowed meanwhile ("may we keep it open while the filing is pending?")."""
    return bool(_SPEAKS_OF_NEED.search(clean(text)))


# How fast a site or CDN is, when the question asks it ("can a CDN without ICP be fast?"); not a
# wish stated beside the FAQ's question ("we want faster loading in China, do we need ICP?").
_PERFORMANCE = re.compile(
    r"\b(?:fast|faster|fastest|slow|slower|slowly|quickly|speed|speeds|latency|"
    r"performance|perform|lag|laggy|packet loss|package loss|ping times?|load(?:ing)? times?)\b"
)
# A technical problem reported ("I am having constant package loss in the Hong Kong server"): a
# fault to fix, not a set-up told for the filing question
_A_PROBLEM_REPORTED = re.compile(
    r"\b(?<!no )(?<!not )(?<!don't )(?<!never )(?:having|experiencing|seeing|getting|facing|"
    r"suffering|hitting|noticing|have|get|see|experience)\s+"
    r"(?!(?:\w+\s+){0,3}?(?:no|any|zero)\s)(?:\w+\s+){0,3}?(?:packet loss|package loss|"
    r"high latency|lag|timeouts?|"
    r"time-outs?|downtime|outages?|disconnect\w*|connection drops|dropped connections|jitter|"
    r"5\d\d errors?|errors?)\b|"
    # a machine down: "my ecs instance in singapore is down, help", "the server keeps crashing"
    rf"\b(?:{SERVER_WORDS}|sites?|websites?)\b[^.?!,;]{{0,30}}"
    r"\b(?:(?:is|are|went|goes|keeps? going)\s+(?:down|offline)|"
    r"(?:has\s+|keeps\s+)?crash(?:ed|es|ing)|(?:is|are)\s+not\s+responding|"
    r"won'?t\s+(?:start|boot)|(?:is|are)\s+unresponsive)\b"
)


# A site, a shop or the filing: what a statement of the user's own facts is about
_A_SITE_NAMED = re.compile(
    r"\b(?:(?:web)?sites?|web ?pages?|shops?|stores?|storefronts?|web ?apps?|apps?|blogs?|"
    r"domains?|homepage|landing pages?|portals?|platforms?|saas|services?)\b"
)
# A full sentence, not a terse note ("Servers in Frankfurt, CDN international only"): the
# shortest third-person news or vendor sentence ("Stripe does not onboard merchants ...")
_SENTENCE_WORDS = 10


# A note's phrases: three or more, each a few words, between commas or semicolons
_NOTE_PHRASES = 3
_NOTE_PHRASE_WORDS = 8


def _a_note_of_phrases(words: str) -> bool:
    phrases = [p for p in re.split(r"[,;]", words.rstrip(" .")) if p.strip()]
    return len(phrases) >= _NOTE_PHRASES and all(
        len(p.split()) <= _NOTE_PHRASE_WORDS for p in phrases
    )


_A_SERVER_PLACED = re.compile(
    rf"\b(?:{SERVER_WORDS})\s+(?:(?:are|is|sits?|runs?|located|hosted|still|all|both)\s+)*"
    r"(?:in|on|at)\b"
)
# Who files or is licensed where, by its verbs: "A company licensed in Zhejiang files in Zhejiang"
_FILES_OR_LICENSED = re.compile(r"\bfiles\b|\blicensed in\b|\blicen[cs]es? (?:from|in|issued)\b")
# Advice to the reader, not news: a sentence (or a list item) that starts with what to do
# ("Checklist item 1 - confirm whether the origin server sits inside mainland China")
_ADVICE = re.compile(
    r"^(?:[\w\s]{0,20}?(?:\d+|item|step|tip|note)\s*[.):\-–—]\s*)?"
    r"(?:confirm|check|verify|make sure|ensure|decide|choose|pick|put|keep|move|host|find out|ask|"
    r"remember)\b"
)


def tells_of_others_only(text: str) -> bool:
    """A full third-person sentence about others' doings, naming no site and no filing ("Alibaba
    Cloud has opened a third zone in its Ulanqab region", "Stripe does not onboard merchants
    registered in mainland China"): news or a vendor's note, not the user's facts. Not a ticket
    about a customer ("Customer's shop runs on ECS Shenzhen ..."), nor advice to the reader, nor
    who files where ("A company licensed in Zhejiang files in Zhejiang ...")."""
    words = clean(text)
    return (
        len(words.split()) >= _SENTENCE_WORDS
        # a sentence, not a note of fact phrases ("Registered in Delaware, no entity in the PRC,
        # servers in AWS Oregon, ...")
        and not _a_note_of_phrases(words)
        # and no server placed ("servers are in Frankfurt"): a set-up, told without "we"
        and not _A_SERVER_PLACED.search(words)
        and not FIRST_PERSON.search(words)
        and not asks_for_a_client(text)
        and not names_the_filing(text)
        and not _FILES_OR_LICENSED.search(words)
        and not _A_SITE_NAMED.search(words)
        and not _ADVICE.match(words)
    )


# A plan or a wish, for which a fault is the reason ("... so we plan to add a CDN")
_A_PLAN = re.compile(
    r"\b(?:plan(?:s|ning)? to|want(?:s)? to|would like to|'d like to|going to|will (?:add|move|"
    r"use|switch)|thinking of|considering)\b"
)


# Something the set-up is kept from doing ("our domain can't point at servers outside China", "the
# policy doesn't let us bind it"): a technical restriction, told as the writer's problem
_A_RESTRICTION = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|won'?t|(?:does|do)(?:n'?t| not) let(?: (?:us|me|it|them|"
    r"\w+ domains?))?|(?:is|are)(?:n'?t| not) allowed to|not allowed to|unable to)\s+"
    r"(?:\w+\s+)?(?:point|resolve|connect|bind|link)\b"
)


def reports_a_restriction(text: str) -> bool:
    """A technical restriction the writer's set-up runs into, told as a fact."""
    return bool(_A_RESTRICTION.search(clean(text)))


def reports_a_problem(text: str) -> bool:
    """A technical fault reported (packet loss, timeouts, outages), the filing not named."""
    text = clean(text)
    return (
        bool(_A_PROBLEM_REPORTED.search(text))
        and not names_the_filing(text)
        # (a fault told as the reason for a plan: "users see high latency, so we plan to add a
        # CDN covering mainland China")
        and not _A_PLAN.search(text)
    )


# A condition before a question ("if we go with Hong Kong to skip the ICP filing, how bad is
# latency?"): what it says is not what is asked.
_CONDITION_FIRST = re.compile(
    r"^\s*(?:if|since|as|because|when|once|say|suppose|supposing|assuming|provided)\b[^,?]*,"
)


# Every subject uncovered_subjects names (the two last are found by the question's form).
UNCOVERED_SUBJECTS = (*UNCOVERED, "performance", "properties")


# "should" of what is to be expected, not of what is needed ("what latency should we expect?")
_EXPECTED = re.compile(r"\bshould\s+(?:[\w'-]+\s+){1,4}?(?:expect|anticipate)\b")


# The quickest way to do something, which is no speed of a site ("what's the fastest + easiest
# way for a UK company to do that?")
_FASTEST_WAY = re.compile(
    r"\b(?:fastest|quickest|faster|quicker)\s+(?:(?:\+|and|&)\s+\w+\s+)?(?:ways?|routes?|"
    r"methods?|paths?|options?|approach(?:es)?)\b|\b(?:and|\+|&)\s+(?:fastest|quickest)\s+"
    r"(?:ways?|routes?|methods?|paths?|options?)\b"
)


# Why a case put is put, not what it asks: "and if we turned on Alibaba CDN so mainland shoppers
# load it faster?" asks what applies then.
_A_PURPOSE = re.compile(
    r"\b(?:so(?: that)?|to make|to help)\s+(?:[\w'-]+\s+){0,5}?(?:load|loads|run|runs|is|are|"
    r"gets?|works?|opens?)\s+(?:[\w'-]+\s+){0,2}?(?:faster|quicker|better)\b[^.?!,]*|"
    # "... to make it faster there", "to speed things up", "for faster loading in China"
    r"\bto (?:make|get)\s+(?:it|them|things|everything|pages?|(?:the|our|my)\s+[\w-]+)\s+"
    r"(?:load\s+|run\s+)?(?:faster|quicker|snappier)\b[^.?!,]*|"
    r"\bto speed\s+(?:it|them|things|(?:the|our|my)\s+[\w-]+)\s+up\b[^.?!,]*|"
    r"\b(?:just|only|simply|in order|so as)\s+to be\s+(?:a\s+bit\s+|much\s+)?(?:faster|quicker|"
    r"snappier)\b[^.?!,]*|"
    r"\bfor\s+(?:faster|quicker|better)\s+(?:loading|load times|access|speeds?|performance)"
    r"\b[^.?!,]*"
)


# The filing's work gone without, in the question: "could Alibaba Cloud CDN speed that up without
# us going through the ICP paperwork?" asks whether the filing can be skipped (not "can a CDN
# without ICP be fast?", a CDN's speed)
_WITHOUT_DOING_THE_FILING = re.compile(
    r"\bwithout\s+(?:us\s+|me\s+|them\s+)?(?:going through|doing|getting|filing|applying for|"
    r"having to (?:do|get|file)|bothering with|dealing with)\s+(?:the\s+|an?\s+|any\s+)?"
    r"(?:icp|beian|filing)\b"
)


def _asks_about_performance(text: str) -> bool:
    text = _FASTEST_WAY.sub(" ", text)
    questions = [
        _A_PURPOSE.sub(" ", q) if _A_CASE_PUT.search(q) else q
        for q in SENTENCES.findall(text)
        # (a question typed without its mark too: "would pages load fast enough from hk tho")
        if (q.strip().endswith("?") or re.match(rf"(?:{QUESTION_START})\b", q.strip()))
        and not _WITHOUT_DOING_THE_FILING.search(q)
    ]
    return any(
        _PERFORMANCE.search(q)
        and not _ASKS_IF_ALLOWED.search(_EXPECTED.sub(" ", _CONDITION_FIRST.sub(" ", q)))
        for q in questions
    )


# A property of something ("what is the validity period of ...", "the impact on other records
# when ...", "the packet loss rate when ..."): the FAQ states no properties, only when a filing is
# needed, who can file, where, and what to do without one. Told by the noun asked for.
_ASKS_FOR_THE = re.compile(
    r"(?:^|[.?!] )(?:so,? )?what(?:'s| is| are| was| were) the ((?:[\w-]+ ){0,2}[\w-]+) "
    r"(?:of|for|on|in|to|when|that|if|with|between|after|behind)\b"
)
_WHAT_THE_FAQ_STATES = re.compile(
    r"\b(?:scope|requirements?|rules?|regulations?|objective|purpose|point|need|process|"
    r"procedures?|steps?|way|options?|alternatives?|consequences?|impact|risks?|"
    # "what's the deal with ICP if our ECS is in HK?"
    r"deal|situation|story|picture|answer|case|difference|"
    # the FAQ's way around a filing that cannot be done: "what's the fallback for our site?"
    r"fallback|workaround|way out|plan b|solution|"
    # "what is the reason that servers in Singapore need no filing?": why, asked as a noun
    r"reasons?)$"
)


_PREPOSITIONS = {"of", "for", "on", "in", "to", "when", "that", "if", "with", "between", "after"}


def _asks_for_a_property(text: str) -> bool:
    asked = _ASKS_FOR_THE.search(text)
    if not asked:
        return False
    words = asked.group(1).split()
    noun = next(
        (w for w, after in zip(words, words[1:] + [""]) if after in _PREPOSITIONS), words[-1]
    )
    if _A_TERM.search(noun) and TEMPORARY_SERVER.search(text):
        return False  # "the minimum subscription for the temporary ECS": the FAQ gives it
    # (the first word too, when the noun's clause follows it with no preposition: "what is the
    # reason sites in Hong Kong need none?")
    return not (
        _WHAT_THE_FAQ_STATES.search(noun) or _WHAT_THE_FAQ_STATES.search(words[0])
    ) and bool(ICP_WORDS.search(text) or _HOSTING_WORDS.search(text))


# The temporary ECS's subscription term, which the CDN answer states (three months at least)
_A_TERM = re.compile(r"^(?:subscriptions?|terms?|periods?|duration|length|minimum)$")


# Papers of "theirs" used for one's own filing, and another company they may be of
_USES_THEIR_PAPERS = re.compile(
    # ("their", not "its": "register a rep office and file with its certificate")
    r"\b(?:use|using|borrow\w*|file\s+(?:\w+\s+){0,2}?(?:with|under))\s+their\s+"
    # (papers, not "their business registration number" or "their company email")
    r"(?!own\b)(?:\w+\s+){0,2}?(?:papers?|documents?|docs|licen[cs]es?|certificates?)\b"
)


def _uses_another_partys_papers(asked: str, text: str) -> bool:
    return bool(
        (
            (_USES_THEIR_PAPERS.search(asked) and names_the_filing(asked))
            or _UNDER_THEIR_FILING.search(asked)
        )
        and _ANOTHER_PARTY.search(_CLAIM_SOURCE.sub(" ", text))
    )


# A site run under another party's filing, that party named before ("Our Chinese partner holds an
# ICP filing. Can our site simply run under their number?"; not "our branch ... under its own
# name")
_UNDER_THEIR_FILING = re.compile(
    r"\bunder\s+their\s+(?!own\b)(?:icp\s+)?(?:number|filing|beian|licen[cs]e|account|entity)\b"
)


_ANOTHER_PARTY = re.compile(
    r"\b(?:clients?|customers?|partners?|suppliers?|distributors?|resellers?|friends?|landlords?|"
    r"(?:another|other) compan(?:y|ies))(?:'s|s')?\b(?!\s*:)"  # (not a ticket's "Client:")
)


# Subjects often named as a long message's backstory ("we're a SaaS", "our partner says the site
# gets blocked", "our sales lead talks about pricing"): they count only where something is asked.
# The others say what the question is about wherever they are named ("We have a mobile app. Does
# it need ICP?": "it" is the app; "our filing was rejected over the photo. What should we do?").
_CONTEXT_SUBJECTS = {
    "business_types",
    # (a server's upkeep or the company's books told as background: "we cloned a snapshot of our
    # HK ECS into Shanghai for the site. Do we need ICP?", "our branch has a bank account there")
    "operations",
    "company_admin",
    "companies",
    "blocking",
    "marketing",
    "performance",
    "properties",
    "other_products",
    "settings",
    "domains",
    "cost",
    # other registrations and the filing's circumstances, told as background ("our PSB filing
    # was done last month. Site on HK ECS: do we still need a beian?", "we registered our
    # trademark in 2022 ...", "just renewed our SSL ...", "we heard the fines are big")
    "psb",
    "other_registrations",
    "time",
    "penalties",
    "purchase",
    "messages",
    "miit_contact",
    # (an exemption told of: "we signed a waiver with our hosting provider; ... need ICP?")
    "exemptions",
}
# Things other than the website ("our mobile app backend runs in Virginia, but the marketing
# website is on Alibaba Cloud Singapore. Does the website need ICP?"): background when the
# question is about the website itself, in so many words.
_OTHER_THAN_THE_SITE = ("apps", "not_websites")
# ... whose own place is told ("the marketing website is on Alibaba Cloud Singapore"; not "our
# mail server is on ECS Beijing. Does our website need ICP?", whose only place is the other's)
_THE_WEBSITES_PLACE = re.compile(
    r"\b(?:website|web ?site|homepage|web ?shop|shop|site|portal|landing page)\b(?:[^.?!]{0,15}"
    r"\b(?:is|are|runs?|sits?|lives?|hosted|stays?)\b[^.?!]{0,10})?\s*\b(?:on|in|at|from)\b"
    # (not its language: "a website in English and Chinese")
    r"(?!\s+(?:english|chinese|mandarin|simplified|traditional|french|german|spanish|japanese|"
    r"korean|several|two|both|many)\b)"
)
_THE_WEBSITE_ITSELF = re.compile(
    r"\b(?:the|our|my|this)\s+(?:(?:public|main|marketing|corporate|company|customer-facing|"
    r"actual|real)\s+)?(?:website|web ?site|homepage|web ?shop|online shop|e-?shop|web portal|"
    r"portal|landing page)\b"
)
# A sentence that asks or requests, though it ends with no question mark.
_REQUEST = re.compile(
    r"\b(?:(?:want|need|like) to (?:know|confirm|check|understand)|please (?:also )?(?:tell|advise|"
    r"confirm|"
    r"explain|help|let)|wondering|can you (?:tell|confirm|explain)|asked (?:me )?(?:whether|if|"
    r"how|what|to confirm)|(?:i|we) (?:don't|do not) know (?:whether|if|how|what)|"
    # what the user sets out to do is what the question is for: "we want to show the ICP number
    # in the footer. Where does it go?"
    r"(?:i|we)(?:'d| would| really| also)? (?:want|need|like|wish|hope|plan|am planning|are "
    r"planning|am trying|are trying|try) to)\b"
)
# Where a clause starts within a sentence: after a comma, a dash or a joining word.
_CLAUSE_START = r"(?:[,;:]\s*|\s[-–—]\s*|\b(?:so|but|and|then)\s+)"
_ASKING_CLAUSE = re.compile(
    _CLAUSE_START + rf"(?:{QUESTION_START})\b|"
    # a question set by a condition after a colon: "As counsel to a company with no entity in
    # China: if its website sits on servers in Beijing, is an ICP Filing mandatory?"
    r":\s*(?=(?:if|when|once|assuming|suppose)\b)"
)
# ... typed without its mark: an auxiliary and a pronoun open it (not a relative clause: ", which
# is a small shop")
_UNMARKED_QUESTION = re.compile(
    _CLAUSE_START + r"(?:do|does|did|is|are|can|could|should|will|would|must|may)\s+"
    r"(?:we|i|you|it|they|this|that|our|my)\b"
)
_SHORT_QUESTION_WORDS = 5
# A clause that asks stands without the clauses before it in its sentence only when it says
# enough itself ("..., do we need an ICP filing if the site is hosted outside mainland China?").
_CLAUSE_ALONE_WORDS = 8
# A question about what was just said: "Does it need ICP?", "how do we fix this?", "is that
# allowed?" (not "do we need that ICP filing thing?", nor an alternative to the question's own
# subject: "do we need the ICP filing or is that only for Chinese companies?").
_REFERS_BACK = re.compile(
    r"\b(?:it|this|that|these|those|they|them)\s*(?:[?.!,]|$)|"
    r"(?<!\bor )\b(?:do|does|did|is|are|was|can|could|should|will|would|must)\s+(?:it|this|that|"
    r"they|these|those)\b(?!\s+(?:icp|beian|filing|site|website|server|ecs|cdn))"
)
# Someone's idea or claim told ("my boss thinks we can ...", "our agent said they could ...")
_AN_IDEA_TOLD = re.compile(
    r"\b(?:thinks?|thought|believes?|says|said|claims?|suggests?|suggested|proposes?|proposed|"
    r"told (?:us|me))\b[^.?!]{0,80}\b(?:we|they|i|you)\s+(?:can|could|should|may|might)\b",
    re.IGNORECASE,
)
# A bare check of what was said: "Possible?", "is that true?", "right?", "does that work?"
_BARE_CHECK = re.compile(
    r"\W*(?:(?:is|would|does|will)\s+(?:it|that|this)\s+)?(?:\w+\s+)?(?:possible|true|right|"
    r"correct|ok|okay|allowed|legal|work|fine|so|feasible|doable)\s*\?+\W*$",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"\W*(?:if|when|whenever|once|suppose|supposing|assuming|in case|given|unless|after|before|"
    r"while)\b"
)
_SENTENCE_ENDS = re.compile(r"(?<=[.?!])\s+")


def asked_part(text: str) -> str:
    """The sentences of `text` that ask or request something ("Do we actually need ICP?", "our
    auditor wants us to confirm ..."); all of it when none does. A short question ("what now?",
    "must we file?") asks about what was said just before it, which it takes in."""
    return _asked_parts(text)[0]


def own_question(text: str) -> str:
    """What `text` asks, in its questions' own words: without the sentences a short question
    takes in ("Must we file?" of "Our SaaS is on ECS. Must we file?"); all of it when it asks
    nothing."""
    return _asked_parts(text)[1]


@functools.lru_cache(maxsize=512)  # asked several times per message
def _asked_parts(text: str) -> Tuple[str, str]:
    sentences = [s for s in _SENTENCE_ENDS.split(text) if s.strip()]
    asked: List[str] = []
    own: List[str] = []
    before_was_asked = False
    for number, sentence in enumerate(sentences):
        request = _REQUEST.search(sentence)
        clause = _ASKING_CLAUSE.search(sentence)
        # (also one that goes on: "And what about PSB filing after that")
        if re.match(rf"\W*(?:(?:and|also|plus|btw|oh and)\s+)?(?:{QUESTION_START})\b", sentence):
            part = sentence
        elif request:  # "our legal team wants to charge customers and asked me whether ..."
            part = sentence[request.start() :]
        # (also "(side question: …?)"; and a chat message's question typed without its mark, as
        # its last clause: "thinking about ecs in shanghai for our china customers, do we actually
        # need this icp thing")
        elif sentence.rstrip().rstrip(")]\"'”’").endswith("?") or (
            number == len(sentences) - 1 and "?" not in text and _UNMARKED_QUESTION.search(sentence)
        ):
            if "?" not in text:
                clause = _UNMARKED_QUESTION.search(sentence)
            # "our partner says the site gets blocked, do we need a filing if ...?": from the
            # clause that asks (a condition is part of it: "if the licence expires, does ...?")
            conditional = _CONDITION.match(sentence)
            part = sentence[clause.start() :] if clause and not conditional else sentence
            if len(re.findall(r"\w+", part)) < _CLAUSE_ALONE_WORDS:
                part = sentence  # "our rep office certificate expires soon, what happens to ICP?"
        else:
            before_was_asked = False
            continue
        own.append(part)
        if len(re.findall(r"\w+", part)) <= _SHORT_QUESTION_WORDS or _REFERS_BACK.search(part):
            if part != sentence:
                part = sentence  # "our site is blocked by the great firewall, what now?"
            elif number and not before_was_asked:
                part = sentences[number - 1] + " " + part  # "Our SaaS is on ECS. Must we file?"
                # a bare check of an idea told a little before it: "my boss thinks we can use
                # THEIR office papers to do the ICP. We have no office. ... Possible?"
                idea = next(
                    (
                        n
                        for n in range(number - 2, max(number - 4, -1), -1)
                        if _AN_IDEA_TOLD.search(sentences[n])
                    ),
                    None,
                )
                if idea is not None and _BARE_CHECK.match(part.split(sentences[number - 1])[-1]):
                    part = " ".join(sentences[idea : number + 1])
        asked.append(part)
        before_was_asked = True
    return (" ".join(asked), " ".join(own)) if asked else (text, text)


# Where a sentence goes on to ask something else: "do we need ICP, and how much does it cost?",
# "should we host in China and will that make WeChat faster?", "cdn for mainland - is ICP needed"
_NEXT_QUESTION = re.compile(
    # (an adverb first: "is ICP required, and roughly how many weeks does approval take?")
    # (or "btw": "shop.example.cn -- btw what would it cost?")
    rf"\s*[,;]?\s+(?:(?:--?|[–—])\s+)?(?:and|also|plus|but|btw|by the way),?\s+(?=(?:(?:also|"
    rf"roughly|approximately|about|generally|usually|typically|realistically)\s+)?"
    rf"(?:{QUESTION_START})\b)|"
    rf"\s*[,;]\s+(?=(?:{QUESTION_START})\b)|\s+(?:--?|[–—])\s+(?=(?:{QUESTION_START})\b)"
)
_NEXT_QUESTION_KEPT = re.compile(f"({_NEXT_QUESTION.pattern})")
_AND = re.compile(r"\b(?:and|also|plus|but|btw|by the way)\b")
# A question of its own: a question word among its first words ("also, roughly how long does
# approval take?", "btw how long does it take"), not a part that narrows the question before it
# ("In FTZ or outside FTZ?").
_ASKS_ON_ITS_OWN = re.compile(
    r"^\W*(?:(?:and|also|but|plus|so|then|btw|roughly|approximately|just|quick|question|"
    r"finally|lastly|secondly|additionally|oh|ok|okay)\W+){0,3}"
    rf"(?:{QUESTION_START})\b|"
    # marked as another question: "(side question, no big deal: any idea how long it takes?)"
    r"\b(?:side|separate|another|unrelated|different|second|bonus) question\b|\bone more thing\b"
)


def asks_on_its_own(part: str) -> bool:
    return bool(_ASKS_ON_ITS_OWN.search(part) or _REQUEST.search(part))


def _sentences_and_parts(text: str) -> List[Tuple[str, List[str]]]:
    """Each sentence of `text` with the questions and requests it asks."""
    split: List[Tuple[str, List[str]]] = []
    for sentence in _SENTENCE_ENDS.split(clean(text)):
        parts: List[str] = []
        # (the separators kept: a condition sets the question after it, but not across an
        # "and": "what if we have no filing - and could we file a subdomain later?" asks twice)
        split_at = _NEXT_QUESTION_KEPT.split(sentence)
        pieces, joined = [], []
        for piece, separator in zip(split_at[::2], [""] + split_at[1::2]):
            if piece.strip():
                pieces.append(piece.strip())
                joined.append(not _AND.search(separator))
        condition = ""  # a condition waiting for the question it sets
        for number, piece in enumerate(pieces):
            piece = f"{condition}, {piece}" if condition else piece
            condition = ""
            conditional = _CONDITION.match(piece) or re.match(r"\W*what if\b", piece)
            if (
                conditional
                and not piece.endswith("?")
                and number < len(pieces) - 1
                and joined[number + 1]
            ):
                condition = piece
            else:
                parts.append(piece)
        split.append((sentence, [p for p in parts if is_question(p) or asks_on_its_own(p)]))
    return split


def sentences(text: str) -> List[str]:
    """The sentences of `text`, cleaned."""
    return [sentence for sentence in _SENTENCE_ENDS.split(clean(text)) if sentence.strip()]


def asking_parts(text: str) -> List[str]:
    """The questions and requests of `text`, one by one: the sentences that ask, each split where
    it goes on to ask something else. A condition stays with the question it sets ("when we
    launch our app in China, do we need an ICP filing?" is one question)."""
    return [part for _, parts in _sentences_and_parts(text) for part in parts]


# What is left around a question taken out: "www.ourshop.cn; and", ", by the way"
_LEFT_AROUND_A_QUESTION = re.compile(
    r"^[\s,;:)\-–—]+|(?:[\s,;:(\-–—]|\b(?:and|but|also|plus|so|btw|by the way)\b)*$"
)


def stated_part(text: str) -> str:
    """What `text` says without what it asks: its cleaned words less its questions and requests
    ("www.ourshop.cn; and what does it cost?" -> "www.ourshop.cn"); empty when it only asks."""
    said = clean(text)
    for part in asking_parts(text):
        said = said.replace(part, " ", 1)
    return _LEFT_AROUND_A_QUESTION.sub("", " ".join(said.split()))


_HONG_KONG = re.compile(words_pattern(HONG_KONG))
_HOSTING_IN_HONG_KONG = re.compile(
    words_pattern(HONG_KONG)
    + r"[^.?!]{0,15}\b(?:ecs|instances?|servers?|regions?|hosting|data ?cent(?:er|re)s?)\b|"
    r"\b(?:ecs|instances?|servers?|regions?|host\w*|move\w*|migrat\w*)\b[^.?!]{0,25}"
    + words_pattern(HONG_KONG)
)


def names_hosting_in_hong_kong(text: str) -> bool:
    """Hong Kong named as where a site runs ("Hong Kong ECS", "host in HK"), not a company's."""
    return bool(_HOSTING_IN_HONG_KONG.search(clean(text)))


# Hosting elsewhere asked about: "Should we host the site somewhere else in the meantime?"
_HOSTING_ELSEWHERE_ASKED = re.compile(
    r"\b(?:host|run|put|move|serve)\w*\b[^.?!]{0,30}\b(?:somewhere else|elsewhere|abroad|offshore|"
    r"outside (?:of )?(?:the )?(?:mainland|china))\b[^.?!]*\?"
)


def asks_to_host_elsewhere(text: str) -> bool:
    """Whether hosting the site elsewhere (out of mainland China) is asked about."""
    return bool(_HOSTING_ELSEWHERE_ASKED.search(clean(text)))


def backstory(text: str) -> str:
    """The sentences of `text` that ask nothing: what its questions may refer back to ("We can't
    get the documents for the filing. What happens if we run the site without one?")."""
    return " ".join(sentence for sentence, parts in _sentences_and_parts(text) if not parts)


# "... and how it is different from the filing?": a clause whose subject is what came before
_ABOUT_WHAT_CAME_BEFORE = re.compile(
    r"^\W*(?:and\s+|also\s+)?(?:how|why|what|when|where|whether)\s+(?:it|this|that|they)\s+"
    r"(?:is|are|was|were|does|do|differs?|means?|works?)\b"
)


def refers_back(part: str) -> bool:
    """A question about what was asked or said before it: "if so, how do we apply?", "and where
    do we file it?", "how it is different from the filing?"."""
    return bool(
        _REFERS_BACK.search(part)
        or _ABOUT_WHAT_CAME_BEFORE.match(part)
        or re.match(r"\W*(?:and\s+)?if (?:so|yes|not)\b", part)
    )


# What to do now, asked bare: "now what?", "what should we do?", "what are our options?"
_WHAT_NOW = re.compile(
    r"\bnow what\b|\bwhat (?:now|next)\b|"
    r"\bwhat (?:should|can|could|do|does|shall|must) (?:we|i|it|they|the company|the client) "
    r"do(?:\s+(?:now|then|next|instead))?\s*"
    r"(?:[?.!]|$)|"
    r"\bwhat (?:are|is) (?:our|my|the) (?:options?|alternatives?)\b|"
    r"\b(?:any|other) (?:options|alternatives)\b|"
    r"\b(?:any|a|some|other|the) (?:workarounds?|work-arounds?|ways? around (?:it|this|that))\b|"
    # advice asked for: "what would you advise that startup to do instead?", "what do you
    # recommend we do?"
    r"\bwhat (?:would|do|can|could) you (?:advise|recommend|suggest)\b[^.?!]{0,30}\bdo\b"
    r"(?:\s+(?:now|then|next|instead))?\s*(?:[?.!]|$)|"
    # an alternative asked for alone: "... is impossible for them. alternative?"
    r"(?:^|[.!?;:]\s*)(?:any\s+|an\s+|the\s+)?(?:alternatives?|other options?|plan b)\s*\?|"
    r"\bwhat (?:options|alternatives|choices) (?:do|would|could|did) (?:we|i) have\b|"
    r"\bwhat(?:'s| is) (?:the|our|my) next step\b|"
    r"\bwhat else (?:can|could|should|would|do|might) (?:we|i|they) (?:even |possibly )?do\s*"
    r"(?:[?.!]|$)|"
    # "want to know their fallback", "what's our plan B?"
    r"\b(?:our|my|their|the|a|any)\s+(?:fall-?back|plan b|way out)\b|"
    # typed short: "alt option?", "what do", "what to do?"
    r"\balt(?:ernative)?s?\s+(?:options?|ways?|routes?)\b|\bwhat (?:to )?do\s*[?!.]*$|"
    # "whats our path here?", "how do we proceed?"
    r"\bwhat(?:'?s| is) (?:the|our|my) (?:path|route|way forward|next move|plan of action)\b|"
    r"\bhow (?:do|should|can) (?:we|i) (?:proceed|go about it|move forward)\b|"
    # a way despite it: "is there any way to still serve the site from Alibaba Cloud?"
    r"\b(?:any|an|another|some|other)\s+(?:other\s+)?(?:ways?|routes?|options?)\s+"
    r"(?:for (?:us|me)\s+)?to\s+still\b|\bhow (?:can|could|do) (?:we|i) still\b|"
    # "is there still a way to serve users in China?", "can we still serve them somehow?"
    # (not a way to do without it: "is there any way to use Alibaba CDN in mainland China
    # without it?")
    r"\b(?:is|are) there still (?:an?|any|some|other) (?:other )?(?:ways?|routes?|options?)\b|"
    r"\bsomehow\s*[?!.]*$|"
    # a way around it: "is there a region we could switch to that avoids all this?"
    # (a place, as the FAQ's Hong Kong advice is: not "any way to use the CDN without it?")
    r"\b(?:is there|are there|any)\s+(?:an?\s+|another\s+|other\s+|some\s+)?(?:regions?|places?|"
    r"locations?)\b[^.?!]{0,40}\b(?:avoids?|get around|skips?|bypass\w*|without)\b"
)


def asks_what_to_do_now(part: str) -> bool:
    """A bare "what now?": what to do in the situation just described."""
    return bool(_WHAT_NOW.search(part))


# What the site does for money is its business, not what a filing costs: "the site takes card
# payments", "we accept payments online", "processing payments in RMB" (read out before the
# subjects are looked for).
_SITE_TAKES_PAYMENTS = re.compile(
    r"\b(?:we|(?:our|the) (?:[\w']+\s+){0,2}?(?:site|shop|store|app|platform|website|company|wfoe|"
    r"branch|business|members? area)|it)\s+(?:\w+\s+){0,3}?(?:charges?|charging|takes?|taking|"
    r"accepts?|accepting|process(?:es|ing)?|collects?|collecting|receives?|receiving)\s+"
    r"(?:\w+\s+)?"
    r"(?:payments?|users|customers|members|subscribers|clients|fees)\b|"
    # "want to take payments on our site", "charging our users"
    r"\b(?:take|takes|taking|accept\w*|process\w*|collect\w*|receiv\w*)\s+(?:\w+\s+)?payments?\s+"
    r"(?:on|through|via|from|in)\s+(?:our|the)\s+(?:\w+\s+)?(?:site|shop|store|app|website|"
    r"platform)\b|"
    # "so they can take online payments" (what a licence is wanted for)
    r"\b(?:can|could|to)\s+(?:(?:take|accept|process|collect|receive)\s+(?:online\s+|card\s+)?"
    r"payments?\b|charge\s+(?:for|users|customers|clients|members)\b)|\bcharg\w*\s+(?:our\s+)?(?:users|customers|members|subscribers|clients)\b|"
    # "because subscriptions are paid"
    r"\b(?:subscriptions?|plans?|memberships?|services?|accounts?|features?|tiers?|courses?)\s+"
    r"(?:are|is)\s+paid\b|"
    # "a commercial licence later for paid bookings", "we'll add paid courses" (not "is the filing
    # a paid service?")
    r"\b(?:for|our|add|adding|sell\w*|offer\w*|with)\s+paid\s+(?:bookings?|courses?|content|"
    r"subscriptions?|plans?|memberships?|downloads?|orders?|features?|tiers?|lessons?|tickets?|"
    r"products?)\b|"
    # the ways to pay a site offers: "a checkout service for chinese payment methods", "we
    # support local payment options"
    # (not Alibaba Cloud's: "do you accept foreign payment methods for the temporary ecs?")
    r"(?<!you )(?<!alibaba )(?<!aliyun )\b(?:for|support\w*|offer\w*|accept\w*|integrat\w*|"
    r"adding|added|adds?|enabl\w*|handl\w*|with)\s+"
    r"(?:[\w-]+\s+){0,2}?payment\s+(?:methods?|options?|providers?|channels?)\b|"
    # how the site's buyers pay: "most buyer is from China, they pay by Alipay"
    r"\b(?:they|buyers?|customers?|users?|clients?|shoppers?|members?)\s+(?:\w+\s+)?pay\s+"
    r"(?:by|with|via|through|using|in)\s+(?!(?:the\s+)?(?:icp|beian|filing))"
)


_CANNOT_REACH = re.compile(
    r"\b(?:can't|cannot|can not|unable to)\s+(?:visit|access|reach|open|load|download|read|see)\b"
)


def _cannot_reach_in_several_places(text: str) -> bool:
    """People in several countries unable to reach sites ("customers in China who can't visit
    your store, a client in Vietnam who can't download ..."): access in general, not the filing."""
    places = {m.group(0) for m in PLACES.finditer(text)} | set(re.findall(r"\bchina\b", text))
    return len(_CANNOT_REACH.findall(text)) >= 2 and len(places) >= 2


# What is done to a filing, said of one named before ("ok so how do we cancel the old one", "can
# we transfer it?"): in a conversation on the filing, the filing.
_DONE_TO_THE_FILING_REFERRED_TO = re.compile(
    r"\b(cancel\w*|withdraw\w*|de-?register\w*|revok\w*|transfer\w*|renew\w*|updat\w*|"
    r"modif\w*|delet\w*|remov\w*|re-?us\w*|terminat\w*)\s+"
    r"(?:it|that|this|that one|this one|ours|the (?:old|existing|current|previous) one|"
    r"our (?:old|existing|current|previous) one)\b"
)


def in_the_conversation_on_the_filing(text: str) -> str:
    """`text` with the filing named where something is done to one it refers back to."""
    return _DONE_TO_THE_FILING_REFERRED_TO.sub(r"\1 the filing", clean(text))


def uncovered_subjects(text: str) -> List[str]:
    """The subjects the FAQ does not cover that `text` is about (empty when none): named in
    what it asks, or, for a few, anywhere in it."""
    return list(_uncovered_subjects(text))


# An API of the user's own, a service like a website ("our mainland-hosted API"), not a provider's
# interface for settings
_OUR_OWN_API = re.compile(r"\b(?:our|my|their)\s+(?:[\w-]+\s+){0,2}?api\b")


# The filing's own progress, whose duration the FAQ does not give
_APPROVAL = re.compile(r"\b(?:approv\w*|review\w*|processed|processing|go(?:es)? live)\b")


# Individuals named beside organisations, stating who a rule is for ("any organization or
# individual shall ...", "all sites, whether personal or for an organization, must ..."): everyone,
# not the individuals' own case. (Only in a statement: "can a company or an individual file?" asks
# about individuals too.)
_EVERYONE = ORGANISATION
_ANYONE_WHO_FILES = re.compile(
    rf"\b{_EVERYONE}\s+(?:or|and|/)\s*(?:an?\s+)?individuals?\b|"
    rf"\bindividuals?\s+(?:or|and|/)\s*(?:an?\s+)?{_EVERYONE}|"
    r"\bpersonal\s+(?:or|and|/)\s*(?:for\s+)?(?:an?\s+)?(?:commercial|corporate|"
    rf"{_EVERYONE})"
)


def _rules_for_anyone(text: str) -> str:
    """`text` with the individuals that stand beside organisations in a statement said as anyone."""
    return " ".join(
        sentence if sentence.rstrip().endswith("?") else _ANYONE_WHO_FILES.sub("anyone", sentence)
        for sentence in _SENTENCE_ENDS.split(text)
    )


# A company's own licence ("the Tianjin branch with its own license"), not another country's rules
_AN_ENTITYS_OWN_LICENCE = re.compile(
    # (a company of the writer's or named: not "In Vietnam, does every company need its own
    # license?", a country's rule)
    r"\b(?:our|the|that|this|its)\s+(?:[\w-]+\s+)?(?:branch(?:es)?|subsidiar(?:y|ies)|entit(?:y|ies)|compan(?:y|ies)|offices?|wfoe|jv)\b"
    r"[^.?!]{0,25}\b(?:its|their) own (?:business\s+)?licen[cs]es?\b"
)


# A subject waved away, not asked about: "I don't much care about the extra cost, but: ...",
# "regardless of the fees", "time is not an issue". (A short noun phrase, ending before a comma or
# a word that goes on: not "I'm not worried about the cost but how long does it take?")
_WAVED_THING = (
    r"(?:(?:the|any|an?|our|extra|additional|possible)\s+){0,2}(?:[\w-]+\s+)?"
    r"(?:costs?|price|fees?|money|time|timing|budget|expense|delay|wait|paperwork|cdn|apps?)\b"
    r"(?=\s*(?:[,.;:!?]|$|but\b|-))"
)
# What comes before the writer's "but we're only asking about the website": set aside ("there's
# an Android app too, but we're only asking about the website")
_SET_ASIDE_FOR_THE_SITE = re.compile(
    r"[^.?!:]*?\b(?:but|though|although|yet)\s+(?=(?:i'm|i am|we're|we are|i|we)\s+(?:only|just)\s+"
    r"(?:asking|ask|interested|concerned|wondering)\s+(?:about|in|with)\s+(?:the\s+|our\s+|my\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:web ?frontend|front-?end|web ?sites?|sites?|web ?app|web version|"
    r"web)\b)"
)
_WAVED_AWAY = re.compile(
    r"\b(?:(?:do|does|did)(?:n't| not)\s+(?:\w+\s+)?(?:care|mind|worry)|(?:am|are|is|'m|'re)?\s*"
    r"(?:not|n't)\s+(?:\w+\s+)?(?:worried|concerned|bothered|fussed))\s+(?:about|by|with)\s+"
    + _WAVED_THING
    + r"|\b(?:regardless|irrespective) of\s+"
    + _WAVED_THING
    + r"|\b(?:never mind|setting aside|leaving aside|putting aside)\s+"
    + _WAVED_THING
    + r"|"
    r"\b(?:the\s+)?(?:costs?|price|fees?|money|time|timing|budget)\s+(?:is|are)(?:n't| not)\s+"
    r"(?:really\s+)?(?:an?\s+)?(?:issue|problem|concern|question)\b"
)


# No filing, said as no number: "website blocked no icp number"
_NO_NUMBER = re.compile(
    # (not another site's number looked at: "does that news site really have no ICP number?")
    r"(?<!has )(?<!have )(?<!shows )(?<!show )"
    r"\b(?:no|without(?:\s+an?)?|lacks?(?:\s+an?)?|missing(?:\s+an?)?)\s+(?:icp|beian)\s+"
    r"(?:filing\s+)?(?:number|no\.?)(?=\s|$|[,;.!?'\"”’)])"
    r"(?!\s+(?:in|on)\s+(?:the\s+|our\s+)?(?:footer|page))"
)


# A pronoun standing for a thing said before ("does that need ICP?"), not a noun it points at
# ("does that move mean we need ICP?"), nor an event whose consequence is asked ("does that mean
# we need ICP now?")
_A_BARE_REFERENCE = re.compile(
    r"\b(?:it|this|that|these|those|they|them)\b(?!\s+(?:move|change|migration|switch|plan|setup|"
    r"set-up|shift|step|transfer|relocation|means?|makes?|changes?|triggers?)\b)"
)


# A thing the writer no longer has, named with what became of it ("other than a staging server in
# Shenzhen that we shut down in January, everything is in eu-central-1"): not what is asked about.
_A_THING_GONE = re.compile(
    r"\b(?:(?:other than|apart from|except for|besides)\s+)?(?:an?|the|our|one|some|that)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:that|which)\s+(?:(?:we|they|i|it)\s+|(?:was|were|has been|have been|"
    r"had been)\s+){1,2}(?:\w+\s+)?(?:shut (?:down|off)|deleted|decommissioned|retired|terminated|"
    r"released|switched off|turned off|closed|removed|cancell?ed|dropped)\b[^,.;?!]*"
)


@functools.lru_cache(maxsize=256)  # asked several times per message by the scope decision
def _uncovered_subjects(text: str) -> Tuple[str, ...]:
    text = _rules_for_anyone(_SITE_TAKES_PAYMENTS.sub("sells online", clean(text)))
    text = _A_THING_GONE.sub(" ", _WAVED_AWAY.sub(" ", _SET_ASIDE_FOR_THE_SITE.sub(" ", text)))
    asked = asked_part(text)
    # (a short question that asks whether a filing is needed takes in the sentence before it for
    # its facts, not its subjects: "we had timeouts on our SaaS in Frankfurt, so we're moving it
    # to Hangzhou. Does that move mean we need ICP?")
    own = own_question(text)
    context_asked = (
        own
        # (not "Does that need ICP?", whose "that" is the sentence before: "We rent a Beijing
        # ECS just for a VPN for our staff. Does that need ICP?")
        if _ASKS_IF_IT_NEEDS_ONE.search(own) and not _A_BARE_REFERENCE.search(own)
        else asked
    )
    site_asked = bool(_THE_WEBSITE_ITSELF.search(asked) and _THE_WEBSITES_PLACE.search(text))
    # (the whole text searched again only where it holds more than what is asked: a one-question
    # message would be searched twice, and this is the scope decision's costliest step)
    more_than_asked = text != asked
    found = [
        name
        for name, pattern in UNCOVERED.items()
        if (pattern.search(context_asked) if name in _CONTEXT_SUBJECTS else pattern.search(asked))
        or (
            more_than_asked
            and name not in _CONTEXT_SUBJECTS
            and not (site_asked and name in _OTHER_THAN_THE_SITE)
            and pattern.search(text)
        )
    ]
    if "companies" not in found and _uses_another_partys_papers(asked, text):
        # "Our Chinese distributor has a business licence in Guangzhou. Can we just use their
        # licence to file?": another company's papers, that company named in the backstory
        found.append("companies")
    if "other_providers" not in found and _another_providers_cdn_in_mainland(text):
        # another provider's CDN in mainland China, told as background ("we're putting
        # Cloudflare's China Network in front of it. ... would we also need Alibaba's temporary
        # ECS?"): the FAQ's CDN rule, temporary ECS and all, is Alibaba Cloud CDN's
        found.append("other_providers")
    if _cannot_reach_in_several_places(text) and "blocking" not in found:
        found.append("blocking")
    if _asks_about_performance(asked):
        found.append("performance")
    if _asks_for_a_property(asked):
        found.append("properties")
    if (
        "blocking" in found
        and (
            _NO_FILING_QUESTION.search(text)
            or (
                (_BLAMES_THE_FILING.search(text) or _THE_FILING_AS_CAUSE.search(text))
                and to_existing_filing(text) != HAS_A_FILING
            )
        )
        # (censorship is not the filing's: "hosted in Hong Kong without any ICP, will the Great
        # Firewall block us?"; nor is blocking a site the FAQ says needs no filing)
        and not _CENSORSHIP.search(text)
        and not _hosted_outside(text)
    ):
        found.remove("blocking")
    if "existing_filing" in found and not UNCOVERED["existing_filing"].search(
        _COMMERCIAL_LICENCE_HELD.sub(" ", text)
    ):
        # "we already have a jingying ICP permit": the Commercial License held, a fact the load
        # balancer answer uses, not a filing to change
        found.remove("existing_filing")
    if "existing_filing" in found and (
        _CHANGES_WHAT_IS_NEEDED.search(text)
        or (_WHAT_CHANGES_FILING_WISE.search(text) and to_existing_filing(text) != HAS_A_FILING)
    ):
        found.remove("existing_filing")  # "how does the CDN change the ICP picture for us?"
    if "number_and_footer" in found and not UNCOVERED["number_and_footer"].search(
        _NO_NUMBER.sub(" ", _GETS_THE_NUMBER.sub(" ", text))
    ):
        # "how do I apply for an ICP filing number?", "website blocked, no icp number": getting
        # the filing, or having none
        found.remove("number_and_footer")
    if "other_countries" in found and not UNCOVERED["other_countries"].search(
        _AN_ENTITYS_OWN_LICENCE.sub(" ", text)
    ):
        found.remove("other_countries")  # "or the tianjin branch with its own license?"
    if "filing_details" in found and _FILES_AS_OUR_ENTITY.search(text):
        # "can we apply for ICP in the name of our Shanghai subsidiary?": which registration
        # documents a foreign company can use (not whose name a domain is in)
        found.remove("filing_details")
    if (
        "number_and_footer" in found
        and _ASKS_IF_IT_NEEDS_ONE.search(_question_clause(text))
        and not _WHERE_SHOWN.search(text)
        and not UNCOVERED["number_and_footer"].search(_question_clause(text))
    ):
        # "A Chinese client asked about an ICP number - do we actually need one?": whether a
        # filing is needed, the number being how the client put it
        found.remove("number_and_footer")
    if "settings" in found and not UNCOVERED["settings"].search(
        _OUR_OWN_API.sub(" ", _FILES_THROUGH_THE_CONSOLE.sub(" ", text))
    ):
        # "can we still file through your console?", "our mainland-hosted API is called by IP"
        found.remove("settings")
    if (
        "settings" in found
        and (asks_if_it_needs_a_filing(text) or speaks_of_needing_a_filing(text))
        and not UNCOVERED["settings"].search(_PROTOCOLS.sub(" ", text))
    ):
        # "a rep said we could skip ICP if the site serves HTTPS only": whether a filing is
        # needed, for a site of any protocol
        found.remove("settings")
    if "time" in found and _ECS_TERM.search(text) and not _APPROVAL.search(asked):
        found.remove("time")  # "how long must the temporary ECS be subscribed?" (three months)
    if (
        "cost" in found
        and (_ECS_TERM.search(text) or _PAYS_FOR_THE_TERM.search(text))
        # (the temporary instance's, not the site's own server: "their site ecs in shanghai is
        # pay-as-you-go, is that ok for filing or does it need to be subscription")
        and not (_A_SITES_OWN_SERVER.search(asked) and not TEMPORARY_SERVER.search(asked))
        and not UNCOVERED["cost"].search(
            _PAYS_FOR_THE_TERM.sub(" ", _BILLING_METHOD.sub(" ", text))
        )
    ):
        # "can the temporary ECS be pay-as-you-go, or must it be a subscription?": the FAQ says
        # a subscription of at least three months (not what it costs)
        found.remove("cost")
    if "messages" in found and _ASKS_IF_NEEDED.search(text):
        found.remove("messages")  # "why does the CDN say mainland acceleration needs ICP?"
    if (
        "definition" in found
        and _ALSO_ASKS_WHY_NEEDED.search(text)
        and not _WHY_NEEDED_AT_ALL.search(text)
    ):
        found.remove("definition")  # "what is an ICP license and why do I need it?"
    if (
        "data_and_content" in found
        and not UNCOVERED["data_and_content"].search(asked)
        and not _CONTENT_WITH_RULES.search(text)
    ):
        # "servers in Frankfurt for GDPR reasons ... do we need ICP now?": the data rules are why
        # the servers are there, not what is asked (content with rules of its own still counts)
        found.remove("data_and_content")
    if "other_countries" in found and not (
        PLACES_OUTSIDE.search(text)
        or _FOREIGN_REGULATORS.search(text)
        or _ANOTHER_COUNTRYS_KIND.search(text)
    ):
        found.remove("other_countries")  # "is the CDN's filing the same as the ICP for our ECS?"
    if set(found) & _BACKSTORY_SUBJECTS and _asks_one_question(text):
        question = _question_clause(text)
        if (
            question != text
            and _ASKS_IF_IT_NEEDS_ONE.search(question)
            and not _REFERS_BACK.search(question)
        ):
            # "Our customers pay in RMB but the site is hosted in the US. Do we need ICP?": the
            # backstory's subjects are not what is asked, when the question asks only whether a
            # filing is needed (not "our app. does it need ICP?", which asks of the app)
            # (another provider's CDN in mainland China stays: whether it needs a filing is that
            # provider's rule, not the FAQ's)
            found = [
                f
                for f in found
                if f not in _BACKSTORY_SUBJECTS
                or UNCOVERED[f].search(question)
                or (f == "other_providers" and _another_providers_cdn_in_mainland(text))
            ]
    return tuple(_lifted(found, text))


# Another country's regulator or rules, or a country named by its adjective ("Russian
# Roskomnadzor registry", "Indonesia PSE"; the country itself is a place abroad).
_FOREIGN_REGULATORS = re.compile(
    r"\b(?:kominfo|pse|roskomnadzor|meity|dpo|data protection officer|eu|gdpr)\b|"
    + words_pattern(tuple(a for a in FOREIGN_ADJECTIVES if a != "english"))
)


# Another country's kind of filing, named as such ("the Kazakh counterpart of ICP", "an
# ICP-style registration").
_ANOTHER_COUNTRYS_KIND = re.compile(
    r"\b(?:equivalent|counterpart|analog(?:ue)?|comparable)\b|"
    r"\b(?:icp|beian)[- ](?:style|like|type)\b"
)


def _asks_one_question(text: str) -> bool:
    """One question asked ("Which suffixes are allowed? Do we need ICP?" asks two)."""
    return len(asking_parts(text)) <= 1


# Subjects a need question's backstory may name without being asked about: how the site is paid
# for or set up, its business, its domain, its speed.
_BACKSTORY_SUBJECTS = {"settings", "cost", "business_types", "marketing", "domains"}


# A marketing site, said of the site ("a new marketing site", "the China site for a 2 month
# campaign"): the FAQ's rules hold for any website, so it is no other subject (asking about
# advertising still is). (Not so an e-commerce site: "is a filing enough for an e-commerce site?"
# asks about licences the FAQ does not name.)
_SITE_KIND = re.compile(
    r"\b(?:marketing|campaign|promotional|promo)\s+(?:sites?|websites?|shops?|"
    r"stores?|platforms?|pages?|landing pages?|microsites?|web ?apps?)\b|"
    r"\b(?:sites?|websites?|pages?|microsites?)\s+for\s+(?:an?|our|the|this)\s+(?:[\w-]+\s+){0,2}"
    r"(?:campaigns?|marketing|promotions?)\b|"
    # the people, not the subject: "our marketing team wants it faster in China"
    r"\bmarketing (?:team|department|dept|people|manager|colleagues?|folks|lead|director|hire|"
    r"person|guy|intern|head|staff)s?\b|"
    r"\bmarketing (?:wants?|says?|said|asks?|asked|insists?|would like|needs?|is asking|keeps)\b"
)
# A presence in mainland China named: the physical office answer (no ICP Commercial License for
# a representative office) holds whatever the business.
# (an office, of which the FAQ says it cannot get the commercial licence; not a company)
_NAMES_AN_OFFICE = re.compile(
    rf"\b(?:rep(?:resentative)? offices?|{REP_OFFICE_PINYIN})\b|"
    r"(?<!its )(?<!their )(?<!head )(?<!main )(?<!registered )\boffices?\b"
)
_NAMES_A_PRESENCE = re.compile(
    rf"\b(?:rep(?:resentative)? offices?|offices?|{REP_OFFICE_PINYIN}|branch\w*|wfoe|"
    r"subsidiar\w+)\b"
)
# Documents the user cannot provide (words_to_facts.lacks_documents) are the FAQ's own case for
# having no filing, not a question about which documents there are.
_ASKS_WHICH_DOCUMENTS = re.compile(
    r"\b(?:what|which|list)\b[^.?!]{0,30}\b(?:documents?|paperwork|papers)\b"
)
# Object storage as the site's origin behind a CDN (not a question about OSS itself).
_STORAGE_AS_ORIGIN = re.compile(
    r"\borigin\b[^.?!]{0,20}\b(?:oss|object storage|buckets?)\b|"
    r"\b(?:oss|object storage|buckets?)\b[^.?!]{0,15}\b(?:as|is) (?:the |our )?origin\b"
)
# Leaving another provider for Alibaba Cloud ("moving our workloads from AWS Tokyo to Alibaba ECS
# Hangzhou"): the question is about Alibaba Cloud.
_LEAVES_ANOTHER_PROVIDER = re.compile(
    r"\b(?:from|off|leav\w*|away from)\s+(?:\w+\s+)?"
    r"(?:aws|amazon\w*|azure|google cloud|gcp|tencent\w*|huawei\w*|digitalocean|linode|ovh|"
    r"vultr|hetzner)\b[^.?!]{0,60}\b(?:to|onto|into|with)\s+(?:\w+\s+)?(?:alibaba|aliyun|ecs)\b|"
    # ("we run on AWS Tokyo. Next year we plan to migrate to Alibaba Cloud Hangzhou")
    r"\b(?:migrat\w*|mov(?:e|es|ed|ing)|switch\w*|transfer\w*)\s+(?:\w+\s+){0,3}?(?:to|onto|into)\s+"
    r"(?:alibaba|aliyun|ecs)\b|"
    # ("we left Tencent Cloud Guangzhou in January and now run only from Alibaba Cloud Singapore")
    r"\b(?:left|quit|ditched|abandoned|(?:moved|migrated) (?:off|away from))\s+(?:our\s+|the\s+)?"
    r"(?:amazon\w*|google cloud|" + words_pattern(HOSTING_PROVIDERS) + r")"
)


# Where a filing number is shown: "... the ICP number in the footer", "display it".
_WHERE_SHOWN = re.compile(r"\b(?:footers?|display\w*|show\w*|put|place|homepage|pages?)\b")


def _question_clause(text: str) -> str:
    """The clause the last question stands in: "a client asked about an ICP number - do we
    actually need one?" -> "do we actually need one?"."""
    return re.split(r"\s[-–—]\s|[,;:]\s", last_question(text) or text)[-1]


# A web page of one's own reached by its IP address: the FAQ's IP-only question, though only
# staff or devices open it ("staff open the internal portal via http://106.14.x.x").
# (or opened in a browser: "staff type the IP in the browser")
_WEB_PAGES = re.compile(
    r"\b(?:portals?|dashboards?|panels?|web ?apps?|websites?|sites?|browsers?)\b"
)
_CLOSED_NETWORK = re.compile(r"\bno public access\b|\bprivate network\b|\bintranet\b|\bvpn\b")


_LOAD_BALANCER = r"(?:slb|clb|alb|server load balancer|load[- ]?balancers?)"
_POINTS_AT_THE_BALANCER = re.compile(
    r"\b(?:point|points|pointing|pointed|switch|switches|switched|switching|change|changes|"
    r"changed|changing|move|moves|moved|moving)\b"
    rf"[^.?!]{{0,30}}\b(?:to|at)\s+(?:the\s+|our\s+|an?\s+)?(?:new\s+)?{_LOAD_BALANCER}\b"
)
# The filing made with the ministry ("file anything with MIIT"), not a contact with it.
_FILES_WITH_MIIT = re.compile(
    r"\b(?:file|filed|filing|register|registered|registration|submit\w*|appl(?:y|ied|ication))\b"
    r"[^.?!]{0,25}\b(?:with|to|at)"
    r"\s+(?:the\s+)?miit\b"
)
_THE_CONSOLE = re.compile(r"\b(?:(?:alibaba cloud|aliyun|alicloud|cdn)\s+)?(?:console|portal)\b")


# Who a claim comes from, not whose filing it is: "our China partner wrote:", "docs from a
# partner:", "the agent says"
# (quoted, or after a colon: "the agent says he can file for us" is a question of agents)
_CLAIM_SOURCE = re.compile(
    r"\b(?:partners?|agents?|agency|consultants?)(?:'s)?\s+(?:\w+\s+)?(?:wrote|writes\s*[:\"'“‘]|"
    r"(?:told us|tells us|says|said|claims?|insists?|mentioned|sent|emailed|replied)\s*[:\"'“‘])|"
    r"\b(?:docs|documents|notes?|mails?|e-?mails?|messages?|advice)\s+from\s+(?:an?|our|the|a\s+\w+)\s+"
    r"(?:partners?|agents?|agency|consultants?)\s*:"
)


# The licence itself called a document: "An ICP license is a document required by any business"
_THE_FILING_AS_A_DOCUMENT = re.compile(
    r"\b(?:icp|beian|filing|licen[cs]e|permit)s?\s+(?:is|are)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:documents?|certificates?)\b"
)


# A site of some kind, told where it runs: "the SaaS app runs on ECS in Beijing", "our e-commerce
# site is ready on ECS in Shanghai", "our SaaS dashboard sat on AWS Frankfurt"
_A_SITE_OF_A_KIND_PLACED = re.compile(
    r"\b(?:e-?commerce|saas)\s+(?:[\w-]+\s+)?(?:sites?|website|shop|store|apps?|platform|dashboard|"
    r"product|portal|backend|service)\s+(?:(?:is|are|was|were|now|currently|already|still)\s+)?"
    r"(?:runs?|ran|running|sits?|sat|lives?|hosted|deployed|ready|live|up)\b[^.?!]{0,15}?"
    r"\b(?:on|in|at)\b"
)


# Whether a filing suffices, or what else is needed, asked
_MORE_THAN_A_FILING = re.compile(
    r"\b(?:enough|sufficient|suffice|on top|additional|extra|other licen\w*|anything else)\b"
)


# The user's site on Alibaba Cloud, named in what is asked ("for the new Alibaba Cloud site", "for
# the Alibaba side"; not "through Alibaba Cloud")
_THE_ALIBABA_SITE = re.compile(
    r"\b(?:alibaba(?:\s+cloud)?|aliyun|alicloud)(?:'s)?\s+(?:side|site|website|servers?|instances?|"
    r"ecs|part|box|hosting|shop|store)\b"
)


# What it takes to apply, asked in general ("what do we need in order to apply for the ICP?"), and
# a company with no entity in China
_WHAT_IT_TAKES_TO_APPLY = re.compile(_WHAT_WE_NEED_TO + r"(?:apply|file|register)\b")
_NO_ENTITY = re.compile(
    r"\bno (?:registered |legal |local |chinese )?(?:entity|entities|company|presence|office|"
    r"branch|subsidiary)\b"
)


def _lifted(found: List[str], text: str) -> List[str]:
    """The subjects found that are background here, not what is asked."""
    lifted = set()
    if "marketing" in found and not UNCOVERED["marketing"].search(_SITE_KIND.sub(" ", text)):
        lifted.add("marketing")  # "which region lets our new marketing site skip ICP?"
    if "documents" in found and _foreign_documents(text) and not _ASKS_WHICH_DOCUMENTS.search(text):
        lifted.add("documents")  # "can overseas-issued documents be used for the icp filing?"
    if "licence_types" in found and _NAMES_AN_OFFICE.search(text) and _MAY_GET.search(text):
        # "with a physical office in China, can I get an ICP filing or a commercial license?":
        # the FAQ's own first question
        lifted.add("licence_types")
    if (
        "business_types" in found
        and not UNCOVERED["business_types"].search(_A_SITE_OF_A_KIND_PLACED.sub(" ", text))
        # (not "... and we take online payments. Is ICP filing enough?")
        and not _MORE_THAN_A_FILING.search(asked_part(text))
    ):
        # "the e-commerce site is ready on ECS in Shanghai": the kind describes the site whose
        # place is told, it is not what is asked
        lifted.add("business_types")
    if "business_types" in found and _NAMES_A_PRESENCE.search(text):
        lifted.add("business_types")  # "can our rep office get a commercial licence for our shop?"
    if (
        "companies" in found
        and not UNCOVERED["companies"].search(_CLAIM_SOURCE.sub(" ", text))
        and not _uses_another_partys_papers(asked_part(text), text)
    ):
        lifted.add("companies")  # "our China partner wrote: 'registered in Liaoning, so ...'"
    if "documents" in found and not UNCOVERED["documents"].search(
        _THE_FILING_AS_A_DOCUMENT.sub(" ", text)
    ):
        lifted.add("documents")  # "an ICP license is a document required by any business ..."
    if "documents" in found and lacks_documents(text) and not (_ASKS_WHICH_DOCUMENTS.search(text)):
        lifted.add("documents")  # "we can't provide the documents required, what now?"
    if "documents" in found and not UNCOVERED["documents"].search(
        _TOO_MUCH_TO_TAKE_ON.sub(" ", text)
    ):
        # "that sounds like way too much paperwork for us. what now?": the burden alone named it
        lifted.add("documents")
    if filing_out_of_reach(text) and any(asks_what_to_do_now(p) for p in asking_parts(text)):
        # "the domain is registered under our partner's name, so I can't finish the filing. what
        # now?": why the filing cannot be done is background; what to do is the FAQ's no-filing
        # answer
        lifted |= {"companies", "documents", "domains", "filing_details"} & set(found)
    if (
        "documents" in found
        and (_NAMES_A_PRESENCE.search(text) or _NO_ENTITY.search(text))
        and not UNCOVERED["documents"].search(_WHAT_IT_TAKES_TO_APPLY.sub(" ", text))
    ):
        # "no registered entity there, only a co-working desk. What do we need in order to
        # apply?": what a company with that presence (or none) needs to be able to file, which
        # the physical office answer says (not a list of papers)
        lifted.add("documents")
    if "miit_contact" in found and not UNCOVERED["miit_contact"].search(
        _FILES_WITH_MIIT.sub(" ", text)
    ):
        lifted.add("miit_contact")  # "do we have to file anything with MIIT?": the filing itself
    if (
        "settings" in found
        and to_cdn_coverage(text) is not None
        and asks_if_it_needs_a_filing(text)
        and len(asking_parts(text)) <= 1
        and not UNCOVERED["settings"].search(_THE_CONSOLE.sub(" ", text))
    ):
        # The console as where the CDN's coverage is set: "'Mainland China Only' as the region in
        # the CDN console: filing needed?"
        lifted.add("settings")
    if (
        {"settings", "existing_filing"} & set(found)
        and _POINTS_AT_THE_BALANCER.search(text)
        # (not what becomes of the filing, asked: "if I release the filing's ECS once DNS points
        # at the SLB, is the filing cancelled?"), nor what becomes of the server filed with ("after
        # the DNS points at the SLB, do we have to keep that ECS running?")
        and not re.search(_A_FILINGS_END, _question_clause(text))
        and not _THE_SERVER_KEPT_OR_RELEASED.search(_question_clause(text))
    ):
        # "filing approved with an ECS's IP; now we point the domain at the SLB: just change the
        # DNS record?": the FAQ's load balancer steps
        lifted |= {"settings", "existing_filing"}
    if "other_products" in found and _STORAGE_AS_ORIGIN.search(text):
        # "CDN acceleration region Global, origin is an OSS bucket in Singapore. ICP needed?": the
        # CDN answer holds wherever the origin is
        lifted.add("other_products")
    if (
        "not_websites" in found
        and to_access_method(text) == IP_ONLY
        and _WEB_PAGES.search(text)
        and not _CLOSED_NETWORK.search(text)
    ):
        lifted.add("not_websites")
    if "other_providers" in found and _LEAVES_ANOTHER_PROVIDER.search(text):
        lifted.add("other_providers")
    if "other_providers" in found and _asks_of_the_users_alibaba_cloud(text):
        lifted.add("other_providers")
    if (
        "other_providers" in found
        and not UNCOVERED["other_providers"].search(_ON_A_PROVIDER_OURSELVES.sub(" ", text))
        and not _asks_of_a_provider(asked_part(_ON_A_PROVIDER_OURSELVES.sub(" ", text)))
    ):
        # "so we need an ECS in China even though we're on AWS?": the provider is only where the
        # writer's site runs outside China, and the question is the FAQ's
        lifted.add("other_providers")
    if (
        {"other_providers", "business_types"} & set(found)
        and _hosted_outside(text)
        and not _another_providers_cdn_in_mainland(text)
        and not _asks_of_a_provider(asked_part(text))
    ):
        # "our shop is on AWS in Virginia, need ICP?": hosted outside mainland China, the FAQ's
        # answer holds whoever the provider and whatever the business (not so with another
        # provider's CDN in mainland China: the FAQ's CDN rule is Alibaba Cloud CDN's)
        lifted |= {"other_providers", "business_types"}
    if (
        "not_websites" in found
        and _hosted_outside(text)
        # (or the question before asked again of it: "same for the staging box in eu-central-1?")
        and (
            asks_if_it_needs_a_filing(text)
            or re.match(r"\W*(?:and\s+)?(?:the\s+)?same\s+for\b", text)
        )
        and not _another_providers_cdn_in_mainland(text)
        and not UNCOVERED["not_websites"].search(re.sub(_WEB_BUT_NOT_PUBLIC, " ", text))
    ):
        # "internal tool hosted in Frankfurt, staff in China use it daily. ICP needed?": a web
        # site for staff, hosted outside mainland China: the FAQ's "no filing" holds (not a mail
        # or game server, which is no website at all)
        lifted.add("not_websites")
    if (
        "settings" in found
        and _ADDS_A_LOAD_BALANCER.search(text)
        and not UNCOVERED["settings"].search(_DNS_TO_THE_BALANCER.sub(" ", text))
    ):
        # "now adding an SLB. where should the DNS record point?": the load balancer answer says
        # (to the SLB's IP, once the filing is approved)
        lifted.add("settings")
    if (
        "existing_filing" in found
        and _ADDS_A_LOAD_BALANCER.search(text)
        and not UNCOVERED["existing_filing"].search(
            _FILED_AGAIN.sub(" ", _ALREADY_FILED.sub(" filing ", text))
        )
        and not _ANOTHER_CHANGE.search(text)
    ):
        # "we already have an ICP filing for our ECS and add an SLB next week; do we file
        # again?": the load balancer answer's own case (point the DNS at it once the filing is
        # approved)
        lifted.add("existing_filing")
    return [f for f in found if f not in lifted]


# The server a filing was made with, kept running or let go: "keep that one ECS running", "release
# the ECS", "can it be deleted"
_THE_SERVER_KEPT_OR_RELEASED = re.compile(
    _SERVER_KEPT_RUNNING + r"|"
    r"\b(?:" + _SERVER_ENDED + r")\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ecs|instances?|servers?|vps|box|it|them)\b"
)


# Another provider named only as where the writer's site runs, outside China ("even though we're
# on AWS", "our site is hosted with Azure"; not "we're on AWS China", "our app is on Tencent in
# Beijing")
_ON_A_PROVIDER_OURSELVES = re.compile(
    r"\b(?:we(?:'re| are)|i(?:'m| am)|(?:our|my)\s+(?:site|website|servers?|origin|app|backend|"
    r"stack|shop|store)\s+(?:is|are|runs?|sits?|lives?)|(?:we|i)\s+(?:run|host))\s+"
    r"(?:(?:hosted|running|all|still|currently|already)\s+)?(?:on|at|with)\s+"
    r"(?:aws|amazon(?: web services)?|azure|google cloud|gcp|digitalocean|linode|ovh|vultr|hetzner)"
    r"\b(?!(?:[\s(]+[\w-]+){0,2}[\s(]+(?:china|cn|cn-[\w-]+|beijing|ningxia|mainland)\b)"
)


# A load balancer put in front of the site
_ADDS_A_LOAD_BALANCER = re.compile(
    r"\b(?:add\w*|put\w*|plac\w*|switch\w*|mov\w*|introduc\w*|use|using|set(?:ting)? up|"
    rf"point\w*)\b[^.?!]{{0,30}}\b{_LOAD_BALANCER}\b"
)
# Where the DNS points, asked beside a load balancer
_DNS_TO_THE_BALANCER = re.compile(
    r"\b(?:dns|domain)(?:\s+(?:record|resolution|settings?|entry))?\b(?=[^.?!]{0,30}\bpoint)"
)
# A change beside the load balancer: a domain, a region, the site moved
_ANOTHER_CHANGE = re.compile(
    r"\bnew domain\b|\b(?:chang\w*|switch\w*|mov\w*)\b[^.?!]{0,20}\bdomain\b|"
    r"\bmov\w* (?:the |our )?(?:site|website|servers?)\b|\b(?:revoked|lapsed|expired|cancell?ed)\b"
)
# Filing a second time
_FILED_AGAIN = re.compile(
    r"\b(?:fil\w*|apply\w*)\s+(?:\w+\s+){0,2}again\b|\bre-?fil\w*|"
    r"\b(?:redo|re-do|repeat|resubmit)\s+(?:the\s+|our\s+|an?\s+)?(?:icp\s+)?(?:filing|beian|application)\b"
)
# A filing already had, said as such (not changed, moved or lost)
_ALREADY_FILED = re.compile(
    _already_had(r"filings?|icp|beian|records?") + r"|\balready filed\b|\bexisting (?:filing|icp)\b"
)


# Another provider's CDN named: "Tencent Cloud CDN", "CloudFront", "Cloudflare's China Network".
_ANOTHER_PROVIDERS_CDN = re.compile(
    r"(?:" + UNCOVERED["other_providers"].pattern + r")"
    r"(?:(?!alibaba|aliyun|alicloud)[^.?!,;]){0,25}\b(?:cdns?|(?:china\s+)?network|edge)\b|"
    r"\bcloudfront\b"
)
# (not one set aside: "Cloudflare's China Network instead of Alibaba CDN")
_ALIBABA_CDN = re.compile(
    r"(?<!instead of )(?<!rather than )(?<!than )(?<!not )(?<!vs )(?<!versus )"
    r"(?<!like for )(?<!as for )(?<!as with )"
    r"\b(?:alibaba|aliyun|alicloud)(?: cloud)?(?:'s)? (?:\w+ )?cdn\b"
)
# What another provider asks, asked: "does Cloudflare require an ICP for that?"
_ASKS_OF_A_PROVIDER = re.compile(
    r"\b(?:does|do|will|would|is|are|can|could)\s+(?:the\s+)?(?:"
    + UNCOVERED["other_providers"].pattern
    # (a gloss between: "does AWS China (the Sinnet one) accept ...?")
    + r")(?:'s)?(?:\s+[\w-]+){0,2}?(?:\s*\([^)]{0,40}\))?\s+(?:require|need|ask|demand|want|"
    r"insist|support|allow|"
    r"accept|check|enforce)"
)


# Another provider's way set against Alibaba Cloud's: "does their ICP process work the same as
# Alibaba's?"
_SET_AGAINST_ALIBABAS = re.compile(
    # (not the verb: "I'd like to put Alibaba Cloud CDN in front of it")
    r"\b(?:same|similar|similarly|differ\w*|different|differently|compare\w*|"
    r"(?<!'d )(?<!would )(?<!\bi )(?<!\bwe )like)\b[^.?!]{0,20}"
    r"\b(?:as|from|to|with|than)?\s*alibaba(?:\s+cloud)?(?:'s)?\b"
)


def _asks_of_a_provider(asked: str) -> bool:
    """What another provider does is asked (not only where the user's own site is)."""
    return bool(_ASKS_OF_A_PROVIDER.search(asked) or _SET_AGAINST_ALIBABAS.search(asked))


def _another_providers_cdn_in_mainland(text: str) -> bool:
    """Another provider's CDN covers mainland China, said in the sentence that names it (not when
    Alibaba Cloud CDN is what covers it: "CloudFront for Europe, Alibaba Cloud CDN for China")."""
    if _ALIBABA_CDN.search(text):
        return False
    return any(
        _ANOTHER_PROVIDERS_CDN.search(sentence)
        and (
            to_cdn_coverage(sentence) == CDN_INCLUDES_MAINLAND or _A_CHINA_NETWORK.search(sentence)
        )
        for sentence in SENTENCES.findall(text)
    )


# A provider's own network for mainland China, by its product name: "Cloudflare's China Network",
# "Akamai China CDN"
_A_CHINA_NETWORK = re.compile(
    r"(?:" + UNCOVERED["other_providers"].pattern + r")(?:'s)?\s+china\s+(?:network|cdn)\b"
)


# Alibaba Cloud as what the user runs on: an ECS, Alibaba Cloud's own server, or the name used
# ("a new Alibaba Cloud instance in Hangzhou", "hosted on Alibaba Cloud in Chengdu"), not the
# name compared ("does AWS China have the same ICP rules as Alibaba Cloud?")
_ON_ALIBABA = re.compile(
    r"(?<!not )(?<!no )(?<!than )\becs\b|"
    r"\b(?:on|in|with|onto|to|into|at|using|use|uses|our|new|an?|the)\s+(?:new\s+)?"
    r"(?:alibaba(?:\s+cloud)?|aliyun|alicloud)\b(?!\s+(?:rules?|polic\w+|requirements?|process)\b)"
)


def _on_alibaba_in_mainland(text: str) -> bool:
    """Alibaba Cloud named as what the user runs on, in mainland China (in the message, or right
    after the name: "the new Alibaba Cloud box in Hohhot will only be reached by IP")."""
    named = list(_ON_ALIBABA.finditer(text))
    # (an ECS anywhere with the message's place in the mainland; Alibaba Cloud by name only
    # where its own words place it there, not "we use Alibaba Cloud for email")
    return (
        any(m.group(0).endswith("ecs") for m in named)
        and to_hosting_location(text) == MAINLAND_HOSTING
    ) or any(
        to_hosting_location(_the_phrase_at(text, m.start())) == MAINLAND_HOSTING for m in named
    )


def _the_phrase_at(text: str, start: int) -> str:
    """The words of `text` from `start` to the next verb or punctuation ("the new alibaba cloud
    box in hohhot" of "... box in hohhot will only be reached by IP")."""
    return re.split(
        r"\b(?:will|would|is|are|was|were|has|have|had|can|could|should|must)\b|[,.;:!?]",
        text[start : start + 60],
    )[0]


_NOT_ON_ALIBABA = re.compile(
    r"\b(?:not|n't|never|no longer)\s+(?:on\s+|with\s+|using\s+|through\s+)?"
    r"(?:alibaba|aliyun|alicloud)(?:\s+cloud)?\b(?!\s+(?:cdn|dns|slb)\b)"
)


def _asks_of_the_users_alibaba_cloud(text: str) -> bool:
    """The question is about the user's own use of Alibaba Cloud, whoever else is named in the
    message: the FAQ's own case."""
    question = last_question(text)
    if _THE_ALIBABA_SITE.search(question) and not UNCOVERED["other_providers"].search(question):
        # "... servers split between Alibaba Cloud Zhangjiakou and Tencent Cloud Guangzhou. For
        # the Alibaba side, which province do we file in?"
        return True
    # (not when what the other provider does is asked: "Does AWS China accept the filing we got
    # through Alibaba? ... ECS in Beijing too"; nor when Alibaba Cloud is denied: "we're on AWS
    # Beijing, not Alibaba. Does the temporary ECS rule apply to us?")
    if _another_provider_asked(text) or _NOT_ON_ALIBABA.search(text):
        return False
    # "mostly on AWS Ohio, but we added one Alibaba ECS in cn-wulanchabu" (not a China network
    # read as a place); "our status page sits on AWS us-east-1; we'd put Alibaba Cloud CDN in
    # front of it": the FAQ's CDN rule is Alibaba Cloud CDN's, wherever the origin is hosted
    return _on_alibaba_in_mainland(_A_CHINA_NETWORK.sub(" ", text)) or bool(
        _ALIBABA_CDN.search(text) and not _another_providers_cdn_in_mainland(text)
    )


def _another_provider_asked(text: str) -> bool:
    """Another provider is what is asked about: what it does, or named in the last question."""
    return _asks_of_a_provider(asked_part(text)) or bool(
        UNCOVERED["other_providers"].search(_question_clause(text))
    )


def _hosted_outside(text: str) -> bool:
    return to_hosting_location(text) in (HONG_KONG_HOSTING, OUTSIDE_MAINLAND_HOSTING)


def asks_if_blocked_when_hosted_outside(text: str) -> bool:
    """Blocking asked of one's site hosted outside mainland China, and nothing else the FAQ leaves
    out ("will our shop get blocked if we host it outside China?"): the FAQ answers the filing
    part (none is needed), not the blocking."""
    return (
        uncovered_subjects(text) == ["blocking"]
        # (censorship asked of is no filing's matter: "could our site be censored if we host in
        # Seoul?"; told only, the question is the filing's: "users say our IP is blocked by the
        # GFW. do we need an ICP for it?")
        and len(asking_parts(text)) == 1
        and not _CENSORSHIP.search(asking_parts(text)[0])
        # (where it is hosted said in so many words, also as a plan: "if we host it outside
        # China"; not "platforms that aren't blocked in China")
        and bool(_HOSTED_ABROAD.search(clean(text)))
        and bool(_OWN_SITE.search(clean(text)))
        and to_hosting_location(text) != MAINLAND_HOSTING
    )


_OWN_SITE = re.compile(r"\b(?:we|our|my|i|us)\b")


# A site hosted outside mainland China, named as where it is or would be hosted ("if you use a
# server outside the Chinese mainland", "Websites Hosted Outside China", "our servers run in
# Tokyo").
_HOSTED_ABROAD = re.compile(
    # ("site is on ECS tokyo")
    r"\b(?:host|hosts|hosted|hosting|servers?|runs?|running|deploy\w*|ecs|vps)\b[^.?!]{0,25}"
    r"(?:\boutside\s+(?:of\s+)?(?:the\s+)?(?:chinese\s+)?(?:mainland\s+)?(?:china|mainland)\b|"
    r"\boverseas\b|\babroad\b|\boffshore\b|"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG)
    + ")|"
    # "Hong Kong sites", "an overseas server"
    + r"(?:\boverseas\b|\boffshore\b|"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG)
    + r")\s+(?:\w+\s+)?(?:sites?|websites?|servers?|hosting|ecs|instances?)\b"
)


# The filing itself needed, asked or stated: "ICP is a must", "the ICP license is needed", "you
# would need the ICP Filing", "can skip the filing" (not "has to find a citizen for the filing").
# (the filing by its full name too: "an Internet Content Provider licence is required")
_FILING_WORD = (
    r"(?:icps?|internet content provider|beian|filings?|(?:icp |commercial |website |web )"
    r"licen[cs]es?)"
)
# The filing as a newcomer names it, not knowing its name: "some kind of government
# registration", "a licence or permit from the authorities", "approval from chinese goverment".
_PERMISSION = r"(?:registrations?|approvals?|permits?|licen[cs]es?|permissions?)"
_GOVERNMENT = (
    r"(?:(?:the|chinese|china's|prc|local)\s+){0,2}(?:government|goverment|govt|authorit(?:y|ies)|"
    r"regulators?)"
)
_PERMISSION_WORD = (
    rf"(?:(?:some\s+)?kind\s+of\s+)?(?:(?:government|goverment|govt|official)\s+{_PERMISSION}|"
    # the filing by a name of the writer's: "the government paperwork", "Chinese paperwork"
    r"(?:government|goverment|govt|official|regulatory|chinese|china|great firewall|gfw)\s+"
    r"paperwork|"
    rf"(?<!business )(?:{_PERMISSION}\s+(?:or|and|/)\s+)?{_PERMISSION}\s+(?:from|with|by)\s+"
    rf"{_GOVERNMENT})"
)


def _needs_pattern(word: str) -> Pattern:
    """Whether `word` (the filing's name) is needed, stated or asked."""
    return re.compile(
        # (with a second name or an adverb: "an ICP filing/license is commonly required")
        # (not a part of it: "the filing form is usually required in Chinese")
        rf"\b{word}\b(?!\s+(?:forms?|applications?|numbers?|documents?|materials?|photos?)\b)"
        r"(?:[\s/]+[\w-]+){0,3}?\s+(?:is|are|be|was|were)\s+"
        r"(?:(?:\w+ly|also|still|now|often)\s+)?(?:a must|needed|"
        r"required|mandatory|necessary|compulsory|obligatory|indispensable|essential|"
        r"mandated|prescribed)\b|"
        # who must, after naming it: "what is an ICP, and which companies are obliged to apply
        # for it?" (not who may: "which companies can apply?")
        rf"\b{word}\b[^?!]{{0,80}}\b(?:who|which\s+(?:[\w-]+\s+)?(?:companies|businesses|firms|"
        r"sites|websites|entities|organi[sz]ations))\s+(?:(?:is|are)\s+(?:obliged|obligated|"
        r"required)\s+to|must|ha(?:ve|s) to|needs? to)\s+(?:submit|file|apply|register|get|obtain|"
        r"have|hold)\b|"
        # asked of it after naming it: "ICP licence in China: is it really indispensable?"
        rf"\b{word}\b[^.?!]{{0,40}}\b(?:is|are)\s+(?:it|they|this|that)\s+(?:\w+ly\s+)?"
        r"(?:a must|needed|required|mandatory|necessary|compulsory|obligatory|indispensable|"
        r"essential)\b(?!\s+to\b)|"
        rf"\b{word}\b[^.?!]{{0,30}}\b(?:a must|an? (?:\w+ )?(?:necessity|requirement|"
        r"obligation|prerequisite|precondition))\b|"
        # made, as a rule says it: "a server in mainland China means a filing must be made"
        rf"\b{word}\s+(?:must|shall|ha(?:ve|s) to|needs? to)\s+be\s+(?:made|done|obtained|"
        r"submitted|secured|acquired|procured|in place)\b|"
        # called so: "an agency pitched ICP filing as 'mandatory for any Chinese traffic'"
        rf"\b{word}\b[^.?!]{{0,20}}\bas\s+[\"'“‘]?(?:a must|mandatory|required|compulsory|"
        r"obligatory|necessary)\b|"
        # the obligation itself named ("the filing obligation explained", "any filing obligation
        # for us"; one requirement, not a list: "the filing requirements for ...")
        rf"\b{word}\s+(?:obligations?|requirement|duty)\b(?!\s+(?:documents?|list|checklist)\b)|"
        # asked: "is ICP needed for mainland servers?", "is an ICP filing required?"
        # ("is this ICP thing mandatory ...?", "is ICP filing actually compulsory for us?")
        # ("is possession of an ICP licence indispensable?")
        r"\b(?:is|are)\s+(?:(?:possession|ownership|acquisition|obtaining|getting|having)\s+of\s+)?"
        r"(?:an?\s+|the\s+|any\s+|some\s+|this\s+|that\s+)?(?:china\s+|chinese\s+)?"
        rf"{word}(?:\s+\w+){{0,2}}?\s+(?:needed|required|mandatory|necessary|compulsory|"
        r"indispensable|essential)\b|"
        # (asked, too: "must we get an ICP filing?", "should our shop have a beian?")
        # "must have been filed", "a registration required by the government", "prohibited
        # without a valid ICP"
        r"\b(?:must|shall|ha(?:ve|s) to|needs? to)\s+(?:first\s+)?(?:have been|be)\s+"
        r"(?:icp[- ]|beian[- ])?filed\b|"
        # "any organization shall fulfill the website filing procedures", "must go through ICP"
        r"\b(?:must|shall|ha(?:ve|s) to|needs? to|(?:is|are) required to)\s+(?:first\s+)?"
        r"(?:fulfil+|go through|undergo|carry out|perform)\s+(?:the\s+|an?\s+|its\s+|"
        rf"their\s+|your\s+)?(?:website\s+|site\s+)?{word}\b|"
        # a rule's "shall complete ICP filing procedures" (not a step's "you need to complete the
        # filing before you go online", said of how, or when)
        # (a rule's words: "shall", or "must" with the procedures)
        r"\b(?:shall|(?:is|are) required to)\s+complete\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
        rf"(?:website\s+|site\s+)?{word}\b|"
        r"\bmust\s+complete\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:website\s+|site\s+)?"
        rf"{word}\s+(?:\w+\s+)?(?:procedures|formalities)\b|"
        # "requires every accelerated domain to be ICP filed", "... to hold an ICP licence"
        # ("regulations oblige all public web services to obtain an ICP number")
        r"\b(?:require[sd]?|oblige[sd]?|obligate[sd]?|compel(?:s|led)?|force[sd]?)\s+"
        r"(?:[\w-]+\s+){1,7}?to\s+(?:be\s+(?:icp[- ]|beian[- ])?filed\b|"
        r"(?:have|get|obtain|hold|apply for|register for|file for|secure|acquire)\s+"
        r"(?:an?\s+|the\s+|a valid\s+)?"
        rf"[\"“]?{word}\b)|"
        # ("an ICP license is a document required by any business")
        rf"\b{word}\b[^.?!]{{0,30}}\b(?:registration|licen[cs]e|permit|record)\s+(?:that is\s+)?"
        r"required\b|"
        rf"\b{word}\b\s+(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:document|certificate)\s+required\s+"
        r"(?:by|for|of)\b|"
        # the last of the steps a site must take: "all websites need to submit their details to
        # the government and then get an ICP certificate"
        r"\b(?:needs? to|ha(?:ve|s) to|must)\s[^.?!]{0,80}?\band\s+(?:then\s+)?(?:get|obtain|"
        rf"apply for|hold)\s+(?:an?\s+|the\s+)?{word}\b|"
        r"\b(?:prohibited|not allowed|forbidden|illegal|banned|not permitted)\s+without\s+"
        rf"(?:an?\s+|the\s+|any\s+)?(?:valid\s+)?{word}\b|"
        # (stated: "sites hosted in the mainland are required to have an ICP license", "you must
        # first obtain a valid ICP")
        r"\b(?:need|needs|require|requires|(?:are|is|be|been) (?:required|obliged|obligated|"
        r"compelled|forced) to (?:have|get|obtain|hold|secure|acquire)|"
        r"must (?:first\s+)?(?:have|get|obtain|hold)|"
        r"(?:must|should) (?:we|i|they|you|it|(?:our|my|the|this)(?: [\w-]+){1,2}) "
        r"(?:have|get|obtain|make)|"
        r"(?:ha(?:ve|s)(?: got)? to|got to|gotta|needs? to) (?:get|have|obtain|hold|secure|"
        r"acquire|apply for|file for)|skip|avoid|bypass|exempt from)\s+"
        r"(?:an?\s+|the\s+|any\s+|some\s+|no\s+|(?:your|their|its) own\s+)?"
        r"(?:(?:valid|separate|special|proper|official)\s+)?"
        rf"(?:china\s+|chinese\s+)?{word}\b"
        # (not how: "should we make the ICP filing form in Chinese or English?")
        r"(?!\s+(?:forms?|applications?|in (?:chinese|english)))"
    )


_NEEDS_A_FILING = _needs_pattern(_FILING_WORD)
# ... a permission for something other than the site: "government approval for the game itself",
# "to use encryption", "a government license to teach online"
_PERMISSION_FOR_SOMETHING_ELSE = re.compile(
    rf"\b{_PERMISSION}\b[^.?!]{{0,40}}?\b(?:to\s+(?!launch|go live|open|start|host|run|put|"
    r"(?:do|get|complete|sort out|take care of)\b(?!\s+business))\w+|"
    r"for\s+(?:the\s+|our\s+|this\s+|its\s+|every\s+|each\s+|any\s+|all\s+|an?\s+)?"
    r"(?!(?:web)?sites?\b|homepage|shop|store|e-?shop|every\b|each\b|any\b|all\b|an?\b|"
    r"servers?|ecs|it\b|that\b|this\b|us\b|launch|(?:hosting|running|operating|launching)\b)\w+)"
)
_NEEDS_A_PERMISSION = _needs_pattern(_PERMISSION_WORD)
# ... or asked with no authority named: "is there some registration we need before it goes live?",
# "is any sort of permit required?"
_ASKS_FOR_ANY_PERMISSION = re.compile(
    r"\b(?:is|are)\s+there\s+(?:some|any|an?)\s+(?:(?:kind|sort|type)\s+of\s+)?(?:special\s+|"
    r"particular\s+|official\s+|legal\s+)?(?:registrations?|permits?|licen[cs]es?|approvals?|"
    r"permissions?|paperwork)\b[^.?!]{0,30}\b(?:need|needed|required|must|have to|has to)\b|"
    # (without "there", not a licence: "is a business license required?" asks who may file)
    r"\b(?:is|are)\s+(?:some|any)\s+(?:(?:kind|sort|type)\s+of\s+)?(?:special\s+|particular\s+|"
    r"official\s+|legal\s+|government\s+)?(?:registrations?|permits?|approvals?|permissions?|"
    r"paperwork)\b[^.?!]{0,30}\b(?:need|needed|required|must|have to|has to)\b|"
    # "a licence must be procured for every website operating within China"
    r"\b(?:registrations?|permits?|licen[cs]es?|approvals?)\s+(?:must|shall|ha(?:ve|s) to|"
    r"needs? to)\s+(?:first\s+)?be\s+(?:obtained|procured|secured|acquired|granted|made)\b|"
    # which one is needed: "which licence must I obtain for this?", "what permit do we need?"
    r"\b(?:which|what)\s+(?:(?:kind|sort|type)s?\s+of\s+)?(?:licen[cs]es?|permits?|"
    r"registrations?|approvals?|permissions?)\s+(?:do|does|must|should|would|will|shall)\s+"
    r"(?:i|we|you|one|they|it)\s+(?:(?:first|actually|still)\s+)?(?:need|require|have to|"
    r"has to|obtain|get|apply for|hold)\b|"
    # "... if the shop has to be registered with the Chinese authorities"
    r"\b(?:site|website|shop|store|it|page|domain)\b(?:\s+[\w'-]+){0,4}?\s+(?:has|have|needs?)\s+to\s+be\s+registered\s+"
    r"with\s+(?:the\s+)?(?:chinese\s+|china\s+|local\s+)?(?:authorities|government|miit|"
    r"ministry)\b"
)


# A permission asked for with nothing after it but the launch: "is there some registration we have
# to do first?", "... required before we launch?" (not "is any approval needed before we can
# accept Alipay?")
_ONLY_THE_PERMISSION_ASKED = re.compile(
    r"\b(?:need|needed|required|necessary|must|(?:have|has) to \w+)\b(?:\s+first)?"
    r"(?:\s+before\s+(?:we|i|it|the site)\s+(?:can\s+)?(?:launch|go live|goes live|open|start|"
    r"point|publish)\w*(?:\s+[\w-]+){0,4})?\s*\??\s*$"
)


def asks_only_for_the_permission(text: str) -> bool:
    """The question ends with the permission asked for (or the launch it comes before)."""
    return bool(_ONLY_THE_PERMISSION_ASKED.search(clean(text)))


def speaks_of_needing_a_filing(text: str, context: str = "") -> bool:
    """Whether the filing is needed, asked or stated ("ICP is a must for a serious presence in
    China"): the umbrella question's own point. `context`: the message `text` is part of, whose
    site or server an unnamed registration may be for ("... an ECS box in Hangzhou. Is some kind
    of government registration required before we launch?")."""
    text = clean(text)
    return bool(
        _NEEDS_A_FILING.search(text)
        # (the filing unnamed, for a site or a server: not "a permit from the authorities to
        # import food")
        or (
            (_NEEDS_A_PERMISSION.search(text) or _ASKS_FOR_ANY_PERMISSION.search(text))
            and _HOSTING_WORDS.search(clean(context) or text)
            and not _PERMISSION_FOR_SOMETHING_ELSE.search(text)
        )
    )


# Whether the user's own site needs a filing at all: "does the web app need beian?", "ICP
# needed?", "do we actually need one?" (not "do we need a new ICP after changing the domain?",
# "does the filing need the legal person's ID?").
_WHEN_ASKED = (
    r"\b(?:when|in what (?:situations?|circumstances?|cases?)|under (?:what|which) "
    r"(?:circumstances?|conditions?)|in which (?:situations?|circumstances?|cases?))\b"
)
_ASKS_IF_IT_NEEDS_ONE = re.compile(
    # when one is needed: "under which circumstances is MIIT registration mandatory?", "in what
    # situations must an application for an ICP record be submitted?"
    _WHEN_ASKED
    + r"[^.?!]{0,40}\b(?:icp|beian|filing|miit registration)\b[^.?!]{0,30}\b(?:mandatory|"
    r"required|necessary|needed|compulsory|obligatory)\b(?=[^.!]*\?)|"
    + _WHEN_ASKED
    + r"\s+(?:must|should|do|does|has|have)\b[^.?!]{0,40}\b(?:icp|beian|filing|record)\b"
    r"[^.?!]{0,20}\b(?:be\s+)?(?:submitted|filed|made|done|obtained|applied for)\b(?=[^.!]*\?)|"
    # the subject after the verb, as Spanish or Italian word order has it: "Is needed the ICP
    # registro for ...?"
    r"\b(?:is|are)\s+(?:it\s+|also\s+|still\s+)?(?:needed|necessary|required|mandatory|"
    r"obligatory)\s+(?:the\s+|an?\s+|to do the\s+|to have\s+(?:the\s+|an?\s+)?)?"
    r"(?:icp|beian|filing)\b(?=[^.!?]*\?)|"
    # the subject dropped, as non-native writers do: "still must do bei an??", "must do icp?"
    r"(?:^|[.!?,;]\s*|\b(?:still|also|then|so)\s+)(?:must|have to|has to|need to|needs to)\s+"
    # ("bei an" is cleaned to "beian")
    r"(?:do|get|make|apply for|file|have)\s+(?:the\s+|an?\s+)?(?:icp|beian|filing)\b"
    r"(?=[^.!?]*\?)|"
    # "I read something about ICP. Is it must for us?" ("it": in this assistant, the filing)
    # (not "is it a must to also do the PSB filing?")
    r"\b(?:is|isn't)\s+(?:it|this|that|icp|beian|an?\s+icp|the\s+icp)\s+(?:\w+\s+)?(?:a\s+)?must\b"
    r"(?=\s*(?:\?|$|,|for\s+(?:us|me|our\s+[\w-]+)\s*\?|here\b|or\b))|"
    # "is an ICP Filing something we need?"
    r"\b(?:icp|beian|filing)\s+(?:\w+\s+)?(?:something|a thing|anything)\s+(?:that\s+)?"
    r"(?:we|i|our \w+)\s+(?:(?:actually|really|even|still|absolutely|definitely)\s+)?"
    r"(?:need|must have|have to (?:get|do|have)|require)\b|"
    # ... or the filing named before it: "Someone mentioned a website registration with the
    # Chinese government. Is that something we need?"
    r"\b(?:is|isn't)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?(?:something|a thing|"
    r"anything)\s+(?:that\s+)?(?:we|i|our \w+)\s+(?:(?:actually|really|even|still|absolutely|"
    r"definitely)\s+)?(?:need|must (?:have|do|get)|have to (?:get|do|have)|require)\b|"
    # ... or "one" ("The branch wants an ICP anyway. Is one needed?"), the question's end
    r"\b(?:is|isn't)\s+one\s+(?:really\s+|actually\s+|even\s+|still\s+)?(?:needed|required|"
    r"necessary|mandatory)(?:\s+(?:at all|then|here|for (?:us|me|them|it|this|that)))?\s*\?|"
    # "is there a filing requirement?"
    r"\b(?:is there|are there|any)\s+(?:an?\s+|any\s+)?(?:icp\s+|beian\s+)?(?:filing|icp|beian)"
    r"\s+(?:requirements?|obligations?)\b(?=[^.!]*(?:\?|$))|"
    # ("do we actually need this icp thing")
    r"\b(?:need|needs|require|requires)\s+(?:an?\s+|the\s+|any\s+|this\s+|that\s+)?"
    r"(?:icp|beian|bei'?an|filing|"
    r"one|it)\b(?!\s+(?:number|numbers|license number|code|for (?:the|our|an?|my) (?:apps?|"
    r"domains?)))|"
    # "does having the office mean we must file?"
    r"\b(?:we|i|they)\s+(?:must|have to|need to)\s+(?:also\s+)?(?:file|register)\b"
    r"(?:\s+(?:too|as well|also|then|at all))?\s*\?|"
    # "... if the website has to be registered with the Chinese authorities. Does it?" (the site's,
    # not the company's: "does the company have to be registered ... before we apply?")
    r"\b(?:site|website|shop|store|it|page|domain)\b(?:\s+[\w'-]+){0,4}?\s+(?:has|have|needs?) "
    r"to be registered with (?:the\s+)?(?:chinese\s+|china\s+)?(?:authorities|government|miit|"
    r"ministry)\b|"
    r"\b(?:have|has|need|needs) to (?:file|register)(?:\s+(?:something|anything|at all))?"
    r"(?:\s+with\s+(?:the\s+)?(?:chinese\s+|china\s+|local\s+)?(?:miit|ministry|authorities|"
    r"government))?"
    r"(?:\s+for\s+(?:it|them|this|that|(?:the|our|my|this|that)(?:\s+[\w-]+){1,3}))?"
    # (before a launch: "... with the government before announcing it?")
    r"(?:\s+(?:before|prior to)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)?\s*(?:[?.!]|$|or\b)|"
    # a sum to be checked: "foreign co + mainland server = filing?"
    r"(?:=|->|→)\s*(?:icp|beian|filing)(?:\s+(?:needed|required|req'?d))?\s*\?|"
    r"\b(?:icp|beian|filing)\s+(?:\w+\s+)?(?:needed|required|req'?d|necessary|mandatory|optional)"
    r"(?:\s+for\s+(?:us|me|them|our \w+))?\s*(?:[?.!]|"
    r"$|or not)|(?:^|[.!,;:]\s*)(?:icp\s+)?(?:icp|beian|filing)\s*(?:[?]|yes or no|or not|"
    r"or no\b)|"
    # typed short: "icp must?", "icp needed ecs hangzhou??" (the server after it)
    r"\b(?:icp|beian)\s+(?:a\s+)?must\s*\?|"
    r"\b(?:icp|beian|filing)\s+(?:needed|required|necessary|mandatory|a must)\s+(?:for\s+)?"
    r"(?:(?:an?|the|our|my)\s+)?(?:ecs|servers?|vps|box|instances?|hosting|site|website|shop)\b"
    r"(?=[^.!]*\?)|"
    # "do we have to do that ICP thing before launch?", "so ... nothing to file?"
    # (not who, where or how: "who has to do the filing, us or Alibaba?")
    r"(?:^|[.!?,;:]\s*)(?:(?!\b(?:who|where|how|when|which|what)\b)[^.?!,;:])*?"
    r"\b(?:(?:have|has|need|needs) to|must (?:we|i|they|you)) (?:do|get|go through)\s+"
    r"(?:the\s+|that\s+|this\s+|an?\s+)?"
    r"(?:icp|beian|filing)(?:\s+(?:thing|stuff|process|procedure|filing))?\b(?=[^.!]*\?)|"
    # ... or "anything to file for hk?"
    r"\bnothing to (?:file|register)\b(?=[^.!]*\?)|"
    r"\banything (?:(?:we|i) (?:need|have|must) )?to (?:file|register)"
    r"(?:\s+for\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s*\?|"
    # "Do we have to file ICP for it?" (a question: not "we have to file ICP in Beijing")
    r"\b(?:have|has|need|needs) to (?:file|register|apply)\s+(?:for\s+)?(?:an?\s+|the\s+)?"
    r"(?:icp|beian)(?:\s+(?:filing|thing|record))?(?:\s+for\s+(?:it|this|that|us|(?:the|our|my)"
    r"\s+(?:site|website|ecs|server|shop|store)))?\s*\?|"
    # "can we skip the ICP?", "could we get away without a beian?"
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:just\s+|simply\s+|still\s+)?(?:skip|avoid|bypass|"
    r"ignore|forget(?: about)?|forgo|do without|get away without|go without)\s+(?:the\s+|an?\s+|"
    r"this\s+|that\s+|any\s+)?(?:icp|beian|filing)\b"
)


# Whether the filing applies at all, asked in other words: "surely a cache doesn't count for
# beian?", "it's only the server location that matters for icp, right?", "is the ICP about where
# the company is registered or where the server is?", "is the icp something we can forget about?"
_ASKS_IF_IT_APPLIES = re.compile(
    r"\b(?:counts?|matters?|appl(?:y|ies)(?!\s+for)|relevant|trigger\w*|drags? (?:us|me) into)\b"
    r"[^.?!]{0,25}"
    r"\b(?:icp|beian|bei'?an)\b|"
    # "where do we stand on icp?", "does that change anything regarding ICP?"
    r"\bwhere\s+(?:do|does|would|will)\s+(?:we|i|that|this|it)\s+(?:\w+\s+)?(?:stand|leave us)"
    r"\s+(?:on|with|regarding|re|about|in terms of)\s+(?:the\s+)?(?:icp|beian|bei'?an|filing)\b|"
    r"\bchange\s+(?:anything|something)\s+(?:regarding|about|for|with|re|on)\s+(?:the\s+)?"
    r"(?:icp|beian|bei'?an|filing)\b|"
    # "at what point would an ICP filing come into play for us?"
    r"\b(?:icp|beian|bei'?an|filing)\b[^.?!]{0,20}\b(?:come into play|"
    r"becomes? (?:necessary|required|mandatory|relevant))\b|"
    r"\b(?:icp|beian|bei'?an)\b[^.?!]{0,25}\b(?:about where|something (?:we|i) can forget|"
    r"(?:we|i) can forget|relevant|apply|applies|count|counts)\b|"
    # "is beian only for sites on mainland servers, or for any site?"
    r"\b(?:is|are)\s+(?:an?\s+|the\s+)?(?:icp|beian|bei'?an|filing)(?:\s+\w+)?\s+(?:only|just)\s+"
    r"(?:for|about|a thing for|(?:needed|required|necessary) for)\b|"
    # a rule about needing one, then asked of a case: "'... must apply for an ICP Filing.' Does
    # that include a Hong Kong-registered company hosting in Guangzhou?"
    r"\b(?:must|need to|needs to|required to|have to|has to)\s+(?:apply for|obtain|get|complete|"
    r"have|do)\s+(?:an?\s+|the\s+)?(?:icp|beian|bei'?an|filing)\b[^?]{0,120}"
    r"\bdoes (?:that|this|it|the rule)\s+(?:also\s+)?(?:include|cover|apply to|mean|extend to)\b|"
    # ... said, then asked about: "my colleague says ICP is only for Chinese firms. Is he right?"
    r"\b(?:icp|beian|bei'?an|filing)\s+(?:is|are)\s+(?:only|just)\s+(?:for|about|needed for|"
    r"required for)\b"
)


# Someone applying, not a rule applying: "can we apply ICP license for our website?", "how to
# apply beian"
_APPLYING = re.compile(r"\b((?:we|i|you|they|to)\s+(?:\w+\s+)?)apply\b(?!\s+(?:to|in)\b)")


def asks_if_it_applies(text: str) -> bool:
    """A question whether the filing applies at all, in words other than "need"."""
    text = _APPLYING.sub(r"\1file", clean(text))
    return is_question(text) and bool(_ASKS_IF_IT_APPLIES.search(text))


# A search-box query for the filing of something: "beian for shanghai ecs", "ICP Filing for a
# Domain Name in Mainland China", "icp license for our hk-hosted site?" (short, no verb of its own).
_FILING_OF = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?:icp|beian|bei'?an)(?:\s+(?:filing|beian|registration|record|"
    r"licen[cs]e|number|requirements?))?\s+(?:for|of|on|with|when)\s+"
    # (no verb of its own: not "beian for the shanghai ecs was rejected")
    r"(?![^.?!]*\b(?:is|was|were|are|be|been|being|has|have|had|got|gets|did|does|do|can|could|"
    r"will|would|should|must|may|might)\b)[^.?!,;:]+[.?!]*\s*$"
)
_QUERY_WORDS = 8


_A_SITE_OR_SERVER = re.compile(
    rf"\b(?:{SERVER_WORDS}|(?:web)?sites?|domains?|shops?|stores?|homepage)\b"
)


def asks_for_the_filing_of(text: str) -> bool:
    """A short search-box query for the filing of a site or a server: whether it needs one (not of
    a company: "icp filing for hong kong company")."""
    text = clean(text)
    return (
        len(text.split()) <= _QUERY_WORDS
        and bool(_FILING_OF.search(text))
        and bool(_A_SITE_OR_SERVER.search(text))
        and not re.search(r"\b(?:compan\w*|entity|firm|business|switch\w*|chang\w*)\b", text)
    )


# What there is to know of the filing, asked in general ("Web hosting in China: what you need to
# know about ICP", "can you tell us about beian?", "can you help with ICP?"): beside a site's
# facts, whether that site needs one (alone, what the assistant can tell: the capabilities
# question). The filing ends the phrase: not a part of it ("tell me about the ICP filing fees").
_WHAT_THERE_IS_TO_KNOW = re.compile(
    # (to be known, not known: "we know about ICP"; nor information had: "we got info about ICP")
    r"\b(?:(?:(?:need|needs|want|wants|have|has|ought|got)\s+to|should|must|to)\s+know|"
    r"tell (?:me|us)|learn|read up|help(?:\s+(?:me|us))?|"
    r"(?:need|want|looking for|any|some|more)\s+(?:info(?:rmation)?|details|guidance|advice))\b"
    r"[^.?!]{0,15}?\b(?:about|with|on|regarding)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:icp|beian)(?:\s+filing)?|filing)"
    r"(?=\s*(?:$|[.?!,;:)\-–—]|(?:and|for|if|as|since|because|then|now|please)\b))"
)


def asks_what_there_is_to_know(text: str) -> bool:
    """What there is to know of the filing, asked in general of no part of it (not a wish not to
    know: "I don't need to know about ICP, our site is in Frankfurt")."""
    text = clean(text)
    return any(
        not negation_marked(found.group(0), text).startswith("not ")
        for found in _WHAT_THERE_IS_TO_KNOW.finditer(text)
    )


# Whether one can file at all: "can we file without a domain?", "is beian possible with only an
# IP?" (not how, nor who).
_CAN_ONE_FILE = re.compile(
    # (also in a statement's order, as non-native writers ask: "then we can do the ICP with
    # nothing in China?")
    r"\b(?:can|could|may)\s+(?:we|i|one|you|they)\s+(?:still\s+|even\s+)?(?:file|apply|register|"
    r"(?:get|do|make|complete|submit)\s+(?:an?\s+|the\s+|our\s+)?(?:icp|beian|filing))\b|"
    r"\b(?:we|i|they)\s+(?:still\s+|even\s+)?(?:can|could)\s+(?:still\s+|even\s+)?"
    r"(?:file|apply|register|get|do|make|complete|submit)\s+(?:for\s+)?(?:an?\s+|the\s+|our\s+)?"
    r"(?:icp|beian|filing)\b|"
    r"\b(?:icp|beian|filing)\b[^.?!]{0,40}\bpossible\b|\bpossible to (?:file|apply|register)\b"
)


def asks_if_one_can_file(text: str) -> bool:
    """A question whether a filing can be made at all (in the case it sets out)."""
    text = clean(text)
    return is_question(text) and bool(_CAN_ONE_FILE.search(text))


def asks_if_it_needs_a_filing(text: str) -> bool:
    """The message asks whether a filing is needed ("our web app runs on ECS Hangzhou. Does it
    need beian?"), naming the filing: with the user's own facts, the umbrella question."""
    return asks_if_needed_in(text, text)


def names_a_presence(text: str) -> bool:
    """A presence in mainland China named: a rep office, branch, WFOE or subsidiary."""
    return bool(_NAMES_A_PRESENCE.search(clean(text)))


_NAMES_NO_PRESENCE = re.compile(
    r"\b(?:no|without)\s+(?!idea\b|clue\b|matter\b)(?:\w+\s+){0,2}?(?:company|entity|office|"
    r"presence|branch|subsidiary)\b|"
    r"\b(?:have|has|had|with)\s+nothing (?:at all )?(?:registered )?(?:in|on) (?:the )?"
    r"(?:mainland|china|prc)\b"
)


def names_a_presence_or_none(text: str) -> bool:
    """A presence in mainland China named, or its absence ("with nothing in China", "no
    entity"): who may file is about it."""
    return names_a_presence(text) or bool(_NAMES_NO_PRESENCE.search(clean(text)))


def asks_if_needed_in(part: str, text: str) -> bool:
    """`part` (the question a message asks) asks whether a filing is needed, the filing named
    anywhere in the message ("... beian is only for local firms. Do we need one, or not?")."""
    return names_the_filing(text) and bool(_ASKS_IF_IT_NEEDS_ONE.search(clean(part)))


_HOW_TO_GET_ONE = re.compile(rf"\bhow\b[^.?!]{{0,30}}\b{_GET}\s+(?:for\s+)?(?:one|it)\b")


def asks_how_to_get_one(part: str) -> bool:
    """How to get "one" or "it" (in this assistant, the filing): "I need a beian. How can I get
    one?"."""
    return bool(_HOW_TO_GET_ONE.search(clean(part)))


def is_follow_up(text: str) -> bool:
    """ "What about ...?", "and if ...": continues the question asked before."""
    return bool(_FOLLOW_UP.search(clean(text)))


# A case put instead of the one told: "same if we moved everything to HK?", "suppose we drop the
# Beijing box", "would moving to Hong Kong ECS then ...?", "and with HK plus ...?" (broader than
# words_to_facts.PUTS_A_CASE, the writer's own case whose facts a reader takes as asked about: here
# any follow-up form that continues the question counts)
_A_CASE_PUT = re.compile(
    # (after an interjection too: "oh wait, and if someday we ...")
    r"^\W*(?:(?:and|but|so|ok|okay|hm+|then|also|now|same|even|just|oh+|wait|well|right)\W+)*"
    r"(?:(?:what|and|same|even|but|only)\s+)?(?:if|suppose|supposing|say|assuming|in case)\b|"
    r"^\W*(?:and|same|with|plus|or)\b|"
    r"\b(?:what|how) about\b|"
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:would|could|does|do|will|can|is)\s+\w+ing\b|"
    # ... or by what the writer would do: "could we just put a domain on it and ...?"
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:could|can|would)\s+(?:we|i)\s+(?:just|simply)\s+"
    r"(?:put|add|get|buy|register|attach|give|move|switch|drop)\b|"
    # a case put by its time: "ok and once we have the domain we can file through alibaba?"
    r"^\W*(?:(?:and|so|ok|okay|then)\W+)*(?:once|when|after|as soon as)\s+(?:we|i)\b"
)
# Whether what was just told changes the answer: "does that change things?", "does the process
# change?", "still fine?", "same deal?"
_ASKS_IF_IT_CHANGES = re.compile(
    # the answer for what was just told, asked bare: "... gets retired next month. then?",
    # "what then?", "and now?"
    # (or after the facts: "we have neither, what now")
    r"(?:^|[.!?;,]\s*)\W*(?:(?:and|so|ok|okay)\W+)?(?:what\s+)?(?:then|now)(?:\s+what)?\W*$|"
    # ... or what it changes: "... in spring. what changes then?"
    r"(?:^|[.!?;,]\s*)(?:(?:and|so|ok|okay)\W+)?what\s+changes(?:\s+(?:then|now|for us))?\W*$|"
    r"\b(?:change|changes|changing|alter|alters|affect|affects|matter|matters|differ|different|differently|"
    r"difference)\b|"
    r"\bstill\s+(?:fine|ok|okay|good|true|valid|the same|needed|required|necessary|apply|"
    r"applies|hold|holds|an? (?:issue|problem|thing))\b|"
    # whether the part or case just told needs anything, asked bare: "Nothing required?",
    # "nothing to do there right?", "filing for that?", "anything needed for those?"
    r"(?:^|[.!?;:,]\s*)(?:so\s+|and\s+|then\s+)?(?:nothing|anything|something)\s+(?:\w+\s+)?"
    r"(?:required|needed|necessary|to do|to file)(?:\s+(?:there|then|here|for (?:it|that|those|"
    r"them|this)))?(?:\W+(?:right|correct|then))?\s*\?|"
    r"(?:^|[.!?;:,]\s*)(?:a\s+|any\s+)?(?:filing|icp|beian)\s+(?:needed\s+)?for\s+(?:that|it|"
    r"those|them|this)(?:\s+(?:one|part|too|as well))?\s*\?|"
    # "good to go?", "all good then?"
    r"\b(?:good to go|all good|ok to go|okay to go|safe to go)\b(?:\s+then)?\s*\?|"
    # "so we're fine?", "then it's ok?"
    r"\b(?:we(?:'re| are)|i(?:'m| am)|it(?:'s| is)|that(?:'s| is))\s+(?:still\s+|then\s+)?"
    r"(?:fine|ok|okay|good|safe|clear|exempt|alright|all right|in the clear)\b(?:\s+then)?\s*\?|"
    r"\bsame\s+(?:deal|answer|thing|story|rules?|case|here|process|steps|procedure)\b|"
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:same|then what|what then|and then)\W*$|"
    # "even tho all users are in china?"
    r"^\W*(?:(?:and|but|so|ok|okay)\W+)?even\s+(?:tho|though|if|with|when)\b|"
    # "our HQ is in Dublin if that matters", "is this a problem?", "is that why?"
    r"\bif (?:that|it|this) (?:matters|counts|helps|is relevant)\b|"
    r"\bis (?:that|this|it) (?:a problem|an issue|why|relevant|important)\b"
)


# A question of its own, typed with or without its mark: a question word opening a clause, not
# one that puts a case ("what if", "what about") or asks what follows ("what then")
_ASKS_ITS_OWN = re.compile(
    r"(?:^|[,;:.!(]\s*|\b(?:in that case|then|so|ok|okay|and|but|also|now|btw|by the way|oh|"
    r"hmm+|well|anyway)\s+)"
    r"(?:which|where|how|what|why|who|whose|whats|what's|hows|how's|wheres|where's|whos|who's)\b"
    r"(?!\s+(?:if|about|then|else|now)\b)(?![,.?!]?\s*$)"
    # (what changes, asked bare, asks whether the answer does: "..., what changes then")
    r"(?!\s+(?:changes|would change|will change)(?:\s+(?:then|now|for (?:us|me|it)|"
    r"in that case))?\W*$)"
)


# What a change is asked about: "does that change the SLB step?", "does this alter the province?"
_CHANGE_ASKED_OF = re.compile(
    r"\b(?:change|changes|alter|alters|affect|affects)\s+(?:anything\s+)?"
    r"(?:(?:about|for|regarding|in|to)\s+)?((?:the|our|my|which|where)\b[^.?!]{0,40})"
)


def what_a_change_is_asked_of(text: str) -> str:
    """The thing whose change a follow-up asks about ("the province", "the SLB step"); empty
    when it asks about the answer as a whole ("does that change things?")."""
    found = _CHANGE_ASKED_OF.search(clean(asked_part(text)))
    return found.group(1) if found else ""


def asks_if_it_changes_the_answer(text: str) -> bool:
    """`text` asks whether what it tells changes the answer as a whole ("we do have a small ban
    shi chu in Beijing, does that change anything?"), not one thing of it ("... the province?")."""
    return bool(_ASKS_IF_IT_CHANGES.search(clean(asked_part(text)))) and not (
        what_a_change_is_asked_of(text)
    )


# The outcome asked for again, bare: "so yes or no?", "ok so is it needed or not? just yes or no"
_ASKS_FOR_THE_OUTCOME = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|then|well|sorry)\W+)*(?:(?:is it|so|just|in short)\W+)*"
    r"(?:(?:needed|required|necessary)\s+or\s+not\W+(?:just\s+)?)?(?:a\s+)?yes\s+or\s+(?:a\s+)?no"
    r"\W*(?:for (?:us|me|now|this|that))?\W*$"
)


def asks_for_the_outcome(text: str) -> bool:
    """`text` only asks for the answer's outcome again ("so yes or no?")."""
    # (its own words: clean() drops "yes or no" as a tag)
    return bool(_ASKS_FOR_THE_OUTCOME.match(" ".join(text.lower().split())))


def continues_with_facts(text: str) -> bool:
    """In a conversation on an FAQ question, `text` (stating facts) continues it: it only tells
    them ("oh, forgot to mention we hold an ICP Commercial License"), puts a case instead of the
    one told ("same if we moved everything to HK?"), or asks whether what it tells changes the
    answer ("correction: it's a branch company in Jiangsu. does that change things?"). The
    question at hand is then answered again with them; any other question is the message's own."""
    if _ASKS_ITS_OWN.search(clean(text)):
        return False  # "in that case which province, we have no company in china at all"
    if not is_question(text):
        return True
    asked = clean(asked_part(text))
    # (the question may be a sentence of its own after the facts: "... with a domain. same?")
    last = re.split(r"(?<=[.!;])\s+", asked)[-1]
    return bool(
        _A_CASE_PUT.search(asked)
        or _A_CASE_PUT.search(clean(text))
        or _ASKS_IF_IT_CHANGES.search(asked)
        or _ASKS_IF_IT_CHANGES.search(last)
    )


_SERVES_CHINA = re.compile(
    r"\b(?:serv|reach|target|enter)\w*\s+(?:(?:users|customers|visitors|people) in\s+)?"
    r"(?:the\s+)?(?:mainland\s+)?(?:china|chinese)\b"
)
# Servers, instances, an origin: the words that name where a site runs.
_SERVERS = re.compile(rf"\b(?:{SERVER_WORDS})\b")
_MAINLAND = re.compile(
    words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES)) + r"|\bchina\b|"
    r"\bmainland\b|\bprc\b"
)


# What it takes to run a site for China, asked ("how do I host in China?", "what do we need to do
# to serve Chinese users?", "what you need to launch a website in Shenzhen"): the umbrella
# answer says when a filing is needed and asks where the site is hosted when that is not said.
# (What is run must be a site, or nothing: not "how do I open a bank account in China?".)
_SITE_THING = (
    r"(?:it|(?:(?:a|an|the|our|my|your|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:sites?|websites?|web\s?(?:app|pages?|shop|store|service)s?|pages?|online (?:store|shop)|"
    r"e-?shop|blog|saas|platform|portal|content))"
)
_TO_CHINA = (
    r"(?:in|to|into|inside|within|for|on)\s+(?:the\s+)?"
    r"(?:(?:users|customers|visitors|people|readers)\s+(?:in|from)\s+(?:the\s+)?)?(?:"
    + _MAINLAND.pattern
    + r"|chinese (?:users|customers|visitors|market|audience))"
)
_RUN_A_SITE = (
    # hosting or serving is a site's; launching, publishing or opening may be an app's or a
    # shop's ("can you publish in China from a global developer account?"): with a site named
    # ("getting hosted in china", "hosting a server in mainland China")
    rf"(?:(?:host|hosting|serve|serving|get(?:ting)? hosted|be(?:ing)? hosted)"
    rf"(?:\s+{_SITE_THING}|\s+(?:an?\s+|our\s+|my\s+)?(?:servers?|ecs))?|go(?:ing)? live|"
    r"(?:launch|launching|run|running|operate|operating|open|opening|publish|publishing|deploy|"
    r"deploying|set up|setting up|build|building|create|creating|start|starting|have|having)"
    rf"\s+{_SITE_THING})"
    rf"(?:\s+(?:here|there|locally|directly))?\s+{_TO_CHINA}|"
    rf"serve\s+(?:the\s+)?(?:mainland\s+)?(?:china|chinese (?:users|customers|visitors|market))"
)
_WHAT_CHINA_TAKES = re.compile(
    rf"\b(?:what|which)\b[^.?!]{{0,30}}\b(?:need|needs|needed|required|requires?|takes?)\b"
    rf"(?:\s+to)?(?:\s+do)?(?:\s+to)?(?:\s+be\s+able\s+to)?\s+(?:{_RUN_A_SITE})|"
    r"\bhow\s+(?:do|can|could|would|should|does|to)\b(?:\s+(?:i|we|you|one|they|foreigners?|"
    r"(?:a|an|our|my)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|business|brand|startup|agency)))?"
    r"(?:\s+(?:actually|really|best))?"
    rf"(?:\s+(?:go about|start|begin))?\s+(?:{_RUN_A_SITE})|"
    # the way to do it asked for: "could someone explain the procedure for hosting a server in
    # mainland China?"
    r"\b(?:procedure|process|steps?|requirements?)\s+(?:for|of|to)\s+"
    rf"(?:{_RUN_A_SITE})|"
    # what to see to on the filing's side: "what do we have to sort out on the ICP side before
    # cutover?"
    r"\bwhat\b[^.?!]{0,20}\b(?:have to|need to|must|should)\s+(?:do|sort out|handle|take care of|"
    r"arrange|think about)\b[^.?!]{0,10}\b(?:on|about|regarding|around)\s+(?:the\s+)?"
    r"(?:icp|beian|filing)(?:\s+(?:side|front|part|question|topic))?\b|"
    # whether one may: "can I set up a mirror website in China?", "is it legal to host in China?"
    r"\b(?:can|could|may)\s+(?:i|we|you|one|foreigners?|(?:a|an|our|my)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:company|firm|business|brand|startup|agency))\s+(?:still\s+|even\s+|legally\s+)?"
    rf"(?:{_RUN_A_SITE})|"
    r"\bis it (?:possible|legal|allowed|ok|okay)\s+(?:for\s+(?:\w+\s+){1,3})?to\s+"
    rf"(?:{_RUN_A_SITE})|"
    # what then, with a market there: "what if your market includes China?", "and if our users
    # are in mainland China?"
    r"\b(?:what|and|so) if\b[^.?!]{0,25}\b(?:market|markets|audience|users|customers|visitors|"
    r"readers|clients|traffic)\b(?:\s+(?:includes?|is|are|come|comes|will be))?"
    r"(?:\s+(?:also|mostly|"
    r"partly|mainly))?\s+(?:in\s+|from\s+)?(?:the\s+)?(?:mainland\s+)?china\b"
    r"(?:\s+(?:too|as well|and (?:\w+\s+){0,3}(?:countries|regions|markets|places)))?"
    r"\s*(?:[?.!,]|$)"
)


# The FAQ's own "What if I do not have an ICP Filing?", asked by its form: "what will happen if
# an un-filed domain points to a mainland server?", "can't unfiled sites be opened?".
_WHAT_HAPPENS_WITHOUT = re.compile(
    r"\bwhat (?:will |would |could )?happens?\b[^.?!]{0,60}\b(?:un-?filed|"
    r"without (?:an? |the |any )?(?:icp|beian|filing)|no (?:icp|beian|filing)|"
    r"(?:don't|do not|didn't|never|not) (?:have|get|do|make|"
    r"complete) (?:an? |the |any )?(?:icp|beian|filing))\b|"
    # "has the server been blocked because of beian?"
    + _BLOCKED_FOR_THE_FILING.pattern
    + r"[^.?!]*\?|"
    # ... or a symptom told, its cause asked: "... get a notice page. is this because we have no
    # icp"
    r"\b(?:is|was|could|might|can)\s+(?:this|that|it)\s+(?:be\s+)?(?:all\s+|just\s+)?"
    + _BLAMES_THE_FILING.pattern
    + r"[^.?!]*(?:\?|$)|"
    r"\bun-?filed (?:domains?|sites?|websites?|shops?)\b[^.?!]{0,20}\b(?:be )?(?:opened|accessed|"
    r"visited|reached|online|live)\b|"
    # opening before the filing: "they haven't filed yet. Can they open the site to the public
    # in the meantime?"
    r"\b(?:haven't|have not|hasn't|has not|not yet|never)\s+(?:\w+\s+)?(?:filed|done the filing|"
    r"got (?:an? |the )?(?:icp|beian|filing))\b[^?]{0,80}\b(?:can|could|may)\s+(?:we|they|i|it|the "
    r"(?:site|shop|website))\s+(?:still\s+)?(?:open|launch|go live|publish|run|be opened)\b|"
    # ... or while it is under way: "must a website remain inaccessible for the duration of the
    # ICP record application?", "can our shop be online while the beian is in review?"
    r"\b(?:must|will|does|do|should|has|have)\s+(?:(?:a|the|our|my|their)\s+)?(?:web)?(?:site|shop|"
    r"store|page)s?\s+(?:(?:have|has|need|needs)\s+)?(?:to\s+)?(?:remain|stay|be|keep)\s+(?:\w+\s+)?"
    r"(?:inaccessible|offline|"
    r"closed|blocked|down|unreachable|dark)\b[^.?!]{0,20}\b(?:during|for the duration of|while|"
    r"until|till|before)\b|"
    r"\b(?:can|could|may)\s+(?:we|i|it|they|(?:the|our|my|their)\s+(?:web)?(?:site|shop|store|page))"
    r"\s+(?:still\s+)?(?:be\s+)?(?:open|opened|online|live|accessible|reachable|up)\b[^.?!]{0,30}"
    r"\b(?:during|while|until|before)\s+(?:the\s+|our\s+)?(?:icp|beian|filing|application|review)"
)


# A range of what something applies to: "anything from a simple website to a large content
# delivery network", "from a small blog to a big CDN"
_A_RANGE_OF_THINGS = re.compile(
    r"\b(?:(?:anything|everything|all)\s+)?from\s+an?\s+(?:\w+\s+){0,2}?(?:website|site|blog|"
    r"page|shop|app)s?\s+to\s+(?:an?\s+)?[^.?!;,]{0,50}"
)


def without_ranges_of_things(text: str) -> str:
    """`text` (cleaned) without the ranges it names ("anything from a simple website to a large
    CDN"): what stands at one end of one is no one's."""
    return _A_RANGE_OF_THINGS.sub(" ", clean(text))


def asks_what_happens_without_a_filing(text: str) -> bool:
    """What happens without a filing, asked in the FAQ question's own form."""
    return bool(_WHAT_HAPPENS_WITHOUT.search(clean(text)))


# A registration for China: "is there any china-specific registration we need first?" (not a
# business licence: which one the filing uses is the physical office question). Of a site or a
# server only: not "CEN between our VPCs in Hong Kong and Shanghai: does it need special approval?"
_A_REGISTRATION_FOR_CHINA = re.compile(
    r"\b(?:any|a|some)\s+(?:china[- ]specific|chinese|china|local|government|special)\s+"
    r"(?:registrations?|permits?|paperwork|approvals?|filings?)\b[^.?!]{0,20}\b(?:need|needs|"
    r"needed|required|must|have to)\b|"
    r"\b(?:need|require|have to get)\s+(?:any|a|some)\s+(?:china[- ]specific|chinese|china|local|"
    r"government|special)\s+(?:registrations?|permits?|paperwork|approvals?)\b"
)


def asks_what_china_takes(text: str) -> bool:
    """What it takes to host or serve a site in mainland China, or whether one may, asked: the
    umbrella question."""
    text = clean(text)
    return bool(
        _WHAT_CHINA_TAKES.search(text)
        or (_A_REGISTRATION_FOR_CHINA.search(text) and _A_SITE_OR_SERVER.search(text))
    )


# Whether "it" or "one" is needed, with nothing else named: in this assistant, the filing ("do I
# really need to go through all that to obtain one?", "do you have to apply for it?").
_NEEDS_IT = re.compile(
    r"^\W*(?:so\W+|but\W+|and\W+)?(?:(?:do|does|should)\s+(?:i|we|you|one)\s+(?:really\s+|"
    r"actually\s+|still\s+)?(?:need|have|got)\s+to|must\s+(?:i|we|you|one))\b[^.?!]{0,50}?"
    r"\b(?:apply for|obtain|get|"
    r"file for|register for|go for)\s+(?:it|one)\s*\?"
)


_COMMERCIAL_LICENCE = re.compile(r"\bcommercial\W+(?:\w+\W+){0,2}?licen[cs]e|\bjing ?ying ?xing\b")


# Asking whether one may get or hold it (not "our branch holds one; do we need a filing for the
# CDN?").
_MAY_GET = re.compile(
    r"\b(?:can|could|may|possible|eligible|allowed|able)\b|\bhold (?:it|one|the)\b|"
    r"\b(?:get|apply for|obtain)\s+(?:it|one|the)\b|"
    # keyword style: "rep office -> commercial license?"
    r"^(?:[^\s>→]+\s+){1,3}(?:->|=>|→)\s*(?:icp\s+)?commercial\b"
)


# Who may file, stated as a rule ("China permits ICP only to Chinese companies", "a foreign company
# must apply through a local partner", "you must have a local business license"): the question
# the physical office answer settles, said rather than asked.
_LOCAL = (
    r"(?:chinese|china-based|local|locally|domestic|mainland|prc|"
    r"(?:china|chinese|prc|mainland)-(?:registered|incorporated))"
)
_APPLICANTS = (
    rf"(?:{ORGANISATION}|citizens?|nationals?|partners?|agents?|sponsors?|representatives?|"
    r"subsidiar(?:y|ies)|branch(?:es)?|offices?|persons?|business licen[cs]es?)"
)
_FOREIGN_APPLICANTS = (
    rf"(?:foreigners|foreign(?:-owned)?\s+(?:{ORGANISATION}|nationals|owners)|"
    rf"(?:overseas|offshore|non-chinese)\s+(?:{ORGANISATION}|citizens))"
)
_PAPERS = r"(?:documents?|certificates?|licen[cs]es?|papers|paperwork)\b"
_STATES_WHO_MAY_FILE = re.compile(
    # "the website owner must be a resident or enterprise of mainland China"
    r"\b(?:(?:web)?site owners?|owners? of the (?:web)?site)\s+(?:must|shall|has to|have to|"
    r"needs? to)\s+be\s+(?:(?:an?\s+)?(?:residents?|citizens?|nationals?|enterprises?|"
    rf"{ORGANISATION}|persons?)\s+(?:or\s+)?){{1,3}}(?:of|in|from)\s+(?:the\s+)?(?:chinese\s+)?"
    r"(?:mainland(?:\s+china)?|china|prc)\b|"
    # "only to Chinese companies", "only if you have a company based there"
    rf"\bonly\b[^.?!]{{0,30}}\b(?:to|for|by|with|if|through|when)\b[^.?!]{{0,30}}\b(?:{_LOCAL}"
    rf"\s+(?:[\w-]+\s+)?{_APPLICANTS}|{_APPLICANTS}\s+(?:based|registered|located)\s+(?:there|"
    r"in (?:the mainland|mainland china|china)))\b|"
    rf"\bonly\s+{_LOCAL}\s+(?:[\w-]+\s+)?{_APPLICANTS}\s+(?:can|may|are (?:allowed|able|eligible)"
    r")\b|"
    # "foreigners cannot apply", "a company owned by foreigners can apply ... but"
    rf"\b{_FOREIGN_APPLICANTS}[^.?!]{{0,20}}\b(?:can(?:not|'t)?|may(?: not)?|are (?:not )?"
    r"(?:allowed|able|eligible) to|must|will have to|need to|have to)\s+(?:\w+\s+)?"
    r"(?:apply|file|register|obtain|get|hold)\b|"
    r"\b(?:owned|run) by (?:foreigners|a foreigner|foreign \w+)\b[^.?!]{0,20}\b(?:can(?:not|'t)?|"
    r"may(?: not)?)\s+(?:\w+\s+)?(?:apply|file|register|obtain|get)\b|"
    # "has to find a Chinese citizen", "must apply through a local partner", "you must have a
    # local business license"
    r"\b(?:must|need to|needs to|ha(?:ve|s) to|will have to)\s+(?:first\s+)?(?:\w+\s+){0,5}?"
    r"(?:have|find|use|go through|through|partner with|set up|establish|own|with)\s+"
    rf"(?:an?\s+|your\s+own\s+)?(?:[\w-]+\s+)?{_LOCAL}\s+(?:[\w-]+\s+)?{_APPLICANTS}\b|"
    # "ICP application requires a Chinese business registration"
    rf"\brequire[sd]?\s+(?:an?\s+|the\s+)?(?:valid\s+)?{_LOCAL}\s+(?:[\w-]+\s+)?"
    rf"(?:{_APPLICANTS}|registrations?)\b|"
    # papers from abroad refused: "certificates of incorporation issued in Hong Kong, Singapore or
    # anywhere else outside the mainland are not accepted", "foreign business licences won't be
    # accepted"
    rf"(?:\b(?:foreign|overseas|non-chinese)\s+(?:[\w-]+\s+){{0,2}}?{_PAPERS}|"
    rf"\b{_PAPERS}[^.?!]{{0,50}}\b(?:issued|registered|obtained|from)\s+[^.?!]{{0,60}}?"
    rf"(?:\b(?:outside|abroad|overseas|foreign)\b|{PLACES_OUTSIDE.pattern}))"
    r"[^.?!]{0,60}(?:\bnot|\bnever|n't)\s+(?:be\s+)?(?:accepted|valid|recogni[sz]ed|usable)\b"
    # (for the filing: not "... are not accepted by Tmall")
    r"[^.?!]{0,30}\b(?:icp|beian|filing)\b"
)


def states_who_may_file(text: str) -> bool:
    """A sentence that asks nothing states who may get a filing, as a rule for anyone; the filing
    named in the message ("To do so, you must have a local business license"), or a registration
    or permit for a site, or the site's owner, in that sentence."""
    text = clean(text)
    filing_named = re.search(rf"\b{_FILING_WORD}\b", text)
    return any(
        not sentence.rstrip().endswith("?")
        and _STATES_WHO_MAY_FILE.search(sentence)
        and (
            filing_named
            or (
                # (a newcomer's word for it: "a server in China needs a special authorisation,
                # which can only be obtained if you have a company based there")
                re.search(
                    r"\bregist(?:ration|ered|ers?|ering)\b|\bauthori[sz]ations?\b|\bpermits?\b|"
                    r"\bpermissions?\b|\bapprovals?\b",
                    sentence,
                )
                and _HOSTING_WORDS.search(sentence)
            )
            # (a site's owner: who may register the site)
            or re.search(r"\b(?:web)?site owners?\b|\bowners? of the (?:web)?site\b", sentence)
        )
        for sentence in sentences(text)
    )


# A site opened, served or reached (said of it without a filing: what the no-filing answer settles)
_OPENS_THE_SITE = re.compile(
    r"\b(?:launch\w*|go(?:es|ing)? live|open(?:s|ed|ing)?|publish\w*|serv(?:e|es|ed|ing)|"
    r"access(?:ed|ible)|visit(?:ed)?|reachable|online)\b"
)


# ... or taken offline until the filing comes through ("the website must be shut down till the
# licence gets issued"): what the no-filing answer says, before the filing
_OFFLINE_UNTIL_FILED = re.compile(
    r"\b(?:shut\s*down|offline|closed|taken down|inaccessible|unreachable|suspended|blocked|"
    r"(?:can(?:not|'t)|may not|won't) (?:be )?(?:open\w*|go live|launch\w*|access\w*|serv\w*))"
    r"\b[^.?!]{0,30}\b(?:until|till|before)\s+(?:the\s+|your\s+|its\s+|an?\s+)?(?:icp\s+)?"
    r"(?:icp|beian|filing|licen[cs]e|registration|record)\s+(?:is|gets|has been|was|comes)\s+"
    r"(?:\w+\s+)?(?:issued|approved|granted|done|completed?|through|finished|ready)\b"
)


_UNDER_WAY = re.compile(r"(?:during|while)\b")


def _lacks_a_filing(sentence: str) -> bool:
    """A sentence said as a rule speaks of a site without a filing, or before it, but not of
    the time while one is under way: "during the filing period the website must be closed" or
    "during review the domain should serve only a placeholder" states the review's rules, which
    the FAQ does not give."""
    return any(not _UNDER_WAY.match(found.group(0)) for found in _NO_FILING.finditer(sentence))


def states_what_happens_without_a_filing(text: str) -> bool:
    """A sentence that asks nothing says what becomes of a site without a filing, or before it
    ("You can launch on your mainland ECS straight away and sort out the ICP later"), as a rule
    for anyone (not the writer's own "our site is live, no ICP yet"), of no place outside the
    mainland (that is the hosted-outside question: "Hong Kong sites are accessible without a
    filing")."""
    text = clean(text)
    return not (
        FIRST_PERSON.search(text) or PLACES_OUTSIDE.search(text) or _HONG_KONG.search(text)
    ) and any(
        not sentence.rstrip().endswith("?")
        and (
            (_lacks_a_filing(sentence) and _OPENS_THE_SITE.search(sentence))
            or _OFFLINE_UNTIL_FILED.search(sentence)
        )
        for sentence in sentences(text)
    )


# A site cut off for want of a filing, said as a rule or a story: "If a website does not register
# for an ICP number, it will be blocked", "the government may ... close the website for those who
# have not obtained ICP licenses", "without an ICP filing, the monitoring system blocks access to
# the domain": the no-filing answer's own point, however the cutting off is worded.
_CUT_OFF = re.compile(
    r"\b(?:blocked|blacklisted|filtered|shut\s*down|closed|taken (?:down|offline)|removed|"
    r"inaccessible|unreachable|cut off|suspended)\b|"
    r"\b(?:block|blocks|filter|filters|close|closes|shuts?\s+down|takes?\s+down|remove|removes)"
    r"\s+(?:\w+\s+){0,2}?(?:access|traffic|(?:web)?sites?|domains?|pages?|servers?|ports?)\b|"
    r"\b(?:cannot|can't|can not|won't|will not|may not)\s+(?:legally\s+)?(?:be\s+)?(?:accessed|"
    r"opened|visited|reached|serve\w*|terminate\w*|go live|launch\w*)\b"
)
# ... the filing not done, in the words _NO_FILING leaves out: "who have not properly filed with
# ICP records", "companies who have not obtained ICP licenses"
_NOT_FILED_FOR = re.compile(
    r"\b(?:have|has|had|did|does|do)(?:n't|\s+not)\s+(?:\w+\s+)?(?:filed|file|obtained|obtain|"
    r"applied|apply|registered|register|got|get|completed|complete)\b[^.?!]{0,30}"
    r"\b(?:icp|beian|filing)\b|"
    # skipped: "sites on Chinese servers that skip the ICP Filing simply get blocked"
    r"\b(?:skip|skips|skipped|skipping|ignore|ignores|ignored|bypass\w*)\s+(?:the\s+|an?\s+|"
    r"their\s+|its\s+)?(?:icp|beian|filing)\b"
)
# What such a sentence may also name: told as the scene of the cutting off ("blacklisted by
# MIIT", "prompts you to complete the filing", "HTTPS traffic", "his e-commerce site") ...
CUT_OFF_SCENE = ("blocking", "settings", "messages", "business_types", "miit_contact")
# ... or beside it as a further consequence the FAQ does not give, to be said to be not covered
# (a fine, or a grace period before it: "after an initial grace period your provider will shut
# down your website")
CUT_OFF_FURTHER = ("penalties", "exemptions")


def states_a_site_cut_off_without_a_filing(sentence: str) -> bool:
    """A sentence that asks nothing says a site without a filing is blocked, closed or taken
    down: what the no-filing answer says (a site cannot be opened without one). Not of a place
    outside the mainland (the hosted-outside question), nor of censorship ("the GFW filters
    traffic ..." is not the filing's doing)."""
    sentence = clean(sentence)
    return (
        not sentence.rstrip().endswith("?")
        and (_lacks_a_filing(sentence) or bool(_NOT_FILED_FOR.search(sentence)))
        and bool(_CUT_OFF.search(sentence))
        # (a rule or someone else's story: not the writer's own "we did not register for ICP
        # because the domain was removed"; "let me be blunt" is a turn of phrase)
        and not FIRST_PERSON.search(re.sub(r"\blet me\b", " ", sentence))
        and not (
            PLACES_OUTSIDE.search(sentence)
            or _HONG_KONG.search(sentence)
            or _CENSORSHIP.search(sentence)
        )
    )


# A rule referred back to ("this regulation", "the requirement"; not "the EU cookie rules")
_THIS_RULE = r"(?:this|that|these|the)\s+(?:regulations?|requirements?|rules?)"
# Not needed, said of the filing or a rule: "you don't have to ... go through the ICP filing", "is
# not required by this regulation", "needs no beian", "are exempt".
_NONE_NEEDED = re.compile(
    r"\b(?:(?:don't|do not|doesn't|does not|won't|will not|wouldn't|would not|never)\s+"
    r"(?:\w+\s+)?(?:have to|need to|need|require)|no need|needn't|needs? no|"
    r"(?:isn't|aren't|is not|are not|not)\s+(?:\w+\s+)?(?:required|needed|necessary|subject to)|"
    r"exempt)\b"
    rf"[^.?!]{{0,60}}\b(?:{_FILING_WORD}|{_THIS_RULE})\b|"
    # "this requirement does not apply if you use a server outside the Chinese mainland"
    rf"\b(?:{_FILING_WORD}|{_THIS_RULE})\s+(?:\w+\s+)?"
    r"(?:does not|doesn't|do not|don't|would not|wouldn't|will not|won't)\s+apply\b|"
    rf"\b{_FILING_WORD}\b[^.?!]{{0,30}}\b(?:(?:isn't|is not|not)\s+(?:\w+\s+)?(?:required|needed|"
    r"necessary)|(?:is|are) optional)\b"
)
# Hong Kong or Macau said not to be the mainland ("Hong Kong & Macau are not yet considered
# mainland China").
_NOT_THE_MAINLAND = re.compile(
    words_pattern(OTHER_CHINESE_REGIONS + HONG_KONG)
    + r"[^.?!]{0,30}\b(?:is|are)\s+not\s+(?:yet\s+)?(?:considered\s+(?:to be\s+)?)?(?:(?:a\s+)?part"
    r"\s+of\s+)?(?:the\s+)?mainland\b"
)


def states_none_needed_abroad(text: str) -> bool:
    """A text that asks nothing says a site hosted outside mainland China needs no filing ("You
    can host a website outside of China. The advantage is that you don't have to ... go through
    the ICP filing procedures"), in one sentence or the next, or that Hong Kong is not the
    mainland: the hosted-outside question's point. Not when a server is said to be in mainland
    China."""
    cleaned = clean(text)
    if not _HOSTING_WORDS.search(cleaned):
        return False
    said = [s for s in sentences(cleaned) if not s.rstrip().endswith("?")]
    # (the patterns first: reading where the site is hosted costs more)
    return (
        any(
            (
                _NONE_NEEDED.search(sentence)
                or (_NO_FILING.search(sentence) and _OPENS_THE_SITE.search(sentence))
            )
            and (
                _HOSTED_ABROAD.search(sentence)
                or (number and _HOSTED_ABROAD.search(said[number - 1]))
            )
            or _NOT_THE_MAINLAND.search(sentence)
            for number, sentence in enumerate(said)
        )
        and to_hosting_location(cleaned) != MAINLAND_HOSTING
    )


def asks_who_may_hold_the_commercial_licence(text: str) -> bool:
    """A question about the ICP Commercial License from a company with a presence in China ("our
    ban shi chu in Shenzhen, so we need the commercial license, right? possible?"): the FAQ says
    who may apply, in its physical office answer (not the Server Load Balancer's, which speaks of
    holders)."""
    return asks_if_the_commercial_licence_may_be_had(text) and carries_subject(
        "ask_physical_office", clean(text)
    )


def asks_if_the_commercial_licence_may_be_had(text: str) -> bool:
    """Whether the ICP Commercial License may be had is asked, of no load balancer ("can it get
    the ICP Commercial License too?"): of the presence the conversation is on, after the
    physical office answer."""
    text = clean(text)
    return bool(
        is_question(text)
        and _COMMERCIAL_LICENCE.search(text)
        and _MAY_GET.search(text)
        and not carries_subject("ask_load_balancer", text)
    )


def _hosts_in_china(text: str) -> bool:
    """Servers named beside a mainland place ("we tried to buy servers in China")."""
    return bool(_SERVERS.search(text) and _MAINLAND.search(text))


_NO_CDN = re.compile(
    r"\b(?:no|without|not using|don't use|do not use|never used|(?:isn't|is not|aren't|are not|"
    r"not) (?:behind|on|using|fronted by))\s+(?:an?\s+|any\s+)?cdns?\b"
    r"(?:\s+(?:at all|yet))?|\bcdns?:\s*(?:none|no)\b"
)


def denies_a_cdn(text: str) -> bool:
    """The message names a CDN only to say there is none ("we don't use any CDN, icp needed?")."""
    text = clean(text)
    cdn = TOPIC_SUBJECTS["ask_cdn"]
    return bool(cdn.search(text)) and not cdn.search(_NO_CDN.sub(" ", text))


# A load balancer dropped or gone without: "what if we drop the SLB and just round-robin DNS?",
# "without the load balancer, just one ECS?", "we got rid of the SLB"
_NO_BALANCER = re.compile(
    r"\b(?:no|without|not using|don't use|do not use|stop using|no longer use|"
    r"drop|dropp(?:ed|ing)|remov(?:e|ed|ing)|ditch(?:ed|ing)?|scrap(?:ped|ping)?|"
    r"skip(?:ped|ping)?|cancel(?:l?ed|l?ing)?|decommission(?:ed|ing)?|get rid of|got rid of|"
    r"do away with)\s+(?:an?\s+|any\s+|the\s+|our\s+|that\s+)?(?:slb|load[- ]balanc\w*)\b"
    r"(?:\s+(?:at all|entirely|altogether))?"
)


def drops_the_load_balancer(text: str) -> bool:
    """The message names a load balancer only to drop it or say there is none ("what if we drop
    the SLB and just round-robin DNS over the two ECS?"): no load balancer to file with."""
    text = clean(text)
    balancer = TOPIC_SUBJECTS["ask_load_balancer"]
    return (
        bool(_NO_BALANCER.search(text))
        and not balancer.search(_NO_BALANCER.sub(" ", text))
        # (not one added: "we filed when we had no SLB; how do we put the site behind one now?")
        and not re.search(
            r"\b(?:add\w*|put\w*|behind one|introduc\w*|set\w* up|switch\w* to)\b", text
        )
        and not re.search(
            r"\b(?:had|was|were|when we|back then)\b[^.?!]{0,20}\bno\s+(?:slb|load)", text
        )
    )


# A presence in China said not to be needed, in a statement ("The advantage is that you don't have
# to set up a company in China"): no question of who may file. (Asked, it is one: "don't we
# have to set up a company in China?"; so is "without a company in China, can we file?".)
_PRESENCE_NOT_NEEDED = re.compile(
    r"\b(?:(?:do|does|did)(?:n't| not)|needn't|no need to|never)\s+(?:\w+\s+)?(?:(?:have|need)"
    r"\s+to\s+)?(?:set up|open|establish|register|create|form|incorporate|found)\s+"
    r"(?:an?\s+|any\s+|your own\s+)?(?:local\s+|chinese\s+)?(?:company|entity|subsidiary|"
    r"branch|office|business|wfoe|joint venture)\b(?:\s+(?:in|inside)\s+(?:mainland\s+)?china)?"
)


@functools.lru_cache(maxsize=512)  # asked several times per message
def carries_subject(intent: str, text: str) -> bool:
    """True when `text` is about what the FAQ question `intent` answers."""
    text = with_what_one_stands_for(clean(text))
    pattern = TOPIC_SUBJECTS.get(intent)
    if pattern is None:
        return True
    if intent == "ask_cdn" and not pattern.search(_NO_CDN.sub(" ", text)):
        return False  # "no CDN in front of anything": a CDN denied is not the question's subject
    if intent in _FILING_QUESTIONS and not (
        _ASKS_ABOUT_FILING.search(text)
        or (_CONCERN_ASKED.search(text) and not _TECHNICAL.search(text))
    ):
        return False
    if intent == "ask_hosted_outside" and not (
        names_the_filing(text) or _SITE_OR_SERVER.search(text) or _FOLLOW_UP.search(text)
    ):
        return False  # "a job in Singapore: do they require Mandarin?" names no site abroad
    if (
        intent == "ask_no_filing"
        and lacks_documents(text)
        and _SERVERS.search(text)
        and _MAINLAND.search(text)
    ):
        # the FAQ's own reasons, told beside a mainland server, the filing unnamed: "no domain
        # name and can't provide the docs, ECS is in Shanghai. Any option?"
        return True
    if intent in _ICP_QUESTIONS and not (ICP_WORDS.search(text) or _FOLLOW_UP.search(text)):
        return False
    if intent == "ask_ip_only" and not (
        ICP_WORDS.search(text) or _MAINLAND.search(text) or _FOLLOW_UP.search(text)
    ):
        # "can I reach a local web app by IP without a domain?": IP-only access, but nothing of
        # the filing or of mainland China, which the FAQ's question is about
        return False
    if intent == "ask_hosted_outside":
        # (a place abroad that names where papers are from is no site's: "our Hong Kong
        # certificate of incorporation")
        text = _FOREIGN_DOCUMENTS.sub(" ", text)
        if PLACES_OUTSIDE.search(text):
            return True
    if intent in _ABOUT_THE_FILING and not (names_the_filing(text) or _FOLLOW_UP.search(text)):
        # "how do I get a business licence?", "which region for our ECS?": not the filing's;
        # servers in mainland China are the filing's subject, for who may file
        if intent == "ask_which_province" and not (
            re.search(r"\blicen[cs]", text)
            or re.search(r"\bprovinc\w*\b[^.?!]{0,40}\b(?:apply|file|register|submit)\b", text)
            or re.search(r"\b(?:apply|file|register|submit)\b[^.?!]{0,40}\bprovinc", text)
            or (re.search(r"\bprovinc", text) and len(text.split()) <= 5)
        ):
            return False  # "which province has the best universities?" (not "which province?")
        if (
            intent == "ask_physical_office"
            and not _hosts_in_china(text)
            and not _OFFICE_CERTIFICATE.search(text)
        ):
            return False
    if intent == "ask_physical_office":
        text = _OFFICE_ABROAD.sub(" ", text)
    if intent == "ask_physical_office" and _PRESENCE_NOT_NEEDED.search(text):
        text = " ".join(
            sentence if sentence.rstrip().endswith("?") else _PRESENCE_NOT_NEEDED.sub(" ", sentence)
            for sentence in sentences(text)
        )
    if intent == "ask_physical_office" and (
        _WHO_MAY_FILE.search(text)
        # "registered only in Singapore. Can we submit our ACRA certificate for the filing?"
        or (_foreign_documents(text) and names_the_filing(text))
        # "We are a US company ... Can we do ICP filing?"
        or (_COMPANY_ABROAD.search(text) and asks_if_one_can_file(text))
        # a claim of who may file, checked: "A forum post said only Chinese firms can apply for a
        # beian. ... Is that so?"
        or (states_who_may_file(text) and refers_back(asked_part(text)))
    ):
        return True
    if intent == "ask_no_filing":
        # "we couldn't produce the documents they asked for", "if ICP is impossible for us": the
        # FAQ's own case
        return (
            lacks_documents(text)
            or filing_out_of_reach(text)
            or forgoes_the_filing(text)
            or bool(pattern.search(text))
        )
    if intent == "ask_need_icp":
        # The umbrella question: whether a filing is needed, or a statement of where the site is
        # ("our servers are in Shanghai, what do we need to do?", "... to serve China?"); not
        # whether a visa, a phone number or a food licence is needed in China.
        return bool(
            pattern.search(text)
            and (
                names_the_filing(text)
                or (_SERVERS.search(text) and PLACES.search(text))
                or _SERVES_CHINA.search(text)
                or _NEEDS_IT.search(text)
            )
        )
    return bool(pattern.search(text))


# "How do I get an ICP Filing?", "who may file?": for an enterprise registered outside mainland
# China, the FAQ's answer is which registration documents it can use (the physical office
# question), unless the
# message names another question's subject (an SLB, IP-only access, a province, a CDN, offshore
# hosting) or asks whether a filing is needed at all.
_REQUIREMENT_WORDS = r"(?:requirements|prerequisites|criteria|qualifications|conditions)"
_HOW_TO_GET = re.compile(
    rf"\bhow\b[^.?!]{{0,30}}\b{_GET}\b[^.?!]{{0,30}}\b{_ICP}\b|"
    # who may: "who qualifies for an ICP?", "who is eligible to file?"
    # ("who actually meets the reqs for an icp?"; not who must: "who has to get an ICP?")
    rf"\bwho\b[^.?!]{{0,20}}\b(?:(?:can|could|may) {_GET}|qualif\w*|"
    r"(?:is|are) (?:eligible|allowed)|(?:meets?|fulfil+s?|satisf(?:y|ies))\s+(?:the\s+|all\s+)?"
    rf"(?:req\w*|criteria|conditions|prerequisites))\b[^.?!]{{0,30}}\b{_ICP}\b|"
    # "to whom may an ICP Filing be granted?"
    rf"\bto whom\b[^.?!]{{0,15}}\b(?:can|could|may|will|is|are)\b[^.?!]{{0,30}}\b{_ICP}\b"
    r"[^.?!]{0,20}\b(?:granted|issued|given|awarded|available)\b|"
    rf"\beligib\w*[^.?!]{{0,30}}\b{_ICP}\b|"
    # "We have no entity at all in the PRC. Kindly confirm our eligibility."
    r"\b(?:advise|ask\w*|question|inquir\w*|enquir\w*|confirm\w*|clarif\w*|assess\w*|check)\s+"
    r"(?:(?:on|about|regarding|as to)\s+)?(?:our\s+|the\s+)?eligib\w*|"
    # "two sales people at a rented desk, nothing registered. Is that enough to file for ICP?"
    rf"\b(?:is|are|would be)\s+(?:that|this|it|they|these|those)\s+enough\s+to\s+{_GET}\b|"
    # a presence needed to file: "we need a Beijing office to file, right?", "must we have a
    # branch in China to apply?"
    r"\b(?:need|needs|must have|have to have|required to have|requires?)\s+"
    r"(?:an?\s+|our\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:office|branch|company|entity|subsidiary|presence|"
    rf"{REP_OFFICE_PINYIN})\s+"
    r"(?:(?:in|inside)\s+(?:mainland\s+)?china\s+)?(?:in order\s+)?to\s+"
    r"(?:file|apply|register|get)\b|"
    # ... told the other way round: "to apply for icp u need a biz registered in cn"
    rf"\bto\s+(?:apply|file|register)\s+(?:for\s+)?(?:an?\s+|the\s+)?{_ICP}\b[^.?!]{{0,25}}"
    r"\b(?:need|needs|must have|have to have|requires?)\s+(?:an?\s+|your\s+|a\s+local\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:office|branch|company|co|biz|business|entity|subsidiary|presence)\b|"
    # "we're foreign - is the filing even open to us?"
    rf"\b(?:is|are)\s+(?:the\s+|an?\s+)?{_ICP}\s+(?:\w+\s+)?(?:even\s+|also\s+|still\s+)?"
    r"(?:open|available|possible|allowed)\s+(?:to|for)\s+(?:us|foreign\w*|overseas|"
    r"(?:an?\s+)?(?:foreign|overseas|non-chinese)\s+\w+)\b|"
    # "parent in Sweden, a WFOE in Shenzhen: whose documents go on the ICP application?"
    r"\bwhose\s+(?:documents|docs|papers|paperwork|licen[cs]es?|registration|certificates?)\b"
    rf"[^.?!]{{0,30}}\b{_ICP}\b|"
    # may an enterprise: "can that HK company file ICP?", "can we still apply?" (not "can we
    # file in Shanghai?", which is another question)
    rf"\b(?:can|could|may)\s+(?:(?:that|this|our|my|a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:company|firm|entity|subsidiary|business|enterprise|corporation)\s+"
    rf"(?:still\s+|also\s+|even\s+|ever\s+)?{_GET}\b|"
    rf"\b(?:can|could|may)\s+(?:we|i)\s+(?:still|even|ever)\s+{_GET}\b|"
    # ... and asked bare: "Can we file?", "could we apply for one?" (not "can we file in Jilin?")
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:file|apply|register)(?:\s+for)?"
    r"(?:\s+(?:it|one|icp|beian|(?:an?|the)\s+(?:icp\s+)?(?:filing|beian|licen[cs]e)))?\s*(?:[?.!]|$)|"
    # "can we get an ICP filing somehow?", "could we obtain one at all?"
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:(?:still|even|ever|somehow)\s+)?(?:get|obtain)\s+"
    r"(?:one|it|icp|beian|(?:an?|the)\s+(?:icp\s+)?(?:filing|beian|licen[cs]e|icp))"
    r"(?:\s+(?:somehow|at all|anyway|ourselves|then))?\s*(?:[?.!]|$)|"
    # "Is possible we make ICP filing?", "is it possible for us to get a beian?"
    r"\b(?:is|it's)\s+(?:it\s+)?(?:even\s+)?possible\s+(?:for\s+(?:us|me)\s+to|that\s+(?:we|i)|"
    r"(?:we|i))\s+(?:make|do|get|obtain|submit|complete|file|apply for)\s+(?:an?\s+|the\s+|our\s+)?"
    r"(?:icp|beian)(?:\s+filing)?(?:\s+(?:at all|somehow))?\s*(?:[?.!]|$)|"
    # ("can we do ICP?" ends there: "can I do the filing for an English site?" asks of the site)
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:still\s+|even\s+)?do\s+(?:an?\s+|the\s+)?"
    r"(?:icp|beian|filing)(?:\s+filing)?(?:\s+(?:somehow|at all|anyway|ourselves|then))?"
    r"(?=\s*(?:[?.!]|$))|"
    # typed as said: "How we can do ICP?"
    r"\bhow\s+(?:we|i)\s+(?:can|could|should|must)\s+(?:do|get|make|apply for)\s+"
    r"(?:an?\s+|the\s+)?(?:icp|beian)\b|"
    # whose documents may be used: "can we use our Hong Kong company's registration documents
    # for the ICP filing?", "can our US parent's documents be used to file icp?"
    r"\b(?:use|using)\s+(?:our\s+|the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:docs|"
    rf"documents|registration|licen[cs]e|certificate|paperwork|papers)s?\b[^.?!]{{0,20}}\b{_ICP}\b|"
    # ... or filed with: "Can we file with our Vietnamese business registration?"
    r"\b(?:can|could|may)\s+(?:we|i)\s+(?:still\s+)?(?:file|apply|register)\s+(?:for\s+(?:it|"
    r"(?:the\s+|an?\s+)?(?:icp|beian|filing)(?:\s+filing)?)\s+)?(?:with|using|under)\s+"
    r"(?:our|its)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:docs|documents|registration|licen[cs]es?|certificates?|paperwork|papers)\b|"
    # ... the filing named first: "for the ICP, do we use the branch's papers or HQ's?"
    rf"\b{_ICP}\b[^.?!]{{0,25}}\b(?:use|using)\s+(?:our\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:docs|documents|registration|licen[cs]e|certificate|paperwork|"
    r"papers)\b|"
    r"\b(?:docs|documents|papers|paperwork|certificates?|licen[cs]es?)\s+be\s+used\s+(?:to|for)\b"
    rf"[^.?!]{{0,20}}\b{_ICP}\b|"
    rf"\b(?:steps?|process|procedures?|ways?|guide|{_REQUIREMENT_WORDS})\b"
    rf"[^.?!]{{0,15}}\b(?:to|for|of)\b[^.?!]{{0,15}}"
    rf"\b{_GET}\b[^.?!]{{0,30}}\b{_ICP}\b"
)
_ASKS_WHETHER = re.compile(
    r"\b(?:need|needs|needed|necessary|necessity|required|requires?|have to|has to|must|"
    r"mandatory|compulsory|avoid\w*|exempt\w*|skip|why|whether)\b"
)
_OTHER_WAYS_TO_FILE = ("ask_ip_only", "ask_load_balancer", "ask_which_province", "ask_cdn")


# "so we file in Beijing?", "where do we submit it?": the province question (the answer: where
# the Chinese business licence was issued).
_MAINLAND_DIVISIONS = words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES))
_WHERE_TO_FILE = re.compile(
    r"\b(?:we|i)\s+(?:have to\s+|need to\s+|must\s+|should\s+)?(?:file|apply|submit|register)"
    r"\s+(?:for\s+)?(?:(?:it|the|an?|our)\s+)?(?:(?:icp|beian|filing)\s+)?in\s+(?:[\w-]+\s*){1,3}\?|"
    # (the verb dropped, as non-native writers ask: "so where we apply?")
    # ("so where do we actually send the application then")
    r"\bwhere (?:do|should|can|shall|must) (?:i|we|they) (?:actually |then |now |even |really )?"
    r"(?:file|apply|register|submit|lodge|send|hand in)\b|"
    r"(?:^|[.!?,;:]\s*|\b(?:so|then|and)\s+)where (?:i|we|they) (?:file|apply|register|submit|"
    r"lodge)\b|"
    r"\bwhere to (?:file|apply|submit|lodge)\b|" + _WHERE_SOMEONE_FILES + r"|"
    # a place told, checked as where to file: "the certificate was issued in beijing, so that's
    # where we file the icp?"
    r"\b(?:that's|that is|is that|this is|is this|it's|it is|is it)\s+where\s+(?:i|we|they)\s+"
    r"(?:\w+\s+)?(?:file|apply|register|submit|lodge|send)\b(?=[^.!]*\?)|"
    # ... the filing as the subject: "where must the application be lodged in that case?"
    r"\bwhere (?:must|should|do|does|can|is|would|will|shall) (?:the |our |an? )?(?:icp |beian )?"
    r"(?:application|filing|beian|icp|it) (?:be |get |gets )?"
    r"(?:lodged|submitted|filed|made|sent)\b|"
    # ... where it goes, or to which office ("and where does the application go?", "so which
    # office do we send it to?")
    r"\bwhere (?:does|would|should|will|must) (?:the |our )?(?:icp |beian )?(?:application|filing|"
    r"beian|icp|it) (?:go|get sent)\b(?=\s*(?:\?|,(?!\s*on\b)|$|to\b|then\b|in\s+that))|"
    r"\b(?:which|what) (?:office|authority|bureau|administration) (?:do|should|must|would|can) "
    r"(?:i|we|they) (?:send|submit|file|give) (?:it|the application|the filing|them)\b|"
    # ... asked after the verb ("and if we ever had to file, where? shenzhen or hong kong")
    r"\b(?:file|apply|submit)\b[^.?!]{0,12}\bwhere\s*\?|"
    # "we must file in Beijing since it's the capital, yes?"
    r"\b(?:we|i)\s+(?:have to|need to|must|should)\s+(?:file|apply|submit|register)"
    r"\s+(?:(?:it|the|an?|our)\s+)?(?:(?:icp|beian|filing)\s+)?in\s+(?:"
    + _MAINLAND_DIVISIONS
    + r")\b[^.?!]{0,40}\b(?:right|correct|yes|true|no)\s*\?|"
    # "the certificate was issued in Shanghai, so the filing goes to Shanghai too - correct?"
    # (or named before: "and it goes to Sichuan even though the servers are in Hangzhou?")
    r"\b(?:filing|application|beian|icp|it)\s+(?:goes|should go|must go|would go|has to go|is "
    r"submitted|gets submitted|is filed)\s+(?:to|in)\s+(?:" + _MAINLAND_DIVISIONS + r")\b"
    r"[^.?!]{0,40}\?|"
    # asked indirectly: "does the server's region matter for where we file?"
    r"\b(?:for|decides?|determines?|affects?|changes?|on)\s+where\s+(?:we|i|you|one)\s+"
    r"(?:should\s+|must\s+|have to\s+|need to\s+)?(?:file|apply|submit|register)\b|"
    r"\b(?:which|what) prov(?:ince)?\b|"
    # "guidance on the jurisdiction for our ICP Filing"
    r"\bjurisdiction\b[^.?!]{0,40}\b(?:filing|icp|beian|application)\b|"
    r"\b(?:filing|icp|beian|application)\b[^.?!]{0,30}\bjurisdiction\b|"
    # "does the filing follow the office or the licence?": which of two places decides
    r"\b(?:does|should|must|would|will)\s+(?:the\s+|our\s+)?(?:filing|application|beian|icp)\s+"
    r"(?:follow|go by|go with)\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+or\b|"
    # typed short: "icp prov??", "icp prov = server region?"
    r"\b(?:icp|beian|filing)\s+prov(?:ince)?\b(?=[^.!]*\?)|"
    r"(?:^|[?.!:,;\-–—]\s*)(?:icp\s+|beian\s+)?(?:file|filing|apply|submit)"
    r"(?:\s+(?:icp|beian|it))?\s+where\b|"
    # "license jiangsu, server guangzhou, beian where?"
    r"(?:^|[?.!:,;\-–—]\s*)(?:icp|beian)(?:\s+(?:filing|application))?\s+where\s*\?|"
    # "we have to go to Zhejiang for the registro ICP, correct?"
    r"\b(?:we|i)\s+(?:have to|need to|must|should)\s+go\s+to\s+(?:" + _MAINLAND_DIVISIONS + r")"
    r"\s+for\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:icp|beian|filing)\b|"
    # "licence guangdong server beijing, province?"
    r"(?:^|[?.!:,;\-–—]\s*)(?:which\s+|what\s+)?prov(?:ince)?\s*\?|"
    r"\bis it\s+(?:in\s+)?(?:"
    + _MAINLAND_DIVISIONS
    + r")\b(?:\s*,\s*(?:"
    + _MAINLAND_DIVISIONS
    + r")\b)*,?\s+or\s+(?:in\s+)?(?:"
    + _MAINLAND_DIVISIONS
    + r")\b|"
    # "Sichuan, Chongqing or Zhejiang for the beian?"
    r"(?:^|[?.!:;,\-–—]\s*)(?:"
    + _MAINLAND_DIVISIONS
    + r")\b(?:\s*,\s*(?:"
    + _MAINLAND_DIVISIONS
    + r")\b)*,?\s+or\s+(?:"
    + _MAINLAND_DIVISIONS
    + r")\s+(?:for (?:the |our |an? )?(?:icp|beian|filing|application|record)|"
    r"to (?:file|submit|apply))\b|"
    # a sentence that is only the choice: "We're filing the ICP this month. Jiangsu or Zhejiang?"
    r"(?:^|[.?!:;]\s+)(?:so\s+|then\s+)?(?:"
    + _MAINLAND_DIVISIONS
    + r")\b(?:\s*,\s*(?:"
    + _MAINLAND_DIVISIONS
    + r")\b)*,?\s+or\s+(?:"
    + _MAINLAND_DIVISIONS
    + r")\s*\?|"
    # "file now in Chongqing or wait and do it in Sichuan?", "file icp in Hebei or Guangdong?",
    # "do we file with Shanghai or Zhejiang?"
    r"\b(?:file|apply|submit|register|do it)(?:\s+(?:it|now|first|the icp|the beian|icp|beian))*"
    r"\s+(?:in|with|under|at|to)\s+(?:" + _MAINLAND_DIVISIONS + r")\b\s*(?:\?|,?\s*or\s+"
    r"(?:\w+\s+){0,5}?(?:(?:in|with|under|at|to)\s+)?"
    r"(?:" + _MAINLAND_DIVISIONS + r")\b)"
)


# What was just said to be needed, ruled out: "and if that's just not realistic for us?", "that
# won't be possible", "impossible for us"
_FEASIBLE = r"(?:realistic|feasible|possible|an option|doable|workable|viable)\b"
_RULED_OUT = re.compile(
    r"\b(?:that|this|it)\s*(?:'s|is|would be|will be)\s+(?:just\s+|simply\s+|really\s+|"
    r"totally\s+)?(?:not|never)\s+(?:\w+\s+)?" + _FEASIBLE + r"|"
    r"\b(?:that|this|it)\s+(?:isn't|is not|wouldn't be|won't be|will not be)\s+(?:\w+\s+)?"
    + _FEASIBLE
    + r"|\b(?:impossible|unrealistic|infeasible|out of the question)\s+for\s+"
    r"(?:us|them|me|the client)\b|"
    # ... or what it asks for, not to be had: "and if we just cant get it at all?" (not a matter of
    # time: "if we can't get it by May?")
    r"\b(?:we|i|they)\s+(?:just\s+|simply\s+|really\s+)?(?:can't|cant|cannot|can not|couldn't|"
    r"won't be able to|are unable to|aren't able to|fail to)\s+"
    r"(?:get|obtain|provide|produce)\s+(?:it|that|this|one|them|those)"
    # (the object ends the clause: not "can't get it to load in Shanghai", "can't get it approved")
    r"(?:\s+at\s+all|\s+either|\s+anyway)?\s*(?:[.?!]|$)"
)


def names_hong_kong(text: str) -> bool:
    """Hong Kong is named ("so basically move the box to HK?")."""
    return bool(re.search(words_pattern(HONG_KONG), clean(text)))


def rules_out_what_was_said(text: str) -> bool:
    """The message rules out what the answer before said was needed ("so we'd have to set up a
    permanent office first. and if that's just not realistic for us?")."""
    return bool(_RULED_OUT.search(clean(text)))


# What was just said, too much to take on, in a clause of its own: "that sounds like way too much
# paperwork for us", "too many hoops, honestly" (not a thing of its own too much to do: "it's too
# much hassle to configure the CDN"; nor denied: "that's not too much work")
_TOO_MUCH_TO_TAKE_ON = re.compile(
    r"(?:^|[.!?;:,]\s*|\b(?:that|this|it|all (?:that|this))(?:'s|\s+is|\s+would be|"
    r"\s+sounds?(?:\s+like)?|\s+seems?(?:\s+like)?)\s+|\bsounds?\s+like\s+)"
    r"(?:honestly\s+|really\s+|just\s+)?"
    r"(?:(?:way|far|much|just)\s+)?too\s+(?:much|many)\s+(?:of\s+an?\s+)?(?:[\w-]+\s+)?"
    r"(?:paperwork|hassle|work|effort|trouble|red tape|bureaucracy|admin\w*|steps|hoops)"
    r"(?:\s+for\s+(?:us|me|them|(?:an?|our)\s+[\w-]+(?:\s+[\w-]+)?))?"
    r"(?:\s*,?\s*(?:honestly|really|tbh|to be honest))?\s*(?:[.!?;]|$)"
)


def says_it_is_too_much(text: str) -> bool:
    """What was just said is too much to take on, said in a clause of its own."""
    return bool(_TOO_MUCH_TO_TAKE_ON.search(clean(text)))


# A place in mainland China asked alone, last: "that's Fujian, right? So Fujian?"
_A_DIVISION_ASKED = re.compile(
    r"(?:^|[.?!:;,\-–—]\s*)(?:so\s+|then\s+|and\s+)?(?:in\s+)?(?:" + _MAINLAND_DIVISIONS + r")"
    # (or of one of the sites: "so Fujian for the IP one?")
    r"(?:\s+then|\s+it\s+is)?(?:\s+for\s+(?:the|that|this|our|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:one|site|shop|domain|dashboard|app))?\s*\?+\s*$|"
    # ... or first, what follows checking it: "so Jiangsu, not Zhejiang where the server is?",
    # "Liaoning then, same as the example?", "so Guangdong even though the box is in Beijing?"
    r"^\W*(?:(?:so|ok|okay|then|and|right)\W+)*(?:in\s+)?(?:" + _MAINLAND_DIVISIONS + r")\b"
    r"(?=\s*(?:,|then\b|even\b|not\b|and not\b|right\b|correct\b|too\b|as well\b))[^?]*\?|"
    # ... or by "there", after the place: "certificate issued in Shandong - so that's where it
    # goes?"
    r"(?:"
    + _MAINLAND_DIVISIONS
    + r")\b[^.?!]{0,12}[.,;:\-–—]?\s*(?:so\s+)?(?:that's|that is|is that)"
    r"\s+where\s+(?:it|we|they|the filing|the application|i)\s+(?:goes|go|files?|appl(?:y|ies)|"
    r"submits?|(?:should|must|have to|need to)\s+(?:file|apply|submit|go))\b[^.?!]*\?"
)


def asks_only_of_a_division(text: str) -> bool:
    """The message asks of a place in mainland China alone, last or first ("... So Fujian?", "so
    Jiangsu, not Zhejiang where the server is?"): after the province answer, whether that is
    where to file."""
    return bool(_A_DIVISION_ASKED.search(clean(text)))


# The province asked with applying or filing as its own verb ("Which province we must apply?",
# "in which province do we submit?"): the filing, though not named. ("Register" is left out:
# "which province should we register our company in?" is a company's registration.)
_PROVINCE_TO_APPLY_IN = re.compile(
    r"\b(?:which|what)\s+prov(?:ince)?\s+(?:(?:do|does|should|must|can|shall|would|will|to)\s+)?"
    r"(?:(?:we|i|they|you)\s+)?(?:(?:have to|need to|must|should)\s+)?(?:file|apply|submit)\b|"
    r"\b(?:file|apply|submit)\s+(?:it\s+|for it\s+)?in\s+(?:which|what)\s+prov(?:ince)?\b"
)


# "What are the ICP licence requirements?" reads both ways: what it takes to get one (the
# physical office answer) or when one is required (the umbrella answer). Requirements "to get"
# one are the first (_HOW_TO_GET).
# (Asked for themselves: not "what is the scope of ICP filing requirements?", which asks when
# one is required.)
_REQUIREMENTS = re.compile(
    r"(?:\b(?:what(?:'s|'re| is| are)|which)\s+(?:the\s+)?"
    r"(?:(?!of\b|about\b|behind\b)[\w-]+\s+){0,3}?"
    rf"|^\W*(?:(?!of\b|about\b)[\w-]+\s+){{0,3}}?){_REQUIREMENT_WORDS}"
    # bare, or for a kind of company: not "for keeping it valid", "after a name change"
    r"(?:\s+for\s+(?:an?\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:company|companies|firms?|"
    r"business(?:es)?|enterprises?|entit(?:y|ies)|brands?|foreigners?|us|me)\b(?:\s+like ours)?)?"
    r"\s*(?:[?.!]|$)"
)


def asks_what_the_filing_requires(text: str) -> bool:
    """A question about the filing's requirements, with no other FAQ question's subject and no
    question whether one is needed: both the physical office and the umbrella answers fit."""
    text = clean(text)
    return (
        is_question(text)
        and names_the_filing(text)
        and bool(_REQUIREMENTS.search(text))
        and not _HOW_TO_GET.search(text)
        and not _ASKS_WHETHER.search(text)
        and not any(carries_subject(intent, text) for intent in _OTHER_WAYS_TO_FILE)
        # (servers abroad are the hosted-outside question's; "an overseas firm" is not)
        and not (_SERVERS.search(text) and carries_subject("ask_hosted_outside", text))
    )


# Where to file, asked as the business licence's place against the servers' region ("unless our
# business license is from Shanghai we can't file with our Shanghai-region servers?").
# Where the company or its licence is registered, told
_A_REGISTRATION_TOLD = re.compile(
    r"\b(?:registered|incorporated|licen[cs]ed?|issued)\s+(?:in|at|by)\b|\blicen[cs]e\s+(?:is\s+)?from\b|"
    # ... or a presence's licence, named by its place: "our Xiamen branch's licence - so Fujian?"
    r"\b(?:branch|office|subsidiary|wfoe|company|entity)(?:'s)?\s+(?:business\s+)?licen[cs]e\b"
)
_LICENCE_OR_SERVER_REGION = re.compile(
    # "biz lic shanghai but ecs beijing, prov?"
    r"\b(?:lic|licen[cs]e)\b[^.?!]{0,60}\bprov(?:ince)?\s*\?|"
    r"\bbusiness licen[cs]e\s+(?:is\s+|was\s+)?(?:from|issued|registered)\b[^.?!]{0,60}"
    r"\b(?:file|filing|apply|submit)\b[^.?!]{0,40}\b(?:servers?|region|ecs)\b|"
    r"\b(?:file|filing|apply|submit)\b[^.?!]{0,40}\b(?:servers?|region|ecs)\b[^.?!]{0,60}"
    r"\bbusiness licen[cs]e\s+(?:is\s+|was\s+)?(?:from|issued|registered)\b"
)


# Where we file, said: a plan or a claim to be checked ("our lawyer says the filing has to go to
# Liaoning", "we plan to file in Shanghai since that's our biggest market", "we are filing in
# Beijing because our ECS is there")
_WHERE_WE_FILE_SAID = re.compile(
    r"\b(?:filing|application|beian|icp)\s+(?:goes|went|should go|must go|would go|has to go|"
    r"needs to go|will go|has to be (?:filed|submitted)|must be (?:filed|submitted))\s+(?:to|in)\s+"
    r"(?:(?:" + _MAINLAND_DIVISIONS + r")\b|"
    # ... to a province named by what decides it: "has to be filed in the province of our
    # certificate"
    r"the (?:province|provincial authority) (?:of|where|that issued)\b)|"
    # (a plan, not a condition or a question: "if we file in Beijing ...", "can I file in
    # Shanghai with ...?")
    r"(?<!if )(?<!when )(?<!once )(?<!after )(?<!before )(?<!unless )(?<!can )(?<!could )"
    r"(?<!may )(?<!do )(?<!should )(?<!would )(?<!shall )(?<!must )(?<!will )"
    # (or the customer a note is about: "Cust wants to file in Sichuan")
    # ("then we'd file in Guangdong, right?")
    r"\b(?:we|i|they|cust|customer|client)(?:'re|'m|'ll|'d|\s+are|\s+am|\s+will|\s+is|\s+would)?\s+"
    r"(?:(?:plan(?:s|ning)?|going|intend(?:s|ing)?|wants?|would like|decided|about)\s+to\s+)?"
    r"(?:file|apply|submit|filing|applying|submitting)\s+"
    r"(?:(?:it|the|an?|our)\s+)?(?:(?:icp|beian|filing)\s+)?in\s+(?:" + _MAINLAND_DIVISIONS + r")\b"
)
# ... checked, and nothing else asked: "is he right?", "correct?"
_ONLY_CHECKED = re.compile(
    r"^\W*(?:(?:is|are)\s+(?:that|this|it|he|she|they)\s+(?:really\s+)?(?:right|correct|true|ok|allowed|"
    r"possible|permitted|fine|legal)|right|true|"
    r"correct|really|(?:can you )?confirm|am i right|does that (?:work|sound right)|ok)\b"
    r"[^?]*\?*\W*$"
)


# Who files in doubt: no company of one's own in China, or another's name filed under
_WHO_FILES_IN_DOUBT = re.compile(
    r"\b(?:no|without(?:\s+an?)?|not\s+(?:have|got)\s+an?)\s+(?:\w+\s+)?(?:company|entity|presence|"
    r"office|branch)\b|\bparent\b|\bunder\s+(?:their|our|its|the)\s+(?:\w+\s+){0,2}?"
    r"(?:company|entity|name|licen[cs]e)\b"
)


def asks_where_to_file(text: str) -> bool:
    """A question where to file, with the filing named (or a short follow-up: "which
    province?") and no other question's subject ("where do I submit it for a site with no
    domain?" is the IP-only question)."""
    text = clean(text)
    if "?" in text and _LICENCE_OR_SERVER_REGION.search(text):
        return True
    if asks_only_of_a_division(text) and _A_REGISTRATION_TOLD.search(text):
        # a province checked after where the company is registered: "they have a rep office
        # registered in Xiamen, so Fujian for the IP one?"
        return True
    if _WHERE_WE_FILE_SAID.search(text) and not _WHO_FILES_IN_DOUBT.search(text):
        # said, and only checked ("... is he right?"), not another question after it ("we plan
        # to file in Shanghai. Can a rep office get the commercial license?"), nor who may file
        # ("wants to file in Shanghai but has no company in China. Is that allowed?")
        asked = asking_parts(text) if is_question(text) else []
        # (or checked in the same breath: "then we'd file in Guangdong, using the rep office,
        # right?")
        if not asked or all(
            _ONLY_CHECKED.match(part) or _WHERE_WE_FILE_SAID.search(part) for part in asked
        ):
            return True
    return (
        bool(_WHERE_TO_FILE.search(text))
        and (
            names_the_filing(text)
            or len(text.split()) <= 5
            or bool(_PROVINCE_TO_APPLY_IN.search(text))
        )
        and not any(
            carries_subject(i, text) for i in _OTHER_WAYS_TO_FILE if i != "ask_which_province"
        )
    )


# What must exist before one may file ("what would we have to register in China before we could
# even submit an ICP Filing?"): who may file, the physical office answer.
_BEFORE_FILING = re.compile(
    r"\bwhat\b[^.?!]{0,20}\b(?:have to|need to|must|should)\s+(?:we\s+|i\s+)?"
    r"(?:first\s+)?(?:(?:register|set up|establish|open|obtain|get|have)\s+(?:\w+\s+){0,3}?"
    r"(?:company|companies|entity|branch|office|subsidiary|wfoe|business|licen[cs]e|certificate)|"
    r"register\s+(?:in china|in the mainland|there|locally))\b[^.?!]{0,30}"
    r"\b(?:before|in order to|so (?:that )?(?:we|i) can)"
    rf"\b[^.?!]{{0,30}}\b{_ICP}\b|"
    # ... or what must come first, by the filing's verb: "What do we need before we can file?"
    r"\bwhat\s+(?:do|does|would|will)\s+(?:we|i|they)\s+need\s+(?:to have\s+)?(?:in place\s+)?"
    r"before\s+(?:we|i|they)\s+(?:can\s+|could\s+)?(?:file|apply|register)\b"
)


# A question about what Alibaba Cloud offers ("Do you have GPU instances in any mainland China
# region?"): not the user's facts, whatever place it names
_ASKS_WHAT_IS_OFFERED = re.compile(
    r"^\W*(?:(?:do|does)\s+(?:you|alibaba(?:\s+cloud)?|aliyun)\s+(?:\w+\s+)?(?:have|offer|"
    r"provide|sell|support)|(?:is|are)\s+there\s+(?:an?|any)(?!\s+(?:problems?|issues?|risks?|"
    r"need|requirements?|way|reasons?|difference|chance)\b)|can\s+(?:i|we)\s+(?:buy|order|rent|"
    r"get(?!\s+(?:away|by|around)\b)))\b"
)


def asks_what_is_offered(text: str) -> bool:
    """The message asks whether something is offered, and names no filing."""
    text = clean(text)
    return bool(_ASKS_WHAT_IS_OFFERED.search(text)) and not names_the_filing(text)


def names_servers(text: str) -> bool:
    """Servers, instances or hosting named: where a site runs, not where a company is."""
    return bool(_SERVERS.search(clean(text)) or re.search(r"\bhost\w*\b", clean(text)))


def names_servers_not_in_the_mainland(text: str) -> bool:
    """Servers named, and not placed in mainland China ("can we use our Hong Kong company's
    papers for our Hangzhou-hosted site?" places its servers in the mainland)."""
    return names_servers(text) and to_hosting_location(clean(text)) != MAINLAND_HOSTING


# The filing or licence updated or changed: "does our ICP need updating?", "must we change the
# filing?"
_UPDATES_THE_FILING = re.compile(
    r"\b(?:updat\w*|chang\w*|modif\w*|amend\w*)\b[^.?!]{0,30}\b(?:icp|filing|beian|licen[cs]e)\b|"
    r"\b(?:icp|filing|beian|licen[cs]e)\b[^.?!]{0,30}\b(?:updat\w*|chang\w*|modif\w*|amend\w*)\b"
)


def asks_to_update_the_filing(text: str) -> bool:
    """Whether the filing (or the licence) is to be updated or changed."""
    return bool(_UPDATES_THE_FILING.search(clean(text)))


# Whose registration papers may be used, asked ("can we use the WFOE's papers, or does it have to
# be the parent's documents?"): the physical office answer's (a list of documents is not asked)
_WHOSE_PAPERS = (
    r"(?:papers|paperwork|documents?|docs|business licen[cs]e|registration certificate|"
    r"certificate of incorporation)"
)
_ASKS_WHOSE_PAPERS = re.compile(
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
    r"(?:own\s+)?" + _WHOSE_PAPERS + r"\b"
)


def asks_whose_papers(text: str) -> bool:
    """Whose registration documents may be used for the filing, asked (a company's, named by its
    possessive): the physical office answer says which are accepted."""
    return bool(_ASKS_WHOSE_PAPERS.search(clean(text)))


def asks_who_may_file(text: str) -> bool:
    """How to get a filing or who may ("can we still file?"), whatever else the message names."""
    return bool(_HOW_TO_GET.search(clean(text)))


# Who may, asked with nothing else ("who's eligible?", "are we eligible to apply?"): in this
# assistant, who may file.
_BARE_WHO_MAY = re.compile(
    r"^\W*(?:so\W+|and\W+|ok\W+)?(?:who(?:'s| is| are)\s+eligible|who\s+(?:qualifies|can (?:apply|"
    r"file|register))|(?:am i|are we|is (?:my|our) (?:company|firm|business))\s+eligible)"
    r"(?:\s+to\s+(?:apply|file|register))?(?:\s+at all)?\s*\??\s*$"
)


# (the filing by its own name: "how do I register a domain for the CDN?" is not)
_HOW_TO_FILE = re.compile(
    r"\bhow\s+(?:(?:do|can|could|should|must|would)\s+)?(?:we|i)\s+(?:(?:can|could|should|must)\s+)?"
    rf"(?:{_GET}|do|make|get)\s+(?:an?\s+|the\s+|our\s+)?(?:icp|beian|bei'?an|filings?)\b"
    r"(?:\s+(?:filing|done|license|licence))?\s*(?:[?.!]|$)|"
    # ... or by the verb alone: "how would they even file", "so how do we apply then?"
    r"\bhow\s+(?:(?:do|can|could|should|must|would|will)\s+)?(?:we|i|they|he|she)\s+"
    r"(?:(?:even|actually|then|ever|possibly|still)\s+)?(?:file|apply|register)"
    r"(?:\s+(?:then|at all|for it|for one|it|that))?\s*(?:[?.!]|$)|"
    # the procedure asked for: "Please outline the ICP filing procedure", "what's the process
    # for an ICP filing?"
    r"\b(?:advise|explain|describe|outline|clarify|confirm|what(?:'s| is| are))\s+(?:on\s+)?"
    r"(?:the\s+|our\s+)?(?:correct\s+|proper\s+|right\s+|required\s+|applicable\s+)?"
    r"(?:(?:(?:icp|beian)\s+(?:filing\s+)?|filing\s+)(?:procedures?|process|steps)\b|"
    r"(?:procedures?|process|steps)\s+(?:for|of)\s+(?:the\s+|an?\s+|our\s+)?(?:icp|beian|filing)\b)"
)


def asks_how_to_file(text: str) -> bool:
    """A question how to get the filing done ("How we can do ICP?", "how do we get the beian
    done?"), whatever case it sets out (a CDN, a load balancer, ...)."""
    return bool(_HOW_TO_FILE.search(asked_part(clean(text))))


def asks_how_to_get_a_filing(text: str) -> bool:
    """A question how to get a filing, with no other FAQ question's subject in it."""
    text = clean(text)
    bare = bool(_BARE_WHO_MAY.search(text))
    return (
        bool(_HOW_TO_GET.search(text) or _BEFORE_FILING.search(text) or bare)
        and (names_the_filing(text) or bare)
        # ("have to" in what must exist first is not whether one is needed)
        and not _ASKS_WHETHER.search(_BEFORE_FILING.sub(" ", text))
        and not any(carries_subject(intent, text) for intent in _OTHER_WAYS_TO_FILE)
        # (a place outside the mainland is the hosted-outside question's only when servers are
        # there: "how can a Dubai firm get a filing?" names the company's place, and so does "just
        # our US LLC ... for a mainland server")
        and not (
            _SERVERS.search(text)
            and carries_subject("ask_hosted_outside", text)
            and not _hosts_in_china(text)
        )
    )


_QUESTION = re.compile(
    rf"\?|^(?:{QUESTION_START}|any|whats|hows|wheres|whos|whys)\b|"
    # a later sentence that asks, typed without its mark: "origin in singapore. is .ai accepted
    # for filing"
    # (not "when", which starts statements too: "When we launched, it was slow")
    r"[.!;]\s+(?:(?:can|could|do|does|did|is|are|should|will|would|must)\s+(?:we|i|you|it|"
    r"there|this|that|they|our|my|the|an?|\.?[\w-]+\s+(?:be|accepted|allowed|ok|okay|fine|valid|"
    r"enough|possible|acceptable|needed|required))|"
    r"(?!which\s+(?:is|was)\b)(?:how|what|who|why|which|where)\s+(?:do|does|did|is|are|should|"
    r"can|could|will|would|must)"
    r"\b)(?:[^.!]|\.(?=\S))*$|"
    # requests: "please explain ...", "I want to know how to ..."
    r"\b(?:please|explain|tell me|tell us|show me|help me|how to|"
    r"(?:want|like|need) to (?:know|understand|find out)|wondering)\b"
)


# A task's title, typed as a search: "Binding a Baidu-registered domain name", "adding the CDN
# to a filed domain", or as an order to a console: "reset root password ecs singapore". (With
# "we" or "our" it is the user's own account: "running our site in Frankfurt".)
_TASK_TITLE = re.compile(
    r"^(?!(?:no|some|any|every)thing\b|(?:regard|concern|accord|includ|exclud|follow|dur|"
    r"consider)ing\b)[a-z]{3,}ing\s+(?:an?|the|your)\b|"
    r"^(?:reset|restart|reboot|install|configure|enable|disable|mount|attach|resize|upgrade|"
    r"renew|unblock|whitelist|ssh|login|log in(?:to)?|set up|setup|open|close|create|delete)\s"
)


# A question asked after a comma or a dash ("slb ip changed, must i update the licence"); not a
# statement going on ("we host in HK, do not use a CDN").
_ASKED_AFTER = re.compile(
    r"[,;:\-–—]\s*(?:must|should|can|could|do|does|is|are|will|would|may|shall)\s+"
    r"(?:i|we|you|it|they|this|that|our|my)\b(?!\s+not\b)|"
    # "ECS in Singapore stuck on 'Starting' for 20 minutes, what do I do"
    r"[,;:\-–—]\s*(?:what|how|why)\s+(?:do|does|did|should|can|could|now|next|to)\b"
)


# A claim heard or read, told to be checked: "Heard the ICP review takes about 20 working days",
# "our consultant says ...", "apparently ..."
_REPORTS_A_CLAIM = re.compile(
    r"^\W*(?:(?:[\w-]+\s+)?(?:i|we)(?:'ve)?\s+)?(?:heard|read|was told|were told|have been told)\b|"
    r"(?<!as i )(?<!like i )(?<!as we )(?<!as )"
    r"\b(?:says|said|claims?|claimed|insists?|told (?:us|me)|"
    r"according to|apparently|rumou?rs?)\b"
)


def reports_a_claim(text: str) -> bool:
    """The message passes on something heard or read."""
    return bool(_REPORTS_A_CLAIM.search(clean(text)))


def is_question(text: str) -> bool:
    text = clean(text)
    return bool(
        _QUESTION.search(text)
        or _ASKED_AFTER.search(text)
        or (_TASK_TITLE.search(text) and not FIRST_PERSON.search(text))
    )


# A heading labelled as one: "Heading: Why sites hosted in Singapore load slowly ..."
_HEADING_LABEL = re.compile(r"^\W*(?:heading|headline|title|h[1-3])\s*:", re.I)


def is_heading(text: str) -> bool:
    """An article or FAQ heading ("Myth: Any Hosting Provider Can Host a Website in China"): most
    longer words capitalised, and no first person. Its places are no one's facts."""
    if _HEADING_LABEL.match(text) and not FIRST_PERSON.search(clean(text)):
        return True
    # (names are capitalised anywhere: places and acronyms do not count, so "Servers in Singapore
    # and Frankfurt, no China nodes, no CDN - ICP?" is a user's facts)
    words = [
        w
        for w in re.findall(r"[A-Za-z][\w'-]*", text)
        if len(w) > 3
        and not w.isupper()
        and not PLACES.fullmatch(w.lower())
        and w.lower() not in ("china", "chinese", "mainland")
    ]
    if len(words) < 3 or FIRST_PERSON.search(clean(text)):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.6


# Asking for a person or a way to reach one (not "can a foreign person file?", "can an agent file
# for us?", a feature request's "Support HK region" or the filing's "phone number").
_ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:talk|speak|chat)\s+(?:to|with)\b|\bhumans?\b|\bagents?(?:\s+please)?\s*$|"
    r"(?<!as )\b(?:an?|some|your|the)\s+(?:real\s+|live\s+|actual\s+)?"
    r"(?:person|agent|operator|expert|specialist|engineer|colleague|consultant|advis[eo]r|"
    r"representative)s?\b(?!\s+(?:file|files|apply|in charge|responsible|register))|"
    # "is it possible to arrange a call with one of your specialists?"
    r"\b(?:arrange|schedule|book|set up|have)\s+(?:a|an)\s+(?:quick\s+|short\s+)?(?:call|meeting|"
    r"chat)\b|"
    r"\b(?:real|live|actual)\s+(?:person|agent)\b|\b(?:someone|somebody|staff|operators?)\b|"
    r"\b(?:customer|sales|support)\s+(?:service|support|care|team|staff|engineers?|desk|line|"
    r"representatives?|reps?)\b|\bhotline\b|\bcall ?back\b|\bticket\b|\bescalat\w*|"
    r"\b(?:contact|call|e-?mail|reach)\s+(?:your\s+|the\s+|customer\s+)?support\b|"
    r"\b(?:transfer|send|connect|pass|put)\s+(?:me|us)\s+(?:through\s+)?to\s+(?:\w+\s+)?support\b|"
    r"\bsupport(?:'s)?\s+(?:phone|number|e-?mail|hours)\b|\bphone support\b|"
    r"\b(?:call|contact|e-?mail) (?:me|us)\b"
)


def asks_for_a_person(text: str) -> bool:
    """Whether the message asks for a person, or how to reach one."""
    return bool(_ASKS_FOR_A_PERSON.search(clean(text)))


# Whom to speak to, asked: "who on your side can I speak to about the filing review?"; or a
# person to speak to, whatever about: "i'd rather talk to a real person about my beian", "is there
# someone i can call about this"
_WHOM_TO_SPEAK_TO = (
    r"\bwho\s+(?:[\w']+\s+){0,4}?(?:can|could|should)\s+(?:i|we)\s+(?:talk|speak|chat)\s+"
    r"(?:to|with)\b|"
    r"(?<!should\s)\b(?:talk|speak|chat)(?:ing)?\s+(?:to|with)\s+"
    r"(?:a\s+|an\s+|some\s+)?(?:real\s+|actual\s+|"
    r"live\s+)?(?:person|human|agent|someone|somebody|consultant|specialist)\b"
    # (not an authority's person to be spoken to: "someone at the MIIT")
    r"(?!\s+(?:at|from|in|of)\s+(?:the\s+)?(?:miit|government|authorit\w*|bureau|ministry|"
    r"police|psb|communications)\b)|"
    r"\b(?:someone|somebody|anyone|anybody|a person)\s+(?:i|we)\s+(?:can|could)\s+(?:call|phone|"
    r"ring|contact|email|reach|talk to|speak to|speak with)\b"
)


def asks_whom_to_speak_to(text: str) -> bool:
    """Whether the message asks whom the asker can speak to, or for a person to speak to: a
    person asked for (not one the filing obliges the writer to speak to: "do we need to talk to
    someone about the beian?")."""
    text = clean(text)
    if re.search(
        r"\b(?:(?:need|needs|have|has|required|obliged)\s+to|(?:must|should)\s+(?:we|i))\s+"
        r"(?:talk|speak|chat|call)\b",
        text,
    ):
        return bool(re.search(r"\bwho\s+(?:[\w']+\s+){0,4}?(?:can|could|should)\s+", text))
    return bool(re.search(_WHOM_TO_SPEAK_TO, text))


# Someone of the provider's asked to act on the writer's case: "can someone from alibaba check it
# please", "could somebody at Aliyun look into our ICP filing?"
_SOMEONE_TO_ACT = (
    r"\b(?:can|could|would|will)\s+(?:someone|somebody|anyone|anybody|a person|a human)\s+"
    r"(?:from|at|on|of|in)\s+(?:alibaba(?:\s+cloud)?|aliyun|your\s+(?:side|end|team|company|"
    r"support|staff)|support|you guys)\s+(?:please\s+|pls\s+)?(?:check|look into|look at|review|"
    r"investigate|escalate|follow up|chase|speed up|expedite)\b|"
    # ... or sent by the assistant: "can you get someone from the filing team to look at the case"
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+)?(?:get|have|ask|send)\s+"
    r"(?:someone|somebody|a person|a human|one of your\s+(?:[\w-]+\s+)?(?:people|colleagues|staff|"
    r"experts|specialists|engineers))\s+(?:(?:from|at|on|of|in)\s+(?:your\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:team|side|end|desk|department|support|alibaba(?:\s+cloud)?|aliyun)\s+)?"
    r"(?:to\s+)?(?:check|look into|look at|review|investigate|escalate|follow up|chase|help|"
    r"contact|call)\b"
)


def asks_someone_to_act(text: str) -> bool:
    """Whether the message asks someone of the provider's to act on the writer's case."""
    return bool(re.search(_SOMEONE_TO_ACT, clean(text)))


# A person requested in so many words ("Could I please speak with a colleague of yours?", "is it
# possible to arrange a call with one of your specialists?"), not someone merely named ("could
# someone explain the procedure?", a ticket's text)
_REQUESTS_A_PERSON = re.compile(
    r"\b(?:can|could|may|is it possible to|would it be possible to|"
    r"(?:i|we)(?:'d| would| should) (?:like|prefer|rather|sooner)(?: to)?|(?:i|we) prefer to|"
    r"i want to|we want to|please|pls|plz|let me)\s+"
    r"(?:i\s+|we\s+)?"
    r"(?:please\s+|pls\s+)?(?:talk|speak|chat|get in touch|arrange|schedule|book|set up|have|"
    r"go through|go over|walk through|discuss)\b"
    # (not the writer's own people: "we'd rather go over it with our legal team")
    r"(?:(?!\b(?:my|our|their)\s+(?:own\s+|legal\s+|internal\s+)?(?:team|boss|manager|"
    r"lawyers?|colleagues?|ceo|cto|cfo|partners?|board)\b)[^.?!]){0,40}"
    r"\b(?:person|human|agent|colleague|specialist|"
    r"consultant|expert|advis[eo]r|"
    r"someone|somebody|team|staff|representative|rep|call|meeting|manager|engineer)s?\b|"
    r"\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:your\s+|the\s+|a\s+)?sales\b|"
    # the person as the one to do it: "could a colleague of yours walk me through it by phone?",
    # "is there someone on your side who could help us prepare the submission?"
    r"\b(?:could|can|would|will)\s+(?:(?:one of your|your)\s+(?:[\w-]+\s+)?(?:colleague|"
    r"specialist|consultant|expert|agent|representative|rep|engineer|advis[eo]r|staff member|"
    r"team member)s?|an?\s+(?:[\w-]+\s+)?(?:colleague|specialist|consultant|expert|agent|"
    r"representative|rep|engineer|advis[eo]r)\s+of yours)\s+(?:please\s+)?(?:walk|help|call|"
    r"contact|guide|talk|go through|explain|assist)\b|" + _SOMEONE_TO_ACT + r"|"
    # ... or someone of the provider's to do it: "can someone from alibaba check it please"
    r"\bis there (?:someone|somebody|anyone|anybody|a person|a human|a colleague)\b[^.?!]{0,40}"
    r"\b(?:who|that)\s+(?:could|can|would|might)\s+(?:help|assist|walk|guide|talk|call)\b|"
    r"\b(?:connect|transfer|put)\s+(?:me|us)\s+(?:through\s+)?(?:to|with)\b|"
    + _WHOM_TO_SPEAK_TO
    + r"|"
    r"\b(?:real|live|actual)\s+(?:person|human|agent)\b|\bhumans?\b"
)


# A site outside mainland China said to need no filing, to be confirmed: "but no filing for HK,
# correct?", "no beian needed for a server in Tokyo, right?"
_NO_FILING_OUTSIDE_CHECKED = re.compile(
    r"\bno\s+(?:icp|beian|filing)(?:\s+(?:filing|licen[cs]e))?(?:\s+(?:is\s+)?(?:needed|required|"
    r"necessary))?\s+(?:for|in|with|on)\s+(?:(?:an?|the|our|my)\s+)?(?:(?:site|website|server|"
    r"servers|hosting|ecs|instance)\s+(?:in\s+)?)?(?:"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG)
    + r")[^.?!]{0,20}\?"
)


def checks_no_filing_outside(text: str) -> bool:
    """Whether the message asks to confirm that a site outside mainland China needs no filing."""
    return bool(_NO_FILING_OUTSIDE_CHECKED.search(clean(text)))


def requests_a_person(text: str) -> bool:
    """Whether the message requests a person in so many words (see _REQUESTS_A_PERSON)."""
    return bool(_REQUESTS_A_PERSON.search(clean(text)))


def is_icp_related(text: str) -> bool:
    """About ICP Filing, hosting a site, Alibaba Cloud or a place: the assistant's domain."""
    text = clean(text)
    if means_another_icp(text):
        return False
    return bool(ICP_WORDS.search(text) or _HOSTING_WORDS.search(text) or PLACES.search(text))


def candidates(
    ranking: Iterable[dict], faq_intents: Iterable[str], text: str, min_confidence: float
) -> List[dict]:
    """The FAQ intents of `ranking` whose subject the message carries, likeliest first."""
    faq = set(faq_intents)
    return [
        r
        for r in ranking
        if r.get("name") in faq
        and (r.get("confidence") or 0) >= min_confidence
        and carries_subject(r["name"], text)
    ]


# A farewell's own words: a message taken for "goodbye" without any ("we had an office but closed
# it") is not one.
_FAREWELL = re.compile(
    r"^\W*later\W*$|\b(?:see you|talk(?: to you)?|speak(?: to you)?|catch you) later\b|"
    r"\b(?:i'?m|am) leaving now\b|"
    r"\b(?:bye|byee|goodbye|cya|ttyl|farewell|ciao|adios|cheers|goodnight|"
    r"see (?:you|ya)|take care|good night|nice (?:day|evening|weekend)|have a (?:good|great) \w+|"
    r"gotta go|(?:have|need) to go|signing off|(?:end|close) (?:the |this )?chat|so long|"
    r"that'?s all|that is all|i'?m done|we'?re done|thanks|thank you|thx|i'?m off)\b"
)


# Whether a program or a person is answering: a message taken for that question without these
# words ("are you using Aliyun VPS?", "is that a real requirement?") is not it.
_A_BOT_OR_A_PERSON = re.compile(
    r"\b(?:bots?|chat ?bots?|robots?|ai|a\.i\.|machines?|automated|automatic\w*|programs?|"
    r"software|humans?|(?:real|actual|live) (?:person|people|agent)|person)\b"
)


def asks_if_a_bot(text: str) -> bool:
    """The message has the words of asking whether a program or a person answers."""
    return bool(_A_BOT_OR_A_PERSON.search(clean(text)))


# The question itself, by its form, asked of the assistant: "am I chatting with software?", "is
# a human reading this?", "are these answers automatic?" (not a request for a person: "is it
# possible to speak to a human?", nor a question about the filing: "is it reviewed by a human?")
_WHAT_ANSWERS = (
    r"(?:an?\s+)?(?:real\s+|actual\s+|live\s+)?(?:bots?|chat ?bots?|robots?|ai|machines?|"
    r"programs?|software|humans?|persons?|automated)\b"
)
_IS_IT_A_BOT = re.compile(
    r"\b(?:are you|r u|are u)\s+(?:just\s+|really\s+|actually\s+)?" + _WHAT_ANSWERS + "|"
    r"\bam i (?:talking|chatting|speaking|writing)\s+(?:to|with)\s+" + _WHAT_ANSWERS + "|"
    r"\bis (?:this|this chat)\s+(?:an?\s+)?(?:bots?|chat ?bots?|robots?|ai|automated|human|"
    r"real person|program|software)\b|"
    r"\bare (?:these|the|your) (?:answers|replies|responses)\s+(?:automated|automatic\w*|"
    r"generated|written by)\b|"
    r"\bis (?:(?:some|any)(?:one|body)|(?:a|an)\s+(?:real\s+|live\s+|actual\s+)?(?:human|person|"
    r"agent|bot|ai))\s+(?:reading|answering|typing|replying|writing|behind)\b|"
    r"\bis it (?:an?\s+)?(?:ai|bot|robot|program|software|human|real person)\s+(?:that\s+|who\s+)?"
    r"(?:answers?|repl\w*|respond\w*|typ\w*|writ\w*)\b"
)


def asks_if_it_is_a_bot(text: str) -> bool:
    """Whether a program or a person is answering, asked in so many words."""
    return bool(_IS_IT_A_BOT.search(clean(text)))


# A greeting's words ("hi", "good morning", "anyone there?", "ni hao")
_GREETING = re.compile(
    r"\b(?:hi+|hel+o+w?|hallo|hey+|heya|heyo|hiya|yo|sup|howdy|greetings|hola|bonjour|salut|"
    r"good (?:morning|afternoon|evening|day)|morning|evening|ni ?hao|what'?s up|anyone|anybody|"
    r"dear|nice to meet you)\b"
)


# Thanks in so many words
_THANKS = r"thanks?|thank you|thank u|thx|thnx|ty|tysm|many thanks|cheers|much appreciated"
# Thanks or a greeting opening a message ("Thank you. Would the answer differ if ...?")
_SMALL_TALK_OPENING = re.compile(
    rf"^\W*(?:(?:ok(?:ay)?|great|perfect|cool|nice|{_THANKS}|"
    r"hi+|hello|hey+|good (?:morning|afternoon|evening|day)|(?:so|very) much|a lot|again|"
    r"for (?:that|this|the (?:answer|info\w*|help))|that(?:'s| is) (?:clear|helpful))\b"
    r"[\s,.!:;-]*)+"
)


# A question put as a request, with no question mark: "Please advise on eligibility."
_A_REQUEST = re.compile(
    r"\b(?:please|kindly|pls)\s+(?:advise|confirm|clarify|let (?:us|me) know|tell (?:us|me)|"
    r"explain)\b"
)


def asks_as_a_request(text: str) -> bool:
    """A question put as a request ("Kindly advise on our eligibility."), mark or none."""
    return text.rstrip().endswith("?") or bool(_A_REQUEST.search(clean(text)))


def asks_after_small_talk(text: str) -> bool:
    """Thanks or a greeting, then a question of its own ("Thank you. Would the answer differ if
    they held a Commercial License?"): the question is what is to be answered."""
    text = clean(text)
    opening = _SMALL_TALK_OPENING.match(text)
    rest = text[opening.end() :] if opening else ""
    return (
        bool(opening)
        and len(rest.split()) >= 3
        and is_question(rest)
        # (of the assistant's domain: not "Hello! Is anyone there?")
        and (is_icp_related(rest) or is_follow_up(rest))
    )


def says_thanks(text: str) -> bool:
    """The message thanks in so many words ("Thx, that helps", "much appreciated")."""
    return bool(re.search(rf"\b(?:{_THANKS})\b", clean(text)))


def says_hello(text: str) -> bool:
    """The message has a greeting's words."""
    return bool(_GREETING.search(clean(text)))


def says_goodbye(text: str) -> bool:
    """The message has a farewell's words."""
    return bool(_FAREWELL.search(clean(text)))
