# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Canllawiau dyledion (content/guides/debts.json). Mae'r ffynonellau yn content/sources/debt-guides.json ac
# yn y sylwadau yn en-GB/guides-debts.ftl.

## money-taken-from-bank
guide-money-taken-from-bank = Arian wedi'i gymryd o'ch cyfrif banc
guide-money-taken-from-bank-summary = Efallai bod eich banc, gorchymyn llys neu CThEF (HMRC) wedi cymryd arian o'ch cyfrif am ddyled. Yn aml gallwch gael peth ohono'n ôl. Gweithredwch heddiw.
today-bank-taken-call = Ffoniwch eich banc heddiw. Gofynnwch pwy gymerodd yr arian a pham. Os oes ei angen arnoch chi ar gyfer rhent, biliau neu fwyd, gofynnwch iddyn nhw ei roi'n ôl.
today-bank-taken-court-order = Os yw llythyr gan y llys yn dweud bod eich cyfrif wedi'i rewi, cewch gyngor am ddim ar ddyledion heddiw. Gallwch ofyn i'r llys adael i chi ddefnyddio peth o'r arian ar gyfer costau byw.
step-bank-taken-check-debt = Os mai eich banc gymerodd yr arian, gwiriwch mai eich dyled chi yw hi. Dim ond am ddyled yn eich enw chi, gyda'r un banc, yr ydych chi ar ei hôl hi'n ei thalu, y gall banc gymryd arian. Os nad felly, cwynwch ar unwaith.
step-bank-taken-set-off = Os oes arnoch chi arian i'ch banc ar fenthyciad, cerdyn neu orddrafft, gall gymryd arian o'ch cyfrif gyda'r banc hwnnw. Yr enw ar hyn yw gwrthbwyso (set-off). Rhaid i'r banc ei ddefnyddio'n deg.
step-bank-taken-ask-back = Dywedwch wrth y banc beth oedd yr arian ar ei gyfer, fel rhent, biliau neu fwyd. Gofynnwch iddyn nhw roi'n ôl yr hyn sydd ei angen arnoch chi i fyw. Os ydyn nhw'n dweud na, gwnewch gŵyn. Wedyn gallwch fynd at yr Ombwdsmon Ariannol, sydd am ddim.
step-bank-taken-earmark = Cyn i'ch cyflog neu'ch budd-daliadau gael eu talu i mewn, gallwch ysgrifennu at eich banc i ddweud beth yw pwrpas yr arian, fel rhent neu fwyd. Gall hyn atal y banc rhag ei ddefnyddio ar gyfer yr hyn sydd arnoch chi iddyn nhw. Gall cynghorydd dyledion eich helpu i ysgrifennu hwn.
step-bank-taken-new-account = Agorwch gyfrif banc sylfaenol gyda banc nad oes arnoch chi arian iddo. Wedyn trefnwch i'ch cyflog neu'ch budd-daliadau gael eu talu i mewn iddo. Does dim gorddrafft ar gyfrif sylfaenol.
step-bank-taken-court-order = Gorchymyn llys yw gorchymyn dyled trydydd parti (third party debt order) sy'n rhewi arian yn eich cyfrif i dalu dyled llys. Cewch gyngor ar unwaith. Os na allwch chi dalu am fwyd neu filiau, gofynnwch i'r llys am orchymyn taliad caledi (hardship payment order). Gallwch hefyd wrthwynebu yn ysgrifenedig o leiaf 3 diwrnod cyn y gwrandawiad.
step-bank-taken-hmrc = Gall CThEF (HMRC) gymryd dyled treth yn syth o'ch cyfrif banc. Cyn gwneud hyn, rhaid iddo ymweld â chi ac ysgrifennu atoch chi. Rhaid iddo adael o leiaf £5,000 i chi yn eich cyfrifon. Os yw CThEF yn ysgrifennu atoch chi am hyn, cewch gyngor ar unwaith.

