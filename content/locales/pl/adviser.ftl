# Review status: draft (machine-assisted; needs a Polish reviewer)
# Adviser mode: the answers panel, the adviser's notes and "Why this result?". Every id here is
# listed in src/engine/messages/adviser.rs. The person may read these too, so keep them plain.

## Answers panel, beside each question
adviser-panel-title = Dotychczasowe odpowiedzi
adviser-panel-empty = Nie ma jeszcze odpowiedzi.
adviser-panel-current = To pytanie
adviser-panel-not-answered = Jeszcze bez odpowiedzi

## Adviser's notes
adviser-notes-title = Notatki doradcy
adviser-notes-hint = Wypełnia je doradca, a nie osoba, której pomagamy. Notatki trafią do podsumowania skierowania z oznaczeniem, że napisał je doradca.
adviser-notes-save = Zapisz notatki
adviser-notes-marked = Napisane przez doradcę, a nie przez tę osobę.
adviser-notes-none = Nie ma jeszcze notatek.
adviser-notes-add = Dodaj notatki doradcy
adviser-notes-change = Zmień notatki doradcy
adviser-notes-summary-heading = Notatki doradcy (napisane przez doradcę, a nie przez tę osobę)

## Why this result?
adviser-why-title = Dlaczego taki wynik?
adviser-why-lead = Jak odpowiedzi doprowadziły do tego wyniku, co z nich wynikło i dlaczego proponujemy każdą usługę.
adviser-why-result-heading = Wynik
adviser-why-result = { $outcome } ({ $tier })
adviser-why-chosen-because = Wybrano go, ponieważ:
adviser-why-passed-over = Sprawdzone najpierw, ale nie miały zastosowania:
adviser-why-flags-heading = Co wynika z odpowiedzi
adviser-why-no-flags = Z odpowiedzi nic nie wynika.
adviser-why-members-heading = Dlaczego proponujemy te usługi
adviser-why-members-hint = Te same usługi co w podsumowaniu skierowania, od najlepiej dopasowanej.
adviser-why-no-members = Żadna usługa członkowska nie pasuje jeszcze do tych potrzeb.
adviser-why-quoted = „{ $text }”
adviser-why-list-separator = {", "}
adviser-why-and = { $list } i { $last }
adviser-why-chose = Odpowiedź na pytanie { $question } brzmiała: { $options }.
adviser-why-not-chose = Odpowiedź na pytanie { $question } nie brzmiała: { $option }.
adviser-why-chose-none = Odpowiedź na pytanie { $question } nie była żadną z tych: { $options }.
adviser-why-others = { $count ->
    [one] jeszcze jedna
    [few] jeszcze { $count } inne
   *[other] jeszcze { $count } innych
}
adviser-why-answered = Odpowiedziano na pytanie { $question }.
adviser-why-not-asked = Nie zadano pytania { $question }.
adviser-why-at-least = Odpowiedź na pytanie { $question } to { $answer }: co najmniej { $value }.
adviser-why-at-most = Odpowiedź na pytanie { $question } to { $answer }: najwyżej { $value }.
adviser-why-more-than = Odpowiedź na pytanie { $question } to { $answer }: więcej niż { $value }.
adviser-why-less-than = Odpowiedź na pytanie { $question } to { $answer }: mniej niż { $value }.
adviser-why-within = Odpowiedź na pytanie { $question } to { $date }: w ciągu { $days } dni roboczych (najpóźniej { $last }).
adviser-why-not-within = Odpowiedź na pytanie { $question } to { $date }: później niż za { $days } dni roboczych (po { $last }).
adviser-why-passed = Odpowiedź na pytanie { $question } to { $date }; ta data już minęła.
adviser-why-not-passed = Odpowiedź na pytanie { $question } to { $date }; ta data jeszcze nie minęła.
adviser-why-months = { $months ->
    [one] miesiąc
    [few] { $months } miesiące
   *[other] { $months } miesięcy
}
adviser-why-days = { $days ->
    [one] jeden dzień
   *[other] { $days } dni
}
adviser-why-months-later = { $date } ({ $months } po podanej dacie)
adviser-why-flag-raised = Stwierdzono: { $flag }.
adviser-why-flag-not-raised = Nie stwierdzono: { $flag }.
adviser-why-raised-earlier = Wynika to z wcześniejszej odpowiedzi.
adviser-why-after = Następuje po pytaniu { $question }.
adviser-why-otherwise = Taki jest wynik, gdy żaden z wcześniej sprawdzonych wyników nie ma zastosowania.

## Text a translation does not have yet
adviser-fallback-title = Pokazane po angielsku, bo brakuje tłumaczenia
