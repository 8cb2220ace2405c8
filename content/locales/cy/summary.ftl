# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# The referral summary: its page, plain text, email and QR code. Every id here is listed in
# src/engine/messages/summary.rs. Advisers read these lines too, so keep them short and plain.

summary-title = Crynodeb atgyfeirio
summary-reference = Cyfeirnod
summary-created = Wedi'i wneud ar
summary-language = Iaith
summary-outcome = Canlyniad
summary-tier = Lefel yr help
summary-example = Enghraifft yn unig: mae'r gwasanaethau isod wedi'u dyfeisio. Peidiwch â chysylltu â nhw.
summary-example-short = enghraifft, wedi'i ddyfeisio
summary-format = Fformat
summary-tree-version = Set o gwestiynau

## Dates
summary-deadlines = Dyddiadau i weithredu erbyn
summary-deadline = Dyddiad i weithredu erbyn
summary-no-deadlines = Dim dyddiadau i weithredu erbyn.

## Needs and own words
summary-needs = Beth maen nhw angen help gydag ef
summary-own-words = Beth sydd bwysicaf iddyn nhw, yn eu geiriau eu hunain
summary-answers = Eu hatebion

## Consent
summary-consent = Beth gytunon nhw i'w rannu
summary-consent-contact = Manylion cyswllt
summary-consent-household-money = Aelwyd ac arian
summary-consent-health-safety = Iechyd a diogelwch
summary-shared = Wedi'i rannu
summary-not-shared = Heb ei rannu
summary-consent-recorded = Wedi cytuno ar

## Contact details
summary-contact = Manylion cyswllt
summary-name = Enw
summary-contact-method = Y ffordd orau o gysylltu
summary-method-phone = Galwad ffôn
summary-method-text = Neges destun
summary-method-email = E-bost
summary-phone = Ffôn
summary-email = E-bost
summary-safe-times = Amseroedd diogel i gysylltu
summary-leave-message = Gellir gadael neges
summary-contact-language = Iaith ar gyfer help
summary-access-needs = Help gyda chysylltu
summary-area = Ble maen nhw'n byw

## Household and money
summary-money = Aelwyd ac arian
summary-other-adults = Oedolion eraill yn y cartref
summary-children = Plant yn y cartref
summary-money-month = Arian bob mis
summary-income = Arian i mewn
summary-fixed-costs = Costau sefydlog
summary-flexible-costs = Costau hyblyg
summary-spending = Arian allan
summary-surplus = Ar ôl
summary-shortfall = Yn brin o
summary-income-earnings = Cyflog o waith
summary-income-benefits = Budd-daliadau
summary-income-pensions = Pensiynau
summary-income-other-income = Arian arall i mewn
summary-fixed-costs-home-contents = Cartref a chynnwys
summary-fixed-costs-utilities = Ynni a dŵr
summary-fixed-costs-care-health = Gofal ac iechyd
summary-fixed-costs-transport-travel = Trafnidiaeth a theithio
summary-fixed-costs-school = Costau ysgol
summary-fixed-costs-pensions-insurances = Pensiynau ac yswiriant
summary-fixed-costs-professional = Costau gwaith a ffioedd
summary-fixed-costs-other-essential = Pethau eraill y mae'n rhaid i chi eu talu
summary-flexible-costs-communications-leisure = Ffôn, rhyngrwyd a mynd allan
summary-flexible-costs-food-housekeeping = Bwyd a siopa
summary-flexible-costs-personal = Dillad a phethau personol
summary-flexible-costs-savings = Cynilion

## Debts
summary-debts = Dyledion
summary-no-debts = Dim dyledion wedi'u rhestru.
summary-debt-priority = dyled flaenoriaeth
summary-debt-non-priority = dyled heb flaenoriaeth
summary-debt-owed-to = Yn ddyledus i
summary-debt-arrears = Taliadau a fethwyd
summary-priority-total = Cyfanswm dyledion blaenoriaeth
summary-non-priority-total = Cyfanswm dyledion eraill
summary-debt-total = Cyfanswm yr holl ddyledion

## Who can help, and why
summary-members = Pwy all helpu
summary-reason-full = Aelod llawn: yn cymryd achosion cymhleth a brys
summary-reason-associate = Aelod cyswllt: yn rhoi cyngor yn ei faes ei hun
summary-reason-affiliate = Grŵp cymunedol: yn rhoi cymorth ymarferol, nid cyngor ar achosion
summary-reason-needs = Yn helpu gyda: { $needs }
summary-reason-area = Yn gweithio yn yr ardal hon: { $area }
summary-reason-area-everywhere = Yn helpu pobl ble bynnag maen nhw'n byw
summary-reason-area-ignored = Does dim aelod yn gweithio yn eich ardal chi ({ $area }), felly mae hwn ymhellach i ffwrdd
summary-reason-eligible = Yn helpu pobl yn eich sefyllfa chi, fel y dywedoch chi wrthym: { $who }
summary-reason-eligible-unchecked = Dim ond yn helpu pobl yn y sefyllfa hon: { $who }. Dewisoch chi beidio â rhannu hyn, felly gwiriwch ei fod yn addas i chi
summary-reason-eligible-area-unchecked = Dim ond yn helpu pobl sy'n byw yn yr ardal hon: { $areas }. Gwiriwch mai dyma lle rydych chi'n byw
summary-reason-language = Yn gallu helpu yn yr iaith hon: { $language }
summary-reason-channel-phone = Gallwch chi eu ffonio
summary-reason-channel-email = Gallwch chi anfon e-bost atyn nhw
summary-reason-channel-website = Gallwch chi gysylltu â nhw ar-lein
summary-reason-channel-visit = Gallwch chi ymweld â nhw
summary-channel-phone = Ffôn
summary-channel-email = E-bost
summary-channel-website = Gwefan
summary-channel-visit = Cyfeiriad

## Email and QR code
summary-email-subject = Crynodeb atgyfeirio { $reference }
summary-qr-part = Dim ond rhan o'r crynodeb sydd yn y cod hwn. Dangoswch neu anfonwch y crynodeb llawn hefyd.
