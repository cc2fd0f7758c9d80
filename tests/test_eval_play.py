"""`make eval`'s scoring, on a scripted fake assistant: which reply counts as right, wrong or not
answered, and how a user's clarifying replies and did-you-mean clicks are played."""

import pytest
import yaml

from actions.responses import response_text
from eval.cases import ARTICLE_TEXT, ASKING, form
from eval.play import NOT_ANSWERED, RIGHT, WRONG, Responses, play, play_conversation, summarise
from project_paths import ROOT

DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text())
RESPONSES = Responses(DOMAIN)


def _text(name, **values):
    return response_text(DOMAIN, name).format(**values)


def _bot(*names):
    """The messages Rasa sends for these responses (payload braces formatted as Rasa does)."""

    def buttons(name):
        return [
            {**b, "payload": b["payload"].replace("{{", "{").replace("}}", "}")}
            for b in DOMAIN["responses"][name][0].get("buttons", [])
        ]

    return [{"text": _text(n), "buttons": buttons(n)} for n in names]


class FakeAssistant:
    """Replies from a script, recording what the user sent."""

    def __init__(self, *turns):
        self.turns, self.sent = list(turns), []

    def __call__(self, message):
        self.sent.append(message)
        return self.turns.pop(0)


def test_a_clarifying_question_is_answered_with_the_users_fact_and_the_answer_scored():
    case = {
        "id": "x",
        "text": "do we need ICP? we host in Frankfurt",
        "expect": ["need_icp"],
        "says": {"hosting_location": "outside_mainland"},
        "replies": {"cdn_coverage": "none"},
    }
    bot = FakeAssistant(_bot("utter_ask_cdn_coverage"), _bot("utter_hosted_outside_no_cdn"))
    result = play(case, bot, RESPONSES)
    assert bot.sent[1] == '/inform{"cdn_coverage": "none"}'
    assert result.outcome == RIGHT and result.asked == ["cdn_coverage"] and not result.asked_again


def test_an_answer_the_facts_do_not_call_for_is_wrong_and_an_unknown_fact_gets_dont_know():
    case = {"id": "x", "text": "do we need ICP?", "expect": ["need_icp"], "says": {}}
    bot = FakeAssistant(_bot("utter_ask_hosting_location"), _bot("utter_need_icp_mainland_domain"))
    result = play(case, bot, RESPONSES)
    assert bot.sent[1] == "/dont_know"  # the user does not say: the each-case answer is right
    assert result.outcome == WRONG


def test_an_faq_answer_to_an_uncovered_question_is_wrong_and_the_honest_reply_right():
    case = {"id": "x", "text": "fees?", "expect": ["not_covered"], "says": {}}
    assert play(case, FakeAssistant(_bot("utter_ip_only")), RESPONSES).outcome == WRONG
    assert play(case, FakeAssistant(_bot("utter_cannot_answer")), RESPONSES).outcome == RIGHT
    assert play(case, FakeAssistant(_bot("utter_out_of_scope")), RESPONSES).outcome == NOT_ANSWERED


def test_an_unrelated_question_is_answered_by_either_honest_reply_but_never_by_an_faq_answer():
    case = {"id": "x", "text": "can I pay by credit card?", "expect": ["out_of_scope"], "says": {}}
    assert play(case, FakeAssistant(_bot("utter_out_of_scope")), RESPONSES).outcome == RIGHT
    by_other = play(case, FakeAssistant(_bot("utter_cannot_answer")), RESPONSES)
    assert by_other.outcome == RIGHT and by_other.by_the_other_honest_reply
    assert (
        play(case, FakeAssistant(_bot("utter_hosted_outside_no_cdn")), RESPONSES).outcome == WRONG
    )
    # reported apart, so that refusals cannot hide how the FAQ questions fare
    faq = {
        "id": "y",
        "text": "icp for singapore hosting?",
        "expect": ["hosted_outside"],
        "says": {"hosting_location": "outside_mainland"},
    }
    results = [by_other, play(faq, FakeAssistant(_bot("utter_cannot_answer")), RESPONSES)]
    kinds = summarise(results, {"x": case, "y": faq})["by_kind"]
    assert kinds["FAQ questions"]["right"] == 0 and kinds["FAQ questions"]["cases"] == 1
    assert kinds["unrelated questions"]["right_by_the_other_honest_reply"] == 1


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Our servers are in Frankfurt. Is a filing needed", ASKING),  # the writer's own site
        ("ICP for Hong Kong hosting?", ASKING),
        ("Websites hosted in mainland China require an ICP filing.", ARTICLE_TEXT),
        ("ICP Filing for Domain Name in Mainland China", ARTICLE_TEXT),  # a heading
        ("If you want to use a CDN, you must file first", ARTICLE_TEXT),  # "you" is the reader
    ],
)
def test_cases_are_split_by_whether_someone_asks(text, kind):
    assert form(text) == kind


