# The referral pages: consent, contact details, area, own words, money and debts.
# Every id here is listed in src/engine/messages/referral_pages.rs.
# Review status: reviewed (en-GB is the source language).

# On the outcome page, for outcomes that hand the person to an adviser.
referral-start-title = Get a referral summary
referral-start-body = A referral summary tells an adviser about your situation, so you do not have to explain it all again.
referral-start-button = Make a referral summary

# Consent
referral-consent-title = Before you make a referral summary
referral-consent-lead = A referral summary is a short record of your answers. It helps an adviser understand your situation before they talk to you.
referral-consent-always-title = What will always be in it
referral-consent-always-need = What you need help with.
referral-consent-always-urgency = How urgent it is.
referral-consent-always-dates = Any dates you need to act by.
referral-consent-always-words = Your own words, if you choose to write them.
referral-consent-who-title = Who it is for
referral-consent-who = It is for an adviser at a service you choose. You decide who gets it.
referral-consent-device-title = Where it is kept
referral-consent-device = It stays on this device until you choose to share it. You can print it, download it, copy it, or let an adviser scan a code on your screen.
referral-consent-nothing-sent = This website does not send it to anyone.
referral-consent-choose = You can choose what else goes in it. If you say no, those details are left out, and the summary says you chose not to share them.
referral-consent-contact = Can we include your contact details?
referral-consent-contact-hint = Your name, how and when to contact you, if we can leave a message, your language and anything that makes contact easier for you.
referral-consent-household-money = Can we include details about your household and money?
referral-consent-household-money-hint = Who lives with you, work, benefits, money coming in, what you spend and your debts.
referral-consent-health-safety = Can we include details about your health and safety?
referral-consent-health-safety-hint = Whether you feel safe, your health, any disability, pregnancy, and whether you care for someone.
referral-error-consent-contact = Select yes if we can include your contact details
referral-error-consent-household-money = Select yes if we can include details about your household and money
referral-error-consent-health-safety = Select yes if we can include details about your health and safety

# Contact details
referral-contact-title = Your contact details
referral-contact-lead = An adviser will use these to get in touch with you.
referral-contact-name = Your name
referral-contact-name-hint = The name you would like the adviser to use.
referral-contact-method = How would you like to be contacted?
referral-contact-method-phone = Phone call
referral-contact-method-text = Text message
referral-contact-method-email = Email
referral-contact-phone = Phone number
referral-contact-phone-hint = For a phone call or a text message. For example, 07700 900 982.
referral-contact-email = Email address
referral-contact-email-hint = For an email.
referral-contact-safe-times = When is it safe to contact you?
referral-contact-safe-times-hint = For example, weekday mornings, or not after 5pm.
referral-contact-leave-message = Can an adviser leave a message?
referral-contact-leave-message-hint = A voicemail, text or email that says who it is from.
referral-contact-language = Which language would you like help in?
referral-contact-language-hint = Say if you would like an interpreter.
referral-contact-access = Is there anything that would make it easier for you?
referral-contact-access-hint = For example, large print, a quiet room, more time, or someone with you.
referral-error-name-missing = Enter your name
referral-error-method-missing = Select how you would like to be contacted
referral-error-phone-missing = Enter a phone number
referral-error-phone-format = Enter a phone number, like 01632 960 001 or 07700 900 982
referral-error-email-missing = Enter an email address
referral-error-email-format = Enter an email address in the right format, like name@example.com
referral-error-leave-message-missing = Select yes if an adviser can leave a message

# Area
referral-area-title = Where do you live?
referral-area-hint = This helps us show advice services near you.
referral-area-elsewhere = Somewhere else
referral-area-not-say = I'd rather not say
referral-error-area-missing = Select where you live, or select I'd rather not say

# Own words
referral-what-matters-title = What matters most to you right now?
referral-what-matters-hint = Write it in your own words. It will be in your referral summary.

# Money
referral-money-title = How would you like to tell us about your money?
referral-money-hint = This helps an adviser see if you have enough to live on.
referral-money-quick = A few totals
referral-money-quick-hint = About 2 minutes. Money in, bills and other spending, each month.
referral-money-detailed = Item by item
referral-money-detailed-hint = About 10 minutes. It helps to have bank statements or bills near you.
referral-money-not-say = I'd rather not say
referral-money-not-say-hint = An adviser can ask you about it later.
referral-error-money-route-missing = Select how you would like to tell us about your money

