# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.
# Also: who a service is for (eligibility), and the example directory (content/directory/).

## National services (content/services.json): real services, with their public numbers.

service-stepchange = Free, expert debt advice by phone or online. They can help you make a plan to deal with your debts.
service-national-debtline = Free, confidential debt advice by phone or online, including help with court letters and bailiffs.
service-business-debtline = Free debt advice for people who are self-employed or run a small business, by phone or online. They can help with tax, VAT and business debts.
service-moneyhelper = Free, impartial help with money and pensions, backed by the government. They can help you make a budget and find free debt advice.
service-citizens-advice = Free advice about benefits, debts, housing and more. They can help with forms and food bank referrals.
service-advicelink-cymru = Free advice in Wales about benefits, debts, housing and more, in Welsh or English. They can help with forms and food bank referrals.
service-help-to-claim = Free help to claim Universal Credit, from starting your claim to your first payment.
service-universal-credit-helpline = The government's phone line for Universal Credit. Call to ask about your claim or your payments, or to ask for an advance.
service-pension-credit-line = The government's phone line to claim Pension Credit. Pension Credit tops up a low income for people over State Pension age.
service-turn2us = A free online calculator that shows which benefits you could get, and how much.
service-consumer-helpline = Free advice if you have a problem with your gas or electricity company. They can help with a bill, a meter or a complaint.
service-trussell = Find a food bank near you, and find out how to get food from it.
service-shelter = Free advice if you are homeless, or might lose your home.
service-shelter-cymru = Free advice in Wales if you are homeless, or might lose your home.
service-samaritans = Someone to talk to about anything that is upsetting you, including thoughts of ending your life.
# Galop: its own site (galop.org.uk) and its helpline's launch; Men's Advice Line (Respect): the number as given by services that refer to it (Centre 56) and at its launch. Checked 2026-12-06. No hours are given: not confirmed at source.
service-galop = Free, confidential help for LGBT+ people who are being hurt, threatened or controlled by a partner or family member.
service-mens-advice-line = Free, confidential help for men who are being hurt, threatened or controlled by a partner or ex-partner.
# Samaritans' Welsh-language line: Samaritans Cymru, as given in its campaigns; checked 2026-12-06. No hours: they have changed.
service-samaritans-welsh = Free, confidential support in Welsh if you are struggling to cope or thinking about ending your life.
service-domestic-abuse-helpline = Free, confidential help if someone close to you is hurting, threatening or controlling you.
service-live-fear-free = Free, confidential help in Wales if someone close to you is hurting, threatening or controlling you. You can talk in Welsh or English.

## Example directory (content/directory/example-cornwall.json).
## These organisations are MADE UP. A council replaces them, and these messages, with its own.

service-carrick-way-money-advice = Free help with debts and benefits, even when things are hard to sort out. An adviser can talk to the people you owe, and help with court papers and bailiffs.
service-tidewater-housing-advice = Free help if you might lose your home, are behind with rent or mortgage, or have nowhere to stay. They can help you at court.
service-steady-ground-mind-and-money = Free money advice for people with a mental health problem. They go at your pace, and can deal with the people you owe for you.
service-fair-decision-appeals = Free help to challenge a benefit decision you think is wrong, even if the date to ask has passed. They can fill in forms with you and come to a hearing.
service-warm-hearth-energy = Free help with gas and electricity bills and prepayment meters. They can help you get emergency credit, grants and extra help from your supplier.
service-two-hands-carers-centre = Free help for carers to check benefits, ask for grants and fill in forms. You can talk to someone who knows what caring is like.
service-sea-pink-womens-service = Free, confidential help for women who are being hurt, threatened or controlled by someone close to them. They can help you find a safe place to stay and sort out money.
service-small-trade-money-help = Free help for self-employed people and small businesses with tax, VAT and business debts. They can help you decide what to do about your business.
service-open-cupboard-food-banks = Emergency food for you and your family, from food banks across Cornwall. Call them to find out how to get food today.
service-lantern-community-hub = A friendly place to get online, use a computer and get help with forms. Volunteers can help you claim benefits and make a budget.
service-most-community-association = Help in Polish and Romanian with benefits, forms and letters. Volunteers can tell you what a letter means, and go with you to meetings.

## Who a service is for (eligibility). Shared by national and directory services.

eligibility-lives-in-cornwall = For people who live in Cornwall
eligibility-carers = For people who look after someone who is ill, disabled or older, without pay
eligibility-women = For women and their children
eligibility-self-employed = For people who are self-employed or run a small business
eligibility-pension-age = For people who have reached State Pension age
eligibility-new-universal-credit-claim = For people making a new claim for Universal Credit
eligibility-mental-health = For people with a mental health problem who are worried about money
eligibility-eastern-european = For people from Poland and other countries in Eastern Europe

## Opening hours. Shared: reuse one when the times are the same.

hours-every-day = Open 24 hours a day, every day
hours-weekdays-9-5 = Monday to Friday, 9am to 5pm
hours-weekdays-10-4 = Monday to Friday, 10am to 4pm
hours-mon-wed-fri-10-1 = Monday, Wednesday and Friday, 10am to 1pm
hours-weeknights-and-saturday = Monday to Thursday, 5pm to 8pm, and Saturday, 10am to 1pm
# Shout (giveusashout.org FAQ), 999 BSL (Ofcom), emergencySMS (NHS audiology page; register first). Checked 2026-12-06.
service-shout = Free text support, any time, if you are struggling to cope. Text SHOUT to 85258. It will not show on most phone bills.
service-999-bsl = If you are deaf and use British Sign Language, you can call 999 through a BSL interpreter. Use the free 999 BSL app or website.
service-emergency-sms = If you are deaf or cannot speak, you can text 999 in an emergency. You must register your phone first: text REGISTER to 999, then follow the reply.
