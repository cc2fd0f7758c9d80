"""What each FAQ question is about: an answer is given only when the message carries its subject.

A CDN answer needs a CDN, the province answer a province or where to file, the physical office
answer an office, a company or who may file, and so on (`carries_subject`). A classifier that
picked a question whose subject is absent was pulled to the nearest answer.
"""

import functools
import re
from typing import Dict, Pattern

from actions.fact_words import (
    COMPANY_PINYIN,
    ORGANISATION,
    REP_OFFICE_PINYIN,
    SERVER_WORDS,
    TEMPORARY_SERVER,
    words_pattern,
)
from actions.filing_facts import filing_out_of_reach, forgoes_the_filing, lacks_documents
from actions.message_parts import (
    asked_part,
    clean,
    is_question,
    names_the_filing,
    refers_back,
    sentences,
)
from actions.places import (
    ABROAD,
    FOREIGN_ADJECTIVES,
    HONG_KONG,
    MAINLAND_CITIES,
    MAINLAND_PROVINCES,
    OTHER_CHINESE_REGIONS,
)
from actions.presence_facts import to_china_presence
from actions.scope_words import (
    BLOCKED_FOR_THE_FILING,
    COMPANY_ABROAD,
    FILING_WORD,
    FOLLOW_UP,
    GET_WORDS,
    HOSTING_WORDS,
    ICP_TERMS,
    ICP_WORDS,
    MAINLAND_WORDS,
    NEED_WORDS,
    NO_CDN,
    PLACES,
    PLACES_OUTSIDE,
    SERVER_WORD_PATTERN,
    SITE_NOUNS,
    WHERE_SOMEONE_FILES,
    hosts_in_china,
)
from actions.uncovered_subjects import (
    FOREIGN_DOCUMENTS,
    foreign_documents,
)

