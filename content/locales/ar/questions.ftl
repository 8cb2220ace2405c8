# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Questions and their options (content/tree/*.json).
# Plain language, simple words. One question per page. Hints only where they help.

## safe-now
q-safe-now = هل أنت في أمان الآن؟
q-safe-now-hint = يعني هذا أنه لا أحد يؤذيك أو يخيفك، وأنك لا تفكر في إيذاء نفسك.

## food-today
q-food-today = هل لديك ما يكفي من المال للطعام اليوم؟
q-food-today-hint = احسب أيضًا الطعام لكل من يعيش معك.

## home
q-home = أيّ مما يلي يصف سكنك أفضل وصف؟
q-home-own = أملك منزلي أو أدفع قرض رهن عقاري (mortgage)
q-home-private-rent = أستأجر من مالك خاص (private landlord)
q-home-social-rent = أستأجر من المجلس المحلي (council) أو من جمعية إسكان (housing association)
q-home-family-friends = أعيش مع العائلة أو الأصدقاء
q-home-no-settled-home = ليس لدي سكن ثابت
q-home-no-settled-home-hint = مثلًا، تنام على أريكة عند شخص ما، أو في نُزُل (hostel)، أو في الشارع.
q-home-other = مكان آخر

## main-worry
q-main-worry = ما أكثر شيء تحتاج إلى مساعدة فيه؟
q-main-worry-hint = اختر الأمر الأهم بالنسبة إليك اليوم.
q-main-worry-debts = سداد المال الذي عليّ
q-main-worry-benefits = الإعانات (benefits)، أو زيادة المال الذي يدخل إليّ
q-main-worry-budget = أن يكفيني مالي حتى دفعتي القادمة

## debt-types
q-debt-types = في أيّ من هذه تأخرت عن الدفع؟
q-debt-types-hint = احسب أي فاتورة أو دفعة فاتتك. لا بأس إن لم تكن متأكدًا من المبالغ.
q-debt-types-rent = الإيجار
q-debt-types-mortgage = قرض الرهن العقاري (mortgage)، أو قرض مضمون بمنزلك (secured loan)
q-debt-types-council-tax = ضريبة المجلس المحلي (Council Tax)
q-debt-types-energy = الغاز أو الكهرباء
q-debt-types-tv-licence = رخصة التلفزيون (TV Licence)
q-debt-types-court-fines = غرامات من محكمة الصلح (magistrates' court)
q-debt-types-child-maintenance = نفقة الأطفال (child maintenance)
q-debt-types-tax = ضريبة الدخل (Income Tax) أو ضريبة القيمة المضافة (VAT) أو التأمين الوطني (National Insurance)
q-debt-types-hire-purchase = الشراء بالتقسيط (hire purchase) لشيء تحتاجه
q-debt-types-hire-purchase-hint = مثلًا، سيارة تحتاجها للذهاب إلى العمل.
q-debt-types-cards = بطاقات الائتمان (credit cards) أو بطاقات المتاجر (store cards)
q-debt-types-catalogues = الشراء من الكتالوجات (catalogues)
q-debt-types-loans = القروض الشخصية أو السحب على المكشوف (overdrafts)
q-debt-types-payday-bnpl = قروض يوم الراتب (payday loans) أو «اشترِ الآن وادفع لاحقًا» (buy now pay later)
q-debt-types-family-friends = مال اقترضته من العائلة أو الأصدقاء
q-debt-types-water = فواتير المياه
q-debt-types-none = لا شيء مما سبق

## debt-total
q-debt-total = كم عليك من الديون في المجموع تقريبًا؟
q-debt-total-hint = اجمع كل ديونك. المبلغ التقريبي يكفي. لا تحسب قرض الرهن العقاري (mortgage)، لكن احسب أي دفعات منه فاتتك.

## court-action
q-court-action = هل وصلتك رسالة بشأن المحكمة، أو مأموري التنفيذ (bailiffs)، أو خسارة منزلك؟
q-court-action-hint = مثلًا، استمارة دعوى من المحكمة (court claim form)، أو رسالة تقول إن مأموري التنفيذ سيزورونك، أو إشعار من المالك أو من جهة قرض الرهن العقاري.

## action-date
q-action-date = ما آخر موعد عليك أن تتصرف فيه؟
q-action-date-hint = قد يكون هذا يوم جلسة في المحكمة، أو يوم زيارة مأموري التنفيذ، أو يوم الإخلاء، أو آخر يوم للرد. إذا كان هناك أكثر من تاريخ، فأدخل أقربها.

## benefits
q-benefits = هل تحصل على أي إعانات (benefits)؟
q-benefits-hint = مثلًا، الائتمان الشامل (Universal Credit)، أو ائتمان التقاعد (Pension Credit)، أو إعانة الأطفال (Child Benefit)، أو دفعة الاستقلال الشخصي (Personal Independence Payment, PIP).
q-benefits-paid = نعم، وتُدفع في موعدها
q-benefits-problem = نعم، لكنها توقفت أو خُفّضت أو تأخرت
q-benefits-waiting = قدّمت طلبًا وأنا أنتظر
q-benefits-no = لا
q-benefits-not-sure = لست متأكدًا

## money-left
q-money-left = هل يبقى لديك أي مال كل شهر بعد دفع ثمن الأشياء التي تحتاجها؟
q-money-left-hint = الأشياء التي تحتاجها هي السكن والطعام والغاز والكهرباء والذهاب إلى العمل.
q-money-left-some-left = نعم، يبقى بعض المال
q-money-left-nothing-left = لا، كله يذهب على الأشياء التي أحتاجها
q-money-left-not-enough = لا، لا يكفي للأشياء التي أحتاجها
q-money-left-not-sure = لست متأكدًا

## children
q-children = كم طفلًا يعيش معك؟
q-children-hint = احسب الأطفال دون 16 سنة، والشباب دون 20 سنة الذين ما زالوا في المدرسة أو الكلية. أدخل 0 إذا لم يكن هناك أحد.

## help-most
q-help-most = بكلمات قليلة، ما أكثر شيء يمكن أن يساعدك؟
q-help-most-hint = مثلًا، «خطة لدفع إيجاري» أو «مساعدة في استمارة إعانات». من فضلك لا تكتب أسماء أو أرقام حسابات.
