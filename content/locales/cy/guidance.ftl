# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Self-help guides (content/guidance.json): a guide's title, summary, what to do today,
# what to have ready, and its steps. Facts only; no legal advice beyond well-known rules.

## What to have ready (shared by guides)
ready-id = Rhywbeth sy'n dangos pwy ydych chi, fel pasbort, trwydded yrru neu gerdyn banc
ready-notice = Unrhyw hysbysiad neu lythyr am adael eich cartref
ready-told-to-leave-papers = Unrhyw hysbysiad, llythyr neu orchymyn llys am adael eich cartref, a'ch cytundeb tenantiaeth os oes gennych chi un
ready-warrant-papers = Y warant, neu'r llythyr amdani, gyda'i chyfeirnod
ready-income = Manylion am yr arian sy'n dod i mewn: slipiau cyflog, llythyrau budd-daliadau neu gyfriflenni banc
ready-bank-statement = Eich cyfriflenni banc ar gyfer y mis diwethaf
ready-bank-details = Rhif eich cyfrif banc a'ch cod didoli
ready-rent-details = Eich cytundeb tenantiaeth, neu lythyr sy'n dangos eich rhent
ready-bills = Eich biliau diweddar
ready-letters = Llythyrau gan y bobl y mae arnoch chi arian iddyn nhw
ready-budget = Eich cyllideb, neu restr o'r arian sy'n dod i mewn a'r arian sy'n mynd allan
ready-bailiff-letter = Y llythyr gan y beilïaid, gyda'u rhif ffôn a'ch cyfeirnod
ready-court-papers = Holl bapurau'r llys, gydag unrhyw gyfeirnod
ready-tenancy = Eich cytundeb tenantiaeth
ready-rent-statement = Datganiad rhent gan eich landlord
ready-council-tax-bill = Eich bil Treth Gyngor neu eich llythyr atgoffa
ready-energy-bill = Bil neu lythyr gan eich cyflenwr ynni, gyda rhif eich cyfrif
ready-meter-reading = Darlleniad mesurydd, neu lun o'ch mesurydd
ready-decision-letter = Y llythyr penderfyniad
ready-evidence = Unrhyw beth sy'n cefnogi'r hyn rydych chi'n ei ddweud, fel llythyrau gan feddyg
ready-statement = Eich datganiad budd-daliadau diweddaraf, neu eich dyddlyfr Credyd Cynhwysol
ready-pension-details = Manylion eich pensiynau a'ch cynilion
ready-business-records = Cyfrifon eich busnes, anfonebau a llythyrau treth

## staying-safe
guide-staying-safe = Cadw'n ddiogel
guide-staying-safe-summary = Does dim rhaid i chi ddelio â hyn ar eich pen eich hun. Gall y bobl hyn eich helpu nawr, ac yn nes ymlaen.
step-safe-place = Os gallwch chi, ewch i le rydych chi'n teimlo'n ddiogel, neu arhoswch gyda rhywun rydych chi'n ymddiried ynddo.
step-safe-tell-someone = Dywedwch wrth rywun rydych chi'n ymddiried ynddo sut rydych chi'n teimlo, neu beth sy'n digwydd.
step-safe-plan = Os oes rhywun gartref yn eich brifo, gall llinell gymorth cam-drin domestig eich helpu i wneud cynllun i gadw'n ddiogel. Mae'r alwad am ddim. Efallai y bydd hi'n ymddangos yn rhestr galwadau diweddar eich ffôn, felly efallai yr hoffech chi ei dileu oddi yno. Os nad yw'n ddiogel ffonio, gallwch chi gysylltu â'r llinell gymorth drwy ei gwefan.

## homeless
guide-homeless = Os nad oes gennych chi unman i fyw
guide-homeless-summary = Mae'n rhaid i'ch cyngor eich helpu os ydych chi'n ddigartref, neu os gallech chi fod yn ddigartref yn ystod yr 8 wythnos nesaf.
today-ask-council-homeless = Ewch at dîm tai eich cyngor heddiw, neu ffoniwch nhw, a dywedwch eich bod chi'n ddigartref.
today-call-shelter-england = Os na fydd y cyngor yn helpu, ffoniwch Shelter am ddim ar 0808 800 4444.
today-call-shelter-wales = Os na fydd y cyngor yn helpu, ffoniwch Shelter Cymru am ddim ar 08000 495 495.
step-homeless-council-duty = Mae'n rhaid i'r cyngor edrych ar eich achos a'ch helpu i ddod o hyd i rywle i fyw.
step-homeless-written = Gofynnwch am gael pob penderfyniad yn ysgrifenedig. Os ydych chi'n meddwl bod penderfyniad yn anghywir, gofynnwch am adolygiad cyn pen 21 diwrnod ar ôl ei gael. Gofynnwch am gyngor i'ch helpu.
step-homeless-benefits = Gall Credyd Cynhwysol neu Fudd-dal Tai eich helpu i dalu am rywle i aros.

