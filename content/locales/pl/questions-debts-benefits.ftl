# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Issue 17: new debt types, work and income changes, a Move to Universal Credit
# letter, worry about keeping a home. Sources: content/sources/benefits-move-to-uc.json.

## Questions and options

q-debt-types-logbook-loan = Pożyczka pod zastaw samochodu (logbook loan)
q-debt-types-logbook-loan-hint = Pożyczka, przy której pożyczkodawca jest właścicielem waszego samochodu lub furgonetki, dopóki jej nie spłacicie.
q-debt-types-tax-credit-overpayment = Nadpłacone ulgi podatkowe (tax credits) do zwrotu
q-debt-types-phone-broadband = Rachunki za telefon, komórkę lub internet
q-debt-types-benefit-overpayment = Inne nadpłacone zasiłki do zwrotu
q-debt-types-benefit-overpayment-hint = Na przykład Universal Credit albo Housing Benefit.
q-debt-types-student-loan = Pożyczka studencka (student loan)
q-debt-types-parking = Mandaty za parkowanie lub inne opłaty karne (penalty charges)
q-debt-types-parking-hint = Na przykład za parkowanie, buspas lub opłatę za wjazd do centrum (congestion charge).
q-debt-types-guarantor-loan = Pożyczka z poręczycielem (guarantor loan)
q-debt-types-guarantor-loan-hint = Pożyczka, przy której ktoś inny zgodził się zapłacić, jeśli wy nie możecie.
q-debt-types-hire-purchase-other = Zakup na raty (hire purchase) czegoś, bez czego możecie się obejść
q-debt-types-hire-purchase-other-hint = Na przykład telewizor lub konsola do gier.
q-debt-types-illegal-lender = Lichwiarz (loan shark) lub ktoś inny, kto pożycza pieniądze bez pozwolenia
q-debt-types-illegal-lender-hint = Może zatrzymywać waszą kartę bankową, doliczać wysokie opłaty lub grozić. Nie macie kłopotów z tego powodu, że nam o tym mówicie.
q-debt-types-other = Coś innego
q-debt-types-other-hint = Doradca pomoże ustalić, jaki to rodzaj długu.

q-income-change-self-employed-drop = Pracuję na własny rachunek i teraz zarabiam mniej
q-income-change-self-employed-drop-hint = Na przykład macie mniej pracy albo wzrosły wasze koszty.

q-benefit-problems-move-to-uc = Przyszło pismo, że trzeba przejść na Universal Credit
q-benefit-problems-move-to-uc-hint = Pismo podaje datę, do której trzeba złożyć wniosek.
q-move-to-uc-date = Do jakiej daty trzeba złożyć wniosek według pisma?
q-move-to-uc-date-hint = To ostatni dzień na złożenie wniosku o Universal Credit. Na przykład 27 10 2026.
deadline-move-to-uc = Ostatni dzień na wniosek o Universal Credit (data z pisma)

## Flags

flag-illegal-lender = Pożyczka od lichwiarza lub innego pożyczkodawcy bez pozwolenia
flag-move-to-uc = Pismo o przejściu na Universal Credit w określonym terminie
flag-logbook-loan = Pożyczka pod zastaw pojazdu (logbook loan)
flag-home-worry = Obawa o utratę domu, choć bez zaległości i bez wypowiedzenia
flag-other-debt = Inny rodzaj długu: sprawdzić, czy to dług priorytetowy
flag-water-debt = Zaległości w rachunkach za wodę
flag-bereavement = Śmierć bliskiej osoby w ostatnim roku
flag-student = Osoba ucząca się lub studiująca

## Outcomes

o-act-today-move-to-uc = Złóżcie dziś wniosek o Universal Credit
o-act-today-move-to-uc-summary = Data z pisma jest bardzo blisko albo już minęła. Wasze dotychczasowe zasiłki kończą się po tej dacie. Złóżcie dziś wniosek o Universal Credit, aby nadal otrzymywać pieniądze.
o-keep-your-home = Pomoc na czas, aby zachować dom
o-keep-your-home-summary = Nie macie jeszcze zaległości, więc teraz macie więcej możliwości. Pomóc mogą bank lub wynajmujący, urząd miejski (council) i bezpłatni doradcy.

step-keep-home-mortgage = Jeśli macie kredyt hipoteczny, porozmawiajcie z bankiem teraz, zanim opuścicie ratę. Zapytajcie, jak mogą na jakiś czas obniżyć raty, na przykład wydłużając okres kredytu.

## Guide

guide-move-to-uc = Pismo o przejściu na Universal Credit
guide-move-to-uc-summary = Wasze dotychczasowe zasiłki się kończą. Złóżcie wniosek o Universal Credit do daty podanej w piśmie, aby nadal otrzymywać pieniądze.
today-move-to-uc-claim = Złóżcie wniosek o Universal Credit do daty podanej w piśmie. Można to zrobić online na GOV.UK, a jeśli nie możecie, zadzwońcie na infolinię Universal Credit. Po tej dacie dotychczasowe zasiłki się kończą.
step-move-to-uc-extra = Jeśli złożycie wniosek do daty z pisma, możecie dostać dodatkową kwotę, aby na początku nie stracić. Nazywa się to transitional protection. Z czasem może się zmniejszać.
step-move-to-uc-more-time = Jeśli nie zdążycie, poproście DWP o więcej czasu przed datą z pisma. Zadzwońcie pod numer z pisma i powiedzcie dlaczego, na przykład z powodu choroby lub pobytu w szpitalu.
step-move-to-uc-missed = Jeśli data minęła, od razu złóżcie wniosek o Universal Credit i skorzystajcie z bezpłatnej porady. Możecie nadal dostać dodatkową kwotę, jeśli złożycie wniosek wkrótce po tej dacie.
