# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Issue 17: new debt types, work and income changes, a Move to Universal Credit
# letter, worry about keeping a home. Sources: content/sources/benefits-move-to-uc.json.

## Questions and options

q-debt-types-logbook-loan = قرض بضمان السيارة (logbook loan)
q-debt-types-logbook-loan-hint = قرض تكون فيه سيارتك أو شاحنتك ملكًا للمُقرض حتى تسدده.
q-debt-types-tax-credit-overpayment = إعانات ضريبية (tax credits) دُفعت لك زيادة عن حقك
q-debt-types-phone-broadband = فواتير الهاتف أو الجوال أو الإنترنت
q-debt-types-benefit-overpayment = إعانات أخرى دُفعت لك زيادة عن حقك
q-debt-types-benefit-overpayment-hint = مثلًا، Universal Credit أو Housing Benefit.
q-debt-types-student-loan = قرض طلابي (student loan)
q-debt-types-parking = مخالفات وقوف السيارات أو رسوم جزائية أخرى (penalty charges)
q-debt-types-parking-hint = مثلًا، بسبب الوقوف أو مسار الحافلات أو رسوم الازدحام.
q-debt-types-guarantor-loan = قرض بكفيل (guarantor loan)
q-debt-types-guarantor-loan-hint = قرض وافق فيه شخص آخر على الدفع إذا لم تستطع أنت.
q-debt-types-hire-purchase-other = الشراء بالتقسيط (hire purchase) لشيء يمكنك الاستغناء عنه
q-debt-types-hire-purchase-other-hint = مثلًا، تلفاز أو جهاز ألعاب.
q-debt-types-illegal-lender = مُرابٍ (loan shark) أو شخص آخر يُقرض المال دون أن يُسمح له بذلك
q-debt-types-illegal-lender-hint = قد يحتفظ ببطاقتك المصرفية أو يضيف رسومًا كبيرة أو يهددك. لن تقع في مشكلة لأنك أخبرتنا.
q-debt-types-other = شيء آخر
q-debt-types-other-hint = يمكن لمستشار أن يساعدك في معرفة نوع هذا الدين.

q-income-change-self-employed-drop = أعمل لحسابي الخاص وأكسب أقل الآن
q-income-change-self-employed-drop-hint = مثلًا، لديك عمل أقل، أو ارتفعت تكاليفك.

q-benefit-problems-move-to-uc = وصلتني رسالة تطلب مني الانتقال إلى Universal Credit
q-benefit-problems-move-to-uc-hint = تذكر الرسالة تاريخًا يجب تقديم الطلب قبله.
q-move-to-uc-date = ما آخر موعد لتقديم الطلب المذكور في الرسالة؟
q-move-to-uc-date-hint = إنه آخر يوم لتقديم طلب Universal Credit. مثلًا، 27 10 2026.
deadline-move-to-uc = آخر يوم لتقديم طلب Universal Credit (التاريخ في رسالتك)

## Flags

flag-illegal-lender = اقترض من مُرابٍ أو من مُقرض غير مسموح له بالإقراض
flag-move-to-uc = لديه رسالة للانتقال إلى Universal Credit قبل موعد محدد
flag-logbook-loan = لديه قرض بضمان مركبته (logbook loan)
flag-home-worry = قلق من فقدان منزله، رغم أنه غير متأخر في الدفع ولم يُطلب منه المغادرة
flag-other-debt = لديه نوع آخر من الديون: تحقق هل هو دين ذو أولوية
flag-water-debt = متأخر في دفع فواتير المياه
flag-bereavement = توفي شخص قريب منه خلال السنة الماضية
flag-student = طالب

## Outcomes

o-act-today-move-to-uc = قدّم طلب Universal Credit اليوم
o-act-today-move-to-uc-summary = التاريخ المذكور في رسالتك قريب جدًا أو قد مضى. تتوقف إعاناتك القديمة بعد ذلك التاريخ. قدّم طلب Universal Credit اليوم حتى يستمر وصول المال إليك.
o-keep-your-home = احصل على المساعدة مبكرًا للحفاظ على منزلك
o-keep-your-home-summary = لست متأخرًا في الدفع بعد، لذلك لديك خيارات أكثر الآن. يمكن أن يساعدك المُقرض أو المالك والمجلس المحلي والمستشارون المجانيون.

step-keep-home-mortgage = إذا كان لديك رهن عقاري، تحدث إلى المُقرض الآن قبل أن تفوتك دفعة. اسأله كيف يمكنه تخفيض دفعاتك لفترة، مثلًا بإطالة مدة الرهن.

## Guide

guide-move-to-uc = رسالة تطلب منك الانتقال إلى Universal Credit
guide-move-to-uc-summary = إعاناتك القديمة ستنتهي. قدّم طلب Universal Credit قبل التاريخ المذكور في الرسالة حتى يستمر حصولك على المال.
today-move-to-uc-claim = قدّم طلب Universal Credit قبل التاريخ المذكور في رسالتك. يمكنك التقديم عبر الإنترنت على GOV.UK، أو الاتصال بخط مساعدة Universal Credit إذا لم تستطع. تتوقف إعاناتك القديمة بعد ذلك التاريخ.
step-move-to-uc-extra = إذا قدّمت الطلب قبل التاريخ المذكور في الرسالة، فقد تحصل على مبلغ إضافي حتى لا يقل دخلك في البداية. يُسمى هذا transitional protection. وقد ينخفض مع الوقت.
step-move-to-uc-more-time = إذا لم تستطع التقديم في الوقت المحدد، فاطلب من DWP وقتًا إضافيًا قبل التاريخ المذكور في رسالتك. اتصل بالرقم الموجود في الرسالة واشرح السبب، مثلًا أنك مريض أو في المستشفى.
step-move-to-uc-missed = إذا مضى التاريخ، قدّم طلب Universal Credit فورًا واحصل على مشورة مجانية. قد تحصل على المبلغ الإضافي إذا قدّمت الطلب بعد التاريخ بوقت قصير.
