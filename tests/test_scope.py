"""The scope decision: subjects the FAQ does not cover, and what each FAQ question is about.

Wording here is our own (the real phrasings in eval/ measure it on unseen wording)."""

import re

import pytest
import yaml

from actions.fact_words import lower_case
from actions.faq_subjects import carries_subject, states_who_may_file, with_what_one_stands_for
from actions.filing_facts import filing_out_of_reach, forgoes_the_filing
from actions.message_parts import (
    asked_part,
    asking_parts,
    clean,
    is_heading,
    is_icp_related,
    is_question,
    means_another_icp,
    names_the_filing,
    refers_back,
)
from actions.need_or_next_step import (
    asks_if_it_needs_a_filing,
    asks_what_to_do_now,
    speaks_of_needing_a_filing,
)
from actions.scope_rules import (
    asks_a_billing_method_of_it,
    asks_about_the_temporary_server,
    asks_for_the_filing_of,
    asks_how_to_get_a_filing,
    asks_if_a_mainland_server_is_needed,
    asks_if_it_applies,
    asks_of_filing_through_alibaba_cloud,
    asks_what_china_takes,
    asks_what_happens_without_a_filing,
    asks_what_the_filing_requires,
    asks_what_there_is_to_know,
    asks_where_to_file,
    asks_who_may_file,
    asks_who_may_hold_the_commercial_licence,
    checks_no_filing_outside,
    continues_with_facts,
    denies_a_cdn,
    reports_a_problem,
    says_it_is_too_much,
    states_a_site_cut_off_without_a_filing,
    states_none_needed_abroad,
    states_what_happens_without_a_filing,
    tells_of_others_only,
)
from actions.small_talk_and_handoff import (
    asks_after_small_talk,
    asks_for_a_person,
    asks_whom_to_speak_to,
    says_goodbye,
    says_hello,
)
from actions.uncovered_subjects import UNCOVERED_SUBJECTS, uncovered_subjects
from components.scope_decision import ScopeDecision
from project_paths import ROOT

FAQ = [
    "ask_physical_office",
    "ask_no_filing",
    "ask_load_balancer",
    "ask_cdn",
    "ask_hosted_outside",
    "ask_ip_only",
    "ask_which_province",
    "ask_need_icp",
]


@pytest.mark.parametrize(
    "message, subject",
    [
        ("roughly what will the filing set us back in fees?", "cost"),
        ("how long until the beian gets approved?", "time"),
        ("which papers and certificates must we upload for the filing?", "documents"),
        ("we lack some papers; which documents are required for the beian?", "documents"),
        ("is a filing enough for our e-commerce website?", "business_types"),
        ("what ads may our marketing site run in China?", "marketing"),
        ("can the beian be submitted through the API?", "settings"),
        ("is a beian required for an API server in Ningbo that our app calls?", "not_websites"),
        ("is one filing enough for every domain we own?", "limits"),
        # what a long message asks, and a condition that is part of it
        ("If our beian expires one day, does the CDN keep serving?", "time"),
        ("Hi! We host in Oslo. Our budget is tight. How much would a beian cost?", "cost"),
        ("We have a mobile app. Does it need ICP?", "apps"),
        # what sets the question's topic counts wherever it is named
        (
            "Our filing was rejected because the backdrop photo was not accepted. What should we"
            " change so it passes next time?",
            "documents",
        ),
        ("which payment methods does the filing accept?", "cost"),
        ("we moved from AWS to Tencent Cloud, does Tencent file for us?", "other_providers"),
        ("where do I get the filing service number for my ECS?", "number_and_footer"),
        ("must the ICP number sit in the footer of every page?", "number_and_footer"),
        ("should we show our beian details on the home page?", "number_and_footer"),
        ("is a public security registration needed too?", "psb"),
        ("which field in the terraform resource takes the icp number?", "settings"),
        ("does Server Load Balancer support SSL certificates?", "settings"),
        ("our site is blocked by the great firewall, what now?", "blocking"),
        ("we pay in RMB, can you send an invoice?", "cost"),
        ("how do we transfer our filing to Alibaba Cloud?", "existing_filing"),
        ("may beian-filed websites point their DNS elsewhere?", "existing_filing"),
        (
            "once approved, may a new shop share that ECS without registering again?",
            "existing_filing",
        ),
        ("what is needed to rent a server in the Beijing region as a foreign firm?", "purchase"),
        ("does our beian remain valid once the shop moves to a new ECS?", "existing_filing"),
        ("we already hold an ICP number, can the CDN be added?", "existing_filing"),
        (
            "we already have one for the Shanghai site; does the new shop need its own?",
            "existing_filing",
        ),
        ("may our reseller in Chengdu do the filing for our site?", "companies"),
        ("could we file the beian under their licence instead?", "filing_details"),
        (
            "the beian sits in our agency's account; can we transfer it to our own account?",
            "existing_filing",
        ),
        ("is a 2 vCPU ECS enough as the temporary instance for the CDN filing?", "instance_specs"),
        ("our SaaS runs on ECS Suzhou, must we file?", "business_types"),
        (
            "may we collect phone numbers of Chinese buyers on our Seoul-hosted shop?",
            "data_and_content",
        ),
        ("we host our shop on Tencent Cloud in Guangzhou, need ICP?", "other_providers"),
        (
            "is the filing also needed for images served from an OSS bucket in Qingdao?",
            "other_products",
        ),
        ("we'd put an application load balancer in front, what then for ICP?", "other_products"),
        ("what penalty do we risk if the site runs unfiled on ECS Xiamen?", "penalties"),
        ("which cities let a permanent office do the filing?", "province_list"),
        ("is a beian needed for our intranet on ECS Wuxi?", "not_websites"),
        ("how do we change the ICP filing of our shop?", "existing_filing"),
        ("does our company need to change its ICP record after moving?", "existing_filing"),
        ("Does the CDN change our ICP filing?", "existing_filing"),
        ("what's an ICP license?", "definition"),
        ("can jsdelivr regain its filing?", "existing_filing"),
        ("does a wechat mini program need a filing?", "apps"),
        ("can an individual file a personal blog?", "individuals"),
        ("can a .io domain be filed?", "domains"),
        ("does Tencent Cloud need the same filing?", "other_providers"),
        ("without a domain with ICP we cannot try AKS at all", "other_providers"),
        ("what's the difference between a filing and an ICP license?", "licence_types"),
        ("a foreign-invested enterprise in the FTZ wants to file, how?", "companies"),
        ("why does the console say our instance cannot be used for filing?", "messages"),
        ("the page shows that my quota is used up, what now?", "messages"),
        ("will a CDN without a filing still be quick enough? is it slow?", "performance"),
        ("how can I make my site load faster for visitors in Beijing?", "performance"),
        ("what exactly is a beian?", "definition"),
        ("sorry, dumb one: what's ICP short for?", "definition"),
        ("what do the letters ICP stand for", "definition"),
        ("is ICP an acronym for something?", "definition"),
        ("which one do we need, a filing or a commercial license?", "licence_types"),
        ("ICP filing vs ICP license: the difference", "licence_types"),
        ("why isn't our game on the Apple Store in China?", "apps"),
        ("which edge PoP serves visitors from Europe?", "settings"),
        ("how many websites may one account file?", "limits"),
        ("is there a maximum number of domains per filing?", "limits"),
        ("who needs a commercial ICP licence?", "licence_types"),
        ("which kind of ICP do we need for a shop?", "licence_types"),
        ("what do we need to obtain an ICP license?", "documents"),
        ("what is the validity period of a beian?", "properties"),
        ("can we borrow a partner's ICP license for our site?", "companies"),
        ("does our email server on ECS in Chengdu need a filing?", "not_websites"),
        (
            "is ICP needed for an internal tool on ECS Shanghai with no public access?",
            "not_websites",
        ),
        ("how do we register our trademark in China?", "other_registrations"),
        ("do we have to keep Chinese users' personal data inside China?", "data_and_content"),
        ("is one beian enough for several domains?", "limits"),
        ("is the filing under the company's name or the website's?", "filing_details"),
        ("can the ICP filing be under our customer's company?", "filing_details"),
        ("does the domain have to be bought from Alibaba Cloud for ICP?", "domains"),
        ("without a beian can we still run ad campaigns in China?", "marketing"),
        ("What's the approval rate for filings in Beijing?", "properties"),
        ("how many business days does the review usually take?", "time"),
        ("do .ai domains get ICP filings like the others?", "domains"),
        ("does the domain have to be a .cn?", "domains"),
        ("a .cn or a .com for the China site?", "domains"),
        ("we want to show the ICP number in the footer. do we need one?", "number_and_footer"),
        # documents made valid at home are still a documents question; paperwork to prepare;
        # which PoPs serve; one suffix against another
        ("do our Beijing branch's documents need translating for the ICP filing?", "documents"),
        ("is there any paperwork we must prepare before the beian?", "documents"),
        ("which PoPs in mainland China will our visitors hit?", "settings"),
        ("is the .com enough or does the .cn need its own beian?", "domains"),
        # found by red-team round 19 (the boundary of what the FAQ answers)
        ("the FAQ says 'some provinces' take rep offices - which ones?", "province_list"),
        ("what's a beian exactly - who reads it? we run an SLB in Wuhan", "definition"),
        (
            "must the temp ECS be in the same region as our licence, or any region?",
            "instance_specs",
        ),
        ("may the beian be submitted in English, or translated documents only?", "documents"),
        ("the bureau turned down our site name in the filing; which names pass?", "filing_details"),
        ("which paperwork must the rep office prepare for beian?", "documents"),
        ("we store customer data in Shanghai: what does PIPL require?", "data_and_content"),
        ("does it take long for the bureau to approve a beian?", "time"),
        # another provider's CDN in mainland China: the FAQ's CDN rule is Alibaba Cloud CDN's
        (
            "origin in Oregon with Akamai CDN nodes in China, do we need a filing?",
            "other_providers",
        ),
        # the server used to file, once the filing is through
        ("once our beian is granted, may we delete the temp server?", "existing_filing"),
        # what to hand in, for the filing or for the office certificate
        ("which papers must we submit to obtain the permanent office certificate?", "documents"),
        # performance asked after a condition that names the filing
        (
            "if we pick HK to avoid the filing, how much packet loss will Wuhan visitors see?",
            "performance",
        ),
        # Global Accelerator named anywhere is what the message is about
        (
            "we skip the CDN and put Global Accelerator in front of our HK ECS. Is ICP needed?",
            "global_accelerator",
        ),
        ("is there a foreign ownership cap for the commercial licence?", "companies"),
        # an SSL certificate is a setting, whether a filing is asked or not
        ("must the filing be finished before we add an SSL certificate to our ECS?", "settings"),
        ("security group rules block the SLB health check to our Sydney ECS, why?", "settings"),
        # other countries' and regions' own rules
        ("is Thailand's web registration comparable to ICP?", "other_countries"),
        ("any beian-style registration for sites hosted in Jakarta?", "other_countries"),
        ("does Taiwan have its own hosting rules for our shop there?", "other_countries"),
        ("what is the Kazakh counterpart of an ICP filing?", "other_countries"),
        # ... but asked in the question itself, or of "it", the subject counts
        ("Do I need the filing done before installing an SSL certificate?", "settings"),
        ("we run an e-commerce site. is a filing enough?", "business_types"),
        ("We have a mobile app. Does it need ICP?", "apps"),
        ("difference between an ICP filing and a commercial license?", "licence_types"),
        ("do we need ICP for a backup server in Beijing?", "not_websites"),
        (
            "once the CDN filing is approved, may we release the temporary instance early?",
            "existing_filing",
        ),
        # ... dropped, or paid for on and on, once the filing is through
        ("after approval, could we just dump that temp box?", "existing_filing"),
        (
            "the temporary instance: must we continue paying for it after the beian is granted?",
            "existing_filing",
        ),
        # a refund in any form is billing
        ("is the mainland instance refundable after the CDN filing goes through?", "cost"),
        # a provider's own licence offered or used
        ("should you need an ICP licence for your videos, we could supply one.", "companies"),
        ("is it ok to run our shop under the CDN's beian?", "companies"),
        # people in several countries unable to reach sites: access in general
        (
            "shoppers in Iran cannot open the page and buyers in China cannot load it, why?",
            "blocking",
        ),
        # whether a kind of domain may be filed, whatever its suffix
        ("could I register the beian using a .store domain?", "domains"),
        ("may we file for a .travel address?", "domains"),
        # what one filing covers: a domain's own filing
        ("is a distinct beian needed for the CDN-accelerated hostname?", "domains"),
        ("would our second domain require its own ICP record?", "domains"),
        # when one is needed, as opposed to what a holder does
        ("when do we need a commercial ICP licence instead of a filing?", "licence_types"),
        ("when we are a shop, is a commercial licence needed?", "licence_types"),
        # filing through someone else's licence, or by a partner
        ("our reseller wants us to file through their licence, fine?", "filing_details"),
        ("could an agent do the beian on our behalf?", "companies"),
        ("we as the integrator - do we submit the filing, or must the customer file?", "companies"),
        # the Commercial License for a branch: the FAQ says only that a physical office cannot
        (
            "can our Xiamen branch company apply for the ICP commercial license too?",
            "licence_types",
        ),
        ("the agent says he can file the beian for us, is that allowed?", "companies"),
        # someone outside the company to help get it
        ("is there a local firm that could help us obtain the beian?", "companies"),
        (
            "our Chinese partners can no longer help us get the ICP. know any consultancy that "
            "would help us with it?",
            "companies",
        ),
        (
            "the partners we had over there can't get us the licence any more. if you know an "
            "agency in China that would be willing to help us, tell me",
            "companies",
        ),
        ("could you recommend a consultancy able to assist us?", "companies"),
        # the site's language (not "Chinese" of a place)
        ("our shop is English only; will the beian reviewers accept that?", "data_and_content"),
        ("must every page be in Mandarin before we file?", "data_and_content"),
        ("do we need to translate the website into Chinese for ICP?", "data_and_content"),
        ("is a Chinese-language version required for the filing?", "data_and_content"),
        # a filing's reach, and what becomes of it once the balancer takes the traffic
        (
            "our Guangzhou subsidiary has its beian - could it also cover our sister brands' "
            "sites?",
            "existing_filing",
        ),
        (
            "will the ICP be withdrawn if we delete the filing server once DNS is moved to the "
            "SLB?",
            "existing_filing",
        ),
        # the temporary ECS beyond its term: released, shared, or released by itself
        (
            "that mainland box for the filing - may we terminate it once it's approved?",
            "existing_filing",
        ),
        (
            "may the temporary instance be reused for the filings of our three subsidiaries?",
            "limits",
        ),
        ("can we share the temporary ECS with a partner company?", "limits"),
        # the app asked about after the site
        ("ok. and what about our app?", "apps"),
        ("does the app need one too?", "apps"),
        ("must the temp ECS sit in the same aliyun account as our CDN?", "filing_details"),
        ("can the temp ECS be set to auto release after 3 months?", "operations"),
        # a suffix asked about, and nothing else
        ("ICP filing for an .app domain?", "domains"),
        # where the server must be, beside the licence's province
        ("licence from Hubei; must our servers be in the same province?", "province_list"),
        # how the papers are handed in outside Alibaba Cloud
        ("does the provincial filing happen online or on paper at their office?", "miit_contact"),
        ("will someone from our company have to show up in person for the filing?", "miit_contact"),
        # another provider in mainland China, Alibaba Cloud denied
        (
            "we host with Tencent Cloud Chengdu, not Alibaba Cloud. does your CDN's temporary "
            "ECS rule hold for us?",
            "other_providers",
        ),
        # round 102: how to reach the authority, when to start, the server after approval
        (
            "is there an email address for the provincial bureau that reviews filings?",
            "miit_contact",
        ),
        ("what's the Zhejiang communications administration's phone number?", "miit_contact"),
        ("could we kick off the beian already, before we migrate the servers?", "time"),
        ("the mainland instance, once our filing is through may we delete it?", "existing_filing"),
        # (review: a relative clause is no question typed without its mark; a console question
        # is still one; paying Alibaba Cloud is still cost)
        (
            "need the fee list for the beian of our chengdu site, which is a little shop for "
            "chinese buyers",
            "cost",
        ),
        ("how do we switch on https for our domain in the cdn console", "settings"),
        ("ok, where do we set the acceleration region in the cdn console?", "settings"),
        ("can you accept overseas payment methods for the temporary instance?", "cost"),
        # round 103: an exemption or a grace period while the filing is pending; what an ICP
        # Commercial License takes
        ("could we get some interim permit until the beian comes through?", "exemptions"),
        ("is there a grace period before the site must be filed?", "exemptions"),
        ("do they grant a waiver for tiny brochure sites?", "exemptions"),
        ("so what would we need to obtain the commercial licence then?", "documents"),
        # round 104: what went wrong after a rejection; who the entity's people must be; who
        # may register a suffix; the site's own server's billing for the filing
        (
            "the beian came back rejected with no reason given. what's typically the issue?",
            "review",
        ),
        ("must the legal representative of our WFOE be a Chinese citizen?", "filing_details"),
        ("can an overseas firm buy a .cn at all?", "domains"),
        (
            "our web ecs in Suzhou is pay-as-you-go, is that fine for the beian or must it be a "
            "subscription?",
            "cost",
        ),
        # session 43: the filing's language, who signs it, papers made valid asked as a
        # requirement (even of papers from abroad), servers that compute rather than serve a site
        ("We're a US company. Can we file for ICP in English?", "documents"),
        ("can we submit the application in chinese or english?", "documents"),
        ("who has to sign the filing forms for a foreign company?", "filing_details"),
        ("can my overseas colleague sign the ICP application?", "filing_details"),
        (
            "do we need a notarized translation of our certificate of incorporation for the ICP?",
            "documents",
        ),
        ("must the business licence be apostilled for the ICP filing?", "documents"),
        ("we mine crypto on ECS in Hohhot, do we need ICP?", "not_websites"),
        ("we use GPU instances in Beijing for model training only, ICP?", "not_websites"),
        (
            "we only want ecs in shenzhen for ai inference, batch jobs, nothing public. icp?",
            "not_websites",
        ),
        ("we run AI inference servers in Shanghai. do we need a filing?", "not_websites"),
        # round 107: how many domains one filing takes in
        (
            "cdn with mainland acceleration: do we file the accelerated domain and the origin "
            "domain, or is one filing enough?",
            "domains",
        ),
        ("we run 4 domains, one filing or four?", "domains"),
        # round 106: why sites in general need a filing
        ("why do chinese websites need a filing at all? seems like red tape", "definition"),
        ("and the beijing pipeline server itself, does that one need a filing?", "not_websites"),
    ],
)
def test_subjects_the_faq_does_not_cover(message, subject):
    assert subject in uncovered_subjects(message)


@pytest.mark.parametrize(
    "message",
    [
        "Do I need an ICP Filing if my site is in Singapore?",
        "We have a representative office in Beijing, can we file?",
        "our branch company in Chengdu could help us get the ICP filing, right?",
        "Can a branch company help us get the ICP filing?",
        "Alibaba Cloud is a company that helps us with hosting in Hangzhou, do we need ICP?",
        "Which province do we file in? Our licence is from Liaoning",
        "Our website can only be reached by its IP address, do we need ICP?",
        "How do I file when traffic goes through a Server Load Balancer?",
        "Is a filing needed for Alibaba Cloud CDN covering mainland China?",
        "What happens if we have no ICP filing, will the site be blocked?",
        "ICP sounds like a lot of work. Would our site get blocked if we do not have one?",
        "If we hold an ICP Commercial License, what changes with the SLB?",
        "We want faster loading for users in China. Do we need ICP for Alibaba Cloud CDN?",
        "Is an ICP filing needed if we want faster speeds in China with a CDN?",
        # a holder's condition is the load balancer answer's own case
        "when we hold an ICP Commercial License and move the domain to an SLB, what changes?",
        # who a claim comes from is not whose filing it is
        "Our partner wrote: 'licence issued in Hubei, so the filing is done in Hubei.' Right?",
        "Notes from an agent: an IP-only site in Wuxi still needs ICP. True?",
        # Chinese as a place or its people, not the site's language
        "Our website is hosted in Chinese territory; do we need a filing?",
        # hosting with another company is not filing under its licence
        "we host our shop with another company in Lyon, do we need ICP?",
        "Our site is hosted in Chinese mainland; is a filing needed?",
        "We sell in English to buyers in Chinese market, site on ECS Frankfurt. ICP?",
        "What's an ICP filing, and when is one required for a shop like ours?",
        "How does adding a CDN change the ICP picture for us?",
        "would moving to Hong Kong change our filing needs?",
        "Does using our CDN change the ICP picture?",
        "The page says an ICP is required. Our server is in Frankfurt.",
        "Why does the CDN say mainland acceleration needs ICP?",
        "Can I use CDN to speed up my site in China if I don't have ICP?",
        "We use SLB in front of our ECS, what do we need to do for ICP?",
        "How can our shop get an ICP license or ICP filing for China?",
        "How does moving to Hong Kong hosting change the ICP requirement for us?",
        "What is the ICP requirement for websites hosted outside China?",
        "What is an ICP filing? Do I need one for my Singapore site?",
        "what is the procedure to apply for an ICP registration number?",
        "Would our shop be blocked in China if we don‘t have one?",
        "How many months must the temporary ECS for the CDN filing be subscribed?",
        "how long does the ECS subscription have to run for a CDN filing?",
        "What are the consequences of running our site without an ICP filing?",
        "What is the process of applying for an ICP filing as a foreign firm?",
        "What is the ICP rule for a site hosted in Seoul?",
        "Must we buy a mainland ECS to file for the CDN if the origin stays in Oslo?",
        "Is it fine to skip the filing if the servers are in Seoul?",
        "Our distributors sell across Hunan and the web server is in Oslo. Is beian required?",
        # hosted outside mainland China, the answer holds whoever the provider, whatever the trade
        "our e-commerce shop runs on AWS in Dublin, do we need a beian?",
        "SaaS hosted on Azure in Amsterdam, any ICP needed for Chinese users?",
        # words that name the business or the site, not a subject the FAQ leaves out
        "We're a renewable energy company on ECS Hangzhou, do we need a beian?",
        "our company blog runs on ECS Dalian, is ICP required?",
        "we display our menus on a site hosted in Harbin, need ICP?",
        "our web app runs on ECS Wuxi, does it need ICP?",
        "a photo gallery site on ECS Xiamen, need beian?",
        "visitors sign up on our site hosted in Suzhou, need ICP?",
        "What's the deal with beian if our servers are in Seoul?",
        "about 200 visitors from China a day at most; servers in Oslo, need ICP?",
        "we config'd the ECS in Jinan and pointed the domain at it, beian needed?",
        "we pay for our ECS in Chengdu yearly, does the site need ICP?",
        "can we file the ICP in our own name as a Dutch firm?",
        "we have a rep office in Xi'an, can it file, and what about a commercial licence?",
        # the kind of site, said of the site: the FAQ's rules hold for any website
        "Hangzhou or Singapore region for our promo microsite, which one needs no beian?",
        "our landing page for a spring campaign sits on ECS Wuhan, ICP needed?",
        "servers in Lisbon; the marketing department asks whether we need a beian",
        "our online shop is hosted in Perth, is an ICP needed for China?",
        # what is hosted, not a subject: a payment page, a forum, the user's own API
        "the checkout's payment pages live on ECS Nanjing, beian needed?",
        "a discussion forum on servers in Vancouver, does it need ICP?",
        "our REST API runs beside the site on ECS Fuzhou, ICP required?",
        # backstory is context, not what is asked
        "Hi! We are a SaaS company and our partner says the site gets blocked. Our server is in"
        " Oslo. Is an ICP filing needed for us?",
        "Hello! Our CFO wants invoices in euros. Anyway: our site is on ECS in Oslo, need ICP?",
        "our reseller says sites get blocked without it - do we need a beian if the servers are"
        " in Lima?",
        # the general rule asked, not a limit
        "does every site accessible from China need a beian? ours sits in Lima",
        # a presence in China named: no Commercial License for a rep office, whatever the trade
        "could the Beijing representative office get the commercial licence for our SaaS?",
        # documents the user cannot provide are the FAQ's case for having no filing
        "we are unable to provide the paperwork required for beian, what now?",
        # leaving another provider for Alibaba Cloud
        "we are migrating off Azure to Alibaba ECS in Qingdao, what are the ICP rules for us?",
        # the temporary ECS's term is the CDN answer's one number
        "for the CDN filing, how long must the temp ECS run?",
        # its billing method, which the FAQ states (a subscription), is not what it costs
        "can the temporary ECS for the CDN filing be pay-as-you-go instead of a subscription?",
        # what the site charges for is its business, not what a filing costs
        "our rep office's site will take payments from members, can it get the commercial licence?",
        "we sell paid courses from an ECS in Nanjing; icp needed?",
        "HK company, rep office in Beijing: can we get the ICP commercial licence for our paid "
        "membership site?",
        "our Suzhou shop accepts card payments, so can our rep office get the commercial licence?",
        # papers that cannot be made valid are documents the user cannot provide (no filing)
        "our home country's papers can't be notarised in time; servers in Xi'an. what now?",
        # another provider's CDN that stays out of mainland China, the site hosted abroad: the
        # hosted-outside answer holds
        "site in Sydney behind Fastly, no PoPs in China: do we still need ICP?",
        # how long the temporary server must be kept is the FAQ's three months
        "how long must the temporary ECS for the CDN filing be kept?",
        # what the FAQ's load balancer answer says of the time after approval
        "once the beian is approved, can we point the domain at our SLB?",
        # a suffix naming one's own site, paperwork meaning the filing, data rules as the reason
        # for where the servers are: background, not what is asked
        "our .io launches next month on ECS Hangzhou; must we register anything first?",
        "is there any paperwork with the authorities before our Shenzhen servers go live?",
        "we host in Warsaw to keep GDPR simple. Will Alibaba CDN for mainland China need a filing?",
        # a suffix naming one's own domain; a number as how someone else put it; the console as
        # where the province question comes up; a panel opened by IP; a provider left behind
        "ECS cn-shenzhen + .io domain, do we need icp?",
        "a Chinese customer mentioned an ICP number - do we even need one?",
        "the Alibaba portal asks for a province - which do we choose? licence is from Wuhan",
        "ops panel on ECS Chengdu reached at 47.100.x.x by staff, need a filing?",
        "We moved off Huawei Cloud last year; now on Alibaba Cloud Tokyo. ICP needed?",
        # what it takes, not how long; keeping the site where it is once filed; Alibaba Cloud CDN
        # for the mainland beside another provider's CDN elsewhere
        "What would it take to get the ICP filing done for our Qingdao servers?",
        "once filed, can we keep the site on our Madrid servers behind Alibaba CDN?",
        "site on Azure in Paris, Akamai CDN for Europe and Alibaba Cloud CDN for China: ICP?",
        # another provider abroad beside a CDN that leaves out the mainland (its setting's
        # words are no place of the site's)
        "Hetzner Helsinki + Alibaba CDN 'Global (Excluding Chinese Mainland)', beian?",
        # the filing made with the ministry is the filing, not a contact with it
        "servers in Oregon; must we register anything with the MIIT?",
        # the console as where the filing is made (IP-only) or a CDN fact is set
        "can a site reachable only by IP be filed via the Aliyun console?",
        "CDN console region set to 'Global', origin in Lisbon: is a filing needed for us?",
        # a domain never bought is no question about where to buy one
        "our panel on a Wuhan ECS is reached by IP only, we never bought a domain. ICP?",
        # pointing the domain at the load balancer once filed: the FAQ's own step
        "filed with one ECS's IP in Xi'an; now we switch the domain to the SLB - DNS change only?",
        # a need question's backstory: how the site is paid for or set up, its business, its app
        "Our customers pay in RMB but the shop is hosted in the US. Do we need ICP?",
        "The SSL certificate is ready, shop on ECS Wuxi by domain. ICP needed?",
        "Our SaaS runs on ECS Nanjing. Do we need to file?",
        "Our mobile app's website is hosted in Jakarta. Is beian needed?",
        # red-team round 24's writers: developers, agencies, non-native English
        "API on cn-hangzhou ECS reached only by IP: can I file it through the Aliyun console?",
        "SLB + 2 ECS for a client, who has no commercial license; which IP goes on the filing?",
        "the filing console keeps asking us for a domain, our dashboard is IP-only. what now?",
        "A Chinese distributor told our client they need ICP; the site is on OVH in Lille. True?",
        "listeners 80/443 on the CLB; when DNS moves from the ECS IP to the CLB IP, what do we "
        "update? we hold an ICP commercial license",
        "ICP filing rejected again; we can't give them what they want. options?",
        # places or CDNs compared for the filing: the FAQ's own comparison
        "what's the difference between hosting in Macau and in Xiamen for ICP?",
        "any difference between international CDN and mainland CDN for the filing?",
        # the site's backup server
        "Primary ECS in Hefei with a backup in Singapore; do we need ICP?",
        # a domain "filed with MIIT", in a pasted notice, is the filing itself
        'the CDN says "domain not filed with MIIT"; our origin is in Lima, do we need ICP?',
        # the filing's consequence, not a site that is none
        "no icp = no website for chinese visitors?",
        # one place whose people cannot reach a site hosted there without a filing
        "our Hefei site: visitors can't open it and can't load images - because we lack ICP?",
        # something else already had is no filing
        "We already have a quote from an agency. Servers in Hangzhou, do we really need ICP?",
        "we already got a branch company in Suzhou - can it file for our ECS site?",
        # one's own branch helping, as against a company sought to help
        "our branch in Qingdao can help us, so must our Qingdao ECS site have the beian?",
        # why the filing cannot be done, then what now: the no-filing question
        "the domain belongs to our reseller, so we can't complete the filing. what now?",
        # papers from Hong Kong: the FAQ says they are not accepted
        "may we submit our HK company's business registration cert for the beian?",
        # a site for staff only, hosted outside mainland China: no filing, whoever uses it
        "our internal wiki sits on a VPS in Oslo and the Shanghai team reads it. beian needed?",
        # one server running several sites, a server shared with a team, the rule for other sites
        "one ECS in Xiamen hosts two of our websites. do both need a beian?",
        "we share a server with the design team in Wuxi, do we need ICP?",
        "does the ICP rule apply to our other sites in Madrid too?",
        # the filing done where the licence is, beside the server's place
        "do we file in the same province as our server?",
        # the balancer steps, with the filing named as done
        "beian done on one ECS; now we point the domain at the SLB - just the DNS change?",
        # round 102: a setting chosen in the console is a fact told, not a console question
        "in the alibaba cdn console we selected Global as the acceleration area. is a filing "
        "needed for that?",
        # ... how the site's buyers pay, and a host name, are no question of cost
        "we also added a payment service for local payment methods on an ECS in Shenzhen, does "
        "that change anything?",
        "and a checkout at pay.example.com on ECS Chengdu. does that change anything?",
        # ... the business told before a question typed without its mark
        "we're an e-commerce startup in Lisbon. planning ecs in the hangzhou region for chinese "
        "shoppers, do we really need this beian thing",
        # session 43: signing up or a contract signed is no question of who signs the filing; a
        # site that also computes is still a site; a province filed in is no language
        "I signed up for alibaba cloud, do I need icp for singapore ecs?",
        # (round 106: the site asked about by name; the pipeline server is only the sentence
        # before the question)
        "website runs on ecs singapore. we also have an ecs in beijing but it only runs our data "
        "pipeline, nothing public there. does the website need icp?",
        "we signed the contract with alibaba, now need icp for the ecs in beijing?",
        "our website in Shanghai also runs AI inference, do we need ICP?",
        "our certificate of incorporation is notarized, can we file with it?",
        "one filing is enough for us, right? site on ECS Shanghai",
        "why do we need icp for our HK site?",
        "do we need the temporary ecs if our site is in HK?",
        # (whether the temporary instance must run the site: the CDN answer says it completes
        # the filing, "whether your website is hosted in mainland China or not")
        "the temporary ecs, does it have to run our website?",
        # (round 106: what the console shows, told beside where the site is)
        "we're on the alibaba cloud 'China (Hong Kong)' region, the console says China so do we "
        "need ICP?",
        "our Japanese registration papers, can we translate them and use them instead of the "
        "certificate?",
        "which province do we file in? we have no Chinese license",
        "We plan to file in Guangdong, is that right?",
    ],
)
def test_the_faq_questions_stay_in_scope(message):
    assert uncovered_subjects(message) == []


@pytest.mark.parametrize(
    "message",
    [
        # one's own presence, a co-owner, a friend or the provider helping: no one sought to help
        "as a foreign company whose rep office helps us, can we get the ICP filing?",
        "could a Macau company file if its Zhuhai subsidiary helps us?",
        "do we need a company in China to file, or can Alibaba Cloud help us?",
        "my partner and I run a shop on a Ningbo ECS and a friend helped us, beian needed?",
        "is there any company policy at Alibaba Cloud that helps us?",
    ],
)
def test_help_from_ones_own_side_is_no_one_sought_to_help(message):
    assert "companies" not in uncovered_subjects(message)


def test_how_many_weeks_is_a_question_of_time_not_of_limits():
    assert uncovered_subjects("and how many weeks does the filing usually take?") == ["time"]
    assert uncovered_subjects("how many domains can one filing hold?") == ["limits"]
    # the server bought for a term, named before: the FAQ's three months
    assert uncovered_subjects("a mainland VPS only for the CDN filing?? at least how long?") == []
    assert uncovered_subjects("so how long do we have to rent it for, at least?") == []
    assert uncovered_subjects("how long do we have to wait for it?") == ["time"]
    # "limit" the verb is no limit
    assert uncovered_subjects("ok, we'd limit the CDN to Europe then. filing?") == []
    assert uncovered_subjects("any limit on sites per filing?") == ["limits"]


def _faq_headings():
    """The FAQ's seven questions, as the answers' source lines quote them."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    headings = {}
    for name, variations in domain["responses"].items():
        quoted = re.search(r"Alibaba Cloud FAQ, “(.+)”", variations[0].get("text", ""))
        if name.startswith("utter_source_") and quoted:
            headings["ask_" + name[len("utter_source_") :]] = quoted.group(1)
    return headings


def test_the_faqs_own_questions_are_in_scope_and_carry_their_subject():
    headings = _faq_headings()
    assert len(headings) == 7
    for intent, heading in headings.items():
        assert uncovered_subjects(heading) == [], heading
        assert carries_subject(intent, heading), heading


@pytest.mark.parametrize(
    "intent, message, expected",
    [
        ("ask_cdn", "do we need ICP for our CDN?", True),
        ("ask_cdn", "do we need ICP for our website?", False),
        ("ask_cdn", "will a CDN make our pages quicker for visitors in Shenzhen?", False),
        ("ask_cdn", "and what about a CDN?", True),
        ("ask_hosted_outside", "is Hong Kong hosting popular with shops?", False),
        ("ask_load_balancer", "filing with an SLB in front", True),
        ("ask_physical_office", "should our company get an ICP license?", False),
        ("ask_physical_office", "we have no company in China at all, can we still file?", True),
        ("ask_physical_office", "could a Macau company apply for the filing itself?", True),
        ("ask_physical_office", "who is eligible for an ICP filing?", True),
        (
            "ask_physical_office",
            "how can an overseas content provider obtain an ICP license?",
            True,
        ),
        ("ask_cdn", "may we turn on a CDN while the domain is not licensed?", True),
        ("ask_which_province", "where should we file our ICP?", True),
        ("ask_ip_only", "our site is reached only by its IP address, need ICP?", True),
        ("ask_ip_only", "is there ICP for IP address websites?", True),
        ("ask_no_filing", "can visitors open a site that is still unfiled in China?", True),
        ("ask_no_filing", "consequences of not having a beian", True),
        ("ask_no_filing", "beian seems too complicated for us, is Hong Kong the way?", True),
        ("ask_no_filing", "what happens to a shop without a beian?", True),
        ("ask_no_filing", "No, we don't use any CDN. SLB with ECS in Wuxi, how to file?", False),
        ("ask_no_filing", "what if our shop is lacking an ICP filing?", True),
        # the filing absent, failed, skipped or delayed, said of the filing itself
        ("ask_no_filing", "our beian got rejected twice, what else can we do?", True),
        ("ask_no_filing", "the ICP application isn't approved yet, may the shop open?", True),
        ("ask_no_filing", "we'll never manage to obtain the filing, plan b?", True),
        ("ask_no_filing", "can we open the shop first and sort out beian later?", True),
        ("ask_no_filing", "what if we simply do not file for ICP?", True),
        ("ask_no_filing", "and if we don't obtain the beian, then what?", True),
        ("ask_no_filing", "is there an alternative to the beian for us?", True),
        # not of anything near it
        ("ask_no_filing", "Macau is not yet part of the mainland, is ICP needed there?", False),
        ("ask_no_filing", "I cannot find the CDN page in China's console, ICP?", False),
        ("ask_no_filing", "our ICP was approved in May; the SLB is next, what now?", False),
        ("ask_no_filing", "servers in Oslo, no CDN at all, ICP or not?", False),
        ("ask_no_filing", "we plan to get an ICP commercial licence later on", False),
        ("ask_physical_office", "who can apply for an ICP filing?", True),
        ("ask_physical_office", "is an ICP filing a must for any web presence in China?", False),
        ("ask_physical_office", "our company has a presence in Shenzhen, can it file?", True),
        ("ask_physical_office", "who is eligible to apply for a work visa in China?", False),
        ("ask_which_province", "where can I start the filing application?", False),
        ("ask_which_province", "where do we file: our licence is from Hebei", True),
        ("ask_which_province", "where will our ICP application be handled?", True),
        ("ask_which_province", "our firm is registered in Hunan; do we file in Hunan?", True),
        ("ask_which_province", "where do I see the filing number in the console?", False),
        (
            "ask_physical_office",
            "is a Swiss company certificate accepted for the ICP filing?",
            True,
        ),
        ("ask_physical_office", "will papers issued abroad do for the ICP filing?", True),
        ("ask_physical_office", "can our UK certificate of incorporation be used for beian?", True),
        ("ask_physical_office", "with no Chinese entity at all, can we file ICP?", True),
        ("ask_physical_office", "can our Dutch subsidiary's papers be used for beian?", True),
        ("ask_ip_only", "our provider blocked my IP, need ICP?", False),
        ("ask_ip_only", "which node serves an IP address outside the mainland?", False),
        ("ask_hosted_outside", "our servers are in Frankfurt, need ICP?", True),
        ("ask_need_icp", "is a beian required for our shop?", True),
        ("ask_need_icp", "what's the weather like", False),
        ("ask_which_province", "licence from Hubei: do we file there or in Beijing?", True),
        # documents made abroad are the physical office answer's ("not accepted")
        ("ask_physical_office", "our Swiss registration papers, notarised, ok for beian?", True),
        ("ask_physical_office", "company docs translated and apostilled: enough for ICP?", True),
        ("ask_which_province", "licence from Wuhan; is the beian filed with Hubei then?", True),
        ("ask_which_province", "which region should we use so users in China can reach us?", False),
        (
            "ask_physical_office",
            "can our Dutch registry extract be used for beian?",
            True,
        ),
        ("ask_which_province", "licence from Jilin. the file there won't upload, help?", False),
        # a CDN denied is not the CDN question's subject
        ("ask_cdn", "no CDN at all, servers in Lima. ICP?", False),
        # the FAQ's own case of no filing: refused, or the documents cannot be provided
        ("ask_no_filing", "our beian submission was turned down again. options?", True),
        ("ask_no_filing", "we can't provide the documents the ICP check wants; what then?", True),
        ("ask_which_province", "can we do the filing in Guangdong instead?", True),
        # provinces in general are not one to file in: "some provinces" is said of a
        # representative office
        ("ask_which_province", "a rep office can only file in a few provinces, right?", False),
        ("ask_which_province", "beian for ban shi chu works in certain provinces only?", False),
        ("ask_which_province", "is the filing the same in all provinces?", False),
        ("ask_which_province", "is there a specific province where we should file?", True),
        ("ask_which_province", "should we file in other provinces too?", True),
        ("ask_which_province", "which province do we file in with an office?", True),
    ],
)
def test_an_faq_answer_needs_its_subject_in_the_message(intent, message, expected):
    assert carries_subject(intent, message) is expected


def _scope():
    return ScopeDecision({**ScopeDecision.get_default_config(), "faq_intents": FAQ})


def test_a_question_pulled_to_an_faq_without_its_subject_is_not_answered():
    ranking = [{"name": "ask_cdn", "confidence": 0.7}, {"name": "ask_need_icp", "confidence": 0.2}]
    decided = _scope().decide("ask_cdn", ranking, "should our shop get an ICP license?")
    # the only question whose subject is there, but unsure: offered, not answered
    assert decided == {"name": "nlu_fallback", "ranking": [ranking[1]]}
    ranking[1]["confidence"] = 0.35
    assert _scope().decide("ask_cdn", ranking, "should our shop get an ICP license?") == {
        "name": "ask_need_icp",
        "confidence": 0.35,
    }
    assert _scope().decide("ask_cdn", ranking, "what is the weather in Paris") == {
        "name": "nlu_fallback",
        "ranking": [],
    }  # nothing to offer: not covered or out of scope


def test_an_uncovered_subject_wins_over_the_classifier():
    ranking = [{"name": "ask_load_balancer", "confidence": 0.95}]
    decided = _scope().decide("ask_load_balancer", ranking, "does SLB support SSL certificates?")
    assert decided == {"name": "ask_unanswerable"}
    # (the province question taken for a filing in English: its language is not covered)
    ranking = [{"name": "ask_which_province", "confidence": 0.99}]
    text = "We're a US company. Can we file for ICP in English?"
    assert _scope().decide("ask_which_province", ranking, text) == {"name": "ask_unanswerable"}


def test_a_clear_question_with_its_subject_is_kept_and_replies_are_left_alone():
    ranking = [{"name": "ask_cdn", "confidence": 0.9}]
    assert _scope().decide("ask_cdn", ranking, "ICP for Alibaba Cloud CDN?") == {}
    assert _scope().decide("inform", [], "we host in Shanghai") == {}
    assert _scope().decide("affirm", [], "yes, how much does it cost?") == {}
    assert _scope().decide("inform", [], "we host in Shanghai, how much is the fee?") == {
        "name": "ask_unanswerable"
    }


def test_did_you_mean_offers_only_questions_whose_subject_is_in_the_message():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.45},
        {"name": "ask_physical_office", "confidence": 0.45},
        {"name": "ask_cdn", "confidence": 0.25},
        {"name": "ask_no_filing", "confidence": 0.2},
    ]
    decided = _scope().decide("nlu_fallback", ranking, "CDN or no CDN, without a filing what then?")
    assert decided["name"] == "nlu_fallback"
    assert [r["name"] for r in decided["ranking"]] == ["ask_cdn", "ask_no_filing"]


@pytest.mark.parametrize(
    "message",
    [
        "What kinds of business registration certificate are accepted?",
        "will my server be charged while it is stopped",
        "is there a docker mirror in Shanghai",
        "what is the best hosting company in Singapore",
    ],
)
def test_a_question_about_the_assistants_domain_is_not_covered_rather_than_out_of_scope(message):
    # Out of scope says "I only help with ICP questions": false for these; "not covered" is true.
    assert _scope().decide("out_of_scope", [], message) == {"name": "ask_unanswerable"}


@pytest.mark.parametrize(
    "message",
    [
        "tell me a joke",
        "what's the weather like today",
        "recommend me a good pizza recipe",
        # a filing cabinet is furniture, not the filing
        "which filing cabinet with four drawers would you recommend?",
    ],
)
def test_an_unrelated_question_stays_out_of_scope(message):
    assert _scope().decide("out_of_scope", [], message) == {}


def test_a_statement_of_facts_taken_for_unrelated_is_the_facts():
    statement = "our shop's backend runs in Singapore and we'd like it quicker for people in China"
    assert _scope().decide("out_of_scope", [], statement, states_facts=True) == {"name": "inform"}
    # a question, a request, a statement without facts, or one naming an uncovered subject: not
    for text, facts in [
        ("our backend runs in Singapore, fees?", True),
        ("please explain the annual report for our servers in Shanghai", True),
        ("I want to know how to fill in the form, our servers are in Hangzhou", True),
        ("we'd like it quicker for people in China", False),
        ("our servers are in Singapore and we pay in RMB", True),
    ]:
        assert _scope().decide("out_of_scope", [], text, facts) == {"name": "ask_unanswerable"}
    # the classifier's "not covered" is learnt from uncovered questions, requests included: kept
    assert _scope().decide("ask_unanswerable", [], statement, states_facts=True) == {}


def test_torn_between_questions_the_umbrella_answers_too_the_umbrella_is_answered():
    ranking = [
        {"name": "ask_cdn", "confidence": 0.47},
        {"name": "ask_hosted_outside", "confidence": 0.46},
        {"name": "ask_need_icp", "confidence": 0.05},
    ]
    text = "Servers in Frankfurt, and a CDN in front. Does our company need ICP?"
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_need_icp"
    # (a CDN denied is no CDN question: the one question left that carries its subject)
    text = "Servers in Frankfurt, and no CDN at all. Does our company need ICP?"
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_hosted_outside"
    # not when one of them is a question the umbrella does not answer
    ranking = [
        {"name": "ask_physical_office", "confidence": 0.47},
        {"name": "ask_no_filing", "confidence": 0.46},
    ]
    text = "we have no office in China, what if we do not file ICP?"
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "nlu_fallback"
    # unsure of them all, even when asked whether a filing is needed: "Did you mean" (answering
    # the umbrella question here gave wrong answers on unseen questions)
    ranking = [
        {"name": "ask_hosted_outside", "confidence": 0.5},
        {"name": "ask_need_icp", "confidence": 0.16},
    ]
    text = "Until 2020 our shop ran on ECS in Wuhan. Do we need an ICP filing now?"
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "nlu_fallback"
    # but the user's facts, then whether a filing is needed, with only the umbrella's questions
    # in view: that question, from the facts (the answer restates them)
    ranking = [
        {"name": "ask_hosted_outside", "confidence": 0.71},
        {"name": "ask_ip_only", "confidence": 0.14},
        {"name": "ask_need_icp", "confidence": 0.07},
    ]
    for text in (
        "We already have a quote for the fees. Our servers are in Hangzhou, do we actually need "
        "an ICP filing?",
        "machine sits in a Shenzhen datacentre - is beian required for us?",
    ):
        assert _scope().decide("ask_hosted_outside", ranking, text, True)["name"] == "ask_need_icp"
    # not without facts, nor when a question the umbrella does not answer is in view
    text = "So do we actually need an ICP filing?"
    assert _scope().decide("ask_hosted_outside", ranking, text)["name"] == "nlu_fallback"
    ranking = [{"name": "ask_load_balancer", "confidence": 0.4}, *ranking]
    text = "Our ECS in Beijing sits behind an SLB, do we need an ICP filing?"
    assert _scope().decide("nlu_fallback", ranking, text, True)["name"] != "ask_need_icp"


def test_the_component_reads_the_facts_from_the_messages_entities():
    from rasa.shared.nlu.training_data.message import Message

    text = "our shop's backend runs in Singapore and we'd like it quicker for people in China"

    def message(entities):
        return Message(
            data={
                "text": text,
                "intent": {"name": "out_of_scope", "confidence": 0.9},
                "intent_ranking": [{"name": "out_of_scope", "confidence": 0.9}],
                "entities": entities,
            }
        )

    with_fact = message([{"entity": "hosting_location", "value": "runs in Singapore"}])
    with_place = message([{"entity": "place", "value": "China"}])
    _scope().process([with_fact, with_place])
    assert with_fact.get("intent")["name"] == "inform"
    assert with_place.get("intent")["name"] == "ask_unanswerable"  # a place is not a fact


def test_a_statement_that_states_no_fact_is_not_taken_for_the_users_facts():
    heading = "Myth: every foreign brand struggles in the Chinese market"
    decided = _scope().decide("inform", [{"name": "inform", "confidence": 0.9}], heading)
    assert decided == {"name": "nlu_fallback", "ranking": []}  # then "not covered", no answer
    # kept as the facts: a statement with an entity, or a short reply
    assert (
        _scope().decide(
            "inform", [], "our whole stack lives in the Frankfurt region now", states_facts=True
        )
        == {}
    )
    assert _scope().decide("inform", [], "the second one I think") == {}


@pytest.mark.parametrize(
    "intent, message",
    [
        (
            "ask_no_filing",
            "I can reach it inside the cluster but cannot reach it from the internet",
        ),
        ("ask_physical_office", "we have an office and a branch, what now?"),
        ("ask_load_balancer", "the load balancer health check fails"),
    ],
)
def test_questions_about_icp_filing_need_icp_or_china_in_the_message(intent, message):
    assert not carries_subject(intent, message)
    assert carries_subject("ask_load_balancer", "what if we only use a load balancer?")  # follow-up


def test_a_headings_places_are_not_the_users_facts():
    heading = "Myth: Any Hosting Provider Can Host a Website in Shanghai"
    decided = _scope().decide("inform", [{"name": "inform", "confidence": 0.8}], heading, True)
    assert decided == {"name": "nlu_fallback", "ranking": []}
    assert _scope().decide("out_of_scope", [], heading, True) == {"name": "ask_unanswerable"}
    # typed statements are the facts, with or without "we"
    for text in [
        "The site is hosted in Frankfurt and uses no CDN at all",
        "correction: everything is in Hong Kong now",
        "Our Website Is Hosted In Frankfurt, Without Any CDN",
    ]:
        assert _scope().decide("inform", [], text, states_facts=True) == {}, text


@pytest.mark.parametrize(
    "message, expected",
    [
        ("what are the steps to obtain an ICP licence for our shop?", True),
        ("How can a Dubai firm get its ICP filing done?", True),
        ("how to register a beian for our website", True),
        ("How Overseas Brands Apply For An ICP Filing", True),
        ("Who qualifies for an ICP filing?", True),
        ("who can apply for a beian?", True),
        ("who can I contact about my ICP filing?", False),
        ("who needs an ICP license?", False),
        # may an enterprise file: its subject says who, the filing may be named before
        ("We have only a subsidiary in Macau. Can that Macau firm file for ICP?", True),
        ("Our Beijing entity was closed last year. Could we still apply for the filing?", True),
        ("could we get quicker page loads in Shanghai?", False),
        ("Only HQ in Oslo. Can we file?", True),
        ("can I register an ICP filing?", True),
        # who may, with nothing else: in this assistant, who may file
        ("Who is eligible?", True),
        ("ok, are we eligible to apply at all?", True),
        ("who is eligible for a work visa?", False),
        # whose documents the filing uses, the filing named first
        ("for the beian, do we use our Suzhou branch's licence or the parent's?", True),
        # "requirements" reads both ways: what it takes to get one, or when one is required
        ("What are the ICP licence requirements?", False),
        ("what are the prerequisites for obtaining a beian?", True),
        ("can we register the filing in Hainan when our licence is from Hebei?", False),
        ("could we apply before the ECS is bought?", False),
        ("our WFOE was dissolved last year, can we even do the beian?", True),
        ("can I do the beian for a site with only English pages?", False),
        ("can our company apply for a business licence in Shenzhen?", False),
        # another question's subject, or whether one is needed at all
        ("how do we get an ICP filing for a site reached only by its IP?", False),
        ("how do I apply for the filing when we use a load balancer?", False),
        ("how do we apply for ICP in the right province?", False),
        ("how do we get a filing for the CDN?", False),
        ("how do I get an ICP license when the server is in Hong Kong?", False),
        # the place abroad is the company's when the servers are in mainland China
        ("no company in China, only a Texas LLC. how do we file icp for a Xi'an server?", True),
        ("do I need to apply for an ICP filing?", False),
        ("why would I have to obtain an ICP license?", False),
        ("how do I get my site faster in China?", False),
    ],
)
def test_how_to_get_a_filing_is_told_from_other_questions(message, expected):
    assert asks_how_to_get_a_filing(message) is expected


@pytest.mark.parametrize("intent", ["ask_need_icp", "ask_physical_office", "nlu_fallback"])
@pytest.mark.parametrize(
    "text",
    ["what are the ICP criteria?", "ICP licence requirements for an overseas firm?"],
)
def test_the_filings_requirements_read_both_ways_so_both_answers_are_offered(intent, text):
    # what it takes to get one (the physical office answer) or when one is required (the
    # umbrella answer): "Did you mean" with both, whatever the classifier preferred
    ranking = [{"name": "ask_need_icp", "confidence": 0.6}]
    decided = _scope().decide(intent, ranking, text)
    assert decided["name"] == "nlu_fallback"
    assert [r["name"] for r in decided["ranking"]] == ["ask_physical_office", "ask_need_icp"]


def test_the_scope_or_purpose_of_the_requirements_asks_when_one_is_required():
    assert asks_what_the_filing_requires("What are the ICP requirements for a foreign firm?")
    assert not asks_what_the_filing_requires("what is the purpose of the ICP filing requirements?")
    assert not asks_what_the_filing_requires("What's the scope of ICP requirements?")


@pytest.mark.parametrize(
    "text, expected",
    [
        # which documents: not covered
        ("what are the document requirements for the ICP filing?", {"name": "ask_unanswerable"}),
        # another question's subject decides, as without the word
        ("what are the beian requirements for a load balancer?", {}),
    ],
)
def test_requirements_of_an_uncovered_or_another_subject_are_not_offered_both_ways(text, expected):
    ranking = [{"name": "ask_load_balancer", "confidence": 0.9}]
    decided = _scope().decide("ask_load_balancer", ranking, text)
    assert decided == expected


@pytest.mark.parametrize("intent", ["ask_need_icp", "nlu_fallback", "ask_unanswerable"])
def test_how_to_get_a_filing_is_answered_by_which_documents_a_foreign_company_can_use(intent):
    # The classifier reads "how do I get one" as the umbrella question or "not covered" as often
    # as not; the FAQ's answer is the physical office one (which registration documents count).
    ranking = [{"name": "ask_need_icp", "confidence": 0.5}]
    decided = _scope().decide(intent, ranking, "What's the way to acquire an ICP licence?")
    assert decided == {"name": "ask_physical_office", "confidence": 1.0}
    # unless it is about a subject the FAQ leaves out
    decided = _scope().decide(intent, ranking, "how do I get an ICP filing for our android app?")
    assert decided == {"name": "ask_unanswerable"}
    # other intents are left alone: a statement of facts, a greeting
    assert (
        _scope().decide("inform", [], "how we get a filing: our server is in Hangzhou", True) == {}
    )


def test_a_question_taken_for_what_can_you_do_about_an_uncovered_subject_is_not_covered():
    assert _scope().decide("ask_capabilities", [], "what kinds of licence are there?") == {
        "name": "ask_unanswerable"
    }
    assert _scope().decide("ask_capabilities", [], "what can you do?") == {}


@pytest.mark.parametrize(
    "intent, message, expected",
    [
        # a question about the filing names it: not any licence, permit or registration
        ("ask_need_icp", "do I need a work visa to visit Chengdu?", False),
        ("ask_need_icp", "do we need a licence to sell tea in China?", False),
        ("ask_need_icp", "do we need a licence to host our website in China?", True),
        ("ask_need_icp", "our servers are in Shanghai, what do we need to do?", True),
        ("ask_need_icp", "what must we do to serve Chinese customers?", True),
        ("ask_physical_office", "how do I get a business licence in Shenzhen?", False),
        (
            "ask_physical_office",
            "we tried to rent servers in China but have no company there",
            True,
        ),
        (
            "ask_which_province",
            "which city should our ECS region be in, Beijing or Shanghai?",
            False,
        ),
        ("ask_which_province", "which city do we file the beian in?", True),
        ("ask_which_province", "which province is best for a tech startup office?", False),
        ("ask_which_province", "and which province?", True),
        ("ask_which_province", "which province should our company apply in?", True),
        ("ask_no_filing", "can we launch the shop without having an ICP filing?", True),
        ("ask_physical_office", "how do we file a VAT return in Shanghai?", False),
        ("ask_physical_office", "we have a rep office in Shanghai, can we file?", True),
    ],
)
def test_a_question_about_the_filing_names_it(intent, message, expected):
    assert carries_subject(intent, message) is expected


def test_a_follow_up_taken_for_what_can_you_do_is_decided_as_a_question():
    ranking = [
        {"name": "ask_capabilities", "confidence": 0.7},
        {"name": "ask_cdn", "confidence": 0.2},
    ]
    decided = _scope().decide("ask_capabilities", ranking, "and what about a worldwide CDN?")
    assert decided == {"name": "nlu_fallback", "ranking": [ranking[1]]}  # "Did you mean" the CDN
    assert _scope().decide("ask_capabilities", ranking, "and what about you?") == {}


def test_a_follow_up_taken_for_what_can_you_do_with_only_facts_gives_those_facts():
    ranking = [{"name": "ask_capabilities", "confidence": 0.9}]
    text = "how about servers in Taipei then?"
    assert _scope().decide("ask_capabilities", ranking, text, states_facts=True) == {
        "name": "inform"
    }
    # (not without facts: "what about the rest?" is still asked what it can do)
    assert _scope().decide("ask_capabilities", ranking, "what about the rest?") == {}


def test_what_there_is_to_know_of_the_filing_beside_a_sites_facts_is_whether_it_needs_one():
    ranking = [{"name": "ask_capabilities", "confidence": 0.95}]
    for text in [
        "our shop sits on a Chengdu ECS - tell me about ICP",
        "ICP for cloud hosting in Wuhan: the things you should know about the filing",
    ]:
        assert _scope().decide("ask_capabilities", ranking, text, states_facts=True) == {
            "name": "ask_need_icp",
            "confidence": 1.0,
        }, text
    # (without a site's facts it is what the assistant can tell)
    assert _scope().decide("ask_capabilities", ranking, "tell me about ICP") == {}
    # (nor with a site's facts when it asks nothing of the filing: the list of questions, not
    # "not covered")
    text = "our site runs on ECS Jinan. what can you do?"
    assert _scope().decide("ask_capabilities", ranking, text, states_facts=True) == {}


@pytest.mark.parametrize(
    "text, asked",
    [
        ("can you tell us about beian?", True),
        ("the Shenzhen ECS is ours - could you help us with the ICP?", True),
        ("we'd want some guidance on ICP for a Xiamen-hosted shop", True),
        # a part of the filing is that part's question, the filing ending the phrase
        ("tell me about icp fees, our ECS is in Wuhan", False),
        ("please tell me about the ICP filing paperwork", False),
        ("tell me about ICP revocation", False),
        # known, had or not wanted: no question
        ("we know about ICP; servers in Dalian", False),
        ("our consultant gave us guidance about the ICP filing; ECS in Hefei", False),
        ("we got info about ICP from our agency", False),
        ("I don't need to know about beian, the site is in Lyon", False),
    ],
)
def test_what_there_is_to_know_of_the_filing_is_asked_of_the_whole_of_it(text, asked):
    assert asks_what_there_is_to_know(text) is asked


def test_a_message_speaking_of_needing_a_filing_gets_the_umbrella_answer_when_nothing_else_fits():
    ranking = [{"name": "inform", "confidence": 0.9}, {"name": "ask_cdn", "confidence": 0.01}]
    for text in [
        "from what I read, a beian is a must for any shop in China",
        "so the ICP licence is required once the domain points at the mainland, right",
        "when can a site hosted abroad skip the filing?",
        "generally speaking, is an ICP filing required for servers in the mainland?",
        # asked with the subject first
        "must we get an ICP filing?",
        "should our web shop have a beian?",
    ]:
        assert _scope().decide("nlu_fallback", ranking, text) == {
            "name": "ask_need_icp",
            "confidence": 1.0,
        }, text
    # a registration for China asked as needed: what a site there takes (the classifier's likely
    # question lacks its subject)
    weak = [
        {"name": "ask_hosted_outside", "confidence": 0.7},
        {"name": "ask_physical_office", "confidence": 0.2},
    ]
    text = "is there any china-specific registration we need before moving our shop to Wuhan?"
    assert _scope().decide("ask_hosted_outside", weak, text) == {
        "name": "ask_need_icp",
        "confidence": 1.0,
    }
    # the filing named near a need, but not needed itself: nothing to answer
    text = "everyone abroad has to find a local citizen to vouch for the registration"
    assert _scope().decide("nlu_fallback", ranking, text) == {"name": "nlu_fallback", "ranking": []}


@pytest.mark.parametrize(
    "intent, ranking_top",
    [
        ("nlu_fallback", "out_of_scope"),  # torn between small talk and unrelated
        ("ask_capabilities", "ask_capabilities"),  # "what you need ..." read as "what can you do"
        ("ask_physical_office", "ask_physical_office"),  # a FAQ question without its subject
        ("out_of_scope", "out_of_scope"),
        ("ask_unanswerable", "ask_unanswerable"),
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "how would we go about hosting a site in mainland China?",
        "what does a small agency need to do to serve Chinese customers?",
        "how can a foreign firm launch its online store in Guangzhou",
        "What's required to go live in Chengdu?",
        "how to run our web app for users in China",
        # whether one may
        "could our startup build a landing page in Hangzhou?",
        "is it allowed for us to host a blog in mainland China",
        # what then, with a market or users there
        "And if most of our customers are in mainland China?",
        "what if our audience comes from China and a few other regions?",
    ],
)
def test_asking_what_a_site_for_china_takes_is_the_umbrella_question(intent, ranking_top, text):
    ranking = [{"name": ranking_top, "confidence": 0.7}, {"name": "ask_cdn", "confidence": 0.01}]
    assert _scope().decide(intent, ranking, text) == {"name": "ask_need_icp", "confidence": 1.0}


@pytest.mark.parametrize(
    "text",
    [
        "how do I open a bank account in China?",  # not a site
        "how can we host a game server in Shanghai?",  # not a website: not covered
        "what do we need to do to serve China, and how much is the filing?",  # two questions
        "how do I run a WeChat mini program in China?",  # mini programs: not covered
        "can you publish in China from a global developer account?",  # an app, not a site
        "how do we launch in China?",  # a product, a company: no site named
        "what if our users in China cannot log in to the site?",  # a fault, not a market
    ],
)
def test_what_china_takes_for_anything_but_a_site_is_not_the_umbrella_question(text):
    # taken for small talk, each is still about the assistant's domain: "not covered"
    ranking = [{"name": "out_of_scope", "confidence": 0.7}]
    assert _scope().decide("out_of_scope", ranking, text) == {"name": "ask_unanswerable"}


@pytest.mark.parametrize(
    "text, subject",
    [
        ("can our team register a few China domain names?", "domains"),
        ("where do we buy a new domain before filing?", "domains"),
    ],
)
def test_buying_or_registering_a_domain_is_not_the_filing(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text, carries",
    [
        ("can people open our intranet app by IP, with no domain at all?", False),
        ("our site in Xi'an has no domain, visitors use the IP: filing?", True),
        ("IP-only site on a mainland server, icp needed?", True),
    ],
)
def test_ip_only_access_is_the_faqs_question_only_with_the_filing_or_the_mainland(text, carries):
    assert carries_subject("ask_ip_only", text) is carries


@pytest.mark.parametrize(
    "intent, text",
    [
        ("ask_physical_office", "our WFOE in Tianjin: which documents does it use to file?"),
        ("ask_which_province", "licence from Chengdu, servers in Ningxia: file icp in sichuan?"),
        ("ask_no_filing", "the shop in Wuxi has been live w/o a beian, is that ok?"),
        ("ask_no_filing", "we cannot get the office certificate in time for the beian. now what?"),
        ("ask_hosted_outside", "is ICP only for mainland servers, and hosting elsewhere is fine?"),
        ("ask_which_province", "does our beian go to Guangdong or to Fujian?"),
        ("ask_which_province", "must the ICP be filed in Hubei, where the licence is from?"),
        ("ask_which_province", "where should our Wuhan subsidiary file its ICP?"),
        ("ask_which_province", "so our beian would be in Hunan, under the Changsha WFOE?"),
        ("ask_which_province", "so it'd be filed in Hubei even with the ECS in Ningbo?"),
        ("ask_no_filing", "no domain yet and papers can't be produced; server in Qingdao. now?"),
        # a site filed, the filing named by its verb
        ("ask_physical_office", "our WFOE in Wuhan: can its licence be used to file HQ's site?"),
        ("ask_no_filing", "what if the beian gets denied, is there a plan b?"),
        ("ask_no_filing", "the parent won't send the documents, so ICP is a non-starter. options?"),
        # round 106: "dont" typed without its apostrophe
        ("ask_ip_only", "we dont have any domain name, the site is on ecs in shanghai"),
    ],
)
def test_a_question_carries_its_subject_in_other_words(intent, text):
    assert carries_subject(intent, text)


@pytest.mark.parametrize(
    "text, subjects",
    [
        ("what happens without an ICP number for a server in Hefei?", []),
        ("does that news site really have no ICP number?", ["number_and_footer"]),  # another's
        ("when do you need an ICP number for a site on Alibaba Cloud?", []),
        ("do we need the ICP number in the page footer?", ["number_and_footer"]),
        ("site on a VPS in Oslo, no CDN. do I still need that ICP number?", []),
        ("our ECS is in Paris, users are French: what does GDPR ask?", ["data_and_content"]),
        # the number named as what a site must have, or apply for
        ("a shop on a Shenzhen server will have to have its own ICP number, right?", []),
        ("they must apply for a government-issued registration number first", []),
        ("must the ICP number be displayed on every page?", ["number_and_footer"]),
        # a site showing its content is no number displayed
        ("is an ICP licence needed to display content to visitors in Beijing?", []),
        ("is the ICP licence displayed on the homepage?", ["number_and_footer"]),
    ],
)
def test_having_or_needing_the_number_is_having_the_filing(text, subjects):
    assert uncovered_subjects(text) == subjects


def test_whether_a_filing_is_needed_taken_for_small_talk_is_the_umbrella_question():
    ranking = [{"name": "out_of_scope", "confidence": 0.8}]
    text = "my boss says our Osaka pool makes us exempt from the beian. is she right"
    assert _scope().decide("out_of_scope", ranking, text) == {
        "name": "ask_need_icp",
        "confidence": 1.0,
    }


@pytest.mark.parametrize(
    "text, subject",
    [
        ("will our ICP lapse when the temporary ECS runs out?", "existing_filing"),
        ("must the domain be in the name of our Chinese branch?", "filing_details"),
    ],
)
def test_what_becomes_of_a_filing_and_whose_name_it_is_in_are_not_covered(text, subject):
    assert subject in uncovered_subjects(text)


def test_file_now_in_a_province_or_later_in_another_asks_where_to_file():
    text = "licence from Chongqing; file now in Chongqing or wait and do it in Sichuan?"
    assert asks_where_to_file(text)
    text = "WFOE registered in Shanghai, servers in Hangzhou. Do we file with Shanghai or Zhejiang?"
    assert asks_where_to_file(text)
    assert asks_where_to_file("do we submit the beian to Guangdong or to Beijing?")
    # where, checked in the same breath (not a case, nor another question after it)
    assert asks_where_to_file("so we'd file in Yunnan with the Kunming office, correct?")
    assert not asks_where_to_file("if we'd file in Yunnan, could the rep office sign it?")
    # the verb "send", an adverb between (round 102), the filing named
    assert asks_where_to_file("so where do we actually send the beian application?")
    assert not asks_where_to_file("so where do we actually send the invoice?")


@pytest.mark.parametrize(
    "text, subjects",
    [
        # (found in review) moving the site is not moving the filing
        ("do we need a beian now that we migrated the site to Hangzhou?", []),
        # an ECS in mainland China is the FAQ's own case, whoever hosts the rest
        ("we're mostly on AWS in Ohio but added an Alibaba ECS in cn-qingdao, icp?", []),
        ("our site is on AWS Beijing, not Alibaba: do we need ICP?", ["other_providers"]),
        (
            "do Tencent Cloud's Shanghai servers follow the same ICP rules as Alibaba Cloud?",
            ["other_providers"],
        ),
        ("how do we get our beian moved to the account of our new agency?", ["existing_filing"]),
        # buying a domain, only when that is what is asked
        ("we're registering a domain now; the site goes on ECS in Dalian, ICP needed?", []),
        # a filing's price asked of Alibaba Cloud is a cost question
        ("is the ICP filing a paid service?", ["cost"]),
        ("does Alibaba Cloud accept card payments for the filing?", ["cost"]),
        # (what the site charges is no cost of a filing; whether the Commercial License is needed
        # the FAQ does not say)
        (
            "our members area collects fees from users, is the commercial license needed?",
            ["licence_types"],
        ),
        # ... but the commercial licence for a company in China is not: the FAQ says only that a
        # physical office cannot get one
        (
            "we'd like to take payments on our site: may our WFOE get the commercial licence?",
            ["licence_types"],
        ),
        # where the number is shown vs having none
        ("do we need an ICP number on our homepage?", ["number_and_footer"]),
        ("we have no ICP number, can the Hefei site stay online?", []),
        # content with rules of its own
        ("is it legal to host a betting site in China?", ["data_and_content"]),
        # applying in our own branch's name is the physical office question
        ("can we file ICP in the name of our Wuhan subsidiary?", []),
        ("must the domain be in the name of our Chinese branch?", ["filing_details"]),
    ],
)
def test_review_findings_on_subjects(text, subjects):
    assert uncovered_subjects(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "if we can't file in Shenzhen, can we just use ECS in Hong Kong?",
        "we never managed to register in Shanghai, what happens to our site?",
        "we host in Beijing; do we need to do it in Beijing or can we skip the filing?",
    ],
)
def test_filing_in_a_province_said_in_passing_does_not_ask_where_to_file(text):
    assert not asks_where_to_file(text)


def test_wont_need_a_filing_and_a_certificate_are_not_having_no_filing():
    assert not carries_subject("ask_no_filing", "we won't need the filing if we host in Seoul")
    assert not carries_subject(
        "ask_no_filing", "Alibaba won't renew our SSL certificates for China"
    )


def test_a_commercial_licence_holder_asking_another_faq_question_keeps_it():
    ranking = [{"name": "ask_cdn", "confidence": 0.9}]
    text = "our branch holds an ICP commercial license. can we use Alibaba CDN for mainland China?"
    assert _scope().decide("ask_cdn", ranking, text, states_facts=True) == {}


def test_whether_the_filing_applies_asked_in_other_words_is_the_umbrella_question():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "out_of_scope", "confidence": 0.4},
    ]
    for text in [
        "only our search index sits on an ECS in Jinan. surely that doesn't count for ICP?",
        "so it's just where the servers are that matters for beian, correct?",
        "once we leave cn-beijing, is the beian something we can forget about?",
    ]:
        assert _scope().decide("nlu_fallback", ranking, text) == {
            "name": "ask_need_icp",
            "confidence": 1.0,
        }, text
    # applying for one is not whether it applies
    assert not asks_if_it_applies("where do we apply for ICP, is there a form?")


def test_optional_asks_whether_a_filing_is_needed():
    assert asks_if_it_needs_a_filing("two regions are in Europe, is the beian optional for us?")


def test_a_province_checked_after_where_the_company_is_registered_asks_where_to_file():
    assert asks_where_to_file("our WFOE is registered in Ningbo. so Zhejiang for the shop?")
    # (not after where the site is hosted)
    assert not asks_where_to_file("our shop is hosted in Ningbo. so Zhejiang for the shop?")


def test_a_filing_moved_to_another_account_is_a_change_to_an_existing_filing():
    text = "our reseller did the beian; can that filing be moved over to our own account?"
    assert "existing_filing" in uncovered_subjects(text)
    # (a company's own registration moved is no filing changed)
    moved = "we'll move our WFOE entity's registration to Sichuan in May; which province then?"
    assert not uncovered_subjects(moved)
    assert "existing_filing" in uncovered_subjects("we must move our beian entity to the new WFOE")
    # (the filing's own possessive is still the filing's: "transfer the filing's ownership")
    assert "existing_filing" in uncovered_subjects("may we transfer the beian's ownership to HQ?")


@pytest.mark.parametrize("intent", ["inform", "ask_need_icp", "nlu_fallback"])
@pytest.mark.parametrize(
    "text",
    [
        "we only have a representative office in Xiamen, can it get the commercial licence?",
        # keyword style
        "ban shi chu => commercial licence?",
    ],
)
def test_who_may_hold_the_commercial_licence_is_the_physical_office_question(intent, text):
    ranking = [{"name": intent, "confidence": 0.8}]
    assert _scope().decide(intent, ranking, text, states_facts=True) == {
        "name": "ask_physical_office",
        "confidence": 1.0,
    }


@pytest.mark.parametrize("intent", ["inform", "ask_need_icp", "ask_physical_office"])
@pytest.mark.parametrize(
    "text",
    [
        "our WFOE wants to sell online, so it needs the ICP commercial license. possible?",
        "Can a foreign-invested enterprise in Suzhou obtain a commercial ICP licence?",
        "is it true a joint venture is needed for the commercial ICP?",
    ],
)
def test_the_commercial_licence_of_a_company_in_china_is_not_covered(intent, text):
    # the FAQ says only that a physical office cannot get one: a branch's answer would open with
    # "Yes" (to the filing) where the question is the licence
    ranking = [{"name": intent, "confidence": 0.8}]
    assert _scope().decide(intent, ranking, text, states_facts=True) == {"name": "ask_unanswerable"}


def test_is_it_something_we_need_asks_whether_a_filing_is_needed():
    assert asks_if_it_needs_a_filing("Servers in Lima. Is beian a thing we need?")


def test_taken_for_the_cdn_question_with_no_cdn_the_umbrella_question_answers():
    ranking = [
        {"name": "ask_cdn", "confidence": 0.9},
        {"name": "ask_hosted_outside", "confidence": 0.06},
    ]
    text = "our VPS sits in Osaka and we run no CDN at all, do we need beian?"
    assert _scope().decide("ask_cdn", ranking, text, states_facts=True)["name"] == "ask_need_icp"


def test_an_arrow_asks_who_may_hold_the_licence_only_right_before_it():
    assert not asks_who_may_hold_the_commercial_licence(
        "branch -> ICP -> commercial licence, order?"
    )


def test_a_commercial_licence_holder_behind_a_load_balancer_is_not_asked_who_may_hold_it():
    ranking = [{"name": "ask_load_balancer", "confidence": 0.9}]
    text = "our branch company holds the commercial licence; we are moving to SLB, what changes?"
    assert _scope().decide("ask_load_balancer", ranking, text).get("name") != "ask_physical_office"


def test_a_question_the_classifier_gives_with_its_subject_is_kept_over_what_china_takes():
    ranking = [{"name": "ask_load_balancer", "confidence": 0.9}]
    text = "how do we host our site in mainland China behind an SLB?"
    assert _scope().decide("ask_load_balancer", ranking, text) == {}


@pytest.mark.parametrize(
    "text, carries",
    [
        ("Do we really have to apply for it?", True),
        ("so do I actually need to bother to get one?", True),
        ("must we go through all that hassle to obtain one?", True),
        ("do I need it?", False),  # nothing said of applying: "it" could be anything
        ("do we have to apply for a visa?", False),
    ],
)
def test_a_need_question_about_it_or_one_carries_the_umbrella_subject(text, carries):
    assert carries_subject("ask_need_icp", text) is carries


def test_a_filing_called_a_necessity_or_a_requirement_speaks_of_needing_it():
    ranking = [{"name": "inform", "confidence": 0.9}, {"name": "ask_cdn", "confidence": 0.01}]
    for text in [
        "an ICP licence: a legal necessity for a site served from China?",
        "Is the beian filing a requirement for cloud servers in Shenzhen?",
    ]:
        assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_need_icp", text


def test_a_filing_stated_as_required_with_an_adverb_or_an_adjective_speaks_of_needing_it():
    ranking = [{"name": "inform", "confidence": 0.9}, {"name": "ask_cdn", "confidence": 0.01}]
    for text in [
        # stated, with an adverb or a second name between
        "For shops on servers in Chengdu an ICP licence/filing is usually required.",
        "Every site served from the mainland is required to hold an ICP filing.",
        "You must first obtain a valid ICP before the domain can point at a Wuhan server.",
        "Sites hosted in Hangzhou need a proper ICP filing before launch.",
        "Every site on a Harbin server shall fulfil the website filing procedures.",
        "Organisations must go through ICP before their mainland servers take traffic.",
        # a registration asked for with no authority named, for a site
        "Our shop goes on ECS in Changsha next month. Is there some registration we need first?",
    ]:
        assert speaks_of_needing_a_filing(text), text
        assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_need_icp", text
    # (not the requirement of something else)
    for text in [
        "The filing form is usually required in Chinese.",
        "Our server is required to have a public IP.",
        "Is there a permit we need to rent an office near our Shenzhen servers?",
    ]:
        assert not speaks_of_needing_a_filing(text), text


def test_a_stated_requirement_taken_for_not_covered_is_the_umbrella_or_cdn_question():
    ranking = [
        {"name": "ask_unanswerable", "confidence": 0.95},
        {"name": "ask_cdn", "confidence": 0.05},
    ]
    for text, expected in [
        # the ministry that rules, or its name glossed, is no question of whom to contact
        ("Since 2019 the MIIT requires every accelerated domain to be ICP filed.", "ask_cdn"),
        (
            "A website is prohibited without a valid ICP when it is hosted in Nanjing.",
            "ask_need_icp",
        ),
        (
            "The site must have been filed with the Ministry of Industry and Information "
            "Technology (MIIT) before it is served from Qingdao.",
            "ask_need_icp",
        ),
    ]:
        assert uncovered_subjects(text) == [], text
        assert _scope().decide("ask_unanswerable", ranking, text)["name"] == expected, text
    # (asked, or naming an uncovered subject, it stays not covered)
    for text in [
        "how do we reach the MIIT about our filing being prohibited without a valid ICP?",
        "must the site have been filed before we change its domain?",
        "The MIIT phone line is the only way to check if a site must have been filed.",
    ]:
        assert _scope().decide("ask_unanswerable", ranking, text) == {}, text


@pytest.mark.parametrize(
    "text, states",
    [
        ("The beian is granted only to locally registered companies.", True),
        ("Only Chinese entities are allowed to hold an ICP filing.", True),
        ("Foreign firms cannot apply for an ICP licence on their own.", True),
        ("A site owned by a foreign company must go through a local partner for its ICP.", True),
        ("You will have to set up a Chinese subsidiary to get the filing done.", True),
        # (the registration of a site counts too, the filing unnamed)
        ("Whoever registers a website there has to use a domestic agent.", True),
        # (or the permission a server needs, in a newcomer's words)
        (
            "A server in China needs a special permission, granted only to companies based there.",
            True,
        ),
        # asked, or the user's own facts, or no filing at all
        ("Can only Chinese companies hold an ICP filing?", False),
        ("We have a local company in Dalian and an ICP filing.", False),
        ("Our servers are only in Chinese data centres.", False),
        ("Foreign firms cannot open a bank account without a local partner.", False),
    ],
)
def test_who_may_file_said_as_a_rule_is_told_from_questions_and_facts(text, states):
    assert states_who_may_file(text) is states


def test_who_may_file_said_as_a_rule_is_the_physical_office_question():
    for intent in ["ask_unanswerable", "out_of_scope", "nlu_fallback", "ask_physical_office"]:
        ranking = [{"name": intent, "confidence": 0.9}, {"name": "ask_need_icp", "confidence": 0.1}]
        text = "The beian is granted only to locally registered companies."
        assert _scope().decide(intent, ranking, text) == {
            "name": "ask_physical_office",
            "confidence": 1.0,
        }, intent
    # (a subject the FAQ leaves out stays not covered: the classifier's choice is kept)
    ranking = [{"name": "ask_unanswerable", "confidence": 0.9}]
    text = "Only Chinese entities may file an ICP for a mobile app."
    assert _scope().decide("ask_unanswerable", ranking, text) == {}


@pytest.mark.parametrize(
    "text, states",
    [
        ("Sites can go live on a Kunming server first and do the beian afterwards.", True),
        ("Until the filing is approved the domain cannot be opened on mainland servers.", True),
        ("Unfiled domains are not reachable on Nanning instances.", True),
        # the writer's own site, a question, or a place outside the mainland
        ("Our shop is live on ECS Nanning, no ICP yet.", False),
        ("can a site go live on a Kunming server before the filing?", False),
        ("Macau sites stay reachable without any filing.", False),
        # (no site opened)
        ("Without a filing the paperwork takes longer.", False),
    ],
)
def test_what_becomes_of_a_site_without_a_filing_said_as_a_rule(text, states):
    assert states_what_happens_without_a_filing(text) is states


def test_what_becomes_of_a_site_without_a_filing_said_as_a_rule_is_the_no_filing_question():
    text = "Sites can go live on a Kunming server first and do the beian afterwards."
    for intent in ["ask_unanswerable", "out_of_scope", "nlu_fallback", "ask_need_icp"]:
        ranking = [{"name": intent, "confidence": 0.9}, {"name": "ask_cdn", "confidence": 0.1}]
        assert _scope().decide(intent, ranking, text) == {
            "name": "ask_no_filing",
            "confidence": 1.0,
        }, intent


def test_no_filing_in_the_backstory_and_whether_one_is_needed_asked_is_the_umbrella_question():
    ranking = [
        {"name": "ask_no_filing", "confidence": 0.8},
        {"name": "ask_need_icp", "confidence": 0.2},
    ]
    text = (
        "Today our shop runs on ECS in Sydney with no beian. Next year we'll move to Tianjin. "
        "Will we need an ICP filing at that point?"
    )
    assert _scope().decide("ask_no_filing", ranking, text) == {
        "name": "ask_need_icp",
        "confidence": 1.0,
    }
    # (what happens without one, asked, stays the no-filing question)
    text = "We have no ICP yet. What happens if we open the Tianjin shop anyway?"
    assert _scope().decide("ask_no_filing", ranking, text) == {}


def test_a_text_that_asks_nothing_gets_the_faq_point_of_a_sentence_with_no_uncovered_subject():
    ranking = [
        {"name": "ask_unanswerable", "confidence": 0.9},
        {"name": "ask_cdn", "confidence": 0.1},
    ]
    for text, expected, uncovered in [
        (
            "The review usually takes 20 working days. Sites on Harbin servers must obtain an "
            "ICP filing before launch.",
            "ask_need_icp",
            ["time"],
        ),
        (
            "The beian fee is waived. Only locally registered companies may hold the ICP filing.",
            "ask_physical_office",
            ["cost"],
        ),
        (
            "The ICP number goes in the footer. Sites cannot be opened on Hefei servers until the "
            "filing is approved.",
            "ask_no_filing",
            ["number_and_footer"],
        ),
    ]:
        decided = _scope().decide("ask_unanswerable", ranking, text)
        assert (decided["name"], decided["uncovered"]) == (expected, uncovered), text
    for text in [
        # another provider's rules are the whole text's
        "Tencent Cloud charges no fee. Sites on its Shanghai servers need an ICP filing.",
        # a sentence carrying an FAQ subject without stating its point
        "The review takes 20 working days. Our SLB fronts two ECS in Xi'an.",
    ]:
        assert _scope().decide("ask_unanswerable", ranking, text).get("name") in (
            None,
            "ask_unanswerable",
        ), text


@pytest.mark.parametrize(
    "text, subjects",
    [
        # a rule stated for everyone, individuals beside organisations
        ("Any company or individual hosting a site in Xi'an must complete an ICP filing.", []),
        ("All sites, whether personal or commercial, need a filing when served from Tianjin.", []),
        ("File in the province where the enterprise or individual is registered.", []),
        # individuals asked about, or on their own
        ("Can a company or an individual file for a site in Xi'an?", ["individuals"]),
        ("Individuals can file for a personal blog.", ["individuals"]),
    ],
)
def test_individuals_beside_organisations_in_a_stated_rule_are_anyone(text, subjects):
    assert uncovered_subjects(text) == subjects


def test_the_filings_access_provider_is_the_assistants_domain():
    ranking = [{"name": "out_of_scope", "confidence": 0.9}]
    text = "what does the network access provider check?"
    assert _scope().decide("out_of_scope", ranking, text) == {"name": "ask_unanswerable"}


def test_an_unsure_statement_of_facts_that_asks_nothing_is_the_facts():
    # "oh wait, we migrated to Macau last month": torn between a statement and something
    # unrelated; it states a fact and asks nothing, so it is read as the facts
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "out_of_scope", "confidence": 0.32},
        {"name": "inform", "confidence": 0.25},
    ]
    text = "hm, we relocated the servers to Macau last month"
    assert _scope().decide("nlu_fallback", ranking, text, states_facts=True) == {"name": "inform"}
    # not a question, nor a message that states no fact
    question = "did you know we relocated the servers to Macau?"
    assert _scope().decide("nlu_fallback", ranking, question, True)["name"] != "inform"
    assert _scope().decide("nlu_fallback", ranking, text, False)["name"] != "inform"
    # nor a report of something seen
    report = "SERVFAIL for our server in mainland China, on Aliyun"
    assert _scope().decide("nlu_fallback", ranking, report, True)["name"] != "inform"


@pytest.mark.parametrize(
    "message, expected",
    [
        ("licence from Xiamen, servers in Shanghai - so we file in Shanghai?", True),
        ("must we apply for the beian in Hong Kong?", True),
        ("where should we submit the filing?", True),
        ("which province handles it?", True),
        ("we file our taxes in Beijing?", False),
        ("where can I start the filing application?", False),
        # another question's subject, or no filing named
        ("our site has no domain, ECS in Wuxi: where do we submit the filing?", False),
        ("what province has the nicest beaches in China?", False),
        # applying or filing as the question's own verb names the filing
        ("Which province do we have to apply in? HK company, servers in Hangzhou", True),
        ("ok and we submit in which province, with no licence in china?", True),
        ("which province should we register the subsidiary in?", False),
        # round 107: the place of a registration told, then "so we file there?"
        ("our rep office certificate was issued in Guangdong, so we file there?", True),
        ("licence issued in Zhejiang - we file there, right?", True),
        ("so we file there?", False),
    ],
)
def test_where_to_file_is_told_from_other_questions(message, expected):
    assert asks_where_to_file(message) is expected


def test_where_to_file_is_answered_by_the_province_question():
    ranking = [{"name": "ask_need_icp", "confidence": 0.8}]
    text = "our licence is from Ningbo and the servers sit in Beijing, so we file in Beijing?"
    decided = _scope().decide("ask_need_icp", ranking, text, True)
    assert decided == {"name": "ask_which_province", "confidence": 1.0}
    # taken for a statement of the facts it also gives
    decided = _scope().decide("inform", [{"name": "inform", "confidence": 0.7}], text, True)
    assert decided == {"name": "ask_which_province", "confidence": 1.0}


def test_asking_whether_ones_own_site_needs_a_filing_is_the_umbrella_question():
    ranking = [
        {"name": "ask_unanswerable", "confidence": 0.8},
        {"name": "ask_cdn", "confidence": 0.1},
    ]
    text = "our booking site runs on ECS Changsha with its own domain; does it need a beian?"
    decided = _scope().decide("ask_unanswerable", ranking, text, states_facts=True)
    assert decided == {"name": "ask_need_icp", "confidence": 1.0}
    # unsure of every question, with the facts stated: the umbrella question too
    low = [{"name": "ask_ip_only", "confidence": 0.05}, {"name": "ask_cdn", "confidence": 0.04}]
    text = "we pay for the Lanzhou ECS yearly and the site has a domain. beian needed?"
    assert _scope().decide("nlu_fallback", low, text, states_facts=True)["name"] == "ask_need_icp"
    # not without the user's own facts, not with a subject the FAQ leaves out, and not when the
    # need is of something else than a filing for the site
    text = "does it need a beian?"
    assert _scope().decide("ask_unanswerable", ranking, text, states_facts=False) == {}
    # (two questions, one the FAQ answers: answered, and the cost named as not covered)
    text = "our shop is on ECS Changsha: does it need a beian, and what does it cost?"
    decided = _scope().decide("ask_unanswerable", ranking, text, states_facts=True)
    assert decided["name"] == "ask_need_icp" and decided["uncovered"] == ["cost"]
    text = "ECS in Changsha: do we need a new beian once we change the domain?"
    assert _scope().decide("ask_unanswerable", ranking, text, states_facts=True) == {}
    text = "a shop on ECS Changsha; how do we apply for beian?"
    assert not asks_if_it_needs_a_filing(text)
    assert asks_if_it_needs_a_filing("a shop on ECS Changsha. beian?")


@pytest.mark.parametrize(
    "message, expected",
    [
        ("do we need an ICP filing", True),
        ("please explain the filing rules", True),
        # a task's title, typed as a search, asks how to do it
        ("Binding a Baidu-registered domain name", True),
        ("adding the CDN to an already filed domain", True),
        # an order to a console
        ("reset root password ecs singapore instance", True),
        # typed without the apostrophe or a question mark
        ("whats the sla for ecs in hong kong region", True),
        ("hows the filing done for a site in Xiamen", True),
        # the user's own account, and statements, are not
        ("running our site in Frankfurt with no CDN", False),
        ("Using a CDN in Hong Kong for our shop", False),
        ("the site is hosted in Frankfurt", False),
        ("nothing new here", False),
        ("nothing the FAQ says applies", False),
    ],
)
def test_questions_and_requests_are_told_from_statements(message, expected):
    assert is_question(message) is expected


def test_a_task_title_about_an_uncovered_subject_is_not_covered():
    """It names a fact ("domain name"), but asks how to do something the FAQ leaves out."""
    decided = _scope().decide("inform", [], "Binding a Baidu-registered domain name", True)
    assert decided == {"name": "ask_unanswerable"}


@pytest.mark.parametrize(
    "message, parts",
    [
        ("Do we need a filing? How long does it take?", 2),
        ("do we need ICP for our shop, and how much does the filing cost?", 2),
        ("should we host in China and will that make our site faster?", 2),
        ("Our site is in Hong Kong. Do we need a filing?", 1),  # the facts ask nothing
        ("do we need a filing if our servers and our CDN are in Tokyo?", 1),
        # a condition stays with the question it sets
        ("When we launch our app in China, do we need an ICP filing?", 1),
        ("What if our app backend is hosted in Shanghai, do we need a filing?", 1),
        # a thing named, then asked of, is one question (round 106)
        ("need icp? and also our mobile app, is it the same?", 2),
        ("our app, does it need icp?", 1),
    ],
)
def test_a_message_is_split_into_the_questions_it_asks(message, parts):
    assert len(asking_parts(message)) == parts


# The classifier reads a two-part message as a whole: mostly "not covered", the FAQ question
# behind it.
TWO_PART_RANKING = [
    {"name": "ask_unanswerable", "confidence": 0.7},
    {"name": "ask_need_icp", "confidence": 0.2},
    {"name": "ask_hosted_outside", "confidence": 0.1},
]


@pytest.mark.parametrize(
    "message, expected, uncovered",
    [
        # a question the FAQ answers, and one it does not: the first answered, the second named
        (
            "Our shop is hosted in Frankfurt. Do we need an ICP filing? How long does it take?",
            "ask_need_icp",
            ["time"],
        ),
        (
            "does our site in Singapore need a beian, and what are the fees?",
            "ask_need_icp",
            ["cost"],
        ),
        (
            "How do we get an ICP filing as a Dubai firm? And how much will it cost us?",
            "ask_physical_office",
            ["cost"],
        ),
        # one question about an uncovered subject, conditions and all: not covered
        ("Will our checkout page time out for visitors in Beijing?", "ask_unanswerable", None),
        # ... but blocking asked of one's site hosted outside mainland China: the FAQ answers
        # the filing part (none needed)
        (
            "Will our site be blocked if we host it outside China?",
            "ask_hosted_outside",
            ["blocking"],
        ),
        (
            "we run the shop on a Frankfurt server, could it get blocked for Chinese visitors?",
            "ask_hosted_outside",
            ["blocking"],
        ),
        # (censorship is no filing's matter, wherever the site is hosted)
        (
            "we run the shop on a Frankfurt server, could the great firewall block it?",
            "ask_unanswerable",
            None,
        ),
        # (... but told only, the filing asked of: the filing's)
        (
            "the shop is on ECS Seoul and buyers say the GFW blocks our IP. need a beian for it?",
            "ask_hosted_outside",
            ["blocking"],
        ),
        # (not of one's own site, nor one hosted in mainland China, nor with more to ask)
        ("Are sites hosted abroad usually blocked in China?", "ask_unanswerable", None),
        (
            "Our servers are in Hangzhou and Tokyo. Will the site be blocked?",
            "ask_unanswerable",
            None,
        ),
        ("If we host in Seoul, will we be blocked, and is a VPN legal?", "ask_unanswerable", None),
        # both questions about uncovered subjects
        ("How much does the filing cost and how long does it take?", "ask_unanswerable", None),
        # the second narrows the first rather than asking on its own
        (
            "Can a WFOE corporation get an ICP Filing in China? In FTZ or outside FTZ?",
            "ask_unanswerable",
            None,
        ),
        # names the filing but asks no FAQ question
        ("Is the filing difficult? How long does it take?", "ask_unanswerable", None),
        # the FAQ-looking part is asked of the uncovered one
        (
            "Can individuals get an ICP filing? If so, how do we apply for the filing?",
            "ask_unanswerable",
            None,
        ),
        (
            "Does our mobile app need an ICP filing? And where do we file it?",
            "ask_unanswerable",
            None,
        ),
        # (referring to the facts before it is fine)
        (
            "Our web shop runs on servers in Lyon. Need ICP for it? And what are the fees?",
            "ask_need_icp",
            ["cost"],
        ),
        # (round 106: a thing named before the question that asks of it; the need said as a
        # statement and asked)
        (
            "we are a singapore company. our website is on ecs in the shanghai region. need icp? "
            "and also our mobile app, is it the same thing?",
            "ask_need_icp",
            ["apps"],
        ),
        (
            "Our web is in ECS Shenzhen. We have no office in China. We must do ICP? How many "
            "money it cost?",
            "ask_need_icp",
            ["cost", "limits"],
        ),
        # a condition about an uncovered subject, then the question: one question
        (
            "When we launch our mobile app in China, do we need an ICP filing?",
            "ask_unanswerable",
            None,
        ),
    ],
)
def test_a_two_part_question_gets_the_faq_part_answered_and_the_rest_named(
    message, expected, uncovered
):
    decided = _scope().decide("ask_unanswerable", TWO_PART_RANKING, message, states_facts=True)
    assert decided.get("name", "ask_unanswerable") == expected
    assert decided.get("uncovered") == uncovered


@pytest.mark.parametrize("intent", ["ask_ip_only", "ask_physical_office", "nlu_fallback"])
def test_how_a_site_reached_only_by_ip_gets_a_filing_is_the_ip_only_question(intent):
    ranking = [{"name": "ask_ip_only", "confidence": 0.6}]
    text = (
        "Our ECS box sits in Chengdu, we have not registered a domain and visitors use the IP. "
        "Can we still file?"
    )
    assert _scope().decide(intent, ranking, text, states_facts=True)["name"] == "ask_ip_only"
    # (who may file, with no IP-only access, stays the physical office question)
    text = "Our ECS box sits in Chengdu and runs the shop, but we're Dutch. Can we still file?"
    assert _scope().decide(intent, ranking, text, states_facts=True)["name"] == (
        "ask_physical_office"
    )


@pytest.mark.parametrize(
    "text",
    [
        # "no filing, right?" asks whether one is needed, not what happens without one
        "our store is on a Chengdu ECS with an overseas-only CDN, so no beian, right?",
        "we host in Ireland, hence no ICP needed?",
    ],
)
def test_no_filing_needed_asked_is_not_what_happens_without_one(text):
    ranking = [{"name": "inform", "confidence": 0.8}, {"name": "ask_no_filing", "confidence": 0.1}]
    assert _scope().decide("inform", ranking, text, states_facts=True).get("name") != (
        "ask_no_filing"
    )


@pytest.mark.parametrize(
    "text",
    [
        'has our server been blocked because of "备案"?',
        "was the shop taken offline for lack of a licence?",
        "is our domain inaccessible due to the missing ICP?",
        # the filing not obtained, said as a clause
        "the shop went offline since we never obtained a beian - what should we do?",
        "is the site blocked because our shop hasn't got an ICP filing yet?",
    ],
)
def test_a_site_blocked_for_its_filing_is_the_no_filing_question(text):
    assert "blocking" not in uncovered_subjects(text)
    assert _scope().decide("nlu_fallback", [], text)["name"] == "ask_no_filing"


@pytest.mark.parametrize(
    "text",
    [
        # a filing held, blocked for something about it: not the no-filing question
        "Our Ningbo shop has a valid beian but got blocked due to a filing mismatch. Why?",
        "The ICP was approved, yet the site was blocked over the licence for streaming. Why?",
    ],
)
def test_a_site_with_a_filing_blocked_for_its_details_is_not_the_no_filing_question(text):
    assert "blocking" in uncovered_subjects(text)
    assert _scope().decide("nlu_fallback", [], text).get("name") != "ask_no_filing"


@pytest.mark.parametrize(
    "text",
    [
        "Our shop runs on ECS in cn-wuhan. Is the beian something we really have to do?",
        "Our API nodes sit in cn-zhangjiakou. Before go-live, is there an ICP requirement?",
        "Moving the blog to cn-chengdu in May: what do we need to sort out on the beian side?",
    ],
)
def test_whether_a_filing_is_needed_asked_in_other_words_is_the_umbrella_question(text):
    ranking = [{"name": "ask_no_filing", "confidence": 0.2}]
    assert _scope().decide("nlu_fallback", ranking, text, states_facts=True)["name"] == (
        "ask_need_icp"
    )


def test_a_way_to_use_the_cdn_without_a_filing_that_cannot_be_done_is_not_the_hong_kong_advice():
    text = (
        "We can't provide the documents for the filing. Is there any way to use Alibaba CDN in "
        "mainland China without it?"
    )
    ranking = [{"name": "ask_unanswerable", "confidence": 0.9}]
    decided = _scope().decide("ask_unanswerable", ranking, text, states_facts=True)
    assert decided.get("name") != "ask_no_filing"


def test_a_way_around_a_filing_that_cannot_be_done_is_the_no_filing_question():
    text = (
        "ECS in cn-qingdao. We can't provide the documents for the filing. Is there another "
        "region we could move to that avoids it?"
    )
    ranking = [{"name": "ask_unanswerable", "confidence": 0.9}]
    assert _scope().decide("ask_unanswerable", ranking, text, states_facts=True)["name"] == (
        "ask_no_filing"
    )


@pytest.mark.parametrize(
    "text, subjects",
    [
        # another provider's network for mainland China, told as background
        (
            "Our origin is in Paris and we use Cloudflare's China Network. Do we need an ICP, "
            "and Alibaba's temporary ECS too?",
            ["other_providers"],
        ),
        (
            "Akamai China CDN fronts our Ohio ECS. Can we do the filing through Alibaba Cloud "
            "as for Alibaba CDN?",
            ["other_providers"],
        ),
        # Alibaba Cloud CDN for the mainland beside another provider's elsewhere: the FAQ's case
        ("Origin in Lyon, Fastly for Europe, Alibaba Cloud CDN for China. ICP?", []),
        # how long the instance bought for the filing is kept: the FAQ's three months (not how
        # long the filing takes)
        ("we'd buy an ECS in Beijing only for the beian? for how long?", []),
        ("We'll get an ECS in Hefei; for how long will the filing review run?", ["time"]),
        # the user's own ECS in mainland China, or Alibaba Cloud CDN beside another provider's
        ("Our ECS is in Xi'an and Cloudflare China Network sits in front. ICP needed?", []),
        ("We'd like Alibaba CDN for mainland China beside our Fastly CDN. Site in Oslo. ICP?", []),
    ],
)
def test_round_47_subjects(text, subjects):
    assert uncovered_subjects(text) == subjects


def test_a_cdn_at_one_end_of_a_range_of_what_needs_a_filing_is_no_ones_cdn():
    text = (
        "Every online service hosted in China needs an ICP licence, whether it runs on its own "
        "hardware or in a cloud. That goes for anything from a small blog to a global CDN."
    )
    ranking = [{"name": "ask_physical_office", "confidence": 0.8}]
    assert _scope().decide("ask_physical_office", ranking, text)["name"] == "ask_need_icp"
    # a CDN that is the statement's subject still gets the CDN answer
    text = "If your CDN includes mainland China nodes, ICP filing is mandatory."
    assert _scope().decide("nlu_fallback", [], text)["name"] == "ask_cdn"


@pytest.mark.parametrize(
    "text, states",
    [
        ("The rule doesn't apply when the servers are outside the Chinese mainland.", True),
        ("ICP filing does not apply to sites hosted in Macao.", True),
        # not a place abroad
        ("The rule doesn't apply to servers in Chengdu.", False),
    ],
)
def test_a_requirement_said_not_to_apply_abroad(text, states):
    assert states_none_needed_abroad(text) is states


@pytest.mark.parametrize(
    "text, states",
    [
        ("A site owner must be a citizen or company of mainland China.", True),
        ("Beian numbers go only to China-registered firms.", True),
        ("ICPs are granted only to PRC-incorporated companies.", True),
        ("The site owner must be reachable by phone in China.", False),
    ],
)
def test_round_h15_who_may_file_said_as_a_rule(text, states):
    assert states_who_may_file(text) is states


@pytest.mark.parametrize(
    "text, another",
    [
        ("my ICP point-to-plane alignment drifts", True),
        ("Open3D ICP registration on lidar point clouds", True),
        # the filing, for a site on a point-to-point link, or one that sells lidar
        ("ICP registration for our point-to-point VPN site in Shanghai?", False),
        ("We sell lidar scanners online from ECS in Wuhan. Do we need an ICP filing?", False),
    ],
)
def test_icp_the_point_cloud_algorithm_is_another_icp(text, another):
    assert means_another_icp(text) is another


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Domains registered via our platform can't be filed for ICP.", "domains"),
        ("Certain business categories need extra permits beyond the beian.", "business_types"),
    ],
)
def test_round_h15_subjects(text, subject):
    assert subject in uncovered_subjects(text)


def test_the_licence_called_a_document_is_no_question_of_documents():
    assert "documents" not in uncovered_subjects(
        "A beian is a document every company needs to run a website on mainland servers."
    )
    assert "documents" in uncovered_subjects(
        "The beian is a certificate. Which documents must we hand in for it?"
    )


def test_every_uncovered_subject_is_named_in_the_reply_after_a_partial_answer():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    variations = domain["responses"]["utter_part_not_covered"]
    named = {c["value"] for v in variations for c in v.get("condition", [])}
    assert named == set(UNCOVERED_SUBJECTS) | {"several"}  # (actions/answer.py SEVERAL)
    # and one with no condition, for a subject added later
    assert any("condition" not in v for v in variations)
    texts = [v["text"] for v in variations]
    assert len(set(texts)) == len(texts)


def test_facts_with_the_question_who_may_file_get_the_physical_office_answer():
    text = "The ECS is in Jinan but we have no company there, only HQ in Oslo. Can we file?"
    assert _scope().decide("inform", [], text, states_facts=True) == {
        "name": "ask_physical_office",
        "confidence": 1.0,
    }


def test_an_order_to_a_console_is_not_a_statement_of_facts():
    text = "reset root password ecs singapore instance"
    ranking = [{"name": "out_of_scope", "confidence": 0.99}]
    assert _scope().decide("out_of_scope", ranking, text, states_facts=True) == {
        "name": "ask_unanswerable"
    }


@pytest.mark.parametrize(
    "text",
    [
        "what happens if an un-filed domain is pointed at our ECS in Chengdu?",
        "can visitors open the site while the beian application is in process?",
        "our ICP application is still being processed, may the shop go live?",
    ],
)
def test_a_domain_not_filed_or_a_filing_still_processed_is_having_no_filing(text):
    assert carries_subject("ask_no_filing", text)
    assert "existing_filing" not in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    ["do we need ICP recordal for our company website?", "must we file for recordal first?"],
)
def test_recordal_is_the_filing_by_another_name(text):
    assert names_the_filing(text)


@pytest.mark.parametrize(
    "text",
    [
        "how can I find out if our domain was already filed?",
        "where do we see the filing status?",
        "is there a way to check a site's beian?",
    ],
)
def test_looking_up_whether_a_site_is_filed_is_not_covered(text):
    assert "existing_filing" in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    ["is now a good time to stake my ICP coins?", "how do I move ICP tokens to a cold wallet"],
)
def test_the_internet_computers_icp_is_unrelated(text):
    assert means_another_icp(text)
    assert not is_icp_related(text)
    ranking = [{"name": "ask_need_icp", "confidence": 0.7}]
    assert _scope().decide("ask_need_icp", ranking, text) == {
        "name": "out_of_scope",
        "confidence": 1.0,
    }


@pytest.mark.parametrize(
    "text",
    [
        "do we need an ICP filing for a crypto exchange website?",  # a site: the filing
        "our token sale page is hosted in Shanghai, is ICP needed?",
    ],
)
def test_crypto_beside_a_site_or_china_keeps_the_filings_icp(text):
    assert not means_another_icp(text)
    assert names_the_filing(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        # another provider left for Alibaba Cloud
        (
            "we're on Azure in Seoul today and will move to Alibaba Cloud Beijing next spring; "
            "will a filing be needed then?",
            "other_providers",
        ),
        # object storage as the CDN's origin
        (
            "CDN region set to Global and our origin is an OSS bucket in Frankfurt. "
            "do we need beian?",
            "other_products",
        ),
        # how long the instance bought for the filing must be kept: the FAQ says three months
        (
            "we'd have to rent an ECS in China only to file?? how long must we keep it",
            "time",
        ),
        # the marketing team, not advertising
        (
            "server's in Jakarta but marketing wants Alibaba CDN covering China, ICP needed?",
            "marketing",
        ),
        # filing through Alibaba Cloud's console is the FAQ's own channel
        ("the app is on ECS Hefei, IP only. can we file through your console?", "settings"),
        # the console as where a fact was looked up
        ("oops, looked at the console - our ECS region is eu-west-1, not Shenzhen", "settings"),
        ("my mistake, it's the plain Global area. double-checked in the cdn console", "settings"),
        # being exempt is not needing a filing at all
        ("our site is a tiny blog on ECS Qingdao, are we exempt from the beian?", "exemptions"),
        # a site the FAQ says needs a filing, blocked without one
        ("our site is on ECS Shenzhen with no ICP, will it be blocked?", "blocking"),
    ],
)
def test_background_that_is_the_faqs_own_case_is_no_other_subject(text, subject):
    assert subject not in uncovered_subjects(text)


def test_a_question_about_the_console_after_looking_there_stays_not_covered():
    assert "settings" in uncovered_subjects("I checked the console, how do I switch the region?")
    assert "settings" in uncovered_subjects(
        "we verified it in the console. how do we change the region in the console?"
    )


@pytest.mark.parametrize(
    "text, subject",
    [
        ("does an OSS bucket need its own ICP?", "other_products"),
        ("how long does the ICP filing take?", "time"),
        ("where in the console do I change the CDN region?", "settings"),
        # censorship, or blocking of a site the FAQ says needs no filing
        ("hosted in Tokyo with no ICP, could the great firewall block it?", "blocking"),
        ("if our site hosted in Hong Kong has no beian, will it get blocked?", "blocking"),
        # where a filing goes outside Alibaba Cloud, and on which form
        ("which office do we submit the IP-only filing to?", "miit_contact"),
        ("what form do we fill in for it?", "documents"),
    ],
)
def test_the_same_words_asked_for_themselves_stay_uncovered(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    [
        "staff reach the ECS in Wuhan via the public IP, need icp?",
        "the tool on ECS Xi'an is opened through its bare IP; is a filing needed?",
    ],
)
def test_an_ip_address_with_a_word_between_is_ip_only_access(text):
    assert carries_subject("ask_ip_only", text)


def test_launching_without_waiting_for_the_filing_is_having_none():
    assert carries_subject(
        "ask_no_filing", "can we go live on our ECS without waiting for the beian?"
    )


def test_a_message_taken_for_a_request_for_a_person_that_asks_for_none_is_decided_afresh():
    ranking = [{"name": "request_human", "confidence": 0.7}]
    decided = _scope().decide(
        "request_human", ranking, "can I file as a person rather than a company?"
    )
    assert decided == {"name": "ask_unanswerable"}
    # a feature request's "Support ...": nothing the FAQ answers, so no question to offer
    decided = _scope().decide("request_human", ranking, "Support the Hong Kong region in the SDK")
    assert decided == {"name": "ask_unanswerable"}
    decided = _scope().decide("request_human", ranking, "Support the HK region")
    assert decided == {"name": "nlu_fallback", "ranking": []}
    # asking for someone is kept, whatever else it names
    text = "I'd like to talk to a human about filing as an individual"
    assert _scope().decide("request_human", ranking, text) == {}
    assert _scope().decide("request_human", ranking, "what's the support phone number?") == {}


def test_every_way_of_asking_for_a_person_the_assistant_learnt_is_kept():
    chitchat = yaml.safe_load((ROOT / "data" / "nlu" / "chitchat.yml").read_text())
    examples = [
        line[2:].strip()
        for block in chitchat["nlu"]
        if block.get("intent") == "request_human"
        for line in block["examples"].splitlines()
        if line.strip()
    ]
    assert len(examples) > 20
    ranking = [{"name": "request_human", "confidence": 0.9}]
    assert [e for e in examples if _scope().decide("request_human", ranking, e)] == []


# Red-team round 15: long posts whose backstory names what the question is not about.


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "when we opened the account, the account manager brought up ICP. is it needed?",
            "other_registrations",
        ),
        (
            "we put the demo on ECS Beijing because it was cheapest. do we need a beian?",
            "instance_specs",
        ),
        (
            "a colleague says we break the rules by not having an ICP number. do we?",
            "number_and_footer",
        ),
        (
            "a small API for our carriers runs on ECS Shenzhen at api.example.cn. need ICP?",
            "settings",
        ),
        ("a new marketing hire says we need a beian for the HK site. do we?", "marketing"),
        ("temp ecs for cdn china accel?? how long sub", "time"),
        ("the rep said we may skip ICP if the ECS serves HTTPS only. is that right?", "settings"),
    ],
)
def test_a_long_posts_backstory_is_no_subject_of_its_own(text, subject):
    assert subject not in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "for our shop, a commercial licence (经营许可证) or is a plain filing enough?",
            "licence_types",
        ),
        ("how do we open an account with the registry?", "other_registrations"),
        ("which instance is cheapest for the filing?", "instance_specs"),
        ("does the ICP API support HTTPS callbacks?", "settings"),
    ],
)
def test_the_same_subjects_asked_stay_uncovered(text, subject):
    assert subject in uncovered_subjects(text)


def test_whether_one_has_to_file_for_a_server_asks_whether_a_filing_is_needed():
    assert asks_if_it_needs_a_filing("is he right, or do we have to file something for that box?")
    assert not asks_if_it_needs_a_filing("do we have to file for the domain in Jiangsu?")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("For the beian, is it Tianjin, Beijing or Hebei?", True),
        ("icp filing where? licence from Fujian", True),
        ("should we host in Beijing or Shanghai?", False),
        ("licence from Tianjin, servers in Ningbo. Tianjin or Zhejiang for the ICP?", True),
        ("Tianjin or Zhejiang for the new office, any advice?", False),
    ],
)
def test_a_choice_of_provinces_for_the_filing_asks_where_to_file(text, expected):
    assert asks_where_to_file(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "foreign co, branch in Xiamen - use the branch docs for icp?",
        "nothing registered in China. what must we register there before we can submit an ICP "
        "filing?",
        "what do we have to set up as a company before we can apply for a beian?",
    ],
)
def test_what_may_be_used_or_must_exist_before_filing_is_how_to_get_a_filing(text):
    assert asks_how_to_get_a_filing(text)


@pytest.mark.parametrize(
    "text",
    [
        "What should we have ready before the ICP review call?",
        "What do we need to set up in Alibaba Cloud before we can file for ICP?",
        "What must I get approved before the ICP filing, the domain?",
        "What company do we need to have before filing ICP, or do we even need it?",
    ],
)
def test_what_else_comes_before_filing_is_not_how_to_get_a_filing(text):
    assert not asks_how_to_get_a_filing(text)


def test_a_question_marked_as_a_side_question_is_one_of_its_own():
    text = (
        "Our branch company is in Wuhan. Which province do we file the ICP in? "
        "(Side question: any idea how long approval takes?)"
    )
    ranking = [{"name": "ask_which_province", "confidence": 0.9}]
    decided = _scope().decide("ask_which_province", ranking, text)
    assert decided["name"] == "ask_which_province" and decided["uncovered"] == ["time"]


def test_the_question_asked_decides_over_a_backstory_that_names_another():
    text = (
        "We moved our shop to ECS Shanghai. The filing has stalled because we hold no business "
        "licence in China. May we keep the site open to visitors while the filing is sorted out?"
    )
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    decided = _scope().decide("ask_physical_office", ranking, text)
    assert decided == {"name": "ask_no_filing", "confidence": 1.0}
    # whether a filing is needed at all is answered from the whole message
    text = "We're a WFOE in Beijing hosting in Frankfurt. Does the WFOE mean we need an ICP anyway?"
    ranking = [{"name": "ask_hosted_outside", "confidence": 0.9}]
    assert _scope().decide("ask_hosted_outside", ranking, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Is beian only for sites on servers inside mainland China, or for any website?",
        "is the ICP filing just needed for mainland hosting?",
    ],
)
def test_whether_the_filing_is_only_for_some_sites_asks_if_it_applies(text):
    assert asks_if_it_applies(text)


# A review of the rules above found these; each row failed before its fix.


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "We want to know whether our company, registered in Singapore, needs an ICP for a "
            "site on ECS Shanghai.",
            "existing_filing",
        ),
        (
            "I need to check ICP requirements for our CDN covering mainland China.",
            "existing_filing",
        ),
        (
            "With a physical office in China, can I get an ICP filing or a commercial license?",
            "licence_types",
        ),
        ("Which forms of CDN need an ICP filing?", "documents"),
        ("Our site uses block-storage volumes on ECS Beijing, do we need ICP?", "blocking"),
    ],
)
def test_review_words_that_are_not_the_subject(text, subject):
    assert subject not in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Our ECS is in Hangzhou, how long do we keep waiting for the ICP approval?", "time"),
        ("What are the qualifications of the responsible person for the ICP filing?", "properties"),
        ("Is there an API for submitting the ICP filing?", "settings"),
        ("Is SSL required for ICP?", "settings"),
    ],
)
def test_review_subjects_that_stay_uncovered(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our crypto news portal runs in Shenzhen, need ICP?",
        "Our wallet app runs on AWS Hong Kong; do we need an ICP?",
        "Is an ICP required for a crypto exchange?",
        "Our stakeholders keep asking whether we need an ICP for the app.",
    ],
)
def test_review_a_crypto_business_asking_about_the_filing_is_not_the_token(text):
    assert not means_another_icp(text)


def test_review_narrower_requirements_where_to_file_and_persons():
    assert not asks_what_the_filing_requires(
        "What are the requirements to keep an ICP filing valid?"
    )
    assert not asks_where_to_file("Do we need an ICP filing where our users are, i.e. in China?")
    assert not asks_for_a_person("Can a foreign person file for ICP?")
    assert not asks_for_a_person("Do you plan to support the HK region?")
    assert asks_for_a_person("Can I get a callback?")


def test_review_who_may_file_from_a_presence_keeps_the_physical_office_answer():
    text = (
        "Our only presence is a ban shi chu in Beijing. Can we still file when our ECS sits in "
        "Hangzhou behind a load balancer?"
    )
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    assert _scope().decide("ask_physical_office", ranking, text) == {}


# Red-team round 16 (short titles and search-box queries, our own wording).


def test_documents_issued_abroad_are_the_physical_office_question():
    text = "may hk-issued papers be used for the beian?"
    assert "documents" not in uncovered_subjects(text)
    assert carries_subject("ask_physical_office", text)
    # which documents there are is still not covered
    assert "documents" in uncovered_subjects("which documents do we need for the beian?")


def test_skipping_the_filing_is_having_none():
    assert carries_subject("ask_no_filing", "what would happen if we ignore the beian")


def test_how_to_apply_for_the_commercial_licence_itself_is_not_covered():
    assert "licence_types" in uncovered_subjects("procedure for getting an ICP commercial licence")


@pytest.mark.parametrize(
    "text",
    ["licence is from Jiangsu - filing where", "our licence from Anhui, which provnce for the icp"],
)
def test_where_to_file_in_short_wording(text):
    assert asks_where_to_file(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ecs ip changed, must we update the licence", True),
        ("our site is on ECS Hefei, do we need a beian", True),
        ("we host in Osaka, do not use a CDN", False),
    ],
)
def test_a_question_asked_after_a_comma_is_a_question(text, expected):
    assert is_question(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Can we use our Singapore company's registration documents for the beian? No entity in "
        "China.",
        "until our WFOE exists, could our UK parent's papers be used to file the ICP?",
    ],
)
def test_whose_documents_may_be_used_is_who_may_file_and_a_companys_place_is_not_hosting(text):
    assert asks_who_may_file(text)
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    decided = _scope().decide("ask_physical_office", ranking, text, states_facts=True)
    assert decided.get("name", "ask_physical_office") == "ask_physical_office"


def test_a_question_about_the_filing_taken_for_yes_or_no_is_decided_as_a_question():
    ranking = [{"name": "deny", "confidence": 0.8}, {"name": "ask_no_filing", "confidence": 0.15}]
    decided = _scope().decide("deny", ranking, "no filing, no visitors from china?")
    assert decided == {"name": "nlu_fallback", "ranking": [ranking[1]]}
    # a reply stays a reply
    assert _scope().decide("deny", ranking, "no, not yet?") == {}
    assert _scope().decide("deny", ranking, "no we do not use a CDN") == {}


def test_a_farewell_has_its_words_and_a_message_without_them_is_not_one():
    chitchat = yaml.safe_load((ROOT / "data" / "nlu" / "chitchat.yml").read_text())
    farewells = next(b["examples"] for b in chitchat["nlu"] if b.get("intent") == "goodbye")
    for line in farewells.splitlines():
        assert says_goodbye(line.strip("- ")), line  # the guard never undoes the training data
    ranking = [{"name": "goodbye", "confidence": 0.6}, {"name": "inform", "confidence": 0.2}]
    assert _scope().decide("goodbye", ranking, "ok thanks, that's all") == {}
    decided = _scope().decide("goodbye", ranking, "we used to have a branch but shut it down")
    assert decided["name"] == "nlu_fallback"


def test_icp_the_lab_instrument_is_not_the_filing():
    assert means_another_icp("which Guangzhou labs can run ICP-OES tests for us?")
    assert not means_another_icp("our Guangzhou lab's website needs ICP, right?")


@pytest.mark.parametrize(
    "text, another",
    [
        # round 107: an ICP spelled out as something else is not the filing
        ("ICP (ideal customer profile) template for a B2B SaaS selling to companies in HK?", True),
        ("how do we write our ideal customer profile for the china market?", True),
        ("ICP (intracranial pressure monitor) distributors in Shanghai", True),
        # ... but the filing's own names spelled out are
        ("ICP (Internet Content Provider) filing for our site in Beijing?", False),
        ("ICP (the chinese filing) for our shop, do we need it?", False),
    ],
)
def test_an_icp_spelled_out_as_something_else_is_another_icp(text, another):
    assert means_another_icp(text) is another


def test_a_place_abroad_is_the_hosted_outside_questions_only_with_a_site_or_the_filing():
    ranking = [{"name": "ask_hosted_outside", "confidence": 0.6}]
    text = "a recruiter in Tokyo wrote to me: do they require Japanese for the role?"
    assert _scope().decide("nlu_fallback", ranking, text).get("name") != "ask_hosted_outside"
    text = "our shop is in Tokyo: do we require ICP?"
    assert carries_subject("ask_hosted_outside", text)


def test_taken_for_who_may_file_but_asking_whether_a_filing_is_needed_gets_the_umbrella_answer():
    ranking = [{"name": "ask_physical_office", "confidence": 0.95}]
    text = (
        "No entity in China at all; our ECS runs in Chengdu with a domain. A consultant says "
        "beian is only for local firms. Do we need one, or not?"
    )
    assert _scope().decide("ask_physical_office", ranking, text, states_facts=True) == {
        "name": "ask_need_icp",
        "confidence": 1.0,
    }
    # who may file, or how to get one, asked: kept
    text = "We need a beian for our Chengdu shop. How do we obtain one?"
    assert _scope().decide("ask_physical_office", ranking, text).get("name") != "ask_need_icp"
    text = "No entity in China at all; our ECS runs in Chengdu. Can we still file?"
    decided = _scope().decide("ask_physical_office", ranking, text, states_facts=True)
    assert decided.get("name", "ask_physical_office") == "ask_physical_office"


def test_a_site_not_in_mainland_china_and_not_behind_a_cdn_is_the_hosted_outside_question():
    text = "Our shop isn't hosted in mainland China and isn't behind any CDN. ICP needed?"
    assert carries_subject("ask_hosted_outside", text)
    assert denies_a_cdn(text)


def test_where_to_file_asked_as_the_licences_place_against_the_servers_region():
    assert asks_where_to_file(
        "our business license is from Hubei - can we still file with servers in the Beijing region?"
    )


def test_no_filing_needed_asks_whether_one_is_needed_not_what_happens_without_one():
    text = "our shop sits in Macau, so no filing needed then?"
    assert not carries_subject("ask_no_filing", text)
    assert carries_subject("ask_no_filing", "what happens with no filing at all?")


def test_what_happens_without_a_filing_is_recognised_by_its_form():
    ranking = [
        {"name": "ask_ip_only", "confidence": 0.36},
        {"name": "ask_no_filing", "confidence": 0.13},
    ]
    for text in [
        "what would happen if our shop runs on a Dalian ECS without a beian?",
        "so unfiled websites can't be visited at all?",
    ]:
        assert _scope().decide("nlu_fallback", ranking, text) == {
            "name": "ask_no_filing",
            "confidence": 1.0,
        }, text
    # a subject the FAQ leaves out still decides
    text = "what happens if we never complete the PSB filing?"
    assert _scope().decide("nlu_fallback", ranking, text) == {"name": "ask_unanswerable"}


def test_how_to_file_after_a_backstory_with_a_load_balancer_is_the_load_balancer_question():
    ranking = [{"name": "ask_load_balancer", "confidence": 0.99}]
    text = "Launching on ECS Wuhan with an SLB in front next month. How do we get the ICP done?"
    decided = _scope().decide("ask_load_balancer", ranking, text, states_facts=True)
    assert decided.get("name", "ask_load_balancer") == "ask_load_balancer"


def test_the_filing_said_to_be_only_for_some_then_asked_about_asks_if_it_applies():
    assert asks_if_it_applies("my manager says beian is only for Chinese firms. Is she right?")


def test_skipping_the_filing_is_the_no_filing_question():
    assert carries_subject("ask_no_filing", "if we skip the filing, can our Nanning shop open?")
    assert carries_subject("ask_no_filing", "ICP rejected again; we can't provide the papers")


@pytest.mark.parametrize(
    "message, subjects",
    [
        # a review of issue 9's tenth session: each of these was refused or let through by a
        # scope rule added in it
        (
            "The site is hosted in Hong Kong with a backup in Shanghai. Do we need ICP?",
            ["not_websites"],
        ),
        (
            "What's the difference between ICP Filing and ICP Commercial License when using CDN?",
            ["licence_types"],
        ),
        (
            "We sell medical devices and our marketing site is hosted in Frankfurt. "
            "Do we need ICP?",
            [],
        ),
        ("We are a pharmaceutical company with a rep office in Beijing. Can we apply for ICP?", []),
        (
            "We have a registered branch company in Shanghai. Can we use its own registration "
            "documents for the ICP filing?",
            [],
        ),
        ("Do we need a separate filing for the CDN, or is it the same as the ICP for our ECS?", []),
        (
            "The website is read only by our employees and customers in China; it's on ECS "
            "Shenzhen. Is ICP required?",
            [],
        ),
        (
            "We moved off Global Accelerator last month. Now our site in Singapore uses the "
            "international CDN only. Do we still need ICP?",
            [],
        ),
        (
            "Which domain suffixes are allowed? Do we need ICP for our Shanghai-hosted site?",
            ["domains"],
        ),
        (
            "Our company website and mobile app website are hosted on ECS in Shanghai, do we need "
            "ICP for the app?",
            ["apps"],
        ),
        (
            "The beian in our console says the domain isn't verified. What does that mean?",
            ["settings"],
        ),
    ],
)
def test_subjects_a_review_found(message, subjects):
    assert uncovered_subjects(message) == subjects


def test_questions_a_review_found_taken_for_the_wrong_question():
    assert not asks_how_to_get_a_filing(
        "For the ICP filing, do we submit our documents through the console or by post?"
    )
    assert not asks_where_to_file(
        "Do we need a Chinese business license to file ICP for our server in Shenzhen?"
    )
    for text in ["We closed our Shanghai office later that year.", "ok, later we will move"]:
        assert not says_goodbye(text), text
    ranking = [{"name": "ask_physical_office", "confidence": 0.95}]
    text = "We have a ban shi chu in Shanghai. Do we need an ICP filing for it, and can we apply?"
    assert _scope().decide("ask_physical_office", ranking, text, states_facts=True) != {
        "name": "ask_need_icp",
        "confidence": 1.0,
    }


@pytest.mark.parametrize("intent", ["ask_hosted_outside", "out_of_scope"])
@pytest.mark.parametrize(
    "text",
    [
        "if our beian can't be completed, should the site go on Hong Kong ECS?",
        "a reseller says: when the ICP filing cannot be finished, host on Hong Kong ECS",
    ],
)
def test_hong_kong_as_the_way_out_of_a_filing_that_cannot_be_done_is_the_no_filing_answer(
    intent, text
):
    ranking = [{"name": intent, "confidence": 0.8}, {"name": "ask_no_filing", "confidence": 0.1}]
    decided = _scope().decide(intent, ranking, text, states_facts=True)
    assert decided["name"] == "ask_no_filing"


@pytest.mark.parametrize("intent", ["ask_hosted_outside", "nlu_fallback"])
@pytest.mark.parametrize(
    "text",
    [
        "we'd rather not bother with the beian, so is a Hong Kong ECS our route?",
        "Customers who decide not to go through the ICP application usually move to Hong Kong.",
    ],
)
def test_hong_kong_as_the_way_around_a_filing_not_wanted_is_the_no_filing_answer(intent, text):
    assert forgoes_the_filing(text)
    ranking = [{"name": intent, "confidence": 0.8}, {"name": "ask_no_filing", "confidence": 0.1}]
    assert _scope().decide(intent, ranking, text, states_facts=True)["name"] == "ask_no_filing"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("we prefer not to apply for an ICP licence", True),
        ("if they don't want to do the filing", True),
        # needed or not, or another thing not wanted
        ("we don't need to do the filing, right?", False),
        ("we do not want to change the domain", False),
        ("we want to do the filing", False),
        # not for good, or not a choice
        ("We won't start the beian until the Hong Kong box is moved to Wuxi.", False),
        ("we don't do the filing ourselves, our agent does", False),
    ],
)
def test_going_without_a_filing_by_choice_is_told_from_not_needing_one(text, expected):
    assert forgoes_the_filing(text) is expected


@pytest.mark.parametrize(
    "text, states",
    [
        ("Put the shop on a server abroad. Then you won't have to deal with any beian.", True),
        ("Sites hosted in Seoul need no ICP filing.", True),
        ("For a server in Macau a filing is not required.", True),
        ("Taiwan is not considered part of the mainland for hosting purposes.", True),
        ("Frankfurt servers are accessible from China without a filing.", True),
        # another country's rules, a server in the mainland too, the filing needed, or no site
        # hosted anywhere
        ("Our shop is hosted in Canada, so we are exempt from the EU cookie rules.", False),
        ("Our ECS runs in Hong Kong and Chengdu; the Hong Kong one needs no filing.", False),
        ("Sites hosted in Seoul still need an ICP filing if they use a mainland CDN node.", False),
        ("Hong Kong is not part of the mainland.", False),
    ],
)
def test_no_filing_needed_abroad_said_as_a_rule(text, states):
    assert states_none_needed_abroad(text) is states


def test_no_filing_needed_abroad_said_as_a_rule_is_the_hosted_outside_question():
    text = "Put the shop on a server abroad. Then you won't have to deal with any beian."
    for intent in ["ask_unanswerable", "nlu_fallback", "ask_physical_office", "inform"]:
        ranking = [{"name": intent, "confidence": 0.9}, {"name": "ask_need_icp", "confidence": 0.1}]
        decided = _scope().decide(intent, ranking, text, states_facts=True)
        assert decided.get("name") == "ask_hosted_outside", intent


def test_hong_kong_hosting_with_the_filing_within_reach_stays_the_hong_kong_question():
    ranking = [{"name": "ask_hosted_outside", "confidence": 0.9}]
    text = "our site is on Hong Kong ECS and the filing can be done later, is one needed?"
    assert _scope().decide("ask_hosted_outside", ranking, text, True).get("name") != "ask_no_filing"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("icp is impossible for us", True),
        ("we cannot obtain a beian", True),
        ("we tried the filing but couldn't", True),
        ("if the filing can't be finished", True),
        ("our icp cannot be approved, the papers are foreign", True),
        # a question of time, or a filing within reach
        ("the filing can't be done in time for launch", False),
        ("the filing can be completed next week", False),
        ("our beian can't be approved before the launch", False),
        ("the icp filing won't be completed until May", False),
        ("we can't get the beian before our launch", False),
        ("we cannot open the filing page", False),
        ("the office certificate was refused, so we simply can't file", True),
        ("our papers were refused; we cannot file, what now?", True),
        ("so we cannot file?", False),
        ("we can't file through the console without a domain", False),
        ("we cannot file before the launch", False),
    ],
)
def test_a_filing_out_of_reach_is_told_from_one_that_is_slow(text, expected):
    assert filing_out_of_reach(text) is expected


def test_whether_one_is_needed_anyway_stays_the_umbrella_question():
    ranking = [{"name": "ask_hosted_outside", "confidence": 0.8}]
    text = "our ECS is in Wuhan and a filing can't be completed; do we need one anyway?"
    assert _scope().decide("ask_hosted_outside", ranking, text, True).get("name") == "ask_need_icp"


def test_a_filing_out_of_reach_without_hong_kong_is_not_the_hong_kong_way_out():
    ranking = [{"name": "out_of_scope", "confidence": 0.9}]
    text = "our ICP filing can't be completed. tell me a joke."
    assert _scope().decide("out_of_scope", ranking, text, True).get("name") != "ask_no_filing"


def test_a_question_of_two_referring_back_is_read_with_the_sentence_before_it():
    ranking = [
        {"name": "ask_unanswerable", "confidence": 0.6},
        {"name": "ask_no_filing", "confidence": 0.3},
        {"name": "ask_ip_only", "confidence": 0.1},
    ]
    text = (
        "We cannot provide the papers for the beian. What happens if our shop opens without one,"
        " and how big is the fine?"
    )
    decided = _scope().decide("ask_unanswerable", ranking, text, states_facts=True)
    assert (decided.get("name"), decided.get("uncovered")) == ("ask_no_filing", ["penalties"])
    # (not a question that refers to nothing said before it)
    text = (
        "So IP-only sites go to the province directly. What is the Jiangsu office's address,"
        " and how big are the fees?"
    )
    decided = _scope().decide("ask_unanswerable", ranking, text, states_facts=True)
    assert decided.get("name", "ask_unanswerable") == "ask_unanswerable"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "one" is the last thing named before it (a domain or documents lacking are the FAQ's
        # own no-filing case, so the thing here is one the FAQ does not name)
        ("we're told every filing needs a local entity; we don't have one, what now?", False),
        ("our beian is a must for the store. what if we go live without one?", True),
        ("what happens to the shop if the icp is missing and we open without it?", True),
        # nothing named before it: in this assistant, the filing
        ("can our site stay up without one for a while? the beian is slow, we host in Jinan", True),
    ],
)
def test_without_one_is_the_filing_only_when_the_filing_is_what_it_stands_for(text, expected):
    assert carries_subject("ask_no_filing", text) is expected


def test_without_one_after_a_domain_is_without_a_domain():
    text = "alibaba files only sites with a domain. what if we don't have one? our ECS is in Xi'an"
    assert carries_subject("ask_ip_only", text)
    assert with_what_one_stands_for(text).endswith("don't have a domain? our ECS is in Xi'an")


def test_an_alternative_to_the_filing_asked_with_or_is_that_refers_to_the_filing_itself():
    ranking = [{"name": "ask_physical_office", "confidence": 0.95}]
    text = (
        "does an overseas business running its site on ECS in Nanjing really need an ICP filing,"
        " or is it just Chinese businesses that do?"
    )
    assert _scope().decide("ask_physical_office", ranking, text, True).get("name") == (
        "ask_need_icp"
    )


@pytest.mark.parametrize(
    "text, kept",
    [
        ("is this chat answered by software or by staff?", True),
        ("r u a real human", True),
        ("are you hosting on Alibaba Cloud too?", False),
        ("what's that? do all sites need the beian??", False),
    ],
)
def test_are_you_a_bot_needs_a_programs_or_a_persons_words(text, kept):
    ranking = [{"name": "bot_challenge", "confidence": 0.7}]
    decided = _scope().decide("bot_challenge", ranking, text)
    assert (decided.get("name", "bot_challenge") == "bot_challenge") is kept


@pytest.mark.parametrize("text", ["whats a beian", "whats an icp license?"])
def test_what_the_filing_is_typed_without_an_apostrophe_is_a_definition(text):
    assert "definition" in uncovered_subjects(text)


@pytest.mark.parametrize("intent", ["nlu_fallback", "request_human"])
@pytest.mark.parametrize(
    "text, asks",
    [
        ("hold on, am I writing to a program here?", True),
        ("is a live agent reading these messages?", True),
        ("is somebody reading this?", True),
        ("are the replies automated?", True),
        ("is it AI that answers me?", True),
        # a request for a person, or a question about one who files
        ("can I talk to a real person", False),
        ("is a human allowed to file for our company?", False),
        ("are you able to put me through to someone?", False),
    ],
)
def test_whether_a_program_answers_is_recognised_by_its_form(intent, text, asks):
    ranking = [{"name": intent, "confidence": 0.6}]
    decided = _scope().decide(intent, ranking, text)
    assert (decided.get("name") == "bot_challenge") is asks


def test_can_not_in_two_words_reads_as_cannot():
    assert filing_out_of_reach(lower_case("our documents were refused, so we can not file"))
    assert "can not only" in lower_case("we can not only host but also file")


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "the FAQ says an office can file in some provinces. is Fujian one of them?",
            "province_list",
        ),
        ("could you explain what an ICP licence really is?", "definition"),
        ("how is the commercial license different from the filing?", "licence_types"),
    ],
)
def test_what_the_faq_leaves_unnamed_asked_indirectly_is_not_covered(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "intent", ["ask_physical_office", "ask_need_icp", "nlu_fallback", "ask_no_filing"]
)
def test_what_now_when_the_filing_cannot_be_done_is_the_no_filing_question(intent):
    ranking = [{"name": intent, "confidence": 0.9}]
    text = "Our rep office application was turned down, so we cannot file. What are our options?"
    assert _scope().decide(intent, ranking, text, True).get("name") == "ask_no_filing"
    text = "We can't provide the papers the filing needs. Servers in Suzhou and Perth. What now?"
    assert _scope().decide(intent, ranking, text, True).get("name") == "ask_no_filing"
    # (not who may file, asked with the filing within reach)
    text = "We only have a rep office in Xiamen. What should we do to file?"
    assert _scope().decide(intent, ranking, text, True).get("name") != "ask_no_filing"


def test_a_clause_about_what_came_before_refers_back():
    assert refers_back("and how it is different from the normal filing?")
    assert not refers_back("how is the filing different from the licence?")


@pytest.mark.parametrize(
    "text",
    [
        "so with HK servers and no cdn at all, nothing to file?",
        "bought an ECS in Nanjing for our shop. do we have to do the beian thing before launch?",
        "one of our servers, in Dalian, serves the Chinese version. filing needed?",
        "we moved the shop to ECS Hangzhou. must we do the beian before relaunch?",
    ],
)
def test_whether_a_filing_is_needed_in_other_words(text):
    assert asks_if_it_needs_a_filing(text)
    assert not uncovered_subjects(text)


def test_the_temporary_ecs_is_the_cdn_questions_subject():
    assert carries_subject("ask_cdn", "would two months do for the temporary instance?")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("and what if all we had was a ban shi chu?", "ask_physical_office"),
        ("what about if traffic went through an SLB first?", "ask_load_balancer"),
        # the umbrella answer gives these from the facts
        ("and what if the servers were in Macau?", None),
        # not a follow-up: the facts
        ("we only have a rep office in Wuxi", None),
    ],
)
def test_a_follow_up_taken_for_facts_asks_the_question_whose_subject_it_carries(text, expected):
    ranking = [{"name": "inform", "confidence": 0.8}]
    assert _scope().decide("inform", ranking, text, states_facts=True).get("name") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("and what if the licence had come from Anhui?", "ask_which_province"),
        ("what about servers in Lisbon then?", "inform"),
        # (not a follow-up, and one about a subject the FAQ leaves out)
        ("we host in Lisbon, tell me a joke", "ask_unanswerable"),
        ("and what if the fees were paid in Anhui?", "ask_unanswerable"),
    ],
)
def test_a_follow_up_with_facts_taken_for_unrelated_is_a_follow_up(text, expected):
    ranking = [{"name": "out_of_scope", "confidence": 0.8}]
    decided = _scope().decide("out_of_scope", ranking, text, states_facts=True)
    assert decided.get("name") == expected


def test_documents_of_a_hong_kong_company_are_documents_issued_outside_mainland_china():
    text = "we only have our HK company's BR certificates. can we use them for the ICP on our ECS?"
    assert carries_subject("ask_physical_office", text)
    assert not uncovered_subjects(text)


def test_charging_users_is_the_sites_business_not_a_fee():
    text = "a ban shi chu only; we'll charge users monthly, so can the office get the licence?"
    assert "cost" not in uncovered_subjects(text)


def test_users_complaining_is_backstory_a_complaint_is_another_registration():
    assert not uncovered_subjects(
        "Chinese buyers kept complaining the shop was slow, so we moved it to ECS Hangzhou. Do we"
        " need an ICP filing now?"
    )
    assert "other_registrations" in uncovered_subjects(
        "how do I file a complaint against a site with no ICP?"
    )


# A review of the session's diff: wording the new rules first misread
@pytest.mark.parametrize(
    "text",
    [
        "is it possible to speak to a human?",
        "are you able to connect me to a real person?",
        "is a live agent available right now?",
        "is it reviewed by a human or automatically?",
        "is it automatically approved once we submit?",
        "is a real person needed to sign the ICP documents?",
        "is this machine ok for the filing?",
        "is a writing sample needed for the ICP?",
    ],
)
def test_a_request_for_a_person_or_a_question_about_the_filing_is_not_are_you_a_bot(text):
    for intent in ("nlu_fallback", "request_human"):
        ranking = [{"name": intent, "confidence": 0.6}]
        assert _scope().decide(intent, ranking, text).get("name") != "bot_challenge"


@pytest.mark.parametrize(
    "text",
    ["is that a real requirement?", "is the site live yet?", "are people in China able to see it?"],
)
def test_taken_for_are_you_a_bot_without_its_words_is_unsure(text):
    ranking = [{"name": "bot_challenge", "confidence": 0.7}]
    assert _scope().decide("bot_challenge", ranking, text).get("name") != "bot_challenge"


@pytest.mark.parametrize(
    "text, subject",
    [
        ("I wonder what the ICP requirement is for a rep office in Shanghai", "definition"),
        ("please explain what the ICP rules are for an SLB", "definition"),
        (
            "how does the filing with a rep office differ from filing with a branch?",
            "licence_types",
        ),
        ("Is the filing behind an SLB different from the filing for one ECS?", "licence_types"),
        (
            "We have offices in some of the provinces. Do we have to file in one of them?",
            "province_list",
        ),
    ],
)
def test_faq_questions_in_the_words_of_the_new_subjects_stay_covered(text, subject):
    assert subject not in uncovered_subjects(text)


def test_what_to_do_to_file_another_way_is_not_what_now():
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    text = (
        "We can't get the documents from our HQ in time. What should we do to file through our"
        " branch instead?"
    )
    assert _scope().decide("ask_physical_office", ranking, text, True).get("name") != (
        "ask_no_filing"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We need ICP anyway. Beijing or Shanghai for the servers?",
        "ICP is sorted. Shanghai, Hangzhou or Shenzhen for the new office?",
    ],
)
def test_a_choice_of_places_for_something_else_is_not_where_to_file(text):
    assert not asks_where_to_file(text)


def test_no_licence_is_not_where_a_licence_was_issued():
    text = "and what if we had no licence, only a rep office registered in Shanghai?"
    assert not carries_subject("ask_which_province", text)


@pytest.mark.parametrize(
    "text, subject",
    [
        ("how do I complain about a competitor's site that has no ICP?", "other_registrations"),
        ("where can we complain if our ICP filing is rejected?", "other_registrations"),
    ],
)
def test_a_complaint_to_make_is_still_not_covered(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text", ["Who has to do the filing, us or Alibaba?", "Where do we have to do the ICP filing?"]
)
def test_who_or_where_has_to_do_the_filing_is_not_whether_one_is_needed(text):
    assert not asks_if_it_needs_a_filing(text)


@pytest.mark.parametrize(
    "text",
    [
        "We must do ICP?",
        "sorry. we should do icp?",
        "must we apply for icp?",
        "so we have to get the beian?",
        # round 107: "no filing needed", checked
        "so going forward no filing needed at all right?",
        "no icp needed then?",
    ],
)
def test_a_statement_of_needing_the_filing_asked_asks_whether_one_is_needed(text):
    # (round 106: "... We have no office in China. We must do ICP? How many money it cost?")
    assert asks_if_it_needs_a_filing(text)


def test_without_one_after_the_servers_is_still_the_filing():
    text = "our company is German, ECS in Beijing. what if we launch without one? beian is slow"
    assert carries_subject("ask_no_filing", text)


def test_cannot_file_asked_of_a_condition_is_not_a_filing_out_of_reach():
    assert not filing_out_of_reach(lower_case("So we can not file if our site is in Singapore?"))


@pytest.mark.parametrize(
    "text",
    [
        "beian for shanghai ecs",
        "ICP registration for a site hosted in Chengdu?",
        "icp licence for our hk hosted shop",
    ],
)
def test_a_query_for_the_filing_of_a_site_asks_whether_it_needs_one(text):
    # the classifier unsure between facts and "not covered", no FAQ question ranked
    ranking = [
        {"name": "inform", "confidence": 0.28},
        {"name": "ask_unanswerable", "confidence": 0.28},
    ]
    assert _scope().decide("nlu_fallback", ranking, text, True)["name"] == "ask_need_icp"


@pytest.mark.parametrize(
    "text",
    [
        # a subject the FAQ leaves out
        "beian for a wechat mini program",
        # not a query: a sentence with a verb of its own, or too long to be one
        "beian for the shanghai ecs was rejected",
        "ICP filing for our site in Shanghai with the help of an agency from Beijing next spring",
    ],
)
def test_not_every_mention_of_the_filing_for_something_is_that_query(text):
    ranking = [{"name": "ask_unanswerable", "confidence": 0.5}]
    assert _scope().decide("nlu_fallback", ranking, text, True).get("name") != "ask_need_icp"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the filing as a newcomer names it, for a site or a server, whose facts are given
        (
            "We run our product site on an ECS box in Hangzhou. Is some kind of government "
            "registration required before launch?",
            True,
        ),
        (
            "ECS in Beijing for our shop: do we have to get a licence or permit from the "
            "authorities?",
            True,
        ),
        (
            "rent cloud machine in china for our homepage, is any approval from chinese goverment "
            "needed?",
            True,
        ),
        # not a permission for something other than a site, nor a licence named for what it is
        ("do we need a permit from the authorities to import food?", False),
        ("does our site need a business licence from the government?", False),
    ],
)
def test_the_filing_unnamed_is_the_umbrella_question(text, expected):
    ranking = [
        {"name": "out_of_scope", "confidence": 0.8},
        {"name": "ask_which_province", "confidence": 0.16},
    ]
    decided = _scope().decide("out_of_scope", ranking, text, True).get("name")
    assert (decided == "ask_need_icp") is expected


def test_no_domain_of_any_kind_is_the_ip_only_questions_subject_too():
    # taken for the IP-only question, its question asks after "no website domain": kept (the
    # no-filing question names a missing domain as one reason a filing cannot be finished)
    text = (
        "Our partners call a JSON API on the bare IP of a Shanghai ECS. Must we file although "
        "there is no registered domain?"
    )
    ranking = [{"name": "ask_ip_only", "confidence": 0.97}]
    assert _scope().decide("ask_ip_only", ranking, text, True) == {}
    assert carries_subject("ask_ip_only", "we have no website domain, is a filing possible?")


@pytest.mark.parametrize(
    "text, covered",
    [
        # a foreign company's own registration papers are documents issued outside the mainland
        (
            "Our Singapore HQ has no entity in China. Can we upload our ACRA business profile for "
            "the ICP filing?",
            True,
        ),
        ("we're a UK company - will our certificate of incorporation do for beian?", True),
        # not a mainland company's papers, nor a question which documents to hand in
        (
            "can our Shenzhen subsidiary upload its certificate of incorporation for the beian?",
            False,
        ),
        ("German GmbH here: which documents do we upload for the ICP filing?", False),
    ],
)
def test_a_foreign_companys_own_papers_are_foreign_documents(text, covered):
    assert ("documents" not in uncovered_subjects(text)) is covered


@pytest.mark.parametrize(
    "text",
    ["is a beian even possible when we have no domain?", "could we file with no domain name?"],
)
def test_whether_one_can_file_without_a_domain_offers_both_answers_that_speak_of_it(text):
    ranking = [
        {"name": "ask_no_filing", "confidence": 0.9},
        {"name": "ask_ip_only", "confidence": 0.05},
    ]
    decided = _scope().decide("ask_no_filing", ranking, text)
    assert decided["name"] == "nlu_fallback"
    assert [r["name"] for r in decided["ranking"]] == ["ask_ip_only", "ask_no_filing"]


def test_what_happens_without_a_domain_or_a_filing_stays_the_no_filing_question():
    ranking = [{"name": "ask_no_filing", "confidence": 0.9}]
    text = "no domain yet - what happens if we open the site without icp?"
    assert _scope().decide("ask_no_filing", ranking, text).get("name", "ask_no_filing") == (
        "ask_no_filing"
    )


@pytest.mark.parametrize(
    "text",
    [
        # another registration, a deadline or a fine told as background to an FAQ question
        "The PSB side was sorted by our lawyer in May. The shop runs on a Tokyo VPS, no CDN. "
        "Is a beian still needed?",
        "We filed our trademark in China last year. Our servers are in Oregon; do we need ICP?",
        "Launch deadline is in two weeks! ECS in Chengdu - must we get the ICP filing?",
        "We heard the fines are huge. Our HK-hosted site uses no CDN: is ICP required?",
        # an app told apart from the website the question is about
        "Our mobile app talks to a backend in Virginia, but the company website is on Alibaba "
        "Cloud Singapore. Does the website need an ICP filing?",
    ],
)
def test_an_uncovered_subject_told_as_background_leaves_the_faq_question(text):
    assert uncovered_subjects(text) == []


@pytest.mark.parametrize(
    "text, subject",
    [
        # asked, it is still the question
        ("Our PSB filing is done. How long does the ICP filing take?", "time"),
        ("Site on ECS Shanghai. What are the fines if we skip ICP?", "penalties"),
        # the app or the internal tool the question is about
        ("We have a mobile app on ECS Beijing. Does it need ICP?", "apps"),
        ("Our internal tool is on ECS Shanghai. Can we file it?", "not_websites"),
    ],
)
def test_an_uncovered_subject_asked_about_stays_the_question(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        # another provider's own rules, asked of it, wherever the site is hosted
        (
            "Site is in Hong Kong; we might take Cloudflare's China Network instead of Alibaba "
            "CDN. Will Cloudflare require an ICP?",
            "other_providers",
        ),
        ("we host on AWS Frankfurt. does AWS need us to file ICP?", "other_providers"),
        # where a province's own portal or office is
        (
            "IP-only site on ECS Xiamen, company in Fujian: where's the provincial office's "
            "website to submit the filing?",
            "miit_contact",
        ),
    ],
)
def test_what_another_provider_or_a_provincial_office_does_is_not_covered(text, subject):
    assert subject in uncovered_subjects(text)


def test_a_site_abroad_on_another_providers_servers_stays_the_faqs_question():
    assert uncovered_subjects("our shop is on AWS in Virginia, need ICP?") == []
    assert uncovered_subjects("where do we submit the filing for an IP-only site?") == []


@pytest.mark.parametrize(
    "text, parts",
    [
        # two questions in one sentence, the second after an adverb or a dash and "and"
        (
            "Our site sits on Alibaba Cloud Singapore. Is an ICP record required, and roughly how "
            "many weeks does approval take?",
            ["is an icp record required", "roughly how many weeks does approval take?"],
        ),
        (
            "what if we have no icp filing - and could we file a subdomain later?",
            ["what if we have no icp filing", "could we file a subdomain later?"],
        ),
        # a condition still sets the question after it
        ("what if we move to hk, do we need icp?", ["what if we move to hk, do we need icp?"]),
    ],
)
def test_the_questions_of_a_sentence_are_told_apart(text, parts):
    assert asking_parts(text) == parts


def test_a_vague_question_after_facts_asks_the_one_faq_question_they_are_the_subject_of():
    ranking = [{"name": "out_of_scope", "confidence": 0.97}]
    text = "setup: 2 ECS in Wuhan behind an SLB, no commercial license. how do we proceed?"
    assert _scope().decide("out_of_scope", ranking, text, True)["name"] == "ask_load_balancer"
    # a concern asked of a CDN set-up is the CDN question's
    assert carries_subject(
        "ask_cdn", "origin in Sydney, Alibaba CDN area set to Global. is that a problem?"
    )
    assert not carries_subject("ask_cdn", "origin in Sydney, Alibaba CDN area set to Global.")
    # no commercial license is not no filing
    assert not carries_subject("ask_no_filing", "2 ECS in Wuhan, no commercial license: now what?")
    assert carries_subject("ask_no_filing", "2 ECS in Wuhan, no license for the site: now what?")


@pytest.mark.parametrize(
    "check, text",
    [
        # typed short on a phone: whether one is needed
        (asks_if_it_needs_a_filing, "vps in xiamen, beian must?"),
        (asks_if_it_needs_a_filing, "beian required box in chengdu?"),
        # where to file
        (asks_where_to_file, "what prov for beian, licence from wuhan"),
        (asks_where_to_file, "business lic guangzhou, servers ningbo, prov?"),
        (asks_where_to_file, "registered in suzhou, beian prov??"),
        # what to do now
        (asks_what_to_do_now, "beian failed, any alt route?"),
        (asks_what_to_do_now, "no docs no domain, what to do"),
    ],
)
def test_telegraphic_questions_keep_their_form(check, text):
    assert check(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        ("docs list for beian?", "documents"),
        ("transfer our beian from huawei cloud?", "existing_filing"),
        ("beian got refused - why?", "review"),
        ("what does the reviewer check in a beian?", "review"),
    ],
)
def test_telegraphic_questions_on_uncovered_subjects(text, subject):
    assert subject in uncovered_subjects(text)


def test_a_filing_turned_down_then_what_now_stays_the_no_filing_question():
    assert uncovered_subjects("our application got rejected twice. what now?") == []
    ranking = [{"name": "deny", "confidence": 0.8}]
    text = "no domain no docs, what do"
    assert _scope().decide("deny", ranking, text, True)["name"] == "ask_no_filing"


@pytest.mark.parametrize(
    "text, subject",
    [
        ("does the beian stay valid forever or must it be renewd?", "time"),
        (
            "do we need MLPS (dengbao) as well as ICP for our ECS in Hangzhou?",
            "other_registrations",
        ),
        (
            "Our filing was done through Tencent Cloud; we move the servers to Alibaba Cloud "
            "Shanghai. Can it be transferred?",
            "existing_filing",
        ),
    ],
)
def test_round_33_subjects_the_faq_does_not_cover(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    [
        # a site's WeChat sign-in is no app
        "We added WeChat login to our online shop, hosted in Tokyo. ICP needed now?",
        # paying for the temporary server's three months is whether it is required
        "Origin in Paris, Alibaba CDN for mainland users: do I really have to pay for 3 months of "
        "an ECS I won't use?",
    ],
)
def test_round_33_faq_questions_stay_in_scope(text):
    assert uncovered_subjects(text) == []


def test_round_33_forms():
    assert asks_if_it_applies("Site on Alibaba Cloud Madrid. When does a beian come into play?")
    assert asks_where_to_file("we must file in Shanghai as it's the biggest city, right?")
    assert asks_how_to_get_a_filing("HQ in Oslo, WFOE in Suzhou: whose papers go on the beian?")
    # a question after a comma is one
    assert is_question("ECS in Sydney stuck on 'Stopping' for ten minutes, what do I do")


def test_a_pronoun_for_an_uncovered_subject_keeps_its_question_uncovered():
    ranking = [
        {"name": "ask_unanswerable", "confidence": 0.6},
        {"name": "ask_need_icp", "confidence": 0.3},
    ]
    text = "what is MLPS and do we need it on top of the beian??"
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_unanswerable"


def test_what_now_after_facts_without_the_filing_named_is_not_an_faq_question():
    ranking = [{"name": "out_of_scope", "confidence": 1.0}]
    text = "ECS in Frankfurt won't boot after resize, what do I do"
    assert _scope().decide("out_of_scope", ranking, text, True).get("name") != "ask_hosted_outside"


def test_names_do_not_make_a_users_facts_a_heading():
    assert not is_heading("Servers in Singapore and Frankfurt, no China nodes, no CDN - ICP?")
    assert is_heading("Overview of Regulatory Differences between Hong Kong and the Mainland")


@pytest.mark.parametrize(
    "text",
    [
        # a partner who says something, or whose own site is asked about, is no filing by a
        # third party
        "Translating for our partner in Xi'an: they say our HK-hosted site needs a beian. Do we?",
        "The partner's portal on Alibaba Cloud Hangzhou has no domain, only an IP. Can they file?",
    ],
)
def test_a_partner_named_is_not_filing_through_a_partner(text):
    assert "companies" not in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    [
        "can a local agent do the beian for us?",
        "we'd file through a Chinese partner, is that allowed?",
        "can we use our partner's ICP license?",
        "could we get a local firm as a partner to submit the beian?",
    ],
)
def test_filing_through_a_partner_stays_not_covered(text):
    assert "companies" in uncovered_subjects(text)


def test_round_35_forms():
    assert asks_where_to_file(
        "Our rep office's certificate is from Tianjin, so the beian goes to Tianjin too, right?"
    )
    assert asks_what_happens_without_a_filing(
        "Our ECS is in Wuhan and we haven't filed yet. Can we open the shop in the meantime?"
    )
    assert asks_how_to_get_a_filing(
        "Two staff at a coworking desk in Xiamen, nothing registered. Is that enough to get ICP?"
    )
    assert speaks_of_needing_a_filing(
        "a site served only from Oregon requires no ICP filing, right?"
    )
    # a question set by a condition after a colon
    text = (
        "Counsel for a firm with no entity in China: if the site sits in Beijing, is beian a must?"
    )
    assert asked_part(clean(text)).startswith(": if the site sits in beijing")
    # the filing's Chinese name in an English message
    assert names_the_filing("they say our site still needs 备案")


def test_round_35_decisions():
    # a need question after a presence told as backstory: the umbrella question
    ranking = [
        {"name": "ask_physical_office", "confidence": 0.53},
        {"name": "ask_ip_only", "confidence": 0.29},
    ]
    text = (
        "Counsel to a Malaysian company with no entity in China: if its site sits on Alibaba Cloud "
        "servers in Qingdao, is an ICP Filing mandatory?"
    )
    assert _scope().decide("nlu_fallback", ranking, text, True)["name"] == "ask_need_icp"
    # the filing out of reach, then what it should do: the no-filing question
    ranking = [
        {"name": "ask_physical_office", "confidence": 0.41},
        {"name": "out_of_scope", "confidence": 0.35},
    ]
    text = "For a partner: the firm cannot provide the Chinese documents. What should it do now?"
    assert _scope().decide("nlu_fallback", ranking, text, True)["name"] == "ask_no_filing"


# A review of the thirteenth session's rules: each of these was misread by a rule added in it.
@pytest.mark.parametrize(
    "text",
    [
        # a permission for something other than the site
        "We host our game on ECS Shanghai. Do we need government approval for the game itself?",
        "Our online school runs on ECS Hangzhou. Do the teachers need a government license to "
        "teach online?",
        # a filing that "comes in" is one approved; how a form is filled in
        "Once the ICP filing comes in, can we cancel the temporary ECS?",
        "Should we complete the ICP filing form in Chinese or English?",
    ],
)
def test_review_13_these_do_not_ask_whether_a_filing_is_needed(text):
    assert not (
        speaks_of_needing_a_filing(text)
        or asks_if_it_needs_a_filing(text)
        or asks_if_it_applies(text)
    )


def test_review_13_narrower_forms():
    # a performance or settings concern is not the CDN question
    for text in (
        "Alibaba CDN with mainland acceleration; some images load slowly. Is that an issue?",
        "Our CDN covers mainland China and we serve videos with HTTP/3. Is that an issue?",
    ):
        assert not carries_subject("ask_cdn", text)
    # where to file needs the question's own tag, not any question after "we file in …"
    assert not asks_where_to_file("if we file in Beijing does our Hong Kong site also need ICP?")
    assert not asks_where_to_file("Can I file in Shanghai with just a representative office?")
    # a query for the filing of a company, or of a change, is not the need question
    assert not asks_for_the_filing_of("icp filing for hong kong company")
    assert not asks_for_the_filing_of("ICP filing when switching providers")
    # an approval already had is an existing filing
    text = "We already have approval for the main domain. The new subdomain runs on ECS Hangzhou."
    assert "existing_filing" in uncovered_subjects(text)
    # the mail server's place is not the website's
    text = "Our mail server is on ECS Beijing. Does our website need an ICP filing?"
    assert "not_websites" in uncovered_subjects(text)
    # a second question that goes on with "and" or "please also" is asked
    text = "Do we need ICP for our Shanghai ECS? And what about PSB filing after that"
    assert "psb" in uncovered_subjects(text)
    text = (
        "Do we need ICP for our Shanghai ECS? Please also explain the fines for running without it."
    )
    assert "penalties" in uncovered_subjects(text)
    # what Alibaba Cloud checks with an SLB is the SLB question's, not how a filing is reviewed
    text = "What does Alibaba check when we file with the SLB - the ECS IP or the SLB IP?"
    assert "review" not in uncovered_subjects(text)


# Red-team rounds 36 (a customer's first message in the widget) and 37 (claims and pasted text)
@pytest.mark.parametrize(
    "text",
    [
        # a duration told, heard or asked about
        "A colleague says the beian review takes roughly 15 business days in Zhejiang. True?",
        "Apparently the filing takes about three weeks in Sichuan; we're registered there.",
        "Our site on ECS Wuhan was taken offline for two weeks during the review - normal?",
        "Someone wrote that unfiled sites are suspended within 48 hours. Real?",
        # an existing filing updated
        "Our ECS in Chengdu got a new public IP. Must we amend the beian record?",
        "We moved to a new server in Shenzhen; do we have to update our ICP filing?",
        # a rejection's message explained
        "beian got rejected with 'subject information mismatch', what does that mean?",
    ],
)
def test_round_36_37_uncovered_subjects(text):
    assert uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    [
        # the temporary instance's minimum term is the CDN answer's
        "For the CDN filing, how long must the temporary ECS stay subscribed?",
        "how many months must I pay for the temp ECS in mainland for the CDN beian?",
        # not a duration: "last" the adjective, the three-month instance
        "Over the last two weeks our site on ECS Qingdao went live; do we need a filing?",
        "Do we need a three-month ECS in the mainland to file for the CDN?",
        # the commercial licence's information, updated when moving to an SLB
        "Do we need to update our ICP commercial license information when switching to SLB?",
        # a filing already had, with a load balancer added: the load balancer answer's case
        "We already hold an ICP filing for the Nanjing ECS and will put a CLB in front next "
        "month. Do we file again?",
    ],
)
def test_round_36_37_covered_subjects(text):
    assert not uncovered_subjects(text)


def test_round_36_37_where_to_file_as_a_plan_or_a_claim():
    for text in (
        "We're going to file in Shanghai because most of our users are there.",
        "Our consultant says the beian must go to Zhejiang since our WFOE licence is from there.",
        "We will submit the ICP in Beijing, our subsidiary is registered in Hebei.",
    ):
        assert asks_where_to_file(text), text
    for text in (
        "We filed in Guangdong last year and now add a server in Beijing.",
        "When we file in Beijing, does our Singapore site need anything?",
        "Could we file in Shanghai with just a rep office?",
    ):
        assert not asks_where_to_file(text), text


def test_round_36_37_replies_taken_for_small_talk_that_ask_about_the_filing():
    ranking = [{"name": "feedback_not_helpful", "confidence": 0.9}]
    text = "our ICP application came back with 'domain not verified' - what does that mean?"
    assert _scope().decide("feedback_not_helpful", ranking, text)["name"] == "ask_unanswerable"
    ranking = [{"name": "bot_challenge", "confidence": 0.9}]
    text = "can a natural person file an ICP? I'm a sole trader with a Hangzhou ECS"
    assert _scope().decide("bot_challenge", ranking, text)["name"] == "ask_unanswerable"
    # "are you a bot?" with the filing named is still that question
    text = "is this a real person? I have an ICP question"
    assert _scope().decide("bot_challenge", ranking, text) == {}


def test_round_36_37_a_question_about_what_is_offered_is_not_the_users_facts():
    ranking = [{"name": "inform", "confidence": 0.7}]
    text = "Do you offer ARM instances in the Beijing region?"
    assert _scope().decide("inform", ranking, text, True).get("name") not in (None, "inform")
    text = "We have ARM instances in the Beijing region."
    assert _scope().decide("inform", ranking, text, True) == {}


def test_round_36_37_a_claim_about_an_uncovered_subject_is_not_the_users_facts():
    ranking = [{"name": "inform", "confidence": 0.7}]
    text = "I read that approval takes about 30 days in Guangdong. Our licence is from Guangdong."
    assert _scope().decide("inform", ranking, text, True) == {"name": "ask_unanswerable"}


def test_round_36_37_hong_kong_as_the_way_out_of_a_filing_that_cannot_be_done():
    for intent in ("ask_physical_office", "nlu_fallback"):
        ranking = [{"name": "ask_physical_office", "confidence": 0.6}]
        text = "A Hong Kong ECS is the usual alternative for firms that cannot complete a beian."
        assert _scope().decide(intent, ranking, text)["name"] == "ask_no_filing", intent


def test_a_statement_only_about_a_cdn_gets_the_cdn_answer():
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}, {"name": "inform", "confidence": 0.3}]
    text = "When a CDN has nodes inside mainland China, the ICP filing is mandatory."
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_cdn"
    text = "An ICP filing is mandatory for any site served from China."
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_need_icp"


def test_a_rule_about_needing_a_filing_asked_of_a_case_is_the_umbrella_question():
    text = (
        "Our consultant wrote: 'Foreign firms that host on mainland ECS must apply for an ICP "
        "filing.' Does that also cover a Singapore company hosting in Chengdu?"
    )
    assert asks_if_it_applies(text)
    ranking = [{"name": "ask_physical_office", "confidence": 0.7}]
    assert _scope().decide("ask_physical_office", ranking, text, True)["name"] == "ask_need_icp"
    # (not a question about who may file: "does that include a rep office?")
    assert not asks_if_it_applies("We must apply for an ICP filing, they say. How do we do that?")


def test_round_38_subjects_and_where_to_file():
    assert asks_where_to_file(
        "I look after a Dutch client's site: ECS Shenzhen, their branch licence is from Hubei. "
        "where to apply?"
    )
    assert "existing_filing" in uncovered_subjects(
        "our branch moved from Suzhou to Nanjing - must we redo the beian?"
    )
    assert "licence_types" in uncovered_subjects(
        "our lawyer says we need a commercial ICP license rather than a filing since we take "
        "payments. which is it?"
    )


# A review of the session's rules (round 36-38 fixes) found these misfires; each is a row.
@pytest.mark.parametrize(
    "text",
    [
        # the filing's approval time, beside a server bought only for it
        "We rented a server in Beijing only to file for CDN. How many days until the filing is "
        "approved?",
        # a revoked filing, or a new domain, beside a load balancer
        "We already have an ICP filing that was revoked. We are adding an SLB in front of our ECS "
        "in Beijing. Do we file again?",
        "We already have an ICP filing and use an SLB in front of our ECS in Beijing. We are "
        "switching to a new domain name next month. Do we need to file again?",
        # the commercial licence asked for a company in China in the next sentence
        "Our joint venture is registered in Guangzhou. Can it obtain an ICP commercial licence?",
        "Can our subsidiary, which has its office in Shenzhen, get an ICP Commercial License?",
    ],
)
def test_review_14_still_not_covered(text):
    assert uncovered_subjects(text)


@pytest.mark.parametrize(
    "text",
    [
        # a site's kind, or customers, are not durations, prices or individuals filing
        "We are a 24-hour news site hosted on ECS in Shanghai. Do we need ICP?",
        "Do we need ICP for our affordable-fashion shop hosted on ECS in Shanghai?",
        "We sell to sole proprietors across China; our site runs on ECS in Shanghai. Do we need "
        "an ICP Filing?",
        "Our site is non-commercial, just a company blog, hosted on ECS in Beijing. Do we need an "
        "ICP filing?",
        "We are a telecoms business from Germany, our website is hosted in Frankfurt and we want "
        "Alibaba CDN for mainland China users. Do we need ICP?",
        # a commercial licence held, with a load balancer: the load balancer answer's case
        "Our Shenzhen subsidiary holds an ICP Commercial License. We plan to use Server Load "
        "Balancer with our ECS in Shenzhen, how do we apply for the ICP filing?",
        # a DNS record updated is the load balancer answer's own step
        "We plan to use SLB with our ECS in Beijing. Once the ICP filing is approved we update the "
        "A record to the SLB's IP, right?",
        # something denied that is not the filing
        "Alibaba CDN denied our request to add mainland acceleration because we have no ICP. What "
        "does that mean for our site hosted in Frankfurt?",
    ],
)
def test_review_14_covered(text):
    assert not uncovered_subjects(text)


def test_review_14_decisions():
    # Hong Kong as the company's registration is not the way out
    text = (
        "As a Hong Kong company we cannot get an ICP filing on our own. Can our branch in Shenzhen "
        "apply for it?"
    )
    ranking = [{"name": "ask_physical_office", "confidence": 0.8}]
    assert _scope().decide("ask_physical_office", ranking, text).get("name") != "ask_no_filing"
    # a plan to file somewhere, then another question: that question
    for text in (
        "We plan to file in Shanghai through our representative office. Can a rep office also get "
        "the ICP Commercial License?",
        "We will file in Zhejiang next month. What happens if we open the site before the filing "
        "is done?",
    ):
        assert not asks_where_to_file(text), text
    assert asks_where_to_file(
        "We are filing in Beijing because our ECS is there. Our business license was issued in "
        "Shanghai."
    )
    # "as I said" passes on no claim
    ranking = [{"name": "inform", "confidence": 0.8}]
    text = "As I said, the shop runs on ECS in Shanghai and stays open 24 hours."
    assert _scope().decide("inform", ranking, text, True) == {}
    # getting away with something is not asking what is offered
    text = "Can we get away with hosting on Alibaba Cloud Hong Kong? We have no CDN."
    assert _scope().decide("inform", ranking, text, True) == {}


def test_round_43_subjects_waved_away_or_of_the_business_are_not_asked():
    # a subject the writer waves away is not what they ask
    for text in (
        "Price is not an issue for us. We host in Warsaw and want the China CDN: do we need ICP?",
        "Regardless of the fees, can our Lagos-hosted shop use Alibaba CDN in mainland China?",
        "We don't really worry about the timing, but do we need a filing for ECS in Xi'an?",
    ):
        assert not uncovered_subjects(text), text
    # (asked, it stays a subject: "how much does it cost, regardless of the region?")
    assert "cost" in uncovered_subjects("How much does the filing cost, regardless of region?")
    # a paid service is the business, not a price asked about
    text = (
        "Our rep office is in Dalian and our memberships are paid. Can it apply for the ICP "
        "Commercial License?"
    )
    assert not uncovered_subjects(text)
    # an entity's own licence is not another country's rules
    text = "Should our parent in Oslo file, or the Wuhan branch with its own license?"
    assert not uncovered_subjects(text)
    assert uncovered_subjects("Does Vietnam have its own licence like the ICP?") == [
        "other_countries"
    ]


def test_round_43_needing_a_filing_asked_in_other_forms():
    for text in (
        "Our ECS is in Lanzhou. Do we have to file beian for it?",
        "servers in Jinan, hardly any chinese visitors. can we just skip the icp?",
        "Could we get away without a beian if our ECS in Guiyang only serves an API?",
    ):
        assert asks_if_it_needs_a_filing(text), text
    # (a plan stated is not asked: "we have to file ICP in Beijing")
    assert not asks_if_it_needs_a_filing("We have to file ICP in Beijing next month.")
    # "is there some registration we have to do first?" with a server named
    assert speaks_of_needing_a_filing(
        "We rented an ECS in Ningbo last month. Is there some registration we have to do first?"
    )
    assert not speaks_of_needing_a_filing(
        "We rented an ECS in Ningbo. Is there a permit we need to do business in China?"
    )


def test_round_43_who_may_file_and_where_to_file():
    assert asks_how_to_get_a_filing(
        "We are a Peruvian firm, no office in China. Is possible we get beian?"
    )
    # a bare choice of provinces, the filing named
    assert asks_where_to_file(
        "Our branch licence is from Hubei but the office moves to Hunan soon. We file the ICP "
        "next week. Hubei or Hunan?"
    )
    assert not asks_where_to_file("Our servers are in Hubei. Hubei or Hunan for the next one?")


def test_round_43_changes_to_an_existing_filing_are_not_covered():
    for text in (
        "Does our beian carry over when the shop moves to a new ECS?",
        "What will happen to our ICP record after the merger?",
        "The agency that filed for us closed. Who looks after our filing now?",
        "how do I update the contact phone on our beian",
    ):
        assert uncovered_subjects(text) == ["existing_filing"], text
    # (what becomes of a site without one is the FAQ's)
    assert not uncovered_subjects("What will happen to our site if it has no ICP filing?")


def test_round_43_decisions():
    scope = _scope()

    def decided(intent, text, states_facts, ranking=None):
        ranking = ranking or [{"name": intent, "confidence": 0.9}]
        return scope.decide(intent, ranking, text, states_facts).get("name")

    # taken for "not covered", but asking whether the site needs a filing, the filing named or not
    for text in (
        "Our shop runs on ECS in Changsha. Is any sort of permit required before we go live?",
        "Two ECS in Qingdao behind our domain. Where does that leave us on icp?",
    ):
        assert decided("ask_unanswerable", text, True) == "ask_need_icp", text
    # no filing, and what now: the no-filing question (with the filing named)
    assert decided("deny", "no beian yet, now what?", False) == "ask_no_filing"
    assert decided("deny", "don't have it, what should I do?", False) != "ask_no_filing"
    # how to file, in the one case whose answer says how
    text = "We'd put an SLB in front of our ECS in Chengdu. How do we get the beian done?"
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_hosted_outside", "confidence": 0.3},
    ]
    assert decided("nlu_fallback", text, True, ranking) == "ask_load_balancer"
    assert decided("nlu_fallback", "How do I register a domain for the CDN?", False, ranking) != (
        "ask_cdn"
    )
    # a question about one FAQ question's subject, taken for facts
    text = "Can we use Alibaba CDN in the mainland if the domain is not ICP licensed?"
    assert decided("inform", text, True) == "ask_cdn"
    # (a follow-up stays the facts, for the question at hand)
    assert (
        decided("inform", "and what if we used Alibaba CDN in the mainland for ICP?", True) is None
    )


def test_round_43_a_licence_asked_about_is_not_whether_a_filing_is_needed():
    # "is a business license required?" asks who may file, not whether a filing is needed
    assert not speaks_of_needing_a_filing(
        "Our ECS is in Xi'an. Is a Chinese business license required?"
    )
    assert speaks_of_needing_a_filing("Our ECS is in Xi'an. Is any kind of permit needed?")


def test_round_44_uncovered_subjects_after_the_users_own_set_up():
    # whether the filing is the same as another licence: not the FAQ's
    assert uncovered_subjects(
        "Our ECS is in Wuxi. Is the beian the same thing as a business licence?"
    ) == ["licence_types"]
    # a filing kept after a change
    assert uncovered_subjects(
        "The site moved to Paris last month. Can we cancel the mainland instance but keep our ICP?"
    ) == ["existing_filing"]
    # (keeping something in mind is not keeping a filing)
    assert "existing_filing" not in uncovered_subjects(
        "Keep the ICP in mind: do we need one for ECS in Wuxi?"
    )


def test_round_44_a_later_sentence_that_asks_without_its_mark_is_a_question():
    assert is_question("origin in Oslo, CDN on Global. is .io fine for the filing")
    assert is_question("We host in Guiyang. do we need icp")
    assert not is_question("We host in Guiyang. When we launched, it was slow")
    assert not is_question("We host in Guiyang. What a week it has been.")


def test_round_44_filing_with_a_foreign_registration_asks_who_may_file():
    assert asks_how_to_get_a_filing(
        "ECS in Nanjing here. Could we apply for the ICP with our Peruvian company registration?"
    )


def test_review_16_misfires():
    # a subject waved away is a short noun phrase: the question after "but" is still asked
    assert "time" in uncovered_subjects(
        "I'm not worried about the cost but how long does the ICP review take?"
    )
    # a country's rule for every company is still another country's
    assert "other_countries" in uncovered_subjects(
        "In Vietnam, does every company need its own license to run a website?"
    )
    # "the same as" another province or a certificate is no licence type
    assert "licence_types" not in uncovered_subjects(
        "Is the ICP filing province the same as the license province?"
    )
    # a filing that "goes with" the company is where or who files, not a move
    assert "existing_filing" not in uncovered_subjects(
        "Does the filing go with our branch company or our rep office?"
    )
    # a later statement that starts like a question is no question
    assert not is_question("We use ECS in Beijing. What we lack is a Chinese company")
    assert not is_question("China grants ICP filings only to Chinese firms. Which is a pain")
    scope = _scope()

    def decided(intent, text, states_facts):
        ranking = [{"name": intent, "confidence": 0.9}]
        return scope.decide(intent, ranking, text, states_facts).get("name")

    # how a filing is handled by others is not how to file
    text = "We want CDN for mainland China. How do other providers handle the ICP filing?"
    assert decided("ask_unanswerable", text, True) != "ask_cdn"
    # someone else's missing filing, or one held, is not the writer's
    assert decided("deny", "Our competitor has no ICP, what should we do?", False) != (
        "ask_no_filing"
    )
    # a permission for something else is not the filing
    text = "Our shop runs on ECS in Shanghai. Is any approval needed before we can accept Alipay?"
    assert decided("ask_unanswerable", text, True) in (None, "ask_unanswerable")  # kept
    # a question taken for facts that is not about the filing
    text = "The site is only reachable by IP on our Beijing ECS. Is IP-only access secure?"
    assert decided("inform", text, True) != "ask_ip_only"
    # whose documents: another party's are not the writer's own
    assert not asks_how_to_get_a_filing("Can I file with the documents our agent provides?")


def test_review_16_a_suffix_switched_to_is_the_domains_subject():
    assert "domains" in uncovered_subjects(
        "Would moving to a .cn domain change anything regarding ICP?"
    )


def test_a_person_rather_than_a_company_applying_is_the_individuals_subject():
    # the FAQ is for enterprises: a foreigner, expat or citizen asking for themselves is not covered
    for text in (
        "As a foreigner living in Shanghai, can I get an ICP filing for my site on Alibaba Cloud?",
        "I'm an expat in Beijing with no company, can I apply for beian myself?",
        "i am a us citizen, not a company. can i do icp filing?",
        "im a freelancer in Berlin, can i file ICP for my portfolio site hosted in Hangzhou?",
    ):
        assert "individuals" in uncovered_subjects(text), text
    # the writer's company applying, or citizens as the site's visitors, is not
    for text in (
        "I'm a US citizen and my company is a Delaware LLC, can the LLC file ICP?",
        "Our visitors are Chinese citizens, do we need ICP?",
        "As a foreign company with ECS in Beijing, do we need ICP?",
        "I am not a developer, can you explain if our company needs ICP?",
    ):
        assert "individuals" not in uncovered_subjects(text), text


def test_batch_14_statements_of_faq_points():
    # the filing required, by its full name or applied for by everyone
    assert speaks_of_needing_a_filing(
        "The law requires every site hosted on the mainland to apply for an ICP number."
    )
    assert speaks_of_needing_a_filing(
        "An Internet Content Provider licence is mandatory for servers in mainland China."
    )
    # ... as the last of the steps a site must take
    assert speaks_of_needing_a_filing(
        "Every site has to register its details with the authorities and then obtain an ICP filing."
    )
    assert not speaks_of_needing_a_filing("We need to move the servers and then get some sleep.")
    # who may file, said as what the filing requires
    assert states_who_may_file("Getting a filing requires a local business registration in China.")
    assert not states_who_may_file("Getting a filing requires a domain name and a mainland server.")
    # a site kept offline until its filing comes through
    assert states_what_happens_without_a_filing(
        "Your site has to stay offline until the beian is approved."
    )
    assert not states_what_happens_without_a_filing(
        "The site was offline until the server was rebooted."
    )
    scope = _scope()
    # taken for the physical office question, whose subject it lacks: the no-filing point it states
    text = "Sites here are closed until the ICP record gets issued, sadly."
    ranking = [{"name": "ask_physical_office", "confidence": 0.95}]
    assert scope.decide("ask_physical_office", ranking, text, False) == {
        "name": "ask_no_filing",
        "confidence": 1.0,
    }


def test_batch_14_a_presence_said_not_to_be_needed_is_not_who_may_file():
    said = (
        "Hosting in Singapore means you don't need to set up a local company in China, "
        "and the filing is not your problem."
    )
    assert not carries_subject("ask_physical_office", said)
    # asked, it is the question of who may file
    assert carries_subject(
        "ask_physical_office", "Don't we need to set up a company in China before the ICP filing?"
    )
    assert carries_subject(
        "ask_physical_office", "Without a company in China, can we still get the ICP filing?"
    )


def test_batch_14_what_the_filing_is_for_and_the_licence_of_commercial_sites_are_not_covered():
    for text in ("What's the point of an ICP filing?", "why is beian so important?"):
        assert "definition" in uncovered_subjects(text), text
    # why a filing is needed for a CDN is the CDN question's
    assert "definition" not in uncovered_subjects("why is ICP required for our mainland CDN?")
    assert "licence_types" in uncovered_subjects(
        "Every commercial website in China must have an ICP license, right?"
    )
    assert "licence_types" not in uncovered_subjects(
        "Our shop runs on ECS in Hangzhou. Does our site need an ICP filing?"
    )


def test_batch_14_how_expensive_or_slow_getting_a_filing_is_cost_and_time():
    assert "cost" in uncovered_subjects("How pricey is it to obtain a beian?")
    assert "cost" in uncovered_subjects("our ECS is in Beijing. is the ICP filing costly?")
    assert {"cost", "time"} <= set(
        uncovered_subjects("how hard/expensive/slow is getting the ICP filing done?")
    )
    # another product's price named in passing is no question of cost
    assert "cost" not in uncovered_subjects(
        "We skipped the most expensive CDN plan. Our ECS is in Shenzhen, do we need ICP?"
    )


def test_round_45_persons_filing_for_themselves():
    for text in (
        "Sole proprietor in Canada here. Can I get the ICP filing for my store on ECS Beijing?",
        "no company, no office, its just me. can i file beian with my work visa",
        "hobby blogger (no company) with one ECS in Qingdao, can I register personally?",
        "I'm not a limited company, only self-employed in Ireland. ICP possible?",
    ):
        assert "individuals" in uncovered_subjects(text), text
    # a freelancer asking for a client company asks the company's question
    assert "individuals" not in uncovered_subjects(
        "I'm a freelancer working for a client: a Dutch firm with a branch in Fujian. Which "
        "province do they file in?"
    )
    # a company that is no company in China speaks of its presence, not of a person
    assert "individuals" not in uncovered_subjects(
        "Our Hong Kong entity is not a registered company in China. Can it still file ICP?"
    )
    # customers who are sole proprietors are not the applicant
    assert "individuals" not in uncovered_subjects(
        "We sell accounting software to sole proprietors; our ECS is in Shanghai. Need ICP?"
    )


def test_round_45_what_a_filing_would_bring_and_which_place_it_follows():
    assert "definition" in uncovered_subjects(
        "Our site is hosted in Macau. Would an ICP filing bring us any benefits with customers?"
    )
    assert "definition" in uncovered_subjects("what are the advantages of having a beian?")
    assert asks_where_to_file(
        "Branch licence from Hunan, developers in Beijing: does the filing follow the licence or "
        "the people?"
    )


def test_round_46_a_site_never_filed_and_pops_in_the_mainland():
    assert carries_subject(
        "ask_no_filing", "What becomes of a shop on a Beijing server that never got filed?"
    )
    assert carries_subject("ask_no_filing", "our ECS site in Wuhan isn't filed yet, what happens?")
    # where a CDN has its PoPs is its coverage, not a setting
    text = "Would a CDN with PoPs within mainland China mean we need ICP? Origin in Lyon."
    assert "settings" not in uncovered_subjects(text)
    assert "settings" in uncovered_subjects("Which PoP serves our users in Chengdu?")


@pytest.mark.parametrize(
    "text, states",
    [
        ("Any site that does not get an ICP record will be blocked within days.", True),
        (
            "For firms who have not properly filed their beian, the authorities close the site.",
            True,
        ),
        ("Without a filing, the provider blocks access to the domain on its Xi'an servers.", True),
        ("Sites on Nanjing servers that skip the filing simply get taken down.", True),
        # not the time while a filing is under way (the review's rules are not covered)
        ("While the filing is under review, the site must be closed.", False),
        # not a place outside the mainland, nor censorship
        ("Without a filing, Macau sites are never blocked.", False),
        ("The Great Firewall blocks sites without a licence.", False),
        # not cut off at all
        ("Without an ICP license you cannot buy a .cn domain.", False),
    ],
)
def test_a_site_cut_off_without_a_filing_said_as_a_rule(text, states):
    assert states_a_site_cut_off_without_a_filing(text) is states


def test_a_site_cut_off_without_a_filing_is_the_no_filing_answer_its_penalties_not_covered():
    ranking = [{"name": "ask_unanswerable", "confidence": 0.9}]
    scope = _scope()
    text = "Sites that never file may be fined by the regulator and even shut down."
    assert scope.decide("ask_unanswerable", ranking, text) == {
        "name": "ask_no_filing",
        "confidence": 1.0,
        "uncovered": ["penalties"],
    }
    # ... as is a grace period before it (round 103's exemptions)
    text = "A site with no beian is shut down by its host once a short grace period is over."
    assert scope.decide("ask_unanswerable", ranking, text) == {
        "name": "ask_no_filing",
        "confidence": 1.0,
        "uncovered": ["exemptions"],
    }
    # told in a scene the FAQ does not cover (an error page, the MIIT): the cutting off counts
    text = "If a shop has no beian, it gets blocked and blacklisted by the MIIT."
    assert scope.decide("ask_unanswerable", ranking, text)["name"] == "ask_no_filing"
    # the writer's own story, or something else closed, is not the rule
    assert not states_a_site_cut_off_without_a_filing(
        "We did not register for ICP because the domain was removed from our list."
    )
    assert not states_a_site_cut_off_without_a_filing(
        "Firms that have not obtained a business licence keep the office closed."
    )
    # a subject beside it that is no scene (an app) keeps the text not covered
    text = "Mini programs without an ICP filing are removed from WeChat."
    assert scope.decide("ask_unanswerable", ranking, text) == {}
    # a checklist's line named is no list of documents
    assert uncovered_subjects("Checklist item 3: no filing = the site stays unreachable.") == []
    assert uncovered_subjects("Is there an ICP checklist?") == ["documents"]


def test_papers_from_abroad_refused_said_as_a_rule_is_who_may_file():
    assert states_who_may_file(
        "Business licences issued in Singapore or anywhere abroad are not accepted for the ICP."
    )
    assert states_who_may_file("Overseas company certificates won't be accepted for a beian.")
    assert not states_who_may_file("We have ICP. Foreign business licences are not accepted by JD.")
    # (refused for another reason: not where they were issued)
    assert not states_who_may_file("Beian documents not translated into Chinese are not accepted.")
    # a rule's "shall complete" the filing is whether one is needed
    assert speaks_of_needing_a_filing(
        "Foreign firms serving sites from mainland servers shall complete ICP filing procedures."
    )
    assert not speaks_of_needing_a_filing("You need to complete the filing in the console first.")


def test_forms_asked_are_documents_and_the_filing_as_a_document_is_needed():
    assert "documents" in uncovered_subjects("Is there a lot of paperwork to obtain the ICP?")
    assert uncovered_subjects("We must file paperwork to get the ICP, which forms?") == [
        "documents"
    ]
    assert uncovered_subjects("What paperwork is needed for the beian?") == ["documents"]
    # the filing called a document every business needs is whether one is needed
    assert speaks_of_needing_a_filing(
        "A beian is a certificate required by every firm running a site on Chinese servers."
    )
    # (not which certificate is required, nor a step's "must complete the filing first")
    assert not speaks_of_needing_a_filing("ICP filing: which certificate required?")
    assert not speaks_of_needing_a_filing("We must complete the filing first, then switch DNS.")


def test_whether_a_filing_is_needed_beside_a_presence_is_the_umbrella_question():
    scope = _scope()
    text = "Site on ECS Jakarta, no CDN. We do have a liaison office in Dalian - is ICP needed?"
    for intent in ["ask_physical_office", "inform"]:
        ranking = [{"name": intent, "confidence": 0.9}]
        assert scope.decide(intent, ranking, text, True) == {
            "name": "ask_need_icp",
            "confidence": 1.0,
        }, intent
    # who may file asked too, last: the physical office question stays
    text = (
        "We have a rep office in Dalian and ECS in Qingdao. Is ICP needed, and can the office file?"
    )
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    assert scope.decide("ask_physical_office", ranking, text, True) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Will Alibaba file us in Jiangsu just because the ECS is in Nanjing?",
        "Is the beian done in Hubei or in Hunan? Our branch is in Wuhan.",
        "Could we pick Sichuan for the ICP filing, since our staff sit there?",
    ],
)
def test_which_province_asked_in_other_words(text):
    assert carries_subject("ask_which_province", text)


def test_filing_for_other_companies_or_under_a_vie_is_not_covered():
    assert "companies" in uncovered_subjects(
        "Can our branch file the sites of our sister and other group companies too?"
    )
    assert "companies" in uncovered_subjects("Is a VIE accepted by Alibaba Cloud for the ICP?")
    # (no such word: who may file)
    assert uncovered_subjects("Can our branch in Xi'an file for our own site?") == []
    # papers that "won't work" for the filing ask which papers count, not what if none
    assert not carries_subject(
        "ask_no_filing", "Is it true our Macau papers won't work for the ICP?"
    )


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Is PCDN covered by the ICP rules?", "other_products"),
        ("How does DCDN vs CDN differ for the beian?", "other_products"),
        (
            "Could a lightweight server act as the temporary one instead of an ECS?",
            "instance_specs",
        ),
        ("May the temporary ECS sit in another Alibaba Cloud account?", "filing_details"),
        (
            "Audiobooks via the mainland CDN: do we need any other licence besides the ICP?",
            "licence_types",
        ),
    ],
)
def test_cdn_neighbours_the_faq_does_not_cover(text, subject):
    assert subject in uncovered_subjects(text)


def test_cdn_words_the_faq_covers_are_not_taken_for_uncovered_ones():
    # side remarks are not the subject asked
    for text in [
        "Our Xiamen WFOE holds several other licences. Do we need ICP for a site on ECS Xiamen?",
        "A reseller set it all up under another account. Site on ECS Hefei. ICP needed?",
        "Is a filing required for us, as for other companies hosting on ECS in Jinan?",
        "Could we serve from Osaka instead of an ECS in Jinan temporarily, until we file?",
    ]:
        assert uncovered_subjects(text) == [], text
    # a sign-up told as a time, and a CDN question after a filing out of reach
    assert (
        uncovered_subjects(
            "Shop on a VPS in Lyon. Before we sign up for your China CDN: is an ICP needed?"
        )
        == []
    )
    text = "we can't get a beian (no entity at all). is your CDN for china still an option?"
    ranking = [{"name": "ask_physical_office", "confidence": 0.6}]
    assert _scope().decide("ask_physical_office", ranking, text, True) == {
        "name": "ask_cdn",
        "confidence": 1.0,
    }
    # "is it a must?" asks whether the filing (named before) is needed
    assert asks_if_it_needs_a_filing("Heard of ICP from a partner. Is it a must for our shop?")
    assert not asks_if_it_needs_a_filing("We have ICP. Is it a must to also do the PSB filing?")
    # only the CDN named: "accelerate things" is no CDN question
    text = "We can't get ICP, we have no Chinese entity. Can you accelerate things on your side?"
    ranking = [{"name": "ask_no_filing", "confidence": 0.6}]
    assert _scope().decide("ask_no_filing", ranking, text, True).get("name") != "ask_cdn"


def test_a_turn_of_phrase_is_not_the_writers_own_story():
    assert states_a_site_cut_off_without_a_filing(
        "Let me be clear: without an ICP filing your shop cannot serve traffic from a Wuxi server."
    )


def _decided(intent, text):
    return _scope().decide(intent, [{"name": intent, "confidence": 0.8}], text, True).get("name")


def test_a_bare_does_it_asks_the_question_told_before_it():
    # "Does it?" points back at the reported question: whether a filing is needed, not who may file
    text = (
        "Our reseller asked whether the shop we run for them needs an ICP. It runs on our ECS in "
        "Sydney, no CDN. We have no office in China. Does it?"
    )
    assert _decided("ask_physical_office", text) == "ask_need_icp"
    # (a presence asked about after it still is who may file)
    asked = "We have no office in China. Can a rep office file the ICP for us? Can it?"
    assert _decided("ask_physical_office", asked) != "ask_need_icp"


def test_a_filing_turned_down_again_and_a_way_to_still_host_is_the_no_filing_question():
    text = (
        "Our beian application got rejected three times, and without a Chinese company it seems "
        "hopeless. Any way to still host the shop on Alibaba Cloud?"
    )
    assert filing_out_of_reach(text)
    assert asks_what_to_do_now(clean("Any way to still host the shop on Alibaba Cloud?"))
    assert _decided("ask_physical_office", text) == "ask_no_filing"
    # rejected once is not yet out of reach
    assert not filing_out_of_reach("Our beian application got rejected. What was wrong with it?")


def test_another_companys_papers_or_another_provider_asked_of_are_not_covered():
    # an idea told, then checked with a bare "Doable?"
    idea = (
        "We're Dutch, no entity in China; a supplier of ours has a Suzhou factory and our manager "
        "thinks we could use their business licence for the ICP. Site on ECS Suzhou. Doable?"
    )
    assert "companies" in uncovered_subjects(idea)
    # (a company's own certificate is who may file)
    assert "companies" not in uncovered_subjects(
        "Can foreign companies use their representative office certificate to file?"
    )
    # what another provider accepts, a gloss in brackets, our ECS in the mainland beside it
    provider = (
        "Will Tencent Cloud (their Shanghai region) accept the filing we already got with you? "
        "Our ECS is in Shanghai too."
    )
    assert "other_providers" in uncovered_subjects(provider)


def test_the_province_checked_after_the_facts_is_where_to_file():
    text = "Business licence from Fujian, ECS in cn-beijing. We file in Beijing, right?"
    assert _decided("inform", text) == "ask_which_province"


def test_how_the_provinces_rules_compare_is_not_covered():
    assert "province_list" in uncovered_subjects("Are the ICP rules in Hubei looser than in Hunan?")
    assert "province_list" in uncovered_subjects("Does the beian process differ by province?")
    assert uncovered_subjects("Which province do we file in: Hubei or Hunan?") == []


def test_what_a_load_balancer_added_after_a_filing_takes_is_the_load_balancers_answer():
    # where the DNS points, and whether to file again: the answer says (once approved, the SLB)
    for text in [
        "ICP is approved for our Wuhan ECS and we put an SLB in front next week; where should "
        "the DNS point then?",
        "We hold a normal filing for ECS in Nanjing and are adding an SLB. Must we resubmit the "
        "filing?",
    ]:
        assert uncovered_subjects(text) == [], text
    # (a DNS setting of its own is not)
    assert "settings" in uncovered_subjects("we added an SLB; how do we set the DNS record TTL?")
    # what a CDN changes is whether one is needed, not a change to a filing
    assert (
        uncovered_subjects(
            "The shop sits on ECS Xi'an and we're turning on Alibaba CDN for the mainland. Does "
            "the CDN change the ICP equation?"
        )
        == []
    )


def test_a_mirror_of_software_states_no_fact_but_a_mirror_of_the_site_does():
    from rasa.shared.nlu.training_data.message import Message

    def decided(text, value):
        message = Message(
            data={
                "text": text,
                "intent": {"name": "out_of_scope", "confidence": 0.9},
                "intent_ranking": [{"name": "out_of_scope", "confidence": 0.9}],
                "entities": [{"entity": "hosting_location", "value": value}],
            }
        )
        _scope().process([message])
        return message.get("intent")["name"]

    # a package mirror is no server of a site: not the user's facts
    assert decided(
        "We need a fresh apt mirror in Chengdu for the build farm.", "mirror in Chengdu"
    ) != ("inform")
    # the site's own copy served from the mainland is
    assert decided("Our shop has a mirror in Chengdu for Chinese buyers.", "mirror in Chengdu") == (
        "inform"
    )


def test_rounds_54_to_56_who_may_file_and_whose_papers():
    # "an ICP filing or a local office?" asks whether either is needed: hosted abroad, none is
    text = (
        "We're a Danish firm with no office in China, everything runs on ECS Frankfurt. Do we "
        "need an ICP or a local office?"
    )
    assert _decided("ask_physical_office", text) == "ask_need_icp"
    # a Hong Kong company's papers are who may file, not hosting in Hong Kong
    hk = (
        "Our HK company is all we have in Asia. Could its HK business registration be used for "
        "a filing on ECS Shenzhen?"
    )
    assert _decided("ask_physical_office", hk) in (None, "ask_physical_office")  # (None: kept)
    # papers of a company abroad, or "can we do the filing" asked by one
    assert carries_subject(
        "ask_physical_office",
        "Our firm is incorporated only in Norway. Can we hand in the registry extract for the "
        "beian?",
    )
    assert carries_subject(
        "ask_physical_office",
        "We are a Chilean company with one salesperson in Wuhan. Can we do the ICP filing?",
    )
    # a reseller's licence, "theirs"
    assert "companies" in uncovered_subjects(
        "A reseller of ours holds a licence in Xiamen. Could we file with their licence for our "
        "shop?"
    )
    # (a ticket's "Customer:" and an office's own certificate are no other company's papers)
    assert "companies" not in uncovered_subjects(
        "Customer: Polish firm, no entity in China. Option: open a rep office in Wuhan and file "
        "with its certificate for the ECS there."
    )
    # the office's initials placed in mainland China
    assert carries_subject(
        "ask_physical_office", "RO at Shenzhen, may we apply for an ICP Commercial License?"
    )


def test_rounds_54_to_56_no_filing_and_load_balancer():
    text = (
        "No entity in China, and we can't get the registration certificate. What options do we "
        "have for Chinese visitors?"
    )
    assert _decided("ask_physical_office", text) == "ask_no_filing"
    # "just" of time is not "only by IP"
    assert not carries_subject(
        "ask_ip_only", "We just switched DNS to the SLB IP in front of ECS Chengdu. Anything else?"
    )
    assert carries_subject("ask_ip_only", "our ECS Chengdu is reached just by its IP. ICP?")


def test_rounds_54_to_56_where_to_file_typed_short():
    assert carries_subject(
        "ask_which_province", "licence from Fujian, ECS Ningbo. beian in Fujian?"
    )
    assert carries_subject("ask_which_province", "licence issued Xiamen, filing which provinse?")
    assert carries_subject("ask_which_province", "tianjin company, icp must Tianjin or can Hebei?")


def test_review_of_rounds_51_to_56_rules_too_broad():
    # users' papers are not another company's for the filing
    assert "companies" not in uncovered_subjects(
        "Do we need an ICP filing if our customers log in using their company email? The site is "
        "on ECS in Shanghai."
    )
    # whether a filing is needed where the servers are is not where to file
    assert not carries_subject(
        "ask_which_province", "Do we need ICP if we host in Beijing or Shanghai?"
    )
    assert not carries_subject("ask_which_province", "Do we still need ICP in Shanghai?")
    # a province that may differ, or a server's speed, is no comparison of the provinces' rules
    assert "province_list" not in uncovered_subjects(
        "Can the province of our filing differ from the province of our ECS region?"
    )
    assert "province_list" not in uncovered_subjects(
        "Is an ECS in Shanghai faster than one in Guangdong?"
    )
    # the language is no country
    assert not carries_subject(
        "ask_physical_office",
        "We are an English training company registered in Shanghai. Can we do ICP filing "
        "ourselves?",
    )


def test_rounds_57_to_60_what_is_asked():
    # who may hold the Commercial License, asked of a rep office: not where to file, nor a fee
    text = (
        "A rep office in Chengdu. Could they get the filing there and also the commercial licence "
        "so the shop can accept card payments?"
    )
    assert (_decided("ask_physical_office", text) or "ask_physical_office") == (
        "ask_physical_office"
    )
    # a province wanted, checked against where the licence came from
    assert (
        _decided(
            "ask_unanswerable",
            "Cust wants to file in Hunan because most visitors are there; their BL was issued in "
            "Hubei. Is that allowed?",
        )
        == "ask_which_province"
    )
    # whether one is needed, typed short or named as an obligation
    assert _decided("nlu_fallback", "pls check: ECS cn-qingdao + own domain = beian req'd?") == (
        "ask_need_icp"
    )
    assert _decided("nlu_fallback", "Hosting in Beijing: the filing obligation explained") == (
        "ask_need_icp"
    )
    assert (
        _decided(
            "out_of_scope",
            "Nobody knows if our shop on ECS Shenzhen has to be registered with the Chinese "
            "authorities. Does it?",
        )
        == "ask_need_icp"
    )
    # a rule comparing places, passed on to be checked: whether one is needed, not the no-filing
    # answer
    text = (
        "A colleague says the rule is: mainland server means filing, a server anywhere else "
        "means no filing. Correct?"
    )
    assert _decided("ask_no_filing", text) == "ask_need_icp"
    # the filing given up, or its papers out of reach, with Hong Kong as the way out
    assert (_decided("ask_no_filing", "Filing is off the table for them. What do we offer?")) in (
        None,
        "ask_no_filing",
    )
    assert (
        _decided(
            "out_of_scope",
            "Fallback when the documents cannot be supplied: run the site on Hong Kong ECS",
        )
        == "ask_no_filing"
    )


def test_rounds_57_to_60_subjects_the_faq_covers():
    # a sales call's renewal, a site "viewable" anywhere, a distributor's worry, a note's "none"
    assert "time" not in uncovered_subjects(
        "Client is on ECS in Hong Kong, no CDN. Told no ICP required - pls confirm before the "
        "renewal meeting."
    )
    assert "time" in uncovered_subjects("When is the ICP renewal due?")
    assert "time" not in uncovered_subjects(
        "They were told to buy an ECS in the mainland just for the filing. How long must that "
        "instance be kept?"
    )
    assert "limits" not in uncovered_subjects(
        "A consultant said every site viewable in China needs an ICP. True for our Oslo site?"
    )
    assert "companies" not in uncovered_subjects(
        "Our Chinese distributor worries we need an ICP filing for our Lyon site. Do we?"
    )
    assert "existing_filing" not in uncovered_subjects(
        "- hosting: HK ECS\n- CDN: mainland nodes on\n- filing status: none\n- ask: compliant?"
    )
    assert "existing_filing" in uncovered_subjects("Where can we see our filing status?")
    assert "cost" not in uncovered_subjects(
        "A rep office in Wuhan: can it get the commercial licence so the shop can take online "
        "payments?"
    )
    # the console turning a filing away is the IP-only answer's, not a setting
    assert "settings" not in uncovered_subjects(
        "Site on ECS Chengdu with a bare IP. Where do we file, given Alibaba's system won't "
        "take it?"
    )
    # an internal tool opened in a browser is a website
    assert "not_websites" not in uncovered_subjects(
        "Internal tool on ECS Shenzhen, no domain, staff open the IP in a browser. Beian needed?"
    )
    # what a filing is for, and the steps to a Commercial License, are not covered
    assert "definition" in uncovered_subjects("What is a beian for, really?")
    assert "licence_types" in uncovered_subjects(
        "Branch in Suzhou. What are the steps and documents to obtain an ICP commercial license "
        "for paid courses?"
    )


def test_rounds_57_to_60_subjects_carried():
    # the office certificate the FAQ names is who may file
    assert carries_subject(
        "ask_physical_office",
        "Without a local company: getting a permanent-office registration certificate to use as "
        "the business licence",
    )
    # an office abroad is no presence in China
    assert not carries_subject(
        "ask_physical_office", "From our Lisbon office: do we need ICP for a China CDN?"
    )
    # Hong Kong papers are no site hosted in Hong Kong
    assert not carries_subject(
        "ask_hosted_outside",
        "Is our Hong Kong certificate of incorporation enough to file for a site on ECS in Xiamen?",
    )
    assert carries_subject(
        "ask_which_province", "Where will the filing be lodged for a branch in Kunming?"
    )
    assert carries_subject(
        "ask_ip_only", "The shop is reached via 39.x.x.x on ECS Hangzhou for now. ICP?"
    )


def test_rounds_61_to_63_what_is_asked():
    # a claim that one is needed, checked: whether one is needed, not who may file
    text = (
        "An agency pitched ICP filing as 'mandatory for any Chinese traffic'. Is that true for a "
        "site hosted outside China? No Chinese entity."
    )
    assert _decided("ask_physical_office", text) == "ask_need_icp"
    text = (
        "We have a rep office in Wuhan but the site is hosted in Tokyo. Does having the office "
        "mean we must file?"
    )
    assert _decided("inform", text) == "ask_need_icp"
    # where a filing went, or has to go, told or checked: where to file
    text = (
        "...the branch's licence came from Hunan, so the filing went to Hunan even though the "
        "ECS ran in Zhangjiakou"
    )
    assert _decided("ask_physical_office", text) == "ask_which_province"
    text = (
        "Our ban shi chu is registered in Kunming. We were told the ICP has to be filed in the "
        "province of our certificate. Is that really right?"
    )
    assert _decided("ask_physical_office", text) == "ask_which_province"
    # hosting elsewhere asked about while the filing cannot be finished: the no-filing answer
    text = (
        "Our papers were refused, so we cannot complete the ICP filing. Should we host the site "
        "somewhere else?"
    )
    assert _decided("ask_no_filing", text) == "ask_no_filing"


def test_rounds_61_to_63_subjects():
    # another provider's process set against Alibaba Cloud's is another provider's question
    assert "other_providers" in uncovered_subjects(
        "Tencent Cloud in Guangzhou - does their ICP process work the same as Alibaba's? We also "
        "use Alibaba ECS in Shenzhen."
    )
    assert "definition" in uncovered_subjects("What is an ICP filing actually, and what is it for?")


def test_review_of_rounds_57_to_63_rules_too_broad():
    # who may file, with a province wanted: not where to file
    for text in (
        "Client wants to file in Shanghai but has no company in China, only a HK one. Is that "
        "allowed?",
        "They want to file in Beijing under their Singapore parent company. Is that possible?",
    ):
        assert _decided("ask_physical_office", text) != "ask_which_province"
    # the company registered with the authorities is who may file, not whether one is needed
    assert (
        _decided(
            "ask_physical_office",
            "Does the company have to be registered with the Chinese authorities before we can "
            "apply for ICP?",
        )
        != "ask_need_icp"
    )
    # the uncovered subject is what is asked
    assert "existing_filing" in uncovered_subjects(
        "ICP filing status: no update for 3 weeks, site on ECS Shanghai. What's happening?"
    )
    assert "time" in uncovered_subjects(
        "Can you send the ICP renewal quote for our site on ECS Beijing?"
    )
    assert "limits" in uncovered_subjects(
        "Do I need a separate ICP for every website opened under the same company?"
    )
    assert "companies" in uncovered_subjects(
        "Our reseller believes their beian covers our site. Does it?"
    )
    assert "time" in uncovered_subjects(
        "Site on ECS Hangzhou, ICP submitted. How long will it be kept on hold?"
    )
    assert "settings" in uncovered_subjects(
        "Can the port 80 opening for the beian check be done in the Alibaba console?"
    )
    assert "settings" in uncovered_subjects(
        "Alibaba console won't allow 2FA for the filing account, how do I set it?"
    )
    # an office abroad asked about is the presence asked about
    assert carries_subject(
        "ask_physical_office", "Is a Hong Kong branch enough to get an ICP filing?"
    )
    # what a filing is "for" a site is not a definition
    assert "definition" not in uncovered_subjects(
        "What is ICP filing for a site hosted in Hong Kong?"
    )
    # an address in figures at a sentence's end
    assert carries_subject("ask_ip_only", "The shop on ECS Hangzhou is reached via 39.96.1.2. ICP?")


def test_rounds_61_to_63_backstories_and_checks():
    # papers mentioned in passing are not a question about the document list
    assert "documents" not in uncovered_subjects(
        "Hosted on ECS Tokyo for years and never bothered with Chinese paperwork. Now we moved "
        "to ECS Qingdao. Do we need the ICP filing?"
    )
    assert "documents" in uncovered_subjects("Which documents does the ICP filing need?")
    # whether one is needed, in more words
    for intent, text in (
        (
            "ask_physical_office",
            "Our parent is a Texas LLC. The shop runs on ECS cn-shanghai. Is this ICP thing "
            "mandatory for a foreign company?",
        ),
        (
            "ask_ip_only",
            "Web server on ECS Hangzhou, .com domain. Checklist question: is ICP filing actually "
            "compulsory for us?",
        ),
        (
            "ask_ip_only",
            "Latvian startup, ECS in the Wuhan region, live on our .dev domain. Do we have to file "
            "anything with the government before the launch?",
        ),
    ):
        assert _decided(intent, text) == "ask_need_icp"
    # the FAQ's way around a filing that cannot be done is no property it leaves out
    assert "properties" not in uncovered_subjects(
        "We can't provide the documents the ICP filing needs. What's the fallback for our shop?"
    )
    # a filing given up on is forgone
    from actions.filing_facts import forgoes_the_filing

    assert forgoes_the_filing("We've given up on ICP, too much hassle. Where should the site go?")
    # a licence held, payments taken, or no number: not what is asked
    assert "licence_types" not in uncovered_subjects(
        "We hold a commercial license via our Guangzhou subsidiary. Moving the shop behind an "
        "SLB: what changes?"
    )
    assert "cost" not in uncovered_subjects(
        "Our RO in Tianjin wants the ICP Commercial License so we can charge for courses. Possible?"
    )
    assert "number_and_footer" not in uncovered_subjects(
        "site blocked, no icp number, alibaba cloud mainland"
    )
    assert "number_and_footer" in uncovered_subjects("Where do we put the ICP number on the page?")
    assert carries_subject(
        "ask_which_province", "Server in Chengdu, licence from Hebei. Guess where the ICP goes."
    )


@pytest.mark.parametrize(
    "text, subject",
    [
        # running a server, wherever it runs, is no FAQ question
        ("The Chengdu ECS is out of disk space; can we grow the data disk live?", "operations"),
        ("how do we reset the root password on our Hangzhou instance?", "operations"),
        ("after a reboot our Beijing server lost its snapshot schedule", "operations"),
        ("we stopped and started the HK instance and the public IP changed", "operations"),
        # a fee asked as "free"
        ("Is the beian free when we file at the provincial office ourselves?", "cost"),
        ("can we get the filing done for free?", "cost"),
        # the commercial licence's steps and capital
        (
            "Our WFOE wants the ICP Commercial License. What are the application steps?",
            "licence_types",
        ),
        ("is there a registered capital minimum for an EDI or ICP licence?", "licence_types"),
        # a filing deregistered
        (
            "If we move the site to a Tokyo server, will our ICP filing get deregistered?",
            "existing_filing",
        ),
        ("how do we deregister the beian for our old domain?", "existing_filing"),
        # a supporting paper asked for
        ("how can we obtain the authorization letter the ICP application asks for?", "documents"),
        # who watches the traffic
        (
            "we'd avoid mainland CDNs because of government surveillance of traffic",
            "data_and_content",
        ),
        # DNS records, plural
        ("our DNS records still point at the old Shenzhen IP", "settings"),
    ],
)
def test_round_64_near_topic_subjects(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        # a rep office deregistered is no filing changed
        (
            "We deregistered our Xiamen rep office; the site stays on ECS Xiamen. ICP?",
            "existing_filing",
        ),
        # free of a rule, or a free-trade zone, is no price
        ("Is a Macau-hosted shop free from the filing rule?", "cost"),
        ("Our branch sits in the Hainan free trade port; which province do we file in?", "cost"),
        # the permanent office's own certificate is the FAQ's
        ("How do we obtain the permanent office registration certificate?", "documents"),
        # a restart of the filing is no server operation
        ("a disk of papers is not what we asked: do we need ICP for ECS Wuxi?", "operations"),
    ],
)
def test_round_64_subjects_stay_narrow(text, subject):
    assert subject not in uncovered_subjects(text)


def test_round_64_a_private_address_or_a_product_approval_is_no_faq_question():
    # a private address is no access by IP
    assert not carries_subject(
        "ask_ip_only", "How do we give our cn-hangzhou ECS, which only has a private IP, an EIP?"
    )
    assert carries_subject("ask_ip_only", "Our Hangzhou site is reached only by its IP. ICP?")
    # an approval for something that is no site
    assert not asks_what_china_takes(
        "We want to peer our VPCs in Macau and Chengdu. Does that need some special approval?"
    )
    assert asks_what_china_takes(
        "Our site will run on ECS Chengdu. Is there some special registration we need first?"
    )


def test_round_64_a_fault_reported_is_not_the_users_facts():
    for intent in ("inform", "out_of_scope"):
        decided = _scope().decide(
            intent,
            [{"name": intent, "confidence": 0.8}],
            "We keep seeing packet loss on the Singapore box while the Shanghai one is fine.",
            True,
        )
        assert decided.get("name") not in ("inform", *FAQ)
    # (the facts, told with no fault, still are)
    assert (
        _scope().decide(
            "inform",
            [{"name": "inform", "confidence": 0.8}],
            "The shop runs on the Singapore box and the API on the Shanghai one.",
            True,
        )
        == {}
    )


def test_round_65_a_yes_no_tag_and_the_last_question_ask_whether_one_is_needed():
    assert asks_if_it_needs_a_filing("Store on ECS Wuhan. Beian required (y/n)?")
    assert asks_if_it_needs_a_filing("Store on ECS Wuhan. ICP needed, yes or no?")
    # the presence told before it is the backstory of whether one is needed
    ranking = [
        {"name": "ask_hosted_outside", "confidence": 0.5},
        {"name": "ask_physical_office", "confidence": 0.3},
    ]
    text = "Ticket: shop on ECS cn-wuhan, no company of any kind in China. ICP needed y/n?"
    assert _scope().decide("nlu_fallback", ranking, text, True)["name"] == "ask_need_icp"


def test_round_65_a_filing_turned_down_twice_tersely_is_out_of_reach():
    assert filing_out_of_reach("Customer in Austria, ECS cn-hangzhou, beian refused twice.")
    assert filing_out_of_reach("our ICP application got rejected again")
    # (once is no pattern of failure)
    assert not filing_out_of_reach("beian refused once over a typo, resubmitting tomorrow")
    # the customer's fallback asked for is what to do now
    assert asks_what_to_do_now("they want to know their fallback")
    assert asks_what_to_do_now(clean("What's our plan B?"))


@pytest.mark.parametrize(
    "text, covered",
    [
        ("Unrelated: our Suzhou WFOE needs an accounting firm for the year-end audit.", False),
        ("how do we open a bank account for our Beijing branch?", False),
        ("is there withholding tax when the Shenzhen branch remits profits home?", False),
        # an accountant who says something is a claim's source, not a request
        ("Our accountant says a rep office can never file. Can it, on ECS Wuhan?", True),
    ],
)
def test_round_62_running_a_company_in_china_is_not_the_filing(text, covered):
    assert ("company_admin" not in uncovered_subjects(text)) is covered


@pytest.mark.parametrize(
    "text, others_only",
    [
        # news or a vendor's note about others, no site and no filing named
        (
            "Tencent has launched two new availability zones in its Nanjing region for GPU "
            "workloads this spring.",
            True,
        ),
        (
            "Most payment processors will not onboard merchants incorporated in mainland China "
            "without a local bank.",
            True,
        ),
        # not advice, a ticket, the writer's own, a site, or who files where
        (
            "Step 2: check whether the origin server sits in mainland China before anything else.",
            False,
        ),
        (
            "Customer's backend sits in Chengdu and they expect to launch in the spring next year.",
            False,
        ),
        ("We have opened a second availability zone in the Ningbo data centre this spring.", False),
        (
            "A shop hosted on a Nanjing server with a domain name cannot open without a filing.",
            False,
        ),
        (
            "A business licensed in Fujian files in Fujian, wherever the servers happen to run.",
            False,
        ),
    ],
)
def test_round_66_news_of_others_is_no_ones_facts(text, others_only):
    assert tells_of_others_only(text) is others_only


def test_round_66_news_of_others_gets_no_faq_answer():
    text = (
        "Dedicated lines linking a Guangzhou office to a Singapore data centre must be bought "
        "from one of the licensed carriers."
    )
    ranking = [
        {"name": "out_of_scope", "confidence": 0.45},
        {"name": "ask_physical_office", "confidence": 0.4},
    ]
    assert _scope().decide("nlu_fallback", ranking, text).get("name") not in FAQ
    # a labelled heading is a heading, whatever its capitals
    assert is_heading("Heading: why shops hosted in Tokyo load slowly for visitors in Xi'an")
    # a product's rules are no filing's
    assert not carries_subject(
        "ask_cdn", "The CDN now supports Brotli and custom cache-key rules on every edge node."
    )
    assert carries_subject("ask_cdn", "What are the rules for a CDN with nodes in mainland China?")


@pytest.mark.parametrize(
    "text",
    [
        "only 1 ECS in cn-wuhan for our shop. still must do beian??",
        "servers in Chengdu. must do bei an?",
        "Is needed the ICP filing for our page on a Shanghai server?",
        "Es necesario? I mean: is necessary the beian for a site in Xi'an?",
    ],
)
def test_round_67_whether_one_is_needed_in_non_native_word_order(text):
    assert asks_if_it_needs_a_filing(text)


def test_round_67_non_native_questions_of_where_and_without():
    assert asks_where_to_file("licence fujian, server shenzhen, beian where?")
    assert asks_where_to_file(
        "Our branch is in Tianjin, servers in Hangzhou. We must go to Zhejiang for the ICP, yes?"
    )
    assert asks_what_happens_without_a_filing("what happen if we not do beian for the Wuhan site?")
    # the buyers' way of paying is the site's business, not a fee asked about
    assert "cost" not in uncovered_subjects(
        "Site on Alibaba Tokyo, buyers are in China and pay by WeChat Pay. Need ICP?"
    )
    assert "cost" in uncovered_subjects("How much do we pay for the ICP filing?")
    # a customer complaining is no complaint to lodge
    assert "other_registrations" not in uncovered_subjects(
        "Origin in Dublin; from May the CDN covers mainland China because customer complain of "
        "slowness. ICP needed then?"
    )
    # the temporary ECS's term in months is the FAQ's own figure
    assert "limits" not in uncovered_subjects(
        "Origin in Oregon, CDN with China nodes: minimum how many month for the temporary ECS?"
    )
    # a company register's extract by its country is a document issued abroad
    assert carries_subject(
        "ask_physical_office",
        "Can our Dutch KvK chamber of commerce extract be used for beian? Nothing registered "
        "in China.",
    )


def test_review_of_rounds_64_to_67_subjects_too_broad():
    # a server's upkeep or a company's books as background of a FAQ question
    for text in (
        "We cloned a snapshot of our Macau ECS into a Guangzhou instance for the shop. Do we "
        "need an ICP filing now?",
        "Our branch in Ningbo has a bank account and a tax registration. Can its papers be used "
        "for the ICP filing?",
        "Our WFOE in Xiamen runs payroll for four staff. Which province do we file the ICP in?",
    ):
        assert not {"operations", "company_admin"} & set(uncovered_subjects(text)), text
    # "free to" is no price
    assert "cost" not in uncovered_subjects(
        "Our site is on ECS in Macau. Is it free to go live without an ICP filing?"
    )
    # a fault denied, or told as the reason for a plan, is no fault reported
    assert not reports_a_problem("We have no errors; the shop runs fine on ECS Seoul, no CDN.")
    assert not reports_a_problem(
        "Chinese buyers see high latency on our Paris shop, so we plan to add a mainland CDN."
    )
    # a note of fact phrases, or servers placed, are a set-up, not news
    for text in (
        "Registered in Ohio, no entity in the PRC, servers in AWS Ohio, Alibaba CDN with China "
        "nodes.",
        "Servers are in Madrid and the CDN is set to Global excluding mainland China for now.",
    ):
        assert not tells_of_others_only(text), text


@pytest.mark.parametrize(
    "text",
    [
        # another provider in the backstory of a question about the user's Alibaba Cloud site
        "Our pages were slow on DigitalOcean, so the shop now sits on Alibaba Cloud in Xi'an. "
        "Is a beian required?",
        "We used Google Cloud before. The new Alibaba Cloud server in Kunming will be reached "
        "only by IP. Does the filing still apply?",
        "The origin stays on AWS in Oregon and we'd put Alibaba Cloud CDN in front of it for "
        "mainland China, since Fastly was slow there. Do we need a filing?",
        # context subjects in the sentence a "does that mean we need one?" takes in
        "Our SaaS kept timing out for Chinese users, so we're adding an ECS in Chengdu. Does "
        "that mean we need ICP now?",
        # a site's kind, told where it runs
        "We can't get the papers for the filing. The e-commerce shop is live on ECS in Dalian. "
        "What can we do?",
        # users complaining, an adviser's word on where to file, a quoted "no ICP number"
        "Shoppers in Harbin complain about slow pages. Do we need ICP if we move to ECS Harbin?",
        "Our consultant said to file in Jiangsu where the servers are, but our licence is from "
        "Anhui. Which province is right?",
        'The bank turned us down citing "no ICP number". Shop on ECS Suzhou. Is a filing required?',
        # the user's own API is a service, not a provider's settings interface
        "Our Beijing-hosted API is only ever called by IP. Where do we file?",
        # a website's own place, told without a verb, beside an app
        "Our mini-program is live, and now a new website on ECS in Hefei. Does the website need "
        "an ICP filing?",
    ],
)
def test_round_68_background_is_not_what_is_asked(text):
    assert uncovered_subjects(text) == [], text


@pytest.mark.parametrize(
    "text, subject",
    [
        # what is asked still counts
        ("how can we complain to MIIT about a copycat site?", "other_registrations"),
        ("Can our agent file the ICP for us?", "companies"),
        ("Does AWS China accept a filing we got through Alibaba Cloud? ECS in Beijing.", None),
        ("We run a SaaS on ECS in Shanghai. Is a filing enough for a SaaS?", "business_types"),
        ("How do I use the API to set the CDN's acceleration area?", "settings"),
        ("Our site is on Tencent Cloud in Guangzhou. Do we need an ICP filing?", "other_providers"),
    ],
)
def test_round_68_what_is_asked_still_counts(text, subject):
    found = uncovered_subjects(text)
    assert (subject in found) if subject else found, text


@pytest.mark.parametrize(
    "text",
    [
        "ECS in Nanning, our .net domain points at it. Filing or not?",
        "Which provence should our beian go to? Our business licence is from Hunan.",
    ],
)
def test_round_69_short_forms_of_the_faq_questions(text):
    assert asks_if_it_needs_a_filing(text) or asks_where_to_file(text)


def test_round_69_having_a_number_is_having_a_filing():
    assert "number_and_footer" not in uncovered_subjects(
        "My boss says every site opened in China must have an ICP number, even a Paris-hosted "
        "one. True?"
    )
    assert "number_and_footer" in uncovered_subjects("Must the ICP number be in the footer?")


def test_beian_with_an_apostrophe_is_the_filing():
    assert speaks_of_needing_a_filing("A Bei’An is a must for shops served from Tianjin servers.")
    assert not speaks_of_needing_a_filing("A Bei Shan trip is a must for visitors to Tianjin.")


def test_an_application_submitted_to_the_miit_is_the_filing_not_a_contact():
    assert "miit_contact" not in uncovered_subjects(
        "Is our ICP application submitted to the MIIT in Fujian, where our licence was issued?"
    )
    assert "miit_contact" in uncovered_subjects("What is the MIIT's phone number in Fujian?")


def test_round_70_71_who_may_file_and_whose_papers():
    # papers of a company registered abroad, for a site hosted in the mainland: who may file
    text = (
        "Could our Macau firm's company registration be used to file our Suzhou-hosted shop? "
        "We have no office in the mainland."
    )
    assert _decided("ask_physical_office", text) in (None, "ask_physical_office")
    # a presence said to be needed to file, checked
    assert _decided(
        "ask_need_icp", "so we must have a Shanghai branch to apply for ICP, correct?"
    ) == ("ask_physical_office")
    # (whether one is needed stays the umbrella's)
    assert _decided("ask_need_icp", "Our shop is on ECS in Suzhou. Do we need a filing?") in (
        "ask_need_icp",
        None,
    )
    # a site run under someone else's filing is not the FAQ's
    assert "companies" in uncovered_subjects(
        "Our distributor has an ICP filing. Could our Wuxi-hosted shop go live under their filing?"
    )


def test_round_71_a_greeting_needs_a_greetings_words():
    scope = _scope()
    ranking = [{"name": "greet", "confidence": 0.6}]
    assert scope.decide("greet", ranking, "beian how many weeks").get("name") == "ask_unanswerable"
    assert scope.decide("greet", ranking, "hey, good morning").get("name") in (None, "greet")


def test_round_71_a_few_words_naming_one_question_offer_it():
    scope = _scope()
    ranking = [{"name": "inform", "confidence": 0.8}]
    decided = scope.decide("inform", ranking, "slb licence holder ip change", True)
    assert decided.get("name") == "nlu_fallback"
    assert [r["name"] for r in decided["ranking"]] == ["ask_load_balancer"]
    # a place alone is still the umbrella's facts (it answers the hosted-outside question too)
    assert scope.decide("inform", ranking, "Macau servers", True).get("name") is None


@pytest.mark.parametrize(
    "text, subject",
    [
        # "does that need ICP?" asks of the sentence before it
        ("We rent a Dalian ECS only as a VPN for our staff. Does that need ICP?", "blocking"),
        # Alibaba Cloud used for something else is not where the site is
        (
            "Our site is on Tencent Cloud in Nanjing and we use Alibaba Cloud for DNS. Do we need "
            "ICP through Alibaba?",
            "other_providers",
        ),
        # a website in two languages is not placed, so the app beside it still counts
        (
            "Our mobile app's backend runs on ECS in Wuhan. We also run a website in English and "
            "Chinese. Does the website need ICP?",
            "apps",
        ),
        # whether a filing suffices for a shop that takes payments
        (
            "Our e-commerce shop is live on ECS in Xiamen and takes card payments. Is the ICP "
            "filing enough?",
            "business_types",
        ),
    ],
)
def test_review_of_rounds_68_to_71_subjects_still_counted(text, subject):
    assert subject in uncovered_subjects(text), text


def test_review_of_rounds_68_to_71_our_own_branchs_name_and_a_greeting():
    assert "companies" not in uncovered_subjects(
        "Our Ningbo branch company is registered. Can the filing go under its own name?"
    )
    assert says_hello("hola, bonjour")
    # (who may file, asked beside whether a site abroad is exempt, stays the umbrella's)
    text = "Do we need an entity in China to file ICP, or is our Macau-hosted shop exempt?"
    assert _decided("ask_need_icp", text) != "ask_physical_office"


def test_a_question_about_the_alibaba_cloud_site_beside_another_providers():
    text = (
        "Our Suzhou-registered WFOE splits its servers between Alibaba Cloud Qingdao and Huawei "
        "Cloud Guiyang. For the Alibaba side, where do we file the ICP?"
    )
    assert "other_providers" not in uncovered_subjects(text)
    # (filing through Alibaba Cloud while hosted elsewhere is another provider's case)
    assert "other_providers" in uncovered_subjects(
        "We're hosted on Huawei Cloud Guiyang and use Alibaba Cloud for DNS. Can we file the ICP "
        "through Alibaba Cloud?"
    )


def test_where_after_the_filings_verb_asks_where_to_file():
    for text in (
        "our licence is from Hubei, servers in Shanghai - we file where?",
        "does the beian get submitted where our ECS runs, or where the company is registered?",
        "Should our beian follow where the data centre is, or our Anhui licence?",
    ):
        assert carries_subject("ask_which_province", text), text
    # (not where to find or show something once filed)
    for text in (
        "we filed where do I find the filing number now",
        "the application was submitted where can we check its status?",
    ):
        assert not carries_subject("ask_which_province", text), text


def test_a_thing_the_writer_no_longer_has_is_not_what_is_asked():
    for text in (
        "Apart from a test environment in Beijing which we deleted last year, our shop runs in "
        "Oregon. Do we need ICP?",
        "Our site is on ECS Tokyo; the mail server that was decommissioned in May sat in "
        "Shanghai. ICP needed?",
    ):
        assert "not_websites" not in uncovered_subjects(text), text
    # (one still there is: "a test environment in Beijing that we still use")
    assert "not_websites" in uncovered_subjects(
        "We have a test environment in Beijing that we still use. Does it need ICP?"
    )


def test_subjects_round_72_found():
    from actions.filing_facts import to_can_complete_filing

    # "should" of what to expect is no need: the speed asked about is uncovered
    assert "performance" in uncovered_subjects(
        "Say we move to a Singapore ECS to skip the filing, what speed should visitors in "
        "Beijing expect?"
    )
    # the temporary ECS's term is the CDN answer's number; another product's term is not in it
    assert "properties" not in uncovered_subjects(
        "What's the minimum term for the temporary ECS we buy for the CDN filing?"
    )
    assert "properties" in uncovered_subjects(
        "What's the minimum term for an SLB instance when we file the ICP?"
    )
    # ... nor is its region, which the FAQ does not give beyond "in mainland China"
    assert "instance_specs" in uncovered_subjects(
        "For the temporary instance, which China region should it be in?"
    )
    # a server bought "for the paperwork" is bought for the filing: no documents asked about
    assert "documents" not in uncovered_subjects(
        "Must we rent a mainland server only for the paperwork when our origin is in Paris and "
        "the CDN covers China?"
    )
    # a filing stuck for good, or never to go through, cannot be completed (not one stuck now)
    assert (
        to_can_complete_filing("our beian is stuck for good, the domain can't be verified") == "no"
    )
    assert to_can_complete_filing("Our application will never be approved.") == "no"
    assert to_can_complete_filing("the filing is stuck in review since May") != "no"
    # ... and what serving China then takes is the no-filing answer's
    text = (
        "Our application will never be approved, our papers can't be verified. Is there still a "
        "way to serve users in China?"
    )
    assert _decided("ask_physical_office", text) == "ask_no_filing"


def test_subjects_round_73_found():
    # (round 73 rewords tuning cases the assistant got right: what the rewording broke)
    from actions.general_or_own import speaks_of_anyone
    from actions.hedged_facts import weighs_options
    from actions.scope_rules import asks_what_china_takes, reports_a_restriction

    # what to have before applying is a list of papers, unless the company's presence is told
    assert "documents" in uncovered_subjects("what do I need to get to file for the beian?")
    assert "documents" in uncovered_subjects("What do we need in order to apply for the beian?")
    assert "documents" not in uncovered_subjects(
        "We have no entity in China, just a desk in a co-working space in Shanghai. What do we "
        "need in order to apply?"
    )
    # moving a filing is changing an existing one
    assert "existing_filing" in uncovered_subjects("how do we move our beian to a new account?")
    # the MIIT's registration is the filing itself; a domain "registered with the MIIT" is filed
    assert "miit_contact" not in uncovered_subjects(
        "Is MIIT registration required for a site on ECS Chengdu?"
    )
    assert "miit_contact" in uncovered_subjects("How do we phone the MIIT about our case?")
    assert "miit_contact" in uncovered_subjects("How can we get in touch with the MIIT?")
    assert "domains" not in uncovered_subjects(
        "Our domain isn't registered with the MIIT yet; can we put it behind the CDN?"
    )
    # "what is the reason" is why, which the hosting answers give as well as "why" does
    assert "properties" not in uncovered_subjects(
        "What is the reason sites in Hong Kong don't need ICP?"
    )
    # a restriction the set-up runs into, with a subject the FAQ leaves out: not covered
    assert reports_a_restriction("our .cn domain cannot point at servers abroad, aliyun rules")
    text = "the .cn domain we registered cannot resolve to our Frankfurt server, a registrar rule"
    assert _decided("inform", text) == "ask_unanswerable"
    # a rule for domains in general is no one's facts
    assert speaks_of_anyone("domains with a filing must resolve to an active mainland instance")
    # when a filing is needed, asked of no one's site, taken for "not covered": the umbrella one
    assert _decided("ask_unanswerable", "Under what conditions is an ICP filing required?") == (
        "ask_need_icp"
    )
    # what hosting in China takes, asked in more forms
    assert asks_what_china_takes("how would we best go about getting hosted in China?")
    assert asks_what_china_takes("what's the process for hosting our servers in China?")
    # a site kept closed while its filing is under way: what happens without one
    for text in (
        "Does our shop have to stay offline until the beian is approved?",
        "can the site be live while the filing is in review?",
    ):
        assert asks_what_happens_without_a_filing(text), text
    # options set out as "First, ..." and "Second, ..." after a choice named
    assert weighs_options(
        "We have two choices. First, a CDN inside mainland China, which needs a filing. Second, "
        "one in Hong Kong, which does not."
    )
    assert not weighs_options("First, we host on ECS Beijing. Second, our CDN covers China. ICP?")
    # the quickest way to do something is no site's speed; a claim "advertised as" is no advert
    assert "performance" not in uncovered_subjects(
        "Our site runs in Ireland. What's the quickest + simplest way for a UK firm to host in "
        "China?"
    )
    assert "performance" in uncovered_subjects("Why is our site on ECS Tokyo so slow in China?")
    assert "marketing" not in uncovered_subjects(
        "A reseller's CDN is advertised as needing no beian for mainland China. Is that so?"
    )
    assert "marketing" in uncovered_subjects(
        "Does advertising our Beijing-hosted shop need approval?"
    )


def test_readings_round_74_found():
    from actions.filing_facts import forgoes_the_filing
    from actions.scope_rules import states_what_happens_without_a_filing

    # "no way around it" makes the filing unavoidable, not absent
    assert not states_what_happens_without_a_filing(
        "Sites going live on mainland servers need an ICP filing, no way around it."
    )
    assert states_what_happens_without_a_filing(
        "Sites without an ICP filing cannot go live on mainland servers."
    )
    # choosing to go without one, in more words
    assert forgoes_the_filing("Where a customer elects not to pursue the beian, HK is an option.")
    assert forgoes_the_filing("if they decide to skip the ICP filing they could host in Hong Kong")
    assert not forgoes_the_filing("they decided to start the ICP filing last week")


def test_readings_round_75_found():
    from actions.general_or_own import speaks_of_anyone

    # an obligation in the words rules and articles use
    for text in (
        "under the rules, a shop on a Chinese server has been obliged to hold a beian",
        "the law obliges every store on a mainland host to obtain an ICP licence",
        "once your server sits in Chengdu, a filing must be made",
        "if it's hosted in Xi'an u gotta have an icp number",
        "a beian is a prerequisite for serving pages from Guangzhou",
        "Is ownership of a beian essential?",
        "ICP filing for a web shop in China: is it really essential?",
        "we need to get an ICP licence, it seems",
        "which licence should we get for running our site in mainland China?",
    ):
        assert speaks_of_needing_a_filing(text), text
    for text in (
        "which licence do we need to import wine into China?",
        "ICP filing for a forum: is it required to have a Chinese ID card?",
        "our team is forced to use a VPN in the Shenzhen office",
    ):
        assert not speaks_of_needing_a_filing(text), text
    # who may hold one, asked as who meets its requirements or to whom it is issued (not who
    # must have one)
    assert asks_who_may_file("who fulfils the criteria for an ICP filing?")
    assert asks_who_may_file("to whom can a beian be issued?")
    assert not asks_who_may_file("who must get an ICP licence?")
    # what the filing is, typed loosely or asked as a definition
    for text in ("wat is a beian?", "how would you define ICP filing?"):
        assert uncovered_subjects(text) == ["definition"], text
    # the MIIT as the maker of a rule is no contact with it
    for text in (
        "last year the MIIT tightened the rules on CDNs without filings",
        "a ban on CDNs with no ICP was announced by the MIIT",
    ):
        assert "miit_contact" not in uncovered_subjects(text), text
    assert "miit_contact" in uncovered_subjects("how do I reach the MIIT by phone?")
    # a rule for each site is no limit on how many
    assert "limits" not in uncovered_subjects("each website is required to file its details")
    assert "limits" in uncovered_subjects("each domain needs its own filing?")
    # a company registered in China, in short words
    assert carries_subject(
        "ask_physical_office", "make sure ur co is registered in the PRC before the beian"
    )
    # blocking put down to a missing filing is what happens without one
    for text in (
        "In the absence of a beian, will the shop be blocked?",
        "our shop got blocked owing to a missing ICP?",
        "was the missing beian the cause our site got blocked?",
    ):
        assert "blocking" not in uncovered_subjects(text), text
    # the ICP number got is the filing got
    assert "number_and_footer" not in uncovered_subjects("who needs to get an ICP number?")
    assert "number_and_footer" in uncovered_subjects("where do we show the ICP number we got?")
    # a rule's generic case names no one's site
    assert speaks_of_anyone(
        "Wherever the domain was bought, a server hosted in Nanjing means a filing must be made."
    )
    # a filing absent, in a rule's words, is what happens without one
    assert carries_subject("ask_no_filing", "absent a beian, can visitors open our shop at all?")
    # more of the words rules use for the filing needed
    for text in (
        "completion of the beian procedures is mandated by law for mainland servers",
        "a licence must be obtained for every site served from a mainland host",
        "Beian: which websites are required to apply for it?",
    ):
        assert speaks_of_needing_a_filing(text), text
    assert not speaks_of_needing_a_filing("a licence must be obtained for a restaurant on our site")
    # who may file, with the company named, whatever the classifier leaned to
    leaning = [
        {"name": "ask_hosted_outside", "confidence": 0.9},
        {"name": "ask_physical_office", "confidence": 0.01},
    ]
    text = "to file for a beian you need a business registered in the PRC, right"
    assert _scope().decide("ask_hosted_outside", leaning, text) == {
        "name": "ask_physical_office",
        "confidence": 1.0,
    }


def test_readings_round_76_found():
    from actions.fact_words import negation_marked
    from actions.general_or_own import is_general_comparison

    # set-up facts first, then a question about something the FAQ leaves out
    for text, subject in (
        ("ECS in Wuxi, reached by IP for now. How do I create an A record for it?", "settings"),
        ("Our Beijing server is IP-only. Where in AliDNS do I add the domain?", "settings"),
        ("Shop on ECS Nanjing, already filed. Should we turn on WAF?", "other_products"),
        ("site in Tokyo, no ICP number: does Baidu rank it lower?", "marketing"),
    ):
        assert subject in uncovered_subjects(text), text
    # a record of the filing is no DNS record
    assert "settings" not in uncovered_subjects("do we need to keep a record of the filing?")
    # a domain denied in the past tense
    text = "ECS in Hefei; we didn't buy a domain, people type the IP. Filing needed?"
    assert negation_marked("domain", text) == "not domain"
    # what the writer read is a general comparison, not the writer's own site
    assert is_general_comparison(
        "We've heard that mainland-hosted sites need a beian and Macau ones don't. True?"
    )


def test_round_78_the_filing_updated_for_a_load_balancer():
    from actions.scope_rules import asks_to_update_the_filing

    # the load balancer answer says what is updated when the IP changes to the load balancer
    text = "putting an SLB in front of our ECS - must the ICP be changed?"
    assert asks_to_update_the_filing(text)
    assert _decided("ask_need_icp", text) == "ask_load_balancer"
    # without a load balancer, an update is not its question
    assert _decided("ask_need_icp", "moving to a new domain, must the ICP be changed?") != (
        "ask_load_balancer"
    )


def test_round_79_typed_replies_and_who_may_file():
    # the Commercial License held is a fact, not a filing to change
    assert "existing_filing" not in uncovered_subjects("we already hold the jing ying xing licence")
    assert "existing_filing" in uncovered_subjects("we already have a beian, can it be moved?")
    # whether the filing is open to a foreign company is who may file
    assert asks_who_may_file("is the beian even available to foreign companies?")
    assert asks_who_may_file("we're a US firm. Is ICP filing open to us at all?")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("How long do we have to keep that mainland instance?", True),
        ("so a throwaway ECS just for the filing - for real?", True),
        ("then where must the ECS instance for the filing be?", True),
        ("for how long would we need the server then?", True),
        # the filing's own time, or no server at all
        ("our ECS is in Hangzhou; how long is the review?", False),
        ("how long does the filing take?", False),
        ("can we cancel the subscription later?", False),
        ("what does a temporary ECS cost per month?", False),
        # a server's billing, not the instance's term
        ("can we move our Beijing ECS from a monthly subscription to pay-as-you-go?", False),
    ],
)
def test_a_question_about_the_cdn_answers_instance_is_told(text, expected):
    assert asks_about_the_temporary_server(text) is expected


def test_the_term_of_the_cdn_answers_instance_is_the_cdn_question():
    ranking = [{"name": "out_of_scope", "confidence": 0.9}, {"name": "ask_cdn", "confidence": 0.05}]
    text = "How long do we have to keep that mainland instance?"
    assert _scope().decide("out_of_scope", ranking, text)["name"] == "ask_cdn"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("wait, so we need a box in mainland China even though we're on Azure?", True),
        ("is a China ECS really required for that?", True),
        # something else of a server, or a server of no one's need
        ("we need a server in China for our game, which region is best?", False),
        ("our server in China is slow, why?", False),
    ],
)
def test_whether_a_mainland_server_is_needed_is_told(text, expected):
    assert asks_if_a_mainland_server_is_needed(text) is expected


def test_whether_a_mainland_server_is_needed_continues_the_cdn_question_only():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_need_icp", "confidence": 0.2},
    ]
    text = "wait, so we need a box in mainland China even though we're on Azure?"
    assert _scope().decide("nlu_fallback", ranking, text, True, "ask_cdn")["name"] == "ask_cdn"
    assert _scope().decide("nlu_fallback", ranking, text, True, "ask_which_province")["name"] != (
        "ask_cdn"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # the provider is only where the writer's own site runs
        ("do we really need a server in china even though we're on gcp?", []),
        ("our shop runs on DigitalOcean - so an ICP filing is needed for the CDN?", []),
        # the provider's own rules or its China regions are asked
        ("we're on gcp, does google do the filing for us?", ["other_providers"]),
        ("we're on azure china, do we need icp?", ["other_providers"]),
    ],
)
def test_a_provider_named_as_where_the_site_runs_is_no_uncovered_subject(text, expected):
    assert uncovered_subjects(text) == expected


def test_a_fact_told_with_does_that_change_anything_asks_for_the_answer_at_hand():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "inform", "confidence": 0.4},
        {"name": "ask_physical_office", "confidence": 0.3},
    ]
    text = "we've got a rep office in Chengdu too, does that change anything?"
    decided = _scope().decide("nlu_fallback", ranking, text, True, "ask_hosted_outside")
    assert decided["name"] == "inform"
    # a case put about the office, asking nothing of the answer, is the office's question
    case = "and what if we opened a rep office in Chengdu?"
    decided = _scope().decide("nlu_fallback", ranking, case, True, "ask_hosted_outside")
    assert decided["name"] == "ask_physical_office"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Many thanks. And would it differ with a branch company in Xiamen?", True),
        ("hello - is an ICP filing needed for a site in Seoul?", True),
        # thanks or a greeting alone, or with small talk after it
        ("thank you very much, that was helpful", False),
        ("hi there! anybody around?", False),
        ("thanks! how's your day going?", False),
    ],
)
def test_a_question_after_thanks_or_a_greeting_is_told(text, expected):
    assert asks_after_small_talk(text) is expected


def test_a_question_after_thanks_continues_the_conversation():
    ranking = [{"name": "thanks", "confidence": 1.0}]
    text = "Many thanks. And would it differ if we held the Commercial License?"
    decided = _scope().decide("thanks", ranking, text, True, "ask_load_balancer")
    assert decided["name"] == "inform"
    assert _scope().decide("thanks", ranking, "thanks a lot!", False, "ask_load_balancer") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Could we schedule a call with one of your consultants?",
        "may I speak with a colleague of yours about this?",
        # formally, and a role named; a team named by the filing
        "can I talk to someone from your beian team about this?",
        "We should like to arrange a meeting with your compliance team.",
        "could I talk to our account manager instead?",
    ],
)
def test_a_person_asked_for_is_the_handoff_whatever_the_classifier_took_it_for(text):
    assert asks_for_a_person(text)
    ranking = [{"name": "ask_capabilities", "confidence": 0.9}]
    decided = _scope().decide("ask_capabilities", ranking, text, False, "ask_need_icp")
    assert decided["name"] == "request_human"


def test_a_follow_up_naming_no_filing_keeps_the_classifiers_question_once_it_is_read_in():
    ranking = [{"name": "ask_physical_office", "confidence": 0.86}]
    text = "and could our Osaka parent's company registration be used instead?"
    decided = _scope().decide("ask_physical_office", ranking, text, False, "ask_physical_office")
    assert decided["name"] == "ask_physical_office"


@pytest.mark.parametrize("intent", ["deny", "nlu_fallback", "ask_no_filing"])
def test_no_filing_for_a_place_abroad_checked_is_the_hosted_outside_question(intent):
    ranking = [{"name": intent, "confidence": 0.6}]
    text = "ok, and no beian for Macau either, right?"
    assert _scope().decide(intent, ranking, text)["name"] == "ask_hosted_outside"
    # not with a subject the FAQ leaves out, nor a place in mainland China
    text = "no filing for Macau, and how long does it take?"
    assert _scope().decide(intent, ranking, text).get("name") != "ask_hosted_outside"
    assert not checks_no_filing_outside("no filing for Shenzhen, right?")


def test_a_site_reached_only_by_ip_taken_for_not_covered_is_the_ip_only_question():
    ranking = [{"name": "ask_unanswerable", "confidence": 0.7}]
    text = "we only have the bare IP of our ECS in Jinan, no domain. how do we do the beian?"
    assert _scope().decide("ask_unanswerable", ranking, text)["name"] == "ask_ip_only"
    # not with a subject the FAQ leaves out
    text = "we only have the bare IP of our ECS in Jinan. how much does the beian cost?"
    assert _scope().decide("ask_unanswerable", ranking, text) == {}


def test_whether_needed_for_a_company_like_ours_is_the_umbrella_question():
    ranking = [
        {"name": "ask_which_province", "confidence": 0.8},
        {"name": "ask_physical_office", "confidence": 0.1},
    ]
    text = (
        "We are a Lyon SARL, nothing registered in China; the shop is on ECS Chengdu. "
        "Is a filing truly required for a foreign firm like ours?"
    )
    assert _scope().decide("ask_which_province", ranking, text, True)["name"] == "ask_need_icp"


def test_a_follow_up_naming_only_the_conversations_subject_continues_it():
    # after the physical office answer, whatever the classifier leans to
    ranking = [
        {"name": "ask_no_filing", "confidence": 0.6},
        {"name": "ask_physical_office", "confidence": 0.1},
    ]
    text = "and the subsidiary's registration papers would do, not our Danish ones?"
    decided = _scope().decide("ask_no_filing", ranking, text, False, "ask_physical_office")
    assert decided["name"] == "ask_physical_office"
    # not one naming another question's subject too
    text = "and the subsidiary's papers, or do we need a load balancer for them?"
    decided = _scope().decide("ask_no_filing", ranking, text, False, "ask_physical_office")
    assert decided.get("name") != "ask_physical_office"


def test_a_follow_up_the_rules_offer_only_as_the_conversations_question_is_that_question():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "inform", "confidence": 0.5},
        {"name": "ask_physical_office", "confidence": 0.07},
    ]
    text = "once the subsidiary is set up, can we just use its registration docs?"
    on_it = _scope().decide("nlu_fallback", ranking, text, False, "ask_physical_office")
    assert on_it["name"] == "ask_physical_office"
    # in a conversation on another question it is offered, not answered
    elsewhere = _scope().decide("nlu_fallback", ranking, text, False, "ask_cdn")
    assert elsewhere["name"] != "ask_physical_office"


@pytest.mark.parametrize(
    "text, expected",
    [
        # facts, then whether the answer still holds, in a sentence or a few words of its own
        ("our own shop is on ECS Wuxi with a domain. same?", True),
        ("the box is in Tokyo now, so we're fine?", True),
        ("moved it all to Oslo last month. still an issue?", True),
        # a question of its own after the facts
        ("the box is in Tokyo now. which province do we file in?", False),
    ],
)
def test_facts_and_whether_the_answer_still_holds_continue_the_question(text, expected):
    from actions.scope_rules import continues_with_facts

    assert continues_with_facts(text) is expected


def test_a_discount_is_a_cost():
    assert uncovered_subjects("great. any discount on CDN traffic for startups?") == ["cost"]


def test_eligibility_asked_as_a_request_is_who_may_file():
    ranking = [{"name": "inform", "confidence": 0.98}]
    text = (
        "We have no entity in mainland China. Kindly advise on our eligibility for the ICP filing."
    )
    assert _scope().decide("inform", ranking, text, True)["name"] == "ask_physical_office"


def test_the_filings_jurisdiction_is_where_to_file():
    ranking = [{"name": "ask_physical_office", "confidence": 0.85}]
    text = (
        "We request formal guidance on the jurisdiction for our ICP Filing. Our WFOE holds a "
        "business license issued in Dalian."
    )
    assert _scope().decide("ask_physical_office", ranking, text, True)["name"] == (
        "ask_which_province"
    )


def test_where_to_file_a_site_reached_only_by_ip_is_the_ip_only_question():
    ranking = [{"name": "ask_which_province", "confidence": 0.75}]
    text = (
        "rep office registered in Dalian, ECS in Qingdao, the service is reached only by IP. "
        "Where should the filing be submitted?"
    )
    assert _scope().decide("ask_which_province", ranking, text, True)["name"] == "ask_ip_only"
    with_domain = text.replace("reached only by IP", "reached by its domain")
    decided = _scope().decide("ask_which_province", ranking, with_domain, True)
    assert decided.get("name", "ask_which_province") == "ask_which_province"


# Round 85 (the filing named loosely, subjects mentioned in passing, follow-ups): each mechanism
# in wording of our own.


@pytest.mark.parametrize(
    "text, subjects",
    [
        # a way to pay by its brand is the site's business, not a cost
        (
            "Our storefront on ECS Nanjing accepts Apple Pay. ICP needed for a checkout like that?",
            [],
        ),
        ("do we have to pay for the beian?", ["cost"]),
        # the writer sets the app aside: only the site is asked about
        (
            "There's an Android app too, but we're only asking about the website: it sits on "
            "ECS in Seoul. Does it need a filing?",
            [],
        ),
        ("never mind the mobile app, does our ECS Chengdu site need ICP?", []),
        ("does our Android app need an ICP filing too?", ["apps"]),
        # paperwork as the filing's own name is no documents question; what to hand in is
        ("a partner says we need the government paperwork before launch on ECS Xi'an", []),
        ("which paperwork must we hand in for the beian?", ["documents"]),
        ("is there lots of paperwork for an ICP?", ["documents"]),
        # the console named as where a fact was read, or as the filing's channel
        ("I looked in the console: the CDN area is set to Global. ICP needed?", []),
        ("site reached only by IP. can the filing be done through the Alibaba console?", []),
        ("where in the console do I switch on HTTPS for the CDN?", ["settings"]),
    ],
)
def test_subjects_round_85_found(text, subjects):
    assert uncovered_subjects(text) == subjects


def test_the_filing_named_before_whether_it_is_needed_is_the_umbrella_question():
    ranking = [{"name": "out_of_scope", "confidence": 0.9}]
    text = (
        "Our blog runs on ECS in Oslo. Someone mentioned a website registration with the Chinese "
        "government. Is that something we need?"
    )
    assert _scope().decide("out_of_scope", ranking, text, True)["name"] == "ask_need_icp"


def test_the_cdn_answers_instance_named_by_its_use_is_the_cdn_question():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_load_balancer", "confidence": 0.5},
    ]
    text = "Can the ECS bought for the filing be released once we're approved?"
    decided = _scope().decide("nlu_fallback", ranking, text, False, "ask_cdn")
    assert decided["name"] == "ask_cdn"


def test_where_to_file_confirmed_in_a_follow_up_continues_the_province_question():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "affirm", "confidence": 0.5},
        {"name": "ask_which_province", "confidence": 0.2},
        {"name": "ask_cdn", "confidence": 0.1},
    ]
    text = "so we'd file all of it in Hebei then?"
    on_it = _scope().decide("nlu_fallback", ranking, text, False, "ask_which_province")
    assert on_it["name"] == "ask_which_province"
    # with no conversation on it, it is offered, not answered
    alone = _scope().decide("nlu_fallback", ranking, text, False)
    assert alone["name"] == "nlu_fallback"


def test_a_question_the_faq_leaves_out_in_a_filing_conversation_is_not_covered():
    ranking = [{"name": "out_of_scope", "confidence": 0.7}]
    text = "ok and how many weeks does the review usually take?"
    on_it = _scope().decide("out_of_scope", ranking, text, False, "ask_hosted_outside")
    assert on_it["name"] == "ask_unanswerable"
    # an unrelated question stays unrelated
    weather = "any tips for a good dumpling recipe?"
    decided = _scope().decide("out_of_scope", ranking, weather, False, "ask_hosted_outside")
    assert decided.get("name", "out_of_scope") == "out_of_scope"


def test_a_person_asked_for_in_words_of_a_bot_question_is_the_handoff():
    ranking = [{"name": "bot_challenge", "confidence": 0.95}]
    text = "is there a real person on your side I could walk through this with?"
    decided = _scope().decide("bot_challenge", ranking, text, False, "ask_cdn")
    assert decided["name"] == "request_human"
    # whether the assistant is a person stays the bot question
    asked = "am I chatting with a real person?"
    assert _scope().decide("bot_challenge", ranking, asked, False).get("name") != "request_human"


@pytest.mark.parametrize(
    "text, subjects",
    [
        # the whole set-up told, in a formal word, is no setting
        ("Does the present configuration (ECS Oslo, no CDN) require an ICP Filing?", []),
        ("please confirm whether a filing is mandatory in this configuration", []),
        ("how do I change the CDN configuration for our domain?", ["settings"]),
        # where something was read is no business of the writer's
        ("a forum thread says Hong Kong sites need no ICP. true for our ECS there?", []),
        ("can we run a forum on our ECS Suzhou site with the same filing?", ["business_types"]),
        # a team by its department's name
        ("if marketing ever wants mainland coverage on the CDN, what then?", []),
        ("does ICP affect our marketing campaigns?", ["marketing"]),
        # what a filing is for, asked with "even"
        ("what is an ICP even for?", ["definition"]),
    ],
)
def test_subjects_round_84_formal_and_round_85_found(text, subjects):
    assert uncovered_subjects(text) == subjects


def test_the_filing_procedure_requested_with_a_load_balancer_is_its_steps():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_physical_office", "confidence": 0.5},
        {"name": "ask_load_balancer", "confidence": 0.45},
    ]
    text = (
        "Our rollout in the China (Beijing) region puts an SLB in front of two ECS instances. "
        "Please outline the proper ICP filing procedure; our branch holds a Commercial License."
    )
    assert _scope().decide("nlu_fallback", ranking, text, True)["name"] == "ask_load_balancer"


def test_who_may_file_asked_of_a_presence_told_in_a_conversation_is_who_may_file():
    ranking = [{"name": "inform", "confidence": 0.95}]
    text = "We have no entity at all in the PRC. Kindly confirm our eligibility."
    decided = _scope().decide("inform", ranking, text, True, "ask_hosted_outside")
    assert decided["name"] == "ask_physical_office"
    # a presence told to ask whether the answer changes stays the question at hand
    told = "we do run a small rep office in Xi'an, does that change anything?"
    assert _scope().decide("inform", ranking, told, True, "ask_hosted_outside")["name"] == "inform"


def test_a_claim_checked_whether_it_is_of_need_or_of_who_may_file():
    # a claim of exemption, checked: whether one is needed
    ranking = [{"name": "ask_physical_office", "confidence": 0.99}]
    exempt = (
        "A consultant told us 'overseas firms don't need ICP, only local ones do'. We're a "
        "Swiss shop on ECS in cn-qingdao. Is that accurate?"
    )
    assert _scope().decide("ask_physical_office", ranking, exempt, True)["name"] == ("ask_need_icp")
    # a claim of who may apply, checked: who may file
    who = "A forum post said only Chinese firms can apply for a beian. We're Swiss. Is that so?"
    assert _scope().decide("ask_physical_office", ranking, who, True).get(
        "name", "ask_physical_office"
    ) == ("ask_physical_office")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Please outline the ICP filing procedure.", True),
        ("could you explain the steps of the beian?", True),
        ("what's the process for an ICP filing?", True),
        ("what is the process for renewing a work visa?", False),
    ],
)
def test_the_filing_procedure_asked_for_is_how_to_file(text, expected):
    from actions.scope_rules import asks_how_to_file

    assert asks_how_to_file(text) is expected


def test_where_someone_named_files_is_where_to_file():
    ranking = [{"name": "ask_unanswerable", "confidence": 0.7}]
    text = "where should our Xiamen branch apply for the beian, Fujian or where the ECS is?"
    assert _scope().decide("ask_unanswerable", ranking, text, True)["name"] == "ask_which_province"
    # (not where a rule applies)
    other = "where does this rule apply?"
    assert _scope().decide("nlu_fallback", ranking, other, False).get("name") != (
        "ask_which_province"
    )


def test_the_filing_not_done_asked_of_its_consequences_is_the_no_filing_question():
    ranking = [{"name": "ask_no_filing", "confidence": 0.95}]
    text = "what if we simply don't get the ICP filing? our ECS is in Wuhan and launch is Monday"
    assert _scope().decide("ask_no_filing", ranking, text, True).get("name", "ask_no_filing") == (
        "ask_no_filing"
    )


@pytest.mark.parametrize(
    "text, subjects",
    [
        # audits and inspections of a filed site: not covered
        ("what sets off an ICP audit for a small shop?", ["review"]),
        ("are sites inspected once the ICP is approved?", ["review"]),
        # an auditor is no audit
        ("our auditor says a site on ECS Chengdu needs ICP, is that so?", []),
    ],
)
def test_audits_of_a_filed_site_are_not_covered(text, subjects):
    assert uncovered_subjects(text) == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [
        # the filing's two names asked about: a definition the FAQ does not give
        ("is ICP filing just another word for beian?", ["definition"]),
        ("are ICP registration and beian one and the same?", ["definition"]),
        ("beian same thing as icp?", ["definition"]),
        # (not the filing of one place against another's)
        ("is the beian for our Macau box the same as for a Hangzhou one?", []),
        # how a move is done, not whether the new place needs a filing
        ("how could we best relocate our site from Qingdao to Tokyo?", ["operations"]),
        ("how to move the ecs over to the frankfurt region", ["operations"]),
        ("if we relocate the site to Tokyo, is the beian still needed?", []),
    ],
)
def test_round_92_what_the_faq_does_not_answer_in_the_filings_own_words(text, subjects):
    assert uncovered_subjects(text) == subjects


@pytest.mark.parametrize(
    "text, reported",
    [
        ("our Jakarta server went down an hour ago, pls help", True),
        ("the web site on ECS Seoul keeps crashing since this morning", True),
        ("the VPS in Sydney is not responding", True),
        # (no fault: the set-up, and a fault asked of the filing)
        ("our servers are in Seoul and we crash-tested them, do we need ICP?", False),
        ("our site on ECS Dalian is down: is it because we have no beian?", False),
    ],
)
def test_round_92_a_machine_down_is_a_fault_reported(text, reported):
    assert reports_a_problem(text) is reported


def test_round_92_someone_applying_is_not_the_filing_applying():
    assert not asks_if_it_applies("can we apply beian licence for the web site?")
    assert not asks_if_it_applies("could I still apply ICP for our shop?")
    assert asks_if_it_applies("would the ICP apply to a site on ECS Dalian?")
    # a company with a physical office asking if it can apply: who may file, not whether needed
    ranking = [{"name": "ask_physical_office", "confidence": 0.95}]
    text = "We're Thai, with a rep office in Kunming. Can we apply beian license for the site?"
    decided = _scope().decide("ask_physical_office", ranking, text, True)
    assert decided.get("name", "ask_physical_office") == "ask_physical_office"


@pytest.mark.parametrize(
    "text, subjects",
    [
        # where the domain was registered, or a domain held and not used
        ("beian for a domain that was bought overseas: how?", ["domains"]),
        ("must we file a domain which isn't in use yet?", ["domains"]),
        # (the company registered abroad is the FAQ's own case)
        ("we're registered outside mainland China: how do we file?", []),
        # kinds of site with approvals of their own
        ("how do we get the beian for a dating website?", ["business_types"]),
        # why a filing is needed at all, asked of no case; asked of a case, it is the FAQ's
        ("why is beian even required?", ["definition"]),
        ("why is ICP necessary for a site on ECS Wuhan?", []),
        # the Commercial License by another English name
        ("how to apply for an operating ICP licence?", ["licence_types"]),
        ("our operating licence was issued in Wuhan. Which province do we file in?", []),
    ],
)
def test_batch_h18_uncovered_questions_in_the_filings_own_words(text, subjects):
    assert uncovered_subjects(text) == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [
        # whether the Commercial License is needed: the FAQ says only who cannot get one
        ("do we also need an ICP commercial licence to take payments?", ["licence_types"]),
        ("commercial license required for our web shop?", ["licence_types"]),
        (
            "the WFOE plans to charge customers online: do we need the ICP commercial license?",
            ["licence_types"],
        ),
        # (one held, updated for the load balancer, is the FAQ's)
        ("we hold a commercial license; do we need it updated when moving to the SLB?", []),
        # the site's content changed for the filing
        ("would we have to rewrite some texts on the site before filing?", ["data_and_content"]),
    ],
)
def test_round_93_uncovered_questions_after_an_answer(text, subjects):
    assert uncovered_subjects(text) == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [
        # why the state requires a filing at all: its purpose, which the FAQ does not give
        ("why does the Chinese government require beian in the first place?", ["definition"]),
        ("we're on ECS Oslo and never needed a beian. honestly, what's it for?", ["definition"]),
        # (not anything else asked of: "what's this for?" alone)
        ("what's this for?", []),
        # (why one case needs it and another not is the FAQ's rule)
        ("why does China require ICP for a Wuhan server but not a Macau one?", []),
    ],
)
def test_round_94_the_filings_purpose_is_not_covered(text, subjects):
    assert uncovered_subjects(text) == subjects


@pytest.mark.parametrize(
    "text, subjects",
    [
        # another place's own licence or registration
        (
            "must a site on Macau servers also get a permit from the Macau government?",
            ["other_countries"],
        ),
        ("any registration with the Japanese authorities for our Tokyo site?", ["other_countries"]),
        # (the relevant authority of the FAQ's own physical office answer is no other place's)
        ("where do we get the certificate from the relevant authority?", []),
        # another product asked for
        (
            "is there any other service that gets content into China without ICP?",
            ["other_products"],
        ),
        # a filing done again after a change (one behind a load balancer is the FAQ's SLB answer)
        (
            "we moved the site to new ECS in Wuhan. must the beian be done again?",
            ["existing_filing"],
        ),
        (
            "we put an SLB in front of the Wuhan ECS; must the beian be done again?",
            [],
        ),
        # what it is for, typed with "anyway"
        ("what's beian for anyway? why China needs it", ["definition"]),
        # more servers behind a load balancer the site already has: a filing changed, not covered
        (
            "once we put two more ECS behind our Wuhan SLB, is the beian redone?",
            ["existing_filing"],
        ),
        # (the load balancer added, or its IP pointed to, is the FAQ's SLB answer)
        ("we're adding a load balancer in Wuhan, is the beian redone?", []),
        ("the SLB's IP is not the one we filed with: must the beian be redone?", []),
        # a server named by what runs on it is no API setting, nor a filing wished for another
        # place's
        ("our Wuhan branch would like a beian for prestige", []),
        ("our API box in Wuhan goes away soon", []),
        # how a CDN fetches from its origin is a setting, not covered
        ("can your CDN pull from a Hetzner origin?", ["settings"]),
    ],
)
def test_rounds_95_and_96_uncovered_questions_beside_a_set_up(text, subjects):
    assert uncovered_subjects(text) == subjects


def test_round_95_is_one_needed_asks_whether_the_filing_is():
    text = (
        "Our Hefei branch would like a beian for prestige, the site is on Osaka ECS. Is one needed?"
    )
    assert _decided("ask_physical_office", text) == "ask_need_icp"
    # (who may file, asked after it, is still the physical office question)
    asked = "Our Hefei branch would like a beian. Can the branch file it?"
    assert _decided("ask_physical_office", asked) != "ask_need_icp"


def test_round_95_filing_with_no_presence_after_a_cdn_plan_is_the_physical_office_question():
    text = "Next year we'd turn on the mainland CDN. Then we could file the beian with no entity?"
    ranking = [{"name": "ask_cdn", "confidence": 0.9}]
    assert _scope().decide("ask_cdn", ranking, text, True, topic="cdn").get("name") == (
        "ask_physical_office"
    )
    # (how to file, after a CDN backstory, is still the CDN answer's)
    how = "Next year we'd turn on the mainland CDN. How do we get the beian done then?"
    assert _scope().decide("ask_cdn", ranking, how, True, topic="cdn").get("name") != (
        "ask_physical_office"
    )


def test_round_96_where_we_apply_typed_without_its_verb_asks_where_to_file():
    from actions.scope_rules import asks_where_to_file

    assert asks_where_to_file("licence from Hubei, server in Hangzhou, so where we apply the ICP?")


def test_round_96_papers_of_a_company_named_by_its_kind_ask_whose_papers():
    from actions.scope_rules import asks_whose_papers

    assert asks_whose_papers("if the branch papers are late, we may use our head office documents?")
    assert not asks_whose_papers("what documents does the head office need?")


def test_round_96_a_certificate_out_of_reach_and_an_alternative_asked_is_no_filing():
    text = "they say getting that permanent office certificate is impossible. alternative?"
    assert _decided("ask_physical_office", text) == "ask_no_filing"


@pytest.mark.parametrize(
    "text, continues",
    [
        # whether the part or case just told needs anything, asked bare
        ("for (b): no CDN, visitors from Europe only. Nothing required?", True),
        ("there's also a backup copy in Oslo nobody visits. filing for that?", True),
        # (a question of its own)
        ("is there anything required to do before launch?", False),
    ],
)
def test_round_96_a_bare_need_question_after_facts_continues_the_question(text, continues):
    from actions.scope_rules import continues_with_facts

    assert continues_with_facts(text) is continues


def test_round_96_the_temporary_server_released_after_approval_named_first_is_not_covered():
    text = "Can the temp ECS be deleted once the beian is approved?"
    assert uncovered_subjects(text) == ["existing_filing"]
    # (its minimum term, asked, is the CDN answer's)
    assert uncovered_subjects("how long must the temp ECS be subscribed?") == []


@pytest.mark.parametrize(
    "intent, text",
    [
        (
            "nlu_fallback",
            "Could we speak with sales about a discount for the Wuhan servers?",
        ),
        ("nlu_fallback", "who at Alibaba can I talk to about the filing review?"),
    ],
)
def test_round_96_a_person_asked_for_in_so_many_words_is_the_handoff(intent, text):
    assert _decided(intent, text) == "request_human"


def test_a_person_only_named_is_no_request_for_one():
    assert _decided("ask_ip_only", "our staff reach the Wuhan panel only by IP. beian?") != (
        "request_human"
    )


def test_review_of_session_32_questions_too_broad():
    from actions.faq_subjects import asks_if_one_can_file
    from actions.scope_rules import asks_where_to_file, names_a_presence_or_none
    from actions.small_talk_and_handoff import requests_a_person

    # a domain registered is no filing asked about
    assert not asks_if_one_can_file("We could register a .cn domain too. Do we need ICP?")
    # online sales are no person asked for
    assert not requests_a_person("can we have online sales in mainland China from HK?")
    assert requests_a_person("could I talk to sales about the Wuhan servers?")
    # servers hosted nowhere in China, or no idea which office, name no presence
    assert not names_a_presence_or_none("We host nothing in China. How do we get the ICP done?")
    assert not names_a_presence_or_none("no idea which company handles it")
    # a place where companies are registered, in a relative clause, is no question where to file
    assert not asks_where_to_file("Wuhan is where we register our companies; HK servers, ICP?")
    # more ECS added to the load balancer is a changed filing too
    assert uncovered_subjects("we add two more ECS to the SLB. must the beian be done again?") == [
        "existing_filing"
    ]


def test_round_97_speed_asked_without_a_question_mark_is_performance():
    assert uncovered_subjects(
        "would the pages open quickly for people in Chengdu from a Tokyo box"
    ) == ["performance"]
    # (the filing's skipping asked, with speed as the reason, is the filing's question)
    assert (
        uncovered_subjects(
            "Could a mainland CDN make it load faster without us going through the beian?"
        )
        == []
    )


def test_round_97_the_server_filed_with_kept_running_after_a_step_is_not_covered():
    text = "once the domain points at the load balancer, must we keep the original ECS running?"
    assert uncovered_subjects(text) == ["existing_filing"]
    ranking = [{"name": "ask_load_balancer", "confidence": 0.9}]
    assert _scope().decide("ask_load_balancer", ranking, text, False, topic="load_balancer").get(
        "name"
    ) == ("ask_unanswerable")
    # (how long the temporary ECS must run is the CDN answer's)
    assert uncovered_subjects("is a two month subscription enough for the temporary ECS?") == []


def test_round_97_where_it_goes_asked_of_the_filing_named_before_is_where_to_file():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "inform", "confidence": 0.45},
        {"name": "ask_hosted_outside", "confidence": 0.35},
    ]
    text = "so it goes to Hubei although the ECS sit in Shanghai?"
    decided = _scope().decide("nlu_fallback", ranking, text, True, topic="physical_office")
    assert decided.get("name") == "ask_which_province"


def test_round_97_the_load_balancer_dropped_is_the_umbrella_question():
    assert _decided(
        "ask_load_balancer", "and if we get rid of the load balancer, one big ECS?"
    ) == ("ask_need_icp")
    assert _decided("ask_load_balancer", "how do we file with the SLB in front of two ECS?") != (
        "ask_need_icp"
    )


def test_round_97_unsure_between_two_courtesies_is_the_likelier_courtesy():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "thanks", "confidence": 0.52},
        {"name": "feedback_helpful", "confidence": 0.47},
    ]
    text = "super, many thanks for sorting that out"
    assert _scope().decide("nlu_fallback", ranking, text, False).get("name") == "thanks"
    # (a question after it is no courtesy)
    asked = "super, many thanks. and is Macau different?"
    assert _scope().decide("nlu_fallback", ranking, asked, False).get("name") != "thanks"


def test_round_97_a_person_asked_for_after_an_answer_is_the_handoff():
    text = "I'd rather go through this with one of your specialists if that works"
    assert _decided("feedback_helpful", text) == "request_human"
    assert _decided("thanks", "thanks, I'd prefer to speak with a colleague of yours") == (
        "request_human"
    )


def test_round_97_papers_asked_of_the_documents_named_before_ask_whose_papers():
    from actions.scope_rules import asks_whose_papers

    text = "could some of them be our parent's documents from Germany?"
    assert asks_whose_papers(text)
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_unanswerable", "confidence": 0.44},
        {"name": "ask_physical_office", "confidence": 0.2},
    ]
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="physical_office")
    assert decided.get("name") == "ask_physical_office"


def test_round_97_going_live_while_waiting_for_the_filing_is_the_no_filing_question():
    from actions.faq_subjects import carries_subject

    assert carries_subject("ask_no_filing", "may the shop stay open while we wait for it? (ICP)")
    assert not carries_subject("ask_no_filing", "can we grab lunch while we wait for it? (ICP)")


def test_a_staging_server_is_a_sites_server_wherever_it_is():
    # round 97, and rounds 80, 82 and 110: a staging site is as open to visits as any other once
    # its domain points at it, so where it is hosted decides, as the FAQ says
    assert uncovered_subjects("same for the staging server in Oslo?") == []
    assert uncovered_subjects("a staging server in Shenzhen: ICP?") == []
    assert (
        uncovered_subjects(
            "our staging env is on ecs in hangzhou and production is on aws oregon. staging is "
            "only used by our QA team, does the staging box need an icp filing"
        )
        == []
    )
    # (a site kept off the public internet is still not the FAQ's)
    assert uncovered_subjects("our intranet runs on ecs in shanghai, need icp?") == ["not_websites"]


def test_a_test_environment_set_aside_beside_the_production_sites_place():
    # round 108: "singapore is only ..." sets the copy aside; the production site's place is told
    assert (
        uncovered_subjects(
            "sorry, singapore is only the test environment. production slb and ecs are in "
            "cn-shanghai"
        )
        == []
    )
    # (asked of the test environment itself, it is still not the FAQ's)
    assert uncovered_subjects(
        "the test environment is in beijing and production runs in tokyo. does the test "
        "environment need icp?"
    ) == ["not_websites"]


def test_round_97_the_ip_a_dns_record_points_at_is_no_ip_only_access():
    from actions.faq_subjects import carries_subject

    text = "so once approved we just switch the DNS to the load balancer's IP, nothing else?"
    assert not carries_subject("ask_ip_only", text)
    assert carries_subject("ask_ip_only", "the site is reached only by its IP, beian?")


def test_round_97_advice_asked_after_the_no_filing_answer_is_that_answer():
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    for text in ("what do you recommend we do now?", "what would you suggest the client do?"):
        decided = _scope().decide("nlu_fallback", ranking, text, False, topic="no_filing")
        assert decided.get("name") == "ask_no_filing"
    # (after another answer, it is no question of having no filing)
    decided = _scope().decide(
        "nlu_fallback", ranking, "what do you recommend we do now?", False, topic="cdn"
    )
    assert decided.get("name") != "ask_no_filing"


def test_round_97_a_place_asked_to_be_treated_differently_asks_if_it_changes_the_answer():
    from actions.scope_rules import asks_if_it_changes_the_answer

    assert asks_if_it_changes_the_answer("is an ECS in Macau treated differently?")


def test_round_97_a_province_asked_alone_after_the_province_answer_is_that_answer():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_physical_office", "confidence": 0.4},
        {"name": "ask_which_province", "confidence": 0.2},
    ]
    text = "the licence is our Wuhan branch's, so Hubei, correct? Hubei?"
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="which_province")
    assert decided.get("name") == "ask_which_province"
    # (in a conversation on another question, a place asked alone is no province check)
    decided = _scope().decide("nlu_fallback", ranking, "and Wuhan?", False, topic="cdn")
    assert decided.get("name") != "ask_which_province"


def test_round_98_a_province_checked_first_after_the_province_answer_is_that_answer():
    from actions.scope_rules import asks_only_of_a_division

    for text in (
        "so Hunan, not Hubei where the ECS runs?",
        "Sichuan then, like the example?",
        "so Jiangsu even though the server sits in Shanghai?",
    ):
        assert asks_only_of_a_division(text)
    assert not asks_only_of_a_division("Hunan has nice food")
    assert not asks_only_of_a_division("so Hunan is where our office is. fees?")


def test_round_98_hong_kong_checked_after_the_no_filing_answer_is_that_answer():
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    for text in ("so we just put the site on an HK server?", "any workaround at all?"):
        decided = _scope().decide("nlu_fallback", ranking, text, False, topic="no_filing")
        assert decided.get("name") == "ask_no_filing"
    # (Hong Kong named in a statement is no check of the answer)
    decided = _scope().decide(
        "nlu_fallback", ranking, "our designer lives in Hong Kong.", False, topic="no_filing"
    )
    assert decided.get("name") != "ask_no_filing"


def test_round_98_what_the_answer_asked_for_ruled_out_is_the_no_filing_question():
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    text = "a permanent office first? that's simply not feasible for a firm our size"
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="physical_office")
    assert decided.get("name") == "ask_no_filing"
    # (after another answer it says nothing of the filing)
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="cdn")
    assert decided.get("name") != "ask_no_filing"


def test_round_98_papers_asked_whether_they_would_do_ask_whose_papers():
    from actions.scope_rules import asks_whose_papers

    assert asks_whose_papers("and the Dutch parent's documents, would those count?")
    assert not asks_whose_papers("the parent's documents are in Dutch")


def test_round_98_the_ip_only_answer_checked_is_the_ip_only_question():
    from actions.faq_subjects import carries_subject
    from actions.uncovered_subjects import uncovered_subjects

    text = "so it can't go via your filing portal at all?"
    assert carries_subject("ask_ip_only", text)
    assert uncovered_subjects(text) == []


def test_round_98_a_person_asked_to_do_it_is_the_handoff():
    from actions.small_talk_and_handoff import requests_a_person

    assert requests_a_person("could one of your engineers call me about it tomorrow?")
    assert requests_a_person("is there somebody there who can help me fill in the form?")
    assert not requests_a_person("could a branch help us file?")
    assert _decided("ask_unanswerable", "is there somebody who could help us with the form?") == (
        "request_human"
    )


def test_round_98_a_console_misread_and_paid_bookings_name_no_uncovered_subject():
    assert uncovered_subjects("sorry, I misread the console, the ECS is in Qingdao") == []
    assert uncovered_subjects("we'll add paid courses later, does the SLB step change?") == []
    assert uncovered_subjects("how much does the beian cost?") == ["cost"]


def test_which_form_asked_beside_another_thing_is_a_document_question():
    assert uncovered_subjects("to update the licence, which form and which authority?") == [
        "documents"
    ]


def test_review_of_session_33_scope_rules_too_broad():
    from actions.faq_subjects import carries_subject
    from actions.scope_rules import drops_the_load_balancer
    from actions.small_talk_and_handoff import requests_a_person

    def decided(intent, text, topic=None, states_facts=False, ranking=None):
        ranking = ranking or [{"name": intent, "confidence": 0.9}]
        return _scope().decide(intent, ranking, text, states_facts, topic=topic).get("name")

    # a confident FAQ question is kept after the physical office or province answer
    text = "An ECS in China is out of the question for us. Is Tokyo hosting fine without ICP?"
    assert decided("ask_hosted_outside", text, "physical_office", True) != "ask_no_filing"
    text = "Hubei, right? and with an Alibaba CDN covering mainland, is a filing needed too?"
    assert decided("ask_cdn", text, "which_province", True) != "ask_which_province"
    # a load balancer added, or none once, is no load balancer dropped
    assert not drops_the_load_balancer("we had no SLB when we filed; how do we put one in front?")
    assert not drops_the_load_balancer(
        "the filing was done without a load balancer, adding one now"
    )
    # a filing system named in a why-question is no check of the IP-only answer
    assert not carries_subject("ask_ip_only", "why can't a rep office file via your filing portal?")
    # the CDN's temporary server kept running while the CDN is used is the CDN answer's
    text = "When the CDN covers mainland China, must an ECS keep running there?"
    assert uncovered_subjects(text) == []
    # facts after a courtesy are read, not taken for the courtesy
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "thanks", "confidence": 0.5},
        {"name": "goodbye", "confidence": 0.4},
    ]
    text = "cheers. one more thing: the CDN would cover mainland too"
    assert decided("nlu_fallback", text, "hosted_outside", True, ranking) != "thanks"
    # the writer's own people are no person asked for from support
    assert not requests_a_person("thanks, I'd like to go over this with our legal team first")
    assert not requests_a_person("Could a Chinese citizen help us file with their ID?")
    assert requests_a_person("could I talk to our account manager instead?")
    # Hong Kong named of documents after the no-filing answer is no check of its way out
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    text = "are papers issued in Hong Kong accepted?"
    assert decided("nlu_fallback", text, "no_filing", False, ranking) != "ask_no_filing"


def test_round_99_someone_of_the_providers_asked_to_act_is_the_handoff():
    text = "the review has stalled for a month - could somebody at Aliyun look into it please?"
    assert _decided("ask_unanswerable", text) == "request_human"
    # (someone asked to explain, of no one's side, is no person asked for)
    assert _decided("ask_unanswerable", "could someone explain the review steps?") != (
        "request_human"
    )
    # ... also when the filing is named (or read in from the message before)
    text = "could someone from your team check our beian application please?"
    assert _decided("ask_unanswerable", text) == "request_human"
    # ... or sent by the assistant (round 104), the filing's team named
    text = "could you have somebody on the beian desk look into our application?"
    assert _decided("ask_unanswerable", text) == "request_human"
    # (not the filing itself asked of the assistant, nor someone only to explain)
    assert _decided("ask_unanswerable", "can you get the beian done for us?") != "request_human"
    assert _decided("ask_unanswerable", "can you get someone to explain what a beian is?") != (
        "request_human"
    )


def test_round_99_what_the_answer_asks_for_not_to_be_had_is_the_no_filing_question():
    from actions.scope_rules import rules_out_what_was_said

    ranking = [{"name": "nlu_fallback", "confidence": 0.8}]
    text = "and suppose we simply cannot obtain that at all?"
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="physical_office")
    assert decided["name"] == "ask_no_filing"
    # (not a matter of time)
    assert not rules_out_what_was_said("and if we can't get it before the launch?")
    assert not rules_out_what_was_said("what if we can't get it done today?")
    # (nor a pronoun's object that goes on: "can't get it to load", "can't get it approved")
    assert not rules_out_what_was_said("we can't get it to open in Nanjing, do we need ICP?")
    assert not rules_out_what_was_said("we can't get it approved without an office?")


@pytest.mark.parametrize(
    "text",
    [
        "that seems like far too much red tape for a two-person shop. what else could we do?",
        "it's too many hoops for us, really. any other options?",
        "sounds like way too much admin. what else can we even do?",
        "too much of a hassle for us. what else could we do?",
    ],
)
def test_what_the_answer_asks_for_too_much_to_take_on_then_what_to_do_is_the_no_filing_question(
    text,
):
    ranking = [{"name": "ask_unanswerable", "confidence": 0.9}]
    decided = _scope().decide("ask_unanswerable", ranking, text, False, topic="physical_office")
    assert decided["name"] == "ask_no_filing"


@pytest.mark.parametrize(
    "text, intent, topic",
    [
        # the burden said and nothing asked, or denied
        ("that's too much paperwork for us.", "ask_unanswerable", "physical_office"),
        ("that's not too much work. what else can we do?", "ask_unanswerable", "physical_office"),
        # a thing of its own too much to do (the CDN, a translation, the answer's own way out)
        (
            "we looked at the CDN, it's too much hassle to set up. what else can we do?",
            "ask_unanswerable",
            "physical_office",
        ),
        (
            "it's too much work to translate our licence. what else can we do?",
            "ask_unanswerable",
            "physical_office",
        ),
        (
            "it's too much trouble to file in Hubei, can we file in Hunan instead?",
            "ask_which_province",
            "which_province",
        ),
        # a list of papers asked after the burden is still that question
        (
            "that's too much paperwork. can you send me the checklist of required documents?",
            "ask_physical_office",
            "physical_office",
        ),
        (
            "too many steps. what else can we do? and do the papers have to be translated?",
            "ask_unanswerable",
            "physical_office",
        ),
        # what else to do for something else
        ("what else can we do to prepare the documents?", "nlu_fallback", "no_filing"),
        ("what else can we do in the meantime while we wait?", "nlu_fallback", "no_filing"),
    ],
)
def test_a_burden_of_something_else_or_nothing_asked_is_no_no_filing_question(text, intent, topic):
    ranking = [{"name": intent, "confidence": 0.9}]
    decided = _scope().decide(intent, ranking, text, False, topic=topic)
    assert decided.get("name") != "ask_no_filing"


def test_a_burden_is_no_list_of_papers_asked():
    assert "documents" not in uncovered_subjects("that sounds like way too much paperwork for us")
    assert "documents" in uncovered_subjects("is there too much paperwork for a small shop?")
    assert "documents" in uncovered_subjects(
        "it's too much paperwork. do the documents need to be translated?"
    )
    assert not says_it_is_too_much("it's too much hassle to configure the CDN")


def test_round_99_filing_the_conversations_site_through_the_filing_system_asks_the_ip_only_point():
    from actions.faq_subjects import carries_subject

    assert carries_subject("ask_ip_only", "so could we lodge it via your ICP filing portal?")
    # (a system of something else is not the filing system)
    assert not carries_subject("ask_ip_only", "can we do it on the ticket system?")


def test_review_of_session_34_readings_too_broad():
    from actions.cdn_facts import names_a_cdn_in_use
    from actions.faq_subjects import carries_subject
    from actions.small_talk_and_handoff import requests_a_person

    # a server dropped once something else was done is no filing's server
    text = "we dumped the old VPS once the move was done, which province do we file in?"
    assert uncovered_subjects(text) == []
    # a domain's filing told, not asked of
    told = "our domain already has its own filing, now we add a CDN for the mainland, what then?"
    assert "domains" not in uncovered_subjects(told)
    # the filing system asked of with a domain named is no IP-only point
    assert not carries_subject(
        "ask_ip_only", "can we file it on the filing system with www.shop.cn?"
    )
    # someone asked to explain is no one asked to act
    assert not requests_a_person("can anyone from support explain what an ICP filing is?")
    # a CDN never had, not wanted, or asked about is none put in
    for text in ("we have never used a CDN, so is a filing needed?", "should we use a CDN?"):
        assert not names_a_cdn_in_use(text)


@pytest.mark.parametrize(
    "text, asks",
    [
        ("and where does the application go?", True),
        ("fine, where would our filing go then?", True),
        ("so if we ever do have to file, where?", True),
        ("which authority do we submit it to?", True),
        # (not where something goes wrong, nor a place said of a filing done)
        ("where does it go wrong for most people?", False),
        ("we already filed last spring, where? Shanghai", False),
    ],
)
def test_round_101_where_the_filing_goes_asked(text, asks):
    assert asks_where_to_file(f"{text} (ICP Filing)") is asks


@pytest.mark.parametrize(
    "text, subjects",
    [
        # where or how to set up an office or get its certificate: the FAQ says "the relevant
        # authority" only
        (
            "and how would we get a permanent office certificate in the first place?",
            ["office_setup"],
        ),
        (
            "so we must get that representative office certificate first. how do we get it?",
            ["office_setup"],
        ),
        ("who issues the rep office certificate?", ["office_setup"]),
        # (not the filing done once it is had, nor a business licence for the filing)
        ("once we have the office certificate, where do we apply for the filing?", []),
        ("how can we get a business licence if we have no company in china?", []),
        # (an office told as background)
        ("we opened a rep office in Chengdu last year. do we need icp for a site in hangzhou?", []),
        # every site its readers can open, the rule stated (no limit on sites asked)
        ("every site that people in china can visit needs a beian, is that right?", []),
        ("one beian for every domain we own?", ["limits"]),
        # a CDN's area chosen so it is faster: the purpose, not performance asked about
        ("what if we pick the global area, just to be quicker for chinese users?", []),
        ("is the global area actually faster for chinese users than hong kong?", ["performance"]),
    ],
)
def test_round_101_subjects(text, subjects):
    assert uncovered_subjects(text) == subjects


@pytest.mark.parametrize(
    "text, person",
    [
        ("honestly I'd prefer to speak with a human about our filing, can I?", True),
        ("is there anybody we could phone about this?", True),
        # (not a person the filing obliges one to speak to)
        ("do we have to talk to someone at the communications administration?", False),
        ("must we speak with a consultant for the beian?", False),
    ],
)
def test_round_101_a_person_to_speak_to_asked_for(text, person):
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_unanswerable", "confidence": 0.4},
    ]
    decided = _scope().decide("nlu_fallback", ranking, text)
    assert (decided.get("name") == "request_human") is person


def test_round_101_thanks_the_classifier_was_unsure_of_are_thanks():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "thanks", "confidence": 0.4},
        {"name": "ask_hosted_outside", "confidence": 0.25},
    ]
    assert _scope().decide("nlu_fallback", ranking, "got it, thx for being straight")["name"] == (
        "thanks"
    )
    # (not thanks with a question after them, nor the filing named)
    asked = "thx, and is the beian needed for hong kong?"
    assert _scope().decide("nlu_fallback", ranking, asked).get("name") != "thanks"
    named = "thx for the icp info"
    assert _scope().decide("nlu_fallback", ranking, named).get("name") != "thanks"


@pytest.mark.parametrize(
    "text",
    [
        "the board plans to move it to Beijing next year, what changes then",
        "we'll migrate to the Shanghai region in spring. what changes then?",
    ],
)
def test_round_101_what_a_plan_changes_continues_the_question(text):
    assert continues_with_facts(text)


@pytest.mark.parametrize(
    "text, subjects",
    [
        # review of round 101's readers: the filing's own certificate is no office's
        ("where do we get the beian certificate once it is approved?", []),
        # a site the writer will open is a limit on sites asked about
        ("one beian for every website we may open later?", ["limits"]),
        # speed asked about, not a purpose
        ("if we add alibaba cdn, is it going to be faster in china?", ["performance"]),
    ],
)
def test_round_101_review_subjects(text, subjects):
    assert uncovered_subjects(text) == subjects


def test_round_101_review_a_consequence_asked_is_a_question_of_its_own():
    assert not continues_with_facts("our filing was turned down twice. what happens then?")


@pytest.mark.parametrize(
    "text",
    [
        "i talked to a person at your sales team who said it takes 20 days, right?",
        "our lawyer says we should talk to an agent in china first, true?",
    ],
)
def test_round_101_review_a_person_talked_to_or_advised_is_none_asked_for(text):
    assert not asks_whom_to_speak_to(text)


@pytest.mark.parametrize(
    "intent, text",
    [
        # round 103: a site not filed, typed without the apostrophe, or "has not completed filing"
        ("ask_no_filing", "our blog on ECS Jinan isnt filed yet, can it stay online like that?"),
        # ... and a filing that "wont" be finished, the apostrophe left out too
        ("ask_no_filing", "our lawyers wont finish the beian before summer. options?"),
    ],
)
def test_round_103_a_filing_not_done_typed_loosely_is_the_no_filing_question(intent, text):
    assert carries_subject(intent, text)


def test_round_103_a_console_that_wont_let_them_file_is_no_filing_given_up():
    # (the apostrophe left out of "won't" does not make a console's refusal the filing's lack)
    assert not carries_subject("ask_no_filing", "the console wont let us submit the beian")


def test_round_103_a_page_saying_the_site_is_not_filed_is_the_faqs_own_case():
    text = (
        "shop on ECS Nanjing: the domain shows 'this website has not completed filing, access "
        "blocked'. what can we do?"
    )
    assert "blocking" not in uncovered_subjects(text)
    # (censorship of a site hosted abroad is still blocking)
    assert "blocking" in uncovered_subjects("site in Osaka isnt filed, will the GFW block it?")


def test_round_103_whether_a_site_with_a_domain_is_ip_only_gets_the_umbrella_answer():
    text = (
        "our store on ECS Xi'an: the domain gets a 'not filed' page, yet the bare IP opens fine. "
        "would that count as ip-only access, so no beian?"
    )
    ranking = [{"name": "ask_ip_only", "confidence": 0.99}]
    assert _scope().decide("ask_ip_only", ranking, text)["name"] == "ask_need_icp"
    # (one reached only by IP, told, keeps the classifier's IP-only question)
    told = "our store on ECS Xi'an is reached only by IP, no domain. do we need a beian?"
    assert _scope().decide("ask_ip_only", ranking, told).get("name", "ask_ip_only") == (
        "ask_ip_only"
    )


def test_round_103_the_paperwork_in_a_conversation_on_the_filing_is_the_filing():
    text = "sigh. our legal team wont get the paperwork done for months. any other route?"
    ranking = [{"name": "ask_no_filing", "confidence": 0.9}]
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="need_icp")
    assert decided["name"] == "ask_no_filing"


@pytest.mark.parametrize(
    "text, asks",
    [
        # round 102: a way of paying asked of the instance named before
        ("pay-as-you-go would do for that one, right?", True),
        ("and prepaid is ok for it?", True),
        # (not what it costs, nor a server of the user's own, nor a statement)
        ("how much is it per month if we go pay as you go?", False),
        ("is pay as you go ok for our web ecs?", False),
        ("we pay for it pay as you go.", False),
    ],
)
def test_round_103_a_billing_method_asked_of_it(text, asks):
    assert asks_a_billing_method_of_it(text) is asks


def test_round_103_a_billing_method_asked_after_the_cdn_answer_is_that_answer():
    text = "pay-as-you-go would do for that one, right?"
    ranking = [{"name": "ask_unanswerable", "confidence": 0.6}]
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="cdn")
    assert decided["name"] == "ask_cdn"
    # (with no conversation, nothing names "that one")
    assert _scope().decide("nlu_fallback", ranking, text).get("name") != "ask_cdn"


@pytest.mark.parametrize(
    "text, subject",
    [
        # round 104: what a change does to the filing's needs, asked ("icp-wise"), is no change
        # to an existing filing; a paid platform is a kind of site, not a price; a site served
        # from OSS is where it is hosted
        (
            "origin on ECS Dallas with overseas-only CDN. if we switch on mainland acceleration, "
            "what changes beian-wise?",
            "existing_filing",
        ),
        (
            "we hold a commercial licence too (it's a paid community site). does that matter?",
            "cost",
        ),
        (
            "someone claims a CDN for China needs a mainland ECS even if the site is on OSS in "
            "Oslo. true?",
            "other_products",
        ),
    ],
)
def test_round_104_background_is_no_subject_of_its_own(text, subject):
    assert subject not in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        # review of round 104's readers: an error page's "denied" is no filing rejected, a
        # nationality told is none asked, the CDN's rented mainland ECS is no server of the site's
        (
            "visitors in china get 'access denied' on our shop (ECS Wuxi, no beian). what's the "
            "problem?",
            "review",
        ),
        ("our director is chinese, the site is hosted in Oslo. need beian?", "filing_details"),
        (
            "our main server stays in Lyon. for the mainland CDN, can the ECS we rent in china be "
            "pay-as-you-go or must it be a subscription?",
            "cost",
        ),
    ],
)
def test_round_104_review_what_is_told_is_no_subject_asked(text, subject):
    assert subject not in uncovered_subjects(text)


def test_round_104_review_a_change_to_a_filing_held_is_still_a_change():
    text = "our beian is approved. we're renaming the company, what changes icp-wise?"
    assert "existing_filing" in uncovered_subjects(text)


def test_round_104_review_a_billing_method_after_the_umbrella_answer_is_no_cdn_question():
    ranking = [{"name": "ask_unanswerable", "confidence": 0.6}]
    text = "can it be pay as you go?"
    assert _scope().decide("ask_unanswerable", ranking, text, topic="need_icp").get("name") != (
        "ask_cdn"
    )


def test_round_104_a_filing_never_heard_of_is_none_had():
    text = "our shop is live on ECS Xiamen with a domain; no one warned us about beian. now what?"
    assert carries_subject("ask_no_filing", text)
    # (nor is a filing heard of and done)
    assert not carries_subject("ask_no_filing", "we heard of beian and filed it. SLB next?")


@pytest.mark.parametrize(
    "text, subject",
    [
        # round 105: the filing through someone other than Alibaba Cloud, a mainland CDN vendor
        (
            "our mainland acceleration would come from ChinaCache; must the beian be lodged with "
            "them instead of Alibaba Cloud?",
            "other_providers",
        ),
        ("can our hosting partner do the icp for us rather than aliyun?", "other_providers"),
        # the forms an authority expects are a document list
        ("what forms will the Hubei communications bureau want from us?", "documents"),
        # whether a named province takes an office's filing: the FAQ names no province
        ("does zhejiang accept filings from a ban shi chu?", "province_list"),
        ("is Fujian one of the provinces that take rep offices?", "province_list"),
        # a definition by a heading's wording, and why the state wants one
        ("What a beian is, and who checks it", "definition"),
        ("why does the government require an ICP filing at all?", "definition"),
    ],
)
def test_round_105_subjects(text, subject):
    assert subject in uncovered_subjects(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        # an IoT product's web dashboard is a website
        ("our iot portal is on ECS Wuhan, opened by its IP only - filing?", "not_websites"),
        # the marketing team as who acts is no marketing question
        ("what if marketing turns the CDN area to Global next month?", "marketing"),
        # the filing console's reach is the FAQ's own IP-only point, no console setting
        ("the icp system only accepts domains, so how does an IP-only site file?", "settings"),
        # (nor are a province's forms of presence a document list)
        ("which forms of presence does Jiangsu know?", "documents"),
    ],
)
def test_round_105_words_that_are_not_the_subject(text, subject):
    assert subject not in uncovered_subjects(text)


@pytest.mark.parametrize(
    "intent, text, expected",
    [
        # a query on another subject naming a presence in passing
        ("inform", "rep office beijing tax invoice deadline march", "ask_unanswerable"),
        # (another provider named is where the site is: still facts)
        ("inform", "we are on aws tokyo with a cdn covering mainland china", None),
        # a symptom told, the missing filing asked as its cause
        (
            "nlu_fallback",
            "our ECS Nanjing site shows a warning page to visitors. is that because we have no "
            "beian?",
            "ask_no_filing",
        ),
        # what must come first, asked by the filing's verb, with no presence told
        (
            "nlu_fallback",
            "We have nothing in China, the shop runs on ECS Hefei. What would we need before we "
            "could file?",
            "ask_physical_office",
        ),
    ],
)
def test_round_105_decisions(intent, text, expected):
    decided = _scope().decide(intent, [{"name": intent, "confidence": 0.8}], text, True)
    assert decided.get("name") == expected


def test_round_105_a_domain_put_as_a_case_to_file_through_alibaba_continues_the_question():
    text = "could we simply register a domain for it and file through the alibaba system then?"
    assert continues_with_facts(text)
    assert asks_of_filing_through_alibaba_cloud(text)


@pytest.mark.parametrize(
    "text, subject",
    [
        # review of round 105: a branch office taken by a province is no list of provinces, nor
        # is a province named as one of several in a statement; forms of a thing are no forms
        ("will Hunan accept the filing from our branch office in Changsha?", "province_list"),
        (
            "Our licence is from Anhui, one of the provinces where we have staff. where do we "
            "file?",
            "province_list",
        ),
        ("Is a filing required for all forms of CDN?", "documents"),
        ("what forms the basis for the province choice?", "documents"),
    ],
)
def test_round_105_review_subjects_not_read(text, subject):
    assert subject not in uncovered_subjects(text)


@pytest.mark.parametrize(
    "intent, text, topic, expected",
    [
        # review of round 105: the site's own facts beside an incidental subject are still facts
        (
            "inform",
            "we're a marketing agency, our site is on AWS Tokyo and we use Alibaba CDN covering "
            "mainland china",
            None,
            None,
        ),
        (
            "inform",
            "our rep office in Wuhan handles sales and payments, the website runs on ECS Wuhan",
            None,
            None,
        ),
        # how to file, for a site abroad with no mainland CDN told, after the hosted-outside
        # answer: that answer again
        (
            "nlu_fallback",
            "right. our site is in Kuala Lumpur, no CDN at all. so how do we apply then?",
            "hosted_outside",
            "ask_hosted_outside",
        ),
        # ... Hong Kong being outside mainland China too
        ("nlu_fallback", "everything is hosted in HK. how would we even file?", "cdn", "ask_cdn"),
        # the Commercial License asked of a site, not of the presence: not that answer
        (
            "nlu_fallback",
            "can a site hosted in HK get the ICP commercial license?",
            "physical_office",
            "nlu_fallback",
        ),
    ],
)
def test_round_105_review_decisions(intent, text, topic, expected):
    ranking = [{"name": intent, "confidence": 0.8}]
    assert _scope().decide(intent, ranking, text, True, topic=topic).get("name") == expected


def test_round_105_where_a_site_reached_only_by_ip_files_is_the_ip_only_answer():
    text = (
        "Memo: services opened only through a bare IP are filed with the communications "
        "administration of the province where the company is registered."
    )
    ranking = [{"name": "ask_which_province", "confidence": 0.8}]
    decided = _scope().decide("ask_which_province", ranking, text, True)
    assert decided.get("name") == "ask_ip_only"
    # (not a server's IP named beside the province asked: "the server IP is in Beijing")
    asked = "our licence is from Hubei and the server IP is 47.1.2.3 in Beijing. which province?"
    assert _scope().decide("ask_which_province", ranking, asked, True).get("name") != (
        "ask_ip_only"
    )


@pytest.mark.parametrize(
    "text",
    [
        "we're an Irish firm - may we rent a couple of cloud servers in the Guangzhou region?",
        "Is it legal for a Canadian business to run its own ECS instances in Chengdu?",
        "Are overseas companies permitted to use servers in mainland China at all?",
        "could our Swiss company put its web shop on ECS inside mainland China?",
    ],
)
def test_whether_a_company_abroad_may_host_in_the_mainland_is_the_umbrella_question(text):
    # Taken for who may file (a company named), but what is asked is whether it may host there at
    # all, which the FAQ's opening answers: it may, and must then apply for an ICP Filing.
    ranking = [{"name": "ask_physical_office", "confidence": 0.8}]
    assert _scope().decide("ask_physical_office", ranking, text, True).get("name") == (
        "ask_need_icp"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a presence, or none, asked about beside it: who may file
        "could our Swiss company put its web shop on ECS in mainland China, or is a WFOE needed?",
        "may we rent ECS in Guangzhou as a Dutch company with no entity in China?",
        # the filing named: who may file
        "can an Irish firm host on ECS in Shanghai and still get the ICP filing itself?",
        # a server abroad: no such question
        "we're an Irish firm - may we rent a couple of cloud servers in the Frankfurt region?",
        # another's filing used: a question of the filing
        "our reseller holds a beian. could we put our web shop on their ECS in Wuhan and share "
        "their beian?",
    ],
)
def test_who_may_file_beside_hosting_in_the_mainland_is_not_taken_for_it(text):
    ranking = [{"name": "ask_physical_office", "confidence": 0.8}]
    assert _scope().decide("ask_physical_office", ranking, text, True).get("name") != (
        "ask_need_icp"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Is a Belgian start-up able to run its website in Xiamen?",
        "can Malaysian businesses use aliyun servers based in China?",
        "we're incorporated in Oregon - is it OK for us to use aliyun's mainland regions?",
        "is it ok for a Thai company to host on alibaba cloud hangzhou?",
    ],
)
def test_whether_a_company_abroad_may_host_in_the_mainland_unsure_is_the_umbrella_question(text):
    # the classifier unsure: the same question, the umbrella answer (its facts asked for)
    assert _scope().decide("nlu_fallback", [], text, True).get("name") == "ask_need_icp"


def test_the_mainland_regions_are_not_any_china_region_named():
    # (a region named for something else is not whether one may host there)
    text = "can we use the china region for the CDN origin?"
    assert _scope().decide("nlu_fallback", [], text, True).get("name") != "ask_need_icp"


@pytest.mark.parametrize(
    "text",
    [
        # a place outside the mainland, by the region's full name or a correction
        "as a Danish firm can we rent ECS in the China (Hong Kong) region?",
        "could we put our servers in China? sorry, I meant Macau",
        # servers there for something other than a site
        "can a Finnish company buy ECS in Tianjin for our data pipeline only?",
        "can we rent machines in Chongqing to load-test our API?",
        # the filing's own server: the CDN question's
        "could we run an ECS in Xi'an as the temporary instance for the CDN beian?",
    ],
)
def test_not_whether_one_may_host_in_the_mainland_unsure_is_not_the_umbrella_question(text):
    assert _scope().decide("nlu_fallback", [], text, True).get("name") != "ask_need_icp"


@pytest.mark.parametrize(
    "text",
    [
        "can a Polish company host in Suzhou, or is a local entity required?",
        "may an Austrian business host its site in Hefei with just Austrian documents?",
        "could a Greek firm run its web shop on ECS in Jinan? or do we need a Chinese partner?",
    ],
)
def test_who_may_file_asked_beside_hosting_in_the_mainland_is_the_physical_office_question(text):
    assert _scope().decide("nlu_fallback", [], text, True).get("name") == "ask_physical_office"


@pytest.mark.parametrize(
    "text",
    [
        "what is needed to host our company site in Xiamen?",
        "can we host our site in mainland China? only our partner companies' staff will log in",
        "Can a Swedish firm host its web shop in Nanning? Our head office is in Stockholm.",
        "Can we host our documentation portal in Harbin?",
    ],
)
def test_company_or_paper_words_beside_hosting_in_the_mainland_are_not_who_may_file(text):
    # (a company's site, partners' staff, a head office told after it, a portal for documents:
    # no presence or papers asked about)
    assert _scope().decide("nlu_fallback", [], text, True).get("name") != "ask_physical_office"


@pytest.mark.parametrize(
    "text",
    [
        # hosting itself asked of
        "Is hosting in mainland China permitted for overseas businesses?",
        "would running our web shop in Kunming be legal for a Mexican company?",
        # the asker's place beside it, or told after it
        "Could a firm based in Macau put its website on ECS in Foshan?",
        "can we, as a Chilean business, deploy servers in Zhengzhou?",
        "May we host our blog in Changsha? We are based in Portugal.",
        # (a company's own registration is not the filing named)
        "Can a company registered in Norway host a website in Dalian?",
    ],
)
def test_other_forms_of_whether_one_may_host_in_the_mainland_are_the_umbrella_question(text):
    assert _scope().decide("nlu_fallback", [], text, True).get("name") == "ask_need_icp"


@pytest.mark.parametrize(
    "text",
    [
        "could we keep a .shop domain for the store on ECS in Ningbo?",
        "our .dev domain points at ECS Qingdao - is that ok?",
        "is a .tech domain fine for a site hosted in Zhuhai?",
    ],
)
def test_a_domain_suffix_used_or_allowed_is_not_covered(text):
    from actions.uncovered_subjects import uncovered_subjects

    assert "domains" in uncovered_subjects(text)
    ranking = [{"name": "inform", "confidence": 0.8}]
    assert _scope().decide("inform", ranking, text, True).get("name") == "ask_unanswerable"


def test_a_domain_named_beside_the_filing_question_is_not_a_suffix_question():
    from actions.uncovered_subjects import uncovered_subjects

    # (the suffix only told, the filing asked; a domain name is no suffix asked about)
    assert "domains" not in uncovered_subjects("we run a .com domain on ECS Ningbo, need ICP?")
    assert "domains" not in uncovered_subjects("is our shop.tech on ECS Zhuhai ok without ICP?")


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        (
            "ask_no_filing",
            "we're a Macau company; could we get a beian for the shop on ECS Xiamen?",
        ),
        ("inform", "we only have a Taiwan company. can our Hefei ECS website get filed?"),
        (
            "ask_hosted_outside",
            "as a Hong Kong firm, can we do the ICP for a site on ECS Xi'an?",
        ),
    ],
)
def test_whether_a_company_named_can_file_is_who_may_file(intent, text):
    ranking = [{"name": intent, "confidence": 0.8}]
    assert _scope().decide(intent, ranking, text, True).get("name") == "ask_physical_office"


@pytest.mark.parametrize(
    ("intent", "text", "expected"),
    [
        # another FAQ question asked with its subject is kept
        ("ask_load_balancer", "a Hong Kong company here: can we file with the SLB in front?", None),
        # a site reached only by IP is the IP-only question's
        ("ask_ip_only", "HK company, only an IP on ECS Wuhan, no domain. can we file?", None),
    ],
)
def test_whether_a_company_named_can_file_keeps_another_questions_subject(intent, text, expected):
    ranking = [{"name": intent, "confidence": 0.8}]
    assert _scope().decide(intent, ranking, text, True).get("name") == expected


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        # more than whether one can file: when, how fast, at what cost, how many
        ("nlu_fallback", "We're a Belgian company; can we file the ICP by next Friday?"),
        ("ask_no_filing", "our Irish firm: could we get a beian within two weeks?"),
        ("nlu_fallback", "We're a Dutch company. Can we get an ICP for five domains at once?"),
        # a site hosted outside the mainland, or a CDN: those questions' own
        ("ask_hosted_outside", "We're a Macau company, can we file if our site is on AWS Seoul?"),
        ("ask_cdn", "We're a UK firm and want Alibaba CDN to cover mainland China. Can we file?"),
        # registered somewhere else than with the filing
        ("nlu_fallback", "We're a Thai company. Can our site be registered with Bing Webmaster?"),
    ],
)
def test_whether_a_company_named_can_file_is_not_taken_for_more_than_that(intent, text):
    ranking = [{"name": intent, "confidence": 0.8}]
    assert _scope().decide(intent, ranking, text, True).get("name") != "ask_physical_office"


def test_a_files_or_a_frameworks_dot_is_no_domain_suffix():
    from actions.uncovered_subjects import uncovered_subjects

    for text in (
        "can we keep a .env file on ECS Jinan?",
        "can we use .NET 9 on ECS Jinan, and do we need ICP?",
        "is .pdf ok for the scans of the branch licence?",
    ):
        assert "domains" not in uncovered_subjects(text), text
    assert "domains" in uncovered_subjects("can I keep my .app domain for ECS Jinan?")


def test_a_company_registered_in_china_may_still_name_the_filing():
    from actions.message_parts import names_the_filing

    assert names_the_filing("is the business registered in China with the ministry for this site?")
    assert not names_the_filing("Can a company registered in Peru host a website in China?")


@pytest.mark.parametrize(
    "text, offered",
    [
        # round 106: help asked with the filing, nothing asked yet and no site told: the
        # assistant's questions to pick from
        ("hi we are a canadian company and need some help about icp for china", True),
        ("hello, I have a question about ICP filing", True),
        ("we have some questions about beian", True),
        # ... not with a site told, a subject of its own or a question asked
        ("I need help with ICP filing for our site on ECS Beijing", False),
        ("we need help with the icp fees", False),
        ("I have a question about ICP filing: do we need one?", False),
    ],
)
def test_help_asked_with_the_filing_and_nothing_more_offers_the_questions(text, offered):
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    decided = _scope().decide("ask_physical_office", ranking, text)
    assert (decided.get("name") == "ask_capabilities") is offered


def test_round_108_questions_read_by_their_form():
    from actions.general_or_own import is_general_comparison
    from actions.need_or_next_step import asks_what_to_do_now
    from actions.scope_rules import asks_how_to_file

    assert is_general_comparison("so basically mainland = icp, hong kong = no icp? just checking")
    assert not is_general_comparison("our site is on ECS Hong Kong, so no icp?")
    assert asks_what_to_do_now("getting that certificate is not possible for us. then what?")
    assert asks_how_to_file("slb in cn-beijing with 2 ecs, filing not done yet. how do we do it?")
    assert not asks_how_to_file("our CI pipeline is broken. how do we do it?")
    assert asks_where_to_file(
        "we have a rep office in chengdu, so where exactly do we submit the filing?"
    )
    # another provider's CDN, unnamed, for the mainland: the FAQ's CDN rule is Alibaba Cloud CDN's
    text = (
        "our site is on ecs in hong kong and we are thinking of another provider's cdn that has "
        "china nodes (not alibaba). do we need a filing with alibaba cloud for that?"
    )
    assert "other_providers" in uncovered_subjects(text)
    assert "other_providers" not in uncovered_subjects(
        "our site is on ecs in hong kong and we want alibaba cdn with china nodes. need a filing?"
    )


def test_round_108_decisions():
    # taken for the IP-only question, the site reached by a domain: whether it needs a filing
    ranking = [{"name": "ask_ip_only", "confidence": 0.99}]
    text = "our site on beijing ecs will be reachable both by the domain and by the raw ip. icp?"
    assert _scope().decide("ask_ip_only", ranking, text, True)["name"] == "ask_need_icp"
    # taken for the no-filing question, a filing only not done yet: how to file with the SLB
    ranking = [{"name": "ask_no_filing", "confidence": 0.9}]
    text = "using slb in cn-beijing with 2 ecs, filing not done yet. how do we do it?"
    assert _scope().decide("ask_no_filing", ranking, text, True)["name"] == "ask_load_balancer"
    # ... but not one that cannot be done
    text = "using slb in cn-beijing, but we cannot get the documents, so no filing. what now?"
    assert _scope().decide("ask_no_filing", ranking, text, True).get("name") != "ask_load_balancer"


def test_round_109_the_filing_by_a_newcomers_name_and_questions_by_their_form():
    from actions.need_or_next_step import asks_what_to_do_now, speaks_of_needing_a_filing
    from actions.scope_rules import asks_how_to_get_a_filing

    # the filing named as a newcomer names it, quoted or not
    assert names_the_filing("we never got the Chinese registration thing. what happens now?")
    assert speaks_of_needing_a_filing(
        "our agency says we need a 'government license to be online in China' before our site "
        "goes live on Alibaba Cloud in Shanghai. Is that true?"
    )
    assert not names_the_filing("the chinese business license thing is with our lawyer")
    assert asks_what_to_do_now("we never got the icp. what happens now?")
    # where whoever files files, or "that filing" is made
    assert asks_where_to_file("And where exactly would that filing be made?")
    assert asks_where_to_file("once the persona has that office certificate, where does it file?")
    assert not asks_where_to_file("where does the site run?")
    # the ways to a filing asked for
    assert asks_how_to_get_a_filing("no office, no company. what are our options to file?")
    # the FAQ's own kind of CDN, asked of an area, is the CDN question's subject
    assert carries_subject(
        "ask_cdn",
        "Is the 'Global' acceleration area in alibaba cloud cdn considered international cdn?",
    )
    assert not carries_subject("ask_cdn", "does the alibaba cloud cdn support http/3?")


def test_review_of_session_43_readers_do_not_misfire_on_ordinary_messages():
    from actions.message_parts import means_another_icp, stated_part
    from actions.scope_rules import asks_how_to_file, asks_only_what_now

    # a statement before a question of it is not the question's thing named
    said = stated_part(
        "Our site is on ECS Shanghai with a payment page, does it need a PSB filing?"
    )
    assert said == "our site is on ecs shanghai with a payment page"
    # a translation of the site, signing a company's papers, a site about mining or training
    for text in (
        "Our website needs a translation into Chinese. Do we need ICP if it is hosted in Shanghai?",
        "We just signed the documents for our new WFOE in Shanghai. Do we need ICP for our site?",
        "We run a crypto mining news site on ECS Shanghai. ICP required?",
        "Our web app runs batch jobs for customers and is hosted in Beijing. Does it need ICP?",
    ):
        assert not uncovered_subjects(text), text
    # "what happens next after I file?" is a question of its own, not a bare "what now?"
    assert not asks_only_what_now("What happens next after I file?")
    # "how do we do that?" of another thing than a filing not done yet
    assert not asks_how_to_file("The ICP number must be in the footer. How do we do that?")
    # where a company registers its domain is not where it files
    assert not asks_where_to_file("Where does the company register its domain name?")
    # a filing to be done, then another question: not whether one is needed
    assert not asks_if_it_needs_a_filing("We need to file the ICP, what documents are required?")
    # ICP spelled out as something else beside the filing's own world is the filing
    assert not means_another_icp(
        "We sell to our ICP (ideal customer profile) in China from a site on ECS Shanghai, do we "
        "need an ICP filing?"
    )


def test_round_110_companies_and_changes_the_faq_does_not_cover():
    for text in (
        # a company registered in mainland China: the FAQ is for enterprises registered outside it
        "we're a domestic company registered in hangzhou, not foreign. what's different for us "
        "with icp",
        # another party's server with a copy of the site
        "our chinese partner hosts a mirror of our site on their own server in guangzhou, do WE "
        "need an icp",
        "our shop is hosted by our local distributor in shenzhen, need icp?",
        # a load balancer given up by a Commercial License holder: the FAQ covers changing to one
        "we hold an icp commercial license and are dropping the slb, going back to a single ecs "
        "in beijing. do we need to update anything",
    ):
        assert uncovered_subjects(text), text
    for text in (
        # (a company of Hong Kong's, however it is put; "chinese" alone may be of anywhere)
        "we are a chinese company based in hong kong, need icp?",
        "we are a chinese company with servers in hong kong, need icp?",
        # (a partner who says something, or whose own site is asked about)
        "our partner says our site on ecs in guangzhou needs an icp, is that right?",
        # (a load balancer given up with no filing or licence had: where the site is decides)
        "we are dropping the slb, going back to a single ecs in beijing. need icp?",
        # (a load balancer added: the FAQ's own question)
        "we hold an icp commercial license and are adding an slb in front of our ecs in beijing",
    ):
        assert not {"companies", "existing_filing"} & set(uncovered_subjects(text)), text


def test_batch_h20_subjects_the_faq_does_not_cover():
    # (own wording of what batch h20's tuning part found)
    for text, subject in (
        # a filing already had, said of anyone's domain
        ("No extra filing is needed if the domain is filed already.", "existing_filing"),
        ("Adding more websites to an existing ICP filing", "existing_filing"),
        # a store on a marketplace's own platform
        ("a shop on Taobao doesn't need its own beian, right?", "other_providers"),
        # the filing's banner shown on the site
        (
            "the console keeps warning about a missing ICP banner on our homepage",
            "number_and_footer",
        ),
        # the filing or the licence by the site's purpose
        ("an informational website only needs an ICP filing, not the licence", "licence_types"),
    ):
        assert subject in uncovered_subjects(text), text
    for text in (
        # (the licence's issuer named is no contact with the ministry)
        "with the Outside Mainland China option you need no ICP license from MIIT",
        # (a site added on a server is no site added to a filing)
        "we add a new website on ecs beijing, need icp?",
        # (a site's kind beside the question whether a filing is needed)
        "our marketing site runs on ecs in hangzhou, do we need an icp filing?",
    ):
        assert not {"miit_contact", "existing_filing", "licence_types"} & set(
            uncovered_subjects(text)
        ), text


def test_round_110_follow_ups_and_subjects_after_tuning():
    from actions.need_or_next_step import asks_what_to_do_now
    from actions.small_talk_and_handoff import asks_someone_to_act

    # the console as where a fact was looked up is no question of the console
    assert (
        uncovered_subjects(
            "wait sorry just checked the console, the media one is Global (Excluding Mainland "
            "China)"
        )
        == []
    )
    assert "settings" in uncovered_subjects(
        "checked the console, server is in singapore. how do i enable the cdn in the console?"
    )
    # an agent somewhere asked to file, and another party's filing lent ("under theirs")
    assert "companies" in uncovered_subjects(
        "do we need a local agent in china to submit the icp for us"
    )
    assert "companies" in uncovered_subjects(
        "our JV partner already has an icp filing for their own site, can we just put our "
        "domain under theirs"
    )
    # a person of the provider's asked to reach the writer
    assert asks_someone_to_act("can someone from your team call me about this instead")
    assert not asks_someone_to_act("can someone from our team call the bureau about this")
    # the options asked for alone
    assert asks_what_to_do_now("options?")
    assert not asks_what_to_do_now("what options does the CDN console have")


def test_round_111_follow_ups_and_questions_after_tuning():
    from actions.faq_subjects import carries_subject
    from actions.scope_rules import asks_if_it_applies, doubts_the_answer, rules_out_what_was_said

    # a doubt whose reason is typed as a question
    assert doubts_the_answer("why though, we're not even a Chinese company?")
    assert not doubts_the_answer("why? how long does it take?")
    # a certificate said too much, put as a case
    assert rules_out_what_was_said("and if getting that certificate is too much hassle for us?")
    assert not rules_out_what_was_said("is getting that certificate much hassle?")
    # how the filing works for the writer (not what it is)
    assert asks_if_it_applies("how does the ICP thing work for us?")
    assert not asks_if_it_applies("how does the ICP review work?")
    # a masked address reached by its scheme
    assert carries_subject(
        "ask_ip_only", "our website is only reachable at http://47.96.x.x. can you do the filing?"
    )
    # the ministry's seat is no contact with it
    assert "miit_contact" not in uncovered_subjects(
        "Do we have to file in Beijing because that's where the MIIT sits?"
    )
    assert "miit_contact" in uncovered_subjects("how do we reach the MIIT?")


def test_hosting_places_compared_in_general():
    from actions.general_or_own import compares_hosting_places
    from actions.hosting_facts import read_hosting

    # round 109: two places compared, neither the writer's (a kind of company named beside them
    # asks nothing of an office)
    text = "For a foreign company, is hosting in Hong Kong any different from Singapore for ICP?"
    assert compares_hosting_places(text)
    assert read_hosting("hosting in Hong Kong", text) is None
    assert compares_hosting_places("what's the difference between hosting in Tokyo and Seoul?")
    # (the writer's own place told in a sentence of its own still is theirs)
    own = "we host in tokyo. is hosting in tokyo any different from hosting in seoul for icp?"
    assert read_hosting("host in tokyo", own) == "outside_mainland"
    assert not compares_hosting_places("we host in tokyo, is that different for the cdn?")


def test_round_112_the_edge_of_the_faq():
    from actions.filing_facts import filing_out_of_reach
    from actions.scope_rules import asks_if_it_applies
    from actions.small_talk_and_handoff import asks_whom_to_speak_to

    for text, subject in (
        # where the temporary instance must be, either order
        (
            "does the temp ecs for the cdn icp have to be in the region where our company is "
            "registered or will any mainland region do",
            "instance_specs",
        ),
        ("and which region should the temporary instance be in?", "instance_specs"),
        # which of two providers named
        (
            "Our load balancer is a Tencent Cloud CLB in Guangzhou and the backend servers are "
            "Alibaba ECS in Shenzhen. Which provider do we file through?",
            "other_providers",
        ),
        # selling online, with a presence named
        (
            "Once our ban shi chu has the filing, can it sell products through that website, or "
            "does online selling need more than a filing?",
            "business_types",
        ),
    ):
        assert subject in uncovered_subjects(text), text
    for text in (
        # (selling online told beside whether a filing is needed)
        "we sell shoes online, our site is on ecs shanghai. do we need icp?",
        # (the site's database is one of its servers: any in mainland China makes the mainland
        # rules apply, as eval/README.md and round 81 have it)
        "Website is on a Hong Kong ECS. If we add a mainland ECS that only runs a database "
        "replica, does that trigger a filing?",
        # (papers in English are no site's language)
        "our docs are English only and were issued in London. if the filing can't be finished "
        "because of that, what do you suggest?",
        # (an EDI licence held beside the load balancer question)
        "We hold an ICP Commercial Licence (and an EDI one). Next week the site's IP moves from "
        "the single ECS to the SLB's address - anything ICP-wise we must do?",
    ):
        assert uncovered_subjects(text) == [], text
    assert "licence_types" in uncovered_subjects(
        "We hold an ICP Commercial Licence and add an SLB. do we also need an EDI licence?"
    )
    # the filing that may not be managed at all (not one late)
    assert filing_out_of_reach("we may not manage the filing at all, the documents are a problem")
    assert not filing_out_of_reach("we might not get the filing done before may")
    # a way round it claimed, then checked
    assert asks_if_it_applies(
        "we bought a Hong Kong ECS because someone said it avoids all the China paperwork - is "
        "that right?"
    )
    assert not asks_if_it_applies("how do we avoid the paperwork?")
    # whom to ask (not whom the filing asks for)
    assert asks_whom_to_speak_to("ok who can i ask about that then?")
    assert not asks_whom_to_speak_to("who should we ask for the documents?")


def test_round_113_subjects_in_other_words():
    from actions.faq_subjects import carries_subject

    # a filing done after the launch, asked what happens
    assert carries_subject(
        "ask_no_filing",
        "What happens with the website if we do the ICP later, after the launch? server is Beijing",
    )


def test_session_44_review_what_the_new_rules_leave_alone():
    from actions.filing_facts import filing_out_of_reach
    from actions.scope_rules import doubts_the_answer, rules_out_what_was_said

    # (a reviewer's sentences: each rule of this session kept from ordinary wording near it)
    for text in (
        "our site is in hong kong but we use alibaba cdn for mainland users. is a separate "
        "filing needed for the cdn?",
        "we plan to use an slb with our ecs in shanghai. is an additional icp filing required "
        "for the slb?",
        "we don't have a filing yet. can we add more websites to the filing application later?",
        "we'll buy the temporary ecs for 3 months, then we file in the province where our "
        "business license was issued, right?",
        "which province do we file in, and do we need the temporary ecs for the cdn?",
        "we are a chinese restaurant business in london, our site is on aws london. icp needed?",
        "our website is hosted by our agency on an alibaba ecs in hangzhou under our own "
        "account. what do we need for the filing?",
        "we used to be on our partner's servers, now we have our own ecs in shanghai. how do we "
        "file?",
    ):
        assert uncovered_subjects(text) == [], text
    # (an internal site asked of beside production's place stays not covered; so does a staging
    # site kept behind a VPN)
    assert "not_websites" in uncovered_subjects(
        "production is in singapore. our internal wiki is on an ecs in shanghai, only for staff. "
        "does the wiki need icp?"
    )
    assert "not_websites" in uncovered_subjects(
        "our staging site is only reachable over our vpn, it's on ecs shanghai. need icp?"
    )
    assert not doubts_the_answer("ok why not, let's go with hong kong then")
    assert not doubts_the_answer(
        "really? we have a branch in shanghai, can we apply for the commercial license then?"
    )
    assert not doubts_the_answer(
        "seriously, we just need to know whether our hk site needs a filing?"
    )
    assert not rules_out_what_was_said(
        "what if our traffic is too much for one ecs, can we add an slb?"
    )
    assert not rules_out_what_was_said("if the site is too slow from hong kong, should we move it?")
    assert not filing_out_of_reach(
        "we might not get the filing because our site is hosted in singapore, right?"
    )


def test_round_114_questions_after_tuning():
    from components.scope_decision import _how_to_file_with_a_thing

    # a presence supposed, then how to file with a thing: that thing's question
    text = "say the client registers a rep office in Xiamen. how would they file with the CDN then?"
    assert _how_to_file_with_a_thing(text) == "ask_cdn"
    assert _decided("ask_physical_office", text) == "ask_cdn"
    # (not a presence asked about in the question itself, nor two things at once)
    assert (
        _how_to_file_with_a_thing("how do we file with the slb if we only have a rep office?")
        is None
    )
    assert _how_to_file_with_a_thing("how do we file with the slb and the cdn?") is None
    # taken for "not covered", naming nothing the FAQ leaves out
    assert (
        _decided(
            "ask_unanswerable",
            "fine, and once the papers arrive, how do we apply with a load balancer?",
        )
        == "ask_load_balancer"
    )
    assert _decided("ask_unanswerable", "how do we file with the slb and what does it cost?") != (
        "ask_load_balancer"
    )
    # what is needed, asked bare after the facts: the umbrella question
    text = "Our firm is Canadian and the shop will run on an ECS in Qingdao. What do we need?"
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "out_of_scope", "confidence": 0.5},
        {"name": "ask_need_icp", "confidence": 0.3},
    ]
    assert _scope().decide("nlu_fallback", ranking, text, True).get("name") == "ask_need_icp"
    # whether one is needed, and where: where to file
    text = (
        "licence from Hubei, ECS in Wuhan with a domain. do we need a filing and in which province?"
    )
    assert _decided("ask_need_icp", text) == "ask_which_province"
    # a licence holder asking the filing's own steps is no question of the licence's steps
    assert (
        uncovered_subjects(
            "We hold an ICP Commercial License and run ECS behind an SLB in Beijing. What is the "
            "filing procedure?"
        )
        == []
    )
    assert "licence_types" in uncovered_subjects(
        "we want an ICP Commercial License. what is the application procedure?"
    )


def test_the_same_question_asked_of_another_case():
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}, {"name": "inform", "confidence": 0.4}]
    for text in (
        "same question for our Shenzhen subsidiary, whose licence is from Guangdong",
        "and what about the Macau affiliate, with the same site? same question?",
        "ok same thing but for the second shop",
    ):
        decided = _scope().decide("nlu_fallback", ranking, text, True, topic="which_province")
        assert decided.get("name") == "ask_which_province", text
    # (a related company's own case is not their papers used; using them still is not covered)
    assert (
        uncovered_subjects("same question for our sister company, whose licence is from Anhui")
        == []
    )
    assert "companies" in uncovered_subjects("can we just file under our sister company's licence?")
    assert "companies" in uncovered_subjects("could our reseller file the beian for us?")
    # (the same question of something the FAQ leaves out is not covered)
    decided = _scope().decide(
        "nlu_fallback", ranking, "same question for the mini program", True, topic="which_province"
    )
    assert decided.get("name") == "ask_unanswerable"


def test_round_115_and_116_subjects_after_tuning():
    # the certificate asked of is the SSL one named before it
    assert "settings" in uncovered_subjects(
        "client needs a TLS cert for the shop on ECS Hangzhou. Is the ICP filing required before "
        "the cert can be issued?"
    )
    assert "settings" not in uncovered_subjects(
        "our rep office has its certificate from Xiamen. does the filing need the certificate?"
    )
    # a block in a set-up left behind is no question about blocking
    assert (
        uncovered_subjects(
            "we used to run in Shenzhen and got blocked (no beian), now everything is on AWS "
            "Sydney. do we need to file now?"
        )
        == []
    )
    assert "blocking" in uncovered_subjects("why was our site blocked, now it loads again?")
    # Resource Access Management users are no instance's memory
    assert "instance_specs" not in uncovered_subjects(
        "how do we add RAM users for the ops team, and does our ECS in Wuhan need icp?"
    )
    assert "instance_specs" in uncovered_subjects("how much RAM must the temporary ECS have?")
    # whether Taiwan or Macau counts as mainland China: the FAQ never says
    assert "other_countries" in uncovered_subjects(
        "is Taiwan considered part of mainland China here?"
    )
    assert "other_countries" in uncovered_subjects(
        "our box is in Macau - is that outside mainland for ICP?"
    )
    assert uncovered_subjects("our servers are in macau, do we need icp?") == []
    # the pace of a province, an appeal, a filing again for a load balancer elsewhere, and where
    # a server must be beside the province
    assert "time" in uncovered_subjects("which province approves ICP fastest?")
    assert "review" in uncovered_subjects("our beian was refused. can we appeal the decision?")
    assert "existing_filing" in uncovered_subjects(
        "we will add a second load balancer in another region, must we file again?"
    )
    assert uncovered_subjects("we add an SLB to our Beijing ECS, must we file again?") == []
    assert "instance_specs" in uncovered_subjects(
        "licence from Hubei. must the ECS also be in the Wuhan region?"
    )
    # the DNS change's time beside a load balancer is that answer's second step
    assert (
        uncovered_subjects("with an SLB in front of our Hangzhou ECS, when do we switch the DNS?")
        == []
    )


def test_round_115_and_116_questions_after_tuning():
    from actions.message_parts import asking_parts
    from actions.need_or_next_step import asks_if_it_needs_a_filing, asks_what_to_do_now
    from actions.scope_rules import asks_for_the_outcome, continues_with_facts
    from actions.small_talk_and_handoff import requests_a_person
    from components.facts_told import without_the_uncovered_parts_facts

    # numbered questions, a question typed short, and one set by the answer before it
    assert asking_parts(
        "two things: (1) is a filing needed for our Wuhan ECS, (2) what does it cost?"
    )[-1] == ("what does it cost?")
    assert asking_parts("licence from Hunan - where do we file, and whats the fee?") == [
        "where do we file",
        "whats the fee?",
    ]
    assert asking_parts("can a rep office file at all, and if so which cities accept it?") == [
        "can a rep office file at all",
        "if so which cities accept it?",
    ]
    # whether one is needed, checked bare or terse
    assert asks_if_it_needs_a_filing("our shop is on ECS Tokyo. no beian then?")
    assert asks_if_it_needs_a_filing("ICP required even though we're a Swiss AG?")
    assert not asks_if_it_needs_a_filing("our site has no icp yet. what happens?")
    # what to do for an end named (not another way to file)
    assert asks_what_to_do_now("what can we do to get the shop online for buyers in China?")
    assert not asks_what_to_do_now("what should we do to apply through our branch instead?")
    # the outcome checked, and anything more asked after a fact
    assert asks_for_the_outcome("so that's a no, we don't need it?")
    assert continues_with_facts("we have a branch in Ningbo too, anything else then?")
    # the case passed to a person
    assert requests_a_person("could you pass this case on to an agent?")
    assert requests_a_person("is there anyone on your side we could loop in on this?")
    assert not requests_a_person("our team will pass this on to the customer")
    # the facts of a question the FAQ does not cover are left out beside one it answers
    text = "Our site runs in Seoul. No ICP then? And is it slower than a Beijing server?"
    entities = [
        {"entity": "hosting_location", "value": "runs in Seoul", "start": 13, "end": 26},
        {"entity": "hosting_location", "value": "Beijing server", "start": 64, "end": 78},
    ]
    kept = without_the_uncovered_parts_facts(entities, text, ["hosting_location"])
    assert [e["value"] for e in kept] == ["runs in Seoul"]


def test_round_115_and_116_decisions_after_tuning():
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    # the FAQ's own name for the office's certificate, used as a business licence
    text = (
        "Our Guangzhou office holds a Registration Certificate of Foreign Enterprises Permanent "
        "Office. Can it serve as our business license?"
    )
    assert _scope().decide("ask_physical_office", ranking, text, True).get("name") != (
        "nlu_fallback"
    )
    # what to tell a customer about a question relayed: that question
    text = (
        "client asks whether they need an ICP filing for their shop. They're a German GmbH. I "
        "don't know the region yet, what should I tell the client?"
    )
    ranking = [{"name": "ask_no_filing", "confidence": 0.9}]
    assert _scope().decide("ask_no_filing", ranking, text, True).get("name") == "ask_need_icp"
    # a filing missing in the backstory, whether one is needed now asked
    text = (
        "We had no beian when our site ran in Hangzhou and it got blocked; now it's all on ECS "
        "Frankfurt. Do we need to file now?"
    )
    assert _scope().decide("ask_no_filing", ranking, text, True).get("name") == "ask_need_icp"
    # the documents out of reach and what to do for an end named: the no-filing question
    text = (
        "our papers are all from Canada and we cannot get Chinese documents. what can we do to get "
        "online for users in China?"
    )
    ranking = [{"name": "ask_physical_office", "confidence": 0.9}]
    assert _scope().decide("ask_physical_office", ranking, text, True).get("name") == (
        "ask_no_filing"
    )
    # whether nothing needs doing, after the facts
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "out_of_scope", "confidence": 0.3},
    ]
    text = "site runs on ECS Chengdu. are we fine without doing anything?"
    assert _scope().decide("nlu_fallback", ranking, text, True).get("name") == "ask_need_icp"
    # the shortest subscription asked of the CDN answer's instance by a pronoun
    ranking = [{"name": "out_of_scope", "confidence": 0.7}]
    decided = _scope().decide(
        "out_of_scope", ranking, "ok. and the minimum term for it?", False, topic="cdn"
    )
    assert decided.get("name") == "ask_cdn"


def test_round_117_third_person_text_after_tuning():
    from actions.access_facts import to_access_method
    from actions.faq_subjects import carries_subject
    from actions.message_parts import is_follow_up
    from components.facts_told import a_cdn_after_no_cdn, a_cdn_with_its_area

    # the filing system's one kind, said: the IP-only answer's point (not a domain had)
    text = "Alibaba's filing portal accepts only domain names."
    assert carries_subject("ask_ip_only", text)
    assert to_access_method(text) is None
    # what the application's entries must match is a document requirement
    assert "documents" in uncovered_subjects("the applicant's address should match the licence")
    # a case put by its preposition continues the question before
    assert is_follow_up("and with the shop on ecs in chengdu?")
    assert not is_follow_up("we are on ecs in chengdu and with a domain")
    # a CDN put in after an answer that named none, its coverage read from its sentence
    told = a_cdn_after_no_cdn(
        [],
        "we'd add Alibaba Cloud CDN for users in China too, any change?",
        "ask_load_balancer",
        None,
    )
    assert [e["entity"] for e in told] == ["cdn_coverage"]
    assert a_cdn_after_no_cdn([], "we'd add a CDN", "ask_load_balancer", "includes_mainland") == []
    # a CDN named by its provider, with what it covers in the clause after it
    assert a_cdn_with_its_area("we are behind fastly, which has no china pops") is not None


def test_session_45_review_what_the_new_rules_leave_alone():
    from actions.cdn_facts import to_cdn_coverage
    from actions.filing_facts import to_can_complete_filing
    from actions.hosting_facts import read_hosting, switched_back_on
    from actions.message_parts import asking_parts
    from actions.presence_facts import read_presence
    from actions.small_talk_and_handoff import requests_a_person
    from components.facts_told import without_the_uncovered_parts_facts
    from components.scope_decision import _how_to_file_with_a_thing

    # (a reviewer's sentences: each rule of this session kept from ordinary wording near it)
    # documents got, but another obstacle, a time unknown, or SSL certificates
    assert (
        to_can_complete_filing(
            "Even if we get the documents, we still don't have a domain name. What can we do?"
        )
        == "no"
    )
    assert to_can_complete_filing("We have no idea when the papers arrive, maybe never.") != "yes"
    assert (
        to_can_complete_filing("Once the SSL certificates are ready, can we open the site?") is None
    )
    # a move away from a place is no case of that place
    for place, message in (
        ("Shanghai", "We plan to migrate from Shanghai to somewhere cheaper. Do we need ICP then?"),
        (
            "Beijing",
            "We're planning to migrate away from Beijing. Will we need an ICP filing then?",
        ),
        ("Shenzhen", "We want to move out of the Shenzhen region. Do we still need the ICP then?"),
    ):
        assert read_hosting(place, message) is None, message
    # something else switched back on, or a site back on a provider, is no CDN
    assert not switched_back_on("We switched the WAF back on for China traffic. Anything else?")
    assert not switched_back_on("We turned HTTPS back on for the mainland domain too")
    message = "Our site is back on Aliyun Shanghai after the outage. Is ICP required?"
    assert read_hosting("Shanghai", message) == "mainland_china"
    # "now global" of anything but the CDN's area
    assert (
        to_cdn_coverage(
            "We started in Germany but it's now global. Site on ECS Frankfurt with Alibaba CDN "
            "(Europe only). ICP?"
        )
        == "international_only"
    )
    assert to_cdn_coverage("Our sales region is now global, we use Alibaba CDN.") != (
        "includes_mainland"
    )
    # a presence ended, in a case or a plan, is no presence
    for value, message in (
        ("WFOE", "If our WFOE in Shenzhen was deregistered in 2021, can we still use its license?"),
        ("branch company", "What if our branch company in Shanghai had its license revoked?"),
        ("representative office", "If our representative office in Guangzhou was deregistered?"),
        (
            "rep office",
            "We'll close our rep office in Shanghai next quarter. Where do we file then?",
        ),
    ):
        assert read_presence(value, message) is None, message
    # other questions' things beside "what's needed", "how to file ... for the CDN", "same"
    text = "We'll put an SLB in front of two ECS in Shanghai. What's needed first?"
    assert (
        _scope()
        .decide("ask_load_balancer", [{"name": "ask_load_balancer", "confidence": 0.8}], text, True)
        .get("name")
        != "ask_need_icp"
    )
    text = (
        "We have a rep office in Guangzhou but no company. How do we register the ICP for our "
        "CDN domain?"
    )
    assert _how_to_file_with_a_thing(text) is None
    ranking = [{"name": "ask_cdn", "confidence": 0.8}]
    text = "Same question about the SLB: do we need to file it separately?"
    assert _scope().decide("ask_cdn", ranking, text, True, topic="cdn").get("name") != "ask_cdn"
    ranking = [{"name": "ask_physical_office", "confidence": 0.8}]
    text = "And what if we have no documents at all, same answer?"
    assert (
        _scope()
        .decide("ask_physical_office", ranking, text, True, topic="physical_office")
        .get("name")
        == "ask_no_filing"
    )
    # another party's papers stay not covered, said as the same question
    assert "companies" in uncovered_subjects(
        "Same question for our sister company: can it file for our site using its Shanghai license?"
    )
    # changes beside a load balancer, another certificate, speed, an appeal's other sense, the
    # mainland region the CDN answer names
    assert "existing_filing" in uncovered_subjects(
        "Our site is behind an SLB in Shanghai and was filed 2 years ago. Do we need to file again "
        "now that we changed our company name?"
    )
    assert "settings" not in uncovered_subjects(
        "We already have our SSL certs sorted. We now got the permanent office registration "
        "certificate in Shanghai - can we use the certificate for the ICP filing?"
    )
    assert "time" not in uncovered_subjects(
        "We can't do the ICP filing. What's the fastest way to get our site online for China then?"
    )
    assert "review" not in uncovered_subjects(
        "The appeal of Alibaba CDN is speed in mainland. Do we need ICP with our Singapore server?"
    )
    assert "instance_specs" not in uncovered_subjects(
        "We want Alibaba CDN for mainland users. Does the ECS need to be in a mainland region?"
    )
    assert "other_countries" in uncovered_subjects("Is Macau mainland China for ICP purposes?")
    # the writer's own people are no person of ours
    assert not requests_a_person("Can we hand it over to an agent in China who does the paperwork?")
    assert not requests_a_person("Can I forward this to the team at our parent company first?")
    # the writer's own server named in an uncovered part stays theirs
    text = "Do we need ICP, and how long does approval take for our ECS in Shanghai?"
    entity = {"entity": "hosting_location", "value": "ECS in Shanghai"}
    assert without_the_uncovered_parts_facts([entity], text, ["hosting_location"]) == [entity]
    # a word's last letter is no item's mark
    assert len(asking_parts("Our site is in Singapore (in Asia) is an ICP still needed?")) == 1


def test_round_118_long_messages_after_tuning():
    from actions import decision as d
    from actions.decision import Fact
    from actions.faq_subjects import NO_FILING
    from actions.filing_facts import to_can_complete_filing
    from actions.general_or_own import asks_for_a_client
    from actions.slot_validation import clean_fact

    # a server said to be needed along with the filing is no server of the site
    message = (
        "Origin is an ECS in Tokyo. I heard we'd then need an ICP Filing and even an ECS in "
        "China anyway?"
    )
    assert clean_fact(Fact.HOSTING_LOCATION, ["ECS in Tokyo", "ECS in China"], message) == (
        "outside_mainland"
    )
    # a streaming service's listeners are no load balancer's
    assert "settings" not in uncovered_subjects(
        "we run a podcast app, most listeners are in Shenzhen. our site is on ECS Seoul, need icp?"
    )
    assert "settings" in uncovered_subjects("which listener port should the slb use?")
    # a way out only possible later is not told
    assert to_can_complete_filing("we may get the domain transferred next month") is None
    # an agency's client's site
    assert asks_for_a_client("Our customer's shop is on their own servers in Lisbon. ICP?")
    # the Commercial License not held is no filing missing
    assert not NO_FILING.search("since we don't hold a commercial licence, nothing to update?")
    assert NO_FILING.search("what happens if we don't get an icp filing?")
    # whether the Commercial License is needed, named bare after it
    assert "licence_types" in uncovered_subjects(
        "so the filing works but not the commercial license. we only show a catalogue - do we "
        "need the licence at all?"
    )
    # ads placed on WeChat are no app
    assert "apps" not in uncovered_subjects(
        "Our server is in Madrid and we advertise on WeChat to Chinese visitors. Need ICP?"
    )
    # a representative office told with its province after the umbrella answer: what it allows
    facts = {
        Fact.HOSTING_LOCATION: "mainland_china",
        Fact.ACCESS_METHOD: "domain_name",
        Fact.CHINA_PRESENCE: "representative_office",
        Fact.LICENSE_PROVINCE: "Hunan",
    }
    told = [Fact.CHINA_PRESENCE, Fact.LICENSE_PROVINCE]
    assert d.topic_for_facts_told(d.Topic.NEED_ICP, facts, told) == d.Topic.PHYSICAL_OFFICE


def test_round_118_questions_after_tuning():
    from actions.message_parts import asking_parts
    from actions.scope_rules import asks_where_to_file
    from actions.small_talk_and_handoff import asks_whom_to_speak_to

    # a question after a colon is one of its own
    parts = asking_parts(
        "Two things: is ICP required for our Xiamen ECS, and once we have it, how much is the fee?"
    )
    assert parts[0].startswith("is icp required")
    # a site's own price list and the writer's own checklist are no subjects
    assert "cost" not in uncovered_subjects(
        "buyers open our price list by IP on ECS Hangzhou. ICP?"
    )
    assert "documents" not in uncovered_subjects(
        "a question for our compliance checklist: does a licence from Hebei mean filing in Hebei?"
    )
    assert "documents" in uncovered_subjects("is there a checklist of what to submit?")
    # where "would" we file
    assert asks_where_to_file("and if the shop moves to Qingdao, where would we file?")
    # a host name's label is no thing of its own
    assert "not_websites" not in uncovered_subjects(
        "we may add a domain like iot.example.de later; would that change the filing?"
    )
    assert "not_websites" in uncovered_subjects("do our IoT sensors in Shanghai need an ICP?")
    # someone to write to
    assert asks_whom_to_speak_to("is there anyone we could e-mail about the filing?")


def test_where_the_ip_one_files_is_the_ip_only_answer():
    # round 96: "so for the IP one, where would we even file when we have no entity in China?"
    ranking = [{"name": "ask_which_province", "confidence": 0.9}]
    text = "and for the IP one, where would we file it?"
    decided = _scope().decide("ask_which_province", ranking, text, False, topic="need_icp")
    assert decided.get("name") == "ask_ip_only"
    # (where to file a site with a domain stays the province question)
    text = "and for the shop, where would we file it?"
    decided = _scope().decide("ask_which_province", ranking, text, False, topic="need_icp")
    assert decided.get("name") == "ask_which_province"


def test_round_119_after_tuning():
    from actions.faq_subjects import carries_subject
    from actions.hosting_facts import switched_back_on
    from actions.small_talk_and_handoff import requests_a_person
    from components.facts_told import a_cdn_after_no_cdn

    # the CDN's mainland area switched back on, after it was left out
    text = "and if we switch mainland china back on next year?"
    assert switched_back_on(text)
    told = a_cdn_after_no_cdn([], text, "ask_cdn", "international_only")
    assert [e["entity"] for e in told] == ["cdn_coverage"]
    # a company renamed beside a filing held is a change to it
    assert "existing_filing" in uncovered_subjects(
        "our site is filed already. our business changed its name last month, what now?"
    )
    # one who needs only the filing asks its steps, not the licence's
    assert (
        uncovered_subjects(
            "SLB and ECS in Hangzhou, no commercial license, we just need the plain filing. what "
            "are the steps?"
        )
        == []
    )
    # someone of a team of ours, named by its kind
    assert requests_a_person("could someone from your support team ring me tomorrow?")
    # a site reached by an address typed out, the site a pronoun
    assert carries_subject("ask_ip_only", "users reach it via http://39.x.x.x only, no ICP yet?")
    # opening the site while the filing is pending is the no-filing question
    assert carries_subject(
        "ask_no_filing", "our beian is pending approval; can we already open the shop in Wuhan?"
    )


def test_session_45_second_review_what_the_new_rules_leave_alone():
    from actions.decision import Fact
    from actions.faq_subjects import NO_FILING, carries_subject
    from actions.filing_facts import to_can_complete_filing
    from actions.hosting_facts import read_hosting
    from actions.slot_validation import clean_fact
    from actions.small_talk_and_handoff import asks_whom_to_speak_to, requests_a_person

    # (a second reviewer's sentences, each a rule of this session's second half kept from them)
    ranking = [{"name": "ask_which_province", "confidence": 0.8}]
    text = (
        "We have two sites; the IP one is hosted in Frankfurt, the domain one on ECS in Shanghai. "
        "Which province should we file the domain one in?"
    )
    assert _scope().decide("ask_which_province", ranking, text, True).get("name") != "ask_ip_only"
    assert "cost" in uncovered_subjects("Is there a price list for the ICP Filing service?")
    assert "documents" in uncovered_subjects(
        "Is there a compliance checklist for the ICP filing I can follow?"
    )
    message = "We need help: our shop uses RDS and an ECS in Beijing. Do we need an ICP Filing?"
    assert read_hosting("ECS in Beijing", message) == "mainland_china"
    assert (
        to_can_complete_filing(
            "Yes, we can provide all the documents, and we could get them notarised too if needed."
        )
        == "yes"
    )
    message = (
        "Our WFOE registration in Shenzhen is still pending. We're moving the site to ECS first; "
        "once that's done, do we need the filing?"
    )
    assert clean_fact(Fact.LICENSE_PROVINCE, "registration in Shenzhen", message) is None
    message = (
        "Our website lives in Hong Kong; we'll turn mainland coverage back on next month. ICP?"
    )
    assert read_hosting("in Hong Kong", message) == "hong_kong"
    assert "existing_filing" not in uncovered_subjects(
        "Our company changed its name last month: our site is hosted in Frankfurt, do we need an "
        "ICP filing?"
    )
    assert carries_subject(
        "ask_no_filing", "We didn't get the business license from China in time, what can we do?"
    )
    assert not NO_FILING.search("we don't hold an icp commercial license, so nothing to update?")
    assert "settings" in uncovered_subjects("How do I configure listeners on the SLB?")
    assert not requests_a_person(
        "Is there someone I can ask at the provincial communications administration?"
    )
    assert not asks_whom_to_speak_to(
        "Is there someone I can write to at the Communications Administration?"
    )


def test_round_120_and_121_after_tuning():
    from actions.hosting_facts import read_hosting
    from actions.presence_facts import read_presence
    from actions.scope_rules import asks_where_to_file

    # the certificate of one's own office names the office, not the certificate's title
    assert (
        read_presence(
            "representative office",
            "we hold the registration certificate of our representative office in Xiamen. "
            "where do we file?",
        )
        == "representative_office"
    )
    assert (
        read_presence(
            "Permanent Office",
            "what is the Registration Certificate of Foreign Enterprises Permanent Office?",
        )
        is None
    )
    # where "that" application goes
    assert asks_where_to_file("ok, and where would that ICP application go then?")
    # "without it" after an office named: the office, not the filing
    assert not carries_subject(
        "ask_no_filing", "the branch in Wuhan is only planned so far. how do we manage without it?"
    )
    assert carries_subject(
        "ask_no_filing", "our branch in Wuhan is open, the filing is not. what happens without it?"
    )
    # a licence of the trade, asked beside the filing
    for text in (
        "apart from the beian, do we also need an online publishing permit?",
        "is a medical device sales licence needed on top of the ICP?",
        "we also require an EDU approval or something, besides the icp filing?",
    ):
        assert "licence_types" in uncovered_subjects(text), text
    for text in (
        "do we also need a business licence from China for the beian?",
        "besides the ICP, do we also need the ICP commercial license?",
    ):
        assert "licence_types" not in uncovered_subjects(text) or "commercial" in text, text
    # a CDN's mainland region left out is no server there
    message = (
        "our origin sits in Seoul; the Alibaba CDN runs with the mainland china region excluded."
    )
    assert read_hosting("mainland china region", message) is None
    assert read_hosting("origin sits in Seoul", message) == "outside_mainland"
    assert (
        read_hosting("ECS in Chengdu", "the ECS in Chengdu is not included in our CDN plan")
        == "mainland_china"
    )
    # a rejection's stated reason: what to do about it is not covered; a reason that is
    # something lacking is the FAQ's case
    assert "review" in uncovered_subjects(
        "the beian came back refused, the reason given is a mismatch in the applicant name. how "
        "do we proceed?"
    )
    assert "review" not in uncovered_subjects(
        "the beian came back refused because we cannot provide a mainland business licence. "
        "how do we proceed?"
    )


def test_round_120_and_121_decisions_after_tuning():
    # a question asked, then more said, taken for feedback: decided as an unsure message
    ranking = [{"name": "feedback_not_helpful", "confidence": 0.7}]
    text = "is beian the same as ICP? a partner uses both words and i'm lost"
    assert _scope().decide("feedback_not_helpful", ranking, text)["name"] != "feedback_not_helpful"
    # a person asked for, the filing named only in the team's name, taken for an FAQ question
    ranking = [{"name": "ask_need_icp", "confidence": 0.7}]
    text = "could I speak with someone on your beian team about our plans? phone is fine"
    assert _scope().decide("ask_need_icp", ranking, text)["name"] == "request_human"
    text = "could I speak with someone about whether our Shanghai server needs a filing?"
    assert _scope().decide("ask_need_icp", ranking, text).get("name") != "request_human"
    # thanks with a plan, taken for facts it does not state
    ranking = [{"name": "inform", "confidence": 0.6}, {"name": "thanks", "confidence": 0.2}]
    text = "that helps a lot, thank you, we will most likely pick the singapore region then"
    assert _scope().decide("inform", ranking, text, False)["name"] == "thanks"
    text = "thank you, our servers are in the singapore region"
    assert _scope().decide("inform", ranking, text, True).get("name") != "thanks"


def test_round_120_and_121_more_after_tuning():
    from actions.presence_facts import read_presence
    from actions.small_talk_and_handoff import asks_whom_to_speak_to, requests_a_person

    # an office still only planned, nothing there yet: no presence
    assert (
        read_presence(
            "branch company",
            "correction: the branch company is only an idea for now, we have nothing there yet",
        )
        == "none"
    )
    assert (
        read_presence("branch company", "the branch company is still just a plan. where to file?")
        is None
    )
    # a rejection again and again, or one that may not be sorted out, is the FAQ's case
    assert "review" not in uncovered_subjects(
        "the beian was refused three times because the applicant name differs. what now?"
    )
    assert "review" not in uncovered_subjects(
        "the beian was refused, because the applicant name differs. if we can't fix it, options?"
    )
    # what the site's trade charges, or a paid kind of site, is no fee of the filing
    assert "cost" not in uncovered_subjects(
        "we host a paid marketplace for tutors and charge students monthly. do we need icp?"
    )
    assert "cost" in uncovered_subjects("is the beian a paid service at alibaba?")
    # a licence of the trade asked as required
    assert "licence_types" in uncovered_subjects(
        "is a food distribution permit also required for our recipe shop in Xi'an?"
    )
    assert "licence_types" not in uncovered_subjects("is a business license required to file?")
    # a game server hosted together with the website, in the backstory
    assert (
        uncovered_subjects(
            "the match servers plus the website are hosted in Seoul. is icp needed because our "
            "fans live in China?"
        )
        == []
    )
    assert "not_websites" in uncovered_subjects(
        "the game servers are in Chengdu, the website in Seoul. is icp needed for the servers?"
    )
    # a person asked to get in touch, or to be put through to
    assert requests_a_person("could an engineer of yours get back to us by e-mail on this?")
    assert asks_whom_to_speak_to("please put me through to someone who can help with our beian")
    assert not asks_whom_to_speak_to("can you put us in touch with the MIIT bureau for the beian?")


def test_rounds_122_and_123_after_tuning():
    from actions.cdn_facts import GLOBAL_CHOSEN, read_cdn, to_cdn_coverage
    from actions.general_or_own import is_general_comparison
    from actions.hosting_facts import read_hosting
    from actions.presence_facts import read_presence
    from actions.scope_rules import asks_how_to_get_a_filing, continues_with_facts

    # a recommendation or a judgement between options: not covered
    for text in (
        "would you pick the Frankfurt region or Shanghai for our shop?",
        "which option gives better uptime, HK or Singapore?",
        "is it worth hiring a consultant to handle the beian for us?",
        "is ip-only access less risky than a domain for a server in Xiamen?",
    ):
        assert "advice" in uncovered_subjects(text), text
    for text in (
        "what do you recommend we do now?",
        "is it worth getting an icp at all? our servers are in Hangzhou",
        "would you recommend Hong Kong ECS if we cannot complete the filing or not?",
    ):
        assert "advice" not in uncovered_subjects(text), text
    # costs and times compared or claimed
    assert "cost" in uncovered_subjects("which is cheaper overall, the HK route or the filing?")
    assert "time" in uncovered_subjects("someone said approval takes about 20 days, true?")
    assert "time" in uncovered_subjects("would a branch get the beian approved faster?")
    # what a filing is, a claim checked
    assert "definition" in uncovered_subjects(
        "the beian is just a formality, not a licence, correct?"
    )
    # which papers someone wants, which authority issues an office's certificate
    assert "documents" in uncovered_subjects("what papers do they want from us?")
    assert "office_setup" in uncovered_subjects(
        "which bureau issues the representative office certificate?"
    )
    # a server's term for a filing with no CDN (the FAQ's three months are the CDN's)
    assert "instance_specs" in uncovered_subjects(
        "without a cdn, the ecs must be rented for 12 months for the filing, right?"
    )
    assert "instance_specs" not in uncovered_subjects(
        "for the CDN the temporary ECS must be bought for 3 months, right?"
    )
    # the office left for a company of another kind: what the FAQ says of offices is not it
    assert "licence_types" in uncovered_subjects(
        "if we convert our rep office into a WFOE, can we then get the ICP commercial license?"
    )
    assert "licence_types" not in uncovered_subjects(
        "can our rep office get the icp commercial license?"
    )
    # a kind glossed among kinds weighed; a kind a rule is said of, whatever its negation
    assert (
        read_presence(
            "ban shi chu",
            "a WFOE or a representative office (ban shi chu) - which suits the filing?",
        )
        is None
    )
    assert (
        read_presence("rep office", "the commercial licence is not available for a rep office.")
        == "representative_office"
    )
    assert read_presence("rep office", "we do not have a rep office") == "none"
    # whether a presence is needed to file: who may file
    assert asks_how_to_get_a_filing("we don't need a chinese entity for the icp filing, do we?")
    # a general comparison, the writer only checking it before a meeting of theirs
    assert is_general_comparison(
        "so sites in the mainland need one and ones in Hong Kong don't? asking before our call"
    )
    # a place suggested and checked is no place had
    message = "since we can't file, we should just go with hk ecs, right?"
    assert read_hosting("we should just go with hk", message) is None
    # set-ups weighed with "vs": neither's CDN is had
    message = (
        "a Tokyo origin + CDN for mainland users vs one box in Chengdu, which needs less paperwork?"
    )
    assert is_general_comparison(message)
    assert read_cdn("CDN for mainland", message) is None
    # the Global area chosen bare; the CDN skipped
    assert GLOBAL_CHOSEN.search("and if we go with global instead, what then?")
    assert not GLOBAL_CHOSEN.search("we did not pick global")
    assert to_cdn_coverage("what if we skip the cdn and keep the origin in Sydney?") == "none"
    # "still no filing?" after facts asks whether they change the answer
    assert continues_with_facts("we now want mainland nodes too. still no filing?")


def test_rounds_122_and_123_decisions_after_tuning():
    # a claim of no one's case about subjects the FAQ does not cover, taken for facts
    ranking = [{"name": "inform", "confidence": 0.7}]
    text = "the commercial license costs around 8k and takes weeks to process"
    assert _scope().decide("inform", ranking, text, True)["name"] == "ask_unanswerable"
    # (not a rule told of sites somewhere, whatever subject it seems to carry)
    text = (
        "china makes every website do the registration, so no registration = no way to use the "
        "server nodes in the beijing region"
    )
    assert _scope().decide("inform", ranking, text, True).get("name") != "ask_unanswerable"


def test_session_46_review_what_the_new_rules_leave_alone():
    from actions.cdn_facts import read_cdn, to_cdn_coverage
    from actions.hosting_facts import read_hosting, to_hosting_location
    from actions.presence_facts import read_presence
    from actions.scope_rules import asks_how_to_get_a_filing, continues_with_facts
    from actions.small_talk_and_handoff import asks_whom_to_speak_to

    # (a reviewer's sentences: each rule of this session kept from ordinary wording near it)
    # advice: a fact asked, the filing itself worth it, qualities told in the backstory, the FAQ's
    # own advice where the filing is out of reach
    for text in (
        "could you advise whether we need icp or not? our ecs is in beijing",
        "We moved to HK for better uptime. Do we need ICP?",
        "which province is better for us to file in, the one of our branch or of the servers?",
        "can you recommend whether a rep office or a branch company lets us apply for the filing?",
        "is it worth filing if our users are all in mainland China but we host in Singapore?",
        "is the filing worth doing for a CDN covering mainland China?",
        "is it worth it? our servers are in Hong Kong and we only use the international CDN",
        "we can't get the documents. would you recommend Hong Kong or Singapore then?",
        "since we cannot provide a domain, would you go with HK or Tokyo?",
        "Is it worth mentioning that our CDN covers mainland China?",
    ):
        assert "advice" not in uncovered_subjects(text), text
    assert "advice" in uncovered_subjects(
        "is the icp commercial license worth it for us as a foreign company, or is the plain "
        "filing enough?"
    )
    # times, definitions and rejections: only what the FAQ leaves out
    for text in (
        "mainland users get through faster with a CDN covering China - does that need a filing?",
        "we had 2 weeks of waiting on the branch licence, can we now file with the branch?",
        "so the beian is just a record for sites hosted in China, not for HK ones, right?",
        "the icp application was refused because we only have a rep office. can it file at all?",
        "beian rejected due to the site being hosted in Singapore. what happens without a filing?",
        "no cdn, just an ecs in Beijing bought for a year. do we need icp?",
    ):
        assert uncovered_subjects(text) == [], text
    # a presence not needed; a region not included, said after a comma; a name on behalf of
    assert (
        read_presence(
            "rep office", "there is no need for a rep office since we have no staff in china"
        )
        != "representative_office"
    )
    message = "we host in Hangzhou, not included in the global cdn area though. filing needed?"
    assert read_hosting("in Hangzhou", message) == "mainland_china"
    assert (
        to_hosting_location("we host the site in Shanghai in the name of our HK parent. icp?")
        == "mainland_china"
    )
    assert to_hosting_location("the site runs on ECS in Shenzhen in our legal name") == (
        "mainland_china"
    )
    # the writer's own set-up before the "vs" is had
    for value, message in (
        (
            "CDN for mainland users",
            "We use an origin in Tokyo and a CDN for mainland users, vs. a competitor who hosts "
            "in Shanghai. Do we need ICP?",
        ),
        (
            "cdn for mainland users",
            "our current HK server + a cdn for mainland users, vs moving to one server in "
            "shanghai - which is better?",
        ),
    ):
        assert read_cdn(value, message) == "includes_mainland", message
    assert to_cdn_coverage("we are not going to pick global, we chose the overseas one") == (
        "international_only"
    )
    # who may file, with where the site is as its reason; a chase about status
    assert not asks_how_to_get_a_filing(
        "we don't need a company in china for the icp filing since our server is in HK, right?"
    )
    assert not continues_with_facts("it's been a month. still nothing?")
    # put through to a person, not a server joined to another
    assert not asks_whom_to_speak_to("the SLB will connect us to the ECS in Hangzhou; ICP?")


def test_round_124_after_tuning():
    from actions.presence_facts import read_presence
    from actions.small_talk_and_handoff import requests_a_person

    # other licences a trade needs, asked beside the filing
    assert "licence_types" in uncovered_subjects(
        "we run a toy shop online. apart from the icp, which other permits do we need?"
    )
    # two kinds compared: neither is the writer's
    message = "is a branch company really the same as a rep office for the beian?"
    assert read_presence("branch company", message) is None
    assert read_presence("rep office", message) is None
    assert read_presence("rep office", "our rep office in Wuhan, is it the same as a branch?") == (
        "representative_office"
    )
    # someone of the provider's asked to guide the writer
    assert requests_a_person("could somebody from your side walk us through the footer number?")


def test_round_124_decisions_after_tuning():
    # thanks among the likeliest three, with a plan or a goodbye said with it
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "goodbye", "confidence": 0.4},
        {"name": "dont_know", "confidence": 0.3},
        {"name": "thanks", "confidence": 0.1},
    ]
    text = "cheers, that's everything I needed for the moment!"
    assert _scope().decide("nlu_fallback", ranking, text, False)["name"] == "thanks"
    text = "cheers. what about our servers in Hong Kong?"
    assert _scope().decide("nlu_fallback", ranking, text, True).get("name") != "thanks"
    # a province checked after the province answer is where to file
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_no_filing", "confidence": 0.5},
    ]
    text = "so not jiangsu, even though our servers sit there?"
    decided = _scope().decide("nlu_fallback", ranking, text, False, topic="ask_which_province")
    assert decided.get("name") == "ask_which_province"
    # (not a province named inside another question: a move of the address, a domain's owner)
    for text in (
        "and if we later move our registered address to Jiangsu, must the filing follow?",
        "the domain belongs to our Dutch parent, not the Suzhou entity. can the filing use it?",
    ):
        decided = _scope().decide("nlu_fallback", ranking, text, False, topic="ask_which_province")
        assert decided.get("name") != "ask_which_province", text


def test_round_125_after_tuning():
    from actions.cdn_facts import read_cdn, to_cdn_coverage
    from actions.filing_facts import to_can_complete_filing
    from actions.general_or_own import weighs_set_ups
    from actions.presence_facts import read_presence
    from actions.scope_rules import asks_where_to_file

    # an office planned and asked about in the same sentence is the case asked of
    assert (
        read_presence("branch", "we might register a branch in Xiamen, would that be enough?")
        == "branch_company"
    )
    # the CDN switched off, named by its area
    assert to_cdn_coverage("what if we switched the mainland cdn off next month?") == "none"
    assert read_cdn("mainland cdn", "and if we switch the mainland cdn off?") == "none"
    # CDN areas weighed, asked: no one's CDN
    message = "for our shop, Global or Global (excluding Mainland China)? what does each mean?"
    assert read_cdn("Global (excluding Mainland China)", message) is None
    # set-ups weighed with "or" and asked which, an option's "should we" no set-up of the writer's
    assert weighs_set_ups(
        "should we put the site in Seoul + a CDN for china, or just host in Wuhan? which way is "
        "simpler for icp"
    )
    assert not weighs_set_ups(
        "we host in Seoul with a CDN for china, or should we move to Wuhan? which way is simpler"
    )
    # the documents managed after all, in a case put
    assert to_can_complete_filing("and if we do manage to get the documents, then what?") == "yes"
    # the provider's action on a server, claimed: not covered
    assert "penalties" in uncovered_subjects(
        "a friend says aliyun will suspend our account if the beian is missing"
    )
    assert "penalties" not in uncovered_subjects("we will close our ecs in Hefei, icp then?")
    # a province as a claim's condition is no place where the writer files
    assert not asks_where_to_file(
        "i read that rep offices can hold the commercial licence as long as they file in Beijing"
    )


def test_put_through_to_an_authority_or_a_server_is_no_person_asked_for():
    from actions.small_talk_and_handoff import requests_a_person

    assert not requests_a_person("can you put me through to the provincial communications bureau?")
    assert not requests_a_person("our load balancer will connect us to two ECS in Jinan; icp?")
    assert requests_a_person("could you put me through to someone in sales?")


def test_rounds_126_and_127_after_tuning():
    from actions.access_facts import to_access_method
    from actions.cdn_facts import read_cdn, to_cdn_coverage
    from actions.general_or_own import weighs_set_ups
    from actions.hosting_facts import read_hosting
    from actions.presence_facts import read_presence
    from actions.scope_rules import asks_who_may_file

    # a choice already made, told with why, is no price or size asked about
    told = "our intern chose the cheapest region back then, it was Wuxi. does the shop need icp?"
    assert uncovered_subjects(told) == []
    assert "cost" in uncovered_subjects("should we pick the cheapest region?")
    # a time counted back in words is the past
    assert read_hosting("ran on ecs in chengdu", "a few years ago we ran on ecs in chengdu") is None
    # a CDN's change planned with "will", asked of its time: which coverage is asked is unsure
    planned = (
        "our cdn is 'global (excluding mainland china)' today, but we'll switch it to include "
        "mainland china in spring. will we need icp then?"
    )
    assert read_cdn("cdn is 'global (excluding mainland china", planned) is None
    # the claim's source is no partner filing for the writer; a rule picked out by its readers
    reported = (
        "our founder was told by a chinese partner that every site chinese users open needs icp"
    )
    assert "companies" not in uncovered_subjects(reported + ". true for us?")
    assert "limits" not in uncovered_subjects(
        "every website chinese people visit needs icp, right?"
    )
    assert "companies" in uncovered_subjects("can we file by a chinese partner?")
    # what makes one able to file is who may file, not a document list
    able = "so what do we actually need to be able to apply?"
    assert asks_who_may_file(able) and uncovered_subjects(able) == []
    assert "documents" in uncovered_subjects("what documents do we need to be able to file?")
    # which of the writer's companies files; not a third party's filing, nor a company set up
    assert asks_who_may_file("do we apply under our singapore parent or under the wfoe?")
    assert not asks_who_may_file("could the agency file it in its own name instead of ours?")
    assert not asks_who_may_file("how to register as a company?")
    # another provider given up for Alibaba Cloud's is no other provider's question
    assert uncovered_subjects("if we ditch fastly and go with alibaba cdn for china, icp?") == []
    assert "other_providers" in uncovered_subjects(
        "we swapped fastly for alibaba cdn; does fastly need icp?"
    )
    # which way is live sooner is a time the FAQ does not give
    assert "time" in uncovered_subjects("branch or rep office, which gets our site live sooner?")
    assert "definition" in uncovered_subjects("what's a beian again?")
    # set-ups weighed and each asked of, none the writer's
    weighed = (
        "host in guangzhou with a filing, or in tokyo with no cdn? what would each mean for icp"
    )
    assert weighs_set_ups(weighed)
    # the kinds denied together
    denied = "we're a danish firm with no branch or rep office in china. where do we file?"
    assert read_presence("rep office in china", denied) == "none"
    assert read_presence("no branch", denied) == "none"
    # the quoted "Global" named with a claim that it skips the mainland: asked
    claim = "someone said the 'global' acceleration leaves out mainland china, so no icp?"
    assert read_cdn("acceleration leaves out mainland china", claim) is None
    assert to_cdn_coverage("our alibaba cdn runs with 'global' acceleration") == "includes_mainland"
    assert to_cdn_coverage("we'll take the global one") == "includes_mainland"
    assert to_cdn_coverage("we use a global cdn") is None
    # a negation does not reach across a sentence's end
    assert (
        to_access_method("it is in wuhan, not seoul. the domain stays the same.") == "domain_name"
    )
    assert to_access_method("we don't use a .com domain, only the ip") == "ip_only"
    # whether to bother at all is whether one is needed; a rule checked, a concession after it
    assert _decided("ask_no_filing", "should we even bother with icp? site's on ecs frankfurt") == (
        "ask_need_icp"
    )
    checked = (
        "must every foreign company hosting on ecs in mainland china do the icp filing, even if "
        "unregistered there?"
    )
    assert _decided("ask_physical_office", checked) == "ask_need_icp"
    assert _decided("ask_which_province", "can we pick chongqing or sichuan for the filing?") in (
        None,
        "ask_which_province",
    )


def test_claims_checked_after_round_127():
    from actions.message_parts import claims_checked
    from actions.scope_rules import claims_papers_from_abroad_will_do

    # two claims joined and checked together: each is a part of its own, and the one the FAQ
    # answers is answered with the other said to be not covered
    joined = "a colleague says the slb needs a filing of its own and that it costs extra, true?"
    assert claims_checked(joined) == [
        "a colleague says the slb needs a filing of its own?",
        "it costs extra?",
    ]
    assert claims_checked("we host in hk, right?") == []
    decided = _scope().decide(
        "ask_load_balancer",
        [{"name": "ask_load_balancer", "confidence": 0.9}, {"name": "ask_cdn", "confidence": 0.1}],
        joined + " our ecs are in dalian",
        True,
    )
    assert decided.get("name") == "ask_load_balancer" and decided.get("uncovered") == ["cost"]
    # papers from abroad claimed to do: the physical office answer says they are not accepted
    assert claims_papers_from_abroad_will_do("our swiss registration documents are fine for icp?")
    assert claims_papers_from_abroad_will_do("the papers from our head office should do for beian")
    # (for the filing, not another purpose)
    assert not claims_papers_from_abroad_will_do("papers from our hq were accepted by the bank")
    assert not claims_papers_from_abroad_will_do("the documents from our wuhan branch are fine")
    assert not claims_papers_from_abroad_will_do("can you send us documents that work?")
    assert _decided(
        "ask_unanswerable", "our japanese company papers will do for the beian, no?"
    ) == ("ask_physical_office")
    # a provider's person quoted is where a claim comes from, not what it is about
    assert "other_providers" not in uncovered_subjects(
        "a tencent sales rep told us alibaba cdn never needs a filing. origin is in seoul"
    )
    assert "other_providers" in uncovered_subjects("tencent support says their cdn needs icp, ok?")
    # the temporary server put abroad: the CDN answer places it in mainland China
    assert "instance_specs" not in uncovered_subjects(
        "can the temporary ecs for the cdn filing sit in hong kong?"
    )
    assert "instance_specs" in uncovered_subjects(
        "can the temporary ecs be in any mainland region?"
    )
    # a forum quoted, or its members, is no forum site
    assert "business_types" not in uncovered_subjects("i read on a forum that icp takes ages")
    # the site opened first, the filing alongside or after: what happens without one
    assert carries_subject("ask_no_filing", "can we launch now and file in parallel?")
    assert carries_subject("ask_no_filing", "we'd go live first and do the icp later, ok?")


def test_session_47_review_what_the_new_rules_leave_alone():
    from actions.access_facts import to_access_method
    from actions.cdn_facts import read_cdn, to_cdn_coverage
    from actions.general_or_own import weighs_set_ups
    from actions.hosting_facts import read_hosting
    from actions.presence_facts import read_presence
    from actions.scope_rules import asks_who_may_file
    from components.facts_told import a_cdn_after_no_cdn

    # (a reviewer's sentences: each rule of this session kept from ordinary wording near it)
    # a server moved with "will ... then?" is no change of the CDN's area
    moved = (
        "our cdn is 'global (excluding mainland china)'. we will move the origin to ecs frankfurt "
        "next month. do we need icp then?"
    )
    assert read_cdn("cdn is 'global (excluding mainland china", moved) == "international_only"
    never = "our cdn excludes mainland china. we will never switch it to mainland. icp then?"
    assert read_cdn("cdn excludes mainland china", never) == "international_only"
    # the quoted Global denied, or set against the CDN told
    assert to_cdn_coverage("we don't use 'global' acceleration") != "includes_mainland"
    unlike = "we use the cdn without mainland china, not 'global' acceleration. icp?"
    assert read_cdn("cdn without mainland china", unlike) == "international_only"
    # Global decided against, or asked whether to take
    against = "we have alibaba cdn but we decided against taking the global one"
    assert read_cdn("taking the global one", against) is None
    asked = "for alibaba cdn, should we take the global one or the one excluding mainland?"
    assert read_cdn("take the global one", asked) is None
    # who, when or through whom is no question whether one is needed
    which = "a hk parent and a shanghai wfoe. which of our companies needs to do the icp filing?"
    assert _decided("ask_physical_office", which) != "ask_need_icp"
    through = "must a foreign company do the icp filing through a rep office like ours?"
    assert _decided("ask_physical_office", through) != "ask_need_icp"
    # bothering set against another way or time
    later = "should we bother with the filing now or wait until after the move to ecs hangzhou?"
    assert _decided("ask_no_filing", later) != "ask_need_icp"
    # a document list asked with "to be able to" is still a document list; being able to do
    # something else is no filing
    assert "documents" in uncovered_subjects("what do we need to submit to be able to file?")
    assert not asks_who_may_file("what do we need to be able to register a wfoe in china?")
    assert not asks_who_may_file("what would we need to be able to get our site live in china?")
    assert not asks_who_may_file("we apply through the company portal on alibaba cloud, right?")
    # a provider left but named again, or kept
    again = "if we drop cloudflare for alibaba cdn, would cloudflare china network still need icp?"
    assert "other_providers" in uncovered_subjects(again)
    # a choice asked or supposed is no choice made
    assert "cost" in uncovered_subjects("if we picked the cheapest ecs region, which would it be?")
    # live sooner told as a reason or a speed is no time asked
    faster = "our site is live in tokyo and loads faster for chinese users, do we need icp?"
    assert "time" not in uncovered_subjects(faster)
    # there since then, or still
    since = "we've been running on ecs in chengdu since a few years ago, do we need icp?"
    assert read_hosting("running on ecs in chengdu", since) == "mainland_china"
    still = "a couple of months ago our dev put the site on ecs shenzhen and it's still there. icp?"
    assert read_hosting("put the site on ecs shenzhen", still) == "mainland_china"
    got = "a year ago we got a branch in suzhou, does that help with icp?"
    assert read_presence("branch in suzhou", got) == "branch_company"
    # an ellipsis is no sentence's end
    assert to_access_method("we don't have... uh a domain yet, users hit the ip") == "ip_only"
    # "or on" without a set-up's verb is no set-up weighed
    assert not weighs_set_ups("is the icp number shown in the footer or on the about page? which?")
    # the CDN named again after its coverage was not known, with no coverage: no news
    assert (
        a_cdn_after_no_cdn([], "like i said, we use alibaba cdn. icp?", "ask_cdn", "unknown") == []
    )


def test_rounds_128_and_129_after_tuning():
    from actions.decision import Fact
    from actions.faq_subjects import carries_subject
    from actions.hosting_facts import chooses_a_place
    from actions.scope_rules import claims_papers_from_abroad_will_do
    from actions.small_talk_and_handoff import asks_for_a_person
    from actions.words_to_facts import NORMALISERS
    from components.facts_told import a_branch_placed_in_the_mainland, a_domain_got_after_ip_only

    def in_conversation(intent, text, topic, reads_a_fact=True):
        ranking = [{"name": intent, "confidence": 0.8}]
        return _scope().decide(intent, ranking, text, True, topic, reads_a_fact, topic).get("name")

    # a licence had in a case put with its time between "if" and "we"; what it changes asked
    licence = NORMALISERS[Fact.COMMERCIAL_LICENSE]
    assert licence("and if one day we hold the icp commercial licence, what do we change?") == "yes"
    assert licence("and if we never got the commercial licence, what then?") != "yes"
    # thanks and goodbye with what the writer will do: a courtesy
    bye = "Thank you! I'll ask our IT to move the server to Singapore. Goodbye"
    assert _decided("out_of_scope", bye) == "thanks"
    # Hong Kong checked as fine without a filing after the no-filing answer: that question
    checked = "so singapore servers would be ok without the filing?"
    assert chooses_a_place("singapore", checked)
    assert in_conversation("ask_no_filing", "so hk is exempt then?", "ask_no_filing") == (
        "ask_hosted_outside"
    )
    # back to a set-up named by its place; a branch had in a province
    assert chooses_a_place("mainland", "fine, back to the mainland option: where do we file?")
    branch = "we have a branch in hubei, where do we file?"
    told = a_branch_placed_in_the_mainland(
        [{"entity": "place", "value": "hubei", "start": 20, "end": 25}], branch
    )
    assert [e["value"] for e in told] == ["branch"]
    # a domain kept after an IP-only case put
    kept = "alright, we stick with the domain. and the slb part?"
    assert [
        e["entity"] for e in a_domain_got_after_ip_only([], kept, "ask_ip_only", "ip_only")
    ] == ["access_method"]
    # the filing alone, after the conversation's question
    assert in_conversation(
        "ask_need_icp", "what about the beian itself?", "ask_physical_office"
    ) == ("ask_physical_office")
    # rejected, the filing out of reach
    assert carries_subject("ask_no_filing", "we were refused on the icp application, what now?")
    # where the writer would file, checked
    assert carries_subject("ask_which_province", "so that's where we would file?")
    # a contact person asked for; not an authority's
    assert asks_for_a_person("could you send me a contact person for this?")
    assert not asks_for_a_person("can you give me the phone number of the miit bureau?")
    # papers from abroad claimed to do, said of them in the next sentence; told not to, not
    told = "our papers are from the UK, notarised. they are accepted for icp, right?"
    assert claims_papers_from_abroad_will_do(told)
    assert not claims_papers_from_abroad_will_do("they said documents from abroad are not accepted")
    # a case put, then who may file asked of it: that question
    case = "if next year we put an ECS in Shanghai, could our Suzhou branch do the filing?"
    assert in_conversation("ask_no_filing", case, "ask_hosted_outside") == "ask_physical_office"


def test_session_47_second_review_what_the_later_rules_leave_alone():
    from actions.decision import Fact
    from actions.faq_subjects import carries_subject
    from actions.hedged_facts import told_for_another_time
    from actions.hosting_facts import chooses_a_place, read_hosting
    from actions.scope_rules import claims_papers_from_abroad_will_do
    from actions.small_talk_and_handoff import asks_for_a_person
    from actions.words_to_facts import NORMALISERS
    from components.facts_told import a_branch_placed_in_the_mainland, a_domain_got_after_ip_only

    def in_conversation(intent, text, topic):
        ranking = [{"name": intent, "confidence": 0.8}]
        return _scope().decide(intent, ranking, text, True, topic, True, topic).get("name")

    # (a reviewer's sentences)
    # papers for another purpose, or told not to do
    assert not claims_papers_from_abroad_will_do("our german papers are enough to open a wfoe?")
    no = "our documents are from japan. they do not have a chinese version, is that ok for icp?"
    assert not claims_papers_from_abroad_will_do(no)
    # a provider's person quoted about the provider's own
    assert "other_providers" in uncovered_subjects(
        "a tencent rep says we need a filing with them too"
    )
    # the temporary server abroad with its instance's type asked
    assert "instance_specs" in uncovered_subjects(
        "the temp server for the filing, which instance type if we put it in hong kong?"
    )
    # the writer's own forum
    assert "business_types" in uncovered_subjects("is icp enough for the user posts in our forum?")
    # an office opened, or filing in parallel for several domains, is no site opened first
    assert not carries_subject(
        "ask_no_filing", "opening an office in beijing, and the beian at the same time?"
    )
    # the filing's number, a template, an authority's contact: no person asked for
    assert not asks_for_a_person("the filing got approved, can you send me the number?")
    assert not asks_for_a_person(
        "give us contact details of the provincial communications administration"
    )
    assert asks_for_a_person("could you provide us a contact person?")
    # the licence in a case put, but something of it
    licence = NORMALISERS[Fact.COMMERCIAL_LICENSE]
    assert licence("and if later we get the commercial license revoked, what happens?") != "yes"
    # a case in another sentence does not make a plan today's
    plan = "next year we'll open a wfoe in hangzhou. if later we also get a cdn, anything else?"
    assert told_for_another_time("a wfoe in hangzhou", plan) == "planned"
    # places weighed or visited are no choice of where to host
    assert not chooses_a_place(
        "hong kong", "hong kong is fine by our boss but we still want shanghai"
    )
    assert not chooses_a_place("beijing", "after we are in beijing for the audit, can we file?")
    # Hong Kong of something else, or beside a mainland site
    other = "can our hong kong company run the shanghai site without an icp?"
    assert in_conversation("nlu_fallback", other, "ask_no_filing") != "ask_hosted_outside"
    # a case put, then whether a filing is needed
    need = "if we put the ecs in beijing, does our branch still need to file anything?"
    assert in_conversation("ask_no_filing", need, "ask_hosted_outside") != "ask_physical_office"
    # thanks on leaving with a complaint
    assert (
        _decided("out_of_scope", "Thanks but this didn't help, I will contact support. Bye")
        != "thanks"
    )
    # a domain kept only when told so
    for asked in ("should we keep the domain?", "we can't keep the domain, it expires, so ip only"):
        assert a_domain_got_after_ip_only([], asked, "ask_ip_only", "ip_only") == []
    # "we've got a branch in ..."
    text = "we've got a branch in beijing. where do we file?"
    place = {"entity": "place", "value": "beijing", "start": 22, "end": 29}
    assert [e["value"] for e in a_branch_placed_in_the_mainland([place], text)] == ["branch"]
    # the filing's rejection by someone else, or a sign-off inside the company
    assert not carries_subject(
        "ask_no_filing", "icp filing is done, but i can't get it through our legal team"
    )
    assert read_hosting(
        "ecs in hangzhou", "we have an ecs in hangzhou. where we'd file, any idea?"
    ) == ("mainland_china")


def test_rounds_130_and_131_after_tuning():
    from actions.cdn_facts import read_cdn
    from actions.faq_subjects import carries_subject
    from actions.hosting_facts import read_hosting

    # no CDN at all, whatever follows it
    denied = "we don't use any cdn and nothing runs in mainland china, it's all in osaka"
    assert read_cdn("cdn and nothing runs in mainland", denied) == "none"
    # sites spread over places: no one site's place
    spread = "we run many shop sites: some on ecs shenzhen, some in singapore. which need icp?"
    assert read_hosting("ecs shenzhen", spread) is None
    assert read_hosting("ecs shenzhen", "our shop is on ecs shenzhen, some buyers in hk") == (
        "mainland_china"
    )
    # the filing said not to be finished, in a follow-up (only there: a first message's "when
    # the ICP filing can't be finished, ..." may be a rule reported, asked of first)
    from components.facts_told import documents_got_in_a_follow_up

    for text in ("and if our beian can't be completed?", "and if our icp wont be approved?"):
        told = documents_got_in_a_follow_up([], text, "ask_no_filing")
        assert [e["entity"] for e in told] == ["can_complete_filing"], text
    # a company to be set up before filing: who may file
    lawyer = "so we need to open a wfoe before we can file, right?"
    assert _decided("ask_need_icp", lawyer) == "ask_physical_office"
    # where the filing goes, in more words
    assert carries_subject("ask_which_province", "where would the icp application go then?")
    assert carries_subject("ask_which_province", "so it gets filed there?")
    assert carries_subject("ask_which_province", "does the beian need to be in hunan too?")
    assert _decided(
        "ask_unanswerable", "licence is from anhui, must the filing be done in anhui?"
    ) == ("ask_which_province")


def test_rounds_130_and_131_second_pass():
    from actions.access_facts import to_access_method
    from actions.faq_subjects import carries_subject
    from components.facts_told import an_area_named_in_a_follow_up

    # the paper or office it takes out of reach, or too much: the no-filing question
    assert carries_subject(
        "ask_no_filing", "what if obtaining the office certificate is not feasible?"
    )
    assert carries_subject("ask_no_filing", "and if it's too much hassle, what are our options?")
    # the CDN's area by its setting's name, in a follow-up
    told = an_area_named_in_a_follow_up([], "what about the excluding mainland option?", "ask_cdn")
    assert [e["entity"] for e in told] == ["cdn_coverage"]
    assert carries_subject("ask_cdn", "and with the excluding-mainland setting, icp needed?")
    # the domain dropped, the IP the way in
    assert to_access_method("say we drop the domain and users come in via the ecs ip") == "ip_only"
    # which of the places told the filing goes to
    assert carries_subject(
        "ask_which_province", "licence from wuhan, servers in xian. which one do we file in?"
    )


def test_rounds_132_to_135_after_tuning():
    from actions.cdn_facts import read_cdn
    from actions.filing_facts import to_can_complete_filing
    from actions.hosting_facts import chooses_a_place, read_hosting, to_hosting_location
    from actions.presence_facts import read_presence
    from actions.small_talk_and_handoff import asks_someone_to_act, requests_a_person
    from components.domain_spelling import respell
    from components.facts_told import no_presence_of_a_company_registered_only_abroad

    # a person of the provider's asked for, whatever about
    for text in (
        "could someone on your side look over our cdn config with me?",
        "can a person from your cdn team double-check the settings?",
        "can your solutions architect hop on a call with us about it?",
    ):
        assert asks_someone_to_act(text) and requests_a_person(text), text
    for text in (
        "could you put me in touch with your cdn sales people?",
        "is there a person i can chat w/ about the setup",
        "is there someone at alibaba who can fix that mismatch for us?",
    ):
        assert requests_a_person(text), text
    assert not requests_a_person("can you put us in touch with the provincial administration?")
    ranking = [{"name": "ask_cdn", "confidence": 0.9}]
    text = "Could I talk to a sales rep about buying the temporary ECS?"
    assert _scope().decide("ask_cdn", ranking, text)["name"] == "request_human"
    assert _scope().decide("ask_cdn", ranking, text, topic="cdn")["name"] == "request_human"
    # places weighed, none chosen: no place of the site
    assert (
        to_hosting_location(
            "we're torn between hong kong and beijing for the shop. is that the rule?"
        )
        is None
    )
    # CDN areas weighed in a sentence of their own, then asked which: neither is the CDN's
    text = "The console offers Global or Global (excluding Mainland China). Which one means ICP?"
    assert read_cdn("excluding Mainland China", text) is None
    assert read_cdn("Global", text) is None
    # a kind of presence to upgrade to, or required, is no presence had
    text = "We have a ban shi chu in Xiamen. Enough, or should we upgrade to a branch company?"
    assert read_presence("ban shi chu", text) == "representative_office"
    assert read_presence("branch company", text) is None
    text = "would a rep office do, or does it have to be a registered branch?"
    assert read_presence("registered branch", text) is None
    # the company's only company abroad: no presence in mainland China
    for text in (
        "our only company is in singapore, which province?",
        "we only have a company in hk",
    ):
        told = no_presence_of_a_company_registered_only_abroad([], text)
        assert [read_presence(e["value"], text) for e in told] == ["none"], text
    assert not no_presence_of_a_company_registered_only_abroad([], "our only company is in wuhan")
    # a site placed by a verb of where it runs, in a case put
    text = "suppose a site sits in Osaka and uses a CDN without mainland nodes, ICP?"
    assert read_hosting("site sits in Osaka", text) == "outside_mainland"
    # a provider's server asked for: no place of the site
    text = "Our origin is in Texas. Do we need one of your servers inside China for the CDN?"
    assert read_hosting("servers inside China", text) is None
    # the place a move leaves, not the one it goes to
    text = "and if we moved the batch server out of Beijing to Seoul?"
    assert read_hosting("Beijing", text) is None
    assert read_hosting("Seoul", text) == "outside_mainland"
    # a move decided after an answer is the place chosen; one to come is a plan
    assert chooses_a_place("Macau", "ok, then we move it to Macau. nothing to file then?")
    assert not chooses_a_place("Macau", "we will move the shop to Macau. anything to file?")
    # the filing can be done, told with a reason not to
    assert to_can_complete_filing("we could file, we just don't like the delay") == "yes"
    assert to_can_complete_filing("we can file, but not the domain") == "no"
    # chat shorthand
    assert respell("wat abt the commercial lic?") == "what about the commercial license?"


@pytest.mark.parametrize(
    "message, subject",
    [
        ("diff between icp filing and commercial license?", "licence_types"),
        ("is the provincial way going to take longer than your system?", "time"),
        ("new domain: do we get a new icp or just update the old one?", "existing_filing"),
        ("do you offer a service that handles the filing for us?", "companies"),
        ("should we engage a consultant for it?", "companies"),
        ("can the temporary ecs just sit idle for the three months?", "instance_specs"),
    ],
)
def test_uncovered_subjects_of_rounds_132_to_135(message, subject):
    assert subject in uncovered_subjects(message)


@pytest.mark.parametrize(
    "message",
    [
        "we hire a firm to run our servers in hk, do we need icp?",
        "our server in hk has to run the site, do we need icp?",
        "what if we had the commercial license, anything different for the slb?",
    ],
)
def test_no_uncovered_subject_in_rounds_132_to_135_lookalikes(message):
    assert uncovered_subjects(message) == []


def test_questions_of_rounds_132_to_135():
    # none needed, claimed and checked in a sentence after it: whether one is needed
    ranking = [{"name": "ask_no_filing", "confidence": 0.9}]
    text = (
        "Site in Paris, one job server in Hangzhou. Our host says only the site counts, so no "
        "ICP. Right?"
    )
    assert _scope().decide("ask_no_filing", ranking, text)["name"] == "ask_need_icp"
    # Hong Kong asked of a filing after the no-filing answer: the hosted-outside question
    ranking = [{"name": "ask_need_icp", "confidence": 0.9}]
    text = "does hong kong carry any icp obligation then?"
    decided = _scope().decide("ask_need_icp", ranking, text, topic="no_filing")
    assert decided["name"] == "ask_hosted_outside"


def test_session_48_review():
    from actions.cdn_facts import read_cdn
    from actions.filing_facts import to_can_complete_filing
    from actions.hosting_facts import chooses_a_place, read_hosting, to_hosting_location
    from actions.presence_facts import read_presence
    from actions.small_talk_and_handoff import asks_for_a_person, requests_a_person
    from components.domain_spelling import respell
    from components.facts_told import no_presence_of_a_company_registered_only_abroad

    # the writer's own people, or an authority's, are no person asked for
    for text in (
        "our sales people in Guangzhou need to open the site, is icp needed?",
        "is there someone in our company who can review the papers, or must it be the legal rep?",
        "can a sales team check the site in China before the filing?",
        "is there anyone at the MIIT who can check our application?",
    ):
        assert not requests_a_person(text), text
    assert requests_a_person("we'd love to jump on a call with your team")
    assert asks_for_a_person("can your cdn team double-check our config?")
    # ... and a question asked beside the request is answered
    ranking = [{"name": "ask_hosted_outside", "confidence": 0.9}]
    for text in (
        "I'd like to talk to a person. our server is in Osaka, do we need ICP?",
        "can i speak with someone, we host in seoul only, is icp needed?",
    ):
        assert _scope().decide("ask_hosted_outside", ranking, text).get("name") != "request_human"
    # none needed, checked as the whole message
    ranking = [{"name": "ask_no_filing", "confidence": 0.9}]
    text = "the site is in Macau, so no ICP. Correct?"
    assert _scope().decide("ask_no_filing", ranking, text)["name"] == "ask_need_icp"
    # places weighed for something else leave the site's place
    for text in (
        "our ECS is in Xiamen. we're deciding between Hong Kong and Singapore for the company",
        "we host in Ningbo and are deciding between CDN plans for users in Japan and Korea",
    ):
        assert to_hosting_location(text) == "mainland_china", text
    # a CDN's area told, another added later, and another question: the area told
    text = "Our CDN covers mainland China and we may add overseas or global later. Which province?"
    assert read_cdn("mainland China", text) == "includes_mainland"
    # a presence named as the one required is had; a switch done is had
    for value, text, had in (
        ("branch company", "the applicant has to be our branch company in Hefei, right?", "branch"),
        ("rep office", "it must be the rep office we opened in 2020 that files?", "representative"),
        (
            "branch company",
            "we had to switch to a branch company in 2022. where to file?",
            "branch",
        ),
    ):
        assert (read_presence(value, text) or "").startswith(had), text
    # someone else's only company, or not the only one
    for text in (
        "our partner's only company is in Singapore; can they file?",
        "we don't only have a company in HK, there is also one in Xi'an",
    ):
        assert not no_presence_of_a_company_registered_only_abroad([], text), text
    # one of the site's servers, not asked for
    text = "we need one of the servers in Tianjin for payments, the rest is in Paris. icp?"
    assert read_hosting("servers in Tianjin", text) == "mainland_china"
    # a move with a time to come is no choice made
    assert not chooses_a_place("Macau", "ok so we move the server to Macau next year, icp then?")
    # able to file, on a condition or with something lacking: not that it can be done
    for text in (
        "we could file, if we had a chinese company",
        "we could file, though we lack a domain",
    ):
        assert to_can_complete_filing(text) != "yes", text
    # a sentence's full stop kept
    assert (
        respell("we got the commercial lic. Now what?")
        == "we got the commercial license. Now what?"
    )


@pytest.mark.parametrize(
    "message",
    [
        "the page takes longer to load from china without a cdn, is icp needed?",
        "keep the current one or get a new ecs in chengdu?",
        "do we need a new filing or just modify the cdn settings?",
        "we engaged a firm that handles our hosting in HK, need ICP?",
        "our hangzhou server will sit idle after we move to hk, do we still need icp?",
    ],
)
def test_no_uncovered_subject_in_session_48_review_lookalikes(message):
    assert uncovered_subjects(message) == []


def test_session_48_review_hong_kong_after_the_no_filing_answer():
    ranking = [{"name": "ask_need_icp", "confidence": 0.9}]
    for text in (
        "do our Hong Kong customers need an ICP to visit the site?",
        "our company is in Hong Kong, do we need an icp?",
    ):
        decided = _scope().decide("ask_need_icp", ranking, text, topic="no_filing")
        assert decided.get("name") != "ask_hosted_outside", text


def test_rounds_132_to_135_second_pass():
    from actions.hosting_facts import read_hosting
    from actions.need_or_next_step import asks_if_it_needs_a_filing, speaks_of_needing_a_filing
    from actions.small_talk_and_handoff import thanks_on_leaving
    from components.domain_spelling import respell

    # thanks on leaving, with a plan or the matter closed
    assert thanks_on_leaving("thanks anyway, we'll look at Singapore then. bye!")
    assert thanks_on_leaving("Thanks, that settles it, we'll wait for the approval.")
    assert not thanks_on_leaving("thanks, but we'll still need a person. bye")
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    text = "cheers, that's all, we'll go with Tokyo then."
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "thanks"
    # the authority to go to is where to file
    text = "which authority should we apply to then? our licence is from Nanjing"
    assert asks_where_to_file(text)
    assert not uncovered_subjects(text)
    # a region chosen in a case put that is all the question
    text = "and if we picked the Chengdu region instead?"
    assert read_hosting("Chengdu region", text) == "mainland_china"
    # anything to do about the filing, or to register with the authorities
    assert asks_if_it_needs_a_filing("we went with Seoul. anything icp-wise we need to do first?")
    text = "our ECS is in Wuhan. do we have to register anything with the government first?"
    assert speaks_of_needing_a_filing(text, text)
    # a message the console showed, asked what it means: the no-filing answer
    ranking = [{"name": "nlu_fallback", "confidence": 0.6}]
    text = (
        "The console says: 'This domain has no ICP filing and is blocked.' The site runs on "
        "ECS Qingdao. What does it mean for us?"
    )
    assert not uncovered_subjects(text)
    assert _scope().decide("nlu_fallback", ranking, text)["name"] == "ask_no_filing"
    # chat shorthand
    assert respell("n if u use ur system 4 us, frm hk?") == (
        "and if you use your system for us, from hk?"
    )
    assert respell("our R&D team in the U.S., Plan B") == "our R&D team in the U.S., Plan B"


def test_session_48_regressions_caught_by_the_rounds():
    # where the filing goes, its subject dropped, is asked (not the site's place)
    assert asks_where_to_file("and file in fujian right?")
    assert asks_where_to_file("so apply in Hubei, correct?")
    # an authority asked for setting up an office is not where the filing goes
    text = "what are the steps to register a rep office, and which authority do we apply to?"
    assert uncovered_subjects(text)
    # what an ICP is, asked with who needs one: whether one is needed
    assert "definition" not in uncovered_subjects("whats icp and which firms have to get one?")


def test_rounds_136_and_137_after_tuning():
    from actions.cdn_facts import read_cdn, to_cdn_coverage
    from actions.filing_facts import to_can_complete_filing
    from actions.hosting_facts import place_as_the_sites, read_hosting
    from actions.message_parts import names_the_filing
    from actions.presence_facts import read_presence

    # a presence set aside for another, or advised to be opened, is none had
    text = "Our adviser suggested a rep office in Xiamen rather than a full WFOE. Enough for ICP?"
    assert read_presence("WFOE", text) is None
    text = "We have no entity in China. A consultant suggested we register a rep office for it."
    assert read_presence("rep office", text) is None
    # a server staying somewhere, in a case put
    text = "and if the backend stayed in Oregon and only the CDN changed?"
    assert read_hosting("Oregon", text) == "outside_mainland"
    # people there by the place's name
    assert place_as_the_sites("Xi'an", "our Xi'an customers say it loads slowly, so a CDN?") is None
    # the CDN's area as listed there, the assistant's answer no reader's "you"
    text = (
        "Update: I now see mainland China listed in the CDN's acceleration areas. Does that "
        "change your answer?"
    )
    assert read_cdn("mainland China listed in the CDN's acceleration areas", text) == (
        "includes_mainland"
    )
    assert to_cdn_coverage("we do use Alibaba CDN, the region says Global") == "includes_mainland"
    # another company's CDN put in Alibaba Cloud's place
    assert "other_providers" in uncovered_subjects(
        "and with another company's CDN instead, same rules?"
    )
    # data residency
    assert "data_and_content" in uncovered_subjects(
        "does hosting in hk clash with china's data residency rules?"
    )
    # a server there for the paperwork only is none of the site's
    text = "The site stays in Oregon, so the ECS in China is only there for the paperwork, right?"
    assert read_hosting("ECS in China", text) is None
    # unable to file, with the reason after a comma
    assert to_can_complete_filing("we can't, the domain belongs to our parent abroad") == "no"
    assert to_can_complete_filing("we can't yet, but we will by June") is None
    # filed for a site
    assert names_the_filing("can we use its papers to file for our shop website?")
    assert not names_the_filing("we need to file for the bankruptcy of our old site")


def test_rounds_136_and_137_second_pass():
    from actions.faq_subjects import carries_subject

    # never filed is the no-filing question's case (not a trademark never filed)
    assert carries_subject(
        "ask_no_filing", "our site on ECS Dalian won't load in China and we never filed. why?"
    )
    assert not carries_subject(
        "ask_no_filing", "we never filed a trademark, does that matter for the site?"
    )
    # the temporary instance the backstory names, referred back to, beside an uncovered part
    ranking = [{"name": "ask_cdn", "confidence": 0.9}]
    text = (
        "Our origin is in Sydney and we added Alibaba CDN for China. Support said we need a "
        "temporary ECS for the filing. What is the minimum term for that ECS, and can we "
        "cancel it once approved?"
    )
    decided = _scope().decide("ask_cdn", ranking, text)
    assert decided["name"] == "ask_cdn"
    assert decided["uncovered"] == ["existing_filing"]


def test_session_48_second_review():
    from actions.filing_facts import to_can_complete_filing
    from actions.general_or_own import speaks_of_anyone
    from actions.hosting_facts import read_hosting
    from actions.message_parts import names_the_filing

    # a server that stayed somewhere, told of the past, is not today's
    assert (
        read_hosting("Beijing", "Our old box remained in Beijing, but we now host in Seoul.")
        is None
    )
    # a paperwork product is the site's, not the filing's
    text = "We run an ECS in Shanghai for our paperwork portal, which customers log into."
    assert read_hosting("an ECS in Shanghai", text) == "mainland_china"
    # a general question to the assistant keeps its general "you"
    assert speaks_of_anyone("Would you say anyone hosting outside China needs an ICP?")
    # the writer's past host or sister company is no other provider; a third-party CDN is
    for text in (
        "We moved from another provider's hosting to Alibaba ECS. icp?",
        "Our other company's servers are in Hangzhou, icp?",
    ):
        assert "other_providers" not in uncovered_subjects(text), text
    assert "other_providers" in uncovered_subjects("we use a third-party CDN, icp needed?")
    # unable to file, with a way out or asked back: not told
    for text in ("We can't, unless the partner files for us.", "we can't, right?"):
        assert to_can_complete_filing(text) is None, text
    # other things filed for a website
    for text in (
        "can I file for the website's trademark?",
        "I want to file for a refund for our website hosting",
    ):
        assert not names_the_filing(text), text
    # a company registered, or a licence applied for, is no filing never done
    from actions.faq_subjects import carries_subject

    for text in ("We haven't registered our WFOE yet", "we haven't filed for a business licence"):
        assert not carries_subject("ask_no_filing", text), text


def test_session_49_rounds_138_to_140():
    """What blind rounds 138-140 (a general week; writing for a client; corrections and time)
    found, in our own wording."""
    from actions.cdn_facts import to_cdn_coverage
    from actions.filing_facts import to_existing_filing
    from actions.general_or_own import speaks_of_anyone
    from actions.hosting_facts import read_hosting
    from actions.presence_facts import to_china_presence
    from actions.small_talk_and_handoff import asks_for_a_person, requests_a_person, says_thanks
    from actions.uncovered_subjects import uncovered_subjects
    from components.facts_told import (
        a_coverage_told_in_a_follow_up,
        no_presence_of_a_company_registered_only_abroad,
    )

    # a CDN told, its coverage told again by what it leaves out; not a move of the site, nor
    # with no CDN told
    told = a_coverage_told_in_a_follow_up(
        [], "so what if the coverage was outside china only?", "ask_cdn", "includes_mainland"
    )
    assert [to_cdn_coverage(e["value"]) for e in told] == ["international_only"]
    told = a_coverage_told_in_a_follow_up(
        [], "and if we set it to the area that leaves out the PRC?", "ask_need_icp", "none"
    )
    assert told == []
    for text in (
        "and if we moved it to somewhere outside the mainland?",
        "what if our servers excluded the mainland?",
    ):
        assert a_coverage_told_in_a_follow_up([], text, "ask_cdn", "includes_mainland") == []
    # the CDN set to Global by "it"
    assert to_cdn_coverage("ok and if we flipped it back to global?") == "includes_mainland"
    # a place held until a month or a move is the past
    text = "The site was on ECS Hangzhou until June; it runs in Seoul since then. ICP?"
    assert read_hosting("ECS Hangzhou", text) is None
    assert read_hosting("ECS Hangzhou", "we were on ECS Hangzhou until we moved. ICP?") is None
    # a client's server, named with "the", is the site asked about
    from actions.decision import Fact
    from actions.slot_validation import clean_fact

    text = "No mainland nodes on the CDN. The customer's servers are in Tokyo. No filing, right?"
    assert clean_fact(Fact.HOSTING_LOCATION, "servers are in Tokyo", text) == "outside_mainland"
    # the provider's side is no general "you"
    assert not speaks_of_anyone("on your side, would they need one if they stay on ECS Seoul?")
    # a person got to act, or available; not an agent to file
    for text in (
        "could we get somebody from Alibaba Cloud to phone our client?",
        "is an engineer available to look at our setup?",
    ):
        assert requests_a_person(text) and asks_for_a_person(text), text
    for text in (
        "can we get an agent to file it on our behalf?",
        "is anyone available to sign as the legal person?",
    ):
        assert not requests_a_person(text), text
    # thanks in the writer's own language
    for text in ("merci beaucoup!", "danke schön", "xiexie"):
        assert says_thanks(text), text
    # a filing changed, said the other way round, is an existing filing's matter
    text = "Our director changed. Must our beian get updated?"
    assert "existing_filing" in uncovered_subjects(text)
    # a filing done, said by who did it; not one still under way
    assert to_existing_filing("we did our beian in 2021 for the Wuhan ECS") == "yes"
    assert to_existing_filing("we filed for icp in may, still waiting on review") is None
    # a server's term paid is background, not a price asked
    text = (
        "No domain yet, so the filing can't be done; the Beijing ECS is already paid for 2 years."
    )
    assert "cost" not in uncovered_subjects(text)
    # a sister company's site is a site like any other
    text = "Not our sister company's site, I mean ours, on ECS Xiamen: is a filing needed?"
    assert "companies" not in uncovered_subjects(text)
    assert "companies" in uncovered_subjects("could we file under our sister company's name?")
    # a presence opened next season is a plan
    assert to_china_presence("we open a branch in Wuhan next autumn, can we file now?") is None
    # the client registered only abroad has no company in mainland China
    text = "Our customer is incorporated only in Singapore; where would they file?"
    assert [e["entity"] for e in no_presence_of_a_company_registered_only_abroad([], text)] == [
        "china_presence"
    ]


def test_session_49_review():
    """A reviewer's near-misses for the rules of rounds 138-140, each kept out."""
    from actions.filing_facts import to_existing_filing
    from actions.hosting_facts import read_hosting
    from actions.presence_facts import to_china_presence
    from actions.small_talk_and_handoff import requests_a_person, says_thanks
    from actions.uncovered_subjects import uncovered_subjects
    from components.facts_told import (
        a_coverage_told_in_a_follow_up,
        no_presence_of_a_company_registered_only_abroad,
    )

    # another thing's reach, or a coverage denied, is no CDN's
    for text in (
        "what if we leave out mainland shoppers with geo-blocking, still icp?",
        "and if we skip the chinese market for now?",
        "what if the ICP coverage is only for the mainland?",
        "and if the coverage wasn't limited to outside china?",
    ):
        assert a_coverage_told_in_a_follow_up([], text, "ask_cdn", "includes_mainland") == [], text
    # a month ahead, or a word that starts like one, is no end in the past
    text = "Our ECS stays in Hangzhou until October at least. Do we need a filing?"
    assert read_hosting("ECS stays in Hangzhou", text) == "mainland_china"
    text = "Our servers are in Tokyo until Marketing signs off the move. ICP?"
    assert read_hosting("servers are in Tokyo", text) == "outside_mainland"
    assert to_china_presence("We have a branch company in Xiamen; our next market is Wuhan") == (
        "branch_company"
    )
    # someone for the filing's own needs, a filing agency or an authority is no person asked for
    for text in (
        "is someone available in mainland China to receive the documents?",
        "is anyone available to be the site's contact person in China?",
        "is somebody at the communications bureau available to explain it?",
        "can we get someone from the filing agency to upload the papers?",
    ):
        assert not requests_a_person(text), text
    # a name or a word that is not thanks
    for text in ("we changed tack and moved to HK", "we stay at the Merci Hotel in Shanghai"):
        assert not says_thanks(text), text
    # another thing moved or changed is no filing to update; a pending application is not held
    for text in (
        "Do we need ICP if the origin gets moved to Hong Kong?",
        "Can the ICP application be modified while it is in review?",
    ):
        assert "existing_filing" not in uncovered_subjects(text), text
    # a price asked stays one; a sister company's filing shared is still the companies' matter
    assert "cost" in uncovered_subjects("Is the filing service paid for one year or for good?")
    text = "could our sister company's site and ours share one ICP filing?"
    assert "companies" in uncovered_subjects(text)
    # a filing sent in but not done, or another site's
    for text in (
        "we filed ICP on Monday, the SMS verification is next",
        "I did ICP filings for other clients before, this one is new",
    ):
        assert to_existing_filing(text) is None, text
    # a client's account or logo registered abroad is no company's registration
    text = "The customer's payment account is registered only in Singapore, icp?"
    assert no_presence_of_a_company_registered_only_abroad([], text) == []


def test_session_49_round_141():
    """What blind round 141 (a general week, written last) found, in our own wording."""
    from actions.access_facts import to_access_method
    from actions.filing_facts import to_existing_filing
    from actions.hosting_facts import chooses_a_place

    # an IP-only way in denied beside a domain
    assert to_access_method("just a regular domain, nothing ip-only") == "domain_name"
    assert to_access_method("nothing but the bare IP, ip only") == "ip_only"
    # thanks in another language, alone, whatever the classifier took it for
    assert _decided("nlu_fallback", "merci beaucoup !") == "thanks"
    assert _decided("nlu_fallback", "merci, and what about the cdn?") != "thanks"
    # after the physical office answer, a presence told and what is needed asked: that answer
    decided = _scope().decide(
        "ask_need_icp",
        [{"name": "ask_need_icp", "confidence": 0.6}],
        "we have no entity in China at all. so what do we need?",
        True,
        "physical_office",
    )
    assert decided["name"] == "ask_physical_office"
    # a filing required already is no filing had
    assert to_existing_filing("the mainland server already needs a beian, right?") is None
    # a place taken is a place chosen
    assert chooses_a_place("Hangzhou", "fine, we'll take Hangzhou then. must we file?")
    # a filing checked with a tag is whether one is needed
    assert _decided("nlu_fallback", "then we have to file, correct?") == "ask_need_icp"


def test_session_49_second_pass():
    # what happens to a site that has no filing, said "doesn't have"
    for text in (
        "What happens to a shop on ECS Wuhan that doesn't have a beian?",
        "what happens if our site hasn't got an ICP filing?",
    ):
        assert _decided("nlu_fallback", text) == "ask_no_filing", text
    # a person asked for about a filing matter the FAQ does not cover: the person
    assert _decided("ask_unanswerable", "is an engineer available to talk about filing fees?") == (
        "request_human"
    )
    # (a matter the FAQ covers, asked of a person, is still answered)
    assert _decided(
        "ask_need_icp", "could I ask someone whether our Xi'an server needs a filing?"
    ) != ("request_human")


def test_session_49_round_142():
    """What blind round 142 (uncovered questions in the FAQ's own words) found, in our own
    wording."""
    from actions.filing_facts import to_can_complete_filing

    # whether the CDN rule holds for another provider's CDN is that provider's matter
    text = "is the CDN rule also valid for Fastly, or only for Alibaba Cloud CDN?"
    assert "other_providers" in uncovered_subjects(text)
    assert "other_providers" not in uncovered_subjects(
        "our ECS is in Suzhou with Alibaba CDN; does the filing apply to the CDN too?"
    )
    # none needed, checked "for us" (taken for the facts too)
    text = "ECS in Xi'an, CDN outside the mainland only. so no beian for us?"
    assert _decided("inform", text) == "ask_need_icp"
    assert _decided(
        "nlu_fallback", "ECS in Xi'an, CDN outside the mainland only. so no beian for us?"
    ) == ("ask_need_icp")
    # the options when the filing cannot be completed, as a heading or asked for anyone
    for text in (
        "Alternatives for overseas firms when the ICP filing cannot be completed",
        "what can a foreign business do if the beian cannot be completed?",
    ):
        assert _decided("ask_physical_office", text) == "ask_no_filing", text
    # a site reached only by IP asking whether it can file: the IP-only answer
    assert _decided(
        "ask_no_filing", "no domain, only 8.x.x.x on an ECS in Dalian. can we file?"
    ) == ("ask_ip_only")
    # a Commercial License holder changing IP with no load balancer: not the SLB answer's case
    text = (
        "We hold an ICP Commercial License and move to another ECS with a new IP, without any "
        "SLB. Must we update the licence?"
    )
    assert "existing_filing" in uncovered_subjects(text)
    assert "existing_filing" not in uncovered_subjects(
        "We hold an ICP Commercial License and put an SLB in front, so the IP changes. Update?"
    )
    # a question after an answer, taken for feedback, is a question
    assert _decided("feedback_helpful", "ok and which OS does that temporary ECS need?") != (
        "feedback_helpful"
    )
    # the filing never to be got done, said by "it"
    assert to_can_complete_filing("and if we can't manage to get it done?") == "no"
    assert _decided("nlu_fallback", "if it's never going to be approved, what's our option?") == (
        "ask_no_filing"
    )


def test_session_49_second_review():
    """A reviewer's near-misses for the rules of rounds 141 and 142, each kept out."""
    from actions.access_facts import to_access_method
    from actions.decision import Fact
    from actions.filing_facts import to_can_complete_filing, to_existing_filing
    from actions.hosting_facts import chooses_a_place
    from actions.slot_validation import clean_fact

    # "nothing but" IP-only is only IP
    assert to_access_method("no domain, nothing but IP-only access on the ECS") == "ip_only"
    # not anything in China of the site's, not the company's
    text = "we don't have anything in China deployed, it's all in Seoul"
    assert clean_fact(Fact.CHINA_PRESENCE, "n't have anything in China", text) is None
    # after the physical office answer, the site's place told is no presence told
    decided = _scope().decide(
        "ask_need_icp",
        [{"name": "ask_need_icp", "confidence": 0.8}],
        "our servers are in Ningbo. so what would we need?",
        True,
        "physical_office",
    )
    assert decided.get("name", "ask_need_icp") == "ask_need_icp"
    # a filing held, a need after it in another clause
    assert to_existing_filing("we're already ICP filed, need to add a CDN now") == "yes"
    # "take" only as a choice closed by the place
    for text in ("we want to take Ningbo customers too", "it will take Ningbo a week to review"):
        assert not chooses_a_place("Ningbo", text), text
    # never approved, of a delay or another thing
    for text in (
        "if it's never going to be approved before the launch, can we launch in HK first?",
        "our SSL cert renewal: if it's never going to be approved, what happens?",
    ):
        assert to_can_complete_filing(text) is None, text
    # options of a setting, and what "we" can do for an end, are no "what now"
    assert _decided("ask_cdn", "options for the CDN acceleration region?") != "ask_no_filing"
    # an authority's person is no handoff
    text = "is there a human at the MIIT who handles EDI licence questions?"
    assert _decided("ask_unanswerable", text) != "request_human"
    # an IP for testing, or a site abroad, asking whether it can file: not the IP-only answer
    for text in (
        "just the IP 10.0.0.5 for testing, no domain. can we file later?",
        "only an IP, no domain, hosted in Seoul. can we file?",
    ):
        assert _decided("ask_no_filing", text) != "ask_ip_only", text
    # feedback that thanks stays feedback
    assert _decided("feedback_helpful", "great answer on the CDN, thanks?") in (
        None,
        "feedback_helpful",
    )


def _decided_after(topic, intent, text):
    return (
        _scope()
        .decide(intent, [{"name": intent, "confidence": 0.8}], text, True, topic)
        .get("name", intent)
    )


def test_session_50_rounds_143_and_144():
    """What blind rounds 143 (a general week) and 144 (technical people describing their
    architecture) found, in our own wording, with the near misses kept out."""
    from actions.cdn_facts import to_cdn_coverage
    from actions.small_talk_and_handoff import requests_a_person, says_only_thanks
    from components.scope_decision import stands_for_the_filing_before

    # whether a company with no presence, or only an office, may apply, "apply" left bare
    for text in (
        "We've got no entity or office in mainland China whatsoever. Are we able to apply?",
        "only a rep office in Xiamen here, can we still apply?",
    ):
        assert _decided("ask_physical_office", text) in (None, "ask_physical_office"), text
    assert _decided("ask_physical_office", "no entity in China, can I apply for a work visa?") != (
        "ask_physical_office"
    )
    # a person asked for, by whom they are or what they do, or a ticket
    for text in (
        "is there somebody at Alibaba Cloud who knows about app filing?",
        "is there a person I could ping about this?",
        "could you raise a ticket for us please",
    ):
        assert requests_a_person(text), text
    for text in (
        "is there someone in China who handles the filing for us?",
        "can you file a case with the provincial bureau for us?",
    ):
        assert not requests_a_person(text), text
    # "one" and "it" in a request for a person are no filing referred back to
    assert not stands_for_the_filing_before(
        "fine, I'd rather ask a human then. how can I reach one?"
    )
    assert stands_for_the_filing_before("ok, and do we need one?")
    # thanks with an acknowledgement only, whatever it was taken for
    for text in ("good to know, thx", "ty, that's clear", "thanks for explaining, very helpful"):
        assert says_only_thanks(text), text
        assert _decided("out_of_scope", text) == "thanks", text
    for text in ("thanks, our ECS is in Wuhan", "thanks?", "thanks but that's not what I asked"):
        assert not says_only_thanks(text), text
    # a second question put "what about" the first one's: still the first one's subject
    text = "Must the beian number sit in the footer of each page? what about pages behind the CDN?"
    assert _decided("ask_cdn", text) == "ask_unanswerable"
    two = _scope().decide(
        "ask_cdn",
        [{"name": "ask_cdn", "confidence": 0.8}],
        "What are the fees? And do we need a filing for Alibaba CDN covering mainland China?",
        True,
    )
    assert two.get("uncovered") == ["cost"]
    # the origin on another provider is only where the site runs
    text = "CDN area Mainland China only, the origin sits on Google Cloud in Belgium. ICP needed?"
    assert "other_providers" not in uncovered_subjects(text)
    assert "other_providers" in uncovered_subjects("origin is on Azure China North, ICP needed?")
    # payments taken on the site are no cost
    text = "can our rep office hold a Commercial License for payments on our web shop?"
    assert "cost" not in uncovered_subjects(text)
    assert "cost" in uncovered_subjects("how do online payments for the temporary ECS work?")
    # a site served from storage hosted outside mainland China: the FAQ's hosted-outside answer
    assert "other_products" not in uncovered_subjects(
        "our static site lives in an OSS bucket in eu-central-1, do we need ICP?"
    )
    for text in (
        "our static site lives in an OSS bucket in cn-shanghai, do we need ICP?",
        "site in Singapore on OSS, with WAF in front, do we need ICP?",
    ):
        assert "other_products" in uncovered_subjects(text), text
    # the console turning down a site reached only by IP: the IP-only answer's point
    text = (
        "ECS in Nanjing, reached only via its IP, no domain; the Alibaba Cloud console says we "
        "can't file, why?"
    )
    assert _decided("ask_unanswerable", text) == "ask_ip_only"
    text = "only IP, no domain. the console says we cannot submit; how to set the console language?"
    assert "settings" in uncovered_subjects(text)
    # a presence denied against the answer that a filing is needed: who may file
    assert _decided_after("need_icp", "inform", "we don't have any entity in China though") == (
        "ask_physical_office"
    )
    for text in ("we have no office in China", "but our users are in China"):
        assert _decided_after("need_icp", "inform", text) != "ask_physical_office", text
    # the filing done, put as a case after the no-filing answer
    text = "and once the beian gets approved, can the site stay on our Chengdu ECS?"
    assert _decided_after("no_filing", "inform", text) == "ask_need_icp"
    assert _decided_after("no_filing", "inform", "and if we can't finish the filing?") == (
        "ask_no_filing"
    )
    # any CDN denied as a plan, beside a server's region
    text = "is the ap-southeast-1 region ok without ICP if we won't use any CDN?"
    assert to_cdn_coverage(text) == "none"


def test_session_50_second_pass():
    """Rounds 143 and 144's second pass, in our own wording, with near misses."""
    # what the temporary ECS is for: the FAQ says (to complete the filing)
    assert "properties" not in uncovered_subjects("what's the temporary instance for, actually?")
    for text in ("what is the SLB for?", "what is the temporary ECS for in terms of cost?"):
        assert "properties" in uncovered_subjects(text), text
    # "does that change anything?" asked bare of the set-up told
    text = (
        "No CDN today, servers in Perth. If we later add a CDN for mainland users, does that "
        "change anything?"
    )
    assert _decided("ask_cdn", text) in (None, "ask_cdn")
    text = "pages load slowly in China through the CDN, does that change anything?"
    assert _decided("ask_cdn", text) != "ask_cdn"
    # where to host instead, asked after the no-filing answer: its way out
    for text in ("so which location would you recommend instead?", "where should we host then?"):
        assert _decided_after("no_filing", "out_of_scope", text) == "ask_no_filing", text
    assert _decided_after("no_filing", "out_of_scope", "which region has the lowest latency?") != (
        "ask_no_filing"
    )
    # the filing finished, put as a case: a filing that can be completed
    from actions.cdn_facts import to_cdn_coverage
    from actions.filing_facts import to_can_complete_filing

    assert to_can_complete_filing("and once our beian does get approved, can we stay put?") == "yes"
    assert to_can_complete_filing("even if we get the filing done we have no domain") == "no"
    # a presence objected after the hosted-outside question's answer too
    assert _decided_after("hosted_outside", "inform", "we've got no company in China though") == (
        "ask_physical_office"
    )
    # a CDN set aside as the case put
    assert to_cdn_coverage("so without the cdn we're ok then?") == "none"
    assert to_cdn_coverage("and without the cdn's nodes in china?") != "none"


def test_session_50_review():
    """A reviewer's near misses for the rules of rounds 143 and 144, each kept out (and misses
    it found, caught)."""
    from actions.cdn_facts import to_cdn_coverage
    from actions.small_talk_and_handoff import requests_a_person, says_only_thanks

    # "apply" for a job, a programme or an account, or a presence not in China: no filing's
    for text in (
        "I saw your Hangzhou office is hiring devops engineers, can I apply?",
        "Our branch in Chengdu wants the startup credits program. Can we apply?",
        "We have no company in China. Can I still register?",
        "We use Office 365 for email, can we register?",
    ):
        assert _decided("ask_unanswerable", text) != "ask_physical_office", text
    # ... and a presence denied in other words is read
    assert _decided("nlu_fallback", "we dont have a company in china, can we still apply?") == (
        "ask_physical_office"
    )
    # a person at an authority or an agency, a case study, a case for the filing itself
    for text in (
        "is there someone I can text at the local communications bureau?",
        "is there someone in your team who handles the MIIT for us?",
        "Can you open a ticket on our behalf with the filing agent we hired?",
        "can you create a case study about our project for your blog?",
        "can you file a case for the ICP on our behalf?",
        "Is there a team on your side that covers the ICP review? how long they take usually",
    ):
        assert not requests_a_person(text), text
    assert requests_a_person("could u raise a ticket for me")
    # "thank you" whole, and thanks inside a complaint or beside a plan
    for text in ("thank you", "ok thank you, understood", "tks, all clear"):
        assert says_only_thanks(text), text
    for text in ("thanks for nothing", "Thanks. Not helpful at all", "No thanks"):
        assert not says_only_thanks(text), text
    # a second question of its own after an uncovered one is still answered
    two = _scope().decide(
        "ask_need_icp",
        [{"name": "ask_need_icp", "confidence": 0.8}],
        "How much does the filing cost? and for hosting in HK do we need the filing at all?",
        True,
    )
    assert two.get("uncovered") == ["cost"]
    # billing questions stay cost
    for text in (
        "Do you accept payments from overseas cards for the temporary ECS?",
        "For online payments of the ECS subscription, which methods work?",
    ):
        assert "cost" in uncovered_subjects(text), text
    assert "cost" not in uncovered_subjects(
        "do we need an ICP commercial license for online payments on our store?"
    )
    # a console fault of its own, with IP-only access, stays not covered
    for text in (
        "only ip access, ECS in shanghai. the console shows 'submission failed' when we click "
        "submit, is it a bug?",
        "we use only IP address. the console shows error code 'InvalidParameter' when we submit.",
    ):
        assert "settings" in uncovered_subjects(text), text
    # a presence told as a source, beside documents or thanks: no objection of who may file
    for text in (
        "though our branch in Hangzhou said the CDN is not fast enough",
        "but we have no office in china, so that's a dealbreaker, thanks anyway",
    ):
        assert _decided_after("need_icp", "inform", text) != "ask_physical_office", text
    assert _decided_after(
        "need_icp", "inform", "but our office in china can't get the documents in time"
    ) == ("ask_no_filing")
    # the filing done as a case, but another question asked of it
    for text in (
        "once we get the ICP approved, what do we do with the SLB DNS?",
        "once the beian is approved, can we change the domain later?",
    ):
        assert _decided_after("no_filing", "ask_load_balancer", text) != "ask_need_icp", text
    # no CDN denial where a CDN is wanted
    for text in (
        "we do not want to slow down china users, so alibaba CDN is a must for us",
        "we wont go live in china without cdn acceleration",
    ):
        assert to_cdn_coverage(text) == "includes_mainland", text
    # the temporary ECS's purpose with another question beside it stays not covered
    text = "What is the temporary ECS for? can I run our database on it meanwhile?"
    assert "properties" in uncovered_subjects(text)
    # "does that change anything?" after no case put
    text = "our CDN bill went up 20%, the site is in HK. does that change anything?"
    assert _decided("ask_cdn", text) != "ask_cdn"
    # where to register a company or host mail is no place to host the site
    for text in (
        "what country would you suggest we register our company in instead?",
        "where should we host our email then?",
    ):
        assert _decided_after("no_filing", "out_of_scope", text) != "ask_no_filing", text
    # a case put by what it is without is a follow-up's case
    from actions.scope_rules import continues_with_facts

    assert continues_with_facts("ok and without the cdn we're fine as is?")


def test_session_50_rounds_145_and_146():
    """What blind rounds 145 and 146 (written last) found, in our own wording."""
    from actions.decision import Fact
    from actions.hosting_facts import to_hosting_location
    from actions.slot_validation import clean_fact
    from actions.small_talk_and_handoff import requests_a_person

    # a presence's place is the company's, not the site's
    text = "We've got a subsidiary in Wuxi, but the shop itself is hosted in Ireland."
    assert to_hosting_location(text) == "outside_mainland"
    assert to_hosting_location("our ECS is in Wuxi") == "mainland_china"
    # a kind others turn down is no presence denied
    text = "Can a rep office file at all? Some provinces apparently don't accept a ban shi chu."
    assert clean_fact(Fact.CHINA_PRESENCE, "ban shi chu", text) == "representative_office"
    assert clean_fact(Fact.CHINA_PRESENCE, "ban shi chu", "we don't have a ban shi chu") == "none"
    # how a site reached only by IP files, whoever is there: the IP-only answer
    text = (
        "no domain, users just type the IP; ECS in Wuhan; we have a branch in Wuhan. how to file?"
    )
    assert _decided("ask_physical_office", text) == "ask_ip_only"
    text = "an IP for testing only, ECS in Wuhan, a branch in Wuhan. how to file?"
    assert _decided("ask_physical_office", text) != "ask_ip_only"
    # a ticket opened by the writer, a transfer asked, "who do I talk to" (not at an authority)
    for text in (
        "ok I'd like to open a ticket with your filing team",
        "right, can you transfer me please",
        "so who do we talk to about this",
    ):
        assert requests_a_person(text), text
    for text in ("can you transfer me to the MIIT", "who do we talk to at the MIIT?"):
        assert not requests_a_person(text), text


def test_how_to_file_asked_as_an_infinitive():
    from actions.scope_rules import asks_how_to_file

    for text in ("how to file ICP?", "ok so how to apply then?", "how to do the filing?"):
        assert asks_how_to_file(text), text
    assert not asks_how_to_file("how to register a domain for the CDN?")


def test_session_51_round_146_left_over():
    """Two wrong answers of round 146 left last session, in our own wording."""
    from actions.decision import Fact
    from actions.slot_validation import clean_fact

    # "does X mean we have to file ICP ...?" asks whether a filing is needed, not who may file
    text = (
        "Our rep office is in Dalian but the site runs in Frankfurt. Does the office mean we must "
        "file ICP regardless?"
    )
    assert _decided("ask_physical_office", text) == "ask_need_icp"
    text = "our ECS is in Hangzhou. where do we have to file icp anyway?"
    assert _decided("ask_which_province", text) == "ask_which_province"
    # the certificate's full name, had, is the office had; asked about or not had yet, it is not
    for text in (
        "We received the Registration Certificate of Foreign Enterprises Permanent Office for "
        "our Qingdao office. In which province do we file?",
        "the office in Wuhan holds a registration certificate of foreign enterprises permanent "
        "office",
    ):
        assert clean_fact(Fact.CHINA_PRESENCE, "Permanent Office", text) == "representative_office"
    for text in (
        "how long does it take to get the Registration Certificate of Foreign Enterprises "
        "Permanent Office?",
        "we still don't have the registration certificate of foreign enterprises permanent office",
        "we are yet to receive the registration certificate of foreign enterprises permanent "
        "office",
    ):
        assert clean_fact(Fact.CHINA_PRESENCE, "Permanent Office", text) is None, text


def _decided_in(topic, intent, text, states_facts=False):
    ranking = [{"name": intent, "confidence": 0.6}]
    return _scope().decide(intent, ranking, text, states_facts, topic).get("name", intent)


def test_session_51_rounds_147_and_148_facts():
    """Facts blind rounds 147 and 148 found misread, in our own wording."""
    from actions.cdn_facts import to_cdn_coverage
    from actions.decision import Fact
    from actions.filing_facts import to_can_complete_filing
    from actions.presence_facts import to_china_presence, to_commercial_license
    from actions.slot_validation import clean_fact

    def cdn(text, value=None):
        return clean_fact(Fact.CDN_COVERAGE, value or text, text)

    # the mainland left out with the place between; a switch to Global told with its date; a
    # switch only possible
    assert cdn("Our edge plan keeps mainland China out, and the shop is in Oregon.") == (
        "international_only"
    )
    assert cdn("ops switched the CDN to plain Global two weeks ago") == "includes_mainland"
    assert cdn("we could switch the CDN to global") is None
    # no CDN now or to come; none in the mainland (one elsewhere told beside it)
    assert cdn("we will not use any CDN", "will not use any CDN") == "none"
    assert cdn("we might drop the CDN later", "drop the CDN") is None
    assert to_cdn_coverage("ok, Tokyo then, and we won't be adding any CDN for mainland users") == (
        "none"
    )
    text = "we don't use any CDN in mainland China, only Akamai's international network"
    assert to_cdn_coverage(text) == "international_only"
    assert to_cdn_coverage("we use a CDN in mainland China") == "includes_mainland"
    # options weighed by "decide between" are no hosting told
    text = "We can't decide between ECS Hangzhou and ECS Singapore for the blog. Which needs ICP?"
    assert clean_fact(Fact.HOSTING_LOCATION, text, text) is None
    text = "our ECS is in Chengdu; we still have to decide between Macau and Taipei for the entity"
    assert clean_fact(Fact.HOSTING_LOCATION, text, text) == "mainland_china"
    # a launch with its date is the case asked about (not one only possible)
    text = "Going live on ECS Qingdao in two weeks. Do we need the filing?"
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS Qingdao", text) == "mainland_china"
    text = "We might launch on ECS Qingdao next year. Do we need the filing?"
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS Qingdao", text) is None
    # papers beyond the writer: the filing cannot be completed
    text = (
        "the paperwork seems far too complicated for a three-person charity, is there another way?"
    )
    assert to_can_complete_filing(text) == "no"
    assert to_can_complete_filing("the documents are ready, we will manage") != "no"
    # the Commercial License not held: "aren't", a clause before its question, a case put
    assert to_commercial_license("We aren't an ICP commercial license holder.") == "no"
    text = "OK. We don't hold a commercial license, so nothing more to change?"
    assert to_commercial_license(text) == "no"
    assert to_commercial_license("and what if we weren't a licence holder?") == "no"
    assert to_commercial_license("we don't know if we are a commercial license holder?") is None
    # no presence told after a question of its own
    assert to_china_presence("so what do we use instead? We have none whatsoever.") == "none"
    assert to_china_presence("Do we need ICP? We have nothing hosted in china.") is None


def test_session_51_rounds_147_and_148_scope():
    """Questions blind rounds 147 and 148 found answered wrongly, in our own wording."""
    from actions.uncovered_subjects import uncovered_subjects

    # a load balancer denied: whether a filing is needed, not its steps (unless one is coming)
    text = "There won't be any load balancer, only one ECS in Wuxi. Is the SLB procedure relevant?"
    assert _decided("ask_load_balancer", text) == "ask_need_icp"
    text = "we don't have an SLB yet, what are the SLB filing steps?"
    assert _decided("ask_load_balancer", text) != "ask_need_icp"
    # another licence or approval beside the filing
    for text in (
        "we're filing the ICP for the shop; do we also need the food distribution permit?",
        "we stream videos. is there an extra approval we need on top of the ICP?",
    ):
        assert "licence_types" in uncovered_subjects(text), text
    # the temporary instance's network
    assert "instance_specs" in uncovered_subjects("must the ECS for the filing have an EIP?")
    assert "instance_specs" in uncovered_subjects("what minimum bandwidth does it need?")
    text = "we don't need a public IP, we use a domain. ECS in Xi'an, ICP?"
    assert "instance_specs" not in uncovered_subjects(text)
    # another load balancer hosted outside mainland China: the hosted-outside answer holds
    assert uncovered_subjects("ALB in eu-central-1 with two ECS behind it. ICP needed?") == []
    assert "other_products" in uncovered_subjects("our ALB is in cn-beijing, how do we file it?")
    # a word of a domain name is no subject
    assert uncovered_subjects("the landing page will be at campaign.example.cn") == []
    assert "marketing" in uncovered_subjects("does the ad campaign itself need approval?")
    # the filing's information updated after a server moved
    text = (
        "We're migrating the site from cn-qingdao to cn-hangzhou. Must we update the ICP details?"
    )
    assert "existing_filing" in uncovered_subjects(text)
    text = "We hold a commercial license and move the site to an SLB. Update the ICP information?"
    assert "existing_filing" not in uncovered_subjects(text)


def test_session_51_rounds_147_and_148_follow_ups():
    """Follow-ups blind rounds 147 and 148 found unanswered, in our own wording."""
    from components.facts_told import a_branch_named_by_its_place_in_a_follow_up
    from components.follow_up_decision import _with_the_filing_named

    # after the CDN answer, "that ECS" is its temporary one
    assert _decided_in("cdn", "nlu_fallback", "how long a subscription does that ECS need?") == (
        "ask_cdn"
    )
    assert _decided_in("cdn", "nlu_fallback", "which zone should that ECS be in?") != "ask_cdn"
    # what to use instead of the papers turned down, the presence told after it
    text = "so what do we use instead then? we have none whatsoever."
    assert _decided_in("physical_office", "nlu_fallback", text, True) == "ask_physical_office"
    # who may file, asked of the filing by a pronoun (not of a certificate named)
    text = "Is a company in mainland China required for that?"
    assert _decided_in("need_icp", "nlu_fallback", text) == "ask_physical_office"
    assert _with_the_filing_named(text) == (
        "Is a company in mainland China required for the ICP filing?"
    )
    assert _with_the_filing_named("right, that office certificate. what's needed for it?") is None
    assert _with_the_filing_named("where do we apply for it?") is None
    # a branch named by its place, in a follow-up only
    text = "update: the Chengdu branch will be the applicant"
    place = {"entity": "place", "value": "Chengdu", "start": 12, "end": 19}
    told = a_branch_named_by_its_place_in_a_follow_up([place], text, "ask_which_province")
    assert [e["value"] for e in told] == ["branch"]
    assert a_branch_named_by_its_place_in_a_follow_up([place], text, None) == []


def test_session_51_review():
    """What a review of this session's rules found, each narrowed (near-misses of our own)."""
    from actions.cdn_facts import to_cdn_coverage
    from actions.decision import Fact
    from actions.filing_facts import to_can_complete_filing
    from actions.presence_facts import to_china_presence, to_commercial_license
    from actions.slot_validation import clean_fact
    from actions.uncovered_subjects import uncovered_subjects
    from components.facts_told import a_branch_named_by_its_place_in_a_follow_up

    # not knowing is no licence denied; a negated problem is a yes
    for text in ("we don't know", "we have no idea"):
        assert to_commercial_license(text) == "unknown", text
    assert to_commercial_license("We don't remember, how can we check?") is None
    assert to_can_complete_filing("yes, the documents won't be a problem") == "yes"
    # papers said to be much, but had or handled
    for text in (
        "the forms look too complicated, but our lawyer will handle the documents",
        "the documents are too much to list here but we have all of them",
        "the papers are beyond me, which ones do we need?",
    ):
        assert to_can_complete_filing(text) != "no", text
    # the mainland kept out by servers or not at all, Global beside it
    for text in (
        "Our servers keep China out entirely (Frankfurt only), and the CDN is set to Global.",
        "we can't keep china out because we picked Global",
    ):
        assert to_cdn_coverage(text) == "includes_mainland", text
    # no CDN in the mainland beside Global or a mainland CDN: asked; a tag asks it
    for text in (
        "ECS Frankfurt. we don't use any cdn in china but we do use global acceleration. ICP?",
        "no CDN in China... well actually our Cloudflare China Network covers it",
        "we dont need a cdn in china, do we?",
    ):
        assert to_cdn_coverage(text) is None, text
    assert to_cdn_coverage("we have no CDN nodes in mainland china") == "international_only"
    # the certificate needed or another company's is not had
    for text in (
        "Do we need to have a registration certificate of foreign enterprises permanent office?",
        "what about companies with the registration certificate of foreign enterprises "
        "permanent office?",
    ):
        assert clean_fact(Fact.CHINA_PRESENCE, "Permanent Office", text) is None, text
    # a branch of another organisation, or its manager
    for text, start in (
        ("the Hangzhou branch of Alibaba told us to ask here", 4),
        ("ok. the Beijing branch manager says the ECS is in Beijing", 8),
    ):
        name = text.split()[start // 4 + (1 if text.startswith("ok.") else 0)]
        place = {"entity": "place", "value": name, "start": start, "end": start + len(name)}
        assert a_branch_named_by_its_place_in_a_follow_up([place], text, "ask_which_province") == []
    # the load balancer not wanted as the target is no load balancer denied
    text = "We don't want the SLB to be the filing target, can we file with one ECS?"
    assert _decided("ask_load_balancer", text) != "ask_need_icp"
    # a company required, the site's place its reason: whether a filing is needed at all
    text = "is a company in china really required for icp, our server is in Singapore"
    assert _decided("ask_need_icp", text) != "ask_physical_office"
    # a pronoun that stands for another thing named before it
    text = "ok we'll buy a .cn domain then. do we need a Chinese company for it?"
    assert _decided_in("ip_only", "nlu_fallback", text) != "ask_physical_office"
    # a public IP of a site reached only by IP is the IP-only case
    text = "Our ECS has to have a public IP since customers connect by IP only, do we need ICP?"
    assert "instance_specs" not in uncovered_subjects(text)
    # others' choices are no options the writer weighs
    text = "Our server is in Beijing. Customers can choose between Singapore and Beijing pages."
    assert clean_fact(Fact.HOSTING_LOCATION, text, text) == "mainland_china"
    # none told after a question on another thing is no presence
    assert to_china_presence("What about the CDN? We have none.") is None


def test_session_51_rounds_149_and_150():
    """What blind rounds 149 and 150 (written last) found, in our own wording."""
    from actions.filing_facts import to_can_complete_filing
    from actions.scope_rules import asks_where_to_file, asks_whose_papers
    from actions.small_talk_and_handoff import requests_a_person
    from actions.uncovered_subjects import uncovered_subjects

    # whether the filing and the licence are the same; a filing's details that do not match
    assert "licence_types" in uncovered_subjects("is a beian and an ICP licence the same thing?")
    text = "MIIT says our ICP record details don't match the company registration. What now?"
    assert "existing_filing" in uncovered_subjects(text)
    # a site that cannot be filed, what to do asked: the no-filing answer's own case
    text = (
        "our domain can't be filed, the registrar abroad refuses to move it. what are our options?"
    )
    assert uncovered_subjects(text) == []
    # a setting looked up in the console again
    text = "i checked the console again and the region shows Global. does that matter?"
    assert "settings" not in uncovered_subjects(text)
    # a domain missing only for now is no filing out of reach
    assert to_can_complete_filing("we don't have a domain name yet, it's reached by IP") is None
    assert to_can_complete_filing("no, we don't have a domain") == "no"
    # a person asked for by a word after the question
    assert requests_a_person("who could walk me through the submission? ideally a real person")
    assert not requests_a_person("preferably an agent in china files it for us")
    # one province or another asked
    assert asks_where_to_file("Do we file in Jiangsu or in Singapore where the parent is?")
    # whose papers: "its", or those from abroad
    assert asks_whose_papers("we have a WFOE in Suzhou. can we use its documents for the ICP?")
    assert asks_whose_papers("so papers from our Oslo headquarters are not accepted then?")
    # follow-ups: the province checked as what it is, the temporary server bought, the filing by
    # "it", being in the clear, a real person to help
    text = "but the ECS is in Hangzhou, doesn't that make it Zhejiang?"
    assert _decided_in("which_province", "nlu_fallback", text, True) == "ask_which_province"
    text = "do we really have to buy a mainland server just for this?"
    assert _decided_in("cdn", "nlu_fallback", text) == "ask_cdn"
    text = "what happens if we simply dont do it?"
    assert _decided_in("need_icp", "nlu_fallback", text) == "ask_no_filing"
    text = "to sum up: no CDN, only Dublin, we're fine then?"
    assert _decided_in("cdn", "nlu_fallback", text, True) not in (
        "nlu_fallback",
        "ask_unanswerable",
    )
    text = "is there a real person who could help us prepare the filing?"
    assert _decided("ask_physical_office", text) == "request_human"


def test_session_52_rounds_151_and_152_facts():
    """Facts blind rounds 151 and 152 found misread, in our own wording."""
    from actions.decision import Fact
    from actions.slot_validation import clean_fact
    from components.facts_told import a_domain_got_after_ip_only, cdn_nodes_in_a_follow_up

    # the licence held, two words between ("also already")
    text = "we also already hold the ICP commercial licence, does that matter?"
    assert clean_fact(Fact.COMMERCIAL_LICENSE, "commercial licence", text) == "yes"
    # a place whose servers are said to be there, bare in a follow-up
    text = "and if the servers are up in Shanghai?"
    assert clean_fact(Fact.HOSTING_LOCATION, "Shanghai", text) == "mainland_china"
    text = "even if the boxes are in Tianjin?"
    assert clean_fact(Fact.HOSTING_LOCATION, "Tianjin", text) == "mainland_china"
    assert clean_fact(Fact.HOSTING_LOCATION, "Tianjin", "our sales office is in Tianjin") is None
    # a domain live in a case put, after an IP-only site
    told = a_domain_got_after_ip_only(
        [], "fine, and when our domain goes live?", "ask_ip_only", "ip_only"
    )
    assert [e["entity"] for e in told] == ["access_method"]
    assert a_domain_got_after_ip_only([], "is the domain live?", "ask_ip_only", "ip_only") == []
    # CDN nodes named with the area after them, after the CDN answer (not a cluster's nodes)
    told = cdn_nodes_in_a_follow_up([], "and if we add PoPs in mainland China?", "ask_cdn", None)
    assert [e["entity"] for e in told] == ["cdn_coverage"]
    text = "and if we add k8s nodes in China for the cluster?"
    assert cdn_nodes_in_a_follow_up([], text, "ask_cdn", None) == []


def test_session_52_rounds_151_and_152_scope():
    """Questions blind rounds 151 and 152 found answered wrongly or not at all, in our own
    wording."""
    from actions.uncovered_subjects import uncovered_subjects
    from components.scope_decision import stands_for_the_filing_before

    # the load balancer named short
    text = "we'll have a balancer in front of three ECS in Jinan, how do we file?"
    assert _decided_in(None, "ask_load_balancer", text, True) == "ask_load_balancer"
    # filings for IP addresses (not for a change of one)
    text = "does your filing system take filings for IP addresses?"
    assert _decided_in(None, "ask_ip_only", text) == "ask_ip_only"
    text = "is a filing for IP address changes needed?"
    assert _decided_in(None, "ask_ip_only", text) != "ask_ip_only"
    # a site put as a case by a relative clause, with no number
    text = "what happens to a website which has no beian number?"
    assert _decided_in(None, "ask_no_filing", text) == "ask_no_filing"
    text = "does their shop really have no ICP number?"
    assert "number_and_footer" in uncovered_subjects(text)
    # what documents the authority wants, an adverb between
    text = "what documents precisely would the bureau want from us?"
    assert "documents" in uncovered_subjects(text)
    # the console ruled out as the way; "google" as a verb
    assert "settings" not in uncovered_subjects("so where do we submit it, not via the console?")
    assert "settings" in uncovered_subjects("where in the console do we submit it?")
    assert uncovered_subjects("what is that certificate called, so we can google it?") == []
    assert "other_providers" in uncovered_subjects("does google need a filing for its CDN?")
    # where to file, one province or there
    text = "our branch is registered in Hunan. do we file the beian there or in Shanghai?"
    assert _decided_in(None, "ask_which_province", text, True) == "ask_which_province"
    # what the FAQ leaves out, asked of the filing named before by a pronoun
    assert stands_for_the_filing_before("and how long until it is approved?")
    assert not stands_for_the_filing_before("can I talk to someone about it?")


def test_session_52_rounds_151_and_152_follow_ups():
    """Follow-ups blind rounds 151 and 152 found unanswered, in our own wording."""
    # the commercial licence asked of the office or its certificate after the province answer
    text = "could our rep office also get the commercial license?"
    assert _decided_in("which_province", "nlu_fallback", text) == "ask_physical_office"
    text = "and can we get the commercial license too?"
    assert _decided_in("which_province", "nlu_fallback", text) != "ask_physical_office"
    # the certificate's name asked after the physical office answer
    text = "sorry, what was that certificate called again?"
    assert _decided_in("physical_office", "out_of_scope", text) == "ask_physical_office"
    text = "how long does the certificate take?"
    assert _decided_in("physical_office", "nlu_fallback", text) != "ask_physical_office"
    # the filing skipped, by a pronoun
    text = "what happens if we just ignore it and launch?"
    assert _decided_in("need_icp", "ask_no_filing", text) == "ask_no_filing"


def test_session_52_review():
    """What a reviewer found this session's rules misread, narrowed."""
    from actions.decision import Fact
    from actions.slot_validation import clean_fact
    from actions.uncovered_subjects import uncovered_subjects
    from components.facts_told import a_domain_got_after_ip_only, cdn_nodes_in_a_follow_up
    from components.scope_decision import stands_for_the_filing_before

    # another kind of server, or the assistant's, is no place of the site
    text = "our build servers are in Suzhou but the shop is in Oregon. ICP?"
    assert clean_fact(Fact.HOSTING_LOCATION, "Suzhou", text) is None
    text = "is it right that your servers are in Ningbo?"
    assert clean_fact(Fact.HOSTING_LOCATION, "Ningbo", text) is None
    # the IP addresses of something else
    text = "must we file the IP addresses of our edge nodes as well?"
    assert _decided_in(None, "ask_ip_only", text) != "ask_ip_only"
    # another's site with no number looked at
    text = "a rival shop that has no ICP number still loads in China, how?"
    assert "number_and_footer" in uncovered_subjects(text)
    # Google as a host; the console beside another way
    assert "other_providers" in uncovered_subjects("we run on Google for now, ICP needed?")
    assert "settings" in uncovered_subjects("can we send it not through your console but by post?")
    # nodes taken away; a domain of another server
    assert (
        cdn_nodes_in_a_follow_up([], "and if we remove the nodes in China?", "ask_cdn", None) == []
    )
    text = "once the domain is up on our other box in Tokyo, still IP only here?"
    assert a_domain_got_after_ip_only([], text, "ask_ip_only", "ip_only") == []
    # "skip that" after another answer is its step; the certificate's name in another language
    # or its holder's details; a licence's certificate
    text = "what happens if we skip that and keep the DNS on the ECS?"
    assert _decided_in("load_balancer", "ask_no_filing", text) != "ask_no_filing"
    text = "what if we skip that and just open a branch company?"
    assert _decided_in("physical_office", "ask_physical_office", text) == "ask_physical_office"
    text = "what is that certificate called in Chinese?"
    assert _decided_in("physical_office", "nlu_fallback", text) != "ask_physical_office"
    text = "our certificate was issued in Jilin, can we get the commercial license there?"
    assert _decided_in("which_province", "nlu_fallback", text) != "ask_physical_office"
    # small talk with a pronoun after the filing was named
    assert not stands_for_the_filing_before("how long does it take to get there by train?")
    # a site's address typed as a reply, taken for a request for a person
    assert _decided_in("need_icp", "request_human", "visitors use shop.example.cn") != (
        "request_human"
    )
    assert _decided_in(
        "need_icp", "request_human", "can I speak to a person? it's shop.example.cn"
    ) == ("request_human")


def test_session_52_the_office_certificate_and_cases_put_by_their_time():
    """The permanent office's certificate named by the office's word ("the office certificate"),
    had or issued in the case asked; a case put by the time of the site's thing."""
    from actions.decision import Fact
    from actions.scope_rules import continues_with_facts
    from actions.slot_validation import clean_fact

    def presence(text):
        return clean_fact(Fact.CHINA_PRESENCE, "office certificate", text)

    assert presence("when the office certificate is granted in Fuzhou, do we file in Fujian?") == (
        "representative_office"
    )
    assert presence("we now have the office certificate, issued in Xi'an") == (
        "representative_office"
    )
    assert presence("what does the office certificate cost?") is None
    assert presence("we have to apply for the office certificate first") is None
    assert continues_with_facts("and once the site is on the Shenzhen ECS?")
    assert not continues_with_facts("when the ecs is ready, how do we file?")
    # (a word only starting like "i" is no writer: "once its in hk, ...")
    from actions.scope_words import A_CASE_PUT

    assert not A_CASE_PUT.search("once its in Macau, users there can open it?")
    assert presence("our rep office certificate was issued in Hebei") == "representative_office"
    # the filing skipped after the answer whether one is needed, of whichever question
    text = "what if we just ignore that and go live?"
    assert _decided_in("hosted_outside", "ask_no_filing", text) == "ask_no_filing"


def test_session_52_rounds_153_and_154():
    """What blind rounds 153 and 154 (written last) found, in our own wording."""
    from actions.decision import Fact
    from actions.slot_validation import clean_fact
    from actions.uncovered_subjects import uncovered_subjects

    # no filing, typed without the apostrophe, its consequence asked
    text = "what if we dont have a beian, does the site get blocked?"
    assert "blocking" not in uncovered_subjects(text)
    # the temporary ECS let go after the filing: not covered (its term: the CDN answer's)
    text = "once the filing is through, may we release that ECS?"
    assert _decided_in("cdn", "nlu_fallback", text) == "ask_unanswerable"
    # the filing held, the load balancer moved with the servers to another region
    text = (
        "We'll migrate the SLB and the ECS from Qingdao to Shanghai. Must our existing ICP change?"
    )
    assert "existing_filing" in uncovered_subjects(text)
    # what counts as the office
    assert "office_setup" in uncovered_subjects("would a serviced office be enough for the filing?")
    assert (
        uncovered_subjects("we sit in a coworking space in Lisbon; site on ECS Beijing. ICP?") == []
    )
    # one way in of several is no IP-only access
    text = "the domain points at our Wuhan ECS, and staff can also open it by the IP"
    assert clean_fact(Fact.ACCESS_METHOD, "by the IP", text) is None
    text = "we also only open it by its IP"
    assert clean_fact(Fact.ACCESS_METHOD, "by its IP", text) == "ip_only"


def test_session_52_rounds_153_and_154_more():
    """More of what blind rounds 153 and 154 found, in our own wording."""
    from actions.decision import Fact
    from actions.scope_rules import asks_only_what_now
    from actions.slot_validation import clean_fact
    from actions.small_talk_and_handoff import leaves_to_talk_it_over, requests_a_person
    from actions.uncovered_subjects import uncovered_subjects

    # a person asked for: on the provider's side, bare, or a call back
    assert requests_a_person("is there anyone on your team I could write to about this?")
    assert requests_a_person("fine. a person I could contact?")
    assert requests_a_person("could we arrange a callback from your side?")
    assert not requests_a_person("can we get a callback from the provincial bureau?")
    # leaving to talk it over, a farewell last (not a question typed before the farewell)
    assert leaves_to_talk_it_over("ok we'll check with our CFO first, see you")
    assert not leaves_to_talk_it_over("we'll check with our CFO: do we need icp in HK? bye")
    # the holder put as a case after the load balancer answer
    text = "and what if we were a licence holder?"
    assert clean_fact(Fact.COMMERCIAL_LICENSE, "a licence holder", text) == "yes"
    text = "and if we were a holder?"
    assert _decided_in("load_balancer", "bot_challenge", text, True) == "inform"
    # the next step asked bare
    assert asks_only_what_now("ok, what's the next step then?")
    # the IP-only kind asked of the filing system
    text = "and could that type of site be filed through your ICP system?"
    assert _decided_in("ip_only", "nlu_fallback", text) == "ask_ip_only"
    # the cheapest server found, told as backstory; the site's files on OSS
    text = "the cheapest ECS we could find was in Qingdao. is an ICP filing needed for it?"
    assert uncovered_subjects(text) == []
    text = "the site's files are on OSS in Tokyo; the CDN should cover China too. what's needed?"
    assert "other_products" not in uncovered_subjects(text)
    # (replayed rounds: an IP blocked, asked to be for want of a filing, stays not covered; a desk
    # counted as a presence is the physical office answer's case)
    text = "they blocked our ip in china, is it because we dont have a beian?"
    assert "blocking" in uncovered_subjects(text)
    text = "We only rent a hot desk in Chengdu. Does that desk count as a presence for ICP?"
    assert "office_setup" not in uncovered_subjects(text)


def test_session_52_review_of_rounds_153_and_154():
    """What a reviewer found the rules for rounds 153 and 154 misread, narrowed."""
    from actions.decision import Fact
    from actions.slot_validation import clean_fact
    from actions.small_talk_and_handoff import leaves_to_talk_it_over, requests_a_person
    from actions.uncovered_subjects import uncovered_subjects

    # a block to come, without a filing, is the no-filing question; another's "doesnt have"
    assert "blocking" not in uncovered_subjects("with no icp will they block our ip?")
    text = "their shop doesnt have an icp licence and isnt blocked, how come?"
    assert "blocking" in uncovered_subjects(text)
    # a shared office told beside another question; one set against a real office
    text = "we sit in a shared office in Berlin; is an ECS in Hong Kong fine without filing?"
    assert "office_setup" not in uncovered_subjects(text)
    text = "it's a real office, not a coworking space - is that enough for the filing?"
    assert "office_setup" not in uncovered_subjects(text)
    # no domain: "also" adds people, not a way in
    text = "there is no domain, so our staff also open it by the IP"
    assert clean_fact(Fact.ACCESS_METHOD, "by the IP", text) == "ip_only"
    # a call back awaited, not asked for; a person at an authority; a person asked for on leaving
    assert not requests_a_person("when do we get a call back for the verification?")
    assert not requests_a_person("any person we can call at the communications administration?")
    assert not leaves_to_talk_it_over("we'll ask our CTO, but we want a person to call us. bye")
    # the instance ended before its three months, or the CDN's area removed: the CDN answer
    text = "could we cancel that ECS before the three months end?"
    assert _decided_in("cdn", "nlu_fallback", text) == "ask_cdn"
    text = "after we remove the mainland from the CDN, is that instance still needed?"
    assert _decided_in("cdn", "nlu_fallback", text) != "ask_unanswerable"
    # the kind asked of the filing system, after another answer than the IP-only one
    text = "so can this type of site be filed through your filing system?"
    assert _decided_in("cdn", "ask_ip_only", text) != "ask_ip_only"


def test_session_53_rounds_155_and_156_facts():
    """Facts blind rounds 155 and 156 found misread, in our own wording."""
    from actions.decision import Fact
    from actions.filing_facts import to_existing_filing
    from actions.slot_validation import clean_fact
    from components.facts_told import a_domain_got_after_ip_only, ip_only_in_a_follow_up

    # no domain had yet, the IP the way in, told after an answer
    text = "we haven't got a domain yet, only the IP"
    assert [e["entity"] for e in ip_only_in_a_follow_up([], text, "ask_need_icp")] == [
        "access_method"
    ]
    assert ip_only_in_a_follow_up([], "we have a domain, staff use the IP", "ask_need_icp") == []
    # IP-only today, the time after the domain asked of
    text = "staff reach it by IP only for now, next month it gets dash.example.com. once it has "
    text += "the domain, can we file via alibaba?"
    assert clean_fact(Fact.ACCESS_METHOD, "IP only", text) == "domain_name"
    text = "staff reach it by IP only, and once it has been filed, can we add a domain?"
    assert clean_fact(Fact.ACCESS_METHOD, "IP only", text) == "ip_only"
    # a domain planned, the case after it asked with its "then"
    text = "we'll register a domain in spring, then it's fine via alibaba?"
    assert clean_fact(Fact.ACCESS_METHOD, "a domain", text) == "domain_name"
    assert clean_fact(Fact.ACCESS_METHOD, "a domain", "we'll register a domain in spring") is None
    # a domain got by the thing, in a case put after an IP-only answer
    text = "and once the portal gets its own domain?"
    told = a_domain_got_after_ip_only([], text, "ask_ip_only", "ip_only")
    assert [e["entity"] for e in told] == ["access_method"]
    text = "and once the portal gets its domain on the other server?"
    assert a_domain_got_after_ip_only([], text, "ask_ip_only", "ip_only") == []
    # the filing got done as a task, not one had
    assert to_existing_filing("is 3 months enough time to get the icp done?") is None
    assert to_existing_filing("we finally got the icp done in May") == "yes"
    # a place named with advice after it is what is advised
    text = "icp missing - singapore region recommendation?"
    assert clean_fact(Fact.HOSTING_LOCATION, "singapore region", text) is None


def test_session_53_rounds_155_and_156_scope():
    """Questions blind rounds 155 and 156 found answered wrongly or not at all, in our own
    wording."""
    from actions.need_or_next_step import speaks_of_needing_a_filing
    from actions.uncovered_subjects import uncovered_subjects

    # a filing said to be optional or not required, quoted or typed without an apostrophe
    assert speaks_of_needing_a_filing("a partner told us the beian is 'voluntary' for us")
    assert speaks_of_needing_a_filing("someone said icp isnt mandatory for small shops")
    assert not speaks_of_needing_a_filing("the filing photo is optional")
    text = "our reseller says the ICP is 'optional for overseas firms'. our ECS is in Wuhan. right?"
    assert _decided_in(None, "ask_physical_office", text, True) == "ask_need_icp"
    # a claim that none is needed checked, taken for the hosted-outside question
    text = "a forum says no beian is needed when only tourists visit, even on a mainland ECS. true?"
    assert _decided_in(None, "ask_hosted_outside", text, True) == "ask_need_icp"
    # what happens without one, typed as a search
    text = "without beian what happens"
    assert _decided_in(None, "ask_unanswerable", text) == "ask_no_filing"
    # the reason given is no question about paperwork; a question about it still is
    text = "we won't file, too much paperwork for us. the ECS is in Xi'an. can the site go live?"
    assert "documents" not in uncovered_subjects(text)
    assert "documents" in uncovered_subjects("is it too much paperwork for a small firm?")
    # "not all provinces" is the FAQ's "some"; "all provinces" listed is not
    text = "we heard not all provinces take a rep office's filing. true?"
    assert "province_list" not in uncovered_subjects(text)
    assert "province_list" in uncovered_subjects("can you list all provinces that take them?")
    # what a commercial licence is got for is no payment asked about
    text = "we'll get the commercial licence for payments later, does the SLB step change?"
    assert "cost" not in uncovered_subjects(text)
    assert "cost" in uncovered_subjects("how do payments for the filing work?")


def test_session_53_rounds_155_and_156_follow_ups():
    """Follow-ups blind rounds 155 and 156 found answered wrongly or not at all, in our own
    wording."""
    from actions.small_talk_and_handoff import requests_a_person

    # a presence told and asked whether it is in the way is its facts, whose question the
    # decision core finds (tests/test_decision.py: the physical office answer, where a filing
    # is needed)
    text = "we don't have any company in China, would that be an issue?"
    for topic in ("need_icp", "hosted_outside", "cdn"):
        assert _decided_in(topic, "inform", text, True) == "inform", topic
    # facts told and nothing asked keep the conversation's question
    text = "the site is on a Nanjing ECS and we've given up on the filing"
    assert _decided_in("no_filing", "ask_need_icp", text, True) == "inform"
    text = "the site is on a Nanjing ECS, do we need ICP?"
    assert _decided_in("no_filing", "ask_need_icp", text, True) == "ask_need_icp"
    # advice asked with what to do left unsaid, after the no-filing answer
    assert _decided_in("no_filing", "nlu_fallback", "what do you suggest then?") == "ask_no_filing"
    # Alibaba Cloud's system said not to take it, after the IP-only answer
    text = "so the alibaba filing system won't take it? where to then"
    assert _decided_in("ip_only", "ask_which_province", text) == "ask_ip_only"
    # the province checked as what it would be
    text = "so it'd be Hubei for us, not Hunan where the server is?"
    assert _decided_in("ip_only", "nlu_fallback", text, True) == "ask_which_province"
    # whether the server's place matters, after the province answer
    text = "so the ECS location does not matter at all?"
    assert _decided_in("which_province", "nlu_fallback", text) == "ask_which_province"
    # a person asked for: to do a part of it, bare after an answer, in a team named, to look
    # at the writer's case
    assert requests_a_person("could somebody from your team configure the CDN for us?")
    assert not requests_a_person("can our team configure the CDN for us?")
    assert requests_a_person("ok, who could help us with it then?")
    assert not requests_a_person("who can help us with the PSB registration?")
    assert requests_a_person("is there someone in the filing team we could call?")
    assert not requests_a_person("is there someone in the bureau team we could call?")
    assert requests_a_person("could someone review our rejected submission?")
    assert not requests_a_person("can someone in China look at our site?")


def test_session_53_review():
    """What a reviewer found the rules for rounds 155 and 156 misread, narrowed."""
    from actions.access_facts import read_access
    from actions.decision import Fact
    from actions.filing_facts import to_existing_filing
    from actions.hosting_facts import to_hosting_location
    from actions.scope_rules import asks_only_of_a_division, asks_what_happens_without_a_filing
    from actions.scope_words import FILES_THROUGH_THE_CONSOLE
    from actions.slot_validation import clean_fact
    from actions.small_talk_and_handoff import requests_a_person
    from actions.uncovered_subjects import uncovered_subjects

    # a host named by its kind, negated
    assert to_hosting_location("the shop is not hosted with a provider in China") == (
        "outside_mainland"
    )
    # a domain planned, then the IP kept or the time until then asked
    text = "it's IP only; we'll buy a domain in May, then can we keep using the IP too?"
    assert read_access(text, text) != "domain_name"
    text = "we will register a domain soon, then users switch - until then is it IP only?"
    assert read_access(text, text) != "domain_name"
    # a domain had but not yet pointed is no domain dropped
    text = "we don't have the domain pointed at the new server yet, we test it by IP"
    from components.facts_told import ip_only_in_a_follow_up

    assert ip_only_in_a_follow_up([], text, "ask_need_icp") == []
    # advice named after a place the site is told to be in
    text = "our ECS is in Hong Kong (recommended by your sales team). ICP?"
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS is in Hong Kong", text) == "hong_kong"
    # "sat" of the past
    text = "the box sat in Beijing for a year before we moved it to Tokyo"
    assert clean_fact(Fact.HOSTING_LOCATION, "box sat in Beijing", text) is None
    # the server's place weighed, of another question
    text = "does the server location matter for the CDN?"
    assert _decided_in("which_province", "ask_cdn", text) == "ask_cdn"
    # facts told after an answer the umbrella one gives too, or a question without its mark
    text = "our site is on a Shanghai ECS, need ICP"
    assert _decided_in("cdn", "ask_need_icp", text, True) == "ask_need_icp"
    # the writer's own team; a review to come
    assert not requests_a_person("is there someone in the marketing team I can ask?")
    assert not requests_a_person("will someone review our application after we submit it?")
    # "not all provinces ... is X one?"
    text = "I know not all provinces accept rep offices. Is Guangdong one?"
    assert "province_list" in uncovered_subjects(text)
    # no way to get it done, or time enough had to do it
    assert to_existing_filing("there is no way to get the icp done for us") == "no"
    # the division asked of a thing named first
    assert not asks_only_of_a_division(
        "and the new ECS, it would be Shanghai for us, not Hangzhou?"
    )
    # what happens, asked of another thing in the sentence after "no icp."
    text = "no icp. what happens with our existing chinese domain when we move to HK?"
    assert not asks_what_happens_without_a_filing(text)
    # the console refusing a card is no filing through it
    text = "the alibaba cloud console won't accept my credit card, can you help?"
    assert not FILES_THROUGH_THE_CONSOLE.search(text)


def test_session_53_rounds_157_and_158():
    """Facts and questions blind rounds 157 and 158 found misread, in our own wording."""
    from actions.decision import Fact
    from actions.hosting_facts import to_hosting_location
    from actions.scope_rules import asks_where_to_file
    from actions.slot_validation import clean_fact
    from actions.uncovered_subjects import uncovered_subjects

    # documents one would not get: the filing cannot be done
    text = "we would never get the documents, we have nothing in China"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "no"
    text = "wouldn't we get the documents from our branch?"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) != "no"
    # a claim reported by a colleague, comparing places, is no one's site
    text = "My boss says sites in mainland China need ICP but Singapore ones don't. Right?"
    assert clean_fact(Fact.HOSTING_LOCATION, "sites in mainland China", text) is None
    # places weighed while evaluating
    text = "we're comparing ECS Shenzhen and ECS Tokyo. which avoids the filing?"
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS Shenzhen", text) is None
    # a server denied in a place, the negation four words back
    assert to_hosting_location("we don't have a single server in mainland China") == (
        "outside_mainland"
    )
    assert to_hosting_location("we don't need a server in Beijing, ours is in Beijing") == (
        "mainland_china"
    )
    # another party hosting is not the writer's site
    text = "our reseller runs the shop on ECS in Wuhan; do we need ICP for our own Paris site?"
    assert clean_fact(Fact.HOSTING_LOCATION, "shop on ECS in Wuhan", text) is None
    # where, asked bare beside the licence's place; a province checked after a registration
    text = "so a filing is needed, got it. but where? our WFOE's licence is from Hubei"
    assert asks_where_to_file(text)
    assert asks_where_to_file("and the office would be registered in Anhui, file there?")
    assert asks_where_to_file("its licence was issued in Hunan - is that the province?")
    assert not asks_where_to_file("our licence is from Hunan. where is your office?")
    # the temporary instance's size
    assert "instance_specs" in uncovered_subjects("must the temporary ECS be a big instance?")
    # an "ok" of its own before a case put with a kind of presence
    text = "ok, and with just a rep office?"
    assert clean_fact(Fact.CHINA_PRESENCE, "rep office", text) == "representative_office"
    assert clean_fact(Fact.CHINA_PRESENCE, "rep office", "is it ok with just a rep office?") is None
    # where an IP-only site's application is sent, after that answer (a province named or
    # asked is the province answer's)
    text = "ok, which authority do we submit it to then?"
    assert _decided_in("ip_only", "ask_which_province", text) == "ask_ip_only"
    text = "which province do we send the application to?"
    assert _decided_in("ip_only", "ask_which_province", text) == "ask_which_province"
    # the filing left unsaid after "without", after the umbrella answer
    text = "and what happens if we keep it open without?"
    assert _decided_in("need_icp", "out_of_scope", text) == "ask_no_filing"
    assert _decided_in("need_icp", "out_of_scope", "can you help us without?") != "ask_no_filing"


def test_session_53_review_of_rounds_157_and_158():
    """What a reviewer found the rules for rounds 157 and 158 misread, narrowed."""
    from actions.decision import Fact
    from actions.scope_rules import asks_where_to_file
    from actions.slot_validation import clean_fact
    from actions.uncovered_subjects import uncovered_subjects

    # "wouldn't" only right before getting the documents
    for text in (
        "we wouldn't have to provide the documents ourselves, our agent does it",
        "we wouldn't hesitate to provide the documents",
    ):
        assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) != "no", text
    text = "we wouldn't be able to provide the required documents"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "no"
    # another party hosting the writer's own site
    text = "our IT partner operates our servers in Beijing"
    assert clean_fact(Fact.HOSTING_LOCATION, "servers in Beijing", text) == "mainland_china"
    # "where?" beside a domain's or a parent's registration, or of the temporary ECS
    for text in (
        "our domain was registered in 2019 with GoDaddy, we need to change the DNS. but where?",
        "our branch was registered in Shenzhen last year, so the temporary ECS, where?",
    ):
        assert not asks_where_to_file(text), text
    # a server not rented or not needed is no server denied
    from actions.hosting_facts import to_hosting_location

    text = "we don't rent a server in Shanghai, we own one there"
    assert to_hosting_location(text) == "mainland_china"
    # an ECS rather than the load balancer is the load balancer answer's, no instance size
    text = "does it have to be a particular ECS instance or can it be the load balancer?"
    assert "instance_specs" not in uncovered_subjects(text)


def test_session_54_rounds_159_and_160_facts():
    """Facts blind rounds 159 and 160 found misread, in our own wording."""
    from actions.decision import Fact
    from actions.slot_validation import clean_fact

    # an inability denied: the filing can be done, unless the rest says it cannot
    text = "it's not that we cannot do the filing, we just never began. can we open meanwhile?"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "yes"
    text = "its not like we can't be bothered - we simply cannot get the documents"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "no"
    # the filing given up in a case put
    text = "and what if the beian takes forever and we just give up on it?"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "no"
    text = "if we give up on the app idea, do we still need the server?"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) is None
    # a filing not approved by a date is a delay, not a filing approved
    text = "and if the beian is not approved by March, can we still launch?"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) is None
    text = "once the beian is approved, can we launch?"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "yes"
    # the licence named in a question, then held by a pronoun
    text = "anything to change about the commercial license? we have one"
    assert clean_fact(Fact.COMMERCIAL_LICENSE, "commercial license", text) == "yes"
    text = "does the commercial license matter? we don't have one"
    assert clean_fact(Fact.COMMERCIAL_LICENSE, "commercial license", text) == "no"
    text = "is a commercial license needed? we want one"
    assert clean_fact(Fact.COMMERCIAL_LICENSE, "commercial license", text) is None
    # the writer's own permanent office, its certificate said issued
    text = "our Permanent Representative Office registration cert was issued in Xiamen"
    assert clean_fact(Fact.CHINA_PRESENCE, "Representative Office", text) == (
        "representative_office"
    )
    text = "how long until a Permanent Representative Office registration cert is issued?"
    assert clean_fact(Fact.CHINA_PRESENCE, "Representative Office", text) is None


def test_session_54_rounds_159_and_160_hosting():
    """Where the site is hosted, as blind rounds 159 and 160 found it misread."""
    from actions.hosting_facts import read_hosting

    for message, phrase, expected in (
        # a server closed, not a place close to another
        ("and if we close the shanghai ECS and run from an origin in Osaka?", "shanghai ECS", None),
        ("we host in Seoul, close to the chinese market", "host in Seoul", "outside_mainland"),
        # a phrase across a replica and a server of its own: the server's place
        (
            "prod is ECS in cn-hongkong, plus a read replica and one ECS in cn-guangzhou for "
            "mainland users. filing?",
            "replica and one ECS in cn-guangzhou",
            "mainland_china",
        ),
        # a place offered as an option, asked ("be a valid alternative")
        (
            "if the filing is late, would your ECS in Hong Kong be a workable alternative?",
            "ECS in Hong Kong",
            None,
        ),
        (
            "our shop runs on ECS in Hong Kong, would it be a valid alternative?",
            "ECS in Hong Kong",
            "hong_kong",
        ),
    ):
        assert read_hosting(phrase, message) == expected, message


def test_session_54_rounds_159_and_160_scope():
    """Questions blind rounds 159 and 160 found taken for the wrong one, in our own wording."""
    from actions.faq_subjects import asks_if_one_can_file
    from actions.scope_rules import asks_where_to_file, continues_with_facts
    from actions.uncovered_subjects import uncovered_subjects

    # a networking question beside the servers' places is not an FAQ question
    text = "4 ECS in Tokyo and 2 in cn-hongkong, how do we link the VPCs, express connect or CEN?"
    assert _decided("ask_hosted_outside", text) in ("ask_unanswerable", "out_of_scope")
    # (kept: nothing decided over the classifier)
    assert _decided("ask_hosted_outside", "our ECS is in a VPC in Tokyo, need ICP?") is None
    # an instance's IP used to file behind a load balancer is no site reached by IP
    text = "3 ECS in cn-qingdao behind an SLB; the beian went through on the IP of ECS 2. next?"
    assert _decided("ask_ip_only", text) == "ask_load_balancer"
    assert _decided("ask_load_balancer", text) != "ask_ip_only"
    text = "our site behind an SLB in Beijing has no domain, only the SLB's IP. need ICP?"
    assert _decided("ask_ip_only", text) != "ask_load_balancer"
    # releasing the temporary instance without losing the filing: not covered
    text = "can we delete that temporary ECS later without losing the beian?"
    assert "existing_filing" in uncovered_subjects(text)
    assert not uncovered_subjects("we keep losing the connection to the ECS, need ICP?")
    # where to file, checked after a dash
    assert asks_where_to_file("the office cert would come from Hunan - file there?")
    # who may file, the company named
    assert asks_if_one_can_file("can the japanese company itself do the filing?")
    # what a fact told has one do, asked
    assert continues_with_facts("do we need to change anything for the commercial license?")
    assert continues_with_facts("we are a licence holder, anything diffrent?")


def test_session_54_round_161():
    """What blind round 161 (written last) found, in our own wording."""
    from actions.hosting_facts import read_hosting
    from actions.scope_rules import asks_where_to_file
    from actions.uncovered_subjects import uncovered_subjects

    # anything to update after a change, the filing approved: not covered (not the load
    # balancer's own steps)
    text = "once our beian is approved and we migrate the ECS to Shanghai, must we update anything?"
    assert "existing_filing" in uncovered_subjects(text)
    text = "after the filing is approved, do we need to update anything for the load balancer?"
    assert "existing_filing" not in uncovered_subjects(text)
    # a CDN thought of in the next clause is no server bought for the filing
    text = "we host in Macau and are thinking to use Alibaba CDN. which region avoids ICP?"
    assert read_hosting("host in Macau", text) == "outside_mainland"
    text = "we rented an ECS in Chengdu only to use the CDN"
    assert read_hosting("ECS in Chengdu", text) is None
    # a province checked for the filing, after where a branch is licensed
    assert asks_where_to_file("our branch got its licence in Hubei, so hubei for the filing?")
    assert not asks_where_to_file("so hubei for the filing fee?")


def test_session_54_a_person_asked_for_in_the_words_rounds_159_and_160_found():
    from actions.small_talk_and_handoff import requests_a_person

    for text in (
        "fine, we wait for the new domain. can someone ring me?",
        "can somebody from your sales people contact us",
        "ok let me ask a human",
        "ok who can help me renew it",
        "is there someone at alibaba cloud I can write to about it?",
    ):
        assert requests_a_person(text), text
    for text in (
        # asked about, not asked for; an authority's; the writer's own; no person
        "will someone contact us after we submit the filing?",
        "can someone from the MIIT call me?",
        "let me ask my manager first",
        "can I ask a question about the CDN?",
        "can someone explain how the filing works?",
    ):
        assert not requests_a_person(text), text


def test_session_54_review():
    """What a reviewer found this session's rules misread, narrowed."""
    from actions.cdn_facts import to_cdn_coverage
    from actions.decision import Fact
    from actions.faq_subjects import asks_if_one_can_file
    from actions.hosting_facts import read_hosting
    from actions.slot_validation import clean_fact
    from actions.uncovered_subjects import uncovered_subjects

    # a CDN's node more is no server of the site
    text = "our CDN got another node in Shanghai; the origin is in Tokyo"
    assert read_hosting("node in Shanghai", text) != "mainland_china"
    # a server kept only for the filing, told after "and"
    text = "we rented an ECS in Wuhan and use it just to get the beian; the shop is in Lyon"
    assert read_hosting("ECS in Wuhan", text) is None
    # a server ended with a copy of the data is no server after the copy
    text = "we released the database and two ECS in Hangzhou, we only host in Seoul now"
    assert read_hosting("database and two ECS in Hangzhou", text) != "mainland_china"
    # the Global setting chosen, the mainland left out after it: asked
    for text in (
        "we selected the global coverage, minus mainland",
        "we picked 'Global' for the CDN, i.e. global minus china",
    ):
        phrase = text.split(",")[0].removeprefix("we ")  # the phrase the entity ruler finds
        assert clean_fact(Fact.CDN_COVERAGE, phrase, text) is None, text
    assert to_cdn_coverage("we picked the global option for the load balancer") is None
    # an inability denied of something else than the filing; the filing given up all the same
    text = "it's not that we can't afford a mainland server, we just don't want one"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) is None
    text = "it's not that we can't file - we did, it got rejected three times and we gave up"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "no"
    # something else given up
    for text in (
        "if the CDN is too slow we give up on it and use Cloudflare. ICP then?",
        "if they give up on the application for the mobile app, does the site need ICP?",
    ):
        assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) is None, text
    # the need for a filing lost, not a filing
    assert not uncovered_subjects("would moving to Singapore mean losing the ICP requirement?")
    # servers' networks named beside a question the FAQ answers
    for text in (
        "we set up the security group for our ECS in Shanghai; do we need ICP before going live?",
        "we connect our networks in Tokyo and Shanghai, does the Tokyo site need ICP?",
    ):
        assert not uncovered_subjects(text), text
    # the DNS pointed at the load balancer after approval is its step, not a change
    text = "when the beian is done, should we update anything in our DNS to point at the balancer?"
    assert "existing_filing" not in uncovered_subjects(text)
    # another DNS provider after the load balancer answer is not its step
    assert _decided_in("load_balancer", "out_of_scope", "should we switch DNS to Route 53?") != (
        "ask_load_balancer"
    )
    # the licence held by a pronoun only when no other licence is named between
    text = "do we need a commercial license as well as a business license? we have one."
    assert clean_fact(Fact.COMMERCIAL_LICENSE, "commercial license", text) is None
    # a company applying for something else
    assert not asks_if_one_can_file("can our HK company apply for a Chinese bank account?")
    # today asked beside a mainland move planned keeps today's place
    phrases = ["host in Singapore", "Alibaba Cloud Shanghai"]
    told = "We host in Singapore now but plan to move to Alibaba Cloud Shanghai in Q3. "
    for asked in ("Our China campaign starts now, ICP?", "Users already started signing up, ICP?"):
        assert clean_fact(Fact.HOSTING_LOCATION, phrases, told + asked) == "outside_mainland"


def test_session_54_round_162():
    """What blind round 162 found misread, in our own wording."""
    from actions.decision import Fact
    from actions.slot_validation import clean_fact
    from actions.uncovered_subjects import uncovered_subjects

    # a correction opened with "sorry no" (not "sorry, no idea")
    text = "our ECS is in Beijing - sorry no, it's in Osaka. ICP?"
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS is in Beijing", text) == "outside_mainland"
    text = "our ECS is in Beijing, sorry no idea about the CDN"
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS is in Beijing", text) == "mainland_china"
    # a "Global" region the site is said to be in, no CDN named: no CDN's area
    text = "our site is in the alibaba cloud 'Global' region, need ICP?"
    assert clean_fact(Fact.CDN_COVERAGE, "Global' region", text) is None
    text = "our CDN runs in the 'Global' region, need ICP?"
    assert clean_fact(Fact.CDN_COVERAGE, "Global' region", text) == "includes_mainland"
    # the console a fact was looked up in; the marketing team acting
    assert not uncovered_subjects("checked the console, the region says cn-hongkong actually")
    assert "settings" in uncovered_subjects("where in the console is the ICP number field?")
    assert not uncovered_subjects("marketing already enabled alibaba CDN for mainland china")


def test_session_54_round_163():
    """What blind round 163 (written last) found, in our own wording."""
    from actions.decision import Fact
    from actions.hosting_facts import place_as_the_sites
    from actions.slot_validation import clean_fact
    from actions.small_talk_and_handoff import requests_a_person
    from actions.uncovered_subjects import uncovered_subjects

    # the temporary ECS asked for with its subject left out, beside the site's own place
    text = "really need to buy an ECS in the mainland even though our site stays in Macau?"
    phrases = ["ECS in the mainland", "site stays in Macau"]
    assert clean_fact(Fact.HOSTING_LOCATION, phrases, text) == "outside_mainland"
    # a kind asked to be required is no presence had
    text = "can a foreign firm with only a rep office file, or is a WFOE needed?"
    assert clean_fact(Fact.CHINA_PRESENCE, "WFOE", text) is None
    assert clean_fact(Fact.CHINA_PRESENCE, "WFOE", "our WFOE is registered in Suzhou") == (
        "branch_company"
    )
    # the writer's certificate by the FAQ's longer name
    text = "our Foreign Enterprises Permanent Office registration certificate was issued in Xi'an"
    assert clean_fact(Fact.CHINA_PRESENCE, "Permanent Office", text) == "representative_office"
    # one filing for two things; a product bought before the filing: not covered
    assert "limits" in uncovered_subjects("is one beian enough for both the shop and the blog?")
    assert not uncovered_subjects("we need one filing for our site, right?")
    assert "purchase" in uncovered_subjects("can we order the SLB before the filing is approved?")
    # where a site is blocked is no place of the site
    assert place_as_the_sites("China", "and could our site get banned in China without it?") is None
    assert place_as_the_sites("China", "and our site in China?") == "mainland_china"
    # a person let reach the writer
    assert requests_a_person("ok, pls let a sales rep call me")
    assert not requests_a_person("let our agent contact the MIIT")


def test_session_54_second_review():
    """What a second reviewer found the later rules misread, narrowed."""
    from actions.cdn_facts import to_cdn_coverage
    from actions.decision import Fact
    from actions.slot_validation import clean_fact
    from actions.small_talk_and_handoff import requests_a_person
    from actions.uncovered_subjects import uncovered_subjects
    from components.follow_up_decision import _THE_DNS_ASKED

    # "Global" chosen for Alibaba Cloud's CDN, words of something else after it
    assert to_cdn_coverage("we chose the global setting for the alibaba CDN") == (
        "includes_mainland"
    )
    text = "we picked 'Global' for the CDN, the site itself is hosted outside China in Rome"
    assert clean_fact(Fact.CDN_COVERAGE, "picked 'Global'", text) == "includes_mainland"
    # a "no" answering another question is no correction of the place
    text = "Our ECS is in Shenzhen. No, sorry, we don't use a CDN."
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS is in Shenzhen", text) == "mainland_china"
    # the site run on the server, for the filing as well
    text = "we bought an ECS in Xiamen and use it to host the site for the filing"
    assert clean_fact(Fact.HOSTING_LOCATION, "ECS in Xiamen", text) == "mainland_china"
    # when to start the filing, asked in other words, beside a mainland move planned
    phrases = ["host in Singapore", "Alibaba Cloud Shanghai"]
    told = "We host in Singapore now but plan to move to Alibaba Cloud Shanghai in Q3. "
    for asked in ("Would it be wise to apply now?", "ICP - start now or wait?"):
        assert clean_fact(Fact.HOSTING_LOCATION, phrases, told + asked) is None, asked
    # given up over the documents; rejected once and fixed
    text = "if the papers take too long we give up on it. then what?"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "no"
    text = "it's not that we can't file, we were rejected once for a typo and fixed it"
    assert clean_fact(Fact.CAN_COMPLETE_FILING, text, text) == "yes"
    # the writer's own people and an authority's are no person asked of the provider
    for text in (
        "let me ask a colleague and get back to you",
        "can someone on our side call me?",
        "can someone from the local police call me?",
    ):
        assert not requests_a_person(text), text
    # the DNS changed after approval, the balancer not named: a change (not covered)
    text = "after the ICP is approved we repoint the DNS to another IP - must we update anything?"
    assert "existing_filing" in uncovered_subjects(text)
    # a filing held for two domains, told, and a product bought, told: no question of them
    assert not uncovered_subjects("we have one filing for both domains, do we still need it?")
    assert not uncovered_subjects("we'd buy a CDN before the ICP? do we even need ICP?")
    # the DNS pointed after approval, at the balancer or "it"; not another DNS provider
    assert _THE_DNS_ASKED.search("and when approved we change our dns to it?")
    assert not _THE_DNS_ASKED.search("should we switch dns to route 53 afterwards?")
