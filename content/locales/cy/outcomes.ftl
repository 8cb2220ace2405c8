# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Cael help i gadw'n ddiogel nawr
o-get-help-now-summary = Eich diogelwch chi sy'n dod gyntaf. Mae'r gwasanaethau hyn am ddim, a gallwch chi eu ffonio nhw unrhyw bryd, ddydd neu nos.

o-somewhere-to-stay = Gweithredwch heddiw: cael help i ddod o hyd i rywle i aros
o-somewhere-to-stay-summary = Mae'n rhaid i'ch cyngor lleol eich helpu os ydych chi'n ddigartref, neu os gallech chi fod yn ddigartref yn ystod yr 8 wythnos nesaf.

o-safe-from-abuse = Help i gadw'n ddiogel rhag cam-drin
o-safe-from-abuse-summary = Nid eich bai chi yw'r hyn sy'n digwydd. Gallwch chi gael help yn gyfrinachol, ddydd neu nos. Pan fyddwch chi'n barod, gallwch chi barhau yma i gael help gydag arian a'ch cartref.

o-act-today-bailiffs-eviction = Gweithredwch heddiw: gofynnwch i'r llys atal y troi allan
o-act-today-bailiffs-eviction-summary = Gall beilïaid y llys eich troi chi allan ar y dyddiad yn eu llythyr. Efallai bod amser o hyd i atal hyn, ond mae angen i chi weithredu heddiw.

o-act-today-leave-home = Gweithredwch heddiw: cael help cyn bod rhaid i chi adael eich cartref
o-act-today-leave-home-summary = Rydych chi wedi cael gwybod bod rhaid i chi adael eich cartref yn fuan. Mae'n rhaid i'ch cyngor helpu os gallech chi fod yn ddigartref yn ystod yr 8 wythnos nesaf. Gofynnwch iddyn nhw heddiw.

o-act-today-court = Gweithredwch heddiw: delio â'ch papurau llys
o-act-today-court-summary = Mae dyddiad llys yn agos, neu wedi mynd heibio. Os ydych chi'n gweithredu nawr, bydd gennych chi fwy o ddewisiadau. Gall cyngor am ddim eich helpu heddiw.

o-act-today-fine = Gweithredwch heddiw: delio â'r warant am eich dirwy
o-act-today-fine-summary = Mae gwarant am ddirwy heb ei thalu yn ddifrifol, ond gallwch chi ddatrys y peth o hyd. Cysylltwch â'r llys heddiw.

o-act-today-bailiffs = Gweithredwch heddiw: mae beilïaid yn dod yn fuan
o-act-today-bailiffs-summary = Mae beilïaid yn dod yn ystod y dyddiau nesaf. Gall galwad heddiw atal pethau rhag mynd yn waeth.

o-act-today-reconsideration = Gweithredwch heddiw: gofynnwch i rywun edrych ar y penderfyniad eto
o-act-today-reconsideration-summary = Mae'r amser i herio'r penderfyniad yn dod i ben yn fuan. Dim ond neges fer sydd ei hangen i ofyn mewn pryd.

o-act-today-bank = Gweithredwch heddiw: ffoniwch eich banc
o-act-today-bank-summary = Cafodd arian ei gymryd o'ch cyfrif banc i dalu dyled. Ffoniwch eich banc heddiw, a gofynnwch am gyngor am ddim.

o-act-today-energy = Gweithredwch heddiw: cael help gyda nwy a thrydan
o-act-today-energy-summary = Ddylai neb fod heb wresogi, golau na ffordd o goginio. Gall eich cyflenwr a'ch cyngor helpu heddiw.

o-act-today-food = Gweithredwch heddiw: cael help gyda bwyd a gwresogi
o-act-today-food-summary = Fe ddywedoch chi wrthym na allwch chi dalu am fwyd na gwresogi heddiw. Mae angen yr help hwn ar lawer o bobl, ac mae'n iawn gofyn amdano.

