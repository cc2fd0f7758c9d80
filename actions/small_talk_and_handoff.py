"""Courtesies and requests for a person, by their words.

The scope decision checks what the classifier took for small talk, a request for a person or
"are you a bot?" against these: a person asked for or asked to act, whom to speak to, a program
or a person asked about, thanks, hello and goodbye, and a question asked after small talk.
"""

import re

from actions.fact_words import FUTURE_WORDS
from actions.message_parts import (
    clean,
    is_follow_up,
    is_icp_related,
    is_question,
    names_the_filing,
)
from actions.uncovered_subjects import uncovered_subjects

# A person to be reached at an authority or an agency, not the provider's: "someone I can call at
# the Shanghai communications administration", "a person at the filing agency"
_AUTHORITY_OR_AGENT = (
    r"(?:provincial|miit|communications|government|authorit\w*|bureau|ministry|police|psb|"
    r"administration|agenc\w*|agents?)"
)
_AT_AN_AUTHORITY = (
    r"(?![^.?!]{0,40}\b(?:at|in|with|from)\s+(?:the\s+|an?\s+|our\s+)?(?:[\w-]+\s+)?"
    + _AUTHORITY_OR_AGENT
    + r"\b)"
)
# ... or named anywhere after what is asked of the provider's people ("who handles the MIIT")
_AN_AUTHORITY_AFTER = r"(?![^.?!]{0,40}\b" + _AUTHORITY_OR_AGENT + r"\b)"


# Asking for a person or a way to reach one (not "can a foreign person file?", "can an agent file
# for us?", a feature request's "Support HK region" or the filing's "phone number").
_ASKS_FOR_A_PERSON = re.compile(
    r"\b(?:talk|speak|chat)\s+(?:to|with)\b|\bhumans?\b|\bagents?(?:\s+please)?\s*$|"
    r"(?<!as )\b(?:an?|some|your|the)\s+(?:real\s+|live\s+|actual\s+)?"
    r"(?:person|agent|operator|expert|specialist|engineer|colleague|consultant|advis[eo]r|"
    r"representative)s?\b(?!\s+(?:file|files|apply|in charge|responsible|register))|"
    # "is it possible to arrange a call with one of your specialists?"
    r"\b(?:arrange|schedule|book|set up|have|hop on|jump on|get on)\s+(?:a|an)\s+"
    r"(?:quick\s+|short\s+)?(?:call|meeting|chat)\b|"
    r"\b(?:real|live|actual)\s+(?:person|agent)\b|\b(?:someone|somebody|staff|operators?)\b|"
    r"\b(?:customer|sales|support)\s+(?:service|support|care|team|staff|engineers?|desk|line|"
    r"representatives?|reps?)\b|"
    # (the provider's people by their trade, not the writer's own: "your cdn sales people", not
    # "our sales people in Shanghai")
    r"(?<!our )(?<!my )(?<!their )\b(?:customer|sales|support)\s+(?:people|folks|agents)\b|"
    r"\b(?:put|get)\s+(?:me|us)\s+in\s+touch\s+with\b|"
    r"\bhotline\b|\bcall ?back\b|\bticket\b|\bescalat\w*|"
    r"\b(?:contact|call|e-?mail|reach)\s+(?:your\s+|the\s+|customer\s+)?support\b|"
    r"\b(?:transfer|send|connect|pass|put)\s+(?:me|us)\s+(?:through\s+)?to\s+(?:\w+\s+)?support\b|"
    r"\bsupport(?:'s)?\s+(?:phone|number|e-?mail|hours)\b|\bphone support\b|"
    r"\b(?:call|contact|e-?mail) (?:me|us)\b|"
    # a contact of the provider's asked for: "can you give me a contact person in your ICP
    # team?" (not the authorities': "a contact at the MIIT")
    # (a person's or the provider's, not the filing's number, nor an authority's contact)
    r"(?:\b(?:give|send|share|pass|provide)\s+(?:me|us)\s+(?:an?\s+|the\s+|your\s+)?"
    r"(?:contact\s+(?:person|name)|contact(?=\s*[?.!,]|\s*$|\s+(?:at|in|on|from)\s+(?:your|alibaba))|"
    r"your\s+(?:phone number|number|e-?mail(?: address)?))|"
    # (asked to be given one, not a contact person the filing names: "the contact person, who
    # must be a Chinese national, ...")
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:get|have)\s+(?:a|your)\s+contact\s+person\b|"
    r"\bdo\s+you\s+have\s+(?:a|any)\s+contact\s+person\b)"
    r"(?![^.?!]{0,40}\b(?:miit|government|authorit\w*|bureau|ministry|police|psb|communications|"
    r"provincial|administration)\b)"
)


