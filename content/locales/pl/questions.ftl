# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Questions and their options (content/tree/*.json).
# Plain Polish, simple words. One question per page. Hints only where they help.
# Options are answers in the first person: they avoid past-tense and adjective forms
# that would differ for women and men.

## safe-now
q-safe-now = Czy jesteście teraz bezpieczni?
q-safe-now-hint = Od razu pokażemy, kto może wam pomóc. Jeśli krzywdzi was bliska osoba, potem możecie tu odpowiadać dalej i dostać pomoc w sprawie pieniędzy i mieszkania.
q-safe-now-yes = Tak, nic mi nie grozi
q-safe-now-no = Nie. Grozi mi teraz niebezpieczeństwo albo mogę zrobić sobie krzywdę
q-safe-now-abuse = Nie. Bliska mi osoba mnie krzywdzi, straszy albo kontroluje
q-safe-now-abuse-hint = Na przykład partner lub partnerka, były partner lub była partnerka albo ktoś z rodziny. Chodzi też o kontrolowanie waszych pieniędzy.
q-safe-now-dont-know = Nie mam pewności

## food-today
q-food-today = Czy macie pieniądze na jedzenie i ogrzewanie na najbliższe dni?
q-food-today-hint = Pomyślcie o dzisiejszym dniu i kolejnych dniach, o wszystkich, którzy z wami mieszkają.

## energy-today
q-energy-today = Czy macie teraz odcięty gaz lub prąd albo czy na liczniku skończyły się środki?
q-energy-today-hint = Wybierzcie „Tak”, jeśli dziś z powodu braku pieniędzy nie macie ogrzewania, światła albo możliwości gotowania.

## home
q-home = Która odpowiedź najlepiej opisuje wasze miejsce zamieszkania?
q-home-own-outright = Mam własny dom lub mieszkanie i nie mam już kredytu do spłaty
q-home-mortgage = Mam własny dom lub mieszkanie i spłacam kredyt hipoteczny (mortgage)
q-home-private-rent = Wynajmuję od prywatnego właściciela (private landlord)
q-home-social-rent = Wynajmuję od lokalnego urzędu (council) lub stowarzyszenia mieszkaniowego (housing association)
q-home-social-rent-hint = Czasem nazywa się to social housing (mieszkania komunalne).
q-home-family-friends = Mieszkam z rodziną lub przyjaciółmi
q-home-no-settled-home = Nie mam stałego miejsca zamieszkania
q-home-no-settled-home-hint = Na przykład nocujecie u kogoś na kanapie, w hostelu albo na ulicy.
q-home-other = Mieszkam gdzie indziej

## somewhere-tonight
q-somewhere-tonight = Czy macie bezpieczne miejsce do spania na dzisiejszą noc?

## main-worry
q-main-worry = Co teraz najbardziej was martwi?
q-main-worry-hint = Wybierzcie jedną odpowiedź. O resztę też zapytamy.
q-main-worry-debts = Moje długi
q-main-worry-benefits = Zasiłki albo za mało pieniędzy na życie
q-main-worry-bills = Opłacenie gazu, prądu lub wody
q-main-worry-home = Żeby nie stracić domu
q-main-worry-budget = Żeby pieniądze mi starczyły
q-main-worry-something-else = Coś innego

## adults
q-adults = Ile innych dorosłych osób z wami mieszka?
q-adults-hint = Nie liczcie siebie. Policzcie osoby, które mają 18 lat lub więcej. Jeśli mieszkacie sami albo tylko z dziećmi, wpiszcie 0.

## children
q-children = Ile dzieci z wami mieszka?
q-children-hint = Policzcie dzieci poniżej 16 lat. Policzcie też młodych ludzi poniżej 20 lat, którzy nadal uczą się w szkole lub w college'u. Jeśli takich dzieci nie ma, wpiszcie 0.

## children-ages
q-children-ages = Ile lat mają dzieci?
q-children-ages-hint = Zaznaczcie wszystkie pasujące odpowiedzi.
q-children-ages-under-1 = Poniżej 1 roku
q-children-ages-1-to-4 = Od 1 do 4 lat
q-children-ages-5-to-10 = Od 5 do 10 lat
q-children-ages-11-to-15 = Od 11 do 15 lat
q-children-ages-16-to-19 = Od 16 do 19 lat
q-children-ages-16-to-19-hint = Nadal uczą się w szkole lub w college'u.

