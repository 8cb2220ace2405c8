# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Get help to stay safe now
o-get-help-now-summary = Your safety comes first. These services are free, and you can call them at any time, day or night.

o-somewhere-to-stay = Act today: get help with somewhere to stay
o-somewhere-to-stay-summary = Are you homeless, or could you be homeless in the next 8 weeks? Your local council has to help you.

o-safe-from-abuse = Help to stay safe from abuse
o-safe-from-abuse-summary = What is happening is not your fault. You can get help in secret, day or night. When you are ready, you can carry on here for help with money and your home.

o-act-today-bailiffs-eviction = Act today: ask the court to stop the eviction
o-act-today-bailiffs-eviction-summary = Court bailiffs can evict you on the date in their letter. There may still be time to stop it, but you need to act today.

o-act-today-leave-home = Act today: get help before you have to leave your home
o-act-today-leave-home-summary = You have been told to leave your home soon. Your council must help if you might be homeless in the next 8 weeks. Ask them today.

o-act-today-court = Act today: deal with your court papers
o-act-today-court-summary = A court date is close, or has passed. Acting now keeps more choices open. Free advice can help you today.

o-act-today-fine = Act today: deal with the warrant for your fine
o-act-today-fine-summary = A warrant for an unpaid fine is serious, but you can still sort it out. Contact the court today.

o-act-today-bailiffs = Act today: bailiffs are coming soon
o-act-today-bailiffs-summary = Bailiffs are coming in the next few days. A call today can stop things getting worse.

o-act-today-reconsideration = Act today: ask for the decision to be looked at again
o-act-today-reconsideration-summary = The time to challenge the decision ends soon. It only takes a short message to ask in time.

o-act-today-bank = Act today: call your bank
o-act-today-bank-summary = Money was taken from your bank account for a debt. Call your bank today, and get free advice.

o-act-today-energy = Act today: get help with your gas and electric
o-act-today-energy-summary = Nobody should be without heat, light or a way to cook. Your supplier and your council can help today.

o-act-today-food = Act today: get help with food and heating
o-act-today-food-summary = You told us you cannot pay for food or heating today. Lots of people need this help, and it is fine to ask for it.

o-see-an-adviser = An adviser can help you with all of this
o-see-an-adviser-summary = You have more than one problem, and they affect each other. A free adviser can look at everything together and help you make a plan.

o-business-debt-advice = Get free help with business debts
o-business-debt-advice-summary = Debts from working for yourself need advice from people who know about business. Business Debtline is free and can help.

o-housing-advice = Get help now: you have been told to leave your home
o-housing-advice-summary = You may be able to stay, or get help to find somewhere else. Your council must help if you might be homeless in the next 8 weeks, so contact them now.

o-rent-arrears-advice = Get free help to keep your home
o-rent-arrears-advice-summary = You may be able to stay in your home. Free housing advice can help you talk to your landlord and know your rights.

o-debt-advice = Get free debt advice
o-debt-advice-summary = A free debt advice service can help you sort out your debts. They will not judge you. They help people like you every day.

o-benefits-help = Get help with your benefits
o-benefits-help-summary = You may be able to get a problem with your benefits put right. Free services can help you.

o-not-enough-money = Get help to cover the basics
o-not-enough-money-summary = You told us your money does not cover the things you need. That is not your fault. A free adviser can check you get all the money you should, and help you now.

o-talk-it-through = Talk it through with a free adviser
o-talk-it-through-summary = You told us you would like to talk to someone, or that some extra help would make things easier. Free advisers can help in the way that suits you.

o-self-help-debts = You can sort out these debts yourself
o-self-help-debts-summary = The debts you told us about are not the most urgent kind. With a budget and a few calls or letters, you can usually agree payments you can afford.

o-self-help-benefits = You may be able to get more money
o-self-help-benefits-summary = From what you told us, you may be missing out on benefits or help with bills. It takes about 20 minutes to check.

o-self-help-budget = Make your money go further
o-self-help-budget-summary = These steps can help you take control of your money and make it last.

## Next steps

