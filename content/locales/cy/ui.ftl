# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Interface text. Every id here is listed in src/engine/messages.rs and must exist in every locale.

service-name = Signpost
skip-to-content = Neidio i'r prif gynnwys

start-title = Cael help gyda phryderon am arian
start-lead = Atebwch ychydig o gwestiynau byr am eich arian a'ch cartref. Byddwn ni'n dweud wrthych chi beth y gallwch chi ei wneud eich hun a phwy all eich helpu.
start-what-you-need = Mae'n cymryd tua 10 munud. Mae'n help cael unrhyw lythyrau am eich dyledion neu eich budd-daliadau wrth law.
start-what-happens = Ar y diwedd, byddwch chi'n cael camau y gallwch chi eu cymryd heddiw. Os oes angen mwy o help arnoch chi, byddwn ni'n dweud wrthych chi â pha wasanaeth cyngor i gysylltu.
start-privacy = Mae eich atebion yn aros ar y ddyfais hon. Does dim byd yn cael ei anfon atom ni nac at unrhyw un arall.
start-button = Dechrau nawr
start-continue = Parhau o'r man lle roeddech chi
start-over = Dechrau eto

back = Yn ôl
continue = Parhau
or = neu
yes = Ie
no = Na
dont-know = Dydw i ddim yn gwybod
select-all-that-apply = Dewiswch bob un sy'n berthnasol.
money-prefix = £
date-day = Diwrnod
date-month = Mis
date-year = Blwyddyn
date-hint = Er enghraifft, 27 3 2026

error-prefix = Gwall:
error-summary-title = Mae problem wedi codi

check-title = Gwirio eich atebion
check-change = Newid
check-continue = Gweld eich canlyniad

outcome-today = Beth i'w wneud heddiw
outcome-have-ready = Cadwch y rhain wrth law
outcome-steps = Camau
outcome-dates = Dyddiadau i weithredu erbyn
deadline-named = { $label }: { $date }
service-example = Enghraifft yn unig: nid yw'n wasanaeth go iawn
outcome-guides = Help y gallwch chi ei ddefnyddio nawr
outcome-services = Pwy all helpu
outcome-reviewed = Gwiriwyd yn erbyn ei ffynonellau ar { $date }
# Adviser mode: under each step, where its advice comes from (the titles are citations, not translated).
step-source = Ffynhonnell:
# A service's text-message contact (Shout: 85258): the number to send a text to.
service-contact-text = Anfonwch neges destun i { $number }
step-source-checked = Gwiriwyd ar { $date }.
outcome-check-answers = Gwirio neu newid eich atebion
outcome-start-again = Dechrau eto
tier-emergency = Cael help nawr
tier-urgent = Gweithredwch heddiw
tier-referral = Gall cynghorydd helpu
tier-signpost = Gall gwasanaeth helpu
tier-self-help = Gallwch chi wneud hyn eich hun
deadline = Y dyddiad olaf i weithredu: { $date }

not-found-title = Heb ddod o hyd i'r dudalen
not-found-body = Os gwnaethoch chi deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.
content-error-title = Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth hwn
content-error-body = Gallwch chi gael cyngor am ddim dros y ffôn o hyd.

footer-privacy = Dim ond ar y ddyfais hon y mae eich atebion yn cael eu cadw.
footer-privacy-shared = Dim ond ar y sgrin hon y caiff eich atebion eu cadw, nes i chi orffen neu gau'r porwr. Yna cânt eu dileu.
helplines-title = Help cyfrinachol am ddim
get-help-now-link = Cael help nawr
safety-carry-on = Parhau â'r cwestiynau
safety-carry-on-hint = Mae'r atebion rydych chi wedi'u rhoi hyd yma'n cael eu cadw ar y ddyfais hon.
optional = (dewisol)
check-not-given = Heb ei roi

error-choose-one = Dewiswch ateb
error-choose-at-least-one = Dewiswch o leiaf un ateb
error-exclusive-combined = Allwch chi ddim dewis yr ateb hwnnw gydag unrhyw ateb arall
error-money-missing = Rhowch swm
error-money-format = Rhowch swm mewn punnoedd a cheiniogau, fel 120.50
error-money-too-small = Rhaid i'r swm fod yn { $limit } neu fwy
error-money-too-big = Rhaid i'r swm fod yn { $limit } neu lai
error-number-missing = Rhowch rif
error-number-format = Rhowch rif cyfan, fel 2
error-number-too-small = Rhaid i'r rhif fod yn { $limit } neu fwy
error-number-too-big = Rhaid i'r rhif fod yn { $limit } neu lai
error-date-missing = Rhowch ddyddiad
error-date-missing-day = Rhaid i'r dyddiad gynnwys diwrnod
error-date-missing-month = Rhaid i'r dyddiad gynnwys mis
error-date-missing-year = Rhaid i'r dyddiad gynnwys blwyddyn
error-date-year = Rhaid i'r flwyddyn gynnwys 4 rhif
error-date-invalid = Rhaid i'r dyddiad fod yn ddyddiad go iawn
error-text-missing = Rhowch ateb
error-text-too-long = Rhaid i'ch ateb fod yn { $limit } o nodau neu lai

# Language: each locale names itself, for the language switch.
language-name = Cymraeg
language-switch-label = Iaith
translation-draft-note = Mae'r cyfieithiad hwn yn cael ei wirio. Os oes rhywbeth yn aneglur, dewiswch English.

# Month names, for dates such as "5 Tachwedd 2026".
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
# How a date is written: $day, $month (the name above) and $year.
date-long = { $day } { $month } { $year }

# How amounts of money are written: separators and where the pound sign goes.
money-decimal-separator = {"."}
money-group-separator = {","}
money-amount = £{ $amount }

# Shown when a new release of the app has been downloaded and waits to take over.
update-title = Fersiwn newydd
update-ready = Mae fersiwn newydd o'r gwasanaeth hwn yn barod. Bydd eich atebion yn cael eu cadw.
update-use = Defnyddio'r fersiwn newydd

# A language chosen in the switch whose text could not be fetched (no connection).
language-load-failed = Nid oedd modd llwytho { $language }. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.

# "Listen": reads the page (or a guide) aloud with the device's own voice.
listen-page = Gwrando ar y dudalen hon
listen-guide = Gwrando ar y canllaw hwn
listen-stop = Stopio gwrando
