# Guides for debts (content/guides/debts.json): money taken from a bank account, mortgage arrears,
# debt options, scams and loan sharks, mental health and debt. Sources are in
# content/sources/debt-guides.json; each message names its main source in the comment above it.
# All checked 2026-12-06.

## money-taken-from-bank (review G1)
guide-money-taken-from-bank = Money taken from your bank account
guide-money-taken-from-bank-summary = Your bank, a court order or HMRC may have taken money from your account for a debt. You can often get some of it back. Act today.
# Financial Ombudsman Service: bank accounts, right of set-off; StepChange: right of set-off.
today-bank-taken-call = Call your bank today. Ask who took the money and why. If you need it for rent, bills or food, ask them to give it back.
# CPR 72.7 (hardship payment orders); GOV.UK: respond to a third party debt order (EX325).
today-bank-taken-court-order = If a court letter says your account is frozen, get free debt advice today. You can ask the court to let you use some of the money for living costs.
# StepChange: right of set-off (the conditions); Financial Ombudsman Service: right of set-off.
step-bank-taken-check-debt = If your bank took the money, check the debt is yours. The bank can only take money for a debt in your name, with that same bank, that you are behind with. If not, complain at once.
# Financial Ombudsman Service: bank accounts, right of set-off.
step-bank-taken-set-off = If you owe your bank on a loan, card or overdraft, it can take money from your account with it. This is called set-off. The bank must use it fairly.
# StepChange: right of set-off; Financial Ombudsman Service: right of set-off.
step-bank-taken-ask-back = Tell the bank what the money was for, like rent, bills or food. Ask them to give back what you need to live on. If they say no, make a complaint. Then you can go to the Financial Ombudsman Service, which is free.
# StepChange: right of set-off ("first right of appropriation", England and Wales).
step-bank-taken-earmark = Before your wages or benefits are paid in, you can write to your bank to say what the money is for, like rent or food. This can stop the bank using it for what you owe them. A debt adviser can help you write this.
# Payment Accounts Regulations 2015, regs 19 to 22; StepChange: right of set-off.
step-bank-taken-new-account = Open a basic bank account with a bank you do not owe money to. Then have your wages or benefits paid into it. A basic account has no overdraft.
# CPR Part 72 (rules 72.4 and 72.7); GOV.UK: respond to a third party debt order (EX325).
step-bank-taken-court-order = A third party debt order is a court order that freezes money in your account to pay a court debt. Get advice at once. If you cannot pay for food or bills, ask the court for a hardship payment order. You can also object in writing at least 3 days before the hearing.
# GOV.UK: if you do not pay your tax bill, direct recovery of debts; Finance (No. 2) Act 2015, Schedule 8.
step-bank-taken-hmrc = HMRC can take a tax debt straight from your bank account. Before it does this, it must visit you and write to you. It must leave you at least £5,000 in your accounts. If HMRC writes to you about this, get advice straight away.

