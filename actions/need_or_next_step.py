"""Whether a filing is needed, asked or said, and "what now?" asked.

Whether a filing is needed is the umbrella question's ("do I need an ICP Filing?"), also when the
filing goes by a newcomer's words ("some kind of government registration"); a bare "what now?"
asks the next step in the situation just described. Both are read by the subjects the FAQ does
not cover (actions/uncovered_subjects.py) as well as by the scope decision.
"""

import re
from typing import Pattern

from actions.message_parts import (
    clean,
    names_the_filing,
)
from actions.scope_words import (
    FILING_WORD,
    HOSTING_WORDS,
)

# What to do now, asked bare: "now what?", "what should we do?", "what are our options?"
_WHAT_NOW = re.compile(
    r"\bnow what\b|\bwhat (?:now|next)\b|\bthen what\s*\?|"
    # ("so whats the next step for us?")
    r"\bwhat(?:'s|s| is| are)\s+(?:the|our|my)\s+next\s+steps?(?:\s+(?:for (?:us|me)|then|now))?"
    r"\s*(?:[?.!]|$)|"
    # ("... access has been blocked.' Our site is on an ECS in Hangzhou. What does this mean for
    # us?")
    r"\bwhat (?:does|do) (?:this|that|it) mean for (?:us|me|our [\w-]+)\s*(?:[?.!]|$)|"
    r"\bwhat happens (?:now|next)\s*(?:[?.!]|$)|"
    r"\bwhat (?:should|can|could|do|does|shall|must) (?:we|i|it|they|the company|the client) "
    r"do(?:\s+(?:now|then|next|instead))?\s*"
    r"(?:[?.!]|$)|"
    # (the auxiliary dropped, as non-native writers ask: "so what i do now?")
    r"\bwhat (?:we|i) (?:should |must |can )?do\s+(?:now|then|next|instead)\s*(?:[?.!]|$)|"
    # ... for an end named: "what should we do to get something online for chinese users?"
    # (not another way to file: "What should we do to file through our branch instead?")
    r"\bwhat (?:should|can|could|do|must) (?:we|i|they) do\s+(?:to|so that|in order to)\b"
    r"(?!\s+(?:file|apply|register|submit|complete|finish|get\s+(?:the\s+|an?\s+)?(?:icp|filing|"
    r"beian)))[^.?!]{0,80}\?|"
    r"\bwhat(?:'s|\s+are|\s+is) (?:our|my|the) (?:options?|alternatives?)\b|"
    r"\b(?:any|other) (?:options|alternatives)\b|"
    r"\b(?:any|a|some|other|the) (?:workarounds?|work-arounds?|ways? around (?:it|this|that))\b|"
    # advice asked for: "what would you advise that startup to do instead?", "what do you
    # recommend we do?"
    r"\bwhat (?:would|do|can|could) you (?:advise|recommend|suggest)\b[^.?!]{0,30}\bdo\b"
    r"(?:\s+(?:now|then|next|instead))?\s*(?:[?.!]|$)|"
    # ... or with what to do left unsaid: "what would you suggest instead?"
    r"\bwhat (?:would|do|can|could) you (?:advise|recommend|suggest)(?:\s+(?:then|now|instead|"
    r"in that case))+\s*(?:[?.!]|$)|"
    # an alternative asked for alone: "... is impossible for them. alternative?"
    # (or the options: "... but we cant get any chinese docs. options?")
    r"(?:^|[.!?;:]\s*)(?:any\s+|an\s+|the\s+|our\s+)?(?:alternatives?|(?:other\s+)?options?|"
    r"plan b)\s*\?|"
    r"\bwhat (?:options|alternatives|choices) (?:do|would|could|did) (?:we|i) have\b|"
    # ... or for anyone in that case, as a heading or a question: "Options for foreign companies
    # when the ICP Filing cannot be completed", "what can a company do if ..."
    r"^\W*(?:the\s+)?(?:options|alternatives)\s+(?:for\s+[^.?!]{1,40}?\s+)?(?:when|if)\b|"
    r"\bwhat (?:can|could|should) (?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|"
    r"business(?:es)?|sites?|websites?) do\s+(?:if|when)\b|"
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


# The filing itself needed, asked or stated: "ICP is a must", "the ICP license is needed", "you
# would need the ICP Filing", "can skip the filing" (not "has to find a citizen for the filing").
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
        r"(?:[\s/]+[\w-]+){0,3}?\s+(?:is|are|be|was|were|isn'?t|aren'?t|wasn'?t)\s+"
        # (or said not to be: "the filing is 'optional for foreign companies'", "is not
        # required")
        r"(?:(?:\w+ly|also|still|now|often|not|n't|never)\s+)?[\"'“‘]?(?:a must|needed|"
        r"required|mandatory|necessary|compulsory|obligatory|indispensable|essential|"
        r"mandated|prescribed|optional|voluntary)\b|"
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


_NEEDS_A_FILING = _needs_pattern(FILING_WORD)
# ... a permission for something other than the site: "government approval for the game itself",
# "to use encryption", "a government license to teach online"
_PERMISSION_FOR_SOMETHING_ELSE = re.compile(
    rf"\b{_PERMISSION}\b[^.?!]{{0,40}}?\b(?:to\s+(?!launch|go live|go online|be online|be live|"
    r"open|start|host|run|put|"
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
    # ... or anything to register with them: "do we have to register anything with the
    # authorities before it goes live?"
    r"\b(?:have|has|need|needs)\s+to\s+register\s+(?:anything|something|it|the\s+(?:site|shop|"
    r"store|website)|our\s+(?:site|shop|store|website))\s+with\s+(?:the\s+)?(?:chinese\s+|"
    r"china\s+|local\s+)?(?:authorities|government|miit|ministry)\b|"
    # "... if the shop has to be registered with the Chinese authorities"
    r"\b(?:site|website|shop|store|it|page|domain)\b(?:\s+[\w'-]+){0,4}?\s+(?:has|have|needs?)\s+to\s+be\s+registered\s+"
    r"with\s+(?:the\s+)?(?:chinese\s+|china\s+|local\s+)?(?:authorities|government|miit|"
    r"ministry)\b"
)


# Quote marks around words, not an apostrophe inside one ("don't")
_QUOTE_MARKS = re.compile(r"(?<!\w)['\"“”‘’]|['\"“”‘’](?!\w)")


def speaks_of_needing_a_filing(text: str, context: str = "") -> bool:
    """Whether the filing is needed, asked or stated ("ICP is a must for a serious presence in
    China"): the umbrella question's own point. `context`: the message `text` is part of, whose
    site or server an unnamed registration may be for ("... an ECS box in Hangzhou. Is some kind
    of government registration required before we launch?")."""
    text = clean(text)
    # (an unnamed filing quoted as someone put it: "we need a 'government license to be online in
    # China'")
    unquoted = _QUOTE_MARKS.sub(" ", text)
    return bool(
        _NEEDS_A_FILING.search(text)
        # (the filing unnamed, for a site or a server: not "a permit from the authorities to
        # import food")
        or (
            (_NEEDS_A_PERMISSION.search(unquoted) or _ASKS_FOR_ANY_PERMISSION.search(text))
            and HOSTING_WORDS.search(clean(context) or text)
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
ASKS_IF_IT_NEEDS_ONE = re.compile(
    # needed, asked terse with what makes it doubtful after: "Filing mandatory even tho we're a UK
    # company?"
    r"(?:^|[.!?;]\s*)(?:(?:so|and|is|then)\s+)?(?:an?\s+|the\s+)?(?:icp\s+)?(?:filing|icp|beian)\s+"
    r"(?:still\s+|really\s+|even\s+|also\s+)?(?:mandatory|required|needed|necessary|compulsory)\s+"
    r"(?:even\s+(?:tho|though|if|when)|although|though|if|when|since|for)\b[^.!?]*\?|"
    # none needed, checked bare: "No ICP then?", "so no filing needed?"
    # (or checked in a sentence after it: "..., so no ICP. True?")
    r"(?:^|[.!?;]\s*|,\s*(?=so\b))(?:(?:so|and|ok|okay)\W+)?no\s+(?:icp|beian|filing)(?:\s+(?:filing|"
    r"needed|required|necessary))?(?:\s+(?:then|needed|required|either))?"
    r"(?:\s+for\s+(?:us|me|them|it|our\s+[\w-]+))?(?:\s+(?:then|either))?\s*"
    r"(?:,?\s*(?:right|correct|then)?\s*\?|[.!]\s*(?:is\s+that\s+|is\s+this\s+)?(?:true|right|"
    r"correct)\s*\?)|"
    # when one is needed: "under which circumstances is MIIT registration mandatory?", "in what
    # situations must an application for an ICP record be submitted?"
    + _WHEN_ASKED
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
    # ... or a statement asked, or the verb asked: "We must do ICP?", "must we apply for icp?"
    # (the clause's own start: not "where do we have to do the ICP filing?")
    r"(?:^|[.!?,;]\s*|\b(?:so|then|and|but|also)\s+)(?:we|i)\s+(?:still\s+|also\s+|really\s+|"
    r"then\s+)?(?:must|should|have to|need to)\s+"
    r"(?:do|get|make|apply(?:\s+for)?|file(?:\s+for)?|have)\s+(?:the\s+|an?\s+)?(?:icp|beian|filing)\b"
    r"(?=[^.!?,;]*\?)|"
    # ... or the verb alone, checked with a tag: "so we must file, right?"
    r"(?:^|[.!?;]\s*|\b(?:so|then|and)\s+)(?:we|i|they)\s+(?:still\s+|really\s+|then\s+)?"
    r"(?:must|have to|need to|will have to|'ll have to)\s+(?:file|apply)(?:\s+(?:then|too|also))?"
    r"\s*,?\s*(?:right|correct|yes|yeah|then)\s*\?|"
    r"(?:^|[.!?,;]\s*|\b(?:so|then|and|but|also)\s+)(?:must|should|shall)\s+(?:we|i)\s+"
    r"(?:still\s+|also\s+|really\s+)?(?:apply|file)"
    r"(?:\s+for)?\s+(?:the\s+|an?\s+)?(?:icp|beian|filing)\b(?=[^.!?,;]*\?)|"
    # "I read something about ICP. Is it must for us?" ("it": in this assistant, the filing)
    # (not "is it a must to also do the PSB filing?")
    r"\b(?:is|isn't)\s+(?:it|this|that|icp|beian|an?\s+icp|the\s+icp)\s+(?:\w+\s+)?(?:a\s+)?must\b"
    r"(?=\s*(?:\?|$|,|for\s+(?:us|me|our\s+[\w-]+)\s*\?|here\b|or\b))|"
    # anything to do about it, asked: "anything ICP-wise we have to do before launch?", "do we
    # have to do anything icp related first?"
    r"\banything\s+(?:icp|beian|filing)[- ]?(?:wise|related)\b[^.?!]{0,30}"
    r"\b(?:have to|has to|need to|needs to|must|should)\s+do\b(?=[^.!?]*\?)|"
    r"\b(?:have to|has to|need to|needs to|must|should)\s+do\s+anything\s+(?:icp|beian|filing)"
    r"[- ]?(?:wise|related)\b(?=[^.!?]*\?)|"
    # ... or of the filing named before, by a pronoun: "with the HK box do I have to do any of
    # it?"
    r"\b(?:do|does|would|will)\s+(?:i|we|they|our\s+[\w-]+)\s+(?:still\s+|really\s+)?"
    r"(?:have to|need to|must)\s+do\s+(?:any\s+of\s+|all\s+of\s+)?(?:it|that|this)\b"
    r"(?=[^.!?]*\?)|"
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
    # whether to bother at all, which the facts answer: "boss asks if we should bother filing at
    # all", "do we even need to bother with icp?" (not set against another way or time: "should
    # we bother with the filing now or wait until after the move?")
    r"\b(?:(?:should|do|must|need)\s+(?:we|i)|(?:if|whether)\s+(?:we|i)\s+(?:should|must|need to|"
    r"have to))\s+(?:even\s+|really\s+|actually\s+)?(?:need\s+to\s+)?bother\s+(?:with\s+)?"
    r"(?:filing|(?:getting|doing|having)\s+(?:an?\s+|the\s+)?"
    r"(?:icp|beian|filing)|(?:the\s+|an?\s+)?(?:icp|beian|filing))\b(?![^.?!]*\bor\b)|"
    # "does having the office mean we must file?"
    # ("does the branch mean we have to file ICP anyway?")
    r"\b(?:we|i|they)\s+(?:must|have to|need to)\s+(?:also\s+)?(?:file|register)\b"
    r"(?:\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:icp|beian)(?:\s+filing)?)?"
    r"(?:\s+(?:too|as well|also|then|at all|anyway|regardless))?\s*\?|"
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
    r"(?:\s+for\s+(?:us|me|them|our \w+))?"
    # (checked: "so no filing needed at all, right?")
    r"(?:\s+(?:at all|then|anymore|any more|now|either))?"
    r"(?:\s*,?\s*(?:right|correct|yes|true|is that (?:right|correct)|isn't it|huh|eh)(?=\s*\?))?"
    r"\s*(?:[?.!]|"
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


# A rule of anyone's checked: "is it true that any foreign company hosting a website on alibaba ecs
# in mainland china must do the icp filing, even if ...?", "must every foreign company hosting
# there do the filing?" (not which one, when, how or through whom: "which of our companies needs
# to do the icp filing?", "must a foreign company do the icp filing through a rep office?")
_A_RULE_OF_ANYONES_CHECKED = re.compile(
    r"\b(?:company|companies|firm|firms|business|businesses|site|sites|website|websites|everyone|"
    r"anyone|entity|entities)\b(?:\s+[\w'-]+){0,12}?\s+(?:must|has to|have to|needs? to)\s+"
    r"(?:do|get|make|complete|obtain|have)\s+(?:the\s+|an?\s+)?(?:icp|beian)(?:\s+filing)?\b|"
    r"\b(?:must|should|shall)\s+(?:every|any|each|all|a|an)\s+(?:[\w'-]+\s+){0,12}?"
    r"(?:do|get|make|complete|obtain)\s+(?:the\s+|an?\s+)?(?:icp|beian)(?:\s+filing)?\b"
)
_NOT_WHETHER = re.compile(
    r"\b(?:which|who|whom|whose|what|when|how|where|through|via|before|after|or)\b"
)


def _checks_a_rule_of_anyone(part: str) -> bool:
    found = _A_RULE_OF_ANYONES_CHECKED.search(part)
    return bool(found) and not _NOT_WHETHER.search(part[: found.start()] + part[found.end() :])


def asks_if_it_needs_a_filing(text: str) -> bool:
    """The message asks whether a filing is needed ("our web app runs on ECS Hangzhou. Does it
    need beian?"), naming the filing: with the user's own facts, the umbrella question."""
    return asks_if_needed_in(text, text)


def asks_if_needed_in(part: str, text: str) -> bool:
    """`part` (the question a message asks) asks whether a filing is needed, the filing named
    anywhere in the message ("... beian is only for local firms. Do we need one, or not?")."""
    part = clean(part)
    return names_the_filing(text) and (
        bool(ASKS_IF_IT_NEEDS_ONE.search(part)) or _checks_a_rule_of_anyone(part)
    )