referral-quick-title = Your money each month
referral-quick-lead = Your best guess is fine. Enter 0 if there is none.
referral-quick-income = Money coming in each month
referral-quick-income-hint = Wages, benefits, pensions and any other money you get, after tax.
referral-quick-fixed = Bills you must pay each month
referral-quick-fixed-hint = Rent or mortgage, Council Tax, gas, electricity, water, insurance, childcare and travel to work.
referral-quick-flexible = Other spending each month
referral-quick-flexible-hint = Food, toiletries, phone, internet, clothes and other things you buy.
referral-error-quick-income-missing = Enter the money coming in each month, or 0
referral-error-quick-fixed-missing = Enter the bills you pay each month, or 0
referral-error-quick-flexible-missing = Enter your other spending each month, or 0

referral-detailed-blank = Amounts are for each month. Leave a box empty if it is nothing.
referral-income-title = Money coming in
referral-income-lead = Money you and your partner get, after tax.
referral-fixed-title = Bills you must pay
referral-fixed-lead = Costs you must pay each month to keep your home and get by.
referral-flexible-title = Other spending
referral-flexible-lead = Spending that can go up or down.

referral-sfs-earnings = Wages from work
referral-sfs-earnings-hint = Pay from a job or self-employment.
referral-sfs-benefits = Benefits
referral-sfs-benefits-hint = For example, Universal Credit, Child Benefit or Personal Independence Payment.
referral-sfs-pensions = Pensions
referral-sfs-pensions-hint = State Pension and any other pension.
referral-sfs-other-income = Other money coming in
referral-sfs-other-income-hint = For example, child maintenance, or money from lodgers or family.
referral-sfs-home-contents = Home
referral-sfs-home-contents-hint = Rent or mortgage, Council Tax, ground rent, service charges and home insurance.
referral-sfs-utilities = Gas, electricity and water
referral-sfs-utilities-hint = Include any other fuel, like oil or coal.
referral-sfs-care-health = Care and health
referral-sfs-care-health-hint = Childcare, adult care, prescriptions and dentist costs.
referral-sfs-transport-travel = Travel
referral-sfs-transport-travel-hint = Car costs, fuel, bus and train fares.
referral-sfs-school = School costs
referral-sfs-school-hint = Uniforms, meals, trips and after-school clubs.
referral-sfs-pensions-insurances = Pension payments and insurance
referral-sfs-pensions-insurances-hint = Money you pay into a pension, and life or other insurance.
referral-sfs-professional = Work costs
referral-sfs-professional-hint = Union fees, professional fees and tools for your job.
referral-sfs-other-essential = Other things you must pay
referral-sfs-other-essential-hint = For example, child maintenance you pay, or payments ordered by a court.
referral-sfs-communications-leisure = Phone, internet and TV
referral-sfs-communications-leisure-hint = Include your TV Licence, and hobbies or days out.
referral-sfs-food-housekeeping = Food and housekeeping
referral-sfs-food-housekeeping-hint = Food, drink, cleaning things, toiletries and nappies.
referral-sfs-personal = Personal costs
referral-sfs-personal-hint = Clothes, shoes, haircuts, presents and pocket money.
referral-sfs-savings = Savings
referral-sfs-savings-hint = Money you put away each month.

# Debts
referral-debts-title = Your debts
referral-debts-none = You have not added any debts yet. Add each bill or loan you are behind with or worried about.
referral-debts-lead = Check your debts. You can change or remove them.
referral-debts-add = Add a debt
referral-debts-add-another = Add another debt
referral-debts-priority-note = We mark a debt as priority when not paying it can lead to the most serious problems, like losing your home or your energy supply. Pay these first.
referral-debt-add-title = Add a debt
referral-debt-change-title = Change a debt
referral-debt-kind = What kind of debt is it?
referral-debt-kind-hint = The ones you told us about are first.
referral-debt-key-owed-to = Owed to
referral-debt-key-amount = Total owed
referral-debt-key-arrears = Missed payments
referral-debt-owed-to = Who is it owed to?
referral-debt-owed-to-hint = For example, the name of the council, the energy company or the bank.
referral-debt-amount = How much do you owe in total?
referral-debt-amount-hint = Your best guess is fine.
referral-debt-arrears = How much of it is missed payments?
referral-debt-arrears-hint = Leave this empty if you are not sure.
referral-debt-arrears-not-given = Not given
referral-debt-priority = Priority
referral-debt-not-priority = Not priority
referral-debt-save = Save debt
referral-debt-remove = Remove
referral-debt-hidden = debt { $n }, { $kind }
referral-debt-remove-title = Are you sure you want to remove { $kind } owed to { $owed_to }?
referral-error-debt-kind-missing = Select what kind of debt it is
referral-error-debt-owed-to-missing = Enter who the debt is owed to
referral-error-debt-amount-missing = Enter how much you owe
referral-error-debt-amount-zero = The amount you owe must be more than 0
referral-error-debt-arrears-too-big = Missed payments cannot be more than the total you owe
referral-error-remove-missing = Select yes if you want to remove this debt
