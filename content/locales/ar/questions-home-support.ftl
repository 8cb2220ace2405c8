# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Issue 17 item 3: new questions, options, flags and two guides (content/tree/*.json, content/guides/home-and-status.json).

## food-today
q-food-today-yes = نعم
q-food-today-not-next-few-days = لدي ما يكفي لليوم، لكن ليس للأيام القليلة القادمة
q-food-today-no = لا، ولا حتى لليوم

## home
q-home-shared-ownership = أملك جزءًا من منزلي وأستأجر الجزء الباقي
q-home-shared-ownership-hint = يُسمّى هذا الملكية المشتركة (shared ownership).
q-home-lodger = أستأجر غرفة في منزل المالك
q-home-lodger-hint = المالك يعيش هناك أيضًا. قد تُسمّى نزيلًا (lodger).
q-home-tied = سكني يأتي مع عملي
q-home-tied-hint = مثلًا، شقة حارس مبنى أو كوخ في مزرعة.
q-home-temporary = أسكن في سكن مؤقت من المجلس المحلي (council)
q-home-temporary-hint = مثلًا، فندق، أو نُزُل مبيت وإفطار (B&B)، أو شقة وجدها لك المجلس لأنك كنت بلا مأوى.
q-home-supported = أسكن في سكن مدعوم (supported housing)
q-home-supported-hint = يساعدك موظفون على العيش هناك. مثلًا، سكن محمي لكبار السن أو ملجأ.

## somewhere-tonight
q-somewhere-tonight-hint = اختر «نعم» إذا كان بإمكانك أن تبيت عند شخص ما الليلة، حتى على أريكة.
q-somewhere-tonight-yes = نعم
q-somewhere-tonight-no = لا
q-somewhere-tonight-dont-know = لا أعرف

## energy-going-without
q-energy-going-without = هل تستغني عن التدفئة أو الكهرباء لتوفير المال؟
q-energy-going-without-hint = مثلًا، تُبقي التدفئة مطفأة وأنت تشعر بالبرد، أو تترك العداد فارغًا.
q-energy-going-without-yes = نعم
q-energy-going-without-no = لا

## public-funds
q-public-funds = هل تقول تأشيرتك «no recourse to public funds» (لا حق في الأموال العامة)؟
q-public-funds-hint = لست مضطرًا إلى الإجابة. نسأل حتى لا نقترح مساعدة قد تسبب مشكلات لتأشيرتك.
q-public-funds-yes = نعم
q-public-funds-no = لا، أو ليست لدي تأشيرة
q-public-funds-not-sure = لست متأكدًا
q-public-funds-prefer-not-to-say = أفضّل ألا أقول

## support-needs
q-support-needs-welsh = مساعدة باللغة الويلزية
q-support-needs-gambling = دعم لأن القمار يجعل الأمور أصعب
q-support-needs-gambling-hint = قد يكون قمارك أنت أو قمار شخص آخر. لن نحكم عليك.

## flags
flag-nowhere-tonight = لا مكان آمنًا للنوم الليلة
flag-nrpf = التأشيرة تقول «no recourse to public funds»: يحتاج إلى مشورة في الهجرة قبل طلب أي إعانة
flag-nrpf-not-sure = غير متأكد إن كانت تأشيرته تقول «no recourse to public funds»
flag-welsh-language = يريد المساعدة باللغة الويلزية
flag-gambling = القمار يجعل الأمور أصعب (قماره أو قمار شخص آخر)

## sleep-tonight guide
guide-nowhere-tonight = إذا لم يكن لديك مكان تنام فيه الليلة
guide-nowhere-tonight-summary = اطلب المساعدة من مجلسك المحلي اليوم. قد يكون عليهم أن يجدوا لك مكانًا تبيت فيه الليلة.
today-tonight-call-council = اتصل الآن بفريق الإسكان (housing team) في مجلسك المحلي. قل إنه ليس لديك مكان تنام فيه الليلة. إذا كان مغلقًا، اتصل برقم الطوارئ خارج ساعات العمل (out-of-hours) الخاص بالمجلس. تجده على موقع المجلس.
today-tonight-streetlink = إذا كنت ستضطر إلى النوم في الخارج، تواصل مع StreetLink عبر موقعه streetlink.org.uk أو تطبيقه. يخبرون عاملي التواصل الميداني المحليين، وهم يستطيعون مساعدتك.
today-tonight-priority-england = أخبر المجلس إذا كان لديك أطفال، أو كنتِ حاملًا، أو كنت مريضًا أو من ذوي الإعاقة، أو فقدت سكنك بسبب العنف المنزلي. عندها يجب عليهم عادةً أن يجدوا لك مكانًا تبيت فيه بينما يدرسون حالتك. يجب أيضًا أن تستوفي شروط الهجرة.
today-tonight-priority-wales = أخبر المجلس إذا كنت ستنام في الشارع، أو كان لديك أطفال، أو كنتِ حاملًا، أو كنت مريضًا أو من ذوي الإعاقة. عندها يجب عليهم عادةً أن يجدوا لك مكانًا تبيت فيه بينما يدرسون حالتك. يجب أيضًا أن تستوفي شروط الهجرة.

## no-recourse-to-public-funds guide
guide-nrpf = إذا كانت تأشيرتك تقول «no recourse to public funds»
guide-nrpf-summary = طلب بعض الإعانات قد يسبب مشكلات لتأشيرتك. ما زالت هناك مساعدة يمكنك الحصول عليها. اطلب المشورة قبل أن تطلب أي شيء.
today-nrpf-advice-first = اطلب المشورة قبل أن تطلب أي إعانة. اسأل محاميًا (solicitor)، أو مستشار هجرة مسجّلًا. بحسب القانون، هم وحدهم يستطيعون تقديم هذه المشورة.
step-nrpf-public-funds = بعض الإعانات تُسمّى «الأموال العامة» (public funds). منها Universal Credit وChild Benefit. وكذلك Pension Credit وHousing Benefit وCouncil Tax Reduction وPIP.
step-nrpf-not-public-funds = بعض الإعانات ليست من «الأموال العامة». مثلًا، معاش الدولة (State Pension)، أو إعانة تحصل عليها لأنك دفعت اشتراكات التأمين الوطني (National Insurance).
step-nrpf-children-england = إذا كان لديك أطفال ولا تستطيع دفع ثمن سكن أو طعام، اطلب المساعدة من خدمات الأطفال (children's services) في مجلسك المحلي. يمكنهم المساعدة في مكان للإقامة وفي المال لتلبية احتياجات أطفالك.
step-nrpf-children-wales = إذا كان لديك أطفال ولا تستطيع دفع ثمن سكن أو طعام، اطلب المساعدة من الخدمات الاجتماعية (social services) في مجلسك المحلي. عليهم أن ينظروا في الرعاية والدعم اللذين يحتاجهما أطفالك.
step-nrpf-not-sure = إذا لم تكن متأكدًا مما تقوله تأشيرتك، لا تقدّم أي طلب حتى تتحقق. يستطيع مستشار الهجرة أن يتحقق من ذلك معك.

## self-disconnection-risk (review G15: now also raised by energy-going-without)
flag-self-disconnection-risk = يستغني عن الغاز أو الكهرباء لتوفير المال، أو من المرجح أن يفعل (عداد مسبق الدفع، مال غير كافٍ، أسرة معرّضة للخطر)
