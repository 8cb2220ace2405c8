# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Questions and their options (content/tree/*.json).
# Plain Welsh (Cymraeg Clir), reading age about 9. One question per page. Hints only where they help.

## safe-now
q-safe-now = Ydych chi'n ddiogel ar hyn o bryd?
q-safe-now-hint = Byddwn ni'n dangos i chi ar unwaith pwy sy'n gallu helpu. Os oes rhywun agos atoch chi'n eich brifo chi, gallwch chi ddod yn ôl yma wedyn i gael help gydag arian a'ch cartref.
q-safe-now-yes = Ydw, rydw i'n ddiogel
q-safe-now-no = Nac ydw. Rydw i mewn perygl nawr, neu efallai y bydda i'n niweidio fy hun
q-safe-now-abuse = Nac ydw. Mae rhywun agos ata i yn fy mrifo, yn codi ofn arna i neu'n fy rheoli
q-safe-now-abuse-hint = Er enghraifft, partner, cyn-bartner neu rywun yn eich teulu. Mae hyn yn cynnwys rheoli eich arian.
q-safe-now-dont-know = Dydw i ddim yn siŵr

## food-today
q-food-today = Oes gennych chi arian ar gyfer bwyd a gwresogi am y dyddiau nesaf?
q-food-today-hint = Meddyliwch am heddiw a'r dyddiau nesaf, i bawb sy'n byw gyda chi.

## energy-today
q-energy-today = Ydy eich nwy neu eich trydan wedi'i ddiffodd nawr, neu oes dim credyd ar ôl ar eich mesurydd?
q-energy-today-hint = Dewiswch "Ie" os nad oes gennych chi wresogi, golau na ffordd o goginio heddiw oherwydd arian.

## home
q-home = Pa un o'r rhain sy'n disgrifio eich cartref orau?
q-home-own-outright = Rydw i'n berchen ar fy nghartref ac rydw i wedi talu amdano
q-home-mortgage = Rydw i'n berchen ar fy nghartref ac rydw i'n talu morgais
q-home-private-rent = Rydw i'n rhentu gan landlord preifat
q-home-social-rent = Rydw i'n rhentu gan y cyngor neu gan gymdeithas dai
q-home-social-rent-hint = Weithiau, mae hyn yn cael ei alw'n dai cymdeithasol.
q-home-family-friends = Rydw i'n byw gyda theulu neu ffrindiau
q-home-no-settled-home = Does gen i ddim cartref sefydlog
q-home-no-settled-home-hint = Er enghraifft, rydych chi'n aros ar soffa rhywun, mewn hostel neu ar y stryd.
q-home-other = Rhywle arall

## somewhere-tonight
q-somewhere-tonight = Oes gennych chi rywle diogel i gysgu heno?

## main-worry
q-main-worry = Beth sy'n eich poeni fwyaf ar hyn o bryd?
q-main-worry-hint = Dewiswch un. Byddwn ni'n gofyn am y gweddill hefyd.
q-main-worry-debts = Arian sydd arna i
q-main-worry-benefits = Budd-daliadau, neu ddim digon o arian yn dod i mewn
q-main-worry-bills = Talu am nwy, trydan neu ddŵr
q-main-worry-home = Cadw fy nghartref
q-main-worry-budget = Gwneud i fy arian bara
q-main-worry-something-else = Rhywbeth arall

## adults
q-adults = Faint o oedolion eraill sy'n byw gyda chi?
q-adults-hint = Peidiwch â'ch cyfrif eich hun. Cyfrwch bobl 18 oed neu hŷn. Rhowch 0 os ydych chi'n byw ar eich pen eich hun neu gyda phlant yn unig.

## children
q-children = Faint o blant sy'n byw gyda chi?
q-children-hint = Cyfrwch blant o dan 16 oed. Cyfrwch hefyd bobl ifanc o dan 20 oed sy'n dal yn yr ysgol neu'r coleg. Rhowch 0 os nad oes neb.

