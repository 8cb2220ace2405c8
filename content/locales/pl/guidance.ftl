# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Self-help guides (content/guidance.json).

## What to have ready (shared by guides)
ready-id = Coś, co potwierdza waszą tożsamość, na przykład paszport, prawo jazdy albo karta bankowa
ready-notice = Każde wypowiedzenie (notice) lub pismo w sprawie wyprowadzki z domu
ready-income = Informacje o pieniądzach, które dostajecie: odcinki wypłaty (payslips), pisma w sprawie zasiłków lub wyciągi z konta
ready-bank-statement = Wyciągi z konta bankowego z ostatniego miesiąca
ready-bank-details = Numer konta bankowego i numer rozliczeniowy banku (sort code)
ready-rent-details = Umowa najmu (tenancy agreement) albo pismo, w którym jest wysokość czynszu
ready-bills = Ostatnie rachunki
ready-letters = Pisma od tych, którym jesteście winni pieniądze
ready-budget = Wasz budżet albo lista tego, ile pieniędzy dostajecie i ile wydajecie
ready-bailiff-letter = Pismo od komorników (bailiffs) z ich numerem telefonu i numerem waszej sprawy (reference)
ready-court-papers = Wszystkie pisma z sądu, z numerem sprawy, jeśli jest
ready-tenancy = Umowa najmu (tenancy agreement)
ready-rent-statement = Zestawienie płatności czynszu (rent statement) od właściciela mieszkania
ready-council-tax-bill = Rachunek za Council Tax albo pismo z przypomnieniem o płatności
ready-energy-bill = Rachunek lub pismo od dostawcy energii z numerem waszego konta klienta
ready-meter-reading = Odczyt licznika albo zdjęcie licznika
ready-decision-letter = Pismo z decyzją
ready-evidence = Wszystko, co potwierdza to, co mówicie, na przykład pisma od lekarza
ready-statement = Ostatnie zestawienie wypłat zasiłku albo wasz dziennik online Universal Credit (journal)
ready-pension-details = Informacje o waszych emeryturach i oszczędnościach
ready-business-records = Dokumenty księgowe firmy, faktury i pisma w sprawie podatków

## staying-safe
guide-staying-safe = Jak zadbać o bezpieczeństwo
guide-staying-safe-summary = Nie musicie radzić sobie z tym sami. Te osoby mogą wam pomóc teraz i później.
step-safe-place = Jeśli możecie, idźcie w miejsce, w którym czujecie się bezpiecznie, albo zostańcie z kimś, komu ufacie.
step-safe-tell-someone = Powiedzcie komuś, komu ufacie, jak się czujecie albo co się dzieje.

## homeless
guide-homeless = Jeśli nie macie gdzie mieszkać
guide-homeless-summary = Lokalny urząd (council) musi wam pomóc, jeśli jesteście bezdomni albo możecie stać się bezdomni w ciągu najbliższych 8 tygodni.
today-ask-council-homeless = Jeszcze dziś pójdźcie do działu mieszkaniowego lokalnego urzędu (council housing team) albo tam zadzwońcie i powiedzcie, że jesteście bezdomni.
today-call-shelter-england = Jeśli urząd nie chce pomóc, zadzwońcie bezpłatnie do Shelter pod numer 0808 800 4444.
today-call-shelter-wales = Jeśli urząd nie chce pomóc, zadzwońcie bezpłatnie do Shelter Cymru pod numer 08000 495 495.
step-homeless-council-duty = Urząd musi sprawdzić waszą sytuację i pomóc wam znaleźć miejsce do zamieszkania.

## crisis-support
guide-crisis-support = Jedzenie i ogrzewanie na dziś
guide-crisis-support-summary = Jeśli nie macie pieniędzy na jedzenie lub ogrzewanie, możecie dostać pomoc jeszcze dziś.
today-food-bank = Poproście Citizens Advice, lokalny urząd (council) albo lekarza rodzinnego (GP) o skierowanie do banku żywności (food bank).
today-council-crisis-fund-wales = Złóżcie wniosek do Discretionary Assistance Fund (funduszu pomocy w nagłej potrzebie) o Emergency Assistance Payment. To zapomoga od rządu Walii na jedzenie, gaz, prąd albo ubrania w nagłej sytuacji. Nie trzeba jej oddawać. Wniosek składa się na stronie rządu Walii; lokalny urząd (council) albo Citizens Advice mogą w tym pomóc.
step-crisis-food-bank = Banki żywności dają jedzenie w nagłej potrzebie na kilka dni.
step-crisis-council = Pilna pomoc może pokryć jedzenie, gaz i prąd. Może też pokryć potrzebne rzeczy do domu, na przykład łóżko lub kuchenkę.
step-crisis-advance = Jeśli czekacie na Universal Credit, możecie poprosić o zaliczkę (advance). Spłaca się ją z kolejnych wypłat.
step-crisis-supplier = Jeśli nie stać was na doładowanie licznika, poproście dostawcę energii o dodatkowe doładowanie. Nazywa się to additional support credit. Dostawca musi to rozważyć i powinien je zaproponować, jeśli jesteście w trudnym położeniu (vulnerable situation).
step-crisis-benefits = Gdy sytuacja się uspokoi, sprawdźcie, czy dostajecie wszystkie zasiłki, które wam przysługują.

