# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# The referral summary: its page, plain text, email and QR code. Every id here is listed in
# src/engine/messages/summary.rs. Advisers read these lines too, so keep them short and plain.

summary-title = Podsumowanie skierowania
summary-reference = Numer referencyjny
summary-created = Utworzono
summary-language = Język
summary-outcome = Wynik
summary-tier = Rodzaj pomocy
summary-example = Tylko przykład: poniższe usługi są zmyślone. Nie kontaktujcie się z nimi.
summary-example-short = przykład, zmyślone
summary-format = Format
summary-tree-version = Zestaw pytań

## Dates
summary-deadlines = Terminy do działania
summary-deadline = Termin do działania
summary-no-deadlines = Brak terminów do działania.

## Needs and own words
summary-needs = W czym potrzebna jest pomoc
summary-own-words = Co jest dla tej osoby najważniejsze, jej własnymi słowami
summary-answers = Odpowiedzi

## Consent
summary-consent = Na co osoba zgodziła się udostępnić
summary-consent-contact = Dane kontaktowe
summary-consent-household-money = Gospodarstwo domowe i pieniądze
summary-consent-health-safety = Zdrowie i bezpieczeństwo
summary-shared = Udostępnione
summary-not-shared = Nie udostępniono
summary-consent-recorded = Data zgody

## Contact details
summary-contact = Dane kontaktowe
summary-name = Imię i nazwisko
summary-contact-method = Najlepszy sposób kontaktu
summary-method-phone = Rozmowa telefoniczna
summary-method-text = SMS
summary-method-email = E-mail
summary-phone = Telefon
summary-email = E-mail
summary-safe-times = Bezpieczne godziny kontaktu
summary-leave-message = Można zostawić wiadomość
summary-contact-language = Język pomocy
summary-access-needs = Pomoc w kontakcie
summary-area = Miejsce zamieszkania

## Household and money
summary-money = Gospodarstwo domowe i pieniądze
summary-other-adults = Inni dorośli w domu
summary-children = Dzieci w domu
summary-money-month = Pieniądze w miesiącu
summary-income = Wpływy
summary-fixed-costs = Koszty stałe
summary-flexible-costs = Koszty zmienne
summary-spending = Wydatki
summary-surplus = Zostaje
summary-shortfall = Brakuje
summary-income-earnings = Wynagrodzenie z pracy
summary-income-benefits = Zasiłki
summary-income-pensions = Emerytury i renty
summary-income-other-income = Inne wpływy
summary-fixed-costs-home-contents = Dom i jego wyposażenie
summary-fixed-costs-utilities = Energia i woda
summary-fixed-costs-care-health = Opieka i zdrowie
summary-fixed-costs-transport-travel = Transport i dojazdy
summary-fixed-costs-school = Koszty szkolne
summary-fixed-costs-pensions-insurances = Składki emerytalne i ubezpieczenia
summary-fixed-costs-professional = Koszty pracy i opłaty
summary-fixed-costs-other-essential = Inne niezbędne opłaty
summary-flexible-costs-communications-leisure = Telefon, internet i wyjścia
summary-flexible-costs-food-housekeeping = Jedzenie i zakupy
summary-flexible-costs-personal = Ubrania i rzeczy osobiste
summary-flexible-costs-savings = Oszczędności

## Debts
summary-debts = Długi
summary-no-debts = Nie podano długów.
summary-debt-priority = dług priorytetowy
summary-debt-non-priority = dług niepriorytetowy
summary-debt-owed-to = Wierzyciel
summary-debt-arrears = Zaległe płatności
summary-priority-total = Długi priorytetowe razem
summary-non-priority-total = Inne długi razem
summary-debt-total = Wszystkie długi razem

## Who can help, and why
summary-members = Kto może pomóc
summary-reason-full = Pełny członek: prowadzi trudne i pilne sprawy
summary-reason-associate = Członek stowarzyszony: doradza w swojej dziedzinie
summary-reason-affiliate = Grupa lokalna: daje praktyczne wsparcie, nie prowadzi spraw
summary-reason-needs = Pomaga w: { $needs }
summary-reason-area = Działa w: { $area }
summary-reason-area-everywhere = Pomaga niezależnie od miejsca zamieszkania
summary-reason-area-ignored = Żaden członek nie działa w: { $area }, więc ta organizacja jest dalej
summary-reason-language = Może pomóc w języku: { $language }
summary-reason-channel-phone = Można do nich zadzwonić
summary-reason-channel-email = Można do nich napisać e-mail
summary-reason-channel-website = Można się z nimi skontaktować przez internet
summary-reason-channel-visit = Można ich odwiedzić
summary-channel-phone = Telefon
summary-channel-email = E-mail
summary-channel-website = Strona internetowa
summary-channel-visit = Adres

## Email and QR code
summary-email-subject = Podsumowanie skierowania { $reference }
summary-qr-part = Ten kod zawiera tylko część podsumowania. Pokażcie lub wyślijcie też pełne podsumowanie.