## crisis-support
guide-crisis-support = Bwyd a gwresogi heddiw
guide-crisis-support-summary = Os nad oes gennych chi arian ar gyfer bwyd na gwresogi, mae help y gallwch chi ei gael heddiw.
today-food-bank = Gofynnwch i Gyngor ar Bopeth, i'ch cyngor lleol neu i'ch meddyg teulu am atgyfeiriad at fanc bwyd.
today-council-crisis-fund-england = Gofynnwch i'ch cyngor am Daliad Argyfwng (Crisis Payment) o'i Gronfa Argyfwng a Gwydnwch (Crisis and Resilience Fund). Mae ar gyfer cost sydyn neu pan fydd eich incwm yn gostwng. Fel arfer, mae cynghorau'n ei dalu fel arian.
today-council-crisis-fund-wales = Gwnewch gais i'r Gronfa Cymorth Dewisol am Daliad Cymorth Brys. Grant gan Lywodraeth Cymru yw hwn ar gyfer bwyd, nwy, trydan neu ddillad mewn argyfwng. Does dim rhaid i chi ei dalu'n ôl. Gwnewch gais ar wefan Llywodraeth Cymru, neu gofynnwch i'ch cyngor neu i Gyngor ar Bopeth eich helpu.
step-crisis-food-bank = Mae banciau bwyd yn rhoi bwyd brys am ychydig ddyddiau.
step-crisis-council = Gall help brys dalu am fwyd, nwy a thrydan. Gall hefyd dalu am bethau sydd eu hangen arnoch chi yn y cartref, fel gwely neu bopty.
step-crisis-advance = Os ydych chi'n aros am Gredyd Cynhwysol, gallwch chi ofyn am daliad ymlaen llaw. Rydych chi'n ei dalu'n ôl o'ch taliadau nesaf.
step-crisis-supplier = Os na allwch chi fforddio rhoi arian ar eich mesurydd, gofynnwch i'ch cyflenwr ynni am gredyd ychwanegol. Yr enw ar hyn yw credyd cymorth ychwanegol (additional support credit). Mae'n rhaid i'ch cyflenwr ei ystyried, a dylai ei gynnig os ydych chi mewn sefyllfa fregus.
step-crisis-benefits = Pan fydd pethau'n dawelach, gwiriwch eich bod chi'n cael yr holl fudd-daliadau y gallwch chi eu cael.

## told-to-leave
# Excluded occupiers need only reasonable notice: Protection from Eviction Act 1977 s 3A. Tenants: a court order (Housing Act 1988 s 5). Intentional homelessness: Housing Act 1996 s 191, Housing (Wales) Act 2014 s 77. Checked 2026-12-06.
guide-told-to-leave = Os ydych chi wedi cael gwybod bod rhaid i chi adael eich cartref
guide-told-to-leave-summary = Mae beth sy'n digwydd nesaf yn dibynnu ar y math o gartref sydd gennych chi. Gofynnwch am gyngor cyn i chi adael: gall gadael yn rhy fuan ei gwneud hi'n anoddach cael help.
step-told-to-leave-tenant-england = Os ydych chi'n rhentu eich cartref a dydych chi ddim yn byw gyda'ch landlord, mae angen gorchymyn llys ar eich landlord i wneud i chi adael. Dydy hysbysiad ddim yr un peth â chael eich troi allan. Ers 1 Mai 2026, all landlordiaid preifat ddim defnyddio hysbysiadau "dim bai" (adran 21): mae'n rhaid iddyn nhw roi rheswm. Os oes gennych chi hysbysiad dim bai, gofynnwch am gyngor, oherwydd efallai nad yw'n ddilys.
step-told-to-leave-tenant-wales = Os ydych chi'n rhentu eich cartref a dydych chi ddim yn byw gyda'ch landlord, rydych chi'n "ddeiliad contract". Mae angen gorchymyn llys ar eich landlord i wneud i chi adael. Dydy hysbysiad ddim yr un peth â chael eich troi allan. Fel arfer mae'n rhaid i hysbysiad "dim bai" (adran 173) roi o leiaf 6 mis i chi. Gofynnwch am gyngor, oherwydd dydy llawer o hysbysiadau ddim yn ddilys.
step-told-to-leave-lodger = Os ydych chi'n byw gyda'ch landlord, neu gyda theulu neu ffrindiau, efallai mai dim ond rhybudd rhesymol sydd rhaid iddyn nhw ei roi i chi. Cysylltwch â thîm tai y cyngor cyn gynted ag y cewch chi wybod.
step-told-to-leave-intentional = Daliwch ati i dalu eich rhent os gallwch chi. Os byddwch chi'n gadael cartref lle gallech chi fod wedi aros, efallai y bydd y cyngor yn dweud eich bod chi wedi gwneud eich hun yn ddigartref.

