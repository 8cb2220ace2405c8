// Answer tables for the journeys the specs take, and the outcome each should reach under the
// routing in content/tree/route.json ("choose-outcome"). Values are option ids, not wording.
import { dateFromToday } from "./journey.mjs";

/** Nothing urgent, no debts, main worry is the budget: self-help. */
export const selfHelpBudget = {
  answers: {
    "safe-now": "yes",
    "food-today": "yes",
    "energy-today": "no",
    home: "private-rent",
    "main-worry": "budget",
    adults: "0",
    children: "0",
    pregnant: "no",
    health: ["none"],
    carer: "no",
    "pension-age": "no",
    work: "employed",
    "income-change": ["none"],
    "benefits-now": ["none"],
    "benefit-problems": ["none"],
    "debt-types": ["none"],
    "urgent-problems": ["none"],
    "energy-meter": "bills",
    "energy-going-without": "no",
    "public-funds": "no",
    "money-left": "some-left",
    "talk-preference": "self",
    "support-needs": ["none"],
    "help-most": "A plan for my money",
  },
  outcome: "self-help-budget",
};

/** Non-priority debts only, some money left: self-help with debts. Uses every question type but date. */
export const selfHelpDebts = {
  answers: {
    ...selfHelpBudget.answers,
    home: "social-rent",
    "main-worry": "debts",
    children: "2",
    "children-ages": ["5-to-10"],
    "benefits-now": ["child-benefit"],
    "debt-types": ["cards", "catalogues"],
    "debt-total": "850.50",
    "help-most": "Help to talk to the card company",
  },
  outcome: "self-help-debts",
};

/** Not safe now: who to call at once, then the questions carry on; the result is the emergency outcome. */
export const emergency = {
  answers: { ...selfHelpBudget.answers, "safe-now": "no" },
  outcome: "get-help-now",
};

/** A date on court papers tomorrow: the urgent court outcome. Uses the date question. */
export const deadlineTomorrow = {
  answers: {
    ...selfHelpDebts.answers,
    "urgent-problems": ["court-papers"],
    "court-papers-kind": "other",
    "court-date": dateFromToday(1),
  },
  outcome: "act-today-court",
};

/** Rent arrears and money taken off benefits: several needs, referral to an adviser. */
export const severalNeeds = {
  answers: {
    ...selfHelpDebts.answers,
    "debt-types": ["rent"],
    "benefit-problems": ["deductions"],
  },
  outcome: "see-an-adviser",
};
