# Review status: draft (machine-assisted; needs an Arabic reviewer)
# الخروج السريع، و«البقاء آمنًا على الإنترنت»، ومتابعة الإجابات المحفوظة، و«احذف إجاباتي».

## The "Exit this page" button at the top of every page
exit-button-hidden = طوارئ:
exit-button = اخرج من هذه الصفحة
exit-shortcut-hint = أو اضغط مفتاح Esc مرتين
exit-shortcut-armed = اضغط Esc مرة أخرى للخروج من هذه الصفحة.
exit-staying-safe-link = البقاء آمنًا على الإنترنت

## The "Staying safe online" page
safe-title = البقاء آمنًا على الإنترنت
safe-lead = إذا كنت قلقًا من أن يرى أحد ما تفعله على هذا الموقع، فقد تساعدك هذه النصائح.
safe-exit-heading = مغادرة هذا الموقع بسرعة
safe-exit-body = اختر «{ $button }» في أعلى أي صفحة. وعلى لوحة المفاتيح يمكنك أيضًا الضغط على مفتاح Esc مرتين.
safe-exit-does = يقوم هذا الزر بأمرين:
safe-exit-deletes = يحذف إجاباتك من هذا الجهاز
safe-exit-replaces = يفتح موقعًا عاديًا، مثل صفحة الطقس، مكان هذه الصفحة، فلا يعيدك زر الرجوع إلى هنا
safe-limits-heading = ما لا يستطيع الخروج السريع إخفاءه
safe-limits-history = قد يظل سجل المتصفح يُظهر أنك زرت هذا الموقع من قبل.
safe-limits-tabs = تُغلق أيضًا علامات تبويب Signpost الأخرى في هذا المتصفح. تبقى علامات التبويب أو النوافذ الخاصة بالمواقع الأخرى مفتوحة.
safe-limits-watching = لا يستطيع أن يمنع أحدًا من رؤية شاشتك وأنت تستخدمها.
safe-limits-device = لا يحذف الملفات التي نزّلتها أو طبعتها، ولا رسائل البريد الإلكتروني والرسائل التي أرسلتها.
safe-limits-monitor = في بعض الهواتف والحواسيب تطبيقات تسجّل ما تفعله. إذا ظننت أن جهازك فيه شيء كهذا، فاستخدم جهازًا لا يصل إليه ذلك الشخص، مثل هاتف صديق أو حاسوب في مكتبة عامة.
safe-private-heading = استخدم نافذة خاصة
safe-private-body = النافذة الخاصة لا تحفظ الصفحات التي تزورها في السجل. اسمها «Incognito» في Chrome، و«InPrivate» في Edge، و«Private» في Safari وFirefox. أغلقها عندما تنتهي.
safe-history-heading = امسح السجل
safe-history-body = في إعدادات المتصفح، ابحث عن «السجل» (History) أو «الخصوصية» (Privacy). ثم اختر مسح السجل لآخر ساعة أو آخر يوم.
safe-history-suspicious = إذا كان أحد يفحص جهازك، فقد يثير السجل الفارغ شكّه. يمكنك بدلًا من ذلك أن تحذف صفحات هذا الموقع فقط.
safe-help-heading = إذا لم تكن في أمان
safe-help-body = إذا كنت في خطر الآن، فاتصل بالرقم 999. إذا لم تستطع الكلام، فاتصل من هاتف محمول واضغط 55 عندما يُطلب منك ذلك. ومن الهاتف الأرضي، ابقَ على الخط: إذا لم يسمع موظف الاتصال إلا ضجيجًا، فسيحوّل مكالمتك إلى الشرطة.
safe-help-link = اعرف من يستطيع مساعدتك الآن