def asks_for_a_person(text: str) -> bool:
    """Whether the message asks for a person, or how to reach one, or someone of the provider's
    to act on the writer's case ("can your cdn team double-check our settings?")."""
    return bool(_ASKS_FOR_A_PERSON.search(clean(text))) or asks_someone_to_act(text)


# A question's form: "whether", "do we", "is it needed"
_A_QUESTIONS_FORM = re.compile(
    r"\b(?:whether|if|how|which|what|when|where|why)\b|"
    r"\b(?:do|does|did|is|are|can|could|must|should|would|will)\s+(?:we|i|you|it|they|our|my|the|"
    r"this|that|icp|an?)\b|\b(?:need|needs|needed|required|necessary|mandatory)\b"
)


def asks_more_than_a_person(text: str) -> bool:
    """Whether the message, beside asking for a person, asks a question of its own, in the same
    sentence after the request or in another ("could I speak with someone about whether our
    server needs a filing?", "I'd like to talk to a person. our server is in Tokyo, do we need
    ICP?"); not a thing the person is wanted for ("could I talk to a sales rep about buying that
    temporary server?")."""
    text = clean(text)
    found = _ASKS_FOR_A_PERSON.search(text)
    if not found:
        return bool(_A_QUESTIONS_FORM.search(text))
    opens = max(text.rfind(mark, 0, found.start()) for mark in ".?!;") + 1
    return bool(_A_QUESTIONS_FORM.search(text[:opens] + " " + text[found.end() :]))


