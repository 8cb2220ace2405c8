# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Phone numbers here use no-break spaces (U+00A0) between digit groups: with ordinary spaces,
# right-to-left text shows the groups in reverse order ("116 123" as "123 116").
# Outcomes (content/tree/outcomes.json) and the next steps they list.
# Next steps are shared between outcomes: change one and it changes everywhere it is used.

## Outcomes

o-get-help-now = احصل على مساعدة لتبقى في أمان الآن
o-get-help-now-summary = سلامتك تأتي أولًا. هذه الخدمات مجانية، ويمكنك الاتصال بها في أي وقت، ليلًا أو نهارًا.

o-somewhere-to-stay = تصرّف اليوم: احصل على مساعدة في إيجاد مكان تقيم فيه
o-somewhere-to-stay-summary = على المجلس المحلي في منطقتك أن يساعدك إذا كنت بلا مأوى، أو إذا كان من الممكن أن تصبح بلا مأوى خلال 8 أسابيع من الآن.

o-safe-from-abuse = مساعدة لتبقى في أمان من الإساءة والعنف
o-safe-from-abuse-summary = ما يحدث ليس ذنبك. يمكنك الحصول على المساعدة بسرية، ليلًا أو نهارًا. وعندما تكون مستعدًا، يمكنك أن تتابع هنا للحصول على مساعدة في المال وفي منزلك.

o-act-today-bailiffs-eviction = تصرّف اليوم: اطلب من المحكمة إيقاف الإخلاء
o-act-today-bailiffs-eviction-summary = يستطيع مأمورو التنفيذ التابعون للمحكمة إخلاءك في التاريخ المكتوب في رسالتهم. قد يكون هناك وقت لإيقاف ذلك، لكن عليك أن تتصرف اليوم.

o-act-today-leave-home = تصرّف اليوم: احصل على مساعدة قبل أن تضطر إلى مغادرة منزلك
o-act-today-leave-home-summary = قيل لك إن عليك مغادرة منزلك قريبًا. على المجلس المحلي أن يساعدك إذا كان من الممكن أن تصبح بلا مأوى خلال 8 أسابيع من الآن. اطلب منهم المساعدة اليوم.

o-act-today-court = تصرّف اليوم: تعامل مع أوراق المحكمة
o-act-today-court-summary = موعد المحكمة قريب، أو قد فات. إذا تصرفت الآن، تبقى أمامك خيارات أكثر. يمكن أن تساعدك نصيحة مجانية اليوم.

o-act-today-fine = تصرّف اليوم: تعامل مع الأمر (warrant) الصادر بسبب غرامتك
o-act-today-fine-summary = الأمر الصادر بسبب غرامة غير مدفوعة أمر جدي، لكن ما زال بإمكانك حلّه. تواصل مع المحكمة اليوم.

o-act-today-bailiffs = تصرّف اليوم: مأمورو التنفيذ سيأتون قريبًا
o-act-today-bailiffs-summary = سيأتي مأمورو التنفيذ (bailiffs) خلال الأيام القليلة القادمة. مكالمة اليوم يمكن أن تمنع الأمور من أن تسوء.

o-act-today-reconsideration = تصرّف اليوم: اطلب إعادة النظر في القرار
o-act-today-reconsideration-summary = الوقت المتاح للطعن في القرار سينتهي قريبًا. يكفي أن ترسل رسالة قصيرة لتطلب ذلك في الوقت المناسب.

o-act-today-bank = تصرّف اليوم: اتصل بالبنك الذي تتعامل معه
o-act-today-bank-summary = أُخذ مال من حسابك البنكي لسداد دين. اتصل بالبنك اليوم، واحصل على نصيحة مجانية.

o-act-today-energy = تصرّف اليوم: احصل على مساعدة في الغاز والكهرباء
o-act-today-energy-summary = لا ينبغي أن يبقى أحد بلا تدفئة أو إضاءة أو طريقة للطبخ. تستطيع شركة الطاقة التي تزوّدك والمجلس المحلي مساعدتك اليوم.

o-act-today-food = تصرّف اليوم: احصل على مساعدة في الطعام والتدفئة
o-act-today-food-summary = أخبرتنا أنك لا تستطيع دفع ثمن الطعام أو التدفئة اليوم. كثير من الناس يحتاجون إلى هذه المساعدة، ولا بأس أبدًا في طلبها.

