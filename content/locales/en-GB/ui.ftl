# Interface text. Every id here is listed in src/engine/messages.rs and must exist in every locale.
# Review status: reviewed (en-GB is the source language).

service-name = Signpost
skip-to-content = Skip to main content

start-title = Get help with money worries
start-lead = Answer a few short questions about your money and your home. We will tell you what you can do yourself and who can help you.
start-what-you-need = It takes about 10 minutes. It helps to have any letters about your debts or benefits near you.
start-what-happens = At the end you get steps you can take today. If you need more help, we tell you which advice service to contact.
start-privacy = Your answers stay on this device. Nothing is sent to us or anyone else.
start-button = Start now
start-continue = Carry on where you left off
start-over = Start again

back = Back
continue = Continue
or = or
yes = Yes
no = No
dont-know = I don't know
select-all-that-apply = Select all that apply.
money-prefix = £
date-day = Day
date-month = Month
date-year = Year
date-hint = For example, 27 3 2026

error-prefix = Error:
error-summary-title = There is a problem

check-title = Check your answers
check-change = Change
check-continue = See your result

outcome-today = What to do today
outcome-have-ready = Have these ready
outcome-steps = Steps
outcome-dates = Dates to act by
deadline-named = { $label }: { $date }
service-example = Example only: not a real service
outcome-guides = Help you can use now
outcome-services = Who can help
outcome-reviewed = Checked against its sources on { $date }
# Adviser mode: under each step, where its advice comes from (the titles are citations, not translated).
step-source = Source:
# A service's text-message contact (Shout: 85258): the number to send a text to.
service-contact-text = Text { $number }
step-source-checked = Checked { $date }.
outcome-check-answers = Check or change your answers
outcome-start-again = Start again
tier-emergency = Get help now
tier-urgent = Act today
tier-referral = An adviser can help
tier-signpost = A service can help
tier-self-help = You can do this yourself
deadline = Date to act by: { $date }

not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct.
content-error-title = Sorry, there is a problem with this service
content-error-body = You can still get free advice by phone.

footer-privacy = Your answers are only stored on this device.
footer-privacy-shared = Your answers are kept on this screen only until you finish or close the browser. Then they are deleted.
helplines-title = Free, confidential help
get-help-now-link = Get help now
safety-carry-on = Carry on with the questions
safety-carry-on-hint = Your answers so far are kept on this device.
optional = (optional)
check-not-given = Not given

error-choose-one = Select an answer
error-choose-at-least-one = Select at least one answer
error-exclusive-combined = You cannot select that answer with any other answer
error-money-missing = Enter an amount
error-money-format = Enter an amount in pounds and pence, like 120.50
error-money-too-small = The amount must be { $limit } or more
error-money-too-big = The amount must be { $limit } or less
error-number-missing = Enter a number
error-number-format = Enter a whole number, like 2
error-number-too-small = The number must be { $limit } or more
error-number-too-big = The number must be { $limit } or less
error-date-missing = Enter a date
error-date-missing-day = The date must include a day
error-date-missing-month = The date must include a month
error-date-missing-year = The date must include a year
error-date-year = The year must include 4 numbers
error-date-invalid = The date must be a real date
error-text-missing = Enter an answer
error-text-too-long = Your answer must be { $limit } characters or fewer

# Language: each locale names itself, for the language switch.
language-name = English
language-switch-label = Language
translation-draft-note = This translation is being checked. If something is unclear, choose English.

# Month names, for dates such as "5 November 2026".
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# How a date is written: $day, $month (the name above) and $year.
date-long = { $day } { $month } { $year }

# How amounts of money are written: separators and where the pound sign goes.
money-decimal-separator = {"."}
money-group-separator = {","}
money-amount = £{ $amount }

# Shown when a new release of the app has been downloaded and waits to take over.
update-title = New version
update-ready = A new version of this service is ready. Your answers will be kept.
update-use = Use the new version

# A language chosen in the switch whose text could not be fetched (no connection).
language-load-failed = { $language } could not be loaded. Check your connection and try again.

# "Listen": reads the page (or a guide) aloud with the device's own voice.
listen-page = Listen to this page
listen-guide = Listen to this guide
listen-stop = Stop listening
