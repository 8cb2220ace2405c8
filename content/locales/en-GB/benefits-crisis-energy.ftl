# Issue 17: benefits, crisis help and energy. Sources for each step are in content/sources/benefits-crisis-energy.json.

## Universal Credit guide: free help with a claim (replaces the Help to Claim step: review E15)
# Citizens Advice Adviceline (England) 0800 144 8848 and Advicelink Cymru (Wales) 0800 702 2020, both free (Citizens Advice: contact us); Help to Claim is not named because its funding after 31 March 2026 could not be verified. Checked 2026-12-06.
step-uc-free-help-england = For help with your claim, call Citizens Advice free on 0800 144 8848.
step-uc-free-help-wales = For help with your claim, call Citizens Advice free on 0800 702 2020.

## Deductions guide: overpayments (review G21)
# DWP can reduce the rate of recovery in hardship, or waive recovery: DWP, Benefit overpayment recovery guide (GOV.UK). Checked 2026-12-06.
step-deductions-waive = If paying it back leaves you without enough for food, rent or bills, ask DWP Debt Management to lower the repayments. In some cases they can agree not to take it back at all. Say how it affects you and your family.

## Benefits check guide (review G19, I24)
# Carer's Allowance overlaps with State Pension; an underlying entitlement still adds the additional amount for carers in Pension Credit (UK Parliament, written answer by DWP on Carer's Allowance and State Pension; CPAG Welfare Benefits Handbook). Checked 2026-12-06.
step-benefits-carer-pension = If you get State Pension, you may not be paid Carer's Allowance as well. It is still worth claiming. It can add an extra amount for carers to your Pension Credit.
# The two-child limit was removed from 6 April 2026: Universal Credit (Removal of Two Child Limit) Act 2026 (c. 13). Checked 2026-12-06.
step-benefits-two-children = Since April 2026, Universal Credit includes an amount for every child, not just the first two. If you have 3 or more children, check what you can get now. You may be able to claim even if you could not before.

## Crisis help guide (review G8)
# Budgeting Advance: for people who have had Universal Credit (or a legacy benefit) for 6 months or more, unless it is to start or keep a job; a loan taken back from later payments (DWP, Understanding Universal Credit: help with emergency costs). Checked 2026-12-06.
step-crisis-budgeting-advance = If you have had Universal Credit for 6 months or more, you may get a Budgeting Advance for an emergency cost, like a broken cooker. It is a loan. You pay it back from later payments.

## Energy guide (review G15)
# Involuntary prepayment meters must not be fitted for the highest-risk households, including those who need a continuous supply for medical equipment, people aged 75 or over with no support in the home, and homes with a child under 2 (Ofgem, Involuntary prepayment meter Code of Practice, moved into the supply licence conditions from 8 November 2023). Checked 2026-12-06.
step-energy-no-forced-prepay = Your supplier must not force a prepayment meter on some homes. For example, where someone needs power for medical equipment, a person over 75 lives without support, or there is a child under 2. Tell your supplier if this is you.
# 105 is the free number for power cuts in England, Scotland and Wales; it puts you through to your electricity network operator (Energy Networks Association, 105; Scottish and Southern Electricity Networks; npower). Checked 2026-12-06.
step-energy-power-cut = If your electricity goes off and your meter is not empty, it may be a power cut. Call 105 free. It puts you through to your local electricity network.
# The National Gas Emergency Service, 0800 111 999 (Cadent, the gas network, "Safety warning", Gas Safety Week). No hours are given. Checked 2026-12-06.
step-energy-gas-emergency = If you smell gas, call the National Gas Emergency Service free on 0800 111 999.
# The Energy Ombudsman takes a complaint after 8 weeks, or earlier with a deadlock letter; free for consumers (Ombudsman Services: how it works; Energy Ombudsman guidance on eight-week and deadlock letters). Checked 2026-12-06.
step-energy-ombudsman = If your complaint is not sorted after 8 weeks, or your supplier sends a final 'deadlock' letter, you can take it to the Energy Ombudsman. It is free.

## Services (review G18)
# Universal Credit helpline, Welsh language (make a claim): 0800 012 1888 (GOV.UK, Universal Credit: how to claim). Checked 2026-12-06. No hours are given.
service-universal-credit-welsh = The government's phone line to make a Universal Credit claim in Welsh.
