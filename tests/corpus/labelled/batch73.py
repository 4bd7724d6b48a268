# batch73.py -- labelled test mails, held out of the tree until the rules it
# measures are final.  Nothing is to be tuned or trained on them.  Kinds of
# business: post and parcels for individuals -- parcel comparison sites, PO
# boxes and mail scanning, courier collections from home, parcel insurance,
# returns drop-off points, international letters and registered post,
# parcel lockers.  The failure classes in new situations: escalation demands
# and legal threats / chargebacks that keep their topic, negations, subjects
# that say nothing (or a "Re:" with the earlier mail quoted), plans ended or
# paused in other words, business outages told only by their consequences,
# safety hazards told calmly, praise, payment questions -- and everyday mail
# of all three queues.  40 mails each in en, el (a third Greeklish), es, pl.
# Tuple: (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b73-label-charged-twice-comparison", "Hannah Pryce <hannah.pryce@example.co.uk>", "Paid twice for one label", "billing", "",
"""Hi there,

I booked a Hermes-type drop-off label through your comparison page on
Sunday evening (small parcel, Cardiff to Bristol, 3.49). The page froze
after I pressed pay so I pressed it again, and now my banking app shows
two payments of 3.49 to you. I only got one label emailed.

Could you refund the second one please? Booking ref CMP-772910.

Thanks,
Hannah"""),
("en", "b73-insurance-claim-vase-small-claims", "Malcolm Fairweather <m.fairweather@example.co.uk>", "Claim PI-20931 - final letter before court", "billing", "high",
"""Dear Sirs,

On 2 March I sent a boxed Moorcroft vase from Harrogate to my daughter in
Norwich and paid an extra 9.50 for your "Enhanced Cover up to 500". It
arrived in pieces. I submitted photographs of the packaging (double
boxed, bubble wrap, as your guidance says) and the receipt for the vase,
value 340.00.

Your claims team has now rejected the claim twice with the same
one-line email saying "insufficient packaging". That is plainly not true
and nobody has explained what was insufficient about it.

If the 340.00 plus the 9.50 premium is not paid within 14 days of this
letter I will issue a claim in the small claims court without further
notice. I have kept copies of everything.

Yours faithfully,
Malcolm Fairweather"""),
("en", "b73-po-box-mam-passed", "Siobhan Kearney <siobhan.kearney@example.ie>", "PO Box 418 Galway", "billing", "",
"""Hello,

My mam had PO Box 418 with you at the Galway office for years. She passed
away in January and there's no one collecting from it now. The rental
is still coming out of her account every quarter (it's a joint account
with me, which is how I noticed).

Could you let me know what you need from me to close it off and stop the
payments? I can send a copy of the death certificate if that helps. If
there's any post still sitting in it I'd like to collect it.

Thanks a million,
Siobhan Kearney"""),
("en", "b73-scanning-put-on-ice-travel", "Bec Lawson <bec.lawson@example.com.au>", "going away for a bit", "billing", "",
"""hey team

I'm heading off to Vietnam and Laos from June until about November. Is
there a way to put my mail scanning account on ice while I'm gone? I
don't really want to be paying $24.95 a month for a virtual address
nobody writes to. Happy for you to just hold anything that does turn up.

cheers
Bec"""),
("en", "b73-collection-no-show-fee", "Gareth Lloyd <gareth.lloyd@example.co.uk>", "Collection from home - never happened", "billing", "",
"""I booked a home collection for Thursday (ref COL-55120) and paid 7.99
for it. I stayed in all day. Nobody came, no card through the door, and
the tracking still says "collection booked". I ended up taking the parcel
to the post office myself on Friday and paying again there.

Please refund the 7.99 for the collection that didn't happen.

Gareth Lloyd"""),
("en", "b73-oversize-surcharge-dispute", "Priya Chandran <priya.chandran@example.co.uk>", "Surcharge of 12.00 on parcel 88-1173", "billing", "",
"""Hello,

Two days after my parcel was collected I was charged an extra 12.00 as
an "oversize adjustment". I booked it as 45 x 35 x 16 cm, which is within
the medium band, and I measured it with a tape measure before sealing.
Your email says it was measured at 61 cm long. That's not possible, the
box itself is a standard 45 cm box from the supermarket.

Can you tell me how it was measured, and take the surcharge off if you
can't show otherwise?

Priya"""),
("en", "b73-locker-plus-renewal-chargeback", "Dwayne Mitchell <dwayne.mitchell@example.com>", "Unauthorized renewal", "billing", "high",
"""To whom it may concern,

I signed up for the Locker Plus plan last year for a one-time promotion.
Yesterday I was charged $89.00 for an annual renewal I never agreed to
and never got a reminder about. I cancelled the plan in the app the same
day and there's still no refund.

I've given you a chance here. If the $89.00 isn't back on my card by
Friday I'm disputing the charge with my bank and letting them sort it
out.

Dwayne Mitchell
Columbus, OH"""),
("en", "b73-gst-invoice-courier-bookings", "Accounts - Kaveri Handlooms <accounts@kaverihandlooms.example.in>", "GST invoice required for courier bookings", "billing", "",
"""Dear Sir/Madam,

We are regularly booking international courier pickups through your
portal for sending saree samples to our buyers in Dubai and Singapore.
For the month of April total of 14 bookings was done, total amount
INR 31,640.

Kindly provide proper GST invoice in the name of Kaveri Handlooms Pvt
Ltd with our GSTIN 29AABCK1234F1Z5. The booking confirmations we are
receiving do not show GST break-up and our auditor is not accepting them.

Please do the needful at the earliest.

Regards,
Suresh Gowda
Accounts Dept, Kaveri Handlooms, Bengaluru"""),
("en", "b73-hello-paypal-letter", "Norma Kline <norma.kline@example.com>", "Hello", "billing", "",
"""Hello,

I'd like to send a registered letter to my grandson in Poland through
your website. I don't have a credit card. Can I pay with PayPal, or by
check if I mail it in?

Thank you,
Norma Kline"""),
("en", "b73-wallet-credit-refund-supervisor", "Tom Beckett <tom.beckett@example.co.uk>", "Account credit - fourth request - supervisor please", "billing", "high",
"""This is now the fourth time I am writing about this.

I closed my small online shop in February and I have 63.20 of prepaid
credit sitting in my account wallet that I will never use. Your FAQ says
unused credit is refundable on request. I have requested it on 12
February, 28 February and 15 March, and each time I get a reply saying
it has been "passed to the relevant team" and then nothing.

I'd like this handed to a supervisor or team leader who can actually
authorise the refund, rather than another acknowledgement.

Tom Beckett
Account: tbeckett-shop"""),
("en", "b73-re-refund-wrong-amount", "Laura Quinn <laura.quinn@example.ie>", "Re: Your refund has been processed", "billing", "",
"""Hi, thanks for this but it's the wrong amount. I was refunded 4.20 and
the cancelled label was 11.40 (international, Dublin to Boston, tracked).
Could you check and send on the rest?

Laura

> From: Customer Care
> Subject: Your refund has been processed
>
> Dear Laura,
> We have processed a refund of EUR 4.20 to your original payment method
> for booking INT-30482. Please allow 3-5 working days for this to appear.
> Kind regards,
> Customer Care"""),
("en", "b73-student-code-not-applied", "Jake Pemberton <jake.pemberton@example.co.uk>", "student discount", "billing", "",
"""hi, I verified my student email and got the code STUDENT15 but when I
put it in at checkout it says "not valid for this service". I'm just
sending a box of stuff home from uni, standard parcel. does it not work
on parcels?"""),
("en", "b73-registered-letter-lost-compensation", "Rebecca Hollis <r.hollis@example.co.uk>", "Registered letter to Munich - compensation", "billing", "",
"""Good afternoon,

I sent a signed-for international letter to Munich on 4 April containing
my daughter's original degree certificate for a job application (ref
RI 449 102 337 GB). It never arrived and the tracking stops at "left the
UK". It's now been six weeks.

I understand there is compensation for lost signed-for items. How do I
claim it, and how much is it for a letter? I paid 8.35 for the postage.
The certificate replacement alone is costing us 40.00.

Kind regards,
Rebecca Hollis"""),
("en", "b73-locker-code-rejected-leeds", "Aisha Rahman <aisha.rahman@example.co.uk>", "Locker won't take my code", "technical", "",
"""Hi,

My parcel is in the locker at Kirkstall Road in Leeds. I've been twice
today and the screen says "code not recognised" for the 6-digit code in
the text message. I typed it carefully, and tried scanning the QR code
from the email as well - the scanner just beeps red.

Can you reset it or send a new code? The text says it'll be returned to
the sender after 3 days.

Aisha"""),
("en", "b73-not-billing-app-crash-print", "Conor Walsh <conor.walsh@example.ie>", "App crashing", "technical", "",
"""Just to say upfront this isn't a billing thing, the payment goes through
fine. The problem is the app closes itself every time I press "Print
label" or "Send to printer". Happens on my phone (Samsung A54) and on my
wife's. Reinstalled it, same thing. I can still see the label in the
email so I'm getting by, but it's a pain."""),
("en", "b73-label-barcode-missing", "Margaret Dunne <margaret.dunne@example.co.uk>", "Label printing", "technical", "",
"""Dear Sir or Madam,

When I print the label for my parcel the addresses come out but where
the barcode should be there is just an empty white box. The man at the
post office counter said he could not accept it like that. I have tried
printing it twice and my printer is working for everything else.

I am 79 and not very good with computers so please explain simply.

Margaret Dunne"""),
("en", "b73-shop-dispatch-stuck-labels", "Fern & Feather Ceramics <hello@fernandfeather.example>", "Today", "technical", "high",
"""Hi,

Our courier driver came at 3 as usual and left with nothing. We had 38
orders packed and sitting on the workshop floor, but none of them have
labels because every booking on the business dashboard since about 10am
sits on "generating" and then times out. Same on two laptops, two
browsers and a phone.

Tomorrow is our last dispatch day before the Mother's Day cut-off and
customers are already emailing to ask where their orders are. Is anyone
looking at this?

Ellie
Fern & Feather Ceramics, Stroud"""),
("en", "b73-locker-handle-shock-cable", "David Osei <david.osei@example.co.uk>", "Locker at Brixton station", "technical", "high",
"""Hello,

Just letting you know about the parcel locker outside Brixton station.
When I took my parcel out this morning I got a small electric shock off
the metal door handle of locker 14 - enough to make my hand jump. Under
the screen panel there's a black cable hanging loose with the end taped
up, and it was raining.

I'm fine, but I thought you'd want someone to look at it before a child
grabs the handle.

David"""),
("en", "b73-scanning-portal-grey-images", "Anthony Russo <anthony.russo@example.com>", "Scanned mail not viewable", "technical", "",
"""Hi,

For the past week every letter in my virtual mailbox shows as a grey
square with a broken image icon. I can see the sender and date, but
clicking "Open scan" gives a spinning wheel forever. Tried Chrome and
Firefox on my Mac, and the iPhone app. Older scans from last month open
fine.

Anthony Russo
Mailbox #20417"""),
("en", "b73-2fa-code-never-arrives", "Jenna Kowalczyk <jenna.k@example.com>", "can't log in", "technical", "",
"""I can't get into my account. I put in my email and password, it says
it's sending a verification code to my phone, and the code never comes.
I've hit resend like ten times. My number hasn't changed. I've got a
return label in there I need to get at."""),
("en", "b73-no-refund-tracking-error", "Michael Brennan <michael.brennan@example.co.uk>", "Tracking page", "technical", "",
"""Before anyone sends me the refund form again - I don't want a refund,
the parcel isn't even late. What I want is for the tracking page to
work. Every time I put my tracking number in I get "Something went
wrong (500)". The number is 7711 2049 3385. My sister's tracking does
the same thing, so it's not just mine.

Michael"""),
("en", "b73-apartment-lockers-screen-dead", "Building Manager <manager@harbourviewapartments.example.com.au>", "Harbourview Apartments - lockers", "technical", "high",
"""Hi,

The parcel locker bank in the lobby at Harbourview Apartments, Pyrmont
has had a blank screen since Saturday morning. Power light is on but
nothing responds. We have 312 apartments and couriers are now leaving
parcels stacked in the lobby because they can't drop into the lockers,
and residents can't get out what's already inside - including one
resident's insulin delivery that was dropped off on Friday.

Can a technician attend today please? I'm on site until 6pm.

Karen Mitchell
Building Manager"""),
("en", "b73-bluetooth-locker-third-time-escalate", "Ravi Menon <ravi.menon@example.com>", "Third ticket - please escalate", "technical", "high",
"""Hello,

This is my third ticket about the same issue (previous: #55812 and
#56340). The app won't connect to the Bluetooth-only lockers on Elm
Street. It finds the locker, then says "Connection failed - try again".
I have updated the app, restarted my phone, cleared the cache, and tried
on my partner's phone. Both times I've been told it's been "fixed" and
both times it hasn't.

Please escalate this to someone more senior or a technical lead. I am
not doing the restart-your-phone routine a fourth time.

Ravi Menon"""),
("en", "b73-eircode-not-accepted", "Declan Fahy <declan.fahy@example.ie>", "Booking form", "technical", "",
"""Hi, your booking form keeps rejecting my Eircode (H91 X2P7) with
"Please enter a valid postcode". It seems to want a UK style one. There's
no way to skip it either. I'm trying to book a collection from Galway to
Manchester. Any way round this?
Declan"""),
("en", "b73-question-qr-dropoff-shop", "Olivia Grant <olivia.grant@example.co.uk>", "Question", "technical", "",
"""Hi, quick question - the returns drop-off at the newsagent on Church
Street won't scan my QR code. The shop assistant tried for ages and said
the scanner reads other people's codes fine. I tried with the screen
brightness up and with a printout. Is there something wrong with my code?
It's for returning a pair of boots to an online shop, ref RTN-003418."""),
("en", "b73-locker-unit-tilting", "Graham Whitlock <g.whitlock@example.co.uk>", "Locker unit outside the Co-op, Hebden Bridge", "technical", "high",
"""Good evening,

I wanted to let you know that the parcel locker unit outside the Co-op
in Hebden Bridge seems to have come away from its fixings at the back.
When the large bottom doors are open the whole unit leans forward a few
inches, and when I shut them it rocked back against the wall. Teenagers
sit on the ledge beside it after school.

I have put a note on it but you may want to send someone before it
comes down on anybody.

Regards,
Graham Whitlock"""),
("en", "b73-reset-link-expired-immediately", "Kavitha Subramanian <kavitha.s@example.in>", "Password reset link not working", "technical", "",
"""Hi Team,

I am trying to reset my password since yesterday. Whenever I click the
link in the mail it is showing "This link has expired" immediately,
even though I am clicking within one minute. I have tried 5 times. Kindly
check and revert as I need to download the invoice for my parcel.

Thanks & Regards,
Kavitha"""),
("en", "b73-thanks-courier-upstairs", "Edna Farrow <edna.farrow@example.co.uk>", "Your driver Steve", "general", "",
"""Dear Sir,

I would like to say thank you to your driver Steve who collected a
parcel from me in Worthing last Tuesday. I had booked the collection
from home because I can't manage stairs since my hip operation, and the
box was heavier than I'd thought. He packed it properly with tape he had
in the van, and then he helped me write the customs form for my sister
in Canada. He was kind and in no hurry at all.

Please make sure he hears this.

Yours sincerely,
Edna Farrow (Mrs)"""),
("en", "b73-bank-holiday-dropoff-hours", "Sam Okafor <sam.okafor@example.co.uk>", "Easter Monday", "general", "",
"""Are the drop-off points open on Easter Monday? Specifically the one in
the Spar on Walton Road, Liverpool. Thanks."""),
("en", "b73-leave-with-number-7", "Kerry Adams <kerry.adams@example.com.au>", "Delivery for 9 Banksia Close", "general", "",
"""G'day, I've got a parcel coming next week (tracking ending 4471) and
I'll be at work. Can the driver please leave it with my neighbour at
number 7 - Joan, she's home most days - and not on my porch? Last time
one sat out in the rain all afternoon. Thanks heaps, Kerry"""),
("en", "b73-po-box-name-change-married", "Charlotte Evans <charlotte.evans@example.co.uk>", "Name change on PO box account", "general", "",
"""Hello,

I got married in May and would like to change the name on my PO box
account (box 2207, Chester) from Charlotte Hughes to Charlotte Evans.
Post will be coming in both names for a while - is that a problem? Do you
need to see the marriage certificate?

Many thanks,
Charlotte"""),
("en", "b73-reading-glasses-counter", "Philip Harding <philip.harding@example.co.uk>", "Left my glasses", "general", "",
"""Hello, I think I left my reading glasses (tortoiseshell, in a brown
case) on the counter at your parcel shop on Bridge Street in Ludlow on
Saturday morning when I was filling in the customs form. Has anyone
handed them in? Philip Harding, 07700 900461"""),
("en", "b73-driver-swore-at-father-manager", "Nadia Hussain <nadia.hussain@example.co.uk>", "Complaint about your courier - I want a manager to call me", "general", "high",
"""I am writing about how your courier treated my father yesterday at
about 2pm at his house in Bolton.

My dad is 81. He booked a collection and asked the driver to wait a
moment while he found his glasses to sign. The driver sighed, said "I
haven't got all day, granddad", swore at him when he dropped the pen and
then drove off without the parcel. My dad was shaken and has been upset
about it since.

I don't want a voucher or a template apology. I want a manager to phone
me and tell me what is being done about this driver.

Nadia Hussain
07700 900812"""),
("en", "b73-subject-access-request", "Benjamin Tate <ben.tate@example.co.uk>", "Subject access request", "general", "",
"""Dear Data Protection Officer,

Under the UK GDPR I am making a subject access request for all personal
data you hold about me, including my address book of saved recipients,
parcel history, call recordings and any notes made by your staff.

My account email is this address. Please let me know if you need proof
of identity.

Benjamin Tate"""),
("en", "b73-perfume-to-australia", "Chloe Nguyen <chloe.nguyen@example.com>", "Can I send perfume?", "general", "",
"""Hi! My best friend moved to Perth and I want to send her a birthday box
with a bottle of her favorite perfume in it. Is perfume allowed to
Australia or is it one of the banned things? Also does it need to be
declared on the customs form?
Thanks!! Chloe (Portland, OR)"""),
("en", "b73-order-tracking-not-moved", "Raj Patel <raj.patel@example.co.uk>", "Order 48812", "general", "",
"""Hi,

Order 48812 - the tracking has said "At local depot" since last
Wednesday and hasn't moved. It's a birthday present for my son on
Saturday. Is it still coming, or should I be looking at something else?

Raj"""),
("en", "b73-sponsorship-school-fete", "St Brigid's PTA <pta@stbrigids-school.example.ie>", "Summer fete - raffle prizes", "general", "",
"""Hello,

I'm writing on behalf of the Parents' Association of St Brigid's
National School in Drogheda. We're holding our summer fete on 21 June
to raise money for a new sensory room. Would you be willing to donate a
raffle prize - perhaps a voucher or a year of PO box rental - or sponsor
one of the stalls? We'd be delighted to put your logo on the programme.

Kind regards,
Aoife Brennan
PTA Secretary"""),
("en", "b73-broken-step-parcel-shop", "Lisa Morgan <lisa.morgan@example.co.uk>", "Parcel shop in Swindon", "general", "high",
"""Hi,

I dropped a return off at your parcel shop inside the launderette on
Commercial Road, Swindon today. The second step up to the door is
cracked right through and one half of it rocks when you put weight on
it. I nearly went over on it carrying a big box. There's no handrail.
Lots of older people use that shop.

Thought someone should know so it can be fixed before there's an
accident.

Lisa"""),
("en", "b73-urgent-locker-24-hours", "Dan Whitaker <dan.whitaker@example.co.uk>", "URGENT!!!", "general", "",
"""URGENT - is the locker at Ashford International station open 24 hours
or does it lock when the station closes? I finish work at 1am and my
parcel's been put in there. Need to know before tonight!!"""),
("en", "b73-marketing-after-optout-ico", "Fiona McLeod <fiona.mcleod@example.co.uk>", "Marketing emails after opting out - ICO", "general", "high",
"""Dear Sir or Madam,

On 3 January I unsubscribed from all marketing and on 17 January I
wrote asking you to delete my details from your marketing lists. You
confirmed this in writing. Since then I have received 11 promotional
emails and two texts from you, the latest this morning.

If I receive one more, I will be reporting this to the Information
Commissioner's Office, and I will be enclosing your written confirmation
with my complaint.

Fiona McLeod"""),
# ---------------- Greek ----------------
("el", "b73-gl-sygkrish-timh-allh-xrewsh", "Nikos Triantafyllou <nikos.tria@example.gr>", "timh", "billing", "",
"""Kalhspera,
sth sygkrish timwn sas h fthinoterh epilogh gia mikro dema Athina ->
Patra edeixne 3,90e. Thn dialeksa, alla sto teliko vhma h xrewsh
vghke 6,40e, me mia grammh "xrewsh diaxeirishs" pou den fainotan
pouthena prin. Plhrwsa giati to hthela shmera, alla den einai swsto.
Mporeite na mou epistrepsete th diafora? Krathsh SYG-40817.
Nikos"""),
("el", "b73-asfalisi-stavros-vaftisi-dikigoros", "Σταυρούλα Κωνσταντινίδου <s.konstantinidou@example.gr>", "Απώλεια ασφαλισμένου δέματος 7730-1182", "billing", "high",
"""Κύριοι,

Στις 11 Οκτωβρίου έστειλα από τη Θεσσαλονίκη στη Λάρισα συστημένο δέμα
με έναν χρυσό σταυρό και μια αλυσίδα για βάφτιση, συνολικής αξίας 420€,
και πλήρωσα επιπλέον 9€ για ασφάλιση με δηλωμένη αξία 420€. Το δέμα
χάθηκε. Αυτό το αναγνωρίσατε και εσείς γραπτώς.

Τώρα μου προτείνετε αποζημίωση 50€, επικαλούμενοι ένα «ανώτατο όριο για
τιμαλφή» που δεν αναφερόταν πουθενά όταν πλήρωνα την ασφάλιση. Αν ίσχυε
τέτοιο όριο, γιατί δεχτήκατε δηλωμένη αξία 420€ και εισπράξατε το
αντίστοιχο ασφάλιστρο;

Δεν αποδέχομαι τα 50€. Έχω ήδη δώσει τον φάκελο στον δικηγόρο μου και,
αν δεν καταβληθεί ολόκληρο το ποσό εντός δέκα ημερών, θα κινηθούμε
νομικά.

Σταυρούλα Κωνσταντινίδου"""),
("el", "b73-thyrida-syllogos-dialythike", "Γιωργος Μαυρομματης <g.mavrommatis@example.gr>", "Θυριδα 233 - Συλλογος Ηπειρωτων Ιωαννινων", "billing", "",
"""Καλημερα σας,

ο Συλλογος μας ειχε εδω και πολλα χρονια τη θυριδα 233 στο καταστημα
σας στα Ιωαννινα. Με αποφαση της γενικης συνελευσης τον περασμενο μηνα
ο συλλογος διαλυθηκε, οποτε η θυριδα δεν θα χρησιμοποιειται πια. Η
ετησια χρεωση ειχε πληρωθει τον Ιανουαριο για ολο το ετος.

Τι χρειαζεται για να κλεισει και αν επιστρεφεται κατι για τους μηνες
που μενουν; Ως τελευταιος ταμιας εχω το πρακτικο της συνελευσης.

Ευχαριστω
Γιωργος Μαυρομματης"""),
("el", "b73-gl-scanning-mono-proothhsh", "Eleni K. <eleni.kar@example.gr>", "paketo allhlografias", "billing", "",
"""Geia sas! Exw to paketo "Scanning + Proothhsh" (19,90 to mhna). Apo
edw kai ligo kairo ta grammata ta anoigei o logisths mou, opote to
scanning den mou xreiazetai pia, mono na mou proothite h allhlografia
sto spiti mia fora thn evdomada. Mporw na paw sto fthinotero paketo
apo ton epomeno mhna? Ti kostizei?
Eleni"""),
("el", "b73-xreosi-akyrosis-paralavis", "Ανδρέας Λιάπης <andreas.liapis@example.gr>", "Χρέωση ακύρωσης", "billing", "",
"""Καλησπέρα,

Είχα κλείσει παραλαβή δέματος από το σπίτι μου στο Μαρούσι για την
Πέμπτη (κωδ. ΠΑΡ-22591, 6,50€). Την ακύρωσα από την εφαρμογή την
Τρίτη το πρωί, δύο μέρες νωρίτερα. Μου επιστρέψατε μόνο 3,50€ και
κρατήσατε 3€ ως «χρέωση ακύρωσης».

Στους όρους σας γράφει ότι η ακύρωση είναι δωρεάν έως 24 ώρες πριν.
Παρακαλώ να μου επιστραφούν και τα υπόλοιπα 3€.

Ανδρέας Λιάπης"""),
("el", "b73-timologio-lathos-afm", "Λογιστήριο Μελισσάνθη <logistirio@melissanthi.example>", "Διόρθωση τιμολογίου ΤΠΥ 1184", "billing", "",
"""Καλημέρα σας,

Στο τιμολόγιο ΤΠΥ 1184 που εκδώσατε για τις αποστολές του Μαρτίου ο
ΑΦΜ είναι λάθος (801234576 αντί για 801234567) και η επωνυμία γράφει
«Μελισάνθη» με ένα «σ». Ο λογιστής μας δεν μπορεί να το περάσει έτσι.

Μπορείτε να εκδώσετε πιστωτικό και νέο τιμολόγιο με τα σωστά στοιχεία;
Μελισσάνθη Ο.Ε., ΑΦΜ 801234567, ΔΟΥ Καλαμάτας.

Με εκτίμηση,
Βάσω Γεωργακοπούλου
Λογιστήριο"""),
("el", "b73-gl-erwthsh-doseis-kanadas", "Takis Mpalaskas <takis.mp@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, thelw na steilw ena megalo kouti me pragmata sthn kori mou
sto Toronto kai to site mou vgazei 185e. Mporw na to plhrwsw me
pistwtikh se doseis h mono efapaks? An ginetai, se poses?
Eyxaristw, Takis"""),
("el", "b73-paratasi-fylaxis-locker-trapeza", "Κατερίνα Σωτηροπούλου <k.sotiropoulou@example.gr>", "Χρεώσεις φύλαξης που δεν οφείλω", "billing", "high",
"""Καλησπέρα,

Το δέμα μου μπήκε στο locker της οδού Αγγελάκη στη Θεσσαλονίκη στις 3
του μήνα και το παρέλαβα στις 4. Παρ' όλα αυτά, στην κάρτα μου
εμφανίζονται επτά χρεώσεις των 2€ με περιγραφή «παράταση φύλαξης»,
σύνολο 14€. Στην εφαρμογή φαίνεται καθαρά η ώρα παραλαβής.

Σας έχω ήδη γράψει πριν από δέκα μέρες χωρίς απάντηση. Αν μέχρι τη
Δευτέρα δεν επιστραφούν τα 14€, θα κάνω αμφισβήτηση των χρεώσεων
στην τράπεζά μου.

Κατερίνα Σωτηροπούλου"""),
("el", "b73-re-apozimiosi-iban-oxi-pistosi", "Μιχάλης Ζαχαρίου <m.zachariou@example.com.cy>", "Re: Η αίτηση αποζημίωσης εγκρίθηκε", "billing", "",
"""Καλησπέρα και ευχαριστώ για την έγκριση. Θα προτιμούσα όμως τα 36€ να
μου επιστραφούν στον λογαριασμό μου και όχι ως πίστωση για μελλοντικές
αποστολές, γιατί σπάνια στέλνω δέματα. IBAN: CY17 0020 0128 0000 0012
0052 7600, δικαιούχος Μιχάλης Ζαχαρίου. Γίνεται;

Μιχάλης

> Από: Εξυπηρέτηση Πελατών
> Θέμα: Η αίτηση αποζημίωσης εγκρίθηκε
>
> Αγαπητέ κύριε Ζαχαρίου,
> σας ενημερώνουμε ότι η αίτησή σας για την αποστολή INT-55031
> εγκρίθηκε. Το ποσό των 36,00€ θα πιστωθεί στον λογαριασμό σας στην
> πλατφόρμα μας εντός 48 ωρών και μπορείτε να το χρησιμοποιήσετε σε
> οποιαδήποτε μελλοντική αποστολή.
> Με εκτίμηση"""),
("el", "b73-gl-krathsh-allhlografias-proistamenos", "Panagiotis Dimou <p.dimou@example.gr>", "KRATHSH ALLHLOGRAFIAS - 3h fora", "billing", "high",
"""Kalhmera,
3h fora grafw gia to idio. Plhrwsa 25e gia thn yphresia "Krathsh
allhlografias" gia tis 3 evdomades pou hmastan sthn Australia (1-21
Martiou). Ta grammata den krathkan, mpainan kanonika sto grammatokivwtio
kai otan gyrisame ta misa leipan. Thelw ta 25e pisw, afou h yphresia
apla den egine.
Kathe fora pairnw to idio "to aithma sas prowthhthke". Den thelw allo
etoimo mhnyma. Zhtaw na asxolhthei kapoios proistamenos pou mporei na
egkrinei thn epistrofh.
Panagiwths Dhmou"""),
("el", "b73-dorokarta-ypoloipo-xathike", "Ιφιγενεια Ραλλη <ifigeneia.ralli@example.gr>", "δωροκαρτα", "billing", "",
"""γεια σας, μου εκαναν δωρο μια δωροκαρτα 20€ για τις αποστολες σας.
τη χρησιμοποιησα για ενα δεμα που κοστιζε 7€ και τωρα που παω να τη
ξαναβαλω λεει "η δωροκαρτα εχει χρησιμοποιηθει". που πηγαν τα
υπολοιπα 13€; ο κωδικος ειναι GFT-8820-1174."""),
("el", "b73-timi-systimeno-ipa-apodeixi", "Αριστείδης Παπαδάκης <a.papadakis@example.gr>", "Κόστος συστημένου για ΗΠΑ", "billing", "",
"""Καλημέρα σας,

