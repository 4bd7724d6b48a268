# batch85.py -- labelled test mails,
# held out of the tree until the rules it measures are final.
# Nothing here is to be tuned or trained on.  Kinds of
# business drawn on: care for older people -- home care agencies, day
# centres, mobility scooters and wheelchairs, incontinence supplies, care
# home fees, companionship visits, hearing loops and phone amplifiers.
# Failure classes covered in each language: escalation demands that keep
# their topic, legal threats and chargebacks, negations, subjects that say
# nothing or something else, replies quoting an earlier mail, plans ended
# or paused in unusual wording, business outages told by their
# consequences, safety hazards told calmly, praise and thanks, payment
# questions, and everyday mail of all three queues.  Forty mails per
# language, written separately (not translations of each other).
# Same tuple format as batch13.py: (lang, slug, from, subject, queue,
# priority, body).
M += [
# ---------------- English ----------------
("en", "b85-en-care-fees-after-mum-passed", "Janet Holloway <janet.holloway@example.co.uk>", "Mum's account - Room 14", "billing", "",
"""Dear Accounts,

My mother, Edith Holloway, passed away peacefully at Beechgrove on the
3rd of this month. The staff were wonderful with her at the end and I
want to say that first.

I have now received the statement for the month and it shows the full
monthly fee of £4,280 for the whole of the month, plus a line for
"notice period - 28 days". Her room was cleared on the 6th. Could you
explain what we are actually liable for after the date of death, and
refund whatever has been overpaid to her estate account? I'm the
executor and can send the paperwork if you need it.

Kind regards,
Janet Holloway"""),
("en", "b85-en-homecare-invoice-two-visits", "Ciaran Doyle <ciaran.doyle@example.ie>", "Invoice 2291", "billing", "",
"""Hi there,

Dad's invoice for February (2291) has him down for two visits a day
every day, morning and teatime, €1,176 in total. He only has the
teatime call at the weekends, we changed that back in January and your
office confirmed it by email. So the eight weekend mornings shouldn't
be on it.

Can you send a corrected one? I'll pay it as soon as it comes in.

Thanks a million,
Ciaran"""),
("en", "b85-en-scooter-payment-plan", "Gloria Reyes <gloria.reyes@example.com>", "Question", "billing", "",
"""Hello, I'm looking at the Horizon 4 mobility scooter on your website for
my husband ($2,349). Do you offer any kind of monthly payment plan, and
if so is there interest on it? We're both retired and would rather not
put the whole amount on a credit card at once.

Gloria Reyes
Mesa, AZ"""),
("en", "b85-en-pads-hold-while-in-hospital", "Brian Stokes <brian.stokes@example.co.uk>", "Next delivery", "billing", "",
"""Morning,

My father George Stokes (customer number 55128) gets the monthly box of
pull-ups from you. He was admitted to hospital on Sunday and is likely
to be in for a few weeks. Please hold the next box and don't take the
payment for it - I'll let you know when he's home and you can start it
again from there.

Brian"""),
("en", "b85-en-companion-visits-mum-moving-in", "Rachel Ingram <rachel.ingram@example.co.uk>", "Maureen's visits", "billing", "",
"""Hello,

Some good news for once - Mum is coming to live with us in Harrogate at
the end of the month, so she won't be needing the Tuesday and Friday
afternoon visits any more after the 28th. Could you make sure the
direct debit stops after the last one?

Please tell Maureen how much Mum has enjoyed her company over the last
two years. The scrabble games will be missed!

Rachel Ingram"""),
("en", "b85-en-wheelchair-too-wide-exchange", "Patrick Lyons <pat.lyons@example.co.uk>", "Order 40312", "billing", "",
"""Hi,

The folding wheelchair from order 40312 arrived yesterday but it's 66cm
wide and our bathroom door is only 62cm, which I should have measured
first, my fault. It's only been unfolded in the hallway. Can I swap it
for the narrow model (the 58cm one) and pay the difference, or do I have
to send it back for a refund and order again?

Pat"""),
("en", "b85-en-vat-relief-amplifier", "Harold Finch <h.finch@example.co.uk>", "VAT", "billing", "",
"""Dear Sir or Madam,

I purchased an amplified telephone from you on 2 May for £89.99. I am
registered deaf and I ticked the box and signed the VAT relief
declaration on your website, but the receipt shows VAT of £15.00 was
charged. Would you kindly refund the VAT to my card.

Yours faithfully,
Harold Finch"""),
("en", "b85-en-daycentre-fee-rise-manager", "Sandra Whitlock <sandra.whitlock@example.co.uk>", "Day centre charges", "billing", "high",
"""I've just opened Dad's statement and the daily rate at Oakfield day
centre has gone from £48 to £61 a day. That's an extra £39 a week for
his three days and nobody wrote to us, nobody mentioned it when I
dropped him off, nothing.

I've already spoken to two people on your phone line who both said
"it's in the terms". I don't want to hear that again. I want the
centre manager or whoever set these prices to ring me back today, and
until then I'm not paying the new rate.

Sandra Whitlock
07700 900418"""),
("en", "b85-en-care-home-deposit-ombudsman", "Martin Crowe <martin.crowe@example.co.uk>", "Re: Your letter of 14 March", "billing", "high",
"""I am replying to your letter below, which is frankly unacceptable.

My aunt left Willow Court on 28 February. Her £2,500 deposit was to be
returned "within 30 days of departure" according to the contract I
signed. It is now nearly ten weeks. You now say you are deducting £640
for "room refurbishment", for a room she occupied for eleven months.
No evidence of any damage has been provided.

Unless the full deposit is repaid within 14 days I will take this to
the Local Government and Social Care Ombudsman and I will also issue a
claim in the small claims court.

Martin Crowe

> Dear Mr Crowe,
> Further to your enquiry, we can confirm that the deposit balance of
> £1,860 will be released in the next payment run, following a
> deduction for room refurbishment as per clause 9.
> Regards, Resident Accounts"""),
("en", "b85-en-direct-debit-twice-indemnity", "Aisha Rahman <aisha.rahman@example.co.uk>", "Taken twice", "billing", "high",
"""You have taken £312.40 from my mother's account twice this month for her
home care, on the 1st and again on the 3rd. She is 84 and that account
is what she pays her bills from. I rang on Tuesday and was promised a
call back that never came.

If the second payment is not back in her account by Friday I will make
a claim under the Direct Debit Guarantee with her bank and cancel the
mandate.

Aisha Rahman (on behalf of Mrs N. Rahman)"""),
("en", "b85-en-india-gst-invoice-physio", "Venkatesh Iyer <venkatesh.iyer@example.in>", "Invoice required", "billing", "",
"""Dear Sir/Madam,

We had taken the 20-session home physiotherapy package for my father
Shri R. Iyer (Jayanagar, Bengaluru) and paid Rs. 18,000 through UPI on
12th of last month. Kindly share a proper GST invoice in my name for
the same, as I need to submit it to my company for reimbursement.

Kindly do the needful at the earliest.

Regards,
Venkatesh Iyer"""),
("en", "b85-en-aus-scooter-hire-bond", "Kerry-Anne Mitchell <kerry.mitchell@example.com.au>", "Scooter hire Gold Coast", "billing", "",
"""Hi guys,

Mum and I are coming up to Surfers for ten days in September and she'll
need a scooter while we're there. Your site says $45 a day, is there a
weekly rate? And how much is the bond, and does it go back on the card
straight away when we drop it off?

Cheers,
Kerry-Anne"""),
("en", "b85-en-urgent-receipt-commode", "Denise Parr <denise.parr@example.co.uk>", "URGENT!!!", "billing", "",
"""can i get a receipt for the commode and the raised toilet seat i
bought in the Leeds shop on saturday please, paid cash, about £74 all
together. need it for the council form by monday"""),
("en", "b85-en-scooter-returned-still-billed-attorney", "Walter Kowalski <walt.kowalski@example.com>", "Rental agreement #R-7781", "billing", "high",
"""To whom it may concern,

I rented a power wheelchair from your Cleveland location for my wife
after her hip surgery. It was picked up by your driver on April 2nd -
I have his signature on the pickup sheet. You have charged my Visa
$189 rental for April and again for May.

I have called four times. This is the last letter before I hand the
matter to my attorney. I expect both charges refunded in full and a
written confirmation that the agreement is closed.

Walter Kowalski"""),
("en", "b85-en-scooter-battery-hot-smell", "Graham Pike <graham.pike@example.co.uk>", "Scooter battery", "technical", "high",
"""Hello,

I thought I'd better let you know about this. I put my Strider scooter
on charge in the hall last night as usual and about an hour later there
was a hot plastic smell. The battery box was too hot to keep my hand on
and the charger light was flashing red and green. I've unplugged it and
moved it out into the garage and I won't use it again until someone has
had a look.

It's 14 months old, bought from your Chester branch.

Graham Pike"""),
("en", "b85-en-pendant-alarm-no-call", "Fiona McLeod <fiona.mcleod@example.co.uk>", "Dad's alarm", "technical", "high",
"""Hi,

My father (Alistair McLeod, 91, lives alone in Perth) had his monthly
test call with the pendant this morning and nothing happened. The base
unit light is green but when he presses the button there's no beep and
no call to your centre. We tried it three times with me on the other
phone.

He had a fall in March and lay there for two hours before the alarm
got him help, so I'm really not comfortable with him being without it
overnight. Can someone come out today?

Fiona McLeod"""),
("en", "b85-en-riser-recliner-stuck-no-refund", "Eileen Barker <eileen.barker@example.co.uk>", "Chair", "technical", "",
"""Dear Sirs,

The riser recliner chair I bought from you in the autumn has stopped
half way up. When I press the button I can hear a clicking noise from
underneath but it does not move either way. I can still get out of it
with my stick.

I do not want my money back, I like the chair very much, I just want
somebody to come and mend it please.

Mrs Eileen Barker
12 Church Walk, Ludlow"""),
("en", "b85-en-rota-app-carers-blind", "Tom Garside <tom.garside@brightcare-homecare.example>", "Today", "technical", "high",
"""Since about 6.15 this morning none of our 38 carers can see their
rounds in the app - it just shows "no visits scheduled" for everyone.
The office can see the rota on the desktop but we're having to ring
every carer one by one and read out their calls, and we have about 140
visits this morning including medication calls. Clients are already
phoning to ask where their carer is.

Tom Garside
Registered Manager, BrightCare Homecare (Stockport)"""),
("en", "b85-en-tv-loop-hum", "Raymond Ellis <ray.ellis@example.co.uk>", "Loop", "technical", "",
"""Hello, the loop system your man fitted round my lounge a fortnight ago
works but there is a loud hum in my hearing aids whenever I sit in my
armchair by the window. It's fine on the settee. Is there an adjustment
that can be made? No rush, I'm in most days.

Ray Ellis"""),
("en", "b85-en-amplified-phone-echo", "Dorothy Lang <dorothy.lang@example.co.uk>", "The new telephone", "technical", "",
"""Dear Customer Services,

My daughter tells me that when she rings me on the big button telephone
she hears her own voice coming back to her a moment later, like an
echo. It only happens when I have the volume boost switched on. I
would rather not switch it off as I can't hear her then.

Yours sincerely,
Dorothy Lang (Mrs)"""),
("en", "b85-en-family-portal-reset-not-billing", "Owen Price <owen.price@example.co.uk>", "Portal", "technical", "",
"""Hi - just so it doesn't go to the wrong place, this is nothing to do
with the bill.

I can't get into the family portal to read Mum's care notes. I clicked
"forgot password" five or six times since yesterday and the reset
email never arrives (checked spam, checked junk). My username is
owen.price, Mum is Gwen Price.

Owen"""),
("en", "b85-en-wheelchair-tyre-flat", "Siobhan Kearney <siobhan.kearney@example.ie>", "Wheelchair tyre", "technical", "",
"""Hiya, the back left tyre on the self-propelled wheelchair keeps going
flat, I pump it up in the morning and by evening it's soft again. I
can't see any puncture. Is it under the guarantee still? We got it in
Athlone in November.

Siobhan"""),
("en", "b85-en-stairlift-beeps-bottom", "Keith Norris <keith.norris@example.co.uk>", "Stairlift - 3 beeps", "technical", "",
"""Good afternoon,

Our stairlift will not leave the bottom of the stairs. It gives three
short beeps and the display shows E4. Nobody was on it at the time it
started, it was parked at the bottom overnight. My wife is using the
downstairs toilet for now so we are managing.

Keith Norris
Account 70-3315"""),
("en", "b85-en-bed-mat-sensor-false-alarm", "Judith Amos <judith.amos@example.co.uk>", "Sensor mat", "technical", "",
"""The bed sensor mat you supplied for my husband keeps setting the pager
off at night when he just turns over, three or four times a night, so
neither of us is sleeping. Is there a sensitivity setting? He has
dementia so I do want it to go off if he actually gets up.

Judith Amos"""),
("en", "b85-en-india-booking-app-otp", "Priya Nair <priya.nair@example.in>", "OTP not coming", "technical", "",
"""Hi team, I am trying to book attendant service for my mother through
your app but the OTP is not coming on my number +91 98xxxx2210. Tried
resend many times since morning. Mobile network is fine, other OTPs I
am getting. Please check and revert.

Priya"""),
("en", "b85-en-aus-charger-sparks", "Darren Hooper <darren.hooper@example.com.au>", "Charger", "technical", "high",
"""G'day,

Plugged the scooter charger into the wall this arvo and got a bright
flash and a crack from where the lead goes into the charger box, then
the safety switch tripped the whole house. There's a black mark on the
casing now. Haven't touched it since. Scooter's a Pathfinder 3 from
your Geelong store.

Darren"""),
("en", "b85-en-profiling-bed-head-end", "Colin Bates <colin.bates@example.co.uk>", "Bed", "technical", "",
"""The head end of Mum's profiling bed won't go up any more from the
handset, the foot end and the height still work fine. She's managing
with extra pillows for now but could somebody book a visit this week?

Colin Bates, son of Mrs P. Bates, 4 Fern Close"""),
("en", "b85-en-thank-you-joy", "Margaret Quinn <margaret.quinn@example.co.uk>", "Thank you", "general", "",
"""Dear all,

I just wanted to write and say thank you for Joy, who has been coming
to me in the mornings since my knee operation. She is always cheerful,
never rushes me and she even sorted out my tablets into the little box
without being asked. I look forward to her coming every day.

Please pass this on to her and to whoever is her boss.

With best wishes,
Margaret Quinn (aged 87)"""),
("en", "b85-en-daycentre-easter-hours", "Lynne Hartley <lynne.hartley@example.co.uk>", "Easter", "general", "",
"""Hi, is the day centre open on Good Friday and Easter Monday this year,
and will the minibus still be running on those days? Thanks, Lynne"""),
("en", "b85-en-lost-hearing-aid-minibus", "Peter Doyle <peter.doyle@example.co.uk>", "Lost hearing aid", "general", "",
"""Hello,

My mother Bridget Doyle came home from the day centre on Wednesday
without her left hearing aid. We think it may have come out on the
minibus as she had it at lunch. It's a small beige one with a clear
tube. Could the driver have a look under the seats?

Many thanks,
Peter Doyle"""),
("en", "b85-en-carer-rude-senior", "Naveed Akhtar <naveed.akhtar@example.co.uk>", "Complaint about a carer", "general", "high",
"""I want to make a formal complaint about the carer who came to my father
on Saturday evening (I'm told her name is Donna). She spent most of the
visit on her phone, raised her voice at him when he was slow getting
his coat off and called him "a stubborn old man" in front of my
daughter.

My father is a proud man and he was upset all weekend. I don't want a
form or a call from the coordinator. I want someone senior from your
agency to phone me and tell me what is going to be done about it.

Naveed Akhtar
07700 900655"""),
("en", "b85-en-daycentre-loose-carpet", "Audrey Keane <audrey.keane@example.co.uk>", "Entrance at Meadowview", "general", "high",
"""Hello,

Just to flag something before someone has a bad fall. The metal strip
where the carpet meets the tiles at the main entrance of Meadowview day
centre has come loose and is sticking up about an inch. I saw Mr Patel
catch his foot on it this morning and a lady with a frame nearly went
over on it yesterday. The staff have put a chair next to it but that
is all.

Audrey Keane (volunteer, Tuesdays and Thursdays)"""),
("en", "b85-en-key-safe-code-new", "Lorraine Webb <lorraine.webb@example.co.uk>", "Key safe", "general", "",
"""Hi, we've had a new key safe fitted at Dad's (Frank Webb, 22 Orchard
Road) because the old one was broken. The carers will need the new
code from Monday - can I give it to someone over the phone rather than
email? Lorraine"""),
("en", "b85-en-late-father-care-records", "Stephen Harper <s.harper@example.co.uk>", "Request for records", "general", "",
"""Dear Data Protection Officer,

I am the executor of the estate of my late father, Mr Leonard Harper,
who received home care from your agency between 2021 and January of
this year. I would like to request a copy of his care plan, the visit
logs and the daily notes made by your staff during that period.

Please let me know what proof of my status you require and in what
format the records will be provided.

Yours faithfully,
Stephen Harper"""),
("en", "b85-en-tea-dance-sponsorship", "Noreen Fahy <noreen.fahy@example.ie>", "Tea dance", "general", "",
"""Hello,

I'm on the committee of the Ballinasloe Active Retirement group. We run
a tea dance in the parish hall on the first Sunday of every month and
we're looking for a local business to sponsor the raffle for the
Christmas one. Would your care agency be interested? We'd put your name
on the posters and the programme of course.

Noreen Fahy"""),
("en", "b85-en-us-showroom-test-track", "Linda Carver <linda.carver@example.com>", "Hello", "general", "",
"""Hi! Does your showroom in Tucson have somewhere my husband could try
out a few scooters before we decide? He's 6'3 and worried about
legroom. And do we need an appointment or can we just come by on a
Saturday morning?

Thanks so much,
Linda"""),
("en", "b85-en-next-of-kin-number", "Helen Doherty <helen.doherty@example.co.uk>", "Change of number", "general", "",
"""Please update the next of kin details for my aunt, Mrs Kathleen
Boyle. My mobile number has changed to 07700 900231. The landline is
the same. Thank you, Helen Doherty"""),
("en", "b85-en-india-companion-marathi", "Sunil Deshpande <sunil.deshpande@example.in>", "Companion for father in Pune", "general", "",
"""Hello,

I am working in Dubai and my father (79) lives alone in Kothrud, Pune.
He is in good health but lonely since my mother passed. I saw that you
provide companionship visits. Do your companions speak Marathi? And what
do they usually do during the visit - only conversation, or also walks,
accompanying to temple, reading newspaper etc.?

Regards,
Sunil Deshpande"""),
("en", "b85-en-re-christmas-lunch-veg", "Gillian Moss <gillian.moss@example.co.uk>", "Re: Christmas lunch at Hazelwood", "general", "",
"""Yes please, put Dad down for it - he's been dying to go since he saw
the poster! He's vegetarian though, so no turkey. I'll drop him off
and pick him up myself so he won't need the bus that day.

Gillian

> Dear families,
> Our Christmas lunch will be on Thursday 19 December from 12 noon.
> Please let us know by 6 December if your relative would like to
> attend and of any dietary requirements.
> Hazelwood Day Centre"""),
("en", "b85-en-aus-loop-or-amplifier", "Bev Thompson <bev.thompson@example.com.au>", "Which one for Mum", "general", "",
"""Hi there, my mum (82, wears two hearing aids) struggles on the phone and
with the telly. I'm confused about whether she needs a hearing loop or
an amplified phone or both. What's the difference and which would you
suggest starting with? She's in Ballarat if that matters. Ta, Bev"""),
# ---------------- Greek ----------------
("el", "b85-el-trofeio-afxisi-erotisi", "Σταυρούλα Δημάκη <stavroula.dimaki@example.gr>", "Τροφείο Μαΐου", "billing", "",
"""Καλησπέρα σας,

Στο ενημερωτικό για το τροφείο της μητέρας μου, Αικατερίνης Δημάκη
(δωμάτιο 21), το ποσό για τον Μάιο είναι 2.100€ αντί για 1.850€ που
πληρώναμε μέχρι τώρα. Θα ήθελα να μου εξηγήσετε από τι προκύπτει η
διαφορά. Αν οφείλεται στο ότι χρειάζεται πλέον περισσότερη βοήθεια,
θα ήθελα να το δω αναλυτικά.

Ευχαριστώ,
Σταυρούλα Δημάκη"""),
("el", "b85-el-gl-panes-diplh-xrewsh", "Kostas Mavridis <kostas.mav@example.gr>", "paragelia 77812", "billing", "",
"""Kalhspera, phra tis panes akrateias gia ton patera mou (paragelia
77812) kai vlepw sto e-banking oti xrew8hka 2 fores 38,50e, idia wra.
H paragelia mia einai, hr8e ena kouti. Mporeite na epistrepsete th mia
xrewsh?
Eyxaristw, Kostas"""),
("el", "b85-el-syntrofia-giagia-efyge", "Ελένη Παπαδοπούλου <eleni.papadopoulou@example.gr>", "Επισκέψεις κας Ρήγα", "billing", "",
"""Καλημέρα,

Σας ενημερώνω ότι η γιαγιά μου, Σοφία Ρήγα, έφυγε από τη ζωή την
Κυριακή το βράδυ, ήσυχα, στο σπίτι της. Οπότε δεν θα χρειαστούν πια οι
επισκέψεις συντροφιάς της Τρίτης και της Πέμπτης. Παρακαλώ να
σταματήσει η μηνιαία χρέωση στην κάρτα μου από τον επόμενο μήνα.

Θέλω να ευχαριστήσω τη Χρυσούλα που ήταν δίπλα της όλο αυτό το
διάστημα.

Ελένη Παπαδοπούλου"""),
("el", "b85-el-khfh-apodeixeis-eforia", "Γιωργος Αλεξιου <g.alexiou@example.gr>", "Αποδειξεις για εφορια", "billing", "",
"""Καλημερα σας,
θα ηθελα τις αποδειξεις για τα τροφεια του ΚΗΦΗ για τον πατερα μου
Νικολαο Αλεξιου για ολο το 2024, ωστε να τις βαλω στη φορολογικη
δηλωση. Αν γινεται σε ενα pdf στο email.
Ευχαριστω
Γιωργος Αλεξιου"""),
("el", "b85-el-amaxidio-epistrofi-lathos-montelo", "Αναστασία Κουτσού <anastasia.koutsou@example.gr>", "Επιστροφή αμαξιδίου", "billing", "",
"""Καλησπέρα σας,

Παρέλαβα χθες το αναπηρικό αμαξίδιο (παραγγελία 31190), αλλά είναι το
μοντέλο με τους μικρούς πίσω τροχούς, ενώ εγώ είχα παραγγείλει αυτό
που κινεί μόνος του ο χρήστης. Δεν το έχουμε χρησιμοποιήσει, είναι
ακόμα στη συσκευασία. Θέλω να το επιστρέψω και να μου γυρίσετε τα
χρήματα (420€), θα το παραγγείλω ξανά όταν το βρω σε απόθεμα.

Αναστασία Κουτσού"""),
("el", "b85-el-gl-skouter-doseis", "Thanasis Georgiou <thanasis.g@example.gr>", "Erwthsh", "billing", "",
"""Geia sas, to hlektriko skouter Comfort 4 kanei 2.490e. Mporw na to
plhrwsw me doseis me pistwtikh? Poses atokes doseis dinete? H mhtera
mou to 8elei gia na pigainei sth laikh mono ths.
Thanasis"""),
("el", "b85-el-episkepseis-pausi-kalokairi", "Βασιλική Ζαχαρίου <vasiliki.zachariou@example.gr>", "Ιούλιος - Αύγουστος", "billing", "",
"""Καλησπέρα,

Δεν είναι παράπονο, είμαστε πολύ ευχαριστημένοι με την κα Ρένα. Απλώς ο
πατέρας μου θα περάσει τον Ιούλιο και τον Αύγουστο στο χωριό, στην
αδελφή μου στην Αρκαδία. Γι' αυτό θα θέλαμε να σταματήσουν οι
πρωινές επισκέψεις για αυτούς τους δύο μήνες και να μην χρεωθούμε,
και από 1η Σεπτεμβρίου να ξαναρχίσουν κανονικά.

Βασιλική Ζαχαρίου"""),
("el", "b85-el-prokatavoli-oikos-synigoros", "Ιωάννης Μπακάλης <ioannis.bakalis@example.gr>", "Προκαταβολή - Οίκος Ευγηρίας «Η Αγία Άννα»", "billing", "high",
"""Κύριοι,

Στις 10 Φεβρουαρίου κατέβαλα προκαταβολή 1.500€ για την εισαγωγή του
πατέρα μου στη μονάδα σας. Στις 20 Φεβρουαρίου ο πατέρας μου
εισήχθη στο νοσοκομείο και δυστυχώς δεν θα μπορέσει να έρθει. Σας
ενημέρωσα εγγράφως την ίδια μέρα. Από τότε μου λέτε ότι «θα
εξεταστεί» η επιστροφή.

Σας ζητώ να μου επιστρέψετε ολόκληρο το ποσό μέσα σε 10 ημέρες.
Διαφορετικά θα απευθυνθώ στον Συνήγορο του Καταναλωτή και θα κινηθώ
νομικά.

Ιωάννης Μπακάλης
694 000 1187"""),
("el", "b85-el-gl-akyrwsh-trapeza", "Maria Lazarou <maria.lazarou@example.gr>", "xrewseis", "billing", "high",
"""Kalhmera. Akyrwsa thn kat oikon frontida ths mamas mou apo 31/3,
to exw se email apo esas oti to lavate. Kai omws ston Aprilio kai ston
Maio mou phrate pali apo thn karta 640e ka8e mhna. Exw thlefwnhsei 3
fores, kaneis den me parhse pisw.
An den dw ta 1.280e pisw mexri thn Paraskevh, kanw amfisvhthsh
xrewshs sthn trapeza kai telos.
Maria Lazarou"""),
("el", "b85-el-nosileftria-xrewsi-diefthyntis", "Παναγιωτης Σταθης <p.stathis@example.gr>", "Τιμολογιο Μαρτιου", "billing", "high",
"""Στο τιμολογιο του Μαρτιου για τη μητερα μου βλεπω 4 φορες «εκτακτη
επισκεψη νοσηλευτριας - 60€». Κανεις απο εμας δεν ζητησε εκτακτη
επισκεψη και η μητερα μου λεει οτι δεν ηρθε καμια νοσηλευτρια.
240€ για επισκεψεις που δεν εγιναν.

Με την υπαλληλο στο τηλεφωνο δεν βγηκε ακρη. Θελω να μιλησω με τον
διευθυντη της εταιρειας, οχι με το λογιστηριο. Μεχρι τοτε δεν
πληρωνω το τιμολογιο.

Παναγιωτης Σταθης"""),
("el", "b85-el-re-skouter-dikigoros", "Δέσποινα Καραγιάννη <despoina.karagianni@example.gr>", "Re: Αίτημα επιστροφής #5521", "billing", "high",
"""Επιστρέψαμε το σκούτερ στις 4 του μήνα, μέσα στις 14 ημέρες, στη
συσκευασία του, και έχω την απόδειξη παραλαβής από τον οδηγό σας.
Ένα μήνα μετά τα 1.290€ δεν έχουν επιστραφεί και η απάντησή σας
είναι αυτή που βλέπετε από κάτω.

Έχω ήδη μιλήσει με δικηγόρο. Αν μέσα σε μία εβδομάδα δεν γίνει η
επιστροφή, θα σας στείλει εξώδικο.

Δέσποινα Καραγιάννη

> Αγαπητή κα Καραγιάννη,
> το αίτημά σας έχει προωθηθεί στο αρμόδιο τμήμα και θα
> διεκπεραιωθεί το συντομότερο δυνατό.
> Εξυπηρέτηση Πελατών"""),
("el", "b85-el-gl-kouponi-panes", "Roula Nikolaidou <roula.nik@example.gr>", "kouponi", "billing", "",
"""Kalhspera sas, phra to fyllado sto tachydromeio me kouponi 10% ekptwsh.
Isxyei kai gia tis panes enhlikwn h mono gia ta eidh ygieinhs? Kai
to vazw sto site h mono sto katasthma sthn Kalamaria?
Eyxaristw, Roula"""),
("el", "b85-el-enisxytis-antikatavoli", "Ευάγγελος Τσολάκης <e.tsolakis@example.gr>", "Καλησπέρα", "billing", "",
"""Καλησπέρα σας. Θα ήθελα να παραγγείλω το τηλέφωνο με τα μεγάλα
πλήκτρα και τον ενισχυτή ήχου για τη θεία μου στα Γιάννενα. Γίνεται
να το πληρώσει εκείνη με αντικαταβολή όταν το παραλάβει; Δεν έχει
κάρτα. Υπάρχει επιπλέον χρέωση για την αντικαταβολή;

Βαγγέλης Τσολάκης"""),
("el", "b85-el-gl-thlevoh8eia-ananewsh", "Dimitra Sotiriou <dimitra.sot@example.gr>", "syndromh mamas", "billing", "",
"""Geia sas, h syndromh gia to koumpi thlevoh8eias ths mhteras mou
(Eirhnh Sotiriou, Volos) lhgei ton Iounio. Ananewnetai aytomata h
prepei na kanw kati egw? Kai poso 8a einai fetos, akousa oti anevhkan
oi times.
Dhmhtra"""),
("el", "b85-el-skouter-fortistis-kapnos", "Χαράλαμπος Βλάχος <ch.vlachos@example.gr>", "Φορτιστής σκούτερ", "technical", "high",
"""Καλημέρα σας,

Σας γράφω για να το ξέρετε. Χθες βράδυ έβαλα το σκούτερ στη φόρτιση
όπως πάντα στο χολ και μετά από λίγο βγήκε λίγος καπνός από τον
φορτιστή και μύριζε καμένο πλαστικό. Το έβγαλα αμέσως από την πρίζα
και το άφησα στο μπαλκόνι. Η θήκη του φορτιστή έχει μαυρίσει στη μία
άκρη.

Δεν θα το ξαναβάλω στο ρεύμα μέχρι να το δει κάποιος δικός σας. Το
σκούτερ το αγόρασα από το κατάστημα της Πάτρας πέρσι τον Μάρτιο.

Χαράλαμπος Βλάχος"""),
("el", "b85-el-gl-enisxytis-den-xtypaei", "Stelios Pappas <stelios.pappas@example.gr>", "thlefwno", "technical", "",
"""Kalhmera, to thlefwno me ton enisxyth pou phrame gia ton pappou
xtypaei poly siga, den to akouei apo thn kouzina. To koumpi gia thn
entash tou koudouniou to exoume sto max. Einai xalasmeno?
Stelios"""),
("el", "b85-el-koumpi-tilevoitheias-mitera-moni", "Αγγελική Ρούσσου <angeliki.roussou@example.gr>", "Κουμπί τηλεβοήθειας δεν καλεί", "technical", "high",
"""Καλησπέρα,

Η μητέρα μου, Ευτυχία Ρούσσου, 88 ετών, μένει μόνη της στη Λάρισα. Σήμερα
το πρωί πάτησε το κουμπί για τη μηνιαία δοκιμή και δεν έγινε τίποτα,
ούτε ήχος ούτε κλήση στο κέντρο σας. Η συσκευή στον τοίχο έχει
πράσινο φως. Το δοκιμάσαμε με τη γειτόνισσα άλλες δύο φορές.

Έχει πέσει δύο φορές φέτος και χωρίς το κουμπί δεν έχει κανέναν να
ειδοποιήσει τη νύχτα. Παρακαλώ να έρθει τεχνικός σήμερα.

Αγγελική Ρούσσου
697 000 4420"""),
("el", "b85-el-gl-efarmogi-nosileutries", "Grafeio Syntonismou <grafeio@frontida-spiti.example>", "efarmogh", "technical", "high",
"""Apo tis 7 to prwi oi 26 nosileutries kai frontistries mas anoigoun
thn efarmogh kai vlepoun keno programma. Den kseroun se poious
asthenis na pane. Shmera exoume 90 episkepseis, kapoies me insoulinh.
Ta thlefwna sto grafeio den stamatane, oi oikogeneies rwtane giati
den hr8e kaneis. Pairnoume enan enan tous ypallhlous na tous
diavasoume to programma apo to xarti.
Grafeio Syntonismou - Frontida sto Spiti, Peiraias"""),
("el", "b85-el-krevati-xeiristirio", "Σοφια Μανωλη <sofia.manoli@example.gr>", "Κρεβατι", "technical", "",
"""Καλησπερα, το ηλεκτρικο κρεβατι του πατερα μου δεν ανεβαινει απο το
κεφαλι. Τα αλλα κουμπια στο χειριστηριο δουλευουν. Αλλαξαμε και την
πριζα, τιποτα. Μπορει να ερθει καποιος αυτη την εβδομαδα;
Σοφια Μανωλη, Χαλανδρι"""),
("el", "b85-el-amaxidio-travaei-dexia-oxi-epistrofi", "Μιχάλης Ξενάκης <michalis.xenakis@example.gr>", "Ηλεκτρικό αμαξίδιο", "technical", "",
"""Γεια σας,

Να το πω από την αρχή: δεν ζητάω ούτε αλλαγή ούτε επιστροφή χρημάτων.
Το ηλεκτρικό αμαξίδιο είναι πολύ καλό, απλώς εδώ και μια εβδομάδα
τραβάει προς τα δεξιά όταν πάω ευθεία και πρέπει να κρατάω το
χειριστήριο λίγο αριστερά. Τα λάστιχα τα έλεγξα, έχουν ίδια πίεση.
Μπορεί να ρυθμιστεί;

Μιχάλης Ξενάκης, Ηράκλειο"""),
("el", "b85-el-gl-portal-kwdikos", "Nikos Floros <nikos.floros@example.gr>", "logariasmos", "technical", "",
"""Geia sas, den mporw na mpw sto portal gia na dw to programma
episkepsewn tou patera mou. Leei "lathos kwdikos" kai otan patao
"ksexasa ton kwdiko" den erxetai tipota sto email. Dokimasa apo
kinhto kai apo ypologisth.
Nikos"""),
("el", "b85-el-vroxos-saloni-vouizei", "Ευτέρπη Λιάπη <efterpi.liapi@example.gr>", "Επαγωγικός βρόχος", "technical", "",
"""Αγαπητοί κύριοι,

Ο επαγωγικός βρόχος που τοποθετήσατε στο σαλόνι μου τον προηγούμενο
μήνα λειτουργεί, όμως όταν κάθομαι στην πολυθρόνα δίπλα στο παράθυρο
ακούω ένα δυνατό βουητό στα ακουστικά μου. Στον καναπέ δεν συμβαίνει.
Δεν βιάζομαι, όποτε μπορέσει να περάσει ο τεχνικός.

Με εκτίμηση,
Ευτέρπη Λιάπη"""),
("el", "b85-el-gl-skouter-den-fortizei", "Babis Karras <babis.karras@example.gr>", "skouter", "technical", "",
"""To skouter ths giagias den fortizei pleon, oso kai na to afhsw sto
revma deixnei mia grammh mono. To fwtaki tou fortisth anavei prasino
kanonika. Einai 2 xronwn. Ti na kanw?"""),
("el", "b85-el-anavatorio-skalas-thorivos", "Κωνσταντίνος Ρήγας <k.rigas@example.gr>", "Αναβατόριο σκάλας", "technical", "",
"""Καλημέρα,

Το αναβατόριο σκάλας που έχουμε στο σπίτι κάνει εδώ και λίγες μέρες
έναν δυνατό θόρυβο σαν τρίξιμο όταν φτάνει στη στροφή και κόβει λίγο
ταχύτητα. Μετά συνεχίζει κανονικά. Είναι στο συμβόλαιο συντήρησης,
νομίζω η επόμενη επίσκεψη είναι τον Οκτώβριο, μήπως μπορεί να έρθει
νωρίτερα;

Κωνσταντίνος Ρήγας"""),
("el", "b85-el-selida-pliromis-koumpi", "Ζωή Αντωνίου <zoi.antoniou@example.gr>", "Ιστοσελίδα", "technical", "",
"""Δεν είναι θέμα χρέωσης, κανείς δεν με χρέωσε. Απλώς στη σελίδα
ολοκλήρωσης της παραγγελίας, όταν πατάω «Πληρωμή», το κουμπί
γυρίζει και δεν γίνεται τίποτα. Το δοκίμασα σε Chrome και Firefox.
Θέλω να παραγγείλω πάνες και υποσέντονα για τη μητέρα μου.

Ζωή"""),
("el", "b85-el-gl-rologi-gps", "Eleni Tzima <eleni.tzima@example.gr>", "roloi", "technical", "",
"""Kalhspera, to roloi GPS pou phrame gia ton patera mou (exei anoia)
deixnei sthn efarmogh thn idia topo8esia edw kai 2 meres, enw autos
kykloforei kanonika sth geitonia. H mpataria einai 80%. Kanoume
kati la8os?
Eleni"""),
("el", "b85-el-joystick-stamataei", "Λευτερης Κουρης <lefteris.kouris@example.gr>", "Χειριστηριο αμαξιδιου", "technical", "",
"""Καλησπερα σας,
το ηλεκτρικο αμαξιδιο της συζυγου μου σταματαει ξαφνικα την ωρα που
κινειται και η οθονη στο χειριστηριο δειχνει ενα κοκκινο λαμπακι που
αναβοσβηνει 3 φορες. Το σβηνουμε και το ανοιγουμε και ξαναδουλευει για
λιγο. Τι μπορει να φταιει;
Λευτερης Κουρης"""),
("el", "b85-el-efxaristo-maria", "Αθανασία Γκίκα <athanasia.gkika@example.gr>", "Ένα μεγάλο ευχαριστώ", "general", "",
"""Καλημέρα σας,

Θέλω να σας πω ένα μεγάλο ευχαριστώ για τη Μαρία, που έρχεται κάθε
πρωί στη μητέρα μου εδώ και έναν χρόνο. Είναι πάντα χαμογελαστή,
υπομονετική, της μιλάει σαν να είναι δική της μάνα. Η μητέρα μου την
περιμένει κάθε μέρα στο παράθυρο.

Να της το πείτε και να το ξέρουν και οι προϊστάμενοί της.

Αθανασία Γκίκα"""),
("el", "b85-el-gl-khfh-dekapentavgoustos", "Giannis Tsakiris <giannis.tsak@example.gr>", "Avgoustos", "general", "",
"""Kalhmera, 8a einai anoixto to KHFH ton Avgousto? Kai ton
Dekapentavgousto? Gia na kanonisoume me th douleia.
Eyxaristw, Giannis"""),
("el", "b85-el-xamena-gyalia-khfh", "Ολγα Μπεκιαρη <olga.bekiari@example.gr>", "Γυαλια", "general", "",
"""Καλησπερα, η μητερα μου Φωτεινη Μπεκιαρη γυρισε την Πεμπτη απο το
κεντρο χωρις τα γυαλια της. Ειναι καφε σκελετος σε μπλε θηκη. Μηπως
τα βρηκε καποιος στην τραπεζαρια η στο πουλμαν;
Ευχαριστω, Ολγα"""),
("el", "b85-el-frontistria-agenis-ypeythinos", "Σπύρος Καλογεράκης <spyros.kalogerakis@example.gr>", "Παράπονο για φροντίστρια", "general", "high",
"""Κύριοι,

Θέλω να κάνω επίσημο παράπονο για τη φροντίστρια που ήρθε στον πατέρα
μου το Σάββατο το απόγευμα. Μιλούσε όλη την ώρα στο κινητό, του
φώναξε επειδή αργούσε να σηκωθεί από την καρέκλα και τον είπε
«ξεροκέφαλο γέρο» μπροστά στην εγγονή του.

Ο πατέρας μου ήταν αναστατωμένος όλο το Σαββατοκύριακο. Δεν θέλω να
μου τηλεφωνήσει πάλι η συντονίστρια. Ζητώ να με καλέσει ο υπεύθυνος
της εταιρείας προσωπικά.

Σπύρος Καλογεράκης
693 000 7715"""),
("el", "b85-el-gl-spasmeno-skali-khfh", "Anna Chatzi <anna.chatzi@example.gr>", "skali sthn eisodo", "general", "high",
"""Kalhspera. Sthn eisodo tou KHFH sto Peristeri to deytero skali apo
katw exei spasei sthn akrh kai kounietai. Shmera h kyria Tasoula
skontapse kai sth8hke sto kagkelo, eytyxws den epese. Ola ta
hlikiwmena perasan apo ekei to prwi. Kalo 8a htan na to ftiaksete
prin pesei kaneis.
Anna (korh ths k. Polyxronhs)"""),
("el", "b85-el-allagi-dieythynsis", "Χρηστος Παναγου <christos.panagou@example.gr>", "Αλλαγη στοιχειων", "general", "",
"""Καλημερα, παρακαλω να αλλαξετε τη διευθυνση αποστολης της μητερας μου
Ευανθιας Παναγου. Η νεα διευθυνση ειναι Αγιου Δημητριου 14, 3ος
οροφος, Καλαμαρια 55132. Το τηλεφωνο μενει ιδιο.
Χρηστος"""),
("el", "b85-el-aitima-fakelou-gdpr", "Ευαγγελία Σπανού <evangelia.spanou@example.gr>", "Αίτημα πρόσβασης σε προσωπικά δεδομένα", "general", "",
"""Αξιότιμοι κύριοι,

Ως κόρη και πληρεξούσια της μητέρας μου, Αλεξάνδρας Σπανού, η οποία
διαμένει στη μονάδα σας από το 2022, ζητώ σύμφωνα με τον Γενικό
Κανονισμό Προστασίας Δεδομένων αντίγραφο του ατομικού της φακέλου:
του πλάνου φροντίδας, των ιατρικών σημειώσεων του προσωπικού και του
αρχείου χορήγησης φαρμάκων για το τελευταίο εξάμηνο.

Παρακαλώ ενημερώστε με ποια δικαιολογητικά χρειάζεστε.

Με εκτίμηση,
Ευαγγελία Σπανού, δικηγόρος"""),
("el", "b85-el-gl-xorigia-kapi-ekdromi", "Syllogos KAPH Agias Paraskevis <kaph.agpar@example.gr>", "xorhgia", "general", "",
"""Kalhmera sas, eimaste o syllogos melwn tou KAPH Agias Paraskevis. Ton
Oktwvrio kanoume mia hmerhsia ekdromh sto Nafplio gia 50 hlikiwmenous
kai psaxnoume topikes epixeirhseis na vohthisoun me xorhgia. 8a
grafame to onoma sas sto programma kai sto pano sto leoforeio.
8a sas endiefere?
Me timh, Voula Anagnwstou, grammateas"""),
("el", "b85-el-re-xristougenniatiki-giorti", "Κατερίνα Μελά <katerina.mela@example.gr>", "Re: Χριστουγεννιάτικη γιορτή", "general", "",
"""Ναι, η μαμά θα έρθει με χαρά! Θα τη φέρω και θα την πάρω εγώ, οπότε
δεν χρειάζεται το λεωφορείο εκείνη τη μέρα. Δεν τρώει γλυκά λόγω
ζαχάρου, να το ξέρετε.

Κατερίνα

> Αγαπητές οικογένειες,
> η χριστουγεννιάτικη γιορτή του Κέντρου θα γίνει την Παρασκευή 20
> Δεκεμβρίου στις 11:00. Παρακαλούμε επιβεβαιώστε έως 10/12.
> ΚΗΦΗ Δήμου Βύρωνα"""),
("el", "b85-el-pateras-ston-ilio-periferia", "Αντώνης Μαργαρίτης <antonis.margaritis@example.gr>", "Τι έγινε την Τετάρτη", "general", "high",
"""Κύριοι,

Την Τετάρτη, με 38 βαθμούς, ο πατέρας μου, 86 ετών, αφέθηκε να περιμένει
σχεδόν μία ώρα στην αυλή του κέντρου, στον ήλιο, χωρίς νερό, επειδή
«δεν είχε έρθει ακόμα το λεωφορείο». Κανείς από το προσωπικό δεν
βγήκε να τον δει. Όταν τον πήρα ήταν ζαλισμένος.

Περιμένω γραπτή εξήγηση από την υπεύθυνη του κέντρου. Αν δεν πάρω
απάντηση, θα κάνω καταγγελία στη Διεύθυνση Κοινωνικής Μέριμνας της
Περιφέρειας.

Αντώνης Μαργαρίτης"""),
("el", "b85-el-gl-fysiotherapeftis-khfh", "Popi Vlachou <popi.vlachou@example.gr>", "erwthsh", "general", "",
"""Geia sas, 8elw na grapsw ton pappou sto KHFH. Exete fysiko8erapeuth
mesa sto kentro h mono drasthriothtes? Kai mporei na erxetai 3 meres
thn evdomada anti gia 5?
Popi"""),
("el", "b85-el-paradosi-periptero", "Δημητρης Κυριακου <d.kyriakou@example.gr>", "Παραδοση", "general", "",
"""Γεια σας, για την παραγγελια με τις πανες του πατερα μου που ερχεται
την Τριτη: αν δεν ανοιξει την πορτα (δεν ακουει καλα το κουδουνι),
αφηστε το κουτι στον περιπτερα στη γωνια, τον ξερει, ειναι ενημερωμενος.
Ευχαριστω"""),
("el", "b85-el-gl-ekdromi-loutraki", "Fotini Lamprou <fotini.lamprou@example.gr>", "EPEIGON", "general", "",
"""Pote einai telika h ekdromh sto Loutraki? H mama kaigetai na paei kai
me pairnei thlefwno ka8e mera na rwthsei, 8a trelanw! Xaxa. Pote kai
ti wra anaxwrei to leoforeio?
Fwtinh"""),
# ---------------- Spanish ----------------
("es", "b85-es-residencia-factura-fallecimiento", "Carmen Villalba <carmen.villalba@example.es>", "Factura de junio - habitación 7", "billing", "",
"""Buenos días:

Mi padre, Antonio Villalba Ruiz, falleció en la residencia el día 9 de
junio. Quiero agradecer de corazón el cariño con el que le trataron
las auxiliares esos últimos días.

Ahora nos ha llegado la factura de junio por el mes completo, 2.150 €,
y la habitación quedó libre el día 12. ¿Me pueden decir qué parte nos
corresponde pagar y devolver el resto a la cuenta de la que se cobra?
Soy su hija y tengo el certificado de defunción si lo necesitan.

Un saludo,
Carmen Villalba"""),
("es", "b85-es-mx-silla-meses-sin-intereses", "Rogelio Treviño <rogelio.trevino@example.com.mx>", "Silla de ruedas eléctrica", "billing", "",
"""Buenas tardes, me interesa la silla de ruedas eléctrica plegable que
tienen en $38,900 MXN para mi mamá. ¿Se puede pagar a meses sin
intereses con tarjeta de crédito? ¿A cuántos meses? Estamos en
Monterrey.

Saludos,
Rogelio Treviño"""),
("es", "b85-es-ar-panales-mama-se-muda", "Gabriela Ferrari <gabi.ferrari@example.com.ar>", "Pedido mensual", "billing", "",
"""Hola, cómo andan? Les escribo por el envío mensual de pañales para
adultos de mi vieja, Norma Ferrari. A fin de mes se va a vivir con mi
hermana a Córdoba y allá los compra ella, así que no me manden más y
no me cobren el de junio ($48.500). Cualquier cosa me avisan.

Gracias!
Gabi"""),
("es", "b85-es-transporte-agosto-cerrado", "Jose Luis Marin <joseluis.marin@example.es>", "recibo agosto", "billing", "",
"""Hola buenas, en el recibo de agosto del centro de dia de mi madre
(Pilar Marin) nos han cobrado 64 euros de transporte, pero el centro
cerro todo agosto por vacaciones y ella no fue ni un dia. Supongo que
sera un error, me lo podeis devolver en el proximo recibo?
Gracias
Jose Luis"""),
("es", "b85-es-teleasistencia-invierno-alicante", "Mercedes Roig <mercedes.roig@example.es>", "Teleasistencia de mi madre", "billing", "",
"""Buenas tardes:

Mi madre, Dolores Roig, pasa todos los años el invierno en casa de mi
hermano en Alicante, y este año se marcha el 1 de noviembre y vuelve a
finales de marzo. Como el aparato de teleasistencia es para su casa de
Teruel, ¿podemos dejar el servicio en suspenso esos cinco meses, sin
pagar la cuota, y que se reactive cuando vuelva?

Muchas gracias,
Mercedes Roig"""),
("es", "b85-es-co-factura-electronica-nit", "Andrés Cárdenas <andres.cardenas@example.com.co>", "Factura electrónica", "billing", "",
"""Buen día,

Les solicito muy amablemente la factura electrónica de las visitas de
acompañamiento de mi papá, Jaime Cárdenas, correspondientes a abril
($1.280.000 COP), a nombre de la empresa Cárdenas & Ortiz S.A.S., NIT
900.555.123-4, pues la empresa asume ese gasto.

Quedo atento. Cordialmente,
Andrés Cárdenas
Bogotá"""),
("es", "b85-es-cl-devolver-amplificador", "Patricia Soto <patricia.soto@example.cl>", "Devolución", "billing", "",
"""Hola, compré hace una semana el amplificador para teléfono fijo
($34.990) para mi papá pero no se acostumbró, dice que le molesta el
zumbido y prefiere el celular. Está con su caja y todo. ¿Lo puedo
devolver en la tienda de Providencia y me reembolsan a la tarjeta?

Patricia"""),
("es", "b85-es-subida-cuota-directora", "Francisco Javier Moreno <fj.moreno@example.es>", "Cuota de la residencia", "billing", "high",
"""Buenas tardes:

Acabo de ver el cargo del mes de mi suegra y la cuota ha pasado de
1.890 € a 2.240 €. Sin carta, sin aviso, sin nada. Son 350 € más al
mes. En administración me dicen que "es la actualización anual", pero
el contrato dice que cualquier subida se comunica con dos meses de
antelación.

No quiero volver a hablar con administración. Quiero que me llame la
directora del centro esta misma semana, y hasta entonces no acepto la
nueva cuota.

Francisco Javier Moreno
600 123 456"""),
("es", "b85-es-mx-anticipo-silla-profeco", "Leticia Sandoval <leticia.sandoval@example.com.mx>", "Anticipo pedido 2217", "billing", "high",
"""Buenas tardes:

El 15 de marzo les di un anticipo de $12,000 MXN por una silla de
ruedas eléctrica para mi esposo, con entrega prometida en 3 semanas.
Van dos meses, no hay silla y nadie me da fecha. Ya no la quiero.

Les pido la devolución completa del anticipo en un plazo de 5 días
hábiles. Si no, presento la queja ante PROFECO con todos los recibos y
los mensajes de WhatsApp con su vendedor.

Leticia Sandoval
Guadalajara, Jal."""),
("es", "b85-es-ar-doble-debito-desconocer", "Martín Giménez <martin.gimenez@example.com.ar>", "DOBLE DEBITO", "billing", "high",
"""Me debitaron dos veces la cuota del centro de día de mi viejo este mes,
$185.000 el 2 y otra vez el 5. Llamé tres veces, me dijeron que me
devolvían en 48 hs y ya pasó una semana. Si el lunes no está la plata
en la tarjeta, desconozco el cargo con el banco y que lo resuelvan
ellos.

Martín Giménez"""),
("es", "b85-es-re-fianza-residencia-consumo", "Inmaculada Ortega <inma.ortega@example.es>", "Re: Liquidación de la fianza", "billing", "high",
"""No estoy de acuerdo en absoluto con su respuesta.

Mi tía estuvo en su residencia diez meses y la habitación se entregó
en perfecto estado, como pueden confirmar las propias auxiliares. No me
han enseñado ni una foto ni una factura de esa "pintura y reparación".
Exijo la devolución íntegra de los 1.800 € de fianza.

Si en quince días no está devuelta, pondré una reclamación en la
Oficina de Consumo y lo llevaré a mi abogado.

Inmaculada Ortega

-----Mensaje original-----
De: Administración Residencia Los Almendros
Asunto: Liquidación de la fianza

Estimada Sra. Ortega: le informamos de que de la fianza se descontarán
420 € en concepto de pintura y reparación de la habitación 12."""),
("es", "b85-es-descuento-pensionistas-scooter", "Ramón Iglesias <ramon.iglesias@example.es>", "Alquiler de scooter", "billing", "",
"""Hola. Quería alquilar un scooter eléctrico para mi mujer las dos semanas
que vamos a estar en Benidorm en octubre. ¿Tienen algún descuento
para jubilados? Y la fianza, ¿se paga con tarjeta o en efectivo?

Ramón"""),
("es", "b85-es-mx-recibo-acompanamiento", "Verónica Ibarra <vero.ibarra@example.com.mx>", "recibo", "billing", "",
"""Hola, me pueden mandar el recibo de las visitas de acompañamiento de mi
abuelita de marzo por favor? Gracias"""),
("es", "b85-es-bizum-cuota-urgente", "Nuria Casals <nuria.casals@example.es>", "Hola", "billing", "",
"""Hola! URGENTE: puedo pagar la cuota del centro de dia de mi padre por
Bizum este mes? Es que he cambiado de banco y todavia no tengo la
domiciliacion hecha. Gracias!!"""),
("es", "b85-es-scooter-bateria-humo", "Alfonso Pardo <alfonso.pardo@example.es>", "Scooter", "technical", "high",
"""Buenos días:

Les escribo para que lo sepan. Anoche, cargando el scooter en el
recibidor como siempre, empezó a salir un poco de humo blanco por la
tapa de la batería y olía a plástico quemado. Lo desenchufé enseguida
y lo saqué al patio. La batería estaba muy caliente y la carcasa se ha
deformado un poco por un lado.

No lo voy a volver a enchufar hasta que lo revise un técnico suyo. Lo
compré en su tienda de Valladolid hace año y medio.

Atentamente,
Alfonso Pardo"""),
("es", "b85-es-mx-boton-abuela-sola", "Daniela Ruiz <daniela.ruiz@example.com.mx>", "Botón de emergencia no funciona", "technical", "high",
"""Hola,

Mi abuela, Carmen Ruiz, de 89 años, vive sola en Puebla y tiene el botón
de emergencia de ustedes. Hoy en la mañana hicimos la prueba mensual y
al apretar el botón no pasó nada: no suena, no llama a la central, la
base tiene la luz verde prendida. Lo intentamos tres veces.

Se cayó en enero y gracias al botón la encontraron. No me quedo tranquila
con que pase la noche sin él. ¿Pueden mandar a alguien hoy?

Daniela Ruiz
222 000 4517"""),
("es", "b85-es-residencia-timbres-no-suenan", "Dirección Residencia San Roque <direccion@residencia-sanroque.example>", "Timbres de habitaciones", "technical", "high",
"""Buenas noches:

Desde las 20:00 los timbres de las habitaciones no llegan al control de
enfermería. Los residentes pulsan, la luz de la puerta se enciende,
pero en la centralita y en los buscas del personal no aparece nada.
Tenemos 46 residentes, muchos encamados, y esta noche hay dos
gerocultoras por planta. Hemos puesto a una persona a hacer rondas
cada quince minutos, pero así no podemos pasar la noche.

Necesitamos un técnico lo antes posible.

Lucía Herrero
Directora, Residencia San Roque (Palencia)"""),
("es", "b85-es-ar-cama-control-no-anda", "Hernán Pereyra <hernan.pereyra@example.com.ar>", "cama ortopédica", "technical", "",
"""Buenas, el control de la cama ortopédica de mi papá no anda más, ni
sube ni baja ni nada. Le cambiamos las pilas y probamos otro enchufe.
La cama la alquilamos con ustedes en febrero. Pueden mandar a alguien
esta semana? Estamos en Caballito.
Hernán"""),
("es", "b85-es-silla-reposapies-no-devolucion", "Teresa Cabrera <teresa.cabrera@example.es>", "Silla de ruedas pedido 55403", "technical", "",
"""Hola:

Antes de nada, no quiero devolver la silla ni que me devuelvan el
dinero, a mi marido le va estupendamente. El problema es que el
reposapiés izquierdo no encaja bien en su sitio y se sale en cuanto
pasamos por un bordillo. El derecho va perfecto. ¿Me pueden mandar
la pieza o decirme cómo ajustarlo?

Teresa Cabrera"""),
("es", "b85-es-co-amplificador-ruido", "Luz Marina Ospina <luzmarina.ospina@example.com.co>", "Amplificador", "technical", "",
"""Buenas tardes, el amplificador que compré para el teléfono de mi mamá
hace un ruido como de radio mal sintonizada cuando está conectado, y
ella casi no entiende a quién le habla. Sin el amplificador el
teléfono suena limpio. ¿Qué puede ser?

Luz Marina Ospina
Medellín"""),
("es", "b85-es-portal-familias-no-factura", "Sergio Navarro <sergio.navarro@example.es>", "No puedo entrar", "technical", "",
"""Buenas, no es por la factura, esa está bien. Es que desde el lunes no
puedo entrar en el portal de familias para ver las notas de mi padre.
Pongo usuario y contraseña y me devuelve a la misma pantalla sin ningún
mensaje. En el móvil me pasa lo mismo.

Sergio Navarro"""),
("es", "b85-es-cl-bucle-magnetico-living", "Hugo Fuentes <hugo.fuentes@example.cl>", "Bucle magnético", "technical", "",
"""Estimados:

El bucle magnético que instalaron en el living de mi casa hace dos
semanas no se escucha en mis audífonos cuando los pongo en posición T.
El técnico lo probó el día que lo instaló y funcionaba. La luz del
amplificador está encendida. No hay apuro, pero me gustaría que
vinieran a revisarlo.

Saludos cordiales,
Hugo Fuentes
Viña del Mar"""),
("es", "b85-es-mx-app-citas-pantalla-blanco", "Alejandra Mora <alejandra.mora@example.com.mx>", "La app", "technical", "",
"""Hola, la app para agendar a la enfermera se queda en blanco después
del logo, no pasa de ahí. Ya la desinstalé y la volví a instalar.
Tengo un Samsung A14. Gracias."""),
("es", "b85-es-salvaescaleras-error", "Manuel Dominguez <manuel.dominguez@example.es>", "Salvaescaleras", "technical", "",
"""Buenos dias,
el salvaescaleras se para en el primer tramo y pita, en la pantallita
sale E07. No iba nadie sentado, lo estaba subiendo vacio. Ahora no se
mueve ni para arriba ni para abajo. Mi madre esta durmiendo abajo de
momento, asi que nos apañamos, pero que venga alguien esta semana.
Manuel Dominguez"""),
("es", "b85-es-ar-cargador-chispas", "Silvina Acosta <silvina.acosta@example.com.ar>", "Cargador del scooter", "technical", "high",
"""Hola, les aviso. Ayer a la tarde enchufé el cargador del scooter de
mi mamá y saltó una chispa del lado del cable que va al cargador, se
escuchó un chasquido y se cortó la luz de toda la casa. El cable quedó
negro en esa parte. No lo volvimos a enchufar. El scooter lo compramos
en la sucursal de Rosario.

Silvina"""),
("es", "b85-es-colchon-antiescaras-ruido", "Rosa María Gil <rosamaria.gil@example.es>", "Colchón", "technical", "",
"""Buenas:

El compresor del colchón antiescaras de mi marido hace desde hace unos
días un ruido fuerte, como un traqueteo, sobre todo de noche. El
colchón sigue inflándose bien. ¿Es normal o hay que cambiarlo?

Gracias,
Rosa María Gil"""),
("es", "b85-es-scooter-no-arranca-pita", "Eduardo Sanz <eduardo.sanz@example.es>", "Pregunta", "technical", "",
"""Hola, mi scooter no arranca desde que lo limpié ayer con la manguera
(con poca agua, eh). Al girar la llave pita varias veces y no se
mueve. La batería estaba cargada. ¿Le puede haber entrado agua en algo?
Eduardo"""),
("es", "b85-es-gracias-rocio", "Pilar Herrera <pilar.herrera@example.es>", "Gracias", "general", "",
"""Buenas tardes:

Solo quería darles las gracias por Rocío, la auxiliar que viene a casa
de mi madre por las mañanas. Es un sol: puntual, cariñosa, siempre con
paciencia, y a mi madre le ha devuelto las ganas de arreglarse y salir
al balcón. Díganselo de nuestra parte, por favor.

Un abrazo,
Pilar Herrera"""),
("es", "b85-es-mx-horario-semana-santa", "Jorge Salinas <jorge.salinas@example.com.mx>", "Semana Santa", "general", "",
"""Buenas, ¿el centro de día va a abrir el jueves y viernes santo? ¿Y
pasa la camioneta por mi papá esos días? Gracias."""),
("es", "b85-es-ar-protesis-dental-perdida", "Claudia Romero <claudia.romero@example.com.ar>", "Se perdió la prótesis", "general", "",
"""Hola, mi papá Osvaldo Romero volvió el jueves del centro de día sin la
prótesis dental de arriba. Él dice que se la sacó para comer y la dejó
envuelta en una servilleta. Si la encuentran, por favor guárdenla, paso
a buscarla. Es muy importante para él, no puede comer sin ella.

Claudia"""),
("es", "b85-es-auxiliar-trato-responsable", "Beatriz Lozano <beatriz.lozano@example.es>", "Queja sobre una auxiliar", "general", "high",
"""Buenas tardes:

Quiero presentar una queja formal sobre la auxiliar que acudió el
domingo a casa de mi madre. Según mi madre y la vecina, que estaba
allí, le habló a gritos, le dijo que "a ver si espabila" porque tardaba
en vestirse y se marchó a los veinte minutos de una visita de una hora.

Ya hablé con la coordinadora el lunes y me dio largas. Quiero hablar
con alguien por encima de ella, con la responsable del servicio, y que
me digan por escrito qué medidas van a tomar.

Beatriz Lozano
666 000 312"""),
("es", "b85-es-co-piso-mojado-bano", "Sandra Rincón <sandra.rincon@example.com.co>", "Baño del centro de día", "general", "high",
"""Buenas tardes,

Quisiera comentarles algo con calma. En el baño del primer piso del
centro de día el lavamanos gotea y el piso permanece mojado casi todo
el día, sin ningún aviso. Ayer mi mamá se resbaló ahí y alcanzó a
agarrarse de la barra, gracias a Dios no se cayó. Muchos de los
abuelos usan caminador. Ojalá lo puedan revisar pronto.

Sandra Rincón
Cali"""),
("es", "b85-es-cambio-telefono-contacto", "Alberto Prieto <alberto.prieto@example.es>", "Cambio de teléfono", "general", "",
"""Hola, por favor cambien mi teléfono de contacto como familiar de
referencia de Julia Prieto. El nuevo es 611 222 333. Gracias.
Alberto Prieto"""),
("es", "b85-es-solicitud-expediente-rgpd", "Ignacio Bermúdez <ignacio.bermudez@example.es>", "Ejercicio del derecho de acceso", "general", "",
"""Muy señores míos:

En calidad de tutor legal de mi padre, D. Emilio Bermúdez Castro,
usuario de su servicio de ayuda a domicilio desde 2021, y al amparo del
artículo 15 del RGPD, solicito copia de todos los datos personales que
tratan sobre él, incluidos el plan de atención, los registros de visitas
y las anotaciones del personal.

Adjuntaré la resolución judicial de tutela si me indican la vía.

Atentamente,
Ignacio Bermúdez"""),
("es", "b85-es-cl-auspicio-campeonato-cacho", "Club Adulto Mayor Los Aromos <clubaromos@example.cl>", "Auspicio", "general", "",
"""Estimados, somos el Club de Adulto Mayor Los Aromos de La Florida. En
noviembre organizamos nuestro campeonato anual de cacho y dominó y
buscamos empresas de la comuna que nos auspicien con premios o
colaciones. A cambio pondríamos su logo en los afiches y lo
nombraríamos en la premiación. ¿Les interesaría?

Atte., Marta Vergara, presidenta"""),
("es", "b85-es-re-excursion-toledo", "Olga Pascual <olga.pascual@example.es>", "Re: Excursión a Toledo", "general", "",
"""Sí, apuntad a mi padre! Lleva la silla plegable, que no puede caminar
mucho rato. Le pongo el bocadillo yo.

Olga

El 3 oct, Centro de Día Los Olivos escribió:
> Os recordamos que el jueves 17 hacemos la excursión a Toledo. Salida
> a las 9:00 desde el centro. Confirmad asistencia antes del día 10."""),
("es", "b85-es-mx-acompanamiento-citas-imss", "Rubén Aguilar <ruben.aguilar@example.com.mx>", "Información", "general", "",
"""Buenas tardes. Mi mamá tiene citas seguidas en la clínica del IMSS y yo
trabajo. ¿Sus acompañantes pueden ir con ella a las citas, esperar
con ella y traerla de regreso? ¿Manejan ellos o se van en taxi?
Gracias, Rubén"""),
("es", "b85-es-ar-entrega-portero", "Lorena Benítez <lorena.benitez@example.com.ar>", "Entrega", "general", "",
"""Hola, para el próximo envío de pañales de mi abuela: si no contesta el
portero eléctrico, déjenlo con Juan, el encargado del edificio, que ya
sabe. Ella no escucha bien el timbre. Gracias!"""),
("es", "b85-es-taller-memoria-me-muero", "Amparo Llorens <amparo.llorens@example.es>", "taller de memoria", "general", "",
"""Hola, mi madre se muere de ganas de apuntarse al taller de memoria que
vio en el tablon del centro. Que dias es y a que hora? Hay que
apuntarse en algun sitio o basta con ir?
Amparo"""),
("es", "b85-es-cartas-a-mi-direccion", "Julián Ferrer <julian.ferrer@example.es>", "Correspondencia", "general", "",
"""Buenos días:

Mi padre, Vicente Ferrer, ya no lee bien y se agobia con las cartas.
¿Podrían enviar toda la correspondencia relativa a su servicio a mi
dirección en lugar de a la suya? Calle Sant Vicent 22, 3.º B, 46002
Valencia.

Gracias,
Julián Ferrer"""),
# ---------------- Polish ----------------
("pl", "b85-pl-dom-opieki-tata-zmarl-nadplata", "Krystyna Wójcik <krystyna.wojcik@example.pl>", "Rozliczenie - pokój 22", "billing", "",
"""Dzień dobry,

mój tata, Zbigniew Wójcik, zmarł w Państwa domu opieki 5 maja. Chcę
najpierw podziękować personelowi drugiego piętra za opiekę w ostatnich
tygodniach.

W maju pobrano z jego konta pełną opłatę za cały miesiąc, 6 400 zł, a
pokój został opróżniony 8 maja. Proszę o rozliczenie pobytu i zwrot
nadpłaty na konto, z którego była pobierana opłata. Jestem
spadkobierczynią, mogę przesłać akt zgonu i postanowienie sądu.

Z poważaniem
Krystyna Wójcik"""),
("pl", "b85-pl-pieluchomajtki-zlecenie-doplata", "Tadeusz Kaczmarek <tadeusz.kaczmarek@example.pl>", "Zlecenie NFZ", "billing", "",
"""Dzień dobry, mam zlecenie z NFZ na pieluchomajtki dla żony na trzy
miesiące. Czy mogę je zrealizować u Państwa przez internet, a różnicę
za lepszy rozmiar/model dopłacić kartą? Ile wtedy wychodzi miesięcznie
dopłaty przy rozmiarze L?

Tadeusz Kaczmarek"""),
("pl", "b85-pl-wozek-podwojne-obciazenie", "Marek Zielinski <marek.zielinski@example.pl>", "zamowienie 88214", "billing", "",
"""Dzien dobry, za wozek inwalidzki (zamowienie 88214) karta zostala
obciazona dwa razy po 1 249 zl. Wozek przyszedl jeden. Prosze o zwrot
drugiej platnosci.
Pozdrawiam
Marek Zielinski"""),
("pl", "b85-pl-babcia-hospicjum-koniec-wizyt", "Agnieszka Lis <agnieszka.lis@example.pl>", "Pani Jadwiga Lis", "billing", "",
"""Dzień dobry,

babcia od przyszłego poniedziałku przechodzi do hospicjum stacjonarnego
przy ul. Kopernika, więc wizyty pani Oli u niej w domu niestety się
kończą. Proszę o zakończenie umowy z końcem tego tygodnia i nie
pobieranie już opłaty za kolejny miesiąc.

Pani Ola była dla babci ogromnym wsparciem, bardzo dziękujemy.

Agnieszka Lis"""),
("pl", "b85-pl-pieluchy-sanatorium-wstrzymac", "Henryk Sobczak <henryk.sobczak@example.pl>", "Dostawa na czerwiec", "billing", "",
"""Dzień dobry,

tata (Władysław Sobczak, nr klienta 30417) jedzie 2 czerwca na trzy
tygodnie do sanatorium w Ciechocinku. Proszę wstrzymać czerwcową
paczkę i nie pobierać za nią płatności. Od lipca wszystko po staremu.

Henryk Sobczak"""),
("pl", "b85-pl-faktura-vat-skuter-firma", "Piotr Dabrowski <piotr.dabrowski@example.pl>", "Faktura", "billing", "",
"""Dzien dobry,
prosze o wystawienie faktury VAT za skuter elektryczny kupiony 12.03
w salonie w Poznaniu na firme:
Dabrowski Transport Sp. z o.o., ul. Grunwaldzka 40, 60-311 Poznan,
NIP 778-000-11-22.
Paragon mam, moge przeslac skan.
Piotr Dabrowski"""),
("pl", "b85-pl-wzmacniacz-wymiana-model", "Danuta Pawlak <danuta.pawlak@example.pl>", "Wzmacniacz", "billing", "",
"""Dzień dobry, kupiłam dla męża wzmacniacz do telefonu stacjonarnego, ale
okazało się, że on częściej używa komórki. Czy mogę go oddać i dopłacić
do tego modelu z pętlą na szyję do komórki? Jest nieużywany, w
pudełku.
Danuta Pawlak"""),
("pl", "b85-pl-dzienny-dom-podwyzka-dyrektor", "Grażyna Michalak <grazyna.michalak@example.pl>", "Opłata za dzienny pobyt", "billing", "high",
"""Dzień dobry,

w tym miesiącu opłata za dzienny pobyt mamy wzrosła ze 120 zł do 155 zł
za dzień, bez żadnego pisma i bez słowa przy odbiorze. Mama chodzi
cztery dni w tygodniu, to ponad 500 zł więcej miesięcznie.

Z biurem rozmawiałam już dwa razy i słyszę tylko, że „taki jest
cennik”. Proszę, żeby zadzwonił do mnie dyrektor placówki, a do czasu
rozmowy będę płacić według starej stawki.

Grażyna Michalak
tel. 600 000 218"""),
("pl", "b85-pl-kaucja-dom-seniora-rzecznik", "Wiesław Krawczyk <wieslaw.krawczyk@example.pl>", "Zwrot kaucji - p. Stanisława Krawczyk", "billing", "high",
"""Szanowni Państwo,

moja mama wyprowadziła się z Państwa domu seniora 31 stycznia. Zgodnie
z umową kaucja w wysokości 5 000 zł miała zostać zwrócona w ciągu 30
dni. Minęły ponad dwa miesiące, a ja dostaję tylko zapewnienia, że
„sprawa jest w księgowości”.

Jeżeli pełna kwota nie wpłynie na moje konto w ciągu 14 dni, zwrócę
się do miejskiego rzecznika konsumentów i skieruję sprawę do sądu.

Wiesław Krawczyk"""),
("pl", "b85-pl-skuter-niedostarczony-chargeback", "Ewa Jankowska <ewa.jankowska@example.pl>", "Skuter - brak dostawy", "billing", "high",
"""Zapłaciłam kartą 7 890 zł za skuter dla taty 20 lutego, termin dostawy
miał być do 10 marca. Jest kwiecień, skutera nie ma, infolinia nie
odbiera, na maile odpisujecie „w realizacji”. Rezygnuję z zakupu.

Jeśli pieniądze nie wrócą do piątku, składam w banku reklamację
transakcji (chargeback) i niech bank to od Was ściągnie.

Ewa Jankowska"""),
("pl", "b85-pl-re-oplata-za-wypowiedzenie-sad", "Jerzy Kowalczyk <jerzy.kowalczyk@example.pl>", "Re: Rozwiązanie umowy o usługi opiekuńcze", "billing", "high",
"""Nie zgadzam się z tym. W umowie, którą mam przed sobą, nie ma ani słowa
o „opłacie za wcześniejsze rozwiązanie” w wysokości 900 zł.
Wypowiedziałem umowę z zachowaniem miesięcznego okresu, jak w §7.

Jeżeli ta kwota nie zostanie anulowana, a pobrana część zwrócona,
sprawa trafi do powiatowego rzecznika konsumentów, a potem do sądu.

Jerzy Kowalczyk

-----Wiadomość oryginalna-----
Od: Dział Rozliczeń
Temat: Rozwiązanie umowy o usługi opiekuńcze

Szanowny Panie, potwierdzamy rozwiązanie umowy z dniem 30.04.
Zgodnie z cennikiem naliczona zostanie opłata za wcześniejsze
rozwiązanie umowy w kwocie 900 zł."""),
("pl", "b85-pl-bon-podarunkowy-wizyty", "Bożena Szymańska <bozena.szymanska@example.pl>", "Pytanie o bon", "billing", "",
"""Dzień dobry, dostałam od dzieci na imieniny bon podarunkowy na 300 zł do
Państwa firmy. Czy mogę go wykorzystać na wizyty towarzyszące (spacery,
wyjście do lekarza), czy tylko na sprzęt ze sklepu?
Pozdrawiam serdecznie
Bożena Szymańska"""),
("pl", "b85-pl-skuter-raty-zero", "Stanislaw Wrobel <stanislaw.wrobel@example.pl>", "Pytanie", "billing", "",
"""Dzien dobry czy skuter Senior 3 za 6 490 zl mozna kupic na raty 0%? Na
ile rat? Jestem emerytem czy to problem przy wniosku?
Stanislaw Wrobel, Kielce"""),
("pl", "b85-pl-duplikat-faktury-marzec", "Iwona Kubiak <iwona.kubiak@example.pl>", "faktura marzec", "billing", "",
"""Proszę o duplikat faktury za opiekę w marcu, oryginał gdzieś się
zapodział. Iwona Kubiak"""),
("pl", "b85-pl-akumulator-spuchniety-goracy", "Ryszard Baran <ryszard.baran@example.pl>", "Akumulator w skuterze", "technical", "high",
"""Dzień dobry,

piszę, żeby Państwo wiedzieli. Wczoraj wieczorem przy ładowaniu skutera
w przedpokoju zauważyłem, że obudowa akumulatora jest wybrzuszona z
jednej strony i bardzo gorąca, nie dało się położyć ręki. Czuć było
też słodkawy, chemiczny zapach. Odłączyłem ładowarkę i wystawiłem
skuter na balkon.

Nie będę go używał, dopóki ktoś od Państwa tego nie obejrzy. Skuter
kupiony w Łodzi w zeszłym roku.

Ryszard Baran"""),
("pl", "b85-pl-opaska-sos-babcia-sama", "Karolina Duda <karolina.duda@example.pl>", "Opaska SOS nie działa", "technical", "high",
"""Dzień dobry,

moja babcia, Helena Duda (87 lat), mieszka sama w Białymstoku i ma Państwa
opaskę SOS. Dziś przy comiesięcznym teście nacisnęła przycisk i nic się
nie stało – żadnego sygnału, żadnego połączenia z centrum. Stacja w
domu świeci na zielono. Próbowałyśmy trzy razy.

Babcia w zeszłym roku przeleżała na podłodze pół nocy, zanim ktoś
przyszedł. Nie chcę, żeby została dziś na noc bez opaski. Proszę o
pilny przyjazd technika albo wymianę.

Karolina Duda
tel. 511 000 906"""),
("pl", "b85-pl-grafik-opiekunki-nie-widza", "Biuro Koordynacji <biuro@opieka-domowa-zacisze.example>", "Od rana", "technical", "high",
"""Od 6:30 żadna z naszych 31 opiekunek nie widzi w aplikacji swojego
grafiku – wszystkim pokazuje się „brak zaplanowanych wizyt”. W biurze
na komputerze grafik jest, więc dzwonimy do każdej po kolei i
dyktujemy adresy. Mamy dziś ponad 100 wizyt, w tym podawanie leków i
insuliny. Rodziny już dzwonią, dlaczego nikt nie przyszedł.

Magdalena Górska
Koordynatorka, Opieka Domowa Zacisze, Lublin"""),
("pl", "b85-pl-wozek-joystick-nie-reaguje", "Jan Mazur <jan.mazur@example.pl>", "wozek elektryczny", "technical", "",
"""Dzien dobry, w wozku elektrycznym mamy joystick czasem nie reaguje,
trzeba wylaczyc i wlaczyc wozek zeby ruszyl. Na wyswietlaczu mruga
pomaranczowa dioda. Akumulatory naladowane. Co to moze byc?
Jan Mazur"""),
("pl", "b85-pl-lozko-pilot-nie-zwrot", "Alicja Grabowska <alicja.grabowska@example.pl>", "Łóżko rehabilitacyjne", "technical", "",
"""Dzień dobry,

od razu zaznaczam: nie chcę zwracać łóżka ani odzyskiwać pieniędzy,
łóżko jest bardzo dobre. Tylko pilot przestał podnosić oparcie pod
plecami, nogi i wysokość działają normalnie. Tata na razie ma
podłożone poduszki. Czy serwisant może przyjechać w tym tygodniu?

Alicja Grabowska, Rzeszów"""),
("pl", "b85-pl-wzmacniacz-piszczy", "Zofia Nowakowska <zofia.nowakowska@example.pl>", "Telefon ze wzmacniaczem", "technical", "",
"""Szanowni Państwo,

telefon z dużymi przyciskami, który kupiłam w marcu, piszczy w
słuchawce, kiedy włączę wzmocnienie dźwięku. Bez wzmocnienia nie
piszczy, ale wtedy źle słyszę rozmówcę. Czy da się to jakoś ustawić?

Z wyrazami szacunku
Zofia Nowakowska"""),
("pl", "b85-pl-petla-indukcyjna-slabo", "Leszek Olszewski <leszek.olszewski@example.pl>", "Pętla", "technical", "",
"""Dzień dobry, pętla indukcyjna założona w pokoju działa, ale bardzo
słabo – w aparatach w pozycji T ledwo słyszę telewizor, a pokrętło na
wzmacniaczu jest prawie na maksimum. Na początku było dużo głośniej.
Może przyjść ktoś w przyszłym tygodniu?
Leszek Olszewski"""),
("pl", "b85-pl-portal-logowanie-nie-faktura", "Tomasz Wieczorek <tomasz.wieczorek@example.pl>", "Portal dla rodzin", "technical", "",
"""Dzien dobry, to nie jest sprawa faktury, z rozliczeniami wszystko ok.
Nie moge sie zalogowac do portalu dla rodzin, po wpisaniu hasla strona
sie odswieza i znowu pokazuje logowanie. Probowalem na telefonie i na
laptopie, w dwoch przegladarkach.
Tomasz Wieczorek"""),
("pl", "b85-pl-krzeselko-schodowe-blad", "Barbara Jasińska <barbara.jasinska@example.pl>", "Krzesełko schodowe", "technical", "",
"""Dzień dobry,

krzesełko schodowe zatrzymało się na dole i nie chce ruszyć, piszczy
dwa razy i na wyświetlaczu jest „F3”. Nikt na nim nie siedział, stało
na dole od wczoraj. Mama śpi teraz na parterze, więc jakoś sobie
radzimy, ale prosimy o wizytę serwisu.

Barbara Jasińska"""),
("pl", "b85-pl-sklep-koszyk-nie-platnosc", "Monika Adamczyk <monika.adamczyk@example.pl>", "Sklep internetowy", "technical", "",
"""Dzień dobry, nie chodzi o płatność – nawet do niej nie dochodzę. Po
kliknięciu „Dodaj do koszyka” przy podkładach higienicznych nic się nie
dzieje, koszyk dalej pusty. Inne produkty się dodają. Chrome, Windows.
Monika"""),
("pl", "b85-pl-lokalizator-bateria", "Rafał Kozłowski <rafal.kozlowski@example.pl>", "Lokalizator GPS", "technical", "",
"""Dzień dobry, lokalizator GPS, który kupiliśmy dla taty (ma
demencję), trzyma na baterii tylko 3-4 godziny, a w opisie było 48
godzin. Ładujemy go oryginalną ładowarką. Czy to wada?
Rafał Kozłowski"""),
("pl", "b85-pl-materac-alarm-piszczy", "Elżbieta Sikora <elzbieta.sikora@example.pl>", "Materac przeciwodleżynowy", "technical", "",
"""Dzień dobry,

pompa materaca przeciwodleżynowego męża co kilka godzin zaczyna piszczeć
i świeci się czerwona lampka „low pressure”, choć materac jest
napompowany. Po wyłączeniu i włączeniu przechodzi na jakiś czas. Węże
sprawdziłam, są dobrze podłączone.

Elżbieta Sikora"""),
("pl", "b85-pl-skuter-swiatla", "Waldemar Pietrzak <waldemar.pietrzak@example.pl>", "swiatla", "technical", "",
"""Dzien dobry, w skuterze przestaly dzialac przednie swiatla, tylne
dzialaja. Zarowki wygladaja na cale. Jezdze glownie za dnia ale
jesienia juz wczesnie ciemno. Gdzie moge to naprawic w Opolu?
Waldemar"""),
("pl", "b85-pl-podziekowanie-pani-halina", "Teresa Kwiatkowska <teresa.kwiatkowska@example.pl>", "Podziękowanie", "general", "",
"""Szanowni Państwo,

chciałam bardzo podziękować za panią Halinę, która od pół roku
przychodzi do mnie trzy razy w tygodniu. Zawsze punktualna, pogodna,
porozmawia, zrobi zakupy i jeszcze przypomni o lekarstwach. Dla
samotnej osoby to bardzo dużo znaczy.

Proszę przekazać jej moje podziękowania i jej przełożonym też.

Z poważaniem
Teresa Kwiatkowska (lat 84)"""),
("pl", "b85-pl-godziny-wigilia", "Paweł Majewski <pawel.majewski@example.pl>", "Święta", "general", "",
"""Dzień dobry, czy dzienny dom seniora będzie otwarty w Wigilię i 27
grudnia? I czy bus będzie wtedy jeździł? Pozdrawiam, Paweł Majewski"""),
("pl", "b85-pl-zgubiona-laska-bus", "Dorota Wróblewska <dorota.wroblewska@example.pl>", "Laska taty", "general", "",
"""Dzień dobry, tata (Edward Wróblewski) wrócił w czwartek z dziennego
domu bez swojej laski – brązowa, drewniana, z gumową końcówką. Chyba
została w busie. Czy kierowca mógłby sprawdzić? Tata ma drugą, ale
tamta jest jego ulubiona.
Dorota"""),
("pl", "b85-pl-opiekunka-skarga-kierownik", "Łukasz Walczak <lukasz.walczak@example.pl>", "Skarga na opiekunkę", "general", "high",
"""Dzień dobry,

składam skargę na opiekunkę, która była u mojej mamy w niedzielę. Mama i
sąsiadka mówią zgodnie, że przez większość wizyty rozmawiała przez
telefon, krzyczała na mamę, że „się guzdrze”, i wyszła po dwudziestu
minutach z godzinnej wizyty.

Z koordynatorką rozmawiałem w poniedziałek i nic z tego nie wynikło.
Żądam rozmowy z kierownikiem firmy i pisemnej informacji, co zostanie
zrobione.

Łukasz Walczak
tel. 698 000 451"""),
("pl", "b85-pl-oblodzony-podjazd-dzienny-dom", "Hanna Kalinowska <hanna.kalinowska@example.pl>", "Wejście do dziennego domu", "general", "high",
"""Dzień dobry,

spokojnie, ale chcę to zgłosić, zanim coś się stanie. Podjazd i schody
przy wejściu do dziennego domu przy ul. Lipowej od dwóch dni nie są
posypane i jest tam szklanka. Dziś rano dwie panie z chodzikami
poślizgnęły się przy samych drzwiach, na szczęście kierowca je
złapał. Większość podopiecznych wchodzi tamtędy.

Hanna Kalinowska (córka pani Genowefy)"""),
("pl", "b85-pl-dps-mama-nieumyta-wojewoda", "Sebastian Górecki <sebastian.gorecki@example.pl>", "Opieka nad p. Marianną Górecką", "general", "high",
"""Szanowni Państwo,

trzeci raz w tym miesiącu zastałem mamę w porze odwiedzin w mokrej
pościeli i nieumytą, a dzwonek przy łóżku był przesunięty tak, że nie
mogła go dosięgnąć. Personel na dyżurze odpowiada, że „jest dużo
pracy”, a pielęgniarka oddziałowa nie ma dla mnie czasu.

Oczekuję pisemnego wyjaśnienia od dyrekcji w ciągu 7 dni. W przeciwnym
razie złożę skargę do wydziału polityki społecznej urzędu
wojewódzkiego.

Sebastian Górecki"""),
("pl", "b85-pl-zmiana-adresu-kontaktowego", "Renata Zawadzka <renata.zawadzka@example.pl>", "Zmiana danych", "general", "",
"""Dzien dobry, prosze zmienic moj adres i telefon jako osoby do kontaktu
dla mamy (Irena Zawadzka). Nowy adres: ul. Polna 7/3, 85-012 Bydgoszcz,
tel. 602 000 377. Dziekuje.
Renata Zawadzka"""),
("pl", "b85-pl-rodo-dokumentacja-taty", "Adam Malinowski <adam.malinowski@example.pl>", "Wniosek o dostęp do danych", "general", "",
"""Szanowni Państwo,

na podstawie art. 15 RODO, jako pełnomocnik mojego ojca, Kazimierza
Malinowskiego, korzystającego z Państwa usług opiekuńczych od 2022
roku, wnoszę o przekazanie kopii jego danych osobowych, w tym planu
opieki, kart wizyt i notatek opiekunek.

Pełnomocnictwo notarialne mogę przesłać pocztą lub osobiście.

Z poważaniem
Adam Malinowski"""),
("pl", "b85-pl-utw-bal-sponsor", "Uniwersytet Trzeciego Wieku Mokotów <utw.mokotow@example.pl>", "Bal seniora", "general", "",
"""Dzień dobry,

jesteśmy Uniwersytetem Trzeciego Wieku z Mokotowa. W lutym
organizujemy karnawałowy bal dla ok. 150 słuchaczy i szukamy lokalnych
firm, które zechciałyby ufundować nagrody do loterii. W zamian
umieścimy Państwa logo na plakatach i podziękujemy ze sceny.

Czy byliby Państwo zainteresowani?

Z pozdrowieniami
Maria Lewandowska, sekretarz UTW"""),
("pl", "b85-pl-re-wycieczka-wieliczka", "Katarzyna Pawłowska <katarzyna.pawlowska@example.pl>", "Re: Wycieczka do Wieliczki", "general", "",
"""Tak, mama jedzie! Proszę tylko pamiętać, że ona dużo nie przejdzie,
więc weźmie ze sobą wózek składany. Kanapki jej zrobię.

Katarzyna

> Szanowni Państwo,
> przypominamy, że 14 września organizujemy wycieczkę do Kopalni Soli
> w Wieliczce. Wyjazd o 8:00 sprzed ośrodka. Prosimy o potwierdzenie
> udziału do 5 września.
> Dzienny Dom Pomocy „Pod Kasztanem”"""),
("pl", "b85-pl-opieka-nocna-ukrainski", "Oksana Melnyk <oksana.melnyk@example.pl>", "Informacja", "general", "",
"""Dzień dobry, mój tata przyjechał do mnie do Wrocławia i potrzebuje
opieki, kiedy jestem w pracy. Czy macie opiekunki, które mówią po
ukraińsku albo po rosyjsku? I czy jest też możliwa opieka w nocy?
Dziękuję, Oksana"""),
("pl", "b85-pl-dostawa-u-sasiadki", "Grzegorz Nowicki <grzegorz.nowicki@example.pl>", "dostawa pieluch", "general", "",
"""Dzien dobry, przy nastepnej dostawie dla mamy (Leokadia Nowicka) jesli
nikt nie otworzy to prosze zostawic paczke u sasiadki pod nr 4, pani
Jasia wie. Mama nie slyszy domofonu. Dziekuje"""),
("pl", "b85-pl-pilne-buty-zajecia-taneczne", "Justyna Czarnecka <justyna.czarnecka@example.pl>", "PILNE!!!", "general", "",
"""Dzień dobry!! Czy na zajęcia taneczne w czwartki mama musi mieć jakieś
specjalne buty? Bo jak pójdzie w kapciach a trzeba było inne, to mnie
zabije :) Pozdrawiam, Justyna"""),
]