o-see-an-adviser = Gall cynghorydd eich helpu gyda hyn i gyd
o-see-an-adviser-summary = Mae gennych chi fwy nag un broblem, ac maen nhw'n effeithio ar ei gilydd. Gall cynghorydd am ddim edrych ar bopeth gyda'i gilydd a'ch helpu i wneud cynllun.

o-business-debt-advice = Cael help am ddim gyda dyledion busnes
o-business-debt-advice-summary = Os ydych chi'n gweithio i chi eich hun, mae angen cyngor ar eich dyledion gan bobl sy'n gwybod am fusnes. Mae Business Debtline am ddim, a gallan nhw helpu.

o-housing-advice = Cael help nawr: rydych chi wedi cael gwybod bod rhaid i chi adael eich cartref
o-housing-advice-summary = Efallai y gallwch chi aros, neu gael help i ddod o hyd i rywle arall. Mae'n rhaid i'ch cyngor helpu os gallech chi fod yn ddigartref yn yr 8 wythnos nesaf, felly cysylltwch â nhw nawr.

o-rent-arrears-advice = Cael help am ddim i gadw eich cartref
o-rent-arrears-advice-summary = Efallai y gallwch chi aros yn eich cartref. Gall cyngor tai am ddim eich helpu i siarad â'ch landlord a gwybod beth yw eich hawliau.

o-debt-advice = Cael cyngor am ddim ar ddyledion
o-debt-advice-summary = Gall gwasanaeth cyngor ar ddyledion am ddim eich helpu i ddelio â'ch dyledion. Fyddan nhw ddim yn eich barnu chi. Maen nhw'n helpu pobl fel chi bob dydd.

o-benefits-help = Cael help gyda'ch budd-daliadau
o-benefits-help-summary = Efallai y bydd modd cywiro'r broblem gyda'ch budd-daliadau. Gall gwasanaethau am ddim eich helpu.

o-not-enough-money = Cael help i dalu am y pethau sylfaenol
o-not-enough-money-summary = Fe ddywedoch chi wrthym nad yw eich arian yn talu am y pethau sydd eu hangen arnoch chi. Nid eich bai chi yw hynny. Gall cynghorydd am ddim wirio eich bod chi'n cael yr holl arian y dylech chi ei gael, a'ch helpu chi nawr.

o-talk-it-through = Siarad am y peth gyda chynghorydd am ddim
o-talk-it-through-summary = Fe ddywedoch chi wrthym yr hoffech chi siarad â rhywun, neu y byddai ychydig o help ychwanegol yn gwneud pethau'n haws. Gall cynghorwyr am ddim eich helpu mewn ffordd sy'n addas i chi.

o-self-help-debts = Gallwch chi ddelio â'r dyledion hyn eich hun
o-self-help-debts-summary = Nid y dyledion y dywedoch chi wrthym amdanyn nhw yw'r rhai mwyaf brys. Gyda chyllideb ac ychydig o alwadau neu lythyrau, fel arfer gallwch chi gytuno ar daliadau y gallwch chi eu fforddio.

o-self-help-benefits = Efallai y gallwch chi gael mwy o arian
o-self-help-benefits-summary = O'r hyn y dywedoch chi wrthym, efallai eich bod chi'n colli allan ar fudd-daliadau neu ar help gyda biliau. Mae'n cymryd tua 20 munud i wirio.

o-self-help-budget = Gwneud i'ch arian fynd ymhellach
o-self-help-budget-summary = Gall y camau hyn eich helpu i reoli eich arian a gwneud iddo bara.

## Next steps

