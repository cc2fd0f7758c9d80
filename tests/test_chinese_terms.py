"""The Chinese terms of mostly English messages, glossed before the NLU reads them."""

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from components.chinese_terms import ChineseTerms, gloss


def test_places_and_terms_read_in_english():
    assert gloss("one small ECS in 深圳, another in 香港") == (
        "one small ECS in Shenzhen, another in Hong Kong"
    )
    # the longest term first: one filing, not "ICP" and a filing
    assert gloss("need ICP备案?") == "need ICP filing?"
    assert gloss("Our 分公司's 营业执照") == "Our branch company's business license"
    # traditional forms, brackets and a region's Chinese name
    assert gloss("ECS 華東1 open without (備案)") == "ECS cn-hangzhou open without (ICP filing)"
    assert gloss("我们应该在哪个省 file?") == "我们应该在 which province file?"
    assert gloss("licence from 广东省") == "licence from Guangdong province"
    assert gloss("which sheng 省 do we apply in?") == "which province do we apply in?"
    # (inside a Chinese word it is also "save": left as it is)
    assert gloss("省钱 hosting") == "省钱 hosting"
    # the mainland left out, and filings other than the first, before the single words
    assert gloss("servers 大陆以外") == "servers outside mainland China"
    assert gloss("need 公安备案 too?") == "need PSB filing too?"
    assert gloss("how to do 注销备案?") == "how to do cancel the ICP filing?"
    # nothing to gloss: unchanged
    assert gloss("Servers in Frankfurt, no CDN") == "Servers in Frankfurt, no CDN"
    # terms typed in pinyin, spaced or not, any case (round 113)
    assert gloss("our daibiaochu wants jingying xukezheng") == (
        "our daibiaochu wants ICP Commercial License"
    )
    assert gloss("our Yingyezhizhao is from Shenzhen") == "our business license is from Shenzhen"
    # (syllables of other words are not the term: "jingyingxu" alone is nothing)
    assert gloss("jingyingxu team") == "jingyingxu team"


def _processed(text):
    component = ChineseTerms(ChineseTerms.get_default_config())
    return component.process([Message(data={TEXT: text})])[0].get(TEXT)


def test_a_mostly_english_message_is_glossed_and_a_chinese_one_left_to_the_language_guard():
    assert _processed("we have one ECS in 深圳. need 备案?") == (
        "we have one ECS in Shenzhen. need ICP filing?"
    )
    chinese = "我们的网站在深圳的服务器上，需要备案吗？"
    assert _processed(chinese) == chinese


def test_pinyin_is_glossed_only_beside_the_filing_or_a_site():
    assert _processed("our daibiaochu wants jingying xukezheng for the website") == (
        "our daibiaochu wants ICP Commercial License for the website"
    )
    # (any operating permit otherwise: "a food jingying xukezheng")
    assert _processed("our restaurant has a food jingying xukezheng") == (
        "our restaurant has a food jingying xukezheng"
    )
