# Review status: draft (machine-assisted; needs a Polish reviewer)
# Strona, na której członek konsorcjum otwiera podsumowanie skierowania przekazane przez osobę
# (/open-a-referral, bez linku z pytań dla tej osoby). Identyfikatory są w
# src/engine/messages/open_referral.rs.

open-title = Otwórz podsumowanie skierowania
open-lead = Dla członków konsorcjum doradczego, którzy nie mają systemu do prowadzenia spraw. Otwórz podsumowanie, które daje ci osoba: plik, który pobrała, albo tekst, który pokazuje jej kod QR.
open-private = Nic nie jest nigdzie wysyłane i nic nie jest zapisywane na tym urządzeniu. Po zamknięciu podsumowania znika ono.
open-file-heading = Otwórz pobrany plik
open-file-label = Plik podsumowania skierowania
open-file-hint = Plik .json o nazwie podobnej do referral-SP-4K7M-Q2XD.json
open-file-button = Otwórz plik
open-text-heading = Wklej tekst z kodu QR
open-text-label = Tekst z kodu QR
open-text-hint = Zeskanuj kod QR tej osoby aparatem w telefonie, skopiuj pokazany tekst i wklej go tutaj. Zaczyna się od SIGNPOST/1. Możesz też wkleić tekst pliku .json.
open-text-button = Otwórz tekst

open-error-no-file = Wybierz plik podsumowania skierowania
open-error-empty-file = Wybrany plik jest pusty
open-error-no-text = Wklej tekst z kodu QR
open-error-too-large-file = Wybrany plik musi być mniejszy niż { $size }
open-error-too-large-text = Tekst musi być krótszy niż { $size }
open-error-not-text = Wybrany plik nie jest podsumowaniem skierowania: to nie jest plik tekstowy
open-error-not-json = To nie jest podsumowanie skierowania: w jego JSON jest błąd w wierszu { $line }, kolumna { $column }
open-error-not-signpost-file = Wybrany plik nie jest podsumowaniem skierowania z Signpost. Wybierz plik .json, który pobrała ta osoba
open-error-not-signpost-text = To nie jest tekst kodu QR z Signpost. Ten tekst zaczyna się od SIGNPOST/1
open-error-newer = To podsumowanie zostało zrobione w nowszej wersji Signpost: wersja { $version }. Ta strona czyta wersję 1. Poproś tę osobę o wydrukowane podsumowanie albo użyj nowszej kopii tej strony
open-error-bad-version = To podsumowanie podaje wersję „{ $version }”, która nie jest wersją Signpost
open-error-field = Część tego podsumowania jest błędna lub jej brakuje: { $field } ({ $problem })
open-error-qr-line = Wiersz { $line } tekstu nie ma postaci KLUCZ:wartość: { $text }
open-error-qr-value = Wiersz { $line } tekstu, { $key }, ma wartość, której ta strona nie umie odczytać: { $value }
open-error-qr-missing = W tekście nie ma wiersza { $key }. Zeskanuj kod QR jeszcze raz i skopiuj cały jego tekst

open-opened-caption = Podsumowanie skierowania
open-from-file = Otwarte z pliku.
open-from-qr = Otwarte z tekstu kodu QR. Kod QR zawiera kody i dane tylko po angielsku, nie w języku tej osoby.
open-languages = Etykiety są w języku tej osoby ({ $language }), a po angielsku w nawiasach.
open-newer = To podsumowanie zostało zrobione w nowszej wersji Signpost ({ $version }). Nie widać tu niczego, co dodała ta wersja.
open-reasons-left-out = Niektóre powody, dla których zaproponowano usługę, nie są pokazane, bo ta strona nie umie ich odczytać.
open-qr-part = To tylko część podsumowania: kod QR był pełny. Poproś tę osobę o całe podsumowanie (wydruk, plik albo e-mail).
open-dates-heading = Terminy, do których trzeba działać
open-days-today = dzisiaj
open-days-ahead = { $days ->
    [one] za 1 dzień
   *[other] za { $days } dni
}
open-days-past = { $days ->
    [one] 1 dzień temu
   *[other] { $days } dni temu
}
open-example-member = Przykład – nie istnieje, nie kontaktuj się
open-withheld = Nieudostępnione
open-unknown-member = (nie ma na liście usług tej kopii)
open-close = Zamknij to skierowanie
open-closed = Podsumowanie skierowania jest zamknięte. Nic z niego nie zostaje na tym urządzeniu.
open-staff-link = Otwórz podsumowanie skierowania, które ktoś ci dał
