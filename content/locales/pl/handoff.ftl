# Review status: draft (machine-assisted; needs a Polish reviewer).

handoff-title = Twoje podsumowanie skierowania
handoff-lead = Przekaż to podsumowanie doradcy w jednej z organizacji poniżej. Wtedy pomogą Ci bez ponownego pytania o wszystko.
handoff-on-device = Twoje podsumowanie jest tylko na tym urządzeniu. Nic nie zostało nikomu wysłane. Ty wybierasz, jak je udostępnić.
handoff-share = Udostępnij podsumowanie
handoff-print = Drukuj
handoff-download-json = Pobierz dla doradcy (plik JSON)
handoff-download-text = Pobierz jako tekst
handoff-copy = Kopiuj tekst
handoff-copied = Podsumowanie zostało skopiowane. Możesz je wkleić do wiadomości.
handoff-copy-failed = Nie udało się skopiować podsumowania. Spróbuj „Pobierz jako tekst”.
handoff-email = Napisz e-mail z podsumowaniem
handoff-email-hint = Otworzy się Twoja aplikacja pocztowa. Nic nie zostanie wysłane, dopóki sam tego nie zrobisz. Są tam tylko dane, na których udostępnienie się zgodziłeś.
handoff-qr = Zabierz je na telefon
handoff-qr-hint = Zeskanuj ten kod aparatem telefonu. Tekst podsumowania trafi na Twój telefon. Nie jest nigdzie wysyłany.
handoff-qr-label = Kod QR z Twoim podsumowaniem skierowania
handoff-about = O tym skierowaniu
