# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Poproście o pomoc już teraz, aby zadbać o swoje bezpieczeństwo
o-get-help-now-summary = Wasze bezpieczeństwo jest najważniejsze. Te organizacje pomagają bezpłatnie i możecie do nich dzwonić o każdej porze, w dzień i w nocy.

o-somewhere-to-stay = Działajcie dziś: poproście o pomoc w znalezieniu miejsca do zamieszkania
o-somewhere-to-stay-summary = Lokalny urząd (council) musi udzielić wam porady i pomocy, jeśli jesteście bezdomni albo możecie stać się bezdomni w ciągu najbliższych 8 tygodni.

o-act-today-deadline = Działajcie dziś: zbliża się ważny termin
o-act-today-deadline-summary = Podaliście datę, która przypada w ciągu najbliższych 5 dni roboczych. Wciąż jest czas, aby działać, a bezpłatna pomoc jest dostępna już dziś.

o-act-today-food = Działajcie dziś: poproście o pomoc w zdobyciu jedzenia
o-act-today-food-summary = Z waszych odpowiedzi wynika, że dziś nie macie wystarczająco pieniędzy na jedzenie. Wiele osób potrzebuje takiej pomocy. Prośba o nią nie jest powodem do wstydu.

o-see-an-adviser = Doradca może pomóc wam we wszystkich tych sprawach
o-see-an-adviser-summary = Macie więcej niż jeden problem, a te problemy wpływają na siebie nawzajem. Bezpłatny doradca może przyjrzeć się wszystkiemu naraz i pomóc wam ułożyć plan.

o-debt-advice = Skorzystajcie z bezpłatnej porady w sprawie długów
o-debt-advice-summary = Bezpłatna poradnia do spraw długów może pomóc wam uporządkować długi. Nikt nie będzie was oceniać. Doradcy codziennie pomagają ludziom w takiej sytuacji jak wasza.

o-benefits-help = Sprawdźcie swoje zasiłki
o-benefits-help-summary = Może przysługuje wam więcej pieniędzy albo da się rozwiązać problem z zasiłkami. Pomogą wam w tym bezpłatne organizacje.

o-self-help-debts = Z tymi długami możecie poradzić sobie samodzielnie
o-self-help-debts-summary = Długi, o których nam powiedzieliście, nie należą do najpilniejszych. Zwykle wystarczy budżet oraz kilka telefonów lub listów, aby uzgodnić spłaty, na które was stać.

o-self-help-budget = Niech pieniądze starczą na dłużej
o-self-help-budget-summary = Te kroki pomogą wam zapanować nad pieniędzmi i sprawić, aby starczyły na dłużej.

## Next steps

step-call-999 = Jeśli jesteście teraz w niebezpieczeństwie, zadzwońcie pod numer 999. Jeśli dzwonicie z komórki i nie możecie mówić, naciśnijcie 55, gdy usłyszycie taką prośbę.
step-call-samaritans = Jeśli myślicie o odebraniu sobie życia lub o zrobieniu sobie krzywdy, zadzwońcie bezpłatnie do Samaritans pod numer 116 123.
step-call-domestic-abuse-helpline = Jeśli bliska osoba was krzywdzi albo sprawia, że się boicie, zadzwońcie bezpłatnie do National Domestic Abuse Helpline pod numer 0808 2000 247.
step-come-back-when-safe = Gdy poczujecie się bezpiecznie, możecie tu wrócić po pomoc w kłopotach z pieniędzmi.

step-contact-council-housing = Jeszcze dziś skontaktujcie się z działem mieszkaniowym lokalnego urzędu (council housing team). Powiedzcie, że jesteście bezdomni albo wkrótce możecie nimi zostać, i w razie potrzeby poproście o miejsce na dzisiejszą noc.
step-call-shelter = Zadzwońcie bezpłatnie do Shelter pod numer 0808 800 4444, aby uzyskać poradę na temat swoich praw.

