"""What the FAQ does not say about the filing as a procedure: fees, timing, documents, the
filing number and footer, limits, other registrations (PSB), the application's entries, the
review, changing or ending a filing held, penalties, what it takes to buy resources, what a filing
is, exemptions and the MIIT's contacts. `PATTERNS`: a pattern (lower-case text) per subject,
compiled with the others in actions/uncovered_subjects.py."""

import re
from typing import Dict

# What became of a filing: "the filing gets cancelled", "our ICP lapsed"
A_FILINGS_END = (
    r"\b(?:filings?|icp|beian|record)\b[^.?!]{0,20}\b(?:revoked|cancell?ed|lost|"
    r"expired|transferred|lapses?|lapsed|de-?registered|withdrawn|removed|void(?:ed)?)\b"
)


# After a step is through, when a server filed with is let go or kept ("release the temp ECS as
# soon as the filing is approved")
_ONCE = r"\b(?:after(?!\s+all\b)|once|as soon as)\b"
_ONCE_OR_WHEN = r"\b(?:after|once|when|as soon as)\b"
# A server kept running, or paid for: "keep that one ECS we filed with running", "keep paying for
# the temporary instance"
SERVER_KEPT_RUNNING = (
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
SERVER_ENDED = (
    r"(?:releas|delet|cancel|terminat|shut|drop|dump|kill|decommission|unsubscrib)\w*|"
    r"stop\s+paying\s+for|get\s+rid\s+of"
)


def already_had(things: str) -> str:
    """A pattern for one of `things` said to be had already ("we already have an ICP filing")."""
    return (
        r"\balready (?:have|got|hold|own)\s+(?:one|it|(?:(?:an?|the|our|my|its|their)\s+)?"
        rf"(?:[\w-]+\s+)?(?:{things}))\b"
    )


# What one needs before doing something ("what do we need in order to apply?", "what do i need to
# have to file?"): the documents subject's words, and, for a company whose presence is told, what
# the physical office answer says (_lifted)
WHAT_WE_NEED_TO = (
    r"\bwhat (?:do|would|will|should) (?:i|we|you) need (?:to (?:have|get|prepare|bring) )?"
    r"(?:in order )?to "
)


# Why a filing is needed at all, asked of no case ("Why is ICP Filing Necessary"): what it is
# for, which the FAQ does not say
WHY_NEEDED_AT_ALL = re.compile(
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


# Papers made valid or translated, asked as a requirement ("do we need a notarized translation of
# our certificate?", "must the licence be apostilled?"): what to hand in, even of papers from abroad
# (which ones may be used is the physical office answer's).
PAPERS_MADE_VALID_ASKED = re.compile(
    r"\b(?:need|needs|needed|require[sd]?|requirements?|must|have to|has to)\b[^.?!]{0,30}"
    r"\b(?:notari[sz]\w*|apostill\w*|legali[sz]\w*|"
    r"translat\w*\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:documents?|papers|certificates?|licen[cs]es?|"
    r"passports?|registration))"
)


PATTERNS: Dict[str, str] = {
    "cost": r"\b(?:(?:cheap|cheaper|cheapest|affordable|inexpensive)\s*\?|"
    # "which is cheaper then, buying a domain or ...?", "which setup ends up cheaper?"
    r"(?:which|what)\b[^.?!]{0,40}\b(?:cheaper|cheapest|less expensive|more affordable|"
    r"costs? less)\b|"
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
    # (nor a server's term paid, told as background: "the ECS is already paid for a year")
    r"(?<!already )paid(?!\s+(?:content|subscriptions?|users|members|memberships?|plans?|"
    r"courses?|tiers?|apps?|downloads?|platforms?|sites?|websites?|saas|communit(?:y|ies)|"
    r"job boards?|portals?|"
    r"marketplaces?|listings?|forums?|"
    r"newsletters?)\b)|"
    r"refund\w*|billing|billed|invoices?|rmb|yuan|credit card|free of charge|for free|"
    r"discounts?|coupons?|vouchers?|"
    # "is the filing free if we do it ourselves?" (not "free from", "free trade")
    r"(?:is|are|be)\s+(?:it|this|that|(?:the\s+|an?\s+)?(?:icp|beian|filing)(?:\s+\w+){0,2}?)"
    r"\s+free\b(?!\s+(?:from|of|trade|to|for)\b)|"
    # (not a site that takes payments: "our payment page is hosted in Beijing")
    # (nor a part of it: "a payment service on ECS")
    # (nor payments taken on the site: "an ICP commercial license for online payments on the
    # shop", nor what such a license is got for: "we'd get the ICP commercial license for
    # payments")
    r"(?<!license for )(?<!licence for )(?<!license for online )(?<!licence for online )"
    r"payments?(?!\s+(?:on|in|through|via)\s+(?:the|our|my|their)\s+(?:web\s*)?(?:shop|site|store|"
    r"website|platform|app)\b)"
    r"(?!\s+(?:pages?|sites?|forms?|portals?|gateways?|services?|apps?|systems?|"
    r"modules?|backends?|servers?)\b)|"
    # (nor a way to pay by its brand: "our storefront accepts Apple Pay")
    r"(?<!wechat )(?<!apple )(?<!google )(?<!amazon )(?<!samsung )(?<!union )(?<!we chat )"
    # (nor a host name's label: "pay.ourshop.com")
    r"(?<!\.)pay(?!\s+attention)(?!\.\w)"
    r"(?!\s+for\s+(?:our|the|an?|my)\s+(?:[\w-]+\s+)?(?:ecs|servers?|instances?|hosting)))\b",
    "time": r"\bhow long\b|\bhow many (?:\w+ )?(?:days|weeks|months|hours)\b|"
    # a duration named for the processing ("the 2 weeks processing people mention", "approval
    # takes about 20 days", "takes months to get"), or approval sooner ("would a branch get the
    # filing approved quicker?")
    r"\b(?:\d+|a|one|two|three|four|five|six|a few|several|couple of)\s*-?\s*(?:working\s+|"
    r"business\s+)?(?:days?|weeks?|months?)(?:'s?)?\s+(?:of\s+)?(?:processing|approval|review)\b|"
    r"\b(?:processing|approval|review)\s+(?:takes?|took|of|is|was)\s+(?:about\s+|around\s+|only\s+|"
    r"roughly\s+)?(?:\d+|a|one|two|three|a few|several)\s*(?:working\s+|business\s+)?"
    r"(?:days?|weeks?|months?)\b|"
    r"\btakes?\s+(?:about\s+|around\s+|several\s+|many\s+)?(?:months|weeks|\d+\s*(?:days?|weeks?|"
    r"months?))\s+to\s+(?:get|obtain|approve|process|finish|complete)\b|"
    r"\b(?:approv\w*|processed)\s+(?:any\s+)?(?:quicker|faster|sooner|more quickly)\b|"
    # one way taking longer than another: "does that provincial route take longer than going
    # through Alibaba's system?"
    r"\b(?:take|takes|taking|took)\s+(?:any\s+|much\s+|a lot\s+|a bit\s+)?longer\b"
    # (not a page's speed: "the page takes longer to load from china")
    r"(?!\s+to\s+(?:load|open|respond|render|download|reach|access|show|display))|"
    r"\bquicker\s+(?:approval|processing|review)\b|"
    # which way is done or live sooner: "which one is quicker to set up?", "which way gets us live
    # in china quicker?"
    r"\b(?:quicker|faster|sooner|more quickly)\s+to\s+(?:set up|setup|get|go live|launch|file|"
    r"complete|finish|obtain|approve)\b|"
    r"\b(?:go|goes|going|get|gets|getting)\s+(?:[\w']+\s+){0,2}?live\b[^.?!]{0,20}"
    r"\b(?:quicker|faster|sooner|more quickly|quickest|fastest|soonest)\b(?=[^.!?]*\?)|"
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
    # which ones someone wants ("what docs do they want?")
    # (an adverb between: "what documents exactly would the authority want?")
    r"\b(?:what|which)\s+(?:exact\s+)?(?:docs|documents|papers|paperwork|materials)\s+"
    r"(?:exactly\s+|precisely\s+)?"
    r"(?:do|does|would|will|did)\s+"
    r"(?:they|you|it|the\s+[\w-]+)\s+(?:want|need|require|ask for|expect)\b|"
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
    # (not "too much paperwork" as a reason given: "don't plan to get one, too much paperwork")
    r"\b(?:a lot of|lots of|(?:so |how )?(?<!too )much|loads of|tons of|amount of|what|which)\s+"
    r"(?:\w+\s+)?paperwork\b|\btoo much\s+(?:\w+\s+)?paperwork\b(?=[^.!?]*\?)|"
    r"\b(?:fill\w*|submit\w*|download\w*)\b[^.?!]{0,20}\bforms?\b|\bapplication forms?\b|"
    r"\b(?:what|which) forms?(?: (?:do|does|should|must|to|is|are|and)\b|\s*[?,])|"
    r"\b(?:id cards?|passports?|upload)\b|"
    r"\b(?:verification|face|backdrop|curtain|id|portrait)\s+photos?\b|"
    r"\bphotos?\s+(?:verification|for (?:the )?(?:filing|beian|icp|application))\b|"
    r"\b(?:take|taking|took)\s+(?:a\s+|the\s+)?photos?\b|"
    # (also with what is to be had first: "what do i need to have to apply for my icp?")
     + WHAT_WE_NEED_TO + r"(?:(?:apply|file|submit|provide|prepare|request|register)\b|"
    # (not what to come by to be able to file: "what would we need to get to be able to file?",
    # who may file)
    r"(?:get|obtain|acquire)\b(?!\s+to\s+be\s+(?:able|allowed|eligible)\b))|"
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
    # one filing for two things: "is one filing enough for both the CDN domain and the origin?"
    r"\b(?:is|does|can|could|would|will)\s+(?:just\s+|only\s+)?one\s+(?:icp\s+)?(?:filing|icp|"
    r"beian|record)\s+(?:(?:be\s+)?enough|(?:be\s+)?sufficient|cover|do)\b[^.?!]{0,20}"
    r"\b(?:both|all|two|several|multiple|each)\b|"
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
    # ... nor one the rule picks out by its readers: "every website chinese people can open",
    # "every site chinese people visit"
    r"\s+(?:[\w'-]+\s+){0,2}?(?:people|users|visitors|readers|anyone|everyone|chinese|customers|"
    r"clients|buyers|shoppers|players)\s+"
    r"(?:in\s+china\s+)?(?:(?:can|could|may|will)\s+)?"
    r"(?:open|see|access|visit|view|reach|load|use)s?\b|"
    # ("every website visited by chinese users")
    r"\s+(?:visited|viewed|accessed|opened|used|seen)\s+(?:by|from)\b)",
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
    # a rejection's stated reason, what to do about it ("our icp application got rejected, reason
    # says name inconsistent with the certificate. what should we do now?"); not a reason that
    # is something lacking, the FAQ's own case ("rejected because we have no chinese licence")
    r"\b(?:icp|beian|filing|application|record|submission)\b[^.?!]{0,30}"
    # (nor one turned down again and again, or that may not be sorted out: "rejected twice
    # because the domain owner doesnt match. if we cant sort it out what are our options")
    r"\b(?:rejected|refused|denied|turned down|bounced|returned)\b"
    r"(?!\s+(?:twice|again|repeatedly|(?:two|three|several|multiple|many) times)\b)"
    r"[^.?!]{0,20}?(?:,\s*|\s+)"
    r"(?:(?:the\s+|with\s+(?:the\s+)?)?reasons?\s*(?:says?|said|is|was|given|being|:)|because|"
    r"due to|citing|on the grounds)"
    # (nor a reason that is the FAQ's own: "because we only have a rep office", "due to the site
    # being hosted in Singapore")
    r"(?![^.?!]{0,60}\b(?:no|not|n't|missing|lack\w*|without|cannot|can't|cant|unable|only|"
    r"rep(?:resentative)? office|ban ?shi ?chu|branch|hosted|hosting|servers?|ecs|domains?|"
    r"documents?|papers|licen[cs]e)\b)"
    r"(?![^?]*\b(?:cannot|can't|cant|unable to|not able to|never)\b)|"
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
    r"a second time|once more)\b|"
    # ... said the other way round: "does the ICP filing have to be updated?" (not for a load
    # balancer put in front, above)
    r"\b(?:filings?|icp|beian)(?:\s+(?:filing|record|number))?\s+(?:(?:have|has|need|needs)\s+to\s+|"
    r"must\s+|should\s+|will\s+|would\s+|can\s+|could\s+)?(?:also\s+)?(?:be|get|gets|getting|"
    r"being)\s+(?:updated|amended|changed|modified|transferred|cancell?ed|revoked|moved)\b)|"
    r"\b(?:chang\w*|modif\w*|transfer\w*|cancel\w*|revok\w*|lost|lose|loses|losing|"
    r"regain\w*|restor\w*|reuse|migrat\w*|mov(?:e|es|ed|ing))\s+(?:(?:an?|the|our|my|its|their|"
    # (not a DNS record: "when do I change the DNS record?")
    r"this|that)\s+)?(?:\w+\s+)?(?:filings?|icp|beian|(?<!dns )(?<!a )record|province|"
    # (not an entity's own registration moved: "moving our entity's registration to Hainan")
    # (not the need for one: "would moving to Singapore mean losing the ICP requirement?")
    r"(?:entity|subject)(?!['’]s\b))\b(?!\s+(?:requirements?|rules?|obligations?|regulations?|"
    r"needs?)\b)|"
    # (not the commercial licence's information, updated when moving to a load balancer)
    r"\b(?:updat\w*|amend\w*)\s+(?:(?:an?|the|our|my|its|their|this|that)\s+)?(?:\w+\s+)?"
    r"(?:filings?|icp|beian)\b(?!\s+(?:commercial|licen[cs]es?|information|info)\b)|"
    # ... or its information said not to match: "our filing information doesn't match the
    # business license"
    r"\b(?:filing|icp|beian)\s+(?:info|information|details|data|record)\b[^.?!]{0,20}"
    r"\b(?:doesn't|does not|don't|do not|didn't|did not|no longer)\s+match\b|"
    # ... or its information, after a server or IP moved ("We're moving our ECS from cn-beijing
    # to cn-shanghai so the IP changes. Do we have to update the ICP info?")
    r"\b(?:mov\w*|migrat\w*|relocat\w*)\s+(?:our\s+|the\s+|my\s+)?(?:ecs|servers?|instances?|"
    r"(?:web)?site)\s+(?:from|to|out of)\b[^?]{0,100}\bupdat\w*\s+(?:the\s+|our\s+)?"
    r"(?:icp|beian|filing)\s+(?:info|information|details|data)\b|"
    r"\bre-?do(?:ne|ing)?\s+(?:(?:the|our|my|an?|its|their)\s+)?(?:icp|beian|filing|record)\b|"
    # the filing held updated, or a new one instead: "need new icp or just update old 1?"
    # (one kept or reused only by the filing's name: not "keep the current one or get a new ecs")
    r"\b(?:updat\w*|amend\w*|modif\w*)\s+(?:the\s+|our\s+)?(?:old|existing|current|previous)\s+"
    r"(?:one|1|filing|icp|beian|record)\b|"
    r"\b(?:keep|reuse)\s+(?:the\s+|our\s+)?(?:old|existing|current|previous)\s+(?:filing|icp|beian|"
    r"record)\b|"
    # (what is updated instead the filing held: not "a new filing or just modify the CDN settings")
    r"\b(?:new|another|second|separate|fresh)\s+(?:icp|filing|beian)\b(?:\s+filing)?[^.?!]{0,20}"
    r"\bor\s+(?:just\s+|simply\s+)?(?:updat\w*|amend\w*|modif\w*|keep|reuse)\s+(?:the\s+|our\s+)?"
    r"(?:old|existing|current|previous|it\b|one\b|1\b|filing|icp|beian|record)|"
    + A_FILINGS_END
    + r"|"
    # anything to update after a change, the filing approved ("if we move our ECS from Hangzhou
    # to Beijing after the filing is approved, do we need to update something?"; not the load
    # balancer's own steps, nor the Commercial License's information)
    r"^(?!.*\b(?:slb|clb|alb|lb|load[- ]?balanc\w*|balancers?|commercial licen[cs]e)\b)"
    r"(?=.*\b(?:filing|icp|beian)\s+(?:is|was|has been|gets|got)\s+(?:approved|done|through|"
    r"granted|completed)\b).*\b(?:updat\w*|amend\w*)\s+(?:something|anything)\b|"
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
    r"\b(?:" + SERVER_ENDED + r"|renew\w*)\b[^.?!]{0,30}"
    r"\b(?:ecs|instances?|servers?|vps|box)\b[^.?!]{0,30}"
    + _ONCE
    + r"[^.?!]{0,30}"
    + _THE_FILING_THROUGH
    + r"|"
    + _ONCE
    + r"[^.?!]{0,50}"
    + _THE_FILING_THROUGH
    + r""
    r"[^.?!]{0,60}\b(?:" + SERVER_ENDED + r"|renew\w*)[^.?!]{0,30}"
    r"\b(?:ecs|instances?|servers?|vps|box)\b|"
    # ... the server named first: "May the temporary instance be released once the filing is
    # approved?"
    r"\b(?:ecs|instances?|servers?|vps|box)\b[^.?!]{0,15}\b(?:be|get|gets)\s+"
    r"(?:" + SERVER_ENDED + r")[^.?!]{0,30}" + _ONCE_OR_WHEN + r"[^.?!]{0,40}"
    r"\b(?:approved|approval|done|completed?|granted|through|thru)\b|"
    # ... or kept running after a step: "after the DNS points at the SLB, do we have to keep
    # that one ECS we filed with running?" (not how long it must run, which the CDN answer
    # gives: "is a one month plan enough for the temporary ECS?")
    + _ONCE
    + r"[^.?!]{0,60}"
    + SERVER_KEPT_RUNNING
    + r"|"
    + SERVER_KEPT_RUNNING
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
    + SERVER_ENDED
    + r")\s+(?:it|them|that one|this one)\b|"
    # ... named before: "the temp ECS for that. can i release it once approval comes thru?"
    r"\b(?:"
    + SERVER_ENDED
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
     + already_had(r"filings?|icp|beian|records?|licen[cs]es?|permits?|numbers?|approvals?") + r"|"
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
    # penalties ("fine" the adjective is not one: "is it fine to host in Hong Kong?")
    "penalties": r"\bfines\b|\bfined\b|\b(?:the|a|any|big|heavy)\s+fine\b|\bpenalt\w*|"
    r"\bpunish\w*|\bsanctions?\b|\bprosecut\w*|"
    # what the provider does to a server or an account ("alibaba will shut down our ecs if we
    # have no icp"): the FAQ says only that the site cannot be opened
    # (done by the provider or an authority, not by the writer: "we will terminate our ecs")
    r"\b(?:alibaba(?:\s+cloud)?|aliyun|they|the provider|the host|miit|the government|the police|"
    r"the authorit(?:y|ies)|regulators?)\s+(?:will|would|could|may|might|can|does|do)\s+"
    r"(?:just\s+)?(?:shut\s+down|suspend|terminate|close|freeze|delete|disable)\s+"
    r"(?:our|the|my|their|your)\s+(?:ecs|servers?|instances?|accounts?|vms?)\b|"
    r"\b(?:our|the|my|their)\s+(?:ecs|servers?|instances?|accounts?|vms?)\s+(?:will|would|could|"
    r"may|might)\s+(?:get|be)\s+(?:shut\s+down|suspended|terminated|closed|frozen|deleted|"
    r"disabled)\b",
    # what it takes to buy cloud resources ("is a Chinese licence required to buy ECS?")
    "purchase": r"\b(?:required|needed|necessary|requirements?|allowed|eligible)\s+"
    r"(?:for|to)\s+(?:buy\w*|purchas\w*|rent\w*|order\w*)\b|"
    # when a product may be bought: "the SLB, can we buy it before the filing is approved?"
    r"\b(?:can|could|may|should|must)\s+(?:we|i)\s+(?:already\s+)?(?:buy|purchase|order)\s+"
    r"(?:it|them|the\s+[\w-]+|an?\s+[\w-]+)\s+(?:already\s+)?"
    r"before\s+(?:the\s+)?(?:icp\s+)?(?:filing|icp|beian|approval)\b",
    # What a filing is: the FAQ says when one is needed, not what it is.
    # (a claim of it checked: "ICP filing basically is just a registration with MIIT, not a
    # license, right?")
    "definition": r"\b(?:icp|beian)(?:\s+(?:filing|record))?\s+"
    r"(?:basically\s+|really\s+|actually\s+|just\s+)*(?:is|'s)\s+(?:basically\s+|really\s+|actually\s+|just\s+|only\s+|merely\s+)*"
    r"(?:an?\s+)?(?:registration|record|licen[cs]e|permit|formality|certificate)\b"
    # (what it is, not whom it is for: "the beian is just a record for sites hosted in China,
    # not for HK ones, right?")
    r"(?=\s*(?:with\b|from\b|by\b|at\b|issued\b|,|right\b|correct\b|true\b|isn'?t\b|\?|$))"
    r"(?=[^.!?]{0,60}(?:\bright|\bcorrect|\btrue|\bisn'?t it|\bno)\s*\?)|"
    r"\b(?:what|wat|wot)(?:\s+(?:exactly|actually|really|even))?"
    r"(?:'?s|\s+is|\s+are)\s+[\"'“]?"
    r"(?:an?\s+|the\s+)?(?:icp|miit|edi|beian)(?:\s+(?:filing|licen[cs]e|"
    r"registration|record|beian|number))?[\"'”]?\s*(?:exactly\s*|really\s*)?"
    r"(?:actually\s*)?(?:(?:anyway|again|though)\s*)?(?:[?.!,(]|$|and\b|in china\b|[-–—]\s)|"
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
    + WHY_NEEDED_AT_ALL.pattern
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
}
