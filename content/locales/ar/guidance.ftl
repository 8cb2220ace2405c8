# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Self-help guides (content/guidance.json).

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
guide-priority-debts = تعامل مع الديون ذات الأولوية (priority debts)
guide-priority-debts-summary = الديون ذات الأولوية هي التي قد تسبب أخطر المشكلات إذا لم تدفعها، مثل خسارة منزلك أو انقطاع الغاز أو الكهرباء عنك.
guide-priority-debts-step-list = اكتب قائمة بديونك ذات الأولوية. وهي: الإيجار، وقرض الرهن العقاري (mortgage)، وضريبة المجلس المحلي (Council Tax)، والغاز، والكهرباء، ورخصة التلفزيون (TV Licence)، وغرامات المحاكم، ونفقة الأطفال (child maintenance)، والضرائب، والشراء بالتقسيط (hire purchase) لأشياء تحتاجها.
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
guide-benefits-check-step-decision = إذا توقفت إعانة أو خُفّضت، فاطلب معرفة السبب كتابيًا. عادةً لديك شهر واحد لتطلب إعادة النظر في القرار.
guide-benefits-check-step-advance = إذا كنت تنتظر أول دفعة من الائتمان الشامل (Universal Credit)، يمكنك أن تطلب سلفة (advance).