## bailiffs
guide-bailiffs = Jeśli mają przyjść komornicy (bailiffs)
guide-bailiffs-summary = Komornicy (bailiffs), nazywani też enforcement agents, ściągają niektóre długi. Muszą przestrzegać zasad. Jeśli znacie te zasady, łatwiej wam panować nad sytuacją.
today-bailiffs-keep-door-shut = Trzymajcie drzwi zamknięte na klucz i rozmawiajcie z komornikami przez okno albo przez telefon.
today-bailiffs-call-creditor = Zadzwońcie do urzędu lub firmy, której jesteście winni pieniądze, albo do komorników i zaproponujcie kwotę, na którą was stać.
step-bailiffs-entry = Przy większości długów komornicy nie mogą wejść do domu siłą podczas pierwszej wizyty. Nie wpuszczajcie ich.
step-bailiffs-vulnerable = Jeśli chorujecie, macie niepełnosprawność, jesteście w ciąży albo macie małe dzieci, powiedzcie im o tym. Muszą to wziąć pod uwagę.
step-bailiffs-offer = Zaproponujcie spłatę w małych kwotach, na które was stać. Zapiszcie, co zostało ustalone.
step-bailiffs-warrant = Jeśli sąd wysłał nakaz (warrant), jeszcze dziś poproście o poradę. Zasady mogą być wtedy inne.

## court-claim
guide-court-claim = Co oznaczają pisma z sądu
guide-court-claim-summary = Pisma z sądu to poważna sprawa, ale nadal macie wybór. Nie ignorujcie ich.
step-court-what-it-is = Pozew (claim form) oznacza, że ktoś, komu jesteście winni pieniądze, poprosił sąd, aby nakazał wam zapłatę.
step-court-options = Możecie przyznać, że jesteście winni pieniądze, i zaproponować spłatę w ratach, napisać, że nie jesteście ich winni, albo poprosić o więcej czasu.
step-court-hearing = Jeśli macie rozprawę, stawcie się na nią, nawet jeśli nie możecie zapłacić. W wielu sądach w dniu rozprawy można dostać bezpłatną poradę, jeśli grozi wam utrata domu.
step-court-help = National Debtline i Citizens Advice bezpłatnie pomogą wam wypełnić formularze.

## rent-arrears
guide-rent-arrears = Zalegacie z czynszem: jak zatrzymać dom
guide-rent-arrears-summary = Możliwe, że uda się wam zachować dom. Działajcie wcześnie i cały czas rozmawiajcie z właścicielem mieszkania.
today-rent-do-not-leave = Jeśli wynajmujecie mieszkanie, nie wyprowadzajcie się tylko dlatego, że dostaliście pismo. Właściciel zwykle potrzebuje nakazu sądu (court order), aby kazać wam się wyprowadzić.
today-rent-talk-landlord = Skontaktujcie się z właścicielem mieszkania. Zaproponujcie, że będziecie płacić czynsz i do tego małą kwotę na spłatę zaległości.
step-rent-offer = Zaproponujcie kwotę, którą dacie radę płacić regularnie. Zapiszcie to na piśmie i zachowajcie kopię.
step-rent-housing-costs = Sprawdźcie, czy dostajecie całą pomoc na czynsz, jaka wam przysługuje, z Universal Credit albo z Housing Benefit (dodatek mieszkaniowy).
step-rent-repairs = Płaćcie czynsz nawet wtedy, gdy mieszkanie wymaga napraw. Jeśli nie będziecie płacić, możecie stracić dom.
step-rent-court = Jeśli dostaniecie pisma z sądu, odpowiedzcie na nie i stawcie się na rozprawę. W wielu sądach w dniu rozprawy można dostać bezpłatną poradę.

