# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.
# Also: who a service is for (eligibility), and the example directory (content/directory/).

## National services (content/services.json): real services, with their public numbers.

service-stepchange = نصائح مجانية من خبراء بشأن الديون عبر الهاتف أو الإنترنت. يمكنهم مساعدتك على وضع خطة للتعامل مع ديونك.
service-national-debtline = نصائح مجانية وسرية بشأن الديون عبر الهاتف أو الإنترنت، بما في ذلك المساعدة في رسائل المحكمة ومأموري التنفيذ (bailiffs).
service-business-debtline = نصائح مجانية بشأن الديون لمن يعملون لحسابهم الخاص أو يديرون مشروعًا صغيرًا، عبر الهاتف أو الإنترنت. يمكنهم المساعدة في الضرائب وضريبة القيمة المضافة (VAT) وديون العمل.
service-moneyhelper = مساعدة مجانية ومحايدة بشأن المال والمعاشات التقاعدية، بدعم من الحكومة. يمكنهم مساعدتك على وضع ميزانية والعثور على نصائح مجانية بشأن الديون.
service-citizens-advice = نصائح مجانية بشأن الإعانات (benefits) والديون والسكن وغيرها. يمكنهم المساعدة في الاستمارات وفي الإحالة إلى بنوك الطعام (food bank referrals).
service-advicelink-cymru = نصائح مجانية في ويلز بشأن الإعانات (benefits) والديون والسكن وغيرها، باللغة الويلزية أو الإنجليزية. يمكنهم المساعدة في الاستمارات وفي الإحالة إلى بنوك الطعام (food bank referrals).
service-help-to-claim = مساعدة مجانية في طلب الائتمان الشامل (Universal Credit)، من بداية الطلب حتى أول دفعة.
service-universal-credit-helpline = الخط الهاتفي الحكومي الخاص بالائتمان الشامل (Universal Credit). اتصل لتسأل عن طلبك أو دفعاتك، أو لتطلب دفعة مقدّمة (advance).
service-pension-credit-line = الخط الهاتفي الحكومي لطلب ائتمان المعاش (Pension Credit). وهو مبلغ يُضاف إلى الدخل المنخفض لمن بلغوا سن المعاش التقاعدي الحكومي (State Pension age).
service-turn2us = حاسبة مجانية على الإنترنت تبيّن لك الإعانات التي قد تحصل عليها، وكم قيمتها.
service-consumer-helpline = نصائح مجانية إذا كانت لديك مشكلة مع شركة الغاز أو الكهرباء. يمكنهم المساعدة في فاتورة أو عدّاد أو شكوى.
service-trussell = اعثر على بنك طعام (food bank) قريب منك، واعرف كيف تحصل منه على الطعام.
service-shelter = نصائح مجانية إذا كنت بلا مأوى، أو قد تخسر منزلك.
service-shelter-cymru = نصائح مجانية في ويلز إذا كنت بلا مأوى، أو قد تخسر منزلك.
service-samaritans = شخص تتحدث معه عن أي شيء يضايقك، بما في ذلك أفكار إنهاء حياتك.
service-domestic-abuse-helpline = مساعدة مجانية وسرية إذا كان شخص قريب منك يؤذيك أو يهددك أو يتحكم فيك.
service-live-fear-free = مساعدة مجانية وسرية في ويلز إذا كان شخص قريب منك يؤذيك أو يهددك أو يتحكم فيك. يمكنك التحدث بالويلزية أو الإنجليزية.

## Example directory (content/directory/example-cornwall.json).
## These organisations are MADE UP. A council replaces them, and these messages, with its own.

