# Self-help guides (content/guidance.json): a guide's title, summary, what to do today,
# what to have ready, and its steps. Facts only; no legal advice beyond well-known rules.

## What to have ready (shared by guides)
ready-id = Something that shows who you are, like a passport, driving licence or bank card
ready-notice = Any notice or letter about leaving your home
ready-told-to-leave-papers = Any notice, letter or court order about leaving your home, and your tenancy agreement if you have one
ready-warrant-papers = The warrant, or the letter about it, with its reference number
ready-income = Details of the money coming in: payslips, benefit letters or bank statements
ready-bank-statement = Your bank statements for the last month
ready-bank-details = Your bank account number and sort code
ready-rent-details = Your tenancy agreement, or a letter showing your rent
ready-bills = Your recent bills
ready-letters = Letters from the people you owe
ready-budget = Your budget, or a list of what comes in and goes out
ready-bailiff-letter = The letter from the bailiffs, with their phone number and your reference
ready-court-papers = All the court papers, with any reference number
ready-tenancy = Your tenancy agreement
ready-rent-statement = A rent statement from your landlord
ready-council-tax-bill = Your Council Tax bill or reminder letter
ready-energy-bill = A bill or letter from your energy supplier, with your account number
ready-meter-reading = A meter reading, or a photo of your meter
ready-decision-letter = The decision letter
ready-evidence = Anything that backs you up, like letters from a doctor
ready-statement = Your latest benefit statement, or your Universal Credit journal
ready-pension-details = Details of your pensions and savings
ready-business-records = Your business accounts, invoices and tax letters

## staying-safe
guide-staying-safe = Staying safe
guide-staying-safe-summary = You do not have to deal with this alone. These people can help you now, and later.
step-safe-place = If you can, go to a place where you feel safe, or stay with someone you trust.
step-safe-tell-someone = Tell someone you trust how you feel, or what is happening.
# Refuge: National Domestic Abuse Helpline (free, online form for a safe time to call back); gov.wales: Live Fear Free (text, email, live chat). 'Not on phone bills' left out: not verified (checked 2026-12-06).
step-safe-plan = If someone at home is hurting you, a domestic abuse helpline can help you make a plan to stay safe. The call is free. It may show in your phone's list of recent calls, so you may want to delete it there. If it is not safe to call, you can contact the helpline through its website.

## homeless
guide-homeless = If you have nowhere to live
guide-homeless-summary = Your council must help you if you are homeless, or might be in the next 8 weeks.
today-ask-council-homeless = Go to or call your council's housing team today, and say you are homeless.
today-call-shelter-england = If the council will not help, call Shelter free on 0808 800 4444.
today-call-shelter-wales = If the council will not help, call Shelter Cymru free on 08000 495 495.
step-homeless-council-duty = The council must look into your case and help you find somewhere to live.
# Review within 21 days: Housing Act 1996 s 202(3) (England); Housing (Wales) Act 2014 s 85 (Wales); checked 2026-12-06.
step-homeless-written = Ask for every decision in writing. If you think a decision is wrong, ask for a review within 21 days of getting it. Get advice to help you.
step-homeless-benefits = Universal Credit or Housing Benefit may help you pay for somewhere to stay.