Πόσο κοστίζει ένα συστημένο γράμμα έως 50 γραμμάρια για Νέα Υόρκη, με
απόδειξη παραλαβής που να την υπογράφει ο παραλήπτης; Είναι έγγραφα για
το προξενείο και χρειάζομαι αποδεικτικό. Υπάρχει διαφορά στην τιμή αν
το πληρώσω online αντί στο κατάστημα;

Ευχαριστώ,
Αριστείδης Παπαδάκης"""),
("el", "b73-gl-teloniakos-dasmos-dwro", "Maria Lazaridou <maria.laz@example.gr>", "22 evrw gia dwro???", "billing", "",
"""Kalhspera sas. H aderfh mou apo th Boston mou esteile ena dwro (ena
poulover kai kati kallyntika) kai o courier mou zhthse 22 eyrw gia na mou
to dwsei, leei gia "dasmous kai ekseliksh". Einai dwro, den to agorasa.
Giati plhrwsa kai mporw na ta parw pisw? Exw thn apodeiksh.
Maria"""),
("el", "b73-locker-anoikse-lathos-portaki", "Ευτυχία Δρόσου <eftychia.drosou@example.gr>", "Άνοιξε άλλο ντουλαπάκι", "technical", "",
"""Καλησπέρα,

Στο locker στην πλατεία της Νέας Σμύρνης έβαλα τον κωδικό μου και
άνοιξε το ντουλαπάκι 17, που ήταν άδειο. Η οθόνη έγραψε «Η παραλαβή
ολοκληρώθηκε» και στην εφαρμογή το δέμα μου φαίνεται πλέον παραληφθέν.
Υποψιάζομαι ότι το δέμα μου είναι σε κάποιο άλλο ντουλαπάκι που δεν
άνοιξε.

