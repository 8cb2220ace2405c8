# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Self-help guides for household situations (content/guides/household.json): water bills, after a death,
# pregnancy and young children, students and young people, gambling. Sources: content/sources/household-guides.json
# and the comments in locales/en-GB/guides-household.ftl.
# Welsh names used (to check): Taliad Cymorth Profedigaeth (Bereavement Support Payment), Taliad
# Costau Angladd (Funeral Expenses Payment), Dweud Wrthym Unwaith (Tell Us Once), Cychwyn Iach
# (Healthy Start), Grant Mamolaeth Cychwyn Cadarn (Sure Start Maternity Grant), Cronfa Cymorth i
# Gwsmeriaid (Dŵr Cymru's Customer Assistance Fund), Grant Hanfodion Ysgol (School Essentials Grant).

## Shared: what to have ready
ready-water-bill = Bil dŵr neu lythyr gan eich cwmni dŵr, gyda rhif eich cyfrif
ready-death-certificate = Y dystysgrif marwolaeth, a dyddiad yr angladd os ydych chi'n ei wybod
ready-ni-number = Eich rhif Yswiriant Gwladol
ready-student-finance = Eich llythyr cyllid myfyrwyr, a'ch cyfriflenni banc

## water-bills
guide-water-bills = Biliau dŵr: help os ydych chi ar ei hôl hi
guide-water-bills-summary = Does dim modd torri eich cyflenwad dŵr am fod arnoch chi arian. Mae help ar gael i wneud eich bil yn llai ac i dalu'r hyn sy'n ddyledus.
today-water-call-company-england = Ffoniwch eich cwmni dŵr. Dywedwch wrthyn nhw eich bod chi'n cael trafferth. Gofynnwch am fil is i bobl ar incwm isel, ac am gynllun talu y gallwch chi ei fforddio.
today-water-call-company-wales = Ffoniwch eich cwmni dŵr. Dywedwch wrthyn nhw eich bod chi'n cael trafferth. Os Dŵr Cymru yw eich cwmni, gofynnwch am HelpU, sef bil is i bobl ar incwm isel.
step-water-not-cut-off = Dydy eich cwmni dŵr ddim yn cael torri na chyfyngu ar y dŵr i'ch cartref am fod arnoch chi arian. Dyma'r gyfraith.
step-water-keep-paying = Os gallwch chi, daliwch ati i dalu am y dŵr rydych chi'n ei ddefnyddio nawr, fel nad yw'r swm sy'n ddyledus yn tyfu. Gofynnwch am gael talu'r hyn sy'n ddyledus fesul tipyn.
step-water-social-tariff = Mae gan bob cwmni dŵr gynllun sy'n gostwng y bil i bobl ar incwm isel. Yn aml, tariff cymdeithasol yw'r enw arno. Gofynnwch i'ch cwmni chi sut i wneud cais.
step-water-watersure = Oes gennych chi fesurydd dŵr, ac ydych chi'n cael budd-dal fel Credyd Cynhwysol? Yna gofynnwch am WaterSure (yng Nghymru, WaterSure Cymru). Mae'n cyfyngu ar eich bil os oes 3 neu fwy o blant dan 19 oed yn byw gyda chi. Mae hefyd yn helpu os oes rhywun gartref angen llawer o ddŵr oherwydd ei iechyd.
step-water-arrears-help-england = Gall llawer o gwmnïau dŵr glirio rhan o'r hyn sy'n ddyledus os byddwch chi'n cadw at gynllun talu. Os ydych chi'n cael budd-daliadau, gallwch chi hefyd ofyn am gael talu ohonyn nhw. Water Direct yw'r enw ar hyn.
step-water-arrears-help-wales = Os Dŵr Cymru sy'n cyflenwi eich dŵr, gofynnwch am ei Gronfa Cymorth i Gwsmeriaid. Os byddwch chi'n dal ati i dalu am flwyddyn, gall glirio'r hyn sy'n ddyledus. Os ydych chi'n cael budd-daliadau, gallwch chi hefyd ofyn am gael talu ohonyn nhw (Water Direct).
step-water-psr = Gofynnwch am gael ymuno â Chofrestr Gwasanaethau Blaenoriaeth eich cwmni dŵr. Mae hi ar gyfer pobl sy'n sâl neu'n anabl, sydd â phlentyn dan 5 oed, neu sydd angen help ychwanegol am gyfnod. Gall y cwmni ddod â dŵr i chi os bydd eich cyflenwad yn stopio. Gall anfon biliau mewn ffordd sy'n addas i chi.