# Whom to speak to, asked: "who on your side can I speak to about the filing review?"; or a
# person to speak to, whatever about: "i'd rather talk to a real person about my beian", "is there
# someone i can call about this"
_WHOM_TO_SPEAK_TO = (
    r"\bwho\s+(?:[\w']+\s+){0,4}?(?:can|could|should|do)\s+(?:i|we)\s+(?:talk|speak|chat)\s+"
    r"(?:to|with)\b" + _AT_AN_AUTHORITY + r"|"
    # put through to a person, whatever about: "pls connect me with a sales rep who can help us
    # plan the migration and filing" (not to an authority)
    # (a person, not a server or an authority: "the SLB will connect us to the ECS")
    r"\b(?:connect|transfer|put)\s+(?:me|us)\s+(?:through\s+)?(?:to|with)\s+"
    r"(?:an?\s+|the\s+|your\s+|one of your\s+)?(?:[\w-]+\s+)?(?:person|human|agent|rep|"
    r"representative|sales|someone|somebody|colleague|specialist|consultant|expert|engineer|team|"
    r"staff|support|manager|advis[eo]r)s?\b|"
    # ("ok who can i ask about that then?": not whom the filing asks for, "who must we ask for
    # the documents")
    # (not whom to contact for the filing: "who can I contact if I have questions during the
    # registration?")
    r"\bwho\s+(?:can|could|should)\s+(?:i|we)\s+ask\b(?!\s+for\b)|"
    # ... or who can help, asked bare after an answer: "ok who can help me with that?" (not with
    # what it names: "who can help us with the PSB filing?")
    r"(?:^|[.!?,;]\s*)(?:(?:ok|okay|so|then|and|hmm)\W+)*who\s+(?:can|could)\s+help\s+"
    r"(?:me|us)(?:\s+with\s+(?:that|this|it)|\s+(?:to\s+)?[a-z]+\s+(?:it|that|this))?(?:\s+then)?\W*$|"
    # ... or a person asked: "ok let me ask a person"
    # (one of the provider's, not the writer's own: "let me ask a colleague and get back to you")
    r"\b(?:let me|(?:i|we)(?:'d| would) like to|(?:i|we) want to|can (?:i|we)|could (?:i|we)|"
    r"may (?:i|we))\s+(?:just\s+)?ask\s+(?:(?:a|an|some)\s+(?:real\s+|live\s+|actual\s+)?"
    r"(?:person|human|agent)|one of your\s+(?:[\w-]+\s+)?(?:colleagues|specialists|experts|"
    r"reps|representatives|people|staff))\b(?![^.?!]{0,20}\b(?:on|in|from)\s+(?:our|my)\b)|"
    r"(?<!should\s)\b(?:talk|speak|chat)(?:ing)?\s+(?:to|with)\s+"
    r"(?:a\s+|an\s+|some\s+)?(?:real\s+|actual\s+|"
    r"live\s+)?(?:person|human|agent|someone|somebody|consultant|specialist)\b"
    # (not an authority's person to be spoken to: "someone at the MIIT")
    r"(?!\s+(?:at|from|in|of)\s+(?:the\s+)?(?:miit|government|authorit\w*|bureau|ministry|"
    r"police|psb|communications)\b)|"
    r"\b(?:someone|somebody|anyone|anybody|a person)\s+(?:i|we)\s+(?:can|could)\s+(?:call|phone|"
    r"ring|contact|e-?mail|write to|reach|talk to|speak to|speak with)\b" + _AT_AN_AUTHORITY + r"|"
    # ... of the provider's, to bring in: "anyone on your side I can loop in for the cost part?"
    r"\b(?:someone|somebody|anyone|anybody)\s+(?:on|from|at|in)\s+your\s+(?:side|team|end|"
    r"support)\s+(?:(?:that|who)\s+)?(?:i|we)\s+(?:can|could)\s+(?:loop in|cc|bring in|involve|"
    r"ask|escalate to|forward\s+(?:it|this)\s+to|pass\s+(?:it|this)\s+to)\b"
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
    r"\b(?:can|could|would|will)\s+(?:(?:someone|somebody|anyone|anybody|a person|a human)\s+"
    r"(?:from|at|on|of|in)\s+(?:alibaba(?:\s+cloud)?|aliyun|your\s+(?:\w+\s+)?(?:side|end|team|"
    r"company|support|staff)|support|you guys)|"
    # (or one of the provider's people by their role: "can a support agent look at our site?",
    # "can your solutions architect go over the setup with us?")
    r"(?:one of your|your)\s+(?:support|sales|cdn|technical|tech|solutions?|customer)\s+"
    r"(?:agent|rep|representative|engineer|architect|specialist|expert|team|person|people)s?|"
    # (a bare "a" only for the provider's support or sales staff, on the writer's own thing:
    # "can a support agent look at our site", not "can a sales team check the site in China")
    r"an?\s+(?:support|sales)\s+(?:agent|rep|representative|engineer)(?=\s+(?:please\s+|pls\s+)?"
    r"[\w-]+(?:\s+(?:at|over|into))?\s+(?:our|my)\b))\s+"
    r"(?:please\s+|pls\s+)?"
    r"(?:check|look into|look at|look over|go over|double[- ]?check|check over|sort out|fix|"
    r"review|hop on a call|get on a call|jump on a call|"
    r"investigate|escalate|follow up|chase|speed up|expedite|"
    # (or to do a part of it for the writer: "can someone from your team set up the temporary
    # ecs for us")
    r"(?:set up|setup|configure|create|handle|do|take care of|arrange|prepare|submit|buy|order)"
    r"\s+(?:[\w-]+\s+){0,4}?for\s+(?:me|us)\b|"
    # (or to guide the writer: "could someone from your team walk me through the psb part?")
    r"walk\s+(?:me|us)\s+through|go\s+through\s+(?:it|this|that)\s+with\s+(?:me|us)|"
    # (or to reach the writer: "can someone from your team call me about this instead")
    r"(?:call|phone|ring|contact|e-?mail|reach out to|get back to|get in touch with)\s+"
    r"(?:me|us))\b|"
    # ... or anyone, to reach the writer: "can someone call me?", "can somebody from sales contact
    # me pls" (not an authority's people)
    # (asked for, not asked about: "will someone contact us after we submit the filing?")
    r"\b(?:can|could)\s+(?:someone|somebody|a person|a human|one of you)"
    r"(?:\s+(?:from|at|on|of|in)\s+(?![^.?!]{0,25}\b(?:our|my|miit|government|bureau|ministry|"
    r"police|psb|authorit\w*|administration|provincial|communications)\b)"
    r"(?:[\w-]+\s+){0,2}?[\w-]+)?\s+(?:please\s+|pls\s+)?"
    r"(?:call|phone|ring|contact|e-?mail|reach out to|get back to|get in touch with|text|"
    r"message)\s+(?:me|us)\b|"
    # ... or let reach the writer: "ok, pls let a sales rep contact me"
    r"\b(?:let|have|get)\s+(?:a|an|one of your|some|your)\s+(?:[\w-]+\s+)?(?:rep|representative|"
    r"person|human|agent|colleague|specialist|expert|engineer|someone|somebody)\s+"
    r"(?:contact|call|e-?mail|reach|phone|ring|get back to|get in touch with)\s+(?:me|us)\b|"
    # ... or sent by the assistant: "can you get someone from the filing team to look at the case"
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+)?(?:get|have|ask|send)\s+"
    r"(?:someone|somebody|a person|a human|one of your\s+(?:[\w-]+\s+)?(?:people|colleagues|staff|"
    r"experts|specialists|engineers))\s+(?:(?:from|at|on|of|in)\s+(?:your\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:team|side|end|desk|department|support|alibaba(?:\s+cloud)?|aliyun)\s+)?"
    r"(?:to\s+)?(?:check|look into|look at|review|investigate|escalate|follow up|chase|help|"
    r"contact|call)\b|"
    # ... or a real person there to help: "is there a real person who can help us get the filing
    # started?" (a real one: the assistant's own side, not an authority's)
    r"\bis there (?:a|any)\s+(?:real|live|actual)\s+(?:person|human|agent)\s+(?:[^.?!]{0,20}\s)?"
    r"(?:who|that)\s+(?:can|could|would)\s+(?:help|assist|guide|walk)\b"
)


