# Council Tax, priority and non-priority debts, budgets: new messages for issue 17 (review G7, I15, I18, Breathing Space).
# Each factual message names its source; the same sources are in content/sources/debts-council-tax-budget.json.

## council-tax guide: what to do today, Wales
# Council Tax Protocol for Wales, adopted by all councils in Wales (WLGA, 1 April 2019; Welsh Government answer WQ90352, 15 January 2024: enforcement a last resort); checked 2026-12-06.
today-council-tax-call-wales = Call your council. Tell them you are behind, and ask to pay in smaller amounts. All councils in Wales follow the Council Tax Protocol for Wales. It says they should help you, and use bailiffs only as a last resort.

## council-tax guide: steps
# Severe mental impairment: Local Government Finance Act 1992 Sch 1 para 2 (disregard) and the Council Tax (Exempt Dwellings) Order 1992 (class U); a doctor's certificate and a qualifying benefit; checked 2026-12-06.
step-council-tax-smi = Some people are not counted for Council Tax, such as people with a severe mental impairment like dementia. A doctor must confirm it, and they must qualify for certain benefits. This can lower your bill. If everyone in the home has one, there may be nothing to pay.
# Disabled Band Reduction: Council Tax (Reductions for Disabilities) Regulations 1992 (SI 1992/554); checked 2026-12-06.
step-council-tax-disabled-band = If a disabled adult or child lives with you, ask about the Disabled Band Reduction. It can help if they need an extra room, bathroom or kitchen, or room to use a wheelchair indoors. You then usually pay the bill for the band below yours.
# Hardship reductions: Local Government Finance Act 1992 s 13A(1)(c) (a council may reduce any bill, even to nil); checked 2026-12-06.
step-council-tax-hardship = If you still cannot pay, ask the council to lower your bill because of hardship. Councils can reduce any bill, even to nothing. Tell them why you cannot pay.
# England: Council Tax (Administration and Enforcement) Regulations 1992 reg 23(3) and (4): a reminder gives 7 days; if not paid, the rest of the year is due 7 days later; after a second reminder in the year, the next missed payment makes the rest due the next day; still in force in England (MHCLG technical consultation on changing reminder and final notices, June 2026; re-check when regulations are made); checked 2026-12-06.
step-council-tax-whole-year-england = If you miss a payment, the council sends a reminder. If you do not catch up within 7 days, the rest of the year's bill is due 7 days later. After 2 reminders in a year, one more missed payment makes the rest of the year's bill due at once. Contact the council as soon as you get a reminder.
# Wales from 1 April 2026: at least 63 days from a missed payment before enforcement; the rest of the year is due only after a final notice (Council Tax (Administration and Enforcement) (Amendment) (Wales) Regulations 2025; Welsh Government, "New rules confirmed for fairer council tax collection", 26 September 2025); checked 2026-12-06.
step-council-tax-whole-year-wales = In Wales, if you miss a payment, you have at least 63 days to sort it out before the council can take you to court. The council will write to you first, with a final date to pay. If you do not pay by then, the rest of the year's bill becomes due. Contact the council as soon as you get a letter.
# Deductions from benefits after a liability order: Council Tax (Deductions from Income Support) Regulations 1993 reg 2 (covers Universal Credit, JSA, ESA, Pension Credit); National Debtline, "Deductions from benefits"; checked 2026-12-06.
step-council-tax-benefit-deductions = If the court has made a liability order and you get benefits, like Universal Credit, ask the council to take what you owe from your benefits. The amount is set by the government. The council should not send bailiffs while this is being paid.
# England: committal to prison only for wilful refusal or culpable neglect (Council Tax (Administration and Enforcement) Regulations 1992 reg 47); checked 2026-12-06.
step-council-tax-prison-england = In England, you cannot be sent to prison just because you cannot afford your Council Tax. A court can only do this if it finds you chose not to pay, or did not care. If you get a letter about this, get free advice straight away.
# Wales: no prison for Council Tax since 1 April 2019 (Council Tax (Administration and Enforcement) (Amendment) (Wales) Regulations 2019, SI 2019/220; Local Government and Elections (Wales) Act 2021 s 157); checked 2026-12-06.
step-council-tax-prison-wales = In Wales, you cannot be sent to prison for unpaid Council Tax.

## non-priority-debts guide
# Mental Health Crisis Breathing Space: Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) (England and Wales) Regulations 2020 (lasts for the crisis treatment plus 30 days; evidence from an approved mental health professional; no need to engage with debt advice); checked 2026-12-06.
guide-non-priority-debts-step-crisis-breathing-space = If you are getting treatment for a mental health crisis, you can get a longer Breathing Space. It lasts as long as your treatment, plus 30 days. An approved mental health professional must confirm your treatment. Then a debt adviser can start it. You do not have to talk to the adviser yourself.

## self-help-budget outcome: when a budget is not enough (review I15)
# MoneyHelper (Money and Pensions Service): free help with budgeting, and finding free debt advice; checked 2026-12-06.
step-budget-help-if-stuck = If your money still does not cover what you need, or things get harder, get free help. MoneyHelper can help you make a budget and find free advice near you.
