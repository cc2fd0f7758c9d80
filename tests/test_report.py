"""`make report` on a tracker store filled by real scripted conversations, on the SQLite default and
on PostgreSQL: exactly those conversations' counts and texts."""

import contextlib
import datetime
import io
import re

import pytest
import yaml

from ops.cluster import postgres
from ops.servers import free_port, running_actions, running_rasa, shipped_endpoints
from support.conversation import main as conversation_main
from support.report import main as report_main
from testkit.scripted import play

# Starts servers, a browser or a database, or trains a model: not in `make test-fast`.
pytestmark = pytest.mark.needs_services

# Six conversations: three answers (two rated, one with Yes then No: it counts once, as No), a
# correction that gives a fourth answer, gibberish and one out-of-scope question (both out of
# scope),
# one question the FAQ does not cover, and one handoff.
CONVERSATIONS = yaml.safe_load("""
- conversation: CDN answer, rated helpful
  steps:
    - user: Is an ICP Filing needed before we switch on Alibaba Cloud CDN?
      bot_says: ["does it cover mainland China?"]
    - click: International CDN only (mainland China not covered)
      bot_says: ["Did this answer your question?"]
    - click: "Yes"
      bot_says: ["Glad it helped"]
- conversation: Province answer, rated not helpful, then a person
  steps:
    - user: Our business licence was registered in Hangzhou, so which province do we file in?
      bot_says: ["Apply for your ICP Filing in Zhejiang"]
    - click: "No"
      bot_says: ["Sorry about that"]
    - click: Talk to a person
      bot_says: ["support@example.com"]
- conversation: Answer, Yes then No, then a correction answered without feedback
  steps:
    - user: Does our company's website need to be registered for ICP?
      bot_says: ["Where is your website hosted"]
    - click: In mainland China
      bot_says: ["by a domain name, or only by its IP address"]
    - click: By a domain name
      bot_says: ["Yes, you must apply for an ICP Filing"]
    - click: "Yes"
      bot_says: ["Glad it helped"]
    - user: that didn't answer my question
      bot_says: ["Sorry about that"]
    - user: sorry, the servers are in Hong Kong now
      bot_says: ["does it cover mainland China?"]
    - user: nope, no CDN
      bot_says: ["No, you do not need an ICP Filing"]
- conversation: Gibberish, with no FAQ question to offer, gets the scope reply
  steps:
    - user: asdf qwerty zxcv
      bot_says: ["I can only help with ICP Filing questions"]
- conversation: Out of scope
  steps:
    - user: Can you recommend a good pizza recipe?
      bot_says: ["I can only help with ICP Filing questions"]
- conversation: Not in the FAQ
  steps:
    - user: How much does the ICP Filing cost?
      bot_says: ["That is outside what I can answer"]
""")


FILLED_ON = set()  # the UTC days the conversations were played on


def _today():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")


def _fill_store(workdir, **tracker_store):
    FILLED_ON.add(_today())
    with running_actions(workdir) as action_url:
        endpoints = workdir / "endpoints.yml"
        endpoints.write_text(shipped_endpoints(action_url, **tracker_store))
        with running_rasa(workdir, endpoints=endpoints) as base_url:
            for conversation in CONVERSATIONS:
                play(base_url, conversation)
    FILLED_ON.add(_today())
    return endpoints


def _look_up_handoffs(endpoints, out):
    """`make conversation REF=…` for every reference the report lists: reference -> transcript."""
    markdown = (out / "support-report.md").read_text(encoding="utf-8")
    found = {}
    for reference in re.findall(r"\| (ICP-[0-9A-F]+) \|", markdown):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            assert conversation_main([reference, "--endpoints", str(endpoints)]) == 0
        found[reference] = printed.getvalue()
    return found


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def report(request, tmp_path_factory):
    """Runs `python -m support.report` on a store the conversations above filled; yields the
    Markdown it wrote and the folder it wrote to."""
    workdir = tmp_path_factory.mktemp(f"report-{request.param}")
    out = workdir / "out"
    if request.param == "sqlite":
        endpoints = _fill_store(workdir, dialect="sqlite", db=str(workdir / "conversations.db"))
        report_main(["--endpoints", str(endpoints), "--out", str(out)])
        found = _look_up_handoffs(endpoints, out)
    else:
        with postgres(workdir, free_port()) as hostport:
            host, port = hostport.split(":")
            endpoints = _fill_store(
                workdir,
                dialect="postgresql",
                url=host,
                port=int(port),
                db="rasa",
                username="postgres",
            )
            report_main(["--endpoints", str(endpoints), "--out", str(out)])
            found = _look_up_handoffs(endpoints, out)
    yield (out / "support-report.md").read_text(encoding="utf-8"), out, found


def _section(markdown, heading):
    return markdown.split(heading, 1)[1].split("\n## ", 1)[0]


