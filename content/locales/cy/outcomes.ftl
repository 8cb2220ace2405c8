# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Cael help i gadw'n ddiogel nawr
o-get-help-now-summary = Eich diogelwch chi sy'n dod gyntaf. Mae'r gwasanaethau hyn am ddim, a gallwch chi eu ffonio unrhyw bryd, ddydd neu nos.

o-somewhere-to-stay = Gweithredwch heddiw: cael help i ddod o hyd i rywle i aros
o-somewhere-to-stay-summary = Mae'n rhaid i'ch cyngor lleol roi cyngor a help i chi os ydych chi'n ddigartref, neu os gallech chi fod yn ddigartref yn ystod yr 8 wythnos nesaf.

o-act-today-deadline = Gweithredwch heddiw: mae gennych chi ddyddiad yn fuan
o-act-today-deadline-summary = Fe ddywedoch chi wrthym am ddyddiad yn ystod y 5 diwrnod gwaith nesaf. Mae amser o hyd i weithredu, ac mae help am ddim ar gael i chi heddiw.

o-act-today-food = Gweithredwch heddiw: cael help gyda bwyd
o-act-today-food-summary = Fe ddywedoch chi wrthym nad oes gennych chi ddigon o arian ar gyfer bwyd heddiw. Mae angen yr help hwn ar lawer o bobl, a does dim cywilydd mewn gofyn amdano.

o-see-an-adviser = Gall cynghorydd eich helpu gyda hyn i gyd
o-see-an-adviser-summary = Mae gennych chi fwy nag un broblem, ac maen nhw'n effeithio ar ei gilydd. Gall cynghorydd am ddim edrych ar bopeth gyda'i gilydd a'ch helpu i wneud cynllun.

o-debt-advice = Cael cyngor am ddim ar ddyledion
o-debt-advice-summary = Gall gwasanaeth cyngor ar ddyledion am ddim eich helpu i ddelio â'ch dyledion. Fyddan nhw ddim yn eich barnu chi. Maen nhw'n helpu pobl yn yr un sefyllfa â chi bob dydd.

o-benefits-help = Gwirio eich budd-daliadau
o-benefits-help-summary = Efallai y gallwch chi gael mwy o arian, neu gael rhywun i gywiro problem gyda'ch budd-daliadau. Gall gwasanaethau am ddim eich helpu.

o-self-help-debts = Gallwch chi ddelio â'r dyledion hyn eich hun
o-self-help-debts-summary = Nid y dyledion y dywedoch chi wrthym amdanyn nhw yw'r rhai mwyaf brys. Gyda chyllideb ac ychydig o alwadau ffôn neu lythyrau, fel arfer gallwch chi gytuno ar daliadau y gallwch chi eu fforddio.

o-self-help-budget = Gwneud i'ch arian fynd ymhellach
o-self-help-budget-summary = Gall y camau hyn eich helpu i reoli eich arian a gwneud iddo bara.

## Next steps

step-call-999 = Os ydych chi mewn perygl nawr, ffoniwch 999. Os ydych chi'n ffonio o ffôn symudol ac yn methu siarad, pwyswch 55 pan ofynnir i chi.
step-call-samaritans = Os ydych chi'n meddwl am roi diwedd ar eich bywyd neu am niweidio eich hun, ffoniwch y Samariaid am ddim ar 116 123.
step-call-domestic-abuse-helpline = Os oes rhywun agos atoch chi yn eich brifo neu'n codi ofn arnoch chi, ffoniwch y National Domestic Abuse Helpline (Llinell Gymorth Genedlaethol Cam-drin Domestig) am ddim ar 0808 2000 247.
step-come-back-when-safe = Pan fyddwch chi'n teimlo'n ddiogel, gallwch chi ddod yn ôl yma i gael help gyda phryderon am arian.

step-contact-council-housing = Cysylltwch â thîm tai eich cyngor lleol heddiw. Dywedwch wrthyn nhw eich bod yn ddigartref, neu ar fin bod yn ddigartref, a gofynnwch am rywle i aros heno os oes angen.
step-call-shelter = Ffoniwch Shelter am ddim ar 0808 800 4444 i gael cyngor am eich hawliau.

step-keep-the-letter = Cadwch y llythyr yn ddiogel. Peidiwch â'i anwybyddu, hyd yn oed os yw'n codi ofn arnoch chi.
step-call-national-debtline-today = Ffoniwch National Debtline am ddim ar 0808 808 4000 heddiw. Dywedwch wrthyn nhw am y dyddiad ar eich llythyr yn gyntaf, er mwyn iddyn nhw allu eich helpu i weithredu mewn pryd.
step-eviction-call-shelter = Os yw'r llythyr yn ymwneud â cholli eich cartref, gallwch chi hefyd ffonio Shelter am ddim ar 0808 800 4444.
step-go-to-the-hearing = Os oes gennych chi wrandawiad llys, ewch iddo, hyd yn oed os na allwch chi dalu. Mae gan lawer o lysoedd gyngor am ddim ar y diwrnod i bobl a allai golli eu cartref.