# Having no filing (yet): the filing is absent, failed, avoided or delayed, said of the filing
# itself ("what if our beian is rejected?", "can we go live while the ICP is pending?"), not of
# anything near it ("Hong Kong is not yet mainland China", "no CDN at all. ICP yes or no?").
_THE_FILING = (
    r"(?:icp|beian|bei'?an|filings?|filling|recordals?|licen[cs]es?|records?|approval|paperwork|"
    r"documents?|(?:office|registration|company|business) certificates?|application|"
    r"registration)"
)
NO_FILING = re.compile(
    r"\btoo (?:hard|difficult|complicated|complex)\b|\bgive up\b|"
    # the site opened while the filing is pending: "we are still waiting for ICP approval, can I
    # already let customers use the website?"
    r"\b(?:waiting|wait|pending)\b[^.?!]{0,30}\b(?:approv\w*|filing|icp|beian)\b[^?]{0,80}?"
    r"\b(?:already|meanwhile|in the meantime)\b[^?]{0,40}\b(?:open|launch|go live|let|use|run|"
    r"serve)\b|"
    # ... or opened first, the filing done alongside or after: "we can already go live and file
    # in parallel, no?", "open the site now and do beian later"
    # (the site opened, not an office, a company or the CDN: "opening an office in beijing, and
    # the beian at the same time?")
    r"\b(?:open|opened|opening|launch\w*|go live|going live|went live|publish\w*)\b"
    r"(?!\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+)?(?:office|branch|wfoe|company|account|entity|"
    r"rep|cdn|privacy|policy|icp number|number)\b)[^.?!]{0,40}"
    r"\b(?:file|filing|do (?:the )?(?:beian|icp|filing)|beian|icp)\b[^.?!]{0,20}"
    r"\b(?:later|afterwards|after that|in parallel|at the same time|meanwhile)\b|"
    r"\b(?:we|i)\s+(?:\w+\s+)?file\s+(?:it\s+|for it\s+)?in parallel\b(?!\s+for\b)|"
    # ... or the paper or office it takes out of reach, or too much: "and if getting that
    # certificate just isn't realistic for us?", "if that turns out to be too much hassle,
    # what's the fallback?"
    r"\b(?:getting|obtaining|get|obtain|setting up|opening)\s+(?:that|the|a|an|such an?)\s+"
    r"(?:[\w-]+\s+)?(?:certificate|cert|papers|documents|office|branch|licen[cs]e)\s+"
    r"(?:just\s+|really\s+|simply\s+)?(?:isn't|is not|isnt|won't be|wouldn't be|is not going to be)"
    r"\s+(?:realistic|possible|feasible|an option|doable|viable)\b|"
    r"\btoo much (?:hassle|trouble|work|effort)\b[^.?!]{0,40}\b(?:fallback|plan b|alternative|"
    r"options?|what now|what then)\b|"
    # ... or the writer turned down: "we got rejected for icp filing twice and can't get it
    # through" (not a site or a name rejected by something else)
    r"\b(?:we|i)\s+(?:got|were|was|have been|'ve been|keep getting|kept getting)\s+"
    r"(?:rejected|refused|denied|turned down)\s+(?:by\s+(?:the\s+)?\w+\s+)?(?:for|on|with)\s+"
    r"(?:the\s+|our\s+|my\s+|an?\s+)?(?:icp|beian|filing|application)\b"
    r"(?!\s+for\s+(?:an?\s+|the\s+)?(?:bank|account|visa|trademark))|"
    r"\b(?:can't|cant|cannot|couldn't|unable to)\s+get\s+"
    r"(?:it|the\s+(?:filing|icp|beian|application))\s+(?:through|approved|accepted|done)\b"
    r"(?!\s+(?:with\s+|by\s+)?(?:our|the|my)\s+(?:legal|team|boss|management|board|compliance|"
    r"finance))|"
    # tried and turned down: "both attempts were refused", "our application got rejected"
    r"\b(?:attempts?|applications?|tries|submissions?)\b(?:\s+\w+){0,3}?\s+(?:were|was|got|"
    r"have been|has been|keep getting|kept getting)\s+(?:rejected|refused|denied|turned down)\b|"
    r"\b(?:not|n't|won't be|never be) eligible\b|\bun-?filed\b|\bnot (?:filing|filed)\b|"
    # not known of, so not had: "nobody told us about icp", "we never heard of beian"
    r"\b(?:(?:nobody|no one|no-one)\s+(?:ever\s+)?(?:told|warned|informed)\s+(?:us|me)\s+about|"
    r"(?:never|not|didn't|did not)\s+(?:even\s+)?(?:heard of|knew about|know about|aware of))\s+"
    r"(?:the\s+|an?\s+|this\s+)?(?:icp|beian|filing)\b|"
    r"\b(?:do not|don't|dont|won't|will not|never|not) (?:file|register|apply)\b|"
    # ... or never done: "we're on ECS Qingdao and never filed" (not a ticket or taxes filed)
    r"\b(?:never|have not|haven't|has not|hasn't|didn't|did not)\s+(?:yet\s+|ever\s+)?filed\b"
    r"(?!\s+(?:for\s+)?(?:an?\s+|the\s+|our\s+|any\s+)?(?:[\w-]+\s+)?(?:tickets?|reports?|"
    r"complaints?|claims?|taxes|returns?|bugs?|trademarks?|domains?|compan(?:y|ies)|licen[cs]es?|"
    r"patents?|visas?)\b)|"
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
     + BLOCKED_FOR_THE_FILING.pattern + "|"
    # "what happens if we don't get an ICP Filing?"
    # (not the Commercial License or the business licence: "since we don't hold a commercial
    # licence, nothing else to update?")
    r"\b(?:don't|dont|do not|didn't|did not|won't|will not|doesn't|does not|not)\s+(?:get|obtain|"
    r"receive|complete|finish|hold)\s+(?:(?!(?:icp\s+)?commercial\b)\w+\s+){0,2}"
    r"(?!icp\s+commercial\b)" + _THE_FILING + r"\b|"
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
    r"\b(?:later|afterwards)\b|"
    # ... the launch named after: "if we do the ICP later, after the launch?"
    r"\b(?:file|filing|icp|beian)\b[^.?!]{0,10}\b(?:later|afterwards)\b[^.?!]{0,15}"
    r"\b(?:after|post)[- ](?:the\s+|our\s+)?(?:launch\w*|go[- ]live|opening)\b"
)
# Things a user may have or lack other than the filing: "one" after the last of them named is
# that thing ("Alibaba only files sites that have a domain? what if we don't have one?").
# (named as something to have: "a domain", "any local entity"; not "our company is German")
_OTHER_THINGS = re.compile(
    r"\b(?:an?|any|no)\s+(?:[\w-]+\s+){0,2}?(?:domains?|domain names?|compan(?:y|ies)|"
    r"entit(?:y|ies)|offices?|branch(?:es)?|subsidiar(?:y|ies)|business licen[cs]es?|"
    r"ip address(?:es)?)\b|"
    # (a presence, whoever's: "the rep office is still just a plan. what do we do without it?";
    # not the company itself, "our company is German")
    r"\b(?:the|our|that|this|their|its)\s+(?:[\w-]+\s+){0,2}?(?:offices?|branch(?:es)?|"
    r"subsidiar(?:y|ies)|wfoe|entit(?:y|ies))\b"
)
_A_FILING = re.compile(r"\b" + _THE_FILING + r"\b")