def test_article_text_is_reported_apart_from_questions():
    asked = {"id": "x", "text": "do we need icp for cdn?", "expect": ["cdn"], "says": {}}
    article = {"id": "y", "text": "CDN domains need a filing.", "expect": ["cdn"], "says": {}}
    results = [
        play(asked, FakeAssistant(_bot("utter_cannot_answer")), RESPONSES),
        play(article, FakeAssistant(_bot("utter_cannot_answer")), RESPONSES),
    ]
    forms = summarise(results, {"x": asked, "y": article})["by_form"]
    assert forms[ASKING]["cases"] == 1 and forms[ARTICLE_TEXT]["cases"] == 1
    assert forms[ASKING]["not_answered"] == 1 and forms[ARTICLE_TEXT]["right"] == 0


def test_did_you_mean_is_counted_and_the_expected_question_clicked():
    case = {
        "id": "x",
        "text": "cdn?",
        "expect": ["cdn"],
        "says": {"cdn_coverage": "includes_mainland"},
    }
    did_you_mean = [
        {
            "text": _text("utter_did_you_mean"),
            "buttons": [
                {"title": "a", "payload": "/ask_ip_only"},
                {"title": "b", "payload": "/ask_cdn"},
            ],
        }
    ]
    bot = FakeAssistant(did_you_mean, _bot("utter_cdn_includes_mainland"))
    result = play(case, bot, RESPONSES)
    assert bot.sent[1] == "/ask_cdn" and result.did_you_mean and result.outcome == RIGHT
    summary = summarise([result], {"x": case})
    assert (
        summary["overall"]["did_you_mean_share"] == 1.0
        and summary["by_expected"]["cdn"]["right"] == 1
    )


def test_a_templated_answer_is_recognised():
    assert (
        RESPONSES.name(_text("utter_which_province_named", license_province="Hebei"))
        == "utter_which_province_named"
    )


def test_a_typed_reply_is_sent_the_first_time_and_a_button_if_asked_again():
    case = {
        "id": "x",
        "text": "do we need ICP?",
        "expect": ["need_icp"],
        "says": {},
        "replies": {"hosting_location": "outside_mainland", "cdn_coverage": "none"},
        "typed": {"hosting_location": "all our boxes are in Oslo"},
    }
    bot = FakeAssistant(
        _bot("utter_ask_hosting_location"),
        _bot("utter_ask_hosting_location"),
        _bot("utter_ask_cdn_coverage"),
        _bot("utter_hosted_outside_no_cdn"),
    )
    result = play(case, bot, RESPONSES)
    assert bot.sent[1] == "all our boxes are in Oslo"
    assert bot.sent[2] == '/inform{"hosting_location": "outside_mainland"}'
    assert result.outcome == RIGHT and result.asked == ["hosting_location"] * 2 + ["cdn_coverage"]


def test_facts_a_typed_reply_tells_beyond_the_one_asked_may_shape_the_answer():
    case = {
        "id": "c",
        "text": "which province do we file in?",
        "expect": ["which_province"],
        "replies": {"license_province": "Zhejiang", "china_presence": "representative_office"},
        "typed": {"license_province": "our rep office's certificate is from Hangzhou"},
        "then": [{"text": "does the server's region change that?", "expect": ["which_province"]}],
    }
    named = [{"text": _text("utter_which_province_named", license_province="Zhejiang")}]
    fuller = named + _bot("utter_note_representative_office_some_provinces")
    bot = FakeAssistant(_bot("utter_ask_license_province"), fuller, fuller)
    played = play_conversation(case, bot, RESPONSES)
    # the presence came with the typed reply, and stays told for the follow-up
    assert [r.outcome for _, r in played] == [RIGHT, RIGHT]
    assert played[0][1].typed and played[1][1].typed
    # clicked, the reply tells the province alone: the presence's note is not called for
    clicked = {k: v for k, v in case.items() if k != "typed"}
    bot = FakeAssistant(_bot("utter_ask_license_province"), fuller, fuller)
    assert [r.outcome for _, r in play_conversation(clicked, bot, RESPONSES)] == [WRONG, WRONG]
    bot = FakeAssistant(_bot("utter_ask_license_province"), named)
    assert play(case, bot, RESPONSES).outcome == RIGHT


