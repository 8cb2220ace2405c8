# Review status: reviewed (en-GB is the source language).
# The printed leaflet (content/leaflet.json): /leaflet in the app and `signpost leaflet`.
# Situations are in the person's own words. What can help comes from each guide's summary,
# which content/sources/ cites; these messages make no claim of their own.

leaflet-title = Worried about money?
leaflet-intro = Find what is happening to you. See what can help, and who you can call.
leaflet-situation-unsafe = I'm not safe at home
leaflet-situation-food = I have no money for food or heating today
leaflet-situation-rent = I can't pay my rent
leaflet-situation-bailiffs = Bailiffs are coming
leaflet-situation-benefits = My benefits have stopped or been cut
leaflet-situation-debts = I have debts I can't pay
leaflet-scan = Scan the code with your phone's camera. Answer a few questions to see the help that fits you. What you tell Signpost stays on your phone unless you choose to share it.

# The leaflet's own headings and labels.
leaflet-page-title = Print a leaflet
leaflet-what-helps = What can help
leaflet-local = Who can help near you
leaflet-national = National helplines
leaflet-danger = If you are in danger
leaflet-example = Example: does not exist, do not contact
leaflet-print = Print this leaflet
leaflet-print-a-leaflet = Print a leaflet
