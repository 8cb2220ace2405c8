# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Questions and their options (content/tree/*.json).
# Plain language, simple words. One question per page. Hints only where they help.

## safe-now
q-safe-now = هل أنت في أمان الآن؟
q-safe-now-hint = سنريك فورًا من يستطيع مساعدتك. إذا كان شخص قريب منك يؤذيك، يمكنك بعد ذلك أن تتابع هنا للحصول على مساعدة في المال وفي منزلك.
q-safe-now-yes = نعم، أنا في أمان
q-safe-now-no = لا. أنا في خطر الآن، أو قد أؤذي نفسي
q-safe-now-abuse = لا. شخص قريب مني يؤذيني أو يخيفني أو يتحكم بي
q-safe-now-abuse-hint = مثلًا، شريك حياتك، أو شريك سابق، أو أحد أفراد عائلتك. ويشمل هذا التحكم في مالك.
q-safe-now-dont-know = لست متأكدًا

## food-today
q-food-today = هل لديك مال للطعام والتدفئة للأيام القليلة القادمة؟
q-food-today-hint = فكّر في اليوم وفي الأيام القليلة القادمة، وفي كل من يعيش معك.

## energy-today
q-energy-today = هل الغاز أو الكهرباء مقطوعة عندك الآن، أو نفد الرصيد في عدّادك؟
q-energy-today-hint = اختر «نعم» إذا لم تكن لديك اليوم تدفئة أو إضاءة أو طريقة للطبخ بسبب المال.

## home
q-home = أيّ مما يلي يصف سكنك أفضل وصف؟
q-home-own-outright = أملك منزلي ودفعت ثمنه كاملًا
q-home-mortgage = أملك منزلي وأدفع أقساط قرض رهن عقاري (mortgage)
q-home-private-rent = أستأجر من مالك خاص (private landlord)
q-home-social-rent = أستأجر من المجلس المحلي (council) أو من جمعية إسكان (housing association)
q-home-social-rent-hint = يُسمّى هذا أحيانًا السكن الاجتماعي (social housing).
q-home-family-friends = أعيش مع العائلة أو الأصدقاء
q-home-no-settled-home = ليس لدي سكن ثابت
q-home-no-settled-home-hint = مثلًا، تنام على أريكة عند شخص ما، أو في نُزُل (hostel)، أو في الشارع.
q-home-other = مكان آخر

## somewhere-tonight
q-somewhere-tonight = هل لديك مكان آمن تنام فيه الليلة؟

## main-worry
q-main-worry = ما أكثر شيء يقلقك الآن؟
q-main-worry-hint = اختر شيئًا واحدًا. وسنسألك عن الباقي أيضًا.
q-main-worry-debts = الديون التي عليّ
q-main-worry-benefits = الإعانات (benefits)، أو أن المال الذي يدخل إليّ لا يكفي
q-main-worry-bills = دفع فواتير الغاز أو الكهرباء أو الماء
q-main-worry-home = الحفاظ على منزلي
q-main-worry-budget = أن يكفيني مالي
q-main-worry-something-else = شيء آخر

## adults
q-adults = كم شخصًا بالغًا آخر يعيش معك؟
q-adults-hint = لا تحسب نفسك. احسب الأشخاص الذين عمرهم 18 سنة أو أكثر. أدخل 0 إذا كنت تعيش وحدك أو مع أطفال فقط.

## children
q-children = كم طفلًا يعيش معك؟
q-children-hint = احسب الأطفال دون 16 سنة. واحسب أيضًا الشباب دون 20 سنة الذين ما زالوا في المدرسة أو الكلية. أدخل 0 إذا لم يكن هناك أحد.

## children-ages
q-children-ages = كم عمر الأطفال؟
q-children-ages-hint = اختر كل الأعمار التي تنطبق.
q-children-ages-under-1 = أقل من سنة واحدة
q-children-ages-1-to-4 = من 1 إلى 4 سنوات
q-children-ages-5-to-10 = من 5 إلى 10 سنوات
q-children-ages-11-to-15 = من 11 إلى 15 سنة
q-children-ages-16-to-19 = من 16 إلى 19 سنة
q-children-ages-16-to-19-hint = ما زالوا في المدرسة أو الكلية.

## pregnant
q-pregnant = هل في منزلك من هي حامل؟

