# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = Poproście o pomoc już teraz, aby zadbać o swoje bezpieczeństwo
o-get-help-now-summary = Wasze bezpieczeństwo jest najważniejsze. Te organizacje pomagają bezpłatnie i możecie do nich dzwonić o każdej porze, w dzień i w nocy.

o-somewhere-to-stay = Działajcie dziś: poproście o pomoc w znalezieniu miejsca do zamieszkania
o-somewhere-to-stay-summary = Lokalny urząd (council) musi wam pomóc, jeśli jesteście bezdomni albo możecie stać się bezdomni w ciągu najbliższych 8 tygodni.

o-safe-from-abuse = Pomoc w ochronie przed przemocą
o-safe-from-abuse-summary = To, co się dzieje, nie jest waszą winą. Możecie dostać pomoc w tajemnicy, w dzień i w nocy. Gdy będziecie gotowi, możecie tu odpowiadać dalej i dostać pomoc w sprawie pieniędzy i mieszkania.

o-act-today-bailiffs-eviction = Działajcie dziś: poproście sąd o wstrzymanie eksmisji
o-act-today-bailiffs-eviction-summary = Komornicy sądowi (court bailiffs) mogą was eksmitować w dniu podanym w ich piśmie. Być może jest jeszcze czas, aby to zatrzymać, ale musicie działać dziś.

o-act-today-leave-home = Działajcie dziś: poproście o pomoc, zanim będziecie musieli opuścić dom
o-act-today-leave-home-summary = Kazano wam wkrótce opuścić dom. Lokalny urząd (council) musi wam pomóc, jeśli możecie stać się bezdomni w ciągu najbliższych 8 tygodni. Poproście o to jeszcze dziś.

o-act-today-court = Działajcie dziś: zajmijcie się pismami z sądu
o-act-today-court-summary = Termin w sądzie jest blisko albo już minął. Jeśli zadziałacie teraz, będziecie mieli więcej możliwości. Bezpłatna porada może wam pomóc jeszcze dziś.

o-act-today-fine = Działajcie dziś: zajmijcie się nakazem (warrant) w sprawie grzywny
o-act-today-fine-summary = Nakaz w sprawie niezapłaconej grzywny to poważna sprawa, ale wciąż można ją załatwić. Skontaktujcie się z sądem jeszcze dziś.

o-act-today-bailiffs = Działajcie dziś: wkrótce przyjdą komornicy
o-act-today-bailiffs-summary = Komornicy (bailiffs) przyjdą w ciągu najbliższych kilku dni. Telefon jeszcze dziś może zapobiec pogorszeniu sytuacji.

o-act-today-reconsideration = Działajcie dziś: poproście o ponowne rozpatrzenie decyzji
o-act-today-reconsideration-summary = Czas na zakwestionowanie decyzji wkrótce minie. Wystarczy krótka wiadomość, aby poprosić o to na czas.

o-act-today-bank = Działajcie dziś: zadzwońcie do banku
o-act-today-bank-summary = Z waszego konta bankowego pobrano pieniądze na spłatę długu. Zadzwońcie dziś do banku i skorzystajcie z bezpłatnej porady.

o-act-today-energy = Działajcie dziś: pomoc z gazem i prądem
o-act-today-energy-summary = Nikt nie powinien zostać bez ogrzewania, światła czy możliwości gotowania. Wasz dostawca energii i lokalny urząd (council) mogą pomóc jeszcze dziś.

o-act-today-food = Działajcie dziś: poproście o pomoc z jedzeniem i ogrzewaniem
o-act-today-food-summary = Z waszych odpowiedzi wynika, że dziś nie możecie zapłacić za jedzenie lub ogrzewanie. Wiele osób potrzebuje takiej pomocy i można o nią spokojnie prosić.

o-see-an-adviser = Doradca może pomóc wam we wszystkich tych sprawach
o-see-an-adviser-summary = Macie więcej niż jeden problem, a te problemy wpływają na siebie nawzajem. Bezpłatny doradca może przyjrzeć się wszystkiemu naraz i pomóc wam ułożyć plan.

