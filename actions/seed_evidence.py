"""The seed FAQ sentences each answer response rests on.

Every response the decision core can name is listed with verbatim quotes from
`shared/seed/000_56e0bda9209eb91f.txt`; `tests/test_decision.py` checks that each quote is in the
seed, so an answer cannot drift from its source without a test failing. Change a response's
wording in `domain.yml` freely; change what it claims only together with its quotes here.
"""

from typing import Dict, Tuple

INTRO = (
    "If your enterprise is not registered with the mainland China government, and you use an ECS "
    "instance in mainland China to host your website, you must apply for an ICP Filing."
)
OFFICE_SOME_PROVINCES = (
    "If you have a physical office (“ban shi chu” in Chinese) in China, you can apply for ICP "
    "Filing in some provinces or municipalities, but you cannot apply for an ICP Commercial "
    "License."
)
FOREIGN_DOCUMENTS = "Documents issued outside mainland China are not accepted for ICP Filing."
BRANCH = (
    "If you have a registered branch company in mainland China, you can use its registration "
    "documents for ICP Filing."
)
NO_COMPANY = (
    "If you do not have a registered company, you must apply for a Registration Certificate of "
    "Foreign Enterprises Permanent Office in China from the relevant authority and use this as a "
    "business license to submit an ICP Filing application."
)
CANNOT_OPEN = "You cannot open your website for visit if you have no ICP Filing."
USE_HONG_KONG = (
    "If you cannot finished ICP Filing for some reasons (such as, you cannot provide the required "
    "documents or domain name), we recommend you use ECS instances in Hongkong."
)
SLB_STEPS = (
    "If you plan to use the Server Load Balancer together with ECS in mainland China, you can "
    "complete the ICP Filing using one of the ECS instances.",
    "Once your ICP Filing has been approved, change your DNS record to point to the IP of your "
    "Server Load Balancer instance.",
)
SLB_LICENSE = (
    "If you are an ICP Commercial License holder, you must update your ICP Commercial License "
    "information when changing the IP address to your Server Load Balancer instance."
)
CDN_INTERNATIONAL = (
    "If you only plan to use Alibaba Cloud international CDN (mainland China is not covered), you "
    "are not required to apply for an ICP Filing."
)
CDN_MAINLAND = (
    "If you plan to use CDN in mainland China, you must apply for an ICP Filing.",
    "In this case, you need a temporary ECS instance (with at least three-month subscription) in "
    "mainland China to complete the ICP Filing process, whether your website is hosted in mainland "
    "China or not.",
)
OUTSIDE_NO_FILING = (
    "You do not need an ICP Filing if your website is hosted outside mainland China."
)
OUTSIDE_BUT_CDN = (
    "However, you must complete the ICP Filing process if you plan to use Alibaba Cloud CDN to "
    "accelerate content for users in mainland China."
)
IP_ONLY = (
    "If your website can be accessed only by IP address, you cannot apply for an ICP Filing "
    "through the Alibaba Cloud ICP Filing system.",
    "Alibaba Cloud ICP Filing system only support domain name filing.",
    "In this case, you must submit a website ICP Filing application to the province where your "
    "commercial entity locates.",
)
PROVINCE_RULE = (
    "You must apply for an ICP Filing in the same province where your Chinese business license "
    "was issued."
)
PROVINCE_EXAMPLE = (
    "For example, if your business is registered in Liaoning province, you must apply for an ICP "
    "Filing in Liaoning province."
)