def test_a_typed_reply_needs_the_value_it_stands_for():
    from eval.cases import check

    case = {
        "id": "x",
        "text": "do we need ICP?",
        "source": "https://example.com",
        "expect": ["need_icp"],
        "typed": {"hosting_location": "Oslo"},
    }
    assert check(case) == ["typed hosting_location has no value in replies"]
    case["replies"] = {"hosting_location": "outside_mainland"}
    assert check(case) == []


def test_a_follow_up_is_scored_on_the_facts_told_so_far_and_those_it_changes():
    case = {
        "id": "c",
        "text": "do we need ICP?",
        "expect": ["need_icp"],
        "replies": {"hosting_location": "outside_mainland", "cdn_coverage": "none"},
        "then": [
            # the CDN changed: asked nothing again, the answer for the new CDN is right
            {
                "text": "and if we turn on a CDN for mainland users?",
                "expect": ["cdn", "need_icp"],
                "says": {"cdn_coverage": "includes_mainland"},
            },
            # a question the FAQ does not cover, in the same conversation
            {"text": "how long does that take?", "expect": ["not_covered"]},
        ],
    }
    bot = FakeAssistant(
        _bot("utter_ask_hosting_location"),
        _bot("utter_ask_cdn_coverage"),
        _bot("utter_hosted_outside_no_cdn"),
        _bot("utter_hosted_outside_cdn_covers_mainland"),
        _bot("utter_cannot_answer"),
    )
    played = play_conversation(case, bot, RESPONSES)
    assert [r.id for _, r in played] == ["c", "c.2", "c.3"]
    assert [r.outcome for _, r in played] == [RIGHT, RIGHT, RIGHT]
    assert bot.sent[3] == "and if we turn on a CDN for mainland users?"
    # the answer for the facts before the change is wrong for the follow-up
    bot = FakeAssistant(
        _bot("utter_ask_hosting_location"),
        _bot("utter_ask_cdn_coverage"),
        _bot("utter_hosted_outside_no_cdn"),
        _bot("utter_hosted_outside_no_cdn"),
        _bot("utter_cannot_answer"),
    )
    assert [r.outcome for _, r in play_conversation(case, bot, RESPONSES)][1] == WRONG


def test_a_follow_up_reopening_a_fact_is_scored_on_its_reply():
    # "same if we add CDN?" after "no CDN": the coverage told before no longer counts; the
    # reply the follow-up gives for it does, once asked
    case = {
        "id": "c",
        "text": "we host in Singapore, do we need ICP?",
        "expect": ["hosted_outside"],
        "says": {"hosting_location": "outside_mainland"},
        "replies": {"cdn_coverage": "none"},
        "then": [
            {
                "text": "same if we add CDN?",
                "expect": ["cdn", "hosted_outside"],
                "replies": {"cdn_coverage": "includes_mainland"},
            }
        ],
    }

    def bot(last):
        return FakeAssistant(
            _bot("utter_ask_cdn_coverage"),
            _bot("utter_hosted_outside_no_cdn"),
            _bot("utter_ask_cdn_coverage"),
            _bot(last),
        )

    right = bot("utter_hosted_outside_cdn_covers_mainland")
    assert [r.outcome for _, r in play_conversation(case, right, RESPONSES)] == [RIGHT, RIGHT]
    assert right.sent[3] == '/inform{"cdn_coverage": "includes_mainland"}'
    stale = bot("utter_hosted_outside_no_cdn")
    assert [r.outcome for _, r in play_conversation(case, stale, RESPONSES)][1] == WRONG