## mortgage-behind
guide-mortgage-behind = Ar ei hôl hi gyda'ch morgais
guide-mortgage-behind-summary = Yn aml gallwch gadw eich cartref os ydych chi'n gweithredu'n gynnar. Siaradwch â'ch benthyciwr, cewch gyngor am ddim, a pheidiwch byth ag anwybyddu llythyrau gan y benthyciwr neu'r llys.
today-mortgage-call-lender = Ffoniwch eich benthyciwr heddiw. Dywedwch wrthyn nhw eich bod chi'n cael trafferth talu. Ni ddylai gofyn am help niweidio eich ffeil gredyd.
today-mortgage-keep-keys = Peidiwch â symud allan na rhoi eich allweddi'n ôl cyn i chi gael cyngor am ddim.
step-mortgage-options = Gofynnwch i'ch benthyciwr sut gallan nhw helpu. Gallen nhw wneud y morgais yn hirach, gadael i chi dalu'r llog yn unig am gyfnod, neu adael i chi oedi neu leihau taliadau am gyfnod byr.
step-mortgage-charter = Mae'r rhan fwyaf o fenthycwyr wedi llofnodi'r Siarter Morgeisi (Mortgage Charter). Maen nhw wedi cytuno i beidio â gwneud i chi adael eich cartref o fewn blwyddyn i'ch taliad cyntaf a fethwyd, oni bai eich bod chi'n cytuno neu fod pethau'n anarferol iawn. Gofynnwch i'ch benthyciwr a yw wedi llofnodi.
step-mortgage-offer = Cyfrifwch beth allwch chi ei dalu a'i gynnig i'ch benthyciwr yn ysgrifenedig. Rhaid iddyn nhw ystyried eich cynnig. Os ydyn nhw'n dweud na, rhaid iddyn nhw ddweud pam o fewn 10 diwrnod.
step-mortgage-protocol = Dylai'r llys fod yn ddewis olaf. Rhaid i'ch benthyciwr ddweud wrthych chi faint sydd arnoch chi. Rhaid iddyn nhw roi 15 diwrnod o rybudd ysgrifenedig i chi cyn mynd i'r llys.
step-mortgage-smi = Os ydych chi'n cael Credyd Cynhwysol neu Gredyd Pensiwn, holwch am Gymorth ar gyfer Llog Morgais (Support for Mortgage Interest). Benthyciad gan yr Adran Gwaith a Phensiynau (DWP) yw hwn sy'n talu rhywfaint o log eich morgais. Ar Gredyd Cynhwysol gall ddechrau ar ôl 3 mis yn olynol, hyd yn oed os ydych chi'n gweithio. Nid yw'n talu taliadau a fethwyd. Rydych chi'n ei dalu'n ôl, gyda llog, pan fyddwch chi'n gwerthu eich cartref neu'n ei drosglwyddo i rywun arall.
step-mortgage-keys = Peidiwch â rhoi eich allweddi'n ôl. Byddai'r morgais yn dal arnoch chi nes bod y cartref wedi'i werthu, a gall y ddyled dyfu. Gallai'r cyngor hefyd ddweud eich bod chi wedi gwneud eich hun yn ddigartref.
step-mortgage-court = Os ydych chi'n cael papurau llys, llenwch y ffurflen amddiffyn, anfonwch hi'n ôl, ac ewch i'r gwrandawiad. Dim ond os yw'r llys yn cytuno y gall eich benthyciwr gymryd eich cartref.
step-mortgage-duty-adviser = Mae cyngor cyfreithiol am ddim ar gael i unrhyw un sydd mewn perygl o golli ei gartref, beth bynnag yw ei incwm. Ei enw yw'r Housing Loss Prevention Advice Service. Gallwch ei gael unwaith y bydd eich benthyciwr yn ysgrifennu i ddweud y gallai fynd i'r llys. Ar ddiwrnod gwrandawiad, gofynnwch yn y llys am y cynghorydd ar ddyletswydd.

