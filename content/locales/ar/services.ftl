# Review status: draft (machine-assisted translation, not yet checked by an Arabic speaker)
# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.

service-stepchange = نصائح مجانية من خبراء بشأن الديون عبر الهاتف أو الإنترنت. يمكنهم مساعدتك على وضع خطة للتعامل مع ديونك.
service-national-debtline = نصائح مجانية وسرية بشأن الديون عبر الهاتف أو الإنترنت، بما في ذلك المساعدة في رسائل المحكمة ومأموري التنفيذ (bailiffs).
service-citizens-advice = نصائح مجانية بشأن الإعانات (benefits) والديون والسكن وغيرها. يمكنهم المساعدة في الاستمارات وفي الإحالة إلى بنوك الطعام (food bank referrals).
service-turn2us = حاسبة مجانية على الإنترنت تبيّن لك الإعانات التي قد تحصل عليها، وكم قيمتها.
service-shelter = نصائح مجانية إذا كنت بلا مأوى، أو قد تخسر منزلك.
service-samaritans = شخص تتحدث معه عن أي شيء يضايقك، بما في ذلك أفكار إنهاء حياتك.
service-domestic-abuse-helpline = مساعدة مجانية وسرية إذا كان شخص قريب منك يؤذيك أو يهددك أو يتحكم فيك.

hours-every-day = متاح 24 ساعة في اليوم، كل يوم
