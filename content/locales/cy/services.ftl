# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Service descriptions and opening hours (content/services.json).
# Organisation and service names are proper nouns and stay in services.json.

service-stepchange = Cyngor arbenigol am ddim ar ddyledion, dros y ffôn neu ar-lein. Gallan nhw eich helpu i wneud cynllun i ddelio â'ch dyledion.
service-national-debtline = Cyngor cyfrinachol am ddim ar ddyledion, dros y ffôn neu ar-lein, gan gynnwys help gyda llythyrau llys a beilïaid.
service-citizens-advice = Cyngor am ddim am fudd-daliadau, dyledion, tai a mwy. Gallan nhw helpu gyda ffurflenni ac atgyfeiriadau at fanciau bwyd.
service-turn2us = Cyfrifiannell ar-lein am ddim sy'n dangos pa fudd-daliadau y gallech chi eu cael, a faint.
service-shelter = Cyngor am ddim os ydych chi'n ddigartref, neu os gallech chi golli eich cartref.
service-samaritans = Rhywun i siarad â nhw am unrhyw beth sy'n eich gofidio, gan gynnwys meddyliau am roi diwedd ar eich bywyd.
service-domestic-abuse-helpline = Help cyfrinachol am ddim os oes rhywun agos atoch chi yn eich brifo, yn eich bygwth neu'n eich rheoli.

hours-every-day = Ar agor 24 awr y dydd, bob dydd
