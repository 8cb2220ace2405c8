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
