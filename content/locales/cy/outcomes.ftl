# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Cael help i gadw'n ddiogel nawr
o-get-help-now-summary = Eich diogelwch chi sy'n dod gyntaf. Mae'r gwasanaethau hyn am ddim, a gallwch chi eu ffonio unrhyw bryd, ddydd neu nos.

o-somewhere-to-stay = Gweithredwch heddiw: cael help i ddod o hyd i rywle i aros
o-somewhere-to-stay-summary = Mae'n rhaid i'ch cyngor lleol eich helpu os ydych chi'n ddigartref, neu os gallech chi fod yn ddigartref yn ystod yr 8 wythnos nesaf.

o-act-today-deadline = Gweithredwch heddiw: all hyn ddim aros
o-act-today-deadline-summary = Fe ddywedoch chi wrthym am rywbeth na all aros. Mae amser o hyd i weithredu, ac mae help am ddim ar gael i chi heddiw.

o-act-today-food = Gweithredwch heddiw: cael help gyda bwyd a gwresogi
o-act-today-food-summary = Fe ddywedoch chi wrthym na allwch chi dalu am fwyd na gwresogi heddiw. Mae angen yr help hwn ar lawer o bobl, ac mae'n iawn gofyn amdano.

o-see-an-adviser = Gall cynghorydd eich helpu gyda hyn i gyd
o-see-an-adviser-summary = Mae gennych chi fwy nag un broblem, ac maen nhw'n effeithio ar ei gilydd. Gall cynghorydd am ddim edrych ar bopeth gyda'i gilydd a'ch helpu i wneud cynllun.

o-business-debt-advice = Cael help am ddim gyda dyledion busnes
o-business-debt-advice-summary = Os ydych chi'n gweithio i chi eich hun, mae angen cyngor ar eich dyledion gan bobl sy'n gwybod am fusnes. Mae Business Debtline am ddim, a gallan nhw helpu.

o-housing-advice = Cael help am ddim i gadw eich cartref
o-housing-advice-summary = Efallai y gallwch chi aros yn eich cartref. Gall cyngor tai am ddim eich helpu i siarad â'ch landlord a gwybod beth yw eich hawliau.

o-debt-advice = Cael cyngor am ddim ar ddyledion
o-debt-advice-summary = Gall gwasanaeth cyngor ar ddyledion am ddim eich helpu i ddelio â'ch dyledion. Fyddan nhw ddim yn eich barnu chi. Maen nhw'n helpu pobl fel chi bob dydd.

o-benefits-help = Cael help gyda'ch budd-daliadau
o-benefits-help-summary = Efallai y bydd modd cywiro'r broblem gyda'ch budd-daliadau. Gall gwasanaethau am ddim eich helpu.

o-talk-it-through = Siarad am y peth gyda chynghorydd am ddim
o-talk-it-through-summary = Fe ddywedoch chi wrthym yr hoffech chi siarad â rhywun, neu y byddai ychydig o help ychwanegol yn gwneud pethau'n haws. Gall cynghorwyr am ddim eich helpu mewn ffordd sy'n addas i chi.

o-self-help-debts = Gallwch chi ddelio â'r dyledion hyn eich hun
o-self-help-debts-summary = Nid y dyledion y dywedoch chi wrthym amdanyn nhw yw'r rhai mwyaf brys. Gyda chyllideb ac ychydig o alwadau neu lythyrau, fel arfer gallwch chi gytuno ar daliadau y gallwch chi eu fforddio.

o-self-help-benefits = Efallai y gallwch chi gael mwy o arian
o-self-help-benefits-summary = O'r hyn y dywedoch chi wrthym, efallai eich bod chi'n colli allan ar fudd-daliadau neu ar help gyda biliau. Mae'n cymryd tua 20 munud i wirio.

o-self-help-budget = Gwneud i'ch arian fynd ymhellach
o-self-help-budget-summary = Gall y camau hyn eich helpu i reoli eich arian a gwneud iddo bara.

## Next steps

step-call-999 = Os ydych chi mewn perygl nawr, ffoniwch 999. Os ydych chi'n ffonio o ffôn symudol ac yn methu siarad, pwyswch 55 pan ofynnir i chi.
step-call-samaritans = Os ydych chi'n meddwl am roi diwedd ar eich bywyd neu am niweidio eich hun, ffoniwch y Samariaid am ddim ar 116 123.
step-call-domestic-abuse-helpline-england = Os oes rhywun agos atoch chi yn eich brifo neu'n codi ofn arnoch chi, ffoniwch y National Domestic Abuse Helpline (Llinell Gymorth Genedlaethol Cam-drin Domestig) am ddim ar 0808 2000 247.
step-call-domestic-abuse-helpline-wales = Os oes rhywun agos atoch chi yn eich brifo neu'n codi ofn arnoch chi, ffoniwch linell gymorth Byw Heb Ofn am ddim ar 0808 80 10 800.
step-come-back-when-safe = Pan fyddwch chi'n teimlo'n ddiogel, gallwch chi ddod yn ôl yma i gael help gyda phryderon am arian.