Μπορείτε να το ανοίξετε από μακριά ή να στείλετε κάποιον;

Ευτυχία"""),
("el", "b73-gl-den-einai-xrewsh-dieythynseis", "Kostas Vl. <kostas.vl@example.gr>", "app", "technical", "",
"""Geia. Na to pw apo prin, DEN einai thema plhrwmhs oute gia ton courier.
Meta to teleytaio update ths efarmoghs to vivlio dieythynsewn mou einai
adeio. Eixa mesa kamia 30 dieythynseis pelatwn kai twra leei "Den
yparxoun apothikeumenes dieythynseis". Sto site, apo ton ypologisth,
fainontai oles kanonika. Ginetai kati na ksanaemfanistoun sto kinhto?"""),
("el", "b73-etiketa-erotimatika", "Σοφια Χατζηγεωργιου <sofia.chatzigeorgiou@example.gr>", "Ετικετα με ερωτηματικα", "technical", "",
"""Καλησπερα σας,

Οταν κατεβαζω την ετικετα απο το κινητο και την τυπωνω, ολα τα ελληνικα
(ονομα, οδος, πολη) βγαινουν ερωτηματικα, π.χ. "????????? 14". Μονο οι
αριθμοι και ο ταχυδρομικος κωδικας φαινονται. Απο τον υπολογιστη της
δουλειας βγαινει σωστα. Ειναι κατι στο κινητο μου;

Σοφια"""),
("el", "b73-logistiko-grafeio-den-vlepoume-eggrafa", "Λογιστικό Γραφείο Τσάμη <grafeio@tsamis-logistes.example>", "Ψηφιακή θυρίδα - τρίτη μέρα", "technical", "high",
"""Καλημέρα,

Το γραφείο μας έχει την έδρα δέκα εταιρειών-πελατών στην ψηφιακή σας
θυρίδα. Από την Τρίτη δεν έχει ανέβει ούτε ένα σαρωμένο έγγραφο, ενώ
από τα tracking ξέρουμε ότι έχουν παραδοθεί τουλάχιστον 14 συστημένα,
ανάμεσά τους δύο από την ΑΑΔΕ με προθεσμία απάντησης. Στην πλατφόρμα
η τελευταία ενημέρωση γράφει Δευτέρα 17:42.

Οι πελάτες μας ρωτάνε αν έχουν λάβει κάτι και δεν μπορούμε να τους
απαντήσουμε. Παρακαλούμε να το δείτε σήμερα.

Ηλίας Τσάμης
Λογιστικό Γραφείο Τσάμη, Πειραιάς"""),
("el", "b73-gl-locker-mirizei-kamena", "Stelios Argyrou <stelios.arg@example.gr>", "locker Peristeri", "technical", "high",
"""Kalhmera,
na sas enhmerwsw gia to locker dipla sto metro Peristeri. Shmera to prwi
otan phga na parw to dema mou, mirize kameno plastiko apo to kato meros
ths othonhs kai to tzami ths othonhs htan poly zesto, den mporouses na
afhseis to xeri panw. H othonh trembopaize.
Phra to dema kanonika, apla kalo einai na to dei kapoios prin ginei
kati.
Stelios"""),
("el", "b73-eidopoiiseis-nea-allilografia-iphone", "Θεόδωρος Καρυπίδης <t.karypidis@example.gr>", "Ειδοποιήσεις", "technical", "",
"""Καλημέρα,

Από τότε που άλλαξα κινητό (iPhone 15) δεν μου έρχονται ειδοποιήσεις
όταν φτάνει νέα αλληλογραφία στη θυρίδα μου. Οι ειδοποιήσεις για την
εφαρμογή είναι ενεργές στις ρυθμίσεις, αποσυνδέθηκα και ξανασυνδέθηκα.
Στο παλιό Android έρχονταν κανονικά.

Θεόδωρος Καρυπίδης
Θυρίδα Ψ-10482"""),
("el", "b73-gl-syndesh-me-google-sfalma", "Xrysa P. <xrysa.p@example.gr>", "syndesh", "technical", "",
"""geia sas. sto site kanw panta syndesh me to google. apo xthes otan
pathsw "Syndesh me Google" vgazei mia selida me "Error 400:
redirect_uri_mismatch" kai den me afhnei na mpw. kwdiko dikon sas den
exw ftiaksei pote. ti na kanw?"""),
("el", "b73-den-thelo-epistrofi-katevasma-etiketas", "Λεωνίδας Παππάς <leonidas.pappas@example.gr>", "Κατέβασμα ετικέτας", "technical", "",
"""Να ξεκαθαρίσω ότι δεν θέλω επιστροφή χρημάτων ούτε ακύρωση, η αποστολή
είναι πληρωμένη και θέλω να φύγει. Το πρόβλημα είναι ότι στο Safari, στο
Mac, το κουμπί «Λήψη ετικέτας» δεν κάνει απολύτως τίποτα. Ούτε
κατεβαίνει αρχείο ούτε ανοίγει καρτέλα. Αποκλεισμό αναδυόμενων έχω
απενεργοποιήσει.

Λεωνίδας"""),
("el", "b73-lockers-irakleiou-ektos-leitourgias", "Μαρια Σηφακη <maria.sifaki@example.gr>", "Τι γινεται με τα lockers στο Ηρακλειο;", "technical", "high",
"""Καλησπερα,

απο χθες το μεσημερι ολα τα lockers που ξερω στο Ηρακλειο (Μασταμπα,
Λιονταρια, Πατελες) γραφουν "Εκτος λειτουργιας". Σημερα πηγα στο
καταστημα σας στην 25ης Αυγουστου και η ουρα εβγαινε εξω στο πεζοδρομιο,
πανω απο 40 ατομα, ολοι για δεματα κλειδωμενα στα lockers. Ο υπαλληλος
μας ειπε οτι ουτε αυτοι μπορουν να τα ανοιξουν.