## crisis-support
guide-crisis-support = Food and heating today
guide-crisis-support-summary = If you have no money for food or heating, there is help you can get today.
today-food-bank = Ask Citizens Advice, your council or your GP for a food bank referral.
# England: the Crisis and Resilience Fund (from 1 April 2026) replaced the Household Support Fund and DHPs; a Crisis Payment is paid 'cash-first' for a 'financial shock' (a sudden, unexpected expense or drop in income): DWP, The Crisis and Resilience Fund: guidance for local authorities in England (1 April 2026 to 31 March 2029), glossary; checked 2026-12-06. No decision time is given: the 48 hours in the review was not found in the guidance.
today-council-crisis-fund-england = Ask your council for a Crisis Payment from its Crisis and Resilience Fund. It is for a sudden cost or a drop in income. Councils usually pay it as money.
# Wales: the Discretionary Assistance Fund is run for the Welsh Government; an Emergency Assistance Payment is a grant (not repaid) for essential costs such as food, gas, electricity and clothing; apply on the Welsh Government website (gov.wales DAF quality report; CPAG local welfare assistance: Wales; Swansea Council DAF page); checked 2026-12-06.
today-council-crisis-fund-wales = Apply to the Discretionary Assistance Fund for an Emergency Assistance Payment. It is a grant from the Welsh Government for food, gas, electricity or clothes in an emergency. You do not pay it back. Apply on the Welsh Government website, or ask your council or Citizens Advice to help you.
# Trussell: food banks give emergency food; the claim that many help with gas and electricity was not verified and is dropped. Checked 2026-12-06.
step-crisis-food-bank = Food banks give emergency food for a few days.
# Crisis Payments can cover essential furniture and appliances such as a bed or a cooker (DWP CRF guidance, glossary); in Wales the DAF covers food, gas, electricity and, through Individual Assistance Payments, items such as a fridge, cooker or bed (gov.wales DAF quality report). "You do not pay it back" is dropped: not verified for England. Checked 2026-12-06.
step-crisis-council = Emergency help can pay for food, gas and electricity. It can also pay for things you need at home, like a bed or a cooker.
step-crisis-advance = If you are waiting for Universal Credit, you can ask for an advance. You pay it back from later payments.
# Additional support credit: suppliers must offer it to prepayment customers in vulnerable situations who self-disconnect or self-ration (Ofgem, Self-disconnection and self-rationing: decision, 2020; electricity and gas supply standard licence condition 28B). Checked 2026-12-06.
step-crisis-supplier = If you cannot afford to top up, ask your energy supplier for extra credit. This is called additional support credit. Your supplier must consider it, and should offer it if you are in a vulnerable situation.
step-crisis-benefits = When things are calmer, check you get all the benefits you can.

## told-to-leave
# Excluded occupiers need only reasonable notice: Protection from Eviction Act 1977 s 3A. Tenants: a court order (Housing Act 1988 s 5). Intentional homelessness: Housing Act 1996 s 191, Housing (Wales) Act 2014 s 77. Checked 2026-12-06.
guide-told-to-leave = If you have been told to leave your home
guide-told-to-leave-summary = What happens next depends on the kind of home you have. Get advice before you leave: leaving too soon can make it harder to get help.
# England: section 21 ("no-fault") notices ended for private renting on 1 May 2026 (Renters' Rights Act 2025; Royal Assent 27 October 2025; the government's implementation announcement, as reported by Local Government Lawyer). A notice given before then is only valid if the landlord went to court by 31 July 2026 (or within 6 months of it, if sooner). Wales: Renting Homes (Wales) Act 2016, in force 1 December 2022: contract-holders, a court order needed, 6 months for a "no-fault" (section 173) notice on contracts since then (gov.wales, "Housing law has changed: Renting Homes"). Checked 2026-12-06.
step-told-to-leave-tenant-england = If you rent your home and do not live with your landlord, your landlord needs a court order to make you leave. A notice is not an eviction. Since 1 May 2026, private landlords cannot use "no-fault" (section 21) notices: they must give a reason. If you have a no-fault notice, get advice, because it may not be valid.
step-told-to-leave-tenant-wales = If you rent your home and do not live with your landlord, you are a "contract-holder". Your landlord needs a court order to make you leave. A notice is not an eviction. A "no-fault" (section 173) notice must usually give you at least 6 months. Get advice, because many notices are not valid.
step-told-to-leave-lodger = If you live with your landlord, or with family or friends, they may only need to give you reasonable notice. Contact the council's housing team as soon as you are told.
step-told-to-leave-intentional = Keep paying your rent if you can. If you leave a home you could have stayed in, the council may say you made yourself homeless.

## warrant-eviction
guide-warrant-eviction = If court bailiffs are coming to evict you
guide-warrant-eviction-summary = A warrant lets court bailiffs evict you on the date in their letter. You can still ask the court to stop it, but you need to act before that date.
step-warrant-eviction-door = Court bailiffs can come in and change the locks on the date in their letter. Locking the door will not stop them.
step-warrant-eviction-n244 = To ask the court to stop the eviction, fill in form N244. Say what has changed, and what you can pay each week towards the rent you owe. The court will usually hold a short hearing.
step-warrant-eviction-fees = There is a fee for form N244. If you have a low income or get benefits, ask for Help with Fees when you apply.

## warrant-fine
guide-warrant-fine = If there is a warrant for an unpaid fine
guide-warrant-fine-summary = Magistrates' court fines are a priority debt. The court has strong powers to collect them, but it can also give you more time to pay.
step-warrant-fine-priority = Pay fines before debts like credit cards and loans. Not paying a fine can lead to bailiffs, or in the end to prison.
step-warrant-fine-benefits = If you get benefits, you can ask for the fine to be paid in small amounts from them. This can stop bailiffs.

