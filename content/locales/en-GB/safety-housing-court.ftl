# New guide steps from issue 17 (safety, housing, bailiffs and court guides).
# Each factual message names its source; the sources are also in content/sources/safety-housing-court.json.

## staying-safe: urgent mental health help differs by nation
# NHS England: 111, "choose the mental health option" (national from August 2024); checked 2026-12-06.
step-safe-gp-england = For urgent help with your mental health, call NHS 111 and choose the mental health option. You can also talk to your GP.
# Welsh Government: NHS 111 Wales "press 2" urgent mental health line, free, all ages, day and night; checked 2026-12-06.
step-safe-gp-wales = For urgent help with your mental health, call NHS 111 Wales and press 2. You can also talk to your GP.

## homeless: priority need differs by nation (review I17)
# Housing Act 1996 ss 188 and 189(1) (including (e) domestic abuse, from the Domestic Abuse Act 2021 s 78, in force 5 July 2021); Homelessness (Priority Need for Accommodation) (England) Order 2002 arts 3 and 4 (16 and 17 year olds; care leavers under 21); checked 2026-12-06.
step-homeless-priority-england = If you may be in "priority need", the council must find you somewhere to stay straight away. It does this while it looks into your case. Priority need includes being pregnant, having children, or being homeless because of domestic abuse. It also includes 16 and 17 year olds, and care leavers under 21. People who are very vulnerable, for example through illness or disability, are included too.
# Housing (Wales) Act 2014 ss 68 and 70(1) (pregnancy, children, vulnerability, domestic abuse, 16 and 17 year olds); Homelessness and Social Housing Allocation (Wales) Act 2026 (enacted 1 April 2026, to end the priority need test when brought into force); checked 2026-12-06.
step-homeless-priority-wales = If you may be in "priority need", the council must find you somewhere to stay straight away. It does this while it looks into your case. Priority need includes being pregnant, having children, being homeless because of domestic abuse, or being 16 or 17. People who are very vulnerable, for example through illness or disability, are included too. The law in Wales is changing to help more people, so ask for help even if none of these fit you.

## bailiffs (review I3)
# Taking Control of Goods Regulations 2013 reg 10 (no taking control when only a child under 16 or a vulnerable person is present); checked 2026-12-06.
step-bailiffs-children = Bailiffs must not take your things if the only people at home are children under 16.
# Taking Control of Goods Regulations 2013 reg 4 (exempt goods; work items up to £1,350 in total); checked 2026-12-06.
step-bailiffs-goods = Bailiffs cannot take things you need for daily life, like beds, clothes, a cooker, a fridge or a washing machine. Tools or a vehicle you need for work are also protected, up to £1,350 in total.
# Tribunals, Courts and Enforcement Act 2007 Sch 12 paras 13 and 16; Taking Control of Goods Regulations 2013 reg 15 (controlled goods agreements); checked 2026-12-06.
step-bailiffs-agreement = Do not sign a "controlled goods agreement" unless you can keep to the payments in it. If you miss a payment, the bailiffs can come back to take the things it lists.
# Council Tax (Administration and Enforcement) Regulations 1992 reg 52 and the Council Tax (Deductions from Income Support) Regulations 1993 (deductions after a liability order from Universal Credit, Pension Credit, income-based JSA or ESA, Income Support); council pages; checked 2026-12-06.
step-bailiffs-council-tax = Are bailiffs collecting Council Tax? If you get Universal Credit or Pension Credit, ask the council to take the money from your benefit instead.

## court-claim (reviews I4 and G16)
# Pre-Action Protocol for Debt Claims (2017): Reply Form within 30 days of the date of the Letter of Claim; more time if the debtor is getting debt advice. National Debtline: pre-action protocol; checked 2026-12-06.
step-court-letter-of-claim = Before going to court, a business you owe should send you a "Letter of Claim" with a Reply Form. Send the Reply Form back within 30 days of the date on the letter. If you say you are getting debt advice, they should give you more time.
# Enforcement of a County Court Judgment: warrant of control, attachment of earnings order, charging order (CPR Parts 83, 89 and 73; Shelter England: how a creditor can enforce a judgment); checked 2026-12-06.
step-court-ccj-enforce = If you do not pay a County Court Judgment as the court orders, the person you owe can ask the court for more. This can be bailiffs, money taken from your wages, or a charge on your home. Get advice before this happens.
# Criminal Procedure Rules Part 24 (single justice procedure); a notice must be answered within 21 days or a magistrate decides without you (council guidance citing GOV.UK); checked 2026-12-06.
step-court-single-justice = A "Single Justice Procedure Notice" is a letter about a case in the magistrates' court, for example about a TV Licence. Reply within 21 days. If you do not, a magistrate can decide your case without hearing from you.