Εχω μεσα φαρμακα του πατερα μου. Ποτε θα λειτουργησουν;

Μαρια Σηφακη"""),
("el", "b73-efarmogi-deixnei-xena-demata-ypefthynos", "Άγγελος Σπυρόπουλος <angelos.spyropoulos@example.gr>", "Βλέπω τα δέματα άλλου πελάτη - ζητώ υπεύθυνο", "technical", "high",
"""Καλησπέρα,

Εδώ και δύο εβδομάδες, όταν συνδέομαι στην εφαρμογή, στην καρτέλα «Τα
δέματά μου» βλέπω τις αποστολές ενός άλλου ανθρώπου, με ονοματεπώνυμο,
διεύθυνση στην Πάτρα και κινητό, και όχι τις δικές μου. Το έχω
αναφέρει δύο φορές (#31207 και #31655) και μου απαντήσατε να κάνω
επανεγκατάσταση, πράγμα που έκανα.

Αυτό δεν λύνεται με επανεγκατάσταση. Ζητώ να αναλάβει την υπόθεση
υπεύθυνος του τεχνικού τμήματος και να με ενημερώσει τι συμβαίνει.

Άγγελος Σπυρόπουλος"""),
("el", "b73-gl-tk-nhsi-den-dexetai", "Manolis Sfakianakis <manolis.sfak@example.gr>", "TK", "technical", "",
"""Kalhspera, h forma krathshs den dexetai ton TK mou (84700, Santorini).
Leei "mh egkyros taxydromikos kwdikas" kai den me afhnei na proxwrhsw.
Dokimasa kai me keno kai xwris. Thelw na kleisw paralabh apo to spiti
gia Athina. Ti na kanw?
Manolhs"""),
("el", "b73-erotisi-othoni-kinezika", "Ρένα Μιχαηλίδου <rena.michailidou@example.gr>", "Ερώτηση", "technical", "",
"""Γεια σας,

η οθόνη στο locker δίπλα στο ΚΤΕΛ του Βόλου έχει κολλήσει σε μια
γλώσσα που μοιάζει με κινέζικα. Το κουμπί με τη σημαία για αλλαγή
γλώσσας δεν αντιδρά. Με τη φωτογραφία από κάποιον άλλον πελάτη
καταλάβαμε περίπου πού να πατήσουμε και πήραμε τα δέματα, αλλά μια
κυρία δίπλα μου τα παράτησε.

Ρένα"""),
("el", "b73-locker-aixmiri-lamarina", "Χρήστος Νικολαΐδης <christos.nikolaidis@example.gr>", "Locker στο σούπερ μάρκετ Καλαμαριάς", "technical", "high",
"""Καλησπέρα σας,

Ήθελα να σας ενημερώσω ότι στο locker έξω από το σούπερ μάρκετ στην
Καλαμαριά, στη θυρίδα 22 (κάτω σειρά), η λαμαρίνα της πόρτας έχει
ξεκολλήσει στη γωνία και έχει μια πολύ κοφτερή άκρη ακριβώς στο ύψος
που πιάνεις για να την ανοίξεις. Η κόρη μου, 9 χρονών, έκοψε λίγο το
δάχτυλό της σήμερα. Τίποτα σοβαρό, το φροντίσαμε, αλλά την ίδια
θυρίδα την ανοίγουν όλοι.

Καλό θα ήταν να το δει κάποιος σύντομα.

Χρήστος Νικολαΐδης"""),
("el", "b73-gl-efarmogh-den-ypostirizetai", "Vasiliki Tsoukala <vasiliki.ts@example.gr>", "update", "technical", "",
"""Geia sas, otan anoigw thn efarmogh mou vgazei "Ayth h ekdosh den
ypostirizetai pleon, enhmerwste apo to Play Store". Sto Play Store omws
den yparxei enhmerwsh, leei oti exw thn teleytaia. Exw Samsung A12.
Etsi den mporw na dw pou einai to dema mou.
Eyxaristw, Vasiliki"""),
("el", "b73-efxaristo-nyfiko-londino", "Ευανθία Μαρκάκη <evanthia.markaki@example.gr>", "Ένα μεγάλο ευχαριστώ στην Κέρκυρα", "general", "",
"""Αγαπητοί κύριοι,

Θα ήθελα να ευχαριστήσω την κυρία Σπυριδούλα στο κατάστημά σας στην
πόλη της Κέρκυρας. Έπρεπε να στείλω το νυφικό της κόρης μου στο
Λονδίνο, δέκα μέρες πριν από τον γάμο, και ήμουν σε απόγνωση για το
πώς θα πάει χωρίς να τσαλακωθεί. Μου βρήκε κατάλληλο κουτί, μου έδειξε
πώς να το διπλώσω με χαρτί αφής και με βοήθησε με τα έγγραφα. Έφτασε
σε τρεις μέρες, άψογο.

Ο γάμος έγινε και η νύφη ήταν πανέμορφη. Να της το μεταφέρετε.

Ευανθία Μαρκάκη"""),
("el", "b73-gl-wrario-dekapentavgoustos", "Fotini Ts. <fotini.ts@example.gr>", "15 Avgoustou", "general", "",
"""kalhmera, to shmeio paralavhs sto sypermarket sthn Larisa (odos
Farsalwn) einai anoixto ton Dekapentavgousto? Kai an nai ti wra
kleinei? Eyxaristw"""),
("el", "b73-min-xtypate-koudouni-moro", "Ιωαννα Φραγκου <ioanna.fragkou@example.gr>", "Παραδοση για Πατησιων 112", "general", "",
"""Καλημερα, για το δεμα που ερχεται την Πεμπτη (αριθμος αποστολης που
τελειωνει σε 3318): παρακαλω να μην χτυπησει κουδουνι ο κουριερ γιατι
κοιμαται το μωρο μεσημερι. Να μου στειλει ενα μηνυμα στο 6944 000 271
και κατεβαινω αμεσως στην εισοδο. Αν δεν απαντησω, ας το αφησει στο
φαρμακειο στο ισογειο, τους εχω ειδοποιησει.
Ευχαριστω πολυ, Ιωαννα"""),
("el", "b73-exousiodotisi-syzygou-thyrida", "Ζωή Αναστασίου <zoi.anastasiou@example.gr>", "Θυρίδα 1105 - δεύτερο πρόσωπο", "general", "",
"""Καλησπέρα,

Θα ήθελα να προστεθεί ο σύζυγός μου, Παύλος Αναστασίου, ως
εξουσιοδοτημένο πρόσωπο για παραλαβή από τη θυρίδα μου (1105, Βόλος),
γιατί λείπω συχνά για δουλειά. Επίσης άλλαξε το κινητό μου για τις
ειδοποιήσεις: νέο 6944 123 456.

Τι έγγραφα χρειάζεστε για τον σύζυγό μου; Πρέπει να έρθει και ο ίδιος;

Ευχαριστώ,
Ζωή"""),
("el", "b73-gl-kleidia-sto-katasthma", "Thanasis Gkikas <thanasis.gk@example.gr>", "kleidia", "general", "",
"""Geia sas, nomizw oti afhsa ta kleidia mou (3 kleidia me ena mprelok
Olympiakou) panw ston pagko sto katasthma sas sthn Kalamata, odos
Aristomenous, to Savvato to prwi pou esteila ena dema. Ta vrhke kaneis?
Thanashs, 6977 000 412"""),
("el", "b73-skylos-odigos-arnisi-diefthyntis", "Δέσποινα Μητροπούλου <despoina.mitropoulou@example.gr>", "Άρνηση εξυπηρέτησης λόγω σκύλου-οδηγού", "general", "high",
"""Σας γράφω για όσα έγιναν χθες το πρωί στο κατάστημά σας στο Παγκράτι.

Είμαι τυφλή και κυκλοφορώ με σκύλο-οδηγό. Ο υπάλληλος στην είσοδο μου
είπε ότι «σκυλιά δεν μπαίνουν» και, όταν του εξήγησα ότι είναι σκύλος-
οδηγός και ότι ο νόμος μου επιτρέπει να μπω, μου απάντησε να περιμένω
έξω και να στείλω κάποιον άλλον να στείλει το δέμα μου. Όλα αυτά
μπροστά σε άλλους πελάτες.

Δεν ζητάω κουπόνι. Ζητώ να επικοινωνήσει μαζί μου ο διευθυντής του
καταστήματος ή κάποιος υπεύθυνος πιο ψηλά και να μου πει πώς θα
χειριστείτε το θέμα.

Δέσποινα Μητροπούλου
6945 000 318"""),
("el", "b73-gdpr-diagrafi-logariasmou", "Πέτρος Αλεξανδρόπουλος <petros.alex@example.gr>", "Αίτημα διαγραφής δεδομένων", "general", "",
"""Αξιότιμοι κύριοι,

Σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ), σας ζητώ
να διαγράψετε τον λογαριασμό μου και όλα τα προσωπικά μου δεδομένα,
συμπεριλαμβανομένου του βιβλίου διευθύνσεων με τους αποθηκευμένους
παραλήπτες. Ο λογαριασμός είναι συνδεδεμένος με αυτό το email.

Παρακαλώ να μου επιβεβαιώσετε γραπτώς τη διαγραφή.

Πέτρος Αλεξανδρόπουλος"""),
("el", "b73-gl-ladi-germania", "Giorgos Chatzis <giorgos.chatzis@example.gr>", "ladi gia Germania", "general", "",
"""Kalhspera, o gios mou spoudazei sto Monaxo kai thelw na tou steilw 2
bidonakia ladi apo 1 litro apo to xwrio (Messhnia). Epitrepetai na
stalei ladi me dema sth Germania? Prepei na to dhlwsw kapou h na to
kanw kapws eidiko paketo? Eyxaristw poly"""),
("el", "b73-poses-meres-sto-locker", "Σπυρος Κοντος <spyros.kontos@example.gr>", "Αποστολη 4471 2290 8813", "general", "",
"""Καλημερα,

η αποστολη 4471 2290 8813 θα μπει αυριο σε locker στη Ροδο, αλλα εγω
θα λειπω στην Αθηνα μεχρι την επομενη Τεταρτη. Ποσες μερες μενει ενα
δεμα στο locker πριν επιστραφει; Και αν δεν προλαβω, μπορει να το
παραλαβει η μητερα μου με τον κωδικο μου;

Σπυρος"""),
("el", "b73-vivlia-daneistiki-nisi", "Πολιτιστικός Σύλλογος Άη Στράτη <syllogos.aistratis@example.gr>", "Βιβλία για τη δανειστική βιβλιοθήκη του νησιού", "general", "",
"""Καλημέρα σας,

Ο Πολιτιστικός Σύλλογος του Άη Στράτη στήνει δανειστική βιβλιοθήκη
στο παλιό σχολείο του νησιού. Έχουμε συγκεντρώσει περίπου 600 βιβλία
από δωρεές στην Αθήνα και τον Πειραιά, αλλά η μεταφορά τους εδώ είναι
για εμάς πολύ ακριβή. Θα μπορούσε η εταιρεία σας να στηρίξει την
προσπάθεια, αναλαμβάνοντας τη μεταφορά ως χορηγία; Θα αναφέρουμε
ευχαρίστως το όνομά σας στα εγκαίνια και στη σελίδα μας.

Με εκτίμηση,
Αθανάσιος Ρήγας
Πρόεδρος"""),
("el", "b73-gl-spasmeno-tzami-shmeio", "Antonis Perakis <antonis.perakis@example.gr>", "shmeio paradoshs Hrakleio", "general", "high",
"""Kalhmera,
phga shmera na afhsw ena dema sto shmeio paradoshs sas mesa sto
katasthma kinhths thlefwnias sthn odo 1866 sto Hrakleio. To tzami sthn
porta eisodou einai ragismeno apo panw ws katw kai ena kommati sth
gwnia kremetai kai kounietai otan anoigokleinei h porta. Mpainoun
polloi me paidia.
Apla gia na to kserete kai na to ftiaksoun prin pesei se kapoion.
Antonhs"""),
("el", "b73-sos-koutia-larisa", "Νεφέλη Καραγιάννη <nefeli.karagianni@example.gr>", "SOS", "general", "",
"""SOS!!! Είναι θέμα ζωής και θανάτου (καλά, σχεδόν :) ). Πουλάτε κουτιά
και φακέλους με φυσαλίδες στο κατάστημα της Λάρισας στην Παπαναστασίου
ή πρέπει να τα φέρω έτοιμα; Θέλω να στείλω αύριο πρωί ένα κάδρο στη
φίλη μου στη Θεσσαλονίκη και δεν έχω τίποτα στο σπίτι."""),
("el", "b73-efxaristo-vrikate-dema", "Μαρινα Δελη <marina.deli@example.gr>", "Ευχαριστω!!", "general", "",
"""Καλησπερα! Ηθελα απλως να πω ενα μεγαλο ευχαριστω στην κυρια Ελενη απο
την εξυπηρετηση. Το δεμα με τα βαφτιστικα για την ανιψια μου ειχε
σταλει σε λαθος locker και εκεινη το εντοπισε, με πηρε τηλεφωνο δυο
φορες και φροντισε να ερθει στο σωστο την ιδια μερα. Η βαφτιση εγινε
κανονικα και ολα ηταν τελεια. Με σωσατε!!
Μαρινα"""),
# ---------------- Spanish ----------------
("es", "b73-comparador-suplemento-baleares", "Marta Vilches <marta.vilches@example.es>", "Precio del comparador", "billing", "",
"""Hola,

