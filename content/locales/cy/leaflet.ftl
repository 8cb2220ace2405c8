# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# The printed leaflet (content/leaflet.json): /leaflet in the app and `signpost leaflet`.

leaflet-title = Poeni am arian?
leaflet-intro = Dewch o hyd i'r hyn sy'n digwydd i chi. Gwelwch beth all helpu, a phwy y gallwch eu ffonio.
leaflet-situation-unsafe = Dydw i ddim yn ddiogel gartref
leaflet-situation-food = Does gen i ddim arian ar gyfer bwyd na gwres heddiw
leaflet-situation-rent = Alla i ddim talu fy rhent
leaflet-situation-bailiffs = Mae beilïaid yn dod
leaflet-situation-benefits = Mae fy mudd-daliadau wedi stopio neu wedi cael eu torri
leaflet-situation-debts = Mae gen i ddyledion na alla i eu talu
leaflet-scan = Sganiwch y cod gyda chamera eich ffôn. Atebwch ychydig o gwestiynau i weld yr help sy'n addas i chi. Mae'r hyn rydych yn ei ddweud wrth Signpost yn aros ar eich ffôn oni bai eich bod yn dewis ei rannu.

leaflet-page-title = Argraffu taflen
leaflet-what-helps = Beth all helpu
leaflet-local = Pwy all helpu yn agos atoch chi
leaflet-national = Llinellau cymorth cenedlaethol
leaflet-danger = Os ydych mewn perygl
leaflet-example = Enghraifft: nid yw'n bodoli, peidiwch â chysylltu
leaflet-print = Argraffu'r daflen hon
leaflet-print-a-leaflet = Argraffu taflen
