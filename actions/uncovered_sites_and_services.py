"""What the FAQ does not say about what is run and where: things other than public web sites,
content with rules of its own, settings and messages in a console, API or Terraform, blocking,
apps, domains and their suffixes, instances, operations, other products and providers, and
whether Taiwan or Macau count as the mainland. `PATTERNS`: a pattern (lower-case text) per
subject, compiled with the others in actions/uncovered_subjects.py."""

import re
from typing import Dict

from actions.fact_words import (
    TEMPORARY_SERVER,
    words_pattern,
)
from actions.places import (
    CDN_PROVIDERS,
    MAINLAND_CITIES,
    MAINLAND_PROVINCES,
)

# Content that has rules of its own ("is it legal to host a gambling site in China?").
_APPS_SITE = r"(?:'s)?\s+(?:web ?sites?|sites?|landing pages?|web ?pages?|homepage)\b"
CONTENT_WITH_RULES = re.compile(
    r"\b(?:gambling|casinos?|betting|lotter(?:y|ies)|adult|porn\w*|xxx)\b"
)
# Services with licences of their own (news, audio-visual, education, online health and finance):
# the site is one ("a live-stream site", "an online pharmacy"), not a company's trade.
_REGULATED_SERVICES = re.compile(
    r"\blive[- ]?stream\w*|\bvideo (?:streaming|sharing) (?:platforms?|sites?|services?)\b|"
    r"\baudio-?visual\b|\bnews (?:portals?|services?|apps?)\b|\bonline news\b|"
    r"\bonline (?:education|learning|courses|schools?|publishing|pharmac\w*|banking|lending)\b|"
    r"\be-?learning\b|\btelemedicine\b|\bonline (?:medical|health) (?:services?|consultations?)\b|"
    r"\b(?:sell\w*|sale of)\s+(?:medicines?|drugs|prescription\w*)\b|"
    r"\bcrypto(?:currency)? exchanges?\b"
)


# Web sites that are not public: an intranet, internal tools, a site reached only over a VPN (no
# website for the FAQ's "open your website for visit", but a site all the same when hosted outside
# mainland China). Not a staging site, which is as open to visits as any other once its domain
# points at it: "does the staging box need an icp filing?" is the FAQ's question.
WEB_BUT_NOT_PUBLIC = (
    r"\bintranet\b|\binternal (?:use|only|sites?|tools?|systems?|apps?|portals?|"
    r"dashboards?|wikis?)\b|\bnot (?:open to the )?public\b|"
    # ("our staging site is only reachable over our vpn")
    r"\b(?:reachable|accessible|available|open)\s+(?:only\s+)?(?:over|via|through|on|from)\s+"
    r"(?:our|the|a)\s+(?:vpn|private network|intranet|office network)\b"
)


