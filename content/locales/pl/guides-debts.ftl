# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Poradniki o długach (content/guides/debts.json). Źródła: content/sources/debt-guides.json.

## money-taken-from-bank
guide-money-taken-from-bank = Pieniądze pobrane z konta bankowego
guide-money-taken-from-bank-summary = Wasz bank, nakaz sądu albo HMRC mogły pobrać pieniądze z konta na spłatę długu. Często można odzyskać ich część. Działajcie dzisiaj.
today-bank-taken-call = Zadzwońcie dziś do banku. Zapytajcie, kto pobrał pieniądze i dlaczego. Jeśli potrzebujecie ich na czynsz, rachunki albo jedzenie, poproście o ich zwrot.
today-bank-taken-court-order = Jeśli pismo z sądu mówi, że konto jest zamrożone, jeszcze dziś skorzystajcie z bezpłatnej porady w sprawie długów. Możecie poprosić sąd o zgodę na użycie części pieniędzy na koszty życia.
step-bank-taken-check-debt = Jeśli pieniądze pobrał bank, sprawdźcie, czy to wasz dług. Bank może pobrać pieniądze tylko na dług na wasze nazwisko, w tym samym banku, z którym zalegacie. Jeśli tak nie jest, od razu złóżcie skargę.
step-bank-taken-set-off = Jeśli jesteście winni bankowi z tytułu pożyczki, karty albo debetu (overdraft), bank może pobrać pieniądze z waszego konta w tym banku. Nazywa się to set-off. Bank musi korzystać z tego uczciwie.
step-bank-taken-ask-back = Powiedzcie bankowi, na co były pieniądze, np. na czynsz, rachunki albo jedzenie. Poproście o zwrot tego, czego potrzebujecie na życie. Jeśli odmówi, złóżcie skargę. Potem możecie zwrócić się do Financial Ombudsman Service, który jest bezpłatny.
step-bank-taken-earmark = Zanim wpłynie wypłata albo zasiłek, możecie napisać do banku, na co są te pieniądze, np. na czynsz albo jedzenie. To może powstrzymać bank przed użyciem ich na wasz dług wobec niego. Doradca ds. długów pomoże napisać takie pismo.
step-bank-taken-new-account = Otwórzcie podstawowe konto bankowe (basic bank account) w banku, któremu nic nie jesteście winni. Potem niech wypłata albo zasiłki wpływają na to konto. Konto podstawowe nie ma debetu.
step-bank-taken-court-order = Third party debt order to nakaz sądu, który zamraża pieniądze na koncie na spłatę długu zasądzonego przez sąd. Od razu skorzystajcie z porady. Jeśli nie możecie zapłacić za jedzenie albo rachunki, poproście sąd o hardship payment order. Możecie też złożyć pisemny sprzeciw co najmniej 3 dni przed rozprawą.
step-bank-taken-hmrc = HMRC może pobrać dług podatkowy prosto z konta bankowego. Wcześniej musi was odwiedzić i napisać do was. Musi zostawić wam na kontach co najmniej £5,000. Jeśli HMRC napisze do was w tej sprawie, od razu skorzystajcie z porady.

