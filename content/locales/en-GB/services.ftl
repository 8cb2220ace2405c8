# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.

service-stepchange = Free, expert debt advice by phone or online. They can help you make a plan to deal with your debts.
service-national-debtline = Free, confidential debt advice by phone or online, including help with court letters and bailiffs.
service-citizens-advice = Free advice about benefits, debts, housing and more. They can help with forms and food bank referrals.
service-turn2us = A free online calculator that shows which benefits you could get, and how much.
service-shelter = Free advice if you are homeless, or might lose your home.
service-samaritans = Someone to talk to about anything that is upsetting you, including thoughts of ending your life.
service-domestic-abuse-helpline = Free, confidential help if someone close to you is hurting, threatening or controlling you.

hours-every-day = Open 24 hours a day, every day
