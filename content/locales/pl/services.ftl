# Review status: draft (machine-assisted translation, not yet checked by a Polish speaker)
# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.

service-stepchange = Bezpłatne, fachowe porady w sprawie długów przez telefon lub przez internet. Mogą pomóc wam ułożyć plan, jak poradzić sobie z długami.
service-national-debtline = Bezpłatne, poufne porady w sprawie długów przez telefon lub przez internet, w tym pomoc w sprawie pism z sądu i komorników (bailiffs).
service-citizens-advice = Bezpłatne porady w sprawie zasiłków, długów, mieszkania i innych spraw. Mogą pomóc w wypełnianiu formularzy i dać skierowanie do banku żywności (food bank).
service-turn2us = Bezpłatny kalkulator online, który pokazuje, jakie zasiłki możecie dostać i w jakiej wysokości.
service-shelter = Bezpłatne porady, jeśli jesteście bezdomni albo możecie stracić dom.
service-samaritans = Ktoś, z kim możecie porozmawiać o wszystkim, co was gnębi, także o myślach o odebraniu sobie życia.
service-domestic-abuse-helpline = Bezpłatna, poufna pomoc, jeśli bliska osoba was krzywdzi, wam grozi albo was kontroluje.

hours-every-day = Czynne 24 godziny na dobę, codziennie