EVIDENCE: Dict[str, Tuple[str, ...]] = {
    "utter_physical_office_branch_company": (BRANCH,),
    "utter_physical_office_representative_office": (
        OFFICE_SOME_PROVINCES,
        FOREIGN_DOCUMENTS,
        NO_COMPANY,
    ),
    "utter_physical_office_no_presence": (FOREIGN_DOCUMENTS, NO_COMPANY, OFFICE_SOME_PROVINCES),
    "utter_physical_office_each_case": (
        OFFICE_SOME_PROVINCES,
        FOREIGN_DOCUMENTS,
        BRANCH,
        NO_COMPANY,
    ),
    "utter_no_filing_can_complete": (CANNOT_OPEN,),
    "utter_no_filing_cannot_complete": (CANNOT_OPEN, USE_HONG_KONG),
    "utter_no_filing_each_case": (CANNOT_OPEN, USE_HONG_KONG),
    "utter_load_balancer_steps": SLB_STEPS,
    "utter_load_balancer_update_commercial_license": (SLB_LICENSE,),
    "utter_load_balancer_if_commercial_license": (SLB_LICENSE,),
    "utter_cdn_international_only": (CDN_INTERNATIONAL,),
    "utter_cdn_includes_mainland": CDN_MAINLAND,
    "utter_cdn_each_case": (CDN_INTERNATIONAL,) + CDN_MAINLAND,
    "utter_note_if_mainland_site_needs_filing": (INTRO,),
    "utter_applies_if_hosted_in_mainland": (INTRO, OUTSIDE_NO_FILING, OUTSIDE_BUT_CDN),
    "utter_hosted_outside_no_cdn": (OUTSIDE_NO_FILING,),
    "utter_hosted_outside_international_cdn": (OUTSIDE_NO_FILING, CDN_INTERNATIONAL),
    "utter_hosted_outside_cdn_covers_mainland": (OUTSIDE_BUT_CDN,) + CDN_MAINLAND,
    "utter_hosted_outside_each_cdn_case": (OUTSIDE_NO_FILING, OUTSIDE_BUT_CDN) + CDN_MAINLAND,
    "utter_ip_only": IP_ONLY,
    "utter_ip_only_each_hosting_case": IP_ONLY + (OUTSIDE_NO_FILING, OUTSIDE_BUT_CDN),
    "utter_which_province_rule": (PROVINCE_RULE, PROVINCE_EXAMPLE),
    "utter_which_province_named": (PROVINCE_RULE,),
    "utter_note_representative_office_some_provinces": (OFFICE_SOME_PROVINCES,),
    "utter_which_province_licence_outside_mainland": (PROVINCE_RULE, FOREIGN_DOCUMENTS, BRANCH),
    "utter_which_province_no_chinese_license": (
        PROVINCE_RULE,
        FOREIGN_DOCUMENTS,
        BRANCH,
        NO_COMPANY,
        OFFICE_SOME_PROVINCES,
    ),
    "utter_need_icp_each_case": (INTRO, OUTSIDE_NO_FILING, OUTSIDE_BUT_CDN),
    "utter_need_icp_mainland_domain": (INTRO, CANNOT_OPEN, IP_ONLY[1]),
    "utter_need_icp_mainland_cannot_complete": (INTRO, CANNOT_OPEN, USE_HONG_KONG),
    "utter_need_icp_mainland_each_access": (INTRO,) + IP_ONLY,
    "utter_applies_hosted_outside": (OUTSIDE_NO_FILING,),
    "utter_applies_hosted_in_mainland": (INTRO,),
    "utter_applies_no_cdn": (OUTSIDE_NO_FILING, INTRO),
}

# The FAQ section each quote comes from (keys of decision.SECTION_ANCHORS): an answer cites every
# section its claims come from.
SECTION_OF: Dict[str, str] = {
    INTRO: "intro",
    OFFICE_SOME_PROVINCES: "physical_office",
    FOREIGN_DOCUMENTS: "physical_office",
    BRANCH: "physical_office",
    NO_COMPANY: "physical_office",
    CANNOT_OPEN: "no_filing",
    USE_HONG_KONG: "no_filing",
    **{quote: "load_balancer" for quote in SLB_STEPS + (SLB_LICENSE,)},
    **{quote: "cdn" for quote in (CDN_INTERNATIONAL,) + CDN_MAINLAND},
    OUTSIDE_NO_FILING: "hosted_outside",
    OUTSIDE_BUT_CDN: "hosted_outside",
    **{quote: "ip_only" for quote in IP_ONLY},
    PROVINCE_RULE: "which_province",
    PROVINCE_EXAMPLE: "which_province",
}
