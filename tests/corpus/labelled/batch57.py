# batch57.py -- labelled mails held out of the tree until the rules it
# measures are final.  Kept apart from the generator and from training so
# that nothing is tuned on them.  Kinds of business: events for
# businesses -- conference venues, trade show stands, corporate
# team-building days, business travel agencies, awards dinners,
# interpreters' booth hire, event ticketing for companies.  Covers the
# failure classes in new situations: escalation demands that keep their
# topic, legal threats and chargebacks, negations, subjects that say
# nothing (or something else), replies quoting an earlier mail, plans
# ended or paused in other words, business outages told by their
# consequences, safety hazards told calmly, praise, payment questions --
# and everyday mail of all three queues, in English, Greek (with
# Greeklish), Spanish and Polish.  Same tuple format as batch12.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b57-en-stand-invoice-no-vat-number", "Rachel Dunmore <r.dunmore@kestrel-fixings.example>", "Invoice INV-20931", "billing", "",
"""Hi there,

Our finance team has bounced the invoice for our shell-scheme stand at
the Birmingham trade show (stand C14, £2,480 + VAT) because it doesn't
show our VAT number or the PO number we gave when we booked (PO 7781).

Could you reissue it with both on, please? Company name should read
Kestrel Fixings Ltd, not just Kestrel.

Many thanks,
Rachel Dunmore
Marketing Coordinator, Kestrel Fixings Ltd"""),
("en", "b57-en-gala-tables-charged-twice", "Dana Whitfield <dana.whitfield@example.com>", "charged twice??", "billing", "",
"""Hi - I booked two tables of ten for the Regional Business Awards gala
on the company Amex and the charge of $3,200 shows up twice on the
statement. Only one booking confirmation in my inbox. Please reverse the
duplicate, our controller is asking me about it.

Dana Whitfield
Office Manager | Harlow & Briggs CPAs | Columbus, OH"""),
("en", "b57-en-teambuilding-storm-deposit", "Mick Papadakis <mick@coastlinesurveys.example>", "Raft day on the 9th", "billing", "",
"""G'day,

Your crew called off our rafting team-building day on the 9th because of
the storm warning, which fair enough. We paid a $950 deposit for the 22
of us. Do we get that back or does it roll over to another date? Either
is fine by us, just need to tell accounts which.

Cheers,
Mick
Coastline Surveys, Newcastle NSW"""),
("en", "b57-en-venue-cancelled-chargeback", "Siobhan Kearney <siobhan.kearney@example.ie>", "Cancelled conference - refund", "billing", "high",
"""To whom it concerns,

On 3 February your venue cancelled our one-day conference booking for
18 April (Liffey Suite, 120 delegates) because of "refurbishment works".
We had paid the full hire fee of EUR 6,750 in January. That was seven
weeks ago. I have been promised the refund by phone twice and nothing
has arrived.

I have all the correspondence. If the full amount is not back in our
account by Friday 12 April, I will raise a chargeback with our bank for
the card payment and let them deal with it.

Siobhan Kearney
Events Lead, Corrib Analytics, Galway"""),
("en", "b57-en-ticketing-plan-after-merger", "Owen Pritchard <owen.pritchard@example.co.uk>", "Our account", "billing", "",
"""Hello,

Now that we've been taken over by Haverstock Group, all our events will
be run through their in-house team from the spring. So we won't be
needing the Pro ticketing plan any more once the current period runs
out at the end of March - please make sure it doesn't roll over into
another year.

The two events already on sale can stay live until they've happened.

Regards,
Owen Pritchard
Events Manager"""),
("en", "b57-en-booth-overtime-escalate", "Ramesh Iyer <ramesh.iyer@example.in>", "Interpretation booth invoice - kindly escalate", "billing", "high",
"""Dear Sir/Madam,

This is regarding invoice no. IB/2024/0417 for hire of two
interpretation booths for our pharma distributors' meet at Hyderabad on
22nd and 23rd March.

We have been charged INR 48,000 as "overtime" for both days. The agenda
shared with your team clearly showed sessions ending at 6 pm and they
did end at 6 pm, which the hotel staff can confirm. Your executive Mr.
Sandeep has simply replied that the technician logged extra hours.

I have already written twice on this. Kindly escalate this matter to
your senior manager or head of operations, as I am not getting any
proper response at executive level. Please do the needful at the
earliest.

Thanks and regards,
Ramesh Iyer
Manager - Admin & Events
Sunrise Lifesciences Pvt. Ltd."""),
("en", "b57-en-pay-by-po-instalments", "Grace Holloway <grace.holloway@example.com>", "Question about paying", "billing", "",
"""Hi,

We're looking at your two-day conference package for about 80 people in
September (quote Q-5521). Before I take it to my boss - can we pay by
invoice against a purchase order rather than card, and is it possible
to split it into a deposit now and the balance after the event?

Thanks!
Grace"""),
("en", "b57-en-re-early-bird-not-applied", "Tom Abernethy <tom.abernethy@example.co.uk>", "Re: Your stand booking - Northern Food & Drink Expo", "billing", "",
"""Hi Karen,

Thanks for this. We booked on 28 November, which is before the early
bird deadline you mention below, but the invoice is for the full £3,900
rather than £3,315. Can you check and send a corrected one?

Tom

On Mon, 2 Dec 2024 at 10:14, Karen Lister <bookings@nfde-expo.example> wrote:
> Dear Tom,
>
> Thank you for booking stand F7 at the Northern Food & Drink Expo.
> Stands booked before 30 November qualify for a 15% early bird
> discount. Your invoice will follow separately.
>
> Kind regards,
> Karen"""),
("en", "b57-en-travel-retainer-hiring-freeze", "Priyanka Sood <p.sood@lumen-analytics.example>", "Monthly service fee", "billing", "",
"""Hi team,

With the hiring freeze nobody in our London office is going to be
flying anywhere until Q3 at the earliest. Rather than cancel with you
altogether, can we put the monthly account management fee on hold from
next month and pick it back up in July?

Best,
Priyanka Sood
Operations, Lumen Analytics"""),
("en", "b57-en-no-refund-credit-note", "Fergal Duffy <fergal.duffy@example.ie>", "Awards night - we can't make it", "billing", "",
"""Hi,

Unfortunately our team can't attend the SME Awards in Cork next week -
half the office has the flu. I don't want a refund for the table
(EUR 1,100). Could you give us a credit note for it instead to use at
next year's awards?

Thanks a million,
Fergal"""),
("en", "b57-en-minimum-spend-small-claims", "Lorraine Fitch <lorraine.fitch@example.co.uk>", "Minimum spend charge - final request", "billing", "high",
"""Dear Ms Harding,

Further to my letters of 6 and 20 May, I am writing for the last time
about the £1,850 "minimum spend shortfall" charged to our card after
our awards dinner on 26 April.

The minimum spend was never mentioned in the booking confirmation or
the contract you sent us, which I attach again. We spent £7,420 with
you on the night and I do not accept that we owe anything further.

If the £1,850 is not refunded within 14 days I will issue a claim in
the small claims court without further notice.

Yours sincerely,
Lorraine Fitch
Director, Fitch & Rowe Recruitment"""),
("en", "b57-en-hello-receipts-per-delegate", "Anjali Mehta <anjali.mehta@example.com>", "Hello", "billing", "",
"""Hello,

I paid for six of my colleagues' tickets to the Fintech Summit in one
transaction. Each of them needs their own receipt with their name on to
claim it back on expenses. Is there a way to get separate receipts?

Anjali"""),
("en", "b57-en-lanyards-wrong-colour-exchange", "Brooke Sanders <brooke@harbourlight-events.example>", "Lanyards", "billing", "",
"""Hi, bit of an embarrassing one - I ordered 500 lanyards in navy and
meant to order teal, our brand colour. They're still boxed and
unopened. Can I swap them for teal and pay the difference if there is
one? Event isn't till 14 June so there's time.

Brooke
Harbourlight Events, Brisbane"""),
("en", "b57-en-scanners-queue-round-block", "Marcus Dell <marcus.dell@example.com>", "door scanning", "technical", "high",
"""Our doors opened at 8:00 and none of the handheld scanners will read
the QR codes on people's tickets - they just show "event not found".
We have around 900 people at the expo center and the line is round the
block, my staff are writing names on a clipboard. Exhibitors are
calling me asking where their visitors are.

Need someone on the phone right now: 614-555-0148.

Marcus Dell
Ops Director, Midwest Builders Expo"""),
("en", "b57-en-exhibitor-portal-reset-loop", "Hannah Corbett <hannah.corbett@example.co.uk>", "Exhibitor portal", "technical", "",
"""Hello,

I can't get into the exhibitor portal to upload our stand graphics.
Every time I ask for a password reset the link in the email says
"this link has expired", even when I click it straight away. I've tried
three times and on two different laptops.

Deadline for graphics is Friday.

Hannah Corbett
Brightfield Solar"""),
("en", "b57-en-receivers-hissing", "Dr Ingrid Nilsen <i.nilsen@example.org>", "Receivers from last week", "technical", "",
"""Dear team,

A small point on the interpretation kit we hired for our seminar last
week. Overall it worked well, but two or three of the receivers hissed
badly on the French channel whatever we did with the volume. We have
the same kit booked again for 3 October - could your technician check
them before then?

Best regards,
Ingrid Nilsen"""),
("en", "b57-en-stand-spotlight-sparks", "Jase Holt <jase.holt@example.com.au>", "Stand 42 lights", "technical", "high",
"""Hi,

Just a heads up - one of the arm spotlights you fitted on our stand
(42, hall 2) gave a little shower of sparks when my colleague touched
the arm to angle it. We've switched the stand lights off at the
distribution board and moved the brochures away from it. Nobody hurt.

Can you send someone to look at it before doors open tomorrow? We're on
the stand till 6.

Jase"""),
("en", "b57-en-not-invoice-app-crash", "Lucy Fairbairn <lucy.fairbairn@example.co.uk>", "Event app", "technical", "",
"""Hi,

This isn't about the invoice (that's all sorted, thanks). It's the
event app: since yesterday's update, whenever one of our attendees taps
"My agenda" the app closes. It happens on iPhones and Androids. The
rest of the app seems fine.

Lucy"""),
("en", "b57-en-wifi-drops-suite-next-booking", "Callum Ferguson <callum.ferguson@example.co.uk>", "Booking 30/5 - Lovelace suite", "technical", "",
"""Morning,

Ahead of our next booking on 30 May: last time we were in the Lovelace
suite the Wi-Fi dropped roughly every twenty minutes, which made our
Teams calls with the Glasgow office pretty painful. The other rooms
seemed fine. Could someone look at the access point in that room before
we come back?

Callum"""),
("en", "b57-en-badge-printer-smudged", "Yasmin Khalil <yasmin.khalil@example.com>", "badge printer", "technical", "",
"""hi, the badge printer you lent us for registration is printing the
badges with the names smudged and half missing. new ribbon is in, tried
cleaning the head with the pen that came in the box. still the same.
any ideas? event is thursday."""),
("en", "b57-en-booking-form-eleven-delegates", "Vikram Nair <vikram.nair@example.in>", "Group booking form error", "technical", "",
"""Hello Team,

When I am trying to register 11 delegates through the group booking
form, after clicking "Proceed" it is showing "Error 500 - something
went wrong". With 10 delegates or less it is working fine. We need to
book 14 people for the Bengaluru leg of the roadshow.

Please advise.

Regards,
Vikram Nair"""),
("en", "b57-en-travel-app-flights-missing", "Andrew Keane <andrew.keane@example.com>", "App not showing trips", "technical", "",
"""Since updating your travel app last night, my upcoming trips page is
empty. The flights to Frankfurt next week are definitely booked - I
have the e-tickets by email - they just don't show in the app any
more. Logged out and back in, no change.

Andrew Keane
Sent from my iPhone"""),
("en", "b57-en-projector-third-time-manager", "Helen Okafor <helen.okafor@example.co.uk>", "Boardroom projector - again", "technical", "high",
"""Dear Sir or Madam,

For the third time in three bookings the projector in the Wren
boardroom has failed partway through our meeting. Today it switched
itself off twenty minutes into a presentation to a client and would
not come back on. Your duty technician said he had "reported it"
after the last two occasions.

I am not prepared to go through this again with the same junior
staff. I want the venue manager to call me this week and explain what
has actually been done to the equipment.

Helen Okafor
Head of Client Services, Okafor Partners"""),
("en", "b57-en-calendar-invites-wrong-time", "Beth Lawson <beth.lawson@example.com>", "Calendar invites", "technical", "",
"""Hi,

The "add to calendar" file in the ticket confirmation emails puts our
webinar in at 2pm instead of 9am. I think it's using UTC rather than
Eastern. Several registrants have already emailed me confused. Event
settings say America/New_York.

Beth"""),
("en", "b57-en-patio-heater-gas-smell", "Declan Moran <declan.moran@example.ie>", "Heaters on the terrace", "technical", "high",
"""Hi,

We're booked in for the team day and barbecue on Saturday. When we
came out for the walk-round this afternoon there was a fairly strong
smell of gas around the two patio heaters at the far end of the
terrace, near the bottles. Your staff member said it's normal.

I'd rather not have 40 people and a barbecue near that until someone
has checked it. Would you mind getting it looked at and letting me
know?

Thanks,
Declan"""),
("en", "b57-en-re-sso-still-failing", "Kirsty Mullan <kirsty.mullan@example.co.uk>", "Re: Ticket 88120 - single sign-on", "technical", "",
"""Hi Sam,

Afraid not - I cleared the cache and tried in a private window as you
suggested and I still get "SAML response invalid" after the Microsoft
login page. My colleague Dev gets the same.

Kirsty

-----Original Message-----
From: Sam (Support) <support@ticketdesk.example>
Sent: 11 March 2025 15:02
To: Kirsty Mullan
Subject: Ticket 88120 - single sign-on

Hi Kirsty,

Could you try clearing your browser cache, or logging in from a private
window, and let me know if the error persists?

Thanks,
Sam"""),
("en", "b57-en-coach-parking-venue", "Paul Rafferty <paul.rafferty@example.co.uk>", "Coaches", "general", "",
"""Hi,

We're bringing delegates to the conference centre by coach from
Manchester Airport on the 17th - three 50-seaters. Is there somewhere
the coaches can drop off at the door and wait, or do they need to park
elsewhere?

Paul Rafferty
Travel Coordinator"""),
("en", "b57-en-dietary-list-awards", "Nicola Stead <nicola.stead@example.co.uk>", "Dietaries for table 12", "general", "",
"""Hello,

Dietary requirements for our table (12) at the awards dinner on
Thursday:

- 2 x vegetarian
- 1 x coeliac
- 1 x no pork
- 1 x nut allergy (carries an EpiPen)

Everyone else is happy with the standard menu. Could you confirm you've
got these?

Thanks,
Nicola"""),
("en", "b57-en-thanks-teambuilding-day", "Suzanne Drake <suzanne.drake@example.com.au>", "Thank you!!", "general", "",
"""Just wanted to say a massive thank you to Liam and Jess for running
our team day at the winery on Friday. The amazing race was a hit and
even our CFO got into it. People are still talking about it at
morning tea. We'll definitely be back next year.

Suzanne
People & Culture, Redgum Logistics"""),
("en", "b57-en-lost-laptop-bag", "Gareth Pugh <gareth.pugh@example.co.uk>", "Left my bag", "general", "",
"""Hi, I was at the Cardiff tech conference on Tuesday and think I left a
black laptop bag (Samsonite, luggage tag with my name) under a chair in
the second breakout room. Has it been handed in? Could I collect it or
have it couriered at my cost?

Gareth Pugh
07700 900462"""),
("en", "b57-en-pallet-delivery-loading-bay", "Warehouse <dispatch@orchardpackaging.example>", "Stand materials delivery", "general", "",
"""Hello,

We'll be sending our stand materials for the packaging show on two
pallets via DHL freight. Which address and loading bay should we put on
the consignment, and what hours is the bay open during build-up? Does
anyone need to be there to sign for it?

Regards,
Dispatch Team, Orchard Packaging"""),
("en", "b57-en-new-main-contact", "Joanne Carr <joanne.carr@example.com>", "Change of contact for our booking", "general", "",
"""Hi,

I'm going on maternity leave at the end of the month, so from 1 July
the main contact for our September conference booking will be my
colleague Dominic Hale (dominic.hale@example.com, 0161 496 0372).
Could you update your records and copy him in on anything from now on?

Thanks,
Joanne"""),
("en", "b57-en-sponsorship-youth-robotics", "Meera Shah <meera.shah@example.org>", "Sponsorship enquiry", "general", "",
"""Dear Events Team,

I run a volunteer-led robotics club for teenagers in Leicester. Our
regional competition needs a hall for one Saturday in November and we
wondered whether your venue ever sponsors community events, either with
a free or discounted room. We'd credit you on all our materials.

With thanks,
Meera Shah"""),
("en", "b57-en-question-hearing-loop", "Rosemary Vine <rosemary.vine@example.co.uk>", "Question", "general", "",
"""Dear Sirs,

I am attending the Chartered Institute dinner at your hotel next month.
I wear hearing aids - is there a hearing loop in the ballroom, and is
there step-free access from the car park? I use a stick.

Thank you,
Rosemary Vine (Mrs)"""),
("en", "b57-en-attendee-list-shared-ico", "Daniel Cho <daniel.cho@example.com>", "My details shared with exhibitors", "general", "high",
"""Hello,

After the Leeds Digital Summit I have received sales calls and emails
from at least six exhibitors who all say they got my details "from the
delegate list". At no point did I agree to my phone number being
passed to anyone. The registration form had no such option.

I want to know, in writing: who my details were shared with, when, and
on what basis. Please treat this as a subject access request. If I don't
get a proper answer within the statutory month I will complain to the
Information Commissioner's Office.

Daniel Cho"""),
("en", "b57-en-broken-step-stage", "Alison Reeve <alison.reeve@example.co.uk>", "Stage steps in the Gallery room", "general", "high",
"""Hello,

We're back in the Gallery room on Wednesday for our second day. Today
one of our speakers went over on the steps up to the stage - the
second step is loose and rocks when you put weight on it. She's fine,
just a sore ankle, but someone will get hurt. Could it be fixed or
taped off before 9 tomorrow?

Thanks,
Alison"""),
("en", "b57-en-staff-rude-senior", "Robert Hayes <robert.hayes@example.com>", "How our guests were treated", "general", "high",
"""I hosted a client dinner in your private dining room on Saturday. At
10:30 your events supervisor walked in, switched on the main lights and
told my guests - in front of our largest client - that they were
"overstaying" and would be charged if they weren't out in ten minutes.
Our booking ran until 11:30 and I have the contract to prove it.

I've never been so embarrassed at a business event. I don't want a
form reply from the generic inbox; I want to hear from your general
manager personally.

Robert Hayes
Managing Partner, Hayes Keller LLP"""),
("en", "b57-en-booking-ref-doors-open", "Ian Pollard <ian.pollard@example.co.uk>", "Booking 44871", "general", "",
"""What time can we get into the Thames room to set up on the day? Our
session starts at 10 and we've a fair bit of kit to bring in.
Ian"""),
("en", "b57-en-urgent-postcode-coach", "Tasha Green <tasha.green@example.com>", "URGENT!!!", "general", "",
"""HI - URGENT - what is the exact postcode for the team building farm??
The coach company needs it by 5 today and the one on the confirmation
takes the satnav to a field!! thank you xx"""),
("en", "b57-en-awards-night-killed-it", "Chris Boateng <chris.boateng@example.co.uk>", "Friday night", "general", "",
"""Hi all,

Just a note to say Friday was brilliant. The host absolutely killed
it, the room was on fire by the time the band started and the
production crew made our lot look like pros walking up for their
awards. Please pass on our thanks to everyone, especially Marta on the
floor.

Chris Boateng
Head of Communications"""),
# ---------------- Greek ----------------
("el", "b57-el-gl-dwmatia-block-den-xrhsimopoih8hkan", "Fotini Karagianni <f.karagianni@example.gr>", "dwmatia synedriou", "billing", "",
"""Kalhspera sas,

Gia to synedrio mas sth Xalkidikh eixame kleisei block 40 dwmatiwn.
Telika hr8an 35 atoma kai sto teliko logariasmo vlepw xrewsh 5 x 2
nyxtes x 110e = 1.100e gia ta dwmatia pou emeinan adeia. Afto isxyei
kai an sas eixame enhmerwsei 10 meres prin? Den to vrhka grammeno sth
symvash.

Eyxaristw,
Fotini Karagianni
Grammateia Organwshs"""),
("el", "b57-el-timologio-se-lathos-etaireia", "Ιωάννης Δρόσος <i.drosos@example.gr>", "Σεμινάριο Λαγονήσι - τιμολόγιο", "billing", "",
"""Καλημέρα σας,

Το τιμολόγιο για το διήμερο σεμινάριο πωλήσεων στο Λαγονήσι (αρ.
Τ-1182, 6.240,00€) εκδόθηκε στην «Δρόσος Logistics Μ.Ε.Π.Ε.», ενώ η
κράτηση και η πληρωμή έγιναν από την «Δρόσος Εμπορική Α.Ε.», ΑΦΜ
099888777. Είναι δύο ξεχωριστές εταιρείες του ομίλου και ο λογιστής
μας δεν μπορεί να το περάσει.

Μπορείτε να το ακυρώσετε με πιστωτικό και να εκδώσετε νέο στη σωστή
εταιρεία;

Με εκτίμηση,
Ιωάννης Δρόσος"""),
("el", "b57-el-istioploia-timi-atomo-allaxe", "Γιωργος Μαυρογιαννης <g.mavrogiannis@example.gr>", "Ημερησια κρουαζιερα Σαρωνικου", "billing", "",
"""Καλημερα,

Τον Μαρτιο μας δωσατε προσφορα για ιστιοπλοια team building στον
Σαρωνικο για 24 ατομα, 65€ το ατομο. Τωρα που ζητησα επιβεβαιωση για
τις 7 Ιουνιου η νεα προσφορα γραφει 78€ το ατομο. Ισχυει ακομα η
αρχικη τιμη; Δεν αλλαξε τιποτα απο τη μερια μας, ουτε ατομα ουτε
προγραμμα.

Γιωργος Μαυρογιαννης
Λογιστηριο"""),
("el", "b57-el-periptero-akyrosi-kratate-olo-dikigoros", "Σταματία Ζαχαράκη <s.zacharaki@example.gr>", "Ακύρωση συμμετοχής - περίπτερο Ε14", "billing", "high",
"""Κύριοι,

Στις 3 Ιουλίου σας ενημερώσαμε εγγράφως ότι ακυρώνουμε τη συμμετοχή
μας στην έκθεση του Σεπτεμβρίου (περίπτερο Ε14, 4.200,00€ πλέον ΦΠΑ).
Οι γενικοί όροι σας προβλέπουν παρακράτηση 30% για ακυρώσεις έως 60
ημέρες πριν την έναρξη. Εμείς ακυρώσαμε 74 ημέρες πριν, κι όμως μας
απαντάτε ότι «δεν επιστρέφεται κανένα ποσό».

Σας ζητούμε την επιστροφή του 70%, δηλαδή 2.940,00€ πλέον ΦΠΑ, εντός
δέκα ημερών. Διαφορετικά η υπόθεση θα παραδοθεί στον δικηγόρο μας.

Σταματία Ζαχαράκη
Οικονομική Διεύθυνση, Κρητικά Εδέσματα Α.Ε."""),
("el", "b57-el-gl-club-taxidiwn-apebiwse", "Eirini Stavrou <eirini.stavrou@example.gr>", "sundromh Business Club", "billing", "",
"""Kalhmera sas,

O pateras mou, Xristos Stavrou, pou htan idiokthths tou grafeiou kai
melos sto Business Club sas gia ta epaggelmatika taksidia, efyge apo
th zwh ton prohgoumeno mhna. To grafeio kleinei. Parakalw na mhn
ananew8ei h etisia syndromh (320e) pou lhgei ton Mai kai na mhn
xrewsei3ete allo thn karta tou.

An xreiazeste kapoio xarti pesite mou.
Eirini Stavrou"""),
("el", "b57-el-prokatavoli-kampines-emvasma", "Λίνα Χατζηγεωργίου <lina.ch@example.gr>", "Προκαταβολή για καμπίνες διερμηνείας", "billing", "",
"""Καλησπέρα,

Την Παρασκευή κάναμε τραπεζική μεταφορά 1.500€ ως προκαταβολή για τις
δύο καμπίνες διερμηνείας του συνεδρίου ακτινολογίας (προσφορά 2025/71),
με αιτιολογία τον αριθμό της προσφοράς. Στο σύστημά σας η κράτηση
εμφανίζεται ακόμα «σε αναμονή πληρωμής». Σας επισυνάπτω το αποδεικτικό.
Μπορείτε να το ταιριάξετε;

Λίνα Χατζηγεωργίου"""),
("el", "b57-el-xorigia-gala-logotypo-proistamenos", "Ορέστης Λιάπης <o.liapis@example.gr>", "Χρυσή χορηγία - Βραβεία Εξωστρέφειας", "billing", "high",
"""Κύριοι,

Καταβάλαμε 5.000,00€ για το πακέτο «Χρυσός Χορηγός» στα Βραβεία
Εξωστρέφειας. Το πακέτο περιλάμβανε το λογότυπό μας στη γιγαντοοθόνη
και στο έντυπο πρόγραμμα. Το λογότυπο δεν εμφανίστηκε πουθενά, ούτε
στην οθόνη ούτε στο πρόγραμμα.

Ζητούμε επιστροφή τουλάχιστον του μισού ποσού. Η υπάλληλος που έχει
την επικοινωνία μας απαντά μόνο ότι «θα το μεταφέρει». Παρακαλώ να
αναλάβει το θέμα ο διευθυντής ή ο υπεύθυνος της διοργάνωσης και να μας
καλέσει ο ίδιος.

Ορέστης Λιάπης
Διευθυντής Marketing"""),
("el", "b57-el-re-prosfora-fpa-symperilamvanetai", "Αντώνης Μπεκιάρης <a.bekiaris@example.gr>", "Re: Προσφορά για ημερίδα 20/11", "billing", "",
"""Καλησπέρα κα Σαρρή,

Ευχαριστώ για την προσφορά. Μια διευκρίνιση μόνο: τα 38€ ανά άτομο για
το coffee break και το γεύμα είναι με τον ΦΠΑ ή χωρίς; Και η ενοικίαση
της αίθουσας (1.100€) το ίδιο;

Αντώνης

Στις Τετ, 15 Οκτ 2025 στις 9:40 π.μ., η Δέσποινα Σαρρή <events@porto-kentro.example> έγραψε:
> Αγαπητέ κ. Μπεκιάρη,
>
> Σας στέλνουμε την προσφορά για την ημερίδα σας:
> - Ενοικίαση αίθουσας «Πόρτο» (έως 90 άτομα): 1.100€
> - Coffee break και ελαφρύ γεύμα: 38€ ανά άτομο
>
> Με εκτίμηση,
> Δέσποινα Σαρρή"""),
("el", "b57-el-gl-promh8eia-7-anti-5", "Manos Georgakis <manos@kyma-live.example>", "promh8eia", "billing", "",
"""Geia sas, sth symvash mas gia thn platforma eisithriwn leei 5%
promh8eia ana eisithrio. Sthn ekkatharish tou Septemvrh vlepw na
krathsate 7% se ola ta eisithria ths synaylias. Einai sxedon 600e
diafora. Mporeite na to koita3ete?
Manos
Kyma Live"""),
("el", "b57-el-iban-timologio-diaforetiko", "Αικατερινη Σκουρα <a.skoura@example.gr>", "Εξοφληση υπολοιπου", "billing", "",
"""Καλησπερα,

Θελουμε να εξοφλησουμε το υπολοιπο των 2.300€ για το συνεδριο του
Οκτωβριου, αλλα το IBAN που γραφει το τελευταιο τιμολογιο ειναι
διαφορετικο απο αυτο της συμβασης (Πειραιως αντι για Εθνικη). Σε ποιον
λογαριασμο να κανουμε τη μεταφορα; Δεν θελουμε να πανε τα χρηματα
λαθος.

Αικατερινη Σκουρα
Οικονομικο τμημα"""),
("el", "b57-el-gl-allagh-pthshs-xrewsh-trapeza", "Babis Tzanetos <babis.tzanetos@example.gr>", "XREWSH ALLAGHS", "billing", "high",
"""Sas to grafw teleytaia fora. Mou xrewsate 120e "telos allaghs" gia
na metaferete thn pthsh tou synergath mou gia Milano mia mera
nwritera, enw h aeroporikh den exei kanena telos gia to eisithrio
ayto, to epivevaiwsa mazi tous sto thlefwno. Den mou eipe kaneis
gia xrewsh otan zhthsa thn allagh.

An den epistrafoun ta 120e ws thn Paraskeyh, kanw amfisvhthsh sthn
trapeza gia na ta parw pisw apo ekei.

Babis Tzanetos"""),
("el", "b57-el-plirwmi-tin-imera-me-karta", "Δήμητρα Καλαμαρά <d.kalamara@example.gr>", "Ερώτηση", "billing", "",
"""Καλημέρα,

Για το επαγγελματικό δείπνο που κλείσαμε για τις 12 του μήνα,
μπορούμε να πληρώσουμε με εταιρική κάρτα την ίδια τη βραδιά ή πρέπει
να έχει εξοφληθεί νωρίτερα;

Ευχαριστώ,
Δήμητρα"""),
("el", "b57-el-epistrofi-100-simeiomataria", "Νίκη Τσολάκη <niki.tsolaki@example.gr>", "Σημειωματάρια με λογότυπο", "billing", "",
"""Γεια σας,

Παραγγείλαμε 300 σημειωματάρια με το λογότυπό μας για το συνέδριο,
αλλά τελικά οι συμμετοχές ήταν πολύ λιγότερες και περίσσεψαν 100, σε
δύο κούτες κλειστές όπως ήρθαν. Γίνεται να τα επιστρέψουμε και να
πάρουμε πίσω τα χρήματα για αυτά, ή τουλάχιστον πίστωση;

Νίκη Τσολάκη"""),
("el", "b57-el-gl-hybrid-apomakrysmenoi-den-akoune", "Alexis Drakopoulos <a.drakopoulos@example.gr>", "live twra", "technical", "high",
"""Apo tis 10:00 pou 3ekinhse to hybrid synedrio, oi 400 symmetexontes
pou einai syndedemenoi online vlepoun eikona alla den akoune tipota.
To chat exei gemisei me "no sound". Mesa sthn ai8ousa o hxos einai
kanonikos. O omilhths mas apo to Londino perimenei na mpei stis 11:30.

Kapoios texnikos amesws parakalw, eimaste sthn ai8ousa Atlantis.
Alexis 6945 000 381"""),
("el", "b57-el-widget-eisitirion-midenika", "Θεόδωρος Κουρής <info@thessaloniki-forum.example>", "Σταμάτησαν οι κρατήσεις", "technical", "high",
"""Καλημέρα,

Από χθες το βράδυ το παράθυρο αγοράς εισιτηρίων στο site μας δείχνει
«0 διαθέσιμα» για όλες τις κατηγορίες, ενώ στο διαχειριστικό έχουμε
ακόμα 380 θέσεις. Από τις 8 το πρωί δεν έχει γίνει ούτε μία αγορά,
όταν συνήθως κάνουμε 50-60 τη μέρα αυτή την εβδομάδα. Το forum είναι
σε δέκα μέρες και οι χορηγοί ρωτάνε για τους αριθμούς.

Παρακαλώ απαντήστε άμεσα.
Θεόδωρος Κουρής
Thessaloniki Business Forum"""),
("el", "b57-el-konsola-diermenea-kanali", "Ελπίδα Νικολάου <elpida.nikolaou@example.gr>", "Κονσόλα διερμηνέα", "technical", "",
"""Καλησπέρα σας,

Είμαι μία από τις διερμηνείς που δούλεψαν στο συνέδριο της Τρίτης με
τον εξοπλισμό σας. Στην κονσόλα της δεύτερης καμπίνας το κουμπί
αλλαγής καναλιού εξόδου (Β) δεν λειτουργούσε, οπότε αναγκαστήκαμε να
μείνουμε όλη μέρα στο ίδιο κανάλι και να το ανακοινώνουμε προφορικά.
Το ίδιο συνέδριο συνεχίζεται τον Ιανουάριο, θα ήθελα να το ξέρετε
πριν.

Ελπίδα Νικολάου
Διερμηνέας συνεδρίων"""),
("el", "b57-el-priza-periptero-zestathike", "Κωστας Λιακος <kostas.liakos@example.gr>", "Πριζα στο περιπτερο 12", "technical", "high",
"""Καλησπερα,

Στο περιπτερο μας (12, αιθουσα Β) η επιδαπεδια πριζα που μας δωσατε
ζεσταθηκε τοσο πολυ που λιωσε λιγο το φις του ψυγειου-βιτρινας και
μυριζε καμμενο. Το βγαλαμε, κλεισαμε τον διακοπτη και δεν βαλαμε τιποτα
αλλο εκει. Ολα καλα, κανεις δεν χτυπησε.

Θα θελαμε να το δει ηλεκτρολογος σας πριν ανοιξει αυριο η εκθεση,
γιατι χωρις ψυγειο δεν μπορουμε να εκθεσουμε τα προϊοντα.

Κωστας Λιακος"""),
("el", "b57-el-gl-den-zhtaw-epistrofh-wallet", "Lydia Pappou <lydia.pappou@example.gr>", "eisithrio", "technical", "",
"""Geia sas, den zhtaw epistrofh xrhmatwn, 8a er8w kanonika sto
synedrio! Apla to koumpi "Prosthiki sto Apple Wallet" sto email me to
eisithrio vgazei "To pass den mporei na prostethei". To dokimasa apo
Safari kai apo to Mail. Sto Android ths synadelfou mou leitourgei.
Lydia"""),
("el", "b57-el-othoni-afis-den-antapokrinetai", "Σωτήρης Μπαλτάς <s.baltas@example.gr>", "Διαδραστική οθόνη αίθουσας", "technical", "",
"""Καλημέρα,

Είμαστε στην αίθουσα «Σαπφώ» για workshop. Η διαδραστική οθόνη δείχνει
κανονικά την εικόνα από το laptop, αλλά δεν αντιδρά καθόλου στο άγγιγμα,
ούτε με το στυλό. Κάναμε επανεκκίνηση και αλλάξαμε καλώδιο USB. Το
workshop συνεχίζεται μετά το μεσημεριανό, μπορεί να περάσει κάποιος;

Σωτήρης Μπαλτάς"""),
("el", "b57-el-gl-sms-kwdikos-den-erxetai", "Giorgos Ntalakas <g.ntalakas@example.gr>", "login", "technical", "",
"""Kalhmera. Den mporw na mpw ston etairiko logariasmo sto site sas gia
na kleisw ta 3enodoxeia ths ek8eshs sto Monaxo. Vazw kwdiko, leei
oti esteile SMS me kwdiko epalh8eyshs alla to SMS den erxetai pote.
To kinhto einai to idio (69xx xxx 210). Dokimasa kai "apostolh ksana".
Giorgos"""),
("el", "b57-el-email-eisitirion-spam", "Ευαγγελια Λαζου <e.lazou@example.gr>", "Τα email πανε στα ανεπιθυμητα", "technical", "",
"""Καλησπερα,

Αρκετοι συμμετεχοντες στην ημεριδα μας μας λενε οτι τα email με τα
εισιτηρια τους πηγαν στα ανεπιθυμητα (κυριως Gmail και Outlook). Καποιοι
νομιζαν οτι δεν γραφτηκαν και ξαναπληρωσαν. Υπαρχει καποια ρυθμιση απο
τη μερια σας για τον αποστολεα ή κατι που πρεπει να κανουμε εμεις με
το domain μας;

Ευαγγελια Λαζου"""),
("el", "b57-el-led-wall-trith-episkepsi-proistamenos", "Χαράλαμπος Ντόκος <ch.ntokos@example.gr>", "LED οθόνη περιπτέρου - τρίτη φορά", "technical", "high",
"""Κύριοι,

Η οθόνη LED που νοικιάσαμε για το περίπτερό μας στην έκθεση τροφίμων
αναβοσβήνει και βγάζει οριζόντιες γραμμές από την πρώτη μέρα. Ο
τεχνικός σας ήρθε δύο φορές, άλλαξε ένα καλώδιο και μια κάρτα, και
κάθε φορά το πρόβλημα ξαναγύριζε σε μία ώρα. Σήμερα έρχεται τρίτη φορά.

Έχουμε πληρώσει για να δείχνουμε τα προϊόντα μας, όχι για μια μαύρη
οθόνη στη μέση του περιπτέρου. Ζητώ να μου τηλεφωνήσει σήμερα ο
προϊστάμενος του τεχνικού τμήματος: 6972 000 554.

Χαράλαμπος Ντόκος"""),
("el", "b57-el-gl-proskliseis-3-fores", "Christina Rallh <christina.ralli@example.gr>", "proskliseis gala", "technical", "",
"""Kalhspera, esteila tis ilektronikes proskliseis gia to gala mesw tou
systhmatos sas kai polloi kalesmenoi mou grafoun oti thn phran 3
fores. Sth lista einai mia fora o ka8enas, to elegksa. Den thelw na
steilw ypen8ymish mexri na ma8w ti egine.
Christina"""),
("el", "b57-el-re-kratiseis-outlook-syncronismos", "Μαρίνα Ευθυμίου <marina.efthymiou@example.gr>", "Re: Αίτημα 30418 - συγχρονισμός ημερολογίου", "technical", "",
"""Καλησπέρα,

Αφαίρεσα και ξαναπρόσθεσα τη σύνδεση όπως γράφετε παρακάτω, αλλά οι
κρατήσεις αιθουσών εξακολουθούν να μην εμφανίζονται στο ημερολόγιο του
Outlook. Οι νέες κρατήσεις δεν περνάνε καθόλου, οι παλιές φαίνονται
κανονικά μέχρι τις 3 του μήνα.

Μαρίνα Ευθυμίου

-----Original Message-----
From: Υποστήριξη <support@roombook.example>
Sent: Δευτέρα, 10 Νοεμβρίου 2025 11:12 π.μ.
To: Μαρίνα Ευθυμίου
Subject: Αίτημα 30418 - συγχρονισμός ημερολογίου

Καλημέρα σας,

Παρακαλούμε αφαιρέστε τη σύνδεση με το Outlook από τις Ρυθμίσεις και
προσθέστε την ξανά. Ενημερώστε μας για το αποτέλεσμα.

Υποστήριξη"""),
("el", "b57-el-ixografisi-arxeia-adeia", "Περικλής Σούλης <p.soulis@example.gr>", "Ηχογράφηση συνεδρίου", "technical", "",
"""Καλημέρα σας,

Μας στείλατε τον σύνδεσμο με τις ηχογραφήσεις των ομιλιών από το
συνέδριο του Σαββάτου. Τα αρχεία της πρωινής συνεδρίας ανοίγουν
κανονικά, αλλά όλα της απογευματινής έχουν διάρκεια 0:00 και δεν
παίζουν. Τα κατεβάσαμε ξανά από δύο υπολογιστές. Υπάρχει αντίγραφο;

Περικλής Σούλης"""),
("el", "b57-el-kiosk-aftoeksypiretisis-pagonei", "Ανδρομάχη Πετρίδου <a.petridou@example.gr>", "Kiosk εγγραφής", "technical", "",
"""Καλημέρα,

Τα δύο kiosk αυτοεξυπηρέτησης που μας στήσατε στην υποδοχή παγώνουν
μόλις κάποιος σκανάρει την ταυτότητα ή το QR του. Η οθόνη μένει στο
«Παρακαλώ περιμένετε» και πρέπει να τα κλείνουμε από τον διακόπτη. Προς
το παρόν γράφουμε τους συνέδρους στο χέρι στον πάγκο, είναι λίγοι ακόμα.
Μπορείτε να μας πείτε τι να δοκιμάσουμε;

Ανδρομάχη Πετρίδου"""),
("el", "b57-el-epistoli-prosklisis-viza", "Ζωή Παπαθανασίου <zoi.papathanasiou@example.gr>", "Επιστολή πρόσκλησης για θεώρηση", "general", "",
"""Καλημέρα,

Δύο σύνεδροι μας από την Ινδία χρειάζονται επιστολή πρόσκλησης από τη
διοργάνωση για να κάνουν αίτηση για θεώρηση Schengen. Μπορείτε να
εκδώσετε τέτοια επιστολή; Τι στοιχεία χρειάζεστε από εμάς και πόσο
χρόνο παίρνει;

Ζωή Παπαθανασίου"""),
("el", "b57-el-gl-pws-ftanw-apo-aerodromio", "Nasos K. <nasos.k@example.gr>", "metakinhsh", "general", "",
"""geia sas, erxomai apo Hrakleio gia thn ek8esh kai prosgeiwnomai
sto aerodromio ths A8hnas Tetarth prwi. Pws ftanw sto ek8esiako kentro
me mesa? Yparxei kapoio shuttle apo th diorganwsh h metro konta?
eyxaristw"""),
("el", "b57-el-epainos-diermines", "Καθ. Ανδρέας Βλάχος <a.vlachos@example.gr>", "Ευχαριστίες", "general", "",
"""Αγαπητοί κύριοι,

Θα ήθελα να εκφράσω τις θερμές ευχαριστίες της οργανωτικής επιτροπής
για την εξαιρετική δουλειά των διερμηνέων σας στο διεθνές συνέδριο
Βυζαντινών Σπουδών. Οι ξένοι σύνεδροι μας είπαν ότι σπάνια έχουν
ακούσει τόσο ακριβή απόδοση ορολογίας. Παρακαλώ μεταφέρετέ τα στην
κα Δαμιανού και στον κ. Ρέππα.

Με τιμή,
Ανδρέας Βλάχος
Πρόεδρος Οργανωτικής Επιτροπής"""),
("el", "b57-el-gl-xameno-skoulariki", "Despoina M. <despoina.m@example.gr>", "skoulariki", "general", "",
"""Kalhmera! Sto deipno twn vraveiwn to Savvato exasa ena xryso
skoulariki me ena mikro margaritari, mallon sto xwro tou mpoufe h
sthn pista. Exei vre8ei kati? Exei synaisthmatikh aksia, htan ths
giagias mou.
Despoina"""),
("el", "b57-el-dokimi-menou-etisio-deipno", "Ευάγγελος Ρούσσος <e.roussos@example.gr>", "Δοκιμή μενού", "general", "",
"""Καλησπέρα σας,

Για το ετήσιο δείπνο της εταιρείας μας τον Δεκέμβριο θα θέλαμε να
κανονίσουμε μια δοκιμή μενού με τον σεφ. Ποιες μέρες γίνεται συνήθως
και πόσα άτομα μπορούν να έρθουν από μεριάς μας;

Ευάγγελος Ρούσσος"""),
("el", "b57-el-nea-diefthynsi-etaireias", "Γραμματεία Ηλιοτρόπιο Α.Ε. <grammateia@iliotropio.example>", "Αλλαγή διεύθυνσης", "general", "",
"""Καλημέρα σας,

Σας ενημερώνουμε ότι από 1/10 τα γραφεία μας μεταφέρθηκαν στη
Λεωφόρο Κηφισίας 212, 15231 Χαλάνδρι. Παρακαλούμε ενημερώστε τα
στοιχεία μας για την αλληλογραφία και τις αποστολές υλικού για τις
εκθέσεις. Τα τηλέφωνα και τα email μένουν ίδια.

Με εκτίμηση,
Γραμματεία"""),
("el", "b57-el-fotografies-teletis", "Μαρια Κοντογιαννη <maria.kontogianni@example.gr>", "Φωτογραφιες απο την τελετη", "general", "",
"""Καλησπερα,

Η εταιρεια μας βραβευτηκε στην τελετη της Πεμπτης (κατηγορια Καινοτομια).
Υπαρχει τροπος να παρουμε τις φωτογραφιες της απονομης σε καλη αναλυση
για το δελτιο τυπου μας; Θα αναφερουμε φυσικα τον φωτογραφο.

Μαρια Κοντογιαννη
Επικοινωνια"""),
("el", "b57-el-security-eisodos-agenis", "Πέτρος Αθανασίου <p.athanasiou@example.gr>", "Συμπεριφορά φύλακα", "general", "",
"""Καλησπέρα,

Απλώς για να το ξέρετε: ο φύλακας στην είσοδο Β του εκθεσιακού κέντρου
την Κυριακή το πρωί ήταν πολύ απότομος με μια ηλικιωμένη εκθέτρια
που δεν έβρισκε το καρτελάκι της. Τελικά τη βοήθησε μια συνάδελφος από
το διπλανό περίπτερο. Δεν είναι κάτι σοβαρό, αλλά καλό είναι να το
μάθουν.

Πέτρος"""),
("el", "b57-el-gl-kalodia-diadromos-skontafthkan", "Marios Sfakianakis <m.sfakianakis@example.gr>", "diadromos 4", "general", "high",
"""Kalhmera, ston diadromo 4 toy peripterou 2 yparxei mia xontrh
seira kalwdia kata mhkos tou diadromou, me mia tainia pou exei
3ekollhsei. Xtes skontafthkan toulaxiston treis episkeptes, mia kyria
epese kai xtyphse to gonato ths. Simera exei akoma perissotero kosmo.
Mporei na to ftia3ei kapoios prin ginei kati xeirotero?
Marios, periptero 4-17"""),
("el", "b57-el-arnisi-eisodou-proistamenos", "Ευδοκία Σταμούλη <e.stamouli@example.gr>", "Μας αρνήθηκαν την είσοδο στο συνέδριο", "general", "high",
"""Καλησπέρα,

Χθες το πρωί εγώ και δύο συνεργάτες μου, με κανονικές εγγραφές και
καρτελάκια, δεν μας άφησαν να μπούμε στην κεντρική αίθουσα του
συνεδρίου γιατί η υπεύθυνη υποδοχής επέμενε ότι «τα ονόματά μας δεν
είναι στη λίστα». Μας μίλησε με απαράδεκτο τρόπο μπροστά σε δεκάδες
συναδέλφους και χάσαμε την ομιλία για την οποία είχαμε έρθει από τα
Γιάννενα.

Δεν θέλω απάντηση από την υποδοχή. Θέλω να επικοινωνήσει μαζί μου ο
υπεύθυνος της διοργάνωσης ή κάποιος ανώτερος.

Ευδοκία Σταμούλη"""),
("el", "b57-el-gl-prosvasi-typou", "Anna Lykoudi <anna.lykoudi@example.gr>", "diapisteush typou", "general", "",
"""Kalhmera, grafw gia ena epixeirhmatiko site sth Patra kai 8a h8ela na
kalypsw thn ek8esh tourismou. Pws ginetai h diapisteush typou kai
mexri pote prepei na th zhthsw?
Anna Lykoudi"""),
("el", "b57-el-xoros-prosefxis-synedrio", "Ιμπραήμ Χασάν <ibrahim.hasan@example.gr>", "Συνάντηση Τρίτης", "general", "",
"""Καλημέρα,

Την Τρίτη έχουμε συνάντηση στο συνεδριακό σας κέντρο με αντιπροσωπεία
από την Ιορδανία. Υπάρχει κάποιος ήσυχος χώρος που θα μπορούσαν να
χρησιμοποιήσουν για προσευχή κατά τη διάρκεια της ημέρας;

Ευχαριστώ,
Ιμπραήμ Χασάν"""),
("el", "b57-el-fotografia-diafimisi-dikigoros", "Νικολέτα Φραγκιαδάκη <n.fragkiadaki@example.gr>", "Χρήση φωτογραφίας μου χωρίς συναίνεση", "general", "high",
"""Κύριοι,

Στη νέα διαφημιστική καμπάνια σας για το συνεδριακό κέντρο, σε
αφίσες στο μετρό και στο Instagram, χρησιμοποιείτε φωτογραφία όπου
εμφανίζομαι σε πρώτο πλάνο από ημερίδα του Μαρτίου. Ουδέποτε έδωσα
συναίνεση για διαφημιστική χρήση της εικόνας μου.

Σας καλώ να την αποσύρετε από κάθε μέσο εντός πέντε ημερών. Σε
αντίθετη περίπτωση έχω ήδη δώσει εντολή στη δικηγόρο μου να κινηθεί
νομικά.

Νικολέτα Φραγκιαδάκη"""),
("el", "b57-el-gl-lista-ekdhlwsewn", "Thodoris Papas <thodoris.papas@example.gr>", "newsletter", "general", "",
"""Geia sas, 8a h8ela na mpw sth lista sas gia tis epomenes ekdhlwseis
kai ekth8eseis ths xronias, eimai se mia mikrh etaireia sto Volo. Pou
grafomai?
Eyxaristw, Thodoris"""),
# ---------------- Spanish ----------------
("es", "b57-es-recargo-pago-tarjeta-congreso", "Nuria Soler <nuria.soler@example.es>", "Recargo en la inscripción", "billing", "",
"""Hola,

Al inscribir a tres personas de nuestro equipo en el Congreso Nacional
de Logística la pasarela me ha cobrado un 2% de "gastos de gestión por
pago con tarjeta" (37,80 €) que no aparecía en ningún sitio hasta el
último paso. ¿Es correcto? Si pagamos por transferencia, ¿nos ahorramos
ese recargo y nos lo podéis devolver?

Gracias,
Nuria Soler
Dpto. de Operaciones, Transportes Llevant"""),
("es", "b57-es-cfdi-publico-en-general", "Alejandra Ruiz <aruiz@grupo-cimarron.example>", "Factura convención Monterrey", "billing", "",
"""Buen día,

Les escribo porque la factura del salón para nuestra convención de
ventas en Monterrey (anticipo de $85,000.00 MXN) salió a "Público en
General" y no a nombre de la empresa. Necesitamos el CFDI con estos
datos:

Razón social: Grupo Cimarrón Distribuciones S.A. de C.V.
RFC: GCD000000XX0
Uso de CFDI: G03 Gastos en general
Régimen fiscal: 601

¿Me lo pueden refacturar? Contabilidad lo necesita antes del cierre de
mes.

Saludos cordiales,
Alejandra Ruiz
Coordinación de Eventos"""),
("es", "b57-es-ar-pagar-en-pesos-transferencia", "Martín Ledesma <martin.ledesma@example.com.ar>", "pago del congreso", "billing", "",
"""Hola, qué tal. Quiero inscribir a cuatro personas de la empresa al
congreso de agronegocios en Rosario pero la web solo me deja pagar con
tarjeta y en dólares. ¿Se puede pagar en pesos por transferencia
bancaria? Si es así, ¿a qué cotización lo toman y me mandan factura A?

Gracias, saludos
Martín Ledesma
Agroservicios del Litoral S.R.L."""),
("es", "b57-es-cena-gala-menus-de-mas-director", "Fernando Castaño <fernando.castano@example.es>", "Cena de gala 15/11 - facturación de cubiertos", "billing", "high",
"""Buenas tardes,

Para la cena de gala de nuestra empresa del 15 de noviembre os
confirmamos por escrito, el día 10, 180 cubiertos. En la factura nos
cobráis 210 a 95 € cada uno, es decir, 2.850 € de más, con el argumento
de que "la cifra mínima del presupuesto inicial era 210". Esa cifra se
cambió de mutuo acuerdo y tengo los correos que lo prueban.

Es la tercera vez que lo explico a vuestro departamento de eventos y
siempre me responden lo mismo. Quiero que me llame el director
comercial del hotel, no otra persona del equipo.

Fernando Castaño
Director de RR. HH.
Laboratorios Orbe"""),
("es", "b57-es-co-hotel-cobrado-doble-contracargo", "Juliana Ospina <juliana.ospina@example.com.co>", "Cobro doble hotel Cartagena", "billing", "high",
"""Buenas tardes,

Por medio de su agencia reservamos y pagamos por adelantado cuatro
noches de hotel en Cartagena para dos gerentes que asistieron a la
feria de puertos (COP 3.840.000). Al salir, el hotel les volvió a
cobrar la estadía completa en su tarjeta porque "no tenía registrado
el pago de la agencia".

Llevo tres semanas enviando los soportes y nadie me da una solución.
Si el dinero no se reintegra esta semana, vamos a pedir el contracargo
al banco de la tarjeta corporativa.

Cordialmente,
Juliana Ospina
Asistente de Gerencia, Naviera del Caribe"""),
("es", "b57-es-team-building-ere-abogado", "Pilar Gómez <pilar.gomez@example.es>", "Cancelación actividad 21 de junio", "billing", "high",
"""Estimados señores:

El pasado 2 de mayo les comunicamos por escrito la cancelación de la
jornada de team building de kayak y paella prevista para el 21 de junio
(60 personas), porque la empresa está en pleno ERE y no procede hacer
una actividad de este tipo. Habíamos abonado 3.600 € por adelantado.

Sus condiciones generales establecen una penalización del 25% para
cancelaciones con más de 30 días de antelación, pero ustedes pretenden
quedarse con el 100%. Les solicito la devolución de 2.700 € en un plazo
de 15 días. De lo contrario, nuestro departamento jurídico presentará
la reclamación correspondiente.

Atentamente,
Pilar Gómez Aranda
Responsable de Administración"""),
("es", "b57-es-mx-membresia-fusion", "Ricardo Villaseñor <r.villasenor@example.com.mx>", "Membresía expositores", "billing", "",
"""Buenas tardes,

Les comento que a partir de enero nuestra empresa se fusiona con
Grupo Alcázar y ellos ya tienen su propia membresía de expositores con
ustedes. Por lo tanto ya no vamos a necesitar la nuestra; les pido que
no la renueven en febrero ni carguen los $24,500 a la tarjeta que
tienen registrada.

Quedo atento,
Ricardo Villaseñor"""),
("es", "b57-es-re-presupuesto-cabinas-senal", "Carmen Ibáñez <carmen.ibanez@example.es>", "Re: Presupuesto 2025-118 - Cabinas de interpretación", "billing", "",
"""Hola, Javier:

Gracias por el presupuesto. Lo tenemos aprobado en principio; solo una
pregunta antes de firmar: ¿podemos pagar un 30 % de señal ahora y el
resto cuando termine el congreso, o tiene que estar abonado todo antes?

Un saludo,
Carmen

El mar, 8 abr 2025 a las 12:31, Javier Morales (<presupuestos@interpretalia.example>) escribió:
> Hola, Carmen:
>
> Te adjunto el presupuesto para dos cabinas ISO, consolas, 250
> receptores y técnico para los días 22 y 23 de mayo en Valencia.
> Total: 6.480 € + IVA.
>
> Quedamos a la espera.
> Javier"""),
("es", "b57-es-cl-descuento-grupo-no-aplicado", "Sebastián Fuentes <sebastian.fuentes@example.cl>", "Entradas seminario", "billing", "",
"""Hola, compramos 12 entradas para el seminario de innovación minera en
Antofagasta. En la página dice que para grupos de 10 o más hay 15% de
descuento, pero nos cobraron el precio completo: $1.080.000 en vez de
$918.000. ¿Nos pueden devolver la diferencia?

Saludos,
Sebastián Fuentes"""),
("es", "b57-es-no-devolucion-cambiar-a-vip", "Jordi Puig <jordi.puig@example.es>", "Entradas feria", "billing", "",
"""Hola, no quiero que me devolvais el dinero de las entradas, al
contrario. Compre 3 entradas generales para la feria de franquicias y
ahora quiero cambiarlas a VIP para tener acceso a las reuniones con
inversores. Como lo hago y cuanto tengo que pagar de diferencia?

Jordi"""),
("es", "b57-es-software-pausar-agosto", "Beatriz Herrero <bherrero@example.es>", "Plan Profesional", "billing", "",
"""Buenos días,

Usamos vuestro software de gestión de eventos con el plan Profesional
(149 €/mes). En agosto la agencia cierra y no tenemos ni un evento
hasta la segunda semana de septiembre. ¿Se puede dejar en pausa la
cuenta ese mes sin perder los datos ni las plantillas, y no pagar esa
mensualidad?

Gracias,
Beatriz"""),
("es", "b57-es-uy-proforma-antes-pago", "Gonzalo Pereira <gonzalo.pereira@example.com.uy>", "Hola", "billing", "",
"""Hola, ¿cómo andan? Para pagar el stand en la expo de Montevideo
necesitamos primero una factura proforma a nombre de la empresa, si no,
administración no libera el pago. ¿Me la pueden mandar? RUT y datos van
abajo.

Pereira Hnos. S.A.
RUT 210000000000
Av. Rivera 3120, Montevideo

Gracias!
Gonzalo"""),
("es", "b57-es-fianza-mobiliario-stand", "Inmaculada Torres <inma.torres@example.es>", "Fianza mobiliario", "billing", "",
"""Buenos días,

En la feria de alimentación de Sevilla alquilamos mobiliario para el
stand y dejamos una fianza de 300 €. Devolvimos todo en perfecto estado
el último día y el técnico lo firmó. Han pasado ya cinco semanas y la
fianza no ha vuelto a la cuenta. ¿Cuándo se devuelve?

Inma Torres"""),
("es", "b57-es-acreditaciones-no-imprimen-congreso", "Dr. Álvaro Medina <secretaria@congreso-cardio.example>", "Acreditaciones", "technical", "high",
"""Abrimos la secretaría técnica a las 7:30 y las impresoras de
acreditaciones no imprimen nada: la aplicación de acceso da "error de
sincronización" al buscar a cualquier inscrito. Tenemos 2.000
congresistas en el Palacio de Congresos, la cola llega a la calle y la
sesión inaugural empieza a las 9:00. Estamos haciendo acreditaciones a
mano con rotulador.

Necesitamos que alguien nos llame YA: 600 000 421.

Álvaro Medina
Secretaría Técnica, Congreso Nacional de Cardiología"""),
("es", "b57-es-mx-preventa-pagina-caida", "Karla Mendoza <karla@festivaldelnorte.example>", "preventa", "technical", "high",
"""Buen día,

Lanzamos la preventa del foro empresarial hoy a las 10:00 y desde
entonces la página de registro no carga, se queda en blanco o marca
"error 502". Llevamos semanas anunciándola y los patrocinadores ya nos
están escribiendo que sus invitados no pueden registrarse. No hemos
vendido ni un boleto.

¿Alguien puede revisar urgente por favor? Mi cel: 81 0000 4477.

Karla Mendoza"""),
("es", "b57-es-ar-microfonos-interferencia", "Lucía Ferraro <lucia.ferraro@example.com.ar>", "micrófonos", "technical", "",
"""Hola chicos, les comento que en la jornada del jueves los dos
micrófonos inalámbricos de mano que nos alquilaron agarraban
interferencia cada tanto, como una radio de fondo. Los de vincha
andaban bien. El 12 tenemos otra jornada con ustedes, ¿pueden
revisarlos o mandarnos otros?

Gracias!
Lu"""),
("es", "b57-es-cabina-extractor-no-gira", "Elena Cabrera <elena.cabrera@example.es>", "Cabina 2 - ventilación", "technical", "",
"""Hola,

Soy una de las intérpretes del congreso de esta semana. En la cabina 2
el extractor no funciona: se enciende la luz del interruptor pero el
ventilador no gira. Tras una hora con la puerta cerrada hace un calor
tremendo. ¿Podría mirarlo el técnico antes de mañana?

Elena Cabrera"""),
("es", "b57-es-mx-bateria-receptor-inflada", "Héctor Galindo <hector.galindo@example.com.mx>", "Receptor de traducción", "technical", "high",
"""Hola, buenas tardes.

Al devolver los receptores de traducción al final de la sesión, uno de
los asistentes nos entregó el suyo muy caliente y con la tapa trasera
abombada; parece que la batería está inflada. Lo pusimos aparte en una
charola de metal, lejos de los demás y de la mesa de registro. No hubo
ningún herido.

Mañana se vuelven a cargar todos en el mismo maletín. ¿Nos pueden
decir qué hacemos con ese y si pueden revisar los demás antes?

Saludos,
Héctor Galindo"""),
("es", "b57-es-no-factura-streaming-contrasena", "Raúl Serrano <raul.serrano@example.es>", "Enlace de la retransmisión", "technical", "",
"""Hola,

No es por la factura, eso ya está pagado. Es que el enlace de la
retransmisión en directo que os pasamos para la junta de socios les
pide una contraseña a los asistentes remotos, y nosotros no hemos
configurado ninguna. En la vista previa desde nuestra cuenta entra sin
problema.

Raúl"""),
("es", "b57-es-co-usuario-bloqueado-portal", "Andrés Cárdenas <andres.cardenas@example.com.co>", "No puedo entrar", "technical", "",
"""Buenos días, al intentar entrar al portal corporativo de viajes me sale
"Usuario bloqueado por intentos fallidos", aunque es la primera vez que
entro hoy. Le di a "Olvidé mi contraseña" y el correo no llega. Necesito
aprobar los tiquetes de dos personas del área comercial.

Gracias,
Andrés Cárdenas"""),
("es", "b57-es-votacion-electronica-junta", "Josefa Martin <josefa.martin@example.es>", "Votacion junta de accionistas", "technical", "",
"""Buenas tardes,

Estamos haciendo la prueba del sistema de votacion electronica para la
junta de accionistas del jueves. Los mandos se conectan, pero cuando
votamos en la prueba el resultado en pantalla sale siempre a cero. Lo
hemos intentado con cinco mandos distintos. Nos queda tiempo, pero
queremos dejarlo resuelto antes del miercoles.

Josefa Martin"""),
("es", "b57-es-pe-app-sin-notificaciones", "Rocío Quispe <rocio.quispe@example.pe>", "App del evento", "technical", "",
"""Hola, buenas tardes. Estamos usando la app para nuestro encuentro de
proveedores en Lima y las notificaciones push no les llegan a los
asistentes, ni en iPhone ni en Android. Desde el panel figuran como
"enviadas". Los permisos de notificaciones están activados en los
celulares que revisamos.

Saludos,
Rocío Quispe"""),
("es", "b57-es-sonido-sala-tercera-vez-responsable", "Ignacio Larrea <ignacio.larrea@example.es>", "Sonido del auditorio - otra vez", "technical", "high",
"""Buenos días,

Es la tercera vez que el sistema de sonido del auditorio se corta en
mitad de una ponencia durante nuestros eventos en vuestro centro. Ayer
fue en plena presentación de resultados ante 300 clientes, y tuvimos
que seguir sin micrófono durante veinte minutos. Las dos veces
anteriores el técnico dijo que era "un fallo puntual".

No quiero hablar más con el técnico de turno. Pido que me llame el
responsable del centro de congresos esta misma semana.

Ignacio Larrea
Director de Marketing"""),
("es", "b57-es-mx-qr-boletos-borrosos", "Diana Espinosa <diana.espinosa@example.com.mx>", "boletos impresos", "technical", "",
"""Qué tal, al imprimir los boletos desde su plataforma el código QR sale
borroso y los lectores de la entrada no lo leen en la prueba que
hicimos. En pantalla sí se ve nítido. Probamos en dos impresoras
distintas.
Diana"""),
("es", "b57-es-re-wifi-expositores-credenciales", "Óscar Blanco <oscar.blanco@example.es>", "Re: Acceso wifi expositores", "technical", "",
"""Hola, Marta:

Pues no funciona. He probado el usuario y la contraseña que me
indicas abajo y la red dice "credenciales incorrectas" en el portátil y
en dos móviles. Al resto del pabellón 4 parece pasarle lo mismo.

Óscar
Stand 4B21

> De: Marta Lozano <expositores@feria-norte.example>
> Enviado: lunes, 3 de marzo de 2025 9:15
> Asunto: Acceso wifi expositores
>
> Buenos días:
> Os recordamos los datos de acceso a la red de expositores:
> Usuario: expo2025 / Contraseña: la que figura en vuestra acreditación.
> Un saludo,
> Marta"""),
("es", "b57-es-ar-formulario-cuit-guiones", "Pablo Sosa <pablo.sosa@example.com.ar>", "inscripcion", "technical", "",
"""Hola, el formulario de inscripcion no me acepta el CUIT ni con guiones
ni sin guiones, siempre dice "formato invalido". Probe con dos CUIT
distintos de la empresa. Cómo hago para anotarme?
Pablo"""),
("es", "b57-es-horario-montaje-fira", "Montse Vidal <montse.vidal@example.es>", "Montaje y desmontaje", "general", "",
"""Hola,

Participamos por primera vez en la feria de cosmética en Fira
Barcelona. ¿Cuál es el horario de montaje los días previos y hasta qué
hora podemos desmontar el último día? ¿Hace falta alguna acreditación
especial para los montadores?

Gracias,
Montse Vidal"""),
("es", "b57-es-mx-valet-parking-salon", "Lorena Treviño <lorena.trevino@example.com.mx>", "Estacionamiento", "general", "",
"""Buenas tardes, para la cena anual de la empresa en su salón vamos a
ser unos 150 invitados. ¿Cuentan con servicio de valet parking o hay
estacionamiento cercano que nos recomienden?

Saludos cordiales,
Lorena Treviño"""),
("es", "b57-es-ar-gracias-agencia-huelga", "Graciela Bustos <graciela.bustos@example.com.ar>", "GRACIAS", "general", "",
"""Queridos, les escribo solo para agradecerles. Con el paro de
aeronáuticos del martes se nos cayeron los vuelos de los ocho gerentes
que iban a la convención en Córdoba, y Valeria de su equipo nos
reorganizó todo en micro y remises en menos de dos horas. Llegaron
todos a tiempo. Un lujo, de verdad.

Graciela Bustos
Gerencia de RR.HH."""),
("es", "b57-es-abrigo-guardarropa", "Francisco Javier Ruiz <fj.ruiz@example.es>", "Abrigo", "general", "",
"""Buenas, estuve en las jornadas de ciberseguridad del viernes y al
recoger del guardarropa me dieron un abrigo que no era el mío (mismo
color, otra talla). El mío es un abrigo azul marino de lana con una
bufanda gris en la manga. ¿Ha aparecido? Tengo el otro aquí para
devolverlo.

Francisco Javier"""),
("es", "b57-es-envio-material-hotel-congreso", "Logística Farmalia <logistica@farmalia.example>", "Envío material congreso", "general", "",
"""Buenos días,

Vamos a enviar cuatro cajas de material promocional para nuestro stand
en el congreso que se celebra en su hotel del 9 al 11 de octubre.
¿Con cuánta antelación las pueden recibir, a qué nombre y dirección las
enviamos, y dónde se guardan hasta el montaje?

Un saludo,
Departamento de Logística"""),
("es", "b57-es-cl-cambio-asistente", "Valentina Rojas <valentina.rojas@example.cl>", "Cambio de asistente", "general", "",
"""Hola, yo estaba inscrita al encuentro de recursos humanos del 4 de
septiembre pero no voy a poder ir; en mi lugar irá mi colega Tomás
Herrera (tomas.herrera@example.cl). ¿Pueden cambiar el nombre en la
inscripción y mandarle a él la entrada?

Gracias!
Valentina"""),
("es", "b57-es-asociacion-estudiantes-entradas", "Asociación de Estudiantes de Turismo <aet.usal@example.es>", "Colaboración con estudiantes", "general", "",
"""Estimados organizadores:

Somos la Asociación de Estudiantes de Turismo de la Universidad de
Salamanca. Nos gustaría saber si la feria ofrece algún tipo de acceso
para estudiantes o si buscan voluntarios para los días del evento.
Para muchos de nosotros sería una oportunidad muy valiosa de conocer el
sector.

Un cordial saludo,
Lucía Bermejo, presidenta"""),
("es", "b57-es-consulta-ludoteca-congreso", "Irene Navarro <irene.navarro@example.es>", "Consulta", "general", "",
"""Hola, voy a asistir al congreso de pediatría de noviembre con mi hijo
de 3 años. ¿Hay ludoteca o algún servicio de cuidado de niños durante
las sesiones? Si no, ¿me podéis recomendar algo cerca del palacio?

Muchas gracias,
Irene"""),
("es", "b57-es-rampa-losa-suelta-pabellon", "Tomás Aguirre <tomas.aguirre@example.es>", "Rampa de acceso pabellón 8", "general", "high",
"""Hola,

En la rampa de acceso de carga del pabellón 8 hay una losa suelta que
se mueve al pisarla, justo en mitad de la subida. Esta mañana un
montador se ha caído con una carretilla llena de cajas; se ha hecho
daño en la muñeca, nada grave. Mañana es la inauguración y va a pasar
mucha más gente por ahí. ¿Podéis señalizarla o arreglarla hoy?

Tomás Aguirre
Stand 8C04"""),
("es", "b57-es-mx-seguridad-retuvo-invitados-gerente", "Mauricio Salgado <mauricio.salgado@example.com.mx>", "Trato a nuestros invitados", "general", "high",
"""Buenas noches,

En la cena de premiación del sábado, el personal de seguridad de la
entrada retuvo durante casi cuarenta minutos a cuatro de nuestros
invitados, dos de ellos directores de una empresa cliente, diciendo que
"no estaban en la lista", cuando habíamos enviado la lista completa con
una semana de anticipación. Les hablaron de manera prepotente frente a
todos.

No quiero una disculpa genérica. Solicito que el gerente general del
recinto se comunique conmigo directamente.

Mauricio Salgado
Director Comercial"""),
("es", "b57-es-ar-datos-personales-agencia", "Florencia Acosta <florencia.acosta@example.com.ar>", "Mis datos", "general", "high",
"""Buenas tardes. Desde que me acredité en la expo de software de
Buenos Aires me llegan mails y llamadas de empresas que nunca autoricé.
Solicito que me informen qué datos míos tienen, a quién se los cedieron
y que los supriman de sus bases. Si en el plazo legal no tengo
respuesta voy a hacer la denuncia ante la Agencia de Acceso a la
Información Pública.

Florencia Acosta
DNI 30.000.000"""),
("es", "b57-es-urgente-codigo-vestimenta", "Paula Méndez <paula.mendez@example.es>", "URGENTE", "general", "",
"""URGENTE!!! ¿Cuál es el código de vestimenta de la cena de los premios
del viernes? En la invitación pone "cóctel" pero mi jefe dice que es
etiqueta. Necesito saberlo hoy para ir a alquilar el traje!!"""),
("es", "b57-es-re-reserva-ponente-silla-ruedas", "Álvaro Pizarro <alvaro.pizarro@example.es>", "Re: Confirmación de reserva 7712", "general", "",
"""Hola de nuevo,

Una cosa que olvidé comentaros: uno de nuestros ponentes va en silla de
ruedas. ¿El escenario de la sala Goya tiene rampa o acceso sin
escalones? Y ¿el baño adaptado está en la misma planta?

Gracias,
Álvaro

El 14/02/2025, a las 11:02, Reservas <reservas@centro-goya.example> escribió:
> Estimado Sr. Pizarro:
> Le confirmamos la reserva 7712 de la sala Goya para el 6 de marzo, de
> 9:00 a 14:00, con montaje en escuela para 80 personas.
> Atentamente,
> Departamento de Reservas"""),
("es", "b57-es-monologuista-casi-infarto", "Rosa María Gil <rosamaria.gil@example.es>", "La cena de Navidad", "general", "",
"""Hola,

Solo queríamos daros las gracias por la cena de empresa del sábado. El
monologuista nos mató, de verdad, casi nos da un infarto de tanto
reírnos, y el servicio fue impecable. Hasta los de contabilidad
acabaron bailando. Repetiremos seguro.

Un abrazo,
Rosa María Gil
Gerencia"""),
# ---------------- Polish ----------------
("pl", "b57-pl-faktura-zaliczkowa-mtp", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Faktura zaliczkowa - stoisko", "billing", "",
"""Dzień dobry,

w marcu wpłaciliśmy zaliczkę 6 000 zł na stoisko na targach budownictwa
w Poznaniu, a teraz dostaliśmy od razu fakturę końcową na całą kwotę
(14 760 zł brutto), bez faktury zaliczkowej i bez odliczenia wpłaty.
Księgowość prosi o wystawienie faktury zaliczkowej z datą wpływu i
skorygowanie końcowej.

Z poważaniem,
Agnieszka Wróbel
Dział Marketingu, Termobud Sp. z o.o."""),
("pl", "b57-pl-przylacze-9kw-zamiast-3", "Paweł Zieliński <pawel.zielinski@example.pl>", "Rozliczenie targów", "billing", "",
"""Dzień dobry,

w rozliczeniu po targach dostaliśmy opłatę za przyłącze elektryczne
9 kW (1 450 zł netto), a w formularzu zamawialiśmy 3 kW, bo mieliśmy
tylko oświetlenie i dwa laptopy. Proszę o sprawdzenie i korektę.

Pozdrawiam,
Paweł Zieliński"""),
("pl", "b57-pl-zakopane-parking-w-pakiecie", "Marek Lis <marek.lis@example.pl>", "Konferencja Zakopane - parking", "billing", "",
"""Dzien dobry,

po naszej konferencji w hotelu w Zakopanem (12-14 marca) na fakturze
pojawil sie parking dla 20 samochodow, 3 doby x 40 zl = 2 400 zl.
W ofercie, ktora podpisalismy, parking byl wliczony w pakiet
konferencyjny (pkt 6). Prosze o korekte faktury.

Marek Lis
Administracja"""),
("pl", "b57-pl-integracja-mazury-open-bar-prezes", "Joanna Kaczmarek <joanna.kaczmarek@example.pl>", "Integracja firmowa - dopłata za bar", "billing", "high",
"""Dzień dobry,

po naszej dwudniowej integracji na Mazurach (85 osób) otrzymaliśmy
fakturę z dopłatą 7 820 zł za "napoje alkoholowe ponad pakiet".
W mailu z 14 kwietnia, który przesyłam ponownie, Państwa handlowiec
jasno napisał, że open bar w trakcie wieczornego grilla jest w cenie
pakietu.

Od trzech tygodni odbijam się od działu rozliczeń. Proszę o kontakt
kierownika działu eventów albo kogoś z zarządu - nie chcę już pisać do
ogólnej skrzynki.

Joanna Kaczmarek
HR Business Partner"""),
("pl", "b57-pl-agencja-prowizja-dwa-razy-chargeback", "Tomasz Wójcik <tomasz.wojcik@example.pl>", "Podwójna opłata serwisowa", "billing", "high",
"""Dzień dobry,

za bilety lotnicze do Mediolanu dla trzech handlowców (rezerwacja
KRK-MXP z 4 listopada) pobrali Państwo opłatę serwisową dwa razy:
2 x 360 zł z karty firmowej. Od dwóch tygodni czekam na zwrot drugiej
kwoty, obiecanej telefonicznie.

Jeżeli do piątku pieniądze nie wrócą, zgłoszę transakcję do banku w
ramach procedury chargeback.

Tomasz Wójcik
Kierownik Biura Zarządu"""),
("pl", "b57-pl-gala-przeniesiona-pozew", "Krzysztof Mazur <krzysztof.mazur@example.pl>", "Gala Biznesu - zwrot za stolik", "billing", "high",
"""Szanowni Państwo,

wykupiliśmy stolik dla 10 osób na Galę Biznesu Regionu (9 800 zł).
Gala została przez Państwa przeniesiona z 18 października na 6
grudnia, a w tym terminie mamy zjazd całej firmy. Poprosiliśmy o zwrot
w dniu ogłoszenia zmiany. Odpowiedź, że "bilety nie podlegają
zwrotowi", jest nie do przyjęcia - to nie my zmieniliśmy termin.

Jeśli kwota nie wróci na nasz rachunek w ciągu 14 dni, skierujemy
pozew do sądu.

Krzysztof Mazur
Prezes Zarządu, Mazur Logistyka S.A."""),
("pl", "b57-pl-zawieszenie-dzialalnosci-abonament", "Halina Nowicka <halina.nowicka@example.pl>", "Nasz abonament", "billing", "",
"""Dzień dobry,

mąż, który prowadził naszą agencję eventową, przeszedł na emeryturę i od
stycznia zawieszamy działalność firmy. Nie będziemy więc już korzystać z
systemu biletowego. Proszę, żeby abonament nie przedłużył się w
grudniu i żeby nie ściągać już opłat z naszego konta.

Dziękuję za lata współpracy,
Halina Nowicka"""),
("pl", "b57-pl-re-oferta-kabiny-przelew-14-dni", "Ewa Sikora <ewa.sikora@example.pl>", "Re: Oferta - kabiny tłumaczeniowe, Kongres Onkologiczny", "billing", "",
"""Dzień dobry Panie Michale,

dziękuję za ofertę. Czy możliwa jest płatność przelewem z terminem 14
dni od wystawienia faktury po wydarzeniu? Nasza uczelnia nie płaci
zaliczek bez osobnej zgody kwestora, a to trwa.

Pozdrawiam serdecznie,
Ewa Sikora

W dniu 7.05.2025 o 13:48, Michał Kowalewski <oferty@tlumacz-sprzet.example> pisze:
> Dzień dobry,
>
> w załączeniu oferta na dwie kabiny tłumaczeniowe z pełnym
> wyposażeniem i 300 odbiornikami na 12-13 czerwca w Krakowie.
> Wartość: 18 400 zł netto. Warunki: 30% zaliczki przy zamówieniu.
>
> Z pozdrowieniami,
> Michał Kowalewski"""),
("pl", "b57-pl-rabat-izba-gospodarcza", "Grzegorz Pawlak <grzegorz.pawlak@example.pl>", "Rabat dla członków izby", "billing", "",
"""Dzien dobry, jestesmy czlonkiem Izby Gospodarczej, a na stronie forum
jest informacja o 20% rabacie dla czlonkow. Przy zakupie 4 biletow
rabat sie nie naliczyl i zaplacilismy 3 560 zl zamiast 2 848 zl.
Mozna prosic o zwrot roznicy? Numer czlonkowski 1187.
Grzegorz Pawlak"""),
("pl", "b57-pl-nie-chce-zwrotu-edycja-jesienna", "Aleksandra Dąbrowska <aleksandra.dabrowska@example.pl>", "Warsztaty 23 maja", "billing", "",
"""Dzień dobry,

nie chcę zwrotu pieniędzy. Z przyczyn służbowych nasze dwie osoby nie
dojadą na warsztaty 23 maja, więc proszę, żeby wpłacone 2 400 zł
zostało zaliczone na edycję jesienną tych samych warsztatów. Czy to
możliwe?

Aleksandra Dąbrowska"""),
("pl", "b57-pl-pytanie-odroczony-termin", "Rafał Michalski <rafal.michalski@example.pl>", "Pytanie", "billing", "",
"""Hej, czy za bilety na konferencję e-commerce można zapłacić BLIKiem
albo przelewem z odroczonym terminem? Kupujemy 15 biletów dla zespołu i
karta firmowa ma za niski limit.
Rafał"""),
("pl", "b57-pl-voucher-escape-room-przedluzenie", "Marta Kubiak <marta.kubiak@example.pl>", "voucher na escape room", "billing", "",
"""Dzien dobry, dostalismy od Panstwa voucher na firmowy escape room dla 12
osob jako nagrode w konkursie na targach. Wazny byl do konca wrzesnia,
a my przez zmiany w zespole nie zdazylismy go wykorzystac. Czy da sie
go przedluzyc o miesiac lub dwa?
Marta Kubiak"""),
("pl", "b57-pl-sponsor-zloty-na-srebrny", "Beata Szczepańska <beata.szczepanska@example.pl>", "Zmiana pakietu sponsorskiego", "billing", "",
"""Dzień dobry,

po cięciach budżetowych nie zmieścimy się w złotym pakiecie sponsorskim
Kongresu HR (45 000 zł netto). Chcielibyśmy przejść na pakiet srebrny
(25 000 zł netto). Zaliczkę 15 000 zł już wpłaciliśmy - proszę o nową
fakturę na pozostałą kwotę.

Beata Szczepańska
Employer Branding Manager"""),
("pl", "b57-pl-aplikacja-spotkan-b2b-nie-dziala", "Łukasz Grabowski <lukasz.grabowski@example.pl>", "Spotkania B2B", "technical", "high",
"""Dzień dobry,

od rana aplikacja do umawiania spotkań B2B na naszych targach nie
działa - wystawcy i kupcy widzą pusty kalendarz, a przy próbie
zaproszenia wyskakuje "Błąd serwera". Mamy 240 wystawców, którzy
przyjechali właśnie po to, żeby odbyć umówione spotkania, i już stoją
w kolejce do naszego biura z pretensjami.

Proszę o pilny telefon: 600 000 391.

Łukasz Grabowski
Dyrektor Targów Meble Polska"""),
("pl", "b57-pl-biuro-podrozy-system-nie-wystawia", "Biuro Podróży Słoneczny Szlak <biuro@slonecznyszlak.example>", "system", "technical", "high",
"""Dzien dobry,

od 8 rano nie mozemy wystawic ani jednego biletu w Panstwa systemie
rezerwacyjnym - kazda proba konczy sie komunikatem "Timeout - sprobuj
ponownie". W biurze siedzi kolejka klientow firmowych, jedna grupa ma
wylot jutro rano, a my od rana nie sprzedalismy nic.

Prosimy o natychmiastowy kontakt, tel. 22 000 41 18.

Jolanta Zawadzka
Biuro Podrozy Sloneczny Szlak"""),
("pl", "b57-pl-przedluzacz-kabina-iskrzy", "Dorota Pietrzak <dorota.pietrzak@example.pl>", "Kabina nr 1", "technical", "high",
"""Dzień dobry,

krótka informacja z kongresu w sali A: w kabinie tłumaczeniowej nr 1
listwa zasilająca, którą zostawił Państwa technik, zaiskrzyła przy
włączaniu konsoli i czuć było spaleniznę. Wyłączyłyśmy ją z gniazdka i
na razie pracujemy z drugiej kabiny. Nikomu nic się nie stało.

Czy ktoś może przyjść to sprawdzić i wymienić listwę przed sesją
popołudniową o 14:00?

Dorota Pietrzak
tłumaczka"""),
("pl", "b57-pl-klimatyzacja-trzeci-raz-kierownik", "Michał Jankowski <michal.jankowski@example.pl>", "Klimatyzacja w sali Kopernik - trzecie zgłoszenie", "technical", "high",
"""Dzień dobry,

to już trzecie zgłoszenie w ciągu trzech dni szkolenia: klimatyzacja w
sali Kopernik nie działa, w sali jest 30 stopni, a uczestnicy wychodzą
na korytarz. Za każdym razem przychodzi technik, coś przełącza i po
godzinie jest to samo.

Proszę, żeby skontaktował się ze mną kierownik obiektu, a nie kolejna
osoba z recepcji. Mamy u Państwa zarezerwowane jeszcze cztery szkolenia
w tym roku.

Michał Jankowski
Akademia Sprzedaży"""),
("pl", "b57-pl-panel-wystawcy-brak-maila", "Sylwia Krol <sylwia.krol@example.pl>", "panel wystawcy", "technical", "",
"""Dzien dobry, zarejestrowalam firme w panelu wystawcy, ale mail
aktywacyjny nie przychodzi (sprawdzalam spam i zakladke oferty). Bez
aktywacji nie moge wgrac logo do katalogu targowego. Termin jest do
konca tygodnia.
Sylwia Krol"""),
("pl", "b57-pl-nie-reklamacja-faktura-404", "Adrian Nowak <adrian.nowak@example.pl>", "Faktury w panelu", "technical", "",
"""Dzień dobry,

to nie jest reklamacja faktury, kwoty się zgadzają. Chodzi o to, że w
panelu klienta po kliknięciu "Pobierz PDF" przy każdej fakturze z
października wyskakuje błąd 404. Starsze faktury pobierają się bez
problemu.

Adrian Nowak"""),
("pl", "b57-pl-pilot-prezentacji-mac", "Kamil Wieczorek <kamil.wieczorek@example.pl>", "Pilot do prezentacji", "technical", "",
"""Hej, pilot do prezentacji z zestawu AV w sali Wisła nie działa z moim
MacBookiem - odbiornik USB świeci, ale slajdy się nie przesuwają. Z
laptopem z Windowsem kolegi działa. Mam wystąpienie jutro o 10.
Kamil"""),
("pl", "b57-pl-mikrofony-piszcza", "Renata Lewandowska <renata.lewandowska@example.pl>", "Nagłośnienie", "technical", "",
"""Dzień dobry,

podczas wczorajszej konferencji nagłośnienie w sali balowej co chwilę
piszczało (sprzężenie), zwłaszcza gdy prelegent podchodził do przodu
sceny. Technik przyciszał, ale wtedy tył sali nic nie słyszał. W
listopadzie robimy u Państwa kolejną konferencję - czy można to
wcześniej ustawić?

Renata Lewandowska"""),
("pl", "b57-pl-bilety-pdf-krzaczki", "Zbigniew Wasilewski <zbigniew.wasilewski@example.pl>", "Bilety PDF", "technical", "",
"""Dzien dobry,

w biletach PDF generowanych przez Panstwa system polskie znaki w
nazwiskach uczestnikow wyswietlaja sie jako krzaczki, np. "Ä…" zamiast
"ą". Nazwiska na identyfikatorach drukowanych z tego samego pliku
wygladaja fatalnie. Wczesniej bylo dobrze, zaczelo sie w tym tygodniu.

Zbigniew Wasilewski"""),
("pl", "b57-pl-re-webhook-crm-nie-wysyla", "Natalia Kozłowska <natalia.kozlowska@example.pl>", "Re: Zgłoszenie 71204 - integracja z CRM", "technical", "",
"""Dzień dobry,

niestety dalej to samo. Wygenerowałam nowy klucz API tak, jak Pan
poniżej pisze, i podmieniłam go w ustawieniach webhooka, ale nowe
rejestracje nadal nie trafiają do naszego CRM. Log w panelu pokazuje
"403 Forbidden" przy każdej próbie.

Natalia Kozłowska

---
Od: Wsparcie <wsparcie@eventreg.example>
Wysłano: wtorek, 14 października 2025 10:22
Temat: Zgłoszenie 71204 - integracja z CRM

Dzień dobry,
prosimy o wygenerowanie nowego klucza API w zakładce Integracje i
wklejenie go w ustawieniach webhooka.
Pozdrawiamy,
Zespół Wsparcia"""),
("pl", "b57-pl-tablet-drukarka-etykiet-bluetooth", "Patrycja Zając <patrycja.zajac@example.pl>", "Rejestracja - drukarka etykiet", "technical", "",
"""Dzień dobry,

tablet do rejestracji uczestników, który dostaliśmy w zestawie, nie
chce się połączyć z drukarką etykiet przez Bluetooth. Drukarka jest
widoczna na liście, ale po sparowaniu aplikacja pokazuje "Brak
drukarki". Restartowaliśmy oba urządzenia. Konferencja jest w
czwartek, więc jeszcze jest czas.

Patrycja Zając"""),
("pl", "b57-pl-wifi-hotel-limit-urzadzen", "Piotr Jasinski <piotr.jasinski@example.pl>", "internet", "technical", "",
"""Dzien dobry, w hotelu konferencyjnym dostalismy jeden kod do Wi-Fi dla
calej grupy szkoleniowej, ale po podlaczeniu ok. 10 urzadzen kolejne
nie moga sie zalogowac ("przekroczono limit urzadzen"). Jest nas 25.
Czy mozna zwiekszyc limit albo dostac wiecej kodow?
Piotr Jasinski"""),
("pl", "b57-pl-mapa-targow-nie-laduje", "Oliwia Baran <oliwia.baran@example.pl>", "Aplikacja targowa", "technical", "",
"""Dzień dobry, w aplikacji targowej zakładka "Mapa hal" od kilku dni się
nie ładuje - kręci się kółko i nic. Reszta działa. Telefon Samsung,
aplikacja zaktualizowana.
Oliwia"""),
("pl", "b57-pl-godziny-dla-zwiedzajacych", "Stanisław Kołodziej <stanislaw.kolodziej@example.pl>", "Targi rolnicze", "general", "",
"""Dzień dobry,

w jakich godzinach targi rolnicze w Kielcach będą otwarte dla
zwiedzających, a od której mogą wejść wystawcy? I czy w niedzielę też
jest otwarte?

Z poważaniem,
Stanisław Kołodziej"""),
("pl", "b57-pl-menu-weganskie-konferencja", "Karolina Czarnecka <karolina.czarnecka@example.pl>", "Catering", "general", "",
"""Dzień dobry,

na naszą konferencję w listopadzie zapisało się sporo osób na dietę
wegańską i bezglutenową. Czy mogę prosić o przykładowe menu dla tych
diet na lunch i przerwy kawowe? Chcę je pokazać zarządowi przed
podpisaniem umowy.

Karolina Czarnecka"""),
("pl", "b57-pl-podziekowanie-technik", "Wojciech Sadowski <wojciech.sadowski@example.pl>", "Podziękowania dla Pana Darka", "general", "",
"""Dzień dobry,

chciałem serdecznie podziękować Panu Darkowi z działu technicznego.
Podczas naszej konferencji prelegent przyjechał z prezentacją w
formacie, którego nikt nie umiał otworzyć, a Pan Darek w dziesięć minut
wszystko przygotował i uratował nam poranek. Prosimy przekazać mu
wyrazy uznania.

Wojciech Sadowski
Dyrektor Sprzedaży"""),
("pl", "b57-pl-zgubione-klucze-gala", "Ania Piotrowska <ania.piotrowska@example.pl>", "zguba", "general", "",
"""Dzien dobry, na sobotniej gali zgubilam klucze do samochodu z
brelokiem w ksztalcie zebry, pewnie przy szatni albo przy stoliku 14.
Czy ktos je znalazl? Moge podjechac w kazdej chwili.
Ania Piotrowska, 500 000 218"""),
("pl", "b57-pl-odbior-palet-po-targach", "Magazyn Drewmax <magazyn@drewmax.example>", "Odbiór palet po targach", "general", "",
"""Dzień dobry,

po zakończeniu targów chcemy, żeby kurier odebrał z hali 3 dwie palety
z naszymi ekspozytorami. Od której godziny ostatniego dnia może wjechać
na teren, którą bramą i czy musi mieć jakąś przepustkę?

Pozdrawiamy,
Magazyn Drewmax"""),
("pl", "b57-pl-nazwisko-po-slubie-identyfikator", "Katarzyna Mroczek <katarzyna.mroczek@example.pl>", "Zmiana nazwiska", "general", "",
"""Dzień dobry,

jestem zapisana na kongres jako Katarzyna Górecka, ale niedawno wyszłam
za mąż i teraz nazywam się Katarzyna Mroczek. Czy można zmienić
nazwisko w rejestracji, żeby identyfikator był już z nowym? Adres
e-mail zostaje ten sam.

Dziękuję,
Katarzyna Mroczek"""),
("pl", "b57-pl-szkola-wizyta-klasy", "Technikum Logistyczne nr 2 <sekretariat@tl2.example>", "Wizyta uczniów na targach", "general", "",
"""Szanowni Państwo,

jesteśmy technikum o profilu logistycznym. Chcielibyśmy przyprowadzić
na targi TransLog klasę trzecią (28 uczniów i 2 opiekunów). Czy
organizator przewiduje wejścia dla grup szkolnych, a jeśli tak, jak
zgłosić grupę?

Z poważaniem,
mgr Bożena Adamczyk"""),
("pl", "b57-pl-zapytanie-pies-asystujacy", "Jerzy Urbański <jerzy.urbanski@example.pl>", "Zapytanie", "general", "",
"""Dzień dobry, jestem osobą niewidomą i poruszam się z psem asystującym.
Czy mogę wejść z nim na galę wręczenia nagród w Państwa hotelu i czy
jest jakieś miejsce, gdzie pies może się napić wody?
Jerzy Urbański"""),
("pl", "b57-pl-piknik-szklo-plac-zabaw", "Edyta Czerwińska <edyta.czerwinska@example.pl>", "Piknik firmowy - plac zabaw", "general", "high",
"""Dzień dobry,

jesteśmy dziś na pikniku firmowym na terenie Państwa ośrodka. W
piaskownicy na placu zabaw przy stawie są kawałki rozbitego szkła,
chyba po butelce. Jedno z dzieci skaleczyło się lekko w rękę,
opatrzyliśmy. Na razie pilnujemy, żeby nikt tam nie wchodził, ale
dzieci jest ponad trzydzieścioro. Czy ktoś mógłby to szybko
posprzątać?

Edyta Czerwińska
(organizatorka ze strony firmy Polbox)"""),
("pl", "b57-pl-obsluga-recepcji-kierownik", "Andrzej Borkowski <andrzej.borkowski@example.pl>", "Skandaliczne zachowanie obsługi", "general", "high",
"""Dzień dobry,

w czwartek przyjechałem z zarządem naszej firmy na spotkanie w Państwa
centrum konferencyjnym. Pani w recepcji przez dwadzieścia minut
twierdziła, że nie mamy żadnej rezerwacji, zwracała się do nas
lekceważąco i w końcu kazała "poczekać na zewnątrz", choć na tablicy
przy wejściu widniała nazwa naszej firmy.

Oczekuję kontaktu od dyrektora obiektu, a nie od kolejnej osoby z
recepcji.

Andrzej Borkowski"""),
("pl", "b57-pl-lista-uczestnikow-uodo", "Monika Walczak <monika.walczak@example.pl>", "Moje dane na Państwa stronie", "general", "high",
"""Dzień dobry,

na stronie konferencji opublikowali Państwo listę uczestników z
imionami, nazwiskami, nazwami firm i numerami telefonów komórkowych.
Jest tam również mój prywatny numer. Nigdy nie wyraziłam na to zgody.

Żądam natychmiastowego usunięcia moich danych z listy oraz informacji,
komu jeszcze zostały udostępnione. Jeśli w ciągu 7 dni lista nadal
będzie dostępna, złożę skargę do Prezesa UODO.

Monika Walczak"""),
("pl", "b57-pl-pilne-szatnia", "Iwona Sobczak <iwona.sobczak@example.pl>", "PILNE!!!", "general", "",
"""PILNE - czy na konferencji bedzie szatnia?? Jedziemy prosto z
lotniska z walizkami i nie wiemy co z nimi zrobic!!"""),
("pl", "b57-pl-re-rezerwacja-wlasny-dj", "Dariusz Olszewski <dariusz.olszewski@example.pl>", "Re: Potwierdzenie rezerwacji sali - jubileusz firmy", "general", "",
"""Dzień dobry,

dziękuję za potwierdzenie. Mam jeszcze pytanie: czy na jubileusz
możemy przywieźć własnego DJ-a i czy sala ma dla niego gniazdka przy
scenie? Chcielibyśmy też wnieść tort od zaprzyjaźnionej cukierni.

Pozdrawiam,
Dariusz Olszewski

> Dzień dobry,
> potwierdzamy rezerwację Sali Kryształowej na 15 listopada, godz.
> 18:00-2:00, dla 120 osób.
> Z poważaniem,
> Dział Rezerwacji"""),
("pl", "b57-pl-prelekcja-bomba", "Joanna Rutkowska <joanna.rutkowska@example.pl>", "Wczorajsza konferencja", "general", "",
"""Dzien dobry!

Tylko krotko: wczorajsza konferencja to byla bomba. Prelekcja
otwierajaca rozlozyla sale na lopatki, a po panelu dyskusyjnym ludzie
jeszcze godzine nie chcieli wychodzic. Dziekujemy calemu zespolowi,
szczegolnie Pani Oli z koordynacji!

Joanna Rutkowska"""),
]