o-business-debt-advice = Skorzystajcie z bezpłatnej pomocy w sprawie długów firmy
o-business-debt-advice-summary = Przy długach z pracy na własny rachunek potrzebna jest porada od osób, które znają się na prowadzeniu firmy. Business Debtline pomaga bezpłatnie.

o-rent-arrears-advice = Skorzystajcie z bezpłatnej pomocy, aby nie stracić domu
o-rent-arrears-advice-summary = Możliwe, że uda się wam zostać w domu. Bezpłatna porada mieszkaniowa pomoże wam porozmawiać z właścicielem mieszkania i poznać swoje prawa.

o-debt-advice = Skorzystajcie z bezpłatnej porady w sprawie długów
o-debt-advice-summary = Bezpłatna poradnia do spraw długów może pomóc wam uporządkować długi. Nikt nie będzie was oceniać. Doradcy codziennie pomagają takim osobom jak wy.

o-benefits-help = Poproście o pomoc w sprawie zasiłków
o-benefits-help-summary = Być może da się naprawić problem z waszymi zasiłkami. Pomogą wam w tym bezpłatne organizacje.

o-talk-it-through = Porozmawiajcie o wszystkim z bezpłatnym doradcą
o-talk-it-through-summary = Powiedzieliście nam, że wolicie z kimś porozmawiać albo że dodatkowa pomoc ułatwiłaby wam sprawę. Bezpłatni doradcy mogą pomóc w sposób, który wam odpowiada.

o-self-help-debts = Z tymi długami możecie poradzić sobie samodzielnie
o-self-help-debts-summary = Długi, o których nam powiedzieliście, nie należą do najpilniejszych. Zwykle wystarczy budżet oraz kilka telefonów lub listów, aby uzgodnić spłaty, na które was stać.

o-self-help-benefits = Możliwe, że przysługuje wam więcej pieniędzy
o-self-help-benefits-summary = Z waszych odpowiedzi wynika, że być może nie dostajecie wszystkich zasiłków albo pomocy w opłaceniu rachunków. Sprawdzenie tego zajmuje około 20 minut.

o-self-help-budget = Niech pieniądze starczą na dłużej
o-self-help-budget-summary = Te kroki pomogą wam zapanować nad pieniędzmi i sprawić, aby starczyły na dłużej.

## Next steps

step-call-999 = Jeśli jesteście teraz w niebezpieczeństwie, zadzwońcie pod numer 999. Jeśli dzwonicie z komórki i nie możecie mówić, naciśnijcie 55, gdy usłyszycie taką prośbę. Z telefonu stacjonarnego nie rozłączajcie się.
step-call-samaritans = Jeśli myślicie o odebraniu sobie życia lub o zrobieniu sobie krzywdy, zadzwońcie bezpłatnie do Samaritans pod numer 116 123.
step-call-domestic-abuse-helpline-england = Jeśli bliska osoba was krzywdzi albo straszy, zadzwońcie bezpłatnie do National Domestic Abuse Helpline (krajowa infolinia w sprawie przemocy domowej) pod numer 0808 2000 247.
step-call-domestic-abuse-helpline-wales = Jeśli bliska osoba was krzywdzi albo straszy, zadzwońcie bezpłatnie do Live Fear Free pod numer 0808 80 10 800.

step-call-shelter-england = Zadzwońcie bezpłatnie do Shelter pod numer 0808 800 4444, aby uzyskać poradę na temat swoich praw.
step-call-shelter-wales = Zadzwońcie bezpłatnie do Shelter Cymru pod numer 08000 495 495, aby uzyskać poradę na temat swoich praw.

step-call-national-debtline-today = Jeszcze dziś zadzwońcie bezpłatnie do National Debtline pod numer 0808 808 4000. Na początku podajcie datę, aby mogli pomóc wam działać na czas.

# Domestic abuse (the safe-now "abuse" option). Helpline numbers as in step-call-domestic-abuse-helpline.
step-abuse-not-your-fault = Przemoc nigdy nie jest waszą winą. Przemocą jest też kontrolowanie waszych pieniędzy albo zmuszanie was do brania długów.
step-abuse-carry-on = Gdy będziecie gotowi, odpowiadajcie dalej na pytania. Jeśli ktoś wejdzie, użyjcie przycisku „Wyjdźcie z tej strony” na górze strony.

