# Issue 17 item 3 (review G9, G10, G11, G15, G18, G5, I20, I21): new questions, options, flags
# and the two guides they lead to. Sources are in content/sources/home-and-status.json too.

## food-today (review I20: today or in the next few days)
q-food-today-yes = Yes
q-food-today-not-next-few-days = I have enough for today, but not for the next few days
q-food-today-no = No, not even for today

## home (review G10). Labels fit England and Wales: in Wales a tenant is a "contract-holder".
q-home-shared-ownership = I part-own and part-rent my home
q-home-shared-ownership-hint = This is called shared ownership.
q-home-lodger = I rent a room in my landlord's home
q-home-lodger-hint = Your landlord lives there too. You may be called a lodger.
q-home-tied = My home comes with my job
q-home-tied-hint = For example, a caretaker's flat or a farm cottage.
q-home-temporary = I am in temporary housing from the council
q-home-temporary-hint = For example, a hotel, a B&B or a flat the council found for you because you were homeless.
q-home-supported = I live in supported housing
q-home-supported-hint = Staff help you to live there. For example, sheltered housing or a refuge.

## somewhere-tonight (review G11)
q-somewhere-tonight-hint = Choose "Yes" if you can stay with someone tonight, even on a sofa.
q-somewhere-tonight-yes = Yes
q-somewhere-tonight-no = No
q-somewhere-tonight-dont-know = I don't know

## energy-going-without (review G15: self-disconnection and self-rationing)
q-energy-going-without = Do you go without heating or electricity to save money?
q-energy-going-without-hint = For example, you keep the heating off when you are cold, or you leave your meter empty.
q-energy-going-without-yes = Yes
q-energy-going-without-no = No

## public-funds (review G9). Optional and kind: only asked of people who get no benefit that is a public fund.
q-public-funds = Does your visa say "no recourse to public funds"?
q-public-funds-hint = You do not have to answer. We ask so that we do not suggest help that could cause problems with your visa.
q-public-funds-yes = Yes
q-public-funds-no = No, or I do not have a visa
q-public-funds-not-sure = I'm not sure
q-public-funds-prefer-not-to-say = I would rather not say

## support-needs (review G18, G5)
q-support-needs-welsh = Help in Welsh
q-support-needs-gambling = Support because gambling is making things harder
q-support-needs-gambling-hint = It can be your gambling or someone else's. We will not judge you.

## flags (advisers and the referral summary see these)
flag-nowhere-tonight = Nowhere safe to sleep tonight
flag-nrpf = Visa says "no recourse to public funds": needs immigration advice before any benefit claim
flag-nrpf-not-sure = Not sure whether their visa says "no recourse to public funds"
flag-welsh-language = Wants help in Welsh
flag-gambling = Gambling is making things harder (their own or someone else's)

## nowhere-tonight guide
guide-nowhere-tonight = If you have nowhere to sleep tonight
guide-nowhere-tonight-summary = Ask your council for help today. They may have to find you somewhere to stay tonight.
# Every council should have a daytime number and an emergency out-of-hours number (Shelter England: emergency housing from the council); checked 2026-12-06.
today-tonight-call-council = Call your council's housing team now. Say you have nowhere to sleep tonight. If they are closed, call the council's emergency out-of-hours number. It is on the council's website.
# StreetLink: website and app for England and Wales; connects people sleeping rough with local outreach teams (StreetLink FAQ; Shelter England: night shelters); checked 2026-12-06.
today-tonight-streetlink = If you will have to sleep outside, contact StreetLink on its website, streetlink.org.uk, or its app. They tell local outreach workers, who can help you.
# Interim accommodation: Housing Act 1996 s 188 (reason to believe homeless, eligible and in priority need); priority need s 189 (children, pregnancy, vulnerability through illness or disability), including domestic abuse (Domestic Abuse Act 2021 s 78); Shelter England: emergency housing from the council; checked 2026-12-06.
today-tonight-priority-england = Tell the council if you have children, are pregnant, are ill or disabled, or lost your home because of domestic abuse. Then they must usually find you somewhere to stay while they look into your case. You must also meet the immigration rules.
# Interim accommodation: Housing (Wales) Act 2014 s 68; priority need s 70 (children, pregnancy, vulnerability through illness or disability), with people sleeping rough added from 24 October 2022 (Homelessness (Priority Need and Intentionality) (Wales) Regulations 2022); checked 2026-12-06.
today-tonight-priority-wales = Tell the council if you will sleep on the street, have children, are pregnant, or are ill or disabled. Then they must usually find you somewhere to stay while they look into your case. You must also meet the immigration rules.

## no-recourse-to-public-funds guide (review G9)
guide-nrpf = If your visa says "no recourse to public funds"
guide-nrpf-summary = Claiming some benefits could cause problems with your visa. There is still help you can get. Get advice before you claim anything.
# Only regulated immigration advisers, solicitors and barristers may give immigration advice (Immigration and Asylum Act 1999 Part V; GOV.UK: how to become a regulated immigration adviser); checked 2026-12-06.
today-nrpf-advice-first = Get advice before you claim any benefit. Ask a solicitor, or an immigration adviser who is registered. By law, only they can give this advice.
# Public funds: Immigration Rules paragraph 6.2; Immigration and Asylum Act 1999 s 115 (NRPF Network: benefits that are public funds); checked 2026-12-06.
step-nrpf-public-funds = Some benefits are called "public funds". Universal Credit and Child Benefit are public funds. So are Pension Credit, Housing Benefit, Council Tax Reduction and PIP.
# A benefit not listed in paragraph 6.2 is not a public fund: the State Pension and contribution-based benefits are not listed (NRPF Network); checked 2026-12-06.
step-nrpf-not-public-funds = Some benefits are not public funds. For example, the State Pension, or a benefit you get because you paid National Insurance.
# Children Act 1989 s 17(1), (3), (6): accommodation and help in cash or kind for a child in need and their family, including families with no recourse to public funds (NRPF Network practice guidance for families); checked 2026-12-06.
step-nrpf-children-england = If you have children and cannot pay for a home or food, ask your council's children's services for help. They can help with a place to stay and money for your children's needs.
# In Wales, section 17 was replaced from 6 April 2016 by Parts 3 and 4 of the Social Services and Well-being (Wales) Act 2014 (assessing and meeting a child's needs for care and support); checked 2026-12-06.
step-nrpf-children-wales = If you have children and cannot pay for a home or food, ask your council's social services for help. They must look at what care and support your children need.
step-nrpf-not-sure = If you are not sure what your visa says, do not claim until you have checked. An immigration adviser can check it with you.
