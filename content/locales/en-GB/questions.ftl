# Questions and their options (content/tree/*.json).
# Plain English, reading age about 9. One question per page. Hints only where they help.

## safe-now
q-safe-now = Are you safe right now?
q-safe-now-hint = We will show you who can help straight away. If someone close to you is hurting you, you can then carry on here for help with money and your home.
q-safe-now-yes = Yes, I am safe
q-safe-now-no = No. I am in danger now, or I might harm myself
q-safe-now-abuse = No. Someone close to me is hurting me, scaring me or controlling me
q-safe-now-abuse-hint = It could be a partner, an ex, or someone in your family. It can be someone who controls your money.
q-safe-now-dont-know = I'm not sure

## food-today
q-food-today = Do you have money for food and heating for the next few days?
q-food-today-hint = Think about today and the next few days, for everyone who lives with you.

## energy-today
q-energy-today = Is your gas or electricity off now, or has your meter run out?
q-energy-today-hint = Choose "Yes" if you have no heating, lights or cooking today because of money.

## home
q-home = Which of these best describes your home?
q-home-own-outright = I own my home and have paid for it
q-home-mortgage = I own my home and pay a mortgage
q-home-private-rent = I rent from a private landlord
q-home-social-rent = I rent from the council or a housing association
q-home-social-rent-hint = This is sometimes called social housing.
q-home-family-friends = I live with family or friends
q-home-no-settled-home = I do not have a settled home
q-home-no-settled-home-hint = For example, you are staying on someone's sofa, in a hostel or on the street.
q-home-other = Somewhere else

## somewhere-tonight
q-somewhere-tonight = Do you have somewhere safe to sleep tonight?

## main-worry
q-main-worry = What worries you most right now?
q-main-worry-hint = Choose one. We will ask about the rest too.
q-main-worry-debts = Money I owe
q-main-worry-benefits = Benefits, or not having enough money coming in
q-main-worry-bills = Paying for gas, electricity or water
q-main-worry-home = Keeping my home
q-main-worry-budget = Making my money last
q-main-worry-something-else = Something else

## adults
q-adults = How many other adults live with you?
q-adults-hint = Do not count yourself. Count people aged 18 or over. Enter 0 if you live on your own or only with children.

## children
q-children = How many children live with you?
q-children-hint = Count children under 16. Also count young people under 20 who are still at school or college. Enter 0 if there are none.

## children-ages
q-children-ages = How old are the children?
q-children-ages-hint = Choose all the ages that apply.
q-children-ages-under-1 = Under 1
q-children-ages-1-to-4 = 1 to 4
q-children-ages-5-to-10 = 5 to 10
q-children-ages-11-to-15 = 11 to 15
q-children-ages-16-to-19 = 16 to 19
q-children-ages-16-to-19-hint = Still at school or college.

## pregnant
q-pregnant = Is anyone in your home pregnant?

## health
q-health = Does anyone in your home have any of these?
q-health-hint = This includes you. Choose all that apply.
q-health-disability = A disability
q-health-long-term-illness = An illness that lasts a long time
q-health-mental-health = A mental health problem, like depression or anxiety
q-health-medical-equipment = Medical equipment that uses electricity
q-health-medical-equipment-hint = For example, a home oxygen machine, a stair lift or a fridge for medicine.
q-health-none = None of these

## carer
q-carer = Do you look after someone who is ill, disabled or older?
q-carer-hint = This is not paid work. It could be a family member, a partner or a friend.

## pension-age
q-pension-age = Have you or your partner reached State Pension age?
q-pension-age-yes = Yes. I have, and so has my partner if I live with one
q-pension-age-partner-only = One of us has, but the other has not
q-pension-age-partner-only-hint = For example, you are 67 and your partner is 60.
q-pension-age-no = No
q-pension-age-dont-know = I'm not sure
# State Pension age rises from 66 to 67 between 6 April 2026 and 2028: 66 for people born before 6 April 1960, between 66 and 67 for those born from then to 5 March 1961, 67 after (Pensions Act 2014; DWP, as set out by Royal London's guide); checked 2026-12-06.
q-pension-age-hint = If you were born before 6 April 1960, it is 66. If you were born after that, it is between 66 and 67. You can check yours on GOV.UK.

## work
q-work = Which of these is most like you?
q-work-hint = If you have a partner, choose what is true for you.
q-work-employed = I work, and my hours stay the same
q-work-hours-vary = I work, but my hours change or are low
q-work-self-employed = I work for myself
q-work-looking = I am looking for work
q-work-too-ill = I cannot work because I am ill or disabled
q-work-caring = I cannot work because I care for someone
q-work-retired = I have retired
q-work-student = I am a student
q-work-other = Something else

## business-debts
q-business-debts = Do you owe money because of your work?
q-business-debts-hint = For example, to suppliers, for business rates, or tax on what you earn.

