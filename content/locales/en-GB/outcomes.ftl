# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Get help to stay safe now
o-get-help-now-summary = Your safety comes first. These services are free, and you can call them at any time, day or night.

o-somewhere-to-stay = Act today: get help with somewhere to stay
o-somewhere-to-stay-summary = Your local council has to give you advice and help if you are homeless, or might be homeless in the next 8 weeks.

o-act-today-deadline = Act today: you have a date coming up soon
o-act-today-deadline-summary = You told us about a date in the next 5 working days. There is still time to act, and free help is there for you today.

o-act-today-food = Act today: get help with food
o-act-today-food-summary = You told us you do not have enough money for food today. Lots of people need this help, and there is no shame in asking for it.

o-see-an-adviser = An adviser can help you with all of this
o-see-an-adviser-summary = You have more than one problem, and they affect each other. A free adviser can look at everything together and help you make a plan.

o-debt-advice = Get free debt advice
o-debt-advice-summary = A free debt advice service can help you sort out your debts. They will not judge you. They help people in your situation every day.

o-benefits-help = Check your benefits
o-benefits-help-summary = You may be able to get more money, or get a problem with your benefits put right. Free services can help you.

o-self-help-debts = You can sort out these debts yourself
o-self-help-debts-summary = The debts you told us about are not the most urgent kind. With a budget and a few phone calls or letters, you can usually agree payments you can afford.

o-self-help-budget = Make your money go further
o-self-help-budget-summary = These steps can help you take control of your money and make it last.

## Next steps

step-call-999 = If you are in danger now, call 999. If you call from a mobile and cannot speak, press 55 when you are asked.
step-call-samaritans = If you are thinking about ending your life or harming yourself, call Samaritans free on 116 123.
step-call-domestic-abuse-helpline = If someone close to you is hurting or frightening you, call the National Domestic Abuse Helpline free on 0808 2000 247.
step-come-back-when-safe = When you feel safe, you can come back here for help with money worries.

step-contact-council-housing = Contact your local council's housing team today. Tell them you are homeless, or about to be, and ask for somewhere to stay tonight if you need it.
step-call-shelter = Call Shelter free on 0808 800 4444 for advice about your rights.

step-keep-the-letter = Keep the letter safe. Do not ignore it, even if it is frightening.
step-call-national-debtline-today = Call National Debtline free on 0808 808 4000 today. Tell them the date on your letter first, so they can help you act in time.
step-eviction-call-shelter = If the letter is about losing your home, you can also call Shelter free on 0808 800 4444.
step-go-to-the-hearing = If you have a court hearing, go to it, even if you cannot pay. Many courts have free advice on the day for people who might lose their home.

step-food-bank-referral = Call Citizens Advice free on 0800 144 8848 and ask about a food bank near you. Many food banks need a referral, and Citizens Advice can often give you one.
step-council-emergency-help = Ask your local council if they can give you emergency help with food or energy. Many councils have money set aside for this.
step-universal-credit-advance = If you are waiting for your first Universal Credit payment, you can ask for an advance. You pay it back a little at a time from later payments.
step-check-benefits = When you can, use a free benefits calculator to check you get all the money you can.

step-call-citizens-advice = Call Citizens Advice free on 0800 144 8848. An adviser can help with your benefits and your debts together.
step-gather-letters = Find your letters about debts and benefits, and keep them together for when you speak to an adviser.
step-pay-priority-first = Try to keep paying your rent or mortgage, Council Tax, gas and electricity before other debts.
step-reply-to-court-letters = If you get a letter from a court, do not ignore it. Reply by the date on the letter.

step-contact-debt-charity = Contact StepChange free on 0800 138 1111 or National Debtline free on 0808 808 4000. You can also get help from them online.
step-ask-about-breathing-space = Ask the adviser about Breathing Space. It can pause most interest, charges and action from the people you owe for 60 days.
step-do-not-borrow-more = Try not to borrow more to pay off your debts, especially from payday lenders.

step-use-benefits-calculator = Use the free Turn2us benefits calculator to see what you could get. Have details of your income, savings, rent and Council Tax with you.
step-ask-for-reconsideration = If a benefit has stopped or been cut, ask for the reason in writing. You usually have 1 month from the date on the decision letter to ask for it to be looked at again.
step-call-citizens-advice-benefits = Call Citizens Advice free on 0800 144 8848 for help with claims, forms and appeals.

step-make-a-budget = Make a budget, so you know how much you can pay each month.
step-contact-lenders = Contact the people you owe. Tell them you are finding it hard to pay, and offer an amount you can afford.
step-ask-to-freeze-interest = Ask them to stop adding interest and charges while you pay.
step-free-help-if-stuck = If things get harder, or the people you owe will not agree, StepChange and National Debtline can help for free.
step-cut-costs = Look at your regular bills. You may be able to switch to a cheaper deal, or get a cheaper social tariff for broadband or your phone.