service-carrick-way-money-advice = مساعدة مجانية في الديون والإعانات، حتى عندما يصعب حلّ الأمور. يمكن لمستشار أن يتحدث مع الجهات التي تدين لها بالمال، وأن يساعدك في أوراق المحكمة ومأموري التنفيذ (bailiffs).
service-tidewater-housing-advice = مساعدة مجانية إذا كنت قد تخسر منزلك، أو كنت متأخرًا في دفع الإيجار أو أقساط الرهن العقاري، أو ليس لديك مكان تقيم فيه. يمكنهم مساعدتك في المحكمة.
service-steady-ground-mind-and-money = نصائح مالية مجانية للأشخاص الذين يعانون من مشكلة في الصحة النفسية. يعملون بالسرعة التي تناسبك، ويمكنهم التعامل نيابةً عنك مع الجهات التي تدين لها بالمال.
service-fair-decision-appeals = مساعدة مجانية للاعتراض على قرار بشأن الإعانات تعتقد أنه خاطئ، حتى لو فات الموعد النهائي. يمكنهم ملء الاستمارات معك والحضور معك إلى جلسة الاستماع.
service-warm-hearth-energy = مساعدة مجانية في فواتير الغاز والكهرباء والعدّادات مسبقة الدفع (prepayment meters). يمكنهم مساعدتك في الحصول على رصيد طارئ ومنح ومساعدة إضافية من مورّد الطاقة.
service-two-hands-carers-centre = مساعدة مجانية لمقدّمي الرعاية (carers) في التحقق من الإعانات وطلب المنح وملء الاستمارات. يمكنك التحدث مع شخص يعرف معنى تقديم الرعاية.
service-sea-pink-womens-service = مساعدة مجانية وسرية للنساء اللواتي يؤذيهن أو يهددهن أو يتحكم فيهن شخص قريب منهن. يمكنهم مساعدتكِ في العثور على مكان آمن للإقامة وترتيب أمورك المالية.
service-small-trade-money-help = مساعدة مجانية لمن يعملون لحسابهم الخاص وللمشاريع الصغيرة بشأن الضرائب وضريبة القيمة المضافة (VAT) وديون العمل. يمكنهم مساعدتك على تقرير ما تفعله بشأن عملك.
service-open-cupboard-food-banks = طعام طارئ لك ولعائلتك، من بنوك الطعام في أنحاء كورنوال (Cornwall). اتصل بهم لتعرف كيف تحصل على الطعام اليوم.
service-lantern-community-hub = مكان ودود لاستخدام الإنترنت والحاسوب والحصول على مساعدة في الاستمارات. يمكن للمتطوعين مساعدتك في طلب الإعانات ووضع ميزانية.
service-most-community-association = مساعدة باللغتين البولندية والرومانية بشأن الإعانات والاستمارات والرسائل. يمكن للمتطوعين أن يشرحوا لك معنى الرسالة وأن يرافقوك إلى المواعيد.

## Who a service is for (eligibility). Shared by national and directory services.

eligibility-lives-in-cornwall = للأشخاص الذين يعيشون في كورنوال (Cornwall)
eligibility-carers = للأشخاص الذين يعتنون دون أجر بشخص مريض أو من ذوي الإعاقة أو مسنّ
eligibility-women = للنساء وأطفالهن
eligibility-self-employed = للأشخاص الذين يعملون لحسابهم الخاص أو يديرون مشروعًا صغيرًا
eligibility-pension-age = للأشخاص الذين بلغوا سن المعاش التقاعدي الحكومي (State Pension age)
eligibility-new-universal-credit-claim = للأشخاص الذين يقدّمون طلبًا جديدًا للائتمان الشامل (Universal Credit)
eligibility-mental-health = للأشخاص الذين يعانون من مشكلة في الصحة النفسية ويقلقون بشأن المال
eligibility-eastern-european = للأشخاص القادمين من بولندا وبلدان أخرى في أوروبا الشرقية

## Opening hours. Shared: reuse one when the times are the same.

hours-every-day = متاح 24 ساعة في اليوم، كل يوم
hours-weekdays-9-5 = من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً
hours-weekdays-10-4 = من الاثنين إلى الجمعة، من 10 صباحًا إلى 4 مساءً
hours-mon-wed-fri-10-1 = الاثنين والأربعاء والجمعة، من 10 صباحًا إلى 1 ظهرًا
hours-weeknights-and-saturday = من الاثنين إلى الخميس من 5 إلى 8 مساءً، والسبت من 10 صباحًا إلى 1 ظهرًا
# Shout (giveusashout.org FAQ), 999 BSL (Ofcom), emergencySMS (NHS audiology page; register first). Checked 2026-12-06.
service-shout = دعم مجاني عبر الرسائل النصية في أي وقت إذا كنت تجد صعوبة في التأقلم. أرسل SHOUT إلى 85258 (بالإنجليزية).
service-999-bsl = إذا كنت أصم وتستخدم لغة الإشارة البريطانية (BSL)، يمكنك الاتصال بالرقم 999 عبر مترجم لغة الإشارة. استخدم تطبيق أو موقع 999 BSL المجاني.
service-emergency-sms = إذا كنت أصم أو لا تستطيع الكلام، يمكنك إرسال رسالة نصية إلى 999 في حالة الطوارئ. يجب أن تسجل هاتفك أولاً: أرسل REGISTER إلى 999، ثم اتبع الرد.
