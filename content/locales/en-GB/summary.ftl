# Review status: reviewed (en-GB is the source language).
# The referral summary: its page, plain text, email and QR code. Every id here is listed in
# src/engine/messages/summary.rs. Advisers read these lines too, so keep them short and plain.

summary-title = Referral summary
summary-reference = Reference
summary-created = Made on
summary-language = Language
summary-outcome = Result
summary-tier = Level of help
summary-example = Example only: the services below are made up. Do not contact them.
summary-example-short = example, made up
summary-format = Format
summary-tree-version = Question set

## Dates
summary-deadlines = Dates to act by
summary-deadline = Date to act by
summary-no-deadlines = No dates to act by.

## Needs and own words
summary-needs = What they need help with
summary-own-words = What matters most to them, in their own words
summary-answers = Their answers

## Consent
summary-consent = What they agreed to share
summary-consent-contact = Contact details
summary-consent-household-money = Household and money
summary-consent-health-safety = Health and safety
summary-shared = Shared
summary-not-shared = Not shared
summary-consent-recorded = Agreed on

## Contact details
summary-contact = Contact details
summary-name = Name
summary-contact-method = Best way to contact
summary-method-phone = Phone call
summary-method-text = Text message
summary-method-email = Email
summary-phone = Phone
summary-email = Email
summary-safe-times = Safe times to contact
summary-leave-message = Can leave a message
summary-contact-language = Language for help
summary-access-needs = Help with contact
summary-area = Where they live

## Household and money
summary-money = Household and money
summary-other-adults = Other adults at home
summary-children = Children at home
summary-money-month = Money each month
summary-income = Money in
summary-fixed-costs = Fixed costs
summary-flexible-costs = Flexible costs
summary-spending = Money out
summary-surplus = Left over
summary-shortfall = Short by
summary-income-earnings = Pay from work
summary-income-benefits = Benefits
summary-income-pensions = Pensions
summary-income-other-income = Other money in
summary-fixed-costs-home-contents = Home and contents
summary-fixed-costs-utilities = Energy and water
summary-fixed-costs-care-health = Care and health
summary-fixed-costs-transport-travel = Transport and travel
summary-fixed-costs-school = School costs
summary-fixed-costs-pensions-insurances = Pensions and insurance
summary-fixed-costs-professional = Work costs and fees
summary-fixed-costs-other-essential = Other things you must pay
summary-flexible-costs-communications-leisure = Phone, internet and going out
summary-flexible-costs-food-housekeeping = Food and shopping
summary-flexible-costs-personal = Clothes and personal things
summary-flexible-costs-savings = Savings

## Debts
summary-debts = Debts
summary-no-debts = No debts listed.
summary-debt-priority = priority debt
summary-debt-non-priority = non-priority debt
summary-debt-owed-to = Owed to
summary-debt-arrears = Missed payments
summary-priority-total = Priority debts in total
summary-non-priority-total = Other debts in total
summary-debt-total = All debts in total

## Who can help, and why
summary-members = Who can help
summary-reason-full = Full member: takes complex and urgent cases
summary-reason-associate = Associate member: gives advice in its own field
summary-reason-affiliate = Community group: gives practical support, not advice on cases
summary-reason-needs = Helps with: { $needs }
summary-reason-area = Works in { $area }
summary-reason-area-everywhere = Helps people wherever they live
summary-reason-area-ignored = No member works in { $area }, so this one is further away
summary-reason-eligible = Helps people in your situation, which you told us about: { $who }
summary-reason-eligible-unchecked = Only helps people in this situation: { $who }. You chose not to share this, so check it fits you
summary-reason-eligible-area-unchecked = Only helps people who live in { $areas }. Check this is where you live
summary-reason-language = Can help in { $language }
summary-reason-channel-phone = You can phone them
summary-reason-channel-email = You can email them
summary-reason-channel-website = You can contact them online
summary-reason-channel-visit = You can visit them
summary-channel-phone = Phone
summary-channel-email = Email
summary-channel-website = Website
summary-channel-visit = Address

## Email and QR code
summary-email-subject = Referral summary { $reference }
summary-qr-part = This code holds only part of the summary. Show or send the full summary too.