En vuestro comparador elegí la opción más barata para mandar una caja
de Zaragoza a Ibiza: 7,20 € "precio final". Al día siguiente me llegó
un segundo cargo de 4,00 € por "suplemento insular" que en ningún
momento salía en el comparador ni en el resumen antes de pagar.

Si el precio era final, ese suplemento no debería cobrarse. ¿Me lo
podéis devolver? Referencia CMP-810274.

Gracias,
Marta"""),
("es", "b73-seguro-caja-vacia-profeco", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Reclamación de seguro sin respuesta - guía 3390-7718", "billing", "high",
"""Buenas tardes,

El 6 de mayo envié desde Guadalajara a Monterrey un celular nuevo
valuado en $9,400 MXN y pagué $260 MXN adicionales por el "Seguro Total
de Envío". A mi hermano le entregaron la caja con la cinta cortada y
vuelta a pegar, y adentro solo venía el cargador. El repartidor lo vio
y lo anotó.

Levanté la reclamación ese mismo día, con fotos, la factura del equipo y
el comprobante del seguro. Han pasado 45 días y solo recibo correos
automáticos de "en revisión".

Si en diez días hábiles no me pagan el valor asegurado, presento la
queja ante la Profeco con todo el expediente.

Rodrigo Salinas"""),
("es", "b73-casilla-nos-vamos-del-pais", "Gabriela Ferreyra <gabi.ferreyra@example.com.ar>", "Casilla 1187 - Cordoba", "billing", "",
"""Hola, buen dia.

Tenemos la casilla postal 1187 en la sucursal de Nueva Cordoba. En
agosto nos vamos a vivir a Valencia con mi marido y los chicos, asi que
la casilla ya no la vamos a usar. El abono trimestral se debita de mi
tarjeta y el proximo seria en septiembre.

Que tengo que hacer para darla de baja antes de ese debito? Y la
llave, la dejo en la sucursal o la mando por correo?

Gracias!
Gabriela Ferreyra"""),
("es", "b73-bajar-plan-solo-escaneo", "Pilar Outeiriño <pilar.outeirino@example.es>", "Cambio de plan", "billing", "",
"""Buenos días:

Tengo el plan de dirección virtual "Completo", con escaneo y reenvío
semanal de los originales (24,90 € al mes). La verdad es que ya nunca
necesito los originales, con el escaneo me basta. ¿Me podéis pasar al
plan básico de solo escaneo a partir del mes que viene? ¿Se pierde algo
de lo que ya tengo guardado?

Un saludo,
Pilar"""),
("es", "b73-cobro-reintento-entrega", "Andrés Cifuentes <andres.cifuentes@example.com.co>", "Cobro por reintento de entrega", "billing", "",
"""Buenas tardes,

Me llegó un cobro de $8.500 pesos por "reintento de entrega" del envío
CO-77120. El martes estuve todo el día en el apartamento, en Chapinero,
y el portero dice que nadie preguntó por mí. Al otro día lo entregaron
sin problema.

No me parece justo pagar un reintento de algo que no se intentó. Les
pido que me devuelvan los $8.500.

Andrés Cifuentes
Bogotá"""),
("es", "b73-factura-envio-hace-tres-meses", "Nuria Castells <nuria@castellsilustracion.example>", "Factura de un envío de marzo", "billing", "",
"""Hola,

En marzo hice un envío internacional a Canadá desde vuestra web
(referencia INT-20931, 64,50 €) y solo me guardé el justificante de
pago. Ahora mi gestoría me pide la factura completa, a nombre de Nuria
Castells Puig, NIF 47123456Q, C/ Verdi 32, 08012 Barcelona.

¿Todavía se puede pedir, o hay un plazo máximo?

Gracias,
Nuria"""),
("es", "b73-consulta-pago-cuotas-chile", "Ignacio Muñoz <ignacio.munoz@example.cl>", "Consulta", "billing", "",
"""Hola, quiero mandar una encomienda grande a mi hermana en Punta Arenas
(una bicicleta desarmada) y en la web me sale $58.900. Se puede pagar en
cuotas con tarjeta de crédito o solo al contado? Y si pago por
transferencia, a qué cuenta y cuánto se demora en quedar confirmado?
Saludos"""),
("es", "b73-retorno-taquilla-llena-contracargo", "Beatriz Olmedo <beatriz.olmedo@example.es>", "Me cobráis una devolución que no es culpa mía", "billing", "high",
"""Buenas tardes:

Envié un paquete a mi sobrina a la taquilla de la calle Alcalá que ella
eligió. Según vuestro seguimiento, la taquilla estaba "completa", el
paquete volvió a origen y ahora me habéis cargado 11,30 € por el retorno,
además de los 6,95 € del envío, que no llegó a ninguna parte.

Que vuestra taquilla esté llena no es responsabilidad mía. Quiero la
devolución de los 18,25 €. Si el lunes no la tengo, pediré a mi banco
que devuelva los cargos y pondré una reclamación en la oficina de
consumo de mi ayuntamiento.

Beatriz Olmedo"""),
("es", "b73-re-cotizacion-chicago-doble", "Fernanda Ochoa <fer.ochoa@example.com.mx>", "RE: Tu cotización de envío internacional", "billing", "",
"""Hola, ayer me mandaron esta cotización pero hoy que fui a pagar en la
web me sale $1,380 en lugar de $689, con las mismas medidas y el mismo
peso. ¿Por qué cambió? ¿Me respetan el precio que me dieron?

Fer

> De: Atención a Clientes
> Asunto: Tu cotización de envío internacional
>
> Hola Fernanda:
> Te compartimos la cotización solicitada: paquete de 3 kg, 30 x 25 x
> 20 cm, de Puebla a Chicago, IL, servicio Estándar con rastreo: $689.00
> MXN, IVA incluido. Tiempo estimado de entrega: 6 a 9 días hábiles.
> Saludos cordiales"""),
("es", "b73-reenvio-correo-no-funciona-responsable", "Jorge Balaguer <jorge.balaguer@example.es>", "Tercera reclamación - quiero hablar con un responsable", "billing", "high",
"""Es la tercera vez que escribo por lo mismo.

En enero pagué 45 € por el servicio de reenvío de correspondencia durante
seis meses, de mi antigua dirección en Valencia a la nueva en Castellón.
Ni una sola carta ha llegado a Castellón: el banco, el seguro y hasta
Hacienda me dicen que las siguen mandando a Valencia y que no les han
vuelto. Es decir, he pagado por un servicio que no se presta.

Cada vez me contestáis que "la solicitud ha sido trasladada". Quiero
que me devolváis los 45 € y quiero que esto lo lleve un responsable o
un supervisor, no otro mensaje automático.

Jorge Balaguer"""),
("es", "b73-mercado-pago-rechazado-descontado", "Lucas Benitez <lucas.benitez@example.com.ar>", "pago", "billing", "",
"""hola, quise pagar un envio de Rosario a Mendoza con Mercado Pago, la
pagina me dijo "pago rechazado" pero en la app de MP me figura que se
descontaron $14.300. despues pague de nuevo con debito y ese si salio.
o sea pague dos veces. me devuelven el de Mercado Pago? gracias"""),
("es", "b73-descuento-jubilados-bono", "Santiago Rey <santiago.rey@example.es>", "Descuentos", "billing", "",
"""Buenas tardes,

Estoy jubilado y cada mes mando dos o tres paquetes a mis nietos a
Alemania y a Irlanda. ¿Tienen ustedes algún descuento para pensionistas,
o algún bono de varios envíos que salga más barato que pagarlos sueltos?

Muchas gracias,
Santiago Rey"""),
("es", "b73-pague-express-llego-terrestre", "Verónica Treviño <veronica.trevino@example.com.mx>", "Pagué express y lo mandaron normal", "billing", "",
"""Buen día,

El 2 de abril pagué $640 MXN por envío express de Querétaro a Mérida
(guía QR-558201). En el rastreo aparece que viajó por terrestre y tardó
seis días, igual que el estándar, que cuesta $290. ¿Me pueden devolver
la diferencia?

Saludos,
Verónica Treviño"""),
("es", "b73-taquilla-dice-llena-hay-huecos", "Raquel Esteve <raquel.esteve@example.es>", "Taquilla de la estación del Norte", "technical", "",
"""Hola,

Intento dejar una devolución en la taquilla de la estación del Norte,
en Valencia, y la pantalla dice "No hay compartimentos disponibles del
tamaño seleccionado". Pero he visto cómo otra persona sacaba su paquete
de uno mediano y la puerta se quedó abierta y vacía. He probado con
tamaño mediano y grande y nada. ¿Está mal la taquilla?

Raquel"""),
("es", "b73-no-es-repartidor-foto-ine", "Emiliano Castro <emiliano.castro@example.com.mx>", "la app", "technical", "",
"""Qué tal. Aclaro que no es queja del repartidor ni del cobro, eso todo
bien. El problema es que quiero autorizar a mi hermano para que recoja
un paquete y la app me pide subir la foto de su INE. Tomo la foto, le
doy "Subir" y se queda en 0% para siempre. Con la foto de la galería
igual. Tengo un Motorola con Android 13."""),
("es", "b73-etiqueta-cortada-derecha", "Encarnación Ruiz <encarna.ruiz@example.es>", "La etiqueta sale cortada", "technical", "",
"""Buenos días:

La etiqueta me sale cortada por la derecha: no se ve el código postal
del destinatario ni el final del código de barras. He probado a
imprimirla en "tamaño real" y "ajustar a la página", y sale igual. Otras
cosas las imprimo sin problema.

Un saludo,
Encarnación Ruiz"""),
("es", "b73-tienda-bici-clientes-sin-codigo", "Recambios Pedalea <tienda@pedalea-recambios.example>", "Clientes sin código de recogida", "technical", "high",
"""Hola,

Desde ayer a mediodía ninguno de nuestros clientes que elige recogida
en taquilla recibe el SMS ni el correo con el código. Tenemos 34
pedidos ya depositados en taquillas de toda España que nadie puede
sacar, el teléfono de la tienda no para de sonar con gente enfadada y
están empezando a abrirnos disputas en el marketplace por "pedido no
recibido". Hoy hemos dejado de ofrecer la opción de taquilla en la
web.

Necesitamos saber qué pasa y cuándo se arregla.

Íñigo Etxeberria
Recambios Pedalea, Vitoria-Gasteiz"""),
("es", "b73-locker-puerta-muelle-mano-nene", "Martín Aguirre <martin.aguirre@example.com.ar>", "locker de Palermo", "technical", "high",
"""Hola, les cuento algo del locker que está en la estación de servicio
de Av. Santa Fe y Uriarte, en Palermo. Las puertas de la fila de abajo
se cierran solas de golpe, con muchísima fuerza, apenas las soltás.
Hoy mi nene de 4 años estaba al lado mío y la puerta le agarró los
dedos. Por suerte fue solo el susto y un moretón, pero podría haber
sido mucho peor.

No escribo para reclamar nada, solo para que alguien la revise antes de
que le pase a otro chico.

Martín"""),
("es", "b73-aviso-llegada-caracteres-raros", "Catalina Restrepo <catalina.restrepo@example.com.co>", "Correos con letras raras", "technical", "",
"""Buenos días,

Los correos de aviso de llegada de paquetes me llegan con caracteres
raros en lugar de las tildes y las eñes, por ejemplo "EnvÃ­o" y
"MedellÃ­n", y el botón de "Ver detalle" no se ve, solo un cuadro
vacío. Me pasa en Gmail desde el computador y desde el celular. Antes
llegaban bien.

