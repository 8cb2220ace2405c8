# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Phone numbers here use no-break spaces (U+00A0) between digit groups, as in outcomes.ftl.
# Self-help guides (content/guidance.json).

## What to have ready (shared by guides)
ready-id = شيء يثبت هويتك، مثل جواز السفر أو رخصة القيادة أو البطاقة البنكية
ready-notice = أي إشعار (notice) أو رسالة عن مغادرة منزلك
ready-income = معلومات عن المال الذي يدخل إليك: قسائم الراتب (payslips)، أو رسائل الإعانات، أو كشوف الحساب البنكي
ready-bank-statement = كشوف حسابك البنكي عن الشهر الماضي
ready-bank-details = رقم حسابك البنكي ورمز الفرع (sort code)
ready-rent-details = عقد الإيجار (tenancy agreement)، أو رسالة تبيّن قيمة إيجارك
ready-bills = فواتيرك الأخيرة
ready-letters = الرسائل من الجهات التي تدين لها بالمال
ready-budget = ميزانيتك، أو قائمة بالمال الذي يدخل والمال الذي يخرج
ready-bailiff-letter = رسالة مأموري التنفيذ (bailiffs)، وفيها رقم هاتفهم والرقم المرجعي الخاص بك
ready-court-papers = كل أوراق المحكمة، مع أي رقم مرجعي
ready-tenancy = عقد الإيجار (tenancy agreement)
ready-rent-statement = كشف بدفعات الإيجار (rent statement) من المالك
ready-council-tax-bill = فاتورة ضريبة المجلس المحلي (Council Tax) أو رسالة التذكير
ready-energy-bill = فاتورة أو رسالة من شركة الطاقة، وفيها رقم حسابك
ready-meter-reading = قراءة العدّاد، أو صورة للعدّاد
ready-decision-letter = رسالة القرار
ready-evidence = أي شيء يدعم موقفك، مثل رسائل من الطبيب
ready-statement = آخر كشف لإعاناتك، أو سجلك الإلكتروني (journal) في الائتمان الشامل (Universal Credit)
ready-pension-details = معلومات عن معاشاتك التقاعدية ومدخراتك
ready-business-records = حسابات عملك، وفواتيرك (invoices)، ورسائل الضرائب

## staying-safe
guide-staying-safe = البقاء في أمان
guide-staying-safe-summary = لست مضطرًا إلى مواجهة هذا وحدك. يمكن لهؤلاء الأشخاص أن يساعدوك الآن وفيما بعد.
step-safe-place = إذا استطعت، فاذهب إلى مكان تشعر فيه بالأمان، أو ابقَ مع شخص تثق به.
step-safe-tell-someone = أخبر شخصًا تثق به بما تشعر به، أو بما يحدث.

## homeless
guide-homeless = إذا لم يكن لديك مكان تعيش فيه
guide-homeless-summary = على المجلس المحلي أن يساعدك إذا كنت بلا مأوى، أو إذا كان من الممكن أن تصبح بلا مأوى خلال 8 أسابيع من الآن.
today-ask-council-homeless = اذهب اليوم إلى فريق السكن في المجلس المحلي أو اتصل به، وقل إنك بلا مأوى.
today-call-shelter-england = إذا لم يساعدك المجلس المحلي، فاتصل مجانًا بمنظمة Shelter على الرقم 0808 800 4444.
today-call-shelter-wales = إذا لم يساعدك المجلس المحلي، فاتصل مجانًا بمنظمة Shelter Cymru على الرقم 08000 495 495.
step-homeless-council-duty = على المجلس المحلي أن يدرس حالتك ويساعدك على إيجاد مكان تعيش فيه.

