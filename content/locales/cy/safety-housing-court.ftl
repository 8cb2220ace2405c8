# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# New guide steps from issue 17. Sources: see content/locales/en-GB/safety-housing-court.ftl and content/sources/safety-housing-court.json.

## staying-safe
step-safe-gp-england = I gael help brys gyda'ch iechyd meddwl, ffoniwch GIG 111 (NHS 111) a dewiswch yr opsiwn iechyd meddwl. Gallwch chi hefyd siarad â'ch meddyg teulu.
step-safe-gp-wales = I gael help brys gyda'ch iechyd meddwl, ffoniwch GIG 111 Cymru a phwyswch 2. Gallwch chi hefyd siarad â'ch meddyg teulu.

## homeless
step-homeless-priority-england = Os gallech chi fod mewn "angen blaenoriaethol", mae'n rhaid i'r cyngor ddod o hyd i rywle i chi aros ar unwaith. Mae'n gwneud hyn tra mae'n edrych ar eich achos. Mae angen blaenoriaethol yn cynnwys bod yn feichiog, bod â phlant, neu fod yn ddigartref oherwydd cam-drin domestig. Mae hefyd yn cynnwys pobl 16 a 17 oed, a phobl o dan 21 oed sydd wedi gadael gofal. Mae pobl sy'n agored iawn i niwed, er enghraifft oherwydd salwch neu anabledd, wedi'u cynnwys hefyd.
step-homeless-priority-wales = Os gallech chi fod mewn "angen blaenoriaethol", mae'n rhaid i'r cyngor ddod o hyd i rywle i chi aros ar unwaith. Mae'n gwneud hyn tra mae'n edrych ar eich achos. Mae angen blaenoriaethol yn cynnwys bod yn feichiog, bod â phlant, bod yn ddigartref oherwydd cam-drin domestig, neu fod yn 16 neu'n 17 oed. Mae pobl sy'n agored iawn i niwed, er enghraifft oherwydd salwch neu anabledd, wedi'u cynnwys hefyd. Mae'r gyfraith yng Nghymru yn newid er mwyn helpu mwy o bobl, felly gofynnwch am help hyd yn oed os nad yw dim un o'r rhain yn wir amdanoch chi.

## bailiffs
step-bailiffs-children = Ddylai beilïaid ddim cymryd eich pethau os mai dim ond plant o dan 16 oed sydd gartref.
step-bailiffs-goods = All beilïaid ddim cymryd pethau sydd eu hangen arnoch chi bob dydd, fel gwelyau, dillad, popty, oergell neu beiriant golchi. Mae offer neu gerbyd sydd eu hangen arnoch chi ar gyfer gwaith hefyd wedi'u diogelu, hyd at £1,350 i gyd.
step-bailiffs-agreement = Peidiwch â llofnodi "cytundeb nwyddau dan reolaeth" (controlled goods agreement) oni bai eich bod chi'n gallu cadw at y taliadau sydd ynddo. Os byddwch chi'n methu taliad, gall y beilïaid ddod yn ôl i gymryd y pethau sydd ar y rhestr.
step-bailiffs-council-tax = Ydy beilïaid yn casglu Treth Gyngor? Os ydych chi'n cael Credyd Cynhwysol neu Gredyd Pensiwn, gofynnwch i'r cyngor gymryd yr arian o'ch budd-dal yn lle hynny.

## court-claim
step-court-letter-of-claim = Cyn mynd i'r llys, dylai busnes y mae arnoch chi arian iddo anfon "Llythyr Hawlio" (Letter of Claim) atoch chi, gyda Ffurflen Ateb. Anfonwch y Ffurflen Ateb yn ôl cyn pen 30 diwrnod ar ôl y dyddiad ar y llythyr. Os byddwch chi'n dweud eich bod chi'n cael cyngor ar ddyledion, dylen nhw roi mwy o amser i chi.
step-court-ccj-enforce = Os na fyddwch chi'n talu Dyfarniad Llys Sirol fel mae'r llys yn ei orchymyn, gall y person y mae arnoch chi arian iddo ofyn i'r llys am fwy. Gall hyn olygu beilïaid, arian yn cael ei gymryd o'ch cyflog, neu arwystl ar eich cartref. Gofynnwch am gyngor cyn i hyn ddigwydd.
step-court-single-justice = Llythyr am achos yn y llys ynadon yw "Hysbysiad Gweithdrefn Un Ynad" (Single Justice Procedure Notice), er enghraifft am Drwydded Deledu. Atebwch cyn pen 21 diwrnod. Os na fyddwch chi'n ateb, gall ynad benderfynu ar eich achos heb glywed gennych chi.
