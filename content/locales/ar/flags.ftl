# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Flag labels (content/flags.json). Advisers and the results page see these.

flag-not-safe = ليس في أمان الآن
flag-no-money-for-food = لا يوجد مال للطعام اليوم
flag-no-settled-home = لا يوجد سكن ثابت
flag-legal-action = رسالة من المحكمة أو من مأموري التنفيذ (bailiffs) أو بشأن الإخلاء
flag-deadline-soon = موعد للتصرف خلال 5 أيام عمل
flag-children-at-home = يعيش أطفال في المنزل
flag-priority-debt = ديون ذات أولوية (priority debts)
flag-non-priority-debt = ديون غير ذات أولوية (non-priority debts)
flag-large-debts = ديون بقيمة £5,000 أو أكثر
flag-benefit-problem = مشكلة في الإعانات (benefits)، أو انتظار الرد على طلب
flag-missing-out-on-benefits = قد تفوته إعانات يحق له الحصول عليها
flag-no-spare-money = لا يبقى مال بعد دفع ثمن الأشياء الضرورية
flag-budgeting = يريد مساعدة ليكفيه ماله مدة أطول
flag-several-needs = عدة مشكلات يؤثر بعضها في بعض
