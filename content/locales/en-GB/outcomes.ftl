# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Get help to stay safe now
o-get-help-now-summary = Your safety comes first. These services are free, and you can call them at any time, day or night.

o-somewhere-to-stay = Act today: get help with somewhere to stay
o-somewhere-to-stay-summary = Your local council has to help you if you are homeless, or might be homeless in the next 8 weeks.

o-act-today-deadline = Act today: this cannot wait
o-act-today-deadline-summary = Something you told us cannot wait. There is still time to act, and free help is there for you today.

o-act-today-food = Act today: get help with food and heating
o-act-today-food-summary = You told us you cannot pay for food or heating today. Lots of people need this help, and it is fine to ask for it.

o-see-an-adviser = An adviser can help you with all of this
o-see-an-adviser-summary = You have more than one problem, and they affect each other. A free adviser can look at everything together and help you make a plan.

o-business-debt-advice = Get free help with business debts
o-business-debt-advice-summary = Debts from working for yourself need advice from people who know about business. Business Debtline is free and can help.

o-housing-advice = Get free help to keep your home
o-housing-advice-summary = You may be able to stay in your home. Free housing advice can help you talk to your landlord and know your rights.

o-debt-advice = Get free debt advice
o-debt-advice-summary = A free debt advice service can help you sort out your debts. They will not judge you. They help people like you every day.

o-benefits-help = Get help with your benefits
o-benefits-help-summary = You may be able to get a problem with your benefits put right. Free services can help you.

o-talk-it-through = Talk it through with a free adviser
o-talk-it-through-summary = You told us you would like to talk to someone, or that some extra help would make things easier. Free advisers can help in the way that suits you.

o-self-help-debts = You can sort out these debts yourself
o-self-help-debts-summary = The debts you told us about are not the most urgent kind. With a budget and a few calls or letters, you can usually agree payments you can afford.

o-self-help-benefits = You may be able to get more money
o-self-help-benefits-summary = From what you told us, you may be missing out on benefits or help with bills. It takes about 20 minutes to check.

o-self-help-budget = Make your money go further
o-self-help-budget-summary = These steps can help you take control of your money and make it last.

## Next steps

step-call-999 = If you are in danger now, call 999. If you call from a mobile and cannot speak, press 55 when you are asked.
step-call-samaritans = If you are thinking about ending your life or harming yourself, call Samaritans free on 116 123.
step-call-domestic-abuse-helpline-england = If someone close to you is hurting or scaring you, call the National Domestic Abuse Helpline free on 0808 2000 247.
step-call-domestic-abuse-helpline-wales = If someone close to you is hurting or scaring you, call the Live Fear Free helpline free on 0808 80 10 800.
step-come-back-when-safe = When you feel safe, you can come back here for help with money worries.

step-contact-council-housing = Contact your local council's housing team today. Tell them you are homeless, or about to be. Ask for somewhere to stay tonight if you need it.
step-call-shelter-england = Call Shelter free on 0808 800 4444 for advice about your rights.
step-call-shelter-wales = Call Shelter Cymru free on 08000 495 495 for advice about your rights.

step-keep-the-letter = Keep any letters safe. Do not ignore them, even if they are scary. Get free advice today: the steps below say who to call.
step-call-national-debtline-today = Call National Debtline free on 0808 808 4000 today. Tell them the date first, so they can help you act in time.

step-food-bank-referral-england = Ask Citizens Advice about a food bank near you. Call 0800 144 8848. Many food banks need a referral, and they can often give you one.
step-food-bank-referral-wales = Ask Citizens Advice about a food bank near you. Call 0800 702 2020. Many food banks need a referral, and they can often give you one.
step-council-emergency-help = Ask your local council for emergency help with food or energy. Many councils have money set aside for this.

step-gather-letters = Find your letters about debts and benefits, and keep them together for when you speak to an adviser.
step-share-summary = Share your summary with an adviser, so you do not have to tell your story again.
step-pay-priority-first = Try to keep paying your rent or mortgage, Council Tax, gas and electricity before other debts.

step-call-business-debtline = Call Business Debtline free on 0800 197 6026.
step-keep-trading-records = Keep your business records and letters together, so the adviser can see the whole picture.

step-do-not-leave-yet = Do not leave your home just because you have a letter. Only a court can make you leave.

step-contact-debt-charity = Contact StepChange free on 0800 138 1111, or National Debtline free on 0808 808 4000. You can also get help from them online.
step-do-not-borrow-more = Try not to borrow more to pay off your debts, especially from payday lenders.

step-call-citizens-advice-benefits-england = Call Citizens Advice on 0800 144 8848 for help with claims, forms and appeals.
step-call-citizens-advice-benefits-wales = Call Citizens Advice on 0800 702 2020 for help with claims, forms and appeals.

step-call-citizens-advice-england = Call Citizens Advice on 0800 144 8848. You can also visit a local office.
step-call-citizens-advice-wales = Call Citizens Advice on 0800 702 2020. You can also visit a local office.
step-ask-for-support = Tell them what would make things easier, like an interpreter, a face-to-face meeting or help with forms.

step-make-a-budget = Make a budget, so you know how much you can pay each month.
step-contact-lenders = Contact the people you owe. Tell them you are finding it hard to pay, and offer an amount you can afford.
step-free-help-if-stuck = If things get harder, or the people you owe will not agree, StepChange and National Debtline can help for free.

step-use-benefits-calculator = Use the free Turn2us benefits calculator to see what you could get. Have details of your income, savings, rent and Council Tax with you.
step-check-benefits = When you can, use a free benefits calculator to check you get all the money you can.