PATTERNS: Dict[str, str] = {
    # servers that are not websites (the FAQ is about websites)
    "not_websites": r"\b(?:mail|email|e-mail|smtp|game|mqtt|iot|tcp|udp|ftp|database|vpn|"
    r"proxy|minecraft|teamspeak|voice|git)\s+(?:servers?|brokers?|services?|backends?|"
    r"relays?)\b|"
    # (not the filing's consequence: "no beian = no website?")
    r"(?<!= )(?<!=)(?<!means )\b(?:no|not a|without a) website\b|"
    # (an IoT site's web front is a website: "our IoT dashboard, reached by its IP")
    # (not a host name's label: "a domain like iot.example.pl")
    r"(?<!\.)\biot\b(?!\.\w)(?!\s+(?:dashboards?|portals?|websites?|sites?|web\s*apps?|consoles?|"
    r"admin))|"
    r"\bmqtt\b|\bno public access\b|\bprivate network\b|"
    # a server for backups, or one in mainland China (not the site's backup abroad: "primary
    # in Hangzhou, a backup in HK")
    r"\bbackups?\s+(?:servers?|storage|data|files|only)\b|\b(?:for|only|just) backups?\b|"
    r"\bbackups?\b[^.?!,;]{0,30}(?:"
    + words_pattern(MAINLAND_PROVINCES + tuple(MAINLAND_CITIES) + ("mainland", "china"))
    + r")|"
    # an API alone ("an API backend for our app"), not an API beside a website
    r"\bapi (?:backends?|servers?|endpoints?)\b(?![^.?!]{0,30}\b(?:websites?|sites?)\b)|"
    r"\b(?:only|just) an? api\b|\bapi[- ]only\b|"
    # sites not open to the public (the FAQ is about opening a website for visits)
     + WEB_BUT_NOT_PUBLIC + r"|"
    r"\bonly (?:by )?(?:our |the )?(?:devs|developers|employees|staff|team)\b"
    r"(?!\s+(?:and|&|or)\s+(?:our\s+|the\s+)?(?:customers|clients|users|visitors|public))|"
    r"\b(?:test|testing|dev|development) environments?\b|"
    r"\bsandbox\b|"
    # servers that compute rather than serve a site ("we mine crypto on ECS in Hohhot", "GPU
    # instances for model training")
    r"\b(?:we|i|they)\s+(?:\w+\s+)?(?:mine|mining)\s+(?:crypto\w*|bitcoin|btc|eth\w*|coins?|"
    r"monero)\b|"
    r"\b(?:crypto|bitcoin|btc|coin)\s+mining\s+(?:on|with|rigs?|servers?|machines?|nodes?)\b|"
    r"\b(?:servers?|ecs|instances?|gpus?|machines?|nodes?|vms?)\b[^.?!]{0,30}\bfor\s+"
    r"(?:our\s+|the\s+)?(?:(?:model|ml|ai|llm)\s+(?:training|inference)|batch jobs?|"
    r"rendering|crypto mining)\b|"
    r"\binference\s+(?:servers?|workloads?|only)\b|"
    r"\bdata pipelines?\b|"
    r"\bpipeline (?:servers?|box|boxes|instances?|machines?|ecs|vms?|nodes?)\b",
    # where users' data is kept, and content rules
    "data_and_content": r"\bdata (?:storage|locali[sz]ation|export|transfers?|protection|"
    r"residency|sovereignty|security law)\b|\bpipl\b|\bcybersecurity law\b|"
    r"\bgdpr\b|\bprivacy (?:laws?|rules|regulations?|policy|polic(?:y|ies))\b|"
    # who may watch the traffic ("CDNs within China ... are subject to government
    # surveillance")
    r"\bsurveil\w*|\bwiretap\w*|\binterception\b|\blawful access\b|"
    + CONTENT_WITH_RULES.pattern
    + r"|"
    + _REGULATED_SERVICES.pattern
    + r"|"
    r"\bstor\w*\b[^.?!]{0,30}\bdata\b|\bpersonal (?:data|information)\b|\bpipl\b|"
    r"\bcollect\w*\b[^.?!]{0,30}\b(?:e-?mails?|data|phone numbers?|addresses)\b|"
    r"\bpre-?approv\w*|\bcontent\b[^.?!]{0,25}\bapprov\w*|\bapprov\w*[^.?!]{0,25}\bcontent\b|"
    # what the site says, changed for the filing: "do we need to change our website content
    # for the filing?"
    r"\b(?:need|needs|have|has|must|should)\s+(?:to\s+)?(?:\w+\s+)?(?:chang|modif|adjust|edit|"
    r"alter|censor|remov|translat|rewrit)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:content|texts?|wording|copy|images?|pictures?)\b|"
    # the site's language ("must the site be in Chinese?", "an English-only site"; not
    # "in Chinese mainland")
    r"\b(?:sites?|website|content|pages?|text|copy)\b[^.?!]{0,30}\bin (?:simplified )?"
    r"(?:chinese|mandarin|english)\b(?=\s*(?:[?.,;!)]|$|only\b|too\b|first\b|before\b|"
    r"to (?:pass|get|file|be)\b))|"
    # (a site's, not papers': "our docs are English only")
    r"(?<!docs are )(?<!documents are )(?<!papers are )(?<!certificates are )"
    r"\benglish[- ]only\b|\blanguage (?:requirements?|rules?|versions?)\b|"
    # (a version asked for, not one that exists: "the box in Qingdao serves the Chinese
    # version")
    r"\b(?:need|needs|require\w*|must|mandatory|have to|has to)\b[^.?!]{0,30}"
    r"\b(?:chinese|english|mandarin)[- ](?:language )?(?:versions?|translations?)\b|"
    r"\b(?:chinese|english|mandarin)[- ](?:language )?(?:versions?|translations?)\b"
    r"[^.?!]{0,30}\b(?:needed|required|mandatory|necessary|must)\b|"
    r"\btranslat\w*\b[^.?!]{0,25}\b(?:sites?|website|content|pages?)\b|"
    r"\b(?:sites?|website|content|pages?)\b[^.?!]{0,20}\btranslat\w*",
    # (not an API that is hosted like a site: "our API and website run on ECS")
    "settings": r"\bterraform\b|(?<!our )(?<!my )(?<!their )\bapi\b(?!\.\w)"
    r"(?!\s+(?:and|runs?|on|in|server|servers|backend|is hosted|sits|lives|box|boxes|ecs|"
    r"instances?|vms?|hosts?|nodes?|part)\b)"
    r"(?![^.?!]{0,40}\b(?:runs?|run on|running on|hosted|lives|sits)\b)|"
    # (not the console ruled out as the way: "where do i send it then, not through your
    # console?")
    r"\bsdk\b|\bcli\b|(?<!not through your )(?<!not through the )(?<!not via your )"
    # (nor the console where a fact was looked up: "just checked the console, region says
    # cn-hongkong")
    r"(?<!not via the )\bconsole\b(?!\W+(?:the\s+)?(?:region|area|it)\s+(?:says|shows|reads|"
    r"lists)\b)|\bconsole\s+but\b|\btxt record\b|\bcname\b|"
    # how a CDN fetches from its origin: "can your CDN pull from an OVH origin at all?"
    r"\b(?:pull|pulls|pulling|fetch|fetches|fetching)\s+from\s+(?:an?\s+|the\s+|our\s+)?"
    r"(?:[\w-]+\s+)?origins?\b|\borigin (?:pull|fetch)\b|"
    r"\bdns (?:records?|resolution|settings?)\b|"
    # (not the whole set-up told: "is a filing mandatory in this configuration?")
    r"(?<!this )(?<!that )(?<!such a )(?<!present )(?<!current )(?<!proposed )(?<!above )"
    r"(?<!described )(?<!same )(?<!planned )\bconfig(?:uration|urations|s)?\b(?!')|"
    # DNS records by type, and the DNS service ("add an A record in Alibaba Cloud DNS")
    r"\ban a records?\b|\b(?:aaaa|mx|srv|caa)\s+records?\b|\b(?:alibaba cloud|aliyun)\s+dns\b|"
    r"\balidns\b|"
    r"\bparameters?\b|"
    r"\bssl\b|\bhttps\b|\btls\b|"
    # how a CDN routes traffic ("which PoP is used?"; not where it has them: "no PoPs in
    # China" is its coverage)
    # (nor "POPs inside mainland China", also where it has them; "which PoPs in mainland
    # China will visitors hit?" is routing again)
    r"\b(?:which|what)\s+pops?\b|"
    r"\bpops?\b(?<!no pop)(?<!no pops)(?<!china pops)(?<!mainland pops)(?<!chinese pops)"
    r"(?!\s+(?:in|inside|within|across|covering)\s+(?:the\s+)?(?:chinese\s+)?(?:mainland|china|"
    r"prc))|"
    r"\bpoints? of presence\b(?<!no points of presence)(?<!mainland points of presence)"
    r"(?<!china points of presence)(?<!chinese points of presence)"
    r"(?!\s+(?:in|inside|within|across|covering)\s+(?:the\s+)?(?:chinese\s+)?"
    r"(?:mainland|china|prc))|"
    r"\bscheduling\b|\brouting\b|"
    # (a load balancer's listeners, not a streaming service's: "many listeners are there")
    r"\bhealth ?checks?\b|\bsecurity groups?\b|"
    r"\blisteners?\s+(?:on|of|for|to)\s+(?:the\s+|my\s+|our\s+|an?\s+)?(?:slb|clb|alb|"
    r"load balancer)\b|\b(?:add|configure|set up|create)\w*\s+(?:an?\s+|the\s+)?listeners?\b|"
    r"\b(?:slb|clb|alb|https?|tcp|udp|port|balancer)\s+"
    r"listeners?\b|\blisteners?\s+(?:ports?|rules?|config\w*|settings?)\b|\bbackend ports?\b|"
    r"\berror\w*|\bprompt\w*|\bbutton\b",
    # What a console or page shows ("why does it show that this ECS instance ..."), unless what
    # it shows is the FAQ's own point ("the page says ICP is required, our server is in ...").
    "messages": r"\bwhy (?:does|do|did) (?:it|the \w+|this \w+) (?:show|say|display)\b|"
    r"\b(?:it|console|page|system|portal) (?:shows|says|displays|showed|said) "
    r"(?:that|an?)\b",
    "blocking": r"\bcensor\w*|\bgfw\b|\bgreat firewall\b|\bblocked\b|\bblocking\b|"
    r"\bblocks?\s+(?:it|us|them|our|my|the|your|this|that|access|visitors|users|sites?|"
    r"websites?)\b|\bbanned\b|"
    r"\binaccessible\b|\bnot accessible\b|\bcan'?t (?:be )?access\w*\b|"
    # (not Alibaba Cloud's networking product: "CEN or VPN gateway?")
    r"\bunstable\b|\btimeouts?\b|\bvpn\b(?!\s+(?:gateways?|connections?|tunnels?)\b)",
    # Filing an app (not an app's backend, which is a server like any other).
    # (not the app's website: "our mobile app's website is hosted in Singapore")
    "apps": r"(?<!web )\b(?:mobile |ios |android )?apps?\b(?!" + _APPS_SITE + r")"
    r"[^.?!]{0,25}\b(?:filing|filed|file|"
    r"icp|beian|record|registration|registered|store|stores)\b|"
    r"\b(?:filing|file|filed|register\w*|icp|beian)"
    r"\b[^.?!]{0,25}\b(?:mobile )?apps?\b|\bmobile (?:apps?|applications?)\b(?!"
    + _APPS_SITE
    + r")|"
    r"\bmini[- ]?programs?\b|"
    # asked of the app, after the site's filing: "same for the app?", "does our app need one
    # too?"
    r"\b(?:the|our|my)\s+(?:mobile\s+)?(?<!web )apps?(?:\s+(?:too|also|as well))?\s*\?|"
    r"\b(?:the|our|my)\s+(?:mobile\s+)?(?<!web )apps?\s+(?:also\s+)?needs?\s+(?:one|it|that)\b|"
    # (not a site's WeChat sign-in or payment: "adding WeChat login to our web shop"; nor ads
    # placed there: "we advertise on WeChat")
    r"(?<!advertise on )(?<!advertising on )(?<!ads on )(?<!promote on )(?<!marketing on )"
    r"\bwechat\b(?!\s+(?:login|log-?in|sign[- ]?in|sign[- ]?on|pay|payments?|share|sharing|"
    r"qr|scan|ads?|advertising|marketing)\b)|\b(?:app|apple|play) store\b|\bgoogle play\b|"
    r"\bios\b|\bandroid\b|\bapk\b",
    # a suffix asked about: the suffix in general ("do .cn domains need ICP?"), compared or
    # required ("a .cn rather than a .com?", "must it be a .cn?"); not a suffix that only names
    # one's own site ("before our .com goes live", "cn-hangzhou ECS + .com domain")
    "domains": r"\.(?:cn|com|io|net|org|ai|co)\s+"
    r"(?:domains|addresses|urls|sites|websites|names)\b|"
    # a suffix switched to: "would switching to a .cn domain change anything?"
    r"\b(?:switch\w*|mov\w*|chang\w*|migrat\w*|go\w*)\s+to\s+(?:an?\s+|the\s+)?"
    r"\.(?:cn|com|io|net|org|ai|co)\b|"
    r"\b(?:do|does|are|is|can|could|should|must|will|would)\s+(?:all\s+|an?\s+|the\s+)?"
    r"\.(?:cn|com|io|net|org|ai|co)\b|"
    # a suffix used, or allowed, named as a domain's (not a file's: ".env file", ".NET 8"):
    # "can we use a .io domain for a site hosted in Beijing?", "we use a .de domain with ECS
    # Beijing, is that allowed?"
    r"\b(?:can|could|may)\s+(?:we|i|you|one)\s+(?:\w+\s+){0,2}?(?:use|have|keep|get|buy|"
    r"register)\s+(?:an?\s+|the\s+|our\s+|my\s+|their\s+)?\.[a-z]{2,12}(?:\.[a-z]{2,3})?\s+"
    r"(?:domains?|domain names?|tlds?|extensions?|addresses|urls?)\b|"
    r"(?<![\w.])\.[a-z]{2,12}(?:\.[a-z]{2,3})?\s+(?:domains?|domain names?|tlds?|extensions?)\b"
    r"[^.?!]{0,40}\b(?:is|are)\s+(?:that|this|it|they)\s+(?:allowed|ok|okay|fine|supported|"
    r"accepted|possible|a problem)\b|"
    r"\b(?:is|are)\s+(?:an?\s+|the\s+|our\s+|my\s+)?\.[a-z]{2,12}(?:\.[a-z]{2,3})?\s+"
    r"(?:domains?|domain names?|tlds?|extensions?)\s+(?:\w+\s+){0,2}?(?:allowed|ok|okay|fine|"
    r"supported|accepted|possible|a problem)\b|"
    r"\.(?:cn|com|io|net|org|ai|co)\b[^.?!]{0,25}?\b(?:vs\.?|versus|instead of|rather than|"
    r"or (?:an?\s+)?\.)|"
    r"\b(?:need|needs|required?|requires|must (?:have|use|be)|have to (?:use|buy|get|have|be)|"
    r"only (?:for|with)|(?:must|should|does|do|has|have|need)\s+(?:it|we|they|the \w+)\s+"
    r"(?:to\s+)?be)\s+(?:an?\s+|the\s+)?\.(?:cn|com|io|net|org|ai|co)\b|"
    r"^\W*\.(?:cn|com|io|net|org|ai|co)\b|"
    # the filing asked of a suffix, and of nothing else: "beian for .io?"
    r"\b(?:icp|beian|filing)\s+(?:for|with|on)\s+(?:an?\s+)?\.[a-z]{2,12}"
    r"(?:\s+(?:domains?|names?|tlds?|extensions?|addresses))?\s*(?:[?.!]|$)|"
    # whether a kind of domain may be filed: "can we file ICP with a .xyz domain?"
    r"\b(?:can|could|may)\s+(?:we|i|you|one)\s+(?:\w+\s+){0,3}?(?:with|using|for|on)\s+"
    r"(?:an?\s+)?\.[a-z]{2,12}(?:\s+(?:domain|domain name|address|url|tld|extension)s?)?"
    r"\s*(?:[?.!]|$)|"
    r"\bsuffix\w*|\btld\b|\btop[- ]level\b|"
    # who may register a suffix ("can a foreign company even register a .cn?")
    r"\b(?:register|registering|buy|buying|get|own|hold)\s+(?:an?\s+|the\s+)?"
    r"\.(?:cn|com\.cn|net\.cn|中国)\b|"
    r"\bsecond[- ]level\b|\bsld\b|\bsub-?domains?\b|\b(?:chinese|china) (?:domain|url)s?\b|"
    r"\bregistrar\b|\bwebsite names?\b|"
    # where a domain is bought or registered
    r"\bdomains?\b(?![^.?!]{0,30}\b(?:never|not|n't)\s+(?:\w+\s+)?(?:bought|buy|purchased?))"
    r"[^.?!]{0,30}\b(?:bought|buy|purchased?|registered (?:at|with|through|via)"
    r"(?!\s+(?:the\s+)?(?:miit|ministry)\b))\b|"
    r"\b(?:where|how|which|can|could|should)\b[^.?!]{0,30}\b(?:buy|purchase|register)\s+"
    r"(?:an?\s+|new\s+|some\s+|few\s+|a few\s+)?(?:\w+\s+)?domain(?:\s+names?)?s?\b"
    r"(?!\s+(?:for|with)\b)|"
    r"\bgodaddy\b|\bnamecheap\b|\bparked\b|"
    # where the domain was registered: "for a domain name registered outside mainland China"
    r"\bdomains?(?:\s+names?)?\s+(?:(?:is|was|that is|that was|which is|which was)\s+)?"
    r"(?:registered|bought|purchased)\s+(?:outside|abroad|overseas|offshore|in\s+(?:the\s+)?"
    r"(?:us|usa|uk|eu|hong kong|hk|singapore|japan|europe|america))\b|"
    # a filing of its own for a domain: "does the cdn accelerated domain need its own filing
    # or only the main domain?", "a separate beian for each domain?" (the FAQ says when a
    # filing is needed, not what one filing covers)
    r"\b(?:domains?|urls?|hostnames?)\b[^.?!,;]{0,40}\b(?:need|needs|require|requires|"
    r"required|needed)\b[^.?!,;]{0,10}\b(?:(?:its|their)\s+own|(?:an?\s+)?"
    r"(?:separate|individual|additional|distinct)|another|a\s+second)\s+"
    r"(?:filings?|icps?|beians?|(?:icp|beian)\s+(?:records?|numbers?))\b|"
    r"\b(?:separate|individual|additional|distinct|own)\s+(?:filings?|icps?|beians?|"
    r"(?:icp|beian)\s+records?)\s+(?:(?:is\s+|are\s+)?(?:needed|required|necessary)\s+)?"
    r"(?:for|per)\s+"
    r"(?:each|every|all|the|our)?\s*(?:[\w-]+\s+)?"
    r"(?:domains?|urls?|hostnames?)\b|"
    # how many domains one filing takes in: "file the accelerated domain AND the origin
    # domain, or is one filing enough?", "5 domains, one filing or five?"
    r"\bone\s+(?:filing|icp|beian|record|application)\s+or\s+(?:two|three|four|five|ten|"
    r"several|more|many|each|\d+)\b|"
    r"\bdomains?\b[^.?!]{0,80}\bone\s+(?:filing|icp|beian|record|application)\b[^.?!]{0,15}"
    r"\b(?:enough|sufficient|cover\w*)\b|"
    r"\bone\s+(?:filing|icp|beian|record|application)\b[^.?!]{0,15}\b(?:enough|sufficient|"
    r"cover\w*)\b[^.?!]{0,40}\bdomains\b|"
    r"\b(?:file|register)\s+(?:the\s+|our\s+|both\s+)?(?:[\w-]+\s+)?domains?\s+"
    r"(?:and|&|as well as)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?domains?\b|"
    # a domain held and not in use: "my registered domain name which is not in use"
    r"\bdomains?(?:\s+names?)?\s+(?:(?:which|that)\s+)?(?:(?:is|are|'s)\s+not|isn't|aren't)\s+"
    r"(?:yet\s+)?(?:in use|used|being used|live|pointed anywhere)\b",
    # the size of an instance (the FAQ gives only the temporary ECS's three-month term)
    # (not Resource Access Management: "2FA for their RAM users")
    "instance_specs": r"\bv?cpus?\b|\bcores?\b|"
    # its size asked: "does it need to be a big instance?", "what size of ECS?"
    r"\b(?:need|needs|have|has|got)\s+to\s+be\s+(?:a\s+|an\s+)?(?:big|bigger|large|larger|small|"
    r"powerful|beefy|tiny|high[- ]end)\s+(?:instance|ecs|server|"
    r"machine|box|one|type|size)\b|"
    r"\bbe\s+(?:a\s+|an\s+)?(?:big|bigger|large|larger|small|powerful|beefy|tiny|high[- ]end)\s+"
    r"(?:instance|ecs|server|machine|box)\b|"
    r"\b(?:what|which)\s+(?:size|spec|specs|specification|instance type|tier)\s+(?:of\s+)?"
    r"(?:(?:the|that|this|a)\s+)?(?:temporary\s+|temp\s+)?(?:instance|ecs|server)\b|"
    r"\bhow\s+(?:big|large|powerful)\s+(?:does|must|should|do)\b|"
    # its network: "does the temporary ECS require a public IP or a minimum bandwidth?"
    r"\b(?:minimum|min\.?|required|enough|how much)\s+(?:public\s+)?bandwidth\b|"
    r"\bbandwidth\s+(?:is\s+)?(?:required|needed|minimum)\b|"
    r"\b(?:ecs|instances?|servers?|it)\b[^.?!]{0,30}\b(?:need|needs|require|requires|must have|"
    r"(?:have|has) to have)\s+(?:an?\s+)?(?:(?:public|elastic|static|fixed)\s+(?:ip|ipv4)|eip)\b"
    r"(?=[^.!]*\?)|"
    r"\b(?:must|does|do|should|will|would)\s+(?:the|that|our|this|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ecs|instances?|servers?)\b[^.?!]{0,30}\bhave\s+(?:an?\s+)?(?:(?:public|elastic|static|"
    r"fixed)\s+(?:ip|ipv4)|eip)\b|"
    # what the server must run, or whether it may stand idle: "does that temporary server have
    # to actually run anything, or can it sit idle?"
    # (the temporary one, or the one the answer named: not "our beijing server will sit idle
    # after we move")
    r"\b(?:temp|temporary|that|this)\s+(?:ecs|servers?|instances?|vps|box)\b[^.?!]{0,40}"
    r"\b(?:(?:have|has|need|needs)\s+to\s+(?:actually\s+|really\s+)?(?:run|host|serve)\s+"
    r"(?:anything|something|any\s+(?:content|traffic|site|website|pages?|app))|"
    r"(?:sit|stay|be left|remain|left)\s+idle|be\s+(?:empty|unused))\b|"
    # how long a server must be bought for a filing with no CDN ("for the normal filing (no cdn)
    # the mainland ecs has to be bought for at least a year, right?"): the FAQ's three months
    # are the CDN's temporary ECS
    r"\b(?:no\s+|without\s+(?:a\s+|any\s+)?)cdn\b[^?]{0,80}\b(?:ecs|instances?|servers?)\b"
    # (asked as what must be: not a term told, "just an ecs in Beijing bought for a year")
    r"[^.?!]{0,30}\b(?:has to|have to|must|need to|needs to|should|required to)\s+be\s+"
    r"(?:bought|purchased|subscribed|rented|paid for|kept)\s+for\s+"
    r"(?:at least\s+|a minimum of\s+|minimum\s+|no less than\s+)?"
    r"(?:a|one|two|three|six|twelve|\d+)\s+(?:years?|months?)\b|"
    r"\bram\b(?!\s+(?:users?|roles?|polic\w*|accounts?|permissions?|console)\b)|"
    r"\bmemory\b|\b\d+ ?gb\b|"
    # where a server must be, beside where the filing goes: "and must the ecs also be in a
    # tianjin region or can it be any region?" (the FAQ says only where to file)
    r"\b(?:must|should|does|do|has|have|need|needs)\s+(?:the|our|that|this)\s+(?:ecs|servers?|"
    r"instances?)\s+(?:also\s+)?(?:(?:have|has|need|needs)\s+to\s+)?be\s+(?:in|located in)\s+"
    r"(?:the\s+|a\s+)?(?:same|(?!mainland\b|china\b|chinese\b|prc\b)[\w-]+)\s+"
    r"(?:province|region|city)\b|"
    r"\b(?:can|could)\s+(?:it|they|the\s+(?:ecs|servers?|instances?))\s+be\s+(?:in\s+)?any\s+"
    r"(?:mainland\s+)?region\b|"
    # where the temporary instance must be: the FAQ says only "in mainland China"
    + TEMPORARY_SERVER.pattern
    + r"[^.?!]{0,100}\b(?:same (?:province|region|city|zone)|"
    r"which (?:(?:mainland|china|chinese|availability)\s+)?(?:province|region|city|zone)|"
    r"any (?:mainland )?region)\b|"
    # ... asked first: "which region should the temporary instance be in?"
    r"\b(?:which|what|same)\s+(?:(?:mainland|china|chinese|availability)\s+)?"
    r"(?:province|region|city|zone)\s+"
    r"(?:should|must|does|do|can|will|would|has to|needs to)\s+(?:the|that|this|our|a|an)\s+"
    + TEMPORARY_SERVER.pattern
    + r"|"
    r"\binstance (?:types?|sizes?|famil(?:y|ies)|specs?)\b|\bspecs?\b|\bspecifications?\b|"
    # another product as the temporary instance ("a Simple Application Server instead of an
    # ECS instance as the temporary instance")
    r"\b(?:instead of|rather than|in place of)\s+(?:an?\s+|the\s+)?ecs\b[^.?!]{0,40}"
    r"\btemporary\s+(?:ecs|instances?|servers?|one|machines?)\b|"
    r"\btemporary\s+(?:ecs|instances?|servers?|one|machines?)\b[^.?!]{0,40}"
    r"\b(?:instead of|rather than|in place of)\s+(?:an?\s+|the\s+)?ecs\b|"
    # (not a reason given in the past: "we put a demo there because it was cheapest")
    r"\b(?:cheapest|smallest|lowest[- ]spec)\b(?<!was cheapest)(?<!was the cheapest)",
    # running a server: its disks, restarts, passwords, keys and snapshots ("their ECS in
    # cn-shanghai ran out of disk space"), which no FAQ answer is about wherever it runs
    "operations": r"\b(?:system|data|cloud|boot)\s+disks?\b|\bdisk (?:space|size|usage)\b|"
    r"\b(?:resiz|expand|extend|enlarg)\w*\s+(?:the\s+|a\s+|our\s+|its\s+|their\s+)?disks?\b|"
    r"\breboot\w*|\bsnapshots?\b|\bstopped and (?:re)?started\b|"
    # how a move is done: "how to migrate the server to hk region?" (whether the new place
    # needs a filing is the FAQ's: "if we migrate to HK, do we need ICP?")
    r"\bhow\s+(?:(?:do|can|could|should|would)\s+(?:we|i|you)\s+|to\s+)(?:best\s+)?"
    r"(?:migrat|mov|transfer|relocat)\w*\s+(?:the\s+|our\s+|my\s+|an?\s+|this\s+|that\s+)?"
    r"(?:[\w-]+\s+)?(?:servers?|sites?|websites?|ecs|instances?|vms?|data|workloads?|apps?|"
    r"databases?)\b|"
    # what the instance does when its term ends: "auto-release when the subscription ends"
    r"\bauto(?:matic(?:ally)?)?[- ]?releas\w*|"
    r"\brestart\w*\s+(?:(?:the|our|my|their|an?)\s+)?(?:[\w-]+\s+)?(?:ecs|instances?|servers?|"
    r"vms?|machines?)\b|"
    r"\b(?:reset|change|recover|lost|forgot)\w*\s+(?:the\s+|my\s+|our\s+|their\s+)?"
    r"(?:root\s+|login\s+|instance\s+|admin\s+)?password\b|\bkey ?pairs?\b|"
    r"\bprivate keys?\b(?!\s+(?:of|for)\s+(?:the\s+)?(?:ssl|tls|https|certificate))|"
    # ... and its network: "how do I connect the two VPCs privately, CEN or VPN gateway?" (not a
    # VPC named beside a server's place: "our ECS in a VPC in Hangzhou")
    r"\bhow\b[^.?!]{0,30}\b(?:connect|link|peer|interconnect)\w*\s+(?:the\s+|our\s+|two\s+|both\s+|"
    r"these\s+)*"
    r"(?:vpcs|vpcs?\s+(?:together|privately)|networks)\b|\bcen\b|\bexpress connect\b|"
    r"\bvpn gateways?\b|\bvpc peering\b",
    # cloud products the FAQ does not name (it names ECS, Server Load Balancer and CDN)
    # (named anywhere, it is what the message is about: "instead of CDN we're looking at
    # Global Accelerator (GA) ... does GA need a filing?")
    "global_accelerator": r"(?<!off )(?<!from )(?<!left )(?<!dropped )\bglobal accelerator\b",
    # (and P2P CDN, or DCDN set against CDN: the FAQ speaks only of CDN)
    # (not where a site is served from: "even if your site is on oss in silicon valley")
    "other_products": r"(?<!site is on )(?<!site's on )(?<!site on )(?<!sites are on )"
    r"(?<!site is hosted on )(?<!website is on )(?<!site runs on )"
    # (... or its files: "our site is static files on OSS in Singapore")
    r"(?<!files on )(?<!files are on )(?<!files live on )(?<!files sit on )\boss\b|"
    r"\bobject storage\b|\bbuckets?\b|\bpcdn\b|"
    # another product asked for: "is there some other Alibaba product that speeds up delivery
    # into China without a filing?"
    r"\b(?:some|any|an|another)\s+(?:other\s+)?(?:alibaba(?:\s+cloud)?\s+|aliyun\s+)?"
    r"(?:products?|services?|solutions?|offerings?)\s+(?:that|which|to)\b|"
    # security products ("how do I put WAF in front of it?")
    r"\bwaf\b|\bweb application firewall\b|\banti-?ddos\b|\bddos protection\b|"
    r"\bcloud firewall\b|"
    r"\bdifference\s+between\s+(?:\w+\s+){0,2}?dcdn\b|\bdcdn\s+(?:and|vs\.?|versus|or)\s+cdn\b|"
    r"\bcdn\s+(?:and|vs\.?|versus|or)\s+dcdn\b|"
    r"\balb\b|\bapplication load balancer\b|\bnlb\b|\bnetwork load balancer\b",
    # (not the verb: "so I can google it")
    "other_providers": r"\baws\b|\bamazon\w*|\bazure\b|\bmicrosoft\b|"
    r"\bgoogle\b(?!\s+(?:it|them|that|this)\b)|\bgcp\b|"
    r"\btencent\b|\bcvm\b|\bhuawei\b|"
    # (not Baidu the search engine: "Baidu ranks sites hosted in China higher")
    r"\bbaidu\b(?!\s+(?:ranks?|ranking|seo|search|index\w*|results?|spiders?|crawl\w*|"
    r"webmaster))|\b(?:" + "|".join(CDN_PROVIDERS) + r")\b|"
    r"\bvercel\b|\bnetlify\b|\bgithub\b|\bjd cloud\b|\bucloud\b|"
    r"\bqiniu\b|\bupyun\b|\bkingsoft\b|\bs3\b|"
    r"\bdocker\b|\bisp\b|\belb\b|\bec2\b|\blightsail\b|\baks\b|\beks\b|"
    r"\bgke\b|\bshopify\b|\bwix\b|\bsquarespace\b|\bwordpress\.com\b|\bgithub pages\b|"
    # a store on a marketplace's own platform ("a store on Tmall/JD/Taobao")
    r"\btmall\b|\btaobao\b|\bpinduoduo\b|\bjd\.com\b|(?<=/)jd\b|\bjd(?=/)|"
    r"\b(?:douyin|wechat|xiaohongshu|red)\s+(?:shops?|stores?)\b|"
    # the filing through someone other than Alibaba Cloud: "does the filing have to go through
    # that vendor rather than Alibaba Cloud?", "can our CDN vendor file it instead of you?"
    r"\b(?:vendor|provider|host|reseller|partner|registrar)s?\b[^.?!]{0,40}"
    r"\b(?:rather than|instead of)\s+(?:through\s+|via\s+|with\s+)?(?:alibaba|aliyun|you)\b|"
    # another provider's CDN put in Alibaba Cloud's place: "and if we used a different company's
    # CDN instead of Alibaba's?"
    # (a CDN only: not the writer's past host, "we moved from another provider's hosting")
    r"\b(?:a\s+different|another|a\s+third[- ]party)\s+(?:company|provider|vendor)(?:'s|s')?\s+"
    r"cdns?\b|\b(?:a|any|the)\s+(?:non-alibaba|third[- ]party)\s+cdns?\b",
    # another country's or region's rules: "an EU equivalent of ICP?", "Indonesia PSE - the
    # same as ICP?", "does Macau have its own website licence?"
    # (and a licence or registration from another place's government: "a licence from the
    # HK government", "some kind of registration with the Singapore authorities")
    # whether Taiwan or Macau counts as mainland China, which the FAQ never says (it names
    # Hong Kong only): "Our servers are in Taiwan - is that 'outside mainland' for your ICP
    # rules or not?"
    # (asked: not "Hong Kong & Macau are not yet considered mainland China, so ...")
    "other_countries": r"\b(?:taiwan|macau|macao)\b[^.?!]{0,50}\b(?:count|counts|counted|"
    r"considered|treated|regarded|classed|classified|part of|same as)\b[^.?!]{0,40}"
    r"\b(?:mainland|china|prc|outside)\b(?=[^.!]*\?)|"
    r"\b(?:taiwan|macau|macao)\b[^.?!]{0,30}\b(?:is|isn't|are)\s+(?:that|it|this|they)\s+"
    r"['\"‘“]?(?:outside|inside|in|part of)\s+(?:the\s+)?mainland\b(?=[^.!]*\?)|"
    r"\b(?:is|are)\s+(?:\w+\s+){0,2}?(?:taiwan|macau|macao)\s+(?:\w+\s+){0,2}?(?:in\s+|inside\s+|"
    r"outside\s+|part of\s+)?(?:the\s+)?mainland\b(?=[^.!]*\?)|"
    r"\b(?:taiwan|macau|macao)\b[^.?!]{0,30}\b(?:treated|considered|regarded|counted)\s+"
    r"(?:the\s+same\s+)?as\s+(?:hong kong|hk)\b(?=[^.!]*\?)|"
    r"\b(?:licen[cs]es?|registrations?|permits?|approvals?)\s+"
    r"(?:\w+\s+){0,2}?(?:from|with|by)\s+(?:the\s+)?(?!(?:chinese|china|mainland|prc|miit|provincial|local|"
    r"relevant|communications|same|right|proper)\b)[a-z]+(?:\s+kong)?\s+(?:government|"
    r"authorit(?:y|ies)|regulators?)\b|"
    r"\b(?:equivalent|counterpart|analog(?:ue)?)s?\b[^.?!]{0,20}"
    r"\b(?:icp|beian)\b|"
    r"\b(?:icp|beian)[- ](?:style|like|type|equivalent)\b|"
    # (not the verb: "our branch would like a beian")
    r"\b(?:(?<!would )(?<!'d )(?<!we )(?<!i )(?<!they )(?<!you )(?<!also )like|similar to|"
    r"same (?:thing )?as|comparable to)\s+(?:china's\s+|chinese\s+|the\s+|"
    r"an?\s+)?(?:icp|beian)\b|"
    r"\b(?:its|their) own (?:website |web |internet |hosting )?(?:licen[cs]es?|registrations?|"
    r"filings?|rules)\b(?!\s+(?:documents?|certificates?|papers))|"
    r"\bkominfo\b|\bpse\b|\broskomnadzor\b|\bmeity\b|\bdpo\b|\bdata protection officer\b",
}
