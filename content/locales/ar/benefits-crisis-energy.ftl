# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Issue 17: benefits, crisis help and energy. Phone numbers use no-break spaces (U+00A0) between digit groups.

today-council-crisis-fund-england = اطلب من المجلس المحلي دفعة أزمة (Crisis Payment) من صندوق الأزمات والصمود (Crisis and Resilience Fund). وهي لتكلفة مفاجئة أو لانخفاض في دخلك. وعادةً ما تدفعها المجالس نقدًا.
step-uc-free-help-england = للمساعدة في طلبك، اتصل مجانًا بمنظمة Citizens Advice على الرقم 0800 144 8848.
step-uc-free-help-wales = للمساعدة في طلبك، اتصل مجانًا بمنظمة Citizens Advice على الرقم 0800 702 2020.
step-deductions-waive = إذا كان سداد المبلغ سيتركك دون ما يكفي للطعام أو الإيجار أو الفواتير، فاطلب من قسم إدارة الديون في وزارة العمل والمعاشات (DWP Debt Management) أن يخفّض الأقساط. وفي بعض الحالات يمكنهم أن يوافقوا على عدم استرداده أبدًا. اشرح كيف يؤثر ذلك عليك وعلى أسرتك.
step-benefits-carer-pension = إذا كنت تحصل على المعاش التقاعدي الحكومي (State Pension)، فقد لا يُدفع لك بدل مقدّم الرعاية (Carer's Allowance) أيضًا. ومع ذلك يستحق أن تطلبه، لأنه قد يضيف مبلغًا إضافيًا لمقدّمي الرعاية إلى ائتمان المعاش (Pension Credit) الذي تحصل عليه.
step-benefits-two-children = منذ أبريل 2026، يشمل الائتمان الشامل (Universal Credit) مبلغًا لكل طفل، وليس للطفلين الأولين فقط. إذا كان لديك 3 أطفال أو أكثر، فتحقّق مما يمكنك الحصول عليه الآن. وقد تستطيع التقديم حتى لو لم تستطع ذلك من قبل.
step-crisis-budgeting-advance = إذا كنت تحصل على الائتمان الشامل (Universal Credit) منذ 6 أشهر أو أكثر، فقد تحصل على سلفة الميزانية (Budgeting Advance) لتكلفة طارئة، مثل موقد طبخ معطّل. وهي قرض تعيده من الدفعات التي تأتي بعدها.
step-energy-no-forced-prepay = لا يجوز لشركة الطاقة أن تفرض عدّادًا مسبق الدفع على بعض المنازل، مثلًا إذا كان أحد يحتاج إلى الكهرباء لأجهزة طبية، أو إذا كان شخص فوق 75 سنة يعيش دون دعم، أو إذا كان في المنزل طفل عمره أقل من سنتين. أخبر شركتك إذا كان هذا ينطبق عليك.
step-energy-power-cut = إذا انقطعت الكهرباء وعدّادك ليس فارغًا، فقد يكون هذا انقطاعًا في الشبكة. اتصل مجانًا على الرقم 105، وسيوصلك بشبكة الكهرباء المحلية.
step-energy-gas-emergency = إذا شممت رائحة غاز، فاتصل مجانًا بخدمة طوارئ الغاز الوطنية (National Gas Emergency Service) على الرقم 0800 111 999.
step-energy-ombudsman = إذا لم تُحلّ شكواك بعد 8 أسابيع، أو أرسلت لك شركة الطاقة رسالة نهائية (deadlock letter)، فيمكنك رفعها إلى أمين المظالم للطاقة (Energy Ombudsman). وهذا مجاني.
service-universal-credit-welsh = الخط الهاتفي الحكومي لتقديم طلب الائتمان الشامل (Universal Credit) باللغة الويلزية.
