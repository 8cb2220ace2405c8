# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.
# Also: who a service is for (eligibility), and the example directory (content/directory/).

## National services (content/services.json): real services, with their public numbers.

service-stepchange = Cyngor arbenigol am ddim ar ddyledion, dros y ffôn neu ar-lein. Gallan nhw eich helpu i wneud cynllun i ddelio â'ch dyledion.
service-national-debtline = Cyngor cyfrinachol am ddim ar ddyledion, dros y ffôn neu ar-lein, gan gynnwys help gyda llythyrau llys a beilïaid.
service-business-debtline = Cyngor am ddim ar ddyledion i bobl hunangyflogedig neu sy'n rhedeg busnes bach, dros y ffôn neu ar-lein. Gallan nhw helpu gyda threth, TAW a dyledion busnes.
service-moneyhelper = Help diduedd am ddim gydag arian a phensiynau, gyda chefnogaeth y llywodraeth. Gallan nhw eich helpu i wneud cyllideb a dod o hyd i gyngor am ddim ar ddyledion.
service-citizens-advice = Cyngor am ddim am fudd-daliadau, dyledion, tai a mwy. Gallan nhw helpu gyda ffurflenni ac atgyfeiriadau at fanciau bwyd.
service-advicelink-cymru = Llinell gyngor Cyngor ar Bopeth Cymru. Cyngor am ddim am fudd-daliadau, dyledion, tai a mwy, yn Gymraeg neu'n Saesneg, a help gyda ffurflenni ac atgyfeiriadau at fanciau bwyd.
service-help-to-claim = Help am ddim i hawlio Credyd Cynhwysol, o ddechrau eich cais hyd at eich taliad cyntaf.
service-universal-credit-helpline = Llinell ffôn y llywodraeth ar gyfer Credyd Cynhwysol. Ffoniwch i holi am eich cais neu eich taliadau, neu i ofyn am daliad ymlaen llaw.
service-pension-credit-line = Llinell ffôn y llywodraeth i hawlio Credyd Pensiwn. Mae Credyd Pensiwn yn ychwanegu at incwm isel pobl sydd dros oed Pensiwn y Wladwriaeth.
service-turn2us = Cyfrifiannell ar-lein am ddim sy'n dangos pa fudd-daliadau y gallech chi eu cael, a faint.
service-consumer-helpline = Cyngor am ddim os oes gennych chi broblem gyda'ch cwmni nwy neu drydan. Gallan nhw helpu gyda bil, mesurydd neu gŵyn.
service-trussell = Dewch o hyd i fanc bwyd yn agos atoch chi, a sut i gael bwyd ganddo.
service-shelter = Cyngor am ddim os ydych chi'n ddigartref, neu os gallech chi golli eich cartref.
service-shelter-cymru = Cyngor am ddim yng Nghymru os ydych chi'n ddigartref, neu os gallech chi golli eich cartref.
service-samaritans = Rhywun i siarad â nhw am unrhyw beth sy'n eich gofidio, gan gynnwys meddyliau am roi diwedd ar eich bywyd.
service-galop = Help cyfrinachol am ddim i bobl LHDTC+ sy'n cael eu brifo, eu bygwth neu eu rheoli gan bartner neu aelod o'r teulu.
service-mens-advice-line = Help cyfrinachol am ddim i ddynion sy'n cael eu brifo, eu bygwth neu eu rheoli gan bartner neu gyn-bartner.
service-samaritans-welsh = Cymorth cyfrinachol am ddim yn Gymraeg os ydych chi'n ei chael hi'n anodd ymdopi neu'n meddwl am roi diwedd ar eich bywyd.
service-domestic-abuse-helpline = Help cyfrinachol am ddim os oes rhywun agos atoch chi yn eich brifo, yn eich bygwth neu'n eich rheoli.
service-live-fear-free = Help cyfrinachol am ddim yng Nghymru os oes rhywun agos atoch chi yn eich brifo, yn eich bygwth neu'n eich rheoli. Gallwch chi siarad yn Gymraeg neu'n Saesneg. Enw Cymraeg y llinell gymorth yw Byw Heb Ofn.

## Example directory (content/directory/example-cornwall.json).
## These organisations are MADE UP. A council replaces them, and these messages, with its own.