step-call-999 = Os ydych chi mewn perygl nawr, ffoniwch 999. Os ydych chi'n ffonio o ffôn symudol ac yn methu siarad, pwyswch 55 pan fydd y neges yn gofyn i chi. Ar linell dir, arhoswch ar y lein.
step-call-samaritans = Os ydych chi'n meddwl am roi diwedd ar eich bywyd neu am niweidio eich hun, ffoniwch y Samariaid am ddim ar 116 123.
step-call-domestic-abuse-helpline-england = Oes rhywun agos atoch chi'n eich brifo chi neu'n codi ofn arnoch chi? Ffoniwch y National Domestic Abuse Helpline (Llinell Gymorth Genedlaethol Cam-drin Domestig) am ddim ar 0808 2000 247.
step-call-domestic-abuse-helpline-wales = Oes rhywun agos atoch chi'n eich brifo chi neu'n codi ofn arnoch chi? Ffoniwch linell gymorth Byw Heb Ofn am ddim ar 0808 80 10 800.
step-come-back-when-safe = Pan fyddwch chi'n teimlo'n ddiogel, gallwch chi gael help yma gydag arian a'ch cartref hefyd.

step-contact-council-housing = Cysylltwch â thîm tai eich cyngor lleol heddiw. Dywedwch wrthyn nhw eich bod chi'n ddigartref, neu ar fin bod yn ddigartref. Gofynnwch am rywle i aros heno os oes angen. Dylai fod gan gynghorau rif y tu allan i oriau swyddfa ar gyfer nosweithiau a phenwythnosau: edrychwch ar wefan y cyngor. Os oes rhaid i chi gysgu allan, gall unrhyw un roi gwybod i StreetLink (streetlink.org.uk) er mwyn i dîm allgymorth lleol ddod o hyd i chi.
step-call-shelter-england = Ffoniwch Shelter am ddim ar 0808 800 4444 i gael cyngor am eich hawliau.
step-call-shelter-wales = Ffoniwch Shelter Cymru am ddim ar 08000 495 495 i gael cyngor am eich hawliau.

step-call-national-debtline-today = Ffoniwch National Debtline am ddim ar 0808 808 4000 heddiw. Dywedwch wrthyn nhw am y dyddiad yn gyntaf, er mwyn iddyn nhw allu eich helpu i weithredu mewn pryd.

# Domestic abuse (the safe-now "abuse" option). Helpline numbers as in step-call-domestic-abuse-helpline.
step-abuse-not-your-fault = Nid eich bai chi yw cam-drin, byth. Mae'n cynnwys rhywun yn rheoli eich arian, neu'n gwneud i chi gymryd dyledion.
step-abuse-carry-on = Pan fyddwch chi'n barod, ewch ymlaen gyda'r cwestiynau. Os bydd rhywun yn dod i mewn, defnyddiwch y botwm "Gadael y dudalen hon" ar frig y dudalen.

# Eviction by court bailiffs. Source: Shelter England, "How to suspend an eviction warrant" (form N244; a fee, or Help with Fees); CPR 83.26; checked 2026-12-06.
step-eviction-ask-court-to-stop = Gofynnwch i'r llys atal y troi allan heddiw. Llenwch ffurflen N244 i ofyn i'r llys "atal y warant" (suspend the warrant), a dywedwch faint y gallwch chi ei dalu. Mae ffi, ond gallwch chi ofyn am help gyda hi. Fydd cloi eich drws ddim yn atal beilïaid y llys.
# Prevention duty: Housing Act 1996 s 195, Housing (Wales) Act 2014 s 66 (threatened with homelessness within 56 days); checked 2026-12-06.
step-contact-council-housing-eviction = Cysylltwch â thîm tai eich cyngor heddiw. Dywedwch eich bod chi wedi cael gwybod bod rhaid i chi adael eich cartref. Mae'n rhaid iddyn nhw eich helpu os gallech chi fod yn ddigartref yn ystod yr 8 wythnos nesaf.
step-leave-home-get-advice-first = Peidiwch â gadael cyn i chi gael cyngor. Os byddwch chi'n gadael yn rhy fuan, efallai na fydd rhaid i'r cyngor ddod o hyd i gartref i chi.

