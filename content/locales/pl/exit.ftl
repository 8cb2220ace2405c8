# Review status: draft (machine-assisted; needs a Polish reviewer)
# Szybkie wyjście, „Bezpieczeństwo w internecie”, powrót do zapisanych odpowiedzi i „Usuń moje odpowiedzi”.
# Buttons the person says to the service ("Usuń moje odpowiedzi") use the singular imperative;
# text that speaks to the person uses the plural "wy", as in ui.ftl.

## The "Exit this page" button at the top of every page
exit-button-hidden = Pilne:
exit-button = Wyjdźcie z tej strony
exit-shortcut-hint = Albo naciśnijcie dwa razy Esc
exit-shortcut-armed = Naciśnijcie Esc jeszcze raz, aby wyjść z tej strony.
exit-staying-safe-link = Bezpieczeństwo w internecie

## The "Staying safe online" page
safe-title = Bezpieczeństwo w internecie
safe-lead = Jeśli martwicie się, że ktoś może zobaczyć, co robicie na tej stronie, te wskazówki mogą pomóc.
safe-exit-heading = Szybkie wyjście z tej strony
safe-exit-body = Wybierzcie „{ $button }” na górze dowolnej strony. Na klawiaturze możecie też dwa razy nacisnąć klawisz Esc.
safe-exit-does = Ten przycisk robi 2 rzeczy:
safe-exit-deletes = usuwa wasze odpowiedzi z tego urządzenia
safe-exit-replaces = otwiera zamiast tej strony zwykłą stronę, na przykład z prognozą pogody, więc przycisk Wstecz nie prowadzi tutaj z powrotem
safe-limits-heading = Czego szybkie wyjście nie ukryje
safe-limits-history = Historia przeglądarki może nadal pokazywać, że byliście na tej stronie wcześniej.
safe-limits-tabs = Inne karty Signpost w tej przeglądarce też się zamkną. Karty i okna innych stron pozostaną otwarte.
safe-limits-watching = Nie powstrzyma nikogo przed patrzeniem na wasz ekran, kiedy z niego korzystacie.
safe-limits-device = Nie usuwa pobranych ani wydrukowanych plików ani wysłanych e-maili i wiadomości.
safe-limits-monitor = Niektóre telefony i komputery mają aplikacje, które zapisują, co robicie. Jeśli myślicie, że tak jest z waszym urządzeniem, korzystajcie z urządzenia, do którego ta osoba nie ma dostępu, na przykład z telefonu przyjaciela albo komputera w bibliotece.
safe-private-heading = Okno prywatne
safe-private-body = Okno prywatne nie zapisuje odwiedzanych stron w historii. W Chrome nazywa się „Incognito”, w Edge „InPrivate”, a w Safari i Firefoksie „okno prywatne”. Zamknijcie je, kiedy skończycie.
safe-history-heading = Czyszczenie historii
safe-history-body = W ustawieniach przeglądarki znajdźcie „Historia” albo „Prywatność”. Potem wyczyśćcie historię z ostatniej godziny lub z ostatniego dnia.
safe-history-suspicious = Jeśli ktoś sprawdza wasze urządzenie, pusta historia może wzbudzić jego podejrzenia. Zamiast tego możecie usunąć tylko strony z tej witryny.
safe-help-heading = Jeśli nie jesteście bezpieczni
safe-help-body = Jeśli grozi wam teraz niebezpieczeństwo, zadzwońcie pod numer 999. Jeśli nie możecie mówić, dzwońcie z komórki i naciśnijcie 55, kiedy usłyszycie taką prośbę. Z telefonu stacjonarnego nie rozłączajcie się: jeśli operator usłyszy tylko hałas, przełączy was na policję.
safe-help-link = Zobaczcie, kto może wam teraz pomóc

## Carrying on with saved answers (the start page)
resume-heading = Kontynuujcie od miejsca, w którym przerwaliście, albo zacznijcie od nowa
resume-saved-now = Odpowiedzieliście na kilka pytań przed chwilą.
resume-saved-minutes = { $count ->
    [one] Odpowiedzieliście na kilka pytań minutę temu.
    [few] Odpowiedzieliście na kilka pytań { $count } minuty temu.
    [many] Odpowiedzieliście na kilka pytań { $count } minut temu.
   *[other] Odpowiedzieliście na kilka pytań { $count } minuty temu.
}
resume-saved-hours = { $count ->
    [one] Odpowiedzieliście na kilka pytań godzinę temu.
    [few] Odpowiedzieliście na kilka pytań { $count } godziny temu.
    [many] Odpowiedzieliście na kilka pytań { $count } godzin temu.
   *[other] Odpowiedzieliście na kilka pytań { $count } godziny temu.
}
resume-saved-days = { $count ->
    [one] Odpowiedzieliście na kilka pytań dzień temu.
   *[other] Odpowiedzieliście na kilka pytań { $count } dni temu.
}
resume-continue = Kontynuujcie

## The one-sentence notice after reading saved answers
restored-title = Ważne
restored-dropped = { $count ->
    [one] Od waszej ostatniej wizyty niektóre pytania się zmieniły, więc usunęliśmy jedną z waszych odpowiedzi.
   *[other] Od waszej ostatniej wizyty niektóre pytania się zmieniły, więc usunęliśmy { $count } z waszych odpowiedzi.
}
restored-corrupted = Nie udało się odczytać odpowiedzi zapisanych na tym urządzeniu, więc zaczynacie od nowa.
restored-referral-corrupted = Nie udało się odczytać zapisanych na tym urządzeniu informacji dla doradcy (na przykład jak się z Tobą skontaktować, Twoich pieniędzy i długów). Podaj je ponownie, gdy do nich dojdziesz.

## When another tab or window of the same browser changed the saved answers
other-tab-title = Ważne
other-tab-changed = Twoje odpowiedzi zostały zmienione w innej karcie lub oknie.
other-tab-choose = Ta strona przestała zapisywać, aby niczego nie nadpisać. Wybierz, które odpowiedzi zachować.
other-tab-use-latest = Użyj odpowiedzi z innej karty
other-tab-keep-these = Zachowaj odpowiedzi z tej strony

## When the answers cannot be saved on the device (storage full or turned off)
save-problem-title = Ważne
save-problem-not-saved = Twoje odpowiedzi nie są zapisywane na tym urządzeniu.
save-problem-what-to-do = Możesz kontynuować. Jeśli zamkniesz lub odświeżysz tę stronę, Twoje odpowiedzi zostaną utracone. Urządzenie może być pełne albo zapisywanie może być wyłączone.

## "Delete my answers"
footer-delete-link = Usuń moje odpowiedzi
delete-title = Czy na pewno chcecie usunąć swoje odpowiedzi?
delete-what = Z tego urządzenia zostaną usunięte:
delete-what-answers = wasze odpowiedzi na pytania
delete-what-referral = wszystko, co podaliście dla doradcy, na przykład dane kontaktowe i informacje o pieniądzach
delete-what-language = wybrany język
delete-cannot-undo = Nie będzie można ich odzyskać.
delete-confirm = Tak, usuń moje odpowiedzi
delete-cancel = Nie, zachowaj moje odpowiedzi
delete-done-title = Wasze odpowiedzi zostały usunięte
delete-done-body = Na tym urządzeniu nie ma już niczego, co wpisaliście.
delete-done-start = Zacznijcie od nowa
