"""What the FAQ does not say about who the company is and what it does: marketing,
individuals, the list of provinces, business types, setting up an office, running a company,
licence types and company structures. `PATTERNS`: a pattern (lower-case text) per subject,
compiled with the others in actions/uncovered_subjects.py."""

import re
from typing import Dict

from actions.fact_words import (
    REP_OFFICE_PINYIN,
)
from actions.places import (
    MAINLAND_PROVINCES,
)

# An office in China or its certificate, by name (not the filing's own certificate)
_OFFICE_PAPER = (
    r"(?:(?:rep(?:resentative)?|permanent|foreign enterprises?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:office\s+)?(?:registration\s+)?certificate|(?:office|registration)\s+certificate|"
    r"rep(?:resentative)?\s+office|permanent\s+office)\b"
)


# A licence, permit or approval named by its kind, none of the FAQ's: "a game publishing licence",
# "an internet hospital permit" (not the filing, "MIIT approval", nor the Commercial License or
# the business licence)
_A_TRADES_LICENCE = (
    r"(?!(?:the|this|that|our|its|their|an?|any|some)\b)"
    # (nor a licence of any sort: "is any sort of permit required?", "a government permit")
    r"(?:(?!(?:icp|beian|filing|miit|commercial|business|sort|kind|type|form|of|government|"
    r"official|special|such|state)\b)[\w-]+\s+){1,3}?"
    r"(?:licen[cs]es?|permits?|approvals?)\b"
)