## council-tax
guide-council-tax = Zaległości w Council Tax i pomoc w opłaceniu rachunku
guide-council-tax-summary = Council Tax (podatek lokalny) to dług priorytetowy. Być może da się płacić mniej.
today-council-tax-call = Zadzwońcie do lokalnego urzędu (council). Powiedzcie, że macie zaległości, i poproście o płacenie w mniejszych kwotach.
step-council-tax-reduction = Zapytajcie o Council Tax Reduction (zniżkę na Council Tax). Może obniżyć wasz rachunek, jeśli macie niskie dochody.
step-council-tax-discount = Jeśli jesteście jedyną dorosłą osobą w domu, możecie dostać 25% zniżki na rachunek.
step-council-tax-plan = Zaproponujcie, że oprócz zwykłego rachunku będziecie spłacać zaległość w ratach.
step-council-tax-liability-order = Jeśli dostaniecie wezwanie do sądu (summons), skontaktujcie się z urzędem przed rozprawą. Nakaz sądowy (liability order) pozwala urzędowi wysłać komorników (bailiffs) albo potrącać pieniądze z waszego wynagrodzenia lub zasiłków.

## energy
guide-energy = Gaz i prąd: pomoc przy zaległościach albo gdy skończą się środki na liczniku
guide-energy-summary = Dostawcy energii muszą pomagać klientom, którzy mają trudności. Poproście ich o pomoc.
today-energy-call-supplier = Zadzwońcie do dostawcy energii. Powiedzcie, że macie trudności, i zapytajcie, jaką pomoc może dać.
step-energy-friendly-credit = Wiele liczników na przedpłatę nie odetnie wam energii w nocy, w weekendy ani w dni ustawowo wolne (bank holidays).
step-energy-plan = Dostawca musi zaproponować wam plan spłaty, na który was stać.
step-energy-hardship-fund = Wielu dostawców ma dotacje, które pomagają spłacić zaległości. Zapytajcie o nie.
step-energy-psr = Zapiszcie się do rejestru Priority Services Register u swojego dostawcy. To nic nie kosztuje. Możecie dostać uprzedzenie o planowanych przerwach w dostawie prądu i pomoc w odczycie licznika.
step-energy-warm-home-discount = Warm Home Discount (zniżka na rachunek za energię) obniża zimą rachunek za prąd o 150 £. Możecie ją dostać, jeśli pobieracie niektóre zasiłki, na przykład Universal Credit albo Pension Credit. Zwykle jest przyznawana automatycznie, więc sprawdźcie, czy wasze nazwisko jest na rachunku za prąd.
step-energy-complain = Jeśli dostawca nie chce pomóc, zadzwońcie bezpłatnie do infolinii konsumenckiej Citizens Advice (consumer helpline) pod numer 0808 223 1133.

## challenge-decision
guide-challenge-decision = Jak zakwestionować decyzję w sprawie zasiłku
guide-challenge-decision-summary = Jeśli uważacie, że decyzja w sprawie zasiłku jest błędna, możecie poprosić o jej ponowne rozpatrzenie. Nazywa się to mandatory reconsideration.
today-decision-find-letter = Znajdźcie pismo z decyzją i sprawdźcie jego datę.
step-decision-ask = Poproście urząd, który wydał decyzję, aby rozpatrzył ją jeszcze raz. Możecie to zrobić przez telefon, przez internet albo listownie.
step-decision-one-month = Musicie o to poprosić w ciągu 1 miesiąca od daty na piśmie z decyzją.
step-decision-late = Jeśli minął więcej niż miesiąc, nadal możecie poprosić, do 13 miesięcy od decyzji. Wyjaśnijcie, dlaczego nie mogliście poprosić wcześniej. Musi być ważny powód. Jeśli decyzja była zła przez błąd urzędu, możecie poprosić w każdej chwili.
step-decision-explain = Wyjaśnijcie, dlaczego waszym zdaniem decyzja jest błędna. Wyślijcie wszystko, co to potwierdza.
step-decision-appeal = Jeśli urząd nie zmieni decyzji, możecie się odwołać do trybunału (tribunal). Zwykle macie na to 1 miesiąc.

## universal-credit
guide-universal-credit = Wniosek o Universal Credit i zaliczka
guide-universal-credit-summary = Universal Credit (zasiłek Universal Credit) pomaga w kosztach życia, jeśli macie niskie dochody albo nie pracujecie.
today-uc-advance = Jeśli czekacie na pierwszą wypłatę, a pieniądze są wam potrzebne już teraz, poproście o zaliczkę (advance) w dzienniku online (journal) albo przez telefon.
step-uc-claim-online = Wniosek składa się przez internet. Jeśli nie możecie tego zrobić, zadzwońcie na infolinię Universal Credit pod numer 0800 328 5644.
step-uc-five-weeks = Pierwsza wypłata przychodzi około 5 tygodni po złożeniu wniosku.
step-uc-advance-repay = Zaliczka to pożyczka. Spłaca się ją po trochu z kolejnych wypłat, zwykle przez najwyżej 24 miesiące.
step-uc-journal = Często sprawdzajcie swój dziennik online (journal) i przychodźcie na każde spotkanie.

