"""NLU component: the Chinese terms in a mostly English message, glossed in English.

Customers write "one small ECS in 深圳", "whether need to do 备案?", "our 分公司's 营业执照". The
classifier, the entity ruler and the fact readers know these things only by their English names,
so the terms are replaced with them before any of those run. A message written mostly in Chinese
is left alone for the language guard (components/language_guard.py), which tells the user the
assistant answers in English.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.language_guard import MIN_CJK_SHARE, cjk_share

# Simplified and traditional forms. Places are named as the fact readers know them; Alibaba
# Cloud's Chinese region names as the region ids they stand for.
GLOSSES: Dict[str, str] = {
    # other filings and changes to a filing, before the filing's own word
    "公安备案": "PSB filing",
    "公安備案": "PSB filing",
    "注销备案": "cancel the ICP filing",
    "註銷備案": "cancel the ICP filing",
    "变更备案": "change the ICP filing",
    "變更備案": "change the ICP filing",
    "小程序备案": "mini program ICP filing",
    "小程序備案": "mini program ICP filing",
    "APP备案": "app ICP filing",
    "APP備案": "app ICP filing",
    "App备案": "app ICP filing",
    "app备案": "app ICP filing",
    # the mainland left out, before the mainland itself
    "中国大陆以外": "outside mainland China",
    "中國大陸以外": "outside mainland China",
    "大陆以外": "outside mainland China",
    "大陸以外": "outside mainland China",
    "大陆外": "outside mainland China",
    "大陸外": "outside mainland China",
    "中国以外": "outside mainland China",
    "中國以外": "outside mainland China",
    "非大陆": "outside mainland China",
    "非大陸": "outside mainland China",
    "除了大陆": "except mainland China",
    "除了大陸": "except mainland China",
    # the filing, the licences, the presence
    "ICP备案": "ICP filing",
    "ICP備案": "ICP filing",
    "ICP备": "ICP filing",
    "ICP備": "ICP filing",
    "ICP证": "ICP Commercial License",
    "ICP證": "ICP Commercial License",
    "备案号": "ICP filing",  # (named as the filing: "an ICP number, called a 备案号")
    "備案號": "ICP filing",
    "备案": "ICP filing",
    "備案": "ICP filing",
    "经营许可证": "ICP Commercial License",
    "經營許可證": "ICP Commercial License",
    "营业执照": "business license",
    "營業執照": "business license",
    "办事处": "representative office",
    "辦事處": "representative office",
    "代表处": "representative office",
    "代表處": "representative office",
    "分公司": "branch company",
    "子公司": "subsidiary",
    "外商独资企业": "WFOE",
    "外商獨資企業": "WFOE",
    "域名": "domain name",
    "云服务器": "ECS",
    "雲伺服器": "ECS",
    "服务器": "server",
    "伺服器": "server",
    "负载均衡": "Server Load Balancer",
    "負載均衡": "Server Load Balancer",
    # places
    "中国大陆": "mainland China",
    "中國大陸": "mainland China",
    "大陆": "mainland China",
    "大陸": "mainland China",
    "内地": "mainland China",
    "內地": "mainland China",
    "境外": "outside mainland China",
    "海外": "overseas",
    "香港": "Hong Kong",
    "澳门": "Macau",
    "澳門": "Macau",
    "台湾": "Taiwan",
    "台灣": "Taiwan",
    "华东1": "cn-hangzhou",
    "華東1": "cn-hangzhou",
    "华东2": "cn-shanghai",
    "華東2": "cn-shanghai",
    "华北1": "cn-qingdao",
    "華北1": "cn-qingdao",
    "华北2": "cn-beijing",
    "華北2": "cn-beijing",
    "华北3": "cn-zhangjiakou",
    "華北3": "cn-zhangjiakou",
    "华南1": "cn-shenzhen",
    "華南1": "cn-shenzhen",
    "西南1": "cn-chengdu",
    "北京": "Beijing",
    "上海": "Shanghai",
    "天津": "Tianjin",
    "重庆": "Chongqing",
    "重慶": "Chongqing",
    "深圳": "Shenzhen",
    "广州": "Guangzhou",
    "廣州": "Guangzhou",
    "杭州": "Hangzhou",
    "青岛": "Qingdao",
    "青島": "Qingdao",
    "成都": "Chengdu",
    "南京": "Nanjing",
    "苏州": "Suzhou",
    "蘇州": "Suzhou",
    "武汉": "Wuhan",
    "武漢": "Wuhan",
    "厦门": "Xiamen",
    "廈門": "Xiamen",
    "张家口": "Zhangjiakou",
    "張家口": "Zhangjiakou",
    "乌兰察布": "Ulanqab",
    "烏蘭察布": "Ulanqab",
    "呼和浩特": "Hohhot",
    "广东": "Guangdong",
    "廣東": "Guangdong",
    "浙江": "Zhejiang",
    "江苏": "Jiangsu",
    "江蘇": "Jiangsu",
    "山东": "Shandong",
    "山東": "Shandong",
    "福建": "Fujian",
    "四川": "Sichuan",
    "湖北": "Hubei",
    "河北": "Hebei",
    "辽宁": "Liaoning",
    "遼寧": "Liaoning",
    "新加坡": "Singapore",
    "日本": "Japan",
    "美国": "the US",
    "美國": "the US",
    "德国": "Germany",
    "德國": "Germany",
    "中国": "China",
    "中國": "China",
    # "which province" (not the character alone, which is also "save": 节省, 省钱)
    "哪个省": "which province",
    "哪個省": "which province",
    "省份": "province",
}
# Longest first, so "ICP备案" is one term, not "ICP" and "备案"
_TERMS = re.compile("|".join(re.escape(t) for t in sorted(GLOSSES, key=len, reverse=True)))
# The same terms typed in pinyin, with or without spaces between syllables ("jingying xukezheng",
# "yingyezhizhao"): glossed as their characters are (the readers know beian, ban shi chu and fen
# gongsi by their pinyin already)
PINYIN_GLOSSES: Dict[str, str] = {
    r"jing ?ying ?xu ?ke ?zheng": "ICP Commercial License",
    r"ying ?ye ?zhi ?zhao": "business license",
}
_PINYIN_TERMS = re.compile("|".join(rf"\b(?:{p})\b" for p in PINYIN_GLOSSES), re.IGNORECASE)


_THE_FILING_OR_A_SITE = re.compile(
    r"\b(?:icp|beian|bei'?an|filing|web ?sites?|sites?|e-?commerce|online|internet)\b",
    re.IGNORECASE,
)


def _pinyin_gloss(found: re.Match) -> Text:
    said = found.group(0)
    return next(
        gloss for p, gloss in PINYIN_GLOSSES.items() if re.fullmatch(p, said, re.IGNORECASE)
    )


# The character for province standing alone among English words, as it is once a province's name
# before it is glossed ("广东省" -> "Guangdong province") or typed with its pinyin ("which sheng 省
# do we file in?"); not inside a Chinese word (节省, 省钱: "save")
_PROVINCE_ALONE = re.compile(r"(?:\bsheng\s*)?(?<![\u4e00-\u9fff])省(?![\u4e00-\u9fff])", re.I)
_SPACE_AFTER_OPENING = re.compile(r"([(\[])\s+")
_SPACE_BEFORE_CLOSING = re.compile(r"\s+([)\],.;:!?'’])")
_SPACES = re.compile(r" {2,}")


def gloss(text: Text) -> Text:
    """`text` with its Chinese terms in English, spaced off from the words around them."""
    glossed = _TERMS.sub(lambda m: f" {GLOSSES[m.group(0)]} ", text)
    glossed = _PINYIN_TERMS.sub(_pinyin_gloss, glossed)
    glossed = _PROVINCE_ALONE.sub(" province ", glossed)
    # (no space left inside brackets or before punctuation: "(备案)" reads "(ICP filing)")
    glossed = _SPACE_AFTER_OPENING.sub(r"\1", glossed)
    glossed = _SPACE_BEFORE_CLOSING.sub(r"\1", glossed)
    return _SPACES.sub(" ", glossed).strip()


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class ChineseTerms(GraphComponent):
    """Glosses the Chinese terms of mostly English messages (first in the pipeline)."""

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        # (its glosses are in the training text: Rasa's cache must see their changes)
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"max_cjk_share": MIN_CJK_SHARE}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ChineseTerms:
        return cls(config)

    def _gloss(self, message: Message) -> None:
        text = message.get(TEXT)
        if not text or not (
            _TERMS.search(text)
            # (pinyin only beside the filing or a site: not "our restaurant's food jingying
            # xukezheng")
            or (_PINYIN_TERMS.search(text) and _THE_FILING_OR_A_SITE.search(text))
        ):
            return
        if cjk_share(text) >= self.component_config["max_cjk_share"]:
            return  # mostly Chinese: the language guard's
        message.set(TEXT, gloss(text))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        for message in training_data.training_examples:
            self._gloss(message)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            self._gloss(message)
        return messages
