"""The domain's misspelt words spelt right before the NLU pipeline reads them."""

import pytest

from components.domain_spelling import correction, respell


@pytest.mark.parametrize(
    "typed, meant",
    [
        # one edit: a letter left out, one too many, one wrong, two swapped
        ("comercial licence with rep ofice", "commercial licence with rep office"),
        ("our webiste is hosted in Hangzhou", "our website is hosted in Hangzhou"),
        ("which provence do we file in", "which province do we file in"),
        ("ECS in Beijing, temporay instance", "ECS in Beijing, temporary instance"),
        ("Comercial licence?", "Commercial licence?"),
        ("no domian, only an IP adress", "no domain, only an IP address"),
    ],
)
def test_a_misspelt_domain_word_is_spelt_right(typed, meant):
    assert respell(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "sever",  # a real word, though one edit from "server"
        "filling",
        "brunch",
        "hosing",
        "offices",  # an inflection
        "Hetzner",  # no domain word within one edit
        "ICPs",  # short
        "Hunan",  # a place of its own, one edit from Henan
        "filinng2",
    ],
)
def test_real_words_places_and_short_words_are_left_alone(word):
    assert correction(word) is None


def test_case_and_possessives_are_kept():
    assert respell("COMERCIAL Licence, mainlnad china") == "COMMERCIAL Licence, mainland china"
    # ("office's" is a word and its possessive, not a misspelt "offices")
    assert respell("our rep office's certificate") == "our rep office's certificate"


@pytest.mark.parametrize(
    "text",
    [
        # places are not corrected: cities one edit apart are different places
        "our licence was issued in Changzhou",
        "a colo in Santa Clara and an office in Zhenjiang",
        # a capitalised word inside a sentence is a name
        "thanks Brian, and Anton says hi",
    ],
)
def test_places_and_names_are_left_alone(text):
    assert respell(text) == text


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("what if i turn on cdn w/ china nodes", "what if i turn on cdn with china nodes"),
        ("site w/o a domain", "site without a domain"),
        ("we have RO in shanghai", "we have representative office in shanghai"),
        ("our ro in beijing", "our representative office in beijing"),
        ("next yr we open a branch", "next year we open a branch"),
        ("can we file thru the console", "can we file through the console"),
        ("frankfurt isnt china tho", "frankfurt isnt china though"),
        ("asking cuz the cdn covers china", "asking because the cdn covers china"),
        ("global excl mainland", "global excluding mainland"),
        ("Global (excl. Mainland China)", "Global (excluding Mainland China)"),
        ("all regions incl. mainland", "all regions including mainland"),
        # words and addresses that only look like shorthand
        ("the ROI is fine", "the ROI is fine"),
        ("and/or", "and/or"),
        ("see http://example.com/w/x", "see http://example.com/w/x"),
    ],
)
def test_chat_shorthand_is_written_out(typed, expected):
    assert respell(typed) == expected


def test_accented_latin_letters_are_written_plain_one_for_one():
    # round 126: "site on aws in são paulo" named no place the readers know
    assert respell("our site is on AWS in São Paulo") == "our site is on AWS in Sao Paulo"
    assert respell("ECS in Zürich, CDN for Montréal") == "ECS in Zurich, CDN for Montreal"
    # (letters with no plain form stay, and so does Chinese: the offsets do not move)
    for text in ("Straße", "Ærø", "服务器在深圳"):
        assert len(respell(text)) == len(text)
    assert respell("服务器在深圳") == "服务器在深圳"