def asks_someone_to_act(text: str) -> bool:
    """Whether the message asks someone of the provider's to act on the writer's case."""
    return bool(re.search(_SOMEONE_TO_ACT, clean(text)))


# A person requested in so many words ("Could I please speak with a colleague of yours?", "is it
# possible to arrange a call with one of your specialists?"), not someone merely named ("could
# someone explain the procedure?", a ticket's text)
_REQUESTS_A_PERSON = re.compile(
    r"\b(?:can|could|may|is it possible to|would it be possible to|"
    r"(?:i|we)(?:'d| would| should) (?:like|love|prefer|rather|sooner)(?: to)?|(?:i|we) prefer to|"
    r"i want to|we want to|please|pls|plz|let me)\s+"
    r"(?:i\s+|we\s+)?"
    r"(?:please\s+|pls\s+)?(?:talk|speak|chat|get in touch|arrange|schedule|book|set up|have|"
    r"hop on|jump on|get on|"
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
    # ("could a colleague of yours reach out to us by email about this?")
    r"contact|guide|talk|go through|explain|assist|reach out|get back|get in touch|e-?mail|"
    r"phone|ring|write)\b|" + _SOMEONE_TO_ACT + r"|"
    # ... or anyone, to look at the writer's own case: "can a person look at our rejected
    # application?"
    # (asked for now: not "will someone review our application after we submit it?")
    r"\b(?:can|could)\s+(?:someone|somebody|a person|a human|a real person)\s+"
    r"(?:please\s+)?(?:check|look at|look into|look over|review|go over|double[- ]?check)\s+"
    r"(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:application|case|ticket|submission|filing|documents?|"
    r"papers|paperwork)\b|"
    # ... or someone of the provider's to do it: "can someone from alibaba check it please"
    r"\bis there (?:someone|somebody|anyone|anybody|a person|a human|a colleague)\b"
    # (not the writer's own people, nor an authority's: "someone in our company who can review",
    # "anyone at the MIIT who can check")
    r"(?![^.?!]{0,30}\b(?:(?:our|my|their)\s+(?:own\s+)?(?:company|team|side|office|staff|group|"
    r"firm|end)|miit|government|authorit\w*|bureau|ministry|police|psb)\b)[^.?!]{0,40}"
    r"\b(?:who|that)\s+(?:could|can|would|might)\s+(?:help|assist|walk|guide|talk|call|check|"
    r"look at|look into|look over|go over|double[- ]?check|review|fix|sort out)\b|"
    # ... or one of the provider's who does it: "is there someone on your team who handles
    # transfers?" (not who deals with an authority or an agent: "... who handles the MIIT")
    r"\bis there (?:someone|somebody|anyone|anybody|a person|a colleague)\s+"
    r"(?:on|in|at|from)\s+(?:(?:your|ur)\s+(?:\w+\s+)?(?:team|side|end|support|staff|company)|"
    r"alibaba(?:\s+cloud)?|aliyun)\s+(?:who|that)\s+(?:handles|deals with|takes care of|"
    r"looks after|is in charge of|works on|knows|speciali[sz]es in)\b" + _AN_AUTHORITY_AFTER + r"|"
    # ... or a ticket opened: "can you open a ticket for me with the filing team" (not a case
    # study, nor with an authority or an agent: "can you log a case with the MIIT for us?")
    # (or opened by the writer: "I'd like to open a ticket with your ICP team"; a person asked to
    # put the writer through: "can you transfer me")
    r"(?:\b(?:can|could|would|will)\s+(?:you|u)|\b(?:i|we)(?:'d| would) like to|\b(?:i|we) want to|"
    r"\blet me)\s+(?:please\s+|pls\s+)?(?:open|raise|create|log|submit|start)\s+(?:an?\s+)?"
    r"(?:support\s+)?(?:ticket|case(?!\s+stud))\b" + _AN_AUTHORITY_AFTER + r"|"
    # ... or to write to: "Is there a person I can e-mail about the paperwork?"
    # (or placed on the provider's side first: "Is there somebody on your side I could email?")
    r"\bis there (?:someone|somebody|anyone|anybody|a person|a human|a colleague)\s+"
    # (or in a team of the provider's named by its work: "in the ICP team", not "in the
    # marketing team")
    r"(?:(?:on|in|at|from)\s+(?:(?:your|ur)\s+(?:(?!" + _AUTHORITY_OR_AGENT + r")\w+\s+)?|"
    r"the\s+(?:icp|filing|beian|support|sales|cdn|technical|tech)\s+)"
    r"(?:side|team|end|support|company)\s+|"
    # (or at the provider: "is there someone at alibaba I can email about it?")
    r"(?:at|from|in)\s+(?:alibaba(?:\s+cloud)?|aliyun)\s+)?"
    r"(?:i|we)\s+"
    r"(?:can|could)\s+(?:e-?mail|write to|message|contact|call|ask|ping|reach|phone|ring|text|"
    r"(?:chat|talk|speak)\s+(?:with|to|w/))"
    # (not at an authority: "someone I can ask at the provincial communications administration")
     + _AT_AN_AUTHORITY + r"|"
    # ... asked bare ("any person I can reach?"), or a call back asked for ("can I get a call
    # back from your team?")
    r"(?:^|[.?!,]\s*)(?:and\s+|so\s+)?(?:any|a)\s+(?:person|human|one)\s+(?:i|we)\s+(?:can|could)\s+"
    r"(?:reach|contact|call|e-?mail|talk to|speak to|speak with|talk with|write to)\b(?=[^.!]*\?)"
    + _AT_AN_AUTHORITY
    + r"|"
    # (asked for: not "how long until we get a call back for the filing verification?")
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|arrange|request|book|schedule)\s+"
    r"a\s+call[- ]?back\b" + _AT_AN_AUTHORITY + r"|"
    # (not to an authority or a server: "put us through to the provincial communications
    # administration", "the SLB will connect us to the ECS")
    # (put in touch with one of ours, whatever about: "put me in touch with your CDN sales
    # people", not with an authority)
    r"\b(?:put|get)\s+(?:me|us)\s+in\s+touch\s+with\b(?![^.?!]{0,40}\b(?:miit|government|"
    r"authorit\w*|bureau|ministry|police|psb|administration|communications|provincial)\b)|"
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:transfer|connect|put)\s+"
    r"(?:me|us)(?:\s+through)?\s*(?:[?.!,]|$|please|pls)|"
    r"\b(?:connect|transfer|put)\s+(?:me|us)\s+(?:through\s+)?(?:to|with)\b"
    r"(?![^.?!]{0,40}\b(?:miit|government|authorit\w*|bureau|ministry|police|psb|"
    r"administration|communications|provincial|ecs|servers?|instances?|slb|load balancer|cdn|"
    r"vpc|region)\b)|"
    # the case passed on to one of ours, asked of the assistant: "can you hand this ticket over to
    # a person?" (not to the writer's own people: "can we hand it over to an agent in China?")
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|pls\s+)?(?:hand|pass|forward|escalate|"
    r"transfer|route)\s+(?:this|it|that|the\s+(?:ticket|case|question|chat|conversation)|this\s+"
    r"(?:ticket|case|question|chat))\s+(?:over\s+|on\s+)?to\s+(?:a|an|some|your)\s+"
    r"(?:real\s+|live\s+|human\s+)?(?:person|human|agent|colleague|specialist|expert|team|"
    r"engineer)s?\b|"
    # a person of the provider's got to do it, or available: "can I get someone from Alibaba to
    # call them?", "is a person available to discuss it?" (not an authority's)
    r"\b(?:(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have)\s+|is\s+(?:there\s+)?)"
    r"(?:someone|somebody|anyone|anybody|a person|a human|an?\s+(?:[\w-]+\s+)?(?:rep|"
    r"representative|specialist|engineer|expert|colleague))\b"
    # (from the provider, if from anywhere: not a filing agency, an authority or the writer's own)
    r"(?:\s+(?:from|at|on|in)\s+(?:alibaba(?:\s+cloud)?|aliyun|your\s+(?:[\w-]+\s+)?(?:side|"
    r"end|team|support|staff)|support|sales))?\s+"
    # (to help the writer, or available to: not one to file or stand in for the filing, "an
    # agent to file it for us", "someone available in China to receive the documents")
    r"(?:to\s+|available\s+(?:to\s+)?)?(?:call|phone|ring|contact|e-?mail|check|look|review|"
    r"help|explain|discuss|talk|speak|chat|go over|walk|advise|assist|guide|reach|get back|"
    r"double[- ]?check|fix|sort|investigate)\b|"
    r"\bis\s+(?:there\s+)?(?:someone|somebody|anyone|anybody|a person|a human)\s+available\s*\?|"
    + _WHOM_TO_SPEAK_TO
    + r"|"
    r"\b(?:real|live|actual)\s+(?:person|human|agent)\b|\bhumans?\b|"
    # ("who can help me with the actual application? preferably a person")
    # (said alone, not who does something: "preferably an agent in china files it")
    r"\b(?:preferably|ideally)\s+(?:with\s+|by\s+)?(?:a|one of your)\s+(?:real\s+|live\s+)?"
    r"(?:person|colleague|specialist|rep|representative)(?:\s+(?:of yours|from your side))?"
    r"(?=\s*(?:[.?!,;]|$|please|pls|thanks?|thx))"
)