## bailiffs
guide-bailiffs = If bailiffs are coming
guide-bailiffs-summary = Bailiffs, also called enforcement agents, collect some debts. They must follow rules. Knowing them helps you stay in control.
today-bailiffs-keep-door-shut = Keep your doors locked, and talk to bailiffs through a window or on the phone.
today-bailiffs-call-creditor = Call the council or company you owe, or the bailiffs, to offer a payment you can afford.
# Taking Control of Goods Regulations 2013 regs 6 and 7; checked 2026-12-06.
step-bailiffs-notice = Bailiffs must send you a "notice of enforcement" at least 7 clear days before they can take your things. Sundays and bank holidays do not count in the 7 days.
step-bailiffs-entry = For most debts, bailiffs cannot force their way into your home on their first visit. Do not let them in.
# Tribunals, Courts and Enforcement Act 2007 s 63 and Sch 12 para 26; Ministry of Justice: Certificated Enforcement Agent (Bailiff) Register; checked 2026-12-06.
step-bailiffs-id = Ask to see their ID. Most bailiffs must have a certificate from the court: you can check their name on the official Certificated Enforcement Agents register.
step-bailiffs-vulnerable = If you are ill, disabled, pregnant, or have young children, tell them. They must take this into account.
step-bailiffs-offer = Offer to pay in small amounts you can afford. Write down what you agree.
step-bailiffs-warrant = If a court has sent a warrant, get advice today. The rules can be different.

## court-claim
guide-court-claim = What court papers mean
guide-court-claim-summary = Court papers are serious, but you still have choices. Do not ignore them.
# CPR 6.14, 10.3 and 15.4 (14 days after service); GOV.UK: Respond to a court claim for money; checked 2026-12-06.
today-court-do-not-ignore = Open the court papers today. Find the hearing date, or the date to reply by. If a claim form shows no reply date, count 14 days from the date it was issued, to be safe.
today-court-note-date = Write the date down, and get free advice today. Do this even if the date has passed.
step-court-what-it-is = A claim form means someone you owe has asked the court to make you pay.
# CPR 10.3 and 15.4 (acknowledgment of service gives 28 days for a defence); GOV.UK: Respond to a court claim for money; checked 2026-12-06.
step-court-reply-14-days = You usually have 14 days after you get a claim form to reply. The papers tell you how. If you want to say you do not owe all of it, you can ask for 14 more days.
step-court-options = You can agree you owe the money and offer to pay in parts, say you do not owe it, or ask for more time.
step-court-hearing = If you have a hearing, go to it, even if you cannot pay. Many courts have free advice on the day if your home is at risk.
# Register of Judgments, Orders and Fines Regulations 2005 (paid within one month: removed; otherwise kept 6 years); Registry Trust (TrustOnline); checked 2026-12-06.
step-court-ccj = If you do not reply, the court can make a County Court Judgment (CCJ) against you. If you pay it all within a month, it is taken off the register. If not, it stays on the register for 6 years. This makes it harder to borrow.
step-court-help = National Debtline and Citizens Advice can help you fill in the forms for free.

## rent-arrears
guide-rent-arrears = Behind with rent: keeping your home
guide-rent-arrears-summary = You may be able to keep your home. Act early, and keep talking to your landlord.
today-rent-do-not-leave = If you rent, do not leave just because you have a letter. Your landlord usually needs a court order to make you leave.
today-rent-talk-landlord = Contact your landlord. Offer to pay your rent plus a small amount towards what you owe.
# Sources as for step-told-to-leave-tenant-england and -wales.
step-rent-notice-not-eviction-england = A notice is not an eviction. Your landlord must go to court, and only court bailiffs can evict you. Since 1 May 2026, a private landlord must give a reason on the notice: "no-fault" (section 21) notices have ended.
step-rent-notice-not-eviction-wales = A notice is not an eviction. Your landlord must go to court, and only court bailiffs can evict you. Check the kind of notice with an adviser: the rules in Wales are different from England.
step-rent-offer = Offer a payment you can keep up. Put it in writing, and keep a copy.
step-rent-housing-costs = Check you get all the help with rent you can, from Universal Credit or Housing Benefit.
# England: Housing Payments from the Crisis and Resilience Fund replaced Discretionary Housing Payments from 1 April 2026, for people on Housing Benefit or Universal Credit with housing costs (review E16; DWP guidance as reported, and Dudley Council's CRF page). Wales keeps Discretionary Housing Payments. Checked 2026-12-06.
step-rent-dhp-england = Is your rent more than your Housing Benefit or Universal Credit pays? Ask your council for a Housing Payment. It comes from the council's Crisis and Resilience Fund.
step-rent-dhp-wales = Is your rent more than your Housing Benefit or Universal Credit pays? Ask your council for a Discretionary Housing Payment.
step-rent-repairs = Keep paying your rent, even if your home needs repairs. Not paying can put your home at risk.
step-rent-court = If you get court papers, reply to them and go to the hearing. Many courts have free advice on the day.