## warrant-eviction
guide-warrant-eviction = Os yw beilïaid y llys yn dod i'ch troi chi allan
guide-warrant-eviction-summary = Mae gwarant yn gadael i feilïaid y llys eich troi chi allan ar y dyddiad yn eu llythyr. Gallwch chi ofyn i'r llys ei hatal o hyd, ond mae angen i chi weithredu cyn y dyddiad hwnnw.
step-warrant-eviction-door = Gall beilïaid y llys ddod i mewn a newid y cloeon ar y dyddiad yn eu llythyr. Fydd cloi'r drws ddim yn eu hatal nhw.
step-warrant-eviction-n244 = I ofyn i'r llys atal y troi allan, llenwch ffurflen N244. Dywedwch beth sydd wedi newid, a faint y gallwch chi ei dalu bob wythnos tuag at y rhent sydd arnoch chi. Fel arfer, bydd y llys yn cynnal gwrandawiad byr.
step-warrant-eviction-fees = Mae ffi am ffurflen N244. Os oes gennych chi incwm isel neu os ydych chi'n cael budd-daliadau, gofynnwch am Help i Dalu Ffioedd (Help with Fees) pan fyddwch chi'n gwneud cais.

## warrant-fine
guide-warrant-fine = Os oes gwarant am ddirwy heb ei thalu
guide-warrant-fine-summary = Mae dirwyon llys ynadon yn ddyled flaenoriaeth. Mae gan y llys bwerau cryf i'w casglu, ond gall hefyd roi mwy o amser i chi dalu.
step-warrant-fine-priority = Talwch ddirwyon cyn dyledion fel cardiau credyd a benthyciadau. Gall peidio â thalu dirwy arwain at feilïaid, neu yn y pen draw at garchar.
step-warrant-fine-benefits = Os ydych chi'n cael budd-daliadau, gallwch chi ofyn am gael talu'r ddirwy fesul tipyn o'ch budd-daliadau. Gall hyn atal beilïaid.

## bailiffs
guide-bailiffs = Os yw beilïaid yn dod
guide-bailiffs-summary = Mae beilïaid, sydd hefyd yn cael eu galw'n asiantau gorfodi, yn casglu rhai dyledion. Mae'n rhaid iddyn nhw ddilyn rheolau. Mae gwybod y rheolau'n eich helpu i gadw rheolaeth.
today-bailiffs-keep-door-shut = Cadwch eich drysau ar glo, a siaradwch â'r beilïaid drwy ffenest neu ar y ffôn.
today-bailiffs-call-creditor = Ffoniwch y cyngor neu'r cwmni y mae arnoch chi arian iddo, neu'r beilïaid, i gynnig taliad y gallwch chi ei fforddio.
step-bailiffs-notice = Mae'n rhaid i feilïaid anfon "hysbysiad gorfodi" (notice of enforcement) atoch chi o leiaf 7 diwrnod clir cyn y gallan nhw gymryd eich pethau. Dydy dyddiau Sul a gwyliau banc ddim yn cyfrif yn y 7 diwrnod.
step-bailiffs-entry = Ar gyfer y rhan fwyaf o ddyledion, does dim hawl gan feilïaid i orfodi eu ffordd i mewn i'ch cartref ar eu hymweliad cyntaf. Peidiwch â'u gadael i mewn.
step-bailiffs-id = Gofynnwch am gael gweld eu cerdyn adnabod. Mae'n rhaid i'r rhan fwyaf o feilïaid gael tystysgrif gan y llys: gallwch chi wirio eu henw ar y gofrestr swyddogol o asiantau gorfodi ardystiedig (Certificated Enforcement Agents register).
step-bailiffs-vulnerable = Os ydych chi'n sâl, yn anabl, yn feichiog, neu os oes gennych chi blant ifanc, dywedwch wrthyn nhw. Mae'n rhaid iddyn nhw ystyried hyn.
step-bailiffs-offer = Cynigiwch dalu symiau bach y gallwch chi eu fforddio. Ysgrifennwch beth rydych chi'n cytuno arno.
step-bailiffs-warrant = Os yw llys wedi anfon gwarant, gofynnwch am gyngor heddiw. Gall y rheolau fod yn wahanol.

