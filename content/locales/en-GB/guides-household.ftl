# Self-help guides for household situations (content/guides/household.json): water bills, after a death,
# pregnancy and young children, students and young people, gambling. Issue 17, review items G6,
# G14, G8 (pregnancy and young children), G22 and G5. Every step's sources are in
# content/sources/household-guides.json; each was checked on 2026-12-06.

## Shared: what to have ready
ready-water-bill = A water bill or letter from your water company, with your account number
ready-death-certificate = The death certificate, and the date of the funeral if you know it
ready-ni-number = Your National Insurance number
ready-student-finance = Your student finance letter, and your bank statements

## water-bills (review G6)
guide-water-bills = Water bills: help if you are behind
guide-water-bills-summary = Your water cannot be cut off because you owe money. There is help to make your bill smaller and to pay off what you owe.
# Water companies should be told early (CCW). England: every company has a social tariff (Parliament written answer). Wales: Dŵr Cymru's HelpU (its own help-paying page; Denbighshire factsheet). Checked 2026-12-06.
today-water-call-company-england = Call your water company. Tell them you are struggling. Ask about a lower bill for people on a low income, and a payment plan you can afford.
today-water-call-company-wales = Call your water company. Tell them you are struggling. If it is Dŵr Cymru Welsh Water, ask about HelpU, a lower bill for people on a low income.
# Water Industry Act 1991 s 61(1A) and Sch 4A (homes cannot be disconnected for non-payment) and s 63A (no devices to limit the supply), both inserted by the Water Industry Act 1999. Checked 2026-12-06.
step-water-not-cut-off = Your water company is not allowed to cut off or limit the water to your home because you owe money. This is the law.
# CCW: contact your water company as soon as you cannot pay; payment plans. Checked 2026-12-06.
step-water-keep-paying = If you can, keep paying for the water you use now, so the amount you owe does not grow. Ask to pay what you owe in small amounts.
# Every water company has a social tariff: UK Parliament written answer (Defra) on help with water bills; CCW on social tariffs. Checked 2026-12-06.
step-water-social-tariff = Every water company has a scheme that lowers the bill for people on a low income. It is often called a social tariff. Ask yours how to apply.
# WaterSure: water meter (or waiting for one), a means-tested benefit, and 3 or more children under 19 at home or a medical condition that uses a lot of water; bill capped. Water Industry (Charges) (Vulnerable Groups) Regulations 1999; United Utilities, Hafren Dyfrdwy and Dŵr Cymru (WaterSure Wales) pages. Checked 2026-12-06.
step-water-watersure = Do you have a water meter and get a benefit such as Universal Credit? Then ask about WaterSure (in Wales, WaterSure Wales). It limits your bill if 3 or more children under 19 live with you. It also helps if someone at home needs a lot of water because of their health.
# England: debt write-off schemes and payments from benefits (Water Direct): Parliament written answer; Severn Trent "Help when you need it"; CCW on deductions from benefit. Checked 2026-12-06.
step-water-arrears-help-england = Many water companies can clear part of what you owe if you keep to a payment plan. If you get benefits, you can also ask to pay from them. This is called Water Direct.
# Wales: Dŵr Cymru Welsh Water's Customer Assistance Fund (arrears over £150: half cleared after 6 months of payments, the rest after 6 more) and Water Direct; Dŵr Cymru's own pages. Checked 2026-12-06.
step-water-arrears-help-wales = If Dŵr Cymru Welsh Water supplies your water, ask about its Customer Assistance Fund. If you keep up your payments for a year, it can clear what you owe. If you get benefits, you can also ask to pay from them (Water Direct).
# Priority Services Register: Hafren Dyfrdwy and Severn Trent pages (children under 5, health, extra help for a while; water brought in an outage; bills in other formats). Checked 2026-12-06.
step-water-psr = Ask to join your water company's Priority Services Register. It is for people who are ill or disabled, have a child under 5, or need extra help for a while. The company can bring you water if your supply stops. It can send bills in a way that suits you.