## crisis-support
guide-crisis-support = الطعام والتدفئة اليوم
guide-crisis-support-summary = إذا لم يكن لديك مال للطعام أو التدفئة، فهناك مساعدة يمكنك الحصول عليها اليوم.
today-food-bank = اطلب إحالة (referral) إلى بنك طعام (food bank) من منظمة Citizens Advice، أو من المجلس المحلي، أو من طبيبك العام (GP).
today-council-crisis-fund-wales = قدّم طلبًا إلى صندوق المساعدة التقديرية (Discretionary Assistance Fund) للحصول على دفعة مساعدة طارئة (Emergency Assistance Payment). وهي منحة من حكومة ويلز للطعام أو الغاز أو الكهرباء أو الملابس في حالة طارئة، ولا يلزمك أن تعيدها. قدّم الطلب على موقع حكومة ويلز، أو اطلب من المجلس المحلي أو من Citizens Advice أن يساعدك.
step-crisis-food-bank = بنوك الطعام تعطي طعامًا طارئًا يكفي بضعة أيام.
step-crisis-council = يمكن أن تدفع المساعدة الطارئة ثمن الطعام والغاز والكهرباء. ويمكن أيضًا أن تدفع ثمن أشياء تحتاجها في المنزل، مثل سرير أو موقد طبخ.
step-crisis-advance = إذا كنت تنتظر الائتمان الشامل (Universal Credit)، يمكنك أن تطلب سلفة (advance). وتعيدها من الدفعات التي تأتي بعدها.
step-crisis-supplier = إذا لم تستطع دفع ثمن شحن العدّاد، فاطلب من شركة الطاقة رصيدًا إضافيًا. ويسمّى هذا رصيد الدعم الإضافي (additional support credit). على شركتك أن تنظر في طلبك، وينبغي أن تعرضه عليك إذا كنت في وضع هشّ.
step-crisis-benefits = عندما تهدأ الأمور، تأكد أنك تحصل على كل الإعانات التي يحق لك الحصول عليها.

## bailiffs
guide-bailiffs = إذا كان مأمورو التنفيذ (bailiffs) سيأتون
guide-bailiffs-summary = مأمورو التنفيذ (bailiffs)، ويُسمّون أيضًا وكلاء التنفيذ (enforcement agents)، يحصّلون بعض الديون. وعليهم أن يتبعوا قواعد. ومعرفة هذه القواعد تساعدك على أن تبقى متحكمًا في الوضع.
today-bailiffs-keep-door-shut = أبقِ أبوابك مقفلة، وتحدّث مع مأموري التنفيذ من خلال نافذة أو عبر الهاتف.
today-bailiffs-call-creditor = اتصل بالمجلس المحلي أو بالشركة التي تدين لها، أو بمأموري التنفيذ، واعرض دفعة تستطيع تحمّلها.
step-bailiffs-entry = في معظم الديون، لا يحق لمأموري التنفيذ أن يدخلوا منزلك بالقوة في زيارتهم الأولى. لا تسمح لهم بالدخول.
step-bailiffs-vulnerable = إذا كنت مريضًا أو من ذوي الإعاقة، أو كانت هناك امرأة حامل في منزلك، أو كان لديك أطفال صغار، فأخبرهم بذلك. عليهم أن يأخذوا هذا في الحسبان.
step-bailiffs-offer = اعرض أن تدفع مبالغ صغيرة تستطيع تحمّلها. واكتب ما تتفقون عليه.
step-bailiffs-warrant = إذا أرسلت المحكمة أمرًا (warrant)، فاحصل على نصيحة اليوم. فقد تكون القواعد مختلفة.

## court-claim
guide-court-claim = ماذا تعني أوراق المحكمة
guide-court-claim-summary = أوراق المحكمة أمر جدي، لكن ما زالت لديك خيارات. لا تتجاهلها.
step-court-what-it-is = استمارة الدعوى (claim form) تعني أن جهة تدين لها بالمال طلبت من المحكمة أن تُلزمك بالدفع.
step-court-options = يمكنك أن تقرّ بأنك مدين بالمال وتعرض دفعه على أقساط، أو أن تقول إنك لست مدينًا به، أو أن تطلب وقتًا أطول.
step-court-hearing = إذا كانت لديك جلسة، فاحضرها، حتى لو لم تكن تستطيع الدفع. في كثير من المحاكم نصائح مجانية في يوم الجلسة إذا كان منزلك معرّضًا للخطر.
step-court-help = يمكن لخط National Debtline ولمنظمة Citizens Advice أن يساعداك مجانًا في ملء الاستمارات.