## pregnant
q-pregnant = Czy ktoś w waszym domu jest w ciąży?

## health
q-health = Czy coś z tej listy dotyczy kogoś w waszym domu?
q-health-hint = Dotyczy to także was. Zaznaczcie wszystkie pasujące odpowiedzi.
q-health-disability = Niepełnosprawność
q-health-long-term-illness = Choroba, która trwa długo
q-health-mental-health = Problem ze zdrowiem psychicznym, na przykład depresja lub stany lękowe
q-health-medical-equipment = Sprzęt medyczny zasilany prądem
q-health-medical-equipment-hint = Na przykład koncentrator tlenu w domu, krzesełko do wjazdu po schodach (stair lift) albo lodówka na leki.
q-health-none = Żadne z powyższych

## carer
q-carer = Czy opiekujecie się kimś, kto jest chory, niepełnosprawny lub w starszym wieku?
q-carer-hint = Nie chodzi o płatną pracę. Może to być ktoś z rodziny, partner lub partnerka albo ktoś z przyjaciół.

## pension-age
q-pension-age = Czy wy lub wasz partner albo partnerka osiągnęliście już wiek emerytalny (State Pension age)?

## work
q-work = Co najlepiej was opisuje?
q-work-hint = Jeśli macie partnera lub partnerkę, odpowiedzcie tylko o sobie.
q-work-employed = Pracuję i mam stałe godziny pracy
q-work-hours-vary = Pracuję, ale moje godziny pracy się zmieniają albo jest ich mało
q-work-self-employed = Pracuję na własny rachunek (self-employed)
q-work-looking = Szukam pracy
q-work-too-ill = Nie mogę pracować z powodu choroby lub niepełnosprawności
q-work-caring = Nie mogę pracować, bo opiekuję się inną osobą
q-work-retired = Jestem na emeryturze
q-work-student = Uczę się lub studiuję
q-work-other = Coś innego

## business-debts
q-business-debts = Czy macie długi związane z waszą pracą?
q-business-debts-hint = Na przykład wobec dostawców, za business rates (podatek od lokalu firmy) albo podatek od tego, co zarabiacie.

## income-change
q-income-change = Czy w ciągu ostatniego roku coś z tego was spotkało?
q-income-change-hint = Zaznaczcie wszystkie pasujące odpowiedzi.
q-income-change-job-loss = Utrata pracy albo mniej godzin pracy
q-income-change-illness = Choroba lub uraz
q-income-change-bereavement = Śmierć bliskiej osoby
q-income-change-separation = Rozstanie z partnerem lub partnerką
q-income-change-new-baby = Narodziny dziecka
q-income-change-benefit-stopped = Wstrzymanie lub obniżenie zasiłku
q-income-change-none = Żadne z powyższych

## benefits-now
q-benefits-now = Które z tych świadczeń teraz dostajecie?
q-benefits-now-hint = Zaznaczcie wszystkie, które dostajecie wy lub wasz partner albo partnerka.
q-benefits-now-universal-credit = Universal Credit (zasiłek Universal Credit)
q-benefits-now-pension-credit = Pension Credit (dopłata dla osób w wieku emerytalnym)
q-benefits-now-council-tax-reduction = Council Tax Reduction (zniżka na Council Tax)
q-benefits-now-council-tax-reduction-hint = Pomoc od lokalnego urzędu (council) w opłaceniu podatku lokalnego Council Tax.
q-benefits-now-pip = Personal Independence Payment (PIP)
q-benefits-now-pip-hint = Albo Disability Living Allowance. To świadczenia dla osób z niepełnosprawnością lub przewlekłą chorobą.
q-benefits-now-attendance-allowance = Attendance Allowance (zasiłek dla starszych osób, które potrzebują opieki)
q-benefits-now-carers-allowance = Carer's Allowance (zasiłek dla opiekunów)
q-benefits-now-child-benefit = Child Benefit (zasiłek na dzieci)
q-benefits-now-esa-jsa = Employment and Support Allowance (ESA) lub Jobseeker's Allowance (JSA)
q-benefits-now-housing-benefit = Housing Benefit (dodatek mieszkaniowy)
q-benefits-now-state-pension = State Pension (emerytura państwowa)
q-benefits-now-none = Żadne z powyższych
q-benefits-now-not-sure = Nie mam pewności

