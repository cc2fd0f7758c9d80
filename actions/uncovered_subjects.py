"""Subjects the FAQ does not cover: a message about one of them gets "not covered", whatever FAQ
question it resembles.

Fees, timing, document lists, the filing number and footer, PSB filing, settings and messages in a
console, API or Terraform, SSL, speed, blocking and censorship, billing, changing or moving an
existing filing, apps and mini programs, individuals, domain suffixes, other providers, licence
types, what a filing is, subsidiaries, and more: `UNCOVERED`, a pattern per category, and
`uncovered_subjects`, which of them a message is about.
"""

import functools
import re
from typing import Dict, List, Pattern, Tuple

from actions.access_facts import to_access_method
from actions.cdn_facts import to_cdn_coverage
from actions.decision import HONG_KONG as HONG_KONG_HOSTING
from actions.decision import INCLUDES_MAINLAND as CDN_INCLUDES_MAINLAND
from actions.decision import IP_ONLY
from actions.decision import MAINLAND_CHINA as MAINLAND_HOSTING
from actions.decision import OUTSIDE_MAINLAND as OUTSIDE_MAINLAND_HOSTING
from actions.decision import YES as HAS_A_FILING
from actions.fact_words import (
    ORGANISATION,
    QUESTION_START,
    REP_OFFICE_PINYIN,
    SENTENCES,
    TEMPORARY_SERVER,
    last_question,
    words_pattern,
)
from actions.filing_facts import filing_out_of_reach, lacks_documents, to_existing_filing
from actions.hosting_facts import THE_WEBSITES_PLACE, to_hosting_location
from actions.message_parts import (
    asked_part,
    asking_parts,
    clean,
    names_the_filing,
    own_question,
)
from actions.need_or_next_step import (
    ASKS_IF_IT_NEEDS_ONE,
    asks_if_it_needs_a_filing,
    asks_what_to_do_now,
    speaks_of_needing_a_filing,
)
from actions.places import (
    ABROAD,
    CDN_PROVIDERS,
    FOREIGN_ADJECTIVES,
    HOSTING_PROVIDERS,
    MAINLAND_CITIES,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
)
from actions.scope_words import (
    A_CASE_PUT,
    BILLING_METHOD,
    BLAMES_THE_FILING,
    CENSORSHIP,
    COMPANY_ABROAD,
    ECS_TERM,
    FILES_THROUGH_THE_CONSOLE,
    GET_WORDS,
    HOSTING_WORDS,
    ICP_WORDS,
    MAY_GET,
    NAMES_A_PRESENCE,
    NEED_WORDS,
    PLACES,
    PLACES_OUTSIDE,
    REFERS_BACK,
    SENTENCE_ENDS,
    TOO_MUCH_TO_TAKE_ON,
    near_the_filing,
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


# Web sites that are not public: an intranet, internal tools, a site reached only over a VPN (no
# website for the FAQ's "open your website for visit", but a site all the same when hosted outside
# mainland China). Not a staging site, which is as open to visits as any other once its domain
# points at it: "does the staging box need an icp filing?" is the FAQ's question.
_WEB_BUT_NOT_PUBLIC = (
    r"\bintranet\b|\binternal (?:use|only|sites?|tools?|systems?|apps?|portals?|"
    r"dashboards?|wikis?)\b|\bnot (?:open to the )?public\b|"
    # ("our staging site is only reachable over our vpn")
    r"\b(?:reachable|accessible|available|open)\s+(?:only\s+)?(?:over|via|through|on|from)\s+"
    r"(?:our|the|a)\s+(?:vpn|private network|intranet|office network)\b"
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
    # ... or of sites in general: "why do chinese websites need filing at all?"
    r"\bwhy\s+(?:do|does|must|would)\s+(?:all\s+|every\s+|chinese\s+|foreign\s+)*(?:websites?|"
    r"sites?|companies|businesses|everyone|everybody)(?:\s+in china)?\s+(?:even\s+|really\s+)?"
    r"(?:need|require|have to (?:get|have|do))\s+(?:an?\s+|the\s+)?(?:icp|beian|filing)\b|"
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

# Papers made valid or translated, asked as a requirement ("do we need a notarized translation of
# our certificate?", "must the licence be apostilled?"): what to hand in, even of papers from abroad
# (which ones may be used is the physical office answer's).
PAPERS_MADE_VALID_ASKED = re.compile(
    r"\b(?:need|needs|needed|require[sd]?|requirements?|must|have to|has to)\b[^.?!]{0,30}"
    r"\b(?:notari[sz]\w*|apostill\w*|legali[sz]\w*|"
    r"translat\w*\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:documents?|papers|certificates?|licen[cs]es?|"
    r"passports?|registration))"
)

UNCOVERED: Dict[str, Pattern] = {
    name: re.compile(pattern)
    for name, pattern in {
        "cost": r"\b(?:(?:cheap|cheaper|cheapest|affordable|inexpensive)\s*\?|"
        r"(?:any|a|the|is it)\s+"
        r"(?:free or\s+)?(?:cheap|cheaper|cheapest|affordable|inexpensive)\b(?![- ](?:fashion|"
        r"clothing|goods|products?|shop|store|brand))|"
        # (not a site's own prices: "a B2B price list", "our pricing page")
        # (not a site's own prices: "buyers open our B2B price list by IP")
        r"fees?|costs?|costing|(?<!our )(?<!b2b )(?<!product )price|"
        r"pricing|how much|charged?|charges|"
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
        # ("which province is quickest to get an ICP approved?")
        r"\b(?:quickest|fastest|slowest|speediest)\b"
        r"(?=[^.?!]{0,30}\b(?:to get\s+(?:an?\s+|the\s+|our\s+|"
        r"it\s+)?(?:icp|filing|beian|record|approv\w*)|approv\w*))|"
        r"\bapprov\w*\s+(?:\w+\s+){0,2}?(?:quickest|fastest|slowest)\b|"
        # "how difficult/expensive/slow is it to get an ICP?": the filing's pace, not the site's
        r"\bhow\s+(?:[\w-]+\s*/\s*)*(?:slow|quick)\s+(?:is\s+)?(?:it\s+)?(?:to\s+)?(?:get|getting|"
        r"obtain\w*|file|filing|the (?:filing|approval|review|process))\b|"
        r"\bwhen will\b",
        # A list of documents; not which existing documents can be used (the physical office
        # answer).
        # (and the language they are in: "must every document be translated into Chinese?")
        "documents": r"\b(?:documents?|papers|materials?)\b[^.?!]{0,30}\btranslat\w*|"
        # what the application's entries must match: "The filing entity's name and address must
        # match the business license exactly."
        r"\b(?:names?|address(?:es)?|details|information|entries)\b[^.?!]{0,40}\b(?:must|should|"
        r"has to|have to|need to|needs to)\s+(?:exactly\s+)?match\b|"
        r"\btranslat\w*\b[^.?!]{0,30}\b(?:documents?|papers|materials?)\b|"
        r"\b(?:filing|beian|application|documents?)\b[^.?!]{0,20}\bin english\b|"
        # the filing done in a language ("can we file for ICP in English?")
        r"\b(?:file|apply|submit|fill(?:\s+(?:out|in))?)\b[^.?!]{0,25}\bin (?:english|chinese|"
        r"mandarin)\b(?=\s*(?:[?.,;!)]|$|or\b|only\b))|" + PAPERS_MADE_VALID_ASKED.pattern + r"|"
        r"\b(?:list of|required|requirements?|kinds? of|types? of|checklist)\b"
        r"[^.?!]{0,40}"
        r"\b(?:documents?|materials?|paperwork|papers|certificates?|forms(?!\s+of\b))\b|"
        r"\b(?:documents?|materials?|paperwork|papers)\b[^.?!]{0,25}\b(?:required|requirements?|"
        r"requires?|needed|need|necessary|to (?:provide|submit|upload|prepare|gather))\b|"
        # (not a checklist's line named: "Checklist item 2: filing province = ...")
        # (nor the writer's own checklist a question is for: "a general question for our
        # compliance checklist")
        r"(?<!question for our compliance )(?<!question for our internal )(?<!question for our )"
        r"(?<!question for my )\bchecklist\b(?!\s*(?:items?\b|notes?\b|questions?\b|[:,-]))|"
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
         + _WHAT_WE_NEED_TO + r"(?:apply|file|submit|provide|prepare|request|get|"
        r"obtain|acquire|register)\b|"
        # (not "how do I apply": the FAQ's load balancer question asks that)
        r"\bhow (?:do|can|to) (?:i |we )?(?:submit|prepare)\b|"
        # how to come by a supporting paper ("how can I request the access provider's
        # qualification certificate?"; not the permanent office's registration certificate, which
        # the FAQ names)
        r"\bhow (?:do|can|could|should|to) (?:i |we )?(?:request|obtain|get|ask for)\b[^.?!]{0,40}"
        r"\b(?:qualification|proof|authori[sz]ation|commitment|verification)\s+"
        r"(?:certificates?|letters?|documents?)\b",
        "number_and_footer": r"\bfooter\b|\bbottom of\b|"
        # the filing's banner or badge shown on the site ("Aliyun warns you about missing ICP
        # banners")
        r"\b(?:icp|beian|filing)\s+(?:banners?|badges?|notices? on)\b|"
        r"\b(?:icp|filing|registration|record|beian|"
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
        # (not a host name's label: "a domain like iot.example.pl")
        r"(?<!\.)\biot\b(?!\.\w)(?!\s+(?:dashboards?|portals?|websites?|sites?|web\s*apps?|consoles?|"
        r"admin))|"
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
        r"\bsandbox\b|"
        # servers that compute rather than serve a site ("we mine crypto on ECS in Hohhot", "GPU
        # instances for model training")
        r"\b(?:we|i|they)\s+(?:\w+\s+)?(?:mine|mining)\s+(?:crypto\w*|bitcoin|btc|eth\w*|coins?|"
        r"monero)\b|"
        r"\b(?:crypto|bitcoin|btc|coin)\s+mining\s+(?:on|with|rigs?|servers?|machines?|nodes?)\b|"
        r"\b(?:servers?|ecs|instances?|gpus?|machines?|nodes?|vms?)\b[^.?!]{0,30}\bfor\s+"
        r"(?:our\s+|the\s+)?(?:(?:model|ml|ai|llm)\s+(?:training|inference)|batch jobs?|"
        r"rendering|crypto mining)\b|"
        r"\binference\s+(?:servers?|workloads?|only)\b|"
        r"\bdata pipelines?\b|"
        r"\bpipeline (?:servers?|box|boxes|instances?|machines?|ecs|vms?|nodes?)\b",
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
        # (a site's, not papers': "our docs are English only")
        r"(?<!docs are )(?<!documents are )(?<!papers are )(?<!certificates are )"
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
        # who signs it ("who has to sign the forms?", "can my colleague abroad sign the
        # application?"; not signing up or in)
        r"\bwho\b[^.?!]{0,20}\bsigns?\b(?!\s+(?:up|in|on|out|into)\b)|"
        r"\b(?:who|can|could|must|should|may|has to|have to|need to|needs to)\s+(?:\w+\s+){0,3}?"
        r"sign(?:s|ed)?\b(?!\s+(?:up|in|on|out|into)\b)[^.?!]{0,25}\b(?:applications?|forms?|"
        r"filing|beian|letters?|documents?|commitments?|icp)\b|"
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
        # a decision appealed: "if our filing gets rejected can we appeal or do we just resubmit?"
        # (the verb, or one lodged: not "the appeal of Alibaba CDN is speed")
        r"\b(?:can|could|may|do|how|to)\s+(?:we\s+|i\s+|they\s+|you\s+)?appeal\b|"
        r"\bappeal(?:ed|s)?\s+(?:the|a|our|their|against|this|that|it)\b|\ban appeal\b|"
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
        # (a load balancer's listeners, not a streaming service's: "many listeners are there")
        r"\bhealth ?checks?\b|\bsecurity groups?\b|"
        r"\blisteners?\s+(?:on|of|for|to)\s+(?:the\s+|my\s+|our\s+|an?\s+)?(?:slb|clb|alb|"
        r"load balancer)\b|\b(?:add|configure|set up|create)\w*\s+(?:an?\s+|the\s+)?listeners?\b|"
        r"\b(?:slb|clb|alb|https?|tcp|udp|port|balancer)\s+"
        r"listeners?\b|\blisteners?\s+(?:ports?|rules?|config\w*|settings?)\b|\bbackend ports?\b|"
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
        r"(?:filing|icp|beian)\b|"
        # ("If I add a second SLB in another region later, do I have to file again?")
        r"\b(?:file|apply|register)\s+(?:for\s+(?:it|one|an?\s+(?:new\s+)?filing)\s+)?(?:again|anew|"
        r"a second time|once more)\b)|"
        r"\b(?:chang\w*|modif\w*|transfer\w*|cancel\w*|revok\w*|lost|lose|"
        r"regain\w*|restor\w*|reuse|migrat\w*|mov(?:e|es|ed|ing))\s+(?:(?:an?|the|our|my|its|their|"
        # (not a DNS record: "when do I change the DNS record?")
        r"this|that)\s+)?(?:\w+\s+)?(?:filings?|icp|beian|(?<!dns )(?<!a )record|province|"
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
        # the company renamed, asked of ("do we have to do anything when our company changes its
        # name?"; not told as background: "Our company changed its name last month ... do we need
        # an ICP filing?")
        r"\b(?:when|if|after|once|since)\s+(?:our|the|my)\s+(?:company|business|entity)\s+"
        r"(?:changes|changed|is changing|will change)\s+(?:its|their)\s+(?:legal\s+)?name\b|"
        r"\b(?:company|business)\s+name\s+change\b|"
        # ... or beside a filing held: "our site is filed already. our business changed its name"
        r"\b(?:already\s+filed|filed\s+already|(?:have|hold)\s+(?:an?\s+|our\s+)?(?:icp|filing|beian))\b"
        r"[^?]{0,80}\b(?:company|business|entity)\s+(?:changes|changed|is changing|will change)\s+"
        r"(?:its|their)\s+(?:legal\s+)?name\b|"
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
        # more sites added to a filing ("Add new websites for ICP Filing (Alibaba Cloud ICP Filing
        # user)")
        r"\badd(?:s|ed|ing)?\s+(?:(?:a|new|more|another|other|further|additional)\s+)+"
        r"(?:web)?sites?\s+(?:to|for|under|in)\s+(?:(?:an?|the|our|my|its|existing)\s+)*"
        r"(?:icp\s+)?(?:filings?|beian|records?)\b(?![^.?!]{0,20}\bapplication\b)"
        r"(?=[^.?!]*\b(?:existing|filing users?|already|approved)\b)|"
        # a filing more than the one had, said to be needed not: "No additional filing is required
        # if ..." (not asked: "is a separate filing needed for the cdn?", the CDN answer's)
        r"\bno\s+(?:additional|further|extra|separate|second|new)\s+(?:icp\s+)?(?:filings?|beian|"
        r"records?)\s+(?:is\s+|are\s+)?(?:required|needed|necessary)\b|"
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
        # (not a site's WeChat sign-in or payment: "adding WeChat login to our web shop"; nor ads
        # placed there: "we advertise on WeChat")
        r"(?<!advertise on )(?<!advertising on )(?<!ads on )(?<!promote on )(?<!marketing on )"
        r"\bwechat\b(?!\s+(?:login|log-?in|sign[- ]?in|sign[- ]?on|pay|payments?|share|sharing|"
        r"qr|scan|ads?|advertising|marketing)\b)|\b(?:app|apple|play) store\b|\bgoogle play\b|"
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
        # a suffix used, or allowed, named as a domain's (not a file's: ".env file", ".NET 8"):
        # "can we use a .io domain for a site hosted in Beijing?", "we use a .de domain with ECS
        # Beijing, is that allowed?"
        r"\b(?:can|could|may)\s+(?:we|i|you|one)\s+(?:\w+\s+){0,2}?(?:use|have|keep|get|buy|"
        r"register)\s+(?:an?\s+|the\s+|our\s+|my\s+|their\s+)?\.[a-z]{2,12}(?:\.[a-z]{2,3})?\s+"
        r"(?:domains?|domain names?|tlds?|extensions?|addresses|urls?)\b|"
        r"(?<![\w.])\.[a-z]{2,12}(?:\.[a-z]{2,3})?\s+(?:domains?|domain names?|tlds?|extensions?)\b"
        r"[^.?!]{0,40}\b(?:is|are)\s+(?:that|this|it|they)\s+(?:allowed|ok|okay|fine|supported|"
        r"accepted|possible|a problem)\b|"
        r"\b(?:is|are)\s+(?:an?\s+|the\s+|our\s+|my\s+)?\.[a-z]{2,12}(?:\.[a-z]{2,3})?\s+"
        r"(?:domains?|domain names?|tlds?|extensions?)\s+(?:\w+\s+){0,2}?(?:allowed|ok|okay|fine|"
        r"supported|accepted|possible|a problem)\b|"
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
        # how many domains one filing takes in: "file the accelerated domain AND the origin
        # domain, or is one filing enough?", "5 domains, one filing or five?"
        r"\bone\s+(?:filing|icp|beian|record|application)\s+or\s+(?:two|three|four|five|ten|"
        r"several|more|many|each|\d+)\b|"
        r"\bdomains?\b[^.?!]{0,80}\bone\s+(?:filing|icp|beian|record|application)\b[^.?!]{0,15}"
        r"\b(?:enough|sufficient|cover\w*)\b|"
        r"\bone\s+(?:filing|icp|beian|record|application)\b[^.?!]{0,15}\b(?:enough|sufficient|"
        r"cover\w*)\b[^.?!]{0,40}\bdomains\b|"
        r"\b(?:file|register)\s+(?:the\s+|our\s+|both\s+)?(?:[\w-]+\s+)?domains?\s+"
        r"(?:and|&|as well as)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?domains?\b|"
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
        r"(?:sites?|websites?|platforms?|portals?)\b|\bonline games?\b|"
        # selling online, asked of ("can it sell products through that website?", "does online
        # selling need more than a filing?")
        # (not "sells online", which a site taking payments is written as before this is read)
        r"\bonline selling\b|\bsell(?:s|ing)?\s+(?:\w+\s+){0,2}?through (?:the|that|this|our) "
        r"(?:web)?site\b",
        # the size of an instance (the FAQ gives only the temporary ECS's three-month term)
        # (not Resource Access Management: "2FA for their RAM users")
        "instance_specs": r"\bv?cpus?\b|\bcores?\b|"
        r"\bram\b(?!\s+(?:users?|roles?|polic\w*|accounts?|permissions?|console)\b)|"
        r"\bmemory\b|\b\d+ ?gb\b|"
        # where a server must be, beside where the filing goes: "and must the ecs also be in a
        # tianjin region or can it be any region?" (the FAQ says only where to file)
        r"\b(?:must|should|does|do|has|have|need|needs)\s+(?:the|our|that|this)\s+(?:ecs|servers?|"
        r"instances?)\s+(?:also\s+)?(?:(?:have|has|need|needs)\s+to\s+)?be\s+(?:in|located in)\s+"
        r"(?:the\s+|a\s+)?(?:same|(?!mainland\b|china\b|chinese\b|prc\b)[\w-]+)\s+"
        r"(?:province|region|city)\b|"
        r"\b(?:can|could)\s+(?:it|they|the\s+(?:ecs|servers?|instances?))\s+be\s+(?:in\s+)?any\s+"
        r"(?:mainland\s+)?region\b|"
        # where the temporary instance must be: the FAQ says only "in mainland China"
        + TEMPORARY_SERVER.pattern
        + r"[^.?!]{0,100}\b(?:same (?:province|region|city)|"
        r"which (?:(?:mainland|china|chinese)\s+)?(?:province|region|city)|"
        r"any (?:mainland )?region)\b|"
        # ... asked first: "which region should the temporary instance be in?"
        r"\b(?:which|what|same)\s+(?:(?:mainland|china|chinese)\s+)?(?:province|region|city)\s+"
        r"(?:should|must|does|do|can|will|would|has to|needs to)\s+(?:the|that|this|our|a|an)\s+"
        + TEMPORARY_SERVER.pattern
        + r"|"
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
        # whether Taiwan or Macau counts as mainland China, which the FAQ never says (it names
        # Hong Kong only): "Our servers are in Taiwan - is that 'outside mainland' for your ICP
        # rules or not?"
        # (asked: not "Hong Kong & Macau are not yet considered mainland China, so ...")
        "other_countries": r"\b(?:taiwan|macau|macao)\b[^.?!]{0,50}\b(?:count|counts|counted|"
        r"considered|treated|regarded|classed|classified|part of|same as)\b[^.?!]{0,40}"
        r"\b(?:mainland|china|prc|outside)\b(?=[^.!]*\?)|"
        r"\b(?:taiwan|macau|macao)\b[^.?!]{0,30}\b(?:is|isn't|are)\s+(?:that|it|this|they)\s+"
        r"['\"‘“]?(?:outside|inside|in|part of)\s+(?:the\s+)?mainland\b(?=[^.!]*\?)|"
        r"\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:taiwan|macau|macao)\s+(?:\w+\s+){0,2}?(?:in\s+|inside\s+|"
        r"outside\s+|part of\s+)?(?:the\s+)?mainland\b(?=[^.!]*\?)|"
        r"\b(?:taiwan|macau|macao)\b[^.?!]{0,30}\b(?:treated|considered|regarded|counted)\s+"
        r"(?:the\s+same\s+)?as\s+(?:hong kong|hk)\b(?=[^.!]*\?)|"
        r"\b(?:licen[cs]es?|registrations?|permits?|approvals?)\s+"
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
        # a store on a marketplace's own platform ("a store on Tmall/JD/Taobao")
        r"\btmall\b|\btaobao\b|\bpinduoduo\b|\bjd\.com\b|(?<=/)jd\b|\bjd(?=/)|"
        r"\b(?:douyin|wechat|xiaohongshu|red)\s+(?:shops?|stores?)\b|"
        # the filing through someone other than Alibaba Cloud: "does the filing have to go through
        # that vendor rather than Alibaba Cloud?", "can our CDN vendor file it instead of you?"
        r"\b(?:vendor|provider|host|reseller|partner|registrar)s?\b[^.?!]{0,40}"
        r"\b(?:rather than|instead of)\s+(?:through\s+|via\s+|with\s+)?(?:alibaba|aliyun|you)\b",
        # (not between places or CDNs "as far as ICP is concerned": the FAQ's own comparison)
        # (and a licence beside the filing: "besides the ICP Filing, do we need another license?")
        "licence_types": r"\bedi\b|\bicp/edi\b|"
        # which of the filing and the licence a kind of site needs ("if you wish to host a
        # marketing-related website, you only need an ICP filing")
        r"\b(?:marketing|informational|information|non-?commercial|corporate|brochure|showcase)"
        r"[\w-]*\s+(?:web)?sites?\b[^.?!]{0,40}\b(?:only|just)\s+(?:need|require)s?\s+(?:an?\s+)?"
        r"(?:icp\s+)?(?:filing|beian|record)\b|"
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
        # (not a holder asking the filing's steps: "we're an ICP Commercial License holder.
        # What's the filing procedure?")
        # (nor one who needs only the filing: "... we only need the normal filing. What are the
        # steps?")
        r"\bcommercial (?:icp )?licen[cs]e\b(?!\s+holders?\b)"
        r"(?![^?]{0,80}\b(?:only|just)\s+need\s+(?:the\s+|a\s+)?(?:normal\s+|plain\s+|regular\s+|"
        r"basic\s+)?(?:icp\s+)?filing\b)[^?]{0,80}\b(?:what|which)\b"
        r"(?![^.?!]{0,20}\b(?:filing|beian)\b)[^.?!]{0,20}"
        r"\b(?:application\s+)?(?:steps|process|procedures?)\b|\bregistered capital\b|"
        # who needs a Commercial License, or what it is: the FAQ only says who cannot get one
        # (not "who" of a relative clause: "for a client, who has no commercial license")
        # (not a holder's condition: "when you hold an ICP Commercial License and ...")
        r"\b(?:who(?!\s+(?:has|have|had|holds?|owns?)\b)|what(?! about)|"
        r"when(?!\s+(?:you|we|i|they)\s+(?:already\s+)?(?:hold|own|have)\s+(?:an?\s+|the\s+)?"
        r"(?:icp\s+)?commercial)|why|which)\b"
        r"[^.?!]{0,25}\bcommercial (?:icp )?licen[cs]e|"
        r"\bwhich (?:kind of |type of |sort of )?icp\b|"
        # ... or named bare after it: "... but not the commercial license. ... do we even need the
        # licence then?"
        r"\bcommercial (?:icp )?licen[cs]e\b[^?]{0,160}\b(?:we|i|they)\s+(?:\w+\s+)?"
        r"(?:need|require)\s+"
        r"(?:the|that|this|a|an)\s+licen[cs]e\b(?=[^.!]*\?)|"
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
        r"\b(?:partners?|agents?|third[- ]part(?:y|ies))\s+(?:(?:in|from)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){1,2}?)?to\s+(?:submit|file|apply|register|do|handle|sponsor)\b|"
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
        # (not a sister company's own case put, with its own papers: "same question for our
        # sister company, whose licence is from Sichuan")
        r"\bsister compan(?:y|ies)\b(?!(?:'s|s')?,?\s+(?:whose|which has|that has)\b)|"
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
        # (nor one whose own case is put: "and for our Hong Kong-registered affiliate, whose only
        # licence is from Hong Kong, same site set-up?")
        r"(?!,?\s+(?:whose|which has|that has)\b)"
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
        # (nor the licence's issuer: "apply for an ICP license from MIIT")
        r"(?<!licen[cs]e from )(?<!licen[cs]e from the )"
        # (nor its seat: "because that's where the MIIT sits")
        r"(?<!where )(?<!where the )"
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
    r"\b(?:not|n't|never)\s+(?:yet\s+)?(?:completed?|finished|done|did|made|passed|got|gotten|"
    r"obtained|applied for)\s+(?:the\s+|its\s+|an?\s+|any\s+)?(?:icp\s+)?(?:filing|beian|icp|"
    r"record)\b|"
    # ... or the page shown in its place: "site shows the 'not filed' page"
    r"\b(?:not|never)[ -]filed\b['\"’”]?\s+(?:page|notice|warning|message|screen|banner)\b|"
    r"\b(?:isn'?t|aren'?t)\s+(?:yet\s+)?filed\b|"
    # ... or before it is done: "must the site stay inaccessible for the duration of the ICP
    # record application?", "is it blocked while the filing is in review?"
    r"\b(?:during|for the duration of|while|until|till)\s+(?:(?:we|they|i) (?:wait|are waiting) "
    r"(?:for|on)\s+)?(?:the\s+|our\s+|its\s+)?"
    r"(?:(?:icp|beian|filing|record)\s+){0,2}(?:application|filing|review|process|approval)\b"
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

_NEEDS_TO_FILE = re.compile(r"\bneeds?\s+to\s+(?:file|apply|register)\b")
# Blocked before, something else now: "(no ICP, site got blocked), now everything is on ..."
_BLOCKED_BEFORE_NOW = re.compile(
    r"\b(?:got|was|were|had been|been)\s+blocked\b[^.?!]{0,80}\bnow\b|"
    r"\b(?:used to|previously|formerly)\b[^.?!]{0,80}\bblocked\b[^.?!]{0,80}\bnow\b"
)
_PROTOCOLS = re.compile(r"\bhttps?\b|\bssl\b(?!\s+cert)|\btls\b(?!\s+cert)")


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
# The site's own server, named as its: "their site ecs", "our web server", "the shop's instance"
_A_SITES_OWN_SERVER = re.compile(
    r"\b(?:our|their|my|his|her|the)\s+(?:(?:web)?site'?s?|shop'?s?|store'?s?|web|main|production|"
    r"prod)\s+(?:ecs|servers?|instances?|vps|box)\b"
)


_ALSO_ASKS_WHY_NEEDED = re.compile(
    r"\b(?:why|when|whether|do|does|is|if)\b[^.?!]{0,40}"
    r"\b(?:need|needs|needed|necessary|required|requires|must)\b"
)
# The filing number as the thing applied for is the filing itself ("how to apply for an ICP
# filing number?"), not where the number is shown.
_GETS_THE_NUMBER = re.compile(
    # (a word of its own before it: "apply for a state-issued registration number")
    rf"\b{GET_WORDS}\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?(?:[\w]+-[\w]+\s+)?(?:icp\s+)?"
    r"(?:filing|registration|record|beian)\s+number\b|"
    # ("who has to get an ICP number?": the filing's own name for it)
    rf"\b{GET_WORDS}\s+(?:for\s+)?(?:an?\s+|the\s+|my\s+|our\s+)?icp\s+number\b(?![^.?!]{{0,40}}"
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
# Documents issued outside mainland China used to file: the FAQ says they are not accepted.
_DOCUMENTS = r"(?:documents?|docs|papers|paperwork|certificates?|originals?|extracts?)"
FOREIGN_DOCUMENTS = re.compile(
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


def foreign_documents(text: str) -> bool:
    """Documents issued outside mainland China, named as such or as a foreign company's own."""
    return bool(
        FOREIGN_DOCUMENTS.search(text)
        or _PAPERS_OF_A_COUNTRY.search(text)
        or (_COMPANY_PAPERS.search(text) and COMPANY_ABROAD.search(text))
    )


# Whether a filing is needed, or something allowed without one: the FAQ's own point.
_ASKS_IF_ALLOWED = re.compile(
    rf"\b{NEED_WORDS}\b|\bcan (?:i|we) use\b|" + _NO_FILING_QUESTION.pattern
)


_ASKS_IF_NEEDED = near_the_filing(NEED_WORDS)


# How fast a site or CDN is, when the question asks it ("can a CDN without ICP be fast?"); not a
# wish stated beside the FAQ's question ("we want faster loading in China, do we need ICP?").
_PERFORMANCE = re.compile(
    r"\b(?:fast|faster|fastest|slow|slower|slowly|quickly|speed|speeds|latency|"
    r"performance|perform|lag|laggy|packet loss|package loss|ping times?|load(?:ing)? times?)\b"
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
        _A_PURPOSE.sub(" ", q) if A_CASE_PUT.search(q) else q
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
    ) and bool(ICP_WORDS.search(text) or HOSTING_WORDS.search(text))


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
    r"\bunder\s+their\s+(?!own\b)(?:icp\s+)?(?:number|filing|beian|licen[cs]e|account|entity)\b|"
    # (or "theirs", their filing named before: "can we just put our domain under theirs")
    r"\b(?:under|on|onto|into|to)\s+theirs\b"
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
# ... the website asked about by name, its own place told (hosting_facts.THE_WEBSITES_PLACE: "the
# marketing website is on Alibaba Cloud Singapore"; not "our mail server is on ECS Beijing. Does
# our website need ICP?", whose only place is the other's)
_THE_WEBSITE_ITSELF = re.compile(
    r"\b(?:the|our|my|this)\s+(?:(?:public|main|marketing|corporate|company|customer-facing|"
    r"actual|real)\s+)?(?:website|web ?site|homepage|web ?shop|online shop|e-?shop|web portal|"
    r"portal|landing page)\b"
)


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
        for sentence in SENTENCE_ENDS.split(text)
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


_AN_SSL_CERTIFICATE = re.compile(r"\b(?:ssl|tls|https)\s+cert(?:ificate)?s?\b")
_THE_CERTIFICATE = re.compile(r"\b(?:the|that|this|a|an|our|their)\s+cert(?:ificate)?s?\b")
# (another certificate named, the one asked of may be it: "... got the permanent office
# registration certificate - can we use the certificate for the ICP filing?")
_ANOTHER_CERTIFICATE = re.compile(
    r"\b(?:office|registration|permanent|business|company|incorporation)\s+(?:registration\s+)?"
    r"cert(?:ificate)?s?\b|\bcertificate of\b"
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
        if ASKS_IF_IT_NEEDS_ONE.search(own) and not _A_BARE_REFERENCE.search(own)
        else asked
    )
    if _AN_SSL_CERTIFICATE.search(text) and not _ANOTHER_CERTIFICATE.search(text):
        # (the certificate asked of is the SSL one named before: "cust wants an SSL cert for their
        # site on ECS cn-shanghai. Does the ICP filing have to be done before we can issue the
        # certificate?")
        context_asked = _THE_CERTIFICATE.sub("the ssl certificate", context_asked)
    site_asked = bool(_THE_WEBSITE_ITSELF.search(asked) and THE_WEBSITES_PLACE.search(text))
    # (the whole text searched again only where it holds more than what is asked: a one-question
    # message would be searched twice, and this is the scope decision's costliest step)
    more_than_asked = text != asked
    # (the site asked about by name, the other things than a site are searched in the question's
    # own words, not in the sentence a short question takes in: "we also have an ecs in beijing
    # but it only runs our data pipeline. does the website need icp?")
    other_than_the_site_asked = own if site_asked else asked
    found = [
        name
        for name, pattern in UNCOVERED.items()
        if (
            pattern.search(context_asked)
            if name in _CONTEXT_SUBJECTS
            else pattern.search(
                other_than_the_site_asked if name in _OTHER_THAN_THE_SITE else asked
            )
        )
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
    if "companies" not in found and (
        (_A_PARTY_HOSTS_OUR_SITE.search(text) and not _IN_THE_PAST.search(text))
        or _WE_ARE_DOMESTIC.search(text)
    ):
        # another company's server with a copy of the site ("our chinese partner hosts a mirror
        # of our site on their own server in guangzhou"), or a company registered in mainland
        # China ("we're a domestic company registered in hangzhou"): the FAQ is for enterprises
        # registered outside mainland China, on their own servers
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
                (BLAMES_THE_FILING.search(text) or _THE_FILING_AS_CAUSE.search(text))
                and to_existing_filing(text) != HAS_A_FILING
            )
        )
        # (censorship is not the filing's: "hosted in Hong Kong without any ICP, will the Great
        # Firewall block us?"; nor is blocking a site the FAQ says needs no filing)
        and not CENSORSHIP.search(text)
        and not _hosted_outside(text)
    ):
        found.remove("blocking")
    if (
        "blocking" in found
        and (ASKS_IF_IT_NEEDS_ONE.search(own) or _NEEDS_TO_FILE.search(own))
        and _BLOCKED_BEFORE_NOW.search(text)
        and not CENSORSHIP.search(text)
    ):
        # a block in the set-up left behind, whether a filing is needed now asked ("they USED to
        # run on ECS cn-hangzhou (no ICP, site got blocked), now everything is on ECS Tokyo")
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
        and ASKS_IF_IT_NEEDS_ONE.search(_question_clause(text))
        and not _WHERE_SHOWN.search(text)
        and not UNCOVERED["number_and_footer"].search(_question_clause(text))
    ):
        # "A Chinese client asked about an ICP number - do we actually need one?": whether a
        # filing is needed, the number being how the client put it
        found.remove("number_and_footer")
    if "settings" in found and not UNCOVERED["settings"].search(
        _OUR_OWN_API.sub(" ", FILES_THROUGH_THE_CONSOLE.sub(" ", text))
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
    if "time" in found and ECS_TERM.search(text) and not _APPROVAL.search(asked):
        found.remove("time")  # "how long must the temporary ECS be subscribed?" (three months)
    if (
        "cost" in found
        and (ECS_TERM.search(text) or _PAYS_FOR_THE_TERM.search(text))
        # (the temporary instance's, not the site's own server: "their site ecs in shanghai is
        # pay-as-you-go, is that ok for filing or does it need to be subscription")
        and not (_A_SITES_OWN_SERVER.search(asked) and not TEMPORARY_SERVER.search(asked))
        and not UNCOVERED["cost"].search(_PAYS_FOR_THE_TERM.sub(" ", BILLING_METHOD.sub(" ", text)))
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
            and ASKS_IF_IT_NEEDS_ONE.search(question)
            and not REFERS_BACK.search(question)
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
    if (
        "existing_filing" not in found
        and _LEAVES_THE_BALANCER.search(text)
        and (to_existing_filing(text) == HAS_A_FILING or _COMMERCIAL_LICENCE_HELD.search(text))
    ):
        # "we hold an icp commercial license and are dropping the slb, going back to a single
        # ecs": the FAQ's load balancer answer covers changing to one, not away from it
        found.append("existing_filing")
    return tuple(_lifted(found, text))


# A load balancer given up: "dropping the slb", "going back from the SLB to a single ECS"
_LEAVES_THE_BALANCER = re.compile(
    r"\b(?:drop\w*|remov\w*|ditch\w*|retir\w*|decommission\w*|delet\w*|releas\w*|"
    r"stop\w*\s+using|get\w*\s+rid\s+of|got\s+rid\s+of|"
    r"(?:go\w*|went|mov\w*|switch\w*)\s+back\s+from)\s+(?:(?:the|our|an?|that|this)\s+)?"
    r"(?:[\w-]+\s+)?(?:slb|clb|alb|server load balancer|load[- ]?balancers?)\b"
)


_OTHER_PARTY = r"(?:partners?|agents?|resellers?|distributors?|licensees?|franchisees?|importers?)"
# Another party hosting a copy of the user's site on its own server
_A_PARTY_HOSTS_OUR_SITE = re.compile(
    rf"\b{_OTHER_PARTY}(?:'s|s')?\s+(?:(?!(?:said|says|told|tells|thinks?|suggest\w*)\b)\w+\s+)"
    r"{0,2}?(?:host(?:s|ed|ing)?|mirror(?:s|ed|ing)?|runs?|running)\s+(?:an?\s+|the\s+)?"
    r"(?:copy|mirror|clone|version)\s+of\s+(?:our|my)\b|"
    r"\b(?:hosted|mirrored|run)\s+by\s+(?:our|an?|the|their)\s+(?:local\s+|chinese\s+|china\s+)?"
    + _OTHER_PARTY
    + r"\b|"
    rf"\bon\s+(?:our|the|an?)\s+(?:local\s+|chinese\s+|china\s+)?{_OTHER_PARTY}(?:'s|s')\s+"
    r"(?:own\s+)?(?:servers?|ecs|hosting|infrastructure)\b"
)
_IN_THE_PAST = re.compile(r"\bused to\b|\bno longer\b|\bpreviously\b|\bformerly\b|\bbefore\b")
# The writer's company registered in mainland China: "we're a domestic company", "we are a
# Chinese company, not foreign"
_WE_ARE_DOMESTIC = re.compile(
    # (not "chinese" alone: "we are a chinese restaurant business in london")
    r"\b(?:we|i)\s*(?:'re|are|am|'m)\s+(?:an?\s+)?(?:domestic|mainland(?:\s+chinese)?|prc|"
    r"china[- ]registered|locally registered)\s+(?:[\w-]+\s+)?(?:company|business|firm|"
    r"enterprise|entity|startup|corporation)\b"
    r"(?!\s+(?:(?:based|registered)\s+)?(?:in|from)\s+(?:hong kong|hk|taiwan|macau|macao|singapore|"
    r"overseas|abroad)\b)"
)


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
# (an office, of which the FAQ says it cannot get the commercial licence; not a company)
_NAMES_AN_OFFICE = re.compile(
    rf"\b(?:rep(?:resentative)? offices?|{REP_OFFICE_PINYIN})\b|"
    r"(?<!its )(?<!their )(?<!head )(?<!main )(?<!registered )\boffices?\b"
)
# Documents the user cannot provide (filing_facts.lacks_documents) are the FAQ's own case for
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
_THE_CONSOLE_SAYS = re.compile(
    r"\b(?:the\s+|our\s+)?(?:(?:alibaba cloud|aliyun|alicloud|ecs|cdn)\s+)?(?:console|portal)\s+"
    r"(?:says|said|shows?|showed|lists?|listed|labels?|labell?ed|calls? it|called it|displays?|"
    r"reads)\b"
)


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
    r"\b(?:enough|sufficient|suffice|on top|additional|extra|other licen\w*|anything else|"
    r"more than (?:a|the|just a|just the) (?:icp\s+)?(?:filing|beian))\b"
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


# The production site, placed ("production slb and ecs are in cn-shanghai", "prod is in hk")
_PRODUCTION_PLACED = re.compile(
    r"\b(?:production|prod|live (?:site|website|env\w*)|main (?:site|website))\b[^.?!]{0,40}?"
    r"\b(?:is|are|runs?|running|sits?|lives?|hosted|stays?)\b"
)
# A copy for trying things out: a staging, test or development site
_NAMES_A_TRIAL_SITE = re.compile(
    r"\b(?:staging|stage|test|testing|dev|development|qa|uat|sandbox)\b(?:\s+(?:env\w*|box|"
    r"boxes|servers?|sites?|ecs|instances?))?"
)


def _lifted(found: List[str], text: str) -> List[str]:
    """The subjects found that are background here, not what is asked."""
    lifted = set()
    if "marketing" in found and not UNCOVERED["marketing"].search(_SITE_KIND.sub(" ", text)):
        lifted.add("marketing")  # "which region lets our new marketing site skip ICP?"
    if (
        "documents" in found
        and foreign_documents(text)
        and not _ASKS_WHICH_DOCUMENTS.search(text)
        and not PAPERS_MADE_VALID_ASKED.search(text)
    ):
        lifted.add("documents")  # "can overseas-issued documents be used for the icp filing?"
    if "licence_types" in found and _NAMES_AN_OFFICE.search(text) and MAY_GET.search(text):
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
    if (
        "business_types" in found
        and NAMES_A_PRESENCE.search(text)
        and not _MORE_THAN_A_FILING.search(asked_part(text))
    ):
        # "can our rep office get a commercial licence for our shop?" (not "... can it sell
        # products through that website, or does online selling need more than a filing?")
        lifted.add("business_types")
    if (
        "companies" in found
        and not UNCOVERED["companies"].search(_CLAIM_SOURCE.sub(" ", text))
        and not _uses_another_partys_papers(asked_part(text), text)
        and not _A_PARTY_HOSTS_OUR_SITE.search(text)
        and not _WE_ARE_DOMESTIC.search(text)
    ):
        lifted.add("companies")  # "our China partner wrote: 'registered in Liaoning, so ...'"
    if "documents" in found and not UNCOVERED["documents"].search(
        _THE_FILING_AS_A_DOCUMENT.sub(" ", text)
    ):
        lifted.add("documents")  # "an ICP license is a document required by any business ..."
    if "documents" in found and lacks_documents(text) and not (_ASKS_WHICH_DOCUMENTS.search(text)):
        lifted.add("documents")  # "we can't provide the documents required, what now?"
    if "documents" in found and not UNCOVERED["documents"].search(
        TOO_MUCH_TO_TAKE_ON.sub(" ", text)
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
        and (NAMES_A_PRESENCE.search(text) or _NO_ENTITY.search(text))
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
        and asks_if_it_needs_a_filing(text)
        and len(asking_parts(text)) <= 1
        and (
            # The console as where the CDN's coverage is set: "'Mainland China Only' as the
            # region in the CDN console: filing needed?"
            (
                to_cdn_coverage(text) is not None
                and not UNCOVERED["settings"].search(_THE_CONSOLE.sub(" ", text))
            )
            # ... or what it shows, told beside where the site is: "we're on the 'China (Hong
            # Kong)' region, the console says China so do we need ICP?"
            or (
                to_hosting_location(text) is not None
                and not UNCOVERED["settings"].search(_THE_CONSOLE_SAYS.sub(" ", text))
            )
        )
    ):
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
        # (an unnamed provider's CDN for the mainland stays: "another provider's cdn that has
        # china nodes (not alibaba)")
        and not _another_providers_cdn_in_mainland(text)
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
        "not_websites" in found
        and _PRODUCTION_PLACED.search(text)
        and not _NAMES_A_TRIAL_SITE.search(" ".join(asking_parts(text)))
        and not UNCOVERED["not_websites"].search(_NAMES_A_TRIAL_SITE.sub(" ", text))
    ):
        # "singapore is only the test environment. production slb and ecs are in cn-shanghai":
        # the test copy set aside, the production site's place told (not "does the test
        # environment need a filing?", asked of the copy that is not open to the public)
        lifted.add("not_websites")
    if (
        "licence_types" in found
        and _COMMERCIAL_LICENCE_HELD.search(text)
        and _ADDS_A_LOAD_BALANCER.search(text)
        and not UNCOVERED["licence_types"].search(_question_clause(text))
    ):
        # "We hold an ICP Commercial Licence (and an EDI one). Next week the site's IP moves from
        # the single ECS to the SLB's address - anything ICP-wise we must do?": the licences held
        # are the load balancer answer's facts, not what is asked
        lifted.add("licence_types")
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
    rf"point\w*)\b[^.?!]{{0,30}}\b{_LOAD_BALANCER}\b|"
    # (or had in front: "with an SLB in front of my mainland ECS")
    rf"\b(?:with|behind)\s+(?:an?\s+|the\s+|our\s+)?{_LOAD_BALANCER}\b"
)
# Where the DNS points, asked beside a load balancer
_DNS_TO_THE_BALANCER = re.compile(
    r"\b(?:dns|domain)(?:\s+(?:record|resolution|settings?|entry))?\b(?=[^.?!]{0,30}\bpoint)|"
    # (or when it changes: "when do I change the DNS record?", the answer's second step)
    r"\bwhen\b[^.?!]{0,30}\b(?:change|switch|update|point)\w*\s+(?:the\s+|our\s+|my\s+)?dns"
    r"(?:\s+(?:record|entry|settings?))?\b"
)
# A change beside the load balancer: a domain, a region, the site moved
_ANOTHER_CHANGE = re.compile(
    r"\bnew domain\b|\b(?:chang\w*|switch\w*|mov\w*)\b[^.?!]{0,20}\bdomain\b|"
    # (a load balancer in another region: "a second SLB in another region later")
    r"\b(?:in|into|to)\s+(?:another|a different|a second|an other|other)\s+regions?\b|"
    # (a name, an owner or a site added: "now that we changed our company name", "when we add a
    # second domain")
    r"\b(?:company|business|entity|legal)\s+name\b|\b(?:second|another|new|additional|extra)\s+"
    r"(?:domain|site|website|brand)s?\b|\bchang\w*\s+(?:our|the)\s+(?:owner|address|name)\b|"
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
    r"\bcloudfront\b|"
    # ... unnamed: "another provider's cdn that has china nodes (not alibaba)"
    r"\b(?:another|other|a different|an?\s+(?:third[- ]party|local|chinese)|third[- ]party|"
    r"non-alibaba)\s+(?:cdn\s+)?(?:providers?|vendors?|compan(?:y|ies))(?:'s|s')?\s+cdns?\b|"
    r"\bcdns?\b[^.?!]{0,40}\(\s*not (?:alibaba|aliyun)\b|\bnon-alibaba cdns?\b"
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
    """Another provider is what is asked about: what it does, named in the last question, or which
    of the providers named ("Tencent CLB in front, Alibaba ECS behind. Which provider do we file
    through?")."""
    return (
        _asks_of_a_provider(asked_part(text))
        or bool(UNCOVERED["other_providers"].search(_question_clause(text)))
        or bool(_WHICH_PROVIDER.search(_question_clause(text)))
    )


_WHICH_PROVIDER = re.compile(
    r"\b(?:which|what|whose)\s+(?:cloud\s+)?(?:providers?|vendors?|clouds?|platforms?|hosts?)\b"
)


def _hosted_outside(text: str) -> bool:
    return to_hosting_location(text) in (HONG_KONG_HOSTING, OUTSIDE_MAINLAND_HOSTING)