## after-a-death (review G14)
guide-after-a-death = After someone has died: money help
guide-after-a-death-summary = We are sorry for your loss. There is money help you may be able to get. Some of it has time limits, so it helps to know them now.
# GOV.UK: Bereavement Support Payment, "What you'll get" and "Eligibility". Checked 2026-12-06.
today-bereavement-support-payment = If your husband, wife, civil partner or partner died, claim Bereavement Support Payment as soon as you can. Claim within 3 months of the death to get the full amount.
# GOV.UK: Tell Us Once (report a death to most government organisations in one go; the registrar explains it). Checked 2026-12-06.
today-bereavement-tell-us-once = When you register the death, ask the registrar about Tell Us Once. It tells most government offices about the death in one go.
# GOV.UK: Bereavement Support Payment eligibility (under State Pension age; National Insurance paid or death caused by work; not married: Child Benefit or pregnant). Checked 2026-12-06.
step-bereavement-bsp-who = You may get it if you were under State Pension age when they died, and they paid National Insurance or died because of their work. If you were not married or in a civil partnership, you must have been getting Child Benefit, or been pregnant.
# GOV.UK: claim up to 21 months after the death, for less; not means-tested; no effect on benefits for a year. Checked 2026-12-06.
step-bereavement-bsp-late = You can still claim up to 21 months after the death, but you will get less. Your income and savings do not matter. It does not change your other benefits for a year.
# Funeral Expenses Payment: claim within 6 months of the funeral, also while waiting for a benefit decision (Lancashire County Council's guide, as GOV.UK; DWP press release extending the limit from 3 to 6 months). Checked 2026-12-06.
step-bereavement-funeral-payment = Are you paying for the funeral? If you get a benefit such as Universal Credit, Pension Credit or Housing Benefit, ask for a Funeral Expenses Payment. Claim within 6 months of the funeral. You can claim while you wait to hear about your benefit.
# GOV.UK: Funeral Expenses Payment is taken back from the estate, not counting a house or personal things left to a husband, wife or civil partner. Checked 2026-12-06.
step-bereavement-funeral-estate = The payment may be taken back from money the person left. A house or personal things left to a husband, wife or civil partner do not count.
# GOV.UK: tell your benefits office when Bereavement Support Payment starts; Council Tax 25% discount for one adult (Local Government Finance Act 1992 s 11). Checked 2026-12-06.
step-bereavement-tell-benefits = Tell the offices that pay your own benefits, and your council, that someone in your home has died. What you get may change. If you now live alone, you can get 25% off your Council Tax.

## pregnancy-young-children (review G8)
guide-pregnancy-young-children = Money help when you are pregnant or have a young child
guide-pregnancy-young-children-summary = If you are pregnant or have young children, you may get help with food, baby things and school meals.
# NHS Healthy Start (NHSBSA): a card for milk, fruit, vegetables and pulses, and free vitamins. Checked 2026-12-06.
today-healthy-start = Apply for Healthy Start if you get Universal Credit or another low-income benefit. It puts money on a card for milk, fruit and vegetables, and gives you free vitamins.
# NHS Healthy Start: at least 10 weeks pregnant or a child under 4, and a qualifying benefit (Universal Credit with low earnings from work); under 18 and pregnant without benefits. England, Wales and Northern Ireland (Scotland has Best Start Foods); NHS Wales (Betsi Cadwaladr) page. Checked 2026-12-06.
step-healthy-start-who = Healthy Start is for people in England and in Wales who are at least 10 weeks pregnant or have a child under 4. You also need a benefit such as Universal Credit, and low pay. If you are under 18 and pregnant, you can get it without a benefit.
# Sure Start Maternity Grant: £500, not repaid; a qualifying benefit; usually no other child under 16, unless a multiple birth. Social Fund Maternity and Funeral Expenses (General) Regulations 2005; GOV.UK as reproduced; NI Direct. Checked 2026-12-06.
step-maternity-grant = If you get a benefit such as Universal Credit and this is your first child, you may get a Sure Start Maternity Grant of £500. You do not pay it back. If you already have children, you may still get it if you are having twins or more.
# Claim window: from 11 weeks before the due date to 6 months after the birth (Working Families; entitledto; Employers for Childcare). Checked 2026-12-06.
step-maternity-grant-when = Claim it from 11 weeks before the baby is due, and no later than 6 months after the birth. Your midwife or health visitor can sign the form.
# England: from September 2026, every child in a Universal Credit household can get free school meals, whatever the income (DfE announcement of 5 June 2025, as reported); you still apply to the council (CAP). Universal infant free school meals for Reception to Year 2. Checked 2026-12-06.
step-school-meals-england = From September 2026, every child in England whose family gets Universal Credit can get free school meals, whatever you earn. Apply to your council. All children in Reception, Year 1 and Year 2 already get them.
# Wales: universal primary free school meals in every maintained primary school since September 2024 (Welsh Government guidance on free school meals); families on benefits should still apply, for the School Essentials Grant (Pembrokeshire County Council). Checked 2026-12-06.
step-school-meals-wales = In Wales, every child in a state primary school can get free school meals. If you get a benefit such as Universal Credit, still apply to your council: it can open the door to help with school uniform and other costs.