## mortgage-behind
guide-mortgage-behind = Zaległości w spłacie kredytu hipotecznego
guide-mortgage-behind-summary = Często można zachować dom, jeśli działa się wcześnie. Porozmawiajcie z kredytodawcą, skorzystajcie z bezpłatnej porady i nigdy nie ignorujcie pism od kredytodawcy ani z sądu.
today-mortgage-call-lender = Zadzwońcie dziś do kredytodawcy. Powiedzcie, że macie trudności ze spłatą. Prośba o pomoc nie powinna zaszkodzić waszej historii kredytowej.
today-mortgage-keep-keys = Nie wyprowadzajcie się i nie oddawajcie kluczy, zanim nie skorzystacie z bezpłatnej porady.
step-mortgage-options = Zapytajcie kredytodawcę, jak może pomóc. Może wydłużyć okres kredytu, pozwolić przez jakiś czas spłacać tylko odsetki albo na krótko wstrzymać lub obniżyć raty.
step-mortgage-charter = Większość kredytodawców podpisała Mortgage Charter. Zgodzili się, że nie zmuszą was do opuszczenia domu przed upływem roku od pierwszej niezapłaconej raty, chyba że się zgodzicie albo sytuacja jest bardzo wyjątkowa. Zapytajcie, czy wasz kredytodawca ją podpisał.
step-mortgage-offer = Obliczcie, ile możecie płacić, i złóżcie kredytodawcy pisemną propozycję. Musi ją rozważyć. Jeśli odmówi, musi podać powód w ciągu 10 dni.
step-mortgage-protocol = Sąd powinien być ostatecznością. Kredytodawca musi podać, ile jesteście winni. Musi dać wam 15 dni pisemnego uprzedzenia, zanim pójdzie do sądu.
step-mortgage-smi = Jeśli dostajecie Universal Credit albo Pension Credit, zapytajcie o Support for Mortgage Interest. To pożyczka od DWP, która pokrywa część odsetek od kredytu hipotecznego. Przy Universal Credit może się zacząć po 3 miesiącach z rzędu, nawet jeśli pracujecie. Nie pokrywa zaległych rat. Spłaca się ją z odsetkami przy sprzedaży domu albo przekazaniu go komuś.
step-mortgage-keys = Nie oddawajcie kluczy. Nadal bylibyście winni kredyt, dopóki dom nie zostanie sprzedany, a dług może rosnąć. Urząd gminy (council) mógłby też uznać, że sami pozbawiliście się domu.
step-mortgage-court = Jeśli dostaniecie dokumenty z sądu, wypełnijcie formularz obrony (defence form), odeślijcie go i przyjdźcie na rozprawę. Kredytodawca może odebrać dom tylko za zgodą sądu.
step-mortgage-duty-adviser = Bezpłatna porada prawna jest dostępna dla każdego, komu grozi utrata domu, bez względu na dochody. Nazywa się Housing Loss Prevention Advice Service. Można z niej skorzystać, gdy kredytodawca napisze, że może pójść do sądu. W dniu rozprawy zapytajcie w sądzie o dyżurnego doradcę (duty adviser).

## debt-options
guide-debt-options = Sposoby radzenia sobie z długami
guide-debt-options-summary = Jest kilka sposobów radzenia sobie z długami, których nie możecie spłacić. Każdy ma dobre i złe strony. Bezpłatna porada pomoże wybrać.
today-debt-options-free-advice = Zanim wybierzecie sposób na długi, skorzystajcie z bezpłatnej porady. Nie płaćcie nikomu za to.
step-debt-options-dmp = Debt management plan pozwala płacić jedną miesięczną kwotę, dzieloną między osoby i firmy, którym jesteście winni. Organizacje charytatywne zakładają go bezpłatnie. Niektóre firmy pobierają za to samo opłatę.
step-debt-options-dro = Debt relief order (DRO) może umorzyć większość długów po roku. Może być dla was, jeśli jesteście winni £50,000 lub mniej, zostaje wam £75 lub mniej miesięcznie i nie jesteście właścicielami domu. Oszczędności i rzeczy, które macie, muszą być warte £2,000 lub mniej. Samochód wart do £4,000 się nie liczy. Nie ma opłaty. Wniosek składa się przez zatwierdzonego doradcę, który jest bezpłatny.
step-debt-options-bankruptcy = Upadłość (bankruptcy) może umorzyć większość długów, jeśli nie możecie ich spłacić. Wniosek składa się online na GOV.UK. Opłata wynosi £680 i można ją płacić w częściach. Możecie stracić cenne rzeczy, np. dom albo samochód.
step-debt-options-iva = IVA (individual voluntary arrangement) to prawne porozumienie o spłacie części długów. Zwykle trwa 5 lat. Firma, która je prowadzi, pobiera opłaty. Uważajcie na reklamy, które obiecują umorzenie większości długu albo mówią o programie „wspieranym przez rząd”.
step-debt-options-statute-barred = W Anglii i Walii większości długów nie można dochodzić w sądzie po 6 latach, jeśli nic nie płaciliście i nie potwierdziliście na piśmie, że jesteście je winni. Nazywa się to statute-barred. Zanim coś zapłacicie albo podpiszecie w sprawie bardzo starego długu, skorzystajcie z porady.
step-debt-options-breathing-space = Breathing Space daje czas na uzyskanie pomocy. Przez maksymalnie 60 dni większość odsetek, opłat i działań wierzycieli jest wstrzymana. Wniosek składa za was doradca ds. długów.
step-debt-options-crisis-breathing-space = Jeśli jesteście pod kryzysową opieką psychiatryczną, możecie dostać Mental Health Crisis Breathing Space. Trwa tak długo jak opieka kryzysowa i jeszcze 30 dni. Opiekę musi potwierdzić Approved Mental Health Professional (AMHP).