## income-change
q-income-change = In the last year, has any of this happened to you?
q-income-change-hint = Choose all that apply.
q-income-change-job-loss = I lost my job, or my hours were cut
q-income-change-illness = I got ill or hurt
q-income-change-bereavement = Someone close to me died
q-income-change-separation = I split up with my partner
q-income-change-new-baby = I had a baby
q-income-change-benefit-stopped = A benefit stopped or went down
q-income-change-none = None of these

## benefits-now
q-benefits-now = Which of these do you get now?
q-benefits-now-hint = Choose all that you or your partner get.
q-benefits-now-universal-credit = Universal Credit
q-benefits-now-pension-credit = Pension Credit
q-benefits-now-council-tax-reduction = Council Tax Reduction
q-benefits-now-council-tax-reduction-hint = Help from your council to pay your Council Tax.
q-benefits-now-pip = Personal Independence Payment (PIP)
q-benefits-now-pip-hint = Or Disability Living Allowance.
q-benefits-now-attendance-allowance = Attendance Allowance
q-benefits-now-carers-allowance = Carer's Allowance
q-benefits-now-child-benefit = Child Benefit
q-benefits-now-esa-jsa = Employment and Support Allowance (ESA) or Jobseeker's Allowance (JSA)
q-benefits-now-housing-benefit = Housing Benefit
q-benefits-now-state-pension = State Pension
q-benefits-now-none = None of these
q-benefits-now-not-sure = I'm not sure

## benefit-problems
q-benefit-problems = Is any of this happening with your benefits?
q-benefit-problems-hint = Choose all that apply.
q-benefit-problems-decision-wrong = A claim was turned down, stopped or cut, and I think it is wrong
q-benefit-problems-decision-wrong-hint = For example, you were not given PIP, or your Universal Credit went down.
q-benefit-problems-sanction = I have been sanctioned
q-benefit-problems-deductions = Money is being taken off my benefits
q-benefit-problems-deductions-hint = For example, to pay back an advance, rent arrears or a fine.
q-benefit-problems-overpayment = I have been told I was paid too much
q-benefit-problems-waiting = I have made a claim and I am waiting for my first payment
q-benefit-problems-none = None of these

## decision-date
q-decision-date = What date is on the decision letter?
q-decision-date-hint = It is at the top of the letter. For Universal Credit, use the date of the message in your journal. If you cannot find it, use the earliest date it could be. For example, 27 10 2026.

## debt-types
q-debt-types = Are you behind with any of these?
q-debt-types-hint = Choose all that apply. It is fine if you are not sure of the amounts.
q-debt-types-rent = Rent
q-debt-types-mortgage = Mortgage, or a loan secured on your home
q-debt-types-ground-rent = Ground rent or service charges
q-debt-types-council-tax = Council Tax
q-debt-types-energy = Gas or electricity bills
q-debt-types-tv-licence = TV Licence
q-debt-types-court-fines = Fines from a magistrates' court
q-debt-types-tax = Income Tax, VAT or National Insurance
q-debt-types-child-maintenance = Child maintenance
q-debt-types-hire-purchase = Hire purchase on something you need
q-debt-types-hire-purchase-hint = For example, a car you need to get to work.
q-debt-types-cards = Credit cards or store cards
q-debt-types-catalogues = Catalogues
q-debt-types-loans = Personal loans
q-debt-types-overdraft = An overdraft
q-debt-types-payday-bnpl = Payday loans or buy now pay later
q-debt-types-family-friends = Money borrowed from family or friends
q-debt-types-water = Water bills
q-debt-types-none = None of these

## debt-total
q-debt-total = About how much do you owe in total?
q-debt-total-hint = Add up all your debts. A rough amount is fine. Do not count your mortgage, but do count any mortgage payments you have missed.

## urgent-problems
q-urgent-problems = Is any of this happening to you now?
q-urgent-problems-hint = Choose all that apply.
q-urgent-problems-bailiffs = Bailiffs have come, or a letter says they will
q-urgent-problems-bailiffs-hint = Bailiffs are also called enforcement agents. Tick this if you have a letter from them, even if it has no visit date.
q-urgent-problems-court-papers = I have papers from a court
q-urgent-problems-court-papers-hint = For example, a claim form, a summons, or a letter about a hearing.
q-urgent-problems-eviction = I have been told to leave my home, or I have an eviction date
q-urgent-problems-energy-off = My gas or electricity is off, or my meter has run out
q-urgent-problems-warrant = A court has sent a warrant
q-urgent-problems-warrant-hint = For example, to take back your home, or for your arrest over a fine.
q-urgent-problems-bank-money-taken = Money was taken from my bank account for a debt
q-urgent-problems-none = None of these

## bailiff-date
q-bailiff-date = When are the bailiffs coming?
q-bailiff-date-hint = Use the visit date on the letter. If the letter has no visit date, use the date on the letter. If they have already been, use the date they came. If you are not sure, give your best guess. For example, 27 11 2026.

