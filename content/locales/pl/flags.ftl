# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Flag labels (content/flags.json). Advisers and the results page see these.

flag-not-safe = Brak bezpieczeństwa w tej chwili
flag-no-money-for-food = Brak pieniędzy na jedzenie na dziś
flag-no-settled-home = Brak stałego miejsca zamieszkania
flag-legal-action = Pismo z sądu (court), od komorników (bailiffs) lub w sprawie eksmisji (eviction)
flag-deadline-soon = Termin na działanie w ciągu 5 dni roboczych
flag-children-at-home = W domu mieszkają dzieci
flag-priority-debt = Długi priorytetowe (priority debts)
flag-non-priority-debt = Długi niepriorytetowe (non-priority debts)
flag-large-debts = Długi w wysokości £5000 lub więcej
flag-benefit-problem = Problem z zasiłkami (benefits) albo oczekiwanie na decyzję w sprawie wniosku
flag-missing-out-on-benefits = Może nie dostawać wszystkich zasiłków, które przysługują
flag-no-spare-money = Brak pieniędzy po opłaceniu niezbędnych wydatków
flag-budgeting = Potrzebuje pomocy, aby pieniądze starczały na dłużej
flag-several-needs = Kilka problemów, które wpływają na siebie nawzajem