## mortgage-behind (review G2)
guide-mortgage-behind = Behind with your mortgage
guide-mortgage-behind-summary = You can often keep your home if you act early. Talk to your lender, get free advice, and never ignore letters from the lender or the court.
# GOV.UK: Mortgage Charter (HM Treasury, 2023).
today-mortgage-call-lender = Call your lender today. Tell them you are struggling to pay. Asking for help should not harm your credit file.
# Shelter England: voluntary repossession and handing back the keys.
today-mortgage-keep-keys = Do not move out or give your keys back before you get free advice.
# GOV.UK: Mortgage Charter; Pre-Action Protocol for Possession Claims based on Mortgage Arrears, section 5.
step-mortgage-options = Ask your lender how they can help. They could make the mortgage longer, let you pay only the interest for a time, or let you pause or lower payments for a short time.
# GOV.UK: Mortgage Charter; FCA: Mortgage Charter uptake.
step-mortgage-charter = Most lenders have signed the Mortgage Charter. They agreed not to make you leave your home within a year of your first missed payment, unless you agree or things are very unusual. Ask your lender if they have signed.
# GOV.UK: repossession, before it goes to court; Pre-Action Protocol for mortgage arrears, section 5.
step-mortgage-offer = Work out what you can pay and offer it to your lender in writing. They must think about your offer. If they say no, they must tell you why within 10 days.
# GOV.UK: repossession, before it goes to court; Pre-Action Protocol for mortgage arrears.
step-mortgage-protocol = Court should be a last resort. Your lender must tell you how much you owe. They must give you 15 days' warning in writing before they go to court.
# GOV.UK: Support for Mortgage Interest (what you'll get; repaying your loan); Loans for Mortgage Interest Regulations 2017; UK Parliament written answer (DWP, 2023: zero earnings rule abolished).
step-mortgage-smi = If you get Universal Credit or Pension Credit, ask about Support for Mortgage Interest. It is a loan from the DWP that pays some of your mortgage interest. On Universal Credit it can start after 3 months in a row, even if you work. It does not pay missed payments. You pay it back, with interest, when you sell your home or pass it on.
# Shelter England: voluntary repossession and handing back the keys.
step-mortgage-keys = Do not hand back your keys. You would still owe the mortgage until the home is sold, and the debt can grow. The council could also say you made yourself homeless.
# GOV.UK: repossession; Shelter England: the home repossession process.
step-mortgage-court = If you get court papers, fill in the defence form, send it back, and go to the hearing. Your lender can only take your home if the court agrees.
# Ministry of Justice: Housing Loss Prevention Advice Service (England and Wales, from 1 August 2023); Shelter England: HLPAS.
step-mortgage-duty-adviser = Free legal advice is there for anyone at risk of losing their home, whatever their income. It is called the Housing Loss Prevention Advice Service. You can get it once your lender writes to say they may go to court. On the day of a hearing, ask at the court for the duty adviser.

## debt-options (review G3)
guide-debt-options = Ways to deal with your debts
guide-debt-options-summary = There are several ways to deal with debts you cannot pay. Each one has good and bad sides. Free advice can help you choose.
# MoneyHelper: free debt advice; StepChange: no fees.
today-debt-options-free-advice = Get free debt advice before you choose a way to deal with your debts. Do not pay anyone for this.
# StepChange: how debt management plans work; MoneyHelper: debt management plans.
step-debt-options-dmp = A debt management plan lets you make one monthly payment, shared between the people you owe. Debt charities set these up for free. Some companies charge a fee for the same thing.
# Insolvency Act 1986, Part 7A and Schedule 4ZA; Insolvency Proceedings (Monetary Limits) (Amendment) Orders 2021 and 2024; Insolvency (England and Wales) (Amendment) Rules 2024; Spring Budget 2024 (fee removed).
step-debt-options-dro = A debt relief order (DRO) can write off most of your debts after a year. It may suit you if you owe £50,000 or less, have £75 or less spare a month, and do not own your home. Your savings and things you own must be worth £2,000 or less. A car worth up to £4,000 is not counted. There is no fee. You apply through an approved adviser, who is free.
# StepChange: going ahead with bankruptcy; Citizens Advice: how much it costs to apply for bankruptcy.
step-debt-options-bankruptcy = Bankruptcy can write off most debts if you cannot pay them. You apply online on GOV.UK. The fee is £680, and you can pay it bit by bit. You could lose things of value, like your home or car.
# Business Debtline: IVAs (England and Wales); Citizens Advice: cost of an IVA; Insolvency Service: guidance on insolvency practitioners' adverts (2021).
step-debt-options-iva = An IVA (individual voluntary arrangement) is a legal deal to pay back part of what you owe. It usually lasts 5 years. The firm that runs it charges fees. Be careful of adverts that say they can write off most of your debt, or that a scheme is "government-backed".
# Limitation Act 1980, sections 5, 29 and 30; StepChange: statute-barred debts.
step-debt-options-statute-barred = In England and Wales, most debts cannot be taken to court after 6 years if you made no payment and did not agree in writing that you owe it. This is called statute-barred. Get advice before you pay or sign anything about a very old debt.
# Debt Respite Scheme (Breathing Space Moratorium and Mental Health Crisis Moratorium) (England and Wales) Regulations 2020; MoneyHelper: Breathing Space.
step-debt-options-breathing-space = Breathing Space gives you time to get help. For up to 60 days, most interest, charges and action from the people you owe are paused. A debt adviser applies for you.
# Debt Respite Scheme Regulations 2020; MoneyHelper: Breathing Space; Money and Pensions Service: Mental Health Crisis Breathing Space.
step-debt-options-crisis-breathing-space = If you are getting mental health crisis care, you can get a Mental Health Crisis Breathing Space. It lasts as long as your crisis care, plus 30 days. An Approved Mental Health Professional must confirm your care.