## debt-options
guide-debt-options = Ffyrdd o ddelio â'ch dyledion
guide-debt-options-summary = Mae sawl ffordd o ddelio â dyledion na allwch chi eu talu. Mae ochrau da a drwg i bob un. Gall cyngor am ddim eich helpu i ddewis.
today-debt-options-free-advice = Cewch gyngor am ddim ar ddyledion cyn i chi ddewis ffordd o ddelio â'ch dyledion. Peidiwch â thalu neb am hyn.
step-debt-options-dmp = Mae cynllun rheoli dyledion (debt management plan) yn gadael i chi wneud un taliad misol, wedi'i rannu rhwng y bobl y mae arnoch chi arian iddyn nhw. Mae elusennau dyledion yn trefnu'r rhain am ddim. Mae rhai cwmnïau'n codi ffi am yr un peth.
step-debt-options-dro = Gall gorchymyn rhyddhau o ddyled (debt relief order, DRO) ddileu'r rhan fwyaf o'ch dyledion ar ôl blwyddyn. Gall fod yn addas os oes arnoch chi £50,000 neu lai, os oes gennych chi £75 neu lai dros ben bob mis, ac os nad ydych chi'n berchen ar eich cartref. Rhaid i'ch cynilion a'r pethau sydd gennych chi fod yn werth £2,000 neu lai. Nid yw car gwerth hyd at £4,000 yn cael ei gyfrif. Does dim ffi. Rydych chi'n gwneud cais drwy gynghorydd cymeradwy, sydd am ddim.
step-debt-options-bankruptcy = Gall methdaliad ddileu'r rhan fwyaf o ddyledion os na allwch chi eu talu. Rydych chi'n gwneud cais ar-lein ar GOV.UK. Y ffi yw £680, a gallwch ei thalu fesul tipyn. Gallech golli pethau gwerthfawr, fel eich cartref neu'ch car.
step-debt-options-iva = Mae IVA (trefniant gwirfoddol unigol) yn gytundeb cyfreithiol i dalu rhan o'r hyn sydd arnoch chi'n ôl. Fel arfer mae'n para 5 mlynedd. Mae'r cwmni sy'n ei redeg yn codi ffioedd. Byddwch yn ofalus o hysbysebion sy'n dweud y gallan nhw ddileu'r rhan fwyaf o'ch dyled, neu fod cynllun "â chefnogaeth y llywodraeth".
step-debt-options-statute-barred = Yng Nghymru a Lloegr, ni ellir mynd â'r rhan fwyaf o ddyledion i'r llys ar ôl 6 blynedd os na wnaethoch chi dalu dim ac na wnaethoch chi gytuno yn ysgrifenedig fod arnoch chi'r arian. Yr enw ar hyn yw dyled wedi'i gwahardd gan statud (statute-barred). Cewch gyngor cyn i chi dalu neu lofnodi unrhyw beth am ddyled hen iawn.
step-debt-options-breathing-space = Mae'r cynllun Lle i Anadlu (Breathing Space) yn rhoi amser i chi gael help. Am hyd at 60 diwrnod, mae'r rhan fwyaf o log, taliadau a chamau gan y bobl y mae arnoch chi arian iddyn nhw yn cael eu hatal. Mae cynghorydd dyledion yn gwneud cais ar eich rhan.
step-debt-options-crisis-breathing-space = Os ydych chi'n cael gofal argyfwng iechyd meddwl, gallwch gael Lle i Anadlu Argyfwng Iechyd Meddwl (Mental Health Crisis Breathing Space). Mae'n para cyhyd â'ch gofal argyfwng, a 30 diwrnod arall. Rhaid i Weithiwr Proffesiynol Iechyd Meddwl Cymeradwy (AMHP) gadarnhau eich gofal.

