# Review status: draft (machine-assisted; needs an Arabic reviewer)
# وضع الكشك: تحذير عدم النشاط، و"إنهاء ومسح"، وصفحة الموظفين التي تعرض أرقام الطلب
# المجهولة الهوية.

kiosk-idle-title = هل ما زلت تستخدم هذه الشاشة؟
kiosk-idle-body = هذه الشاشة مشتركة. إذا لم يستخدمها أحد، ستُحذف إجاباتك حتى لا يراها الشخص التالي. ثم ستبدأ من جديد.
kiosk-idle-countdown = الثواني المتبقية: { $seconds }
kiosk-idle-stay = ما زلت هنا
kiosk-idle-clear = إنهاء ومسح الآن

kiosk-finish-title = هل انتهيت؟
kiosk-finish-body = عندما تطبع أو تمسح ضوئيًا ما تحتاجه، امسح الشاشة. هذا يحذف إجاباتك حتى لا يراها الشخص التالي.
kiosk-finish = إنهاء ومسح
kiosk-print = اطبع هذه الصفحة

staff-title = أرقام الطلب من هذا الكشك
staff-lead = هذه أعداد، وليست سجلات عن أشخاص. تُظهر لكل يوم عدد الأشخاص الذين وصلوا إلى كل مستوى من المساعدة، والاحتياجات التي ظهرت.
staff-what-is-kept = لا تُحفظ أي إجابات ولا أي أوقات، بل اليوم فقط. تُحذف الأرقام التي مضى عليها أكثر من 400 يوم تلقائيًا.
staff-none = لا توجد أرقام على هذا الجهاز. الكشك وحده يحتفظ بها.
staff-table-caption = عدد الأشخاص حسب اليوم ومستوى المساعدة
staff-date = اليوم
staff-top-needs = أكثر الاحتياجات شيوعًا
staff-need-count = { $need }: { $count }
staff-download = تنزيل الأرقام (CSV)
staff-delete = حذف الأرقام
staff-delete-title = هل أنت متأكد أنك تريد حذف كل الأرقام؟
staff-delete-body = نزّلها أولًا إذا كنت تحتاجها. لا يمكنك استعادتها.
staff-delete-yes = نعم، احذف الأرقام
staff-delete-no = لا، احتفظ بها
staff-deleted = حُذفت الأرقام.
