# Flag labels (content/flags.json). Advisers and the results page see these.

flag-not-safe = Not safe right now
flag-no-money-for-food = No money for food today
flag-no-settled-home = No settled home
flag-legal-action = Court, bailiff or eviction letter
flag-deadline-soon = A date to act by within 5 working days
flag-children-at-home = Children live at home
flag-priority-debt = Priority debts
flag-non-priority-debt = Non-priority debts
flag-large-debts = Debts of £5,000 or more
flag-benefit-problem = A problem with benefits, or waiting for a claim
flag-missing-out-on-benefits = May be missing out on benefits
flag-no-spare-money = No money left after paying for the things they need
flag-budgeting = Wants help making money last
flag-several-needs = Several problems that affect each other