## children-ages
q-children-ages = Faint yw oed y plant?
q-children-ages-hint = Dewiswch bob oed sy'n berthnasol.
q-children-ages-under-1 = O dan 1 oed
q-children-ages-1-to-4 = 1 i 4 oed
q-children-ages-5-to-10 = 5 i 10 oed
q-children-ages-11-to-15 = 11 i 15 oed
q-children-ages-16-to-19 = 16 i 19 oed
q-children-ages-16-to-19-hint = Yn dal yn yr ysgol neu'r coleg.

## pregnant
q-pregnant = Oes unrhyw un yn eich cartref yn feichiog?

## health
q-health = Oes gan unrhyw un yn eich cartref unrhyw un o'r rhain?
q-health-hint = Mae hyn yn eich cynnwys chi. Dewiswch bob un sy'n berthnasol.
q-health-disability = Anabledd
q-health-long-term-illness = Salwch sy'n para amser hir
q-health-mental-health = Problem iechyd meddwl, fel iselder neu orbryder
q-health-medical-equipment = Offer meddygol sy'n defnyddio trydan
q-health-medical-equipment-hint = Er enghraifft, peiriant ocsigen yn y cartref, lifft grisiau neu oergell ar gyfer meddyginiaeth.
q-health-none = Dim un o'r rhain

## carer
q-carer = Ydych chi'n gofalu am rywun sy'n sâl, yn anabl neu'n hŷn?
q-carer-hint = Nid gwaith â thâl yw hyn. Gallai fod yn aelod o'r teulu, yn bartner neu'n ffrind.

## pension-age
q-pension-age = Ydych chi neu eich partner wedi cyrraedd oed Pensiwn y Wladwriaeth?
q-pension-age-yes = Ydw. Rydw i wedi, a fy mhartner hefyd os ydw i'n byw gydag un
q-pension-age-partner-only = Mae un ohonon ni wedi, ond dydy'r llall ddim
q-pension-age-partner-only-hint = Er enghraifft, rydych chi'n 67 oed ac mae eich partner yn 60 oed.
q-pension-age-no = Nac ydw
q-pension-age-dont-know = Dydw i ddim yn siŵr
q-pension-age-hint = Os cawsoch chi eich geni cyn 6 Ebrill 1960, mae'n 66. Os cawsoch chi eich geni ar ôl hynny, mae rhwng 66 a 67. Gallwch chi wirio'ch oed chi ar GOV.UK.

## work
q-work = Pa un o'r rhain sy'n eich disgrifio chi orau?
q-work-hint = Os oes gennych chi bartner, dewiswch beth sy'n wir amdanoch chi.
q-work-employed = Rydw i'n gweithio, ac mae fy oriau'n aros yr un fath
q-work-hours-vary = Rydw i'n gweithio, ond mae fy oriau'n newid neu'n isel
q-work-self-employed = Rydw i'n gweithio i mi fy hun
q-work-looking = Rydw i'n chwilio am waith
q-work-too-ill = Alla i ddim gweithio oherwydd fy mod i'n sâl neu'n anabl
q-work-caring = Alla i ddim gweithio oherwydd fy mod i'n gofalu am rywun
q-work-retired = Rydw i wedi ymddeol
q-work-student = Rydw i'n fyfyriwr
q-work-other = Rhywbeth arall

## business-debts
q-business-debts = Oes arian arnoch chi oherwydd eich gwaith?
q-business-debts-hint = Er enghraifft, i gyflenwyr, am ardrethi busnes, neu dreth ar yr arian rydych chi'n ei ennill.