# Silent Solution (police), as safe-help-body; checked 2026-12-06.
step-call-999 = If you are in danger now, call 999. If you call from a mobile and cannot speak, press 55 when you are asked. On a landline, stay on the line.
step-call-samaritans = Are you thinking of ending your life? Or of hurting yourself? Call Samaritans free on 116 123.
step-call-domestic-abuse-helpline-england = Is someone close to you hurting or scaring you? Call the National Domestic Abuse Helpline. It is free: 0808 2000 247.
step-call-domestic-abuse-helpline-wales = Is someone close to you hurting or scaring you? Call the Live Fear Free helpline. It is free: 0808 80 10 800.
step-come-back-when-safe = When you feel safe, you can get help here with money and your home as well.

# Housing Act 1996 s 188 / Housing (Wales) Act 2014 s 68 (interim accommodation). Out-of-hours number: Shelter England, 'How to ask the council for help'. StreetLink: England and Wales, website, app or phone, for people 18 or over (streetlink.org.uk FAQ); checked 2026-12-06.
step-contact-council-housing = Contact your local council's housing team today. Tell them you are homeless, or about to be. Ask for somewhere to stay tonight if you need it. Councils should have a phone number for nights and weekends. Look on the council's website. If you have to sleep outside, anyone can tell StreetLink (streetlink.org.uk). Then a local team can come and find you.
step-call-shelter-england = Call Shelter free on 0808 800 4444 for advice about your rights.
step-call-shelter-wales = Call Shelter Cymru free on 08000 495 495 for advice about your rights.

step-call-national-debtline-today = Call National Debtline free on 0808 808 4000 today. Tell them the date first, so they can help you act in time.

# Domestic abuse (the safe-now "abuse" option). Helpline numbers as in step-call-domestic-abuse-helpline.
step-abuse-not-your-fault = Abuse is never your fault. Abuse can be someone taking control of your money. Or making you take on debts.
step-abuse-carry-on = When you are ready, carry on with the questions. If someone comes in, use the "Exit this page" button at the top.

# Eviction by court bailiffs. Source: Shelter England, "How to suspend an eviction warrant" (form N244; a fee, or Help with Fees); CPR 83.26; checked 2026-12-06.
step-eviction-ask-court-to-stop = Ask the court to stop the eviction today. Fill in form N244 to ask the court to "suspend the warrant", and say what you can pay. There is a fee, but you can ask for help with it. Locking your door will not stop court bailiffs.
# Prevention duty: Housing Act 1996 s 195, Housing (Wales) Act 2014 s 66 (threatened with homelessness within 56 days); checked 2026-12-06.
step-contact-council-housing-eviction = Contact your council's housing team today. Say you have been told to leave your home. They must help you if you might be homeless in the next 8 weeks.
step-leave-home-get-advice-first = Do not leave before you get advice. If you leave too soon, the council may not have to find you a home.

# Court papers. Reply within 14 days: GOV.UK "Respond to a court claim for money"; checked 2026-12-06.
step-court-reply-or-attend = Do not ignore the court papers. Reply within 14 days of getting a claim form, or by the date on the papers. If you have a hearing, go to it. If you cannot go, call the court before the hearing.
# CPR 39.3(3) and (5) (set aside after not attending: acted promptly, good reason, reasonable prospect of success); CPR 13.3 (default judgment: promptness); checked 2026-12-06.
step-court-missed-hearing = If the hearing date has passed, ask the court today to "set aside" (cancel) any order it made. Do it as soon as you can: the court will ask if you acted quickly, and why you missed the hearing. Get advice today.

# Magistrates' court fines. Source: StepChange and Business Debtline fact sheets on magistrates' court fines (fines office, time to pay, deductions from benefits or wages); checked 2026-12-06.
step-fine-contact-court = Contact the magistrates' court fines office today. The number is on your papers. Ask for more time to pay, or to pay from your benefits or wages. Ask what you need to do about the warrant.

step-bailiffs-call-today = Call National Debtline free on 0808 808 4000 today. Tell them the date the bailiffs are coming.