## court-papers-kind
q-court-papers-kind = What are the court papers?
q-court-papers-kind-hint = If you have more than one, choose the one with the earliest date.
q-court-papers-kind-claim-form = A claim form: someone is asking the court to make me pay money
q-court-papers-kind-claim-form-hint = It comes with a "response pack" of forms to fill in.
q-court-papers-kind-hearing = A letter with the date of a court hearing
q-court-papers-kind-other = Something else, or I'm not sure

## claim-issue-date
q-claim-issue-date = What is the issue date on the claim form?
q-claim-issue-date-hint = It is printed on the form, next to "Issue date". If you cannot find it, use the day the form came. For example, 27 11 2026.

## hearing-date
q-hearing-date = What is the date of the hearing?
q-hearing-date-hint = If it has already passed, put the date it was. For example, 27 11 2026.

## court-date
q-court-date = What is the earliest date on the court papers?
# Claim form: reply 14 days after service (CPR 9.2, 10.3, 15.4; deemed service CPR 6.14), so the issue date is a safe date to use; checked 2026-12-06.
q-court-date-hint = If it is a claim form, use the date it was issued. You usually have 14 days after you get it to reply. For a hearing, use the hearing date. For example, 27 11 2026.

## warrant-kind
q-warrant-kind = What is the warrant for?
q-warrant-kind-eviction = To evict me from my home
q-warrant-kind-fine = For a fine from a magistrates' court that I have not paid
q-warrant-kind-other = Something else, or I'm not sure

## eviction-stage
q-eviction-stage = What have you got about leaving your home?
q-eviction-stage-hint = If you have more than one, choose the last one you got.
q-eviction-stage-notice = A notice or letter from my landlord
q-eviction-stage-notice-hint = If you rent and do not live with your landlord, a notice is not an eviction. You do not have to leave on the date on it.
q-eviction-stage-court-order = A court order that says I must leave
q-eviction-stage-bailiffs = A letter from the court bailiffs with an eviction date
q-eviction-stage-told-to-leave = Someone I live with has told me to leave
q-eviction-stage-told-to-leave-hint = For example, family, friends, or a landlord I share a home with.

## notice-date
q-notice-date = What date is on the notice?
q-notice-date-hint = Use the date it says you should leave by. For example, 27 11 2026.

## possession-order-date
q-possession-order-date = What date does the court order say you must leave by?
q-possession-order-date-hint = For example, 27 11 2026.

## eviction-date
q-eviction-date = What date are the bailiffs coming to evict you?
q-eviction-date-hint = It is on the letter from the bailiffs. For example, 27 11 2026.

## leave-date
q-leave-date = What date have you been told to leave by?
q-leave-date-hint = If they did not say a date, use today's date. For example, 27 11 2026.

## energy-meter
q-energy-meter = How do you pay for gas and electricity?
q-energy-meter-bills = I get a bill
q-energy-meter-bills-hint = This includes paying by Direct Debit.
q-energy-meter-prepayment = I top up a meter
q-energy-meter-prepayment-hint = This is called a prepayment meter. You may use a key, a card or an app.
q-energy-meter-in-rent = It is included in my rent
q-energy-meter-dont-know = I don't know

## priority-register
q-priority-register = Are you on your energy supplier's list of people who need extra help?
q-priority-register-hint = It is called the Priority Services Register, and it is free. For example, they warn you before a power cut.

## money-left
q-money-left = Is there any money left each month after you pay for the things you need?
q-money-left-hint = The things you need are your home, food, gas, electricity and getting to work.
q-money-left-some-left = Yes, there is some left
q-money-left-nothing-left = No, it all goes on the things I need
q-money-left-not-enough = No, there is not enough for the things I need
q-money-left-not-sure = I'm not sure

## talk-preference
q-talk-preference = How would you like to get help?
q-talk-preference-self = I would like to sort it out myself, with some tips
q-talk-preference-talk = I would rather talk to someone
q-talk-preference-either = Either is fine

## support-needs
q-support-needs = Would any of this make things easier for you?
q-support-needs-hint = Choose all that apply. We will tell the people who help you.
q-support-needs-reading = Help with reading or filling in forms
q-support-needs-language = Help in a language other than English
q-support-needs-online = Help because I find it hard to get online
q-support-needs-sight-hearing = Help because I find it hard to see or hear
q-support-needs-none = None of these

## help-most
q-help-most = In a few words, what would help you most?
q-help-most-hint = For example, "a plan to pay my rent" or "help with a benefits form". Please do not put names or account numbers.

## deadlines (the results page names each date)
deadline-reconsideration = Last day to ask for the decision to be looked at again
deadline-bailiffs = Bailiffs' visit
deadline-court = Date on your court papers
deadline-claim-reply = Reply to the court claim by this date to be safe (14 days after the issue date)
deadline-hearing = Court hearing
deadline-notice = Date on your notice (if you are a tenant, you do not have to leave on this date)
deadline-possession-order = Date in the court's order to leave
deadline-eviction = Date the bailiffs are due to evict you
deadline-leave = Date you have been told to leave by
