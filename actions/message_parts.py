"""The parts of a message the scope decision reads, and whether it is about the filing.

Its sentences, the part that asks (a clause that stands on its own, else the sentence) and the
backstory before it, the part that states; whether it asks at all, is a heading or refers back to
what was just said; whether it follows up an earlier question; whether it names the filing (and
not ICP the Internet Computer's token, the lab instrument or the point-cloud algorithm) or is
about the assistant's domain at all.
"""

import functools
import re
from typing import List, Tuple

from actions.fact_words import FIRST_PERSON, QUESTION_START, lower_case
from actions.scope_words import (
    FOLLOW_UP,
    HOSTING_WORDS,
    ICP_WORDS,
    MAINLAND_WORDS,
    PLACES,
    REFERS_BACK,
    SENTENCE_ENDS,
)

# The filing itself, named: not any licence or registration ("a business licence", "real-name
# registration of a domain", "a licence to sell food"). A licence, permit or registration counts
# when it is a website's ("a license to host a website", "ICP license").
_FILING_NAMED = re.compile(
    r"\b(?:icp|beian|bei'?an|filings?(?!\s+cabinets?\b)|filed|unfiled|miit|record-filing|"
    r"recordals?)\b|"
    r"\bministry of industry\b|"
    # as a newcomer names it: "the Chinese registration thing", "a 'government license to be
    # online in China'"
    r"\b(?:chinese|china|government|goverment|govt)\s+(?:registration|licen[cs]e|permit)\s+"
    r"(?:thing|stuff)\b|"
    r"\b(?:government|goverment|govt)\s+(?:licen[cs]e|permit|registration)\s+to\s+(?:be|go|"
    r"operate|run)\s+(?:online|live)\b|"
    # the ICP Commercial License, by its short name ("a commercial (jingyingxing) license")
    r"\bcommercial\W+(?:\w+\W+)?licen[cs]es?\b|\bjing ?ying ?xing\b|"
    # "can we file?", "file for it" (not "file a VAT return", "file our taxes", "file a bug")
    r"\bfile\b(?!\s+(?:a|an|the|our|my|your|their|its|this|that|"
    r"for (?!icp|beian|recordal|it\b|one\b|"
    r"an? (?:icp|filing)))\b)|"
    # ... a site filed: "can the WFOE's licence be used to file the parent company's website?"
    r"\bfile\s+(?:the|our|my|your|their|its|this|that|an?)\s+(?:[\w'-]+\s+){0,3}?(?:websites?|"
    r"sites?|domains?|homepages?|web ?shops?)\b|"
    # ... or filed for: "can we use its paperwork to file for our global website?"
    # (the site the end of it: not "file for a refund for our website hosting", "file for our
    # website's trademark")
    r"\bfile\s+for\s+(?:the|our|my|your|their|its|this|that|an?)\s+"
    r"(?:(?!(?:for|of|on|to)\b)[\w'-]+\s+){0,3}?(?:websites?|homepages?|web ?shops?)"
    r"(?=\s*(?:[.?!,;]|$|\s+(?:in|on|with|through|at|too|as well)\b))"
)
_OTHER_LICENCES = re.compile(
    r"\b(?:business|food|trade|import|export|work|driving|real[- ]name|trademark|copyright|"
    r"software|tax|residence)\s+(?:licen[cs]es?|registrations?|permits?)\b|"
    # a company's own registration ("can a company registered in the US host a website in China?")
    # (not in China: "is our firm registered in china for the website?" may ask of the filing)
    r"\b(?:company|companies|business|firm|entity|parent|hq)\s+(?:is\s+|are\s+)?(?:registered|"
    r"incorporated)\s+(?:outside|abroad|overseas|offshore|in\s+(?!(?:the\s+)?(?:"
    + MAINLAND_WORDS.pattern
    + r"|chinese)\b))\b"
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
# ... any ICP spelled out as something else (not the filing's own "ICP (Internet Content
# Provider)"), where nothing of the filing's world is named beside it: "ICP (ideal customer
# profile) template for a B2B SaaS", not "selling to our ICP (ideal customer profile) from a site
# on ECS Shanghai, do we need an ICP filing?"
_ICP_SPELLED_OUT = re.compile(
    r"\bideal customer profiles?\b|"
    r"\bicp\s*(?:\(|=|:|-|stands for|means)\s*(?!internet\b|the internet\b)"
    r"(?![^)]*\b(?:filing|beian|licen[cs]e|registration|record|permit|number|china|chinese)\b)"
    r"[a-z]+\s+[a-z]+\s+[a-z]+\s*\)"
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
    if _ICP_SPELLED_OUT.search(text) and not _THE_FILINGS_WORLD.search(
        _ICP_SPELLED_OUT.sub(" ", text)
    ):
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


# A sentence that asks or requests, though it ends with no question mark.
_REQUEST = re.compile(
    r"\b(?:(?:want|need|like) to (?:know|confirm|check|understand)|please (?:also )?(?:tell|advise|"
    r"confirm|"
    r"explain|help|let)|wondering|can you (?:tell|confirm|explain)|"
    r"ask(?:s|ed|ing)? (?:me |us )?(?:whether|if|how|what|to confirm)|"
    r"(?:i|we) (?:don't|do not) know (?:whether|if|how|what)|"
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
    sentences = [s for s in SENTENCE_ENDS.split(text) if s.strip()]
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
        if len(re.findall(r"\w+", part)) <= _SHORT_QUESTION_WORDS or REFERS_BACK.search(part):
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
# A question's first word, also typed short ("whats the fee?")
_ASKING_WORD = f"{QUESTION_START}|whats|hows|wheres"
_NEXT_QUESTION = re.compile(
    # (an adverb first: "is ICP required, and roughly how many weeks does approval take?")
    # (or "btw": "shop.example.cn -- btw what would it cost?")
    rf"\s*[,;]?\s+(?:(?:--?|[–—])\s+)?(?:and|also|plus|but|btw|by the way),?\s+(?=(?:(?:also|"
    rf"roughly|approximately|about|generally|usually|typically|realistically)\s+|"
    # (or set by the answer before it: "can a ban shi chu file at all, and if so which provinces
    # let it?")
    rf"if so,?\s+)?(?:{_ASKING_WORD})\b)|"
    # (or after a colon: "Two questions: is an ICP Filing mandatory for us ..., and once we get
    # one, where ...?")
    rf"\s*[,;:]\s+(?=(?:{_ASKING_WORD})\b)|\s+(?:--?|[–—])\s+(?=(?:{_ASKING_WORD})\b)|"
    # (or a numbered one: "2 qs from cust: (1) do they need ICP ..., (2) how much does it cost?")
    # (not a word's last letter: "(in Singapore) is an ICP still needed")
    rf"\s*[,;:]?\s*\(?(?<!\w)(?:[1-9]|[a-e])\)\s*(?=(?:{_ASKING_WORD})\b)"
)
_NEXT_QUESTION_KEPT = re.compile(f"({_NEXT_QUESTION.pattern})")
_AND = re.compile(r"\b(?:and|also|plus|but|btw|by the way)\b")
# A thing named, short and with no verb of its own ("and also our mobile app"), ...
_A_THING_NAMED = re.compile(
    r"^(?!.*\b(?:is|are|was|were|runs?|hosted|has|have|had|uses?|sits?|lives?|on|in|at|we|i)\b)"
    r"\W*(?:\w+\W+){0,5}\w+\W*$"
)
# ... and a question of it just after: "(our mobile app,) is it the same?"
_OF_THE_THING_BEFORE = re.compile(
    r"\W*(?:is|does|do|would|will|can|could|must|should|are)\s+(?:it|that|this|they|those)\b"
)
# A question of its own: a question word among its first words ("also, roughly how long does
# approval take?", "btw how long does it take"), not a part that narrows the question before it
# ("In FTZ or outside FTZ?").
_ASKS_ON_ITS_OWN = re.compile(
    r"^\W*(?:(?:and|also|but|plus|so|then|btw|roughly|approximately|just|quick|question|"
    r"finally|lastly|secondly|additionally|oh|ok|okay|if so)\W+){0,3}"
    rf"(?:{_ASKING_WORD})\b|"
    # a thing named, then asked of: "and also our mobile app, is it same thing?"
    r"^\W*(?:(?:and|also|but|plus|so|then|btw|oh|ok|okay)\W+){0,3}[^,?]{1,40},\s*"
    + _OF_THE_THING_BEFORE.pattern
    + r"|"
    # marked as another question: "(side question, no big deal: any idea how long it takes?)"
    r"\b(?:side|separate|another|unrelated|different|second|bonus) question\b|\bone more thing\b"
)


def asks_on_its_own(part: str) -> bool:
    return bool(_ASKS_ON_ITS_OWN.search(part) or _REQUEST.search(part))


def _sentences_and_parts(text: str) -> List[Tuple[str, List[str]]]:
    """Each sentence of `text` with the questions and requests it asks."""
    split: List[Tuple[str, List[str]]] = []
    for sentence in SENTENCE_ENDS.split(clean(text)):
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
                # (or a thing named before the question that asks of it: "and our mobile app, is
                # it the same?")
                (
                    conditional
                    or (
                        number < len(pieces) - 1
                        and _OF_THE_THING_BEFORE.match(pieces[number + 1])
                        and _A_THING_NAMED.match(piece)
                    )
                )
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
    return [sentence for sentence in SENTENCE_ENDS.split(clean(text)) if sentence.strip()]


def asking_parts(text: str) -> List[str]:
    """The questions and requests of `text`, one by one: the sentences that ask, each split where
    it goes on to ask something else. A condition stays with the question it sets ("when we
    launch our app in China, do we need an ICP filing?" is one question)."""
    return [part for _, parts in _sentences_and_parts(text) for part in parts]


# A claim asked to be checked, by a tag after it: "..., is that right?", "..., yes?"
_A_CLAIM_CHECKED = re.compile(
    r"^(?P<claim>.+?)\s*,?\s*\b(?:is\s+(?:that|it|this)\s+(?:right|true|correct|so)|right|true|"
    r"correct|yes|no|yeah|yep|ok|okay)\s*\?+\s*$"
)
# ... two claims joined in it: "slb needs its own filing and that it costs extra per ip", "we must
# file in guangdong, and need a legal rep ID card too" (a clause, by its first word)
_AND_ANOTHER_CLAIM = re.compile(
    r",?\s+and\s+(?:that\s+|also\s+)?(?=(?:the|it|they|we|you|there|our|their|its|need|needs|"
    r"must|have to|has to|also)\b)"
)


def claims_checked(text: str) -> List[str]:
    """The claims that the last question of `text` joins and asks to have checked ("ip-only
    sites get filed with the province of our company and the provincial office charges a fee for
    it, right?"), each put as a question of its own; empty unless there are two or more."""
    asked = [s for s in re.split(r"(?<=[.!?])\s+", clean(text)) if s.rstrip().endswith("?")]
    checked = _A_CLAIM_CHECKED.match(asked[-1]) if asked else None
    if not checked:
        return []
    claims = [c.strip(" ,") for c in _AND_ANOTHER_CLAIM.split(checked.group("claim"))]
    if len(claims) < 2 or any(len(c.split()) < 3 for c in claims):
        return []
    return [f"{c}?" for c in claims]


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
        REFERS_BACK.search(part)
        or _ABOUT_WHAT_CAME_BEFORE.match(part)
        or re.match(r"\W*(?:and\s+)?if (?:so|yes|not)\b", part)
    )


def is_follow_up(text: str) -> bool:
    """ "What about ...?", "and if ...", or a case put by its preposition ("and on Alibaba Cloud,
    with the site on ECS in Beijing?"): continues the question asked before."""
    return bool(FOLLOW_UP.search(clean(text)) or _A_CASE_BY_ITS_PREPOSITION.match(clean(text)))


_A_CASE_BY_ITS_PREPOSITION = re.compile(r"\W*and\s+(?:on|with|for|in|at|via|using|through)\b")


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


def is_icp_related(text: str) -> bool:
    """About ICP Filing, hosting a site, Alibaba Cloud or a place: the assistant's domain."""
    text = clean(text)
    if means_another_icp(text):
        return False
    return bool(ICP_WORDS.search(text) or HOSTING_WORDS.search(text) or PLACES.search(text))