Catalina Restrepo"""),
("es", "b73-verificacion-dni-camara-negra", "Álvaro Pineda <alvaro.pineda@example.es>", "verificacion de identidad", "technical", "",
"""para activar el apartado digital la web me pide verificar la identidad
con foto del dni y un selfie. le doy a permitir camara y se queda la
pantalla en negro, con el portatil y con el movil. en otras webs la
camara funciona. hay otra forma de verificar?"""),
("es", "b73-no-pido-reembolso-webpay-error", "Francisca Lagos <francisca.lagos@example.cl>", "No puedo pagar el envío", "technical", "",
"""Antes que nada: no estoy pidiendo ningún reembolso, no me han cobrado
nada. El problema es que cuando pago un envío con Webpay me devuelve a
su página con el mensaje "Error al confirmar la transacción" y la
encomienda queda como "pendiente de pago". Lo intenté con dos tarjetas
distintas y desde el celular y el computador. Necesito mandar esto
antes del viernes.

Francisca"""),
("es", "b73-puntos-monterrey-sin-sistema", "Lic. Patricia Zamora <patricia.zamora@example.com.mx>", "¿Qué pasa con los puntos de entrega en Monterrey?", "technical", "high",
"""Buenas tardes,

Desde el sábado ninguno de los puntos de entrega que conozco en
Monterrey y San Pedro puede recibir ni entregar paquetes: en la
papelería, en la farmacia y en la tienda de conveniencia me dicen lo
mismo, que les sale "sistema no disponible" al escanear. Hoy en el punto
de Av. Vasconcelos había como treinta personas esperando y el encargado
ya ni abría la cortina del mostrador.

Tengo ahí un paquete con el tratamiento de mi mamá. ¿Cuándo lo van a
restablecer?

Patricia Zamora"""),
("es", "b73-cuenta-duplicada-cuarta-vez", "Óscar Ibáñez <oscar.ibanez@example.es>", "Cuarta incidencia - pido que lo coja un responsable", "technical", "high",
"""Buenas:

Es la cuarta incidencia que abro por lo mismo (anteriores #41209,
#41877 y #42310). Desde que cambié mi correo en el perfil tengo la
cuenta "partida" en dos: según con qué método inicie sesión veo unos
envíos u otros, y las etiquetas que compré la semana pasada no aparecen
en ninguna de las dos. Las tres veces me han dicho que lo habían
unificado y no es cierto.

Pido que lo coja un responsable o alguien del equipo técnico que pueda
mirar la base de datos, no otra respuesta de plantilla.

Óscar Ibáñez"""),
("es", "b73-calle-nueva-no-aparece", "Yeray Santana <yeray.santana@example.es>", "Mi calle no existe (en vuestra web)", "technical", "",
"""Buenas, vivo en una urbanización nueva en Telde (calle Tabaiba, 35213) y
el buscador de direcciones de la web no encuentra mi calle. Si no la
elijo de la lista no me deja continuar, y no hay opción de escribirla a
mano. Quiero pedir una recogida a domicilio. ¿Cómo lo hago?
Yeray"""),
("es", "b73-hola-sesion-expirada", "Sofía Quiroga <sofia.quiroga@example.com.ar>", "Hola", "technical", "",
"""Hola! desde ayer la app me dice "Tu sesión expiró, volvé a ingresar"
cada dos minutos, aunque esté en el medio de cargar un envío. Ya la
borré y la volví a instalar. Tengo un iPhone 11. Es re molesto porque
tengo que cargar los datos del destinatario tres veces.
Gracias!!"""),
("es", "b73-locker-alargador-charco", "Hernán Gaviria <hernan.gaviria@example.com.co>", "Locker del centro comercial en Envigado", "technical", "high",
"""Buenas noches,

Quería avisarles que el locker de paquetes que está en la entrada del
parqueadero del centro comercial en Envigado está conectado con una
extensión eléctrica que va por el piso, pasa por encima de un charco que
se forma cuando llueve y llega a un tomacorriente de la pared. La
extensión tiene cinta aislante en dos partes. Por ahí pasa la gente con
carritos de mercado y niños.

Les aviso con calma, pero sería bueno que alguien vaya a revisarlo.

Hernán Gaviria"""),
("es", "b73-pdf-guia-cero-kb", "Daniela Robles <daniela.robles@example.com.mx>", "No se descarga la guía", "technical", "",
"""Hola, cuando le doy a "Descargar guía" se baja un archivo PDF de 0 KB
que no se puede abrir ("el archivo está dañado"). Lo intenté en Chrome y
en Edge, y en el celular. La guía ya está pagada. Gracias."""),
("es", "b73-gracias-aduanas-burgos", "Dolores Márquez <dolores.marquez@example.es>", "Agradecimiento", "general", "",
"""Muy señores míos:

Quisiera dar las gracias a Lucía, de su oficina de la calle Vitoria en
Burgos. El jueves fui a mandar a mi nieto, que vive en Suiza, unos
embutidos y una manta hecha por mí, y no entendía nada del papel de
aduanas. Ella me lo explicó todo con una paciencia enorme, me dijo qué
podía mandar y qué no, y me ayudó a rellenarlo letra a letra mientras
la cola esperaba sin que nadie protestara.

Les ruego que se lo hagan saber.

Atentamente,
Dolores Márquez"""),
("es", "b73-horario-16-septiembre", "Alejandro Nava <alejandro.nava@example.com.mx>", "16 de septiembre", "general", "",
"""Buenas, ¿el punto de entrega que está dentro de la farmacia en Av.
Universidad, Coyoacán, abre el 16 de septiembre? Y si abre, ¿a qué hora
cierra? Gracias."""),
("es", "b73-ph-timbre-del-fondo", "Valeria Sosa <valeria.sosa@example.com.ar>", "Entrega en Av. Rivadavia 5120", "general", "",
"""Hola, el jueves me llega un paquete (el seguimiento termina en 7705).
Vivo en un PH: el repartidor tiene que tocar el timbre que dice "Fondo"
y no el de adelante, que es de la vecina y nunca esta. Si no contesto,
que me mande un WhatsApp al 11 5000 3344 y salgo. Gracias!
Vale"""),
("es", "b73-cambio-email-hotmail-viejo", "Inmaculada Pérez <inma.perez@example.es>", "Cambio de correo electrónico", "general", "",
"""Buenos días,

Quería cambiar el correo electrónico de mi cuenta. El que tengo ahora
(un Hotmail antiguo) ya no lo miro y me estoy perdiendo los avisos. El
nuevo es este desde el que os escribo. El resto de datos sigue igual:
Inmaculada Pérez Gil, apartado de correos n.º 2240, Mérida.

Gracias,
Inma"""),
("es", "b73-carpeta-olvidada-cali", "Julián Ospina <julian.ospina@example.com.co>", "carpeta", "general", "",
"""Buenas, creo que dejé olvidada una carpeta azul con unos papeles
(escrituras de una casa, en fotocopia) en el mostrador del punto de
envíos de la Calle 10 en Cali el sábado en la mañana, cuando fui a
mandar una caja. ¿Alguien la entregó? Julián Ospina, cel. 300 000 4521"""),
("es", "b73-estanco-me-llamo-mentirosa", "Mercedes Alarcón <mercedes.alarcon@example.es>", "Queja sobre el punto de recogida - quiero hablar con el encargado de zona", "general", "high",
"""Les escribo por lo que me pasó ayer en su punto de recogida del estanco
de la avenida de Guadalajara, en Alcalá de Henares.

Fui a recoger un paquete con el código y mi DNI. La empleada me dijo que
el nombre "no coincidía" (el paquete venía a nombre de Mercedes A.
Alarcón, con la inicial de mi segundo nombre). Cuando se lo expliqué, me
dijo delante de toda la cola que "eso lo dice todo el mundo" y que no
iba a darle el paquete "a cualquiera que venga con cuentos". Salí de
allí humillada.

No quiero un cupón. Quiero hablar con el encargado de zona o con alguien
por encima que me diga qué van a hacer.

Mercedes Alarcón
600 000 219"""),
("es", "b73-borrar-telefono-publicidad", "Diego Pereyra <diego.pereyra@example.com.ar>", "Mi numero de telefono", "general", "",
"""Hola. Desde que hice un envio con ustedes me llegan SMS de promociones
casi todos los dias. Les pido que saquen mi numero de la lista de
publicidad y que me confirmen que datos mios tienen guardados. Para los
avisos de envios si pueden seguir usandolo.
Diego Pereyra"""),
("es", "b73-enviar-vino-alemania", "Constanza Figueroa <constanza.figueroa@example.cl>", "Vino a Alemania", "general", "",
"""Hola! Mi pololo está haciendo un doctorado en Heidelberg y le quiero
mandar dos botellas de vino de acá (un carmenere del Maule) para su
cumpleaños. Se puede mandar vino a Alemania por encomienda o está
prohibido? Hay que declararlo de alguna forma especial?
Mil gracias, Coni"""),
("es", "b73-pedido-cambiar-taquilla-mudanza", "Rubén Guerrero <ruben.guerrero@example.es>", "Pedido 30418", "general", "",
"""Hola,

El pedido 30418 va a la taquilla de la calle Bravo Murillo, pero este fin
de semana me mudo a Alcorcón. ¿Se puede cambiar a una taquilla de
Alcorcón, la del centro comercial, mientras está en camino? Si no se
puede, tampoco pasa nada, voy a buscarlo.

Rubén"""),
("es", "b73-patrocinio-carrera-escolar", "Escuela Primaria Benito Juárez <direccion@primariabjuarez.example.mx>", "Carrera atlética escolar - patrocinio", "general", "",
"""Estimados señores:

La Sociedad de Padres de Familia de la Escuela Primaria Benito Juárez,
en Morelia, organiza el 12 de octubre una carrera atlética familiar para
reunir fondos para la biblioteca escolar. ¿Les interesaría patrocinar
la carrera, por ejemplo con las medallas o las playeras de los niños?
Con gusto pondríamos su logotipo en la lona de la meta y en las
playeras.

Atentamente,
Profra. Lourdes Chávez
Directora"""),
("es", "b73-cajas-apiladas-papeleria", "Esther Domínguez <esther.dominguez@example.es>", "Punto de recogida en Getafe", "general", "high",
"""Hola:

Hoy he ido a recoger un paquete a vuestro punto de la papelería de la
calle Madrid, en Getafe. Junto a la puerta tienen una columna de cajas
de paquetes apiladas casi hasta el techo, que se balancea cada vez que
alguien entra y la puerta le da. La chica me ha dicho que "es que no
caben en el almacén". Si eso se cae, le cae encima a quien esté en la
cola, y había dos niños.

Os lo cuento para que lo solucionéis antes de que pase algo.

Esther"""),
("es", "b73-urgentisimo-hora-limite-salta", "Tomás Lucero <tomas.lucero@example.com.ar>", "URGENTISIMO", "general", "",
"""URGENTISIMO!!! Hasta que hora puedo despachar hoy en la sucursal de
Retiro para que llegue el lunes a Salta? Es el regalo de cumple de mi
vieja y si no llega me mata jaja"""),
("es", "b73-re-recoger-paquete-de-otro", "Elena Sanz <elena.sanz@example.es>", "Re: Consulta sobre recogida en oficina", "general", "",
"""Gracias por la respuesta. Entonces, si voy yo a recoger el certificado
de mi marido, ¿me vale con una autorización firmada y una fotocopia de
su DNI, o tiene que ir él en persona? Es una carta de Hacienda, no sé
si eso cambia algo.

Elena

> Hola, Elena:
> Gracias por contactar con nosotros. Nuestra oficina de la calle Mayor,
> en Alcobendas, abre de lunes a viernes de 8:30 a 20:30 y los sábados
> de 9:30 a 13:00. Los envíos certificados se guardan durante 15 días
> naturales desde el aviso de llegada.
> Un saludo,
> Atención al Cliente"""),
# ---------------- Polish ----------------
("pl", "b73-blik-dwa-razy-nadanie-automat", "Agnieszka Wrona <agnieszka.wrona@example.pl>", "Podwójna płatność BLIK", "billing", "",
"""Dzień dobry,

wczoraj nadawałam paczkę w automacie przy ul. Grunwaldzkiej w Gdańsku
(gabaryt B, 16,99 zł). Po wpisaniu kodu BLIK ekran się zawiesił, więc
zrobiłam to jeszcze raz. Paczka nadana jest jedna, a z konta zeszło
dwa razy po 16,99 zł. Numer nadania 6205 8813 4472.

Proszę o zwrot drugiej płatności.

Pozdrawiam
Agnieszka Wrona"""),
("pl", "b73-ubezpieczenie-obraz-rzecznik-sad", "Zbigniew Kołodziej <zbigniew.kolodziej@example.pl>", "Reklamacja przesyłki 4410-2291 - ostateczne wezwanie", "billing", "high",
"""Szanowni Państwo,

dnia 14 lutego nadałem z Krakowa do Torunia obraz olejny w ramie,
o wartości 2 400 zł, i wykupiłem u Państwa dodatkowe ubezpieczenie
przesyłki do 3 000 zł (opłata 19 zł). Obraz dotarł z przebitym płótnem
i pękniętą ramą. Do reklamacji dołączyłem zdjęcia opakowania, fakturę
zakupu obrazu i potwierdzenie wykupienia ubezpieczenia.

Reklamację odrzucono z uzasadnieniem "brak oznaczenia OSTROŻNIE", choć
naklejki były na trzech bokach paczki, co widać na zdjęciach.

Wzywam do wypłaty 2 400 zł w terminie 14 dni. W przeciwnym razie
sprawę skieruję do miejskiego rzecznika konsumentów, a następnie na
drogę sądową.

Z poważaniem
Zbigniew Kołodziej"""),
("pl", "b73-skrytka-emerytura-zamykam-warsztat", "Henryk Sobczak <henryk.sobczak@example.pl>", "Skrytka pocztowa nr 57", "billing", "",
"""Dzien dobry,

od 1 lipca przechodze na emeryture i zamykam warsztat zegarmistrzowski
w Zamosciu. Skrytka nr 57, ktora wynajmuje od Panstwa na firme, nie
bedzie mi juz potrzebna - cala korespondencja bedzie szla na adres
domowy. Oplata za skrytke jest pobierana co pol roku, ostatnio w
styczniu.

Prosze o informacje, jak ja zamknac i czy za oplacone miesiace od
lipca do konca okresu cos mi sie nalezy z powrotem.

Z powazaniem
Henryk Sobczak"""),
("pl", "b73-pakiet-nadan-syn-sloiki", "Bożena Pietrzak <bozena.pietrzak@example.pl>", "Pakiet nadań", "billing", "",
"""Dzień dobry,

przez dwa lata co tydzień wysyłałam synowi do Wrocławia paczki ze
słoikami, więc wykupiłam u Państwa pakiet 8 nadań na miesiąc za 79 zł.
Syn skończył studia, wrócił do domu i teraz to on gotuje, więc słoików
już nikt nie wysyła :) Pakiet mi się nie przyda. Jak go zwinąć, żeby od
następnego miesiąca nic już nie schodziło z karty?