step-keep-the-letter = Zachowajcie to pismo w bezpiecznym miejscu. Nie ignorujcie go, nawet jeśli budzi w was strach.
step-call-national-debtline-today = Jeszcze dziś zadzwońcie bezpłatnie do National Debtline pod numer 0808 808 4000. Na początku podajcie datę z pisma, aby mogli pomóc wam działać na czas.
step-eviction-call-shelter = Jeśli pismo dotyczy utraty domu, możecie też zadzwonić bezpłatnie do Shelter pod numer 0808 800 4444.
step-go-to-the-hearing = Jeśli macie rozprawę w sądzie (court hearing), stawcie się na nią, nawet jeśli nie możecie zapłacić. W wielu sądach w dniu rozprawy można dostać bezpłatną poradę, jeśli grozi wam utrata domu.

step-food-bank-referral = Zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 144 8848 i zapytajcie o bank żywności (food bank) w pobliżu. Wiele banków żywności wymaga skierowania (referral), a Citizens Advice często może je wam dać.
step-council-emergency-help = Zapytajcie lokalny urząd (council), czy może udzielić wam pilnej pomocy na jedzenie lub energię. Wiele urzędów ma na ten cel specjalne pieniądze.
step-universal-credit-advance = Jeśli czekacie na pierwszą wypłatę Universal Credit, możecie poprosić o zaliczkę (advance). Spłaca się ją po trochu z kolejnych wypłat.
step-check-benefits = Gdy będzie to możliwe, skorzystajcie z bezpłatnego kalkulatora zasiłków, aby sprawdzić, czy dostajecie wszystkie pieniądze, które wam przysługują.

step-call-citizens-advice = Zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 144 8848. Doradca może pomóc wam jednocześnie w sprawie zasiłków i długów.
step-gather-letters = Znajdźcie pisma w sprawie długów i zasiłków i trzymajcie je razem, aby mieć je pod ręką podczas rozmowy z doradcą.
step-pay-priority-first = Starajcie się nadal płacić czynsz lub ratę kredytu hipotecznego (mortgage), Council Tax, gaz i prąd przed innymi długami.
step-reply-to-court-letters = Jeśli dostaniecie pismo z sądu, nie ignorujcie go. Odpowiedzcie w terminie podanym w piśmie.

step-contact-debt-charity = Zadzwońcie bezpłatnie do StepChange pod numer 0800 138 1111 albo do National Debtline pod numer 0808 808 4000. Możecie też uzyskać od nich pomoc przez internet.
step-ask-about-breathing-space = Zapytajcie doradcę o Breathing Space (okres ochronny). Breathing Space może na 60 dni wstrzymać większość odsetek, opłat i działań ze strony tych, którym jesteście winni pieniądze.
step-do-not-borrow-more = Starajcie się nie pożyczać więcej pieniędzy na spłatę długów, zwłaszcza w firmach udzielających chwilówek (payday lenders).

step-use-benefits-calculator = Skorzystajcie z bezpłatnego kalkulatora zasiłków Turn2us, aby zobaczyć, co możecie dostać. Miejcie pod ręką informacje o swoich dochodach, oszczędnościach, czynszu i Council Tax.
step-ask-for-reconsideration = Jeśli zasiłek został wstrzymany lub obniżony, poproście o pisemne wyjaśnienie powodu. Zwykle macie 1 miesiąc od daty na piśmie z decyzją, aby poprosić o ponowne rozpatrzenie sprawy.
step-call-citizens-advice-benefits = Zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 144 8848, aby uzyskać pomoc z wnioskami, formularzami i odwołaniami.

step-make-a-budget = Przygotujcie budżet, aby wiedzieć, ile możecie płacić co miesiąc.
step-contact-lenders = Skontaktujcie się z tymi, którym jesteście winni pieniądze. Powiedzcie, że trudno wam płacić, i zaproponujcie kwotę, na którą was stać.
step-ask-to-freeze-interest = Poproście ich, aby w czasie spłaty przestali doliczać odsetki i opłaty.
step-free-help-if-stuck = Jeśli będzie coraz trudniej albo ci, którym jesteście winni pieniądze, się nie zgodzą, StepChange i National Debtline pomogą wam bezpłatnie.
step-cut-costs = Przejrzyjcie swoje stałe rachunki. Może uda się przejść na tańszą ofertę albo dostać tańszą taryfę socjalną (social tariff) na internet lub telefon.
