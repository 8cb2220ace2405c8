# Review status: reviewed (en-GB is the source language).
# Kiosk mode: the inactivity warning, "Finish and clear", and the staff page with the
# anonymous demand figures. Ids are listed in src/engine/messages/kiosk.rs.

kiosk-idle-title = Are you still using this screen?
kiosk-idle-body = This screen is shared. If nobody uses it, your answers will be deleted so the next person cannot see them. Then it will start again.
kiosk-idle-countdown = Seconds left: { $seconds }
kiosk-idle-stay = I'm still here
kiosk-idle-clear = Finish and clear now

kiosk-finish-title = Finished?
kiosk-finish-body = When you have printed or scanned what you need, clear the screen. This deletes your answers so the next person cannot see them.
kiosk-finish = Finish and clear
kiosk-print = Print this page

staff-title = Demand figures from this kiosk
staff-lead = These are counts, not records about people. For each day, they show how many people reached each level of help, and which needs came up.
staff-what-is-kept = No answers are kept, and no times, only the day. Figures older than 400 days are deleted by themselves.
staff-none = There are no figures on this device. Only a kiosk keeps them.
staff-table-caption = People by day and level of help
staff-date = Day
staff-top-needs = Most common needs
staff-need-count = { $need }: { $count }
staff-download = Download the figures (CSV)
staff-delete = Delete the figures
staff-delete-title = Are you sure you want to delete all the figures?
staff-delete-body = Download them first if you need them. You cannot get them back.
staff-delete-yes = Yes, delete the figures
staff-delete-no = No, keep them
staff-deleted = The figures have been deleted.

## The staff page's figures by week: charts, each followed by a table of the same numbers
staff-weeks-title = By week
staff-weeks-lead = Weeks start on a Monday. Each chart is followed by a table of the same numbers.
staff-weeks-shown = The charts show the last { $count } weeks. The tables have every week.
staff-week-of = Week starting { $date }
staff-week = Week starting
staff-total = Total
staff-tiers-chart = People by level of help, per week
staff-tiers-table = People by week and level of help
staff-needs-chart = Most common needs, per week
staff-needs-lead = The needs that came up most often over all the weeks, week by week.
staff-needs-table = Most common needs by week
staff-chart-desc = A bar chart with a group of bars for each week from { $first } to { $last }. Each bar is labelled with its name and number. The table after the chart gives the same numbers.
staff-no-needs = No needs were recorded.
