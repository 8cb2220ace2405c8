# Review status: draft (machine-assisted; needs a Welsh reviewer)
# Adviser mode: the answers panel, the adviser's notes and "Why this result?". Every id here is
# listed in src/engine/messages/adviser.rs. The person may read these too, so keep them plain.

## Answers panel, beside each question
adviser-panel-title = Atebion hyd yma
adviser-panel-empty = Dim atebion eto.
adviser-panel-current = Y cwestiwn hwn
adviser-panel-not-answered = Heb ei ateb eto

## Adviser's notes
adviser-notes-title = Nodiadau'r cynghorydd
adviser-notes-hint = I'r cynghorydd eu hysgrifennu, nid y person. Mae'r nodiadau'n mynd i'r crynodeb atgyfeirio, wedi'u marcio fel rhai'r cynghorydd.
adviser-notes-save = Cadw'r nodiadau
adviser-notes-marked = Wedi'u hysgrifennu gan y cynghorydd, nid y person.
adviser-notes-none = Dim nodiadau eto.
adviser-notes-add = Ychwanegu nodiadau'r cynghorydd
adviser-notes-change = Newid nodiadau'r cynghorydd
adviser-notes-summary-heading = Nodiadau'r cynghorydd (wedi'u hysgrifennu gan y cynghorydd, nid y person)

## Why this result?
adviser-why-title = Pam y canlyniad hwn?
adviser-why-lead = Sut arweiniodd yr atebion at y canlyniad hwn, beth wnaethon nhw ei godi, a pham mae pob gwasanaeth yn cael ei awgrymu.
adviser-why-result-heading = Y canlyniad
adviser-why-result = { $outcome } ({ $tier })
adviser-why-chosen-because = Cafodd ei ddewis oherwydd:
adviser-why-passed-over = Cafodd y rhain eu gwirio gyntaf, ond doedden nhw ddim yn berthnasol:
adviser-why-flags-heading = Beth gododd yr atebion
adviser-why-no-flags = Wnaeth yr atebion ddim codi dim byd.
adviser-why-members-heading = Pam mae'r gwasanaethau hyn yn cael eu hawgrymu
adviser-why-members-hint = Yr un gwasanaethau ag yn y crynodeb atgyfeirio, y gorau yn gyntaf.
adviser-why-no-members = Does dim gwasanaeth aelod yn cyfateb i'r anghenion hyn eto.
adviser-why-quoted = “{ $text }”
adviser-why-list-separator = {", "}
adviser-why-and = { $list } a { $last }
adviser-why-chose = Yr ateb i { $question } oedd { $options }.
adviser-why-not-chose = Nid { $option } oedd yr ateb i { $question }.
adviser-why-chose-none = Nid oedd yr ateb i { $question } yn un o { $options }.
adviser-why-others = { $count ->
    [one] un arall
    [two] dau arall
   *[other] { $count } arall
}
adviser-why-answered = Cafodd { $question } ei ateb.
adviser-why-not-asked = Ni ofynnwyd { $question }.
adviser-why-at-least = Yr ateb i { $question } oedd { $answer }: o leiaf { $value }.
adviser-why-at-most = Yr ateb i { $question } oedd { $answer }: dim mwy na { $value }.
adviser-why-more-than = Yr ateb i { $question } oedd { $answer }: mwy na { $value }.
adviser-why-less-than = Yr ateb i { $question } oedd { $answer }: llai na { $value }.
adviser-why-within = Yr ateb i { $question } oedd { $date }: o fewn { $days } diwrnod gwaith (ar { $last } neu cyn hynny).
adviser-why-not-within = Yr ateb i { $question } oedd { $date }: mwy na { $days } diwrnod gwaith i ffwrdd (ar ôl { $last }).
adviser-why-passed = Yr ateb i { $question } oedd { $date }, sydd wedi mynd heibio.
adviser-why-not-passed = Yr ateb i { $question } oedd { $date }, sydd heb fynd heibio eto.
adviser-why-months = { $months ->
    [one] mis
    [two] deufis
   *[other] { $months } mis
}
adviser-why-days = { $days ->
    [one] diwrnod
   *[other] { $days } diwrnod
}
adviser-why-months-later = { $date } ({ $months } ar ôl y dyddiad a roddwyd)
adviser-why-flag-raised = Cafodd { $flag } ei godi.
adviser-why-flag-not-raised = Ni chafodd { $flag } ei godi.
adviser-why-raised-earlier = Cafodd ei godi gan ateb cynharach.
adviser-why-after = Mae'n dod ar ôl { $question }.
adviser-why-otherwise = Dyma'r canlyniad pan nad yw'r un o'r canlyniadau a wiriwyd cyn hynny yn berthnasol.

## Text a translation does not have yet
adviser-fallback-title = Yn cael ei ddangos yn Saesneg am nad oes cyfieithiad eto