def test_a_follow_up_asked_a_fact_already_told_counts_as_asked_again():
    case = {
        "id": "c",
        "text": "we host in Frankfurt, do we need ICP?",
        "expect": ["need_icp"],
        "says": {"hosting_location": "outside_mainland"},
        "replies": {"cdn_coverage": "none"},
        "then": [{"text": "what if we had no CDN at all?", "expect": ["hosted_outside"]}],
    }
    bot = FakeAssistant(
        _bot("utter_ask_cdn_coverage"),
        _bot("utter_hosted_outside_no_cdn"),
        _bot("utter_ask_hosting_location"),
        _bot("utter_hosted_outside_no_cdn"),
    )
    _, follow_up = play_conversation(case, bot, RESPONSES)[1]
    assert follow_up.outcome == RIGHT and follow_up.asked_again == ["hosting_location"]


def test_a_follow_up_is_labelled_like_a_case():
    from eval.cases import check

    case = {
        "id": "c",
        "text": "do we need ICP?",
        "source": "https://example.com/q",
        "expect": ["need_icp"],
        "replies": {"hosting_location": "mainland_china"},
        "then": [
            {"text": "ok", "expect": ["nonsense"]},
            {"text": "and the CDN?", "expect": ["cdn"], "says": {"cdn_coverage": "purple"}},
            {"text": "fine", "expect": ["need_icp"], "typed": {"access_method": "by IP"}},
            {"text": "we moved", "expect": ["need_icp"], "typed": {"hosting_location": "SG"}},
        ],
    }
    problems = check(case)
    assert any(p.startswith("follow-up 2: unknown outcome") for p in problems)
    assert any(p.startswith("follow-up 3: cdn_coverage") for p in problems)
    assert "follow-up 4: typed access_method has no value in replies" in problems
    assert not any(p.startswith("follow-up 5") for p in problems), "known from the question"


def test_a_reply_a_follow_up_gives_is_kept_for_the_turns_after_it():
    case = {
        "id": "c",
        "text": "we host in Frankfurt, do we need ICP?",
        "expect": ["need_icp"],
        "says": {"hosting_location": "outside_mainland"},
        "replies": {"cdn_coverage": "none"},
        "then": [
            {
                "text": "and if we moved to Shenzhen?",
                "expect": ["need_icp"],
                "says": {"hosting_location": "mainland_china"},
                "replies": {"access_method": "ip_only"},
            },
            {
                "text": "and with a mainland CDN?",
                "expect": ["need_icp"],
                "says": {"cdn_coverage": "includes_mainland"},
            },
        ],
    }
    bot = FakeAssistant(
        _bot("utter_ask_cdn_coverage"),
        _bot("utter_hosted_outside_no_cdn"),
        _bot("utter_ip_only"),  # answered with no question asked
        _bot("utter_ask_access_method"),
        _bot("utter_ip_only"),
    )
    play_conversation(case, bot, RESPONSES)
    assert bot.sent[4] == '/inform{"access_method": "ip_only"}'


@pytest.mark.parametrize(
    "expect, reply, outcome",
    [
        (["handoff"], "utter_handoff", RIGHT),
        (["small_talk"], "utter_youre_welcome", RIGHT),
        (["small_talk"], "utter_goodbye", RIGHT),
        # the wrong one of the two, or an unrelated reply, is no answer to the turn
        (["handoff"], "utter_youre_welcome", NOT_ANSWERED),
        (["small_talk"], "utter_capabilities", NOT_ANSWERED),
        # a question answered with small talk is not answered
        (["hosted_outside"], "utter_youre_welcome", NOT_ANSWERED),
    ],
)
def test_a_conversations_own_turns_are_scored_by_their_reply(expect, reply, outcome):
    case = {"id": "t", "text": "can i talk to a person, thanks", "expect": expect}
    if reply == "utter_handoff":
        message = [{"text": _text(reply, support_contact="https://example.com/help")}]
    else:
        message = _bot(reply)
    result = play(case, FakeAssistant(message), RESPONSES)
    assert result.outcome == outcome
    summary = summarise([result], {"t": case})["by_kind"]
    if expect[0] == "handoff":
        assert summary["requests for a person"]["cases"] == 1
