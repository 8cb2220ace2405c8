# Review status: draft (machine-assisted; needs a Welsh reviewer)
# Y dudalen lle mae aelod o'r consortiwm yn agor crynodeb atgyfeirio y mae person yn ei roi
# iddo (/open-a-referral, heb ddolen o daith y person). Mae'r ids yn
# src/engine/messages/open_referral.rs.

open-title = Agor crynodeb atgyfeirio
open-lead = Ar gyfer aelodau o'r consortiwm cyngor sydd heb system achosion. Agorwch y crynodeb mae person yn ei roi i chi: y ffeil a lawrlwythwyd ganddyn nhw, neu'r testun mae eu cod QR yn ei ddangos.
open-private = Does dim yn cael ei anfon i unman a does dim yn cael ei gadw ar y ddyfais hon. Pan fyddwch chi'n cau'r crynodeb, mae wedi mynd.
open-file-heading = Agor ffeil a lawrlwythwyd
open-file-label = Ffeil crynodeb atgyfeirio
open-file-hint = Ffeil .json gydag enw fel referral-SP-4K7M-Q2XD.json
open-file-button = Agor y ffeil
open-text-heading = Gludo'r testun o god QR
open-text-label = Testun o'r cod QR
open-text-hint = Sganiwch god QR y person gyda chamera eich ffôn, copïwch y testun mae'n ei ddangos a'i ludo yma. Mae'n dechrau gyda SIGNPOST/1. Gallwch chi ludo testun ffeil .json hefyd.
open-text-button = Agor y testun

open-error-no-file = Dewiswch ffeil crynodeb atgyfeirio
open-error-empty-file = Mae'r ffeil a ddewiswyd yn wag
open-error-no-text = Gludwch y testun o'r cod QR
open-error-too-large-file = Rhaid i'r ffeil a ddewiswyd fod yn llai na { $size }
open-error-too-large-text = Rhaid i'r testun fod yn fyrrach na { $size }
open-error-not-text = Dydy'r ffeil a ddewiswyd ddim yn grynodeb atgyfeirio: dydy hi ddim yn ffeil destun
open-error-not-json = Dydy hwn ddim yn grynodeb atgyfeirio: mae camgymeriad yn ei JSON ar linell { $line }, colofn { $column }
open-error-not-signpost-file = Dydy'r ffeil a ddewiswyd ddim yn grynodeb atgyfeirio Signpost. Dewiswch y ffeil .json a lawrlwythodd y person
open-error-not-signpost-text = Dydy hwn ddim yn destun cod QR Signpost. Mae'r testun yn dechrau gyda SIGNPOST/1
open-error-newer = Cafodd y crynodeb hwn ei wneud gan fersiwn mwy newydd o Signpost: fersiwn { $version }. Mae'r dudalen hon yn darllen fersiwn 1. Gofynnwch i'r person am y crynodeb wedi'i argraffu, neu defnyddiwch gopi mwy newydd o'r dudalen hon
open-error-bad-version = Mae'r crynodeb hwn yn dweud mai fersiwn "{ $version }" ydyw, sydd ddim yn fersiwn Signpost
open-error-field = Mae rhan o'r crynodeb hwn yn anghywir neu ar goll: { $field } ({ $problem })
open-error-qr-line = Dydy llinell { $line } o'r testun ddim yn y ffurf ALLWEDD:gwerth: { $text }
open-error-qr-value = Mae gan linell { $line } o'r testun, { $key }, werth na all y dudalen hon ei ddarllen: { $value }
open-error-qr-missing = Does dim llinell { $key } yn y testun. Sganiwch y cod QR eto a chopïwch ei holl destun

open-opened-caption = Crynodeb atgyfeirio
open-from-file = Wedi'i agor o ffeil.
open-from-qr = Wedi'i agor o destun cod QR. Mae cod QR yn dal codau a manylion yn Saesneg yn unig, nid yn iaith y person.
open-languages = Mae'r labeli yn iaith y person ({ $language }), gyda'r Saesneg mewn cromfachau.
open-newer = Cafodd y crynodeb hwn ei wneud gan fersiwn mwy newydd o Signpost ({ $version }). Dydy unrhyw beth a ychwanegodd y fersiwn honno ddim yn cael ei ddangos yma.
open-reasons-left-out = Dydy rhai rhesymau pam yr awgrymwyd gwasanaeth ddim yn cael eu dangos, oherwydd na all y dudalen hon eu darllen.
open-qr-part = Dim ond rhan o'r crynodeb yw hwn: roedd y cod QR yn llawn. Gofynnwch i'r person am y crynodeb llawn (y copi wedi'i argraffu, y ffeil neu'r e-bost).
open-dates-heading = Dyddiadau i weithredu erbyn iddynt
open-days-today = heddiw
open-days-ahead = { $days ->
    [one] mewn 1 diwrnod
   *[other] mewn { $days } diwrnod
}
open-days-past = { $days ->
    [one] 1 diwrnod yn ôl
   *[other] { $days } diwrnod yn ôl
}
open-example-member = Enghraifft – dydy e ddim yn bodoli, peidiwch â chysylltu
open-withheld = Heb ei rannu
open-unknown-member = (ddim yn rhestr gwasanaethau'r copi hwn)
open-close = Cau'r atgyfeiriad hwn
open-closed = Mae'r crynodeb atgyfeirio wedi'i gau. Does dim byd ohono yn cael ei gadw ar y ddyfais hon.
open-staff-link = Agor crynodeb atgyfeirio mae rhywun wedi'i roi i chi