service-carrick-way-money-advice = Help am ddim gyda dyledion a budd-daliadau, hyd yn oed pan fydd pethau'n anodd eu datrys. Gall cynghorydd siarad â'r bobl y mae arnoch chi arian iddyn nhw, a helpu gyda phapurau llys a beilïaid.
service-tidewater-housing-advice = Help am ddim os gallech chi golli eich cartref, os ydych chi ar ei hôl hi gyda'r rhent neu'r morgais, neu os nad oes gennych chi unman i aros. Gallan nhw eich helpu yn y llys.
service-steady-ground-mind-and-money = Cyngor am ddim ar arian i bobl sydd â phroblem iechyd meddwl. Maen nhw'n mynd ar eich cyflymder chi, a gallan nhw ddelio â'r bobl y mae arnoch chi arian iddyn nhw ar eich rhan.
service-fair-decision-appeals = Help am ddim i herio penderfyniad am fudd-dal sy'n anghywir yn eich barn chi, hyd yn oed os yw'r dyddiad olaf wedi mynd heibio. Gallan nhw lenwi ffurflenni gyda chi a dod i wrandawiad gyda chi.
service-warm-hearth-energy = Help am ddim gyda biliau nwy a thrydan a mesuryddion rhagdalu. Gallan nhw eich helpu i gael credyd brys, grantiau a help ychwanegol gan eich cyflenwr.
service-two-hands-carers-centre = Help am ddim i ofalwyr wirio budd-daliadau, gofyn am grantiau a llenwi ffurflenni. Gallwch chi siarad â rhywun sy'n gwybod sut beth yw gofalu.
service-sea-pink-womens-service = Help cyfrinachol am ddim i fenywod sy'n cael eu brifo, eu bygwth neu eu rheoli gan rywun agos atyn nhw. Gallan nhw eich helpu i ddod o hyd i le diogel i aros, a threfnu eich arian.
service-small-trade-money-help = Help am ddim i bobl hunangyflogedig a busnesau bach gyda threth, TAW a dyledion busnes. Gallan nhw eich helpu i benderfynu beth i'w wneud am eich busnes.
service-open-cupboard-food-banks = Bwyd brys i chi a'ch teulu, gan fanciau bwyd ledled Cernyw. Ffoniwch nhw i gael gwybod sut i gael bwyd heddiw.
service-lantern-community-hub = Lle cyfeillgar i fynd ar-lein, defnyddio cyfrifiadur a chael help gyda ffurflenni. Gall gwirfoddolwyr eich helpu i hawlio budd-daliadau a gwneud cyllideb.
service-most-community-association = Help yn Bwyleg ac yn Rwmaneg gyda budd-daliadau, ffurflenni a llythyrau. Gall gwirfoddolwyr ddweud wrthych chi beth mae llythyr yn ei olygu, a mynd gyda chi i gyfarfodydd.

## Who a service is for (eligibility). Shared by national and directory services.

eligibility-lives-in-cornwall = I bobl sy'n byw yng Nghernyw
eligibility-carers = I bobl sy'n gofalu am rywun sy'n sâl, yn anabl neu'n hŷn, heb dâl
eligibility-women = I fenywod a'u plant
eligibility-self-employed = I bobl hunangyflogedig neu sy'n rhedeg busnes bach
eligibility-pension-age = I bobl sydd wedi cyrraedd oed Pensiwn y Wladwriaeth
eligibility-new-universal-credit-claim = I bobl sy'n gwneud cais newydd am Gredyd Cynhwysol
eligibility-mental-health = I bobl sydd â phroblem iechyd meddwl ac sy'n poeni am arian
eligibility-eastern-european = I bobl o Wlad Pwyl a gwledydd eraill yn Nwyrain Ewrop

## Opening hours. Shared: reuse one when the times are the same.

hours-every-day = Ar agor 24 awr y dydd, bob dydd
hours-weekdays-9-5 = Dydd Llun i ddydd Gwener, 9yb i 5yh
hours-weekdays-10-4 = Dydd Llun i ddydd Gwener, 10yb i 4yh
hours-mon-wed-fri-10-1 = Dydd Llun, dydd Mercher a dydd Gwener, 10yb i 1yh
hours-weeknights-and-saturday = Dydd Llun i ddydd Iau, 5yh i 8yh, a dydd Sadwrn, 10yb i 1yh
# Shout (giveusashout.org FAQ), 999 BSL (Ofcom), emergencySMS (NHS audiology page; register first). Checked 2026-12-06.
service-shout = Cymorth am ddim drwy neges destun, unrhyw bryd, os ydych chi'n ei chael hi'n anodd ymdopi. Anfonwch SHOUT at 85258.
service-999-bsl = Os ydych chi'n fyddar ac yn defnyddio Iaith Arwyddion Prydain (BSL), gallwch chi ffonio 999 drwy ddehonglwr BSL. Defnyddiwch ap neu wefan 999 BSL, sydd am ddim.
service-emergency-sms = Os ydych chi'n fyddar neu'n methu siarad, gallwch chi anfon neges destun at 999 mewn argyfwng. Rhaid i chi gofrestru eich ffôn yn gyntaf: anfonwch REGISTER at 999, yna dilynwch yr ateb.
