# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Self-help guides (content/guidance.json).

## make-a-budget
guide-make-a-budget = Jak przygotować budżet
guide-make-a-budget-summary = Budżet pokazuje, ile pieniędzy co miesiąc dostajecie, a ile wydajecie. Pomaga zobaczyć, na co was stać.
guide-make-a-budget-step-gather = Przygotujcie wyciągi z konta bankowego, odcinki wypłaty (payslips), pisma w sprawie zasiłków i rachunki z ostatniego miesiąca.
guide-make-a-budget-step-income = Zapiszcie wszystkie pieniądze, które dostajecie co miesiąc, na przykład wynagrodzenie, zasiłki i alimenty na dzieci (child maintenance).
guide-make-a-budget-step-spending = Zapiszcie wszystko, co wydajecie co miesiąc. Zacznijcie od mieszkania, gazu, prądu, podatku Council Tax, jedzenia i dojazdów.
guide-make-a-budget-step-take-away = Od tego, co dostajecie, odejmijcie to, co wydajecie. To, co zostanie, możecie przeznaczyć na spłatę długów.
guide-make-a-budget-step-shortfall = Jeśli nic nie zostaje, poszukajcie wydatków, które można zmniejszyć, i sprawdźcie, czy dostajecie wszystkie zasiłki, które wam przysługują.
guide-make-a-budget-step-review = Sprawdzajcie budżet co miesiąc i za każdym razem, gdy coś się zmieni.

## priority-debts
guide-priority-debts = Jak poradzić sobie z długami priorytetowymi
guide-priority-debts-summary = Długi priorytetowe (priority debts) to te, które mogą spowodować najpoważniejsze problemy, jeśli nie będziecie ich płacić, na przykład utratę domu albo odcięcie gazu lub prądu.
guide-priority-debts-step-list = Zróbcie listę swoich długów priorytetowych. Są to: czynsz, kredyt hipoteczny (mortgage), Council Tax, gaz, prąd, abonament telewizyjny (TV Licence), grzywny sądowe, alimenty na dzieci (child maintenance), podatki oraz zakup na raty (hire purchase) rzeczy, których potrzebujecie.
guide-priority-debts-step-first = Płaćcie je przed innymi długami, takimi jak karty kredytowe i pożyczki, nawet jeśli inni pożyczkodawcy pierwsi upominają się o pieniądze.
guide-priority-debts-step-afford = Przygotujcie budżet, aby ustalić, ile możecie płacić na spłatę zaległości.
guide-priority-debts-step-contact = Jak najszybciej skontaktujcie się z każdym, komu jesteście winni te pieniądze. Zaproponujcie, że oprócz zwykłej płatności będziecie co miesiąc spłacać stałą kwotę zaległości.
guide-priority-debts-step-help = Zapytajcie o pomoc w opłacaniu tych rachunków. Możecie dostać zniżkę na Council Tax (Council Tax Reduction), pomoc od dostawcy energii albo pomoc z czynszem od lokalnego urzędu (council).
guide-priority-debts-step-court = Nigdy nie ignorujcie pisma z sądu ani od komorników (bailiffs). Odpowiedzcie w terminie podanym w piśmie i od razu skorzystajcie z bezpłatnej porady.

## non-priority-debts
guide-non-priority-debts = Jak poradzić sobie z długami niepriorytetowymi
guide-non-priority-debts-summary = Długi niepriorytetowe (non-priority debts) to między innymi karty kredytowe, pożyczki, debet na koncie (overdraft), zakupy z katalogów i rachunki za wodę. Są ważne, ale najpierw płaćcie długi priorytetowe.
guide-non-priority-debts-step-priority-first = Najpierw upewnijcie się, że stać was na spłatę długów priorytetowych i na to, czego potrzebujecie na co dzień.
guide-non-priority-debts-step-spare = Z pomocą budżetu ustalcie, ile pieniędzy zostaje wam co miesiąc.
guide-non-priority-debts-step-offer = Podzielcie to, co zostaje, uczciwie między wszystkich, którym jesteście winni pieniądze. Napiszcie do każdego z nich i zaproponujcie tę kwotę.
guide-non-priority-debts-step-token = Jeśli nic nie zostaje, możecie zaproponować bardzo małą kwotę, na przykład £1 miesięcznie, dopóki sytuacja się nie poprawi.
guide-non-priority-debts-step-interest = Poproście każdego z nich, aby przestał doliczać odsetki i opłaty.
guide-non-priority-debts-step-records = Zachowajcie kopie swoich listów i zapisujcie, z kim i kiedy rozmawialiście.
guide-non-priority-debts-step-breathing-space = Jeśli potrzebujecie czasu, doradca do spraw długów może w waszym imieniu złożyć wniosek o Breathing Space (okres ochronny). Breathing Space wstrzymuje na 60 dni większość odsetek, opłat i działań ze strony tych, którym jesteście winni pieniądze.

## benefits-check
guide-benefits-check = Sprawdźcie, czy dostajecie wszystkie zasiłki, które wam przysługują
guide-benefits-check-summary = Wiele osób nie dostaje pieniędzy, o które mogłoby się starać. Bezpłatne sprawdzenie zasiłków pokaże, co możecie dostać.
guide-benefits-check-step-calculator = Skorzystajcie z bezpłatnego kalkulatora zasiłków online, na przykład tego od Turn2us.
guide-benefits-check-step-details = Przygotujcie informacje o swoich dochodach, oszczędnościach, czynszu, Council Tax i o wszystkich osobach, które z wami mieszkają.
guide-benefits-check-step-working = Możecie dostać Universal Credit, nawet jeśli pracujecie.
guide-benefits-check-step-council-tax = Zapytajcie lokalny urząd (council) o zniżkę Council Tax Reduction. Może ona obniżyć wasz rachunek za Council Tax.
guide-benefits-check-step-decision = Jeśli zasiłek zostanie wstrzymany lub obniżony, poproście o pisemne wyjaśnienie powodu. Zwykle macie 1 miesiąc, aby poprosić o ponowne rozpatrzenie decyzji.
guide-benefits-check-step-advance = Jeśli czekacie na pierwszą wypłatę Universal Credit, możecie poprosić o zaliczkę (advance).