@functools.lru_cache(maxsize=512)  # asked of the same text for every FAQ question's subject
def with_what_one_stands_for(text: str) -> str:
    """`text` with "one" or "it" in "without one", "don't have it", ... replaced by the thing it
    stands for when that is not the filing: the last thing named before it ("... sites that have
    a domain? what if we don't have one?" -> "... don't have a domain?"). With nothing named
    before it, or the filing named last, it stays: in this assistant, the filing."""
    for found in reversed(list(NO_FILING.finditer(text))):
        if not found.group("one"):
            continue
        before = text[: found.start("one")]
        things = list(_OTHER_THINGS.finditer(before))
        filings = [m.end() for m in _A_FILING.finditer(before)]
        if things and not (filings and filings[-1] > things[-1].end()):
            thing = re.sub(r"^\S+\s+", "", things[-1].group(0))  # (without its article)
            text = f"{text[: found.start('one')]}a {thing}{text[found.end('one') :]}"
    return text


# Through Alibaba Cloud's filing system: "thru the alibaba cloud icp system", "via your portal"
THROUGH_THE_FILING_SYSTEM = (
    r"(?:thru|through|via|using|in|on)\s+(?:the\s+|your\s+)?(?:alibaba(?:\s+cloud)?(?:'s)?\s+)?"
    r"(?:icp\s+)?(?:filing\s+)?(?:system|portal)\b"
)