def requests_a_person(text: str) -> bool:
    """Whether the message requests a person in so many words (see _REQUESTS_A_PERSON)."""
    return bool(_REQUESTS_A_PERSON.search(clean(text)))


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
# (longest first, so "thank you" is taken whole, not "thank")
_THANKS = r"thank you|thank u|many thanks|much appreciated|tysm|thanks?|thx|thnx|tks|ty|cheers"
# ... in the writer's own language (the widget's users are not all English speakers), only
# opening the message: inside one they are as often a name ("the Merci Hotel", "danke.de")
_THANKS_ABROAD = re.compile(
    r"^\W*(?:merci(?: beaucoup)?|danke(?: sch(?:ö|oe?)n)?|gracias|grazie|obrigad[oa]|"
    r"dank je(?: wel)?|bedankt|xie ?xie|arigato(?: gozaimasu)?|terima kasih|kamsahamnida|"
    r"spasibo)(?!\.\w)\b"
)
# Thanks or a greeting opening a message ("Thank you. Would the answer differ if ...?")
_SMALL_TALK_OPENING = re.compile(
    rf"^\W*(?:(?:ok(?:ay)?|great|perfect|cool|nice|{_THANKS}|"
    r"hi+|hello|hey+|good (?:morning|afternoon|evening|day)|(?:so|very) much|a lot|again|"
    r"for (?:that|this|the (?:answer|info\w*|help))|that(?:'s| is) (?:clear|helpful))\b"
    r"[\s,.!:;-]*)+"
)


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
    return bool(re.search(rf"\b(?:{_THANKS})\b", clean(text)) or _THANKS_ABROAD.match(clean(text)))


