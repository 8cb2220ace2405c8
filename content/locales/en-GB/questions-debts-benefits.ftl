# Issue 17: new debt types, work and income changes, a Move to Universal Credit
# letter, worry about keeping a home (review G13, G17, G20, G21, I19). Sources for the steps
# are in content/sources/benefits-move-to-uc.json.

## Questions and options (content/tree/debts.json, work.json, benefits.json)

# Priority debt (CPAG Debt Advice Handbook: a bill of sale lets the lender take the vehicle without a court order).
q-debt-types-logbook-loan = A logbook loan
q-debt-types-logbook-loan-hint = A loan where the lender owns your car or van until you pay it back.
# Priority debt: Citizens Advice (England), "Work out which debts to deal with first" (tax credits are the exception among benefit overpayments).
q-debt-types-tax-credit-overpayment = Tax credits you were paid too much
# Non-priority by the CPAG Debt Advice Handbook's test ("Deciding on priorities": no power to take the home, liberty or essential goods or services): losing a phone or internet service is not in its list of priority penalties, though an adviser may treat it as priority for someone who needs the phone (a 2022 press summary of Citizens Advice England's page lists phone and internet as priority; not seen on the page itself: check).
q-debt-types-phone-broadband = Phone, mobile or internet bills
# Non-priority: Citizens Advice (England), "Work out which debts to deal with first" (benefit overpayments apart from tax credits); CPAG: deductions from benefits do not make a debt priority.
q-debt-types-benefit-overpayment = Other benefits you were paid too much
q-debt-types-benefit-overpayment-hint = For example, Universal Credit or Housing Benefit.
# Non-priority by the CPAG test: repayments are collected through tax and follow income.
q-debt-types-student-loan = A student loan
# Non-priority: Citizens Advice (England), as above ("unpaid parking tickets - Penalty Charge Notices or Parking Charge Notices").
q-debt-types-parking = Parking tickets or other penalty charges
q-debt-types-parking-hint = For example, for parking, a bus lane or a congestion charge.
# Non-priority: unsecured loans (Citizens Advice England, as above).
q-debt-types-guarantor-loan = A guarantor loan
q-debt-types-guarantor-loan-hint = A loan where someone else agreed to pay if you cannot.
# Non-priority: hire purchase is priority only for goods the person needs (CPAG test; Citizens Advice England, as above).
q-debt-types-hire-purchase-other = Hire purchase on something you could manage without
q-debt-types-hire-purchase-other-hint = For example, a TV or a games console.
q-debt-types-illegal-lender = A loan shark, or someone else who lends money without being allowed to
q-debt-types-illegal-lender-hint = They may keep your bank card, add big charges or make threats. You are not in trouble for telling us.
q-debt-types-other = Something else
q-debt-types-other-hint = An adviser can help you work out what kind of debt it is.

q-income-change-self-employed-drop = I work for myself and I earn less now
q-income-change-self-employed-drop-hint = For example, you have less work, or your costs went up.

q-benefit-problems-move-to-uc = I got a letter telling me to move to Universal Credit
q-benefit-problems-move-to-uc-hint = The letter gives a date to claim by.
q-move-to-uc-date = What is the date to claim by in the letter?
q-move-to-uc-date-hint = It is the last day to claim Universal Credit. For example, 27 10 2026.
# Universal Credit (Transitional Provisions) Regulations 2014, reg 44 (the deadline day in a migration notice).
deadline-move-to-uc = Last day to claim Universal Credit (the date in your letter)

## Flags (content/flags.json): short labels for advisers

flag-illegal-lender = Borrowed from a loan shark or another lender who is not allowed to lend
flag-move-to-uc = Has a letter to move to Universal Credit by a deadline
flag-logbook-loan = Has a logbook loan (a loan secured on their vehicle)
flag-home-worry = Worried about keeping their home, though not behind or told to leave
flag-other-debt = Has another kind of debt: check whether it is a priority debt
flag-water-debt = Behind with water bills
flag-bereavement = Someone close to them died in the last year
flag-student = A student

## Outcomes (content/tree/outcomes.json)

o-act-today-move-to-uc = Claim Universal Credit today
o-act-today-move-to-uc-summary = The date to claim by in your letter is very close, or it has passed. Your old benefits stop after that date. Claim Universal Credit today to keep money coming in.
o-keep-your-home = Get help early to keep your home
o-keep-your-home-summary = You are not behind yet, so you have more choices now. Your lender or landlord, your council and free advisers can help.

# Mortgage Charter (HM Treasury, June 2023): lenders offer tailored support to anyone worried about payments, such as a longer term or a payment deferral.
step-keep-home-mortgage = Do you have a mortgage? Talk to your lender now, before you miss a payment. Ask if they can make your payments lower for a while. For example, they could make the mortgage longer.

## Guide: a Move to Universal Credit letter (content/guides/benefits.json)

guide-move-to-uc = A letter telling you to move to Universal Credit
guide-move-to-uc-summary = Your old benefits are ending. Claim Universal Credit by the date in the letter to keep getting money.
# UC (Transitional Provisions) Regulations 2014 reg 44; Citizens Advice, "Moving to Universal Credit if you've got a migration notice".
today-move-to-uc-claim = Claim Universal Credit. Do it by the date in your letter. You can claim online at GOV.UK. If you cannot, call the Universal Credit helpline. Your old benefits stop after that date.
# UC (Transitional Provisions) Regulations 2014 Part 4 (transitional protection); Citizens Advice, as above.
step-move-to-uc-extra = If you claim by the date in the letter, you may get an extra amount so you are not worse off at first. This is called transitional protection. It can go down over time.
# UC (Transitional Provisions) Regulations 2014 reg 45 (deadline extended on request before the deadline day); Citizens Advice, as above.
step-move-to-uc-more-time = If you cannot claim in time, ask the DWP for more time before the date in your letter. Call the number on the letter and say why, for example you are ill or in hospital.
# Citizens Advice, as above: a claim soon after the deadline can still keep transitional protection.
step-move-to-uc-missed = If the date has passed, claim Universal Credit straight away and get free advice. You may still get the extra amount if you claim soon after the date.
