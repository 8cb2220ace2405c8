# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Self-help guides for household situations (content/guides/household.json). Sources: content/sources/household-guides.json.
# UK names of benefits and services stay in English, with a short Polish gloss the first time.

## Shared: what to have ready
ready-water-bill = Rachunek za wodę albo list od firmy wodociągowej, z numerem konta klienta
ready-death-certificate = Akt zgonu oraz datę pogrzebu, jeśli ją znacie
ready-ni-number = Wasz numer National Insurance (numer ubezpieczenia)
ready-student-finance = List o finansowaniu studiów (student finance) i wyciągi z konta bankowego

## water-bills
guide-water-bills = Rachunki za wodę: pomoc, jeśli macie zaległości
guide-water-bills-summary = Nie można odciąć wam wody z powodu długu. Jest pomoc, żeby obniżyć rachunek i spłacić zaległości.
today-water-call-company-england = Zadzwońcie do firmy wodociągowej. Powiedzcie, że macie trudności. Zapytajcie o niższy rachunek dla osób o niskich dochodach i o plan spłaty, na który was stać.
today-water-call-company-wales = Zadzwońcie do firmy wodociągowej. Powiedzcie, że macie trudności. Jeśli to Dŵr Cymru Welsh Water, zapytajcie o HelpU, czyli niższy rachunek dla osób o niskich dochodach.
step-water-not-cut-off = Firma wodociągowa nie może odciąć ani ograniczyć wody w waszym domu z powodu długu. Tak mówi prawo.
step-water-keep-paying = Jeśli możecie, płaćcie dalej za wodę, której używacie teraz, żeby dług nie rósł. Poproście o spłatę zaległości w małych ratach.
step-water-social-tariff = Każda firma wodociągowa ma program, który obniża rachunek osobom o niskich dochodach. Często nazywa się to social tariff. Zapytajcie swoją firmę, jak złożyć wniosek.
step-water-watersure = Macie licznik wody i dostajecie zasiłek, na przykład Universal Credit? Zapytajcie o WaterSure (w Walii: WaterSure Wales). Ogranicza on rachunek, jeśli mieszka z wami 3 lub więcej dzieci poniżej 19 lat. Pomaga też, jeśli ktoś w domu potrzebuje dużo wody z powodu zdrowia.
step-water-arrears-help-england = Wiele firm wodociągowych może umorzyć część długu, jeśli trzymacie się planu spłaty. Jeśli dostajecie zasiłki, możecie też poprosić o płacenie z nich. Nazywa się to Water Direct.
step-water-arrears-help-wales = Jeśli wodę dostarcza Dŵr Cymru Welsh Water, zapytajcie o Customer Assistance Fund. Jeśli będziecie regularnie płacić przez rok, może on umorzyć wasz dług. Jeśli dostajecie zasiłki, możecie też poprosić o płacenie z nich (Water Direct).
step-water-psr = Poproście o wpis do rejestru Priority Services Register w waszej firmie wodociągowej. Jest dla osób chorych lub z niepełnosprawnością, z dzieckiem poniżej 5 lat albo potrzebujących pomocy przez jakiś czas. Firma może przywieźć wam wodę, gdy zabraknie dostaw. Może też wysyłać rachunki w wygodnej dla was formie.

