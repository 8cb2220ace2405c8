# Review status: draft (machine-assisted; needs an Arabic reviewer)
# الصفحة التي يفتح فيها عضو في الاتحاد ملخص إحالة يسلّمه له شخص
# (/open-a-referral، لا رابط لها من رحلة الشخص). المعرّفات في
# src/engine/messages/open_referral.rs.

open-title = فتح ملخص إحالة
open-lead = لأعضاء اتحاد تقديم المشورة الذين ليس لديهم نظام لإدارة الحالات. افتح الملخص الذي يعطيك إياه الشخص: الملف الذي نزّله، أو النص الذي يظهره رمز QR الخاص به.
open-private = لا يُرسَل أي شيء إلى أي مكان ولا يُحفَظ أي شيء على هذا الجهاز. عندما تغلق الملخص، يختفي.
open-file-heading = فتح ملف تم تنزيله
open-file-label = ملف ملخص الإحالة
open-file-hint = ملف .json باسم مثل referral-SP-4K7M-Q2XD.json
open-file-button = فتح الملف
open-text-heading = لصق النص من رمز QR
open-text-label = النص من رمز QR
open-text-hint = امسح رمز QR الخاص بالشخص بكاميرا هاتفك، وانسخ النص الذي يظهره والصقه هنا. يبدأ النص بـ SIGNPOST/1. يمكنك أيضًا لصق نص ملف .json.
open-text-button = فتح النص

open-error-no-file = اختر ملف ملخص إحالة
open-error-empty-file = الملف المختار فارغ
open-error-no-text = الصق النص من رمز QR
open-error-too-large-file = يجب أن يكون الملف المختار أصغر من { $size }
open-error-too-large-text = يجب أن يكون النص أقصر من { $size }
open-error-not-text = الملف المختار ليس ملخص إحالة: إنه ليس ملفًا نصيًا
open-error-not-json = هذا ليس ملخص إحالة: في JSON الخاص به خطأ في السطر { $line }، العمود { $column }
open-error-not-signpost-file = الملف المختار ليس ملخص إحالة من Signpost. اختر ملف .json الذي نزّله الشخص
open-error-not-signpost-text = هذا ليس نص رمز QR من Signpost. يبدأ النص بـ SIGNPOST/1
open-error-newer = هذا الملخص صُنع بإصدار أحدث من Signpost: الإصدار { $version }. هذه الصفحة تقرأ الإصدار 1. اطلب من الشخص الملخص المطبوع، أو استخدم نسخة أحدث من هذه الصفحة
open-error-bad-version = يقول هذا الملخص إنه الإصدار "{ $version }"، وهذا ليس إصدارًا من Signpost
open-error-field = جزء من هذا الملخص خاطئ أو مفقود: { $field } ({ $problem })
open-error-qr-line = السطر { $line } من النص ليس بالشكل KEY:value: { $text }
open-error-qr-value = في السطر { $line } من النص، { $key }، قيمة لا تستطيع هذه الصفحة قراءتها: { $value }
open-error-qr-missing = لا يوجد في النص سطر { $key }. امسح رمز QR مرة أخرى وانسخ كل نصه

open-opened-caption = ملخص إحالة
open-from-file = تم فتحه من ملف.
open-from-qr = تم فتحه من نص رمز QR. يحمل رمز QR رموزًا وتفاصيل باللغة الإنجليزية فقط، وليس بلغة الشخص.
open-languages = التسميات بلغة الشخص ({ $language })، والإنجليزية بين قوسين.
open-newer = هذا الملخص صُنع بإصدار أحدث من Signpost ({ $version }). لا يظهر هنا أي شيء أضافه ذلك الإصدار.
open-reasons-left-out = بعض أسباب اقتراح خدمة لا تظهر، لأن هذه الصفحة لا تستطيع قراءتها.
open-qr-part = هذا جزء فقط من الملخص: كان رمز QR ممتلئًا. اطلب من الشخص الملخص الكامل (النسخة المطبوعة أو الملف أو البريد الإلكتروني).
open-dates-heading = تواريخ يجب التصرف قبلها
open-days-today = اليوم
open-days-ahead = { $days ->
    [zero] بعد { $days } يوم
    [one] بعد يوم واحد
    [two] بعد يومين
    [few] بعد { $days } أيام
    [many] بعد { $days } يومًا
   *[other] بعد { $days } يوم
}
open-days-past = { $days ->
    [zero] قبل { $days } يوم
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $days } أيام
    [many] قبل { $days } يومًا
   *[other] قبل { $days } يوم
}
open-example-member = مثال – غير موجود، لا تتصل به
open-withheld = لم تتم مشاركته
open-unknown-member = (ليس في قائمة الخدمات في هذه النسخة)
open-close = إغلاق هذه الإحالة
open-closed = تم إغلاق ملخص الإحالة. لا يُحفَظ أي شيء منه على هذا الجهاز.
open-staff-link = فتح ملخص إحالة أعطاك إياه شخص ما