## income-change
q-income-change = Yn ystod y flwyddyn ddiwethaf, ydy unrhyw un o'r pethau hyn wedi digwydd i chi?
q-income-change-hint = Dewiswch bob un sy'n berthnasol.
q-income-change-job-loss = Collais i fy swydd, neu cafodd fy oriau eu torri
q-income-change-illness = Es i'n sâl neu ces i anaf
q-income-change-bereavement = Bu farw rhywun agos ata i
q-income-change-separation = Gwahanais i oddi wrth fy mhartner
q-income-change-new-baby = Ces i fabi
q-income-change-benefit-stopped = Daeth budd-dal i ben, neu cafodd ei leihau
q-income-change-none = Dim un o'r rhain

## benefits-now
q-benefits-now = Pa rai o'r rhain ydych chi'n eu cael nawr?
q-benefits-now-hint = Dewiswch bob un rydych chi neu eich partner yn ei gael.
q-benefits-now-universal-credit = Credyd Cynhwysol
q-benefits-now-pension-credit = Credyd Pensiwn
q-benefits-now-council-tax-reduction = Gostyngiad Treth Gyngor
q-benefits-now-council-tax-reduction-hint = Help gan eich cyngor i dalu eich Treth Gyngor.
q-benefits-now-pip = Taliad Annibyniaeth Personol (PIP)
q-benefits-now-pip-hint = Neu Lwfans Byw i'r Anabl.
q-benefits-now-attendance-allowance = Lwfans Gweini
q-benefits-now-carers-allowance = Lwfans Gofalwr
q-benefits-now-child-benefit = Budd-dal Plant
q-benefits-now-esa-jsa = Lwfans Cyflogaeth a Chymorth (ESA) neu Lwfans Ceisio Gwaith (JSA)
q-benefits-now-housing-benefit = Budd-dal Tai
q-benefits-now-state-pension = Pensiwn y Wladwriaeth
q-benefits-now-none = Dim un o'r rhain
q-benefits-now-not-sure = Dydw i ddim yn siŵr

## benefit-problems
q-benefit-problems = Ydy unrhyw un o'r pethau hyn yn digwydd gyda'ch budd-daliadau?
q-benefit-problems-hint = Dewiswch bob un sy'n berthnasol.
q-benefit-problems-decision-wrong = Cafodd cais ei wrthod, ei atal neu ei dorri, ac rydw i'n meddwl bod hynny'n anghywir
q-benefit-problems-decision-wrong-hint = Er enghraifft, chawsoch chi ddim PIP, neu aeth eich Credyd Cynhwysol i lawr.
q-benefit-problems-sanction = Rydw i wedi cael sancsiwn
q-benefit-problems-deductions = Mae arian yn cael ei dynnu o fy mudd-daliadau
q-benefit-problems-deductions-hint = Er enghraifft, i dalu taliad ymlaen llaw yn ôl, ôl-ddyledion rhent neu ddirwy.
q-benefit-problems-overpayment = Rydw i wedi cael gwybod fy mod i wedi cael gormod o arian
q-benefit-problems-waiting = Rydw i wedi gwneud cais ac rydw i'n aros am fy nhaliad cyntaf
q-benefit-problems-none = Dim un o'r rhain

## decision-date
q-decision-date = Pa ddyddiad sydd ar y llythyr penderfyniad?
q-decision-date-hint = Mae ar frig y llythyr. Ar gyfer Credyd Cynhwysol, defnyddiwch ddyddiad y neges yn eich dyddlyfr. Os na allwch chi ddod o hyd iddo, defnyddiwch y dyddiad cynharaf y gallai fod. Er enghraifft, 27 10 2026.

