# Review status: draft (machine-assisted; needs a Welsh reviewer)
# Gadael yn gyflym, "Aros yn ddiogel ar-lein", parhau gydag atebion wedi'u cadw a "Dileu fy atebion".

## The "Exit this page" button at the top of every page
exit-button-hidden = Argyfwng:
exit-button = Gadael y dudalen hon
exit-shortcut-hint = Neu pwyswch Esc ddwywaith
exit-shortcut-armed = Pwyswch Esc eto i adael y dudalen hon.
exit-staying-safe-link = Aros yn ddiogel ar-lein

## The "Staying safe online" page
safe-title = Aros yn ddiogel ar-lein
safe-lead = Os ydych chi'n poeni y gallai rhywun weld beth rydych chi'n ei wneud ar y wefan hon, gall y cyngor hwn helpu.
safe-exit-heading = Gadael y wefan hon yn gyflym
safe-exit-body = Dewiswch "{ $button }" ar frig unrhyw dudalen. Ar fysellfwrdd, gallwch chi hefyd bwyso'r fysell Esc ddwywaith.
safe-exit-does = Mae'n gwneud 2 beth:
safe-exit-deletes = mae'n dileu eich atebion o'r ddyfais hon
safe-exit-replaces = mae'n agor gwefan bob dydd, fel tudalen y tywydd, yn lle'r dudalen hon, fel nad yw'r botwm Yn ôl yn dod â chi yma
safe-limits-heading = Beth na all gadael yn gyflym ei guddio
safe-limits-history = Efallai y bydd hanes eich porwr yn dal i ddangos eich bod chi wedi bod ar y wefan hon o'r blaen.
safe-limits-tabs = Mae tabiau Signpost eraill yn y porwr hwn yn cau hefyd. Bydd tabiau neu ffenestri gwefannau eraill yn aros ar agor.
safe-limits-watching = All e ddim atal rhywun rhag gweld eich sgrin tra byddwch chi'n ei defnyddio.
safe-limits-device = Dydy e ddim yn dileu ffeiliau rydych chi wedi'u lawrlwytho neu eu hargraffu, nac e-byst a negeseuon rydych chi wedi'u hanfon.
safe-limits-monitor = Mae gan rai ffonau a chyfrifiaduron apiau sy'n cofnodi beth rydych chi'n ei wneud. Os ydych chi'n meddwl bod hyn ar eich un chi, defnyddiwch ddyfais na all y person arall ei chyrraedd, fel ffôn ffrind neu gyfrifiadur yn y llyfrgell.
safe-private-heading = Defnyddio ffenest breifat
safe-private-body = Dydy ffenest breifat ddim yn cadw'r tudalennau rydych chi'n ymweld â nhw yn eich hanes. "Incognito" yw ei henw yn Chrome, "InPrivate" yn Edge a "Private" yn Safari a Firefox. Caewch hi pan fyddwch chi wedi gorffen.
safe-history-heading = Clirio eich hanes
safe-history-body = Yng ngosodiadau eich porwr, chwiliwch am "Hanes" neu "Preifatrwydd". Yna dewiswch glirio eich hanes ar gyfer yr awr neu'r diwrnod diwethaf.
safe-history-suspicious = Os bydd rhywun yn edrych ar eich dyfais, gallai hanes gwag wneud iddyn nhw amau rhywbeth. Gallwch chi ddileu dim ond y tudalennau o'r wefan hon yn lle hynny.
safe-help-heading = Os nad ydych chi'n ddiogel
safe-help-body = Os ydych chi mewn perygl nawr, ffoniwch 999. Os na allwch chi siarad, ffoniwch o ffôn symudol a phwyswch 55 pan fydd y neges yn gofyn i chi. Ar linell dir, arhoswch ar y lein: os mai dim ond sŵn mae'r gweithredwr yn ei glywed, bydd yn eich trosglwyddo chi i'r heddlu.
safe-help-link = Gweld pwy all eich helpu chi nawr

