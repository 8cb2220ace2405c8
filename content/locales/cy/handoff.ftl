# Review status: draft (machine-assisted; needs a Welsh reviewer).
# Tudalen y crynodeb atgyfeirio: ei rannu heb unrhyw weinydd.

handoff-title = Eich crynodeb atgyfeirio
handoff-lead = Rhowch y crynodeb hwn i gynghorydd yn un o'r sefydliadau isod. Wedyn gallan nhw eich helpu heb ofyn popeth eto.
handoff-on-device = Mae eich crynodeb ar y ddyfais hon yn unig. Does dim wedi'i anfon at neb. Chi sy'n dewis sut i'w rannu.
handoff-share = Rhannu eich crynodeb
handoff-print = Argraffu
handoff-download-json = Lawrlwytho i gynghorydd (ffeil JSON)
handoff-download-text = Lawrlwytho fel testun
handoff-copy = Copïo'r testun
handoff-copied = Mae'r crynodeb wedi'i gopïo. Gallwch ei ludo mewn neges.
handoff-copy-failed = Doedd dim modd copïo'r crynodeb. Rhowch gynnig ar Lawrlwytho fel testun.
handoff-email = Ysgrifennu e-bost gyda'ch crynodeb
handoff-email-hint = Mae hyn yn agor eich ap e-bost eich hun. Does dim yn cael ei anfon nes i chi ei anfon. Dim ond y manylion y cytunoch i'w rhannu sydd ynddo.
handoff-qr = Ewch ag ef ar eich ffôn
handoff-qr-hint = Sganiwch y cod hwn gyda chamera eich ffôn. Mae testun y crynodeb yn mynd i'ch ffôn. Dydy e ddim yn cael ei anfon i unman.
handoff-qr-label = Cod QR gyda'ch crynodeb atgyfeirio
handoff-about = Am yr atgyfeiriad hwn
