q-worry = What are you most worried about?
q-worry-debt = Debt
o-done = Done
o-done-summary = Done.
flag-debt = Debt
