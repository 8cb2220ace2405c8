# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Self-help guides (content/guidance.json).

## make-a-budget
guide-make-a-budget = Gwneud cyllideb
guide-make-a-budget-summary = Mae cyllideb yn dangos faint o arian sy'n dod i mewn a faint sy'n mynd allan bob mis. Mae'n eich helpu i weld beth y gallwch chi ei fforddio.
guide-make-a-budget-step-gather = Casglwch eich cyfriflenni banc, eich slipiau cyflog, eich llythyrau budd-daliadau a'ch biliau ar gyfer y mis diwethaf.
guide-make-a-budget-step-income = Ysgrifennwch yr holl arian sy'n dod i mewn bob mis, fel cyflog, budd-daliadau a chynhaliaeth plant.
guide-make-a-budget-step-spending = Ysgrifennwch bopeth rydych chi'n ei wario bob mis. Dechreuwch gyda'ch cartref, nwy, trydan, Treth Gyngor, bwyd a theithio.
guide-make-a-budget-step-take-away = Tynnwch yr hyn rydych chi'n ei wario o'r hyn sy'n dod i mewn. Yr hyn sydd ar ôl yw'r arian y gallwch chi ei ddefnyddio i dalu dyledion.
guide-make-a-budget-step-shortfall = Os nad oes dim ar ôl, chwiliwch am gostau y gallwch chi eu torri, a gwnewch yn siŵr eich bod yn cael yr holl fudd-daliadau y gallwch chi eu cael.
guide-make-a-budget-step-review = Edrychwch ar eich cyllideb eto bob mis, a phan fydd rhywbeth yn newid.

## priority-debts
guide-priority-debts = Delio â dyledion blaenoriaeth
guide-priority-debts-summary = Dyledion blaenoriaeth yw'r rhai a all achosi'r problemau mwyaf difrifol os nad ydych chi'n talu, fel colli eich cartref neu eich cyflenwad ynni.
guide-priority-debts-step-list = Gwnewch restr o'ch dyledion blaenoriaeth. Y rhain yw rhent, morgais, Treth Gyngor, nwy, trydan, Trwydded Deledu, dirwyon llys, cynhaliaeth plant, treth, a hurbwrcasu ar bethau sydd eu hangen arnoch chi.
guide-priority-debts-step-first = Talwch y rhain cyn dyledion eraill, fel cardiau credyd a benthyciadau, hyd yn oed os yw benthycwyr eraill yn gofyn am arian yn gyntaf.
guide-priority-debts-step-afford = Gwnewch gyllideb i weld faint y gallwch chi fforddio ei dalu tuag at yr arian sydd arnoch chi.
guide-priority-debts-step-contact = Cysylltwch â phob un cyn gynted ag y gallwch chi. Cynigiwch dalu swm penodol bob mis tuag at yr arian sydd arnoch chi, yn ogystal â'ch taliad arferol.
guide-priority-debts-step-help = Gofynnwch am help gyda'r biliau hyn. Efallai y gallwch chi gael Gostyngiad Treth Gyngor, help gan eich cyflenwr ynni, neu help gan eich cyngor gyda rhent.
guide-priority-debts-step-court = Peidiwch byth ag anwybyddu llythyr gan lys neu gan feilïaid. Atebwch erbyn y dyddiad ar y llythyr, a gofynnwch am gyngor am ddim ar unwaith.

## non-priority-debts
guide-non-priority-debts = Delio â dyledion nad ydynt yn flaenoriaeth
guide-non-priority-debts-summary = Mae dyledion nad ydynt yn flaenoriaeth yn cynnwys cardiau credyd, benthyciadau, gorddrafftiau, catalogau a biliau dŵr. Maen nhw'n bwysig, ond dylech chi dalu dyledion blaenoriaeth yn gyntaf.
guide-non-priority-debts-step-priority-first = Gwnewch yn siŵr eich bod yn gallu talu eich dyledion blaenoriaeth a'r pethau sydd eu hangen arnoch chi yn gyntaf.
guide-non-priority-debts-step-spare = Defnyddiwch gyllideb i weld faint o arian sydd ar ôl bob mis.
guide-non-priority-debts-step-offer = Rhannwch yr hyn sydd ar ôl yn deg rhwng y bobl y mae arnoch chi arian iddyn nhw. Ysgrifennwch at bob un a chynigiwch y swm hwnnw.
guide-non-priority-debts-step-token = Os nad oes dim ar ôl, gallwch chi gynnig taliad bach iawn, fel £1 y mis, nes bydd pethau'n gwella.
guide-non-priority-debts-step-interest = Gofynnwch i bob un roi'r gorau i ychwanegu llog a ffioedd.
guide-non-priority-debts-step-records = Cadwch gopïau o'ch llythyrau, ac ysgrifennwch gyda phwy y buoch chi'n siarad a phryd.
guide-non-priority-debts-step-breathing-space = Os oes angen amser arnoch chi, gall cynghorydd dyledion wneud cais ar eich rhan am y cynllun Lle i Anadlu (Breathing Space). Am 60 diwrnod, mae'n atal y rhan fwyaf o log, ffioedd a chamau gan y bobl y mae arnoch chi arian iddyn nhw.

## benefits-check
guide-benefits-check = Gwirio eich bod yn cael yr holl fudd-daliadau y gallwch chi eu cael
guide-benefits-check-summary = Mae llawer o bobl yn colli allan ar arian y gallen nhw ei hawlio. Mae gwiriad budd-daliadau am ddim yn dangos beth y gallech chi ei gael.
guide-benefits-check-step-calculator = Defnyddiwch gyfrifiannell budd-daliadau ar-lein am ddim, fel yr un gan Turn2us.
guide-benefits-check-step-details = Cadwch y manylion hyn wrth law: eich incwm, eich cynilion, eich rhent, eich Treth Gyngor ac unrhyw un sy'n byw gyda chi.
guide-benefits-check-step-working = Efallai y gallwch chi gael Credyd Cynhwysol hyd yn oed os ydych chi'n gweithio.
guide-benefits-check-step-council-tax = Gofynnwch i'ch cyngor am y Gostyngiad Treth Gyngor. Gall leihau eich bil Treth Gyngor.
guide-benefits-check-step-decision = Os yw budd-dal yn dod i ben neu'n cael ei dorri, gofynnwch am y rheswm yn ysgrifenedig. Fel arfer, mae gennych chi 1 mis i ofyn i rywun edrych ar y penderfyniad eto.
guide-benefits-check-step-advance = Os ydych chi'n aros am eich taliad Credyd Cynhwysol cyntaf, gallwch chi ofyn am daliad ymlaen llaw.
