# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.
# Also: who a service is for (eligibility), and the example directory (content/directory/).

## National services (content/services.json): real services, with their public numbers.

service-stepchange = Bezpłatne, fachowe porady w sprawie długów przez telefon lub przez internet. Mogą pomóc wam ułożyć plan, jak poradzić sobie z długami.
service-national-debtline = Bezpłatne, poufne porady w sprawie długów przez telefon lub przez internet, w tym pomoc w sprawie pism z sądu i komorników (bailiffs).
service-business-debtline = Bezpłatne porady w sprawie długów dla osób samozatrudnionych i prowadzących małą firmę, przez telefon lub przez internet. Mogą pomóc w sprawie podatków, VAT i długów firmy.
service-moneyhelper = Bezpłatna, bezstronna pomoc w sprawie pieniędzy i emerytur, wspierana przez rząd. Mogą pomóc wam ułożyć budżet i znaleźć bezpłatną poradę w sprawie długów.
service-citizens-advice = Bezpłatne porady w sprawie zasiłków, długów, mieszkania i innych spraw. Mogą pomóc w wypełnianiu formularzy i dać skierowanie do banku żywności (food bank).
service-advicelink-cymru = Bezpłatne porady w Walii w sprawie zasiłków, długów, mieszkania i innych spraw, po walijsku lub po angielsku. Mogą pomóc w wypełnianiu formularzy i dać skierowanie do banku żywności (food bank).
service-help-to-claim = Bezpłatna pomoc przy wniosku o Universal Credit, od początku wniosku aż do pierwszej wypłaty.
service-universal-credit-helpline = Rządowa infolinia w sprawie Universal Credit. Zadzwońcie, aby zapytać o wniosek lub wypłaty albo poprosić o zaliczkę (advance).
service-pension-credit-line = Rządowa infolinia, przez którą można złożyć wniosek o Pension Credit. Pension Credit to dopłata do niskiego dochodu dla osób w wieku emerytalnym (State Pension age).
service-turn2us = Bezpłatny kalkulator online, który pokazuje, jakie zasiłki możecie dostać i w jakiej wysokości.
service-consumer-helpline = Bezpłatne porady, jeśli macie problem z firmą, która dostarcza wam gaz lub prąd. Mogą pomóc w sprawie rachunku, licznika albo reklamacji.
service-trussell = Znajdźcie bank żywności (food bank) w pobliżu i dowiedzcie się, jak dostać z niego jedzenie.
service-shelter = Bezpłatne porady, jeśli jesteście bezdomni albo możecie stracić dom.
service-shelter-cymru = Bezpłatne porady w Walii, jeśli jesteście bezdomni albo możecie stracić dom.
service-samaritans = Ktoś, z kim możecie porozmawiać o wszystkim, co was gnębi, także o myślach o odebraniu sobie życia.
service-domestic-abuse-helpline = Bezpłatna, poufna pomoc, jeśli bliska osoba was krzywdzi, wam grozi albo was kontroluje.
service-live-fear-free = Bezpłatna, poufna pomoc w Walii, jeśli bliska osoba was krzywdzi, wam grozi albo was kontroluje. Możecie rozmawiać po walijsku lub po angielsku.

## Example directory (content/directory/example-cornwall.json).
## These organisations are MADE UP. A council replaces them, and these messages, with its own.