## council-tax
guide-council-tax = Council Tax arrears and help with your bill
guide-council-tax-summary = Council Tax is a priority debt. There may be ways to pay less.
today-council-tax-call = Call your council. Tell them you are behind, and ask to pay in smaller amounts.
step-council-tax-reduction = Ask about Council Tax Reduction. It can lower your bill if you have a low income.
step-council-tax-discount = If you are the only adult in your home, you can get 25% off your bill.
step-council-tax-plan = Offer to pay what you owe in parts, as well as your normal bill.
step-council-tax-liability-order = If you get a court summons, contact the council before the hearing. A court order lets them send bailiffs or take money from your wages or benefits.

## council-tax-reduction
guide-council-tax-reduction = Council Tax Reduction
guide-council-tax-reduction-summary = Council Tax Reduction can lower your Council Tax bill if your income is low. You do not have to be behind with your bill to ask.
step-ctr-apply = Apply to your council. You can usually do it on its website or by phone.
step-ctr-uc = If you get Universal Credit, you still need to apply for Council Tax Reduction yourself. It is not part of Universal Credit.

## energy
guide-energy = Gas and electricity: help if you are behind or run out
guide-energy-summary = Energy suppliers must help customers who are struggling. Ask them.
today-energy-call-supplier = Call your supplier. Tell them you are struggling and ask what help they have.
step-energy-friendly-credit = Many prepayment meters will not cut you off at night, at weekends or on bank holidays.
step-energy-plan = Your supplier must offer you a payment plan you can afford.
step-energy-hardship-fund = Many suppliers have grants to help pay off what you owe. Ask them.
# Priority Services Register: free; advance notice of planned power cuts (for those who rely on their supply for medical reasons) and meter reading help (Ofgem, Priority Services Register). Checked 2026-12-06.
step-energy-psr = Join your supplier's Priority Services Register. It is free. It can mean a warning before planned power cuts, and help to read your meter.
# Warm Home Discount: £150 off the electricity bill, applied by the supplier, name on the bill (GOV.UK, Warm Home Discount Scheme); winter 2025 to 2026 widened to every bill payer on a qualifying means-tested benefit (Warm Home Discount (England and Wales) (Amendment) Regulations 2025, as reported). The 2026 to 2027 scheme was not verified, so no year is named. Checked 2026-12-06.
step-energy-warm-home-discount = The Warm Home Discount takes £150 off your electricity bill in winter. You may get it if you get certain benefits, like Universal Credit or Pension Credit. It is usually added for you, so check your name is on the electricity bill.
step-energy-complain = If your supplier will not help, call the Citizens Advice consumer helpline free on 0808 223 1133.

## challenge-decision
guide-challenge-decision = Challenging a benefit decision
guide-challenge-decision-summary = If you think a benefit decision is wrong, you can ask for it to be looked at again. This is called a mandatory reconsideration.
today-ctr-ask-council = Ask your council for Council Tax Reduction. It can lower your bill.
today-decision-find-letter = Find the decision letter and check its date.
today-decision-late = If it is more than a month since the decision, you can still ask. You can ask up to 13 months after the decision. Say why you could not ask sooner.
step-decision-ask = Ask the office that made the decision to look at it again. You can do this by phone, online or by letter.
step-decision-one-month = You must ask within 1 month of the date on the decision letter.
# Late requests: up to 13 months, with a reason (UC, PIP, JSA and ESA (Decisions and Appeals) Regulations 2013 reg 6; Citizens Advice, asking for a mandatory reconsideration); official error can be revised at any time (reg 9; Upper Tribunal [2025] UKUT 332 (AAC)). Checked 2026-12-06.
step-decision-late = If more than a month has passed, you can still ask, up to 13 months after the decision. Explain why you could not ask sooner. There must be a good reason. If the decision was wrong because of a mistake by the benefit office, you can ask at any time.
step-decision-explain = Say why you think the decision is wrong. Send anything that backs you up.
step-decision-appeal = If they do not change the decision, you can appeal to a tribunal. You usually have 1 month to do this.
# Hardship payments under Universal Credit are recoverable: Universal Credit Regulations 2013 reg 119; checked 2026-12-06.
step-decision-sanction-hardship = If you have been sanctioned and cannot pay for things you need, ask for a hardship payment. For Universal Credit, you usually have to pay it back later, from your payments. Ask for the sanction to be looked at again too.