## court-claim
guide-court-claim = Beth mae papurau llys yn ei olygu
guide-court-claim-summary = Mae papurau llys yn ddifrifol, ond mae gennych chi ddewisiadau o hyd. Peidiwch â'u hanwybyddu.
today-court-do-not-ignore = Agorwch bapurau'r llys heddiw. Dewch o hyd i ddyddiad y gwrandawiad, neu'r dyddiad olaf i ateb. Os nad oes dyddiad ateb ar y ffurflen hawlio, cyfrifwch 14 diwrnod o'r dyddiad y cafodd ei chyhoeddi, i fod yn ddiogel.
today-court-note-date = Ysgrifennwch y dyddiad, a gofynnwch am gyngor am ddim heddiw. Gwnewch hyn hyd yn oed os yw'r dyddiad wedi mynd heibio.
step-court-what-it-is = Mae ffurflen hawlio yn golygu bod rhywun y mae arnoch chi arian iddo wedi gofyn i'r llys wneud i chi dalu.
step-court-reply-14-days = Fel arfer, mae gennych chi 14 diwrnod ar ôl cael ffurflen hawlio i'w hateb. Mae'r papurau'n dweud wrthych chi sut. Os ydych chi am ddweud nad oes arnoch chi'r cyfan, gallwch chi ofyn am 14 diwrnod arall.
step-court-options = Gallwch chi gytuno bod arnoch chi'r arian a chynnig ei dalu fesul tipyn, dweud nad oes arnoch chi'r arian, neu ofyn am fwy o amser.
step-court-hearing = Os oes gennych chi wrandawiad, ewch iddo, hyd yn oed os na allwch chi dalu. Mae gan lawer o lysoedd gyngor am ddim ar y diwrnod os yw eich cartref mewn perygl.
step-court-ccj = Os na fyddwch chi'n ateb, gall y llys wneud Dyfarniad Llys Sirol (CCJ) yn eich erbyn. Os byddwch chi'n ei dalu i gyd cyn pen mis, bydd yn cael ei dynnu oddi ar y gofrestr. Os na fyddwch chi, bydd yn aros ar y gofrestr am 6 blynedd. Mae hyn yn ei gwneud hi'n anoddach benthyg arian.
step-court-help = Gall National Debtline a Chyngor ar Bopeth eich helpu i lenwi'r ffurflenni am ddim.

## rent-arrears
guide-rent-arrears = Ar ei hôl hi gyda'r rhent: cadw eich cartref
guide-rent-arrears-summary = Efallai y gallwch chi gadw eich cartref. Gweithredwch yn gynnar, a daliwch ati i siarad â'ch landlord.
today-rent-do-not-leave = Os ydych chi'n rhentu, peidiwch â gadael dim ond oherwydd eich bod chi wedi cael llythyr. Fel arfer, mae angen gorchymyn llys ar eich landlord i wneud i chi adael.
today-rent-talk-landlord = Cysylltwch â'ch landlord. Cynigiwch dalu eich rhent, yn ogystal â swm bach tuag at yr arian sydd arnoch chi.
step-rent-notice-not-eviction-england = Dydy hysbysiad ddim yr un peth â chael eich troi allan. Mae'n rhaid i'ch landlord fynd i'r llys, a dim ond beilïaid y llys all eich troi allan. Ers 1 Mai 2026, mae'n rhaid i landlord preifat roi rheswm ar yr hysbysiad: mae hysbysiadau "dim bai" (adran 21) wedi dod i ben.
step-rent-notice-not-eviction-wales = Dydy hysbysiad ddim yr un peth â chael eich troi allan. Mae'n rhaid i'ch landlord fynd i'r llys, a dim ond beilïaid y llys all eich troi allan. Gofynnwch i gynghorydd edrych ar y math o hysbysiad: mae'r rheolau yng Nghymru yn wahanol i Loegr.
step-rent-offer = Cynigiwch daliad y gallwch chi ddal ati i'w dalu. Rhowch y cynnig yn ysgrifenedig, a chadwch gopi.
step-rent-housing-costs = Gwiriwch eich bod chi'n cael yr holl help gyda rhent y gallwch chi ei gael, gan Gredyd Cynhwysol neu Fudd-dal Tai.
step-rent-dhp-england = Ydy eich rhent yn fwy na'r hyn mae eich Budd-dal Tai neu eich Credyd Cynhwysol yn ei dalu? Gofynnwch i'ch cyngor am Daliad Tai (Housing Payment). Mae'n dod o Gronfa Argyfwng a Gwydnwch y cyngor.
step-rent-dhp-wales = Ydy eich rhent yn fwy na'r hyn mae eich Budd-dal Tai neu eich Credyd Cynhwysol yn ei dalu? Gofynnwch i'ch cyngor am Daliad Tai Dewisol.
step-rent-repairs = Daliwch ati i dalu eich rhent, hyd yn oed os oes angen gwaith trwsio ar eich cartref. Gall peidio â thalu roi eich cartref mewn perygl.
step-rent-court = Os cewch chi bapurau llys, atebwch nhw ac ewch i'r gwrandawiad. Mae gan lawer o lysoedd gyngor am ddim ar y diwrnod.