step-food-bank-referral-england = Zapytajcie Citizens Advice o bank żywności (food bank) w pobliżu. Zadzwońcie bezpłatnie pod numer 0800 144 8848. Wiele banków żywności wymaga skierowania (referral), a Citizens Advice często może je wam dać.
step-food-bank-referral-wales = Zapytajcie Citizens Advice o bank żywności (food bank) w pobliżu. Zadzwońcie bezpłatnie pod numer 0800 702 2020. Wiele banków żywności wymaga skierowania (referral), a Citizens Advice często może je wam dać.
step-council-emergency-help = Poproście lokalny urząd (council) o pilną pomoc na jedzenie lub energię. W Anglii urzędy mają na to Crisis and Resilience Fund. W Walii możecie też złożyć wniosek do Discretionary Assistance Fund.

step-gather-letters = Znajdźcie pisma w sprawie długów i zasiłków i trzymajcie je razem, aby mieć je pod ręką podczas rozmowy z doradcą.
step-share-summary = Pokażcie doradcy swoje podsumowanie, aby nie musieć jeszcze raz opowiadać wszystkiego od początku.
step-pay-priority-first = Starajcie się nadal płacić czynsz lub ratę kredytu hipotecznego (mortgage), Council Tax, gaz i prąd przed innymi długami.

step-call-business-debtline = Zadzwońcie bezpłatnie do Business Debtline pod numer 0800 197 6026.
step-keep-trading-records = Trzymajcie dokumenty i pisma firmy razem, aby doradca mógł zobaczyć całą sytuację.

step-do-not-leave-yet = Nie wyprowadzajcie się z domu tylko dlatego, że dostaliście pismo. Tylko sąd może kazać wam się wyprowadzić.

step-contact-debt-charity = Zadzwońcie bezpłatnie do StepChange pod numer 0800 138 1111 albo do National Debtline pod numer 0808 808 4000. Możecie też uzyskać od nich pomoc przez internet.
step-do-not-borrow-more = Starajcie się nie pożyczać więcej pieniędzy na spłatę długów, zwłaszcza w firmach udzielających chwilówek (payday lenders). Nigdy nie pożyczajcie od lichwiarza (loan shark), czyli pożyczkodawcy bez zezwolenia Financial Conduct Authority (urzędu nadzoru finansowego).

step-call-citizens-advice-benefits-england = Zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 144 8848, aby uzyskać pomoc z wnioskami, formularzami i odwołaniami.
step-call-citizens-advice-benefits-wales = Zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 702 2020, aby uzyskać pomoc z wnioskami, formularzami i odwołaniami.

step-call-citizens-advice-england = Zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 144 8848. Możecie też pójść do ich lokalnego biura.
step-call-citizens-advice-wales = Zadzwońcie bezpłatnie do Citizens Advice pod numer 0800 702 2020. Możecie też pójść do ich lokalnego biura.
step-ask-for-support = Powiedzcie, co ułatwiłoby wam sprawę, na przykład tłumacz, spotkanie twarzą w twarz albo pomoc z formularzami.

step-make-a-budget = Przygotujcie budżet, aby wiedzieć, ile możecie płacić co miesiąc.
step-contact-lenders = Skontaktujcie się z tymi, którym jesteście winni pieniądze. Powiedzcie, że trudno wam płacić, i zaproponujcie kwotę, na którą was stać.
step-free-help-if-stuck = Jeśli będzie coraz trudniej albo ci, którym jesteście winni pieniądze, się nie zgodzą, StepChange i National Debtline pomogą wam bezpłatnie.

step-use-benefits-calculator = Skorzystajcie z bezpłatnego kalkulatora zasiłków Turn2us, aby zobaczyć, co możecie dostać. Miejcie pod ręką informacje o swoich dochodach, oszczędnościach, czynszu i Council Tax.
step-check-benefits = Gdy będzie to możliwe, skorzystajcie z bezpłatnego kalkulatora zasiłków, aby sprawdzić, czy dostajecie wszystkie pieniądze, które wam przysługują.