## universal-credit
guide-universal-credit = Claiming Universal Credit and the advance
guide-universal-credit-summary = Universal Credit helps with living costs if you are on a low income or out of work.
today-uc-advance = If you are waiting for your first payment and need money now, ask for an advance in your online journal or by phone.
step-uc-claim-online = You claim online. If you cannot, call the Universal Credit helpline on 0800 328 5644.
step-uc-five-weeks = Your first payment comes about 5 weeks after you claim.
# Advances are spread over up to 24 months for applications from 12 April 2021 (DWP, Understanding Universal Credit: help with managing your money). Delaying repayments in hardship was not verified at an official source and is left out. Checked 2026-12-06.
step-uc-advance-repay = An advance is a loan. You pay it back a bit at a time from later payments, usually over up to 24 months.
step-uc-journal = Check your online journal often, and go to every appointment.

## deductions
guide-deductions = Money taken off your benefits
guide-deductions-summary = Money can be taken off benefits to pay back debts. You can often get it lowered.
today-deductions-ask-breakdown = Ask the benefit office what is being taken off, and why.
step-deductions-check = Check each amount is right, and that you owe it.
# The Fair Repayment Rate: from assessment periods starting on or after 30 April 2025, Universal Credit deductions for debts are capped at 15% of the standard allowance (was 25%); DWP announcement, as reported by Open Access Government and others. "Usually": some deductions sit outside the cap. Checked 2026-12-06.
step-deductions-uc-cap = For Universal Credit, all your debts together can usually take no more than 15% of your standard allowance. This is the basic amount, before any extra for children, housing or health. If more is taken, ask why.
step-deductions-lower = If you cannot pay for things you need, ask for the amount to be lowered. Say what it leaves you to live on.
# An overpayment decision can be challenged by mandatory reconsideration within one month (UC, PIP, JSA and ESA (Decisions and Appeals) Regulations 2013 reg 5; GOV.UK, Challenge a benefit decision). Checked 2026-12-06.
step-deductions-overpayment-challenge = If you are told you were paid too much, ask how they worked it out. If you disagree with the decision, ask for it to be looked at again within 1 month of the date on the letter.
step-deductions-hardship = Free advisers can help you ask for less to be taken.

## pension-credit
guide-pension-credit = Pension Credit
guide-pension-credit-summary = Pension Credit adds to your income if you are over State Pension age. Many people who could get it do not claim.
today-pension-credit-call = Call the Pension Credit claim line free on 0800 99 1234 to check and claim.
step-pension-credit-what = You may get it even if you have savings or own your home.
step-pension-credit-extras = It can also get you other help. This includes help with rent, Council Tax and heating. At 75 or over, you can also get a free TV Licence.
step-pension-credit-backdate = It can be paid for up to 3 months before you claim.
step-pension-credit-claim = You can claim online, by phone, or by post.

## business-debts
guide-business-debts = Business debts if you work for yourself
guide-business-debts-summary = If you work for yourself, your business debts and your own debts can be mixed up. Get advice to sort them out.
today-business-call = Call Business Debtline free on 0800 197 6026.
step-business-separate = List your business debts and your own debts apart.
step-business-priority = Pay priority debts first, like tax, VAT, business rates and rent.
step-business-tax = If you owe tax, contact HMRC early. They may agree to let you pay in parts.
step-business-options = An adviser can help you decide whether to keep trading.

