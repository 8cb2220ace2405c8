# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Guides added in issue 17 (content/guides/court.json).

## missed-court-hearing
guide-missed-court-hearing = Os gwnaethoch chi golli gwrandawiad llys
guide-missed-court-hearing-summary = Efallai bod y llys wedi gwneud gorchymyn hebddoch chi. Gallwch chi ofyn iddo edrych ar eich achos eto. Gweithredwch yn gyflym.
# CPR 39.3 and 13.3; National Debtline's set-aside fact sheet (form N244). Checked 2026-12-06.
step-missed-hearing-n244 = I ofyn, llenwch ffurflen N244 a'i hanfon at y llys a wnaeth y gorchymyn. Dywedwch pam wnaethoch chi golli'r gwrandawiad, a beth fyddech chi wedi'i ddweud wrth y llys.
# GOV.UK "Get help paying court and tribunal fees" (benefits or a low income; online or the paper form). Checked 2026-12-06.
step-missed-hearing-fee = Mae ffi i wneud cais. Os ydych chi'n cael budd-daliadau neu ar incwm isel, gofynnwch am help gyda'r ffi. Gallwch chi wneud cais ar-lein neu ar bapur.

## Yes and No, per question (review I22): Welsh answers with the question's own verb
# ("Ydych chi…?" Ydw / Nac ydw; "Oes…?" Oes / Nac oes; "Ydy…?" Ydy / Nac ydy).
q-priority-register-yes = Ydw
q-priority-register-no = Nac ydw
q-pregnant-yes = Oes
q-pregnant-no = Nac oes
q-carer-yes = Ydw
q-carer-no = Nac ydw
q-energy-today-yes = Ydy
q-energy-today-no = Nac ydy
q-business-debts-yes = Oes
q-business-debts-no = Nac oes