def thanks_in_another_language(text: str) -> bool:
    """The message is only thanks in another language ("merci !", "danke schön", "xie xie"):
    the classifier, trained on English, does not know it."""
    text = clean(text)
    found = _THANKS_ABROAD.match(text)
    return bool(found) and not re.search(r"\w", text[found.end() :])


# What may go with thanks in a message that is only thanks: an acknowledgement ("ty, good to
# know", "thanks a lot, that's clear"), and what the thanks are for
_ACKNOWLEDGED = re.compile(
    r"\b(?:(?:that(?:'s| is)|it(?:'s| is)|this is)\s+)?(?:(?:very|really|super|so)\s+)?"
    r"(?:good to know|got it|gotcha|understood|i see|(?:that )?makes sense|noted|"
    r"(?:crystal |all )?clear|perfect|great|awesome|excellent|brilliant|lovely|wonderful|super|"
    r"nice|cool|ok(?:ay)?|alright|all right|helpful|useful|that helps|that helped|"
    r"appreciate it|appreciated|much appreciated|that answers (?:it|my question)|"
    r"(?:that(?:'s| is) )?(?:all |what |just what )i needed(?: to know)?)\b|"
    r"\b(?:so|very|much|a lot|lots|again|really|heaps|a bunch|a ton|now|enough|"
    r"for (?:that|this|the (?:answer|info\w*|help|explanation|clarification|reply|quick reply|"
    r"heads[- ]up)|your (?:help|time|answer)|helping|clarifying|explaining|the clarity))\b"
)