## scams-and-loan-sharks
guide-scams-and-loan-sharks = Benthycwyr arian didrwydded a sgamiau
guide-scams-and-loan-sharks-summary = Os gwnaethoch chi fenthyg gan rywun nad yw'n cael benthyca, nid ydych chi wedi gwneud dim o'i le. Mae help cyfrinachol ar gael, a gallwch aros yn ddienw.
today-loan-shark-report-england = Ffoniwch Stop Loan Sharks ar 0300 555 2222, ddydd neu nos. Maen nhw'n helpu pobl a fenthycodd gan fenthyciwr arian didrwydded (loan shark). Nid chi sydd mewn trwbl: y benthyciwr sydd.
today-loan-shark-report-wales = Ffoniwch Stop Loan Sharks Cymru ar 0300 123 3311, ddydd neu nos. Maen nhw'n helpu pobl a fenthycodd gan fenthyciwr arian didrwydded (loan shark). Nid chi sydd mewn trwbl: y benthyciwr sydd.
step-loan-shark-signs = Arwyddion benthyciwr arian didrwydded: maen nhw'n rhoi fawr ddim gwaith papur, neu ddim o gwbl. Maen nhw'n cadw eich cerdyn banc neu'ch pasbort. Mae'r ddyled yn dal i dyfu er eich bod chi'n talu. Efallai y byddan nhw'n eich bygwth chi.
step-loan-shark-danger = Os ydych chi mewn perygl, ffoniwch 999. Gallwch roi gwybod am fenthyciwr arian didrwydded heb roi eich enw.
step-scam-fca-register = Cyn i chi fenthyg, neu dalu unrhyw un i helpu gyda dyledion, gwiriwch fod y cwmni wedi'i awdurdodi. Chwiliwch amdano ar wefan yr FCA, fca.org.uk. Defnyddiwch gwmnïau sydd arni'n unig.
step-scam-never-pay = Peidiwch byth â thalu am help gyda dyledion: mae elusennau'n ei roi am ddim. Byddwch yn ofalus o hysbysebion sy'n addo dileu'r rhan fwyaf o'ch dyled neu'n dweud bod cynllun "â chefnogaeth y llywodraeth".
step-scam-cold-calls = Os yw rhywun yn ffonio neu'n anfon neges yn ddirybudd am ddyled, beilïaid neu dreth, peidiwch â thalu yn y fan a'r lle. Fydd CThEF (HMRC) byth yn bygwth eich arestio. Rhowch y ffôn i lawr, wedyn ffoniwch y sefydliad ar rif rydych chi'n dod o hyd iddo eich hun.

## mental-health-and-debt
guide-mental-health-and-debt = Iechyd meddwl a dyled
guide-mental-health-and-debt-summary = Mae pryderon am arian ac iechyd meddwl yn aml yn mynd gyda'i gilydd. Rhaid i'r bobl y mae arnoch chi arian iddyn nhw eich trin yn deg, ac mae help i oedi pethau tra byddwch chi'n gwella.
today-mental-health-debt-tell = Dywedwch wrth y bobl y mae arnoch chi arian iddyn nhw fod eich iechyd meddwl yn gwneud pethau'n anodd. Gofynnwch iddyn nhw aros tra byddwch chi'n cael help.
step-mental-health-debt-fair = Rhaid i fanciau, benthycwyr a chasglwyr dyledion drin pobl mewn sefyllfa fregus yn deg. Gall iechyd meddwl gwael fod yn un. Dywedwch wrthyn nhw beth fyddai'n helpu, fel mwy o amser, neu gysylltu drwy lythyr yn lle galwadau.
step-mental-health-debt-evidence-form = Os yw benthyciwr yn gofyn am brawf, gall gweithiwr iechyd neu ofal cymdeithasol, fel eich meddyg teulu, nyrs neu weithiwr cymdeithasol, lenwi'r Ffurflen Tystiolaeth Dyled ac Iechyd Meddwl (Debt and Mental Health Evidence Form). Yng Nghymru a Lloegr ni allan nhw godi tâl arnoch chi amdani.
step-mental-health-debt-adviser = Gall cynghorydd dyledion am ddim ddelio â'r bobl y mae arnoch chi arian iddyn nhw ar eich rhan. Fyddan nhw ddim yn eich barnu chi.

## Services
service-stop-loan-sharks = Help i bobl yn Lloegr a fenthycodd gan fenthyciwr arian didrwydded (loan shark). Mae'n gyfrinachol, a gallwch aros yn ddienw.
service-illegal-money-lending-unit-cymru = Help i bobl yng Nghymru a fenthycodd gan fenthyciwr arian didrwydded (loan shark). Mae'n gyfrinachol, a gallwch aros yn ddienw.
