# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Guides added in issue 17 (content/guides/court.json).

## missed-court-hearing
guide-missed-court-hearing = إذا فاتتك جلسة في المحكمة
guide-missed-court-hearing-summary = ربما أصدرت المحكمة أمرًا في غيابك. يمكنك أن تطلب منها النظر في قضيتك مرة أخرى. تصرّف بسرعة.
# CPR 39.3 and 13.3; National Debtline's set-aside fact sheet (form N244). Checked 2026-12-06.
step-missed-hearing-n244 = لطلب ذلك، املأ النموذج N244 وأرسله إلى المحكمة التي أصدرت الأمر. اذكر سبب غيابك عن الجلسة، وما كنت ستقوله للمحكمة.
# GOV.UK "Get help paying court and tribunal fees" (benefits or a low income; online or the paper form). Checked 2026-12-06.
step-missed-hearing-fee = هناك رسوم لتقديم الطلب. إذا كنت تحصل على إعانات أو دخلك منخفض، اطلب المساعدة في دفع الرسوم (help with fees). يمكنك التقديم عبر الإنترنت أو على الورق.

## Yes and No, per question (review I22): Welsh answers with the question's own verb
# ("Ydych chi…?" Ydw / Nac ydw; "Oes…?" Oes / Nac oes; "Ydy…?" Ydy / Nac ydy).
q-priority-register-yes = نعم
q-priority-register-no = لا
q-pregnant-yes = نعم
q-pregnant-no = لا
q-carer-yes = نعم
q-carer-no = لا
q-energy-today-yes = نعم
q-energy-today-no = لا
q-business-debts-yes = نعم
q-business-debts-no = لا