# Court papers. Reply within 14 days: GOV.UK "Respond to a court claim for money"; checked 2026-12-06.
step-court-reply-or-attend = Peidiwch ag anwybyddu papurau'r llys. Atebwch cyn pen 14 diwrnod ar ôl cael ffurflen hawlio, neu erbyn y dyddiad sydd ar y papurau. Os oes gennych chi wrandawiad, ewch iddo. Os na allwch chi fynd, ffoniwch y llys cyn y gwrandawiad.
step-court-missed-hearing = Os yw dyddiad y gwrandawiad wedi mynd heibio, gofynnwch i'r llys heddiw "roi o'r neilltu" (set aside), sef canslo, unrhyw orchymyn a wnaeth. Gwnewch hyn cyn gynted ag y gallwch chi: bydd y llys yn gofyn a wnaethoch chi weithredu'n gyflym, a pham y gwnaethoch chi golli'r gwrandawiad. Gofynnwch am gyngor heddiw.

# Magistrates' court fines. Source: StepChange and Business Debtline fact sheets on magistrates' court fines (fines office, time to pay, deductions from benefits or wages); checked 2026-12-06.
step-fine-contact-court = Cysylltwch â swyddfa dirwyon y llys ynadon heddiw. Mae'r rhif ar eich papurau. Gofynnwch am fwy o amser i dalu, neu am gael talu o'ch budd-daliadau neu eich cyflog. Gofynnwch beth mae angen i chi ei wneud am y warant.

step-bailiffs-call-today = Ffoniwch National Debtline am ddim ar 0808 808 4000 heddiw. Dywedwch wrthyn nhw pa ddyddiad mae'r beilïaid yn dod.

# Mandatory reconsideration: one month from the decision, late requests up to 13 months. Source: Citizens Advice, "Challenging a benefit decision: asking for a mandatory reconsideration"; UC, PIP, JSA and ESA (Decisions and Appeals) Regulations 2013 regs 5 to 7; checked 2026-12-06.
step-ask-reconsideration-today = Gofynnwch i rywun edrych ar y penderfyniad eto heddiw. Ailystyriaeth orfodol yw'r enw ar hyn. Ar gyfer Credyd Cynhwysol, ysgrifennwch neges yn eich dyddlyfr. Ar gyfer budd-daliadau eraill, ffoniwch neu ysgrifennwch at y swyddfa a wnaeth y penderfyniad. Dywedwch pam rydych chi'n meddwl bod y penderfyniad yn anghywir.

step-bank-call-today = Ffoniwch eich banc heddiw. Dywedwch wrthyn nhw fod yr arian ar gyfer rhent, biliau neu fwyd, a gofynnwch iddyn nhw ei roi'n ôl. Gofynnwch iddyn nhw beidio â chymryd mwy.

step-energy-credit-today = Os nad oes credyd ar ôl ar eich mesurydd, defnyddiwch ei gredyd brys. Os yw hwnnw wedi dod i ben hefyd, ffoniwch eich cyflenwr heddiw a gofynnwch am fwy o gredyd.
step-energy-tell-supplier = Dywedwch wrth eich cyflenwr os oes unrhyw un gartref yn sâl, yn anabl, yn feichiog, o dan 5 oed neu dros oed Pensiwn y Wladwriaeth, neu'n defnyddio offer meddygol. Dylen nhw roi help ychwanegol i chi.

step-rent-talk-landlord-first = Siaradwch â'ch landlord am y rhent sydd arnoch chi. Cynigiwch faint y gallwch chi ei dalu bob wythnos neu bob mis.
step-rent-check-help = Gwiriwch fod eich Credyd Cynhwysol neu eich Budd-dal Tai yn talu'r swm cywir ar gyfer eich rhent. Os nad yw'n talu'r holl rent, gofynnwch i'ch cyngor am help ychwanegol gyda rhent.

step-food-bank-referral-england = Gofynnwch i Gyngor ar Bopeth am fanc bwyd yn agos atoch chi. Ffoniwch am ddim ar 0800 144 8848. Mae angen atgyfeiriad ar lawer o fanciau bwyd, ac yn aml gallan nhw roi un i chi.
step-food-bank-referral-wales = Gofynnwch i Gyngor ar Bopeth am fanc bwyd yn agos atoch chi. Ffoniwch am ddim ar 0800 702 2020. Mae angen atgyfeiriad ar lawer o fanciau bwyd, ac yn aml gallan nhw roi un i chi.
step-council-emergency-help = Gofynnwch i'ch cyngor lleol am help brys gyda bwyd neu ynni. Yn Lloegr, mae gan gynghorau Gronfa Argyfwng a Gwydnwch ar gyfer hyn. Yng Nghymru, gallwch chi hefyd wneud cais i'r Gronfa Cymorth Dewisol.