o-see-an-adviser = يمكن لمستشار أن يساعدك في كل هذا
o-see-an-adviser-summary = لديك أكثر من مشكلة، وكل واحدة منها تؤثر في الأخرى. يمكن لمستشار يعمل مجانًا أن ينظر في كل شيء معًا ويساعدك على وضع خطة.

o-business-debt-advice = احصل على مساعدة مجانية في ديون العمل
o-business-debt-advice-summary = الديون الناتجة عن العمل لحسابك الخاص تحتاج إلى نصيحة من أشخاص يفهمون في الأعمال التجارية. خط Business Debtline مجاني ويمكنه مساعدتك.

o-rent-arrears-advice = احصل على مساعدة مجانية لتحافظ على منزلك
o-rent-arrears-advice-summary = قد تستطيع البقاء في منزلك. يمكن لنصائح السكن المجانية أن تساعدك على التحدث مع المالك ومعرفة حقوقك.

o-debt-advice = احصل على نصيحة مجانية بشأن الديون
o-debt-advice-summary = يمكن لخدمة مجانية لنصائح الديون أن تساعدك على تسوية ديونك. لن يحكموا عليك، فهم يساعدون كل يوم أشخاصًا مثلك.

o-benefits-help = احصل على مساعدة في إعاناتك (benefits)
o-benefits-help-summary = قد تستطيع أن تحلّ مشكلة في إعاناتك. يمكن لخدمات مجانية أن تساعدك.

o-talk-it-through = تحدّث عن وضعك مع مستشار يعمل مجانًا
o-talk-it-through-summary = أخبرتنا أنك تفضّل أن تتحدث مع شخص ما، أو أن بعض المساعدة الإضافية ستسهّل الأمور عليك. يمكن لمستشارين يعملون مجانًا أن يساعدوك بالطريقة التي تناسبك.

o-self-help-debts = يمكنك أن تسوّي هذه الديون بنفسك
o-self-help-debts-summary = الديون التي أخبرتنا عنها ليست من النوع الأكثر إلحاحًا. بميزانية وبعض المكالمات أو الرسائل، يمكنك عادةً أن تتفق على دفعات تستطيع تحمّلها.

o-self-help-benefits = قد تستطيع الحصول على مال أكثر
o-self-help-benefits-summary = مما أخبرتنا به، قد تكون هناك إعانات أو مساعدة في الفواتير لا تحصل عليها. التحقق من ذلك يستغرق نحو 20 دقيقة.

o-self-help-budget = اجعل مالك يكفيك مدة أطول
o-self-help-budget-summary = يمكن لهذه الخطوات أن تساعدك على التحكم في مالك وجعله يكفيك.

## Next steps

step-call-999 = إذا كنت في خطر الآن، فاتصل بالرقم 999. إذا اتصلت من هاتف محمول ولم تستطع الكلام، فاضغط 55 عندما يُطلب منك ذلك. ومن الهاتف الأرضي، ابقَ على الخط.
step-call-samaritans = إذا كنت تفكر في إنهاء حياتك أو في إيذاء نفسك، فاتصل مجانًا بمنظمة Samaritans على الرقم 116 123.
step-call-domestic-abuse-helpline-england = إذا كان شخص قريب منك يؤذيك أو يخيفك، فاتصل مجانًا بخط المساعدة الوطني للعنف الأسري (National Domestic Abuse Helpline) على الرقم 0808 2000 247.
step-call-domestic-abuse-helpline-wales = إذا كان شخص قريب منك يؤذيك أو يخيفك، فاتصل مجانًا بخط Live Fear Free على الرقم 0808 80 10 800.

step-call-shelter-england = اتصل مجانًا بمنظمة Shelter على الرقم 0808 800 4444 للحصول على نصيحة بشأن حقوقك.
step-call-shelter-wales = اتصل مجانًا بمنظمة Shelter Cymru على الرقم 08000 495 495 للحصول على نصيحة بشأن حقوقك.

step-call-national-debtline-today = اتصل اليوم مجانًا بخط National Debtline على الرقم 0808 808 4000. أخبرهم بالتاريخ أولًا، حتى يساعدوك على التصرف في الوقت المناسب.

# Domestic abuse (the safe-now "abuse" option). Helpline numbers as in step-call-domestic-abuse-helpline.
step-abuse-not-your-fault = الإساءة ليست ذنبك أبدًا. وهي تشمل أن يتحكم أحد في مالك، أو أن يجبرك على أخذ ديون.
step-abuse-carry-on = عندما تكون مستعدًا، تابع الإجابة عن الأسئلة. إذا دخل أحد، فاستخدم زر «اخرج من هذه الصفحة» في أعلى الصفحة.

