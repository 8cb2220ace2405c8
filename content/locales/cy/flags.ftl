# Review status: draft (machine-assisted translation, not yet checked by a Welsh speaker)
# Flag labels (content/flags.json). Advisers and the results page see these.

flag-not-safe = Ddim yn ddiogel ar hyn o bryd
flag-no-money-for-food = Dim arian ar gyfer bwyd heddiw
flag-no-settled-home = Dim cartref sefydlog
flag-legal-action = Llythyr gan y llys, gan feilïaid neu am droi allan
flag-deadline-soon = Dyddiad olaf i weithredu o fewn 5 diwrnod gwaith
flag-children-at-home = Plant yn byw gartref
flag-priority-debt = Dyledion blaenoriaeth
flag-non-priority-debt = Dyledion nad ydynt yn flaenoriaeth
flag-large-debts = Dyledion o £5,000 neu fwy
flag-benefit-problem = Problem gyda budd-daliadau, neu'n aros am hawliad
flag-missing-out-on-benefits = Efallai'n colli allan ar fudd-daliadau
flag-no-spare-money = Dim arian yn weddill ar ôl talu am y pethau sydd eu hangen arnynt
flag-budgeting = Eisiau help i wneud i'r arian bara
flag-several-needs = Sawl problem sy'n effeithio ar ei gilydd