service-carrick-way-money-advice = Bezpłatna pomoc w sprawie długów i zasiłków, także gdy sprawy są trudne do rozwiązania. Doradca może rozmawiać z wierzycielami i pomóc w sprawie pism z sądu i komorników (bailiffs).
service-tidewater-housing-advice = Bezpłatna pomoc, jeśli możecie stracić dom, zalegacie z czynszem lub ratami kredytu hipotecznego albo nie macie gdzie się zatrzymać. Mogą wam pomóc w sądzie.
service-steady-ground-mind-and-money = Bezpłatne porady finansowe dla osób z problemami ze zdrowiem psychicznym. Pracują w waszym tempie i mogą za was rozmawiać z wierzycielami.
service-fair-decision-appeals = Bezpłatna pomoc w odwołaniu się od decyzji w sprawie zasiłku, która waszym zdaniem jest błędna, nawet jeśli termin już minął. Mogą razem z wami wypełnić formularze i pójść z wami na rozprawę.
service-warm-hearth-energy = Bezpłatna pomoc w sprawie rachunków za gaz i prąd oraz liczników na przedpłatę (prepayment meters). Mogą pomóc wam dostać awaryjne doładowanie, dotacje i dodatkową pomoc od dostawcy.
service-two-hands-carers-centre = Bezpłatna pomoc dla opiekunów (carers): sprawdzenie zasiłków, wnioski o dotacje i wypełnianie formularzy. Możecie porozmawiać z kimś, kto wie, jak wygląda opieka nad bliską osobą.
service-sea-pink-womens-service = Bezpłatna, poufna pomoc dla kobiet, które bliska osoba krzywdzi, którym grozi albo które kontroluje. Mogą pomóc znaleźć bezpieczne miejsce do zamieszkania i uporządkować sprawy pieniędzy.
service-small-trade-money-help = Bezpłatna pomoc dla osób samozatrudnionych i małych firm w sprawie podatków, VAT i długów firmy. Mogą pomóc wam zdecydować, co dalej z firmą.
service-open-cupboard-food-banks = Żywność w nagłej potrzebie dla was i waszej rodziny, z banków żywności w całej Kornwalii. Zadzwońcie, aby dowiedzieć się, jak dostać jedzenie jeszcze dziś.
service-lantern-community-hub = Przyjazne miejsce, gdzie można skorzystać z internetu i komputera oraz dostać pomoc przy formularzach. Wolontariusze mogą pomóc złożyć wniosek o zasiłki i ułożyć budżet.
service-most-community-association = Pomoc po polsku i po rumuńsku w sprawie zasiłków, formularzy i listów. Wolontariusze wyjaśnią, co znaczy list, i mogą pójść z wami na spotkania.

## Who a service is for (eligibility). Shared by national and directory services.

eligibility-lives-in-cornwall = Dla osób mieszkających w Kornwalii
eligibility-carers = Dla osób, które bez wynagrodzenia opiekują się kimś chorym, niepełnosprawnym lub starszym
eligibility-women = Dla kobiet i ich dzieci
eligibility-self-employed = Dla osób samozatrudnionych lub prowadzących małą firmę
eligibility-pension-age = Dla osób, które osiągnęły wiek emerytalny (State Pension age)
eligibility-new-universal-credit-claim = Dla osób, które składają nowy wniosek o Universal Credit
eligibility-mental-health = Dla osób z problemami ze zdrowiem psychicznym, które martwią się o pieniądze
eligibility-eastern-european = Dla osób z Polski i innych krajów Europy Wschodniej

## Opening hours. Shared: reuse one when the times are the same.

hours-every-day = Czynne 24 godziny na dobę, codziennie
hours-weekdays-9-5 = Od poniedziałku do piątku, 9:00–17:00
hours-weekdays-10-4 = Od poniedziałku do piątku, 10:00–16:00
hours-mon-wed-fri-10-1 = Poniedziałek, środa i piątek, 10:00–13:00
hours-weeknights-and-saturday = Od poniedziałku do czwartku 17:00–20:00, w sobotę 10:00–13:00
# Shout (giveusashout.org FAQ), 999 BSL (Ofcom), emergencySMS (NHS audiology page; register first). Checked 2026-12-06.
service-shout = Bezpłatne wsparcie przez SMS, o każdej porze, jeśli trudno wam sobie poradzić. Wyślijcie SHOUT na numer 85258 (po angielsku).
service-999-bsl = Jeśli jesteście osobą głuchą i używacie brytyjskiego języka migowego (BSL), możecie zadzwonić pod 999 przez tłumacza BSL. Skorzystajcie z bezpłatnej aplikacji lub strony 999 BSL.
service-emergency-sms = Jeśli jesteście osobą głuchą albo nie możecie mówić, w nagłym wypadku możecie wysłać SMS na 999. Najpierw trzeba zarejestrować telefon: wyślijcie REGISTER na 999 i postępujcie według odpowiedzi.