## after-a-death
guide-after-a-death = Po śmierci bliskiej osoby: pomoc finansowa
guide-after-a-death-summary = Bardzo nam przykro z powodu waszej straty. Możecie dostać pomoc finansową. Część z niej ma terminy, więc warto je znać już teraz.
today-bereavement-support-payment = Jeśli zmarł wasz mąż, żona, partner cywilny lub partner, jak najszybciej złóżcie wniosek o Bereavement Support Payment (zasiłek po śmierci partnera). Złóżcie go w ciągu 3 miesięcy od śmierci, żeby dostać pełną kwotę.
today-bereavement-tell-us-once = Kiedy rejestrujecie zgon, zapytajcie urzędnika (registrar) o usługę Tell Us Once. Informuje ona o śmierci większość urzędów państwowych za jednym razem.
step-bereavement-bsp-who = Możecie go dostać, jeśli w chwili śmierci nie osiągnęliście wieku emerytalnego (State Pension age), a zmarła osoba płaciła National Insurance albo zmarła z powodu swojej pracy. Jeśli nie byliście w małżeństwie ani w związku partnerskim, musieliście dostawać Child Benefit albo być w ciąży.
step-bereavement-bsp-late = Wniosek można złożyć do 21 miesięcy po śmierci, ale dostaniecie mniej. Wasze dochody i oszczędności nie mają znaczenia. Przez rok nie zmienia to innych zasiłków.
step-bereavement-funeral-payment = Płacicie za pogrzeb? Jeśli dostajecie zasiłek, na przykład Universal Credit, Pension Credit albo Housing Benefit, poproście o Funeral Expenses Payment (pomoc w kosztach pogrzebu). Złóżcie wniosek w ciągu 6 miesięcy od pogrzebu. Możecie to zrobić, czekając jeszcze na decyzję o zasiłku.
step-bereavement-funeral-estate = Ta kwota może zostać odebrana z pieniędzy, które zostawiła zmarła osoba. Dom ani rzeczy osobiste zostawione mężowi, żonie lub partnerowi cywilnemu się nie liczą.
step-bereavement-tell-benefits = Powiedzcie urzędom, które wypłacają wasze zasiłki, i lokalnemu urzędowi (council), że ktoś z waszego domu zmarł. To, co dostajecie, może się zmienić. Jeśli mieszkacie teraz sami, możecie dostać 25% zniżki na Council Tax.

## pregnancy-young-children
guide-pregnancy-young-children = Pomoc finansowa w ciąży i przy małym dziecku
guide-pregnancy-young-children-summary = Jeśli jesteście w ciąży albo macie małe dzieci, możecie dostać pomoc na jedzenie, rzeczy dla dziecka i obiady w szkole.
today-healthy-start = Złóżcie wniosek o Healthy Start, jeśli dostajecie Universal Credit albo inny zasiłek dla osób o niskich dochodach. Dostaniecie pieniądze na karcie na mleko, owoce i warzywa oraz darmowe witaminy.
step-healthy-start-who = Healthy Start jest dla osób w Anglii i w Walii, które są co najmniej w 10. tygodniu ciąży albo mają dziecko poniżej 4 lat. Potrzebny jest też zasiłek, na przykład Universal Credit, i niskie zarobki. Jeśli macie mniej niż 18 lat i jesteście w ciąży, dostaniecie go bez zasiłku.
step-maternity-grant = Jeśli dostajecie zasiłek, na przykład Universal Credit, i to wasze pierwsze dziecko, możecie dostać Sure Start Maternity Grant (jednorazowa pomoc) w wysokości £500. Nie trzeba go oddawać. Jeśli macie już dzieci, możecie go dostać przy bliźniętach lub większej liczbie dzieci.
step-maternity-grant-when = Wniosek można złożyć od 11 tygodni przed terminem porodu do 6 miesięcy po porodzie. Położna albo health visitor może podpisać formularz.
step-school-meals-england = Od września 2026 każde dziecko w Anglii, którego rodzina dostaje Universal Credit, może dostawać darmowe obiady w szkole, bez względu na zarobki. Złóżcie wniosek w lokalnym urzędzie (council). Wszystkie dzieci w Reception, Year 1 i Year 2 już je dostają.
step-school-meals-wales = W Walii każde dziecko w państwowej szkole podstawowej może dostawać darmowe obiady. Jeśli dostajecie zasiłek, na przykład Universal Credit, i tak złóżcie wniosek w lokalnym urzędzie (council): może to dać pomoc na mundurek szkolny i inne koszty.

