# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Guides added in issue 17 (content/guides/court.json).

## missed-court-hearing
guide-missed-court-hearing = Jeśli nie przyszliście na rozprawę w sądzie
guide-missed-court-hearing-summary = Sąd mógł wydać postanowienie bez was. Możecie poprosić, żeby jeszcze raz rozpatrzył waszą sprawę. Działajcie szybko.
# CPR 39.3 and 13.3; National Debtline's set-aside fact sheet (form N244). Checked 2026-12-06.
step-missed-hearing-n244 = W tym celu wypełnijcie formularz N244 i wyślijcie go do sądu, który wydał postanowienie. Napiszcie, dlaczego nie było was na rozprawie i co powiedzielibyście sądowi.
# GOV.UK "Get help paying court and tribunal fees" (benefits or a low income; online or the paper form). Checked 2026-12-06.
step-missed-hearing-fee = Za wniosek trzeba zapłacić opłatę. Jeśli dostajecie zasiłki albo macie niskie dochody, poproście o pomoc w opłacie (help with fees). Można o nią poprosić przez internet albo na papierze.

## Yes and No, per question (review I22): Welsh answers with the question's own verb
# ("Ydych chi…?" Ydw / Nac ydw; "Oes…?" Oes / Nac oes; "Ydy…?" Ydy / Nac ydy).
q-priority-register-yes = Tak
q-priority-register-no = Nie
q-pregnant-yes = Tak
q-pregnant-no = Nie
q-carer-yes = Tak
q-carer-no = Nie
q-energy-today-yes = Tak
q-energy-today-no = Nie
q-business-debts-yes = Tak
q-business-debts-no = Nie
