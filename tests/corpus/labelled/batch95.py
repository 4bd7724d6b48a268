# batch95.py -- labelled test mails for the helpdesk classifier, written
# for health-tech businesses: online GP apps, prescription delivery apps,
# period and fertility tracking apps, hearing test apps, smart scales,
# blood pressure monitors and sleep trackers.  40 mails each in English,
# Greek (a third Greeklish), Spanish and Polish, written separately per
# language.  Covers escalation demands that keep their topic, legal
# threats and chargebacks, negations, subjects that say nothing or
# something else, quoted replies, plans ended or paused in unusual
# wording, business outages told only by their consequences, safety
# hazards told calmly, praise, payment questions and everyday mail of
# all three queues.  Held out of the tree until the rules it measures
# are final.  Same tuple format as batch13.py-batch16.py:
# (lang, slug, from, subject, queue, priority, body).
M += [
# ---------------- English ----------------
("en", "b95-en-gp-video-charged-twice", "Harriet Lowe <harriet.lowe@example.co.uk>", "Charged twice for one appointment", "billing", "",
"""Hi there,

I had a video appointment with one of your GPs on Tuesday evening (my
little boy's chest infection) and I've been charged £39 twice on my
Monzo card, both at 19:42. There was only one appointment. Could you
refund the second one please?

Thanks,
Harriet Lowe"""),
("en", "b95-en-fertility-premium-no-longer-needed", "Sinead Gallagher <sinead.gallagher@example.ie>", "Good news, sort of an admin request", "billing", "",
"""Hi team,

Bit of happy news - after fourteen months of temperature charts we've
finally got a positive test! So I won't be needing the ovulation
predictions any more. Can you make sure the Premium doesn't take
another €7.99 from me in March? I'm happy to keep the free version for
now.

Thanks a million for the help along the way,
Sinead"""),
("en", "b95-en-scale-return-small-claims", "Dwayne Porter <dporter@example.com>", "Return RMA-20771 - final notice before I file", "billing", "high",
"""To whom it may concern,

I returned the smart scale on January 6 using your prepaid label. UPS
shows it was delivered to your warehouse in Reno on January 9. It is
now five weeks later and I have not received my refund of $129.99,
despite four emails and two calls where I was told it was "being
processed".

If the full amount is not back on my card by Friday I will file in
small claims court here in Maricopa County and include all of the
correspondence. I would much rather not, but I am out of patience.

Dwayne Porter"""),
("en", "b95-en-bp-monitor-pay-monthly", "Maura Kinsella <maura.kinsella@example.ie>", "Paying in instalments?", "billing", "",
"""Hello, I'm interested in the upper arm blood pressure monitor (the
€89 one with the app). Is there any way of paying for it over three or
four months rather than all at once? I'm on a pension. Maura"""),
("en", "b95-en-hearing-test-receipt-gst", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Receipt required for reimbursement", "billing", "",
"""Dear Sir/Madam,

I have paid Rs. 1,499 for the Complete Hearing Assessment in your app on
12th of this month through UPI. My employer's medical reimbursement
scheme requires a proper tax invoice with GST number and my name,
however the app only shows "Payment successful".

Kindly send the GST invoice to this email id at the earliest.

Regards,
Venkatesh Iyer
Chennai"""),
("en", "b95-en-sleep-annual-renewal-bank-dispute", "Brodie Mackenzie <brodie.mackenzie@example.com.au>", "Charged A$119 after I cancelled", "billing", "high",
"""G'day,

I cancelled my Sleep Coach subscription back in November - I've got the
confirmation email with "We're sorry to see you go" in front of me. This
morning you've taken A$119 for another year.

I want it refunded. If it isn't back in my account within 7 days I'm
lodging a dispute with CommBank and letting them claw it back.

Brodie"""),
("en", "b95-en-mum-passed-delivery-plan", "Gerald Fairweather <g.fairweather@example.co.uk>", "Mrs Joan Fairweather", "billing", "",
"""Dear Sir or Madam,

I am writing on behalf of my mother, Mrs Joan Fairweather, who died
peacefully on the 3rd of this month. She had her repeat prescriptions
delivered by your service and paid for the monthly Delivery Plus plan
of £4.99.

I should be grateful if you would bring the plan to an end and make
sure no further payments are taken from her account, which is being
closed by the solicitors. Any medication still in the system need not
be sent.

Yours faithfully,
Gerald Fairweather"""),
("en", "b95-en-hello-code-did-not-apply", "Priya Shah <priya.shah@example.co.uk>", "Hello", "billing", "",
"""Hello

I used the code SLEEPWELL20 from your Instagram when I bought the sleep
tracker on Sunday but looking at the receipt I paid the full £149. The
box said "code applied" in green. Can you knock the 20% off
retrospectively?

Priya"""),
("en", "b95-en-re-invoice-vat-gym", "Accounts <accounts@ironworks-gym.example>", "Re: Your enquiry [ref 44812]", "billing", "",
"""Hi Sam,

Thanks for getting back to me. We went ahead and ordered the 12 body
composition scales (order 30915), but the invoice attached to the
confirmation is made out to "Ironworks" with no address or VAT number,
which our accountant won't accept. Please can you reissue it as:

Ironworks Fitness Ltd
Unit 4, Canal Wharf, Leeds LS11 5PS
VAT GB 318 4402 17

Cheers,
Nadia (accounts)

> On 3 Feb, Sam from Customer Care wrote:
> Hi Nadia, yes, we can supply 12 units at the trade price of £62 each
> plus VAT and we'll issue a full VAT invoice with the order.
> Kind regards, Sam"""),
("en", "b95-en-price-rise-downgrade", "Malcolm Reid <malcolm.reid@example.co.uk>", "DAYLIGHT ROBBERY", "billing", "",
"""£9.99 to £14.99 a month for the same GP app?? That's a 50% rise and all
I got was an email with a smiley face on it. I'm not paying that.

Put me on the basic pay-per-appointment option from my next renewal
date please. If you can't, tell me and I'll cancel altogether.

M. Reid"""),
("en", "b95-en-pause-sleep-coaching-antarctica", "Tom Ashworth <tom.ashworth@example.co.uk>", "Freezing my account", "billing", "",
"""Hi,

Odd one - I'm heading to the Halley research station for a four-month
winter contract and will have basically no internet. No point paying
for the sleep coaching while I'm away (though God knows I'll need it
with 24h darkness).

Can you pause the monthly plan from 1 April to end of July and restart
it automatically in August? Don't want to lose my history.

Tom"""),
("en", "b95-en-gp-no-show-manager", "Rachel Obi <rachel.obi@example.com>", "Paid for an appointment that never happened - manager please", "billing", "high",
"""I booked and paid £45 for a 10:20 video appointment last Thursday. I sat
in the virtual waiting room for 50 minutes. No doctor ever joined, and
then the appointment disappeared from the app and showed as "completed".

I've emailed three times. Each time I get a template reply telling me
to check my connection. My connection was fine. I want the £45 back and
I want this looked at by a manager or someone senior, not another
template.

Rachel Obi"""),
("en", "b95-en-exchange-cuff-large", "Lorraine Doyle <lorraine.doyle@example.ie>", "Cuff size", "billing", "",
"""Hi, my husband's blood pressure monitor came with the standard cuff and
it won't close round his arm. I see you sell a large cuff (32-42cm). Can
we swap the one he has for the large one, it's unused? Or do we have to
send the whole monitor back. Order BP-66120. Lorraine"""),
("en", "b95-en-family-plan-hsa-card", "Kayla Brennan <kayla.brennan@example.com>", "Adding my husband + HSA?", "billing", "",
"""Hi! Two quick ones:
1) How much extra is it to add my husband to my telehealth plan? I'm on
the individual $19/month one.
2) Can I pay with my HSA debit card? It got declined last time and I
wasn't sure if it was the card or you.
Thanks!! Kayla (Columbus, OH)"""),
("en", "b95-en-not-billing-period-app-crash", "Amy Fletcher <amy.fletcher@example.co.uk>", "My subscription", "technical", "",
"""Just to say first, this isn't about my subscription or payments, that's
all fine. The problem is the app itself: since yesterday's update it
closes as soon as I tap on the calendar tab. It opens, shows the logo,
I tap Calendar and it's gone. iPhone 12, iOS 17.3. I've restarted the
phone and reinstalled it (luckily the data came back after logging in).

Amy"""),
("en", "b95-en-scale-bulging-back", "Graham Pike <graham.pike@example.co.uk>", "Scale", "technical", "high",
"""Hello,

I thought I should let you know about our bathroom scale (the glass one
with the app, bought around a year ago). My wife noticed it rocking
slightly when she stood on it, and when we turned it over the battery
cover has been pushed out and the plastic around it is bulging. It was
warm to the touch, though nothing was switched on.

I've taken it outside and put it on the patio away from anything that
could burn. Could you tell us how to dispose of it safely, and whether
this is a known problem?

Regards,
Graham Pike"""),
("en", "b95-en-cuff-would-not-deflate", "Niamh Costello <niamh.costello@example.ie>", "Monitor kept squeezing Dad's arm", "technical", "high",
"""Hi,

Yesterday my dad (81) was taking his blood pressure with your monitor
and the cuff just kept inflating and didn't let go. The display said
"---" and pressing the button did nothing. I had to pull the tube out of
the unit to release it. His arm has a red mark and some bruising this
morning, he's okay otherwise.

We won't use it again obviously. I'd like someone to look into this
before it happens to someone who lives alone.

Niamh Costello"""),
("en", "b95-en-practice-waiting-room-empty", "Dr Fiona Blake <practice.manager@harbourside-surgery.example>", "Today's clinics", "technical", "high",
"""Hello,

We are a GP surgery in Whitby using your platform for our remote
consultations. Since about 8:30 this morning none of our patients have
been able to get past the "connecting" screen, and none of the doctors
can see anyone in their waiting lists. Reception has had over 60 calls,
we've had to cancel the whole morning's remote clinic and we're trying
to phone every patient individually for the afternoon.

Please call the practice as soon as possible on 01947 600 411.

Fiona Blake
Practice Manager"""),
("en", "b95-en-hearing-test-left-ear-silent", "Oliver Grant <oliver.grant@example.com>", "Hearing test", "technical", "",
"""I don't want a refund - I actually want to do the test! But when it gets
to the left ear section there is no tone at all, even at the loudest
level. The calibration step played fine in both ears. Using the wired
earphones it recommends, on a Pixel 7."""),
("en", "b95-en-re-ring-not-syncing", "Jess Turner <jess.turner@example.com.au>", "Re: Ticket 88213 - ring not syncing", "technical", "",
"""Hi Callum, did all of that, still nothing. Ring charged to 100%,
Bluetooth off/on, unpaired and re-paired, app reinstalled. Last sync
in the app is still Saturday 2:14am. The ring light flashes green like
normal.

Jess

> From: Callum (Support)
> Hi Jess, sorry to hear your ring isn't syncing. Could you please:
> 1. Fully charge the ring
> 2. Toggle Bluetooth off and on
> 3. Remove the ring from the app and pair it again
> Let me know how you go!"""),
("en", "b95-en-urgent-reset-email", "Megan Hughes <megan.hughes@example.co.uk>", "URGENT!!!!!", "technical", "",
"""URGENT - I have asked for a password reset link FIVE times and nothing
arrives, not in spam either. I just want to look at my weight graph.
megan.hughes@example.co.uk is definitely the right email."""),
("en", "b95-en-father-locked-out-heart-tablets", "Sanjay Mehta <sanjay.mehta@example.co.uk>", "Father cannot reorder his heart medication", "technical", "high",
"""Hello,

My father (79) orders his repeat prescriptions through your app. He
changed his mobile number last month and now the app sends the login
code to his old number, so he can't get in. He takes bisoprolol and
apixaban and has tablets until Saturday. His pharmacy says the repeat
has to be requested through the app.

Can someone please reset the phone number on his account today or
place the order for him? His details: Ramesh Mehta, DOB 14/06/1944,
postcode LE4 6HT.

Sanjay Mehta (son)
07700 900 215"""),
("en", "b95-en-scale-four-kilos-heavy", "Charlotte Wood <charlotte.wood@example.co.uk>", "Am I really this heavy?", "technical", "",
"""Your scale says 71.8kg. The nurse's scale at my GP said 67.6 this morning,
same clothes. I've tried it on the kitchen tiles and the bathroom tiles,
new batteries. Is there a way to recalibrate it? (I'm hoping the nurse is
right!)"""),
("en", "b95-en-sleep-score-zero-naps", "Ben Carter <ben.carter@example.com>", "Sleep score", "technical", "",
"""Hey, I work nights (nurse) so my main sleep is from about 9am to 4pm.
The app gives me a sleep score of 0 every single day and logs it as a
"nap". Only nights seem to count. Is there a shift worker setting I'm
missing or is this a bug?"""),
("en", "b95-en-care-home-readings-not-uploading", "Patricia Nolan <manager@oakfield-care.example.co.uk>", "Oakfield House - all residents", "technical", "high",
"""Good afternoon,

We have 34 residents whose blood pressure is taken twice daily with your
connected monitors, and the readings go straight to their GP surgery
through your portal. Since yesterday evening none of the readings are
appearing. The monitors show the numbers but the portal shows nothing
after 18:10 yesterday, for any resident.

Our nurses are now writing everything down by hand and phoning the
surgery for the residents on new medication. Please can someone contact
me today.

Patricia Nolan
Registered Manager, Oakfield House"""),
("en", "b95-en-cycle-dates-one-day-off", "Ananya Rao <ananya.rao@example.in>", "Dates showing wrong", "technical", "",
"""Hi, since I moved from Bangalore to Auckland all my period dates in the
app have shifted one day earlier, including the ones I logged months
ago. The prediction for next period is also off now. Phone time zone is
set to automatic. Please help fix this, I rely on these dates for my
doctor."""),
("en", "b95-en-monitor-wont-pair", "Kevin Byrne <kbyrne55@example.ie>", "bp monitor", "technical", "",
"""wont pair with my iphone 15 at all, sits on searching forever. had it
working on my old phone. kev"""),
("en", "b95-en-thanks-dr-okafor", "Lucy Pemberton <lucy.pemberton@example.co.uk>", "Thank you", "general", "",
"""Hello,

I just wanted to say a big thank you to Dr Okafor, who saw my daughter
Isla (4) on a video call at 10pm on Sunday. She had a temperature and
was pulling at her ear and I was in a bit of a state. Dr Okafor was
calm and kind, talked to Isla about her dinosaur pyjamas, and explained
everything clearly to me. The prescription was at our local Boots first
thing Monday.

Please pass it on - it made a horrible night so much easier.

Lucy Pemberton"""),
("en", "b95-en-rude-phone-advisor-supervisor", "Deborah Walsh <deborah.walsh@example.co.uk>", "Complaint about your phone line", "general", "high",
"""I rang your pharmacy helpline this morning at about 11.15 to ask when my
mother's parcel would arrive. The man I spoke to sighed at me, called me
"love" in a very sarcastic way, told me he "didn't have all day" and
then put the phone down while I was still talking.

I have never been spoken to like that by a company. I want a supervisor
to call me back today and I want to know what is going to be done about
it. My number is 07700 900 387.

Deborah Walsh"""),
("en", "b95-en-gdpr-cycle-data-export", "Aoife Brennan <aoife.brennan@example.ie>", "Data access request", "general", "",
"""Hello,

Under Article 15 of the GDPR I'd like a copy of all personal data you
hold about me, including the cycle, symptom and temperature entries
from your app, any data you have shared with third parties and who
they are. After I have it I will probably ask you to delete my account.

Account email: aoife.brennan@example.ie

Kind regards,
Aoife Brennan"""),
("en", "b95-en-leave-parcel-number-14", "Stan Kowal <stan.kowal@example.co.uk>", "Deliveries", "general", "",
"""Morning, I'm at work most days now so could your drivers please leave my
prescription parcels with my neighbour at number 14 (Mrs Patel) if I'm
not in? She's happy to take them. Don't leave them on the step please,
we've had things go missing. Thanks, Stan - 12 Rowan Close"""),
("en", "b95-en-new-address-same-plan", "Heather Simpson <heather.simpson@example.co.uk>", "Change of address", "general", "",
"""Hello,

I've moved house (still in Norwich) and need to update my address for
deliveries. The new one is 7 Elm Hill Mews, Norwich NR3 1HN. Nothing
else changes - same phone, same email, same plan.

Heather"""),
("en", "b95-en-question-hearing-aids", "Arthur Bennett <arthur.bennett@example.co.uk>", "Question", "general", "",
"""Dear Sirs,

I have worn hearing aids for some years now. Would your hearing test app
give a meaningful result if I take them out first, or is it only meant
for people who have not been tested before? My granddaughter put it on
my telephone for me.

Yours sincerely,
Arthur Bennett"""),
("en", "b95-en-charity-run-sponsorship", "Ciara Flynn <ciara@galwayheartrun.example>", "Galway Heart Run - partnership?", "general", "",
"""Hi there,

I organise the Galway Heart Run, a 5k for cardiac charities with around
900 runners each May. Given you make blood pressure monitors, we
wondered if you'd consider sponsoring this year - a free BP check tent
at the finish line would be a lovely fit.

Happy to send our sponsorship pack.

Ciara Flynn
Race Director"""),
("en", "b95-en-collection-point-handrail", "Margaret Hale <margaret.hale@example.co.uk>", "Your collection point in Chapel Allerton", "general", "high",
"""Dear Sir or Madam,

I collect my prescriptions from your collection point on Harrogate Road.
The handrail on the three steps up to the door has come away from the
wall at the top and swings out when you hold it. Yesterday a gentleman
with a walking frame grabbed it and very nearly went over backwards; I
and another lady caught him.

Many of your customers there are elderly. Please get it seen to before
somebody is badly hurt.

Mrs M. Hale"""),
("en", "b95-en-lost-glasses-screening-stand", "Rupert Hill <rupert.hill@example.co.uk>", "Reading glasses", "general", "",
"""Hi - I did the free hearing check at your stand in the Bullring on
Saturday afternoon and I think I left my reading glasses on the table
(tortoiseshell frames, black case). Did anyone hand them in? I can come
back to pick them up. Rupert"""),
("en", "b95-en-order-scale-weight-limit", "Marcus Johnson <marcus.johnson@example.com>", "Order 58213", "general", "",
"""Before this ships - what's the max weight your scale can take? Your
page says "up to 180kg" in one place and "400 lbs" in another. I'm about
190kg and I'm on a program with my doctor, I don't want it to just
show an error. Thanks, Marcus"""),
("en", "b95-en-app-killing-my-lie-ins", "Fergal Quinn <fergal.quinn@example.ie>", "You've ruined my lie-ins", "general", "",
"""Your sleep app is killing me, honestly. Three weeks of the wind-down
routine and I'm now waking up at 7 on a Saturday like a farmer, fully
rested, with nothing to complain about. My wife says I'm unbearable.

Seriously though, first time in years I've slept properly. Thanks.

Fergal"""),
("en", "b95-en-marketing-data-ico", "Hannah Price <hannah.price@example.co.uk>", "Your use of my health data", "general", "high",
"""Dear Data Protection Officer,

I stopped using your fertility app last year. This month I have started
getting baby product adverts and a letter from a formula milk company
addressed to me by name, which says I was "recommended by a partner".
I never agreed to my details being passed on, least of all health data.

I want to know exactly who you shared my data with and when. If I do
not get a full answer within the legal time limit I will be reporting
this to the Information Commissioner's Office.

Hannah Price"""),
("en", "b95-en-menopause-webinar-recording", "Sue Atkinson <sue.atkinson@example.com.au>", "Webinar Thursday", "general", "",
"""Hi, I've registered for the menopause and sleep webinar on Thursday but
it's 3am here in Perth! Will a recording be sent out afterwards?
Cheers, Sue"""),
# ---------------- Greek ----------------
("el", "b95-el-gl-diplh-xrewsh-vinteoklhsh", "Thanos Kalogeropoulos <thanos.kalog@example.gr>", "xrewsh", "billing", "",
"""Kalhspera sas,
xthes to vrady eixa vinteoklhsh me giatro mesw ths efarmoghs gia th
mikrh (pyretos) kai vlepw sthn trapeza 2 xrewseis apo 25 euro, idia wra
kai ta dyo. H episkepsh htan mia. Mporeite na mou epistrepsete th mia?
Eyxaristw,
Thanos"""),
("el", "b95-el-zygaria-epistrofi-synigoros", "Δήμητρα Σταυροπούλου <dimitra.stavropoulou@example.gr>", "Επιστροφή χρημάτων για ζυγαριά - τελευταία ενημέρωση", "billing", "high",
"""Κύριοι,

Στις 8 Ιανουαρίου επέστρεψα με courier την έξυπνη ζυγαριά (παραγγελία
ΖΓ-40917), όπως μου υποδείξατε, μέσα στις 14 ημέρες υπαναχώρησης. Η
αποστολή παραδόθηκε στην αποθήκη σας στις 10/1. Έχουν περάσει πάνω από
πέντε εβδομάδες και τα 119,90€ δεν έχουν επιστραφεί, παρά τα τρία
email μου.

Αν δεν δω την επιστροφή μέσα στην εβδομάδα, θα κάνω καταγγελία στον
Συνήγορο του Καταναλωτή και στη Γενική Γραμματεία Εμπορίου, με όλη την
αλληλογραφία μας.

Δήμητρα Σταυροπούλου
Πάτρα"""),
("el", "b95-el-emmhnopausi-telos-syndromis", "Βασιλικη Ντουμα <vasiliki.ntouma@example.gr>", "Συνδρομη", "billing", "",
"""Καλημερα σας,

Μετα απο σχεδον ενα χρονο χωρις περιοδο η γυναικολογος μου μου ειπε
οτι πλεον μπηκα κανονικα στην εμμηνοπαυση. Οποτε δεν εχει νοημα να
πληρωνω 4,99 το μηνα για τις προβλεψεις κυκλου. Σας παρακαλω να μην
ανανεωθει η συνδρομη απο τον επομενο μηνα.

Ευχαριστω πολυ για ολα αυτα τα χρονια
Βασιλικη"""),
("el", "b95-el-gl-doseis-piesometro", "Kostas Zervas <kzervas@example.gr>", "piesometro se doseis?", "billing", "",
"""Geia sas, thelw na parw to piesometro braxiona me to bluetooth (89
euro) gia th mhtera mou. Ginetai na plhrwsw me 3 atokes doseis me
pistwtikh? Sto site den vlepw pouthena epilogh gia doseis.
Kwstas"""),
("el", "b95-el-timologio-iatreio-afm", "Ιατρείο Καρδιολογίας Μπακάλη <grammateia@bakalis-kardio.example.gr>", "Τιμολόγιο για παραγγελία 51208", "billing", "",
"""Καλησπέρα σας,

Παραγγείλαμε πέντε πιεσόμετρα για το ιατρείο (παραγγελία 51208) και
λάβαμε απόδειξη λιανικής αντί για τιμολόγιο. Παρακαλούμε να εκδοθεί
τιμολόγιο με τα εξής στοιχεία:

Μπακάλης Ιωάννης, Ιατρός Καρδιολόγος
ΑΦΜ 045812339, ΔΟΥ Λάρισας
Παπακυριαζή 22, 41222 Λάρισα

Με εκτίμηση,
Ελένη, γραμματεία"""),
("el", "b95-el-kodikos-ekptosis-den-pernaei", "Νίκος Μαυρίδης <nikos.mavridis@example.gr>", "Κωδικός έκπτωσης", "billing", "",
"""Γεια σας. Πήρα newsletter με κωδικό ΥΠΝΟΣ15 για 15% στο ρολόι ύπνου,
αλλά στο ταμείο μου βγάζει «ο κωδικός δεν είναι έγκυρος». Ισχύει ακόμα
η προσφορά ή έληξε; Αν ισχύει, μπορώ να παραγγείλω και να μου
επιστρέψετε τη διαφορά;"""),
("el", "b95-el-gl-pateras-efyge-apo-th-zwh", "Maria Athanasiou <maria.athanasiou@example.gr>", "Lampros Athanasiou", "billing", "",
"""Kalhmera sas,
o pateras mou o Lampros Athanasiou efyge apo th zwh prin apo 10 meres.
Eixe sto onoma tou th mhniaia syndromh gia thn apostolh farmakwn sto
spiti (9,90 to mhna). Parakalw na stamathsei h syndromh kai na mhn
xrewthei allo h karta tou.
Sas eyxaristw
Maria Athanasiou"""),
("el", "b95-el-etisia-ananeosi-amfisvitisi", "Γιάννης Κουτσούκος <g.koutsoukos@example.gr>", "Χρέωση 79,99€ χωρίς καμία ειδοποίηση", "billing", "high",
"""Σήμερα είδα στην κάρτα μου χρέωση 79,99€ από εσάς για «ετήσια ανανέωση
Premium». Δεν έλαβα ούτε ένα email ότι πλησιάζει η ανανέωση, και την
εφαρμογή για τον ύπνο δεν την έχω ανοίξει από τον Ιούνιο.

Θέλω πίσω τα χρήματα. Αν μέχρι την Παρασκευή δεν έχουν επιστραφεί, θα
κάνω αμφισβήτηση της χρέωσης στην τράπεζα (Eurobank) και θα το
χειριστούν εκείνοι.

Γιάννης Κουτσούκος"""),
("el", "b95-el-re-aitima-epistrofis", "Ελένη Χατζή <eleni.chatzi@example.gr>", "Re: Αίτημα επιστροφής #5521", "billing", "",
"""Καλησπέρα,

Πέρασαν οι 5-7 εργάσιμες που μου γράψατε και δεν βλέπω ακόμα τα 35€
στον λογαριασμό μου. Μήπως χρειάζεται κάτι άλλο από μένα; Πληρώσαμε με
Visa της Πειραιώς.

Ελένη

-----Αρχικό μήνυμα-----
Από: Εξυπηρέτηση Πελατών
Αγαπητή κα Χατζή, η επιστροφή των 35€ για την ακυρωμένη τηλεσυμβουλευτική
εγκρίθηκε και θα εμφανιστεί στην κάρτα σας σε 5-7 εργάσιμες ημέρες.
Με εκτίμηση, Κατερίνα"""),
("el", "b95-el-gl-fantaros-pagwma", "Giorgos Pappas <giorgos.pappas@example.gr>", "pagwma syndromhs", "billing", "",
"""Geia, katatassomai ston stratw sto Tripli tou Martiou, 9 mhnes
fantaros. Kinhto sto stratopedo tha to vlepw elaxista opote den yparxei
logos na plhrwnw to sleep coaching. Ginetai na pagwsei h syndromh apo
1/3 kai na synexisei otan apolythw? Na mh xathoun ta dedomena mou.
Thx, Giwrgos"""),
("el", "b95-el-allagi-perixeiridas", "Αικατερίνη Λιάπη <ekaterini.liapi@example.gr>", "Αλλαγή περιχειρίδας", "billing", "",
"""Καλημέρα σας,

Το πιεσόμετρο που πήρα για τον σύζυγό μου ήρθε με τη μεσαία περιχειρίδα
και δεν του κλείνει στο μπράτσο. Μπορώ να σας τη στείλω πίσω
αχρησιμοποίητη και να μου στείλετε τη μεγάλη; Αν υπάρχει διαφορά τιμής
να μου πείτε.

Αικατερίνη Λιάπη
Ιωάννινα"""),
("el", "b95-el-erotisi-iris-antikatavoli", "Σπύρος Δημάκης <spyros.dimakis@example.gr>", "Ερώτηση", "billing", "",
"""Καλησπέρα,
δέχεστε πληρωμή με IRIS ή μόνο κάρτα; Θα ήθελα επίσης να ξέρω αν
γίνεται αντικαταβολή για τη ζυγαριά και πόσο είναι η επιβάρυνση.
Σπύρος"""),
("el", "b95-el-kommeni-symvouleftiki-proistamenos", "Αντώνης Βλάχος <antonis.vlachos@example.gr>", "Ζητώ να μιλήσω με υπεύθυνο", "billing", "high",
"""Καλησπέρα,

Την Τρίτη πλήρωσα 30€ για τηλεσυμβουλευτική με παθολόγο. Η κλήση κόπηκε
μετά από δύο λεπτά, ο γιατρός δεν ξανασυνδέθηκε και η εφαρμογή τη
χαρακτήρισε «ολοκληρωμένη». Έχω στείλει τρία μηνύματα και παίρνω την
ίδια έτοιμη απάντηση ότι «δεν επιστρέφονται χρήματα για
ολοκληρωμένες συνεδρίες».

Δεν ολοκληρώθηκε τίποτα. Θέλω να μου επιστραφούν τα 30€ και θέλω να
ασχοληθεί με την υπόθεση κάποιος προϊστάμενος, όχι πάλι το ίδιο
αυτόματο μήνυμα.

Αντώνης Βλάχος
Θεσσαλονίκη"""),
("el", "b95-el-gl-den-einai-xrewsh-kollaei", "Xristina Petrou <xristina.p@example.gr>", "syndromh", "technical", "",
"""Geia sas, den einai thema xrewshs, h syndromh mou einai ok kai
plhrwmenh. To provlhma einai oti apo to update ths Deyteras h
efarmogh gia ton kyklo kollaei otan paw na valw symptwmata, gyrizei
to kyklaki kai meta kleinei. Samsung A52, to exw ksanavalei 2 fores.
Xristina"""),
("el", "b95-el-zygaria-myrizei-kameno", "Παναγιώτης Σιδέρης <p.sideris@example.gr>", "Ζυγαριά", "technical", "high",
"""Καλημέρα,

Θα ήθελα να σας ενημερώσω για κάτι με την επαναφορτιζόμενη ζυγαριά σας.
Χθες βράδυ την είχα στη φόρτιση στο μπάνιο και μύρισε έντονα καμένο
πλαστικό. Όταν την έβγαλα από την πρίζα, το βύσμα του καλωδίου ήταν
μαυρισμένο και η θύρα φόρτισης ζεστή.

Την έχω αποσυνδέσει και την έβαλα στο μπαλκόνι. Πείτε μου τι πρέπει να
κάνω με αυτήν και αν θα αντικατασταθεί.

Παναγιώτης Σιδέρης"""),
("el", "b95-el-piesometro-err3", "Ευαγγελία Μπούρα <evangelia.boura@example.gr>", "Πιεσόμετρο", "technical", "",
"""Καλησπέρα σας. Το πιεσόμετρο της μητέρας μου από χθες δείχνει μόνο
«Err 3» μόλις φουσκώσει λίγο η περιχειρίδα. Αλλάξαμε μπαταρίες, τη
φοράμε όπως λέει το φυλλάδιο. Τι σημαίνει αυτό το σφάλμα;
Ευαγγελία"""),
("el", "b95-el-gl-den-erxetai-sms", "Babis Triantafyllou <babis.tr@example.gr>", "kwdikos", "technical", "",
"""kalhmera, prospathw na kanw eggrafh sthn efarmogh gia ta farmaka kai
den mou erxetai pote to sms me ton kwdiko epivevaiwshs. to kinhto
einai Cosmote, 69xxxxxxx, ta alla sms ta pairnw kanonika. ti na kanw?"""),
("el", "b95-el-farmakeio-den-erxontai-paraggelies", "Φαρμακείο Καραγιάννη <info@farmakeio-karagianni.example.gr>", "Από το πρωί", "technical", "high",
"""Καλημέρα,

Είμαστε φαρμακείο στο Ηράκλειο και εκτελούμε συνταγές που έρχονται
μέσω της πλατφόρμας σας για παράδοση στο σπίτι. Από τις 8 το πρωί δεν
έχει έρθει ούτε μία παραγγελία, ενώ συνήθως έχουμε 40-50 μέχρι το
μεσημέρι. Οι πελάτες μάς παίρνουν τηλέφωνο ότι «η παραγγελία τους
στάλθηκε» αλλά εμείς δεν βλέπουμε τίποτα, και οι δύο διανομείς μας
κάθονται.

Παρακαλώ επικοινωνήστε άμεσα στο 2810 300 412.

Μιχάλης Καραγιάννης, φαρμακοποιός"""),
("el", "b95-el-vrachioli-egkavma", "Ρένα Κωνσταντίνου <rena.konstantinou@example.gr>", "Βραχιόλι ύπνου", "technical", "high",
"""Καλησπέρα σας,

Φοράω το βραχιόλι ύπνου σας εδώ και δύο μήνες. Σήμερα το πρωί ξύπνησα
με έναν πόνο στον καρπό και κάτω από τους αισθητήρες είχα κόκκινο
σημάδι με μια μικρή φουσκάλα, σαν εγκαυματάκι. Το βραχιόλι ήταν
αισθητά ζεστό όταν το έβγαλα.

Δεν το ξαναφοράω μέχρι να μου πείτε τι συμβαίνει. Σας στέλνω και
φωτογραφία του καρπού αν χρειάζεται.

Ρένα Κωνσταντίνου"""),
("el", "b95-el-test-akois-den-apothikevei", "Σταμάτης Γεωργίου <stamatis.georgiou@example.gr>", "Τεστ ακοής", "technical", "",
"""Γεια σας,
έκανα δύο φορές όλο το τεστ ακοής στην εφαρμογή (κάπου 12 λεπτά κάθε
φορά) και στο τέλος, αντί για αποτελέσματα, βγάζει «Κάτι πήγε στραβά»
και μετά στο ιστορικό δεν υπάρχει τίποτα. iPhone 11 με τα ακουστικά
της Apple.
Σταμάτης"""),
("el", "b95-el-gl-sync-samsung-health-proistamenos", "Lefteris Anagnostou <lefteris.anag@example.gr>", "4o mail!!", "technical", "high",
"""Ayto einai to tetarto mail pou stelnw. To sleep tracker den
sygxronizei me to Samsung Health edw kai 3 evdomades, kai kathe fora
mou apantate "kante epanafora" pou thn exw kanei hdh 3 fores. Den
thelw allh etoimh apanthsh, thelw na to analavei kapoios proistamenos
h ypeythynos texnikou tmhmatos kai na me parei thlefwno.
6944 000 318
Lefteris"""),
("el", "b95-el-epeigon-kodikos", "ΣΟΦΙΑ ΡΗΓΑ <sofia.riga@example.gr>", "ΕΠΕΙΓΟΝ", "technical", "",
"""ΚΑΛΗΜΕΡΑ. ΞΕΧΑΣΑ ΤΟΝ ΚΩΔΙΚΟ ΜΟΥ ΚΑΙ ΤΟ LINK ΠΟΥ ΜΟΥ ΣΤΕΙΛΑΤΕ ΛΕΕΙ
ΟΤΙ ΕΧΕΙ ΛΗΞΕΙ, ΕΝΩ ΤΟ ΠΑΤΗΣΑ ΑΜΕΣΩΣ. ΘΕΛΩ ΝΑ ΔΩ ΤΙΣ ΜΕΤΡΗΣΕΙΣ ΒΑΡΟΥΣ
ΤΟΥ ΜΗΝΑ. ΕΥΧΑΡΙΣΤΩ
ΣΟΦΙΑ ΡΗΓΑ"""),
("el", "b95-el-re-epanegkatastasi-video", "Θοδωρής Αλεξίου <thodoris.alexiou@example.gr>", "Re: Πρόβλημα με βιντεοκλήση", "technical", "",
"""Την έσβησα και την ξαναέβαλα όπως μου είπατε, έδωσα και άδεια για
κάμερα και μικρόφωνο. Πάλι τα ίδια: ο γιατρός με βλέπει αλλά δεν με
ακούει, εγώ τον ακούω κανονικά. Με το WhatsApp το μικρόφωνο δουλεύει.

Θοδωρής

> Στις 12/2 η Εξυπηρέτηση έγραψε:
> Καλησπέρα κ. Αλεξίου, δοκιμάστε να απεγκαταστήσετε και να
> εγκαταστήσετε ξανά την εφαρμογή και βεβαιωθείτε ότι έχει δοθεί
> πρόσβαση στο μικρόφωνο από τις Ρυθμίσεις του κινητού."""),
("el", "b95-el-gl-zygaria-lo", "Dimitris Karras <dkarras@example.gr>", "zygaria", "technical", "",
"""h zygaria deixnei mono "Lo" kai svhnei. evala kainourgies mpataries
xthes. ti paizei?"""),
("el", "b95-el-monades-livres", "Ιωάννα Πετροπούλου <ioanna.petropoulou@example.gr>", "Λίβρες αντί για κιλά", "technical", "",
"""Καλησπέρα,
μετά την τελευταία ενημέρωση η εφαρμογή δείχνει το βάρος μου σε λίβρες
και στις ρυθμίσεις είναι επιλεγμένα τα κιλά. Το άλλαξα σε λίβρες και
ξανά σε κιλά αλλά στο γράφημα μένουν λίβρες. Πώς το διορθώνω;
Ιωάννα"""),
("el", "b95-el-gl-den-erxontai-eidopoihseis", "Anna Michailidou <anna.mich@example.gr>", "eidopoihseis", "technical", "",
"""Kalhspera! Mou erxontan kanonika oi eidopoihseis gia thn wokhsh kai
thn epomenh periodo, alla edw kai 2 mhnes den erxetai tipota. Oi
eidopoihseis einai energes kai sto kinhto kai mesa sthn efarmogh. Exw
iPhone 13. Eyxaristw!!"""),
("el", "b95-el-tablet-den-anoigei", "Χαράλαμπος Νικολαΐδης <ch.nikolaidis@example.gr>", "Δεν ανοίγει η εφαρμογή στο tablet", "technical", "",
"""Καλησπέρα σας,

Έχω ένα tablet Lenovo με Android 9 και από την προηγούμενη εβδομάδα η
εφαρμογή για τα ραντεβού με τον γιατρό δεν ανοίγει καθόλου, μένει
λευκή οθόνη. Στο Google Play λέει ότι είναι ενημερωμένη. Στο κινητό
της κόρης μου δουλεύει κανονικά. Θα υποστηρίζεται πλέον το tablet μου
ή πρέπει να πάρω καινούργιο;

Ευχαριστώ,
Χαράλαμπος Νικολαΐδης"""),
("el", "b95-el-efxaristies-giatro-nyxta", "Κυριακή Μανωλάκη <kyriaki.manolaki@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλησπέρα σας,

Ήθελα να ευχαριστήσω τη γιατρό κα Παπαθανασίου, που μίλησε μαζί μας
στις 2 τα ξημερώματα το Σάββατο, όταν ο εγγονός μου είχε κρίση βήχα
και δεν ξέραμε αν πρέπει να πάμε στο νοσοκομείο στα Χανιά. Ήταν ήρεμη,
μας εξήγησε τι να προσέχουμε και μας πήρε και την επόμενη μέρα να
ρωτήσει πώς είναι. Τέτοιο ενδιαφέρον δεν το περιμέναμε.

Με εκτίμηση,
Κυριακή Μανωλάκη"""),
("el", "b95-el-gl-eyxaristw-dianomea-xionia", "Stelios Vrettos <stelios.vrettos@example.gr>", "Mpravo ston dianomea", "general", "",
"""Kalhmera, thelw na pw ena megalo eyxaristw ston dianomea sas pou hrthe
sthn Arachova me ta xionia thn Tetarth kai efere ta farmaka ths
giagias mou. Anevhke me ta podia ta teleytaia 200 metra giati
to dromaki htan kleisto. Na tou to pete, htan polu eygenikos.
Stelios"""),
("el", "b95-el-agenis-ypallilos-proistamenos", "Ευτυχία Γκίκα <eftychia.gkika@example.gr>", "Παράπονο για υπάλληλο", "general", "high",
"""Καλησπέρα σας,

Σήμερα στις 10:40 πήρα τηλέφωνο στην εξυπηρέτηση για να ρωτήσω πότε
θα έρθουν τα φάρμακα της μητέρας μου. Η υπάλληλος που σήκωσε μου μίλησε
απαξιωτικά, μου είπε «δεν είμαστε εδώ για να σας κρατάμε συντροφιά»
και μου έκλεισε το τηλέφωνο.

Ζητώ να με καλέσει ο προϊστάμενος ή η υπεύθυνη του τμήματος σήμερα,
στο 6977 000 552. Δεν είναι αποδεκτό να μιλάτε έτσι σε πελάτες.

Ευτυχία Γκίκα"""),
("el", "b95-el-diagrafi-dedomenon-kyklou", "Ζωή Ευαγγέλου <zoi.evangelou@example.gr>", "Διαγραφή λογαριασμού και δεδομένων", "general", "",
"""Καλησπέρα,

Σύμφωνα με τον ΓΚΠΔ ζητώ τη διαγραφή του λογαριασμού μου και όλων των
δεδομένων που έχω καταχωρίσει στην εφαρμογή (ημερομηνίες κύκλου,
συμπτώματα, θερμοκρασίες, σημειώσεις). Παρακαλώ επιβεβαιώστε μου
γραπτώς όταν ολοκληρωθεί.

Email λογαριασμού: zoi.evangelou@example.gr

Ζωή Ευαγγέλου"""),
("el", "b95-el-gl-odigies-paradosis-koudouni", "Manolis Fragkiadakis <manolis.fr@example.gr>", "paradosh", "general", "",
"""Geia sas, to koudouni sthn polykatoikia einai xalasmeno. Otan ferete ta
farmaka na me pairnei o dianomeas thlefwno sto 6945 000 271 na katevw.
Einai 3os orofos, Kolokotrwnh 18, Kalamata. Eyxaristw polu."""),
("el", "b95-el-allagi-kinitou", "Αλέξανδρος Τσιρίγος <alex.tsirigos@example.gr>", "Νέος αριθμός κινητού", "general", "",
"""Καλησπέρα,
άλλαξα αριθμό κινητού. Ο νέος είναι 6983 000 614. Μπορείτε να τον
περάσετε στον λογαριασμό μου ώστε να μου έρχονται εκεί τα μηνύματα για
τα ραντεβού; Το email μου μένει ίδιο.
Αλέξανδρος Τσιρίγος"""),
("el", "b95-el-orario-savvato", "Ολγα Δρόσου <olga.drosou@example.gr>", "Ωράριο", "general", "",
"""Καλημέρα, το τηλεφωνικό κέντρο λειτουργεί και Σάββατο; Στο site γράφει
Δευτέρα-Παρασκευή αλλά μια φίλη μου είπε ότι πήρε Σάββατο πρωί.
Ευχαριστώ, Όλγα"""),
("el", "b95-el-gl-xorigia-dromeis-larisas", "Nikos Tsolakis <info@dromeis-larisas.example.gr>", "xorhgia agwna", "general", "",
"""Kalhspera,
eimaste o Syllogos Dromewn Larisas kai organwnoume ton 10o agwna dromou
"Trexw gia thn kardia" ton Maio, me peripou 1.500 symmetexontes. Tha
sas endieferei na eiste xorhgoi h na sthsete ena periptero me
metrhseis pieshs sthn afeteria? Mporoume na sas steiloume to
programma xorhgiwn.
Nikos Tsolakis
Proedros"""),
("el", "b95-el-gl-ekthesi-omprela", "Katerina Sotiriou <katerina.sotiriou@example.gr>", "ksexasa thn omprela mou", "general", "",
"""geia sas! hmoun sto periptero sas sthn ekthesh ygeias sto Helexpo thn
Kyriakh kai ekana to dwrean tsekarisma akohs. Nomizw oti afhsa ekei
mia mple omprela me ksylino xerouli. Thn vrhkate mhpws?"""),
("el", "b95-el-rampa-simeio-paralavis", "Γεράσιμος Ραφτόπουλος <gerasimos.raft@example.gr>", "Ράμπα στο σημείο παραλαβής Καλλιθέας", "general", "high",
"""Καλησπέρα σας,

Παραλαμβάνω τα φάρμακά μου από το σημείο παραλαβής σας στην Καλλιθέα,
στη Θησέως. Η μεταλλική ράμπα για τα αναπηρικά αμαξίδια έχει
ξεβιδωθεί από τη μία πλευρά και γέρνει. Σήμερα ο τροχός μου έφυγε στο
κενό και παραλίγο να αναποδογυρίσω, με έπιασε ένας περαστικός.

Παρακαλώ να φτιαχτεί πριν χτυπήσει κάποιος.

Γεράσιμος Ραφτόπουλος"""),
("el", "b95-el-sms-egkymosynis-arxi-prostasias", "Μαρίνα Κωστοπούλου <marina.kostopoulou@example.gr>", "Προσωπικά δεδομένα υγείας", "general", "high",
"""Προς τον Υπεύθυνο Προστασίας Δεδομένων,

Χρησιμοποιούσα την εφαρμογή σας για την εγκυμοσύνη, την οποία δυστυχώς
έχασα τον Δεκέμβριο. Έκτοτε λαμβάνω διαφημιστικά SMS από κατάστημα
βρεφικών ειδών που με προσφωνεί με το όνομά μου και αναφέρει «τον
μήνα του τοκετού σας». Δεν έδωσα ποτέ συγκατάθεση να διαβιβαστούν τα
στοιχεία μου.

Ζητώ να μάθω σε ποιους δώσατε τα δεδομένα μου και πότε. Αν δεν λάβω
πλήρη απάντηση, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων
Προσωπικού Χαρακτήρα.

Μαρίνα Κωστοπούλου"""),
("el", "b95-el-paraggelia-zygaria-vimatodotis", "Ηλίας Ζαχαρίου <ilias.zachariou@example.gr>", "Παραγγελία 40317", "general", "",
"""Καλημέρα,
πριν σταλεί η παραγγελία 40317: ο πατέρας μου έχει βηματοδότη. Η
ζυγαριά με τη μέτρηση λίπους κάνει για εκείνον ή να την αλλάξω με την
απλή; Στην περιγραφή δεν λέει κάτι.
Ηλίας"""),
("el", "b95-el-gl-omilia-emmhnopausi", "Popi Laskari <popi.laskari@example.gr>", "ekdhlwseis", "general", "",
"""Geia sas, eida sto instagram oti kanete omilies gia ton kyklo kai thn
emmhnopausi. Tha kanete kapoia kai sthn Thessalonikh h mono online?
Kai einai dwrean? Eyxaristw, Popi"""),
# ---------------- Spanish ----------------
("es", "b95-es-cobro-doble-videoconsulta", "Lucía Romero Pastor <lucia.romero@example.es>", "Me habéis cobrado dos veces", "billing", "",
"""Hola,

El domingo tuve una videoconsulta con el pediatra a través de vuestra
app (mi hijo tenía fiebre) y en la cuenta me aparecen dos cargos de
35 € del mismo día y a la misma hora. Solo hubo una consulta. ¿Me
podéis devolver el segundo?

Gracias,
Lucía Romero"""),
("es", "b95-es-meses-sin-intereses-bascula", "Alejandro Fuentes <alejandro.fuentes@example.com.mx>", "Meses sin intereses", "billing", "",
"""Buenas tardes, quiero comprar la báscula inteligente de $2,499 pero al
pagar no me sale la opción de meses sin intereses con mi tarjeta
Banamex. ¿Solo aplica con algunos bancos o a partir de cierto monto?
Saludos, Alejandro (Guadalajara)"""),
("es", "b95-es-cobro-en-dolares-argentina", "Martina Ledesma <martina.ledesma@example.com.ar>", "cobro en dolares", "billing", "",
"""Hola, contraté el plan anual de la app de fertilidad y en la web decía
el precio en pesos (ARS 38.500) pero en el resumen de la tarjeta me
aparece cobrado en dolares, y encima con las percepciones me salió
casi el doble. No es lo que yo acepté. Me pueden reintegrar la
diferencia o cobrarlo en pesos como decía?
Martina"""),
("es", "b95-es-madre-residencia-baja-envios", "Fernando Aguirre Salas <fernando.aguirre@example.es>", "Baja del servicio de mi madre", "billing", "",
"""Buenos días:

Les escribo en nombre de mi madre, Doña Pilar Salas Ortega. Desde el
lunes vive en una residencia en Logroño que se encarga de toda su
medicación, así que ya no necesitamos que le enviéis los medicamentos
a casa. Les ruego que den por terminada la suscripción mensual de
envíos (6,95 €) y que no se le cobre el mes que viene.

Atentamente,
Fernando Aguirre Salas"""),
("es", "b95-es-factura-cfdi-rfc", "Contabilidad Dental Sonrisa <facturas@dentalsonrisa.example.mx>", "Factura CFDI consulta", "billing", "",
"""Buen día,

Necesitamos la factura CFDI 4.0 de la consulta médica en línea pagada
el 14 de febrero ($650 MXN), folio de pago TP-883120. Datos fiscales:

Razón social: Clínica Dental Sonrisa SA de CV
RFC: CDS180522KL3
Régimen: 601
Uso CFDI: G03
CP: 64000, Monterrey, N.L.

Gracias de antemano.
Área de contabilidad"""),
("es", "b95-es-reembolso-superintendencia", "Andrés Felipe Castaño <andres.castano@example.com.co>", "Reembolso pendiente - última vez que escribo", "billing", "high",
"""Señores:

El 20 de enero devolví el monitor de sueño por no funcionar como se
anunciaba, dentro del plazo de retracto. Ustedes confirmaron el
recibido el 24 de enero y me prometieron el reembolso de $489.900 en
diez días hábiles. Hoy es 28 de febrero y no he recibido nada.

Si el dinero no está en mi cuenta esta semana, radicaré la queja ante la
Superintendencia de Industria y Comercio con todos los soportes.

Andrés Felipe Castaño
Medellín"""),
("es", "b95-es-renovacion-anual-contracargo", "Iñaki Etxeberria <inaki.etxeberria@example.es>", "Cargo de 59,99 €", "billing", "high",
"""Buenas,

Hoy me habéis cobrado 59,99 € por la renovación anual de la app del
sueño. No me llegó ningún aviso previo, y además la di de baja desde
el móvil en octubre (tengo la captura).

Quiero la devolución íntegra. Si en cinco días no la tengo, pido el
contracargo a mi banco y que lo reclamen ellos.

Iñaki"""),
("es", "b95-es-descuento-estudiante-chile", "Valentina Soto <valentina.soto@example.cl>", "descuento estudiantes?", "billing", "",
"""hola!! soy estudiante de enfermeria en la U de Concepcion y me
interesa la app de seguimiento del ciclo pero el plan premium sale
$4.990 al mes, tienen algun descuento para estudiantes? gracias"""),
("es", "b95-es-re-devolucion-tensiometro", "Rosa María Gil <rosamaria.gil@example.es>", "RE: Devolución pedido 77452", "billing", "",
"""Buenas tardes, Sergio:

Ya lo he enviado por Correos, le adjunto el justificante. ¿Cuánto
tardaré en ver el dinero en la tarjeta? Es que lo pagué en tres plazos
y no sé si me devuelven todo de golpe o me anulan los plazos que
quedan.

Un saludo,
Rosa María

-----Mensaje original-----
De: Sergio - Atención al cliente
Estimada Rosa María: hemos aceptado la devolución del tensiómetro de
muñeca. Puede enviarlo con la etiqueta adjunta en un plazo de 14 días.
Un saludo."""),
("es", "b95-es-pausa-app-fertilidad-fiv", "Camila Benítez <camila.benitez@example.com.ar>", "Pausar el plan", "billing", "",
"""Hola! Con mi pareja vamos a empezar un tratamiento de FIV en una clínica
de Rosario y durante estos meses el seguimiento lo hacen ellos, así
que no voy a usar la app. ¿Se puede poner en pausa el plan mensual por
unos 4 meses sin perder todo mi historial? No quiero darme de baja
del todo.
Gracias, Cami"""),
("es", "b95-es-cambio-talla-correa", "Javier Moreno <javier.moreno@example.es>", "Talla de la correa", "billing", "",
"""Hola, compré la pulsera de sueño con correa talla S y me queda muy
justa. ¿Puedo cambiarla por la talla L? La correa está sin usar
prácticamente. Pedido 60331."""),
("es", "b95-es-consulta-no-realizada-gerente", "Guadalupe Hernández <lupita.hdz@example.com.mx>", "Quiero hablar con un gerente", "billing", "high",
"""Buenas tardes.

Pagué $450 por una consulta con médico general el martes a las 6 pm.
Nunca se conectó nadie, esperé 40 minutos en la sala virtual y después
la app la marcó como "atendida". Ya escribí tres veces y siempre me
contestan lo mismo: que revise mi conexión.

Quiero mi reembolso y quiero que esto lo revise un gerente o un
supervisor, no otra respuesta automática.

Guadalupe Hernández
Puebla"""),
("es", "b95-es-hola-yape", "Diego Quispe <diego.quispe@example.pe>", "Hola", "billing", "",
"""Hola buenas, quería saber si puedo pagar el tensiómetro con Yape o
PagoEfectivo porque no tengo tarjeta de crédito. Soy de Arequipa.
Gracias"""),
("es", "b95-es-no-es-facturacion-app-se-cierra", "Sara Navarro <sara.navarro@example.es>", "Facturación", "technical", "",
"""Hola. Pongo "facturación" en el asunto porque es lo que me salía en el
desplegable, pero no es un problema de facturación, el pago está bien.
Lo que pasa es que la app de pedidos de medicamentos se cierra sola en
cuanto pulso en "Mis recetas". Desde la actualización del jueves. Android
13, Xiaomi. Ya la he desinstalado y vuelto a instalar.
Sara"""),
("es", "b95-es-bascula-bateria-hinchada", "Ricardo Villalobos <ricardo.villalobos@example.com.mx>", "Báscula", "technical", "high",
"""Buenas tardes,

Les comento algo que nos pasó con la báscula recargable. Mi esposa la
puso a cargar anoche y esta mañana la tapa de abajo estaba levantada y
la báscula ya no asentaba derecha. Al voltearla se ve la batería
inflada, y el plástico de ese lado estaba caliente aunque ya no estaba
conectada.

La sacamos al patio, lejos de todo. ¿Qué hacemos con ella y cómo se
desecha sin riesgo? Tenemos niños en casa.

Ricardo Villalobos"""),
("es", "b95-es-tensiometro-error-e2", "Manuel Ortega <manuel.ortega@example.es>", "Tensiómetro", "technical", "",
"""Buenos días, el tensiómetro me sale todo el rato "E2" y no da la
medida. Pilas nuevas y el manguito bien puesto, dos dedos por encima
del codo como dice el folleto. ¿Qué significa?
Manuel Ortega, 74 años"""),
("es", "b95-es-no-llega-codigo-verificacion", "Facundo Pereyra <facu.pereyra@example.com.ar>", "codigo", "technical", "",
"""hola, me quiero registrar en la app de telemedicina y nunca me llega
el codigo de verificacion por SMS. probe como 6 veces. mi celu es
Personal, los otros mensajes me llegan sin problema. que hago?"""),
("es", "b95-es-fisio-videoconsultas-caidas", "Clínica Fisiomar <recepcion@fisiomar.example.es>", "Esta mañana", "technical", "high",
"""Buenos días,

Somos una clínica de fisioterapia en Málaga y hacemos las sesiones de
seguimiento online con vuestra plataforma. Desde las 9:00 ningún
paciente consigue entrar: se quedan en "conectando..." y los
fisioterapeutas no ven a nadie en la sala de espera. Llevamos toda la
mañana llamando a los pacientes uno por uno para cancelar y el
teléfono de recepción no para.

Por favor, llamadnos cuanto antes al 952 000 318.

Marta Ruiz
Coordinadora"""),
("es", "b95-es-mama-bloqueada-anticoagulante", "Juliana Restrepo <juliana.restrepo@example.com.co>", "Mi mamá no puede pedir su medicamento", "technical", "high",
"""Buenas tardes,

Mi mamá tiene 80 años y pide su anticoagulante por la aplicación de
ustedes. Desde ayer la app le dice "cuenta bloqueada por seguridad"
después de equivocarse con la clave, y el correo para desbloquear le
llega a una dirección que ya no existe. Le quedan pastillas solo
hasta mañana y la droguería dice que la orden tiene que entrar por la
app.

¿Pueden desbloquearle la cuenta hoy o hacer el pedido por ella? Cédula
41.XXX.XXX, a nombre de Amparo Gómez de Restrepo.

Juliana Restrepo (hija)
310 000 4471"""),
("es", "b95-es-audiometria-auriculares", "Pablo Serrano <pablo.serrano@example.es>", "Test de audición", "technical", "",
"""Hola, la app del test de audición me dice todo el rato "conecte unos
auriculares compatibles" y tengo puestos los AirPods Pro. Con unos de
cable tampoco funciona. iPhone 14. ¿Qué auriculares acepta?"""),
("es", "b95-es-anillo-no-sincroniza-chile", "Ignacio Muñoz <ignacio.munoz@example.cl>", "No sincroniza", "technical", "",
"""Hola, el anillo de sueño dejó de sincronizar hace 4 días. La luz
prende, está cargado, pero en la app la última noche registrada es
la del viernes. Ya lo desvinculé y lo volví a vincular. Tengo un
Motorola g84.
Saludos"""),
("es", "b95-es-urgente-contrasena", "Yesenia Cruz <yesenia.cruz@example.com.mx>", "URGENTE URGENTE", "technical", "",
"""NECESITO ENTRAR A MI CUENTA. Le doy a "olvidé mi contraseña" y no me
llega ningún correo, ni en spam. Quiero ver mis registros de presión
del mes para llevárselos a mi doctora el jueves."""),
("es", "b95-es-re-sigue-sin-funcionar-responsable", "Óscar Prieto <oscar.prieto@example.es>", "Re: Re: Incidencia 90214", "technical", "high",
"""Es la cuarta vez que os escribo. He hecho todo lo que me dijisteis,
reinstalar, borrar caché, reiniciar el tensiómetro, y las mediciones
siguen sin pasar a la app. Llevo tres semanas así y mi cardiólogo
necesita los datos.

No quiero otro correo con los mismos pasos. Quiero que esto lo lleve un
responsable del departamento técnico y que me llame: 600 000 129.

Óscar Prieto

> El 19/2, Soporte escribió:
> Hola Óscar, prueba a reinstalar la app, borrar la caché y reiniciar
> el tensiómetro manteniendo pulsado el botón 10 segundos. Un saludo."""),
("es", "b95-es-no-quiero-devolucion-balanza", "Florencia Acosta <florencia.acosta@example.com.ar>", "balanza", "technical", "",
"""Hola, no quiero devolverla ni que me reintegren nada, la balanza me
gusta. Lo único es que me da resultados distintos si me subo dos veces
seguidas, hasta 1,5 kg de diferencia. Está en el piso del baño, que es
de cerámica y está parejo. Se puede calibrar?
Flor"""),
("es", "b95-es-prediccion-ovulacion-mal", "Elena Castro <elena.castro@example.es>", "Predicciones", "technical", "",
"""Hola,

Desde la última actualización la app me pone la ovulación el día 3 del
ciclo, que no tiene ningún sentido (tengo ciclos de 28-30 días y llevo
dos años metiendo los datos). Antes funcionaba perfectamente. ¿Es un
fallo vuestro? He revisado los ajustes y la duración del ciclo está
bien puesta.

Gracias,
Elena"""),
("es", "b95-es-pantalla-rayas-monitor", "Gonzalo Ríos <gonzalo.rios@example.es>", "Pantalla con rayas", "technical", "",
"""Buenas, al monitor de sueño de mesilla le han salido dos rayas
verticales en la pantalla y no se ve bien la hora ni la puntuación.
Tiene siete meses. ¿Tiene arreglo?"""),
("es", "b95-es-android-viejo-uruguay", "Mirtha Olivera <mirtha.olivera@example.com.uy>", "No me anda la aplicación", "technical", "",
"""Buenas tardes. Tengo un telefono Samsung J7 y desde hace una semana la
aplicacion para hablar con el medico no abre, se pone la pantalla en
blanco y se cierra. Mi nieto dice que puede ser que el telefono sea
viejo. Ustedes saben si la van a arreglar para estos telefonos?
Mirtha Olivera, Montevideo"""),
("es", "b95-es-felicitacion-doctora", "Concepción Márquez <concha.marquez@example.es>", "Felicitación", "general", "",
"""Buenas tardes:

Quería felicitar a la doctora Irene Vidal, que atendió a mi marido por
videollamada el sábado por la noche. Estaba muy preocupado por un
dolor en el pecho que al final era muscular, y ella tuvo una paciencia
enorme, le explicó todo con calma y le dijo claramente cuándo debía
ir a urgencias. Esa tranquilidad no tiene precio.

Un saludo muy cordial,
Concepción Márquez
Sevilla"""),
("es", "b95-es-repartidor-grosero-supervisor", "Rodrigo Salinas <rodrigo.salinas@example.com.mx>", "Su repartidor", "general", "high",
"""Buenas noches.

Hoy su repartidor trajo los medicamentos de mi papá a la casa en
Coyoacán. Como tardé un minuto en bajar porque mi papá usa andadera,
empezó a gritarme, me aventó la bolsa y se fue diciendo groserías
delante de los vecinos.

Exijo que un supervisor me llame mañana y que me digan qué medidas van
a tomar. Mi número: 55 0000 8812.

Rodrigo Salinas"""),
("es", "b95-es-acceso-datos-rgpd", "Nuria Vidal i Serra <nuria.vidal@example.cat>", "Sol·licitud de dades / Solicitud de datos", "general", "",
"""Buenos días,

Al amparo del artículo 15 del RGPD, solicito una copia de todos los
datos personales que tratan sobre mí, incluidos los registros de la
app del ciclo, así como la lista de terceros con los que los hayan
compartido.

Correo de la cuenta: nuria.vidal@example.cat

Atentamente,
Núria Vidal i Serra"""),
("es", "b95-es-dejar-en-porteria", "Sofía Paredes <sofia.paredes@example.com.ar>", "Entregas", "general", "",
"""Hola! Cuando me manden los remedios, pueden dejarlos en la portería del
edificio? El encargado se llama Ramón y está de 8 a 20. Yo trabajo todo
el día. Av. Corrientes 3200, 7° B, CABA. Mil gracias"""),
("es", "b95-es-cambio-correo-apellido", "Daniela Ospina <daniela.ospina@example.com.co>", "Cambio de datos", "general", "",
"""Buenas, me casé hace poco y cambié de correo. Quería actualizar mis
datos: el correo nuevo es daniela.ospina.v@example.com.co y el
apellido ahora es Ospina de Vargas. El resto sigue igual. Gracias!"""),
("es", "b95-es-horario-atencion-telefonica", "Antonio Lozano <antonio.lozano@example.es>", "Horario", "general", "",
"""Buenas, ¿a qué hora abre el teléfono de atención al cliente? Llamé
ayer a las 8:30 y me salió una grabación. Gracias."""),
("es", "b95-es-patrocinio-carrera-10k", "Comité Carrera del Corazón <contacto@carreradelcorazon.example.mx>", "Propuesta de patrocinio", "general", "",
"""Estimados:

Somos el comité organizador de la Carrera del Corazón 10K de Querétaro,
que reúne cada año a más de 3,000 corredores y recauda fondos para la
Fundación Mexicana del Corazón. Nos encantaría que su marca de
tensiómetros participara como patrocinador, con un módulo de toma de
presión gratuita en la meta.

Quedamos atentos para enviarles la carpeta con los paquetes.

Atentamente,
Laura Mendoza"""),
("es", "b95-es-feria-salud-chaqueta", "Carlos Bermejo <carlos.bermejo@example.es>", "Chaqueta olvidada", "general", "",
"""Hola, el sábado estuve en vuestro stand de la feria de salud de IFEMA
haciéndome la prueba de audición y creo que me dejé allí una chaqueta
vaquera azul. ¿La encontró alguien? Puedo pasar a recogerla donde me
digáis."""),
("es", "b95-es-vidrios-punto-retiro", "Francisca Araya <francisca.araya@example.cl>", "Punto de retiro Providencia", "general", "high",
"""Hola,

Hoy fui a retirar mis remedios al punto de retiro de ustedes en
Providencia. En la entrada hay un vidrio de la puerta quebrado y los
pedazos siguen en el suelo, justo donde uno se para para esperar.
Había una mamá con un niño chico gateando cerca. Le avisé al chico
que atiende y me dijo que "ya lo saben".

Por favor retírenlo antes de que alguien se corte.

Francisca Araya"""),
("es", "b95-es-llamadas-publicidad-aepd", "Beatriz Herrero <beatriz.herrero@example.es>", "Llamadas comerciales", "general", "high",
"""Me di de baja de vuestras comunicaciones comerciales hace dos meses y
sigo recibiendo llamadas ofreciéndome vuestras básculas, ahora de un
número distinto cada semana. Además la persona que llama conoce mi
peso y mi edad, que solo tenéis vosotros.

Exijo que borréis mis datos de cualquier lista comercial y que me
digáis quién los tiene. Si vuelvo a recibir una sola llamada, pondré
una reclamación ante la AEPD.

Beatriz Herrero"""),
("es", "b95-es-pedido-bascula-embarazo", "Ximena Pardo <ximena.pardo@example.com.mx>", "Pedido 88213", "general", "",
"""Hola, antes de que envíen el pedido 88213: estoy embarazada de 5 meses
y leí en un foro que las básculas que miden grasa corporal no se deben
usar en el embarazo. ¿Es cierto? ¿Se puede usar solo para el peso?"""),
("es", "b95-es-me-mataron-con-la-rapidez", "Julián Ferreyra <julian.ferreyra@example.com.ar>", "Me mataron", "general", "",
"""Me mataron con la rapidez, de verdad. Pedí la receta a las 11 y a las 2
ya tenía los remedios en casa en Córdoba. Y el médico de la videollamada
un genio. Sigan así!!"""),
("es", "b95-es-talleres-sueno-valencia", "Marina Peris <marina.peris@example.es>", "Talleres", "general", "",
"""Hola,
he visto que hacéis talleres sobre higiene del sueño. ¿Tenéis alguno
previsto en Valencia en primavera? Somos un grupo de cinco compañeras
del trabajo interesadas.
Gracias,
Marina"""),
# ---------------- Polish ----------------
("pl", "b95-pl-podwojna-oplata-e-wizyta", "Agnieszka Wróbel <agnieszka.wrobel@example.pl>", "Podwójna opłata", "billing", "",
"""Dzień dobry,

w sobotę miałam e-wizytę u internisty przez Waszą aplikację i z konta
zeszło mi dwa razy po 99 zł, o tej samej godzinie. Wizyta była jedna.
Proszę o zwrot drugiej płatności.

Pozdrawiam
Agnieszka Wróbel"""),
("pl", "b95-pl-raty-cisnieniomierz", "Henryk Lis <henryk.lis@example.pl>", "raty", "billing", "",
"""Dzien dobry, czy cisnieniomierz naramienny z aplikacja (349 zl) mozna
kupic na raty 0%? Chce kupic dla zony a wolalbym rozlozyc na kilka
miesiecy. Henryk"""),
("pl", "b95-pl-faktura-vat-gabinet-nip", "Gabinet Dietetyczny Zdrowa Linia <biuro@zdrowalinia.example.pl>", "Faktura do zamówienia 71940", "billing", "",
"""Dzień dobry,

do zamówienia 71940 (4 wagi z analizą składu ciała) otrzymaliśmy tylko
paragon. Prosimy o wystawienie faktury VAT na dane:

Zdrowa Linia Katarzyna Nowicka
ul. Piotrkowska 112/4, 90-006 Łódź
NIP 725-000-14-82

Fakturę prosimy przesłać na ten adres e-mail.

Z poważaniem
Katarzyna Nowicka"""),
("pl", "b95-pl-zwrot-wagi-rzecznik", "Tomasz Kaczmarek <tomasz.kaczmarek@example.pl>", "Brak zwrotu pieniędzy - ostateczne wezwanie", "billing", "high",
"""Szanowni Państwo,

9 stycznia odstąpiłem od umowy i odesłałem wagę (zamówienie WG-55318)
kurierem. Według śledzenia przesyłka dotarła do Państwa magazynu 11
stycznia. Do dziś nie otrzymałem zwrotu 289 zł, mimo że ustawowy
termin 14 dni dawno minął, a na trzy maile dostałem tylko
automatyczne odpowiedzi.

Jeżeli pieniądze nie wpłyną do piątku, zgłaszam sprawę do miejskiego
rzecznika konsumentów w Gdańsku i do UOKiK.

Tomasz Kaczmarek"""),
("pl", "b95-pl-odnowienie-reklamacja-bank", "Paweł Zieliński <pawel.zielinski@example.pl>", "Obciążenie 199 zł", "billing", "high",
"""Dzis rano pobraliscie mi 199 zl za roczne odnowienie aplikacji do snu.
Subskrypcje anulowalem w listopadzie, mam maila z potwierdzeniem. Zadnego
przypomnienia o odnowieniu tez nie bylo.

Prosze o zwrot calej kwoty. Jesli w ciagu 7 dni nie wroci, skladam w
banku reklamacje transakcji (chargeback) i niech oni to odzyskaja.

Pawel Zielinski"""),
("pl", "b95-pl-maz-zmarl-subskrypcja", "Halina Górska <halina.gorska@example.pl>", "Subskrypcja męża", "billing", "",
"""Szanowni Państwo,

uprzejmie informuję, że mój mąż, Zbigniew Górski, zmarł 2 lutego. Miał
u Państwa wykupiony program poprawy snu, płatny co miesiąc z jego
karty (39 zł). Bardzo proszę o zakończenie tego programu i niepobieranie
dalszych opłat. Konto bankowe męża będzie zamykane.

Z wyrazami szacunku
Halina Górska
Kielce"""),
("pl", "b95-pl-ciaza-wstrzymanie-premium", "Joanna Dudek <joanna.dudek@example.pl>", "Premium na razie niepotrzebne :)", "billing", "",
"""Hej! Jestem w ciąży (12 tydzień), więc przez najbliższe miesiące
prognozy owulacji raczej mi się nie przydadzą ;) Czy mogę wstrzymać
Premium (14,99 zł/mies.) do przyszłego roku, tak żeby nie przepadła mi
historia cykli? Nie chcę całkiem rezygnować.
Asia"""),
("pl", "b95-pl-kod-rabatowy-nie-dziala", "Michał Sikora <michal.sikora@example.pl>", "Kod WIOSNA10", "billing", "",
"""Dzień dobry, w newsletterze dostałem kod WIOSNA10 na opaskę do snu, ale
w koszyku wyskakuje „kod nieprawidłowy”. Newsletter przyszedł wczoraj,
więc chyba nie wygasł? Cena bez kodu 449 zł."""),
("pl", "b95-pl-re-zwrot-kiedy-pieniadze", "Ewa Michalska <ewa.michalska@example.pl>", "Re: Zwrot nr ZW-2231", "billing", "",
"""Dzień dobry Panie Marcinie,

minęło już 10 dni roboczych, o których Pan pisał, a zwrotu 69 zł za
odwołaną teleporadę nadal nie widzę na koncie. Płaciłam BLIKiem. Czy
zwrot idzie wtedy inną drogą?

Pozdrawiam
Ewa Michalska

> Dnia 5.02 Marcin z Biura Obsługi Klienta napisał:
> Pani Ewo, zwrot 69 zł został zlecony. Środki powinny pojawić się na
> koncie w ciągu 10 dni roboczych.
> Pozdrawiam, Marcin"""),
("pl", "b95-pl-wymiana-mankietu", "Stanisław Pawlak <stanislaw.pawlak@example.pl>", "mankiet", "billing", "",
"""Dzien dobry. Cisnieniomierz przyszedl z mankietem M, a ja mam grube
ramie i sie nie dopina. Czy moge odeslac ten mankiet (nieuzywany) i
dostac rozmiar L? Ewentualnie ile doplacic. Zamowienie 66710.
Stanislaw Pawlak"""),
("pl", "b95-pl-pytanie-blik", "Kinga Nowak <kinga.nowak@example.pl>", "Pytanie", "billing", "",
"""Hej, czy za wizyty w aplikacji można płacić BLIKiem? Widzę tylko kartę
i Google Pay, a nie chcę podpinać karty. Dzięki!"""),
("pl", "b95-pl-teleporada-odwolana-przelozony", "Ryszard Baran <ryszard.baran@example.pl>", "Żądam rozmowy z przełożonym", "billing", "high",
"""Dzień dobry,

zapłaciłem 89 zł za teleporadę u kardiologa na wtorek 16:00. Nikt nie
zadzwonił, a po godzinie dostałem SMS, że wizyta „odbyła się”. Piszę
już trzeci raz i za każdym razem dostaję ten sam szablon, że zwrot
nie przysługuje.

Chcę zwrotu 89 zł i chcę, żeby sprawą zajął się kierownik działu albo
ktoś wyżej, a nie kolejny automat.

Ryszard Baran
Rzeszów"""),
("pl", "b95-pl-plan-rodzinny-na-indywidualny", "Dorota Szymańska <dorota.szymanska@example.pl>", "Zmiana planu", "billing", "",
"""Dzień dobry,

córka wyprowadziła się na studia do Wrocławia i założyła własne konto,
więc plan rodzinny na 3 osoby (59 zł/mies.) nie jest nam już potrzebny.
Proszę o przejście na plan indywidualny od następnego okresu
rozliczeniowego. Mąż też już nie korzysta.

Dorota Szymańska"""),
("pl", "b95-pl-to-nie-platnosc-aplikacja-sie-wiesza", "Karolina Mazur <karolina.mazur@example.pl>", "Płatność", "technical", "",
"""Dzień dobry, to nie jest sprawa płatności, wszystko jest opłacone.
Chodzi o to, że aplikacja do recept zawiesza się, kiedy wchodzę w
„Historia zamówień” - kręci się kółko i po minucie wyrzuca mnie do
ekranu logowania. iPhone SE, najnowszy iOS. Przeinstalowałam już.
Karolina"""),
("pl", "b95-pl-waga-spuchnieta-bateria", "Jerzy Wojciechowski <jerzy.wojciechowski@example.pl>", "Waga łazienkowa", "technical", "high",
"""Dzień dobry,

chciałem zgłosić, że nasza waga z aplikacją (kupiona ok. rok temu)
zaczęła się kołysać, a po odwróceniu okazało się, że pokrywa baterii
jest wypchnięta i obudowa pękła. Bateria wygląda na spuchniętą, a
spód był ciepły, choć waga nie była podłączona.

Wynieśliśmy ją na balkon na płytki, z dala od czegokolwiek. Proszę o
informację, co dalej i jak ją bezpiecznie zutylizować.

Jerzy Wojciechowski"""),
("pl", "b95-pl-ladowarka-opaski-iskrzy", "Marta Kowalczyk <marta.kowalczyk@example.pl>", "Ladowarka", "technical", "high",
"""Dobry wieczor, wczoraj przy podlaczaniu opaski do snu do ladowarki
stacja dokujaca zaiskrzyla, bylo czuc spalenizne i na szafce nocnej
zostal ciemny slad. Odlaczylam wszystko z kontaktu i wiecej nie
podlaczam. Co mam zrobic z ta ladowarka i opaska?
Marta"""),
("pl", "b95-pl-nie-przychodzi-sms", "Łukasz Jabłoński <lukasz.jablonski@example.pl>", "kod sms", "technical", "",
"""Nie przychodzi mi SMS z kodem przy rejestracji w aplikacji. Próbowałem
5 razy, numer w Plusie, inne SMSy dochodzą normalnie."""),
("pl", "b95-pl-apteka-recepty-nie-wpadaja", "Apteka Pod Lipami <kontakt@apteka-podlipami.example.pl>", "Od rana", "technical", "high",
"""Dzień dobry,

jesteśmy apteką w Lublinie realizującą zamówienia z dostawą do domu z
Waszej platformy. Od 7:30 nie wpadło nam ani jedno zamówienie, a
zwykle do południa jest ich kilkadziesiąt. Pacjenci dzwonią, że
zamówienie „zostało wysłane do apteki”, a my nic nie widzimy. Kurierzy
stoją, ludzie czekają na leki.

Prosimy o pilny kontakt: 81 000 22 19.

mgr farm. Anna Lipińska, kierownik apteki"""),
("pl", "b95-pl-mama-insulina-zablokowane-konto", "Grzegorz Wieczorek <grzegorz.wieczorek@example.pl>", "Zablokowane konto mamy - brak insuliny od jutra", "technical", "high",
"""Dzień dobry,

moja mama (82 lata) zamawia insulinę przez Waszą aplikację. Wczoraj
kilka razy pomyliła hasło i konto się zablokowało, a link do
odblokowania przychodzi na stary adres e-mail, którego już nie ma.
Insuliny wystarczy jej do jutra wieczora, a przychodnia mówi, że
zamówienie musi przejść przez aplikację.

Bardzo proszę o odblokowanie konta dzisiaj albo złożenie zamówienia za
nią. Dane: Zofia Wieczorek, PESEL do wglądu telefonicznie.

Grzegorz Wieczorek (syn)
600 000 417"""),
("pl", "b95-pl-test-sluchu-wyniki-znikaja", "Bartosz Kamiński <bartosz.kaminski@example.pl>", "Test słuchu", "technical", "",
"""Dzień dobry, dwa razy zrobiłem cały test słuchu w aplikacji, za każdym
razem na końcu pokazuje się „Wystąpił błąd” i wyników nie ma w
historii. Samsung S21, słuchawki przewodowe.
Bartosz"""),
("pl", "b95-pl-opaska-nie-synchronizuje", "Natalia Krawczyk <natalia.krawczyk@example.pl>", "synchronizacja", "technical", "",
"""hej, opaska od piatku nie synchronizuje sie z apka. jest naladowana,
miga na zielono, parowalam od nowa 3 razy. ostatnia noc w apce to
czwartek. xiaomi redmi note 12"""),
("pl", "b95-pl-pilne-haslo", "Wiesława Kubiak <wieslawa.kubiak@example.pl>", "PILNE!!!", "technical", "",
"""PILNE. Nie mogę się zalogować, przypomnienie hasła nie przychodzi na
maila (sprawdzałam spam). Chcę tylko zobaczyć swoje pomiary ciśnienia
z lutego, bo w piątek idę do lekarza.
Wiesława Kubiak"""),
("pl", "b95-pl-re-wideo-lekarz-nie-slyszy", "Adam Czerwiński <adam.czerwinski@example.pl>", "Re: Zgłoszenie 40417", "technical", "",
"""Zrobiłem wszystko po kolei, uprawnienia do mikrofonu są włączone,
aplikację przeinstalowałem. Nadal lekarz mnie widzi, ale nie słyszy.
W Teams i na Messengerze mikrofon działa bez problemu.

Adam

> Dnia 14.02 Zespół Wsparcia napisał:
> Panie Adamie, prosimy sprawdzić w Ustawieniach telefonu, czy
> aplikacja ma dostęp do mikrofonu, a następnie ją przeinstalować."""),
("pl", "b95-pl-nie-chce-zwrotu-waga-skacze", "Iwona Malinowska <iwona.malinowska@example.pl>", "Waga", "technical", "",
"""Dzień dobry,
nie chcę jej zwracać ani żadnego zwrotu pieniędzy, waga mi się podoba.
Tylko że jak stanę na niej dwa razy pod rząd, to pokazuje różnicę
nawet 1,2 kg. Stoi na płytkach, równo. Czy da się ją skalibrować?
Iwona"""),
("pl", "b95-pl-prognoza-owulacji-po-aktualizacji", "Monika Adamczyk <monika.adamczyk@example.pl>", "Prognozy", "technical", "",
"""Dzien dobry, od ostatniej aktualizacji aplikacja pokazuje mi
owulacje 5 dnia cyklu, co nie ma sensu przy moich 29-dniowych cyklach.
Wczesniej wszystko sie zgadzalo, dane wpisuje od 3 lat. Ustawienia
dlugosci cyklu sa dobre. Czy to blad aplikacji?
Monika"""),
("pl", "b95-pl-cisnieniomierz-err", "Czesław Lewandowski <czeslaw.lewandowski@example.pl>", "Błąd", "technical", "",
"""Szanowni Państwo,

ciśnieniomierz od wczoraj wyświetla „Er 2” i nie podaje wyniku. Baterie
wymieniłem na nowe, mankiet zakładam jak na obrazku. Co może być
przyczyną?

Z poważaniem
Czesław Lewandowski"""),
("pl", "b95-pl-waga-wifi-nowy-router", "Piotr Walczak <piotr.walczak@example.pl>", "Waga nie łączy się z Wi-Fi", "technical", "",
"""Dzień dobry,

po zmianie routera (nowy od Orange) waga przestała wysyłać pomiary do
aplikacji. Przy próbie ponownej konfiguracji Wi-Fi pokazuje się błąd
„Nie można połączyć z siecią”, chociaż hasło na pewno jest dobre.
Telefon i laptop łączą się bez problemu. Czy waga obsługuje tylko sieć
2,4 GHz?

Pozdrawiam
Piotr Walczak"""),
("pl", "b95-pl-podziekowania-lekarka", "Beata Sobczak <beata.sobczak@example.pl>", "Podziękowanie", "general", "",
"""Dzień dobry,

chciałam bardzo podziękować pani doktor Marii Wójcik, która w nocy z
soboty na niedzielę rozmawiała ze mną przez aplikację, kiedy mój synek
miał wysoką gorączkę i wysypkę. Spokojnie wszystko wytłumaczyła,
powiedziała, na co uważać, a rano jeszcze sama zadzwoniła zapytać, jak
się czuje. Naprawdę wielkie dzięki.

Beata Sobczak
Opole"""),
("pl", "b95-pl-niemila-konsultantka-kierownik", "Krystyna Zawadzka <krystyna.zawadzka@example.pl>", "Skarga na konsultantkę", "general", "high",
"""Dzień dobry,

dziś o 9:20 zadzwoniłam na infolinię zapytać, kiedy przyjdą leki mojej
mamy. Konsultantka odezwała się do mnie lekceważąco, powiedziała, że
„nie ma czasu na pogaduszki” i rozłączyła się w połowie zdania.

Proszę, żeby oddzwonił do mnie kierownik zmiany albo ktoś z
przełożonych jeszcze dzisiaj: 500 000 631. Tak nie traktuje się
klientów.

Krystyna Zawadzka"""),
("pl", "b95-pl-rodo-usuniecie-uodo", "Olga Pietrzak <olga.pietrzak@example.pl>", "Usunięcie danych - RODO", "general", "high",
"""Dzień dobry,

trzeci raz proszę o usunięcie mojego konta i wszystkich danych z
aplikacji do śledzenia cyklu (art. 17 RODO). Pierwszy wniosek wysłałam
w listopadzie i nadal dostaję od Was maile, a konto dalej istnieje.

Jeśli w ciągu 14 dni nie dostanę potwierdzenia usunięcia danych,
złożę skargę do Prezesa UODO.

Olga Pietrzak"""),
("pl", "b95-pl-paczka-u-sasiadki", "Zenon Wójtowicz <zenon.wojtowicz@example.pl>", "dostawa", "general", "",
"""Dzien dobry, jak mnie nie bedzie w domu, to prosze zostawiac leki u
sasiadki spod 5 (pani Grazyna), ona sie zgodzila. Nie zostawiac pod
drzwiami. ul. Lipowa 7/4, Torun. Dziekuje"""),
("pl", "b95-pl-zmiana-nazwiska-po-slubie", "Paulina Kwiatkowska-Bąk <paulina.bak@example.pl>", "Zmiana danych", "general", "",
"""Dzień dobry, po ślubie zmieniłam nazwisko na Kwiatkowska-Bąk. Proszę o
zmianę w koncie, żeby zgadzało się z dowodem, bo kurier ostatnio
robił problem. E-mail i telefon bez zmian.
Paulina"""),
("pl", "b95-pl-infolinia-swieta", "Janusz Olszewski <janusz.olszewski@example.pl>", "Infolinia w święta", "general", "",
"""Czy infolinia działa w Wielką Sobotę i w Poniedziałek Wielkanocny?
Pytam, bo mama czasem potrzebuje pomocy z zamówieniem, a wyjeżdżamy."""),
("pl", "b95-pl-sponsoring-bieg-lublin", "Fundacja Serce Lublina <biuro@sercelublina.example.pl>", "Propozycja współpracy", "general", "",
"""Szanowni Państwo,

w maju organizujemy charytatywny Bieg dla Serca w Lublinie (ok. 1200
uczestników, dochód na oddział kardiologii dziecięcej). Czy byliby
Państwo zainteresowani sponsoringiem, np. stoiskiem z bezpłatnym
pomiarem ciśnienia na mecie?

Chętnie prześlemy ofertę sponsorską.

Z poważaniem
Magdalena Rutkowska"""),
("pl", "b95-pl-szalik-targi", "Kamil Grabowski <kamil.grabowski@example.pl>", "zgubiony szalik", "general", "",
"""Dzień dobry, w niedzielę robiłem badanie słuchu na Waszym stoisku na
targach w Poznaniu i chyba zostawiłem tam szary wełniany szalik.
Ktoś może go znalazł?"""),
("pl", "b95-pl-oblodzone-schody-punkt-odbioru", "Teresa Błaszczyk <teresa.blaszczyk@example.pl>", "Punkt odbioru przy Kościuszki", "general", "high",
"""Dzień dobry,

schody do Waszego punktu odbioru leków przy ul. Kościuszki w
Białymstoku od trzech dni są całkiem oblodzone, nikt ich nie posypuje,
a poręcz jest tylko z jednej strony. Dziś starsza pani przede mną się
poślizgnęła i uderzyła kolanem, na szczęście nic poważnego.

Proszę coś z tym zrobić, zanim ktoś połamie sobie nogi.

Teresa Błaszczyk"""),
("pl", "b95-pl-zamowienie-waga-dla-dzieci", "Rafał Dąbrowski <rafal.dabrowski@example.pl>", "Zamówienie 55120", "general", "",
"""Dzień dobry, przed wysyłką zamówienia 55120 - czy ta waga nadaje się
do ważenia dzieci? Synek ma 3 lata i ok. 15 kg. Chodzi mi o to, czy
pokaże dokładny wynik przy takiej małej wadze."""),
("pl", "b95-pl-zabojczo-dobra-aplikacja", "Sebastian Wróblewski <seba.wroblewski@example.pl>", "Zabiliście mnie", "general", "",
"""Zabiliscie mnie ta aplikacja do snu :) Po miesiacu wieczornej rutyny
spie jak zabity, pierwszy raz od narodzin drugiego dziecka. Zona
mowi, ze przestalem byc zombie. Dzieki!"""),
("pl", "b95-pl-webinar-nagranie", "Anna Kozłowska <anna.kozlowska@example.pl>", "Webinar o menopauzie", "general", "",
"""Dzień dobry, zapisałam się na czwartkowy webinar o menopauzie i śnie,
ale będę wtedy w pracy. Czy będzie dostępne nagranie?
Anna"""),
("pl", "b95-pl-e-recepta-kazda-apteka", "Leszek Jankowski <leszek.jankowski@example.pl>", "E-recepta", "general", "",
"""Dzien dobry,
lekarz z Waszej aplikacji wystawil mi e-recepte. Czy moge ja
zrealizowac w dowolnej aptece stacjonarnej, czy tylko przez Was z
dostawa? Jestem teraz u rodzicow w Zakopanem.
Leszek"""),
]
