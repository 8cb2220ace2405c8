# Review status: reviewed (en-GB is the source language).
# The page where a consortium member opens a referral summary a person hands over
# (/open-a-referral, not linked from the person's journey). Ids are listed in
# src/engine/messages/open_referral.rs.

open-title = Open a referral summary
open-lead = For members of the advice consortium who do not have a case system. Open the summary a person gives you: the file they downloaded, or the text their QR code shows.
open-private = Nothing is sent anywhere and nothing is saved on this device. When you close the summary, it is gone.
open-file-heading = Open a downloaded file
open-file-label = Referral summary file
open-file-hint = A .json file with a name like referral-SP-4K7M-Q2XD.json
open-file-button = Open the file
open-text-heading = Paste the text from a QR code
open-text-label = Text from the QR code
open-text-hint = Scan the person's QR code with your phone's camera, copy the text it shows and paste it here. It starts with SIGNPOST/1. You can paste the text of a .json file too.
open-text-button = Open the text

open-error-no-file = Select a referral summary file
open-error-empty-file = The selected file is empty
open-error-no-text = Paste the text from the QR code
open-error-too-large-file = The selected file must be smaller than { $size }
open-error-too-large-text = The text must be shorter than { $size }
open-error-not-text = The selected file is not a referral summary: it is not a text file
open-error-not-json = This is not a referral summary: its JSON has a mistake at line { $line }, column { $column }
open-error-not-signpost-file = The selected file is not a Signpost referral summary. Choose the .json file the person downloaded
open-error-not-signpost-text = This is not the text of a Signpost QR code. The text starts with SIGNPOST/1
open-error-newer = This summary was made by a newer version of Signpost: version { $version }. This page reads version 1. Ask the person for the printed summary, or use a newer copy of this page
open-error-bad-version = This summary says it is version "{ $version }", which is not a Signpost version
open-error-field = Part of this summary is wrong or missing: { $field } ({ $problem })
open-error-qr-line = Line { $line } of the text is not in the form KEY:value: { $text }
open-error-qr-value = Line { $line } of the text, { $key }, has a value this page cannot read: { $value }
open-error-qr-missing = The text has no { $key } line. Scan the QR code again and copy all of its text

open-opened-caption = Referral summary
open-from-file = Opened from a file.
open-from-qr = Opened from the text of a QR code. A QR code holds codes and details in English only, not the person's language.
open-languages = Labels are in the person's language ({ $language }), with English in brackets.
open-newer = This summary was made by a newer version of Signpost ({ $version }). Anything that version added is not shown here.
open-reasons-left-out = Some reasons why a service was suggested are not shown, because this page cannot read them.
open-qr-part = This is only part of the summary: the QR code was full. Ask the person for the full summary (the print-out, the file or the email).
open-dates-heading = Dates to act by
open-days-today = today
open-days-ahead = { $days ->
    [one] in 1 day
   *[other] in { $days } days
}
open-days-past = { $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}
open-example-member = Example – does not exist, do not contact
open-withheld = Not shared
open-unknown-member = (not in this copy's list of services)
open-close = Close this referral
open-closed = The referral summary is closed. Nothing from it is kept on this device.
open-staff-link = Open a referral summary someone has given you