## students-young-people
guide-students-young-people = Studenci i młodzi ludzie: pomoc finansowa
guide-students-young-people-summary = Większość studentów dziennych nie może dostać Universal Credit, ale niektórzy mogą. Wasza szkoła albo uczelnia może też mieć pieniądze na pomoc.
today-student-hardship-fund = Skontaktujcie się z biurem pomocy studentom w waszej szkole lub na uczelni. Zapytajcie o hardship funds: pieniądze, których zwykle nie trzeba oddawać.
step-student-uc-rule = Większość studentów dziennych nie może dostać Universal Credit. Ale możecie go dostać, jeśli pasuje do was któryś z kolejnych punktów.
step-student-uc-parent = Możecie dostać Universal Credit w czasie nauki, jeśli opiekujecie się dzieckiem. Możecie go też dostać, jeśli mieszkacie z partnerem, który może go dostać.
step-student-uc-disabled = Jeśli macie niepełnosprawność, też możecie go dostać. Musicie dostawać PIP albo Disability Living Allowance. Potrzebna jest też decyzja, że macie „limited capability for work” (ograniczoną zdolność do pracy). Musi zapaść przed złożeniem wniosku albo przed początkiem kursu.
step-student-uc-young = Możecie go też dostać, jeśli macie mniej niż 21 lat i nie możecie mieszkać z rodzicami. Kurs musi być poniżej poziomu studiów, na przykład A levels.
step-student-extra-help = Zapytajcie szkołę albo uczelnię także o inne dodatkowe pieniądze. Często jest więcej pomocy dla studentów z niepełnosprawnością, z dziećmi albo o niskich dochodach.
step-young-homeless-england = Jeśli macie 16 lub 17 lat i nie macie bezpiecznego miejsca do życia, idźcie dziś do działu opieki nad dziećmi (children's services) w lokalnym urzędzie. Muszą dać wam miejsce do zamieszkania, jeśli bez niego grozi wam poważne niebezpieczeństwo. Nie powinni po prostu odesłać was do działu mieszkaniowego.
step-young-homeless-wales = Jeśli macie 16 lub 17 lat i nie macie bezpiecznego miejsca do życia, idźcie dziś do działu pomocy społecznej (social services) w lokalnym urzędzie. Muszą dać wam miejsce do zamieszkania, jeśli bez niego grozi wam poważne niebezpieczeństwo.

## gambling-help
guide-gambling-help = Jeśli hazard powoduje kłopoty z pieniędzmi
guide-gambling-help-summary = Wielu osobom trudno jest kontrolować hazard. Nie jesteście sami. Jest darmowa i poufna pomoc.
today-gambling-helpline = Zadzwońcie bezpłatnie do National Gambling Helpline (krajowa infolinia ds. hazardu) pod numer 0808 8020 133. Możecie porozmawiać o własnym hazardzie albo o hazardzie innej osoby.
today-gambling-bank-block = Poproście bank o blokadę płatności za hazard na waszych kartach. Wiele banków pozwala to włączyć w aplikacji.
step-gambling-block-wait = W wielu bankach wyłączenie blokady trwa kilka dni. Daje to czas do namysłu, jeśli wróci chęć grania.
step-gambling-gamstop = Zarejestrujcie się w GAMSTOP. To nic nie kosztuje. Blokuje to strony i aplikacje hazardowe z licencją w Wielkiej Brytanii na wybrany przez was czas.
step-gambling-debt-advice = Darmowa porada w sprawie długów pomoże wam ułożyć plan spłaty. Zadzwońcie bezpłatnie do National Debtline pod numer 0808 808 4000.
step-gambling-someone-else = Jeśli hazard innej osoby krzywdzi was albo wasze finanse, infolinia pomoże także wam.

## Services
service-national-gambling-helpline = Darmowa, poufna pomoc, jeśli hazard sprawia wam problemy. Także dla osób poszkodowanych przez hazard kogoś innego.
service-gamstop = Darmowy sposób, żeby zablokować sobie strony i aplikacje hazardowe z licencją w Wielkiej Brytanii.
service-healthy-start = Złóżcie wniosek o Healthy Start i sprawdźcie, kto może go dostać.
service-ccw = Niezależna organizacja klientów firm wodociągowych w Anglii i Walii. Doradza w sprawie rachunków za wodę i problemów z firmą wodociągową.
