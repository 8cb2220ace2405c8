# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Questions and their options (content/tree/*.json).
# Plain Welsh (Cymraeg Clir), reading age about 9. One question per page. Hints only where they help.

## safe-now
q-safe-now = Ydych chi'n ddiogel ar hyn o bryd?
q-safe-now-hint = Mae hyn yn golygu nad oes neb yn eich brifo neu'n codi ofn arnoch chi, ac nad ydych chi'n meddwl am niweidio eich hun.

## food-today
q-food-today = Oes gennych chi ddigon o arian ar gyfer bwyd heddiw?
q-food-today-hint = Cofiwch gynnwys bwyd ar gyfer unrhyw un sy'n byw gyda chi.

## home
q-home = Pa un o'r rhain sy'n disgrifio eich cartref orau?
q-home-own = Rydw i'n berchen ar fy nghartref neu'n talu morgais
q-home-private-rent = Rydw i'n rhentu gan landlord preifat
q-home-social-rent = Rydw i'n rhentu gan y cyngor neu gan gymdeithas dai
q-home-family-friends = Rydw i'n byw gyda theulu neu ffrindiau
q-home-no-settled-home = Does gen i ddim cartref sefydlog
q-home-no-settled-home-hint = Er enghraifft, rydych chi'n aros ar soffa rhywun, mewn hostel neu ar y stryd.
q-home-other = Rhywle arall

## main-worry
q-main-worry = Gyda beth mae angen help arnoch chi fwyaf?
q-main-worry-hint = Dewiswch yr un sydd bwysicaf i chi heddiw.
q-main-worry-debts = Talu'n ôl yr arian sydd arna i
q-main-worry-benefits = Budd-daliadau, neu gael mwy o arian yn dod i mewn
q-main-worry-budget = Gwneud i fy arian bara tan fy nhaliad nesaf

## debt-types
q-debt-types = Gyda pha rai o'r rhain ydych chi ar ei hôl hi?
q-debt-types-hint = Cofiwch gynnwys unrhyw fil neu daliad rydych chi wedi'i fethu. Does dim ots os nad ydych chi'n siŵr faint yw'r symiau.
q-debt-types-rent = Rhent
q-debt-types-mortgage = Morgais, neu fenthyciad wedi'i sicrhau ar eich cartref
q-debt-types-council-tax = Treth Gyngor
q-debt-types-energy = Nwy neu drydan
q-debt-types-tv-licence = Trwydded Deledu
q-debt-types-court-fines = Dirwyon gan lys ynadon
q-debt-types-child-maintenance = Cynhaliaeth plant
q-debt-types-tax = Treth Incwm, TAW neu Yswiriant Gwladol
q-debt-types-hire-purchase = Hurbwrcasu ar rywbeth sydd ei angen arnoch chi
q-debt-types-hire-purchase-hint = Er enghraifft, car sydd ei angen arnoch chi i fynd i'r gwaith.
q-debt-types-cards = Cardiau credyd neu gardiau siop
q-debt-types-catalogues = Catalogau
q-debt-types-loans = Benthyciadau personol neu orddrafftiau
q-debt-types-payday-bnpl = Benthyciadau diwrnod cyflog, neu "prynu nawr, talu wedyn"
q-debt-types-family-friends = Arian wedi'i fenthyg gan deulu neu ffrindiau
q-debt-types-water = Biliau dŵr
q-debt-types-none = Dim un o'r rhain

## debt-total
q-debt-total = Tua faint o arian sydd arnoch chi i gyd?
q-debt-total-hint = Adiwch eich holl ddyledion at ei gilydd. Mae swm bras yn iawn. Peidiwch â chynnwys eich morgais, ond cofiwch gynnwys unrhyw daliadau morgais rydych chi wedi'u methu.

## court-action
q-court-action = Ydych chi wedi cael llythyr am y llys, am feilïaid neu am golli eich cartref?
q-court-action-hint = Er enghraifft, ffurflen hawlio gan y llys, llythyr yn dweud y bydd beilïaid yn galw, neu hysbysiad gan eich landlord neu eich benthyciwr morgais.

## action-date
q-action-date = Erbyn pa ddyddiad mae angen i chi weithredu?
q-action-date-hint = Gallai hyn fod y diwrnod y bydd gwrandawiad llys, y bydd beilïaid yn galw neu y byddwch chi'n cael eich troi allan, neu'r diwrnod olaf i ateb. Os oes mwy nag un dyddiad, rhowch yr un cynharaf.

## benefits
q-benefits = Ydych chi'n cael unrhyw fudd-daliadau?
q-benefits-hint = Er enghraifft, Credyd Cynhwysol, Credyd Pensiwn, Budd-dal Plant neu Daliad Annibyniaeth Personol (PIP).
q-benefits-paid = Ydw, ac maen nhw'n cael eu talu ar amser
q-benefits-problem = Ydw, ond maen nhw wedi dod i ben, wedi cael eu torri neu maen nhw'n hwyr
q-benefits-waiting = Rydw i wedi gwneud cais ac rydw i'n aros
q-benefits-no = Nac ydw
q-benefits-not-sure = Dydw i ddim yn siŵr

## money-left
q-money-left = Oes unrhyw arian yn weddill bob mis ar ôl i chi dalu am y pethau sydd eu hangen arnoch chi?
q-money-left-hint = Y pethau sydd eu hangen arnoch chi yw eich cartref, bwyd, nwy, trydan a theithio i'r gwaith.
q-money-left-some-left = Oes, mae rhywfaint ar ôl
q-money-left-nothing-left = Nac oes, mae'r cyfan yn mynd ar y pethau sydd eu hangen arna i
q-money-left-not-enough = Nac oes, does dim digon ar gyfer y pethau sydd eu hangen arna i
q-money-left-not-sure = Dydw i ddim yn siŵr

## children
q-children = Faint o blant sy'n byw gyda chi?
q-children-hint = Cyfrwch blant o dan 16 oed, a phobl ifanc o dan 20 oed sy'n dal yn yr ysgol neu'r coleg. Rhowch 0 os nad oes plant yn byw gyda chi.

## help-most
q-help-most = Mewn ychydig eiriau, beth fyddai'n eich helpu fwyaf?
q-help-most-hint = Er enghraifft, "cynllun i dalu fy rhent" neu "help gyda ffurflen budd-daliadau". Peidiwch â chynnwys enwau na rhifau cyfrif, os gwelwch yn dda.