step-contact-council-housing = Cysylltwch â thîm tai eich cyngor lleol heddiw. Dywedwch wrthyn nhw eich bod chi'n ddigartref, neu ar fin bod yn ddigartref. Gofynnwch am rywle i aros heno os oes angen.
step-call-shelter-england = Ffoniwch Shelter am ddim ar 0808 800 4444 i gael cyngor am eich hawliau.
step-call-shelter-wales = Ffoniwch Shelter Cymru am ddim ar 08000 495 495 i gael cyngor am eich hawliau.

step-keep-the-letter = Cadwch unrhyw lythyrau yn ddiogel. Peidiwch â'u hanwybyddu, hyd yn oed os ydyn nhw'n codi ofn arnoch chi. Gofynnwch am gyngor am ddim heddiw: mae'r camau isod yn dweud wrthych chi pwy i'w ffonio.
step-call-national-debtline-today = Ffoniwch National Debtline am ddim ar 0808 808 4000 heddiw. Dywedwch wrthyn nhw am y dyddiad yn gyntaf, er mwyn iddyn nhw allu eich helpu i weithredu mewn pryd.

step-food-bank-referral-england = Gofynnwch i Gyngor ar Bopeth am fanc bwyd yn agos atoch chi. Ffoniwch 0800 144 8848. Mae angen atgyfeiriad ar lawer o fanciau bwyd, ac yn aml gallan nhw roi un i chi.
step-food-bank-referral-wales = Gofynnwch i Gyngor ar Bopeth am fanc bwyd yn agos atoch chi. Ffoniwch 0800 702 2020. Mae angen atgyfeiriad ar lawer o fanciau bwyd, ac yn aml gallan nhw roi un i chi.
step-council-emergency-help = Gofynnwch i'ch cyngor lleol am help brys gyda bwyd neu ynni. Mae gan lawer o gynghorau arian wedi'i neilltuo ar gyfer hyn.

step-gather-letters = Dewch o hyd i'ch llythyrau am ddyledion a budd-daliadau, a chadwch nhw gyda'i gilydd ar gyfer pan fyddwch chi'n siarad â chynghorydd.
step-share-summary = Rhannwch eich crynodeb gyda chynghorydd, fel nad oes rhaid i chi adrodd eich stori eto.
step-pay-priority-first = Ceisiwch ddal ati i dalu eich rhent neu eich morgais, eich Treth Gyngor, eich nwy a'ch trydan cyn dyledion eraill.

step-call-business-debtline = Ffoniwch Business Debtline am ddim ar 0800 197 6026.
step-keep-trading-records = Cadwch gofnodion a llythyrau eich busnes gyda'i gilydd, er mwyn i'r cynghorydd allu gweld y darlun cyfan.

step-do-not-leave-yet = Peidiwch â gadael eich cartref dim ond oherwydd eich bod chi wedi cael llythyr. Dim ond llys all wneud i chi adael.

step-contact-debt-charity = Cysylltwch â StepChange am ddim ar 0800 138 1111, neu â National Debtline am ddim ar 0808 808 4000. Gallwch chi hefyd gael help ganddyn nhw ar-lein.
step-do-not-borrow-more = Ceisiwch beidio â benthyg mwy i dalu eich dyledion, yn enwedig gan fenthycwyr diwrnod cyflog.

step-call-citizens-advice-benefits-england = Ffoniwch Gyngor ar Bopeth ar 0800 144 8848 i gael help gyda hawliadau, ffurflenni ac apeliadau.
step-call-citizens-advice-benefits-wales = Ffoniwch Gyngor ar Bopeth ar 0800 702 2020 i gael help gyda hawliadau, ffurflenni ac apeliadau.

step-call-citizens-advice-england = Ffoniwch Gyngor ar Bopeth ar 0800 144 8848. Gallwch chi hefyd fynd i swyddfa leol.
step-call-citizens-advice-wales = Ffoniwch Gyngor ar Bopeth ar 0800 702 2020. Gallwch chi hefyd fynd i swyddfa leol.
step-ask-for-support = Dywedwch wrthyn nhw beth fyddai'n gwneud pethau'n haws, fel cyfieithydd, cyfarfod wyneb yn wyneb neu help gyda ffurflenni.

step-make-a-budget = Gwnewch gyllideb, er mwyn i chi wybod faint y gallwch chi ei dalu bob mis.
step-contact-lenders = Cysylltwch â'r bobl y mae arnoch chi arian iddyn nhw. Dywedwch wrthyn nhw eich bod chi'n ei chael hi'n anodd talu, a chynigiwch swm y gallwch chi ei fforddio.
step-free-help-if-stuck = Os bydd pethau'n mynd yn anoddach, neu os na fydd y bobl y mae arnoch chi arian iddyn nhw yn cytuno, gall StepChange a National Debtline helpu am ddim.

step-use-benefits-calculator = Defnyddiwch gyfrifiannell budd-daliadau Turn2us am ddim i weld beth y gallech chi ei gael. Cadwch y manylion hyn wrth law: eich incwm, eich cynilion, eich rhent a'ch Treth Gyngor.
step-check-benefits = Pan fyddwch chi'n gallu, defnyddiwch gyfrifiannell budd-daliadau am ddim i wirio eich bod chi'n cael yr holl arian y gallwch chi ei gael.