PATTERNS: Dict[str, str] = {
    # advertising and search engines
    # (not a claim made for something: "CDN acceleration advertised as needing no beian")
    "marketing": r"\badvertis\w*\b(?<!advertised)(?<!advertises)|"
    r"\badvertis(?:ed|es)\b(?!\s+as\b)|"
    r"\bads\b|\bcampaigns?\b(?!\.\w)|\bseo\b|"
    # (not the team: "if marketing ever wants mainland coverage on the CDN, ...")
    # ("if marketing switches it to plain Global later": the team as who acts)
    r"\bmarketing\b(?!\s+(?:(?:later|ever|then|now|also|actually|already|just|recently)\s+)?"
    r"(?:requires?|wants?|asks?|needs?|"
    r"decides?|team|dept|department|colleagues|people|folks|guys|switch(?:es|ed)?|turns?|"
    r"turned|sets|changes?|changed|moves?|moved|flips?|flipped|enables?|enabled|adds?|added|"
    r"keeps?|says|said|insists?|plans?|planned|will|would|could|might|may|should|"
    r"(?:is|was) (?:pushing|asking|planning|insisting))\b)|"
    r"\bsearch engines?\b|\bsearch rankings?\b|"
    # ("will Baidu rank us lower without an ICP number?")
    r"\bbaidu\b[^.?!]{0,20}\brank\w*|\brank\w*\b[^.?!]{0,20}\bbaidu\b",
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
    # which provinces do something: the FAQ names none ("some provinces or municipalities")
    "province_list": r"\bwhich (?:provinces|cities|municipalities)\b|"
    # "rep offices can file in 'some provinces'. Which ones exactly?"
    r"\b(?:provinces|municipalities)\b[^?]{0,60}\bwhich ones\b|"
    # "... in some provinces or municipalities. Is Guangdong one of them?"
    r"\b(?:some|certain|not all) (?:provinces|municipalities)\b[^?]{0,60}\b(?:is|are)\s+"
    r"(?:[\w-]+\s+){1,2}?(?:one of them|among them|on (?:the|that) list|included|one(?=\s*\?))|"
    # (not all of them said not to: "not all provinces accept rep offices", the FAQ's "some")
    r"\b(?:list of|(?<!not )all) (?:the )?(?:provinces|municipalities)\b|"
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
    # (nor a forum quoted, or its members: "forum says ...", "how everyone in our forum does it",
    # "i read on a forum")
    r"(?<!\bon a )(?<!\bon the )(?<!\bin a )(?<!\beveryone in our )(?<!\bpeople in our )"
    r"(?<!\bin the )(?<!\bin some )"
    r"(?<!\bon some )(?<!\bfrom a )(?<!\bfrom the )"
    r"\bforums?\b(?!\s+(?:posts?|threads?|answers?|replies|reply|comments?|users?|members?|says|"
    r"said|claims?|told|suggests?|mentions?)\b)|"
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
    # where or how to set up an office in China or get its certificate ("where do we apply
    # for the rep office certificate?", "... that certificate first, got it. where do we
    # apply for it"): the FAQ names only "the relevant authority" (not how to file once it
    # is had, nor a business licence for the filing: the physical office answer's)
    "office_setup": r"\b(?:where|how|who)\s+(?:do|can|should|would|must|to|does)\s+"
    r"(?:(?:we|i|they|one)\s+)?(?:apply|register|get|obtain|set up|open|establish|issue)\w*\s+"
    r"(?:for\s+)?(?:an?\s+|the\s+|that\s+|this\s+|our\s+|such\s+an?\s+)?(?:[\w-]+\s+){0,3}?"
    + _OFFICE_PAPER
    # ("which authority issues the rep office certificate?")
    + r"|\b(?:who|which\s+(?:authority|authorities|office|bureau|agency|department|body|"
    r"administration))\s+(?:issues|issue|grants|gives out|hands out)\s+(?:an?\s+|the\s+|that\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    + _OFFICE_PAPER
    # (the pronoun's for the office needed: "... we'd need that rep office certificate first")
    + r"|\b(?:need|needs|needed|require[sd]?|must (?:get|have|obtain))\s+(?:[\w-]+\s+){0,4}?"
    + _OFFICE_PAPER
    + r"(?:(?!\b(?:filing|icp|beian|record)\b)[^?]){0,80}?"
    r"\b(?:where|how)\s+(?:do|can|should|would|must)\s+(?:we|i)\s+(?:apply|register|get|obtain)"
    r"\s+(?:for\s+)?(?:it|one|that)\b|"
    # what kind of place counts as the office ("does that coworking desk count as a physical
    # office?"), which the FAQ does not say
    # (not one set against a real office: "a proper office, not a shared space")
    r"(?<!not a )(?<!not an )\b(?:coworking|co-working|virtual|shared|serviced)\s+"
    r"(?:office|desk|space)s?\b[^.?!]{0,40}\b(?:counts?|qualif\w*|enough|suffices?|accepted|ok|"
    r"okay)\s+(?:as|for)\s+(?:an?\s+|the\s+)?(?:physical\s+|real\s+|proper\s+)?(?:office|filing|"
    r"icp|beian)\b|"
    # (as an office: not "whether that desk counts as a presence", which the physical office
    # answer's cases say)
    r"\b(?:hot\s+)?desks?\b[^.?!]{0,20}\b(?:counts?|qualif\w*)\s+as\s+(?:an?\s+)?"
    r"(?:physical\s+|real\s+|proper\s+)?office\b",
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
    # (not between places or CDNs "as far as ICP is concerned": the FAQ's own comparison)
    # (and a licence beside the filing: "besides the ICP Filing, do we need another license?")
    "licence_types": r"\bedi\b|\bicp/edi\b|"
    # a licence of the site's trade needed too ("besides icp, do we also need a game publishing
    # licence?", "do we need a food permit in addition to the ICP?"): not the filing's own, the
    # Commercial License's (below) or the business licence's (who may file)
    r"\b(?:also|too|additionally)\b[^.?!]{0,30}\b(?:need|needs|require|requires|get|obtain)\s+"
    r"(?:an?\s+|any\s+|some\s+|the\s+)?" + _A_TRADES_LICENCE + r"|"
    # ... or any one needed beside the filing ("is there a special approval we need in addition
    # to the ICP?")
    r"\b(?:licen[cs]es?|permits?|approvals?)\s+(?:that\s+)?(?:we|i|they|you|our\s+[\w-]+)\s+"
    r"(?:would\s+|will\s+|also\s+)?(?:need|needs|require|requires|must get|have to get)\s+"
    r"(?:besides|apart from|in addition to|on top of|as well as|beyond)\s+(?:the\s+|an?\s+|our\s+)?"
    r"(?:icp|beian)\b|"
    # ... or which others are needed ("besides icp what other licences do we need?")
    r"\b(?:what|which|any)\s+(?:other|else|additional|extra|further|more)\s+(?:kinds? of\s+)?"
    r"(?:licen[cs]es?|permits?|approvals?)\b|"
    # ... or asked as required ("is an internet hospital license required for our site?")
    r"\b(?:is|are)\s+(?:an?\s+|any\s+)?" + _A_TRADES_LICENCE + r"\s+(?:also\s+)?(?:required|needed|"
    r"necessary|mandatory)\b|"
    r"\b(?:besides|apart from|other than|in addition to|on top of|beyond)\s+"
    r"(?:the\s+|an?\s+|our\s+)?(?:icp|beian)\b[^.?!]{0,40}\b(?:need|needs|require|requires|get|obtain)\s+"
    r"(?:an?\s+|any\s+|some\s+)?" + _A_TRADES_LICENCE + r"|"
    r"\b(?:need|needs|require|requires|get|obtain|an?|any|some)\s+(?:an?\s+|any\s+|some\s+)?"
    + _A_TRADES_LICENCE
    + r"[^.?!]{0,20}\b(?:besides|apart from|in addition to|on top of|as well as)\s+"
    r"(?:the\s+|an?\s+|our\s+)?(?:icp|beian)\b|"
    # which of the filing and the licence a kind of site needs ("if you wish to host a
    # marketing-related website, you only need an ICP filing")
    r"\b(?:marketing|informational|information|non-?commercial|corporate|brochure|showcase)"
    r"[\w-]*\s+(?:web)?sites?\b[^.?!]{0,40}\b(?:only|just)\s+(?:need|require)s?\s+(?:an?\s+)?"
    r"(?:icp\s+)?(?:filing|beian|record)\b|"
    r"\b(?:need|needs|needed|require|requires|required|get|obtain|apply for)\s+"
    r"(?:an?\s+|any\s+)?(?:another|other|additional|extra|separate|further|second)\s+"
    r"(?:\w+\s+)?"
    r"(?:licen[cs]es?|permits?)\b|"
    # ("diff between icp beian and icp license pls explain": typed short)
    r"\b(?:difference|diff)\s+between\b(?=[^.?!]{0,40}\b(?:licen[cs]es?|filings?|icp|beian|edi)\b"
    r"[^.?!]{0,30}\b(?:and|or|vs\.?|versus)\b)|"
    r"\b(?:types?|kinds?|sorts?) of (?:icp|filings?|licen[cs]es?)\b|"
    # "Is ICP filing and ICP license the same thing or different?"
    r"\b(?:filing|beian)\b[^.?!]{0,30}\b(?:and|vs\.?|versus|or)\b[^.?!]{0,30}\blicen[cs]e\b"
    r"[^.?!]{0,30}\b(?:the same|same thing|different|differ|identical)\b|"
    r"\blicen[cs]e\b[^.?!]{0,30}\b(?:and|vs\.?|versus|or)\b[^.?!]{0,30}\b(?:filing|beian)\b"
    r"[^.?!]{0,30}\b(?:the same|same thing|different|differ|identical)\b|"
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
    r"\b(?:who(?!\s+(?:has|have|had|holds?|owns?)\b)|what(?! about| if)|"
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
    # (not one who told the writer something: "our ceo was told by a chinese partner that ...")
    r"\b(?:through|via|using|with|under|"
    r"(?<!told )(?<!advised )(?<!informed )(?<!warned )(?<!suggested )(?<!recommended )by)"
    r"\s+(?:an?\s+|our\s+|their\s+|the\s+|local\s+|"
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
    # someone hired to do it, or a service that files for one: "do you have a service that does
    # the filing for us, or should we hire a consultant?"
    # (hired for the filing, or asked bare: not "we hire a firm to run our servers")
    r"\b(?:hire|hired|hiring|engage|engaged|engaging)\s+(?:an?\s+|some\s+|a\s+local\s+)?"
    r"(?:consultan(?:ts?|cy)|agen(?:ts?|cy)|firms?|lawyers?|law firms?)\b"
    r"(?=\s*(?:[?.!]|$)|\s+for\s+(?:the\s+|our\s+|an?\s+)?(?:icp|filing|beian|it|this|that)\b|"
    r"\s+(?:to|who|that)\s+(?:(?:do|does|handle|handles|submit|submits)\s+(?:the\s+|our\s+|it\b|"
    r"this\b)?(?:icp|filing|beian|paperwork|application|it\b|this\b)|file|files)\b)|"
    r"\bservices?\s+(?:that|which|to)\s+(?:does|do|handles?|files?|submits?|takes care of)\s+"
    r"(?:the\s+|our\s+)?(?:icp\s+)?(?:filing|icp|beian)\b[^.?!]{0,15}"
    r"\b(?:for us|for me|on our behalf)\b|"
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
    # (nor its site, a site like any other: "not about our sister company's shop, I mean ours")
    r"\bsister compan(?:y|ies)\b(?!(?:'s|s')?,?\s+(?:whose|which has|that has)\b)"
    r"(?!(?:'s|s')\s+(?:own\s+)?(?:web\s*)?(?:shop|site|store|app|servers?|ecs)\b"
    r"(?![^.?!]*\b(?:share|shared|sharing|use|using|under|borrow\w*|its filing|their filing)\b))|"
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
}