def says_only_thanks(text: str) -> bool:
    """The message is thanks, with at most an acknowledgement ("ty, good to know", "good to know,
    thx!"): nothing else is said or asked."""
    said = clean(text)
    if "?" in said or not says_thanks(said):
        return False
    rest = _ACKNOWLEDGED.sub(" ", re.sub(rf"\b(?:{_THANKS})\b", " ", said))
    rest = _THANKS_ABROAD.sub(" ", rest)
    return not re.search(r"\w", rest)


def says_hello(text: str) -> bool:
    """The message has a greeting's words."""
    return bool(_GREETING.search(clean(text)))


def says_goodbye(text: str) -> bool:
    """The message has a farewell's words."""
    return bool(_FAREWELL.search(clean(text)))


# Help asked with the filing, or a question about it announced, and nothing asked yet ("we are a
# canadian company and need some help about icp for china", "hi, I have a question about ICP
# filing"): what the assistant can do, its questions to pick from
_HELP_ANNOUNCED = re.compile(
    r"\b(?:need|needs|want|looking for|would like|'d like|seek\w*|require)\s+"
    r"(?:some\s+|a little\s+|a bit of\s+|your\s+)?"
    r"(?:help|assistance|advice|guidance|support|info(?:rmation)?)\s+"
    r"(?:with|about|on|regarding|for|around|concerning)\b|"
    r"\b(?:have|got)\s+(?:a|one|some|a few|few|two|several|\d+)\s+(?:\w+\s+)?questions?\s+"
    r"(?:about|on|regarding|concerning|around|for)\b|"
    r"\b(?:help|assist)\s+(?:me|us)\s+(?:with|on)\b|"
    r"\btell\s+(?:me|us)\s+(?:more\s+)?about\b"
)
# ... what may follow: the filing, by its names, and where or whom it is for
_THE_FILING_ALONE = re.compile(
    r"\s*(?:the\s+|an?\s+|this\s+|chinese\s+|china\s+)?(?:icp|beian|bei an|filing)(?:\s+(?:filing|"
    r"license|licence|registration|process|stuff|thing|matters?|requirements?))?"
    r"(?:\s+(?:for|in)\s+(?:mainland\s+)?(?:china|the mainland|the prc|our (?:company|business|"
    r"firm)))?\W*(?:please|pls|plz|thanks|thank you|thx)?\W*$"
)
_A_SITES_WORDS = re.compile(
    r"\b(?:sites?|website|web ?shop|shop|app|servers?|ecs|cdn|slb|load balancer|hosted|hosting|"
    r"host|domains?|ip)\b"
)