## Carrying on with saved answers (the start page)
# Welsh uses the singular noun after a number ("5 munud", "3 awr", "2 diwrnod").
resume-heading = Parhau o'r man lle roeddech chi, neu ddechrau eto
resume-saved-now = Fe wnaethoch chi ateb rhai cwestiynau eiliad yn ôl.
resume-saved-minutes = { $count ->
    [one] Fe wnaethoch chi ateb rhai cwestiynau 1 munud yn ôl.
   *[other] Fe wnaethoch chi ateb rhai cwestiynau { $count } munud yn ôl.
}
resume-saved-hours = { $count ->
    [one] Fe wnaethoch chi ateb rhai cwestiynau 1 awr yn ôl.
   *[other] Fe wnaethoch chi ateb rhai cwestiynau { $count } awr yn ôl.
}
resume-saved-days = { $count ->
    [one] Fe wnaethoch chi ateb rhai cwestiynau 1 diwrnod yn ôl.
   *[other] Fe wnaethoch chi ateb rhai cwestiynau { $count } diwrnod yn ôl.
}
resume-continue = Parhau

## The one-sentence notice after reading saved answers
restored-title = Pwysig
restored-dropped = { $count ->
    [one] Mae rhai cwestiynau wedi newid ers i chi fod yma ddiwethaf, felly rydyn ni wedi dileu 1 o'ch atebion.
   *[other] Mae rhai cwestiynau wedi newid ers i chi fod yma ddiwethaf, felly rydyn ni wedi dileu { $count } o'ch atebion.
}
restored-corrupted = Doedden ni ddim yn gallu darllen yr atebion oedd wedi'u cadw ar y ddyfais hon, felly rydych chi'n dechrau eto.
restored-referral-corrupted = Doedden ni ddim yn gallu darllen y manylion ar gyfer cynghorydd a gadwyd ar y ddyfais hon (fel sut i gysylltu â chi, eich arian a'ch dyledion). Rhowch nhw eto pan fyddwch yn cyrraedd atynt.

## When another tab or window of the same browser changed the saved answers
other-tab-title = Pwysig
other-tab-changed = Cafodd eich atebion eu newid mewn tab neu ffenestr arall.
other-tab-choose = Mae'r dudalen hon wedi stopio cadw fel nad oes dim yn cael ei drosysgrifo. Dewiswch pa atebion i'w cadw.
other-tab-use-latest = Defnyddio'r atebion o'r tab arall
other-tab-keep-these = Cadw'r atebion ar y dudalen hon

## When the answers cannot be saved on the device (storage full or turned off)
save-problem-title = Pwysig
save-problem-not-saved = Nid yw eich atebion yn cael eu cadw ar y ddyfais hon.
save-problem-what-to-do = Gallwch barhau. Os byddwch yn cau neu'n ail-lwytho'r dudalen hon, bydd eich atebion yn cael eu colli. Efallai bod y ddyfais yn llawn, neu fod cadw wedi'i ddiffodd.

## "Delete my answers"
footer-delete-link = Dileu fy atebion
delete-title = Ydych chi'n siŵr eich bod chi eisiau dileu eich atebion?
delete-what = Bydd hyn yn dileu o'r ddyfais hon:
delete-what-answers = eich atebion i'r cwestiynau
delete-what-referral = unrhyw beth rydych chi wedi'i roi i ni ar gyfer cynghorydd, fel sut i gysylltu â chi a'ch arian
delete-what-language = yr iaith a ddewisoch chi
delete-cannot-undo = Fyddwch chi ddim yn gallu eu cael nhw'n ôl.
delete-confirm = Ydw, dileu fy atebion
delete-cancel = Nac ydw, cadw fy atebion
delete-done-title = Mae eich atebion wedi cael eu dileu
delete-done-body = Does dim byd a roesoch chi yn cael ei gadw ar y ddyfais hon nawr.
delete-done-start = Dechrau eto