## scams-and-loan-sharks
guide-scams-and-loan-sharks = Nielegalni pożyczkodawcy i oszustwa
guide-scams-and-loan-sharks-summary = Jeśli pożyczyliście od kogoś, kto nie ma prawa pożyczać, nie zrobiliście nic złego. Jest dostępna poufna pomoc i możecie pozostać anonimowi.
today-loan-shark-report-england = Zadzwońcie do Stop Loan Sharks pod numer 0300 555 2222, o każdej porze dnia i nocy. Pomagają osobom, które pożyczyły od nielegalnego pożyczkodawcy (loan shark). To nie wy macie kłopoty, tylko pożyczkodawca.
today-loan-shark-report-wales = Zadzwońcie do Stop Loan Sharks Wales pod numer 0300 123 3311, o każdej porze dnia i nocy. Pomagają osobom, które pożyczyły od nielegalnego pożyczkodawcy (loan shark). To nie wy macie kłopoty, tylko pożyczkodawca.
step-loan-shark-signs = Oznaki nielegalnego pożyczkodawcy: daje mało dokumentów albo żadnych. Zatrzymuje waszą kartę bankową albo paszport. Dług ciągle rośnie, choć płacicie. Może wam grozić.
step-loan-shark-danger = Jeśli jesteście w niebezpieczeństwie, dzwońcie pod 999. Nielegalnego pożyczkodawcę można zgłosić bez podawania nazwiska.
step-scam-fca-register = Zanim pożyczycie albo zapłacicie komuś za pomoc w sprawie długów, sprawdźcie, czy firma ma zezwolenie. Wyszukajcie ją na stronie FCA, fca.org.uk. Korzystajcie tylko z firm, które tam są.
step-scam-never-pay = Nigdy nie płaćcie za pomoc w sprawie długów: organizacje charytatywne pomagają bezpłatnie. Uważajcie na reklamy, które obiecują umorzenie większości długu albo mówią o programie „wspieranym przez rząd”.
step-scam-cold-calls = Jeśli ktoś niespodziewanie dzwoni albo pisze w sprawie długu, komorników (bailiffs) albo podatków, nie płaćcie od razu. HMRC nigdy nie grozi aresztowaniem. Rozłączcie się i zadzwońcie do tej instytucji pod numer, który sami znajdziecie.

## mental-health-and-debt
guide-mental-health-and-debt = Zdrowie psychiczne a długi
guide-mental-health-and-debt-summary = Kłopoty z pieniędzmi i zdrowie psychiczne często idą w parze. Wierzyciele muszą traktować was uczciwie, a jest też pomoc, by wstrzymać sprawy, gdy dochodzicie do siebie.
today-mental-health-debt-tell = Powiedzcie wierzycielom, że zdrowie psychiczne utrudnia wam sprawy. Poproście, by wstrzymali działania, gdy szukacie pomocy.
step-mental-health-debt-fair = Banki, pożyczkodawcy i firmy windykacyjne muszą uczciwie traktować osoby w trudnej sytuacji. Złe zdrowie psychiczne może być jedną z nich. Powiedzcie, co by pomogło, np. więcej czasu albo kontakt listowny zamiast telefonów.
step-mental-health-debt-evidence-form = Jeśli pożyczkodawca poprosi o dowód, pracownik służby zdrowia albo opieki społecznej, np. lekarz rodzinny (GP), pielęgniarka albo pracownik socjalny, może wypełnić Debt and Mental Health Evidence Form. W Anglii i Walii nie mogą za to pobrać opłaty.
step-mental-health-debt-adviser = Bezpłatny doradca ds. długów może za was kontaktować się z wierzycielami. Nie będzie was oceniać.

## Services
service-stop-loan-sharks = Pomoc dla osób w Anglii, które pożyczyły od nielegalnego pożyczkodawcy (loan shark). Poufnie; można pozostać anonimowym.
service-illegal-money-lending-unit-cymru = Pomoc dla osób w Walii, które pożyczyły od nielegalnego pożyczkodawcy (loan shark). Poufnie; można pozostać anonimowym.
