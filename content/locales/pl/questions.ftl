# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Questions and their options (content/tree/*.json).
# Plain Polish, simple words. One question per page. Hints only where they help.
# Options are answers in the first person: they avoid past-tense and adjective forms
# that would differ for women and men.

## safe-now
q-safe-now = Czy jesteście teraz bezpieczni?
q-safe-now-hint = Oznacza to, że nikt was nie krzywdzi ani nie straszy i nie myślicie o zrobieniu sobie krzywdy.

## food-today
q-food-today = Czy macie dziś wystarczająco pieniędzy na jedzenie?
q-food-today-hint = Policzcie też jedzenie dla wszystkich, którzy z wami mieszkają.

## home
q-home = Która odpowiedź najlepiej opisuje wasze miejsce zamieszkania?
q-home-own = Mam własny dom lub mieszkanie albo spłacam kredyt hipoteczny (mortgage)
q-home-private-rent = Wynajmuję od prywatnego właściciela (private landlord)
q-home-social-rent = Wynajmuję od lokalnego urzędu (council) lub stowarzyszenia mieszkaniowego (housing association)
q-home-family-friends = Mieszkam z rodziną lub przyjaciółmi
q-home-no-settled-home = Nie mam stałego miejsca zamieszkania
q-home-no-settled-home-hint = Na przykład nocujecie u kogoś na kanapie, w hostelu albo na ulicy.
q-home-other = Mieszkam gdzie indziej

## main-worry
q-main-worry = W czym najbardziej potrzebujecie pomocy?
q-main-worry-hint = Wybierzcie to, co jest dziś dla was najważniejsze.
q-main-worry-debts = Spłata moich długów
q-main-worry-benefits = Zasiłki albo zwiększenie moich dochodów
q-main-worry-budget = Żeby pieniądze starczyły mi do następnej wypłaty

## debt-types
q-debt-types = Z którymi z tych płatności macie zaległości?
q-debt-types-hint = Uwzględnijcie każdy niezapłacony rachunek lub ratę. Nie szkodzi, jeśli nie znacie dokładnych kwot.
q-debt-types-rent = Czynsz
q-debt-types-mortgage = Kredyt hipoteczny (mortgage) lub pożyczka zabezpieczona na domu
q-debt-types-council-tax = Council Tax
q-debt-types-energy = Gaz lub prąd
q-debt-types-tv-licence = Abonament telewizyjny (TV Licence)
q-debt-types-court-fines = Grzywny z sądu (magistrates' court)
q-debt-types-child-maintenance = Alimenty na dzieci (child maintenance)
q-debt-types-tax = Podatek dochodowy (Income Tax), VAT lub składki National Insurance
q-debt-types-hire-purchase = Zakup na raty (hire purchase) czegoś, czego potrzebujecie
q-debt-types-hire-purchase-hint = Na przykład samochód, którym dojeżdżacie do pracy.
q-debt-types-cards = Karty kredytowe lub karty sklepowe (store cards)
q-debt-types-catalogues = Zakupy z katalogów (catalogues)
q-debt-types-loans = Pożyczki osobiste lub debet na koncie (overdraft)
q-debt-types-payday-bnpl = Chwilówki (payday loans) lub „kup teraz, zapłać później” (buy now pay later)
q-debt-types-family-friends = Pieniądze pożyczone od rodziny lub przyjaciół
q-debt-types-water = Rachunki za wodę
q-debt-types-none = Żadne z powyższych

## debt-total
q-debt-total = Ile mniej więcej wynoszą wszystkie wasze długi razem?
q-debt-total-hint = Dodajcie do siebie wszystkie długi. Wystarczy przybliżona kwota. Nie wliczajcie kredytu hipotecznego, ale wliczcie wszystkie niezapłacone raty tego kredytu.

## court-action
q-court-action = Czy dostaliście pismo w sprawie sądu, komorników (bailiffs) lub utraty domu?
q-court-action-hint = Na przykład formularz pozwu z sądu (claim form), pismo o wizycie komorników albo zawiadomienie (notice) od właściciela mieszkania lub banku, który udzielił wam kredytu hipotecznego.

## action-date
q-action-date = Do jakiego dnia musicie coś zrobić?
q-action-date-hint = Może to być dzień rozprawy w sądzie, wizyty komorników lub eksmisji albo ostatni dzień na odpowiedź. Jeśli jest kilka dat, wpiszcie najwcześniejszą.

## benefits
q-benefits = Czy dostajecie jakieś zasiłki (benefits)?
q-benefits-hint = Na przykład Universal Credit, Pension Credit, Child Benefit lub Personal Independence Payment (PIP).
q-benefits-paid = Tak, i są wypłacane na czas
q-benefits-problem = Tak, ale zostały wstrzymane, obniżone albo się spóźniają
q-benefits-waiting = Czekam na decyzję w sprawie złożonego wniosku
q-benefits-no = Nie
q-benefits-not-sure = Nie mam pewności

## money-left
q-money-left = Czy co miesiąc zostają wam jakieś pieniądze po opłaceniu tego, czego potrzebujecie?
q-money-left-hint = To, czego potrzebujecie, to mieszkanie, jedzenie, gaz, prąd i dojazd do pracy.
q-money-left-some-left = Tak, trochę zostaje
q-money-left-nothing-left = Nie, wszystko wydaję na to, czego potrzebuję
q-money-left-not-enough = Nie, nie starcza mi nawet na to, czego potrzebuję
q-money-left-not-sure = Nie mam pewności

## children
q-children = Ile dzieci z wami mieszka?
q-children-hint = Policzcie dzieci poniżej 16 lat oraz młodych ludzi poniżej 20 lat, którzy nadal uczą się w szkole lub w college'u. Jeśli takich dzieci nie ma, wpiszcie 0.

## help-most
q-help-most = W kilku słowach: co najbardziej by wam pomogło?
q-help-most-hint = Na przykład „plan spłaty czynszu” albo „pomoc z formularzem o zasiłek”. Prosimy nie wpisywać imion, nazwisk ani numerów kont.