## scams-and-loan-sharks (review G4)
guide-scams-and-loan-sharks = Loan sharks and scams
guide-scams-and-loan-sharks-summary = If you borrowed from someone who is not allowed to lend, you have not done anything wrong. Confidential help is there, and you can stay anonymous.
# Stop Loan Sharks (England Illegal Money Lending Team): report a loan shark, 24-hour helpline.
today-loan-shark-report-england = Call Stop Loan Sharks on 0300 555 2222, day or night. They help people who borrowed from a loan shark. You are not in trouble: the lender is.
# Wales Illegal Money Lending Unit (Stop Loan Sharks Wales): 24-hour hotline, as given by Ceredigion County Council.
today-loan-shark-report-wales = Call Stop Loan Sharks Wales on 0300 123 3311, day or night. They help people who borrowed from a loan shark. You are not in trouble: the lender is.
# Stop Loan Sharks Wales: warning signs; Stop Loan Sharks: frequently asked questions.
step-loan-shark-signs = Signs of a loan shark: they give you little or no paperwork. They keep your bank card or passport. The debt keeps growing even though you pay. They may threaten you.
# Stop Loan Sharks: frequently asked questions; Stop Loan Sharks Wales.
step-loan-shark-danger = If you are in danger, call 999. You can report a loan shark without giving your name.
# FCA: how to check a firm or individual is authorised.
step-scam-fca-register = Before you borrow, or pay anyone to help with debts, check the firm is authorised. Search for it on the FCA's website, fca.org.uk. Only use firms that are on it.
# Insolvency Service: guidance on insolvency practitioners' adverts (2021); Committee of Advertising Practice: enforcement notice (2022); MoneyHelper: free debt advice.
step-scam-never-pay = Never pay for debt help: charities give it for free. Be careful of adverts that promise to write off most of your debt or say a scheme is "government-backed".
# GOV.UK: identify tax scam phone calls, emails and text messages; FCA: protect yourself from unauthorised firms (ring them back).
step-scam-cold-calls = If someone calls or texts out of the blue about a debt, bailiffs or tax, do not pay there and then. HMRC will never threaten to arrest you. Hang up, then call the organisation on a number you find yourself.

## mental-health-and-debt (review G20)
guide-mental-health-and-debt = Mental health and debt
guide-mental-health-and-debt-summary = Money worries and mental health often go together. The people you owe must treat you fairly, and there is help to pause things while you get better.
# FCA FG21/1: guidance for firms on the fair treatment of vulnerable customers; Money Advice Liaison Group: DMHEF questions.
today-mental-health-debt-tell = Tell the people you owe that your mental health is making things hard. Ask them to hold off while you get help.
# FCA FG21/1: guidance for firms on the fair treatment of vulnerable customers.
step-mental-health-debt-fair = Banks, lenders and debt collectors must treat people in a vulnerable situation fairly. Poor mental health can be one. Tell them what would help, like more time, or contact by letter instead of calls.
# Money Advice Trust: Debt and Mental Health Evidence Form; CPAG: Debt and Mental Health Evidence Form.
step-mental-health-debt-evidence-form = If a lender asks for proof, a health or social care worker, like your GP, nurse or social worker, can fill in the Debt and Mental Health Evidence Form. In England and Wales they cannot charge you for it.
# MoneyHelper: free debt advice (a debt adviser will not judge you); StepChange.
step-mental-health-debt-adviser = A free debt adviser can deal with the people you owe for you. They will not judge you.

## Services (content/services/loan-sharks.json)
# Stop Loan Sharks (England Illegal Money Lending Team): its own site.
service-stop-loan-sharks = Help for people in England who borrowed from a loan shark (an illegal lender). It is confidential, and you can stay anonymous.
# Wales Illegal Money Lending Unit: Shared Regulatory Services and Ceredigion County Council pages.
service-illegal-money-lending-unit-cymru = Help for people in Wales who borrowed from a loan shark (an illegal lender). It is confidential, and you can stay anonymous.