step-gather-letters = Dewch o hyd i'ch llythyrau am ddyledion a budd-daliadau, a chadwch nhw gyda'i gilydd ar gyfer pan fyddwch chi'n siarad â chynghorydd.
step-share-summary = Rhannwch eich crynodeb gyda chynghorydd, fel nad oes rhaid i chi adrodd eich stori eto.
step-pay-priority-first = Ceisiwch ddal ati i dalu eich rhent neu eich morgais, eich Treth Gyngor, eich nwy a'ch trydan cyn dyledion eraill.

step-call-business-debtline = Ffoniwch Business Debtline am ddim ar 0800 197 6026.
step-keep-trading-records = Cadwch gofnodion a llythyrau eich busnes gyda'i gilydd, er mwyn i'r cynghorydd allu gweld y darlun cyfan.

step-do-not-leave-yet = Peidiwch â gadael eich cartref dim ond oherwydd eich bod chi wedi cael llythyr. Dim ond llys all wneud i chi adael.

step-contact-debt-charity = Cysylltwch â StepChange am ddim ar 0800 138 1111, neu â National Debtline am ddim ar 0808 808 4000. Gallwch chi hefyd gael help ganddyn nhw ar-lein.
step-do-not-borrow-more = Ceisiwch beidio â benthyg mwy i dalu eich dyledion, yn enwedig gan fenthycwyr diwrnod cyflog. Peidiwch byth â benthyg gan siarc benthyg (loan shark): benthyciwr nad yw wedi'i awdurdodi gan yr Awdurdod Ymddygiad Ariannol (Financial Conduct Authority).

step-call-citizens-advice-benefits-england = Ffoniwch Gyngor ar Bopeth am ddim ar 0800 144 8848 i gael help gyda hawliadau, ffurflenni ac apeliadau.
step-call-citizens-advice-benefits-wales = Ffoniwch Gyngor ar Bopeth am ddim ar 0800 702 2020 i gael help gyda hawliadau, ffurflenni ac apeliadau.

step-call-citizens-advice-england = Ffoniwch Gyngor ar Bopeth am ddim ar 0800 144 8848. Gallwch chi hefyd fynd i swyddfa leol.
step-call-citizens-advice-wales = Ffoniwch Gyngor ar Bopeth am ddim ar 0800 702 2020. Gallwch chi hefyd fynd i swyddfa leol.
step-ask-for-support = Dywedwch wrthyn nhw beth fyddai'n gwneud pethau'n haws, fel cyfieithydd, cyfarfod wyneb yn wyneb neu help gyda ffurflenni.

step-make-a-budget = Gwnewch gyllideb, er mwyn i chi wybod faint y gallwch chi ei dalu bob mis.
step-contact-lenders = Cysylltwch â'r bobl y mae arnoch chi arian iddyn nhw. Dywedwch wrthyn nhw eich bod chi'n ei chael hi'n anodd talu, a chynigiwch swm y gallwch chi ei fforddio.
step-free-help-if-stuck = Os bydd pethau'n mynd yn anoddach, neu os na fydd y bobl y mae arnoch chi arian iddyn nhw yn cytuno, gall StepChange a National Debtline helpu am ddim.

step-use-benefits-calculator = Defnyddiwch gyfrifiannell budd-daliadau Turn2us am ddim i weld beth y gallech chi ei gael. Cadwch y manylion hyn wrth law: eich incwm, eich cynilion, eich rhent a'ch Treth Gyngor.
step-check-benefits = Pan fyddwch chi'n gallu, defnyddiwch gyfrifiannell budd-daliadau am ddim i wirio eich bod chi'n cael yr holl arian y gallwch chi ei gael.
