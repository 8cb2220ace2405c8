# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# The referral summary: its page, plain text, email and QR code. Every id here is listed in
# src/engine/messages/summary.rs. Advisers read these lines too, so keep them short and plain.

summary-title = ملخص الإحالة
summary-reference = الرقم المرجعي
summary-created = تاريخ الإنشاء
summary-language = اللغة
summary-outcome = النتيجة
summary-tier = مستوى المساعدة
summary-example = مثال فقط: الخدمات أدناه غير حقيقية. لا تتواصل معها.
summary-example-short = مثال، غير حقيقي
summary-format = الصيغة
summary-tree-version = مجموعة الأسئلة

## Dates
summary-deadlines = مواعيد يجب التصرف قبلها
summary-deadline = موعد يجب التصرف قبله
summary-no-deadlines = لا توجد مواعيد يجب التصرف قبلها.

## Needs and own words
summary-needs = ما يحتاج المساعدة فيه
summary-own-words = أهم ما يشغله الآن، بكلماته هو
summary-answers = إجاباته

## Consent
summary-consent = ما وافق على مشاركته
summary-consent-contact = بيانات التواصل
summary-consent-household-money = الأسرة والمال
summary-consent-health-safety = الصحة والسلامة
summary-shared = تمت مشاركته
summary-not-shared = لم تتم مشاركته
summary-consent-recorded = تاريخ الموافقة

## Contact details
summary-contact = بيانات التواصل
summary-name = الاسم
summary-contact-method = أفضل طريقة للتواصل
summary-method-phone = مكالمة هاتفية
summary-method-text = رسالة نصية
summary-method-email = بريد إلكتروني
summary-phone = الهاتف
summary-email = البريد الإلكتروني
summary-safe-times = أوقات آمنة للتواصل
summary-leave-message = يمكن ترك رسالة
summary-contact-language = لغة المساعدة
summary-access-needs = مساعدة في التواصل
summary-area = مكان السكن

## Household and money
summary-money = الأسرة والمال
summary-other-adults = بالغون آخرون في المنزل
summary-children = أطفال في المنزل
summary-money-month = المال كل شهر
summary-income = الدخل
summary-fixed-costs = تكاليف ثابتة
summary-flexible-costs = تكاليف متغيرة
summary-spending = المصروفات
summary-surplus = المتبقي
summary-shortfall = العجز
summary-income-earnings = أجر العمل
summary-income-benefits = الإعانات (benefits)
summary-income-pensions = المعاشات
summary-income-other-income = دخل آخر
summary-fixed-costs-home-contents = المنزل ومحتوياته
summary-fixed-costs-utilities = الطاقة والمياه
summary-fixed-costs-care-health = الرعاية والصحة
summary-fixed-costs-transport-travel = المواصلات والسفر
summary-fixed-costs-school = تكاليف المدرسة
summary-fixed-costs-pensions-insurances = اشتراكات التقاعد والتأمين
summary-fixed-costs-professional = تكاليف العمل والرسوم
summary-fixed-costs-other-essential = مدفوعات ضرورية أخرى
summary-flexible-costs-communications-leisure = الهاتف والإنترنت والخروج
summary-flexible-costs-food-housekeeping = الطعام والتسوق
summary-flexible-costs-personal = الملابس والأغراض الشخصية
summary-flexible-costs-savings = المدخرات

## Debts
summary-debts = الديون
summary-no-debts = لم تُذكر ديون.
summary-debt-priority = دين ذو أولوية
summary-debt-non-priority = دين ليس ذا أولوية
summary-debt-owed-to = الدائن
summary-debt-arrears = دفعات فائتة
summary-priority-total = مجموع الديون ذات الأولوية
summary-non-priority-total = مجموع الديون الأخرى
summary-debt-total = مجموع كل الديون

## Who can help, and why
summary-members = من يستطيع المساعدة
summary-reason-full = عضو كامل: يتولى الحالات المعقدة والعاجلة
summary-reason-associate = عضو منتسب: يقدم النصيحة في مجاله
summary-reason-affiliate = مجموعة مجتمعية: تقدم دعمًا عمليًا، لا نصيحة في الحالات
summary-reason-needs = يساعد في: { $needs }
summary-reason-area = يعمل في { $area }
summary-reason-area-everywhere = يساعد الناس أينما كانوا يسكنون
summary-reason-area-ignored = لا يوجد عضو يعمل في { $area }، لذلك هذا العضو أبعد
summary-reason-language = يستطيع المساعدة باللغة: { $language }
summary-reason-channel-phone = يمكنك الاتصال بهم هاتفيًا
summary-reason-channel-email = يمكنك مراسلتهم بالبريد الإلكتروني
summary-reason-channel-website = يمكنك التواصل معهم عبر الإنترنت
summary-reason-channel-visit = يمكنك زيارتهم
summary-channel-phone = الهاتف
summary-channel-email = البريد الإلكتروني
summary-channel-website = الموقع الإلكتروني
summary-channel-visit = العنوان

## Email and QR code
summary-email-subject = ملخص الإحالة { $reference }
summary-qr-part = هذا الرمز يحمل جزءًا فقط من الملخص. اعرض الملخص الكامل أو أرسله أيضًا.