## after-a-death
guide-after-a-death = Ar ôl i rywun farw: help gydag arian
guide-after-a-death-summary = Mae'n ddrwg iawn gennym am eich colled. Efallai y gallwch chi gael help gydag arian. Mae terfynau amser ar rywfaint ohono, felly mae'n help eu gwybod nhw nawr.
today-bereavement-support-payment = Os bu farw eich gŵr, eich gwraig, eich partner sifil neu eich partner, hawliwch Daliad Cymorth Profedigaeth cyn gynted ag y gallwch chi. Hawliwch cyn pen 3 mis ar ôl y farwolaeth i gael y swm llawn.
today-bereavement-tell-us-once = Pan fyddwch chi'n cofrestru'r farwolaeth, gofynnwch i'r cofrestrydd am y gwasanaeth Dweud Wrthym Unwaith (Tell Us Once). Mae'n dweud wrth y rhan fwyaf o swyddfeydd y llywodraeth am y farwolaeth ar yr un pryd.
step-bereavement-bsp-who = Efallai y byddwch chi'n ei gael os oeddech chi dan oedran Pensiwn y Wladwriaeth pan fuon nhw farw, a'u bod nhw wedi talu Yswiriant Gwladol neu wedi marw oherwydd eu gwaith. Os nad oeddech chi'n briod nac mewn partneriaeth sifil, mae'n rhaid eich bod chi wedi bod yn cael Budd-dal Plant, neu'n feichiog, ar y pryd.
step-bereavement-bsp-late = Gallwch chi hawlio hyd at 21 mis ar ôl y farwolaeth, ond byddwch chi'n cael llai. Dydy eich incwm a'ch cynilion ddim yn cyfrif. Dydy e ddim yn newid eich budd-daliadau eraill am flwyddyn.
step-bereavement-funeral-payment = Ydych chi'n talu am yr angladd? Os ydych chi'n cael budd-dal fel Credyd Cynhwysol, Credyd Pensiwn neu Fudd-dal Tai, gofynnwch am Daliad Costau Angladd. Hawliwch cyn pen 6 mis ar ôl yr angladd. Gallwch chi hawlio tra byddwch chi'n aros i glywed am eich budd-dal.
step-bereavement-funeral-estate = Efallai y bydd y taliad yn cael ei gymryd yn ôl o'r arian a adawodd y person. Dydy tŷ neu eiddo personol a adawyd i ŵr, gwraig neu bartner sifil ddim yn cyfrif.
step-bereavement-tell-benefits = Dywedwch wrth y swyddfeydd sy'n talu eich budd-daliadau chi, ac wrth eich cyngor, fod rhywun yn eich cartref wedi marw. Gall yr hyn rydych chi'n ei gael newid. Os ydych chi nawr yn byw ar eich pen eich hun, gallwch chi gael 25% oddi ar eich Treth Gyngor.

## pregnancy-young-children
guide-pregnancy-young-children = Help gydag arian pan fyddwch chi'n feichiog neu pan fydd gennych chi blentyn ifanc
guide-pregnancy-young-children-summary = Os ydych chi'n feichiog neu os oes gennych chi blant ifanc, efallai y cewch chi help gyda bwyd, pethau i'r babi a phrydau ysgol.
today-healthy-start = Gwnewch gais am Gychwyn Iach (Healthy Start) os ydych chi'n cael Credyd Cynhwysol neu fudd-dal arall i bobl ar incwm isel. Mae'n rhoi arian ar gerdyn ar gyfer llaeth, ffrwythau a llysiau, ac yn rhoi fitaminau am ddim i chi.
step-healthy-start-who = Mae Cychwyn Iach ar gyfer pobl yng Nghymru ac yn Lloegr sydd o leiaf 10 wythnos yn feichiog neu sydd â phlentyn dan 4 oed. Rydych chi hefyd angen budd-dal fel Credyd Cynhwysol, a chyflog isel. Os ydych chi dan 18 oed ac yn feichiog, gallwch chi ei gael heb fudd-dal.
step-maternity-grant = Os ydych chi'n cael budd-dal fel Credyd Cynhwysol, a hwn yw eich plentyn cyntaf, efallai y cewch chi Grant Mamolaeth Cychwyn Cadarn o £500. Does dim rhaid i chi ei dalu'n ôl. Os oes gennych chi blant yn barod, efallai y cewch chi'r grant o hyd os ydych chi'n cael gefeilliaid neu fwy.
step-maternity-grant-when = Hawliwch o 11 wythnos cyn bod disgwyl i'r babi gael ei eni, a dim hwyrach na 6 mis ar ôl yr enedigaeth. Gall eich bydwraig neu eich ymwelydd iechyd lofnodi'r ffurflen.
step-school-meals-england = O fis Medi 2026, gall pob plentyn yn Lloegr y mae ei deulu'n cael Credyd Cynhwysol gael prydau ysgol am ddim, beth bynnag rydych chi'n ei ennill. Gwnewch gais i'ch cyngor. Mae pob plentyn yn y Dosbarth Derbyn, Blwyddyn 1 a Blwyddyn 2 yn eu cael nhw'n barod.
step-school-meals-wales = Yng Nghymru, gall pob plentyn mewn ysgol gynradd a gynhelir gael prydau ysgol am ddim. Os ydych chi'n cael budd-dal fel Credyd Cynhwysol, gwnewch gais i'ch cyngor o hyd: gall hyn agor y drws i help gyda gwisg ysgol a chostau eraill.