def test_the_report_counts_conversations_answers_and_handoffs(report):
    markdown, *_ = report
    assert "6 conversation(s), 4 answer(s), 1 handoff(s) to a person." in markdown
    per_day = _section(markdown, "## Conversations per day")
    assert any(f"| {day} | 6 |" in per_day for day in FILLED_ON)  # a run may cross midnight


def test_the_report_counts_answers_and_feedback_per_topic(report):
    markdown, *_ = report
    per_topic = _section(markdown, "## Answers and feedback per topic")
    # topic | answers | helpful | not helpful | no feedback
    assert "| Do I need an ICP Filing? | 2 | 0 | 1 | 1 |" in per_topic  # Yes, then No: No
    assert "| Do I need an ICP Filing to use Alibaba Cloud CDN? | 1 | 1 | 0 | 0 |" in per_topic
    assert "| Which province should I file in? | 1 | 0 | 1 | 0 |" in per_topic
    assert per_topic.count("\n| ") == 1 + 3  # the header and three topics, nothing else


def test_the_report_lists_what_could_not_be_answered_with_its_text(report):
    markdown, *_ = report
    unanswered = _section(markdown, "## What the assistant could not answer")
    assert "### Not understood (low confidence): 0" in unanswered
    assert "### Out of scope: 2" in unanswered
    assert "| asdf qwerty zxcv | 1 |" in unanswered
    assert "| Can you recommend a good pizza recipe? | 1 |" in unanswered
    assert "### ICP questions the FAQ does not cover: 1" in unanswered
    assert "| How much does the ICP Filing cost? | 1 |" in unanswered
    assert "/feedback" not in unanswered and "/request_human" not in unanswered  # clicks


def test_a_handoff_reference_finds_its_conversation_but_not_its_key(report):
    markdown, _, found = report
    assert len(found) == 1, _section(markdown, "## Handoffs to a person")
    transcript = next(iter(found.values()))
    assert "Our business licence was registered in Hangzhou" in transcript
    assert "How much does the ICP Filing cost?" not in transcript  # that one conversation only
    assert "scripted-" not in markdown and "scripted-" not in transcript  # no sender id shown


def test_the_report_draws_its_chart(report):
    _, out, _ = report
    png = (out / "support-report.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000


def _user(t, text="hello"):
    return {"event": "user", "timestamp": t, "text": text}


def _bot(response):
    return {"event": "bot", "text": "…", "metadata": {"utter_action": response}}


def test_counts_come_from_what_the_user_was_shown():
    from support.report import NOT_UNDERSTOOD, build_report

    day1, day2 = 1_780_000_000.0, 1_780_000_000.0 + 86400  # 2026-05-28 and -29, UTC
    rows = [
        ("a", {"event": "session_started", "timestamp": day1}),
        ("a", _user(day1)),
        ("a", {"event": "slot", "name": "answer_feedback", "value": "helpful"}),  # no answer yet
        ("a", {"event": "action", "name": "action_answer_icp_question"}),  # failed: no reply
        ("a", {"event": "action", "name": "action_handoff"}),  # failed too
        ("a", {"event": "session_started", "timestamp": day2}),  # a new session
        ("a", _user(day2, "/feedback_helpful")),  # a click
        ("a", _bot("utter_did_you_mean")),  # not listed
        ("a", _user(day2, "blorp")),
        ("a", _bot("utter_still_not_understood")),
        ("a", _bot("utter_how_can_i_help")),
        ("a", _bot("utter_ask_feedback")),  # topic never set
        ("b", {"event": "session_started", "timestamp": day2}),  # no message: no count
    ]
    report = build_report(rows)
    assert report.conversations_per_day == {"2026-05-28": 1, "2026-05-29": 1}
    assert report.answers_per_topic == {"unknown": 1}
    assert report.handoffs == 0 and not report.helpful_per_topic
    assert report.unanswered == {NOT_UNDERSTOOD: [("2026-05-29", "blorp")]}


def test_the_unanswered_part_of_a_two_part_question_is_listed_with_the_question():
    from support.report import NOT_COVERED, build_report

    day = 1_780_000_000.0
    asked = {
        **_user(day, "do we need a beian, and what are the fees?"),
        "parse_data": {"entities": [{"entity": "uncovered_part", "value": "cost"}]},
    }
    rows = [
        ("s1", asked),
        ("s1", _bot("utter_ask_hosting_location")),
        ("s1", _user(day + 5, "Hong Kong")),  # a typed reply to the clarifying question
        ("s1", _bot("utter_hosted_outside_no_cdn")),
        ("s1", _bot("utter_part_not_covered")),
        ("s1", _bot("utter_ask_feedback")),
    ]
    report = build_report(rows)
    assert report.unanswered[NOT_COVERED] == [("2026-05-28", asked["text"])]
    assert sum(report.answers_per_topic.values()) == 1  # and it counts as an answer
