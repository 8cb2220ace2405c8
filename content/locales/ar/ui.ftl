# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Interface text. Every id here is listed in src/engine/messages.rs and must exist in every locale.

service-name = Signpost
skip-to-content = انتقل إلى المحتوى الرئيسي

start-title = احصل على مساعدة في همومك المالية
start-lead = أجب عن بعض الأسئلة القصيرة عن مالك وسكنك. سنخبرك بما يمكنك فعله بنفسك، ومن يستطيع مساعدتك.
start-what-you-need = يستغرق ذلك نحو 10 دقائق. من المفيد أن تكون بقربك أي رسائل عن ديونك أو إعاناتك (benefits).
start-what-happens = في النهاية ستحصل على خطوات يمكنك القيام بها اليوم. وإذا كنت تحتاج إلى مساعدة أكثر، فسنخبرك بخدمة النصائح التي يمكنك التواصل معها.
start-privacy = إجاباتك تبقى على هذا الجهاز. لا يُرسَل أي شيء إلينا أو إلى أي جهة أخرى.
start-button = ابدأ الآن
start-continue = تابع من حيث توقفت
start-over = ابدأ من جديد

back = رجوع
continue = متابعة
or = أو
yes = نعم
no = لا
dont-know = لا أعرف
select-all-that-apply = اختر كل ما ينطبق عليك.
money-prefix = £
date-day = اليوم
date-month = الشهر
date-year = السنة
date-hint = مثلًا، 27 3 2026

error-prefix = خطأ:
error-summary-title = هناك مشكلة

check-title = راجع إجاباتك
check-change = تغيير
check-continue = اعرض نتيجتك

outcome-today = ماذا تفعل اليوم
outcome-have-ready = جهّز هذه الأشياء
outcome-steps = الخطوات
outcome-dates = مواعيد يجب التصرف قبلها
deadline-named = { $label }: { $date }
service-example = مثال فقط: هذه ليست خدمة حقيقية

outcome-guides = مساعدة يمكنك استخدامها الآن
outcome-services = من يستطيع المساعدة
outcome-reviewed = تم التحقق من مصادره في { $date }
# Adviser mode: under each step, where its advice comes from (the titles are citations, not translated).
step-source = المصدر:
# A service's text-message contact (Shout: 85258): the number to send a text to.
service-contact-text = أرسل رسالة نصية إلى { $number }
step-source-checked = تم التحقق في { $date }.
outcome-check-answers = راجع إجاباتك أو غيّرها
outcome-start-again = ابدأ من جديد
tier-emergency = احصل على مساعدة الآن
tier-urgent = تصرّف اليوم
tier-referral = يمكن لمستشار أن يساعدك
tier-signpost = يمكن لخدمة أن تساعدك
tier-self-help = يمكنك فعل هذا بنفسك
deadline = آخر موعد للتصرف: { $date }

not-found-title = الصفحة غير موجودة
not-found-body = إذا كتبت عنوان الصفحة بنفسك، فتأكد أنه صحيح.
content-error-title = عذرًا، هناك مشكلة في هذه الخدمة
content-error-body = ما زال بإمكانك الحصول على نصيحة مجانية عبر الهاتف.

footer-privacy = إجاباتك محفوظة على هذا الجهاز فقط.
footer-privacy-shared = إجاباتك محفوظة على هذه الشاشة فقط حتى تنتهي أو تغلق المتصفح. ثم تُحذف.
helplines-title = مساعدة مجانية وسرية
get-help-now-link = احصل على مساعدة الآن
safety-carry-on = تابع الإجابة عن الأسئلة
safety-carry-on-hint = إجاباتك حتى الآن محفوظة على هذا الجهاز.
optional = (اختياري)
check-not-given = لا توجد إجابة

error-choose-one = اختر إجابة
error-choose-at-least-one = اختر إجابة واحدة على الأقل
error-exclusive-combined = لا يمكنك اختيار هذه الإجابة مع أي إجابة أخرى
error-money-missing = أدخل مبلغًا
error-money-format = أدخل مبلغًا بالجنيه والبنس، مثل 120.50
error-money-too-small = يجب أن يكون المبلغ { $limit } أو أكثر
error-money-too-big = يجب أن يكون المبلغ { $limit } أو أقل
error-number-missing = أدخل رقمًا
error-number-format = أدخل عددًا صحيحًا، مثل 2
error-number-too-small = يجب أن يكون الرقم { $limit } أو أكثر
error-number-too-big = يجب أن يكون الرقم { $limit } أو أقل
error-date-missing = أدخل تاريخًا
error-date-missing-day = يجب أن يتضمن التاريخ اليوم
error-date-missing-month = يجب أن يتضمن التاريخ الشهر
error-date-missing-year = يجب أن يتضمن التاريخ السنة
error-date-year = يجب أن تتكون السنة من 4 أرقام
error-date-invalid = يجب أن يكون التاريخ تاريخًا صحيحًا
error-text-missing = أدخل إجابة
error-text-too-long = يجب ألا يزيد عدد حروف إجابتك على { $limit }

# Language: each locale names itself, for the language switch.
language-name = العربية
language-switch-label = اللغة
translation-draft-note = هذه الترجمة قيد المراجعة. إذا كان هناك شيء غير واضح، فاختر اللغة الإنجليزية (English).

# Month names, for dates such as "5 نوفمبر 2026".
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
# How a date is written: $day, $month (the name above) and $year.
date-long = { $day } { $month } { $year }

# How amounts of money are written: separators and where the pound sign goes.
money-decimal-separator = {"."}
money-group-separator = {","}
money-amount = £{ $amount }

# Shown when a new release of the app has been downloaded and waits to take over.
update-title = نسخة جديدة
update-ready = نسخة جديدة من هذه الخدمة جاهزة. ستبقى إجاباتك محفوظة.
update-use = استخدم النسخة الجديدة

# A language chosen in the switch whose text could not be fetched (no connection).
language-load-failed = تعذّر تحميل { $language }. تحقق من اتصالك وحاول مرة أخرى.

# "Listen": reads the page (or a guide) aloud with the device's own voice.
listen-page = استمع إلى هذه الصفحة
listen-guide = استمع إلى هذا الدليل
listen-stop = أوقف الاستماع