## rent-arrears
guide-rent-arrears = متأخر في دفع الإيجار: الحفاظ على منزلك
guide-rent-arrears-summary = قد تستطيع أن تحتفظ بمنزلك. تصرّف مبكرًا، واستمر في التواصل مع المالك.
today-rent-do-not-leave = إذا كنت مستأجرًا، فلا تغادر لمجرد أنك تلقيت رسالة. عادةً يحتاج المالك إلى أمر من المحكمة (court order) ليجبرك على المغادرة.
today-rent-talk-landlord = تواصل مع المالك. اعرض أن تدفع إيجارك ومعه مبلغ صغير لسداد ما عليك.
step-rent-offer = اعرض دفعة تستطيع الاستمرار فيها. اكتبها في رسالة، واحتفظ بنسخة منها.
step-rent-housing-costs = تأكد أنك تحصل على كل المساعدة في الإيجار التي يحق لك، من الائتمان الشامل (Universal Credit) أو إعانة السكن (Housing Benefit).
step-rent-repairs = استمر في دفع إيجارك، حتى لو كان منزلك يحتاج إلى إصلاحات. عدم الدفع قد يعرّض منزلك للخطر.
step-rent-court = إذا وصلتك أوراق من المحكمة، فردّ عليها واحضر الجلسة. في كثير من المحاكم نصائح مجانية في يوم الجلسة.

## council-tax
guide-council-tax = متأخرات ضريبة المجلس المحلي (Council Tax) والمساعدة في فاتورتك
guide-council-tax-summary = ضريبة المجلس المحلي (Council Tax) دين ذو أولوية. وقد تكون هناك طرق لتدفع أقل.
today-council-tax-call = اتصل بالمجلس المحلي. أخبرهم أنك متأخر في الدفع، واطلب أن تدفع على مبالغ أصغر.
step-council-tax-reduction = اسأل عن تخفيض ضريبة المجلس المحلي (Council Tax Reduction). يمكنه أن يخفّض فاتورتك إذا كان دخلك منخفضًا.
step-council-tax-discount = إذا كنت الشخص البالغ الوحيد في منزلك، يمكنك الحصول على خصم 25% من فاتورتك.
step-council-tax-plan = اعرض أن تدفع ما عليك على أقساط، إضافة إلى فاتورتك المعتادة.
step-council-tax-liability-order = إذا وصلك استدعاء إلى المحكمة (summons)، فتواصل مع المجلس المحلي قبل الجلسة. أمر المحكمة (liability order) يسمح للمجلس بأن يرسل مأموري التنفيذ (bailiffs)، أو أن يقتطع مالًا من أجرك أو إعاناتك.

## energy
guide-energy = الغاز والكهرباء: مساعدة إذا تأخرت في الدفع أو نفد رصيدك
guide-energy-summary = على شركات الطاقة أن تساعد العملاء الذين يواجهون صعوبات. اطلب منها المساعدة.
today-energy-call-supplier = اتصل بشركة الطاقة. أخبرها أنك تواجه صعوبات، واسأل عن المساعدة التي تقدّمها.
step-energy-friendly-credit = كثير من العدّادات مسبقة الدفع لا تقطع عنك الطاقة في الليل، أو في عطلة نهاية الأسبوع، أو في العطلات الرسمية (bank holidays).
step-energy-plan = على شركة الطاقة أن تعرض عليك خطة دفع تستطيع تحمّلها.
step-energy-hardship-fund = كثير من شركات الطاقة لديها منح تساعد على سداد ما عليك. اسألها عنها.
step-energy-psr = سجّل في سجل الخدمات ذات الأولوية (Priority Services Register) لدى شركة الطاقة. التسجيل مجاني. وقد يعني ذلك تحذيرًا قبل انقطاعات الكهرباء المخطط لها، ومساعدة في قراءة عدّادك.
step-energy-warm-home-discount = خصم المنزل الدافئ (Warm Home Discount) يخصم £150 من فاتورة الكهرباء في الشتاء. وقد تحصل عليه إذا كنت تحصل على بعض الإعانات، مثل الائتمان الشامل (Universal Credit) أو ائتمان المعاش (Pension Credit). وعادةً ما يُضاف تلقائيًا، لذلك تأكد من أن اسمك مكتوب على فاتورة الكهرباء.
step-energy-complain = إذا لم تساعدك شركة الطاقة، فاتصل مجانًا بخط المساعدة للمستهلكين من Citizens Advice (consumer helpline) على الرقم 0808 223 1133.