# A province, not provinces in general ("filing only in certain provinces")
_ONE_PROVINCE = (
    r"\bprovinc(?!es\b)\w*|"
    + "".join(
        rf"(?<!\b{word} )"
        for word in ("some", "certain", "few", "all", "most", "many", "various", "several")
    )
    + r"\bprovinces\b"
)
TOPIC_SUBJECTS: Dict[str, Pattern] = {
    name: re.compile(pattern)
    for name, pattern in {
        # (and the temporary ECS its filing needs: "is 1 month enough for that temporary ECS?")
        "ask_cdn": r"\bcdns?\b|\bcontent delivery\b|\baccelerat\w*|\bdcdn\b|\bedge nodes?\b|"
        # the CDN's area by its setting's name: "and if we stay on the excluding-mainland option?"
        r"\b(?:excluding|excl\.?|without)[- ](?:the[- ])?mainland[- ](?:china[- ])?(?:option|area|"
        r"setting|one)\b|\bglobal\s+(?:option|area|setting)\b|" + TEMPORARY_SERVER.pattern,
        # (or "the balancer", named short: "a balancer in front of 2 ECS in Qingdao")
        "ask_load_balancer": r"\bload[- ]?balanc\w*|\bslb\b|\bclb\b|\balb\b|\bnlb\b|\bbalancers?\b",
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
        r"(?:\bnot|n't|\b(?:dont|doesnt|didnt)|\black\w*)\s+(?:have |use |using |got )?"
        r"(?:a |any )?domain|"
        r"\bip[- ]only\b|"
        r"\bbare ip\b|"
        r"\binstead of a domain\b|\bip (?:filing|based|website|site|access)\b|"
        r"\bip address (?:websites?|sites?|filing)\b|\bfor an? ip\b|"
        # ("can alibaba's beian system do filings for IP addresses?"; not for a change of one)
        r"\b(?:filings?|beian|file)\s+for\s+(?:an?\s+)?(?:public\s+|bare\s+)?"
        r"ip(?:s|\s+address(?:es)?)\b(?!\s+(?:changes?|updates?|of)\b)|"
        # what the IP-only answer says, checked: "so we can't do it through your filing system?"
        # (not asked why: "why can't a rep office file via your portal?")
        r"^(?![^.?!]*\bwhy\b)\W*(?:so|then|ok|okay|and)\b[^.?!]{0,60}\b(?:can'?t|cannot|can not|"
        r"not)\b[^.?!]{0,25}\b(?:through|via|using)\s+(?:the\s+|your\s+|alibaba(?:\s+cloud)?(?:'s)?\s+)(?:icp\s+)?"
        r"(?:filing\s+)?(?:system|portal)\b|"
        # ... or asked of the conversation's site: "can i submit it thru the alibaba cloud icp
        # system?"
        r"^(?![^.?!]*\b(?:domain|www)\b)\W*(?:so\s+|then\s+|and\s+|ok\s+)?(?:can|could|may)\s+"
        r"(?:i|we)\s+(?:still\s+)?"
        r"(?:submit|file|apply|do|lodge)\s+(?:it|this|that|one)\s+"
        + THROUGH_THE_FILING_SYSTEM
        + r"|"
        # the FAQ's own point, said: "The Alibaba Cloud ICP Filing system only supports domain
        # name filing."
        r"\b(?:system|portal|console)\s+(?:only\s+supports?|supports?\s+only|only\s+(?:accepts?|"
        r"takes?|allows?)|(?:accepts?|takes?|allows?)\s+only)\s+domain(?:\s+names?)?\b|"
        # reached at an address given in figures: "currently reached via 47.x.x.x"
        r"\b(?:reach(?:es|ed)?|access(?:es|ed)?|reachable|accessible|served|open(?:s|ed)?)\s+"
        # (the site named by a pronoun between: "people reach it via http://47.x.x.x only")
        r"(?:it\s+|us\s+|the\s+(?:web)?site\s+)?(?:only\s+)?(?:via|by|at|"
        r"through|on)\s+(?:https?://)?(?:\d{1,3}|x{1,3})(?:\.(?:\d{1,3}|x{1,3})){3}(?!\w|\.\w)",
        # (where to file, not where to begin: "where can I start the application?")
        # (not "only in certain provinces": what the FAQ says of a representative office)
        "ask_which_province": _ONE_PROVINCE + r"|\bwhere (?:do|should|can|shall|must) (?:i|we) "
        r"(?:file|apply|register|submit|do)\b|" + WHERE_SOMEONE_FILES + "|"
        # "which one do I file in?" (of the places just told)
        r"\bwhich\s+(?:one|of (?:the|these|them|those)(?:\s+two)?)\s+"
        r"(?:do|should|would|must|can)\s+(?:i|we)\s+(?:file|apply|submit)\s+(?:it\s+)?in\b|"
        # "so that's where we'd file?"
        r"\bwhere\s+(?:we|i)(?:'d|'ll|\s+would|\s+will|\s+should|\s+must|\s+can)?\s+"
        r"(?:file|apply|submit)\b(?=[^.!]*\?)(?![^.?!]*\b(?:how long|how much)\b)|"
        # "who do you submit it to then?" (to whom: where it goes)
        r"\bwho\s+(?:do|should|would|will|must|can)\s+(?:we|i|you)\s+(?:submit|send|file|give)\s+"
        r"(?:it|this|that|the\s+(?:application|filing|form))\s+(?:to|with)\b|"
        # "where would the ICP filing be done?" (not "where do I find the filing number?")
        r"\bwhere (?:would|will|should|does|do|is|must|can)\b(?:\s+(?:the|our|my|an?|we|i|it))?"
        r"(?:\s+(?:icp|beian))?\s+(?:filing|application|beian|icp)\s+(?:be\s+)?(?:done|filed|"
        r"submitted|made|processed|handled|go|happen)\b|"
        # "guess where the ICP goes"
        r"\bwhere\s+(?:the\s+|our\s+|their\s+)?(?:icp|beian|filing|application|submission)\s+"
        r"(?:goes|should go|must go|has to go|is filed|gets filed)\b|"
        # "where does the submission go?", "does it get filed there?"
        r"\bwhere\s+(?:does|do|would|will|should)\s+(?:the\s+|our\s+)?(?:icp\s+)?(?:filing|"
        r"application|submission|beian)\s+go\b|"
        r"\b(?:gets?|be|is)\s+filed\s+there\b|"
        # "would we file in Liaoning?", "do we file there, or in Zhejiang?", "we'd rather do the
        # filing in Shanghai"
        r"\b(?:file|filing|apply|register|submit)\s+(?:it\s+|us\s+|me\s+|them\s+|"
        r"(?:it\s+)?all(?:\s+(?:that|this|of it))?\s+|(?:that|this|everything)\s+|"
        r"(?:for\s+)?(?:the\s+|our\s+)?"
        r"(?:icp|beian)(?:\s+filing)?\s+(?:there,?\s+or\s+)?|for (?:it|the filing)\s+|"
        r"there,?\s+or\s+)?in\s+"
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
        + r"|\b(?:filing|beian|application)\s+(?:would|will|should|must|could|has to|have to|"
        r"needs to|need to)\s+be\s+(?:done\s+|made\s+)?in\s+"
        + words_pattern(MAINLAND_PROVINCES)
        + r"|(?:'d|\bwould|\bwill|\bshould|\bmust|\bcould)\s+be\s+filed\s+in\s+"
        + words_pattern(MAINLAND_PROVINCES)
        + r"|\b(?:choose|pick|select|go with)\s+(?:either\s+|between\s+)?"
        + words_pattern(MAINLAND_PROVINCES)
        # (or one of several: "can we just pick shanghai or beijing for the filing?", "choose
        # between beijing and shanghai for the filing")
        + r"(?:(?:\s*,\s*|\s+or\s+|\s+and\s+)"
        + words_pattern(MAINLAND_PROVINCES)
        + r")*\s+for\s+(?:the\s+|our\s+)?(?:icp\s+|beian\s+)?(?:filing|beian|icp|application)\b|"
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
        r"\bsubsidiar\w+|\bwfoe\b|\bwofe\b|\bjoint venture\b|\b(?:" + COMPANY_PINYIN + r")\b|"
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
        "ask_no_filing": NO_FILING.pattern,
        "ask_need_icp": rf"\b{NEED_WORDS}\b|\bdo (?:i|we)\b|\bdoes (?:my|our|a|the)\b|"
        rf"\b{ICP_TERMS}\b",
        "ask_hosted_outside": r"\boutside\b|\boverseas\b|\babroad\b|\boffshore\b|\bhong ?kong\b|"
        r"\bhk\b|\bforeign (?:servers?|hosting|host)\b|\b(?:anywhere|somewhere) else\b|"
        r"\belsewhere\b|\bnot in (?:mainland )?"
        r"china\b|\bno longer\b[^.?!]{0,40}\b(?:china|mainland)\b|"
        r"(?:\bnot\b|n't\b)[^.?!]{0,20}\b(?:in|on) (?:mainland )?china\b",
    }.items()
}


