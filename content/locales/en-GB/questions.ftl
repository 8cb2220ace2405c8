# Questions and their options (content/tree/*.json).
# Plain English, reading age about 9. One question per page. Hints only where they help.

## safe-now
q-safe-now = Are you safe right now?
q-safe-now-hint = This means nobody is hurting or frightening you, and you are not thinking about harming yourself.

## food-today
q-food-today = Do you have enough money for food today?
q-food-today-hint = Include food for anyone who lives with you.

## home
q-home = Which of these best describes your home?
q-home-own = I own my home or pay a mortgage
q-home-private-rent = I rent from a private landlord
q-home-social-rent = I rent from the council or a housing association
q-home-family-friends = I live with family or friends
q-home-no-settled-home = I do not have a settled home
q-home-no-settled-home-hint = For example, you are staying on someone's sofa, in a hostel or on the street.
q-home-other = Somewhere else

## main-worry
q-main-worry = What do you most need help with?
q-main-worry-hint = Choose the one that matters most to you today.
q-main-worry-debts = Paying back money I owe
q-main-worry-benefits = Benefits, or getting more money coming in
q-main-worry-budget = Making my money last until my next payment

## debt-types
q-debt-types = Which of these are you behind with?
q-debt-types-hint = Include any bill or payment you have missed. It is fine if you are not sure of the amounts.
q-debt-types-rent = Rent
q-debt-types-mortgage = Mortgage, or a loan secured on your home
q-debt-types-council-tax = Council Tax
q-debt-types-energy = Gas or electricity
q-debt-types-tv-licence = TV Licence
q-debt-types-court-fines = Fines from a magistrates' court
q-debt-types-child-maintenance = Child maintenance
q-debt-types-tax = Income Tax, VAT or National Insurance
q-debt-types-hire-purchase = Hire purchase on something you need
q-debt-types-hire-purchase-hint = For example, a car you need to get to work.
q-debt-types-cards = Credit cards or store cards
q-debt-types-catalogues = Catalogues
q-debt-types-loans = Personal loans or overdrafts
q-debt-types-payday-bnpl = Payday loans or buy now pay later
q-debt-types-family-friends = Money borrowed from family or friends
q-debt-types-water = Water bills
q-debt-types-none = None of these

## debt-total
q-debt-total = About how much do you owe in total?
q-debt-total-hint = Add up all your debts. A rough amount is fine. Do not include your mortgage, but do include any mortgage payments you have missed.

## court-action
q-court-action = Have you had a letter about court, bailiffs or losing your home?
q-court-action-hint = For example, a court claim form, a letter saying bailiffs will visit, or a notice from your landlord or mortgage lender.

## action-date
q-action-date = What is the date you need to act by?
q-action-date-hint = This could be the day of a court hearing, a bailiff visit or an eviction, or the last day to reply. If there is more than one date, enter the soonest.

## benefits
q-benefits = Do you get any benefits?
q-benefits-hint = For example, Universal Credit, Pension Credit, Child Benefit or Personal Independence Payment (PIP).
q-benefits-paid = Yes, and they are paid on time
q-benefits-problem = Yes, but they have stopped, been cut or are late
q-benefits-waiting = I have applied and I am waiting
q-benefits-no = No
q-benefits-not-sure = I'm not sure

## money-left
q-money-left = Is there any money left each month after you pay for the things you need?
q-money-left-hint = The things you need are your home, food, gas, electricity and getting to work.
q-money-left-some-left = Yes, there is some left
q-money-left-nothing-left = No, it all goes on the things I need
q-money-left-not-enough = No, there is not enough for the things I need
q-money-left-not-sure = I'm not sure

## children
q-children = How many children live with you?
q-children-hint = Count children under 16, and young people under 20 who are still at school or college. Enter 0 if there are none.

## help-most
q-help-most = In a few words, what would help you most?
q-help-most-hint = For example, "a plan to pay my rent" or "help with a benefits form". Please do not include names or account numbers.
