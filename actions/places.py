"""Place names the assistant recognises, and where each one is.

Pure data (no Rasa, no spaCy): the spaCy pipeline builder turns these into entity-ruler patterns,
and `vocab` uses them to turn what a user typed into fact values.
"""
from typing import Dict, Tuple

# The 31 provincial-level divisions of mainland China (22 provinces, 5 autonomous regions,
# 4 municipalities). An ICP Filing is made in one of these (FAQ: "Which province should I apply
# for an ICP Filing in?").
MAINLAND_PROVINCES: Tuple[str, ...] = (
    "Anhui", "Beijing", "Chongqing", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou",
    "Hainan", "Hebei", "Heilongjiang", "Henan", "Hubei", "Hunan", "Inner Mongolia", "Jiangsu",
    "Jiangxi", "Jilin", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanghai",
    "Shanxi", "Sichuan", "Tianjin", "Tibet", "Xinjiang", "Yunnan", "Zhejiang",
)

# Other spellings of a division's name, lower case -> canonical name.
PROVINCE_ALIASES: Dict[str, str] = {
    "xizang": "Tibet", "nei mongol": "Inner Mongolia", "neimenggu": "Inner Mongolia",
    "guangxi zhuang": "Guangxi", "ningxia hui": "Ningxia", "xinjiang uygur": "Xinjiang",
    "xinjiang uyghur": "Xinjiang", "peking": "Beijing", "canton": "Guangdong",
    "shensi": "Shaanxi",
}

# Big mainland cities (including Alibaba Cloud region cities) -> their provincial-level division.
MAINLAND_CITIES: Dict[str, str] = {
    "guangzhou": "Guangdong", "shenzhen": "Guangdong", "dongguan": "Guangdong",
    "foshan": "Guangdong", "zhuhai": "Guangdong", "heyuan": "Guangdong",
    "hangzhou": "Zhejiang", "ningbo": "Zhejiang", "wenzhou": "Zhejiang",
    "nanjing": "Jiangsu", "suzhou": "Jiangsu", "wuxi": "Jiangsu",
    "chengdu": "Sichuan", "wuhan": "Hubei", "xi'an": "Shaanxi", "xian": "Shaanxi",
    "shenyang": "Liaoning", "dalian": "Liaoning", "qingdao": "Shandong", "jinan": "Shandong",
    "xiamen": "Fujian", "fuzhou": "Fujian", "changsha": "Hunan", "zhengzhou": "Henan",
    "hefei": "Anhui", "kunming": "Yunnan", "harbin": "Heilongjiang", "changchun": "Jilin",
    "shijiazhuang": "Hebei", "zhangjiakou": "Hebei", "taiyuan": "Shanxi", "nanchang": "Jiangxi",
    "guiyang": "Guizhou", "lanzhou": "Gansu", "xining": "Qinghai", "nanning": "Guangxi",
    "lhasa": "Tibet", "yinchuan": "Ningxia", "urumqi": "Xinjiang", "hohhot": "Inner Mongolia",
    "ulanqab": "Inner Mongolia", "haikou": "Hainan", "sanya": "Hainan",
}

# Names that mean "somewhere in mainland China" without naming a division.
MAINLAND_GENERIC: Tuple[str, ...] = (
    "mainland china", "china mainland", "mainland", "china", "prc", "the prc",
    "inside china", "in china", "chinese mainland", "people's republic of china",
)

# Hong Kong: outside mainland China, and named separately by the FAQ ("ECS instances in Hongkong").
HONG_KONG: Tuple[str, ...] = ("hong kong", "hongkong", "hk", "hong kong sar", "hksar")

# Macau and Taiwan: outside mainland China. Documents issued there are not accepted for ICP Filing.
OTHER_CHINESE_REGIONS: Tuple[str, ...] = ("macau", "macao", "taiwan", "taipei")

# Common hosting places outside mainland China (countries, cities, Alibaba Cloud region names).
ABROAD: Tuple[str, ...] = (
    "outside china", "outside mainland china", "outside the mainland", "overseas", "abroad",
    "singapore", "japan", "tokyo", "korea", "seoul", "germany", "frankfurt",
    "uk", "united kingdom", "london", "britain", "england", "europe", "usa", "u.s.", "the us",
    "the states",
    "united states", "america", "virginia", "silicon valley", "california", "oregon",
    "australia", "sydney", "malaysia", "kuala lumpur", "indonesia", "jakarta", "india",
    "mumbai", "dubai", "uae", "philippines", "manila", "thailand", "bangkok", "france",
    "paris", "netherlands", "amsterdam", "canada", "toronto", "brazil", "mexico",
    "saudi arabia", "riyadh", "turkey", "vietnam", "switzerland", "spain", "italy",
    "ireland", "sweden", "poland",
)
