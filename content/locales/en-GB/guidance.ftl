# Self-help guides (content/guidance.json).

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
guide-priority-debts = Deal with priority debts
guide-priority-debts-summary = Priority debts are the ones that can cause the most serious problems if you do not pay, like losing your home or your energy supply.
guide-priority-debts-step-list = List your priority debts. These are rent, mortgage, Council Tax, gas, electricity, TV Licence, court fines, child maintenance, tax, and hire purchase on things you need.
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
guide-benefits-check-step-decision = If a benefit stops or is cut, ask for the reason in writing. You usually have 1 month to ask for the decision to be looked at again.
guide-benefits-check-step-advance = If you are waiting for your first Universal Credit payment, you can ask for an advance.
