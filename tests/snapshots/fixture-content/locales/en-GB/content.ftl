## Questions
q-safe = Are you safe right now?
q-worry = What do you most need help with?
q-worry-debts = Debts
q-worry-money = Making money go further
q-worry-other = Something else
q-debts = Which of these are you behind with?
q-debts-rent = Rent
q-debts-card = Credit cards
q-debts-none = None of these
q-owed = About how much do you owe in total?
q-when = What is the date you need to act by?
q-kids = How many children live with you?
q-note = In a few words, what would help you most? Say "anything" if you are not sure.

## Outcomes
o-get-help = Get help to stay safe now
o-get-help-summary = Call 999 if you are in danger.
o-act-today = Act today
o-act-today-summary = Contact a free adviser today, { $when }.
-service = Signpost
o-self-help = You can do this yourself with { -service }
o-self-help-summary = These guides can help.

## Flags
flag-not-safe = Not safe
flag-priority-debt = Priority debt
flag-deadline-soon = A date to act by soon
flag-children-at-home = Children at home