Bożena Pietrzak"""),
("pl", "b73-faktura-vat-nip-jdg", "Piotr Zalewski <kontakt@zalewski-grafika.example>", "Faktura VAT za nadania", "billing", "",
"""Dzień dobry,

prowadzę jednoosobową działalność (Piotr Zalewski Grafika, NIP
7251234567, ul. Zgierska 88, 91-413 Łódź) i nadaję przez Państwa stronę
ok. 15 przesyłek miesięcznie. Do tej pory dostaję tylko potwierdzenia
płatności, a księgowa potrzebuje faktur VAT.

Czy da się dostawać jedną zbiorczą fakturę na koniec miesiąca? I czy
mogę dostać fakturę za marzec wstecz?

Pozdrawiam
Piotr Zalewski"""),
("pl", "b73-zwrot-niewykorzystana-etykieta", "Kamil Borowski <kamil.borowski@example.pl>", "Etykieta której nie użyłem", "billing", "",
"""Czesc, w sobote kupilem etykiete kurierska (paczka do 10 kg, Poznan ->
Szczecin, 24,99 zl), ale kupujacy z OLX sie rozmyslil i paczki w ogole
nie nadalem. Da sie odzyskac kase za etykiete? Nr 3391-0027-5518."""),
("pl", "b73-pytanie-pobranie-karta-automat", "Renata Michalak <renata.michalak@example.pl>", "Pytanie", "billing", "",
"""Dzień dobry, mam przesyłkę za pobraniem (137,50 zł) do odbioru w
automacie na Bemowie. Czy mogę zapłacić przy automacie kartą albo
telefonem, czy trzeba to zrobić wcześniej w aplikacji? Gotówki raczej
nie noszę.

Renata"""),
("pl", "b73-skrytka-plus-chargeback", "Marta Kaczmarczyk <marta.kaczmarczyk@example.pl>", "Nadal pobieracie opłaty", "billing", "high",
"""Dzień dobry,

w styczniu zrezygnowałam z usługi "Skrytka Plus" (39 zł miesięcznie),
mam potwierdzenie rezygnacji w mailu z 12.01. Mimo to w lutym, marcu
i kwietniu znowu pobraliście po 39 zł z mojej karty. Pisałam już dwa
razy i dostałam tylko automatyczne odpowiedzi.

Jeśli do końca tygodnia nie dostanę zwrotu 117 zł, zgłaszam w banku
chargeback na wszystkie trzy transakcje i załączam Wasze potwierdzenie
rezygnacji.

Marta Kaczmarczyk"""),
("pl", "b73-odp-zwrot-kurier-norwegia", "Łukasz Adamczyk <lukasz.adamczyk@example.pl>", "Odp: Zwrot środków za zamówienie KUR-77310", "billing", "",
"""Dziękuję, ale kwota się nie zgadza. Anulowany kurier do Norwegii
kosztował 189,00 zł, a dostałem zwrot 49,00 zł. Proszę o sprawdzenie i
dopłatę różnicy.

Łukasz Adamczyk

> Dzień dobry,
> uprzejmie informujemy, że zwrot w kwocie 49,00 zł za zamówienie
> KUR-77310 został zlecony na Pana rachunek. Środki powinny być
> widoczne w ciągu 3-5 dni roboczych.
> Z pozdrowieniami
> Biuro Obsługi Klienta"""),
("pl", "b73-polecony-ukraina-cena-kierownik", "Oksana Melnyk <oksana.melnyk@example.pl>", "Zawyżona opłata w placówce - proszę o kontakt kierownika", "billing", "high",
"""Dzień dobry,

we wtorek nadawałam w placówce przy ul. Lipowej w Lublinie list polecony
priorytetowy do Lwowa. Według cennika na Państwa stronie kosztuje on
18,20 zł, a pobrano ode mnie 31,40 zł. Gdy pokazałam cennik w telefonie,
pani w okienku powiedziała, że "system tak liczy" i nic nie da się
zrobić. Paragon mam.

Proszę o zwrot różnicy 13,20 zł i o kontakt z kierownikiem placówki
albo kimś wyżej, bo nie chodzi tylko o mnie - takie listy wysyła tam
co tydzień dużo osób z Ukrainy.

Oksana Melnyk
tel. 500 000 731"""),
("pl", "b73-kod-z-porownywarki-nie-dziala", "Dawid Krawczyk <dawid.krawczyk@example.pl>", "kod rabatowy", "billing", "",
"""siema, na porownywarce kurierow byl kod PACZKA15 na -15% ale przy
platnosci wyskakuje "kod nieprawidlowy lub wygasl". na stronie pisze ze
wazny do konca miesiaca. paczka Krakow -> Rzeszow, 20 kg. co jest nie
tak?"""),
("pl", "b73-oplata-odprawa-paczka-z-chin", "Grażyna Lis <grazyna.lis@example.pl>", "Dopłata przy odbiorze", "billing", "",
"""Dzień dobry,

dostałam SMS, że za paczkę z Chin (zamówiłam lampkę za 63 zł) muszę
dopłacić 8,50 zł "opłaty za obsługę celną" plus VAT, zanim trafi do
automatu. Przecież przy zakupie był już doliczony podatek. Za co jest ta
opłata i czy muszę ją płacić?

Grażyna Lis"""),
("pl", "b73-kaucja-za-klucz-skrytka", "Wiesław Grabowski <wieslaw.grabowski@example.pl>", "Kaucja za kluczyk", "billing", "",
"""Dzień dobry,

w marcu oddałem kluczyk i zamknąłem skrytkę pocztową nr 312 w Opolu. Przy
otwieraniu skrytki wpłacałem 50 zł kaucji za kluczyk. Minęły dwa miesiące
i pieniądze nie wróciły. Numer konta do zwrotu podałem w okienku. Kiedy
mogę się ich spodziewać?

Wiesław Grabowski"""),
("pl", "b73-automat-nie-otworzyl-drzwiczek", "Natalia Kwiatkowska <natalia.kwiatkowska@example.pl>", "Skrytka się nie otworzyła", "technical", "",
"""Dzień dobry,

dziś ok. 18:20 odbierałam paczkę z automatu przy Galerii Bałtyckiej.
Zeskanowałam kod, ekran pokazał "Odbierz paczkę ze skrytki nr 41", ale
drzwiczki się nie otworzyły. Teraz w aplikacji paczka ma status
"Odebrana", a ona dalej siedzi w środku. Spróbowałam jeszcze raz i
automat mówi, że kod został już użyty.

Jak ją teraz wyjąć?

Natalia"""),
("pl", "b73-to-nie-platnosc-mapa-pusta", "Sebastian Jankowski <sebastian.jankowski@example.pl>", "mapa w aplikacji", "technical", "",
"""Dzien dobry, od razu mowie ze to nie reklamacja platnosci, z
platnosciami wszystko ok. Po ostatniej aktualizacji aplikacji mapa
automatow jest zupelnie szara, nie pokazuje ani ulic ani punktow.
Lokalizacje mam wlaczona. Na telefonie zony (tez Android) to samo.
Przez to nie moge wybrac automatu do nadania."""),
("pl", "b73-etykieta-a4-zamiast-10x15", "Ewelina Dudek <ewelina.dudek@example.pl>", "Format etykiety", "technical", "",
"""Dzień dobry,

używam drukarki termicznej na etykiety 10x15 cm. Do zeszłego tygodnia
w panelu był wybór formatu etykiety, a teraz PDF zawsze generuje się
jako A4 z małą etykietą w rogu. Po wydrukowaniu na 10x15 kod kreskowy
jest tak mały, że kurier nie może go zeskanować. Gdzie zniknęła ta
opcja?

Ewelina"""),
("pl", "b73-sklep-kawa-brak-zamowien-od-rana", "Palarnia Ziarno <sklep@palarniaziarno.example>", "Od rana ani jednego zamówienia", "technical", "high",
"""Dzień dobry,

od 9 rano w naszym sklepie internetowym nie ma ani jednego zamówienia,
a zwykle o tej porze mamy ich ok. 80. Klienci piszą na Messengerze, że
w koszyku nie da się wybrać dostawy do automatu ani kuriera - lista
metod dostawy jest pusta i nie da się przejść dalej. Nic u siebie nie
zmienialiśmy, wtyczka łączy się z Waszym API od dwóch lat bez problemów.

Trwa nasza największa promocja w roku. Prosimy o pilny kontakt.

Michał Nowicki
Palarnia Ziarno, Bydgoszcz"""),
("pl", "b73-automat-trzaski-swad", "Jerzy Wojciechowski <jerzy.wojciechowski@example.pl>", "Automat przy Biedronce na Kozanowie", "technical", "high",
"""Dzień dobry,

chciałbym zgłosić, że w automacie paczkowym przy Biedronce na Kozanowie
we Wrocławiu z szafki z elektroniką (ta część pod ekranem) słychać
trzaski i czuć swąd spalenizny. Daszek nad automatem jest pęknięty i
woda z deszczu kapie prosto na tę szafkę. Ekran co chwilę gaśnie.

Paczkę odebrałem bez problemu, ale lepiej, żeby ktoś to obejrzał, zanim
coś się stanie.

Jerzy Wojciechowski"""),
("pl", "b73-skany-do-gory-nogami-uciete", "Adrianna Szulc <adrianna.szulc@example.pl>", "Skany listów", "technical", "",
"""Dzień dobry,

od kilku dni skany listów w mojej wirtualnej skrzynce są odwrócone do
góry nogami i ucięte mniej więcej w połowie strony, więc nie da się
przeczytać, czego dotyczą. Dotyczy to wszystkich listów od 3 czerwca,
wcześniejsze są w porządku. Sprawdzałam na komputerze i w telefonie.

