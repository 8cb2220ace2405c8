# Review status: reviewed (en-GB is the source language).
# The referral summary page: sharing it without any server. Ids are listed in
# src/engine/messages/handoff.rs.

handoff-title = Your referral summary
handoff-lead = Give this summary to an adviser at one of the organisations below. They can then help you without asking everything again.
handoff-on-device = Your summary is only on this device. Nothing has been sent to anyone. You choose how to share it.
handoff-share = Share your summary
handoff-print = Print
handoff-download-json = Download for an adviser (JSON file)
handoff-download-text = Download as text
handoff-copy = Copy the text
handoff-copied = The summary is copied. You can paste it into a message.
handoff-copy-failed = The summary could not be copied. Try Download as text instead.
handoff-email = Write an email with your summary
handoff-email-hint = This opens your own email app. Nothing is sent until you send it. It only has the details you agreed to share.
handoff-qr = Take it on your phone
handoff-qr-hint = Scan this code with your phone's camera. The summary text goes onto your phone. It is not sent anywhere.
handoff-qr-label = QR code with your referral summary
handoff-about = About this referral
