// Answer tables for the journeys the specs take, and the outcome each should reach under the
// routing in content/tree/money.json ("choose-outcome"). Values are option ids, not wording.
import { dateFromToday } from "./journey.mjs";

/** Nothing urgent, main worry is the budget: self-help. */
export const selfHelpBudget = {
  answers: {
    "safe-now": "yes",
    "food-today": "yes",
    home: "private-rent",
    "main-worry": "budget",
    benefits: "paid",
    "money-left": "some-left",
    children: "0",
    "help-most": "A plan for my money",
  },
  outcome: "self-help-budget",
};

/** Non-priority debts only, some money left: self-help with debts. Uses every question type but date. */
export const selfHelpDebts = {
  answers: {
    "safe-now": "yes",
    "food-today": "yes",
    home: "social-rent",
    "main-worry": "debts",
    "debt-types": ["cards", "catalogues"],
    "debt-total": "850.50",
    "court-action": "no",
    benefits: "paid",
    "money-left": "some-left",
    children: "2",
    "help-most": "Help to talk to the card company",
  },
  outcome: "self-help-debts",
};

/** Not safe now: straight to the emergency outcome. */
export const emergency = {
  answers: { "safe-now": "no" },
  outcome: "get-help-now",
};

/** A court date tomorrow: the urgent outcome. Uses the date question. */
export const deadlineTomorrow = {
  answers: {
    ...selfHelpDebts.answers,
    "court-action": "yes",
    "action-date": dateFromToday(1),
  },
  outcome: "act-today-deadline",
};

/** Rent arrears and a benefits problem: several needs, referral to an adviser. */
export const severalNeeds = {
  answers: {
    ...selfHelpDebts.answers,
    "debt-types": ["rent"],
    benefits: "problem",
  },
  outcome: "see-an-adviser",
};
