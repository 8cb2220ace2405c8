# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Issue 17: benefits, crisis help and energy.

today-council-crisis-fund-england = Poproście lokalny urząd (council) o Crisis Payment (pilną wypłatę) z Crisis and Resilience Fund (funduszu kryzysowego). Jest na nagły wydatek albo spadek dochodu. Urzędy zwykle wypłacają ją w pieniądzach.
step-uc-free-help-england = Aby uzyskać pomoc z wnioskiem, zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 144 8848.
step-uc-free-help-wales = Aby uzyskać pomoc z wnioskiem, zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 702 2020.
step-deductions-waive = Jeśli przez spłatę zabraknie wam na jedzenie, czynsz albo rachunki, poproście DWP Debt Management (dział długów urzędu DWP) o niższe raty. Czasem mogą zgodzić się w ogóle nie odbierać tych pieniędzy. Opiszcie, jak to wpływa na was i waszą rodzinę.
step-benefits-carer-pension = Jeśli dostajecie State Pension (emeryturę państwową), Carer's Allowance może nie być wypłacany w tym samym czasie. Mimo to warto o niego wystąpić. Może on dodać dodatkową kwotę dla opiekunów do waszego Pension Credit (dopłaty dla osób w wieku emerytalnym).
step-benefits-two-children = Od kwietnia 2026 Universal Credit obejmuje kwotę na każde dziecko, nie tylko na dwoje pierwszych. Jeśli macie troje lub więcej dzieci, sprawdźcie, ile możecie teraz dostać. Być może możecie złożyć wniosek, nawet jeśli wcześniej nie mogliście.
step-crisis-budgeting-advance = Jeśli dostajecie Universal Credit od 6 miesięcy lub dłużej, możecie dostać Budgeting Advance (zaliczkę na nagły wydatek), na przykład na zepsutą kuchenkę. To pożyczka. Spłaca się ją z kolejnych wypłat.
step-energy-no-forced-prepay = Dostawca nie może narzucić licznika na przedpłatę niektórym domom. Na przykład gdy ktoś potrzebuje prądu do sprzętu medycznego, gdy osoba po 75. roku życia mieszka bez wsparcia albo gdy w domu jest dziecko poniżej 2 lat. Powiedzcie dostawcy, jeśli to was dotyczy.
step-energy-power-cut = Jeśli nie macie prądu, a licznik nie jest pusty, może to być przerwa w dostawie. Zadzwońcie bezpłatnie pod numer 105. Połączy was z lokalnym operatorem sieci elektrycznej.
step-energy-gas-emergency = Jeśli czujecie gaz, zadzwońcie bezpłatnie do pogotowia gazowego (National Gas Emergency Service) pod numer 0800 111 999.
step-energy-ombudsman = Jeśli skarga nie zostanie załatwiona w ciągu 8 tygodni albo dostawca przyśle ostateczne pismo (deadlock letter), możecie zwrócić się do Energy Ombudsman (rzecznika ds. energii). To nic nie kosztuje.
service-universal-credit-welsh = Rządowa infolinia, przez którą można złożyć wniosek o Universal Credit po walijsku.