## council-tax
guide-council-tax = Ôl-ddyledion Treth Gyngor a help gyda'ch bil
guide-council-tax-summary = Mae Treth Gyngor yn ddyled flaenoriaeth. Efallai bod ffyrdd o dalu llai.
today-council-tax-call = Ffoniwch eich cyngor. Dywedwch wrthyn nhw eich bod chi ar ei hôl hi, a gofynnwch am gael talu symiau llai.
step-council-tax-reduction = Gofynnwch am Ostyngiad Treth Gyngor. Gall leihau eich bil os oes gennych chi incwm isel.
step-council-tax-discount = Os mai chi yw'r unig oedolyn yn eich cartref, gallwch chi gael 25% oddi ar eich bil.
step-council-tax-plan = Cynigiwch dalu'r arian sydd arnoch chi fesul tipyn, yn ogystal â'ch bil arferol.
step-council-tax-liability-order = Os cewch chi wŷs gan y llys, cysylltwch â'r cyngor cyn y gwrandawiad. Mae gorchymyn llys yn gadael iddyn nhw anfon beilïaid, neu gymryd arian o'ch cyflog neu eich budd-daliadau.

## council-tax-reduction
guide-council-tax-reduction = Gostyngiad Treth Gyngor
guide-council-tax-reduction-summary = Gall Gostyngiad Treth Gyngor leihau eich bil Treth Gyngor os yw eich incwm yn isel. Does dim rhaid i chi fod ar ei hôl hi gyda'ch bil i ofyn.
step-ctr-apply = Gwnewch gais i'ch cyngor. Fel arfer gallwch chi wneud hynny ar ei wefan neu dros y ffôn.
step-ctr-uc = Os ydych chi'n cael Credyd Cynhwysol, mae angen i chi wneud cais am Ostyngiad Treth Gyngor eich hun o hyd. Dydy e ddim yn rhan o Gredyd Cynhwysol.

## energy
guide-energy = Nwy a thrydan: help os ydych chi ar ei hôl hi neu os nad oes credyd ar ôl
guide-energy-summary = Mae'n rhaid i gyflenwyr ynni helpu cwsmeriaid sy'n ei chael hi'n anodd. Gofynnwch iddyn nhw.
today-energy-call-supplier = Ffoniwch eich cyflenwr. Dywedwch wrthyn nhw eich bod chi'n ei chael hi'n anodd, a gofynnwch pa help sydd ganddyn nhw.
step-energy-friendly-credit = Fydd llawer o fesuryddion rhagdalu ddim yn diffodd eich cyflenwad yn y nos, ar benwythnosau nac ar wyliau banc.
step-energy-plan = Mae'n rhaid i'ch cyflenwr gynnig cynllun talu i chi y gallwch chi ei fforddio.
step-energy-hardship-fund = Mae gan lawer o gyflenwyr grantiau i helpu i dalu'r arian sydd arnoch chi. Gofynnwch iddyn nhw.
step-energy-psr = Ymunwch â Chofrestr Gwasanaethau Blaenoriaeth eich cyflenwr. Mae am ddim. Gall olygu rhybudd cyn toriadau pŵer sydd wedi'u cynllunio, a help i ddarllen eich mesurydd.
step-energy-warm-home-discount = Mae'r Gostyngiad Cartrefi Cynnes yn tynnu £150 oddi ar eich bil trydan yn y gaeaf. Efallai y byddwch chi'n ei gael os ydych chi'n cael rhai budd-daliadau, fel Credyd Cynhwysol neu Gredyd Pensiwn. Fel arfer mae'n cael ei ychwanegu i chi, felly gwiriwch fod eich enw ar y bil trydan.
step-energy-complain = Os na fydd eich cyflenwr yn helpu, ffoniwch linell gymorth defnyddwyr Cyngor ar Bopeth am ddim ar 0808 223 1133.