step-food-bank-referral = Ffoniwch Citizens Advice am ddim ar 0800 144 8848 a gofynnwch am fanc bwyd yn agos atoch chi. Mae angen atgyfeiriad ar lawer o fanciau bwyd, ac yn aml gall Citizens Advice roi un i chi.
step-council-emergency-help = Gofynnwch i'ch cyngor lleol a allan nhw roi help brys i chi gyda bwyd neu ynni. Mae gan lawer o gynghorau arian wedi'i neilltuo ar gyfer hyn.
step-universal-credit-advance = Os ydych chi'n aros am eich taliad Credyd Cynhwysol cyntaf, gallwch chi ofyn am daliad ymlaen llaw. Rydych chi'n ei dalu'n ôl fesul tipyn o'ch taliadau nesaf.
step-check-benefits = Pan fyddwch chi'n gallu, defnyddiwch gyfrifiannell budd-daliadau am ddim i wirio eich bod yn cael yr holl arian y gallwch chi ei gael.

step-call-citizens-advice = Ffoniwch Citizens Advice am ddim ar 0800 144 8848. Gall cynghorydd eich helpu gyda'ch budd-daliadau a'ch dyledion gyda'i gilydd.
step-gather-letters = Dewch o hyd i'ch llythyrau am ddyledion a budd-daliadau, a chadwch nhw gyda'i gilydd yn barod i siarad â chynghorydd.
step-pay-priority-first = Ceisiwch ddal ati i dalu eich rhent neu eich morgais, eich Treth Gyngor, eich nwy a'ch trydan cyn dyledion eraill.
step-reply-to-court-letters = Os cewch chi lythyr gan lys, peidiwch â'i anwybyddu. Atebwch erbyn y dyddiad ar y llythyr.

step-contact-debt-charity = Cysylltwch â StepChange am ddim ar 0800 138 1111 neu â National Debtline am ddim ar 0808 808 4000. Gallwch chi hefyd gael help ganddyn nhw ar-lein.
step-ask-about-breathing-space = Gofynnwch i'r cynghorydd am y cynllun Lle i Anadlu (Breathing Space). Am 60 diwrnod, gall atal y rhan fwyaf o log, ffioedd a chamau gan y bobl y mae arnoch chi arian iddyn nhw.
step-do-not-borrow-more = Ceisiwch beidio â benthyg mwy i dalu eich dyledion, yn enwedig gan fenthycwyr diwrnod cyflog.

step-use-benefits-calculator = Defnyddiwch gyfrifiannell budd-daliadau Turn2us am ddim i weld beth y gallech chi ei gael. Cadwch y manylion hyn wrth law: eich incwm, eich cynilion, eich rhent a'ch Treth Gyngor.
step-ask-for-reconsideration = Os yw budd-dal wedi dod i ben neu wedi cael ei dorri, gofynnwch am y rheswm yn ysgrifenedig. Fel arfer, mae gennych chi 1 mis o'r dyddiad ar y llythyr penderfyniad i ofyn i rywun edrych ar y penderfyniad eto.
step-call-citizens-advice-benefits = Ffoniwch Citizens Advice am ddim ar 0800 144 8848 i gael help gyda hawliadau, ffurflenni ac apeliadau.

step-make-a-budget = Gwnewch gyllideb, er mwyn i chi wybod faint y gallwch chi ei dalu bob mis.
step-contact-lenders = Cysylltwch â'r bobl y mae arnoch chi arian iddyn nhw. Dywedwch wrthyn nhw eich bod yn ei chael hi'n anodd talu, a chynigiwch swm y gallwch chi ei fforddio.
step-ask-to-freeze-interest = Gofynnwch iddyn nhw roi'r gorau i ychwanegu llog a ffioedd tra byddwch chi'n talu.
step-free-help-if-stuck = Os bydd pethau'n mynd yn anoddach, neu os na fydd y bobl y mae arnoch chi arian iddyn nhw yn cytuno, gall StepChange a National Debtline helpu am ddim.
step-cut-costs = Edrychwch ar eich biliau rheolaidd. Efallai y gallwch chi newid i fargen rhatach, neu gael tariff cymdeithasol rhatach ar gyfer band eang neu eich ffôn.
