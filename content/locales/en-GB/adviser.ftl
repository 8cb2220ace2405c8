# Review status: reviewed (en-GB is the source language).
# Adviser mode: the answers panel, the adviser's notes and "Why this result?". Every id here is
# listed in src/engine/messages/adviser.rs. The person may read these too, so keep them plain.

## Answers panel, beside each question
adviser-panel-title = Answers so far
adviser-panel-empty = No answers yet.
adviser-panel-current = This question
adviser-panel-not-answered = Not answered yet

## Adviser's notes
adviser-notes-title = Adviser's notes
adviser-notes-hint = For the adviser to write, not the person. The notes go into the referral summary, marked as the adviser's.
adviser-notes-save = Save notes
adviser-notes-marked = Written by the adviser, not the person.
adviser-notes-none = No notes yet.
adviser-notes-add = Add adviser's notes
adviser-notes-change = Change adviser's notes
adviser-notes-summary-heading = Adviser's notes (written by the adviser, not the person)

## Why this result?
adviser-why-title = Why this result?
adviser-why-lead = How the answers led to this result, what they raised, and why each service is suggested.
adviser-why-result-heading = The result
adviser-why-result = { $outcome } ({ $tier })
adviser-why-chosen-because = It was chosen because:
adviser-why-passed-over = Checked first, but they did not apply:
adviser-why-flags-heading = What the answers raised
adviser-why-no-flags = The answers raised nothing.
adviser-why-members-heading = Why these services are suggested
adviser-why-members-hint = The same services as in the referral summary, best first.
adviser-why-no-members = No member service matches these needs yet.
adviser-why-quoted = “{ $text }”
adviser-why-list-separator = {", "}
adviser-why-and = { $list } and { $last }
adviser-why-chose = The answer to { $question } was { $options }.
adviser-why-not-chose = The answer to { $question } was not { $option }.
adviser-why-chose-none = The answer to { $question } was none of { $options }.
adviser-why-others = { $count ->
    [one] one other
   *[other] { $count } others
}
adviser-why-answered = { $question } was answered.
adviser-why-not-asked = { $question } was not asked.
adviser-why-at-least = The answer to { $question } was { $answer }: at least { $value }.
adviser-why-at-most = The answer to { $question } was { $answer }: at most { $value }.
adviser-why-more-than = The answer to { $question } was { $answer }: more than { $value }.
adviser-why-less-than = The answer to { $question } was { $answer }: less than { $value }.
adviser-why-within = The answer to { $question } was { $date }: within { $days } working days (on or before { $last }).
adviser-why-not-within = The answer to { $question } was { $date }: more than { $days } working days away (after { $last }).
adviser-why-passed = The answer to { $question } was { $date }, which has passed.
adviser-why-not-passed = The answer to { $question } was { $date }, which has not passed yet.
adviser-why-months = { $months ->
    [one] one month
   *[other] { $months } months
}
adviser-why-days = { $days ->
    [one] one day
   *[other] { $days } days
}
adviser-why-months-later = { $date } ({ $months } after the date given)
adviser-why-flag-raised = { $flag } was raised.
adviser-why-flag-not-raised = { $flag } was not raised.
adviser-why-raised-earlier = An earlier answer raised it.
adviser-why-after = It comes after { $question }.
adviser-why-otherwise = It is the result when none of the results checked before it apply.

## Text a translation does not have yet
adviser-fallback-title = Shown in English because the translation is missing