## challenge-decision
guide-challenge-decision = Herio penderfyniad am fudd-dal
guide-challenge-decision-summary = Os ydych chi'n meddwl bod penderfyniad am fudd-dal yn anghywir, gallwch chi ofyn i rywun edrych arno eto. Ailystyriaeth orfodol yw'r enw ar hyn.
today-ctr-ask-council = Gofynnwch i'ch cyngor am Ostyngiad Treth Gyngor. Gall leihau eich bil.
today-decision-find-letter = Dewch o hyd i'r llythyr penderfyniad a gwiriwch ei ddyddiad.
today-decision-late = Os oes mwy na mis ers y penderfyniad, gallwch chi ofyn o hyd. Gallwch chi ofyn hyd at 13 mis ar ôl y penderfyniad. Dywedwch pam na allech chi ofyn yn gynt.
step-decision-ask = Gofynnwch i'r swyddfa a wnaeth y penderfyniad edrych arno eto. Gallwch chi wneud hyn dros y ffôn, ar-lein neu drwy lythyr.
step-decision-one-month = Mae'n rhaid i chi ofyn o fewn 1 mis i'r dyddiad ar y llythyr penderfyniad.
step-decision-late = Os oes mwy na mis wedi mynd heibio, gallwch chi ofyn o hyd, hyd at 13 mis ar ôl y penderfyniad. Eglurwch pam na allech chi ofyn yn gynt. Rhaid bod rheswm da. Os oedd y penderfyniad yn anghywir oherwydd camgymeriad gan y swyddfa budd-daliadau, gallwch chi ofyn ar unrhyw adeg.
step-decision-explain = Dywedwch pam rydych chi'n meddwl bod y penderfyniad yn anghywir. Anfonwch unrhyw beth sy'n cefnogi'r hyn rydych chi'n ei ddweud.
step-decision-appeal = Os na fyddan nhw'n newid y penderfyniad, gallwch chi apelio i dribiwnlys. Fel arfer, mae gennych chi 1 mis i wneud hyn.
step-decision-sanction-hardship = Os ydych chi wedi cael sancsiwn ac na allwch chi dalu am y pethau sydd eu hangen arnoch chi, gofynnwch am daliad caledi. Gyda Chredyd Cynhwysol, fel arfer bydd rhaid i chi ei dalu'n ôl yn nes ymlaen, o'ch taliadau. Gofynnwch hefyd i'r sancsiwn gael ei ystyried eto.

## universal-credit
guide-universal-credit = Hawlio Credyd Cynhwysol a'r taliad ymlaen llaw
guide-universal-credit-summary = Mae Credyd Cynhwysol yn helpu gyda chostau byw os oes gennych chi incwm isel neu os nad ydych chi'n gweithio.
today-uc-advance = Os ydych chi'n aros am eich taliad cyntaf a bod angen arian arnoch chi nawr, gofynnwch am daliad ymlaen llaw yn eich dyddlyfr ar-lein neu dros y ffôn.
step-uc-claim-online = Rydych chi'n gwneud cais ar-lein. Os na allwch chi, ffoniwch linell gymorth Credyd Cynhwysol ar 0800 328 5644.
step-uc-five-weeks = Mae eich taliad cyntaf yn dod tua 5 wythnos ar ôl i chi wneud cais.
step-uc-advance-repay = Benthyciad yw taliad ymlaen llaw. Rydych chi'n ei dalu'n ôl fesul tipyn o'ch taliadau nesaf, fel arfer dros hyd at 24 mis.
step-uc-journal = Edrychwch ar eich dyddlyfr ar-lein yn aml, ac ewch i bob apwyntiad.

## deductions
guide-deductions = Arian sy'n cael ei dynnu o'ch budd-daliadau
guide-deductions-summary = Gall arian gael ei dynnu o fudd-daliadau i dalu dyledion yn ôl. Yn aml, gallwch chi gael y swm wedi'i leihau.
today-deductions-ask-breakdown = Gofynnwch i'r swyddfa budd-daliadau beth sy'n cael ei dynnu, a pham.
step-deductions-uc-cap = Ar gyfer Credyd Cynhwysol, fel arfer ni all eich holl ddyledion gyda'i gilydd gymryd mwy na 15% o'ch lwfans safonol. Dyma'r swm sylfaenol, cyn unrhyw swm ychwanegol ar gyfer plant, tai neu iechyd. Os oes mwy yn cael ei gymryd, gofynnwch pam.
step-deductions-check = Gwiriwch fod pob swm yn gywir, a bod arnoch chi'r arian.
step-deductions-lower = Os na allwch chi dalu am y pethau sydd eu hangen arnoch chi, gofynnwch i'r swm gael ei leihau. Dywedwch faint o arian mae'n ei adael i chi fyw arno.
step-deductions-overpayment-challenge = Os ydych chi wedi cael gwybod eich bod chi wedi cael gormod o arian, gofynnwch sut y gwnaethon nhw gyfrifo hynny. Os ydych chi'n anghytuno â'r penderfyniad, gofynnwch i rywun edrych arno eto o fewn mis i'r dyddiad ar y llythyr.
step-deductions-hardship = Gall cynghorwyr am ddim eich helpu i ofyn i lai o arian gael ei dynnu.

## pension-credit
guide-pension-credit = Credyd Pensiwn
guide-pension-credit-summary = Mae Credyd Pensiwn yn ychwanegu at eich incwm os ydych chi dros oed Pensiwn y Wladwriaeth. Dydy llawer o bobl a allai ei gael ddim yn ei hawlio.
today-pension-credit-call = Ffoniwch linell hawlio Credyd Pensiwn am ddim ar 0800 99 1234 i wirio a hawlio.
step-pension-credit-what = Efallai y gallwch chi ei gael hyd yn oed os oes gennych chi gynilion neu os ydych chi'n berchen ar eich cartref.
step-pension-credit-extras = Gall hefyd roi help arall i chi. Mae hyn yn cynnwys help gyda rhent, y Dreth Gyngor a gwresogi. Os ydych chi'n 75 oed neu'n hŷn, gallwch chi hefyd gael Trwydded Deledu am ddim.
step-pension-credit-backdate = Gall gael ei dalu am hyd at 3 mis cyn i chi wneud cais.
step-pension-credit-claim = Gallwch chi wneud cais ar-lein, dros y ffôn neu drwy'r post.