## Carrying on with saved answers (the start page)
resume-heading = تابع من حيث توقفت، أو ابدأ من جديد
resume-saved-now = أجبت عن بعض الأسئلة قبل لحظات.
resume-saved-minutes = { $count ->
    [one] أجبت عن بعض الأسئلة قبل دقيقة.
    [two] أجبت عن بعض الأسئلة قبل دقيقتين.
    [few] أجبت عن بعض الأسئلة قبل { $count } دقائق.
   *[other] أجبت عن بعض الأسئلة قبل { $count } دقيقة.
}
resume-saved-hours = { $count ->
    [one] أجبت عن بعض الأسئلة قبل ساعة.
    [two] أجبت عن بعض الأسئلة قبل ساعتين.
    [few] أجبت عن بعض الأسئلة قبل { $count } ساعات.
   *[other] أجبت عن بعض الأسئلة قبل { $count } ساعة.
}
resume-saved-days = { $count ->
    [one] أجبت عن بعض الأسئلة قبل يوم.
    [two] أجبت عن بعض الأسئلة قبل يومين.
    [few] أجبت عن بعض الأسئلة قبل { $count } أيام.
    [many] أجبت عن بعض الأسئلة قبل { $count } يومًا.
   *[other] أجبت عن بعض الأسئلة قبل { $count } يوم.
}
resume-continue = تابع

## The one-sentence notice after reading saved answers
restored-title = مهم
restored-dropped = { $count ->
    [one] تغيّرت بعض الأسئلة منذ زيارتك الأخيرة، لذلك حذفنا إجابة واحدة من إجاباتك.
    [two] تغيّرت بعض الأسئلة منذ زيارتك الأخيرة، لذلك حذفنا إجابتين من إجاباتك.
    [few] تغيّرت بعض الأسئلة منذ زيارتك الأخيرة، لذلك حذفنا { $count } إجابات من إجاباتك.
   *[other] تغيّرت بعض الأسئلة منذ زيارتك الأخيرة، لذلك حذفنا { $count } إجابة من إجاباتك.
}
restored-corrupted = لم نتمكن من قراءة الإجابات المحفوظة على هذا الجهاز، لذلك ستبدأ من جديد.
restored-referral-corrupted = لم نتمكن من قراءة التفاصيل المحفوظة على هذا الجهاز للمستشار (مثل طريقة التواصل معك وأموالك وديونك). يرجى إدخالها مرة أخرى عندما تصل إليها.

## When another tab or window of the same browser changed the saved answers
other-tab-title = مهم
other-tab-changed = تم تغيير إجاباتك في علامة تبويب أو نافذة أخرى.
other-tab-choose = توقفت هذه الصفحة عن الحفظ حتى لا يُكتب فوق أي شيء. اختر الإجابات التي تريد الاحتفاظ بها.
other-tab-use-latest = استخدم الإجابات من علامة التبويب الأخرى
other-tab-keep-these = احتفظ بالإجابات الموجودة في هذه الصفحة

## When the answers cannot be saved on the device (storage full or turned off)
save-problem-title = مهم
save-problem-not-saved = لا يتم حفظ إجاباتك على هذا الجهاز.
save-problem-what-to-do = يمكنك المتابعة. إذا أغلقت هذه الصفحة أو أعدت تحميلها، ستضيع إجاباتك. قد يكون الجهاز ممتلئًا، أو قد يكون الحفظ متوقفًا.

## "Delete my answers"
footer-delete-link = احذف إجاباتي
delete-title = هل أنت متأكد أنك تريد حذف إجاباتك؟
delete-what = سيُحذف من هذا الجهاز:
delete-what-answers = إجاباتك عن الأسئلة
delete-what-referral = كل ما أعطيتنا إياه من أجل المستشار، مثل طريقة التواصل معك ومعلومات عن مالك
delete-what-language = اللغة التي اخترتها
delete-cannot-undo = لن تستطيع استعادتها.
delete-confirm = نعم، احذف إجاباتي
delete-cancel = لا، احتفظ بإجاباتي
delete-done-title = حُذفت إجاباتك
delete-done-body = لم يعد أي شيء أدخلته محفوظًا على هذا الجهاز.
delete-done-start = ابدأ من جديد