## health
q-health = هل لدى أي شخص في منزلك شيء مما يلي؟
q-health-hint = وهذا يشملك أنت أيضًا. اختر كل ما ينطبق.
q-health-disability = إعاقة
q-health-long-term-illness = مرض يستمر مدة طويلة
q-health-mental-health = مشكلة في الصحة النفسية، مثل الاكتئاب أو القلق
q-health-medical-equipment = أجهزة طبية تعمل بالكهرباء
q-health-medical-equipment-hint = مثلًا، جهاز أكسجين في المنزل، أو كرسي كهربائي لصعود الدرج (stair lift)، أو ثلاجة للأدوية.
q-health-none = لا شيء مما سبق

## carer
q-carer = هل تعتني بشخص مريض، أو من ذوي الإعاقة، أو كبير في السن؟
q-carer-hint = هذا ليس عملًا مدفوع الأجر. قد يكون فردًا من العائلة، أو شريك حياتك، أو صديقًا.

## pension-age
q-pension-age = هل بلغت أنت أو شريك حياتك سن المعاش التقاعدي الحكومي (State Pension age)؟

## work
q-work = أيّ مما يلي يشبه وضعك أكثر؟
q-work-hint = إذا كان لديك شريك حياة، فاختر ما ينطبق عليك أنت.
q-work-employed = أعمل، وساعات عملي ثابتة
q-work-hours-vary = أعمل، لكن ساعات عملي تتغير أو قليلة
q-work-self-employed = أعمل لحسابي الخاص (self-employed)
q-work-looking = أبحث عن عمل
q-work-too-ill = لا أستطيع العمل بسبب المرض أو الإعاقة
q-work-caring = لا أستطيع العمل لأنني أعتني بشخص ما
q-work-retired = تقاعدت
q-work-student = أنا طالب
q-work-other = شيء آخر

## business-debts
q-business-debts = هل عليك ديون بسبب عملك؟
q-business-debts-hint = مثلًا، لمورّدين، أو ضريبة العقارات التجارية (business rates)، أو ضريبة على ما تكسبه.

## income-change
q-income-change = في السنة الماضية، هل حدث لك أي مما يلي؟
q-income-change-hint = اختر كل ما ينطبق.
q-income-change-job-loss = فقدت عملي، أو خُفّضت ساعات عملي
q-income-change-illness = مرضت أو تعرّضت لإصابة
q-income-change-bereavement = تُوفّي شخص قريب مني
q-income-change-separation = انفصلت عن شريك حياتي
q-income-change-new-baby = رُزقت بمولود
q-income-change-benefit-stopped = توقفت إعانة أو انخفضت
q-income-change-none = لا شيء مما سبق