## business-debts
guide-business-debts = Dyledion busnes os ydych chi'n gweithio i chi eich hun
guide-business-debts-summary = Os ydych chi'n gweithio i chi eich hun, gall dyledion eich busnes a'ch dyledion eich hun gael eu cymysgu. Gofynnwch am gyngor i'w datrys.
today-business-call = Ffoniwch Business Debtline am ddim ar 0800 197 6026.
step-business-separate = Gwnewch restr o ddyledion eich busnes ar wahân i'ch dyledion eich hun.
step-business-priority = Talwch ddyledion blaenoriaeth yn gyntaf, fel treth, TAW, ardrethi busnes a rhent.
step-business-tax = Os oes arnoch chi dreth, cysylltwch â CThEF (HMRC) yn gynnar. Efallai y byddan nhw'n cytuno i adael i chi dalu fesul tipyn.
step-business-options = Gall cynghorydd eich helpu i benderfynu a ddylech chi ddal ati i fasnachu.

## benefits-check extra steps
step-benefits-disability = Ydych chi'n sâl neu'n anabl? Efallai y gallwch chi gael arian i helpu, hyd yn oed os ydych chi'n gweithio. Cyn oed Pensiwn y Wladwriaeth, Taliad Annibyniaeth Personol yw hwn. Ar ôl hynny, Lwfans Gweini yw e.
step-benefits-carer = Os ydych chi'n gofalu am rywun am 35 awr yr wythnos neu fwy, efallai y gallwch chi gael Lwfans Gofalwr. Rhaid i'r person rydych chi'n gofalu amdano gael budd-dal anabledd. Gall hyn fod yn Lwfans Gweini neu'n elfen bywyd bob dydd Taliad Annibyniaeth Personol. Gall hefyd fod yn gyfradd ofal ganol neu uchaf Lwfans Byw i'r Anabl.
step-benefits-carer-earnings = Os ydych chi'n gweithio, dim ond os ydych chi'n ennill llai na therfyn wythnosol, ar ôl treth a rhai costau, y gallwch chi gael Lwfans Gofalwr. Os ydych chi'n ennill ychydig bach dros y terfyn mewn wythnos, chewch chi ddim Lwfans Gofalwr am yr wythnos honno. Gwiriwch y terfyn ar GOV.UK, a dywedwch wrth yr Uned Lwfans Gofalwr bob tro mae eich cyflog yn newid, fel nad oes rhaid i chi dalu arian yn ôl.

## make-a-budget
guide-make-a-budget = Gwneud cyllideb
guide-make-a-budget-summary = Mae cyllideb yn dangos faint o arian sy'n dod i mewn a faint sy'n mynd allan bob mis. Mae'n eich helpu i weld beth y gallwch chi ei fforddio.
guide-make-a-budget-step-gather = Casglwch eich cyfriflenni banc, eich slipiau cyflog, eich llythyrau budd-daliadau a'ch biliau ar gyfer y mis diwethaf.
guide-make-a-budget-step-income = Ysgrifennwch yr holl arian sy'n dod i mewn bob mis, fel cyflog, budd-daliadau a chynhaliaeth plant.
guide-make-a-budget-step-spending = Ysgrifennwch bopeth rydych chi'n ei wario bob mis. Dechreuwch gyda'ch cartref, nwy, trydan, Treth Gyngor, bwyd a theithio.
guide-make-a-budget-step-take-away = Tynnwch yr hyn rydych chi'n ei wario o'r hyn sy'n dod i mewn. Yr hyn sydd ar ôl yw'r arian y gallwch chi ei ddefnyddio i dalu dyledion.
guide-make-a-budget-step-shortfall = Os nad oes dim ar ôl, chwiliwch am gostau y gallwch chi eu torri, a gwnewch yn siŵr eich bod chi'n cael yr holl fudd-daliadau y gallwch chi eu cael.
guide-make-a-budget-step-review = Edrychwch ar eich cyllideb eto bob mis, a phan fydd rhywbeth yn newid.