# Mandatory reconsideration: one month from the decision, late requests up to 13 months. Source: Citizens Advice, "Challenging a benefit decision: asking for a mandatory reconsideration"; UC, PIP, JSA and ESA (Decisions and Appeals) Regulations 2013 regs 5 to 7; checked 2026-12-06.
step-ask-reconsideration-today = Ask for the decision to be looked at again. Do it today. This is called a mandatory reconsideration. For Universal Credit, write a note in your journal. For other benefits, call or write to the office that made the decision. Tell them why you think it is wrong.

step-bank-call-today = Call your bank today. Tell them the money was for rent, bills or food, and ask them to give it back. Ask them not to take any more.

step-energy-credit-today = Has your meter run out? Use its emergency credit. If that has run out too, call your supplier today. Ask them for more credit.
step-energy-tell-supplier = Tell your supplier if someone at home needs extra care. For example, they are ill, disabled or pregnant. Or they are under 5, or over State Pension age. Or they use medical equipment. Your supplier should give you extra help.

step-rent-talk-landlord-first = Talk to your landlord about the rent you owe. Offer what you can pay each week or month.
step-rent-check-help = Check that your Universal Credit or Housing Benefit pays the right amount for your rent. If it does not cover your rent, ask your council about extra help with rent.

step-food-bank-referral-england = Ask Citizens Advice about a food bank near you. Call free on 0800 144 8848. Many food banks need a referral, and they can often give you one.
step-food-bank-referral-wales = Ask Citizens Advice about a food bank near you. Call free on 0800 702 2020. Many food banks need a referral, and they can often give you one.
# England: the council's Crisis and Resilience Fund (DWP CRF guidance, 2026); Wales: the Discretionary Assistance Fund, applied for on the Welsh Government website (gov.wales). Checked 2026-12-06.
step-council-emergency-help = Ask your local council for help with food or energy today. In England, councils have a fund for this. It is called the Crisis and Resilience Fund. In Wales, there is also a fund you can ask. It is called the Discretionary Assistance Fund.

step-gather-letters = Find your letters about debts and benefits. Keep them together. Take them when you see an adviser.
step-share-summary = Share your summary with an adviser, so you do not have to tell your story again.
step-pay-priority-first = Try to keep paying your rent or mortgage, Council Tax, gas and electricity before other debts.

step-call-business-debtline = Call Business Debtline free on 0800 197 6026.
step-keep-trading-records = Keep your business records and letters together, so the adviser can see the whole picture.

step-do-not-leave-yet = Do not leave your home just because you have a letter. Only a court can make you leave.

step-contact-debt-charity = Contact StepChange free on 0800 138 1111, or National Debtline free on 0808 808 4000. You can also get help from them online.
# Illegal lending: Financial Services and Markets Act 2000 ss 19 and 23 (lending without FCA authorisation is a crime); checked 2026-12-06.
step-do-not-borrow-more = Try not to borrow more to pay off your debts, especially from payday lenders. Never borrow from a loan shark: a lender who is not authorised by the Financial Conduct Authority.

step-call-citizens-advice-benefits-england = Call Citizens Advice free on 0800 144 8848. They can help with claims, forms and appeals.
step-call-citizens-advice-benefits-wales = Call Citizens Advice free on 0800 702 2020. They can help with claims, forms and appeals.

step-call-citizens-advice-england = Call Citizens Advice free on 0800 144 8848. You can also visit a local office.
step-call-citizens-advice-wales = Call Citizens Advice free on 0800 702 2020. You can also visit a local office.
step-ask-for-support = Tell them what would make things easier, like an interpreter, a face-to-face meeting or help with forms.

step-make-a-budget = Make a budget, so you know how much you can pay each month.
step-contact-lenders = Contact the people you owe. Tell them you are finding it hard to pay, and offer an amount you can afford.
step-free-help-if-stuck = If things get harder, or the people you owe will not agree, StepChange and National Debtline can help for free.

step-use-benefits-calculator = Use the free Turn2us benefits calculator. It shows what you could get. Have details of your income, savings, rent and Council Tax with you.
step-check-benefits = When you can, use a free benefits calculator to check you get all the money you can.
