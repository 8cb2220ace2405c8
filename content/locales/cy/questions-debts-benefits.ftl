# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Issue 17: new debt types, work and income changes, a Move to Universal Credit
# letter, worry about keeping a home. Sources: content/sources/benefits-move-to-uc.json.

## Questions and options

q-debt-types-logbook-loan = Benthyciad llyfr log (logbook loan)
q-debt-types-logbook-loan-hint = Benthyciad lle mae'r benthyciwr yn berchen ar eich car neu fan nes i chi ei dalu'n ôl.
q-debt-types-tax-credit-overpayment = Credydau treth a gawsoch chi ormod ohonyn nhw
q-debt-types-phone-broadband = Biliau ffôn, ffôn symudol neu rhyngrwyd
q-debt-types-benefit-overpayment = Budd-daliadau eraill a gawsoch chi ormod ohonyn nhw
q-debt-types-benefit-overpayment-hint = Er enghraifft, Credyd Cynhwysol neu Fudd-dal Tai.
q-debt-types-student-loan = Benthyciad myfyriwr
q-debt-types-parking = Tocynnau parcio neu daliadau cosb eraill
q-debt-types-parking-hint = Er enghraifft, am barcio, lôn fysiau neu dâl tagfeydd.
q-debt-types-guarantor-loan = Benthyciad gwarantwr
q-debt-types-guarantor-loan-hint = Benthyciad lle cytunodd rhywun arall i dalu os na allwch chi.
q-debt-types-hire-purchase-other = Hurbwrcasu ar rywbeth y gallech chi ymdopi hebddo
q-debt-types-hire-purchase-other-hint = Er enghraifft, teledu neu gonsol gemau.
q-debt-types-illegal-lender = Siarc benthyg, neu rywun arall sy'n benthyg arian heb fod â hawl i wneud hynny
q-debt-types-illegal-lender-hint = Efallai eu bod nhw'n cadw eich cerdyn banc, yn ychwanegu taliadau mawr neu'n eich bygwth. Dydych chi ddim mewn trwbl am ddweud wrthon ni.
q-debt-types-other = Rhywbeth arall
q-debt-types-other-hint = Gall cynghorydd eich helpu i weld pa fath o ddyled yw hi.

q-income-change-self-employed-drop = Rydw i'n gweithio i mi fy hun ac rydw i'n ennill llai nawr
q-income-change-self-employed-drop-hint = Er enghraifft, mae gennych chi lai o waith, neu mae eich costau wedi codi.

q-benefit-problems-move-to-uc = Ces i lythyr yn dweud wrtha i am symud i Gredyd Cynhwysol
q-benefit-problems-move-to-uc-hint = Mae'r llythyr yn rhoi dyddiad i wneud cais erbyn hynny.
q-move-to-uc-date = Beth yw'r dyddiad yn y llythyr i wneud cais erbyn hynny?
q-move-to-uc-date-hint = Dyma'r diwrnod olaf i wneud cais am Gredyd Cynhwysol. Er enghraifft, 27 10 2026.
deadline-move-to-uc = Y diwrnod olaf i wneud cais am Gredyd Cynhwysol (y dyddiad yn eich llythyr)

## Flags

flag-illegal-lender = Wedi benthyg gan siarc benthyg neu fenthyciwr arall heb hawl i fenthyg
flag-move-to-uc = Wedi cael llythyr i symud i Gredyd Cynhwysol erbyn dyddiad penodol
flag-logbook-loan = Mae ganddyn nhw fenthyciad llyfr log (benthyciad wedi'i sicrhau ar eu cerbyd)
flag-home-worry = Yn poeni am gadw eu cartref, er nad ydyn nhw ar ei hôl hi nac wedi cael gwybod bod rhaid gadael
flag-other-debt = Mae ganddyn nhw fath arall o ddyled: gwiriwch a yw'n ddyled flaenoriaeth
flag-water-debt = Ar ei hôl hi gyda biliau dŵr
flag-bereavement = Bu farw rhywun agos atyn nhw yn y flwyddyn ddiwethaf
flag-student = Myfyriwr

## Outcomes

o-act-today-move-to-uc = Gwnewch gais am Gredyd Cynhwysol heddiw
o-act-today-move-to-uc-summary = Mae'r dyddiad yn eich llythyr yn agos iawn, neu mae wedi mynd heibio. Bydd eich hen fudd-daliadau'n dod i ben ar ôl y dyddiad hwnnw. Gwnewch gais am Gredyd Cynhwysol heddiw er mwyn i arian barhau i ddod i mewn.
o-keep-your-home = Cael help yn gynnar i gadw eich cartref
o-keep-your-home-summary = Dydych chi ddim ar ei hôl hi eto, felly mae gennych chi fwy o ddewisiadau nawr. Gall eich benthyciwr neu eich landlord, eich cyngor a chynghorwyr am ddim helpu.

step-keep-home-mortgage = Os oes gennych chi forgais, siaradwch â'ch benthyciwr nawr, cyn i chi golli taliad. Gofynnwch sut gallan nhw wneud eich taliadau'n is am gyfnod, er enghraifft drwy wneud y morgais yn hirach.

## Guide

guide-move-to-uc = Llythyr yn dweud wrthych chi am symud i Gredyd Cynhwysol
guide-move-to-uc-summary = Mae eich hen fudd-daliadau'n dod i ben. Gwnewch gais am Gredyd Cynhwysol erbyn y dyddiad yn y llythyr er mwyn dal i gael arian.
today-move-to-uc-claim = Gwnewch gais am Gredyd Cynhwysol erbyn y dyddiad yn eich llythyr. Gallwch chi wneud cais ar-lein ar GOV.UK, neu ffonio llinell gymorth Credyd Cynhwysol os na allwch chi. Bydd eich hen fudd-daliadau'n dod i ben ar ôl y dyddiad hwnnw.
step-move-to-uc-extra = Os gwnewch chi gais erbyn y dyddiad yn y llythyr, efallai y cewch chi swm ychwanegol fel nad ydych chi'n waeth eich byd i ddechrau. Enw hyn yw diogelwch trosiannol. Gall fynd i lawr dros amser.
step-move-to-uc-more-time = Os na allwch chi wneud cais mewn pryd, gofynnwch i'r DWP am fwy o amser cyn y dyddiad yn eich llythyr. Ffoniwch y rhif ar y llythyr a dywedwch pam, er enghraifft rydych chi'n sâl neu yn yr ysbyty.
step-move-to-uc-missed = Os yw'r dyddiad wedi mynd heibio, gwnewch gais am Gredyd Cynhwysol ar unwaith a chael cyngor am ddim. Efallai y cewch chi'r swm ychwanegol o hyd os gwnewch chi gais yn fuan ar ôl y dyddiad.
