# Review status: draft (machine-assisted; needs an Arabic reviewer)
# Adviser mode: the answers panel, the adviser's notes and "Why this result?". Every id here is
# listed in src/engine/messages/adviser.rs. The person may read these too, so keep them plain.

## Answers panel, beside each question
adviser-panel-title = الإجابات حتى الآن
adviser-panel-empty = لا توجد إجابات بعد.
adviser-panel-current = هذا السؤال
adviser-panel-not-answered = لم تتم الإجابة بعد

## Adviser's notes
adviser-notes-title = ملاحظات المستشار
adviser-notes-hint = يكتبها المستشار، وليس الشخص نفسه. تُضاف الملاحظات إلى ملخص الإحالة مع بيان أنها من المستشار.
adviser-notes-save = احفظ الملاحظات
adviser-notes-marked = كتبها المستشار، وليس الشخص نفسه.
adviser-notes-none = لا توجد ملاحظات بعد.
adviser-notes-add = أضف ملاحظات المستشار
adviser-notes-change = غيّر ملاحظات المستشار
adviser-notes-summary-heading = ملاحظات المستشار (كتبها المستشار، وليس الشخص نفسه)

## Why this result?
adviser-why-title = لماذا هذه النتيجة؟
adviser-why-lead = كيف أدّت الإجابات إلى هذه النتيجة، وما الذي أظهرته، ولماذا نقترح كل خدمة.
adviser-why-result-heading = النتيجة
adviser-why-result = { $outcome } ({ $tier })
adviser-why-chosen-because = اختيرت لأن:
adviser-why-passed-over = فُحصت هذه أولاً، لكنها لم تنطبق:
adviser-why-flags-heading = ما أظهرته الإجابات
adviser-why-no-flags = لم تُظهر الإجابات شيئاً.
adviser-why-members-heading = لماذا نقترح هذه الخدمات
adviser-why-members-hint = الخدمات نفسها الموجودة في ملخص الإحالة، الأنسب أولاً.
adviser-why-no-members = لا توجد خدمة عضو تناسب هذه الاحتياجات بعد.
adviser-why-quoted = «{ $text }»
adviser-why-list-separator = {"، "}
adviser-why-and = { $list } و{ $last }
adviser-why-chose = كانت الإجابة عن { $question } هي { $options }.
adviser-why-not-chose = لم تكن الإجابة عن { $question } هي { $option }.
adviser-why-chose-none = لم تكن الإجابة عن { $question } أياً من { $options }.
adviser-why-others = { $count ->
    [one] واحد آخر
    [two] اثنان آخران
    [few] { $count } أخرى
   *[other] { $count } أخرى
}
adviser-why-answered = تمت الإجابة عن { $question }.
adviser-why-not-asked = لم يُطرح السؤال { $question }.
adviser-why-at-least = كانت الإجابة عن { $question } هي { $answer }: على الأقل { $value }.
adviser-why-at-most = كانت الإجابة عن { $question } هي { $answer }: على الأكثر { $value }.
adviser-why-more-than = كانت الإجابة عن { $question } هي { $answer }: أكثر من { $value }.
adviser-why-less-than = كانت الإجابة عن { $question } هي { $answer }: أقل من { $value }.
adviser-why-within = كانت الإجابة عن { $question } هي { $date }: خلال { $days } أيام عمل (في { $last } أو قبله).
adviser-why-not-within = كانت الإجابة عن { $question } هي { $date }: بعد أكثر من { $days } أيام عمل (بعد { $last }).
adviser-why-passed = كانت الإجابة عن { $question } هي { $date }، وقد مضى هذا التاريخ.
adviser-why-not-passed = كانت الإجابة عن { $question } هي { $date }، ولم يمضِ هذا التاريخ بعد.
adviser-why-months = { $months ->
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
   *[other] { $months } شهراً
}
adviser-why-days = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
   *[other] { $days } يومًا
}
adviser-why-months-later = { $date } ({ $months } بعد التاريخ المُعطى)
adviser-why-flag-raised = ظهر: { $flag }.
adviser-why-flag-not-raised = لم يظهر: { $flag }.
adviser-why-raised-earlier = أظهرته إجابة سابقة.
adviser-why-after = تأتي بعد { $question }.
adviser-why-otherwise = هذه هي النتيجة عندما لا تنطبق أي من النتائج التي فُحصت قبلها.

## Text a translation does not have yet
adviser-fallback-title = معروض بالإنجليزية لأن الترجمة غير متوفرة