## priority-debts
today-priority-list = Gwnewch restr o'ch dyledion blaenoriaeth, a dyddiad y taliad nesaf ar gyfer pob un.
guide-priority-debts = Delio â dyledion blaenoriaeth
guide-priority-debts-summary = Dyledion blaenoriaeth yw'r rhai a all achosi'r problemau mwyaf difrifol os nad ydych chi'n talu, fel colli eich cartref neu eich cyflenwad ynni.
guide-priority-debts-step-list = Gwnewch restr o'ch dyledion blaenoriaeth. Y rhain yw rhent, eich morgais a benthyciadau eraill sydd wedi'u sicrhau ar eich cartref, rhent tir neu daliadau gwasanaeth, a'r Dreth Gyngor. Mae nwy, trydan, Trwydded Deledu, dirwyon llys, cynhaliaeth plant a threth yn ddyledion blaenoriaeth hefyd. Felly hefyd hurbwrcasu a benthyciadau llyfr log (logbook loans) ar gyfer pethau sydd eu hangen arnoch chi, fel car i fynd i'r gwaith.
guide-priority-debts-step-first = Talwch y rhain cyn dyledion eraill, fel cardiau credyd a benthyciadau, hyd yn oed os yw benthycwyr eraill yn gofyn am arian yn gyntaf.
guide-priority-debts-step-afford = Gwnewch gyllideb i weld faint y gallwch chi fforddio ei dalu tuag at yr arian sydd arnoch chi.
guide-priority-debts-step-contact = Cysylltwch â phob un cyn gynted ag y gallwch chi. Cynigiwch dalu swm penodol bob mis tuag at yr arian sydd arnoch chi, yn ogystal â'ch taliad arferol.
guide-priority-debts-step-help = Gofynnwch am help gyda'r biliau hyn. Efallai y gallwch chi gael Gostyngiad Treth Gyngor, help gan eich cyflenwr ynni, neu help gan eich cyngor gyda rhent.
guide-priority-debts-step-court = Peidiwch byth ag anwybyddu llythyr gan lys neu gan feilïaid. Atebwch erbyn y dyddiad ar y llythyr, a gofynnwch am gyngor am ddim ar unwaith.

## non-priority-debts
guide-non-priority-debts = Delio â dyledion nad ydynt yn flaenoriaeth
guide-non-priority-debts-summary = Mae dyledion nad ydynt yn flaenoriaeth yn cynnwys cardiau credyd, benthyciadau, gorddrafftiau, catalogau a biliau dŵr. Maen nhw'n bwysig, ond dylech chi dalu dyledion blaenoriaeth yn gyntaf.
guide-non-priority-debts-step-priority-first = Gwnewch yn siŵr eich bod chi'n gallu talu eich dyledion blaenoriaeth a'r pethau sydd eu hangen arnoch chi yn gyntaf.
guide-non-priority-debts-step-spare = Defnyddiwch gyllideb i weld faint o arian sydd ar ôl bob mis.
guide-non-priority-debts-step-offer = Rhannwch yr hyn sydd ar ôl yn deg rhwng y bobl y mae arnoch chi arian iddyn nhw. Ysgrifennwch at bob un a chynigiwch y swm hwnnw.
guide-non-priority-debts-step-token = Os nad oes dim ar ôl, gallwch chi gynnig taliad bach iawn, fel £1 y mis, nes bydd pethau'n gwella.
guide-non-priority-debts-step-interest = Gofynnwch i bob un roi'r gorau i ychwanegu llog a ffioedd.
guide-non-priority-debts-step-records = Cadwch gopïau o'ch llythyrau, ac ysgrifennwch gyda phwy y buoch chi'n siarad a phryd.
guide-non-priority-debts-step-breathing-space = Os oes angen amser arnoch chi, gall cynghorydd dyledion wneud cais ar eich rhan am y cynllun Lle i Anadlu (Breathing Space). Am 60 diwrnod, mae'n atal y rhan fwyaf o log, ffioedd a chamau gan y bobl y mae arnoch chi arian iddyn nhw.

## benefits-check
guide-benefits-check = Gwirio eich bod chi'n cael yr holl fudd-daliadau y gallwch chi eu cael
guide-benefits-check-summary = Mae llawer o bobl yn colli allan ar arian y gallen nhw ei hawlio. Mae gwiriad budd-daliadau am ddim yn dangos beth y gallech chi ei gael.
guide-benefits-check-step-calculator = Defnyddiwch gyfrifiannell budd-daliadau ar-lein am ddim, fel yr un gan Turn2us.
guide-benefits-check-step-details = Cadwch y manylion hyn wrth law: eich incwm, eich cynilion, eich rhent, eich Treth Gyngor ac unrhyw un sy'n byw gyda chi.
guide-benefits-check-step-working = Efallai y gallwch chi gael Credyd Cynhwysol hyd yn oed os ydych chi'n gweithio.
guide-benefits-check-step-council-tax = Gofynnwch i'ch cyngor am y Gostyngiad Treth Gyngor. Gall leihau eich bil Treth Gyngor.