## debt-types
q-debt-types = Ydych chi ar ei hôl hi'n talu unrhyw un o'r rhain?
q-debt-types-hint = Dewiswch bob un sy'n berthnasol. Does dim ots os nad ydych chi'n siŵr faint yw'r symiau.
q-debt-types-rent = Rhent
q-debt-types-mortgage = Morgais, neu fenthyciad wedi'i sicrhau ar eich cartref
q-debt-types-ground-rent = Rhent tir neu daliadau gwasanaeth
q-debt-types-council-tax = Treth Gyngor
q-debt-types-energy = Biliau nwy neu drydan
q-debt-types-tv-licence = Trwydded Deledu
q-debt-types-court-fines = Dirwyon gan lys ynadon
q-debt-types-tax = Treth Incwm, TAW neu Yswiriant Gwladol
q-debt-types-child-maintenance = Cynhaliaeth plant
q-debt-types-hire-purchase = Hurbwrcasu ar rywbeth sydd ei angen arnoch chi
q-debt-types-hire-purchase-hint = Er enghraifft, car sydd ei angen arnoch chi i fynd i'r gwaith.
q-debt-types-cards = Cardiau credyd neu gardiau siop
q-debt-types-catalogues = Catalogau
q-debt-types-loans = Benthyciadau personol
q-debt-types-overdraft = Gorddrafft
q-debt-types-payday-bnpl = Benthyciadau diwrnod cyflog, neu "prynu nawr, talu wedyn"
q-debt-types-family-friends = Arian wedi'i fenthyg gan deulu neu ffrindiau
q-debt-types-water = Biliau dŵr
q-debt-types-none = Dim un o'r rhain

## debt-total
q-debt-total = Tua faint o arian sydd arnoch chi i gyd?
q-debt-total-hint = Adiwch eich holl ddyledion at ei gilydd. Mae swm bras yn iawn. Peidiwch â chyfrif eich morgais, ond cofiwch gyfrif unrhyw daliadau morgais rydych chi wedi'u methu.

## urgent-problems
q-urgent-problems = Ydy unrhyw un o'r pethau hyn yn digwydd i chi nawr?
q-urgent-problems-hint = Dewiswch bob un sy'n berthnasol.
q-urgent-problems-bailiffs = Mae beilïaid wedi dod, neu mae llythyr yn dweud y byddan nhw'n dod
q-urgent-problems-bailiffs-hint = Enw arall ar feilïaid yw asiantau gorfodi. Ticiwch hwn os oes gennych chi lythyr ganddyn nhw, hyd yn oed os nad oes dyddiad ymweld arno.
q-urgent-problems-court-papers = Mae gen i bapurau gan lys
q-urgent-problems-court-papers-hint = Er enghraifft, ffurflen hawlio, gwŷs, neu lythyr am wrandawiad.
q-urgent-problems-eviction = Rydw i wedi cael gwybod bod rhaid i mi adael fy nghartref, neu mae gen i ddyddiad troi allan
q-urgent-problems-energy-off = Mae fy nwy neu fy nhrydan wedi'i ddiffodd, neu does dim credyd ar ôl ar fy mesurydd
q-urgent-problems-warrant = Mae llys wedi anfon gwarant
q-urgent-problems-warrant-hint = Er enghraifft, i gymryd eich cartref yn ôl, neu i'ch arestio oherwydd dirwy.
q-urgent-problems-bank-money-taken = Cafodd arian ei gymryd o fy nghyfrif banc i dalu dyled
q-urgent-problems-none = Dim un o'r rhain

## bailiff-date
q-bailiff-date = Pryd mae'r beilïaid yn dod?
q-bailiff-date-hint = Defnyddiwch y dyddiad ymweld ar y llythyr. Os nad oes dyddiad ymweld ar y llythyr, defnyddiwch y dyddiad ar y llythyr. Os ydyn nhw wedi bod yn barod, defnyddiwch y dyddiad y daethon nhw. Os nad ydych chi'n siŵr, dyfalwch orau y gallwch chi. Er enghraifft, 27 11 2026.

## court-papers-kind
q-court-papers-kind = Beth yw'r papurau llys?
q-court-papers-kind-hint = Os oes gennych chi fwy nag un, dewiswch yr un gyda'r dyddiad cynharaf.
q-court-papers-kind-claim-form = Ffurflen hawlio: mae rhywun yn gofyn i'r llys wneud i mi dalu arian
q-court-papers-kind-claim-form-hint = Mae'n dod gyda "phecyn ymateb" (response pack) o ffurflenni i'w llenwi.
q-court-papers-kind-hearing = Llythyr gyda dyddiad gwrandawiad llys
q-court-papers-kind-other = Rhywbeth arall, neu dydw i ddim yn siŵr