# Who may get a filing, and how one gets it (the answer: which registration documents a foreign
# company can use), when the message names the filing: not "who is eligible for a residence
# permit in China?".
_WHO_MAY_FILE = re.compile(
    rf"\b(?:how(?! many| much| long| often)|who)\b[^.?!]{{0,40}}"
    rf"\b(?:{GET_WORDS}|hold|eligible|qualif\w*)\b|\beligib\w*|\bforeigners?\b|"
    + FOREIGN_DOCUMENTS.pattern
)
# The CDN and hosted-outside questions ask whether a filing is needed: a message about a CDN or
# offshore hosting that asks nothing of a filing ("do CDNs speed my site up in China?") is not
# theirs. A follow-up ("what about CDNs?") continues the filing question.
_ASKS_ABOUT_FILING = re.compile(
    rf"\b{ICP_TERMS}\b|\b{NEED_WORDS}\b|"
    # the FAQ's own kind of CDN, asked of an area: "is the 'Global' acceleration area considered
    # international cdn?"
    r"\b(?:considered|counts? as|classed as|treated as|same as)\s+(?:an?\s+|the\s+)?"
    r"(?:alibaba\s+(?:cloud\s+)?)?international cdn\b|"
    # (not a product's rules: "custom cache-key rules on all edge nodes")
    r"(?<!cache )(?<!cache-key )(?<!caching )(?<!firewall )(?<!routing )(?<!rewrite )"
    r"(?<!redirect )(?<!security )(?<!waf )(?<!header )(?<!access )"
    r"\b(?:rules?|regulations?|laws?)\b|"
    # the CDN filing's temporary instance: "why buy a mainland ECS when we only want the CDN?"
    r"\b(?:buy\w*|bought|rent\w*|get|getting|purchas\w*)\s+(?:an?\s+|one\s+)?(?:temp\w*\s+)?"
    r"(?:mainland|china|chinese|cn-[a-z]+)\s+(?:ecs|instances?|servers?|vps)\b|"
    + TEMPORARY_SERVER.pattern
    + r"|"
    + FOLLOW_UP.pattern
)
_FILING_QUESTIONS = {"ask_cdn", "ask_hosted_outside"}
# A concern asked bare of the set-up just described: "CDN region set to Global. is that an
# issue?", "does that change anything?" (not of how something works: "images load slowly. Is
# that an issue?")
_CONCERN_ASKED = re.compile(
    r"\b(?:is|would|will|could)\s+(?:that|this|it)\s+(?:be\s+)?(?:an?\s+)?(?:issue|problem|"
    r"dealbreaker|concern)\s*\?|\bany (?:issues?|problems?) with (?:that|this|it)\s*\?|"
    # (or after a case put: "... but if we add CDN for mainland users later on, does that change
    # anything?")
    r"\b(?:if|once|when)\b[^?]{0,120}\b(?:does|would|will|could)\s+(?:that|this|it)\s+change\s+"
    r"(?:anything|something|things|the (?:picture|answer|situation))\s*\?"
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
# ... or ask, bare, whether one may apply, of a presence in China told or denied ("We don't have
# any office or company in China at all. Can we still apply?"): in this assistant, for the filing
# (not for a job, a programme or an account: "your Hangzhou office is hiring, can I apply?")
_MAY_APPLY_BARE = re.compile(
    r"\b(?:can|could|may)\s+(?:we|i|they|it|the company)\s+(?:still\s+|even\s+|also\s+|then\s+)?"
    r"apply(?:\s+for\s+(?:it|one|that))?(?:\s+(?:at all|anyway|then|still|too|as well|or not))?"
    r"\s*(?:[?]|$)|"
    r"\b(?:are|is)\s+(?:we|i|they|it|the company)\s+(?:still\s+|even\s+)?(?:allowed|able|"
    r"eligible)\s+to\s+apply(?:\s+for\s+(?:it|one|that))?(?:\s+(?:at all|anyway|then|still|too|"
    r"as well))?\s*(?:[?]|$)"
)
_OTHER_APPLICATIONS = re.compile(
    r"\b(?:hiring|jobs?|positions?|vacanc\w*|internships?|credits?|programs?|programmes?|"
    r"accounts?|partners?|partnership|visas?|grants?|funding|loans?|scholarships?|trials?|"
    r"discounts?|coupons?|vouchers?)\b"
)
# The physical office's own paper, which the FAQ names as what a foreign company files with:
# naming it is the filing's subject ("obtain a permanent-office registration certificate to serve
# as the business licence")
_OFFICE_CERTIFICATE = re.compile(
    r"\b(?:permanent|representative|rep)[- ]offices?(?:'s?)?\s+(?:registration\s+)?certificates?\b"
)
# ... by the FAQ's own name: "Registration Certificate of Foreign Enterprises Permanent Office"
_OFFICE_CERTIFICATE_BY_ITS_NAME = re.compile(
    r"\bcertificates?\s+of\s+(?:a\s+|the\s+)?(?:foreign\s+enterprises?(?:'s?)?\s+)?"
    r"(?:permanent|representative)\s+office\b"
)
# ... used as a business licence, as the FAQ has it: "Can we use that in place of a business
# license?"
_AS_A_BUSINESS_LICENCE = re.compile(
    r"\b(?:as|in place of|instead of)\s+(?:a\s+|our\s+|the\s+)?business licen[cs]e"
)


def _the_certificate_as_a_licence(text: str) -> bool:
    """The permanent office's certificate, by any of its names, used as a business licence: the
    physical office answer's own words, whether the filing is named or not."""
    return bool(
        (_OFFICE_CERTIFICATE.search(text) or _OFFICE_CERTIFICATE_BY_ITS_NAME.search(text))
        and _AS_A_BUSINESS_LICENCE.search(text)
    )


# An office abroad ("from our Dubai office", "the Hong Kong branch"): no presence in mainland China
# (a sender only: "FW from our Dubai office", "from Seoul team"; not an office asked about: "is a
# Hong Kong branch enough to file?")
_OFFICE_ABROAD = re.compile(
    r"\bfrom\s+(?:(?:our|the)\s+)?(?:"
    + words_pattern(ABROAD + OTHER_CHINESE_REGIONS + HONG_KONG + tuple(FOREIGN_ADJECTIVES))
    + r")\s+(?:offices?|hq|headquarters|team)\b"
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
    r"\b(?:icp|beian|filing)\b[^.?!]{0,40}\bpossible\b|\bpossible to (?:file|apply|register)\b|"
    # ... or the company named: "can the singapore company itself do the filing?"
    r"\b(?:can|could|may)\s+(?:the|our|my|a|an|that|this)\s+(?:[\w'-]+\s+){0,3}?(?:company|"
    r"entity|firm|business|parent|hq|headquarters|corporation|gmbh|ltd|llc|inc)\s+"
    r"(?:itself\s+|directly\s+|still\s+|also\s+)?(?:(?:file|apply|register)"
    # (not for something else: "can our HK company apply for a Chinese bank account?")
    r"(?!\s+(?:for\s+)?(?:an?|the|our|its)\s+(?!icp|beian|filing|web|site|domain)\w)|"
    r"(?:get|do|make|complete|submit)\s+(?:an?\s+|the\s+|our\s+|its\s+)?(?:icp|beian|filing))\b|"
    # ... or the site filed: "can our Shenzhen ECS site get filed?"
    r"\b(?:can|could|may)\s+(?:our|the|my|their|its|this|that)\s+(?:[\w'-]+\s+){0,3}?(?:sites?|"
    r"websites?|domains?|web ?shops?|pages?)\s+(?:[\w'-]+\s+){0,4}?(?:still\s+|even\s+)?"
    r"(?:be|get)\s+filed\b"
)


def asks_if_one_can_file(text: str) -> bool:
    """A question whether a filing can be made at all (in the case it sets out)."""
    text = clean(text)
    return is_question(text) and bool(_CAN_ONE_FILE.search(text))


# What may follow "can we file?" when only that is asked: nothing, or the site it is for ("... for
# our site on ECS Xiamen"); not when, how fast, at what cost or in which language
_FOR_THE_SITE_ONLY = re.compile(
    r"^(?:\s+(?:for|of)\s+(?:our|the|my|their|its|this|that|an?)\s+(?:[\w'-]+\s+){0,3}?"
    rf"(?:{SITE_NOUNS}|domains?|shops?|stores?)\b"
    r"(?:\s+(?:on|in|at|hosted on|hosted in|running on)\s+[^.?!,;]{1,30})?)?\s*(?:\?|$|[.!])"
)


def asks_only_if_one_can_file(text: str) -> bool:
    """Whether a filing can be made, and nothing more of it: not "can we file the ICP this week?",
    "... in under 20 days?", "... without paying an agent?", "... for 3 domains at once?"."""
    text = clean(text)
    if not is_question(text):
        return False
    return any(
        _FOR_THE_SITE_ONLY.match(text[found.end() :]) for found in _CAN_ONE_FILE.finditer(text)
    )


_SERVES_CHINA = re.compile(
    r"\b(?:serv|reach|target|enter)\w*\s+(?:(?:users|customers|visitors|people) in\s+)?"
    r"(?:the\s+)?(?:mainland\s+)?(?:china|chinese)\b"
)


# Whether "it" or "one" is needed, with nothing else named: in this assistant, the filing ("do I
# really need to go through all that to obtain one?", "do you have to apply for it?").
_NEEDS_IT = re.compile(
    r"^\W*(?:so\W+|but\W+|and\W+)?(?:(?:do|does|should)\s+(?:i|we|you|one)\s+(?:really\s+|"
    r"actually\s+|still\s+)?(?:need|have|got)\s+to|must\s+(?:i|we|you|one))\b[^.?!]{0,50}?"
    r"\b(?:apply for|obtain|get|"
    r"file for|register for|go for)\s+(?:it|one)\s*\?"
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
    filing_named = re.search(rf"\b{FILING_WORD}\b", text)
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
                and HOSTING_WORDS.search(sentence)
            )
            # (a site's owner: who may register the site)
            or re.search(r"\b(?:web)?site owners?\b|\bowners? of the (?:web)?site\b", sentence)
        )
        for sentence in sentences(text)
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