## challenge-decision
guide-challenge-decision = الاعتراض على قرار بشأن الإعانات
guide-challenge-decision-summary = إذا كنت تظن أن قرارًا بشأن إعاناتك خاطئ، يمكنك أن تطلب إعادة النظر فيه. يُسمّى هذا إعادة النظر الإلزامية (mandatory reconsideration).
today-decision-find-letter = ابحث عن رسالة القرار وتحقّق من تاريخها.
step-decision-ask = اطلب من المكتب الذي اتخذ القرار أن يعيد النظر فيه. يمكنك فعل ذلك عبر الهاتف، أو عبر الإنترنت، أو برسالة.
step-decision-one-month = يجب أن تطلب ذلك خلال شهر واحد من التاريخ المكتوب على رسالة القرار.
step-decision-late = إذا مرّ أكثر من شهر، فما زال بإمكانك أن تطلب ذلك حتى 13 شهرًا بعد القرار. اشرح لماذا لم تستطع الطلب قبل ذلك، فيجب أن يكون هناك سبب وجيه. وإذا كان القرار خاطئًا بسبب خطأ من مكتب الإعانات، فيمكنك أن تطلب في أي وقت.
step-decision-explain = اشرح لماذا تظن أن القرار خاطئ. وأرسل أي شيء يدعم موقفك.
step-decision-appeal = إذا لم يغيّروا القرار، يمكنك أن تستأنف أمام محكمة مختصة (tribunal). عادةً لديك شهر واحد لفعل ذلك.

## universal-credit
guide-universal-credit = طلب الائتمان الشامل (Universal Credit) والسلفة
guide-universal-credit-summary = الائتمان الشامل (Universal Credit) يساعد في تكاليف المعيشة إذا كان دخلك منخفضًا أو كنت بلا عمل.
today-uc-advance = إذا كنت تنتظر أول دفعة وتحتاج إلى المال الآن، فاطلب سلفة (advance) من خلال سجلك الإلكتروني (journal) أو عبر الهاتف.
step-uc-claim-online = يُقدَّم الطلب عبر الإنترنت. إذا لم تستطع، فاتصل بخط مساعدة الائتمان الشامل (Universal Credit helpline) على الرقم 0800 328 5644.
step-uc-five-weeks = تصلك أول دفعة بعد نحو 5 أسابيع من تقديم الطلب.
step-uc-advance-repay = السلفة قرض. وتعيدها شيئًا فشيئًا من الدفعات التي تأتي بعدها، عادةً على مدى 24 شهرًا كحد أقصى.
step-uc-journal = تفقّد سجلك الإلكتروني (journal) كثيرًا، واحضر كل موعد.

## deductions
guide-deductions = مال يُقتطع من إعاناتك
guide-deductions-summary = يمكن أن يُقتطع مال من الإعانات لسداد ديون. وكثيرًا ما يمكنك أن تجعل المبلغ أقل.
today-deductions-ask-breakdown = اسأل مكتب الإعانات عمّا يُقتطع، ولماذا.
step-deductions-check = تأكد أن كل مبلغ صحيح، وأنك مدين به فعلًا.
step-deductions-lower = إذا لم تستطع دفع ثمن الأشياء التي تحتاجها، فاطلب تخفيض المبلغ. وقل كم يبقى لك لتعيش به.
step-deductions-overpayment-challenge = إذا قيل لك إنك حصلت على مال أكثر مما يحق لك، فاسأل كيف حسبوا ذلك. وإذا كنت لا توافق على القرار، فاطلب إعادة النظر فيه خلال شهر واحد من التاريخ المكتوب على الرسالة.
step-deductions-hardship = يمكن لمستشارين يعملون مجانًا أن يساعدوك على طلب اقتطاع مبلغ أقل.

## pension-credit
guide-pension-credit = ائتمان المعاش (Pension Credit)
guide-pension-credit-summary = ائتمان المعاش (Pension Credit) يضيف مالًا إلى دخلك إذا كنت قد بلغت سن المعاش التقاعدي الحكومي (State Pension age). كثير من الناس الذين يحق لهم الحصول عليه لا يطلبونه.
today-pension-credit-call = اتصل مجانًا بخط طلب ائتمان المعاش (Pension Credit) على الرقم 0800 99 1234، لتتحقق وتقدّم طلبك.
step-pension-credit-what = قد تحصل عليه حتى لو كانت لديك مدخرات أو كنت تملك منزلك.
step-pension-credit-extras = ويمكن أن يفتح لك أيضًا بابًا لمساعدات أخرى، منها المساعدة في الإيجار وضريبة المجلس المحلي (Council Tax) والتدفئة. وإذا كان عمرك 75 سنة أو أكثر، فيمكنك أيضًا الحصول على رخصة تلفزيون (TV Licence) مجانية.
step-pension-credit-backdate = يمكن أن يُدفع عن مدة تصل إلى 3 أشهر قبل تقديم طلبك.
step-pension-credit-claim = يمكنك تقديم الطلب عبر الإنترنت، أو عبر الهاتف، أو بالبريد.