## claim-issue-date
q-claim-issue-date = Beth yw'r dyddiad cyhoeddi ar y ffurflen hawlio?
q-claim-issue-date-hint = Mae wedi'i argraffu ar y ffurflen, wrth ymyl "Issue date" (dyddiad cyhoeddi). Os na allwch chi ddod o hyd iddo, defnyddiwch y diwrnod y daeth y ffurflen. Er enghraifft, 27 11 2026.

## hearing-date
q-hearing-date = Beth yw dyddiad y gwrandawiad?
q-hearing-date-hint = Os yw wedi bod yn barod, rhowch y dyddiad pan oedd e. Er enghraifft, 27 11 2026.

## court-date
q-court-date = Beth yw'r dyddiad cynharaf ar bapurau'r llys?
q-court-date-hint = Os mai ffurflen hawlio yw hi, defnyddiwch y dyddiad y cafodd ei chyhoeddi. Fel arfer mae gennych chi 14 diwrnod ar ôl ei chael i ateb. Ar gyfer gwrandawiad, defnyddiwch ddyddiad y gwrandawiad. Er enghraifft, 27 11 2026.

## warrant-kind
q-warrant-kind = Ar gyfer beth mae'r warant?
q-warrant-kind-eviction = I fy nhroi allan o fy nghartref
q-warrant-kind-fine = Oherwydd dirwy gan lys ynadon nad ydw i wedi'i thalu
q-warrant-kind-other = Rhywbeth arall, neu dydw i ddim yn siŵr

## eviction-stage
q-eviction-stage = Beth rydych chi wedi'i gael am adael eich cartref?
q-eviction-stage-hint = Os oes gennych chi fwy nag un, dewiswch yr un olaf i chi ei gael.
q-eviction-stage-notice = Hysbysiad neu lythyr gan fy landlord
q-eviction-stage-notice-hint = Os ydych chi'n rhentu a ddim yn byw gyda'ch landlord, nid troi allan yw hysbysiad. Does dim rhaid i chi adael ar y dyddiad sydd arno.
q-eviction-stage-court-order = Gorchymyn llys sy'n dweud bod rhaid i mi adael
q-eviction-stage-bailiffs = Llythyr gan feilïaid y llys gyda dyddiad troi allan
q-eviction-stage-told-to-leave = Mae rhywun rydw i'n byw gyda nhw wedi dweud wrtha i am adael
q-eviction-stage-told-to-leave-hint = Er enghraifft, teulu, ffrindiau, neu landlord sy'n rhannu cartref gyda chi.

## notice-date
q-notice-date = Pa ddyddiad sydd ar yr hysbysiad?
q-notice-date-hint = Defnyddiwch y dyddiad mae'n dweud y dylech chi adael erbyn hynny. Er enghraifft, 27 11 2026.

## possession-order-date
q-possession-order-date = Erbyn pa ddyddiad mae gorchymyn y llys yn dweud bod rhaid i chi adael?
q-possession-order-date-hint = Er enghraifft, 27 11 2026.

## eviction-date
q-eviction-date = Pa ddyddiad mae'r beilïaid yn dod i'ch troi chi allan?
q-eviction-date-hint = Mae ar y llythyr gan y beilïaid. Er enghraifft, 27 11 2026.

## leave-date
q-leave-date = Erbyn pa ddyddiad rydych chi wedi cael gwybod bod rhaid i chi adael?
q-leave-date-hint = Os na wnaethon nhw ddweud dyddiad, defnyddiwch ddyddiad heddiw. Er enghraifft, 27 11 2026.

