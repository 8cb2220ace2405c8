# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Issue 17 item 3 (review G9, G10, G11, G15, G18, G5, I20, I21): new questions, options, flags
# and the two guides they lead to. Sources are in content/sources/home-and-status.json too.

## food-today
q-food-today-yes = Oes
q-food-today-not-next-few-days = Mae gen i ddigon ar gyfer heddiw, ond nid ar gyfer y dyddiau nesaf
q-food-today-no = Nac oes, dim hyd yn oed ar gyfer heddiw

## home. In Wales a tenant is a "deiliad contract" (contract-holder).
q-home-shared-ownership = Rydw i'n berchen ar ran o fy nghartref ac yn rhentu'r gweddill
q-home-shared-ownership-hint = Rhanberchnogaeth yw'r enw ar hyn.
q-home-lodger = Rydw i'n rhentu ystafell yng nghartref fy landlord
q-home-lodger-hint = Mae eich landlord yn byw yno hefyd. Efallai eich bod chi'n cael eich galw'n lojer.
q-home-tied = Mae fy nghartref yn dod gyda fy swydd
q-home-tied-hint = Er enghraifft, fflat gofalwr adeilad neu fwthyn fferm.
q-home-temporary = Rydw i mewn llety dros dro gan y cyngor
q-home-temporary-hint = Er enghraifft, gwesty, gwely a brecwast neu fflat a gafodd y cyngor i chi oherwydd eich bod chi'n ddigartref.
q-home-supported = Rydw i'n byw mewn tai â chymorth
q-home-supported-hint = Mae staff yn eich helpu i fyw yno. Er enghraifft, tai gwarchod neu loches.

## somewhere-tonight
q-somewhere-tonight-hint = Dewiswch "Oes" os gallwch chi aros gyda rhywun heno, hyd yn oed ar soffa.
q-somewhere-tonight-yes = Oes
q-somewhere-tonight-no = Nac oes
q-somewhere-tonight-dont-know = Dydw i ddim yn gwybod

## energy-going-without
q-energy-going-without = Ydych chi'n mynd heb wres neu drydan er mwyn arbed arian?
q-energy-going-without-hint = Er enghraifft, rydych chi'n cadw'r gwres i ffwrdd pan fyddwch chi'n oer, neu'n gadael eich mesurydd yn wag.
q-energy-going-without-yes = Ydw
q-energy-going-without-no = Nac ydw

## public-funds
# Term: "heb hawl i gyllid cyhoeddus" (no recourse to public funds), as in BydTermCymru (Welsh Government term base); "cyllid cyhoeddus" for public funds.
q-public-funds = Ydy eich fisa yn dweud "dim hawl i gyllid cyhoeddus" (no recourse to public funds)?
q-public-funds-hint = Does dim rhaid i chi ateb. Rydyn ni'n gofyn er mwyn peidio ag awgrymu help a allai achosi problemau gyda'ch fisa.
q-public-funds-yes = Ydy
q-public-funds-no = Nac ydy, neu does gen i ddim fisa
q-public-funds-not-sure = Dydw i ddim yn siŵr
q-public-funds-prefer-not-to-say = Byddai'n well gen i beidio â dweud

## support-needs
q-support-needs-welsh = Help yn Gymraeg
q-support-needs-gambling = Cymorth oherwydd bod gamblo yn gwneud pethau'n anoddach
q-support-needs-gambling-hint = Gall fod yn gamblo gennych chi neu gan rywun arall. Fyddwn ni ddim yn eich barnu.

## flags
flag-nowhere-tonight = Dim unman diogel i gysgu heno
flag-nrpf = Fisa yn dweud "dim hawl i gyllid cyhoeddus": angen cyngor mewnfudo cyn hawlio unrhyw fudd-dal
flag-nrpf-not-sure = Ddim yn siŵr a yw eu fisa yn dweud "dim hawl i gyllid cyhoeddus"
flag-welsh-language = Eisiau help yn Gymraeg
flag-gambling = Gamblo yn gwneud pethau'n anoddach (eu gamblo eu hunain neu gan rywun arall)