## business-debts
guide-business-debts = ديون العمل إذا كنت تعمل لحسابك الخاص
guide-business-debts-summary = إذا كنت تعمل لحسابك الخاص، فقد تختلط ديون عملك بديونك الشخصية. احصل على نصيحة لترتيبها.
today-business-call = اتصل مجانًا بخط Business Debtline على الرقم 0800 197 6026.
step-business-separate = اكتب ديون عملك وديونك الشخصية في قائمتين منفصلتين.
step-business-priority = ادفع الديون ذات الأولوية أولًا، مثل الضرائب، وضريبة القيمة المضافة (VAT)، وضريبة العقارات التجارية (business rates)، والإيجار.
step-business-tax = إذا كانت عليك ضرائب، فتواصل مبكرًا مع مصلحة الضرائب (HMRC). قد توافق على أن تدفع على أقساط.
step-business-options = يمكن لمستشار أن يساعدك على أن تقرر هل تستمر في عملك أم لا.

## benefits-check extra steps
step-benefits-disability = هل أنت مريض أو لديك إعاقة؟ قد تحصل على مال يساعدك، حتى لو كنت تعمل. قبل سن المعاش التقاعدي الحكومي (State Pension age) تكون هذه الإعانة دفعة الاستقلال الشخصي (PIP). وبعده تكون بدل الرعاية (Attendance Allowance).
step-benefits-carer = إذا كنت تعتني بشخص 35 ساعة في الأسبوع أو أكثر، فقد تحصل على بدل مقدّم الرعاية (Carer's Allowance). ويجب أن يحصل الشخص الذي تعتني به على إعانة إعاقة، مثل بدل الرعاية (Attendance Allowance) أو جزء المعيشة اليومية من دفعة الاستقلال الشخصي (PIP). ويمكن أيضًا أن تكون معدل الرعاية المتوسط أو الأعلى من بدل المعيشة للإعاقة (Disability Living Allowance).

## make-a-budget
guide-make-a-budget = ضع ميزانية
guide-make-a-budget-summary = الميزانية تبيّن المال الذي يدخل والمال الذي يخرج كل شهر. وتساعدك على معرفة ما تستطيع تحمّله.
guide-make-a-budget-step-gather = اجمع كشوف حسابك البنكي، وقسائم راتبك (payslips)، ورسائل الإعانات (benefits)، والفواتير عن الشهر الماضي.
guide-make-a-budget-step-income = اكتب كل المال الذي يدخل كل شهر، مثل الأجور والإعانات ونفقة الأطفال (child maintenance).
guide-make-a-budget-step-spending = اكتب كل ما تصرفه كل شهر. ابدأ بالسكن والغاز والكهرباء وضريبة المجلس المحلي (Council Tax) والطعام والمواصلات.
guide-make-a-budget-step-take-away = اطرح ما تصرفه من المال الذي يدخل. ما يبقى هو ما يمكنك استخدامه لسداد الديون.
guide-make-a-budget-step-shortfall = إذا لم يبقَ شيء، فابحث عن تكاليف يمكنك تقليلها، وتأكد أنك تحصل على كل الإعانات التي يحق لك الحصول عليها.
guide-make-a-budget-step-review = راجع ميزانيتك كل شهر، وكلما تغيّر شيء.

## priority-debts
today-priority-list = اكتب قائمة بديونك ذات الأولوية، وتاريخ الدفعة القادمة لكل منها.
guide-priority-debts = تعامل مع الديون ذات الأولوية (priority debts)
guide-priority-debts-summary = الديون ذات الأولوية هي التي قد تسبب أخطر المشكلات إذا لم تدفعها، مثل خسارة منزلك أو انقطاع الغاز أو الكهرباء عنك.
guide-priority-debts-step-list = اكتب قائمة بديونك ذات الأولوية. وهي: الإيجار، وقرض الرهن العقاري (mortgage) والقروض الأخرى المضمونة بمنزلك، وإيجار الأرض ورسوم الخدمات (ground rent و service charges)، وضريبة المجلس المحلي (Council Tax). والغاز، والكهرباء، ورخصة التلفزيون (TV Licence)، وغرامات المحاكم، ونفقة الأطفال (child maintenance)، والضرائب ديون ذات أولوية أيضًا. وكذلك الشراء بالتقسيط (hire purchase) وقروض رهن السيارة (logbook loans) لأشياء تحتاجها، مثل سيارة للذهاب إلى العمل.
guide-priority-debts-step-first = ادفع هذه الديون قبل الديون الأخرى، مثل بطاقات الائتمان والقروض، حتى لو طلبت منك الجهات المُقرضة الأخرى المال أولًا.
guide-priority-debts-step-afford = ضع ميزانية لتعرف كم تستطيع أن تدفع لسداد ما عليك.
guide-priority-debts-step-contact = تواصل مع كل جهة منها في أقرب وقت ممكن. اعرض أن تدفع مبلغًا ثابتًا كل شهر لسداد ما عليك، إضافة إلى دفعتك المعتادة.
guide-priority-debts-step-help = اسأل عن المساعدة في دفع هذه الفواتير. قد تحصل على تخفيض ضريبة المجلس المحلي (Council Tax Reduction)، أو مساعدة من شركة الطاقة التي تزوّدك، أو مساعدة من المجلس المحلي في دفع الإيجار.
guide-priority-debts-step-court = لا تتجاهل أبدًا رسالة من المحكمة أو من مأموري التنفيذ (bailiffs). ردّ في موعد لا يتجاوز التاريخ المكتوب في الرسالة، واحصل على نصيحة مجانية فورًا.

## non-priority-debts
guide-non-priority-debts = تعامل مع الديون غير ذات الأولوية (non-priority debts)
guide-non-priority-debts-summary = تشمل الديون غير ذات الأولوية بطاقات الائتمان، والقروض، والسحب على المكشوف (overdrafts)، والشراء من الكتالوجات (catalogues)، وفواتير المياه. هي مهمة، لكن عليك أن تدفع الديون ذات الأولوية أولًا.
guide-non-priority-debts-step-priority-first = تأكد أولًا أنك تستطيع دفع ديونك ذات الأولوية وثمن الأشياء التي تحتاجها.
guide-non-priority-debts-step-spare = استخدم ميزانية لتعرف كم يبقى من المال كل شهر.
guide-non-priority-debts-step-offer = قسّم ما يبقى بعدل بين الجهات التي تدين لها. اكتب إلى كل جهة منها واعرض عليها ذلك المبلغ.
guide-non-priority-debts-step-token = إذا لم يبقَ شيء، يمكنك أن تعرض دفعة صغيرة جدًا، مثل £1 في الشهر، إلى أن تتحسن الأمور.
guide-non-priority-debts-step-interest = اطلب من كل جهة أن تتوقف عن إضافة الفوائد والرسوم.
guide-non-priority-debts-step-records = احتفظ بنسخ من رسائلك، واكتب اسم من تحدثت معه ومتى.
guide-non-priority-debts-step-breathing-space = إذا كنت تحتاج إلى وقت، يمكن لمستشار ديون أن يقدّم لك طلبًا للحصول على فترة السماح (Breathing Space). وهي توقف معظم الفوائد والرسوم والإجراءات من الجهات التي تدين لها لمدة 60 يومًا.

## benefits-check
guide-benefits-check = تأكد أنك تحصل على كل الإعانات التي يحق لك الحصول عليها
guide-benefits-check-summary = كثير من الناس لا يحصلون على مال يحق لهم طلبه. الفحص المجاني للإعانات (benefits check) يبيّن لك ما قد تحصل عليه.
guide-benefits-check-step-calculator = استخدم حاسبة إعانات مجانية على الإنترنت، مثل حاسبة Turn2us.
guide-benefits-check-step-details = جهّز معلومات عن دخلك ومدخراتك وإيجارك وضريبة المجلس المحلي (Council Tax) وكل من يعيش معك.
guide-benefits-check-step-working = قد تحصل على الائتمان الشامل (Universal Credit) حتى لو كنت تعمل.
guide-benefits-check-step-council-tax = اسأل المجلس المحلي عن تخفيض ضريبة المجلس المحلي (Council Tax Reduction). يمكن أن يقلل فاتورة ضريبة المجلس المحلي عليك.
