# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Issue 17: benefits, crisis help and energy.

step-uc-free-help-england = I gael help gyda'ch hawliad, ffoniwch Gyngor ar Bopeth am ddim ar 0800 144 8848.
step-uc-free-help-wales = I gael help gyda'ch hawliad, ffoniwch Gyngor ar Bopeth am ddim ar 0800 702 2020.
step-deductions-waive = Os byddai ei dalu'n ôl yn eich gadael heb ddigon ar gyfer bwyd, rhent neu filiau, gofynnwch i adran Rheoli Dyledion yr Adran Gwaith a Phensiynau (DWP Debt Management) ostwng yr ad-daliadau. Weithiau gallan nhw gytuno i beidio â'i gymryd yn ôl o gwbl. Dywedwch sut mae'n effeithio arnoch chi a'ch teulu.
step-benefits-carer-pension = Os ydych chi'n cael Pensiwn y Wladwriaeth, efallai na fyddwch chi'n cael Lwfans Gofalwr hefyd. Mae'n dal yn werth ei hawlio. Gall ychwanegu swm ychwanegol i ofalwyr at eich Credyd Pensiwn.
step-benefits-two-children = Ers mis Ebrill 2026, mae Credyd Cynhwysol yn cynnwys swm ar gyfer pob plentyn, nid dim ond y ddau gyntaf. Os oes gennych chi 3 o blant neu fwy, gwiriwch beth gallwch chi ei gael nawr. Efallai y gallwch chi hawlio hyd yn oed os na allech chi o'r blaen.
step-crisis-budgeting-advance = Os ydych chi wedi cael Credyd Cynhwysol am 6 mis neu fwy, efallai y gallwch chi gael Taliad Cyllidebu Ymlaen Llaw (Budgeting Advance) ar gyfer cost frys, fel popty wedi torri. Benthyciad yw e. Rydych chi'n ei dalu'n ôl o'ch taliadau nesaf.
step-energy-no-forced-prepay = Ni chaiff eich cyflenwr orfodi mesurydd rhagdalu ar rai cartrefi. Er enghraifft, lle mae rhywun angen pŵer ar gyfer offer meddygol, lle mae person dros 75 oed yn byw heb gymorth, neu lle mae plentyn dan 2 oed. Dywedwch wrth eich cyflenwr os yw hyn yn wir amdanoch chi.
step-energy-power-cut = Os yw eich trydan yn diffodd a bod credyd ar eich mesurydd o hyd, efallai fod toriad pŵer. Ffoniwch 105 am ddim. Mae'n eich cysylltu â'ch rhwydwaith trydan lleol.
step-energy-gas-emergency = Os ydych chi'n arogli nwy, ffoniwch y Gwasanaeth Argyfwng Nwy Cenedlaethol am ddim ar 0800 111 999.
step-energy-ombudsman = Os nad yw eich cwyn wedi'i datrys ar ôl 8 wythnos, neu os yw eich cyflenwr yn anfon llythyr terfynol ('deadlock letter'), gallwch chi fynd â hi at yr Ombwdsmon Ynni (Energy Ombudsman). Mae am ddim.
service-universal-credit-welsh = Llinell ffôn y llywodraeth i wneud cais am Gredyd Cynhwysol yn Gymraeg.