step-food-bank-referral-england = اسأل منظمة Citizens Advice عن بنك طعام (food bank) قريب منك. اتصل مجانًا على الرقم 0800 144 8848. كثير من بنوك الطعام تطلب إحالة (referral)، وكثيرًا ما تستطيع Citizens Advice أن تعطيك إحالة.
step-food-bank-referral-wales = اسأل منظمة Citizens Advice عن بنك طعام (food bank) قريب منك. اتصل مجانًا على الرقم 0800 702 2020. كثير من بنوك الطعام تطلب إحالة (referral)، وكثيرًا ما تستطيع Citizens Advice أن تعطيك إحالة.
step-council-emergency-help = اطلب من المجلس المحلي في منطقتك مساعدة طارئة في الطعام أو الطاقة. في إنجلترا، لدى المجالس صندوق الأزمات والصمود (Crisis and Resilience Fund) لهذا الغرض. وفي ويلز، يمكنك أيضًا التقديم إلى صندوق المساعدة التقديرية (Discretionary Assistance Fund).

step-gather-letters = اجمع رسائلك الخاصة بالديون والإعانات، واحتفظ بها معًا لتكون جاهزة عندما تتحدث مع مستشار.
step-share-summary = شارك الملخص الخاص بك مع مستشار، حتى لا تضطر إلى أن تحكي قصتك مرة أخرى.
step-pay-priority-first = حاول أن تستمر في دفع الإيجار أو قرض الرهن العقاري (mortgage)، وضريبة المجلس المحلي (Council Tax)، والغاز والكهرباء، قبل الديون الأخرى.

step-call-business-debtline = اتصل مجانًا بخط Business Debtline على الرقم 0800 197 6026.
step-keep-trading-records = احتفظ بسجلات عملك ورسائله معًا، حتى يرى المستشار الصورة كاملة.

step-do-not-leave-yet = لا تغادر منزلك لمجرد أنك تلقيت رسالة. المحكمة وحدها تستطيع أن تجبرك على المغادرة.

step-contact-debt-charity = تواصل مجانًا مع منظمة StepChange على الرقم 0800 138 1111، أو مع خط National Debtline على الرقم 0808 808 4000. ويمكنك أيضًا الحصول على مساعدتهم عبر الإنترنت.
step-do-not-borrow-more = حاول ألا تقترض أكثر لتسدد ديونك، خاصة من شركات قروض يوم الراتب (payday loans). لا تقترض أبدًا من مُقرض غير مرخّص (loan shark)، أي مُقرض لا تأذن له هيئة السلوك المالي (Financial Conduct Authority).

step-call-citizens-advice-benefits-england = اتصل مجانًا بمنظمة Citizens Advice على الرقم 0800 144 8848 للمساعدة في طلبات الإعانات والاستمارات والطعون.
step-call-citizens-advice-benefits-wales = اتصل مجانًا بمنظمة Citizens Advice على الرقم 0800 702 2020 للمساعدة في طلبات الإعانات والاستمارات والطعون.

step-call-citizens-advice-england = اتصل مجانًا بمنظمة Citizens Advice على الرقم 0800 144 8848. ويمكنك أيضًا زيارة أحد مكاتبها المحلية.
step-call-citizens-advice-wales = اتصل مجانًا بمنظمة Citizens Advice على الرقم 0800 702 2020. ويمكنك أيضًا زيارة أحد مكاتبها المحلية.
step-ask-for-support = أخبرهم بما يمكن أن يسهّل الأمور عليك، مثل مترجم فوري، أو لقاء وجهًا لوجه، أو مساعدة في الاستمارات.

step-make-a-budget = ضع ميزانية، حتى تعرف كم تستطيع أن تدفع كل شهر.
step-contact-lenders = تواصل مع الجهات التي تدين لها. أخبرها أنك تجد صعوبة في الدفع، واعرض مبلغًا تستطيع تحمّله.
step-free-help-if-stuck = إذا أصبحت الأمور أصعب، أو لم توافق الجهات التي تدين لها، يمكن لمنظمة StepChange ولخط National Debtline مساعدتك مجانًا.

step-use-benefits-calculator = استخدم حاسبة الإعانات المجانية من Turn2us لترى ما قد تحصل عليه. جهّز معلومات عن دخلك ومدخراتك وإيجارك وضريبة المجلس المحلي (Council Tax).
step-check-benefits = عندما تستطيع، استخدم حاسبة إعانات مجانية لتتأكد أنك تحصل على كل المال الذي يحق لك.