## benefit-problems
q-benefit-problems = Czy coś z tego dzieje się z waszymi zasiłkami?
q-benefit-problems-hint = Zaznaczcie wszystkie pasujące odpowiedzi.
q-benefit-problems-decision-wrong = Wniosek odrzucono albo zasiłek wstrzymano lub obniżono, a moim zdaniem to błąd
q-benefit-problems-decision-wrong-hint = Na przykład nie przyznano wam PIP albo zmniejszyła się wypłata Universal Credit.
q-benefit-problems-sanction = Nałożono na mnie sankcję (sanction)
q-benefit-problems-deductions = Z moich zasiłków są potrącane pieniądze
q-benefit-problems-deductions-hint = Na przykład na spłatę zaliczki (advance), zaległego czynszu albo grzywny.
q-benefit-problems-overpayment = Powiedziano mi, że wypłacono mi za dużo pieniędzy
q-benefit-problems-waiting = Wniosek jest złożony i czekam na pierwszą wypłatę
q-benefit-problems-none = Żadne z powyższych

## decision-date
q-decision-date = Jaka data jest na piśmie z decyzją?
q-decision-date-hint = Jest na górze pisma. W przypadku Universal Credit wpiszcie datę wiadomości w waszym dzienniku online (journal). Jeśli nie możecie jej znaleźć, wpiszcie najwcześniejszą datę, jaka jest możliwa. Na przykład 27 10 2026.

