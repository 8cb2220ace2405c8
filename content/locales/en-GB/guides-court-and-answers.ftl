# Guides added in issue 17 (content/guides/court.json).

## missed-court-hearing
guide-missed-court-hearing = If you missed a court hearing
guide-missed-court-hearing-summary = The court may have made an order without you. You can ask it to look at your case again. Act quickly.
# CPR 39.3 and 13.3; National Debtline's set-aside fact sheet (form N244). Checked 2026-12-06.
step-missed-hearing-n244 = To ask, fill in form N244 and send it to the court that made the order. Say why you missed the hearing, and what you would have told the court.
# GOV.UK "Get help paying court and tribunal fees" (benefits or a low income; online or the paper form). Checked 2026-12-06.
step-missed-hearing-fee = There is a fee to apply. If you get benefits or have a low income, ask for help with the fee. You can apply for this online or on paper.

## Yes and No, per question (review I22): Welsh answers with the question's own verb
# ("Ydych chi…?" Ydw / Nac ydw; "Oes…?" Oes / Nac oes; "Ydy…?" Ydy / Nac ydy).
q-priority-register-yes = Yes
q-priority-register-no = No
q-pregnant-yes = Yes
q-pregnant-no = No
q-carer-yes = Yes
q-carer-no = No
q-energy-today-yes = Yes
q-energy-today-no = No
q-business-debts-yes = Yes
q-business-debts-no = No
