# Review status: draft (machine-assisted; needs a Polish reviewer)
# Tryb kiosku: ostrzeżenie o braku aktywności, „Zakończ i wyczyść” oraz strona dla
# personelu z anonimowymi danymi o zapotrzebowaniu.

kiosk-idle-title = Czy nadal korzystasz z tego ekranu?
kiosk-idle-body = Z tego ekranu korzysta wiele osób. Jeśli nikt go nie używa, Twoje odpowiedzi zostaną usunięte, żeby następna osoba ich nie zobaczyła. Potem wszystko zacznie się od nowa.
kiosk-idle-countdown = Pozostało sekund: { $seconds }
kiosk-idle-stay = Nadal tu jestem
kiosk-idle-clear = Zakończ i wyczyść teraz

kiosk-finish-title = Skończone?
kiosk-finish-body = Gdy wydrukujesz lub zeskanujesz to, czego potrzebujesz, wyczyść ekran. To usunie Twoje odpowiedzi, żeby następna osoba ich nie zobaczyła.
kiosk-finish = Zakończ i wyczyść
kiosk-print = Wydrukuj tę stronę

staff-title = Dane o zapotrzebowaniu z tego kiosku
staff-lead = To są liczby, a nie informacje o ludziach. Dla każdego dnia pokazują, ile osób otrzymało każdy poziom pomocy i jakie potrzeby się pojawiły.
staff-what-is-kept = Nie zapisujemy żadnych odpowiedzi ani godzin, tylko dzień. Dane starsze niż 400 dni usuwają się same.
staff-none = Na tym urządzeniu nie ma żadnych danych. Zapisuje je tylko kiosk.
staff-table-caption = Liczba osób według dnia i poziomu pomocy
staff-date = Dzień
staff-top-needs = Najczęstsze potrzeby
staff-need-count = { $need }: { $count }
staff-download = Pobierz dane (CSV)
staff-delete = Usuń dane
staff-delete-title = Czy na pewno chcesz usunąć wszystkie dane?
staff-delete-body = Jeśli ich potrzebujesz, najpierw je pobierz. Nie da się ich odzyskać.
staff-delete-yes = Tak, usuń dane
staff-delete-no = Nie, zachowaj je
staff-deleted = Dane zostały usunięte.
