# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Issue 17 item 3: new questions, options, flags and two guides (content/tree/*.json, content/guides/home-and-status.json).

## food-today
q-food-today-yes = Tak
q-food-today-not-next-few-days = Mam dość na dziś, ale nie na kolejne dni
q-food-today-no = Nie, nawet na dziś

## home
q-home-shared-ownership = Część domu lub mieszkania jest moja, a za resztę płacę czynsz
q-home-shared-ownership-hint = Nazywa się to shared ownership (współwłasność).
q-home-lodger = Wynajmuję pokój w domu, w którym mieszka właściciel
q-home-lodger-hint = Właściciel też tam mieszka. Taką osobę nazywa się lodger.
q-home-tied = Mieszkanie mam w ramach pracy
q-home-tied-hint = Na przykład mieszkanie dozorcy albo dom na farmie.
q-home-temporary = Mieszkam w tymczasowym lokalu od urzędu (council)
q-home-temporary-hint = Na przykład hotel, pensjonat (B&B) albo mieszkanie, które urząd znalazł, bo byliście bez dachu nad głową.
q-home-supported = Mieszkam w mieszkaniu z opieką (supported housing)
q-home-supported-hint = Personel pomaga wam tam mieszkać. Na przykład mieszkanie chronione albo schronisko dla osób doznających przemocy.

## somewhere-tonight
q-somewhere-tonight-hint = Wybierzcie „Tak”, jeśli możecie dziś u kogoś przenocować, nawet na kanapie.
q-somewhere-tonight-yes = Tak
q-somewhere-tonight-no = Nie
q-somewhere-tonight-dont-know = Nie wiem

## energy-going-without
q-energy-going-without = Czy rezygnujecie z ogrzewania albo prądu, żeby oszczędzić pieniądze?
q-energy-going-without-hint = Na przykład nie włączacie ogrzewania, gdy jest wam zimno, albo zostawiacie pusty licznik.
q-energy-going-without-yes = Tak
q-energy-going-without-no = Nie

## public-funds
q-public-funds = Czy w waszej wizie jest zapis „no recourse to public funds” (brak prawa do świadczeń publicznych)?
q-public-funds-hint = Nie musicie odpowiadać. Pytamy, żeby nie proponować pomocy, która mogłaby zaszkodzić waszej wizie.
q-public-funds-yes = Tak
q-public-funds-no = Nie albo nie mam wizy
q-public-funds-not-sure = Nie mam pewności
q-public-funds-prefer-not-to-say = Wolę nie odpowiadać

## support-needs
q-support-needs-welsh = Pomoc po walijsku
q-support-needs-gambling = Wsparcie, bo hazard utrudnia mi życie
q-support-needs-gambling-hint = Może chodzić o wasz hazard albo kogoś innego. Nie będziemy was oceniać.

## flags
flag-nowhere-tonight = Brak bezpiecznego miejsca do spania na dzisiejszą noc
flag-nrpf = Wiza z zapisem „no recourse to public funds”: potrzebna porada imigracyjna przed wnioskiem o świadczenie
flag-nrpf-not-sure = Nie wie, czy wiza ma zapis „no recourse to public funds”
flag-welsh-language = Chce pomocy po walijsku
flag-gambling = Hazard utrudnia życie (własny albo kogoś innego)

## sleep-tonight guide
guide-nowhere-tonight = Jeśli nie macie gdzie spać dzisiaj w nocy
guide-nowhere-tonight-summary = Poproście dziś urząd (council) o pomoc. Być może urząd musi znaleźć wam miejsce na dzisiejszą noc.
today-tonight-call-council = Zadzwońcie teraz do działu mieszkaniowego (housing team) waszego urzędu. Powiedzcie, że nie macie gdzie spać dziś w nocy. Jeśli jest zamknięty, zadzwońcie na numer alarmowy urzędu poza godzinami pracy (out-of-hours). Jest na stronie internetowej urzędu.
today-tonight-streetlink = Jeśli będziecie musieli spać na dworze, skontaktujcie się ze StreetLink przez stronę streetlink.org.uk albo aplikację. StreetLink powiadamia miejscowych streetworkerów, którzy mogą pomóc.
today-tonight-priority-england = Powiedzcie urzędowi, jeśli macie dzieci, jesteście w ciąży, chorujecie lub macie niepełnosprawność albo straciliście dom z powodu przemocy domowej. Wtedy urząd zwykle musi znaleźć wam miejsce do spania na czas sprawdzania waszej sprawy. Musicie też spełniać warunki imigracyjne.
today-tonight-priority-wales = Powiedzcie urzędowi, jeśli będziecie spać na ulicy, macie dzieci, jesteście w ciąży, chorujecie lub macie niepełnosprawność. Wtedy urząd zwykle musi znaleźć wam miejsce do spania na czas sprawdzania waszej sprawy. Musicie też spełniać warunki imigracyjne.

## no-recourse-to-public-funds guide
guide-nrpf = Jeśli w waszej wizie jest zapis „no recourse to public funds”
guide-nrpf-summary = Ubieganie się o niektóre świadczenia może zaszkodzić waszej wizie. Nadal możecie dostać pomoc. Zanim o coś wystąpicie, zasięgnijcie porady.
today-nrpf-advice-first = Zasięgnijcie porady, zanim wystąpicie o jakiekolwiek świadczenie. Zapytajcie prawnika (solicitor) albo zarejestrowanego doradcę imigracyjnego. Zgodnie z prawem tylko oni mogą udzielać takich porad.
step-nrpf-public-funds = Niektóre świadczenia to tak zwane „public funds”. Należą do nich Universal Credit i Child Benefit. Także Pension Credit, Housing Benefit, Council Tax Reduction i PIP.
step-nrpf-not-public-funds = Niektóre świadczenia nie są „public funds”. Na przykład emerytura państwowa (State Pension) albo świadczenie, które dostajecie, bo płaciliście składki National Insurance.
step-nrpf-children-england = Jeśli macie dzieci i nie stać was na mieszkanie lub jedzenie, poproście o pomoc dział usług dla dzieci (children's services) w urzędzie. Mogą pomóc w znalezieniu miejsca do życia i dać pieniądze na potrzeby dzieci.
step-nrpf-children-wales = Jeśli macie dzieci i nie stać was na mieszkanie lub jedzenie, poproście o pomoc opiekę społeczną (social services) w urzędzie. Muszą sprawdzić, jakiej opieki i wsparcia potrzebują wasze dzieci.
step-nrpf-not-sure = Jeśli nie wiecie, co jest w waszej wizie, nie składajcie wniosku, dopóki tego nie sprawdzicie. Doradca imigracyjny może to z wami sprawdzić.

## self-disconnection-risk (review G15: now also raised by energy-going-without)
flag-self-disconnection-risk = Rezygnuje z gazu lub prądu, żeby oszczędzić pieniądze, albo jest to prawdopodobne (licznik przedpłacony, za mało pieniędzy, osoby szczególnie narażone w domu)