def _asks_to_apply_of_a_presence(text: str) -> bool:
    return bool(
        _MAY_APPLY_BARE.search(text)
        and not _OTHER_APPLICATIONS.search(text)
        and to_china_presence(text) is not None
    )


@functools.lru_cache(maxsize=512)  # asked several times per message
def carries_subject(intent: str, text: str) -> bool:
    """True when `text` is about what the FAQ question `intent` answers."""
    text = with_what_one_stands_for(clean(text))
    pattern = TOPIC_SUBJECTS.get(intent)
    if pattern is None:
        return True
    if intent == "ask_cdn" and not pattern.search(NO_CDN.sub(" ", text)):
        return False  # "no CDN in front of anything": a CDN denied is not the question's subject
    if intent in _FILING_QUESTIONS and not (
        _ASKS_ABOUT_FILING.search(text)
        or (_CONCERN_ASKED.search(text) and not _TECHNICAL.search(text))
    ):
        return False
    if intent == "ask_hosted_outside" and not (
        names_the_filing(text) or _SITE_OR_SERVER.search(text) or FOLLOW_UP.search(text)
    ):
        return False  # "a job in Singapore: do they require Mandarin?" names no site abroad
    if (
        intent == "ask_no_filing"
        and lacks_documents(text)
        and SERVER_WORD_PATTERN.search(text)
        and MAINLAND_WORDS.search(text)
    ):
        # the FAQ's own reasons, told beside a mainland server, the filing unnamed: "no domain
        # name and can't provide the docs, ECS is in Shanghai. Any option?"
        return True
    if intent in _ICP_QUESTIONS and not (
        ICP_WORDS.search(text)
        or FOLLOW_UP.search(text)
        # the FAQ's own words, the filing unnamed: the permanent office certificate used "as a
        # business license" ("... Can we use that in place of a business license?")
        or (
            intent == "ask_physical_office"
            and (_the_certificate_as_a_licence(text) or _asks_to_apply_of_a_presence(text))
        )
    ):
        return False
    if intent == "ask_ip_only" and not (
        ICP_WORDS.search(text) or MAINLAND_WORDS.search(text) or FOLLOW_UP.search(text)
    ):
        # "can I reach a local web app by IP without a domain?": IP-only access, but nothing of
        # the filing or of mainland China, which the FAQ's question is about
        return False
    if intent == "ask_hosted_outside":
        # (a place abroad that names where papers are from is no site's: "our Hong Kong
        # certificate of incorporation")
        text = FOREIGN_DOCUMENTS.sub(" ", text)
        if PLACES_OUTSIDE.search(text):
            return True
    if (
        intent in _ABOUT_THE_FILING
        and not (names_the_filing(text) or FOLLOW_UP.search(text))
        and not (intent == "ask_physical_office" and _asks_to_apply_of_a_presence(text))
    ):
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
            and not hosts_in_china(text)
            and not _OFFICE_CERTIFICATE.search(text)
            and not _the_certificate_as_a_licence(text)
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
        or (foreign_documents(text) and names_the_filing(text))
        # "We are a US company ... Can we do ICP filing?"
        or (COMPANY_ABROAD.search(text) and asks_if_one_can_file(text))
        # a claim of who may file, checked: "A forum post said only Chinese firms can apply for a
        # beian. ... Is that so?"
        or (states_who_may_file(text) and refers_back(asked_part(text)))
        or _asks_to_apply_of_a_presence(text)
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
                or (SERVER_WORD_PATTERN.search(text) and PLACES.search(text))
                or _SERVES_CHINA.search(text)
                or _NEEDS_IT.search(text)
            )
        )
    return bool(pattern.search(text))