## benefits-now
q-benefits-now = أيّ مما يلي تحصل عليه الآن؟
q-benefits-now-hint = اختر كل ما تحصل عليه أنت أو شريك حياتك.
q-benefits-now-universal-credit = الائتمان الشامل (Universal Credit)
q-benefits-now-pension-credit = ائتمان المعاش (Pension Credit)
q-benefits-now-council-tax-reduction = تخفيض ضريبة المجلس المحلي (Council Tax Reduction)
q-benefits-now-council-tax-reduction-hint = مساعدة من المجلس المحلي لدفع ضريبة المجلس المحلي (Council Tax).
q-benefits-now-pip = دفعة الاستقلال الشخصي (Personal Independence Payment, PIP)
q-benefits-now-pip-hint = أو بدل المعيشة للإعاقة (Disability Living Allowance).
q-benefits-now-attendance-allowance = بدل الرعاية (Attendance Allowance)
q-benefits-now-carers-allowance = بدل مقدّم الرعاية (Carer's Allowance)
q-benefits-now-child-benefit = إعانة الأطفال (Child Benefit)
q-benefits-now-esa-jsa = بدل التوظيف والدعم (Employment and Support Allowance, ESA) أو بدل الباحث عن عمل (Jobseeker's Allowance, JSA)
q-benefits-now-housing-benefit = إعانة السكن (Housing Benefit)
q-benefits-now-state-pension = المعاش التقاعدي الحكومي (State Pension)
q-benefits-now-none = لا شيء مما سبق
q-benefits-now-not-sure = لست متأكدًا

## benefit-problems
q-benefit-problems = هل يحدث أي من هذا مع إعاناتك؟
q-benefit-problems-hint = اختر كل ما ينطبق.
q-benefit-problems-decision-wrong = رُفض طلب، أو أُوقفت إعانة أو خُفّضت، وأظن أن هذا خطأ
q-benefit-problems-decision-wrong-hint = مثلًا، لم تحصل على دفعة الاستقلال الشخصي (PIP)، أو انخفض مبلغ الائتمان الشامل (Universal Credit) الذي تحصل عليه.
q-benefit-problems-sanction = فُرضت عليّ عقوبة (sanction)
q-benefit-problems-deductions = يُقتطع مال من إعاناتي
q-benefit-problems-deductions-hint = مثلًا، لسداد سلفة (advance)، أو إيجار متأخر، أو غرامة.
q-benefit-problems-overpayment = قيل لي إنني حصلت على مال أكثر مما يحق لي
q-benefit-problems-waiting = قدّمت طلبًا وأنتظر أول دفعة
q-benefit-problems-none = لا شيء مما سبق

## decision-date
q-decision-date = ما التاريخ المكتوب على رسالة القرار؟
q-decision-date-hint = تجده في أعلى الرسالة. بالنسبة إلى الائتمان الشامل (Universal Credit)، أدخل تاريخ الرسالة في سجلك الإلكتروني (journal). إذا لم تجده، فأدخل أبكر تاريخ ممكن. مثلًا، 27 10 2026.

## debt-types
q-debt-types = هل تأخرت في دفع أي من هذه؟
q-debt-types-hint = اختر كل ما ينطبق. لا بأس إن لم تكن متأكدًا من المبالغ.
q-debt-types-rent = الإيجار
q-debt-types-mortgage = قرض الرهن العقاري (mortgage)، أو قرض مضمون بمنزلك (secured loan)
q-debt-types-ground-rent = إيجار الأرض (ground rent) أو رسوم الخدمات (service charges)
q-debt-types-council-tax = ضريبة المجلس المحلي (Council Tax)
q-debt-types-energy = فواتير الغاز أو الكهرباء
q-debt-types-tv-licence = رخصة التلفزيون (TV Licence)
q-debt-types-court-fines = غرامات من محكمة الصلح (magistrates' court)
q-debt-types-tax = ضريبة الدخل (Income Tax) أو ضريبة القيمة المضافة (VAT) أو التأمين الوطني (National Insurance)
q-debt-types-child-maintenance = نفقة الأطفال (child maintenance)
q-debt-types-hire-purchase = الشراء بالتقسيط (hire purchase) لشيء تحتاجه
q-debt-types-hire-purchase-hint = مثلًا، سيارة تحتاجها للذهاب إلى العمل.
q-debt-types-cards = بطاقات الائتمان (credit cards) أو بطاقات المتاجر (store cards)
q-debt-types-catalogues = الشراء من الكتالوجات (catalogues)
q-debt-types-loans = القروض الشخصية
q-debt-types-overdraft = السحب على المكشوف (overdraft)
q-debt-types-payday-bnpl = قروض يوم الراتب (payday loans) أو «اشترِ الآن وادفع لاحقًا» (buy now pay later)
q-debt-types-family-friends = مال اقترضته من العائلة أو الأصدقاء
q-debt-types-water = فواتير المياه
q-debt-types-none = لا شيء مما سبق

## debt-total
q-debt-total = كم عليك من الديون في المجموع تقريبًا؟
q-debt-total-hint = اجمع كل ديونك. المبلغ التقريبي يكفي. لا تحسب قرض الرهن العقاري (mortgage)، لكن احسب أي دفعات منه فاتتك.

## urgent-problems
q-urgent-problems = هل يحدث لك أي من هذا الآن؟
q-urgent-problems-hint = اختر كل ما ينطبق.
q-urgent-problems-bailiffs = جاء مأمورو التنفيذ (bailiffs)، أو وصلتني رسالة تقول إنهم سيأتون
q-urgent-problems-court-papers = وصلتني أوراق من المحكمة
q-urgent-problems-court-papers-hint = مثلًا، استمارة دعوى (claim form)، أو استدعاء إلى المحكمة (summons)، أو رسالة عن جلسة.
q-urgent-problems-eviction = قيل لي أن أغادر منزلي، أو لدي موعد للإخلاء
q-urgent-problems-energy-off = الغاز أو الكهرباء مقطوعة عندي، أو نفد الرصيد في عدّادي
q-urgent-problems-warrant = أرسلت المحكمة أمرًا (warrant)
q-urgent-problems-warrant-hint = مثلًا، أمرًا باسترداد منزلك، أو بالقبض عليك بسبب غرامة.
q-urgent-problems-bank-money-taken = أُخذ مال من حسابي البنكي لسداد دين
q-urgent-problems-none = لا شيء مما سبق

## bailiff-date
q-bailiff-date = متى سيأتي مأمورو التنفيذ (bailiffs)؟

## court-date
q-court-date = ما أبكر تاريخ مكتوب على أوراق المحكمة؟

## eviction-date
q-eviction-date = في أي تاريخ سيأتي مأمورو التنفيذ (bailiffs) لإخلائك من منزلك؟
q-eviction-date-hint = تجده في الرسالة التي وصلتك من مأموري التنفيذ. مثلًا، 27 11 2026.

## energy-meter
q-energy-meter = كيف تدفع ثمن الغاز والكهرباء؟
q-energy-meter-bills = تصلني فاتورة
q-energy-meter-bills-hint = ويشمل هذا الدفع بالخصم المباشر (Direct Debit).
q-energy-meter-prepayment = أشحن عدّادًا بالرصيد
q-energy-meter-prepayment-hint = يُسمّى هذا عدّادًا مسبق الدفع (prepayment meter). قد تستخدم مفتاحًا أو بطاقة أو تطبيقًا.
q-energy-meter-in-rent = ثمنهما مشمول في إيجاري
q-energy-meter-dont-know = لا أعرف

## priority-register
q-priority-register = هل أنت على قائمة شركة الطاقة للأشخاص الذين يحتاجون إلى مساعدة إضافية؟
q-priority-register-hint = تُسمّى سجل الخدمات ذات الأولوية (Priority Services Register)، وهي مجانية. مثلًا، يحذّرونك قبل انقطاع الكهرباء.

## money-left
q-money-left = هل يبقى لديك أي مال كل شهر بعد دفع ثمن الأشياء التي تحتاجها؟
q-money-left-hint = الأشياء التي تحتاجها هي السكن والطعام والغاز والكهرباء والذهاب إلى العمل.
q-money-left-some-left = نعم، يبقى بعض المال
q-money-left-nothing-left = لا، كله يذهب على الأشياء التي أحتاجها
q-money-left-not-enough = لا، لا يكفي للأشياء التي أحتاجها
q-money-left-not-sure = لست متأكدًا

## talk-preference
q-talk-preference = كيف تحب أن تحصل على المساعدة؟
q-talk-preference-self = أحب أن أحل الأمر بنفسي، مع بعض النصائح
q-talk-preference-talk = أفضّل أن أتحدث مع شخص ما
q-talk-preference-either = أيّ منهما يناسبني

## support-needs
q-support-needs = هل يمكن لأي من هذا أن يسهّل الأمور عليك؟
q-support-needs-hint = اختر كل ما ينطبق. سنخبر الأشخاص الذين يساعدونك.
q-support-needs-reading = مساعدة في القراءة أو في ملء الاستمارات
q-support-needs-language = مساعدة بلغة غير الإنجليزية
q-support-needs-online = مساعدة لأنني أجد صعوبة في استخدام الإنترنت
q-support-needs-sight-hearing = مساعدة لأنني أجد صعوبة في الرؤية أو السمع
q-support-needs-none = لا شيء مما سبق

## help-most
q-help-most = بكلمات قليلة، ما أكثر شيء يمكن أن يساعدك؟
q-help-most-hint = مثلًا، «خطة لدفع إيجاري» أو «مساعدة في استمارة إعانات». من فضلك لا تكتب أسماء أو أرقام حسابات.

## deadlines (the results page names each date)
deadline-reconsideration = آخر يوم لطلب إعادة النظر في القرار
deadline-bailiffs = زيارة مأموري التنفيذ (bailiffs)
deadline-court = التاريخ المكتوب على أوراق المحكمة
deadline-eviction = التاريخ الذي سيأتي فيه مأمورو التنفيذ لإخلائك