Adrianna Szulc
Skrzynka nr W-55120"""),
("pl", "b73-logowanie-nowy-numer-telefonu", "Tomasz Wieczorek <tomasz.wieczorek@example.pl>", "nie moge sie zalogowac", "technical", "",
"""zmienilem numer telefonu i teraz nie moge sie zalogowac do konta, bo
kod weryfikacyjny idzie na stary numer, ktorego juz nie mam. w
ustawieniach nie zmienie numeru bo zeby wejsc w ustawienia trzeba sie
zalogowac :) jak to obejsc? mam tam dwie paczki w drodze"""),
("pl", "b73-nie-chce-zwrotu-powiadomienia", "Iwona Majewska <iwona.majewska@example.pl>", "Powiadomienia", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę żadnego zwrotu pieniędzy ani rekompensaty.
Chcę tylko, żeby działały powiadomienia. Od miesiąca nie dostaję ani
SMS-a, ani powiadomienia w aplikacji, że paczka czeka w automacie. Przez
to już dwie paczki wróciły do nadawcy, bo dowiedziałam się o nich za
późno. Zgody na powiadomienia mam włączone.

Iwona Majewska"""),
("pl", "b73-automat-osiedle-przerwa-techniczna", "Wspólnota Mieszkaniowa Zielone Tarasy <zarzad@zielonetarasy.example.pl>", "Automat na osiedlu Zielone Tarasy", "technical", "high",
"""Dzień dobry,

automat paczkowy na terenie naszego osiedla (Zielone Tarasy, ul.
Rokicińska, Łódź) od piątku pokazuje tylko komunikat "Przerwa
techniczna". Od trzech dni nikt nie może odebrać paczek, a w środku jest
ich kilkadziesiąt. Mieszkańcy przychodzą do administracji z pretensjami,
jedna z naszych starszych mieszkanek czeka tam na leki zamówione z
apteki internetowej.

Prosimy o pilne przysłanie serwisanta.

Zarząd Wspólnoty
Krystyna Olszewska"""),
("pl", "b73-odbior-kuriera-adres-blad-przelozony", "Marcin Głowacki <marcin.glowacki@example.pl>", "Trzecie zgłoszenie - proszę przekazać przełożonemu", "technical", "high",
"""Dzień dobry,

to już trzecie zgłoszenie w tej samej sprawie (poprzednie: #30288 i
#30761). Przy zamawianiu odbioru kuriera z domu aplikacja przy
zapisywaniu adresu wyrzuca "Błąd 422 - nieprawidłowe dane" i nie da się
zamówić odbioru. Aktualizowałem aplikację, przeinstalowałem, próbowałem
z przeglądarki. Dwa razy dostałem odpowiedź, że "błąd został usunięty",
i za każdym razem nic się nie zmieniło.

Proszę o przekazanie sprawy przełożonemu lub komuś z działu
technicznego, kto faktycznie się tym zajmie.

Marcin Głowacki"""),
("pl", "b73-formularz-polskie-znaki-ulica", "Jadwiga Żółkowska <jadwiga.zolkowska@example.pl>", "Formularz adresu", "technical", "",
"""Dzień dobry, formularz nadania nie przyjmuje nazwy mojej ulicy
(Źródlana) ani mojego nazwiska - przy polskich literach wyświetla się
"Pole zawiera niedozwolone znaki". Bez ogonków kurier pewnie i tak
trafi, ale na etykiecie wygląda to okropnie. Czy to da się naprawić?
Jadwiga Żółkowska"""),
("pl", "b73-zamowienie-drzwiczki-nie-zamykaja", "Filip Baran <filip.baran@example.pl>", "Zamowienie 60331", "technical", "",
"""Dzien dobry, odebralem paczke (zamowienie 60331) z automatu w Bialymstoku
na Rynku Kosciuszki, ale drzwiczki skrytki nr 12 nie chca sie
zatrzasnac. Ekran caly czas pokazuje "Zamknij drzwiczki" i nie da sie
nic innego zrobic, ludzie za mna czekali. Zostawilem je przymkniete.
Chyba zamek jest zepsuty."""),
("pl", "b73-drzwiczki-wypadly-z-zawiasow", "Beata Sikora <beata.sikora@example.pl>", "Automat przy szkole na Ursynowie", "technical", "high",
"""Dzień dobry,

w automacie przy szkole podstawowej na ul. Wiolinowej na Ursynowie
drzwiczki jednej z górnych skrytek (rząd na wysokości ok. 1,8 m) wiszą
tylko na jednym zawiasie. Gdy ktoś otwiera sąsiednią skrytkę, te
drzwiczki się kołyszą i uderzają o obudowę. Rano przy automacie stoją
dzieci i rodzice.

Pewnie wystarczy przykręcić, ale lepiej zanim spadną komuś na głowę.

Beata Sikora"""),
("pl", "b73-zdalne-otwieranie-nie-dziala", "Patryk Stępień <patryk.stepien@example.pl>", "Zdalne otwieranie", "technical", "",
"""Hej, przy automacie na Ruczaju w Krakowie funkcja "otwórz zdalnie"
w aplikacji od tygodnia kończy się komunikatem "Nie udało się połączyć
z automatem". Bluetooth i lokalizację mam włączone, stoję tuż przy
automacie. Kodem z ekranu otwiera się normalnie, więc paczki odbieram,
ale chciałbym wiedzieć, czy to u mnie coś jest nie tak."""),
("pl", "b73-kurier-oddal-portfel", "Halina Kozłowska <halina.kozlowska@example.pl>", "Podziękowanie dla kuriera", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować Państwa kurierowi, panu Rafałowi, który w
czwartek rano doręczał paczkę na ul. Słowackiego w Kielcach. Wypadł mi
portfel przy furtce, z dowodem, kartami i rentą na cały miesiąc. Pan
Rafał go znalazł, zadzwonił domofonem do wszystkich sąsiadów po kolei,
aż trafił do mnie. Nic nie chciał w zamian.

Proszę przekazać mu moje serdeczne podziękowania i pochwalić go przed
przełożonymi.

Halina Kozłowska"""),
("pl", "b73-godziny-wielka-sobota", "Karolina Zając <karolina.zajac@example.pl>", "Wielka Sobota", "general", "",
"""Dzień dobry, do której czynna będzie placówka przy ul. Głogowskiej w
Poznaniu w Wielką Sobotę? I czy w Poniedziałek Wielkanocny jest
zamknięta? Dziękuję."""),
("pl", "b73-dzwonic-domofon-furtka-od-tylu", "Rafal Gorecki <rafal.gorecki@example.pl>", "Dostawa na Orzechowa 7", "general", "",
"""Dzien dobry, prosze przekazac kurierowi przy mojej paczce (nr konczy sie
na 2290): prosze dzwonic domofonem pod 24, a nie na komorke, bo w pracy
nie odbieram. Furtka od ulicy jest zamknieta, wejscie jest od tylu od
strony parkingu. Jak nikt nie otworzy, to prosze zostawic w sklepie
spozywczym na rogu, pani Ela wie. Dzieki"""),
("pl", "b73-zmiana-adresu-umowa-skrytki", "Joanna Lewandowska <joanna.lewandowska@example.pl>", "Zmiana adresu", "general", "",
"""Dzień dobry,

przeprowadziłam się z Gdańska do Gdyni i proszę o zmianę adresu
korespondencyjnego w umowie na skrytkę pocztową nr 904. Nowy adres:
ul. Świętojańska 41/6, 81-391 Gdynia. Numer telefonu bez zmian.

Czy muszę podpisać aneks w placówce, czy wystarczy ten mail?

Joanna Lewandowska"""),
("pl", "b73-rekawiczki-na-automacie", "Stanisław Mazur <stanislaw.mazur@example.pl>", "rękawiczki", "general", "",
"""Dzień dobry, w sobotę zostawiłem skórzane rękawiczki (brązowe,
podszyte futerkiem, prezent od żony) na daszku automatu przy stacji
benzynowej w Rzeszowie na Podkarpackiej. Wróciłem po godzinie i już ich
nie było. Może ktoś z Państwa serwisu je zabrał? Stanisław Mazur,
tel. 600 000 158"""),
("pl", "b73-punkt-wysmiewal-syna-kierownik", "Anna Wasilewska <anna.wasilewska@example.pl>", "Skarga na pracownika punktu - proszę o kontakt kierownika regionu", "general", "high",
"""Dzień dobry,

w piątek po południu mój 16-letni syn poszedł sam nadać paczkę w
punkcie w kiosku przy dworcu w Olsztynie. Syn się jąka. Pracownik punktu
przedrzeźniał go przy innych klientach, a potem powiedział, żeby
"przyszedł z kimś, kto umie mówić". Syn wrócił do domu roztrzęsiony i
mówi, że więcej tam nie pójdzie.

Nie oczekuję rabatu ani bonu. Oczekuję kontaktu od kierownika regionu
albo osoby odpowiedzialnej za punkty partnerskie i informacji, co
zostanie zrobione z tym pracownikiem.

Anna Wasilewska
tel. 510 000 604"""),
("pl", "b73-rodo-kto-widzi-skany", "Dorota Kubiak <dorota.kubiak@example.pl>", "Skany mojej korespondencji - RODO", "general", "",
"""Dzień dobry,

korzystam z usługi skanowania korespondencji. Zanim przekieruję na Was
listy z banku i od lekarzy, chciałabym wiedzieć: kto u Was otwiera i
widzi te listy, jak długo przechowujecie skany i oryginały, i czy skany
są przekazywane komuś poza Państwa firmą? Proszę też o wskazanie
kontaktu do inspektora ochrony danych.

Dorota Kubiak"""),
("pl", "b73-wkretarka-akumulator-norwegia", "Paweł Sadowski <pawel.sadowski@example.pl>", "Wkrętarka do Norwegii", "general", "",
"""Czesc, brat pracuje na budowie w Stavanger i chce, zebym mu wyslal jego
wkretarke z dwoma akumulatorami (litowo-jonowe, 18V). Czy takie cos
mozna w ogole wyslac paczka do Norwegii? Akumulatory maja byc w
wkretarce czy osobno? Trzeba cos specjalnie zaznaczyc?"""),
("pl", "b73-awizo-a-bylam-w-domu", "Elzbieta Nowak <elzbieta.nowak@example.pl>", "Awizo", "general", "",
"""Dzien dobry, dzisiaj caly dzien bylam w domu, domofon dziala, a w
skrzynce znalazlam awizo z godzina 11:40, ze "adresata nie zastano".
Nikt nie dzwonil. To juz trzeci raz w tym miesiacu z tym samym
kurierem na naszej ulicy (Reymonta, Kalisz). Prosze przekazac, zeby
chociaz probowal dzwonic.
Elzbieta Nowak"""),
("pl", "b73-turniej-orlikow-sponsor", "UKS Orlik Siedlce <uks.orlik@example.pl>", "Turniej piłkarski - prośba o wsparcie", "general", "",
"""Dzień dobry,

Uczniowski Klub Sportowy "Orlik" z Siedlec organizuje 7 września
turniej piłkarski dla dzieci z roczników 2014-2016, w którym weźmie
udział 16 drużyn z regionu. Szukamy sponsorów nagród i koszulek.
Czy byliby Państwo zainteresowani wsparciem turnieju, np. ufundowaniem
pucharów albo bonów na przesyłki? Logo firmy umieścimy na koszulkach i
banerze.

Z pozdrowieniami
Adam Ostrowski
trener, UKS Orlik"""),
("pl", "b73-oblodzone-schody-placowka", "Teresa Jasińska <teresa.jasinska@example.pl>", "Schody przed placówką w Nowym Sączu", "general", "high",
"""Dzień dobry,

schody prowadzące do Państwa placówki przy ul. Jagiellońskiej w Nowym
Sączu są od dwóch dni całe oblodzone, nikt ich nie odśnieżył ani nie
posypał. Dziś rano starszy pan przede mną poślizgnął się i upadł,
na szczęście skończyło się na stłuczonym łokciu. Poręcz jest tylko z
jednej strony i też cała w lodzie.

Proszę o przekazanie komuś, kto może to szybko załatwić.

Teresa Jasińska"""),
("pl", "b73-ratunku-list-do-japonii", "Ola Zielińska <ola.zielinska@example.pl>", "RATUNKU - list do Japonii", "general", "",
"""Ratunku :) Pierwszy raz w życiu wysyłam list do Japonii (do
korespondencyjnej przyjaciółki z Osaki) i nie wiem, jak go zaadresować.
Czy adres piszę po angielsku, czy mogę przepisać japońskie znaki? I w
jakiej kolejności: najpierw kod pocztowy czy nazwisko? Pozdrawiam, Ola"""),
("pl", "b73-wycieczka-klasy-sortownia", "Szkoła Podstawowa nr 3 w Pile <sekretariat@sp3pila.example.pl>", "Wycieczka do sortowni", "general", "",
"""Dzień dobry,

jestem wychowawczynią klasy 3b w Szkole Podstawowej nr 3 w Pile.
Realizujemy temat "Jak list wędruje do adresata" i dzieci bardzo
chciałyby zobaczyć, jak działa sortownia paczek. Czy organizują Państwo
zwiedzanie dla grup szkolnych? Byłoby nas 24 dzieci i 3 opiekunów,
najlepiej w maju.

Z poważaniem
Małgorzata Szymańska"""),
]