## students-young-people (review G22)
guide-students-young-people = Students and young people: money help
guide-students-young-people-summary = Most full-time students cannot get Universal Credit, but some can. Your college or university may also have money to help.
# GOV.UK: "Extra money from your university or college to study" (hardship funds; ask student services; not usually paid back). Checked 2026-12-06.
today-student-hardship-fund = Contact the student support team at your college or university. Ask about hardship funds: money you do not usually have to pay back.
# Universal Credit Regulations 2013, regs 12 to 14 (receiving education, and the exceptions); GOV.UK "Universal Credit and students". Checked 2026-12-06.
step-student-uc-rule = Most full-time students cannot get Universal Credit. But you may get it if one of the next points fits you.
# Universal Credit Regulations 2013, reg 14(1)(c) and reg 3(2)(b) (responsible for a child; a partner who can get it). Checked 2026-12-06.
step-student-uc-parent = You may get Universal Credit while you study if you look after a child. You may also get it if you live with a partner who can get it.
# Universal Credit Regulations 2013, reg 14(1)(b) as amended in 2020 and 2021: PIP, DLA or Attendance Allowance, and limited capability for work decided before the claim or before the course starts. Checked 2026-12-06.
step-student-uc-disabled = If you are disabled, you may get it too. You need to get PIP or Disability Living Allowance. You also need a decision that you have "limited capability for work". It must be made before you claim, or before your course starts.
# Universal Credit Regulations 2013, reg 14(1)(a) and reg 8(3): under 21 on a full-time course that is not advanced education, without parental support. Checked 2026-12-06.
step-student-uc-young = You may also get it if you are under 21 and cannot live with your parents. Your course must be below degree level, such as A levels.
# GOV.UK: "Extra money from your university or college to study" (other extra help if you are on a low income, are disabled or have children). Checked 2026-12-06.
step-student-extra-help = Ask your college or university about other extra money too. There is often more help for students who are disabled, have children or have a low income.
# England: Children Act 1989 s 20 (accommodation for children in need; s 20(3) for 16 and 17 year olds); R (G) v Southwark LBC [2009] UKHL 26 (children's services cannot pass them to the housing team). Checked 2026-12-06.
step-young-homeless-england = If you are 16 or 17 and have nowhere safe to live, go to your council's children's services today. They must give you somewhere to stay if you would be at serious risk without it. They should not just send you to the housing team.
# Wales: Social Services and Well-being (Wales) Act 2014 s 76 (accommodation for children; s 76(3) for those aged 16 or 17 whose well-being would be seriously prejudiced). Checked 2026-12-06.
step-young-homeless-wales = If you are 16 or 17 and have nowhere safe to live, go to your council's social services today. They must give you somewhere to stay if you would be at serious risk without it.

## gambling-help (review G5)
guide-gambling-help = If gambling is causing money worries
guide-gambling-help-summary = Many people find gambling hard to control. You are not alone, and there is free, private help.
# The National Gambling Helpline, run by GamCare: 0808 8020 133, on GamCare's own site (gamcare.org.uk). Checked 2026-12-06. No hours given here.
today-gambling-helpline = Call the National Gambling Helpline free on 0808 8020 133. You can talk about your own gambling, or someone else's.
# Bank gambling blocks: GamCare "Which banks let me block gambling transactions"; NatWest and Chase pages. Checked 2026-12-06.
today-gambling-bank-block = Ask your bank to block gambling payments on your cards. Many banks let you turn this on in their app.
# Bank blocks with a wait before they can be turned off (Chase: 48 hours; Barclays: 72 hours, as reported). Checked 2026-12-06.
step-gambling-block-wait = With many banks, the block takes a few days to turn off again. This gives you time to think if the urge comes back.
# GAMSTOP: free self-exclusion from online gambling companies licensed in Great Britain; every online licence holder must take part (Gambling Commission, social responsibility code 3.5.5, from 31 March 2020). Checked 2026-12-06.
step-gambling-gamstop = Sign up to GAMSTOP. It is free. It stops you using gambling websites and apps licensed in Great Britain, for a time you choose.
# Signposting: National Debtline and StepChange (free debt advice; numbers as in content/services.json). Checked 2026-12-06.
step-gambling-debt-advice = Free debt advice can help you make a plan for what you owe. Call National Debtline free on 0808 808 4000.
# GamCare: help for people affected by someone else's gambling. Checked 2026-12-06.
step-gambling-someone-else = If someone else's gambling is hurting you or your money, the helpline is there for you too.

## Services (content/services/household.json)
# GamCare's own site: the National Gambling Helpline number. Checked 2026-12-06.
service-national-gambling-helpline = Free, private help if gambling is causing you problems. Also for people hurt by someone else's gambling.
service-gamstop = A free way to block yourself from gambling websites and apps licensed in Great Britain.
service-healthy-start = Apply for Healthy Start, and find out who can get it.
service-ccw = The independent body for water customers in England and Wales. It gives advice about water bills and problems with your water company.
