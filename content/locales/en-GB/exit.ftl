# Review status: reviewed (en-GB is the source language).
# Quick exit, "Staying safe online", carrying on with saved answers and "Delete my answers".
# Every id here is listed in src/engine/messages/exit.rs.

## The "Exit this page" button at the top of every page
# Read before the button's name by screen readers, as in the GOV.UK component.
exit-button-hidden = Emergency:
exit-button = Exit this page
exit-shortcut-hint = Or press Esc twice
# Said by screen readers after one press of Esc: a second press within a second leaves.
exit-shortcut-armed = Press Esc again to exit this page.
exit-staying-safe-link = Staying safe online

## The "Staying safe online" page
safe-title = Staying safe online
safe-lead = If you are worried that someone could see what you do on this site, these tips can help.
safe-exit-heading = Leave this site quickly
# $button is the text of the exit button (exit-button).
safe-exit-body = Select "{ $button }" at the top of any page. On a keyboard, you can also press the Esc key twice.
safe-exit-does = It does 2 things:
safe-exit-deletes = it deletes your answers from this device
safe-exit-replaces = it opens an everyday website, such as a weather page, in place of this one, so the Back button does not bring you here
safe-limits-heading = What quick exit cannot hide
safe-limits-history = Your browser's history may still show that you visited this site before.
safe-limits-tabs = Other Signpost tabs in this browser close too. Tabs or windows of other websites stay open.
safe-limits-watching = It cannot stop someone seeing your screen while you use it.
safe-limits-device = It does not remove files you downloaded or printed, or emails and messages you sent.
safe-limits-monitor = Some phones and computers have apps that record what you do. If you think yours does, use a device the other person cannot get to, such as a friend's phone or a library computer.
safe-private-heading = Use a private window
safe-private-body = A private window does not keep the pages you visit in your history. It is called "Incognito" in Chrome, "InPrivate" in Edge and "Private" in Safari and Firefox. Close it when you have finished.
safe-history-heading = Clear your history
safe-history-body = In your browser's settings, look for "History" or "Privacy". Then choose to clear your history for the last hour or day.
safe-history-suspicious = If someone checks your device, an empty history may make them suspicious. You can delete just the pages from this site instead.
safe-help-heading = If you are not safe
# Silent Solution (police): press 55 works from a mobile only; on a landline a silent call with background noise is put through to the police (checked 2026-12-06).
safe-help-body = If you are in danger now, call 999. If you cannot speak, call from a mobile and press 55 when you are asked. On a landline, stay on the line: if the operator only hears noise, they will put you through to the police.
safe-help-link = See who can help you now

## Carrying on with saved answers (the start page)
resume-heading = Carry on where you left off, or start again
resume-saved-now = You answered some questions a moment ago.
resume-saved-minutes = { $count ->
    [one] You answered some questions 1 minute ago.
   *[other] You answered some questions { $count } minutes ago.
}
resume-saved-hours = { $count ->
    [one] You answered some questions 1 hour ago.
   *[other] You answered some questions { $count } hours ago.
}
resume-saved-days = { $count ->
    [one] You answered some questions 1 day ago.
   *[other] You answered some questions { $count } days ago.
}
resume-continue = Carry on

## The one-sentence notice after reading saved answers
restored-title = Important
restored-dropped = { $count ->
    [one] Some questions have changed since you were last here, so we removed 1 of your answers.
   *[other] Some questions have changed since you were last here, so we removed { $count } of your answers.
}
restored-corrupted = We could not read the answers saved on this device, so you are starting again.
restored-referral-corrupted = We could not read the details for an adviser saved on this device (such as how to contact you, your money and your debts). Please give them again when you get to them.

## When another tab or window of the same browser changed the saved answers
other-tab-title = Important
other-tab-changed = Your answers were changed in another tab or window.
other-tab-choose = This page has stopped saving so that nothing is overwritten. Choose which answers to keep.
other-tab-use-latest = Use the answers from the other tab
other-tab-keep-these = Keep the answers on this page

## When the answers cannot be saved on the device (storage full or turned off)
save-problem-title = Important
save-problem-not-saved = Your answers are not being saved on this device.
save-problem-what-to-do = You can carry on. If you close or reload this page, your answers will be lost. The device may be full, or saving may be turned off.

## "Delete my answers": in the footer of every page, then a page that asks first
footer-delete-link = Delete my answers
delete-title = Are you sure you want to delete your answers?
delete-what = This deletes from this device:
delete-what-answers = your answers to the questions
delete-what-referral = anything you gave us for an adviser, such as how to contact you and your money
delete-what-language = the language you chose
delete-cannot-undo = You cannot get them back.
delete-confirm = Yes, delete my answers
delete-cancel = No, keep my answers
delete-done-title = Your answers have been deleted
delete-done-body = Nothing you entered is kept on this device now.
delete-done-start = Start again