## benefits-check extra steps
step-benefits-disability = Are you ill or disabled? You may get money to help, even if you work. Before State Pension age, this is Personal Independence Payment. After it, it is Attendance Allowance.
# Carer's Allowance: 35 hours a week, and the person cared for must get a qualifying benefit (PIP daily living, DLA middle or highest care rate, Attendance Allowance, among others): GOV.UK, Carer's Allowance: eligibility; SSCBA 1992 s 70. Checked 2026-12-06.
step-benefits-carer = If you care for someone for 35 hours a week or more, you may get Carer's Allowance. The person you care for must get a disability benefit. This can be Attendance Allowance or the daily living part of Personal Independence Payment. It can also be the middle or top care rate of Disability Living Allowance.
# The earnings limit is all or nothing: a week over it means no Carer's Allowance for that week, and an overpayment to pay back if the change is not reported (Contact; the 2025 rise to £196 a week, as reported from the Budget). No figure is given here: it changes each April. Checked 2026-12-06.
step-benefits-carer-earnings = If you work, you can only get Carer's Allowance if you earn less than a weekly limit, after tax and some costs. Earning even a little over it in a week means no Carer's Allowance for that week. Check the limit on GOV.UK, and tell the Carer's Allowance Unit every time your pay changes, so you do not have to pay money back.

## make-a-budget
guide-make-a-budget = Make a budget
guide-make-a-budget-summary = A budget shows what comes in and what goes out each month. It helps you see what you can afford.
guide-make-a-budget-step-gather = Get your bank statements, payslips, benefit letters and bills for the last month.
guide-make-a-budget-step-income = Write down all the money that comes in each month, like wages, benefits and child maintenance.
guide-make-a-budget-step-spending = Write down everything you spend each month. Start with your home, gas, electricity, Council Tax, food and travel.
guide-make-a-budget-step-take-away = Take what you spend away from what comes in. What is left is what you can use to pay debts.
guide-make-a-budget-step-shortfall = If there is nothing left, look for costs you can cut and check you get all the benefits you can.
guide-make-a-budget-step-review = Check your budget again each month, and when something changes.

## priority-debts
today-priority-list = Make a list of your priority debts, and the next payment date for each one.
guide-priority-debts = Deal with priority debts
guide-priority-debts-summary = Priority debts are the ones that can cause the most serious problems if you do not pay. You could lose your home or your energy supply.
# Priority debts: FCA Handbook glossary "priority debt"; CPAG Debt Advice Handbook ch. 8 (ground rent and service charges, secured loans, bills of sale); checked 2026-12-06.
guide-priority-debts-step-list = List your priority debts. These are rent, your mortgage and other loans secured on your home, ground rent and service charges, and Council Tax. Gas, electricity, TV Licence, court fines, child maintenance and tax are priority debts too. So are hire purchase and logbook loans for things you need, like a car for work.
guide-priority-debts-step-first = Pay these before other debts, like credit cards and loans, even if other lenders ask for money first.
guide-priority-debts-step-afford = Make a budget to work out what you can afford to pay towards what you owe.
guide-priority-debts-step-contact = Contact each one as soon as you can. Offer to pay a set amount each month towards what you owe, as well as your normal payment.
guide-priority-debts-step-help = Ask about help with these bills. You may get Council Tax Reduction, help from your energy supplier, or help from your council with rent.
guide-priority-debts-step-court = Never ignore a letter from a court or bailiffs. Reply by the date on the letter, and get free advice straight away.

## non-priority-debts
guide-non-priority-debts = Deal with non-priority debts
guide-non-priority-debts-summary = Non-priority debts include credit cards, loans, overdrafts, catalogues and water bills. They matter, but you should pay priority debts first.
guide-non-priority-debts-step-priority-first = Make sure you can pay your priority debts and the things you need first.
guide-non-priority-debts-step-spare = Use a budget to work out how much money is left each month.
guide-non-priority-debts-step-offer = Share what is left fairly between the people you owe. Write to each one and offer that amount.
guide-non-priority-debts-step-token = If nothing is left, you can offer a very small payment, like £1 a month, until things get better.
guide-non-priority-debts-step-interest = Ask each one to stop adding interest and charges.
guide-non-priority-debts-step-records = Keep copies of your letters, and write down who you spoke to and when.
guide-non-priority-debts-step-breathing-space = If you need time, a debt adviser can apply for Breathing Space for you. It pauses most interest, charges and action from the people you owe for 60 days.

## benefits-check
guide-benefits-check = Check you get all the benefits you can
guide-benefits-check-summary = Many people miss out on money they could claim. A free benefits check shows you what you could get.
guide-benefits-check-step-calculator = Use a free online benefits calculator, like the one from Turn2us.
guide-benefits-check-step-details = Have details of your income, savings, rent, Council Tax and anyone who lives with you.
guide-benefits-check-step-working = You may get Universal Credit even if you work.
guide-benefits-check-step-council-tax = Ask your council about Council Tax Reduction. It can lower your Council Tax bill.