## debt-types
q-debt-types = Czy macie zaległości z którąś z tych płatności?
q-debt-types-hint = Zaznaczcie wszystkie pasujące odpowiedzi. Nie szkodzi, jeśli nie znacie dokładnych kwot.
q-debt-types-rent = Czynsz
q-debt-types-mortgage = Kredyt hipoteczny (mortgage) lub pożyczka zabezpieczona na domu
q-debt-types-ground-rent = Opłata za grunt (ground rent) lub opłaty za utrzymanie budynku (service charges)
q-debt-types-council-tax = Council Tax (podatek lokalny)
q-debt-types-energy = Rachunki za gaz lub prąd
q-debt-types-tv-licence = Abonament telewizyjny (TV Licence)
q-debt-types-court-fines = Grzywny z sądu (magistrates' court)
q-debt-types-tax = Podatek dochodowy (Income Tax), VAT lub składki National Insurance
q-debt-types-child-maintenance = Alimenty na dzieci (child maintenance)
q-debt-types-hire-purchase = Zakup na raty (hire purchase) czegoś, czego potrzebujecie
q-debt-types-hire-purchase-hint = Na przykład samochód, którym dojeżdżacie do pracy.
q-debt-types-cards = Karty kredytowe lub karty sklepowe (store cards)
q-debt-types-catalogues = Zakupy z katalogów (catalogues)
q-debt-types-loans = Pożyczki osobiste
q-debt-types-overdraft = Debet na koncie (overdraft)
q-debt-types-payday-bnpl = Chwilówki (payday loans) lub „kup teraz, zapłać później” (buy now pay later)
q-debt-types-family-friends = Pieniądze pożyczone od rodziny lub przyjaciół
q-debt-types-water = Rachunki za wodę
q-debt-types-none = Żadne z powyższych

## debt-total
q-debt-total = Ile mniej więcej wynoszą wszystkie wasze długi razem?
q-debt-total-hint = Dodajcie do siebie wszystkie długi. Wystarczy przybliżona kwota. Nie liczcie kredytu hipotecznego, ale policzcie wszystkie niezapłacone raty tego kredytu.

## urgent-problems
q-urgent-problems = Czy coś z tego dzieje się teraz u was?
q-urgent-problems-hint = Zaznaczcie wszystkie pasujące odpowiedzi.
q-urgent-problems-bailiffs = Przyszli komornicy (bailiffs) albo pismo zapowiada ich wizytę
q-urgent-problems-court-papers = Mam pisma z sądu
q-urgent-problems-court-papers-hint = Na przykład pozew (claim form), wezwanie do sądu (summons) albo pismo o rozprawie.
q-urgent-problems-eviction = Kazano mi się wyprowadzić albo mam wyznaczoną datę eksmisji
q-urgent-problems-energy-off = Nie mam gazu lub prądu albo na liczniku skończyły się środki
q-urgent-problems-warrant = Sąd wysłał nakaz (warrant)
q-urgent-problems-warrant-hint = Na przykład nakaz odebrania wam domu albo nakaz aresztowania z powodu grzywny.
q-urgent-problems-bank-money-taken = Z mojego konta bankowego zabrano pieniądze na spłatę długu
q-urgent-problems-none = Żadne z powyższych

## bailiff-date
q-bailiff-date = Kiedy przyjdą komornicy (bailiffs)?

## court-date
q-court-date = Jaka jest najwcześniejsza data na pismach z sądu?

## eviction-date
q-eviction-date = W jakim dniu komornicy (bailiffs) przyjdą, aby was eksmitować?
q-eviction-date-hint = Ta data jest w piśmie od komorników. Na przykład 27 11 2026.

## energy-meter
q-energy-meter = Jak płacicie za gaz i prąd?
q-energy-meter-bills = Dostaję rachunki
q-energy-meter-bills-hint = Także wtedy, gdy płacicie poleceniem zapłaty (Direct Debit).
q-energy-meter-prepayment = Doładowuję licznik
q-energy-meter-prepayment-hint = To licznik na przedpłatę (prepayment meter). Można go doładowywać kluczem, kartą albo w aplikacji.
q-energy-meter-in-rent = Opłaty za gaz i prąd są wliczone w czynsz
q-energy-meter-dont-know = Nie wiem

## priority-register
q-priority-register = Czy jesteście na liście osób potrzebujących dodatkowej pomocy u swojego dostawcy energii?
q-priority-register-hint = Nazywa się ona Priority Services Register i jest bezpłatna. Na przykład dostawca uprzedzi was przed przerwą w dostawie prądu.

## money-left
q-money-left = Czy co miesiąc zostają wam jakieś pieniądze po opłaceniu tego, czego potrzebujecie?
q-money-left-hint = To, czego potrzebujecie, to mieszkanie, jedzenie, gaz, prąd i dojazd do pracy.
q-money-left-some-left = Tak, trochę zostaje
q-money-left-nothing-left = Nie, wszystko wydaję na to, czego potrzebuję
q-money-left-not-enough = Nie, nie starcza mi nawet na to, czego potrzebuję
q-money-left-not-sure = Nie mam pewności

## talk-preference
q-talk-preference = Jak chcecie dostać pomoc?
q-talk-preference-self = Wolę zająć się tym samodzielnie, z kilkoma wskazówkami
q-talk-preference-talk = Wolę z kimś porozmawiać
q-talk-preference-either = Obie możliwości mi pasują

## support-needs
q-support-needs = Czy coś z tego ułatwiłoby wam sprawę?
q-support-needs-hint = Zaznaczcie wszystkie pasujące odpowiedzi. Przekażemy to osobom, które będą wam pomagać.
q-support-needs-reading = Pomoc w czytaniu lub wypełnianiu formularzy
q-support-needs-language = Pomoc w innym języku niż angielski
q-support-needs-online = Pomoc, bo trudno mi korzystać z internetu
q-support-needs-sight-hearing = Pomoc, bo mam kłopoty ze wzrokiem lub słuchem
q-support-needs-none = Żadne z powyższych

## help-most
q-help-most = W kilku słowach: co najbardziej by wam pomogło?
q-help-most-hint = Na przykład „plan spłaty czynszu” albo „pomoc z formularzem o zasiłek”. Prosimy nie wpisywać imion, nazwisk ani numerów kont.

## deadlines (the results page names each date)
deadline-reconsideration = Ostatni dzień na prośbę o ponowne rozpatrzenie decyzji
deadline-bailiffs = Wizyta komorników (bailiffs)
deadline-court = Data na waszych pismach z sądu
deadline-eviction = Dzień, w którym komornicy mają was eksmitować
