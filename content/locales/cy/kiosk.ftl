# Review status: draft (machine-assisted; needs a Welsh reviewer)
# Modd ciosg: y rhybudd pan nad oes neb yn defnyddio'r sgrin, "Gorffen a chlirio", a
# thudalen y staff gyda'r ffigurau galw dienw.

kiosk-idle-title = Ydych chi'n dal i ddefnyddio'r sgrin hon?
kiosk-idle-body = Mae'r sgrin hon yn cael ei rhannu. Os nad oes neb yn ei defnyddio, bydd eich atebion yn cael eu dileu fel na all y person nesaf eu gweld. Wedyn bydd yn dechrau eto.
kiosk-idle-countdown = Eiliadau ar ôl: { $seconds }
kiosk-idle-stay = Rydw i dal yma
kiosk-idle-clear = Gorffen a chlirio nawr

kiosk-finish-title = Wedi gorffen?
kiosk-finish-body = Pan fyddwch wedi argraffu neu sganio beth sydd ei angen arnoch, cliriwch y sgrin. Mae hyn yn dileu eich atebion fel na all y person nesaf eu gweld.
kiosk-finish = Gorffen a chlirio
kiosk-print = Argraffu'r dudalen hon

staff-title = Ffigurau galw o'r ciosg hwn
staff-lead = Cyfrifon yw'r rhain, nid cofnodion am bobl. Ar gyfer pob diwrnod, maen nhw'n dangos faint o bobl gyrhaeddodd bob lefel o help, a pha anghenion a godwyd.
staff-what-is-kept = Does dim atebion yn cael eu cadw, a dim amseroedd, dim ond y diwrnod. Mae ffigurau sy'n hŷn na 400 diwrnod yn cael eu dileu yn awtomatig.
staff-none = Does dim ffigurau ar y ddyfais hon. Dim ond ciosg sy'n eu cadw.
staff-table-caption = Pobl fesul diwrnod a lefel o help
staff-date = Diwrnod
staff-top-needs = Yr anghenion mwyaf cyffredin
staff-need-count = { $need }: { $count }
staff-download = Lawrlwytho'r ffigurau (CSV)
staff-delete = Dileu'r ffigurau
staff-delete-title = Ydych chi'n siŵr eich bod am ddileu'r holl ffigurau?
staff-delete-body = Lawrlwythwch nhw yn gyntaf os oes eu hangen arnoch. Allwch chi ddim eu cael yn ôl.
staff-delete-yes = Ydw, dileu'r ffigurau
staff-delete-no = Na, eu cadw
staff-deleted = Mae'r ffigurau wedi'u dileu.

## Ffigurau tudalen y staff fesul wythnos: siartiau, pob un gyda thabl o'r un rhifau ar ei ôl
# Drafted for issue 20 (machine-assisted; needs a Welsh reviewer). Welsh uses the singular
# noun after a number ("y 6 wythnos diwethaf").
staff-weeks-title = Fesul wythnos
staff-weeks-lead = Mae wythnosau'n dechrau ar ddydd Llun. Ar ôl pob siart mae tabl o'r un rhifau.
staff-weeks-shown = Mae'r siartiau'n dangos y { $count } wythnos diwethaf. Mae pob wythnos yn y tablau.
staff-week-of = Wythnos yn dechrau { $date }
staff-week = Wythnos yn dechrau
staff-total = Cyfanswm
staff-tiers-chart = Pobl fesul lefel o help, bob wythnos
staff-tiers-table = Pobl fesul wythnos a lefel o help
staff-needs-chart = Yr anghenion mwyaf cyffredin, bob wythnos
staff-needs-lead = Yr anghenion a gododd amlaf dros yr holl wythnosau, wythnos wrth wythnos.
staff-needs-table = Yr anghenion mwyaf cyffredin fesul wythnos
staff-chart-desc = Siart bar gyda grŵp o farrau ar gyfer pob wythnos o { $first } i { $last }. Mae enw a rhif ar bob bar. Mae'r tabl ar ôl y siart yn rhoi'r un rhifau.
staff-no-needs = Ni chofnodwyd unrhyw anghenion.