## sleep-tonight guide
guide-nowhere-tonight = Os nad oes gennych chi unman i gysgu heno
guide-nowhere-tonight-summary = Gofynnwch i'ch cyngor am help heddiw. Efallai y bydd rhaid iddyn nhw ddod o hyd i rywle i chi aros heno.
# Every council should have a daytime number and an emergency out-of-hours number (Shelter England: emergency housing from the council); checked 2026-12-06.
today-tonight-call-council = Ffoniwch dîm tai eich cyngor nawr. Dywedwch nad oes gennych chi unman i gysgu heno. Os ydyn nhw ar gau, ffoniwch rif argyfwng y tu allan i oriau'r cyngor. Mae ar wefan y cyngor.
# StreetLink: website and app for England and Wales (StreetLink FAQ; Shelter England: night shelters); checked 2026-12-06.
today-tonight-streetlink = Os bydd rhaid i chi gysgu allan, cysylltwch â StreetLink ar ei wefan, streetlink.org.uk, neu ei ap. Maen nhw'n dweud wrth weithwyr allgymorth lleol, sy'n gallu eich helpu.
# Housing Act 1996 s 188, s 189; Domestic Abuse Act 2021 s 78; checked 2026-12-06.
today-tonight-priority-england = Dywedwch wrth y cyngor os oes gennych chi blant, os ydych chi'n feichiog, os ydych chi'n sâl neu'n anabl, neu os gwnaethoch chi golli eich cartref oherwydd cam-drin domestig. Yna, fel arfer, mae'n rhaid iddyn nhw ddod o hyd i rywle i chi aros tra maen nhw'n edrych ar eich achos. Mae'n rhaid i chi hefyd fodloni'r rheolau mewnfudo.
# Housing (Wales) Act 2014 s 68, s 70; Homelessness (Priority Need and Intentionality) (Wales) Regulations 2022; checked 2026-12-06.
today-tonight-priority-wales = Dywedwch wrth y cyngor os byddwch chi'n cysgu ar y stryd, os oes gennych chi blant, os ydych chi'n feichiog, neu os ydych chi'n sâl neu'n anabl. Yna, fel arfer, mae'n rhaid iddyn nhw ddod o hyd i rywle i chi aros tra maen nhw'n edrych ar eich achos. Mae'n rhaid i chi hefyd fodloni'r rheolau mewnfudo.

## no-recourse-to-public-funds guide
guide-nrpf = Os yw eich fisa yn dweud "dim hawl i gyllid cyhoeddus"
guide-nrpf-summary = Gallai hawlio rhai budd-daliadau achosi problemau gyda'ch fisa. Mae help ar gael i chi o hyd. Cewch gyngor cyn i chi hawlio unrhyw beth.
# Immigration and Asylum Act 1999 Part V; GOV.UK: how to become a regulated immigration adviser; checked 2026-12-06.
today-nrpf-advice-first = Cewch gyngor cyn i chi hawlio unrhyw fudd-dal. Gofynnwch i gyfreithiwr, neu i gynghorydd mewnfudo sydd wedi'i gofrestru. Yn ôl y gyfraith, dim ond nhw sy'n gallu rhoi'r cyngor hwn.
# Immigration Rules paragraph 6.2; Immigration and Asylum Act 1999 s 115; checked 2026-12-06.
step-nrpf-public-funds = Mae rhai budd-daliadau yn cael eu galw'n "cyllid cyhoeddus". Mae Credyd Cynhwysol a Budd-dal Plant yn gyllid cyhoeddus. Felly hefyd Credyd Pensiwn, Budd-dal Tai, Gostyngiad Treth Gyngor a PIP.
# Immigration Rules paragraph 6.2 (a benefit not listed is not a public fund); checked 2026-12-06.
step-nrpf-not-public-funds = Dydy rhai budd-daliadau ddim yn gyllid cyhoeddus. Er enghraifft, Pensiwn y Wladwriaeth, neu fudd-dal rydych chi'n ei gael oherwydd eich bod chi wedi talu Yswiriant Gwladol.
# Children Act 1989 s 17 (England); checked 2026-12-06.
step-nrpf-children-england = Os oes gennych chi blant ac na allwch chi dalu am gartref neu fwyd, gofynnwch i wasanaethau plant eich cyngor am help. Gallan nhw helpu gyda rhywle i aros ac arian ar gyfer anghenion eich plant.
# Social Services and Well-being (Wales) Act 2014 Parts 3 and 4; checked 2026-12-06.
step-nrpf-children-wales = Os oes gennych chi blant ac na allwch chi dalu am gartref neu fwyd, gofynnwch i wasanaethau cymdeithasol eich cyngor am help. Mae'n rhaid iddyn nhw edrych ar ba ofal a chymorth sydd eu hangen ar eich plant.
step-nrpf-not-sure = Os nad ydych chi'n siŵr beth mae eich fisa yn ei ddweud, peidiwch â hawlio nes eich bod chi wedi gwirio. Gall cynghorydd mewnfudo ei wirio gyda chi.
