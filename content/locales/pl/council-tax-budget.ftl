# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Council Tax, długi priorytetowe i pozostałe, budżet: nowe komunikaty (issue 17). Sources: see en-GB/council-tax-budget.ftl.

today-council-tax-call-wales = Zadzwońcie do lokalnego urzędu (council). Powiedzcie, że macie zaległości, i poproście o płacenie w mniejszych kwotach. Wszystkie urzędy w Walii stosują Council Tax Protocol for Wales. Zgodnie z nim powinny wam pomóc, a komorników (bailiffs) wysyłać tylko w ostateczności.

step-council-tax-smi = Niektóre osoby nie są liczone do Council Tax, na przykład osoby z poważnym upośledzeniem umysłowym (severe mental impairment), takim jak demencja. Musi to potwierdzić lekarz, a taka osoba musi mieć prawo do określonych zasiłków. To może obniżyć wasz rachunek. Jeśli dotyczy to wszystkich mieszkańców, może nie być nic do zapłaty.
step-council-tax-disabled-band = Jeśli mieszka z wami dorosła osoba lub dziecko z niepełnosprawnością, zapytajcie o Disabled Band Reduction. Może pomóc, jeśli ta osoba potrzebuje dodatkowego pokoju, łazienki lub kuchni albo miejsca na wózek inwalidzki w domu. Wtedy zwykle płacicie rachunek jak za pasmo (band) o jedno niższe.
step-council-tax-hardship = Jeśli nadal nie możecie zapłacić, poproście urząd o obniżenie rachunku z powodu trudnej sytuacji (hardship). Urząd może obniżyć każdy rachunek, nawet do zera. Wyjaśnijcie, dlaczego nie możecie zapłacić.
step-council-tax-whole-year-england = Jeśli nie zapłacicie raty, urząd wyśle przypomnienie (reminder). Jeśli nie nadrobicie zaległości w ciągu 7 dni, reszta rachunku za cały rok stanie się wymagalna 7 dni później. Po 2 przypomnieniach w roku kolejna niezapłacona rata oznacza, że reszta rachunku za rok jest wymagalna od razu. Skontaktujcie się z urzędem, gdy tylko dostaniecie przypomnienie.
step-council-tax-whole-year-wales = W Walii, jeśli nie zapłacicie raty, macie co najmniej 63 dni na załatwienie sprawy, zanim urząd będzie mógł skierować ją do sądu. Urząd najpierw do was napisze i poda ostateczny termin zapłaty. Jeśli nie zapłacicie do tego dnia, reszta rachunku za rok stanie się wymagalna. Skontaktujcie się z urzędem, gdy tylko dostaniecie list.
step-council-tax-benefit-deductions = Jeśli sąd wydał nakaz (liability order), a wy dostajecie zasiłki, na przykład Universal Credit, poproście urząd o potrącanie długu z zasiłków. Kwotę ustala rząd. Urząd nie powinien wysyłać komorników, dopóki dług jest spłacany w ten sposób.
step-council-tax-prison-england = W Anglii nie można trafić do więzienia tylko dlatego, że nie stać was na Council Tax. Sąd może to zrobić tylko wtedy, gdy uzna, że mogliście zapłacić i nie chcieliście albo było wam to obojętne. Jeśli dostaniecie w tej sprawie list, od razu skorzystajcie z bezpłatnej porady.
step-council-tax-prison-wales = W Walii nie można trafić do więzienia za niezapłacony Council Tax.

guide-non-priority-debts-step-crisis-breathing-space = Jeśli jesteście leczeni z powodu kryzysu psychicznego, możecie dostać dłuższy Breathing Space (okres ochronny). Trwa on tak długo jak leczenie i jeszcze 30 dni. Leczenie musi potwierdzić uprawniony specjalista zdrowia psychicznego (approved mental health professional). Potem doradca do spraw długów może go uruchomić. Nie musicie sami rozmawiać z doradcą.

step-budget-help-if-stuck = Jeśli pieniądze nadal nie wystarczają na to, czego potrzebujecie, albo jest coraz trudniej, skorzystajcie z bezpłatnej pomocy. MoneyHelper może pomóc wam ułożyć budżet i znaleźć bezpłatną poradę w pobliżu.

## act-today-bank (an existing en-GB step this locale lacked)
step-bank-call-today = Zadzwońcie dziś do swojego banku. Powiedzcie, że te pieniądze były na czynsz, rachunki albo jedzenie, i poproście o ich zwrot. Poproście też, żeby bank nie pobierał więcej.