## students-young-people
guide-students-young-people = Myfyrwyr a phobl ifanc: help gydag arian
guide-students-young-people-summary = Dydy'r rhan fwyaf o fyfyrwyr llawn amser ddim yn gallu cael Credyd Cynhwysol, ond mae rhai yn gallu. Efallai y bydd gan eich coleg neu eich prifysgol arian i helpu hefyd.
today-student-hardship-fund = Cysylltwch â'r tîm cymorth i fyfyrwyr yn eich coleg neu eich prifysgol. Gofynnwch am gronfeydd caledi: arian nad oes rhaid i chi ei dalu'n ôl fel arfer.
step-student-uc-rule = Dydy'r rhan fwyaf o fyfyrwyr llawn amser ddim yn gallu cael Credyd Cynhwysol. Ond efallai y byddwch chi'n ei gael os yw un o'r pwyntiau nesaf yn wir amdanoch chi.
step-student-uc-parent = Efallai y byddwch chi'n cael Credyd Cynhwysol tra byddwch chi'n astudio os ydych chi'n gofalu am blentyn. Efallai y byddwch chi'n ei gael hefyd os ydych chi'n byw gyda phartner sy'n gallu ei gael.
step-student-uc-disabled = Os ydych chi'n anabl, efallai y byddwch chi'n ei gael hefyd. Mae angen i chi gael Taliad Annibyniaeth Personol (PIP) neu Lwfans Byw i'r Anabl. Mae angen penderfyniad hefyd bod gennych chi "allu cyfyngedig i weithio". Mae'n rhaid iddo gael ei wneud cyn i chi hawlio, neu cyn i'ch cwrs ddechrau.
step-student-uc-young = Efallai y byddwch chi'n ei gael hefyd os ydych chi dan 21 oed ac yn methu byw gyda'ch rhieni. Mae'n rhaid i'ch cwrs fod yn is na lefel gradd, fel Safon Uwch.
step-student-extra-help = Gofynnwch i'ch coleg neu eich prifysgol am arian ychwanegol arall hefyd. Yn aml, mae mwy o help i fyfyrwyr sy'n anabl, sydd â phlant neu sydd ar incwm isel.
step-young-homeless-england = Os ydych chi'n 16 neu'n 17 oed a does gennych chi unman diogel i fyw, ewch at wasanaethau plant eich cyngor heddiw. Mae'n rhaid iddyn nhw roi rhywle i chi aros os byddech chi mewn perygl difrifol hebddo. Ddylen nhw ddim dim ond eich anfon chi at y tîm tai.
step-young-homeless-wales = Os ydych chi'n 16 neu'n 17 oed a does gennych chi unman diogel i fyw, ewch at wasanaethau cymdeithasol eich cyngor heddiw. Mae'n rhaid iddyn nhw roi rhywle i chi aros os byddech chi mewn perygl difrifol hebddo.

## gambling-help
guide-gambling-help = Os yw gamblo'n achosi pryderon am arian
guide-gambling-help-summary = Mae llawer o bobl yn ei chael hi'n anodd rheoli gamblo. Dydych chi ddim ar eich pen eich hun, ac mae help preifat am ddim ar gael.
today-gambling-helpline = Ffoniwch y National Gambling Helpline (Llinell Gymorth Gamblo Genedlaethol) am ddim ar 0808 8020 133. Gallwch chi siarad am eich gamblo chi, neu am gamblo rhywun arall.
today-gambling-bank-block = Gofynnwch i'ch banc rwystro taliadau gamblo ar eich cardiau. Mae llawer o fanciau'n gadael i chi droi hyn ymlaen yn eu ap.
step-gambling-block-wait = Gyda llawer o fanciau, mae'n cymryd ychydig ddyddiau i ddiffodd y rhwystr eto. Mae hyn yn rhoi amser i chi feddwl os daw'r ysfa yn ôl.
step-gambling-gamstop = Cofrestrwch gyda GAMSTOP. Mae am ddim. Mae'n eich atal rhag defnyddio gwefannau ac apiau gamblo sydd wedi'u trwyddedu ym Mhrydain Fawr, am gyfnod rydych chi'n ei ddewis.
step-gambling-debt-advice = Gall cyngor am ddim ar ddyledion eich helpu i wneud cynllun ar gyfer yr hyn sy'n ddyledus gennych chi. Ffoniwch National Debtline am ddim ar 0808 808 4000.
step-gambling-someone-else = Os yw gamblo rhywun arall yn eich brifo chi neu eich arian, mae'r llinell gymorth yno i chi hefyd.

## Services
service-national-gambling-helpline = Help preifat am ddim os yw gamblo'n achosi problemau i chi. Hefyd i bobl sy'n cael eu brifo gan gamblo rhywun arall.
service-gamstop = Ffordd am ddim o rwystro eich hun rhag gwefannau ac apiau gamblo sydd wedi'u trwyddedu ym Mhrydain Fawr.
service-healthy-start = Gwnewch gais am Gychwyn Iach, a dysgwch pwy sy'n gallu ei gael.
service-ccw = Y corff annibynnol ar gyfer cwsmeriaid dŵr yng Nghymru a Lloegr. Mae'n rhoi cyngor am filiau dŵr a phroblemau gyda'ch cwmni dŵr.