## deductions
guide-deductions = Potrącenia z zasiłków
guide-deductions-summary = Z zasiłków można potrącać pieniądze na spłatę długów. Często da się te potrącenia zmniejszyć.
today-deductions-ask-breakdown = Zapytajcie urząd, który wypłaca zasiłek, jakie kwoty są potrącane i dlaczego.
step-deductions-check = Sprawdźcie, czy każda kwota jest prawidłowa i czy naprawdę macie ten dług.
step-deductions-lower = Jeśli nie stać was na to, czego potrzebujecie, poproście o mniejsze potrącenia. Powiedzcie, ile zostaje wam na życie.
step-deductions-overpayment-challenge = Jeśli usłyszycie, że wypłacono wam za dużo, zapytajcie, jak to obliczono. Jeśli nie zgadzacie się z decyzją, poproście o jej ponowne rozpatrzenie w ciągu 1 miesiąca od daty na piśmie.
step-deductions-hardship = Bezpłatni doradcy mogą pomóc wam poprosić o mniejsze potrącenia.

## pension-credit
guide-pension-credit = Pension Credit
guide-pension-credit-summary = Pension Credit to dopłata do dochodu dla osób, które osiągnęły wiek emerytalny (State Pension age). Wiele osób, którym się należy, nie składa wniosku.
today-pension-credit-call = Zadzwońcie bezpłatnie na infolinię Pension Credit pod numer 0800 99 1234, aby to sprawdzić i złożyć wniosek.
step-pension-credit-what = Możecie go dostać, nawet jeśli macie oszczędności albo własny dom.
step-pension-credit-extras = Może też dać wam dostęp do innej pomocy. Na przykład do pomocy z czynszem, Council Tax (podatkiem lokalnym) i ogrzewaniem. Osoby w wieku 75 lat lub starsze mogą też dostać bezpłatną licencję telewizyjną (TV Licence).
step-pension-credit-backdate = Można go dostać nawet za 3 miesiące przed złożeniem wniosku.
step-pension-credit-claim = Wniosek możecie złożyć przez internet, przez telefon albo pocztą.

## business-debts
guide-business-debts = Długi firmy, jeśli pracujecie na własny rachunek
guide-business-debts-summary = Jeśli pracujecie na własny rachunek, długi firmy mogą się mieszać z waszymi prywatnymi długami. Poproście o poradę, aby to uporządkować.
today-business-call = Zadzwońcie bezpłatnie do Business Debtline pod numer 0800 197 6026.
step-business-separate = Zapiszcie osobno długi firmy i swoje prywatne długi.
step-business-priority = Najpierw płaćcie długi priorytetowe, takie jak podatki, VAT, business rates (podatek od lokalu firmy) i czynsz.
step-business-tax = Jeśli macie zaległe podatki, jak najwcześniej skontaktujcie się z urzędem skarbowym (HMRC). Być może zgodzi się na spłatę w ratach.
step-business-options = Doradca może pomóc wam zdecydować, czy dalej prowadzić firmę.

## benefits-check extra steps
step-benefits-disability = Chorujecie albo macie niepełnosprawność? Możecie dostać pieniądze na pomoc, nawet jeśli pracujecie. Przed wiekiem emerytalnym (State Pension age) jest to Personal Independence Payment. Po nim – Attendance Allowance (zasiłek dla starszych osób, które potrzebują opieki).
step-benefits-carer = Jeśli opiekujecie się kimś przez 35 godzin tygodniowo lub dłużej, możecie dostać Carer's Allowance (zasiłek dla opiekunów). Osoba, którą się opiekujecie, musi dostawać świadczenie z tytułu niepełnosprawności. Może to być Attendance Allowance albo część daily living w Personal Independence Payment. Może to też być średnia lub najwyższa stawka opiekuńcza Disability Living Allowance.

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
today-priority-list = Zróbcie listę swoich długów priorytetowych i przy każdym zapiszcie datę następnej płatności.
guide-priority-debts = Jak poradzić sobie z długami priorytetowymi
guide-priority-debts-summary = Długi priorytetowe (priority debts) to te, które mogą spowodować najpoważniejsze problemy, jeśli nie będziecie ich płacić, na przykład utratę domu albo odcięcie gazu lub prądu.
guide-priority-debts-step-list = Zróbcie listę swoich długów priorytetowych. Są to: czynsz, kredyt hipoteczny (mortgage) i inne pożyczki zabezpieczone na waszym domu, ground rent i opłaty serwisowe (service charges) oraz Council Tax. Długami priorytetowymi są też gaz, prąd, abonament telewizyjny (TV Licence), grzywny sądowe, alimenty na dzieci (child maintenance) i podatki. Tak samo zakup na raty (hire purchase) i pożyczki pod zastaw samochodu (logbook loans) na rzeczy, których potrzebujecie, na przykład samochód do pracy.
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
