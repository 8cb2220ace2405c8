# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Drafts of messages added or changed in December 2026 (issue 17). Sources: the same ids in content/locales/en-GB/*.ftl.

## Flags (flags.json)
flag-domestic-abuse = Bliska osoba krzywdzi, straszy lub kontroluje tę osobę
flag-warrant-eviction = Nakaz eksmisji (warrant): komornicy (bailiffs) przeprowadzą eksmisję w wyznaczonym dniu
flag-warrant-fine = Nakaz (warrant) w sprawie niezapłaconej grzywny z sądu pokoju (magistrates' court)
flag-missed-hearing = Data rozprawy w sądzie już minęła

## What to have ready (shared by guides)
ready-told-to-leave-papers = Każde wypowiedzenie (notice), pismo albo nakaz sądu (court order) w sprawie wyprowadzki z domu oraz umowa najmu (tenancy agreement), jeśli ją macie
ready-warrant-papers = Nakaz (warrant) albo pismo w tej sprawie, z numerem sprawy (reference)

## staying-safe
step-safe-plan = Jeśli ktoś w domu was krzywdzi, infolinia w sprawie przemocy domowej pomoże wam ułożyć plan, jak zadbać o bezpieczeństwo. Rozmowa jest bezpłatna. Może być widoczna na liście ostatnich połączeń w telefonie, więc możecie chcieć ją stamtąd usunąć. Jeśli dzwonienie nie jest bezpieczne, możecie skontaktować się z infolinią przez jej stronę internetową.

## homeless
step-homeless-written = Proście o każdą decyzję na piśmie. Jeśli uważacie, że decyzja jest błędna, poproście o jej ponowne sprawdzenie (review) w ciągu 21 dni od jej otrzymania. Poproście o poradę, która wam w tym pomoże.
step-homeless-benefits = Universal Credit albo Housing Benefit (dodatek mieszkaniowy) mogą pomóc wam zapłacić za miejsce do zamieszkania.

## told-to-leave
guide-told-to-leave = Jeśli kazano wam opuścić dom
guide-told-to-leave-summary = To, co będzie dalej, zależy od tego, w jakim domu mieszkacie. Zanim się wyprowadzicie, poproście o poradę: jeśli wyprowadzicie się za wcześnie, trudniej będzie dostać pomoc.
step-told-to-leave-tenant-england = Jeśli wynajmujecie mieszkanie i nie mieszkacie z właścicielem, właściciel potrzebuje nakazu sądu (court order), aby kazać wam się wyprowadzić. Wypowiedzenie (notice) to nie eksmisja. Od 1 maja 2026 prywatni właściciele nie mogą stosować wypowiedzeń „bez podania przyczyny” (no-fault, section 21): muszą podać powód. Jeśli macie takie wypowiedzenie, poproście o poradę, bo może być nieważne.
step-told-to-leave-tenant-wales = Jeśli wynajmujecie mieszkanie i nie mieszkacie z właścicielem, jesteście „contract-holder” (stroną umowy najmu). Właściciel potrzebuje nakazu sądu (court order), aby kazać wam się wyprowadzić. Wypowiedzenie (notice) to nie eksmisja. Wypowiedzenie „bez podania przyczyny” (no-fault, section 173) zwykle musi dawać wam co najmniej 6 miesięcy. Poproście o poradę, bo wiele wypowiedzeń jest nieważnych.
step-told-to-leave-lodger = Jeśli mieszkacie z właścicielem albo z rodziną lub przyjaciółmi, może im wystarczyć, że uprzedzą was z rozsądnym wyprzedzeniem (reasonable notice). Skontaktujcie się z działem mieszkaniowym lokalnego urzędu (council housing team), gdy tylko usłyszycie, że macie się wyprowadzić.
step-told-to-leave-intentional = Jeśli możecie, płaćcie dalej czynsz. Jeśli opuścicie dom, w którym mogliście zostać, urząd może uznać, że sami pozbawiliście się domu.

## warrant-eviction
guide-warrant-eviction = Jeśli komornicy sądowi (court bailiffs) mają przyjść, aby was eksmitować
guide-warrant-eviction-summary = Nakaz (warrant) pozwala komornikom sądowym eksmitować was w dniu podanym w ich piśmie. Nadal możecie poprosić sąd o wstrzymanie eksmisji, ale musicie to zrobić przed tym dniem.
step-warrant-eviction-door = Komornicy sądowi mogą wejść i wymienić zamki w dniu podanym w ich piśmie. Zamknięcie drzwi na klucz ich nie powstrzyma.
step-warrant-eviction-n244 = Aby poprosić sąd o wstrzymanie eksmisji, wypełnijcie formularz N244. Napiszcie, co się zmieniło i ile możecie płacić co tydzień na spłatę zaległego czynszu. Sąd zwykle wyznacza wtedy krótką rozprawę.
step-warrant-eviction-fees = Za formularz N244 trzeba zapłacić opłatę. Jeśli macie niskie dochody albo dostajecie zasiłki, przy składaniu wniosku poproście o pomoc w opłacie (Help with Fees).

## warrant-fine
guide-warrant-fine = Jeśli wydano nakaz (warrant) w sprawie niezapłaconej grzywny
guide-warrant-fine-summary = Grzywny z sądu pokoju (magistrates' court) to dług priorytetowy. Sąd ma duże uprawnienia, aby je ściągnąć, ale może też dać wam więcej czasu na zapłatę.
step-warrant-fine-priority = Płaćcie grzywny przed takimi długami jak karty kredytowe i pożyczki. Niezapłacenie grzywny może doprowadzić do wizyty komorników (bailiffs), a ostatecznie do więzienia.
step-warrant-fine-benefits = Jeśli dostajecie zasiłki, możecie poprosić, aby grzywna była spłacana z nich w małych kwotach. To może powstrzymać komorników.

## bailiffs
step-bailiffs-notice = Komornicy muszą wysłać wam „zawiadomienie o egzekucji” (notice of enforcement) co najmniej 7 pełnych dni (clear days), zanim będą mogli zabrać wasze rzeczy. Niedziele i dni ustawowo wolne (bank holidays) nie wliczają się do tych 7 dni.
step-bailiffs-id = Poproście, aby pokazali identyfikator. Większość komorników musi mieć certyfikat z sądu: ich nazwisko możecie sprawdzić w oficjalnym rejestrze Certificated Enforcement Agents.

## court-claim
today-court-do-not-ignore = Jeszcze dziś otwórzcie pisma z sądu. Znajdźcie datę rozprawy albo termin na odpowiedź. Jeśli na pozwie (claim form) nie ma terminu odpowiedzi, na wszelki wypadek liczcie 14 dni od daty jego wydania (issue date).
today-court-note-date = Zapiszcie tę datę i jeszcze dziś skorzystajcie z bezpłatnej porady. Zróbcie to nawet wtedy, gdy ta data już minęła.
step-court-reply-14-days = Zwykle macie 14 dni od otrzymania pozwu (claim form) na odpowiedź. W pismach jest napisane, jak to zrobić. Jeśli chcecie napisać, że nie jesteście winni całej kwoty, możecie poprosić o dodatkowe 14 dni.
step-court-ccj = Jeśli nie odpowiecie, sąd może wydać przeciwko wam wyrok sądu hrabstwa (County Court Judgment, CCJ). Jeśli spłacicie całość w ciągu miesiąca, wyrok zostanie usunięty z rejestru. Jeśli nie, zostanie w rejestrze przez 6 lat. Przez to trudniej będzie wam pożyczyć pieniądze.

## rent-arrears
step-rent-notice-not-eviction-england = Wypowiedzenie (notice) to nie eksmisja. Właściciel musi pójść do sądu i tylko komornicy sądowi (court bailiffs) mogą was eksmitować. Od 1 maja 2026 prywatny właściciel musi podać w wypowiedzeniu powód: wypowiedzenia „bez podania przyczyny” (no-fault, section 21) zostały zniesione.
step-rent-notice-not-eviction-wales = Wypowiedzenie (notice) to nie eksmisja. Właściciel musi pójść do sądu i tylko komornicy sądowi (court bailiffs) mogą was eksmitować. Sprawdźcie z doradcą, jakie to jest wypowiedzenie: zasady w Walii są inne niż w Anglii.
step-rent-dhp-england = Czy wasz czynsz jest wyższy niż kwota, którą pokrywa Housing Benefit albo Universal Credit? Poproście lokalny urząd (council) o Housing Payment (dopłatę do kosztów mieszkania). Pochodzi ona z Crisis and Resilience Fund (funduszu kryzysowego) urzędu.
step-rent-dhp-wales = Czy wasz czynsz jest wyższy niż kwota, którą pokrywa Housing Benefit albo Universal Credit? Poproście lokalny urząd (council) o Discretionary Housing Payment (uznaniową dopłatę do kosztów mieszkania).

## council-tax-reduction
guide-council-tax-reduction = Council Tax Reduction (zniżka na Council Tax)
guide-council-tax-reduction-summary = Council Tax Reduction może obniżyć wasz rachunek za Council Tax, jeśli macie niskie dochody. Nie musicie mieć zaległości w opłatach, aby o nią poprosić.
step-ctr-apply = Złóżcie wniosek w lokalnym urzędzie (council). Zwykle można to zrobić na jego stronie internetowej albo przez telefon.
step-ctr-uc = Jeśli dostajecie Universal Credit, nadal musicie sami złożyć wniosek o Council Tax Reduction. Nie jest ona częścią Universal Credit.
today-ctr-ask-council = Poproście lokalny urząd (council) o Council Tax Reduction (zniżkę na Council Tax). Może ona obniżyć wasz rachunek.

## challenge-decision
today-decision-late = Jeśli od decyzji minął więcej niż miesiąc, nadal możecie poprosić. Można to zrobić do 13 miesięcy od decyzji. Wyjaśnijcie, dlaczego nie mogliście poprosić wcześniej.
step-decision-sanction-hardship = Jeśli nałożono na was sankcję (sanction) i nie możecie zapłacić za to, czego potrzebujecie, poproście o hardship payment (wypłatę w trudnej sytuacji). Przy Universal Credit zwykle trzeba ją później oddać z kolejnych wypłat. Poproście też o ponowne rozpatrzenie sankcji.

## deductions
step-deductions-uc-cap = Przy Universal Credit wszystkie wasze długi razem mogą zwykle zabierać nie więcej niż 15% waszej kwoty podstawowej (standard allowance). To podstawowa kwota, bez żadnych dodatków na dzieci, mieszkanie czy zdrowie. Jeśli potrącają więcej, zapytajcie dlaczego.

## benefits-check extra steps
step-benefits-carer-earnings = Jeśli pracujecie, możecie dostać Carer's Allowance (zasiłek dla opiekunów) tylko wtedy, gdy zarabiacie mniej niż tygodniowy limit, liczony po odjęciu podatku i niektórych kosztów. Jeśli w danym tygodniu zarobicie choćby trochę więcej, za ten tydzień nie dostaniecie Carer's Allowance. Sprawdźcie limit na GOV.UK i informujcie Carer's Allowance Unit o każdej zmianie wynagrodzenia, aby nie musieć oddawać pieniędzy.

## Outcomes
o-housing-advice = Poproście o pomoc już teraz: kazano wam opuścić dom
o-housing-advice-summary = Być może uda się wam zostać albo dostać pomoc w znalezieniu innego miejsca. Lokalny urząd (council) musi wam pomóc, jeśli możecie stać się bezdomni w ciągu najbliższych 8 tygodni, więc skontaktujcie się z nim już teraz.

o-not-enough-money = Poproście o pomoc w opłaceniu podstawowych potrzeb
o-not-enough-money-summary = Powiedzieliście nam, że nie starcza wam pieniędzy na to, czego potrzebujecie. To nie jest wasza wina. Bezpłatny doradca może sprawdzić, czy dostajecie wszystkie pieniądze, które wam przysługują, i pomóc wam już teraz.

## Next steps
step-come-back-when-safe = Gdy poczujecie się bezpiecznie, możecie tu dostać także pomoc w sprawie pieniędzy i mieszkania.
step-contact-council-housing = Jeszcze dziś skontaktujcie się z działem mieszkaniowym lokalnego urzędu (council housing team). Powiedzcie, że jesteście bezdomni albo że wkrótce możecie nimi być. Jeśli trzeba, poproście o miejsce do spania na dzisiejszą noc. Urzędy powinny mieć numer poza godzinami pracy (out-of-hours) na noce i weekendy: znajdziecie go na stronie internetowej urzędu. Jeśli będziecie musieli spać na dworze, każdy może powiadomić StreetLink (streetlink.org.uk), aby miejscowi streetworkerzy mogli was odnaleźć.
step-eviction-ask-court-to-stop = Jeszcze dziś poproście sąd o wstrzymanie eksmisji. Wypełnijcie formularz N244, aby poprosić sąd o zawieszenie nakazu (suspend the warrant), i napiszcie, ile możecie płacić. Trzeba zapłacić opłatę, ale możecie poprosić o pomoc w jej opłaceniu. Zamknięcie drzwi na klucz nie powstrzyma komorników sądowych (court bailiffs).
step-contact-council-housing-eviction = Jeszcze dziś skontaktujcie się z działem mieszkaniowym lokalnego urzędu (council housing team). Powiedzcie, że kazano wam opuścić dom. Muszą wam pomóc, jeśli możecie stać się bezdomni w ciągu najbliższych 8 tygodni.
step-leave-home-get-advice-first = Nie wyprowadzajcie się, zanim nie skorzystacie z porady. Jeśli wyprowadzicie się za wcześnie, urząd może nie mieć obowiązku znaleźć wam mieszkania.
step-court-reply-or-attend = Nie ignorujcie pism z sądu. Odpowiedzcie w ciągu 14 dni od otrzymania pozwu (claim form) albo do dnia podanego w pismach. Jeśli macie rozprawę, stawcie się na nią. Jeśli nie możecie przyjść, zadzwońcie do sądu przed rozprawą.
step-court-missed-hearing = Jeśli data rozprawy już minęła, jeszcze dziś poproście sąd o uchylenie (set aside), czyli anulowanie, każdego postanowienia, które wydał. Zróbcie to jak najszybciej: sąd zapyta, czy działaliście szybko i dlaczego nie było was na rozprawie. Jeszcze dziś poproście o poradę.
step-fine-contact-court = Jeszcze dziś skontaktujcie się z działem grzywien sądu pokoju (magistrates' court fines office). Numer jest w waszych pismach. Poproście o więcej czasu na zapłatę albo o spłatę z zasiłków lub z wynagrodzenia. Zapytajcie, co musicie zrobić w sprawie nakazu (warrant).
step-bailiffs-call-today = Jeszcze dziś zadzwońcie bezpłatnie do National Debtline pod numer 0808 808 4000. Podajcie datę, kiedy przyjdą komornicy.
step-ask-reconsideration-today = Jeszcze dziś poproście o ponowne rozpatrzenie decyzji. Nazywa się to mandatory reconsideration. Przy Universal Credit napiszcie wiadomość w swoim dzienniku online (journal). Przy innych zasiłkach zadzwońcie albo napiszcie do urzędu, który wydał decyzję. Wyjaśnijcie, dlaczego waszym zdaniem decyzja jest błędna.
step-energy-credit-today = Jeśli na liczniku skończyły się środki, skorzystajcie z awaryjnego doładowania (emergency credit). Jeśli ono też się skończyło, jeszcze dziś zadzwońcie do dostawcy i poproście o dodatkowe doładowanie.
step-energy-tell-supplier = Powiedzcie dostawcy, jeśli ktoś w domu choruje, ma niepełnosprawność, jest w ciąży, ma mniej niż 5 lat, przekroczył wiek emerytalny (State Pension age) albo używa sprzętu medycznego. Dostawca powinien dać wam dodatkową pomoc.
step-rent-talk-landlord-first = Porozmawiajcie z właścicielem mieszkania o zaległym czynszu. Zaproponujcie kwotę, na którą was stać co tydzień albo co miesiąc.
step-rent-check-help = Sprawdźcie, czy Universal Credit albo Housing Benefit (dodatek mieszkaniowy) wypłaca właściwą kwotę na wasz czynsz. Jeśli nie pokrywa całego czynszu, zapytajcie lokalny urząd (council) o dodatkową pomoc z czynszem.

## pension-age
q-pension-age-hint = Jeśli urodziliście się przed 6 kwietnia 1960, wiek emerytalny to 66 lat. Jeśli urodziliście się później, jest to od 66 do 67 lat. Swój wiek emerytalny możecie sprawdzić na GOV.UK.
q-pension-age-yes = Tak. Jestem w wieku emerytalnym. Jeśli mieszkam z partnerem lub partnerką, on lub ona też
q-pension-age-partner-only = Jedno z nas jest w wieku emerytalnym, a drugie nie
q-pension-age-partner-only-hint = Na przykład macie 67 lat, a wasz partner lub partnerka ma 60.
q-pension-age-no = Nie
q-pension-age-dont-know = Nie mam pewności

## urgent-problems
q-urgent-problems-bailiffs-hint = Komorników nazywa się też enforcement agents. Zaznaczcie tę odpowiedź, jeśli macie od nich pismo, nawet jeśli nie ma w nim daty wizyty.

## bailiff-date
q-bailiff-date-hint = Wpiszcie datę wizyty podaną w piśmie. Jeśli w piśmie nie ma daty wizyty, wpiszcie datę pisma. Jeśli komornicy już przyszli, wpiszcie dzień, w którym byli. Jeśli nie macie pewności, wpiszcie datę, która wydaje się wam najbardziej prawdopodobna. Na przykład 27 11 2026.

## court-papers-kind
q-court-papers-kind = Jakie to są pisma z sądu?
q-court-papers-kind-hint = Jeśli macie ich kilka, wybierzcie to z najwcześniejszą datą.
q-court-papers-kind-claim-form = Pozew (claim form): ktoś prosi sąd, aby nakazał mi zapłacić pieniądze
q-court-papers-kind-claim-form-hint = Jest do niego dołączony zestaw formularzy do wypełnienia (response pack).
q-court-papers-kind-hearing = Pismo z datą rozprawy w sądzie
q-court-papers-kind-other = Coś innego albo nie mam pewności

## claim-issue-date
q-claim-issue-date = Jaka jest data wydania (issue date) na pozwie?
q-claim-issue-date-hint = Jest wydrukowana na formularzu obok napisu „Issue date”. Jeśli nie możecie jej znaleźć, wpiszcie dzień, w którym formularz przyszedł. Na przykład 27 11 2026.

## hearing-date
q-hearing-date = Jaka jest data rozprawy?
q-hearing-date-hint = Jeśli ta data już minęła, wpiszcie dzień, na który była wyznaczona rozprawa. Na przykład 27 11 2026.

## court-date
q-court-date-hint = Jeśli to pozew (claim form), wpiszcie datę jego wydania. Zwykle macie 14 dni od jego otrzymania na odpowiedź. Jeśli to rozprawa, wpiszcie datę rozprawy. Na przykład 27 11 2026.

## warrant-kind
q-warrant-kind = W jakiej sprawie jest nakaz (warrant)?
q-warrant-kind-eviction = Eksmisja z mojego domu
q-warrant-kind-fine = Niezapłacona grzywna z sądu pokoju (magistrates' court)
q-warrant-kind-other = Coś innego albo nie mam pewności

## eviction-stage
q-eviction-stage = Co dostaliście w sprawie wyprowadzki z domu?
q-eviction-stage-hint = Jeśli macie kilka pism, wybierzcie to, które przyszło jako ostatnie.
q-eviction-stage-notice = Wypowiedzenie (notice) albo pismo od właściciela mieszkania
q-eviction-stage-notice-hint = Jeśli wynajmujecie mieszkanie i nie mieszkacie z właścicielem, wypowiedzenie to nie eksmisja. Nie musicie się wyprowadzać w dniu, który jest na nim podany.
q-eviction-stage-court-order = Nakaz sądu (court order), że muszę się wyprowadzić
q-eviction-stage-bailiffs = Pismo od komorników sądowych (court bailiffs) z datą eksmisji
q-eviction-stage-told-to-leave = Osoba, z którą mieszkam, kazała mi się wyprowadzić
q-eviction-stage-told-to-leave-hint = Na przykład rodzina, przyjaciele albo właściciel, z którym dzielicie mieszkanie.

## notice-date
q-notice-date = Jaka data jest na wypowiedzeniu (notice)?
q-notice-date-hint = Wpiszcie datę, do której według wypowiedzenia macie się wyprowadzić. Na przykład 27 11 2026.

## possession-order-date
q-possession-order-date = Do jakiego dnia według nakazu sądu (court order) musicie się wyprowadzić?
q-possession-order-date-hint = Na przykład 27 11 2026.

## leave-date
q-leave-date = Do jakiego dnia kazano wam się wyprowadzić?
q-leave-date-hint = Jeśli nie podano daty, wpiszcie dzisiejszą datę. Na przykład 27 11 2026.

## deadlines (the results page names each date)
deadline-claim-reply = Na wszelki wypadek odpowiedzcie na pozew do tego dnia (14 dni po dacie wydania pozwu)
deadline-hearing = Rozprawa w sądzie
deadline-notice = Data na waszym wypowiedzeniu (jeśli jesteście najemcami, nie musicie się wyprowadzać w tym dniu)
deadline-possession-order = Data wyprowadzki w nakazie sądu
deadline-leave = Dzień, do którego kazano wam się wyprowadzić

## Services
service-galop = Bezpłatna, poufna pomoc dla osób LGBT+, które partner, partnerka albo ktoś z rodziny krzywdzi, którym grozi albo które kontroluje.
service-mens-advice-line = Bezpłatna, poufna pomoc dla mężczyzn, których partner lub partnerka albo były partner lub była partnerka krzywdzi, którym grozi albo których kontroluje.
service-samaritans-welsh = Bezpłatne, poufne wsparcie po walijsku, jeśli trudno wam sobie poradzić albo myślicie o odebraniu sobie życia.

## Summary: who can help, and why
summary-reason-eligible = Pomaga osobom w waszej sytuacji, o której nam powiedzieliście: { $who }
summary-reason-eligible-unchecked = Pomaga tylko osobom w tej sytuacji: { $who }. Zdecydowaliście się tego nie udostępniać, więc sprawdźcie, czy to was dotyczy
summary-reason-eligible-area-unchecked = Pomaga tylko osobom, które mieszkają w: { $areas }. Sprawdźcie, czy tam mieszkacie
