# Review status: draft (machine-assisted; needs an Arabic reviewer).

handoff-title = ملخص الإحالة الخاص بك
handoff-lead = أعطِ هذا الملخص لمستشار في إحدى المنظمات أدناه. عندها يمكنهم مساعدتك دون أن يسألوك كل شيء مرة أخرى.
handoff-on-device = ملخصك موجود على هذا الجهاز فقط. لم يُرسل أي شيء إلى أي أحد. أنت تختار كيف تشاركه.
handoff-share = شارك ملخصك
handoff-print = اطبع
handoff-download-json = نزّله للمستشار (ملف JSON)
handoff-download-text = نزّله كنص
handoff-copy = انسخ النص
handoff-copied = تم نسخ الملخص. يمكنك لصقه في رسالة.
handoff-copy-failed = تعذّر نسخ الملخص. جرّب «نزّله كنص» بدلاً من ذلك.
handoff-email = اكتب بريدًا إلكترونيًا بملخصك
handoff-email-hint = يفتح هذا تطبيق البريد الخاص بك. لا يُرسل شيء حتى ترسله أنت. فيه فقط التفاصيل التي وافقت على مشاركتها.
handoff-qr = خذه على هاتفك
handoff-qr-hint = امسح هذا الرمز بكاميرا هاتفك. ينتقل نص الملخص إلى هاتفك. لا يُرسل إلى أي مكان.
handoff-qr-label = رمز QR يحمل ملخص الإحالة الخاص بك
handoff-about = عن هذه الإحالة