def announces_a_question(text: str) -> bool:
    """Help with the filing asked, or a question about it announced, with nothing asked of it yet
    and no site told: the assistant's questions are what to offer."""
    said = clean(text)
    announced = _HELP_ANNOUNCED.search(said)
    return bool(
        announced
        and _THE_FILING_ALONE.match(said[announced.end() :])
        and names_the_filing(said)
        and not _A_SITES_WORDS.search(said)
    )


# What makes thanks on leaving more than thanks
_NOT_ONLY_THANKS = re.compile(
    r"\b(?:but|though|although|nothing|didn't|didnt|not|no help|useless|contact|support|person|"
    r"what|which|where|how|when|why|will the|will it|does|do we|can we|could)\b"
)
# A conversation closed in so many words, beside a farewell's: "that settles it for us"
_CLOSED = re.compile(
    r"\b(?:that settles it|that'?s settled|that'?s all|that helps|that answers (?:it|my question)|"
    r"(?:we|i)'?ll take it from here|all clear)\b"
)


# Leaving to talk it over first, a farewell last: "ok i need to discuss with my boss first, bye for
# now"
_TO_TALK_IT_OVER = re.compile(
    r"\b(?:i|we)(?:'ll|\s+will|\s+need to|\s+have to|\s+must|\s+should|\s+gotta|\s+want to)\s+"
    r"(?:first\s+)?(?:discuss|talk|check|ask|think|consult|confirm|run it by|sync|go over)\b"
)
_A_FAREWELL_LAST = re.compile(
    r"[,.;!-]\s*(?:ok\s+|so\s+)?(?:bye(?: for now)?|goodbye|see you(?: later)?|cya|ttyl|"
    r"talk (?:to you )?(?:later|soon))\W*$"
)


def leaves_to_talk_it_over(text: str) -> bool:
    """The writer leaves to talk it over first, saying goodbye last, and asks nothing ("ok i need
    to discuss with my boss first, bye for now"): a farewell."""
    lowered = text.lower()
    return bool(
        not is_question(text)
        and _A_FAREWELL_LAST.search(lowered)
        and _TO_TALK_IT_OVER.search(lowered)
        # (thanks with it is thanks on leaving: thanks_on_leaving; a person asked for is that)
        and not says_thanks(text)
        and not requests_a_person(text)
        and not asks_for_a_person(text)
        and not uncovered_subjects(text)
    )


def thanks_on_leaving(text: str) -> bool:
    """Thanks, on leaving, with what the writer will do ("Thanks a lot, I will tell my boss to
    move the ECS to Hongkong. Bye!", "Thanks, that settles it for us, we'll wait for the
    filing."): what the writer will do, told on leaving, is no fact to answer again. Not a
    complaint, a request or a question typed without its mark ("thanks but this didn't help, I
    will contact support. bye", "thanks, will the cdn still work. bye")."""
    return bool(
        not is_question(text)
        and says_thanks(text)
        and (says_goodbye(text) or _CLOSED.search(clean(text)))
        and FUTURE_WORDS.search(text.lower())
        and not _NOT_ONLY_THANKS.search(text.lower())
        and not uncovered_subjects(text)
    )
