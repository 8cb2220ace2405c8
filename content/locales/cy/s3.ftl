# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Treth Gyngor, dyledion blaenoriaeth a dyledion eraill, cyllidebau: negeseuon newydd (issue 17). Sources: see en-GB/s3.ftl.
# Terms to check: "Protocol Treth Gyngor Cymru", "Gostyngiad Band i Bobl Anabl", "nam meddyliol difrifol",
# "gorchymyn atebolrwydd" (liability order), "gweithiwr iechyd meddwl proffesiynol cymeradwy" (AMHP), "siarc benthyg".

today-council-tax-call-wales = Ffoniwch eich cyngor. Dywedwch wrthyn nhw eich bod chi ar ei hôl hi, a gofynnwch am gael talu symiau llai. Mae pob cyngor yng Nghymru yn dilyn Protocol Treth Gyngor Cymru. Mae'n dweud y dylen nhw eich helpu chi, a defnyddio beilïaid dim ond fel dewis olaf.

step-council-tax-smi = Nid yw rhai pobl yn cael eu cyfrif ar gyfer y Dreth Gyngor, fel pobl sydd â nam meddyliol difrifol fel dementia. Rhaid i feddyg gadarnhau hyn, a rhaid iddyn nhw fod yn gymwys i gael budd-daliadau penodol. Gall hyn leihau eich bil. Os oes gan bawb yn y cartref nam o'r fath, efallai na fydd dim i'w dalu.
step-council-tax-disabled-band = Os oes oedolyn neu blentyn anabl yn byw gyda chi, gofynnwch am y Gostyngiad Band i Bobl Anabl. Gall helpu os oes angen ystafell, ystafell ymolchi neu gegin ychwanegol arnyn nhw, neu le i ddefnyddio cadair olwyn yn y tŷ. Byddwch chi wedyn yn talu'r bil ar gyfer y band islaw eich band chi.
step-council-tax-hardship = Os na allwch chi dalu o hyd, gofynnwch i'r cyngor leihau eich bil oherwydd caledi. Gall cynghorau leihau unrhyw fil, hyd yn oed i ddim. Dywedwch wrthyn nhw pam na allwch chi dalu.
step-council-tax-whole-year-england = Os byddwch chi'n methu taliad, bydd y cyngor yn anfon nodyn atgoffa. Os na fyddwch chi'n dal i fyny o fewn 7 diwrnod, bydd gweddill bil y flwyddyn yn ddyledus 7 diwrnod yn ddiweddarach. Ar ôl 2 nodyn atgoffa mewn blwyddyn, os byddwch chi'n methu un taliad arall, bydd gweddill bil y flwyddyn yn ddyledus ar unwaith. Cysylltwch â'r cyngor cyn gynted ag y cewch chi nodyn atgoffa.
step-council-tax-whole-year-wales = Yng Nghymru, os byddwch chi'n methu taliad, mae gennych chi o leiaf 63 diwrnod i'w ddatrys cyn y gall y cyngor fynd â chi i'r llys. Bydd y cyngor yn ysgrifennu atoch chi yn gyntaf, gyda dyddiad olaf i dalu. Os na fyddwch chi'n talu erbyn hynny, bydd gweddill bil y flwyddyn yn ddyledus. Cysylltwch â'r cyngor cyn gynted ag y cewch chi lythyr.
step-council-tax-benefit-deductions = Os yw'r llys wedi gwneud gorchymyn atebolrwydd a'ch bod chi'n cael budd-daliadau, fel Credyd Cynhwysol, gofynnwch i'r cyngor gymryd yr arian sydd arnoch chi o'ch budd-daliadau. Y llywodraeth sy'n pennu'r swm. Ni ddylai'r cyngor anfon beilïaid tra bo hyn yn cael ei dalu.
step-council-tax-prison-england = Yn Lloegr, ni allwch chi gael eich anfon i'r carchar dim ond am na allwch chi fforddio eich Treth Gyngor. Dim ond os yw'n penderfynu eich bod chi wedi dewis peidio â thalu, neu heb hidio, y gall llys wneud hyn. Os cewch chi lythyr am hyn, mynnwch gyngor am ddim ar unwaith.
step-council-tax-prison-wales = Yng Nghymru, ni allwch chi gael eich anfon i'r carchar am beidio â thalu'r Dreth Gyngor.

guide-non-priority-debts-step-crisis-breathing-space = Os ydych chi'n cael triniaeth am argyfwng iechyd meddwl, gallwch chi gael cyfnod hirach o'r cynllun Lle i Anadlu (Breathing Space). Mae'n para cyhyd â'ch triniaeth, a 30 diwrnod arall. Rhaid i weithiwr iechyd meddwl proffesiynol cymeradwy gadarnhau eich triniaeth. Yna gall cynghorydd dyledion ei ddechrau. Does dim rhaid i chi siarad â'r cynghorydd eich hun.

step-budget-help-if-stuck = Os nad yw eich arian yn talu am yr hyn sydd ei angen arnoch chi o hyd, neu os bydd pethau'n mynd yn anoddach, mynnwch help am ddim. Gall MoneyHelper eich helpu i wneud cyllideb a dod o hyd i gyngor am ddim yn agos atoch chi.