## energy-meter
q-energy-meter = Sut rydych chi'n talu am nwy a thrydan?
q-energy-meter-bills = Rydw i'n cael bil
q-energy-meter-bills-hint = Mae hyn yn cynnwys talu drwy Ddebyd Uniongyrchol.
q-energy-meter-prepayment = Rydw i'n rhoi arian ar fesurydd
q-energy-meter-prepayment-hint = Mesurydd rhagdalu yw'r enw ar hyn. Efallai eich bod chi'n defnyddio allwedd, cerdyn neu ap.
q-energy-meter-in-rent = Mae wedi'i gynnwys yn fy rhent
q-energy-meter-dont-know = Dydw i ddim yn gwybod

## priority-register
q-priority-register = Ydych chi ar restr eich cyflenwr ynni o bobl sydd angen help ychwanegol?
q-priority-register-hint = Y Gofrestr Gwasanaethau Blaenoriaeth yw'r enw arni, ac mae am ddim. Er enghraifft, maen nhw'n rhoi gwybod i chi cyn toriad pŵer.

## money-left
q-money-left = Oes unrhyw arian yn weddill bob mis ar ôl i chi dalu am y pethau sydd eu hangen arnoch chi?
q-money-left-hint = Y pethau sydd eu hangen arnoch chi yw eich cartref, bwyd, nwy, trydan a theithio i'r gwaith.
q-money-left-some-left = Oes, mae rhywfaint ar ôl
q-money-left-nothing-left = Nac oes, mae'r cyfan yn mynd ar y pethau sydd eu hangen arna i
q-money-left-not-enough = Nac oes, does dim digon ar gyfer y pethau sydd eu hangen arna i
q-money-left-not-sure = Dydw i ddim yn siŵr

## talk-preference
q-talk-preference = Sut hoffech chi gael help?
q-talk-preference-self = Hoffwn i ddatrys y peth fy hun, gydag ychydig o awgrymiadau
q-talk-preference-talk = Byddai'n well gen i siarad â rhywun
q-talk-preference-either = Mae'r naill neu'r llall yn iawn

## support-needs
q-support-needs = Fyddai unrhyw un o'r rhain yn gwneud pethau'n haws i chi?
q-support-needs-hint = Dewiswch bob un sy'n berthnasol. Byddwn ni'n dweud wrth y bobl sy'n eich helpu.
q-support-needs-reading = Help gyda darllen neu lenwi ffurflenni
q-support-needs-language = Help mewn iaith heblaw Saesneg
q-support-needs-online = Help oherwydd ei bod hi'n anodd i mi fynd ar-lein
q-support-needs-sight-hearing = Help oherwydd ei bod hi'n anodd i mi weld neu glywed
q-support-needs-none = Dim un o'r rhain

## help-most
q-help-most = Mewn ychydig eiriau, beth fyddai'n eich helpu fwyaf?
q-help-most-hint = Er enghraifft, "cynllun i dalu fy rhent" neu "help gyda ffurflen budd-daliadau". Peidiwch â chynnwys enwau na rhifau cyfrif, os gwelwch yn dda.

## deadlines (the results page names each date)
deadline-reconsideration = Y diwrnod olaf i ofyn i rywun edrych ar y penderfyniad eto
deadline-bailiffs = Ymweliad y beilïaid
deadline-court = Dyddiad ar eich papurau llys
deadline-claim-reply = Atebwch hawliad y llys erbyn y dyddiad hwn i fod yn ddiogel (14 diwrnod ar ôl y dyddiad cyhoeddi)
deadline-hearing = Gwrandawiad llys
deadline-notice = Dyddiad ar eich hysbysiad (os ydych chi'n denant, does dim rhaid i chi adael ar y dyddiad hwn)
deadline-possession-order = Dyddiad yng ngorchymyn y llys i adael
deadline-eviction = Y dyddiad mae'r beilïaid i fod i'ch troi chi allan
deadline-leave = Y dyddiad olaf i adael rydych chi wedi cael gwybod amdano
