# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Interface text. Every id here is listed in src/engine/messages.rs and must exist in every locale.

service-name = Signpost
skip-to-content = Przejdźcie do głównej treści

start-title = Pomoc w kłopotach z pieniędzmi
start-lead = Odpowiedzcie na kilka krótkich pytań o wasze pieniądze i miejsce zamieszkania. Powiemy wam, co możecie zrobić samodzielnie i kto może wam pomóc.
start-what-you-need = Zajmie to około 10 minut. Dobrze mieć pod ręką pisma w sprawie długów lub zasiłków.
start-what-happens = Na końcu dostaniecie kroki, które możecie zrobić jeszcze dziś. Jeśli potrzebujecie więcej pomocy, powiemy wam, z którą poradnią się skontaktować.
start-privacy = Wasze odpowiedzi zostają na tym urządzeniu. Nic nie jest wysyłane do nas ani do nikogo innego.
start-button = Zacznijcie teraz
start-continue = Kontynuujcie od miejsca, w którym przerwaliście
start-over = Zacznijcie od nowa

back = Wstecz
continue = Dalej
or = lub
yes = Tak
no = Nie
dont-know = Nie wiem
select-all-that-apply = Zaznaczcie wszystkie pasujące odpowiedzi.
money-prefix = £
date-day = Dzień
date-month = Miesiąc
date-year = Rok
date-hint = Na przykład 27 3 2026

error-prefix = Błąd:
error-summary-title = Wystąpił problem

check-title = Sprawdźcie swoje odpowiedzi
check-change = Zmieńcie
check-continue = Zobaczcie wynik

outcome-today = Co zrobić dziś
outcome-have-ready = Co warto mieć pod ręką
outcome-steps = Kroki
outcome-dates = Terminy na działanie
deadline-named = { $label }: { $date }
service-example = Tylko przykład: to nie jest prawdziwa organizacja

outcome-guides = Pomoc, z której możecie skorzystać od razu
outcome-services = Kto może pomóc
outcome-reviewed = Sprawdzono ze źródłami: { $date }
# Adviser mode: under each step, where its advice comes from (the titles are citations, not translated).
step-source = Źródło:
# A service's text-message contact (Shout: 85258): the number to send a text to.
service-contact-text = SMS: { $number }
step-source-checked = Sprawdzono { $date }.
outcome-check-answers = Sprawdźcie lub zmieńcie swoje odpowiedzi
outcome-start-again = Zacznijcie od nowa
tier-emergency = Poproście o pomoc już teraz
tier-urgent = Działajcie dziś
tier-referral = Doradca może pomóc
tier-signpost = Organizacja może pomóc
tier-self-help = Możecie to zrobić samodzielnie
deadline = Termin na działanie: { $date }

not-found-title = Nie znaleziono strony
not-found-body = Jeśli adres strony był wpisany ręcznie, sprawdźcie, czy jest poprawny.
content-error-title = Przepraszamy, wystąpił problem z tą usługą
content-error-body = Nadal możecie dostać bezpłatną poradę przez telefon.

footer-privacy = Wasze odpowiedzi są zapisywane tylko na tym urządzeniu.
footer-privacy-shared = Wasze odpowiedzi są przechowywane tylko na tym ekranie, dopóki nie skończycie lub nie zamkniecie przeglądarki. Potem zostaną usunięte.
helplines-title = Bezpłatna, poufna pomoc
get-help-now-link = Pilna pomoc
safety-carry-on = Wróćcie do pytań
safety-carry-on-hint = Wasze dotychczasowe odpowiedzi są zapisane na tym urządzeniu.
optional = (nieobowiązkowe)
check-not-given = Nie podano

error-choose-one = Wybierzcie odpowiedź
error-choose-at-least-one = Wybierzcie co najmniej jedną odpowiedź
error-exclusive-combined = Tej odpowiedzi nie można wybrać razem z żadną inną
error-money-missing = Wpiszcie kwotę
error-money-format = Wpiszcie kwotę w funtach i pensach, na przykład 120,50
error-money-too-small = Kwota musi wynosić { $limit } lub więcej
error-money-too-big = Kwota musi wynosić { $limit } lub mniej
error-number-missing = Wpiszcie liczbę
error-number-format = Wpiszcie liczbę całkowitą, na przykład 2
error-number-too-small = Liczba musi wynosić { $limit } lub więcej
error-number-too-big = Liczba musi wynosić { $limit } lub mniej
error-date-missing = Wpiszcie datę
error-date-missing-day = Data musi zawierać dzień
error-date-missing-month = Data musi zawierać miesiąc
error-date-missing-year = Data musi zawierać rok
error-date-year = Rok musi składać się z 4 cyfr
error-date-invalid = Data musi być prawidłowa
error-text-missing = Wpiszcie odpowiedź
error-text-too-long = Liczba znaków w odpowiedzi nie może przekraczać { $limit }

# Language: each locale names itself, for the language switch.
language-name = Polski
language-switch-label = Język
translation-draft-note = To tłumaczenie jest w trakcie sprawdzania. Jeśli coś jest niejasne, wybierzcie język angielski (English).

# Month names in the genitive, for dates such as "5 listopada 2026".
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
# How a date is written: $day, $month (the name above) and $year.
date-long = { $day } { $month } { $year }

# How amounts of money are written: separators and where the pound sign goes.
money-decimal-separator = {","}
money-group-separator = {"\u00A0"}
money-amount = { $amount } £

# Shown when a new release of the app has been downloaded and waits to take over.
update-title = Nowa wersja
update-ready = Nowa wersja tej usługi jest gotowa. Wasze odpowiedzi zostaną zachowane.
update-use = Użyj nowej wersji

# A language chosen in the switch whose text could not be fetched (no connection).
language-load-failed = Nie udało się wczytać języka: { $language }. Sprawdźcie połączenie i spróbujcie ponownie.

# "Listen": reads the page (or a guide) aloud with the device's own voice.
listen-page = Posłuchaj tej strony
listen-guide = Posłuchaj tego poradnika
listen-stop = Przestań słuchać
